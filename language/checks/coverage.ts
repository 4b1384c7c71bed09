// `coverage`: every task of the parent document is covered by some task of the plan.
//
// A parent task is covered when a task of the plan (nested tasks included) `covers` it, or an
// ancestor of it, or each of its subtasks is covered (recursively). A `covers` written as a
// qualified `DOC.T3` counts when DOC is the parent document (language/workspace/coverage.ts).
//
// Findings go on the plan's `parent` name, one per uncovered top-most task: an uncovered task
// none of whose descendants is covered is reported as a whole; a task that is only partly covered
// (some of its subtasks are) is not reported itself, its uncovered subtasks are. Titles longer
// than 80 characters are shortened in the message.
//
// Quick fixes: a stub task covering the uncovered task, inserted after the plan's last task (so
// it stays with the other tasks, before `approval`/`reporting`/`history`), led by the likeliest
// body that `assign-upward` accepts, due at the horizon, with a placeholder indicator and a
// `// CẦN BỔ SUNG: …` comment that keeps an `unfinished` finding until the drafter completes it;
// when several tasks are uncovered, a second fix adds stubs for all of them at once.
import type { DocumentDecl, TaskDecl } from "../ast/nodes.js";
import { planCoverage, uncoveredTasks } from "../workspace/coverage.js";
import {
  eolOf,
  forEachPlan,
  indentAt,
  likeliestLead,
  quote,
  shortTitle,
  type Fix,
  type Report,
  type Rule,
  type RuleContext,
} from "./rule.js";

export const coverage: Rule = {
  id: "coverage",
  defaultSeverity: "warning",
  description: {
    vi: "Nhiệm vụ của văn bản cha không được nhiệm vụ nào của kế hoạch bao quát (bao quát chính nó, nhiệm vụ cha của nó, hoặc từng nhiệm vụ con của nó).",
    en: "A task of the parent document that no task of the plan covers (it, an ancestor of it, or each of its subtasks must be covered).",
  },
  messages: {
    uncovered: {
      vi: "Nhiệm vụ {task} \"{title}\" của '{parent}' chưa được nhiệm vụ nào của kế hoạch bao quát ('covers')",
      en: "Task {task} \"{title}\" of '{parent}' is not covered by any task of this plan ('covers')",
    },
  },
  check(context) {
    forEachPlan(context, (plan) => checkPlan(context, plan));
  },
};

function checkPlan(context: RuleContext, plan: DocumentDecl): void {
  if (!plan.parent) return;
  const coverage = planCoverage(context.workspace, plan);
  if (!coverage || !coverage.parent.tasks.length) return;
  const { parent } = coverage;
  const uncovered = uncoveredTasks(coverage);
  if (!uncovered.length) return;

  const stubs = new Stubs(context, plan);
  const all: Fix | undefined =
    uncovered.length > 1
      ? stubs.fix(uncovered, {
          vi: `Thêm ${uncovered.length} nhiệm vụ bao quát các nhiệm vụ còn thiếu`,
          en: `Add ${uncovered.length} tasks covering the uncovered tasks`,
        })
      : undefined;
  for (const t of uncovered) {
    const one = stubs.fix([t], { vi: `Thêm nhiệm vụ bao quát ${t.name.text}`, en: `Add a task covering ${t.name.text}` });
    const report: Report = {
      span: plan.parent.span,
      messageId: "uncovered",
      data: { task: t.name.text, title: shortTitle(t.title?.value), parent: parent.name.text },
      fixes: [one, all].filter((f): f is Fix => f !== undefined),
    };
    context.report(report);
  }
}

/** Builds stub tasks for uncovered tasks, with fresh names in the plan's naming pattern (A1, A2 → A3). */
class Stubs {
  private readonly taken: Set<string>;
  private readonly prefix: string;
  private readonly start: number;
  private readonly insertAt: number;
  private readonly prefixText: string;
  private readonly suffixText: string;
  private readonly indent: string;
  private readonly eol: string;
  private readonly lead: string | undefined;
  private readonly due: string;

  constructor(context: RuleContext, plan: DocumentDecl) {
    const text = context.file.text;
    this.taken = new Set(context.workspace.taskIndex(plan).keys());
    const numbered = plan.tasks.map((t) => /^(.*?)(\d+)$/.exec(t.name.text)).filter((m): m is RegExpExecArray => m !== null);
    const counts = new Map<string, number>();
    for (const m of numbered) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    let prefix = "X";
    let best = 0;
    for (const [p, n] of counts) if (n > best && /^\p{L}/u.test(p)) [prefix, best] = [p, n];
    this.prefix = prefix;
    this.start = Math.max(0, ...numbered.filter((m) => m[1] === prefix).map((m) => Number(m[2]))) + 1;
    this.eol = eolOf(text);
    const last = plan.tasks[plan.tasks.length - 1];
    if (last) {
      // After the last task, past a trailing `// comment` on its line.
      const rest = /^[^\r\n]*/.exec(text.slice(last.span.end))?.[0] ?? "";
      this.insertAt = /^\s*(\/\/.*)?$/.test(rest) ? last.span.end + rest.length : last.span.end;
      this.indent = indentAt(text, last.span.start);
      this.prefixText = this.eol + this.eol;
      this.suffixText = "";
    } else {
      // Before the plan's closing brace: at the start of its line when it stands alone there.
      const close = text[plan.span.end - 1] === "}" ? plan.span.end - 1 : plan.span.end;
      const before = indentAt(text, close);
      const lineStart = close - before.length;
      const alone = lineStart === 0 || text[lineStart - 1] === "\n" || text[lineStart - 1] === "\r";
      this.indent = `${indentAt(text, plan.span.start)}  `;
      this.insertAt = alone ? lineStart : close;
      this.prefixText = alone ? "" : this.eol;
      this.suffixText = alone ? this.eol : this.eol + indentAt(text, plan.span.start);
    }
    this.lead = likeliestLead(context.workspace, plan);
    this.due = plan.horizon && plan.horizon.kind !== "ongoing" ? plan.horizon.raw : "ongoing";
  }

  fix(tasks: TaskDecl[], title: Fix["title"]): Fix {
    const taken = new Set(this.taken);
    let n = this.start;
    const blocks: string[] = [];
    for (const t of tasks) {
      while (taken.has(`${this.prefix}${n}`)) n++;
      const name = `${this.prefix}${n}`;
      taken.add(name);
      blocks.push(this.stub(name, t));
    }
    const body = blocks.join(this.eol + this.eol);
    const edit = { span: { start: this.insertAt, end: this.insertAt }, newText: `${this.prefixText}${body}${this.suffixText}` };
    return { title, edits: [edit] };
  }

  private stub(name: string, task: TaskDecl): string {
    const i = this.indent;
    const e = this.eol;
    const title = quote(task.title?.value ?? task.name.text);
    const lines = [
      `${i}task ${name} ${title} covers ${task.name.text} {`,
      `${i}  // CẦN BỔ SUNG: cơ quan chủ trì, thời hạn và chỉ tiêu của nhiệm vụ (nhiệm vụ khung do sửa nhanh chèn vào)`,
      this.lead ? `${i}  lead ${this.lead}` : undefined,
      `${i}  due ${this.due}`,
      `${i}  indicator "Chỉ tiêu cần xác định" target 100%`,
      `${i}}`,
    ];
    return lines.filter((l) => l !== undefined).join(e);
  }
}
