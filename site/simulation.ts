// The dashboard's simulation: the workflow engine's cascade simulation of the main directive
// (`simulateCascade`, the same kernel and delay model as `plancode simulate`), kept with the
// simulated dates of the directive's milestones so the app can draw their distributions, and
// each document's chance of making its parent late by document index.
import { parseDayString, type Workspace } from "../language/index.js";
import { simulateCascade, type DelayModel, type MilestoneStats } from "../workflows/index.js";
import type { SiteMilestone, SiteSimulation } from "./data.js";

export interface SiteSimulationOptions {
  asOf: number;
  runs: number;
  seed: number;
  delays?: DelayModel;
  until?: number;
  threads?: number;
}

/** Probabilities with four decimals: enough for a percentage, and 10,800 of them stay small. */
const round = (p: number): number => Math.round(p * 10_000) / 10_000;

const day = (iso: string): number => parseDayString(iso) ?? 0;

function milestone(m: MilestoneStats): SiteMilestone {
  return {
    what: m.what,
    k: m.k ?? null,
    deadline: m.deadline === null ? null : day(m.deadline),
    pOnTime: m.pOnTime === null ? null : round(m.pOnTime),
    median: day(m.median),
    p90: day(m.p90),
    dates: m.distribution ?? [],
  };
}

/**
 * Simulates the cascade below the document `directive` (its index among `names`, the site's
 * documents by name). Undefined when the workspace has no such document.
 */
export function siteSimulation(ws: Workspace, directive: number, names: readonly string[], options: SiteSimulationOptions): SiteSimulation | undefined {
  const result = simulateCascade(names[directive], ws, { ...options, distributions: true });
  if (!result) return undefined;
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const madeLate = new Array<number>(names.length).fill(0);
  const onTime = new Array<number | null>(names.length).fill(null);
  for (const s of result.documentStats) {
    const i = index.get(s.name);
    if (i === undefined) continue;
    madeLate[i] = round(s.pMadeParentLate);
    onTime[i] = s.pReportsOnTime === null ? null : round(s.pReportsOnTime);
  }
  return {
    directive,
    runs: result.runs,
    seed: result.seed,
    until: day(result.until),
    milestones: [...result.reports, ...result.reviews].map(milestone),
    madeLate,
    onTime,
  };
}
