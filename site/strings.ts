// The string table of the site's data: each distinct string once, referred to by index. A
// nationwide workspace names the same bodies, task titles and indicators thousands of times.

export class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  /** The index of `text` (added on first use); -1 for undefined. */
  id(text: string | undefined): number {
    if (text === undefined) return -1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}
