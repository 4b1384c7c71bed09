// `unresolved-reference`: a name that resolves to nothing (or to the wrong kind of thing), with
// the closest existing name of the right kind as a suggestion and a quick fix. A rule id in a
// `// plancode-disable-next-line` comment is a name too: one that names no rule is reported on
// the id, with the closest rule id (a misspelt id would otherwise silence nothing, unnoticed).
import type { DocumentDecl, Ident } from "../ast/nodes.js";
import { forEachReference, REFERENCE_KINDS } from "../ast/references.js";
import { closest, foldCandidate, foldName } from "../text/similarity.js";
import type { Workspace } from "../workspace/workspace.js";
import { disableDirectives } from "./disable-comments.js";
import { RULES } from "./index.js";
import { eolOf, indentAt, type Rule, type RuleContext } from "./rule.js";

type Kind = "unit" | "document" | "task" | "level" | "rule";

export const unresolvedReference: Rule = {
  id: "unresolved-reference",
  fixable: true,
  defaultSeverity: "error",
  description: {
    vi: "Tên không trỏ tới đơn vị, văn bản, nhiệm vụ hay cấp nào; gợi ý tên gần đúng nhất.",
    en: "A name that resolves to nothing; suggests the closest existing name.",
  },
  messages: {
    unit: { vi: "Không tìm thấy đơn vị '{name}'", en: "Unknown unit '{name}'" },
    unitSuggest: { vi: "Không tìm thấy đơn vị '{name}'. Có phải là '{suggestion}'?", en: "Unknown unit '{name}'. Did you mean '{suggestion}'?" },
    document: { vi: "Không tìm thấy văn bản '{name}'", en: "Unknown document '{name}'" },
    documentSuggest: { vi: "Không tìm thấy văn bản '{name}'. Có phải là '{suggestion}'?", en: "Unknown document '{name}'. Did you mean '{suggestion}'?" },
    task: { vi: "Văn bản cấp trên '{parent}' không có nhiệm vụ '{name}'", en: "The parent document '{parent}' has no task '{name}'" },
    taskSuggest: { vi: "Văn bản cấp trên '{parent}' không có nhiệm vụ '{name}'. Có phải là '{suggestion}'?", en: "The parent document '{parent}' has no task '{name}'. Did you mean '{suggestion}'?" },
    taskNoParent: { vi: "Không tìm thấy nhiệm vụ '{name}': kế hoạch chưa khai báo 'parent'", en: "Unknown task '{name}': the plan declares no 'parent'" },
    level: { vi: "Không có cấp '{name}' trong hệ thống cấp", en: "Unknown level '{name}' in the hierarchy" },
    levelSuggest: { vi: "Không có cấp '{name}' trong hệ thống cấp. Có phải là '{suggestion}'?", en: "Unknown level '{name}' in the hierarchy. Did you mean '{suggestion}'?" },
    notUnit: { vi: "'{name}' là một văn bản, không phải đơn vị", en: "'{name}' is a document, not a unit" },
    notDocument: { vi: "'{name}' là một đơn vị, không phải văn bản", en: "'{name}' is a unit, not a document" },
    rule: { vi: "Không có quy tắc '{name}' (chú thích plancode-disable-next-line)", en: "Unknown rule '{name}' in a plancode-disable-next-line comment" },
    ruleSuggest: {
      vi: "Không có quy tắc '{name}' (chú thích plancode-disable-next-line). Có phải là '{suggestion}'?",
      en: "Unknown rule '{name}' in a plancode-disable-next-line comment. Did you mean '{suggestion}'?",
    },
    // LANGUAGE.md's example: `implements KL57 // the directive (required)`.
    missingImplements: {
      vi: "Kế hoạch '{plan}' chưa ghi nghị quyết, kết luận, chỉ thị được thực hiện ('implements')",
      en: "Plan '{plan}' does not name the directive it implements ('implements')",
    },
  },
  check(context) {
    for (const decl of context.file.decls) {
      if (decl.kind === "document" && decl.docKind === "plan" && !decl.items.some((i) => i.kind === "field" && i.key === "implements")) {
        missingImplements(context, decl);
      }
    }
    forEachReference(context.file, (ref, site, doc) => {
      const kind = REFERENCE_KINDS[site];
      if (kind === "level") expectLevel(context, ref);
      else if (kind === "task") {
        if (doc) expectTask(context, doc, ref);
      } else expectGlobal(context, ref, kind);
    });
    for (const directive of disableDirectives(context.file)) {
      for (const { id, span } of directive.rules) {
        // Imported from the registry that imports this rule: read when checking, never at load.
        if (!RULES.some((r) => r.id === id)) reportUnknown(context, { text: id, span }, "rule", RULES.map((r) => r.id), {});
      }
    }
  },
};

/**
 * A plan without `implements` (required): reported on the plan's name. The quick fix, when the
 * parent chain leads to a directive, inserts `implements <directive>` before the `parent` line.
 */
