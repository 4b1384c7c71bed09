// textDocument/hover — needs: indexed. A task: its title and document; a unit: full name, level,
// container chain, issuer code; a document: number, title, issuer, date, lifecycle state today;
// a level: its title and rank.
import { MarkupKind, type Hover, type HoverParams } from "vscode-languageserver/node.js";
import { formatVi, type DocumentDecl, type Locale, type UnitDecl } from "../../language/index.js";
import { bodyLayout, letterheadOf, placeOf } from "../../language/document/letterhead.js";
import { offsetOf, rangeOf } from "../convert.js";
import { deadlineLabel, stateLabel, t } from "../messages.js";
import { occurrenceAt, targetsOf, type Target } from "../../language/ide/index.js";
import type { Services } from "../services.js";

export function hover(services: Services, params: HoverParams): Hover | null {
  const file = services.file(params.textDocument.uri);
  if (!file) return null;
  const occurrence = occurrenceAt(services.occurrences(file), offsetOf(file, params.position));
  if (!occurrence) return null;
  const locale = services.locale(file.uri);
  const target = targetsOf(services.workspace, occurrence.key)[0];
  const value = target ? describe(services, target, locale) : `\`${occurrence.name}\` — ${t(locale, "unresolved", { name: occurrence.name })}`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(file, occurrence.span) };
}

export function describe(services: Services, target: Target, locale: Locale): string {
  switch (target.kind) {
    case "task":
      return [
        `**${t(locale, "task")} ${target.decl.name.text}** — ${target.decl.title?.value ?? ""}`,
        "",
        t(locale, "ofDocument", { kind: t(locale, target.doc.docKind), name: documentLine(target.doc) }),
      ].join("\n");
    case "unit":
      return unitLines(services, target.decl, locale).join("  \n");
    case "document":
      return documentLines(services, target.decl, locale).join("  \n");
    case "level":
      return `**${t(locale, "level")} ${target.name}** — ${target.title}  \n${t(locale, "rank", { rank: target.rank + 1 })}`;
  }
}

function documentLine(doc: DocumentDecl): string {
  return `**${doc.name.text}**${doc.number ? ` (${doc.number.value})` : ""}${doc.title ? ` — ${doc.title.value}` : ""}`;
}

function unitLines(services: Services, unit: UnitDecl, locale: Locale): string[] {
  const ws = services.workspace;
  const lines = [`**${unit.title?.value ?? unit.name.text}** (\`${unit.name.text}\`)`];
  const level = ws.levelOf(unit);
  if (level) lines.push(t(locale, "levelOf", { level: `${level.title} (${level.name})` }));
  const chain = ws.containerChain(unit);
  if (chain.length) lines.push(t(locale, "within", { chain: chain.map((c) => c.title?.value ?? c.name.text).join(" › ") }));
  const code = ws.issuerCode(unit);
  if (code) lines.push(t(locale, "code", { code }));
  // What its issued documents print at the top (the overrides or the derivation).
  const letterhead = letterheadOf(ws, unit, bodyLayout(unit));
  lines.push(t(locale, "letterhead", { lines: [...letterhead.superior, ...letterhead.issuer.map((l) => `**${l}**`)].join(" / ") }));
  const place = placeOf(ws, unit);
  lines.push(place ? t(locale, "place", { place }) : t(locale, "noPlace"));
  return lines;
}

function documentLines(services: Services, doc: DocumentDecl, locale: Locale): string[] {
  const ws = services.workspace;
  const heading = t(locale, doc.docKind === "plan" ? "planHeading" : "directiveHeading");
  const lines = [`**${heading} ${doc.name.text}**${doc.title ? ` — ${doc.title.value}` : ""}`];
  if (doc.number) lines.push(t(locale, "number", { number: doc.number.value }));
  if (doc.issuer) {
    const unit = ws.lookupUnit(doc.issuer.text);
    lines.push(t(locale, "issuer", { issuer: unit?.title?.value ? `${unit.title.value} (${doc.issuer.text})` : doc.issuer.text }));
  }
  if (doc.issued) lines.push(t(locale, "issued", { date: doc.issued.first !== undefined ? formatVi(doc.issued.first) : doc.issued.raw }));
  if (doc.parent) lines.push(t(locale, "parentDoc", { name: doc.parent.text }));
  const status = services.status(doc, ws, services.asOf());
  if (status) {
    const state = stateLabel(status.state, locale);
    lines.push(status.since !== undefined ? t(locale, "stateSince", { state, date: formatVi(status.since) }) : t(locale, "state", { state }));
    if (status.overdue.length) {
      lines.push(t(locale, "overdue", { items: status.overdue.map((o) => `${deadlineLabel(o.what, locale)} ${formatVi(o.due)}`).join(", ") }));
    }
    if (status.next) lines.push(t(locale, "next", { what: deadlineLabel(status.next.what, locale), date: formatVi(status.next.due) }));
  }
  return lines;
}
