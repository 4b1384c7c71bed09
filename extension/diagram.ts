// Webview panels that draw the server's Mermaid text ("Show cascade graph", and the lifecycle
// machine under "Simulate this plan") with the Mermaid library shipped inside the extension
// (dist/mermaid.min.js, copied by build.mjs): no network. Without that file, or when drawing
// fails, the Mermaid source is shown as text.
import * as vscode from "vscode";
import { currentLocale, t } from "./words.js";
import { escapeHtml, nonce, webviewPage } from "./webview.js";
import { existsSync } from "node:fs";

export interface DiagramContent {
  title: string;
  /** A preformatted report shown above the diagram (the simulation's text). */
  text?: string;
  mermaid?: string;
}

const panels = new Map<string, vscode.WebviewPanel>();

/** Shows `content` in the panel of `kind` ("graph", "simulation"), reusing it when open. */
export function showDiagram(context: vscode.ExtensionContext, kind: string, content: DiagramContent): void {
  const dist = vscode.Uri.joinPath(context.extensionUri, "dist");
  let panel = panels.get(kind);
  if (!panel) {
    // The cascade graph gets the whole editor area; a simulation opens beside its plan.
    const column = kind === "graph" ? vscode.ViewColumn.Active : vscode.ViewColumn.Beside;
    panel = vscode.window.createWebviewPanel(`plancode.${kind}`, content.title, column, {
      enableScripts: true,
      localResourceRoots: [dist],
    });
    panels.set(kind, panel);
    panel.onDidDispose(() => panels.delete(kind), undefined, context.subscriptions);
  } else {
    panel.title = content.title;
    panel.reveal();
  }
  const library = vscode.Uri.joinPath(dist, "mermaid.min.js");
  panel.webview.html = html(panel.webview, content, existsSync(library.fsPath) ? panel.webview.asWebviewUri(library) : undefined);
}

function html(webview: vscode.Webview, content: DiagramContent, library: vscode.Uri | undefined): string {
  const scriptNonce = nonce();
  const source = content.mermaid ?? "";
  // JSON inside <script type="application/json">: `<` escaped so the text cannot close the tag.
  const data = JSON.stringify({ source, failed: t("The graph could not be drawn; its Mermaid source:") }).replace(/</g, "\\u003c");
  const draw = library && source
    ? `<script nonce="${scriptNonce}" src="${library.toString()}"></script>
<script nonce="${scriptNonce}">
  const { source, failed } = JSON.parse(document.getElementById("data").textContent);
  const dark = document.body.classList.contains("vscode-dark") || document.body.classList.contains("vscode-high-contrast");
  const graph = document.getElementById("graph");
  const fail = (error) => { graph.textContent = failed + " " + error; document.getElementById("source").open = true; };
  try {
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
    mermaid.render("plancode-diagram", source).then(({ svg }) => { graph.innerHTML = svg; graph.dataset.rendered = "true"; }, fail);
  } catch (error) {
    fail(error);
  }
</script>`
    : "";
  const missing = source && !library ? t("The Mermaid library is not bundled with this build; the graph's Mermaid source:") : "";
  return webviewPage(webview, scriptNonce, {
    title: content.title,
    lang: currentLocale(),
    head: `<style>
  body { padding: 0.5rem 1rem; }
  #graph svg { max-width: 100%; height: auto; }
  pre { white-space: pre-wrap; font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); }
</style>`,
    body: `<h2>${escapeHtml(content.title)}</h2>
${content.text ? `<pre id="report">${escapeHtml(content.text)}</pre>` : ""}
${source ? `<div id="graph">${missing}</div>
<details id="source"${library ? "" : " open"}><summary>${t("Mermaid source")}</summary><pre>${escapeHtml(source)}</pre></details>` : ""}
<script type="application/json" id="data">${data}</script>
${draw}`,
  });
}
