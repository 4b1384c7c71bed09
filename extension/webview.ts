// What every webview panel of the extension shares (the cascade dashboard, the Mermaid diagrams,
// the issued document's preview): a fresh nonce, HTML escaping, and the page around the panel's
// content under one strict Content-Security-Policy — nothing from the network, scripts only with
// the page's nonce, files only from the extension (`webview.cspSource`). Styles may be inline:
// Mermaid, Observable Plot and the document's column widths set `style` attributes.
import * as vscode from "vscode";

/** A nonce for one page's scripts. */
export function nonce(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface WebviewPage {
  title: string;
  /** The page's language (`vi`, `en`). */
  lang: string;
  /** Inside `<head>` after the policy: `<style>`, `<link>` of the extension's files. */
  head?: string;
  body: string;
  /** Attributes of `<body>` (`class="…"`). */
  bodyAttributes?: string;
}

/** A whole webview page: the policy for `nonce`, then the panel's head and body. */
export function webviewPage(webview: vscode.Webview, scriptNonce: string, page: WebviewPage): string {
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `font-src ${webview.cspSource} data:`,
    `script-src 'nonce-${scriptNonce}'`,
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(page.title)}</title>
${page.head ?? ""}
</head>
<body${page.bodyAttributes ? ` ${page.bodyAttributes}` : ""}>
${page.body}
</body>
</html>`;
}
