// A table-driven tester for plancode rules, in the style of ESLint's RuleTester: each rule's test
// file lists `valid` rows (the rule reports nothing on the target file) and `invalid` rows (the
// rule reports exactly these findings, in order, with exact 1-based ranges). The table cannot
// drift from the rule: a row naming a message id the rule does not have fails, and so do
// duplicate rows and rules that throw.
//
// A row is a workspace: `code` is the text of the target file (`filename`, default
// `file:///ws/test.plan`) and `files` the other files, by URI (the tester's default files, usually
// a shared fixture, are added unless the row sets `replaceFiles`). By default every file of the
// row must parse without syntax problems, so a valid row cannot pass by accident on a typo.
import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { checkFile, lineIndexOf, Workspace, type Finding, type Rule, type TextEdit } from "../../language/index.js";

export type FileSet = Record<string, string>;

export interface ValidRow {
  /** Shown as the test title (defaults to the first line of `code`). */
  name?: string;
  code: string;
  filename?: string;
  files?: FileSet;
  /** Use only `files` (not the tester's default files). */
  replaceFiles?: boolean;
  /** Allow syntax problems in the row's files (for the `syntax` rule and tolerance tests). */
  allowSyntaxErrors?: boolean;
  /** Severity overrides, as in `plancode.json` (the rule under test may not be "off"). */
  rules?: Record<string, "off" | "info" | "warning" | "error">;
}

export interface SuggestionRow {
  /** The fix's title in English, if checked. */
  title?: string;
  /** The target file's text after applying the fix. */
  output: string;
}

export interface ErrorRow {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The source text the range covers (a readable check that the numbers are right). */
  text?: string;
  /** The rendered message, if checked. */
  en?: string;
  vi?: string;
  data?: Record<string, string | number>;
  /** The quick fixes, in order; omitted = not checked, `[]` = none. */
  suggestions?: SuggestionRow[];
}

export interface InvalidRow extends ValidRow {
  errors: ErrorRow[];
}

export interface TesterOptions {
  files?: FileSet;
  filename?: string;
}

export const DEFAULT_FILENAME = "file:///ws/test.plan";

/** Applies non-overlapping edits to a text (as an editor applies a quick fix). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** Builds the workspace of a row and returns the rule's findings on the target file. */
export function runRule(rule: Rule, row: ValidRow, options: TesterOptions = {}): { findings: Finding[]; workspace: Workspace; uri: string } {
  const uri = row.filename ?? options.filename ?? DEFAULT_FILENAME;
  const files: FileSet = { ...(row.replaceFiles ? {} : (options.files ?? {})), ...(row.files ?? {}) };
  assert.ok(!(uri in files), `the target ${uri} is also listed in files`);
  const workspace = new Workspace();
  for (const [u, text] of Object.entries(files)) workspace.setFile(u, text);
  workspace.setFile(uri, row.code);
  if (!row.allowSyntaxErrors) {
    for (const u of workspace.uris()) {
      const problems = workspace.getFile(u)!.problems;
      assert.deepEqual(
        problems.map((p) => `${u}: ${p.messageId} ${JSON.stringify(p.data)} at ${p.span.start}`),
        [],
        "the row's files must parse cleanly (set allowSyntaxErrors to test broken input)",
      );
    }
  }
  const severity = row.rules?.[rule.id];
  assert.notEqual(severity, "off", `a row may not turn off the rule under test (${rule.id})`);
  const errors: unknown[] = [];
  const findings = checkFile(workspace, uri, { rules: row.rules, onRuleError: (id, e) => errors.push([id, e]) });
  assert.deepEqual(errors, [], "no rule may throw");
  return { findings: findings.filter((f) => f.ruleId === rule.id), workspace, uri };
}

function title(row: ValidRow): string {
  if (row.name) return row.name;
  const first = row.code.split("\n").find((l) => l.trim() !== "") ?? "";
  return first.trim().slice(0, 70) || "(empty file)";
}

function rowKey(row: ValidRow): string {
  return JSON.stringify([row.code, row.filename ?? "", row.files ?? {}, row.replaceFiles ?? false, row.rules ?? {}]);
}

/**
 * Checks a rule's tables before any row runs: at least one row of each kind, no duplicate rows,
 * every invalid row expecting findings, and only message ids the rule has. Throws an
 * AssertionError naming the first problem.
 */
