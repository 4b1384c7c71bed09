// textDocument/inlayHint — needs: parsed. After each date written in ISO form, its Vietnamese
// form (`2023-09-12` ▸ 12/09/2023); or, with `plancode.inlayHints.dates: "iso"`, the ISO form
// after Vietnamese dates; `off` shows none.
import { InlayHintKind, type InlayHint, type InlayHintParams } from "vscode-languageserver/node.js";
import { formatIso, formatVi, type Temporal } from "../../language/index.js";
import { rangeOf, rangesOverlap } from "../convert.js";
import { walk } from "../../language/ide/index.js";
import type { Services } from "../services.js";

export function inlayHints(services: Services, params: InlayHintParams): InlayHint[] {
  const file = services.file(params.textDocument.uri);
  const mode = services.settings().inlayDates;
  if (!file || mode === "off") return [];
  const out: InlayHint[] = [];
  walk(file, (node) => {
    if (node.kind !== "date" || typeof node.raw !== "string") return;
    const date = node as unknown as Temporal;
    if (date.first === undefined) return;
    const wanted = mode === "vi" ? date.style === "iso" : date.style === "vi";
    if (!wanted) return;
    const range = rangeOf(file, date.span);
    if (params.range && !rangesOverlap(range, params.range)) return;
    out.push({
      position: range.end,
      label: mode === "vi" ? formatVi(date.first) : formatIso(date.first),
      kind: InlayHintKind.Type,
      paddingLeft: true,
    });
  });
  return out;
}