function missingImplements(context: RuleContext, plan: DocumentDecl): void {
  const ws = context.workspace;
  let directive: string | undefined;
  for (const d of ws.parentChain(plan)) {
    directive = d.docKind === "directive" ? d.name.text : d.implements?.text;
    if (directive) break;
  }
  const parentField = plan.items.find((i) => i.kind === "field" && i.key === "parent");
  const text = context.file.text;
  context.report({
    span: plan.name.span,
    messageId: "missingImplements",
    data: { plan: plan.name.text },
    fixes:
      directive && parentField
        ? [
            {
              title: { vi: `Thêm 'implements ${directive}'`, en: `Add 'implements ${directive}'` },
              edits: [{ span: { start: parentField.span.start, end: parentField.span.start }, newText: `implements ${directive}${eolOf(text)}${indentAt(text, parentField.span.start)}` }],
              safe: true,
            },
          ]
        : undefined,
  });
}

function expectGlobal(context: RuleContext, ref: Ident, kind: "unit" | "document"): void {
  const ws = context.workspace;
  const found = kind === "unit" ? ws.lookupUnit(ref.text) : ws.lookupDocument(ref.text);
  if (found) return;
  if (ws.lookup(ref.text)) {
    context.report({ span: ref.span, messageId: kind === "unit" ? "notUnit" : "notDocument", data: { name: ref.text } });
    return;
  }
  reportUnknown(context, ref, kind, nearNames(ws.namesOfKind(kind), ref.text), {});
}

function expectLevel(context: RuleContext, ref: Ident): void {
  const ws = context.workspace;
  if (ws.level(ref.text)) return;
  reportUnknown(context, ref, "level", ws.levels().map((l) => l.name), {});
}

function expectTask(context: RuleContext, plan: DocumentDecl, ref: Ident): void {
  const ws = context.workspace;
  if (ws.resolveTask(plan, ref)) return;
  const parent = ws.parentDocument(plan);
  if (!parent) {
    // An unresolved `parent` is reported on its own; do not repeat it for every `covers`.
    if (!plan.parent) context.report({ span: ref.span, messageId: "taskNoParent", data: { name: ref.text } });
    return;
  }
  reportUnknown(context, ref, "task", candidateTasks(ws, parent), { parent: parent.name.text });
}

/**
 * The names that can be close enough to `name` for `closest` (an exact filter, so it suggests
 * the same name as from all of them: `closest` picks the nearest and then the alphabetically
 * first, whatever the order). Scanning the 120,000 unit names of the nationwide workspace with
 * `closest` at every unknown name was most of this rule's time. An edit distance is at least
 * (1) the difference in length, (2) half the number of characters that one string has and the
 * other lacks (one edit adds or removes at most one of each; kept as a bit mask per name), and
 * (3) the number of characters of the longer that the shorter cannot match, counting repeats
 * (the bag distance). Folded as `closest` folds them (an ASCII name to its lower case).
 */
function nearNames(names: readonly string[], name: string): string[] {
  const index = nameIndex(names);
  const folded = foldName(name);
  const limit = Math.max(1, Math.min(4, Math.floor(folded.length / 3))); // as in `closest`
  const mask = charMask(folded);
  for (let i = 0; i < folded.length; i++) counts[folded.charCodeAt(i) & 255]++;
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    if (Math.abs(index.folded[i].length - folded.length) > limit) continue;
    if (bitCount(index.masks[i] ^ mask) > 2 * limit) continue;
    if (bagDistance(index.folded[i], folded.length) > limit) continue;
    out.push(names[i]);
  }
  for (let i = 0; i < folded.length; i++) counts[folded.charCodeAt(i) & 255]--;
  return out;
}

interface NameIndex {
  folded: string[];
  masks: Int32Array;
}

/** Per `Workspace.namesOfKind` array (a new array when the names change). */
const nameIndexes = new WeakMap<readonly string[], NameIndex>();

function nameIndex(names: readonly string[]): NameIndex {
  let index = nameIndexes.get(names);
  if (!index) {
    index = { folded: names.map(foldCandidate), masks: new Int32Array(names.length) };
    for (let i = 0; i < names.length; i++) index.masks[i] = charMask(index.folded[i]);
    nameIndexes.set(names, index);
  }
  return index;
}


/** One bit per character kind: a–z, the digits in four groups, `-`, anything else. */
function charMask(folded: string): number {
  let mask = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + (c % 4) : c === 45 ? 30 : 31);
  }
  return mask;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count++;
  return count;
}

/** The name being looked for, as character counts (codes folded to 8 bits: a lower bound still). */
const counts = new Int32Array(256);

/** The bag distance between `candidate` and the name in `counts`, of length `length`. */
function bagDistance(candidate: string, length: number): number {
  let common = 0;
  for (let i = 0; i < candidate.length; i++) if (counts[candidate.charCodeAt(i) & 255]-- > 0) common++;
  for (let i = 0; i < candidate.length; i++) counts[candidate.charCodeAt(i) & 255]++;
  return Math.max(candidate.length - common, length - common);
}

function candidateTasks(ws: Workspace, parent: DocumentDecl): string[] {
  return [...ws.taskIndex(parent).keys()];
}

function reportUnknown(context: RuleContext, ref: Ident, kind: Kind, candidates: string[], extra: Record<string, string>): void {
  const suggestion = closest(ref.text, candidates);
  context.report({
    span: ref.span,
    messageId: suggestion ? `${kind}Suggest` : kind,
    data: { name: ref.text, ...extra, ...(suggestion ? { suggestion } : {}) },
    fixes: suggestion
      ? [{ title: { vi: `Đổi thành '${suggestion}'`, en: `Change to '${suggestion}'` }, edits: [{ span: ref.span, newText: suggestion }] }]
      : undefined,
  });
}

