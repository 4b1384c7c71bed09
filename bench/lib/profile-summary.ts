// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by file, so a
// benchmark can say what the profile showed.
//
//   node --import tsx bench/lib/profile-summary.ts /tmp/prof/CPU.*.cpuprofile [--top 30]
import { readFileSync } from "node:fs";

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  name: string;
  ms: number;
  share: number;
}

export function summarizeProfile(path: string, top = 25): { byFunction: ProfileLine[]; byFile: ProfileLine[]; totalMs: number } {
  const prof = JSON.parse(readFileSync(path, "utf8")) as Profile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const url = n.callFrame.url.replace(/^file:\/\//, "").replace(/.*node_modules\//, "~/");
    const short = url.split("/").slice(-2).join("/");
    fn.set(`${n.callFrame.functionName || "(anonymous)"} ${short}:${n.callFrame.lineNumber + 1}`, (fn.get(`${n.callFrame.functionName || "(anonymous)"} ${short}:${n.callFrame.lineNumber + 1}`) ?? 0) + us);
    const key = url ? url.replace(/\/[^/]*$/, "/") + url.split("/").pop() : n.callFrame.functionName;
    file.set(key, (file.get(key) ?? 0) + us);
    total += us;
  }
  const lines = (m: Map<string, number>): ProfileLine[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { byFunction: lines(fn), byFile: lines(file), totalMs: total / 1000 };
}

if (process.argv[1]?.endsWith("profile-summary.ts")) {
  const path = process.argv[2];
  const i = process.argv.indexOf("--top");
  const s = summarizeProfile(path, i > 0 ? Number(process.argv[i + 1]) : 30);
  console.log(`total ${s.totalMs.toFixed(0)} ms\n-- self time by function`);
  for (const l of s.byFunction) console.log(`${(l.share * 100).toFixed(1).padStart(5)}% ${l.ms.toFixed(0).padStart(7)} ms  ${l.name}`);
  console.log("-- self time by file");
  for (const l of s.byFile.slice(0, 15)) console.log(`${(l.share * 100).toFixed(1).padStart(5)}% ${l.ms.toFixed(0).padStart(7)} ms  ${l.name}`);
}

/** Inclusive time of the named functions (time spent in them or below; recursion counted once). */
export function inclusiveTimes(path: string, names: string[]): Record<string, number> {
  const prof = JSON.parse(readFileSync(path, "utf8")) as Profile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const out: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const fn = byId.get(cur)!.callFrame.functionName;
      if (fn in out && !seen.has(fn)) {
        out[fn] += us / 1000;
        seen.add(fn);
      }
    }
  }
  return out;
}

if (process.argv[1]?.endsWith("profile-summary.ts") && process.argv.includes("--inclusive")) {
  const names = process.argv[process.argv.indexOf("--inclusive") + 1].split(",");
  const t = inclusiveTimes(process.argv[2], names);
  console.log("-- inclusive");
  for (const [k, v] of Object.entries(t)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
}
