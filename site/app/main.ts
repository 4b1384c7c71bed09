// The dashboard app (bundled by build.mjs into dist/site-app.js, one IIFE): reads the data from
// the page (`<script type="application/json" id="plancode-data">`), draws the view the URL's
// fragment names, and follows the fragment. Marks `plancode:overview` when the overview is on
// screen (bench/site.ts measures it).
import type { SiteData } from "../data.js";
import { App } from "./app.js";
import { detectHost } from "./host.js";

function start(): void {
  const root = document.getElementById("app");
  const source = document.getElementById("plancode-data");
  if (!root || !source?.textContent) return;
  const data = JSON.parse(source.textContent) as SiteData;
  const { host, onData } = detectHost();
  const app = new App(root, data, host);
  onData((fresh) => app.setData(fresh));
}

start();
