// Which names completion offers first, and how many. Pure: the workspace, the file and the site
// in, candidates in order out; the server only turns the first ones into LSP items.
//
// A nationwide workspace has 10,800 documents and 118,000 units. Listed in file order, the right
// parent plan was not in the first 60, the drafter's own body was 10th after `issuer`, and
// building every item took the server up to 1.3 s. So every candidate gets a score from
//   1. where it may legally go (its tier):
//      - `parent`: documents whose issuer contains the plan's issuer (what `hierarchy-parent`
//        accepts), those implementing the same directive first, then the nearest level up;
//      - `implements`: the directive the parent chain leads to;
//      - `continues`: documents of the same issuer;
//      - `issuer`, `in`: units declared in this file, then in its folder (`in`: levelled ones first);
//      - `to`: the parent's issuer and its organs, then those of the documents above it;
//      - `by` (approval steps): the issuer's own bodies; a line of `recipients`: the parent's
//        issuer and its organs, then the issuer's own bodies;
//   2. proximity: how many folders apart its file is from this one;
//   3. declaration order, so ties stay stable;
// and only the best `limit` that match what is typed so far are returned, with `incomplete` set
// when more matched (the editor asks again as the drafter types, and the list narrows here).
import { foldName, parse, type DocumentDecl, type ReferenceSite, type Span, type UnitDecl, type Workspace } from "../index.js";

/** Where completion is asked: the workspace, the file being edited and the document the cursor is in. */
export interface RankingScene {
  workspace: Workspace;
  uri: string;
  document?: DocumentDecl;
  /** The unit declaration the cursor is in (its `in` must not name itself or a unit below it). */
  unit?: UnitDecl;
}

/**
 * A name the lexer reads as one and no declaration has: written where the drafter is about to type
 * a name, it completes the statement, so the lines after it parse as they will (without it,
 * `parent ⏎ horizon 2025` reads `horizon` as the parent and loses the horizon). rust-analyzer and
 * TypeScript complete on a copy of the text with such a dummy name in the same way.
 */
const PLACEHOLDER = "plancode-completion-placeholder";

/**
 * The scene at a cursor: the document and the top-level unit it is in, read from the text with
 * `PLACEHOLDER` in place of the empty word being typed (`word`: the word under the cursor).
 */
export function rankingScene(workspace: Workspace, uri: string, text: string, offset: number, word: Span): RankingScene {
  const typing = word.end > word.start;
  const patched = typing ? text : `${text.slice(0, offset)}${PLACEHOLDER}${text.slice(offset)}`;
  const file = typing ? (workspace.getFile(uri) ?? parse(uri, text)) : parse(uri, patched);
  let last: (typeof file.decls)[number] | undefined;
  for (const d of file.decls) if (d.span.start <= offset) last = d;
  return {
    workspace,
    uri,
    document: last?.kind === "document" ? last : undefined,
    unit: last?.kind === "unit" ? last : undefined,
  };
}

export interface Chosen<T> {
  /** The best candidates, best first. */
  items: T[];
  /** More candidates matched than `limit`. */
  incomplete: boolean;
}

/**
 * Tiers, lower first: a site's own candidates take 0 to `NEAR - 1`; then come the rest, from this
 * file (`NEAR`), its folder, and elsewhere by folder distance (`ELSEWHERE`).
 */
const NEAR = 10;
const ELSEWHERE = NEAR + 2;

/** The units to offer at a reference site that names a unit, best first. */
export function rankUnits(scene: RankingScene, site: ReferenceSite | undefined, typed: string, limit: number): Chosen<UnitDecl> {
  const ws = scene.workspace;
  const matches = typedMatcher(typed);
  const excluded = site === "in" && scene.unit ? new Set(ws.subtree(scene.unit)) : undefined;
  const best = new Best<UnitDecl>(limit);
  // The site's own candidates, in the order it gives them.
  const tiers = unitTiers(scene, site);
  let i = 0;
  for (const [unit, tier] of tiers) if (matches(unit.name.text) && !excluded?.has(unit)) best.offer(unit, { tier, near: 0, uri: "", index: i++ });
  // The rest: this file, then its folder, then by folder distance (`in`: levelled units first).
  // A whole file is skipped when even its best unit could not be kept.
  const distances = FolderDistances.from(scene.uri);
  const levelledFirst = site === "in";
  for (const file of ws.eachFile()) {
    const distance = distances.of(file.uri);
    const tier = file.uri === scene.uri ? NEAR : distance === 0 ? NEAR + 1 : ELSEWHERE;
    const near = distance * 2;
    if (!best.couldKeep({ tier, near, uri: file.uri, index: 0 })) {
      best.passOver();
      continue;
    }
    let index = 0;
    forEachUnit(file.decls, (unit) => {
      index++;
      if (tiers.has(unit) || excluded?.has(unit) || !matches(unit.name.text)) return;
      best.offer(unit, { tier, near: near + (levelledFirst && !unit.level ? 1 : 0), uri: file.uri, index });
    });
  }
  return best.result();
}

