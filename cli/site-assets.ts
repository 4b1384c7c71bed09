// The dashboard app's built files (dist/site-app.js and .css, made by build.mjs from site/app/)
// for `plancode site`. In dist/cli.cjs build.mjs replaces this module with their text, so the
// CLI bundle is self-contained; run from the sources (tests under tsx), it reads them from dist/.
import { readFileSync } from "node:fs";
import type { SiteAssets } from "../site/render.js";

export function siteAssets(): SiteAssets {
  const dist = new URL("../dist/", import.meta.url);
  return { script: readFileSync(new URL("site-app.js", dist), "utf8"), style: readFileSync(new URL("site-app.css", dist), "utf8") };
}
