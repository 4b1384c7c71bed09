// textDocument/inlayHint — needs: parsed. The date hints of language/ide/date-hints.ts in the
// requested range, per the `plancode.inlayHints.dates` setting (`off` shows none).
import { InlayHintKind, type InlayHint, type InlayHintParams } from "vscode-languageserver/node.js";
import { dateHints } from "../../language/ide/index.js";
import { rangeOf, rangesOverlap } from "../convert.js";
import type { Services } from "../services.js";

export function inlayHints(services: Services, params: InlayHintParams): InlayHint[] {
  const file = services.file(params.textDocument.uri);
  const mode = services.settings().inlayDates;
  if (!file || mode === "off") return [];
  const out: InlayHint[] = [];
  for (const hint of dateHints(file, mode)) {
    const range = rangeOf(file, hint.span);
    if (params.range && !rangesOverlap(range, params.range)) continue;
    out.push({ position: range.end, label: hint.label, kind: InlayHintKind.Type, paddingLeft: true });
  }
  return out;
}
