// The dashboard app (bundled by build.mjs into dist/site-app.js, one IIFE): reads the data from
// the page (`<script type="application/json" id="plancode-data">`) or, in the editor, from the
// extension's messages; draws the view the URL's fragment names and follows the fragment. Marks
// `plancode:overview` when the overview is on screen (bench/site.ts measures it).
import type { SiteData } from "../data.js";
import { App } from "./app.js";
import { detectHost } from "./host.js";

function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  const source = document.getElementById("plancode-data")?.textContent;
  const { host, onData } = detectHost();
  let app = source ? new App(root, JSON.parse(source) as SiteData, host) : undefined;
  onData((data) => {
    if (app) app.setData(data);
    else app = new App(root, data, host);
  });
}

start();
