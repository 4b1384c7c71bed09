// The workflow engine's public API: lifecycle machines generated from the transition table,
// history replay and status, simulation of a plan and of a cascade, graphs. Pure: no I/O, no
// clock (dates are day numbers handed in by the caller).
export {
  lifecycleModel,
  planMachine,
  planInput,
  lifecycleOf,
  compiledInitial,
  compiledTransition,
  type PlanMachine,
  type PlanSnapshot,
  type PlanContext,
  type PlanEvent,
  type PlanInput,
  type PlanModel,
  type ModelEdge,
  type CompiledSnapshot,
} from "./machine.js";
export { planSpec, addSpan, IMPLICIT_STEP, type PlanSpec, type StepSpec, type ReportSpec, type ReviewSpec, type HistoryEntry, type CalSpan } from "./spec.js";
export { reportDue, reportInstances, dueDayOnOrAfter, type ReportInstance } from "./schedule.js";
export { replay, type Replay, type ReplayOptions, type Engine } from "./replay.js";
export {
  byUrgency,
  documentStatus,
  statusOf,
  workspaceStatus,
  deadlinesOf,
  type PlanStatus,
  type StatusItem,
  type Deadline,
  type Deadlines,
  type WorkspaceStatusOptions,
  type UrgencyFields,
} from "./status.js";
export {
  DEFAULT_DELAYS,
  delayModel,
  simulationJsonSchema,
  simulationSettings,
  SIMULATION_CONFIG_MESSAGES,
  type DelayModel,
  type SimulationSettings,
  type SimulationConfigProblem,
  type LogNormal,
  type Normal,
} from "./delays.js";
export {
  simulatePlan,
  simulateCascade,
  simulateDocument,
  cascadeDocuments,
  type SimulateOptions,
  type CascadeOptions,
  type PlanSimulation,
  type CascadeSimulation,
  type MilestoneStats,
  type CulpritStats,
  type ReviewStats,
  type DocumentStats,
  type DocumentSimulation,
} from "./simulate.js";
export { simulationReport, planReport, cascadeReport, cascadeReportMermaid, planStateMermaid } from "./report.js";
export { showDate, showIso, percent, count, table, PLAIN, type TextStyle } from "./text.js";
export type { TraceEvent } from "./kernel.js";
export { mulberry32 } from "./random.js";
export { cascadeGraph, planMachineMermaid, mermaidText, dotText, type GraphFormat, type GraphOptions } from "./graph.js";
export { stateLabel, whatInSentence, whatLabel, eventLabel, WORDS } from "./labels.js";
