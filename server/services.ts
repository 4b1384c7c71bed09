// What every feature handler receives: the workspace state and the few server-wide services,
// as one typed record (features never reach into the connection).
import type { ClientCapabilities } from "vscode-languageserver/node.js";
import { today, type DocumentDecl, type Locale, type SourceFile, type Workspace } from "../language/index.js";
import { collectOccurrences, type Occurrence } from "../language/ide/index.js";
import type { Pipeline } from "./pipeline.js";
import { resolveLocale, type Settings } from "./settings.js";
import type { StatusProvider } from "./status.js";

/** `formatText` of `language/format`: the canonical layout, or `ok: false` when the file cannot be formatted. */
export type Formatter = (uri: string, text: string) => { ok: true; text: string } | { ok: false };

export interface Services {
  readonly pipeline: Pipeline;
  readonly workspace: Workspace;
  readonly status: StatusProvider;
  readonly formatter?: Formatter;
  settings(): Settings;
  capabilities(): ClientCapabilities;
  /** The file as last edited (its pending edit applied first, and the others unless a mass edit is arriving); undefined if unknown. */
  file(uri: string): SourceFile | undefined;
  /**
   * Applies a pending edit before an answer about the whole workspace — but not several: those are
   * a mass edit arriving (a rename across thousands of files), which the server applies as one
   * batch once it is complete; meanwhile answers use the workspace as it is.
   */
  sync(): void;
  /** Occurrences of names in a file, cached until the workspace changes. */
  occurrences(file: SourceFile): Occurrence[];
  locale(uri: string): Locale;
  /** Today as a day number (or the `asOf` setting). */
  asOf(): number;
  /** The URI the server uses for a client's URI. */
  canonical(uri: string): string;
}

export function createServices(options: {
  pipeline: Pipeline;
  status: StatusProvider;
  formatter?: Formatter;
  settings: () => Settings;
  capabilities: () => ClientCapabilities;
  canonical: (uri: string) => string;
}): Services {
  const { pipeline } = options;
  const cache = new WeakMap<SourceFile, { generation: number; occurrences: Occurrence[] }>();
  return {
    pipeline,
    workspace: pipeline.workspace,
    status: options.status,
    formatter: options.formatter,
    settings: options.settings,
    capabilities: options.capabilities,
    canonical: options.canonical,
    file(uri) {
      const key = options.canonical(uri);
      pipeline.flushFile(key);
      this.sync();
      return pipeline.workspace.getFile(key);
    },
    sync() {
      if (pipeline.queuedCount() <= 1) pipeline.flush();
    },
    occurrences(file) {
      const hit = cache.get(file);
      if (hit && hit.generation === pipeline.generation) return hit.occurrences;
      const occurrences = collectOccurrences(pipeline.workspace, file);
      cache.set(file, { generation: pipeline.generation, occurrences });
      return occurrences;
    },
    locale(uri) {
      return resolveLocale(options.settings(), pipeline.configOf(options.canonical(uri))?.config.locale);
    },
    asOf() {
      return options.settings().asOf ?? today();
    },
  };
}

/** The document declared in `file` under `name` (the one the cursor is in). */
export function documentNamed(file: SourceFile, name: string | undefined): DocumentDecl | undefined {
  if (name === undefined) return undefined;
  for (const d of file.decls) if (d.kind === "document" && d.name.text === name) return d;
  return undefined;
}
