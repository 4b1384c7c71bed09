// Usage and I/O errors: thrown as `CliError` anywhere in the CLI, caught once in `main`, printed
// as ONE line `plancode: ...` on stderr in the user's locale, exit code 2. Never a stack trace
// (set PLANCODE_DEBUG=1 to get one for internal errors).
import { format, toLocale, type Locale, type Localized } from "../language/index.js";

export const CLI_MESSAGES = {
  missingVerb: {
    vi: "thiếu lệnh; dùng một trong: {verbs} (xem 'plancode --help')",
    en: "missing command; use one of: {verbs} (see 'plancode --help')",
  },
  unknownVerb: {
    vi: "không có lệnh '{verb}'{hint}; các lệnh: {verbs}",
    en: "unknown command '{verb}'{hint}; commands: {verbs}",
  },
  unknownFlag: { vi: "không có tùy chọn '{flag}'{hint}", en: "unknown option '{flag}'{hint}" },
  missingValue: { vi: "tùy chọn '{flag}' cần một giá trị", en: "option '{flag}' needs a value" },
  badValue: {
    vi: "giá trị '{value}' của '{flag}' không hợp lệ (cần {allowed})",
    en: "invalid value '{value}' for '{flag}' (expected {allowed})",
  },
  badInteger: {
    vi: "giá trị '{value}' của '{flag}' không hợp lệ (cần một số nguyên ≥ {min})",
    en: "invalid value '{value}' for '{flag}' (expected a whole number ≥ {min})",
  },
  unexpectedValue: { vi: "tùy chọn '{flag}' không nhận giá trị", en: "option '{flag}' takes no value" },
  unexpectedArgument: { vi: "thừa tham số '{arg}'", en: "unexpected argument '{arg}'" },
  missingArgument: { vi: "thiếu {what}", en: "missing {what}" },
  needsFlag: { vi: "tùy chọn '{flag}' cần có '{other}'", en: "option '{flag}' needs '{other}'" },
  conflictingFlags: { vi: "không dùng được '{flag}' cùng '{other}'{hint}", en: "options '{flag}' and '{other}' cannot be used together{hint}" },
  missingPath: { vi: "không tìm thấy tệp hoặc thư mục: {path}", en: "no such file or folder: {path}" },
  unreadable: { vi: "không đọc được {path}: {reason}", en: "cannot read {path}: {reason}" },
  unwritable: { vi: "không ghi được {path}: {reason}; tệp giữ nguyên", en: "cannot write {path}: {reason}; the file is unchanged" },
  readOnly: { vi: "{path} chỉ cho phép đọc; tệp giữ nguyên", en: "{path} is read-only; the file is unchanged" },
  changedOnDisk: {
    vi: "{path} đã bị thay đổi trong lúc định dạng; không ghi đè, tệp giữ nguyên",
    en: "{path} changed on disk while it was being formatted; not overwritten",
  },
  changedWhileFixing: {
    vi: "{path} đã bị thay đổi trong lúc sửa; không ghi đè, tệp giữ nguyên",
    en: "{path} changed on disk while it was being fixed; not overwritten",
  },
  outsideRoot: {
    vi: "{path} trỏ tới {target}, nằm ngoài không gian làm việc {root}; không ghi, tệp giữ nguyên",
    en: "{path} links to {target}, outside the workspace {root}; not written, the file is unchanged",
  },
  invalidConfig: { vi: "{path} không hợp lệ", en: "{path} is invalid" },
  fmtSyntax: {
    vi: "{path}:{line}:{column}: {message}; chưa định dạng (số lỗi cú pháp: {count})",
    en: "{path}:{line}:{column}: {message}; not formatted (syntax errors: {count})",
  },
  internalError: { vi: "lỗi nội bộ: {detail}", en: "internal error: {detail}" },
  ruleCrashed: {
    vi: "lỗi nội bộ trong quy tắc '{rule}' khi kiểm tra {path}: {detail}",
    en: "internal error in rule '{rule}' while checking {path}: {detail}",
  },
  fileCrashed: { vi: "lỗi nội bộ khi phân tích {path}: {detail}", en: "internal error while parsing {path}: {detail}" },
  formatCrashed: {
    vi: "lỗi nội bộ khi định dạng {path}: {detail}; tệp giữ nguyên",
    en: "internal error while formatting {path}: {detail}; the file is unchanged",
  },
  lspUnavailable: {
    vi: "máy chủ ngôn ngữ không có trong bản dựng này: {detail}",
    en: "the language server is not available in this build: {detail}",
  },
  tooManyWarnings: {
    vi: "quá nhiều cảnh báo ({count}, tối đa {max})",
    en: "too many warnings ({count}, maximum {max})",
  },
} satisfies Record<string, Localized>;

export type CliMessageId = keyof typeof CLI_MESSAGES;

