// The typed AST of a `.plan` file. Every node carries `span`: UTF-16 offsets [start, end) into
// the file text. Offsets, not lines, so the AST stays a pure per-file value; line/column are
// derived at the edges (`language/text/line-index.ts`).
//
// The parser recovers from errors, so any optional field may be missing and any list may be
// shorter than the source intended: code that reads the AST must tolerate partial nodes.

export interface Span {
  start: number;
  end: number;
}

/** A name as written: a declaration's own name or a reference to one. */
export interface Ident {
  text: string;
  span: Span;
}

export interface StringLit {
  kind: "string";
  /** The unescaped value. */
  value: string;
  /** The text as written, quotes and escapes included. */
  raw: string;
  span: Span;
}

export type TemporalKind = "date" | "month" | "quarter" | "year" | "ongoing";

/** A date or a coarser period (`2023-06-15`, `15/6/2023`, `6/2024`, `Q4/2023`, `2024`, `ongoing`). */
export interface Temporal {
  kind: TemporalKind;
  raw: string;
  span: Span;
  /** Whether it was written in Vietnamese order (`15/6/2023`) or ISO (`2023-06-15`); periods without a day are "iso" except `6/2024`. */
  style: "iso" | "vi";
  /** First and last day as day numbers (days since 1970-01-01); absent for `ongoing` or an invalid date. */
  first?: number;
  last?: number;
}

export type DurationUnit = "days" | "months" | "years";

export interface Duration {
  amount: number;
  unit: DurationUnit;
  raw: string;
  span: Span;
}

export interface Quantity {
  kind: "percent" | "number";
  value: number;
  raw: string;
  span: Span;
}

export interface Comment {
  text: string;
  span: Span;
  block: boolean;
}

// ---------------------------------------------------------------------------------------------
// Declarations

export interface LevelDecl {
  kind: "level";
  name: Ident;
  title?: StringLit;
  span: Span;
}

export interface HierarchyDecl {
  kind: "hierarchy";
  keyword: Span;
  levels: LevelDecl[];
  span: Span;
}

export interface UnitDecl {
  kind: "unit";
  name: Ident;
  title?: StringLit;
  level?: Ident;
  code?: StringLit;
  placedIn?: Ident;
  /** Units nested in this one's block, in source order. */
  children: UnitDecl[];
  /** `place`, `superior`, `heading` lines of its block (what its issued documents print), in source order. */
  texts: TextField[];
  /** The unit whose block this one is nested in (set by the parser). */
  container?: UnitDecl;
  span: Span;
}

export type DocumentKind = "directive" | "plan";

export interface DocumentDecl {
  kind: "document";
  docKind: DocumentKind;
  name: Ident;
  /** Body statements in source order (the formatter prints them in this order). */
  items: DocItem[];
  // Convenience views of `items` (the first of each when a field is repeated).
  number?: StringLit;
  title?: StringLit;
  issuer?: Ident;
  issued?: Temporal;
  implements?: Ident;
  parent?: Ident;
  continues?: Ident;
  horizon?: Temporal;
  objectives: Labelled[];
  viewpoints: Labelled[];
  /** Top-level tasks; subtasks hang off each task. */
  tasks: TaskDecl[];
  approval?: ApprovalBlock;
  reporting?: ReportingBlock;
  history?: HistoryBlock;
  /** `preamble`, `purpose`, `requirement`, `organization` statements, in source order. */
  prose: TextField[];
  /** Free sections printed after the generated ones, in source order. */
  sections: SectionDecl[];
  signature?: SignatureBlock;
  recipients?: RecipientsBlock;
  span: Span;
}

export type FieldKey =
  | "number"
  | "title"
  | "issuer"
  | "issued"
  | "implements"
  | "parent"
  | "continues"
  | "horizon";

export type FieldValue = StringLit | Ident | Temporal;

export interface FieldItem {
  kind: "field";
  key: FieldKey;
  keySpan: Span;
  value?: FieldValue;
  span: Span;
}

