// `plancode site [paths...] [-o DIR] [--as-of DATE] [--runs N] [--seed N] [--locale vi|en]`
// The cascade dashboard as a static site: DIR/index.html (default plancode-site/) opens from the
// file system with no server and no network. The data is site/model.ts's (the documents
// `status` lists, with the same states and overdue items, and the directive's cascade simulated
// as `simulate` does); site/render.ts makes the files; they replace DIR only once all are
// written (host/replace-dir.ts), and only if DIR is empty or a site this command wrote.
// The site is in Vietnamese unless --locale or plancode.json says otherwise: it is made for its
// readers, not for the shell that builds it. Exit 0, or 2 on a usage or I/O error.
import { join, relative, resolve, sep } from "node:path";
import { format, type Locale, type Localized } from "../../language/index.js";
import { NotReplaceableError, readFileHead, replaceDir } from "../../host/replace-dir.js";
import { buildSiteData } from "../../site/model.js";
import { GENERATOR, renderSite } from "../../site/render.js";
import { displayPath, uriToPath } from "../../host/index.js";
import { CliError, ioError } from "../errors.js";
import type { CliIO } from "../io.js";
import { siteAssets } from "../site-assets.js";
import { reportFailures, verbArgs } from "../verb.js";
import { loadWorkspace } from "../workspace.js";
import { simulationConfig } from "./simulate.js";
import { asOfDay } from "./workflow-shared.js";

export const FLAGS = {
  out: { type: "string", short: "o", valueName: "DIR" },
  "as-of": { type: "string", valueName: "DATE" },
  runs: { type: "integer", min: 1 },
  seed: { type: "integer", min: 0 },
  locale: { type: "string", choices: ["vi", "en"] },
  help: { type: "boolean", short: "h" },
} as const;

export const DEFAULT_DIR = "plancode-site";

const DETAILS = {
  en: `-o DIR    the folder to write (default: ${DEFAULT_DIR}); an existing one is replaced only if it is
          empty or a site written by this command, and only once the new site is complete
--as-of   the date of the figures: YYYY-MM-DD or D/M/YYYY (default: today)
--runs    simulation runs (default: plancode.json "simulation.runs", else 1000)
--seed    seed of the simulation (default: plancode.json "simulation.seed", else 1)
--locale  language of the site: vi or en (default: plancode.json, else vi)
Open DIR/index.html in a browser, or put DIR on any web server as it is.`,
  vi: `-o DIR    thư mục cần ghi (mặc định: ${DEFAULT_DIR}); thư mục đã có chỉ được thay khi trống hoặc
          là trang do lệnh này tạo, và chỉ khi trang mới đã ghi xong
--as-of   ngày của số liệu: YYYY-MM-DD hoặc D/M/YYYY (mặc định: hôm nay)
--runs    số lần mô phỏng (mặc định: "simulation.runs" trong plancode.json, hoặc 1000)
--seed    hạt giống của mô phỏng (mặc định: "simulation.seed" trong plancode.json, hoặc 1)
--locale  ngôn ngữ của trang: vi hoặc en (mặc định: plancode.json, hoặc vi)
Mở DIR/index.html bằng trình duyệt, hoặc đặt nguyên thư mục DIR lên một máy chủ web bất kỳ.`,
};

const MESSAGES = {
  notAFolder: { vi: "{path} đã có và không phải thư mục; không ghi", en: "{path} exists and is not a folder; nothing written" },
  notOurs: {
    vi: "{path} đã có tệp không do 'plancode site' tạo; không ghi đè (chọn thư mục khác với -o)",
    en: "{path} holds files 'plancode site' did not write; not replaced (choose another folder with -o)",
  },
  written: {
    vi: "Đã ghi {path}/ ({documents} văn bản, {files} tệp, {size}); mở {path}/index.html",
    en: "Wrote {path}/ ({documents} documents, {files} files, {size}); open {path}/index.html",
  },
} satisfies Record<string, Localized>;

class SiteCliError extends CliError {
  constructor(
    private readonly id: "notAFolder" | "notOurs",
    private readonly path: string,
  ) {
    super("internalError", { detail: format(MESSAGES[id].en, { path }) });
    this.name = "SiteCliError";
  }

  override render(locale: Locale): string {
    return format(MESSAGES[this.id][locale], { path: this.path });
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = verbArgs("site", argv, FLAGS, io, DETAILS);
  if (!args) return 0;
  const { flags, positionals } = args;
  const asOf = asOfDay(flags["as-of"], io);
  const loaded = await loadWorkspace(positionals, io, { locale: flags.locale });
  const settings = simulationConfig(loaded, io);
  const siteLocale: Locale = flags.locale ?? loaded.config?.config.locale ?? "vi";
  const data = buildSiteData(loaded.workspace, {
    asOf,
    locale: siteLocale,
    uris: loaded.targets,
    fileName: (uri) => relative(loaded.root, uriToPath(uri) ?? uri).split(sep).join("/"),
    simulation: { runs: flags.runs ?? settings.runs ?? 1000, seed: flags.seed ?? settings.seed ?? 1, delays: settings.delays },
  });
  const files = renderSite(data, siteAssets());
  const dir = resolve(io.cwd, flags.out ?? DEFAULT_DIR);
  const shown = displayPath(io, dir);
  try {
    replaceDir(dir, files, { replaceable: isOurSite });
  } catch (error) {
    if (error instanceof NotReplaceableError) throw withLocale(new SiteCliError(error.reason, shown), loaded.locale);
    throw withLocale(ioError("unwritable", shown, error), loaded.locale);
  }
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  const count = (n: number) => new Intl.NumberFormat(loaded.locale).format(n);
  const size = `${new Intl.NumberFormat(loaded.locale, { maximumFractionDigits: 1 }).format(bytes / 1e6)} MB`;
  io.stdout(`${format(MESSAGES.written[loaded.locale], { path: shown, documents: count(data.docs.length), files: count(files.length), size })}\n`);
  return reportFailures(loaded, io);
}

function withLocale(error: CliError, locale: Locale): CliError {
  error.locale = locale;
  return error;
}

/** A folder this command wrote: its index.html names it as the generator. */
function isOurSite(dir: string): boolean {
  return readFileHead(join(dir, "index.html"))?.includes(`<meta name="generator" content="${GENERATOR}">`) ?? false;
}
