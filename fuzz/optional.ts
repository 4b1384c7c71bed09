// The parts of plancode other engineers are still writing (the formatter, the workflow engine,
// the AST comparison helper), loaded when present so the invariants switch on by themselves.
// Paths are held in variables so the type checker does not require the modules to exist.
import { stateKey, type DocumentDecl, type LifecycleState, type SourceFile } from "../language/index.js";

export interface FormatApi {
  /** The formatted text, or undefined when the formatter declines (syntax errors). */
  format(uri: string, text: string): string | undefined;
  /** A description of the first difference between two ASTs ignoring spans, or undefined when equal. */
  astDiff(a: SourceFile, b: SourceFile): string | undefined;
}

/** What replaying a history through a plan's machine gave: the state key and the rejected events. */
export interface MachineReplay {
  engine: string;
  stateKey: string;
  rejected: { date: number; event: string }[];
}

export interface WorkflowsApi {
  /** Strict replay (the history as written) of a plan through its XState machine and the compiled stepper. */
  replayStrict(doc: DocumentDecl): MachineReplay[];
}

export interface OptionalModules {
  format?: FormatApi;
  workflows?: WorkflowsApi;
}

async function tryImport(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(path)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") return undefined;
    // Present but broken (mid-edit): report once, run without it.
    console.warn(`fuzz: could not load ${path}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return undefined;
  }
}

const SPANLIKE = new Set(["span", "keySpan", "whichSpan", "coversSpan", "keyword", "container", "parentTask"]);
/** Views of `items` (serialising them too doubles the output at every nesting level). */
const VIEWS = new Set(["tasks", "objectives", "viewpoints", "leads", "supports", "dues", "indicators", "subtasks", "reports", "reviews"]);

/** Our own AST comparison (spans ignored), used until test/helpers/ast-equal.ts exists. */
export function fallbackAstDiff(a: SourceFile, b: SourceFile): string | undefined {
  const strip = (file: SourceFile): unknown =>
    JSON.parse(JSON.stringify({ decls: file.decls, problems: file.problems.map((p) => p.messageId) }, (k, v) => (SPANLIKE.has(k) || VIEWS.has(k) ? undefined : v)));
  const diff = (x: unknown, y: unknown, path: string): string | undefined => {
    if (typeof x !== typeof y || Array.isArray(x) !== Array.isArray(y) || (x === null) !== (y === null)) return `${path}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
    if (typeof x !== "object" || x === null) return x === y ? undefined : `${path}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    for (const k of new Set([...Object.keys(xo), ...Object.keys(yo)])) {
      const d = diff(xo[k], yo[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  };
  return diff(strip(a), strip(b), "");
}

async function load(): Promise<OptionalModules> {
  const out: OptionalModules = {};
  const fmtPath = "../language/format/index.js";
  const fmt = await tryImport(fmtPath);
  if (fmt && typeof fmt.formatText === "function") {
    const helperPath = "../test/helpers/ast-equal.js";
    const helper = await tryImport(helperPath);
    const formatText = fmt.formatText as (uri: string, text: string) => unknown;
    out.format = {
      format(uri, text) {
        const result = formatText(uri, text);
        if (typeof result === "string") return result;
        if (result && typeof result === "object" && typeof (result as { text?: unknown }).text === "string") return (result as { text: string }).text;
        return undefined;
      },
      astDiff: pickAstDiff(helper) ?? fallbackAstDiff,
    };
  }
  const wfPath = "../workflows/index.js";
  const wf = await tryImport(wfPath);
  if (wf && typeof wf.replay === "function" && typeof wf.planSpec === "function") {
    type Replay = { state: LifecycleState; rejected: { date: number; event: string }[] };
    const replay = wf.replay as (spec: unknown, asOf: number, options: { strict: boolean; engine: string }) => Replay;
    const planSpec = wf.planSpec as (doc: DocumentDecl) => unknown;
    out.workflows = {
      replayStrict(doc) {
        const spec = planSpec(doc);
        return ["xstate", "compiled"].map((engine) => {
          const r = replay(spec, 1e9, { strict: true, engine });
          return { engine, stateKey: stateKey(r.state), rejected: r.rejected.map((e) => ({ date: e.date, event: e.event })) };
        });
      },
    };
  }
  return out;
}

/** Adapts whatever test/helpers/ast-equal.ts exports to `astDiff`. */
function pickAstDiff(helper: Record<string, unknown> | undefined): FormatApi["astDiff"] | undefined {
  if (!helper) return undefined;
  for (const [name, fn] of Object.entries(helper)) {
    if (typeof fn !== "function") continue;
    if (/diff/i.test(name)) {
      return (a, b) => {
        const d = (fn as (a: SourceFile, b: SourceFile) => unknown)(a, b);
        return d === undefined || d === null || d === "" || (Array.isArray(d) && !d.length) ? undefined : typeof d === "string" ? d : JSON.stringify(d);
      };
    }
  }
  return undefined;
}

const loaded = await load();

export function optionalModules(): OptionalModules {
  return loaded;
}
