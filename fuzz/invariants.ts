// The robustness invariants. Each is a plain function from an input to the violations it found
// (an empty list when it holds), so the same code runs from mocha with a small budget
// (test/robustness/*.test.ts, through `holds`) and from `npm run fuzz` with a large one
// (fuzz/run.ts, which also times each call against a bound proportional to the input size).
//
// None of them throws on a bug of the code under test: a throw is caught and returned as a
// `crash` violation, so the runner can count it and go on.
import {
  checkFile,
  eventOf,
  INITIAL_STATE,
  lex,
  nextState,
  parse,
  ruleById,
  stateKey,
  Workspace,
  type Finding,
  type LifecycleState,
  type SourceFile,
  type Span,
} from "../language/index.js";
import type { GenFile, GenWorkspace, HistoryCase, ScriptEdit } from "./arbitraries.js";
import { optionalModules } from "./optional.js";

export interface Violation {
  /** Which invariant: `crash`, `span`, `rule-error`, `determinism`, `message`, `format`, `order`, `incremental`, `history`, ... */
  invariant: string;
  detail: string;
  uri?: string;
}

export class InvariantError extends Error {
  constructor(readonly violations: Violation[]) {
    super(violations.map((v) => `[${v.invariant}]${v.uri ? ` ${v.uri}` : ""} ${v.detail}`).join("\n"));
  }
}

/** Throws when there are violations (for fast-check properties and mocha). */
export function holds(violations: Violation[]): true {
  if (violations.length) throw new InvariantError(violations);
  return true;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${(error.stack ?? "").split("\n").slice(1, 6).join("\n")}`;
  return String(error);
}

// ---------------------------------------------------------------------------------------------
// Spans

function spanProblem(span: Span | undefined, length: number): string | undefined {
  if (!span) return undefined;
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `non-integer span ${JSON.stringify(span)}`;
  if (start < 0 || start > end || end > length) return `span ${start}..${end} outside 0..${length}`;
  return undefined;
}

const SPAN_KEYS = new Set(["span", "keySpan", "whichSpan", "coversSpan", "keyword"]);
/** Back references (cycles): not walked. */
const SKIP_KEYS = new Set(["container", "parentTask"]);
/**
 * Arrays that are views of `items` (a subtask is in its task's `items` and `subtasks`): left out
 * when serialising, else every nesting level doubles the output.
 */
export const VIEW_KEYS = new Set(["tasks", "objectives", "viewpoints", "leads", "supports", "dues", "indicators", "subtasks", "reports", "reviews"]);

/** Every span in the AST of `file` (node spans, key spans, …), with a path for messages. */
export function astSpans(file: SourceFile): { path: string; span: Span }[] {
  const out: { path: string; span: Span }[] = [];
  const seen = new Set<object>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${path}[${i}]`));
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (SKIP_KEYS.has(key)) continue;
      if (SPAN_KEYS.has(key) && typeof value === "object" && value !== null && "start" in value) out.push({ path: `${path}.${key}`, span: value as Span });
      else walk(value, `${path}.${key}`);
    }
  };
  walk(file.decls, "decls");
  walk(file.comments, "comments");
  return out;
}

function fileSpanViolations(file: SourceFile): Violation[] {
  const out: Violation[] = [];
  const n = file.text.length;
  for (const p of file.problems) {
    const bad = spanProblem(p.span, n);
    if (bad) out.push({ invariant: "span", uri: file.uri, detail: `syntax problem ${p.messageId}: ${bad}` });
  }
  for (const { path, span } of astSpans(file)) {
    const bad = spanProblem(span, n);
    if (bad) out.push({ invariant: "span", uri: file.uri, detail: `AST ${path}: ${bad}` });
  }
  return out;
}

const PLACEHOLDER = /\{[A-Za-z]\w*\}/;

