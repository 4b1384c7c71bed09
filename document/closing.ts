// The end of the document: who signs (right) and who receives it (left, `Nơi nhận:`).
import { usualAuthority } from "../language/document/letterhead.js";
import type { NumberForm } from "../language/document/numbering.js";
import type { DocumentDecl, TextKey, Workspace } from "../language/index.js";
import { bodyName } from "./cite.js";
import { placeholder } from "./header.js";
import type { Run, Signature } from "./model.js";
import { runningText } from "./words.js";

function signatureLines(doc: DocumentDecl, key: TextKey): string[] {
  return (doc.signature?.parts ?? []).filter((p) => p.key === key).flatMap((p) => p.values.map((v) => runningText(v.value))).filter((v) => v !== "");
}

/**
 * The signature: `authority` lines (the first is the authority, `T/M BAN THƯỜNG VỤ`; a second is
 * the one signing in its place, `KT. CHỦ TỊCH`), the position and the signer as written. What the
 * plan leaves out is a marked blank; without any authority the issuer's usual one is proposed.
 */
export function signatureOf(ws: Workspace, doc: DocumentDecl): Signature {
  const authority = signatureLines(doc, "authority");
  const position = signatureLines(doc, "position");
  const signer = signatureLines(doc, "signer");
  const issuer = doc.issuer && ws.lookupUnit(doc.issuer.text);
  const usual = !doc.signature && issuer ? usualAuthority(ws, issuer) : undefined;
  const lines = (values: string[], blank: string): Run[] => (values.length ? [{ text: values.join(" ") }] : [placeholder(blank)]);
  return {
    ...(authority.length ? { authority: [{ text: authority[0] }] } : usual ? { authority: [placeholder(usual)] } : {}),
    ...(authority.length > 1 ? { deputy: [{ text: authority.slice(1).join(" ") }] } : {}),
    position: lines(position, "(CHỨC VỤ)"),
    signer: lines(signer, "(Họ và tên người ký)"),
  };
}

/** The usual recipients of a plan: the bodies it reports to, then those it assigns work to. */
function usualRecipients(doc: DocumentDecl): string[] {
  const names: string[] = [];
  const add = (name: string | undefined): void => void (name && !names.includes(name) && names.push(name));
  for (const report of doc.reporting?.reports ?? []) add(report.to?.text);
  const visit = (task: DocumentDecl["tasks"][number]): void => {
    for (const role of [...task.leads, ...task.supports]) for (const unit of role.units) add(unit.text);
    task.subtasks.forEach(visit);
  };
  doc.tasks.forEach(visit);
  return names;
}

const ARCHIVE = /^lưu\b/iu;

/** A line of `Nơi nhận:`; `proposed` when plancode chose it (marked for the drafter to confirm). */
export interface RecipientLine {
  text: string;
  proposed?: boolean;
}

/**
 * `Nơi nhận:` lines punctuated as issued (Party lines end in `,`, State lines in `;`, the last in
 * `.`), the archive last (`Lưu VT` when none is given).
 */
export function recipientLines(lines: readonly RecipientLine[], layout: NumberForm): Run[][] {
  const archive = lines.findIndex((l) => ARCHIVE.test(l.text));
  const ordered = archive >= 0 ? [...lines.slice(0, archive), ...lines.slice(archive + 1), lines[archive]] : [...lines, { text: "Lưu VT" }];
  const separator = layout === "party" ? "," : ";";
  return ordered.map((line, i) => {
    const text = `${line.text.replace(/[.,;]+$/, "")}${i === ordered.length - 1 ? "." : separator}`;
    return [line.proposed ? placeholder(text) : { text }];
  });
}

/** A plan's recipients as written; without a `recipients` block, the usual ones, proposed. */
export function recipientsOf(ws: Workspace, doc: DocumentDecl, layout: NumberForm): Run[][] {
  const given = doc.recipients?.items ?? [];
  const lines: RecipientLine[] =
    given.length === 0
      ? usualRecipients(doc).map((name) => ({ text: bodyName(ws, name), proposed: true }))
      : given.map((r) => ({ text: r.unit ? bodyName(ws, r.unit) : runningText(r.text?.value ?? "") })).filter((l) => l.text !== "");
  return recipientLines(lines, layout);
}
