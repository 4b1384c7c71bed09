// Realistic mistakes, one per chosen file, each aimed at one rule of LANGUAGE.md. A mistake
// edits the models of one plan file (or, for `syntax`, its text), never a declaration other
// files depend on, so that one mistake stays local (as in a real review).
import type { Rng } from "./rng.js";
import type { DocumentModel, FileModel, TaskModel } from "./render.js";

export interface MistakeContext {
  rng: Rng;
  file: FileModel;
  /** The plan the mistake goes into. */
  plan: DocumentModel;
  /** The plan's own level: "province" | "district" | "grassroots". */
  level: string;
  /** Whether no plan names this one as parent (a mistake in its tasks then cannot spill over to children). */
  leaf: boolean;
  /** Bodies of the next level up (for an upward assignment). */
  upperBodies: string[];
  /** Other plans the issuer could wrongly cite as parent (same level as the real parent, another branch). */
  wrongParents: string[];
  /** The parent's reporting: every N months and due day. */
  parentEveryMonths: number;
  parentDueDay: number;
  /** The issue date of the plan and of its parent, as day numbers, and a formatter for dates in the plan's style. */
  issuedDay: number;
  parentIssuedDay: number;
  formatDay: (day: number) => string;
}

export interface MistakeKind {
  /** The rule id the mistake is aimed at. */
  rule: string;
  /** Applies the mistake to the models; returns a short description, or undefined when it does not fit this plan. */
  applyModel?(ctx: MistakeContext): string | undefined;
  /** Applies the mistake to the rendered text of the file (syntax mistakes). */
  applyText?(text: string, rng: Rng): { text: string; what: string } | undefined;
}

const tasksOf = (plan: DocumentModel): TaskModel[] => plan.tasks;

function typo(rng: Rng, name: string): string {
  // Drop one letter in the middle, or swap two neighbours: what a hurried drafter types.
  const i = rng.int(1, Math.max(1, name.length - 2));
  if (rng.chance(0.5) && i + 1 < name.length && name[i] !== name[i + 1] && name[i] !== "-" && name[i + 1] !== "-")
    return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
  return name.slice(0, i) + name.slice(i + 1);
}