function findingViolations(finding: Finding, length: number): Violation[] {
  const out: Violation[] = [];
  const bad = spanProblem(finding.span, length);
  if (bad) out.push({ invariant: "span", uri: finding.uri, detail: `${finding.ruleId}/${finding.messageId}: ${bad}` });
  for (const fix of finding.fixes ?? []) {
    for (const edit of fix.edits) {
      const badEdit = spanProblem(edit.span, length);
      if (badEdit) out.push({ invariant: "span", uri: finding.uri, detail: `fix of ${finding.ruleId}/${finding.messageId}: ${badEdit}` });
    }
  }
  const dataHasBraces = Object.values(finding.data).some((v) => String(v).includes("{"));
  for (const locale of ["vi", "en"] as const) {
    const text = finding.message[locale];
    if (typeof text !== "string" || !text.trim()) {
      out.push({ invariant: "message", uri: finding.uri, detail: `${finding.ruleId}/${finding.messageId}: empty ${locale} message` });
    } else if (!dataHasBraces && PLACEHOLDER.test(text)) {
      out.push({ invariant: "message", uri: finding.uri, detail: `${finding.ruleId}/${finding.messageId}: unfilled placeholder in ${locale}: ${text}` });
    }
  }
  return out;
}

/** A comparable form of a file's findings (everything but object identity). */
export function findingKey(findings: Finding[]): string {
  return JSON.stringify(
    findings.map((f) => [f.ruleId, f.severity, f.span.start, f.span.end, f.messageId, f.data, f.message, f.fixes ?? []]),
  );
}

/** A comparable form of a parse result. */
function parseKey(file: SourceFile): string {
  return JSON.stringify({ decls: file.decls, comments: file.comments, problems: file.problems }, (key, value) =>
    SKIP_KEYS.has(key) || VIEW_KEYS.has(key) ? undefined : value,
  );
}

// ---------------------------------------------------------------------------------------------
// 1. Parse and check never throw, spans inside the document, parse is deterministic.

/**
 * The clock of the time bounds: CPU milliseconds of this process (user + system), not wall time.
 * On a shared machine (two cores, benchmarks beside the fuzzer) wall time measured the other
 * processes as much as ours: a 1 MB input was "slow" at 32 s of wall time for 6 s of work. The
 * runner's watchdog for hangs still uses wall time.
 */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface Timed {
  violations: Violation[];
  /** CPU milliseconds spent in the code under test (see `cpuMs`). */
  ms: number;
  /** Characters of input. */
  size: number;
}

/** Parses and checks a workspace of files; every file's findings are checked too. */
export function parseAndCheck(files: readonly GenFile[]): Timed {
  const violations: Violation[] = [];
  const size = files.reduce((n, f) => n + f.text.length, 0);
  let ms = 0;
  const parsed: SourceFile[] = [];
  const workspace = new Workspace();
  for (const f of files) {
    const t0 = cpuMs();
    let file: SourceFile;
    try {
      file = parse(f.uri, f.text);
    } catch (error) {
      violations.push({ invariant: "crash", uri: f.uri, detail: `parse threw ${describe(error)}` });
      continue;
    } finally {
      ms += cpuMs() - t0;
    }
    if (file.text !== f.text || file.uri !== f.uri) violations.push({ invariant: "parse", uri: f.uri, detail: "SourceFile.text/uri differ from the input" });
    violations.push(...fileSpanViolations(file));
    parsed.push(file);
    const t1 = cpuMs();
    try {
      workspace.setParsed(file);
    } catch (error) {
      violations.push({ invariant: "crash", uri: f.uri, detail: `Workspace.setParsed threw ${describe(error)}` });
    } finally {
      ms += cpuMs() - t1;
    }
  }
  for (const file of parsed) {
    const t0 = cpuMs();
    let findings: Finding[] = [];
    try {
      findings = checkFile(workspace, file.uri, {
        onRuleError: (ruleId, error) => violations.push({ invariant: "rule-error", uri: file.uri, detail: `rule ${ruleId} threw ${describe(error)}` }),
      });
    } catch (error) {
      violations.push({ invariant: "crash", uri: file.uri, detail: `checkFile threw ${describe(error)}` });
    } finally {
      ms += cpuMs() - t0;
    }
    for (const finding of findings) violations.push(...findingViolations(finding, file.text.length));
    if (file.problems.length && !findings.some((f) => f.ruleId === "syntax")) {
      violations.push({ invariant: "syntax", uri: file.uri, detail: `${file.problems.length} syntax problems but no syntax finding` });
    }
  }
  // Parsing the same text again, after other texts, gives the same result (no state leaks
  // between parses through the shared parser).
  for (const file of parsed) {
    try {
      const again = parse(file.uri, file.text);
      if (parseKey(again) !== parseKey(file)) violations.push({ invariant: "determinism", uri: file.uri, detail: "a second parse of the same text differs" });
    } catch (error) {
      violations.push({ invariant: "crash", uri: file.uri, detail: `second parse threw ${describe(error)}` });
    }
  }
  return { violations: dedupeViolations(violations), ms, size };
}