/** The documents to offer after `parent`, `continues` or (directives only) `implements`, best first. */
export function rankDocuments(scene: RankingScene, site: ReferenceSite | undefined, typed: string, limit: number): Chosen<DocumentDecl> {
  const ws = scene.workspace;
  const plan = scene.document;
  const distances = FolderDistances.from(scene.uri);
  const issuer = plan?.issuer ? ws.lookupUnit(plan.issuer.text) : undefined;
  const parentIssuers = issuer ? possibleParentIssuers(ws, issuer) : new Set<string>();
  const below = new Set<DocumentDecl>(plan ? descendants(ws, plan) : []);
  const directive = plan ? directiveAbove(ws, plan) : undefined;
  const best = new Best<DocumentDecl>(limit);
  const matches = typedMatcher(typed);
  for (const file of ws.eachFile()) {
    const distance = distances.of(file.uri);
    let index = 0;
    for (const decl of file.decls) {
      if (decl.kind !== "document") continue;
      index++;
      // Not the document itself (the scene's copy may be a fresh parse of it: compared by name).
      if (decl === plan || decl.name.text === plan?.name.text || !matches(decl.name.text)) continue;
      if (site === "implements" && decl.docKind !== "directive") continue;
      let tier = ELSEWHERE;
      let near = distance;
      if (site === "parent" && issuer && decl.issuer && parentIssuers.has(decl.issuer.text) && !below.has(decl)) {
        const candidateIssuer = ws.lookupUnit(decl.issuer.text);
        if (candidateIssuer && ws.mayBeParentIssuer(candidateIssuer, issuer)) {
          const implemented = decl.docKind === "directive" ? decl.name.text : decl.implements?.text;
          tier = implemented !== undefined && implemented === plan?.implements?.text ? 0 : 1;
          // The nearest level up first (the deeper the candidate's levelled unit, the closer), then
          // the one more documents already name as parent (the directive before a programme under it).
          const root = ws.levelledUnit(candidateIssuer) ?? candidateIssuer;
          near = (100 - ws.containerChain(root).length) * 1e4 - Math.min(9999, ws.childrenOf(decl.name.text).length);
        }
      } else if (site === "implements" && decl === directive) tier = 0;
      else if (site === "continues" && plan?.issuer && decl.issuer?.text === plan.issuer.text) tier = 0;
      best.offer(decl, { tier, near, uri: file.uri, index });
    }
  }
  return best.result();
}

/**
 * The names of every unit whose documents may be the parent of one issued by `issuer`
 * (`Workspace.mayBeParentIssuer` holds for no other): the issuer, the units containing it, and the
 * organs of each levelled one among them. A few dozen names, so that 10,800 documents are sorted
 * out with one set lookup each.
 */
function possibleParentIssuers(ws: Workspace, issuer: UnitDecl): Set<string> {
  const chain = [issuer, ...ws.containerChain(issuer)];
  const names = new Set(chain.map((u) => u.name.text));
  for (const unit of chain) if (unit.level) for (const organ of ws.organsOf(unit)) names.add(organ.name.text);
  return names;
}

/** Calls `visit` for every unit of a file, nested ones included, in source order. */
function forEachUnit(decls: readonly { kind: string }[], visit: (unit: UnitDecl) => void): void {
  const walk = (unit: UnitDecl): void => {
    visit(unit);
    for (const child of unit.children) walk(child);
  };
  for (const d of decls) if (d.kind === "unit") walk(d as UnitDecl);
}

/** The site's own candidates, by unit: those it singles out, with their tier, in the order it gives them. */
function unitTiers(scene: RankingScene, site: ReferenceSite | undefined): Map<UnitDecl, number> {
  const ws = scene.workspace;
  const tiers = new Map<UnitDecl, number>();
  const add = (units: Iterable<UnitDecl>, tier: number) => {
    for (const u of units) if (!tiers.has(u)) tiers.set(u, tier);
  };
  const plans = scene.document ? [scene.document] : (ws.getFile(scene.uri)?.decls.filter((d): d is DocumentDecl => d.kind === "document") ?? []);
  const plan = scene.document;
  const own = plan?.issuer ? ws.lookupUnit(plan.issuer.text) : undefined;
  const ownRoot = own && (ws.levelledUnit(own) ?? own);
  if (site === "to" || site === "recipient") {
    // The parent's issuer and its organs, then those of each document further up.
    if (plan) ws.parentChain(plan).forEach((doc, i) => add(issuerAndOrgans(ws, doc), Math.min(i, NEAR - 2)));
    if (site === "recipient" && ownRoot) add(ws.subtree(ownRoot), NEAR - 1);
  } else if (site === "by" && ownRoot) {
    add(ws.subtree(ownRoot), 0);
  } else if (site === "in") {
    // Where the file's plans say its body belongs: the levelled unit of their parents' issuers.
    for (const doc of plans) {
      const parent = ws.parentDocument(doc);
      const issuer = parent?.issuer ? ws.lookupUnit(parent.issuer.text) : undefined;
      if (issuer) add([ws.levelledUnit(issuer) ?? issuer], 0);
    }
  }
  return tiers;
}

