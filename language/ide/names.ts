// Whether a string can be a name, for rename: exactly what the lexer reads as one name (so
// `Khac.` and `ban-tg-` are names, LANGUAGE.md: a name may end in `-` or `.`), not a keyword, and
// compared in the one spelling the parser gives names (NFC: `Hộ` typed precomposed or decomposed
// is the same name).
import { canonicalName, lex } from "../index.js";

export type NameCheck =
  /** `name`: the canonical (NFC) spelling, the one declarations and references are compared in. */
  | { ok: true; name: string }
  | { ok: false; problem: "notAName" | "keyword" };

export function checkName(text: string): NameCheck {
  if (typeof text !== "string" || text === "") return { ok: false, problem: "notAName" };
  const lexed = lex(text);
  const token = lexed.tokens[0];
  if (lexed.tokens.length !== 1 || lexed.problems.length || lexed.comments.length || token.image !== text) return { ok: false, problem: "notAName" };
  if (token.tokenType.name !== "Name") return { ok: false, problem: token.tokenType.name.startsWith("Kw_") ? "keyword" : "notAName" };
  return { ok: true, name: canonicalName(text) };
}
