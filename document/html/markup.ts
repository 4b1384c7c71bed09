// The document as HTML markup (a fragment: the sheets), every model string escaped.
import { NOI_NHAN, recipientLines, scaleWidths } from "../layout.js";
import type { Appendix, Block, HeaderBlock, IssuedDocument, Run, Signature, Table } from "../model.js";
import { escapeHtml } from "./escape.js";

function run(r: Run): string {
  let html = escapeHtml(r.text);
  if (r.bold) html = `<b>${html}</b>`;
  if (r.italic) html = `<i>${html}</i>`;
  if (r.placeholder) html = `<mark class="pc-placeholder" title="Nội dung cần bổ sung">${html}</mark>`;
  return html;
}

const runs = (rs: readonly Run[]) => rs.map(run).join("");
const p = (cls: string, html: string) => `<p class="${cls}">${html}</p>`;

function header(h: HeaderBlock, layout: IssuedDocument["layout"]): string {
  const names = [...h.superior.map((s) => p("pc-superior", escapeHtml(s))), ...h.issuer.map((s) => p("pc-issuer", escapeHtml(s)))];
  // Party: a `*` under the issuer; State: a rule under it, 40% of its width (layout.ts).
  const left =
    layout === "party"
      ? [...names, p("pc-issuer", "*")].join("")
      : `<div class="pc-fit">${names.join("")}<div class="pc-rule" style="width: 40%"></div></div>`;
  const last = h.national.length - 1;
  const right = h.national
    .map((s, i) => p(`pc-national-${i}`, i === last ? `<span class="pc-fit pc-ruled">${escapeHtml(s)}</span>` : escapeHtml(s)))
    .join("");
  return `<div class="pc-head pc-center">
<div>${left}</div><div>${right}</div>
<div>${p("pc-number", escapeHtml(h.number))}</div><div>${p("pc-place-date", runs(h.placeDate))}</div>
</div>`;
}

function title(doc: IssuedDocument): string {
  const summary = doc.summary.map((line) => p("pc-summary", runs(line))).join("");
  const closing =
    doc.layout === "party"
      ? p("pc-summary", "-----")
      : `<div class="pc-rule" style="width: 33%"></div>`;
  return `<div class="pc-title pc-center">${p("pc-type", escapeHtml(doc.type))}<div class="pc-fit">${summary}${closing}</div></div>`;
}

export function table(t: Table): string {
  const widths = scaleWidths(t.widths, t.columns.length, 100);
  const cols = widths.map((w) => `<col style="width: ${w.toFixed(2)}%">`).join("");
  const head = t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = t.rows
    .map((row) => {
      const cells = t.columns.map((_, i) => {
        const cls = t.align?.[i] === "center" ? ' class="pc-center"' : "";
        return `<td${cls}>${runs(row.cells[i] ?? [])}</td>`;
      });
      return `<tr${row.group ? ' class="pc-group"' : ""}>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table class="pc-grid"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return p("pc-heading", escapeHtml(b.text));
    case "subheading":
      return p("pc-subheading", escapeHtml(b.text));
    case "paragraph":
      return p("pc-par", runs(b.runs));
    case "table":
      return table(b.table);
  }
}

function closing(recipients: readonly Run[][], s: Signature): string {
  const left = recipients.length
    ? p("pc-recipients-title", NOI_NHAN) + recipientLines(recipients).map((line) => p("pc-recipients", runs(line))).join("")
    : "";
  const titles = [s.authority, s.deputy, s.position].filter((r): r is Run[] => !!r?.length);
  const right = titles.map((t) => p("pc-signature", runs(t))).join("") + (s.signer?.length ? p("pc-signer", runs(s.signer)) : "");
  return `<div class="pc-closing"><div>${left}</div><div class="pc-center">${right}</div></div>`;
}

function appendix(a: Appendix): string {
  const heading = p("pc-appendix-title pc-center", escapeHtml(a.title)) + a.subtitle.map((s) => p("pc-appendix-subtitle pc-center", escapeHtml(s))).join("");
  return `<section class="pc-sheet pc-landscape">\n${heading}\n${table(a.table)}\n</section>`;
}

export function markup(doc: IssuedDocument): string {
  const main = [header(doc.header, doc.layout), title(doc), ...doc.body.map(block), closing(doc.recipients, doc.signature)].join("\n");
  return `<div class="pc-doc">\n<section class="pc-sheet">\n${main}\n</section>\n${doc.appendix ? appendix(doc.appendix) : ""}</div>`;
}
