// What the CLI says about itself: name, version (from package.json, bundled at build time) and
// where to read more (package.json `homepage`, else the npm page).
import pkg from "../package.json" with { type: "json" };

const manifest = pkg as { name: string; version: string; homepage?: string };

export const TOOL = {
  name: manifest.name,
  version: manifest.version,
  informationUri: manifest.homepage ?? `https://www.npmjs.com/package/${manifest.name}`,
} as const;
