// Helpers for the workflow tests: small workspaces from `.plan` text, the sample workspace, dates.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIso, parseDayString, Workspace, type DocumentDecl } from "../../language/index.js";

/** A day number from an ISO date (throws on a typo, so tests fail loudly). */
export function day(iso: string): number {
  const d = parseDayString(iso);
  if (d === undefined) throw new Error(`bad date ${iso}`);
  return d;
}

export const iso = formatIso;

/** Units every test workspace may use. */
export const UNITS = `
unit tw "Trung ương" level central code "TW" {
  unit bct "Bộ Chính trị"
  unit btg "Ban Tuyên giáo Trung ương"
}
unit tinh "Tỉnh ủy" level province code "TU" in tw {
  unit btv "Ban Thường vụ Tỉnh ủy"
  unit ban-tg "Ban Tuyên giáo Tỉnh ủy"
  unit vp "Văn phòng Tỉnh ủy"
  unit huyen "Huyện ủy" level district code "HU"
}
directive D {
  number "1-KL/TW"
  issuer bct
  issued 2023-06-15
  horizon 2030
  task T1 "Nhiệm vụ"
  reporting {
    report "Báo cáo năm" every 12 months due day 15 to bct
    review preliminary by 2025-12-31
    review final by 2030-12-31
  }
}
`;

/** A workspace of the given files (name → text); `UNITS` is added as units.plan unless `bare`. */
export function workspaceOf(files: Record<string, string>, bare = false): Workspace {
  const ws = new Workspace();
  if (!bare) ws.setFile("file:///t/units.plan", UNITS);
  for (const [name, text] of Object.entries(files)) ws.setFile(`file:///t/${name}`, text);
  return ws;
}

/** A workspace with one extra file holding `text`, and the document `name` from it. */
export function docIn(text: string, name: string): { ws: Workspace; doc: DocumentDecl } {
  const ws = workspaceOf({ "p.plan": text });
  const doc = ws.lookupDocument(name);
  if (!doc) throw new Error(`no document ${name}`);
  return { ws, doc };
}

export const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));

function walk(dir: string, out: string[]): string[] {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e !== "mistakes") walk(p, out);
    } else if (e.endsWith(".plan")) out.push(p);
  }
  return out;
}

/** The sample workspace (without `mistakes/`, which plancode.json ignores), URIs relative to samples/. */
export function samplesWorkspace(): Workspace {
  const ws = new Workspace();
  for (const path of walk(SAMPLES, [])) ws.setFile(`file:///samples/${path.slice(SAMPLES.length)}`, readFileSync(path, "utf8"));
  return ws;
}
