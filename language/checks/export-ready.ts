// `export-ready` (info): a plan lacks what its issued document needs, so `plancode export` would
// leave a blank for the drafter to fill in by hand:
// - the place of the date line (`Bình Dương, ngày …`): no `place` on the issuer or the units above
//   it up to its levelled unit, and none of their names holds one (`language/document/letterhead.ts`);
// - the signer (`signature { … signer "…" }`, not empty);
// - the recipients (`recipients { … }` with at least one line).
// Only plans still being drafted are checked (no `issued` date, no `issued` event): an issued plan
// was signed as it was, and a workspace of a whole cascade's issued plans would otherwise carry
// one finding per plan that nobody needs. One finding per plan, on its name, listing what is missing. Quick fix: for missing recipients,
// a `recipients` block with the bodies the plan reports to and assigns work to (the usual Nơi
// nhận) and the archive line; for a missing signature, a `signature` block whose empty `signer`
// keeps this finding until the drafter writes the name. Only plans: a directive is issued by
// bodies that do not write `.plan` files.
import type { DocumentDecl, TextKey } from "../ast/nodes.js";
import { placeOf, usualAuthority } from "../document/letterhead.js";
import { format } from "../i18n/messages.js";
import { eolOf, forEachPlan, forEachTask, indentAt, quote, type Fix, type Rule, type RuleContext } from "./rule.js";

export const exportReady: Rule = {
  id: "export-ready",
  defaultSeverity: "info",
  description: {
    vi: "Kế hoạch còn thiếu phần văn bản ban hành cần (nơi ban hành, người ký, nơi nhận): bản xuất sẽ để trống.",
    en: "A plan lacks what its issued document needs (place, signer, recipients): the export leaves a blank.",
  },
  messages: {
    missing: {
      vi: "Văn bản ban hành của kế hoạch '{plan}' còn để trống: {parts}",
      en: "The issued document of plan '{plan}' leaves blanks: {parts}",
    },
  },
  // `parts` travels as rule-neutral ids (`place,signer`) and is worded in the reader's locale.
  render: (messageId, data, locale) => {
    const parts = String(data.parts)
      .split(",")
      .map((part) => PART_WORDS[part as Part]?.[locale] ?? part)
      .join(", ");
    return format(exportReady.messages[messageId]?.[locale] ?? messageId, { ...data, parts });
  },
  check(context) {
    forEachPlan(context, (plan) => checkPlan(context, plan));
  },
};

type Part = "place" | "signer" | "recipients";

const PART_WORDS: Record<Part, { vi: string; en: string }> = {
  place: { vi: "địa danh ở dòng ngày tháng ('place' của cơ quan ban hành)", en: "the place of the date line (the issuer's 'place')" },
  signer: { vi: "người ký ('signature' … 'signer')", en: "the signer ('signature' … 'signer')" },
  recipients: { vi: "nơi nhận ('recipients')", en: "the recipients ('recipients')" },
};

function isIssued(plan: DocumentDecl): boolean {
  return plan.issued !== undefined || (plan.history?.events.some((e) => e.word.text === "issued") ?? false);
}

function checkPlan(context: RuleContext, plan: DocumentDecl): void {
  if (isIssued(plan)) return;
  const ws = context.workspace;
  const issuer = plan.issuer && ws.lookupUnit(plan.issuer.text);
  const missing: Part[] = [];
  // An unknown issuer is `unresolved-reference`'s finding; its place is not asked for twice.
  if (issuer && placeOf(ws, issuer) === undefined) missing.push("place");
  if (!hasText(plan, "signer")) missing.push("signer");
  if (!plan.recipients?.items.length) missing.push("recipients");
  if (missing.length === 0) return;
  const fixes = [recipientsFix(context, plan), signatureFix(context, plan)].filter((f): f is Fix => f !== undefined);
  context.report({ span: plan.name.span, messageId: "missing", data: { plan: plan.name.text, parts: missing.join(",") }, fixes });
}

function hasText(plan: DocumentDecl, key: TextKey): boolean {
  return plan.signature?.parts.some((p) => p.key === key && p.values.some((v) => v.value.trim() !== "")) ?? false;
}

/** A block inserted before the plan's closing brace, indented as the plan's statements. */
function insertBlock(context: RuleContext, plan: DocumentDecl, lines: string[], title: Fix["title"]): Fix | undefined {
  const text = context.file.text;
  const close = plan.span.end - 1;
  if (text[close] !== "}") return undefined;
  const eol = eolOf(text);
  const first = plan.items[0];
  const indent = first ? indentAt(text, first.span.start) : "  ";
  const inner = indent + (indent.includes("\t") ? "\t" : "  ");
  const body = lines.map((line, i) => (i === 0 || i === lines.length - 1 ? indent : inner) + line).join(eol);
  // After the last statement's line: the block goes on lines of its own.
  const lineStart = text.lastIndexOf("\n", close - 1) + 1;
  const onItsOwnLine = text.slice(lineStart, close).trim() === "";
  const at = onItsOwnLine ? lineStart : close;
  const newText = onItsOwnLine ? `${body}${eol}` : `${eol}${body}${eol}`;
  return { title, edits: [{ span: { start: at, end: at }, newText }] };
}

/** The usual Nơi nhận: the bodies the plan reports to, then those it assigns work to, then the archive. */
function recipientsFix(context: RuleContext, plan: DocumentDecl): Fix | undefined {
  if (plan.recipients) return undefined;
  const names: string[] = [];
  const add = (name: string | undefined): void => void (name && !names.includes(name) && names.push(name));
  for (const report of plan.reporting?.reports ?? []) add(report.to?.text);
  forEachTask(plan, (task) => {
    for (const role of [...task.leads, ...task.supports]) for (const unit of role.units) add(unit.text);
  });
  const known = names.filter((name) => context.workspace.lookupUnit(name));
  return insertBlock(context, plan, ["recipients {", ...known, quote("Lưu VT"), "}"], {
    vi: "Thêm nơi nhận: cơ quan nhận báo cáo, các cơ quan chủ trì, phối hợp và lưu",
    en: "Add recipients: the bodies reported to, the lead and support bodies, and the archive",
  });
}

/** A signature block for the drafter to complete (its empty signer keeps this finding alive). */
function signatureFix(context: RuleContext, plan: DocumentDecl): Fix | undefined {
  if (plan.signature) return undefined;
  const ws = context.workspace;
  const issuer = plan.issuer && ws.lookupUnit(plan.issuer.text);
  const authority = issuer && usualAuthority(ws, issuer);
  const lines = ["signature {", ...(authority ? [`authority ${quote(authority)}`] : []), `position ""`, `signer ""`, "}"];
  return insertBlock(context, plan, lines, {
    vi: "Thêm khối chữ ký (thẩm quyền ký, chức vụ, người ký)",
    en: "Add a signature block (authority, position, signer)",
  });
}
