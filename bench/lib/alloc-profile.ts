// Where `parse` allocates: V8's sampling heap profiler with collected objects kept in the
// samples (so garbage shows too), over parsing a generated workspace; bytes by function.
//
//   node --import tsx bench/lib/alloc-profile.ts [scale]
import { Session } from "node:inspector/promises";
import { generateWorkspace } from "../generate.js";
import { loadLanguage } from "./bundle.js";

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

export async function allocationProfile(run: () => void, top = 30): Promise<{ name: string; mb: number }[]> {
  const session = new Session();
  session.connect();
  await session.post("HeapProfiler.enable");
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  run();
  const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: SamplingNode } };
  session.disconnect();
  const by = new Map<string, number>();
  const visit = (n: SamplingNode): void => {
    const key = `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber + 1}`;
    by.set(key, (by.get(key) ?? 0) + n.selfSize);
    n.children.forEach(visit);
  };
  visit(profile.head);
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, bytes]) => ({ name, mb: bytes / 1e6 }));
}

if (process.argv[1]?.endsWith("alloc-profile.ts")) {
  const { parse } = await loadLanguage();
  const files = [...generateWorkspace({ scale: Number(process.argv[2] ?? 1 / 16) })];
  const mb = files.reduce((n, [, t]) => n + Buffer.byteLength(t), 0) / 1e6;
  for (const [p, t] of files) parse(p, t);
  const rows = await allocationProfile(() => {
    for (const [p, t] of files) parse(p, t);
  });
  const total = rows.reduce((n, r) => n + r.mb, 0);
  console.log(`source ${mb.toFixed(1)} MB; top allocation sites total ${total.toFixed(0)} MB`);
  for (const r of rows) console.log(`${r.mb.toFixed(1).padStart(8)} MB  ${r.name}`);
}
