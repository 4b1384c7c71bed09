// Messages of the `syntax` rule: lexer and parser problems, in both languages.
import { KEYWORDS } from "../lexer/tokens.js";
import type { Locale, Localized } from "./messages.js";
import { format } from "./messages.js";

export const SYNTAX_MESSAGES: Record<string, Localized> = {
  unexpectedChar: { vi: "Ký tự không hợp lệ '{char}'", en: "Unexpected character '{char}'" },
  unterminatedString: { vi: "Chuỗi chưa được đóng bằng dấu \"", en: "Unterminated string: missing closing \"" },
  unterminatedComment: { vi: "Chú thích /* chưa được đóng bằng */", en: "Unterminated comment: missing */" },
  expectedToken: { vi: "Cần {expected} nhưng gặp '{found}'", en: "Expected {expected} but found '{found}'" },
  unexpectedToken: { vi: "Không hiểu '{found}' ở đây{hint}", en: "Unexpected '{found}'{hint}" },
  unexpectedEnd: { vi: "Tệp kết thúc đột ngột: cần {expected}", en: "Unexpected end of file: expected {expected}" },
  invalidDate: { vi: "Ngày không tồn tại: {text}", en: "Not a valid date: {text}" },
  expectedDate: { vi: "Cần một ngày, tháng, quý hoặc năm (4 chữ số), gặp {text}", en: "Expected a date, month, quarter or 4-digit year, found {text}" },
  unknownEvent: { vi: "Sự kiện không hợp lệ '{word}'; dùng một trong: {words}", en: "Unknown history event '{word}'; use one of: {words}" },
  reviewNeedsKind: { vi: "Sau 'reviewed' cần ghi rõ 'preliminary' (sơ kết) hoặc 'final' (tổng kết)", en: "'reviewed' must say which review: preliminary or final" },
  nestingTooDeep: { vi: "Các khối lồng nhau quá sâu (quá {max} cấp): phần bên trong bị bỏ qua", en: "Blocks nested too deeply (more than {max} levels): the inner part is skipped" },
  tooManyProblems: { vi: "Quá nhiều lỗi cú pháp: {count} lỗi sau đây không được liệt kê", en: "Too many syntax errors: {count} more are not listed" },
  invalidUtf8: { vi: "Tệp không phải UTF-8 hợp lệ (byte lỗi đầu tiên ở vị trí {byte})", en: "File is not valid UTF-8 (first bad byte at offset {byte})" },
};

const TOKEN_NAMES: Record<string, Localized> = {
  Name: { vi: "một tên", en: "a name" },
  StringLiteral: { vi: "một chuỗi \"...\"", en: "a string \"...\"" },
  TemporalLiteral: { vi: "một ngày", en: "a date" },
  NumberLiteral: { vi: "một số", en: "a number" },
  Percent: { vi: "một tỷ lệ %", en: "a percentage" },
  DurationUnitWord: { vi: "days/months/years", en: "days/months/years" },
  LBrace: { vi: "'{'", en: "'{'" },
  RBrace: { vi: "'}'", en: "'}'" },
  Comma: { vi: "','", en: "','" },
  EOF: { vi: "hết tệp", en: "end of file" },
};

/** A token type name from the parser (`Kw_lead`, `Name`, ...) in words. */
export function describeToken(name: string, locale: Locale): string {
  if (name.startsWith("Kw_")) return `'${name.slice(3)}'`;
  if (KEYWORDS.includes(name)) return `'${name}'`;
  return TOKEN_NAMES[name]?.[locale] ?? name;
}

export function syntaxMessage(messageId: string, data: Record<string, string>, locale: Locale): string {
  const template = SYNTAX_MESSAGES[messageId] ?? SYNTAX_MESSAGES.unexpectedToken;
  const expected = (data.expected ?? "")
    .split("|")
    .filter(Boolean)
    .slice(0, 6)
    .map((n) => describeToken(n, locale))
    .join(locale === "vi" ? " hoặc " : " or ");
  const hint = expected ? (locale === "vi" ? `; cần ${expected}` : `; expected ${expected}`) : "";
  return format(template[locale], { ...data, expected: expected || (locale === "vi" ? "thêm nội dung" : "more input"), hint });
}