export const MISTAKE_KINDS: readonly MistakeKind[] = [
  {
    rule: "unresolved-reference",
    applyModel({ rng, plan }) {
      const task = rng.pick(tasksOf(plan));
      if (rng.chance(0.5) && task.leads[0]?.length) {
        const bad = typo(rng, task.leads[0][0]);
        task.leads[0] = [bad];
        return `lead ${bad} (typo) in task ${task.name}`;
      }
      // The drafter cites the task of the document one level further up (or down) by its short name.
      const first = task.covers[0] ?? "A1";
      const n = Number(/\d+/.exec(first)?.[0] ?? "1");
      const bad = `${first.startsWith("A") ? "T" : "A"}${n}`;
      task.covers.push(bad);
      return `covers ${bad}, a task of another document, in task ${task.name}`;
    },
  },
  {
    rule: "duplicate-declaration",
    applyModel({ plan, leaf }) {
      const tasks = tasksOf(plan);
      if (tasks.length < 3 || !leaf) return undefined;
      tasks[2].name = tasks[1].name;
      return `two tasks named ${tasks[1].name}`;
    },
  },
  {
    rule: "hierarchy-parent",
    applyModel({ rng, plan, wrongParents }) {
      if (!wrongParents.length) return undefined;
      plan.parent = rng.pick(wrongParents);
      return `parent ${plan.parent}, the plan of another unit`;
    },
  },
  {
    rule: "assign-upward",
    applyModel({ rng, plan, upperBodies }) {
      if (!upperBodies.length) return undefined;
      const task = rng.pick(tasksOf(plan));
      const body = rng.pick(upperBodies);
      task.leads = [[body]];
      task.supports = task.supports.filter((s) => s !== body);
      return `lead ${body}, a body of the level above, in task ${task.name}`;
    },
  },
  {
    rule: "single-lead",
    applyModel({ rng, plan }) {
      const task = rng.pick(tasksOf(plan));
      if (rng.chance(0.5) && task.supports.length) {
        task.leads = [[task.leads[0]?.[0] ?? task.supports[0], task.supports[0]]];
        task.supports = task.supports.slice(1);
        return `task ${task.name} names two lead bodies`;
      }
      task.leads = [];
      return `task ${task.name} has no lead`;
    },
  },
  {
    rule: "lead-also-support",
    applyModel({ rng, plan }) {
      const task = rng.pick(tasksOf(plan));
      const lead = task.leads[0]?.[0];
      if (!lead) return undefined;
      task.supports = [...task.supports, lead];
      return `${lead} both leads and supports task ${task.name}`;
    },
  },
  {
    rule: "coverage",
    applyModel({ plan }) {
      const tasks = tasksOf(plan);
      // Drop a task that alone covers something: the parent's task is then left uncovered.
      // Counted per parent task: covering `B4.1` counts for `B4`.
      const top = (c: string): string => c.replace(/\.\d+$/, "");
      const counts = new Map<string, number>();
      for (const t of tasks) for (const c of new Set(t.covers.map(top))) counts.set(c, (counts.get(c) ?? 0) + 1);
      const i = tasks.findIndex((t, i) => i > 0 && t.covers.some((c) => counts.get(top(c)) === 1));
      if (i < 0) return undefined;
      const [dropped] = tasks.splice(i, 1);
      return `no task covers ${dropped.covers.join(", ")} of the parent`;
    },
  },
  {
    rule: "measurable",
    applyModel({ rng, plan }) {
      const leaves = tasksOf(plan).filter((t) => !t.subtasks.length);
      if (!leaves.length) return undefined;
      const task = rng.pick(leaves);
      task.indicators = [];
      return `task ${task.name} has no indicator`;
    },
  },
  {
    rule: "date-order",
    applyModel({ rng, plan, issuedDay, parentIssuedDay, formatDay }) {
      if (rng.chance(0.5)) {
        const task = rng.pick(tasksOf(plan));
        const due = formatDay(issuedDay - rng.int(20, 90));
        task.due = due;
        return `task ${task.name} due ${due}, before the plan is issued`;
      }
      // The drafter copied the parent's date minus a few days.
      const issued = formatDay(parentIssuedDay - rng.int(2, 20));
      plan.issued = issued;
      // The history would now contradict the new date (history-order): this drafter has not written one yet.
      plan.history = undefined;
      return `issued ${issued}, before its parent`;
    },
  },
  {
    rule: "report-cadence",
    applyModel({ rng, plan, parentEveryMonths, parentDueDay }) {
      const report = plan.reports[0];
      if (!report) return undefined;
      if (rng.chance(0.5)) {
        report.every = `${parentEveryMonths * 2} months`;
        return `reports every ${parentEveryMonths * 2} months, parent needs ${parentEveryMonths}`;
      }
      report.dueDay = Math.min(28, parentDueDay + rng.int(1, 10));
      return `report due day ${report.dueDay}, after the parent's ${parentDueDay}`;
    },
  },
  {
    rule: "document-number",
    applyModel({ rng, plan, level }) {
      if (!plan.number) return undefined;
      const wrong = level === "grassroots" ? "HU" : level === "district" ? "TU" : "HU";
      if (rng.chance(0.6)) {
        plan.number = plan.number.replace(/(\/|-)(TU|HU|QU|ĐU|UBND)$/, `$1${wrong}`);
        return `number ${plan.number} with another issuer's code`;
      }
      plan.number = plan.number.replace("-KH/", " KH ").replace("/KH-", " KH ");
      return `number ${plan.number} of no known form`;
    },
  },
  {
    rule: "history-order",
    applyModel({ rng, plan, formatDay, issuedDay }) {
      const history = plan.history;
      if (!history) return undefined;
      const issued = history.findIndex((e) => e.word === "issued");
      if (issued < 0) return undefined;
      if (rng.chance(0.5)) {
        history[issued].date = formatDay(issuedDay - 1);
        return `issued event dated a day before the plan's issued date`;
      }
      const approved = history.findIndex((e) => e.word === "approved");
      if (approved <= 0) {
        history.splice(issued, 1);
        return `issued event missing before disseminated`;
      }
      history.splice(approved - 1, 1);
      return `one approval step skipped in the history`;
    },
  },
  {
    rule: "syntax",
    applyText(text, rng) {
      const variants: [RegExp, (m: string) => string, string][] = [
        [/\n(\s+)indicator "/, (m) => m.replace("indicator", "indicater"), "keyword typo `indicater`"],
        [/\n(\s+)support ([^,\n]+), /, (m) => m.replace(/, $/, " "), "missing comma between support bodies"],
        [/ reported\b/, (m) => m.replace("reported", "reportd"), "history word typo `reportd`"],
        [/\n(\s+)due /, (m) => m.replace("due ", "due: "), "stray colon after `due`"],
      ];
      const start = rng.int(0, variants.length - 1);
      for (let k = 0; k < variants.length; k++) {
        const [re, fix, what] = variants[(start + k) % variants.length];
        const m = re.exec(text);
        if (m) return { text: text.slice(0, m.index) + fix(m[0]) + text.slice(m.index + m[0].length), what };
      }
      return undefined;
    },
  },
  {
    rule: "hierarchy-level",
    applyModel({ file, level }) {
      const unit = file.units[0];
      if (!unit?.level || level === "province") return undefined;
      const was = unit.level;
      // Copied from the unit above (or above that): never below the container, whatever its level.
      unit.level = "province";
      return `unit ${unit.name} declared at level ${unit.level} instead of ${was}, not below its container`;
    },
  },
];
