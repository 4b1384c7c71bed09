// In-process breakdown of a lint by phase (read, parse, index, each rule, results), with the
// language core bundled like the CLI: shows which stage to profile and fix.
//
//   node --import tsx bench/lib/lint-phases.ts <workspace dir>
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadLanguage } from "./bundle.js";

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));

function planFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) planFiles(p, out);
    else if (name.endsWith(".plan")) out.push(p);
  }
  return out;
}

export async function lintPhases(dir: string): Promise<Record<string, number>> {
  const api = await loadLanguage();
  const ms: Record<string, number> = {};
  const lap = <T>(name: string, f: () => T): T => {
    // CPU time of this process (the machine is shared: wall time would mostly measure the others).
    const c0 = process.cpuUsage();
    const r = f();
    const c = process.cpuUsage(c0);
    ms[name] = (ms[name] ?? 0) + (c.user + c.system) / 1000;
    return r;
  };
  const paths = lap("walk", () => planFiles(dir));
  const texts = lap("read", () => paths.map((p) => readFileSync(p, "utf8")));
  const files = lap("parse", () => paths.map((p, i) => api.parse(`file://${p}`, texts[i])));
  const ws = new api.Workspace();
  lap("index (setParsed)", () => files.forEach((f) => ws.setParsed(f)));
  const rules = api.RULES;
  let findings = 0;
  for (const f of files) {
    for (const rule of rules) {
      lap(`rule ${rule.id}`, () =>
        rule.check({
          workspace: ws,
          file: f,
          report: () => {
            findings++;
          },
        }),
      );
    }
  }
  lap("checkFile (all rules, again)", () => files.forEach((f) => api.checkFile(ws, f.uri)));
  lap("line index", () => files.forEach((f) => new api.LineIndex(f.text)));
  ms.findings = findings;
  return ms;
}

if (process.argv[1]?.endsWith("lint-phases.ts")) {
  const ms = await lintPhases(process.argv[2]);
  for (const [k, v] of Object.entries(ms).sort((a, b) => b[1] - a[1])) console.log(`${v.toFixed(0).padStart(7)} ${k === "findings" ? "" : "ms"}  ${k}`);
}
