// The delay model of simulation: how long each part of a plan's lifecycle takes. Every number is
// a parameter with a default and can be overridden in plancode.json under "simulation" (parsed
// here from the raw JSON value the caller hands in; problems come back as messages, never
// exceptions). See workflows/README.md for the reasoning behind the defaults.
import { closest, type Localized } from "../language/index.js";

export interface LogNormal {
  /** The median, in days. */
  medianDays: number;
  /** The standard deviation of the natural log (0.5 ≈ the middle 50% within ×0.71..×1.40 of the median). */
  sigma: number;
}

export interface Normal {
  /** The mean, in days (negative: early). */
  meanDays: number;
  sdDays: number;
}

export interface DelayModel {
  /**
   * An approval step lasts log-normal days (at least 1) with median `withinFactor` × its `within`,
   * or `defaultDays` when the step has no `within`.
   */
  step: { withinFactor: number; sigma: number; defaultDays: number };
  /** Overrides by step name (e.g. `"appraise": {"medianDays": 8}`). */
  steps: Record<string, Partial<LogNormal>>;
  /** Probability that a step after the first returns the draft to the first step. */
  returned: number;
  /** At most this many returns per plan (the next pass always goes through). */
  maxReturns: number;
  /** A redraft after a return takes this fraction of the first step's median. */
  rework: number;
  /** Approved → issued; `withinDays` is the deadline of issuance when no `issued` date is declared. */
  issue: LogNormal & { withinDays: number };
  /** Issued → disseminated (a directive is disseminated by its issuance). */
  disseminate: LogNormal;
  /** When a report arrives, relative to its due date. */
  report: Normal;
  /** When a review is held, relative to its `by` date. */
  review: Normal;
  /** Days a parent needs to compile its report (or review) after the last child's arrives. */
  compileDays: number;
  /** How much longer something already overdue at the start takes, counted from the start. */
  overdue: LogNormal;
}

export const DEFAULT_DELAYS: DelayModel = {
  step: { withinFactor: 0.8, sigma: 0.5, defaultDays: 14 },
  steps: {},
  returned: 0.1,
  maxReturns: 3,
  rework: 0.5,
  issue: { medianDays: 3, sigma: 0.6, withinDays: 7 },
  disseminate: { medianDays: 21, sigma: 0.6 },
  report: { meanDays: -3, sdDays: 6 },
  review: { meanDays: -10, sdDays: 20 },
  compileDays: 3,
  overdue: { medianDays: 14, sigma: 0.8 },
};

export interface SimulationSettings {
  delays: DelayModel;
  seed?: number;
  runs?: number;
}

export interface SimulationConfigProblem {
  messageId: keyof typeof SIMULATION_CONFIG_MESSAGES;
  data: Record<string, string>;
}

export const SIMULATION_CONFIG_MESSAGES = {
  notObject: {
    vi: "plancode.json: 'simulation' phải là một đối tượng JSON",
    en: "plancode.json: 'simulation' must be a JSON object",
  },
  unknownKey: {
    vi: "plancode.json: 'simulation' không có khóa '{key}'",
    en: "plancode.json: 'simulation' has no key '{key}'",
  },
  unknownKeyGuess: {
    vi: "plancode.json: 'simulation' không có khóa '{key}'; có phải ý bạn là '{guess}'?",
    en: "plancode.json: 'simulation' has no key '{key}'; did you mean '{guess}'?",
  },
  badNumber: {
    vi: "plancode.json: giá trị '{value}' của 'simulation.{key}' không hợp lệ (cần {expected})",
    en: "plancode.json: invalid value '{value}' for 'simulation.{key}' (expected {expected})",
  },
} satisfies Record<string, Localized>;

type Check = "probability" | "nonNegative" | "positive" | "integer" | "count" | "any";

const EXPECTED: Record<Check, string> = {
  probability: "0..1",
  nonNegative: "≥ 0",
  positive: "> 0",
  integer: "an integer ≥ 0",
  count: "an integer ≥ 1",
  any: "a number",
};

function valid(check: Check, v: number): boolean {
  switch (check) {
    case "probability":
      return v >= 0 && v <= 1;
    case "nonNegative":
      return v >= 0;
    case "positive":
      return v > 0;
    case "count":
      return Number.isInteger(v) && v >= 1;
    case "integer":
      return Number.isSafeInteger(v) && v >= 0;
    case "any":
      return true;
  }
}

const LOGNORMAL: Record<string, Check> = { medianDays: "nonNegative", sigma: "nonNegative" };
const NORMAL: Record<string, Check> = { meanDays: "any", sdDays: "nonNegative" };

/** The shape of `simulation`: a check per number, or a nested group. */
const SCHEMA: Record<string, Check | Record<string, Check>> = {
  seed: "integer",
  runs: "count",
  step: { withinFactor: "positive", sigma: "nonNegative", defaultDays: "nonNegative" },
  returned: "probability",
  maxReturns: "integer",
  rework: "positive",
  issue: { ...LOGNORMAL, withinDays: "nonNegative" },
  disseminate: LOGNORMAL,
  report: NORMAL,
  review: NORMAL,
  compileDays: "nonNegative",
  overdue: LOGNORMAL,
};

