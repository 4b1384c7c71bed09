// Bodies by their full names, as people know them: the unit's title (`Ban Tuyên giáo Tỉnh ủy`),
// never its identifier (`btg-tu-bd`) unless it has no title or does not resolve.
import type { UnitDecl, Workspace } from "../language/index.js";

/** The full name of the unit called `name` (its identifier when it has no title or is unknown). */
export function bodyName(ws: Workspace, name: string): string {
  return ws.lookupUnit(name)?.title?.value ?? name;
}

/**
 * The levelled unit an issuer belongs to, when it is not the issuer itself: "Ban Thường vụ Tỉnh
 * ủy" is a body of many provinces, and only "Tỉnh ủy Bình Thuận" says which.
 */
export function placeOf(ws: Workspace, unit: UnitDecl | undefined): string | undefined {
  if (!unit) return undefined;
  const levelled = ws.levelledUnit(unit);
  if (!levelled || levelled === unit) return undefined;
  return levelled.title?.value ?? levelled.name.text;
}
