// plancode/site {uri?, runs?, seed?} → {data: SiteData} — needs: indexed.
// The cascade dashboard's data (site/model.ts) for the editor's dashboard webview: the same as
// `plancode site` writes, for every document of the workspace, files named by URI (the
// dashboard asks the editor to open them). The simulation uses plancode.json's `simulation`
// settings (bad entries left at their defaults, as `plancode/simulate` does), `runs` capped.
import { RequestType } from "vscode-languageserver/node.js";
import { simulationSettings } from "../../workflows/index.js";
import { buildSiteData } from "../../site/model.js";
import { SITE_METHOD, type SiteParams, type SiteResult } from "../protocol.js";
import type { Services } from "../services.js";

export const SITE_REQUEST = new RequestType<SiteParams, SiteResult | null, void>(SITE_METHOD);

const MAX_RUNS = 20_000;
const DEFAULT_RUNS = 1000;

export function siteData(services: Services, params: SiteParams | undefined): SiteResult {
  services.sync();
  const uri = params?.uri ?? services.workspace.uris()[0] ?? "";
  const configured = simulationSettings(services.pipeline.configOf(uri)?.raw).settings;
  const runs = typeof params?.runs === "number" ? Math.min(MAX_RUNS, Math.max(1, Math.floor(params.runs))) : (configured.runs ?? DEFAULT_RUNS);
  const seed = typeof params?.seed === "number" ? params.seed : (configured.seed ?? 1);
  const data = buildSiteData(services.workspace, {
    asOf: services.asOf(),
    locale: services.locale(uri),
    simulation: { runs, seed, delays: configured.delays },
  });
  return { data };
}