export function checkTables(rule: Rule, tables: { valid: ValidRow[]; invalid: InvalidRow[] }): void {
  assert.ok(tables.valid.length > 0, "at least one valid row");
  assert.ok(tables.invalid.length > 0, "at least one invalid row");
  const seen = new Set<string>();
  for (const row of [...tables.valid, ...tables.invalid]) {
    const key = rowKey(row);
    assert.ok(!seen.has(key), `duplicate test row: ${title(row)}`);
    seen.add(key);
  }
  for (const row of tables.invalid) {
    assert.ok(row.errors.length > 0, `an invalid row must expect at least one finding: ${title(row)}`);
    for (const e of row.errors) checkMessageId(rule, e.messageId, title(row));
  }
}

function checkMessageId(rule: Rule, messageId: string, where: string): void {
  assert.ok(Object.hasOwn(rule.messages, messageId), `unknown message id '${messageId}' for rule ${rule.id} in row: ${where}`);
}

/** Runs a valid row: the rule must report nothing on the target file. */
export function checkValidRow(rule: Rule, row: ValidRow, options: TesterOptions = {}): void {
  const { findings } = runRule(rule, row, options);
  assert.deepEqual(findings.map(describeFinding(row.code)), [], "expected no findings");
}

/** Runs an invalid row: the rule must report exactly the expected findings, in order. */
export function checkInvalidRow(rule: Rule, row: InvalidRow, options: TesterOptions = {}): void {
  for (const e of row.errors) checkMessageId(rule, e.messageId, title(row));
  const { findings } = runRule(rule, row, options);
  const actual = findings.map(describeFinding(row.code));
  assert.equal(findings.length, row.errors.length, `expected ${row.errors.length} findings, got:\n${actual.join("\n")}`);
  row.errors.forEach((expected, i) => compare(row, findings[i], expected, i));
}

export class RuleTester {
  constructor(private readonly options: TesterOptions = {}) {}

  /** Registers mocha tests for the rule's tables: one per row, and one checking the tables themselves. */
  run(rule: Rule, tables: { valid: ValidRow[]; invalid: InvalidRow[] }): void {
    describe(rule.id, () => {
      it("has valid and invalid rows, each unique and naming only the rule's message ids", () => checkTables(rule, tables));
      describe("valid", () => {
        for (const row of tables.valid) it(title(row), () => checkValidRow(rule, row, this.options));
      });
      describe("invalid", () => {
        for (const row of tables.invalid) it(title(row), () => checkInvalidRow(rule, row, this.options));
      });
    });
  }
}

function describeFinding(code: string) {
  return (f: Finding): string => {
    const lines = lineIndexOf({ text: code });
    const s = lines.positionAt(f.span.start);
    const e = lines.positionAt(f.span.end);
    return `${f.messageId} ${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${JSON.stringify(code.slice(f.span.start, f.span.end))} ${f.message.en}`;
  };
}

function compare(row: InvalidRow, f: Finding, e: ErrorRow, i: number): void {
  const lines = lineIndexOf({ text: row.code });
  const s = lines.positionAt(f.span.start);
  const end = lines.positionAt(f.span.end);
  const at = `finding #${i + 1} (${describeFinding(row.code)(f)})`;
  assert.equal(f.messageId, e.messageId, `${at}: message id`);
  assert.deepEqual(
    { line: s.line + 1, column: s.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
    { line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn },
    `${at}: range`,
  );
  if (e.text !== undefined) assert.equal(row.code.slice(f.span.start, f.span.end), e.text, `${at}: text`);
  if (e.en !== undefined) assert.equal(f.message.en, e.en, `${at}: English message`);
  if (e.vi !== undefined) assert.equal(f.message.vi, e.vi, `${at}: Vietnamese message`);
  if (e.data !== undefined) assert.deepEqual(pick(f.data, Object.keys(e.data)), e.data, `${at}: data`);
  if (e.suggestions !== undefined) {
    const fixes = f.fixes ?? [];
    assert.equal(fixes.length, e.suggestions.length, `${at}: number of quick fixes`);
    e.suggestions.forEach((sug, j) => {
      if (sug.title !== undefined) assert.equal(fixes[j].title.en, sug.title, `${at}: fix #${j + 1} title`);
      assert.equal(applyEdits(row.code, fixes[j].edits), sug.output, `${at}: output of fix #${j + 1}`);
    });
  }
}

function pick(data: Record<string, string | number>, keys: string[]): Record<string, string | number> {
  return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
}