function dedupeViolations(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.invariant}|${v.uri}|${v.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The time a parse+check of `size` characters may take before it counts as a hang. */
export function timeBoundMs(size: number): number {
  return 500 + size * 0.02; // 20 µs a character: 1 MB gets 21 s, a 5 kB plan 0.6 s
}

// ---------------------------------------------------------------------------------------------
// 2. Lint results do not depend on the order files are added.

function allFindings(workspace: Workspace, uris: readonly string[], violations: Violation[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const uri of uris) {
    try {
      out.set(uri, findingKey(checkFile(workspace, uri)));
    } catch (error) {
      violations.push({ invariant: "crash", uri, detail: `checkFile threw ${describe(error)}` });
    }
  }
  return out;
}

/** Adds the files in their order and in `permutation` order (indices); compares findings per file. */
export function orderIndependent(files: readonly GenFile[], permutation: readonly number[]): Violation[] {
  const violations: Violation[] = [];
  const sorted = [...permutation].sort((x, y) => x - y);
  if (sorted.length !== files.length || sorted.some((x, i) => x !== i)) {
    return [{ invariant: "harness", detail: `not a permutation of ${files.length} files: ${permutation.join(",")}` }];
  }
  try {
    const a = new Workspace();
    for (const f of files) a.setFile(f.uri, f.text);
    const b = new Workspace();
    for (const i of permutation) b.setFile(files[i].uri, files[i].text);
    const uris = files.map((f) => f.uri);
    const fa = allFindings(a, uris, violations);
    const fb = allFindings(b, uris, violations);
    for (const uri of uris) {
      if (fa.get(uri) !== fb.get(uri)) {
        violations.push({ invariant: "order", uri, detail: `findings differ when files are added in order ${permutation.join(",")}:\n  ${fa.get(uri)}\n  ${fb.get(uri)}` });
      }
    }
  } catch (error) {
    violations.push({ invariant: "crash", detail: describe(error) });
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------
// 3. A long-lived Workspace (setFile/removeFile, as the server and watch modes use it) gives the
//    same findings as a fresh one built from the same texts: its caches are invalidated right.

export function incrementalWorkspace(initial: readonly GenFile[], script: readonly ScriptEdit[]): Violation[] {
  const edits = script.map((e) => (e.kind === "remove" ? { uri: e.uri, remove: true as const } : { uri: e.uri, text: e.text }));
  const violations: Violation[] = [];
  try {
    const live = new Workspace();
    const texts = new Map<string, string>();
    for (const f of initial) {
      live.setFile(f.uri, f.text);
      texts.set(f.uri, f.text);
    }
    // Warm every cache before editing.
    allFindings(live, [...texts.keys()], violations);
    edits.forEach((edit, step) => {
      if ("remove" in edit) {
        live.removeFile(edit.uri);
        texts.delete(edit.uri);
      } else {
        live.setFile(edit.uri, edit.text);
        texts.set(edit.uri, edit.text);
      }
      const fresh = new Workspace();
      for (const [uri, text] of texts) fresh.setFile(uri, text);
      const uris = [...texts.keys()].sort();
      const got = allFindings(live, uris, violations);
      const want = allFindings(fresh, uris, violations);
      for (const uri of uris) {
        if (got.get(uri) !== want.get(uri)) {
          violations.push({ invariant: "incremental", uri, detail: `after edit ${step} (${"remove" in edit ? "remove" : "set"} ${edit.uri}) the live workspace says\n  ${got.get(uri)}\nbut a fresh one says\n  ${want.get(uri)}` });
        }
      }
    });
  } catch (error) {
    violations.push({ invariant: "crash", detail: describe(error) });
  }
  return violations.slice(0, 5);
}

// ---------------------------------------------------------------------------------------------
// 4. Replaying a history through the lifecycle table (and the XState machine, when workflows/
//    exists) agrees with the `history-order` rule.

export interface Replay {
  /** Index of the first event that breaks the lifecycle, date order or the `issued` date. */
  firstError?: { index: number; why: string };
  state: LifecycleState;
}

/** The reference replay: the lifecycle table, dates non-decreasing, `issued` on the plan's date. */
export function replayHistory(hc: HistoryCase): Replay {
  let state: LifecycleState = INITIAL_STATE;
  let previous = -Infinity;
  let firstError: Replay["firstError"];
  hc.events.forEach((e, index) => {
    if (firstError) return;
    const [word, which] = e.word.split(" ");
    const event = eventOf(word, which);
    const next = event && nextState(state, event, Math.max(1, hc.steps));
    if (!next) firstError = { index, why: `${e.word} not allowed` };
    else if (e.day < previous) firstError = { index, why: "date before the previous event" };
    else if (event === "issued" && e.day !== hc.issuedDay) firstError = { index, why: "issued on another date than the plan's" };
    else state = next;
    previous = e.day;
  });
  return { firstError, state };
}

export function historyAgrees(hc: HistoryCase): Violation[] {
  const rule = ruleById("history-order");
  if (!rule) return []; // not written yet
  const violations: Violation[] = [];
  try {
    const workspace = new Workspace();
    for (const f of hc.files) {
      const parsed = workspace.setFile(f.uri, f.text);
      if (parsed.problems.length) violations.push({ invariant: "history", uri: f.uri, detail: `generated file does not parse: ${JSON.stringify(parsed.problems[0])}` });
    }
    const planUri = hc.files[hc.files.length - 1].uri;
    const findings = checkFile(workspace, planUri, {
      onRuleError: (ruleId, error) => violations.push({ invariant: "rule-error", uri: planUri, detail: `rule ${ruleId} threw ${describe(error)}` }),
    });
    const reported = findings.filter((f) => f.ruleId === "history-order");
    const expected = replayHistory(hc);
    const events = hc.events.map((e) => e.word).join(", ");
    if (expected.firstError && !reported.length) {
      violations.push({ invariant: "history", uri: planUri, detail: `history-order silent, but event ${expected.firstError.index} is wrong (${expected.firstError.why}); steps ${hc.steps}; ${events}` });
    } else if (!expected.firstError && reported.length) {
      violations.push({ invariant: "history", uri: planUri, detail: `history-order reports ${reported.map((f) => f.message.en).join("; ")} on a valid history; steps ${hc.steps}; ${events}` });
    }
    // The XState machine (and its compiled twin) built by workflows/ from the same table: a
    // strict replay rejects first exactly the event the reference replay stops at, and otherwise
    // ends in the same state.
    const machine = optionalModules().workflows;
    const doc = workspace.lookupDocument("KH-X");
    if (machine && doc) {
      for (const r of machine.replayStrict(doc)) {
        const first = r.rejected[0];
        if (expected.firstError) {
          const wrong = hc.events[expected.firstError.index];
          const want = `${wrong.word}@${wrong.day}`;
          const got = first ? `${first.event}@${first.date}` : "nothing";
          if (got !== want) violations.push({ invariant: "history", uri: planUri, detail: `${r.engine} replay rejects ${got} first, the table ${want} (${expected.firstError.why}); steps ${hc.steps}; ${events}` });
        } else if (first) {
          violations.push({ invariant: "history", uri: planUri, detail: `${r.engine} replay rejects ${first.event}@${first.date} of a valid history; steps ${hc.steps}; ${events}` });
        } else if (r.stateKey !== stateKey(expected.state)) {
          violations.push({ invariant: "history", uri: planUri, detail: `${r.engine} replay ends in ${r.stateKey}, the table in ${stateKey(expected.state)}; steps ${hc.steps}; ${events}` });
        }
      }
    }
  } catch (error) {
    violations.push({ invariant: "crash", detail: describe(error) });
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------
// 5. The formatter: idempotent, keeps the meaning (parse(fmt(x)) equals parse(x) ignoring spans)
//    and every word and comment.

function words(text: string): string[] {
  return lex(text)
    .tokens.map((t) => t.image)
    .filter((image) => /^["\p{L}_]/u.test(image))
    .sort();
}

function commentTexts(file: SourceFile): string[] {
  return file.comments.map((c) => c.text.replace(/\s+/g, " ").trim()).sort();
}

export function formatHolds(file: GenFile): Violation[] {
  const fmt = optionalModules().format;
  if (!fmt) return []; // not written yet
  const violations: Violation[] = [];
  const uri = file.uri;
  let once: string | undefined;
  try {
    once = fmt.format(uri, file.text);
  } catch (error) {
    return [{ invariant: "crash", uri, detail: `formatText threw ${describe(error)}` }];
  }
  const before = parse(uri, file.text);
  if (before.problems.length) {
    // A file with syntax errors is left alone or formatted; either way, formatting again is stable.
    return violations;
  }
  if (once === undefined) return [{ invariant: "format", uri, detail: "formatText refused a file without syntax problems" }];
  let twice: string | undefined;
  try {
    twice = fmt.format(uri, once);
  } catch (error) {
    return [{ invariant: "crash", uri, detail: `formatText threw on its own output ${describe(error)}` }];
  }
  if (twice !== once) violations.push({ invariant: "format", uri, detail: `not idempotent:\n--- once\n${once}\n--- twice\n${twice}` });
  const after = parse(uri, once);
  if (after.problems.length) {
    violations.push({ invariant: "format", uri, detail: `output does not parse: ${JSON.stringify(after.problems.slice(0, 3))}\n${once}` });
    return violations;
  }
  const diff = fmt.astDiff(before, after);
  if (diff) violations.push({ invariant: "format", uri, detail: `parse(fmt(x)) differs from parse(x): ${diff}` });
  const wa = words(file.text).join("\u0001");
  const wb = words(once).join("\u0001");
  if (wa !== wb) violations.push({ invariant: "format", uri, detail: "the words (names, keywords, strings) of the file changed" });
  if (commentTexts(before).join("\u0001") !== commentTexts(after).join("\u0001")) {
    violations.push({ invariant: "format", uri, detail: "comments were lost or changed" });
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------
// 6. A generated valid workspace is clean: no syntax problems and no findings (the rules have no
//    false positives on the plans the generator models as correct).

export function validIsClean(ws: GenWorkspace): Violation[] {
  const violations: Violation[] = [];
  try {
    const workspace = new Workspace();
    for (const f of ws.files) {
      const file = workspace.setFile(f.uri, f.text);
      if (file.problems.length) violations.push({ invariant: "valid", uri: f.uri, detail: `syntax problems in a generated valid file: ${JSON.stringify(file.problems.slice(0, 3))}` });
    }
    for (const f of ws.files) {
      for (const finding of checkFile(workspace, f.uri)) {
        const line = f.text.slice(0, finding.span.start).split("\n").length;
        violations.push({ invariant: "valid", uri: f.uri, detail: `${finding.ruleId} on a generated valid workspace, line ${line}: ${finding.message.en}` });
      }
    }
  } catch (error) {
    violations.push({ invariant: "crash", detail: describe(error) });
  }
  return violations.slice(0, 10);
}
