// The source as the formatter reads it: the file's tokens (re-lexed, comments apart) and
// comments, both sorted by offset, with range queries and line-break counting over the
// whitespace between them. The formatter never reads characters other than through these.
import type { Comment, SourceFile } from "../ast/nodes.js";
import { lex } from "../lexer/index.js";

export interface Tok {
  /** The token as written (a string keeps its quotes, escapes and line breaks). */
  image: string;
  start: number;
  end: number;
}

export type LineEnding = "\n" | "\r\n" | "\r";

export class FormatSource {
  readonly text: string;
  readonly tokens: Tok[];
  readonly comments: Comment[];

  constructor(file: SourceFile) {
    this.text = file.text;
    this.tokens = lex(file.text).tokens.map((t) => ({ image: t.image, start: t.startOffset, end: t.startOffset + t.image.length }));
    this.comments = [...file.comments].sort((a, b) => a.span.start - b.span.start);
  }

  /** Tokens lying within [start, end), in order. */
  tokensIn(start: number, end: number): Tok[] {
    const out: Tok[] = [];
    for (let i = lowerBound(this.tokens, start, (t) => t.start); i < this.tokens.length && this.tokens[i].start < end; i++) {
      if (this.tokens[i].end <= end) out.push(this.tokens[i]);
    }
    return out;
  }

  /** Comments starting within [start, end), in order. */
  commentsIn(start: number, end: number): Comment[] {
    const out: Comment[] = [];
    for (let i = lowerBound(this.comments, start, (c) => c.span.start); i < this.comments.length && this.comments[i].span.start < end; i++) {
      out.push(this.comments[i]);
    }
    return out;
  }

  /** Line breaks in text[from, to) (`\r\n` counts once); callers pass whitespace-only gaps. */
  lineBreaks(from: number, to: number): number {
    return countBreaks(this.text, from, to).total;
  }

  /**
   * The line ending the file mostly uses, counted over the line breaks between tokens and
   * comments only (those inside strings and block comments are text, kept as written, and would
   * make the choice unstable). Ties and files without a line break go to `\n`.
   */
  lineEnding(): LineEnding {
    const counts = { lf: 0, crlf: 0, cr: 0 };
    let at = 0;
    const gap = (to: number): void => {
      const c = countBreaks(this.text, at, to);
      counts.lf += c.lf;
      counts.crlf += c.crlf;
      counts.cr += c.cr;
    };
    const pieces = [...this.tokens.map((t) => ({ start: t.start, end: t.end })), ...this.comments.map((c) => c.span)];
    pieces.sort((a, b) => a.start - b.start);
    for (const p of pieces) {
      gap(p.start);
      at = Math.max(at, p.end);
    }
    gap(this.text.length);
    if (counts.crlf > counts.lf && counts.crlf >= counts.cr) return "\r\n";
    if (counts.cr > counts.lf && counts.cr > counts.crlf) return "\r";
    return "\n";
  }
}

function countBreaks(text: string, from: number, to: number): { lf: number; crlf: number; cr: number; total: number } {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lf++;
    else if (c === 13) {
      if (i + 1 < to && text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    }
  }
  return { lf, crlf, cr, total: lf + crlf + cr };
}

/** The first index whose key is >= `value` in a list sorted by key. */
function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
