// The static site's files: `SiteData` + the app's built script and style → `index.html`, `app.js`,
// `app.css` and `details/<k>.js`. Pure: the CLI writes the files (atomically, host/replace-dir.ts).
//
// - index.html embeds the documents' index (everything the overview, the tree and the search
//   need) as JSON in `<script type="application/json">`: a page opened from the file system
//   cannot fetch a .json file, but it can read its own text. Every `<` in the JSON is written
//   `\u003c`, so no string from a plan can end the element.
// - Each document's tasks and history go to chunk files (`details/<k>.js`, DETAILS_PER_FILE
//   documents each, their strings with them) that the app adds as `<script src>` when a document
//   is opened: a nationwide index is then ~4 MB instead of ~20 MB, and opens in well under a
//   second.
// - The Content-Security-Policy allows scripts from the site's own folder only (no inline
//   script, no eval, nothing from the network; `'self'` matches file: URLs in Chromium) and
//   inline styles (the chart library sizes its SVGs with a `<style>` element).
import type { SiteData, SiteDetailChunk, SiteDetails, SiteDoc } from "./data.js";
import { siteTitle, WORDS } from "./words.js";

export interface SiteAssets {
  /** The app's bundle (dist/site-app.js, built by build.mjs from site/app/main.ts). */
  script: string;
  style: string;
}

export interface SiteFile {
  /** Relative to the site's folder, with `/`. */
  path: string;
  text: string;
}

export const DETAILS_PER_FILE = 256;
export const DETAILS_PREFIX = "details/";
/** Marks index.html as ours: `plancode site` replaces a folder only if it holds nothing or a site it wrote. */
export const GENERATOR = "plancode site";

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** HTML text or attribute value with its five special characters escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** JSON safe inside a `<script>` element: no `<`, so neither `</script>` nor `<!--` can occur. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function renderSite(data: SiteData, assets: SiteAssets, perFile = DETAILS_PER_FILE): SiteFile[] {
  const { index, chunks } = splitDetails(data, perFile);
  const files: SiteFile[] = [
    { path: "index.html", text: indexHtml(index) },
    { path: "app.js", text: assets.script },
    { path: "app.css", text: assets.style },
  ];
  chunks.forEach((chunk, k) => files.push({ path: `${DETAILS_PREFIX}${k}.js`, text: `plancodeDetails(${JSON.stringify(chunk)});\n` }));
  return files;
}

function indexHtml(data: SiteData): string {
  const words = WORDS[data.locale];
  const title = escapeHtml(siteTitle(data));
  return `<!DOCTYPE html>
<html lang="${data.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${title}</title>
<link rel="stylesheet" href="app.css">
</head>
<body>
<div id="app"><p class="loading">${escapeHtml(words.loading)}</p><noscript>${escapeHtml(words.noScript)}</noscript></div>
<script type="application/json" id="plancode-data">${scriptJson(data)}</script>
<script src="app.js"></script>
</body>
</html>
`;
}

/**
 * The index (details replaced by where their files are, strings only the index uses) and the
 * chunks (each with the strings its details use, renumbered).
 */
export function splitDetails(data: SiteData, perFile: number): { index: SiteData; chunks: SiteDetailChunk[] } {
  if (!Array.isArray(data.details)) return { index: data, chunks: [] };
  const details = data.details;
  const chunks: SiteDetailChunk[] = [];
  for (let first = 0; first < details.length; first += perFile) {
    const table = new Renumbering(data.strings);
    chunks.push({ first, strings: table.kept, details: details.slice(first, first + perFile).map((d) => renumberDetails(d, table)) });
  }
  const table = new Renumbering(data.strings);
  const docs = data.docs.map((d): SiteDoc => ({
    ...d,
    number: table.id(d.number),
    title: table.id(d.title),
    issuer: table.id(d.issuer),
    unit: table.id(d.unit),
    file: table.id(d.file),
  }));
  return { index: { ...data, strings: table.kept, docs, details: { perFile, prefix: DETAILS_PREFIX } }, chunks };
}

function renumberDetails(d: SiteDetails, table: Renumbering): SiteDetails {
  const id = (i: number): number => table.id(i);
  return {
    tasks: d.tasks.map(([name, title, depth, covers, lead, support, due, indicators]) => [
      name,
      id(title),
      depth,
      covers,
      id(lead),
      support.map(id),
      due,
      indicators.map(([text, target]): [number, string] => [id(text), target]),
    ]),
    history: d.history.map(([day, event, note]) => [day, event, id(note)]),
  };
}

/** A smaller string table holding only the strings asked for, in order of first use. */
class Renumbering {
  readonly kept: string[] = [];
  private readonly map = new Map<number, number>();
  constructor(private readonly strings: readonly string[]) {}

  id(old: number): number {
    if (old < 0) return old;
    let i = this.map.get(old);
    if (i === undefined) {
      i = this.kept.length;
      this.kept.push(this.strings[old]);
      this.map.set(old, i);
    }
    return i;
  }
}