/** A document's issuer first, then the other organs of its levelled unit (not the levelled units below it). */
function issuerAndOrgans(ws: Workspace, doc: DocumentDecl): UnitDecl[] {
  const issuer = doc.issuer ? ws.lookupUnit(doc.issuer.text) : undefined;
  if (!issuer) return [];
  const root = ws.levelledUnit(issuer) ?? issuer;
  return [issuer, root, ...ws.organsOf(root)];
}

/** The directive a plan's parent chain leads to (the parent itself when it is one). */
function directiveAbove(ws: Workspace, plan: DocumentDecl): DocumentDecl | undefined {
  for (const doc of ws.parentChain(plan)) {
    if (doc.docKind === "directive") return doc;
    const named = doc.implements ? ws.lookupDocument(doc.implements.text) : undefined;
    if (named?.docKind === "directive") return named;
  }
  return undefined;
}

/** The documents below `doc` (its parent would make a cycle of them). */
function descendants(ws: Workspace, doc: DocumentDecl): DocumentDecl[] {
  const out: DocumentDecl[] = [];
  const seen = new Set<DocumentDecl>([doc]);
  for (let i = -1; i < out.length; i++) {
    const at = i < 0 ? doc : out[i];
    for (const child of ws.childrenOf(at.name.text)) {
      if (seen.has(child.decl)) continue;
      seen.add(child.decl);
      out.push(child.decl);
    }
  }
  return out;
}

/**
 * Whether a name matches what is typed so far: its letters in order, case and diacritics folded
 * (`hubg` finds `huyen-uy-binh-giang`), as the editor's own fuzzy filter would keep it.
 */
export function typedMatcher(typed: string): (name: string) => boolean {
  const want = foldName(typed);
  if (!want) return () => true;
  return (name) => {
    const have = isPlainAscii(name) ? name.toLowerCase() : foldName(name);
    let i = 0;
    for (let j = 0; j < have.length && i < want.length; j++) if (have[j] === want[i]) i++;
    return i === want.length;
  };
}

function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

/** Folders apart from the file being edited, per file URI (computed once per file). */
export class FolderDistances {
  private readonly here: string[];
  private readonly cache = new Map<string, number>();
  /** The last one made: a drafter asks again and again from the same file (distances never change). */
  private static last: FolderDistances | undefined;

  static from(uri: string): FolderDistances {
    if (FolderDistances.last?.uri !== uri) FolderDistances.last = new FolderDistances(uri);
    return FolderDistances.last;
  }

  constructor(readonly uri: string) {
    this.here = folderOf(uri);
  }

  /** Steps up from this file's folder to a common folder, then down to the other file's. */
  of(uri: string): number {
    let d = this.cache.get(uri);
    if (d === undefined) {
      const there = folderOf(uri);
      let common = 0;
      while (common < this.here.length && common < there.length && this.here[common] === there[common]) common++;
      d = this.here.length - common + (there.length - common);
      this.cache.set(uri, d);
    }
    return d;
  }

  sameFolder(uri: string): boolean {
    return this.of(uri) === 0;
  }
}

function folderOf(uri: string): string[] {
  const parts = uri.split("/");
  parts.pop();
  return parts;
}

/** How a candidate ranks, compared in this order, lower first: where it may go, proximity, then declaration order. */
interface Score {
  tier: number;
  near: number;
  uri: string;
  index: number;
}

function compare(a: Score, b: Score): number {
  return a.tier - b.tier || a.near - b.near || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.index - b.index;
}

/**
 * The `limit` best of a stream of candidates, without sorting them all: 118,000 units are
 * considered at each request, and only the few that beat the worst kept so far are placed.
 */
class Best<T> {
  private readonly kept: { value: T; score: Score }[] = [];
  private seen = 0;
  private passedOver = false;

  constructor(private readonly limit: number) {}

  /** Whether a candidate scored `score` (or worse) would be kept now. */
  couldKeep(score: Score): boolean {
    return this.kept.length < this.limit || compare(score, this.kept[this.kept.length - 1].score) < 0;
  }

  offer(value: T, score: Score): void {
    this.seen++;
    if (!this.couldKeep(score)) return;
    const kept = this.kept;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(kept[mid].score, score) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, { value, score });
    if (kept.length > this.limit) kept.pop();
  }

  /** Candidates were left out unseen (a file that could not beat the worst kept). */
  passOver(): void {
    this.passedOver = true;
  }

  result(): Chosen<T> {
    return { items: this.kept.map((k) => k.value), incomplete: this.passedOver || this.seen > this.kept.length };
  }
}
