// How much of its parent document a plan covers, for the code lens ("covers 3/5 tasks"): the
// parent's top-level tasks and how many are covered, as the `coverage` rule counts them
// (language/workspace/coverage.ts). Pure.
import { planCoverage, type DocumentDecl, type Workspace } from "../index.js";

export interface Coverage {
  parent: DocumentDecl;
  covered: number;
  total: number;
}

export function coverageOf(ws: Workspace, plan: DocumentDecl): Coverage | undefined {
  const coverage = planCoverage(ws, plan);
  if (!coverage) return undefined;
  const tasks = coverage.parent.tasks;
  return { parent: coverage.parent, covered: tasks.filter(coverage.isCovered).length, total: tasks.length };
}
