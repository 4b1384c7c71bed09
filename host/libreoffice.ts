// .docx → PDF through LibreOffice (`soffice --headless --convert-to pdf`). The host layer: the one
// place that finds a program on this machine and runs it. Each conversion runs in a private
// temporary folder with its own LibreOffice profile (`-env:UserInstallation`), so parallel
// conversions and a user's open LibreOffice never share a profile lock; the folder is removed
// afterwards whatever happened. Failures are typed errors with a one-line message in vi and en;
// the CLI turns them into exit 2.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { format, type Localized } from "../language/i18n/messages.js";

/** The environment variable naming the converter's executable (wins over the search). */
export const CONVERTER_ENV = "PLANCODE_SOFFICE";

const NAMES = ["soffice", "libreoffice"];

/** Where installers put LibreOffice outside PATH. */
const WELL_KNOWN: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
  win32: ["C:\\Program Files\\LibreOffice\\program\\soffice.exe", "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe"],
};

export type ConverterErrorKind = "missing" | "failed" | "timeout";

export class ConverterError extends Error {
  constructor(
    readonly kind: ConverterErrorKind,
    /** The one line to show, in both locales. */
    readonly text: Localized,
    /** For PLANCODE_DEBUG: the converter's own output, if any. */
    readonly details = "",
  ) {
    super(text.en);
    this.name = "ConverterError";
  }
}

export const CONVERTER_MESSAGES = {
  missing: {
    vi: "Cần LibreOffice để xuất PDF nhưng không tìm thấy lệnh soffice. Trên Debian/Ubuntu: “sudo apt-get install libreoffice-writer-nogui fonts-liberation2”; nơi khác: cài LibreOffice (libreoffice.org) hoặc đặt PLANCODE_SOFFICE là đường dẫn tới soffice.",
    en: "PDF export needs LibreOffice, but no soffice command was found. On Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation2; elsewhere: install LibreOffice (libreoffice.org) or set PLANCODE_SOFFICE to the path of soffice.",
  },
  missingAt: {
    vi: "PLANCODE_SOFFICE trỏ tới {path}, nhưng ở đó không có chương trình chạy được.",
    en: "PLANCODE_SOFFICE points to {path}, which is not an executable program.",
  },
  failed: {
    vi: "LibreOffice không chuyển được tệp sang PDF (mã thoát {code}).",
    en: "LibreOffice could not convert the file to PDF (exit code {code}).",
  },
  timeout: {
    vi: "LibreOffice chưa chuyển xong sang PDF sau {seconds} giây; đã dừng.",
    en: "LibreOffice did not finish the PDF conversion within {seconds} seconds; stopped.",
  },
} satisfies Record<string, Localized>;

function fill(message: Localized, data: Record<string, string | number>): Localized {
  return { vi: format(message.vi, data), en: format(message.en, data) };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface FindOptions {
  platform?: NodeJS.Platform;
  /** Tests swap the file-system check. */
  isExecutable?: (path: string) => boolean;
}

/**
 * The converter's executable: `PLANCODE_SOFFICE` if set, else `soffice` or `libreoffice` on PATH,
 * else LibreOffice's usual install location; undefined when there is none. Throws a
 * `ConverterError` when `PLANCODE_SOFFICE` names something that cannot run (a typo should not
 * silently pick another LibreOffice).
 */
export function findConverter(env: NodeJS.ProcessEnv = process.env, options: FindOptions = {}): string | undefined {
  const platform = options.platform ?? process.platform;
  const canRun = options.isExecutable ?? isExecutable;
  const chosen = env[CONVERTER_ENV];
  if (chosen) {
    if (canRun(chosen)) return chosen;
    throw new ConverterError("missing", fill(CONVERTER_MESSAGES.missingAt, { path: chosen }));
  }
  const suffixes = platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").map((s) => s.toLowerCase()) : [""];
  const sep = platform === "win32" ? ";" : delimiter;
  for (const dir of (env.PATH ?? env.Path ?? "").split(sep).filter(Boolean)) {
    for (const name of NAMES) {
      for (const suffix of suffixes) {
        const candidate = join(dir, name + suffix);
        if (canRun(candidate)) return candidate;
      }
    }
  }
  return (WELL_KNOWN[platform] ?? []).find(canRun);
}

export interface ConvertOptions {
  /** The executable; found with `findConverter(env)` when absent. */
  converter?: string;
  env?: NodeJS.ProcessEnv;
  /** Default 120 s: the first run on a machine builds LibreOffice's profile (a few seconds), a loaded CI machine is slow. */
  timeoutMs?: number;
}

interface RunResult {
  code: number | null;
  output: string;
  timedOut: boolean;
}

/** Runs the converter in its own process group, so a timeout stops it and every child it started. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32" });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve({ code: null, output: `${output}\n${err.message}`, timedOut });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

/** Converts a .docx to PDF; the bytes of the PDF. */
export async function convertDocxToPdf(docx: Uint8Array, options: ConvertOptions = {}): Promise<Uint8Array> {
  const env = options.env ?? process.env;
  const converter = options.converter ?? findConverter(env);
  if (!converter) throw new ConverterError("missing", CONVERTER_MESSAGES.missing);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const dir = await mkdtemp(join(tmpdir(), "plancode-pdf-"));
  try {
    const input = join(dir, "document.docx");
    await writeFile(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "pdf:writer_pdf_Export",
      "--outdir",
      dir,
      input,
    ];
    // HOME inside the folder too: LibreOffice writes caches there even with its own profile.
    const result = await run(converter, args, dir, { ...env, HOME: dir }, timeoutMs);
    if (result.timedOut) throw new ConverterError("timeout", fill(CONVERTER_MESSAGES.timeout, { seconds: Math.round(timeoutMs / 1000) }), result.output);
    try {
      const pdf = await readFile(join(dir, "document.pdf"));
      if (result.code === 0 && pdf.length > 0) return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch {
      // no PDF: reported below
    }
    throw new ConverterError("failed", fill(CONVERTER_MESSAGES.failed, { code: String(result.code ?? "?") }), result.output);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
