// Checks the generator against the real checks: with no mistakes a generated workspace must be
// clean; with mistakes, each injected mistake must make its rule fire in its file. Prints a
// summary by rule; exits 1 on a discrepancy.
//
//   node --import tsx bench/check-generated.ts [--seed N] [--scale S] [--mistakes R]
import { checkFile, Workspace, type Finding } from "../language/index.js";
import { generateWorkspaceDetailed } from "./generate.js";

export interface GeneratedCheck {
  findings: Map<string, Finding[]>;
  /** Findings by rule id, over the whole workspace. */
  byRule: Map<string, number>;
  /** Injected mistakes whose rule did not fire in their file. */
  missed: { path: string; rule: string; what: string }[];
  /** Files with findings but no injected mistake. */
  unexpected: { path: string; findings: Finding[] }[];
}

export function checkGenerated(seed: number, scale: number, mistakes: number): GeneratedCheck {
  const ws = generateWorkspaceDetailed({ seed, scale, mistakes });
  const workspace = new Workspace();
  for (const [path, text] of ws.files) workspace.setFile(`file:///ws/${path}`, text);
  const findings = new Map<string, Finding[]>();
  const byRule = new Map<string, number>();
  for (const path of ws.files.keys()) {
    const f = checkFile(workspace, `file:///ws/${path}`);
    if (f.length) findings.set(path, f);
    for (const x of f) byRule.set(x.ruleId, (byRule.get(x.ruleId) ?? 0) + 1);
  }
  const withMistake = new Set(ws.mistakes.map((m) => m.path));
  const missed = ws.mistakes.filter((m) => !(findings.get(m.path) ?? []).some((f) => f.ruleId === m.rule));
  const unexpected = [...findings].filter(([path]) => !withMistake.has(path)).map(([path, f]) => ({ path, findings: f }));
  return { findings, byRule, missed, unexpected };
}

function main(argv: string[]): number {
  const get = (flag: string, dflt: number): number => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : dflt;
  };
  const seed = get("--seed", 57);
  const scale = get("--scale", 1 / 64);
  const mistakes = get("--mistakes", 0.02);
  const r = checkGenerated(seed, scale, mistakes);
  console.log("findings by rule:", Object.fromEntries([...r.byRule].sort()));
  for (const m of r.missed) console.log(`MISSED ${m.rule} in ${m.path}: ${m.what}\n  got: ${(r.findings.get(m.path) ?? []).map((f) => f.ruleId).join(", ") || "nothing"}`);
  for (const u of r.unexpected.slice(0, 20))
    console.log(`UNEXPECTED in ${u.path}:\n${u.findings.map((f) => `  ${f.ruleId} @${f.span.start}: ${f.message.en}`).join("\n")}`);
  if (r.unexpected.length > 20) console.log(`... and ${r.unexpected.length - 20} more files with unexpected findings`);
  return r.missed.length || r.unexpected.length ? 1 : 0;
}

if (process.argv[1]?.endsWith("check-generated.ts")) process.exitCode = main(process.argv.slice(2));
