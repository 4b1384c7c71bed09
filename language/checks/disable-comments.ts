// `// plancode-disable-next-line [RULE[, RULE…]] [-- reason]`, read once for both of its uses:
// silencing findings on the next line (checks/run.ts) and reporting a rule id that names no rule
// (`unresolved-reference`, with the closest rule id), so a misspelt id never silences nothing
// without a word. As in ESLint, rule ids are separated by commas or spaces and words after ` -- `
// are a reason, not rule ids; a directive naming no rule silences every rule.
import type { SourceFile, Span } from "../ast/nodes.js";
import { lineIndexOf } from "../text/line-index.js";

export interface DisableDirective {
  /** The 0-based line the comment is on (it silences the line after). */
  line: number;
  /** The rule ids it names, each with its span in the file; empty: every rule. */
  rules: { id: string; span: Span }[];
}

const DISABLE = /^\/\/\s*plancode-disable-next-line\b/;

/** The file's disable directives, in source order. */
export function disableDirectives(file: SourceFile): DisableDirective[] {
  const out: DisableDirective[] = [];
  for (const comment of file.comments) {
    const head = DISABLE.exec(comment.text);
    if (!head) continue;
    const start = head[0].length;
    const reason = /\s--(?:\s|$)/.exec(comment.text.slice(start));
    const end = reason ? start + reason.index : comment.text.length;
    const rules: DisableDirective["rules"] = [];
    for (const m of comment.text.slice(start, end).matchAll(/[^\s,]+/g)) {
      if (m[0].startsWith("--")) continue;
      const at = comment.span.start + start + m.index!;
      rules.push({ id: m[0], span: { start: at, end: at + m[0].length } });
    }
    out.push({ line: lineIndexOf(file).positionAt(comment.span.start).line, rules });
  }
  return out;
}