/** A usage or I/O problem: one line on stderr and (by default) exit code 2. */
export class CliError extends Error {
  constructor(
    readonly messageId: CliMessageId,
    readonly data: Record<string, string | number> = {},
    readonly exitCode = 2,
  ) {
    super(cliMessage(messageId, data, "en"));
    this.name = "CliError";
  }

  /** The locale the error prefers when no `--locale` was given (e.g. plancode.json's); main decides. */
  locale?: Locale;

  render(locale: Locale): string {
    return cliMessage(this.messageId, this.data, locale);
  }

  /** The error's lines (most errors have one; an invalid plancode.json has one per problem). */
  lines(locale: Locale): string[] {
    return [this.render(locale)];
  }
}

/** A CLI message in one locale, always a single line. A `guess` in the data fills `{hint}` ("did you mean ..."). */
export function cliMessage(id: CliMessageId, data: Record<string, string | number>, locale: Locale): string {
  const hint = data.guess === undefined ? "" : didYouMean(String(data.guess), locale);
  return oneLine(format(CLI_MESSAGES[id][locale], { hint, ...data }));
}

function didYouMean(guess: string, locale: Locale): string {
  return locale === "vi" ? `; có phải ý bạn là '${guess}'?` : `; did you mean '${guess}'?`;
}

/** Collapses line breaks (file names and OS messages may hold them) so a message stays one line. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+\s*/g, " ").trim();
}

/** An unexpected exception in one line: its class (unless plain Error) and message, no stack. */
export function errorDetail(error: unknown): string {
  return oneLine(error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error));
}

/** `plancode: <message>\n` — the shape of every error line. */
export function errorLine(message: string): string {
  return `plancode: ${oneLine(message)}\n`;
}

const REASONS: Record<string, Localized> = {
  ENOENT: { vi: "không tồn tại", en: "no such file or folder" },
  EACCES: { vi: "không có quyền truy cập", en: "permission denied" },
  EPERM: { vi: "không được phép", en: "operation not permitted" },
  EISDIR: { vi: "là một thư mục", en: "is a folder" },
  ENOTDIR: { vi: "một phần của đường dẫn không phải thư mục", en: "a part of the path is not a folder" },
  ELOOP: { vi: "quá nhiều liên kết tượng trưng (vòng lặp?)", en: "too many symbolic links (a loop?)" },
  EROFS: { vi: "hệ thống tệp chỉ đọc", en: "read-only file system" },
  ENOSPC: { vi: "hết chỗ trên đĩa", en: "no space left on device" },
  EDQUOT: { vi: "vượt hạn mức đĩa", en: "disk quota exceeded" },
  EFBIG: { vi: "tệp quá lớn (vượt giới hạn kích thước tệp)", en: "file too large (over the file size limit)" },
  EIO: { vi: "lỗi vào/ra", en: "input/output error" },
  EMFILE: { vi: "mở quá nhiều tệp", en: "too many open files" },
  ENAMETOOLONG: { vi: "tên quá dài", en: "name too long" },
  EBUSY: { vi: "tài nguyên đang bận", en: "resource busy" },
  NOTREGULAR: { vi: "không phải tệp thông thường hay thư mục", en: "not a regular file or folder" },
  EINVAL: { vi: "thao tác không hợp lệ với tệp này", en: "invalid operation on this file" },
};

/** A file-system error in words, in the locale (falls back to the error's code or message). */
export function describeIoError(error: unknown, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code][locale];
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}

/** An I/O error on `path` as a CliError (exit 2). The reason is rendered in both locales later. */
export function ioError(kind: "unreadable" | "unwritable", path: string, error: unknown): CliError {
  return new LocalizedReasonError(kind, path, error);
}

class LocalizedReasonError extends CliError {
  constructor(
    kind: "unreadable" | "unwritable",
    path: string,
    private readonly cause0: unknown,
  ) {
    super(kind, { path, reason: describeIoError(cause0, "en") });
  }

  override render(locale: Locale): string {
    return cliMessage(this.messageId, { ...this.data, reason: describeIoError(this.cause0, locale) }, locale);
  }
}

/**
 * The locale of the CLI's own messages and of findings: `--locale`, else `plancode.json`'s
 * `locale`, else the environment (LC_ALL, then LC_MESSAGES, then LANG: `vi_VN.UTF-8` → vi), else en.
 */
export function resolveLocale(flag: string | undefined, configLocale: Locale | undefined, env: CliEnv): Locale {
  if (flag === "vi" || flag === "en") return flag;
  if (configLocale) return configLocale;
  return envLocale(env);
}

type CliEnv = Readonly<Record<string, string | undefined>>;

/** The locale the environment asks for (POSIX precedence: the first of LC_ALL, LC_MESSAGES, LANG that is set). */
export function envLocale(env: CliEnv): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return toLocale(value, "en");
}
