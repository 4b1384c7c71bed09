// The types of plancode's programmatic API (`import { lint } from "plancode"`): plain data, the
// shapes the CLI's JSON outputs have, declared here on their own so the published declarations
// (dist/types/) need nothing else of the project and no other package. api/index.ts returns the
// project's own values as these types, so the compiler holds the two together.

export type Locale = "vi" | "en";

/** A message in both languages. */
export interface Localized {
  vi: string;
  en: string;
}

export type Severity = "error" | "warning" | "info";

/** One rule: its id (as in plancode.json and disable comments), default severity, description, page. */
export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  description: Localized;
  /** The rule's page: what it reports, why, examples, fixes, configuration. */
  docsUrl: string;
  /** Whether `lint` with `fix` can fix some of its findings. */
  fixable: boolean;
}

/** One finding, as `lint` returns it and the CLI's formatters print it. */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  /** In the run's locale. */
  message: string;
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units (as ESLint and SARIF's default columnKind count). */
  column: number;
  endLine: number;
  /** 1-based column just past the last character (equal to `column` for an empty range). */
  endColumn: number;
  /** The fix `fix: true` would apply, as ESLint's: UTF-16 offsets into the file's text and the replacement. */
  fix?: { range: [number, number]; text: string };
}

export interface LintResult {
  /** Absolute path of the file. */
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  /** `info` findings: shown, never counted as errors or warnings. */
  infoCount: number;
  /** The file's text after the fixes, when they changed it. */
  output?: string;
}

export interface WorkspaceOptions {
  /** The folder relative paths are resolved against (default: the process's). */
  cwd?: string;
  /** The language of messages (default: plancode.json's `locale`, then the environment). */
  locale?: Locale;
}

export interface LintOptions extends WorkspaceOptions {
  /**
   * Apply the safe fixes: `true` writes the files (atomically; never a file with syntax errors),
   * `"dry-run"` only returns each fixed text as `output`.
   */
  fix?: boolean | "dry-run";
  /** Errors only: warnings and info are neither returned nor fixed. */
  quiet?: boolean;
  /** Check only what changed since the last run with a cache: `true` (`.plancodecache` in `cwd`), or the cache file's path. */
  cache?: boolean | string;
  /** Lint this text as the file `filePath` (resolved in that file's workspace) instead of files on disk. */
  text?: string;
  /** The file `text` stands for (default: `<stdin>` in `cwd`). */
  filePath?: string;
}

export interface FormatOptions {
  /** The file the text is (for nothing but its name in messages). */
  filePath?: string;
}

export type FormatResult =
  /** `changed`: whether `text` differs from the input. */
  | { ok: true; text: string; changed: boolean }
  /** A text with syntax errors is never formatted: where they are (1-based). */
  | { ok: false; problems: { line: number; column: number; message: Localized }[] };

export interface StatusItem {
  /** `approval:<step>`, `report`, `review preliminary`, `review final`. */
  what: string;
  /** ISO date. */
  due: string;
}

/** One plan or directive as `plancode status --format json` prints it (with an absolute `file`). */
export interface StatusEntry {
  name: string;
  file: string;
  /** `drafting`, `approval:<step>`, `approved`, `issued`, `implementing`, `closed`. */
  state: string;
  since: string | null;
  overdue: StatusItem[];
  next: StatusItem | null;
}

export interface StatusOptions extends WorkspaceOptions {
  /** The date to report on, `YYYY-MM-DD` or `D/M/YYYY` (default: today). */
  asOf?: string;
}

export interface SimulateOptions extends StatusOptions {
  /** Simulate nothing due after this date (default: the document's horizon). */
  until?: string;
  /** Number of runs (default: plancode.json's `simulation.runs`, else 1000). */
  runs?: number;
  /** Seed of the random numbers: the same seed, the same result (default: plancode.json's, else 1). */
  seed?: number;
}

export interface MilestoneStats {
  what: string;
  k?: number;
  happened: boolean;
  deadline: string | null;
  median: string;
  p90: string;
  pOnTime: number | null;
  runs: number;
}

export interface PlanSimulationResult {
  kind: "plan";
  name: string;
  asOf: string;
  until: string;
  seed: number;
  runs: number;
  state: string;
  milestones: MilestoneStats[];
}

export interface CascadeSimulationResult {
  kind: "cascade";
  directive: string;
  asOf: string;
  until: string;
  seed: number;
  runs: number;
  documents: number;
  state: string;
  reports: MilestoneStats[];
  reviews: MilestoneStats[];
  culprits: { name: string; issuer: string; issuerTitle: string | null; parent: string; pMadeParentLate: number; pLate: number }[];
}

/** A plan's simulation, or a directive's with its whole cascade (as `plancode simulate --format json`, with `kind`). */
export type SimulationResult = PlanSimulationResult | CascadeSimulationResult;

export interface ExportOptions extends WorkspaceOptions {
  /** `docx` (default), `html` or `pdf` (LibreOffice's `soffice` on the PATH, or PLANCODE_SOFFICE). */
  format?: "docx" | "html" | "pdf";
  /** The template of the K-th periodic report instead (1-based). */
  report?: number;
  /** Write the document to this file (whole or not at all) instead of returning its bytes. */
  outputFile?: string;
}

export interface ExportResult {
  /** The document's bytes (also when written). */
  bytes: Uint8Array;
  /** The file name `plancode export` would write: `<name>.<format>`, `<name>-bao-cao-<K>.<format>`. */
  fileName: string;
  /** The absolute path written, with `outputFile`. */
  path?: string;
  /** The findings of the document's file (a document is exported despite them, but not with syntax errors). */
  findings: LintResult;
}
