// The data as the views use it: `SiteData` plus what is derived once at load (children, depth,
// overdue counts of each branch, search keys) and each document's details, loaded on demand
// from the chunk files of the static site or taken from the data in the editor.
import type { SiteData, SiteDetailChunk, SiteDetails, SiteDoc } from "../data.js";
import { DocumentSearch } from "../search.js";
import { WORDS, type Words } from "../words.js";

export interface Task {
  name: string;
  title: string;
  depth: number;
  covers: number[];
  lead: string;
  support: string[];
  due: number | string | null;
  indicators: { text: string; target: string }[];
}

export interface Details {
  tasks: Task[];
  history: { day: number; event: string; note: string }[];
}

export interface Filters {
  query: string;
  /** Index into levels, or -1 for all. */
  level: number;
  /** A state name, or "" for all. */
  state: string;
  overdueOnly: boolean;
}

export const NO_FILTERS: Filters = { query: "", level: -1, state: "", overdueOnly: false };

export function filtering(f: Filters): boolean {
  return f.query.trim() !== "" || f.level >= 0 || f.state !== "" || f.overdueOnly;
}

declare global {
  interface Window {
    plancodeDetails?: (chunk: SiteDetailChunk) => void;
  }
}

export class Site {
  readonly words: Words;
  readonly docs: SiteDoc[];
  /** Children of each document, in tree order. */
  readonly children: number[][];
  readonly roots: number[];
  readonly depth: Int32Array;
  /** Documents with something overdue in each branch (the document itself included). */
  readonly overdueBelow: Int32Array;
  /** Documents with a report overdue in each branch. */
  readonly reportsOverdueBelow: Int32Array;
  private readonly byName = new Map<string, number>();
  private search: DocumentSearch | undefined;
  private readonly details = new Map<number, Details>();
  private readonly chunks = new Map<number, Promise<void>>();

  constructor(readonly data: SiteData) {
    this.words = WORDS[data.locale];
    this.docs = data.docs;
    const n = this.docs.length;
    this.children = Array.from({ length: n }, () => []);
    this.roots = [];
    this.depth = new Int32Array(n);
    this.overdueBelow = new Int32Array(n);
    this.reportsOverdueBelow = new Int32Array(n);
    this.docs.forEach((d, i) => {
      if (!this.byName.has(d.name)) this.byName.set(d.name, i);
      if (d.parent >= 0) {
        this.children[d.parent].push(i);
        this.depth[i] = this.depth[d.parent] + 1;
      } else this.roots.push(i);
      if (d.overdue.length) this.overdueBelow[i] = 1;
      if (d.overdue.some(([what]) => what === "report")) this.reportsOverdueBelow[i] = 1;
    });
    // Parents come before their children: summing from the end adds each branch into its parent.
    for (let i = n - 1; i >= 0; i--) {
      const p = this.docs[i].parent;
      if (p < 0) continue;
      this.overdueBelow[p] += this.overdueBelow[i];
      this.reportsOverdueBelow[p] += this.reportsOverdueBelow[i];
    }
  }

  str(i: number): string {
    return i >= 0 ? (this.data.strings[i] ?? "") : "";
  }

  indexOf(name: string): number {
    return this.byName.get(name) ?? -1;
  }

  /** The document's ancestors, nearest first. */
  ancestors(i: number): number[] {
    const out: number[] = [];
    for (let p = this.docs[i].parent; p >= 0; p = this.docs[p].parent) out.push(p);
    return out;
  }

  /** Number · issuing body: how people name a document. */
  label(i: number): string {
    const d = this.docs[i];
    const number = this.str(d.number);
    return number ? `${number} · ${this.issuerOf(i)}` : `${d.name} · ${this.issuerOf(i)}`;
  }

  /** The issuer's full name, with its province or district when the issuer is one of its bodies. */
  issuerOf(i: number): string {
    const d = this.docs[i];
    const unit = this.str(d.unit);
    return unit ? `${this.str(d.issuer)} (${unit})` : this.str(d.issuer) || d.name;
  }

  /** Which documents pass the filters (a byte per document); the search is `site/search.ts`'s. */
  match(f: Filters): Uint8Array {
    const pass = (i: number): boolean => {
      const d = this.docs[i];
      return (f.level < 0 || d.level === f.level) && (!f.state || d.state === f.state) && (!f.overdueOnly || d.overdue.length > 0);
    };
    if (!f.query.trim()) return Uint8Array.from(this.docs, (_, i) => (pass(i) ? 1 : 0));
    // Name, number and issuer — not the title: nearly every title names the plan above it.
    this.search ??= new DocumentSearch(this.docs.map((d, i) => `${d.name} ${this.str(d.number)} ${this.issuerOf(i)}`));
    return this.search.match(f.query, pass);
  }

  /** A document's tasks and history: at once in the editor, from its chunk file in the static site. */
  async detailsOf(i: number): Promise<Details> {
    const known = this.details.get(i);
    if (known) return known;
    const details = this.data.details;
    if (Array.isArray(details)) {
      const resolved = resolve(details[i], this.data.strings);
      this.details.set(i, resolved);
      return resolved;
    }
    const k = Math.floor(i / details.perFile);
    await this.loadChunk(k, `${details.prefix}${k}.js`);
    const loaded = this.details.get(i);
    if (!loaded) throw new Error(`no details for document ${i} in ${details.prefix}${k}.js`);
    return loaded;
  }

  private loadChunk(k: number, src: string): Promise<void> {
    let pending = this.chunks.get(k);
    if (pending) return pending;
    pending = new Promise<void>((done, fail) => {
      // The chunk file calls this global; it may hold any chunk, so each registers by `first`.
      window.plancodeDetails = (chunk) => chunk.details.forEach((d, j) => this.details.set(chunk.first + j, resolve(d, chunk.strings)));
      const script = document.createElement("script");
      script.src = src;
      script.onload = () => done();
      script.onerror = () => {
        this.chunks.delete(k);
        fail(new Error(`cannot load ${src}`));
      };
      document.head.append(script);
    });
    this.chunks.set(k, pending);
    return pending;
  }
}

function resolve(d: SiteDetails, strings: readonly string[]): Details {
  const s = (i: number): string => (i >= 0 ? (strings[i] ?? "") : "");
  return {
    tasks: d.tasks.map(([name, title, depth, covers, lead, support, due, indicators]) => ({
      name,
      title: s(title),
      depth,
      covers,
      lead: s(lead),
      support: support.map(s),
      due,
      indicators: indicators.map(([text, target]) => ({ text: s(text), target })),
    })),
    history: d.history.map(([day, event, note]) => ({ day, event, note: s(note) })),
  };
}
