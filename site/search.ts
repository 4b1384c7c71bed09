// Finding documents by what people type: a name, a number, a body. Case never matters; typed
// without diacritics (`lam chau`) a query ignores them, typed with them (`Lâm Châu`) it keeps
// them (and so does not find `Làm`, `Lăm`). The words as one phrase first; if no document has
// the phrase, every document holding all the words. Pure; the app keeps one per data set.
import { foldName } from "../language/index.js";

export class DocumentSearch {
  private folded: string[] | undefined;

  /** `keys[i]`: what document i is found by, e.g. `${name} ${number} ${issuer}` (any case). */
  constructor(keys: readonly string[]) {
    this.keys = keys.map((k) => k.toLowerCase());
  }

  private readonly keys: string[];

  /** Which documents match (a byte each), among those `eligible` lets through (the other filters). */
  match(query: string, eligible: (i: number) => boolean = () => true): Uint8Array {
    const q = query.trim().toLowerCase().replace(/\s+/g, " ");
    const out = new Uint8Array(this.keys.length);
    const keys = foldName(q) === q ? (this.folded ??= this.keys.map(foldName)) : this.keys;
    let any = false;
    for (let i = 0; i < keys.length; i++) {
      if (eligible(i) && keys[i].includes(q)) {
        out[i] = 1;
        any = true;
      }
    }
    if (any || !q.includes(" ")) return out;
    const words = q.split(" ");
    for (let i = 0; i < keys.length; i++) if (eligible(i) && words.every((w) => keys[i].includes(w))) out[i] = 1;
    return out;
  }
}
