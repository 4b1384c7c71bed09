// The issued document as one self-contained HTML page for preview and printing: inline CSS only,
// no script, nothing loaded from elsewhere, so it opens from disk and inside the editor's webview
// under a strict Content-Security-Policy. `renderHtmlParts` gives the stylesheet and the body
// fragment apart, for a host page of its own.
import { escapeHtml } from "./html/escape.js";
import { markup } from "./html/markup.js";
import { stylesheet } from "./html/stylesheet.js";
import { measuresOf } from "./layout.js";
import type { IssuedDocument } from "./model.js";

export interface HtmlParts {
  /** The page title: the type and number (`KẾ HOẠCH Số 123-KH/TU`), escaped. */
  title: string;
  /** CSS for a `<style>` element (no `</style>` can occur in it: it holds no model text). */
  stylesheet: string;
  /** The sheets, to put inside a `<body class="pc-screen">` (or any element). */
  body: string;
}

export function renderHtmlParts(doc: IssuedDocument): HtmlParts {
  return {
    title: escapeHtml(`${doc.type} ${doc.header.number}`.trim()),
    stylesheet: stylesheet(measuresOf(doc.layout)),
    body: markup(doc),
  };
}

export function renderHtml(doc: IssuedDocument): string {
  const parts = renderHtmlParts(doc);
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title}</title>
<style>
${parts.stylesheet}
</style>
</head>
<body class="pc-screen">
${parts.body}
</body>
</html>
`;
}
