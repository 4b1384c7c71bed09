// Objects of a V8 heap snapshot counted by type and constructor (count and self size), and the
// difference of two: what grew between them. A snapshot of the nationwide server is 1–3 GB of
// JSON — more than one JS string may hold — so the file is read into one Buffer and scanned as
// bytes: the `nodes` array into typed arrays, the `edges` skipped, the `strings` decoded only
// where a node's name is needed (the names of strings themselves are not: strings are counted by
// their kind, plain, concatenated or sliced).
//
//   node --import tsx bench/lib/heap-summary.ts A.heapsnapshot [B.heapsnapshot]
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

export interface HeapGroup {
  count: number;
  size: number;
}

export interface HeapSummary {
  nodes: number;
  totalSize: number;
  /** `type: name` (objects, closures, arrays …) or the kind alone (strings, numbers, code). */
  groups: Map<string, HeapGroup>;
}

/** Node types whose name is kept in the key (the others are counted by type alone). */
const NAMED = new Set(["object", "closure", "native", "hidden", "array", "regexp", "synthetic", "object shape"]);

export function summarizeSnapshot(path: string): HeapSummary {
  const buf = readWhole(path);
  let at = buf.indexOf('"nodes":[');
  if (at < 0) throw new Error(`${path}: no nodes array`);
  const head = buf.toString("utf8", 0, at).replace(/,\s*$/, "");
  const meta = (JSON.parse(`${head}}`) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] }; node_count: number } }).snapshot;
  const fields = meta.meta.node_fields;
  const types = meta.meta.node_types[0];
  const n = meta.node_count;
  const typeOf = new Uint8Array(n);
  const nameOf = new Uint32Array(n);
  const sizeOf = new Float64Array(n);
  const [fType, fName, fSize] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));

  // nodes: integers separated by commas and newlines, until "]".
  at += '"nodes":['.length;
  let value = 0;
  let field = 0;
  let node = 0;
  let digits = false;
  for (; ; at++) {
    const c = buf[at];
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits = true;
      continue;
    }
    if (digits) {
      if (field === fType) typeOf[node] = value;
      else if (field === fName) nameOf[node] = value;
      else if (field === fSize) sizeOf[node] = value;
      if (++field === fields.length) {
        field = 0;
        node++;
      }
      value = 0;
      digits = false;
    }
    if (c === 93) break; // ]
  }
  if (node !== n) throw new Error(`${path}: read ${node} nodes of ${n}`);

  // The names needed: those of objects, closures … by their index in `strings`.
  const needed = new Set<number>();
  const named = types.map((t) => NAMED.has(t));
  for (let i = 0; i < n; i++) if (named[typeOf[i]]) needed.add(nameOf[i]);
  const names = readStrings(buf, buf.indexOf('"strings":[', at), needed);

  const groups = new Map<string, HeapGroup>();
  let totalSize = 0;
  for (let i = 0; i < n; i++) {
    const type = types[typeOf[i]];
    const key = named[typeOf[i]] ? `${type}: ${names.get(nameOf[i]) ?? "?"}` : type;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { count: 0, size: 0 }));
    g.count++;
    g.size += sizeOf[i];
    totalSize += sizeOf[i];
  }
  return { nodes: n, totalSize, groups };
}

/** The strings of the `strings` array at the indexes in `needed`. */
function readStrings(buf: Buffer, from: number, needed: Set<number>): Map<number, string> {
  const out = new Map<number, string>();
  if (from < 0) throw new Error("no strings array");
  let at = from + '"strings":['.length;
  let index = 0;
  for (;;) {
    while (buf[at] !== 34 && buf[at] !== 93) at++; // to the next '"', or "]"
    if (buf[at] === 93) break;
    const start = at;
    at++;
    while (buf[at] !== 34) at += buf[at] === 92 ? 2 : 1; // a backslash escapes the next byte
    if (needed.has(index)) out.set(index, JSON.parse(buf.toString("utf8", start, at + 1)) as string);
    index++;
    at++;
  }
  return out;
}

function readWhole(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(size);
    for (let done = 0; done < size; ) done += readSync(fd, buf, done, Math.min(1 << 28, size - done), done);
    return buf;
  } finally {
    closeSync(fd);
  }
}

export interface Growth {
  key: string;
  countBefore: number;
  countAfter: number;
  sizeBefore: number;
  sizeAfter: number;
}

/** Every group's count and size in both, the largest growers (by self size, then count) first. */
export function diffSummaries(a: HeapSummary, b: HeapSummary): Growth[] {
  const keys = new Set([...a.groups.keys(), ...b.groups.keys()]);
  const rows: Growth[] = [];
  for (const key of keys) {
    const x = a.groups.get(key) ?? { count: 0, size: 0 };
    const y = b.groups.get(key) ?? { count: 0, size: 0 };
    rows.push({ key, countBefore: x.count, countAfter: y.count, sizeBefore: x.size, sizeAfter: y.size });
  }
  return rows.sort((p, q) => q.sizeAfter - q.sizeBefore - (p.sizeAfter - p.sizeBefore) || q.countAfter - q.countBefore - (p.countAfter - p.countBefore));
}

export function formatGrowth(rows: Growth[], top = 20): string {
  const lines = ["| type: constructor | count before → after (Δ) | self size KB before → after (Δ) |", "|---|---:|---:|"];
  const kb = (x: number) => Math.round(x / 1024).toLocaleString("en-US");
  for (const r of rows.slice(0, top)) {
    lines.push(
      `| \`${r.key.replace(/\|/g, "\\|").slice(0, 80)}\` | ${r.countBefore.toLocaleString("en-US")} → ${r.countAfter.toLocaleString("en-US")} (${signed(r.countAfter - r.countBefore)}) | ${kb(r.sizeBefore)} → ${kb(r.sizeAfter)} (${signed(Math.round((r.sizeAfter - r.sizeBefore) / 1024))}) |`,
    );
  }
  return lines.join("\n");
}

function signed(x: number): string {
  return `${x > 0 ? "+" : ""}${x.toLocaleString("en-US")}`;
}

if (process.argv[1]?.endsWith("heap-summary.ts")) {
  const [a, b] = process.argv.slice(2);
  const sa = summarizeSnapshot(a);
  console.log(`${a}: ${sa.nodes.toLocaleString("en-US")} objects, ${Math.round(sa.totalSize / 2 ** 20)} MB`);
  if (b) {
    const sb = summarizeSnapshot(b);
    console.log(`${b}: ${sb.nodes.toLocaleString("en-US")} objects, ${Math.round(sb.totalSize / 2 ** 20)} MB`);
    console.log(formatGrowth(diffSummaries(sa, sb), 30));
  } else {
    const rows = [...sa.groups].sort((x, y) => y[1].size - x[1].size).slice(0, 30);
    for (const [k, g] of rows) console.log(`${String(Math.round(g.size / 1024)).padStart(10)} KB ${String(g.count).padStart(10)}  ${k}`);
  }
}
