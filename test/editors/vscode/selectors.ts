// Every VS Code DOM selector and key chord the E2E test uses. They are VS Code internals (not an
// API) and change between releases: when the pinned code-server moves, fix them here only.
export const SEL = {
  workbench: ".monaco-workbench",
  /** The quick input (Ctrl+P, F1, and quick picks opened by commands). */
  quickInput: ".quick-input-widget",
  quickInputBox: ".quick-input-widget .quick-input-box input",
  quickInputRows: ".quick-input-widget .monaco-list-row",
  /** The active text editor and its visible lines. */
  editor: ".editor-group-container.active .monaco-editor",
  editorLines: ".editor-group-container.active .monaco-editor .view-lines",
  activeTab: ".tab.active",
  /** Code lenses drawn by the server (state and coverage over each plan). */
  codeLens: ".editor-group-container.active .monaco-editor .codelens-decoration",
  /** The completion widget. */
  suggestWidget: ".editor-widget.suggest-widget.visible",
  suggestLabels: ".editor-widget.suggest-widget.visible .monaco-list-row .label-name",
  suggestDetails: ".suggest-details-container .suggest-details",
  /** Error squiggles in the editor. */
  squigglyError: ".editor-group-container.active .monaco-editor .squiggly-error",
  /** The Problems panel. */
  problemsPanel: ".markers-panel",
  problemsRows: ".markers-panel .monaco-list-row",
  /** The quick-fix menu (Ctrl+.): one row per code action. */
  quickFixRows: ".action-widget .monaco-list .monaco-list-row.action",
  /** The rename box (F2). */
  renameInput: ".rename-box .rename-input",
  /** The activity bar's item of a view container, by its title. */
  activityItem: (title: string) => `.part.activitybar .action-item .action-label[aria-label^="${title}"]`,
  /** The rows of a view in the side bar (the Plancode view's container id). */
  viewRows: (container: string) => `[id="workbench.view.extension.${container}"] .monaco-list-row`,
  /** A webview panel's tab, by its title. */
  tabNamed: (title: string) => `.tab[aria-label^="${title}"]`,
  statusBar: "#workbench\\.parts\\.statusbar",
  /** The status bar's language mode ("Plan"). */
  languageStatus: "#status\\.editor\\.mode",
  notifications: ".notifications-toasts .notification-toast",
} as const;

export const KEYS = {
  quickOpen: "Control+P",
  commandPalette: "F1",
  triggerSuggest: "Control+Space",
  problems: "Control+Shift+M",
  goToLine: "Control+G",
  escape: "Escape",
  enter: "Enter",
  end: "End",
  deleteLine: "Control+Shift+K",
  quickFix: "Control+.",
  rename: "F2",
  undo: "Control+Z",
  save: "Control+S",
} as const;
