// Keeping the workspace's derived indexes (declarations by kind, the unit tree) across an edit of
// one file instead of rebuilding them: on the nationwide workspace (118,000 units) rebuilding them
// after each keystroke in a plan that declares units was most of the language server's time to
// diagnostics (the sort of every unit by position, the container of every unit looked up again).
// Pure helpers over the structures `Workspace` owns; it decides when each applies.
import type { UnitDecl } from "../ast/nodes.js";

/** The part of a declaration the patches read. */
interface Declared {
  kind: string;
  name: { text: string };
}

/**
 * Replaces the entries of `uri` in `list` (sorted by uri, then offset, so one file's entries
 * are contiguous) by `entries` (that file's, in source order): the list stays sorted as a full
 * sort would leave it, without sorting.
 */
export function spliceFile<T extends { uri: string }>(list: T[], uri: string, entries: readonly T[]): void {
  const lo = firstAtOrAfter(list, uri, false);
  const hi = firstAtOrAfter(list, uri, true);
  if (entries.length <= 1000) {
    list.splice(lo, hi - lo, ...entries);
    return;
  }
  // Not spread into one call: a file may declare more names than a call takes arguments.
  const tail = list.slice(hi);
  list.length = lo;
  for (const e of entries) list.push(e);
  for (const e of tail) list.push(e);
}

/** The first index whose uri is ≥ `uri` (or > `uri` when `after`). */
function firstAtOrAfter(list: readonly { uri: string }[], uri: string, after: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const u = list[mid].uri;
    if (u < uri || (after && u === uri)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A file's declarations of one kind, in source order. */
export function ofKind<D extends Declared>(decls: readonly D[] | undefined, kind: string): D[] {
  return decls ? decls.filter((d) => d.kind === kind) : [];
}

/** Whether two files' declarations of a kind have the same names in the same order. */
export function sameNames(before: readonly Declared[], after: readonly Declared[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) if (before[i].name.text !== after[i].name.text) return false;
  return true;
}

/** The unit tree as `Workspace.subtree` walks it. */
export interface SubtreeIndex {
  /** Every unit of `units()`, with its file. */
  located: Map<UnitDecl, { decl: UnitDecl; uri: string }>;
  /** The units whose container (`containerOf`) is the key. */
  children: Map<UnitDecl, UnitDecl[]>;
}

/**
 * Puts a re-parsed file's units in the place of its old ones in the unit tree. Only when the
 * file's `structureKey` did not change: the same units, in the same order, with the same
 * containers, `in`, levels and codes, so the tree is the same but for the objects (the i-th unit
 * before is the i-th after). `containerOf` is the workspace's, already answering with the new units.
 */
export function remapUnits(index: SubtreeIndex, uri: string, before: readonly UnitDecl[], after: readonly UnitDecl[], containerOf: (u: UnitDecl) => UnitDecl | undefined): void {
  const renamed = new Map<UnitDecl, UnitDecl>();
  for (let i = 0; i < before.length; i++) renamed.set(before[i], after[i]);
  for (let i = 0; i < before.length; i++) {
    index.located.delete(before[i]);
    index.located.set(after[i], { decl: after[i], uri });
    const children = index.children.get(before[i]);
    if (!children) continue;
    index.children.delete(before[i]);
    index.children.set(after[i], children);
  }
  // Each unit's entry in its container's list (the container may be in another file, or this
  // one); each list patched once, however many of the file's units it holds.
  const lists = new Set<UnitDecl[]>();
  for (const unit of after) {
    const container = containerOf(unit);
    const list = container && index.children.get(container);
    if (list) lists.add(list);
  }
  for (const list of lists) {
    for (let k = 0; k < list.length; k++) {
      const now = renamed.get(list[k]);
      if (now) list[k] = now;
    }
  }
}
