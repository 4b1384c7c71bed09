// Where the app runs: a static site opened from a folder or an intranet server, or the VS Code
// dashboard (a webview, extension/dashboard.ts). In the editor the extension sends fresh data as
// plans change and opens a document's file when asked; the page never fetches anything itself.
import type { SiteData } from "../data.js";

export interface Host {
  /** Opens the file at the document's declaration (editor only); with `focus`, the editor takes the keyboard. */
  openDocument?(file: string, offset: number, focus: boolean): void;
}

/** Messages between the dashboard webview and the extension (extension/dashboard.ts). */
export type ToExtension = { type: "open"; file: string; offset: number; focus: boolean } | { type: "ready" };
export type FromExtension = { type: "data"; data: SiteData };

interface VsCodeApi {
  postMessage(message: ToExtension): void;
}

declare global {
  function acquireVsCodeApi(): VsCodeApi;
}

/** The host, and a way to hear of new data (the editor only). */
export function detectHost(): { host: Host; onData(listener: (data: SiteData) => void): void } {
  if (typeof acquireVsCodeApi !== "function") return { host: {}, onData: () => {} };
  const api = acquireVsCodeApi();
  return {
    host: { openDocument: (file, offset, focus) => api.postMessage({ type: "open", file, offset, focus }) },
    onData(listener) {
      window.addEventListener("message", (event: MessageEvent<FromExtension>) => {
        if (event.data?.type === "data") listener(event.data.data);
      });
      api.postMessage({ type: "ready" });
    },
  };
}