/** `objective O1 "..."` or `viewpoint V1 "..."`. */
export interface Labelled {
  kind: "objective" | "viewpoint";
  name: Ident;
  text?: StringLit;
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// The parts of the issued document (DOCUMENT-FORMAT.md): prose, signature, recipients, and on
// units the place and header lines. All optional; the export derives what is missing.

/** Keywords of text statements: a keyword, then one or more strings separated by commas. */
export type TextKey =
  // on units
  | "place"
  | "superior"
  | "heading"
  // on documents
  | "preamble"
  | "purpose"
  | "requirement"
  | "organization"
  // in a `section` block
  | "paragraph"
  // in a task block
  | "detail"
  // in a `signature` block
  | "authority"
  | "position"
  | "signer";

/** `purpose "…"`, `heading "ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"`: each string a paragraph or a line. */
export interface TextField {
  kind: "text";
  key: TextKey;
  keySpan: Span;
  values: StringLit[];
  span: Span;
}

/** `section "KINH PHÍ THỰC HIỆN" { paragraph "…" }`: a free section after the generated ones. */
export interface SectionDecl {
  kind: "section";
  keySpan: Span;
  title?: StringLit;
  /** `paragraph` statements in source order. */
  paragraphs: TextField[];
  span: Span;
}

/** `signature { authority "T/M BAN THƯỜNG VỤ" position "PHÓ BÍ THƯ" signer "…" }`. */
export interface SignatureBlock {
  kind: "signature";
  keySpan: Span;
  parts: TextField[];
  span: Span;
}

/** One line of `recipients { … }`: a unit (printed by its full name) or a text as written. */
export interface Recipient {
  kind: "recipient";
  unit?: Ident;
  text?: StringLit;
  span: Span;
}

export interface RecipientsBlock {
  kind: "recipients";
  keySpan: Span;
  items: Recipient[];
  span: Span;
}

export interface TaskDecl {
  kind: "task";
  name: Ident;
  title?: StringLit;
  covers: Ident[];
  /** `covers` keyword, for ranges and completion. */
  coversSpan?: Span;
  /** Statements of the task's block in source order. */
  items: TaskItem[];
  leads: RoleItem[];
  supports: RoleItem[];
  dues: DueItem[];
  indicators: IndicatorItem[];
  /** `detail "…"` paragraphs printed under the task in the issued document. */
  details: TextField[];
  subtasks: TaskDecl[];
  /** The enclosing task, for nested tasks. */
  parentTask?: TaskDecl;
  /** True when the task has a `{ ... }` block. */
  hasBlock: boolean;
  span: Span;
}

export interface RoleItem {
  kind: "lead" | "support";
  keySpan: Span;
  units: Ident[];
  span: Span;
}

export interface DueItem {
  kind: "due";
  keySpan: Span;
  value?: Temporal;
  span: Span;
}

export interface IndicatorItem {
  kind: "indicator";
  keySpan: Span;
  text?: StringLit;
  target?: Quantity;
  span: Span;
}

export type TaskItem = RoleItem | DueItem | IndicatorItem | TextField | TaskDecl;

export interface ApprovalStep {
  kind: "step";
  name: Ident;
  by?: Ident;
  within?: Duration;
  span: Span;
}

export interface ApprovalBlock {
  kind: "approval";
  keySpan: Span;
  steps: ApprovalStep[];
  span: Span;
}

export interface ReportDecl {
  kind: "report";
  title?: StringLit;
  every?: Duration;
  dueDay?: Quantity;
  to?: Ident;
  span: Span;
}

export type ReviewKind = "preliminary" | "final";

export interface ReviewDecl {
  kind: "review";
  which?: ReviewKind;
  whichSpan?: Span;
  by?: Temporal;
  span: Span;
}

export interface ReportingBlock {
  kind: "reporting";
  keySpan: Span;
  items: (ReportDecl | ReviewDecl)[];
  reports: ReportDecl[];
  reviews: ReviewDecl[];
  span: Span;
}

export const HISTORY_WORDS = [
  "submitted",
  "returned",
  "approved",
  "issued",
  "disseminated",
  "reported",
  "reviewed",
  "closed",
] as const;
export type HistoryWord = (typeof HISTORY_WORDS)[number];

export interface HistoryEvent {
  kind: "event";
  date: Temporal;
  /** The event word as written; validated against HISTORY_WORDS by the parser. */
  word: Ident;
  /** For `reviewed`: which review. */
  which?: ReviewKind;
  note?: StringLit;
  span: Span;
}

export interface HistoryBlock {
  kind: "history";
  keySpan: Span;
  events: HistoryEvent[];
  span: Span;
}

export type DocItem =
  | FieldItem
  | Labelled
  | TaskDecl
  | ApprovalBlock
  | ReportingBlock
  | HistoryBlock
  | TextField
  | SectionDecl
  | SignatureBlock
  | RecipientsBlock;

export type TopDecl = HierarchyDecl | UnitDecl | DocumentDecl;

export interface SyntaxProblem {
  /** Message id in `language/i18n` (syntax messages are localised like rule messages). */
  messageId: string;
  data: Record<string, string>;
  span: Span;
}

/** One parsed file: declarations, comments and syntax problems. Never thrown away on errors. */
export interface SourceFile {
  uri: string;
  text: string;
  decls: TopDecl[];
  comments: Comment[];
  problems: SyntaxProblem[];
}
