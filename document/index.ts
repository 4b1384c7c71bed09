// The renderers of the issued document: the API of `document/` for the CLI (`plancode export`)
// and the editor's preview. Bundled apart as dist/export.cjs (build.mjs) and loaded only when a
// document is exported (`host/renderers.ts`), so `plancode lint` never loads the .docx library.
export { renderDocx } from "./docx.js";
export { renderHtml, renderHtmlParts, type HtmlParts } from "./html.js";
export type * from "./model.js";
