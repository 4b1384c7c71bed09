// Inlay hints for dates: after each date written in ISO form its Vietnamese form
// (`2023-09-12` ▸ 12/09/2023), or with `iso` the ISO form after Vietnamese dates.
import { formatIso, formatVi, type SourceFile, type Span, type Temporal } from "../index.js";
import { walk } from "./walk.js";

export interface DateHint {
  /** The date the hint follows. */
  span: Span;
  label: string;
}

/** `show`: the form to show (`vi` after ISO dates, `iso` after Vietnamese ones). Periods and invalid dates get none. */
export function dateHints(file: SourceFile, show: "vi" | "iso"): DateHint[] {
  const out: DateHint[] = [];
  walk(file, (node) => {
    if (node.kind !== "date" || typeof node.raw !== "string") return;
    const date = node as unknown as Temporal;
    if (date.first === undefined) return;
    if (show === "vi" ? date.style !== "iso" : date.style !== "vi") return;
    out.push({ span: date.span, label: show === "vi" ? formatVi(date.first) : formatIso(date.first) });
  });
  return out;
}
