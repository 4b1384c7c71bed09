// The cascade as a tree: the order the dashboard lists documents in. Each document hangs under
// its `parent` when that parent is one of the listed documents; the others are roots. Children
// go by level, then by issuing body (Vietnamese collation), then by name; roots by the size of
// their cascade (the directive everyone works on first). A cycle of `parent` links (an error
// `hierarchy-parent` reports) is cut where the walk first meets it, so every document is listed
// exactly once.

export interface TreeInput {
  /** Index of each document's parent among the same documents, or -1. */
  parent: readonly number[];
  /** What children are sorted by, in order: level rank, issuer, name. */
  rank: readonly number[];
  issuer: readonly string[];
  name: readonly string[];
}

export interface TreeOrder {
  /** Document indices in tree order (depth first, a parent before its children). */
  order: number[];
  /** Each document's parent in the tree (-1 for roots, including where a cycle was cut). */
  parent: number[];
}

const collator = new Intl.Collator("vi", { numeric: true });

export function treeOrder(input: TreeInput): TreeOrder {
  const n = input.parent.length;
  const byRank = (a: number, b: number): number =>
    input.rank[a] - input.rank[b] || collator.compare(input.issuer[a], input.issuer[b]) || collator.compare(input.name[a], input.name[b]) || a - b;

  const children: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = input.parent[i];
    if (p >= 0 && p < n && p !== i) children[p].push(i);
    else roots.push(i);
  }
  for (const list of children) list.sort(byRank);

  // Subtree sizes, for the order of the roots (iterative: a chain may be long).
  const size = new Array<number>(n).fill(1);
  const done = new Array<boolean>(n).fill(false);
  const walk = (root: number, visit: (i: number, parent: number) => void): void => {
    const stack: [number, number][] = [[root, -1]];
    while (stack.length) {
      const [i, p] = stack.pop()!;
      if (done[i]) continue;
      done[i] = true;
      visit(i, p);
      for (let c = children[i].length - 1; c >= 0; c--) stack.push([children[i][c], i]);
    }
  };
  const sizeOf = (root: number): number => {
    const seen: number[] = [];
    walk(root, (i) => seen.push(i));
    for (const i of seen) done[i] = false;
    return seen.length;
  };
  for (const r of roots) size[r] = sizeOf(r);
  roots.sort((a, b) => size[b] - size[a] || byRank(a, b));

  const order: number[] = [];
  const parent = new Array<number>(n).fill(-1);
  const visit = (i: number, p: number): void => {
    order.push(i);
    parent[i] = p;
  };
  for (const r of roots) walk(r, visit);
  // Whatever is left hangs off a cycle: start at its first document, in input order.
  for (let i = 0; i < n; i++) if (!done[i]) walk(i, visit);
  return { order, parent };
}