/** An unknown key of `simulation` (`shown` is its path), with the closest known one as a guess. */
function unknownKey(shown: string, key: string, known: readonly string[]): SimulationConfigProblem {
  const guess = closest(key, known);
  return guess ? { messageId: "unknownKeyGuess", data: { key: shown, guess } } : { messageId: "unknownKey", data: { key: shown } };
}

/** A check as JSON Schema (what editors validate plancode.json's `simulation` with). */
function checkSchema(check: Check): Record<string, unknown> {
  switch (check) {
    case "probability":
      return { type: "number", minimum: 0, maximum: 1 };
    case "nonNegative":
      return { type: "number", minimum: 0 };
    case "positive":
      return { type: "number", exclusiveMinimum: 0 };
    case "integer":
      return { type: "integer", minimum: 0 };
    case "count":
      return { type: "integer", minimum: 1 };
    case "any":
      return { type: "number" };
  }
}

/**
 * The JSON Schema of plancode.json's `simulation` key, from the same table `simulationSettings`
 * reads it with (schemas/plancode.schema.json holds this; a test keeps the two equal), so an
 * editor rejects exactly what `plancode simulate` rejects.
 */
export function simulationJsonSchema(): Record<string, unknown> {
  const object = (shape: Record<string, Check>) => ({
    type: "object",
    properties: Object.fromEntries(Object.entries(shape).map(([k, c]) => [k, checkSchema(c)])),
    additionalProperties: false,
  });
  const properties: Record<string, unknown> = {};
  for (const [key, shape] of Object.entries(SCHEMA)) properties[key] = typeof shape === "string" ? checkSchema(shape) : object(shape);
  properties.steps = { type: "object", description: "Overrides of an approval step's duration, by step name.", additionalProperties: object(LOGNORMAL) };
  return {
    type: "object",
    description: "The delay model of `plancode simulate` and the editor's simulation (docs/configuration.md): runs and seed by default, how long each part of the lifecycle takes.",
    properties,
    additionalProperties: false,
  };
}

function cloneDelays(d: DelayModel): DelayModel {
  return JSON.parse(JSON.stringify(d)) as DelayModel;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Reads the `simulation` key of a parsed plancode.json (the whole object; anything else, or no
 * `simulation` key, gives the defaults). Bad entries are reported and left at their defaults.
 */
export function simulationSettings(rawConfig: unknown): { settings: SimulationSettings; problems: SimulationConfigProblem[] } {
  const delays = cloneDelays(DEFAULT_DELAYS);
  const settings: SimulationSettings = { delays };
  const problems: SimulationConfigProblem[] = [];
  const raw = isObject(rawConfig) ? rawConfig.simulation : undefined;
  if (raw === undefined) return { settings, problems };
  if (!isObject(raw)) return { settings, problems: [{ messageId: "notObject", data: {} }] };

  const number = (key: string, value: unknown, check: Check): number | undefined => {
    if (typeof value === "number" && Number.isFinite(value) && valid(check, value)) return value;
    problems.push({ messageId: "badNumber", data: { key, value: JSON.stringify(value) ?? String(value), expected: EXPECTED[check] } });
    return undefined;
  };
  const group = (path: string, value: unknown, schema: Record<string, Check>, into: Record<string, number>): void => {
    if (!isObject(value)) {
      problems.push({ messageId: "badNumber", data: { key: path, value: JSON.stringify(value) ?? String(value), expected: "{...}" } });
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      const check = schema[k];
      if (!check) {
        problems.push(unknownKey(`${path}.${k}`, k, Object.keys(schema)));
        continue;
      }
      const n = number(`${path}.${k}`, v, check);
      if (n !== undefined) into[k] = n;
    }
  };

  for (const [key, value] of Object.entries(raw)) {
    if (key === "steps") {
      if (!isObject(value)) {
        problems.push({ messageId: "badNumber", data: { key, value: JSON.stringify(value) ?? String(value), expected: "{...}" } });
        continue;
      }
      for (const [step, params] of Object.entries(value)) {
        const into: Record<string, number> = {};
        group(`steps.${step}`, params, LOGNORMAL, into);
        delays.steps[step] = into as Partial<LogNormal>;
      }
      continue;
    }
    const schema = SCHEMA[key];
    if (!schema) {
      problems.push(unknownKey(key, key, [...Object.keys(SCHEMA), "steps"]));
      continue;
    }
    if (typeof schema === "string") {
      const n = number(key, value, schema);
      if (n === undefined) continue;
      if (key === "seed") settings.seed = n;
      else if (key === "runs") settings.runs = n;
      else (delays as unknown as Record<string, number>)[key] = n;
    } else {
      group(key, value, schema, (delays as unknown as Record<string, Record<string, number>>)[key]);
    }
  }
  return { settings, problems };
}

/** A delay model with `overrides` merged over the defaults (for the API; the CLI uses `simulationSettings`). */
export function delayModel(overrides: DeepPartial<DelayModel> = {}): DelayModel {
  const d = cloneDelays(DEFAULT_DELAYS);
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const target = (d as unknown as Record<string, unknown>)[key];
    if (isObject(target) && isObject(value)) Object.assign(target, value);
    else (d as unknown as Record<string, unknown>)[key] = value;
  }
  return d;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };
