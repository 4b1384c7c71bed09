// host/libreoffice.ts: finding the converter, running it in a private folder and profile with a
// timeout, its typed errors — with stand-in converters (shell scripts), then once with the real
// LibreOffice when it is installed.
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocx } from "../../document/docx.js";
import { CONVERTER_ENV, CONVERTER_MESSAGES, ConverterError, convertDocxToPdf, findConverter } from "../../host/libreoffice.js";
import { statePlan } from "../fixtures/documents/state-plan.js";
import { converter, INSTALL_HINT, needs } from "./helpers/converter.js";

/** Alive and not a zombie (a killed orphan may wait for a container's init to reap it). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

describe("host/libreoffice", () => {
  describe("findConverter", () => {
    const exists = (paths: string[]) => (p: string) => paths.includes(p);

    it("takes PLANCODE_SOFFICE first, when it can run", () => {
      const env = { [CONVERTER_ENV]: "/opt/lo/soffice", PATH: "/usr/bin" };
      assert.equal(findConverter(env, { platform: "linux", isExecutable: exists(["/opt/lo/soffice", "/usr/bin/soffice"]) }), "/opt/lo/soffice");
    });

    it("refuses a PLANCODE_SOFFICE that cannot run, saying so in both locales", () => {
      assert.throws(
        () => findConverter({ [CONVERTER_ENV]: "/nowhere/soffice", PATH: "/usr/bin" }, { platform: "linux", isExecutable: exists(["/usr/bin/soffice"]) }),
        (e: unknown) => e instanceof ConverterError && e.kind === "missing" && e.text.en.includes("/nowhere/soffice") && e.text.vi.includes("/nowhere/soffice"),
      );
    });

    it("searches PATH in order for soffice, then libreoffice", () => {
      const env = { PATH: "/a:/b" };
      assert.equal(findConverter(env, { platform: "linux", isExecutable: exists(["/b/soffice", "/a/libreoffice"]) }), "/a/libreoffice");
      assert.equal(findConverter(env, { platform: "linux", isExecutable: exists(["/a/soffice", "/a/libreoffice"]) }), "/a/soffice");
    });

    it("knows where LibreOffice installs on macOS and Windows (PATHEXT on Windows)", () => {
      const mac = "/Applications/LibreOffice.app/Contents/MacOS/soffice";
      assert.equal(findConverter({ PATH: "/usr/bin" }, { platform: "darwin", isExecutable: exists([mac]) }), mac);
      const win = "C:\\Program Files\\LibreOffice\\program\\soffice.exe";
      assert.equal(findConverter({ Path: "C:\\x" }, { platform: "win32", isExecutable: exists([win]) }), win);
      assert.equal(findConverter({ Path: "C:\\x", PATHEXT: ".COM;.EXE" }, { platform: "win32", isExecutable: exists([join("C:\\x", "soffice.exe")]) }), join("C:\\x", "soffice.exe"));
    });

    it("gives undefined when there is none", () => {
      assert.equal(findConverter({ PATH: "/a" }, { platform: "linux", isExecutable: () => false }), undefined);
    });
  });

  describe("convertDocxToPdf with a stand-in converter", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "plancode-lo-test-"));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    function script(name: string, body: string): string {
      const path = join(dir, name);
      writeFileSync(path, `#!/bin/sh\n${body}\n`);
      chmodSync(path, 0o755);
      return path;
    }

    const ownTempDirs = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith("plancode-pdf-")));

    it("runs `--headless --convert-to pdf` with a private profile URL and output folder, returns the PDF, cleans up", async () => {
      const log = join(dir, "args");
      // Writes its arguments, then a "PDF" named after the input into --outdir, as soffice does.
      const fake = script(
        "soffice",
        `printf '%s\\n' "$@" > ${log}\nout=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; last="$a"; done\nprintf '%%PDF-fake' > "$out/$(basename "$last" .docx).pdf"`,
      );
      const before = ownTempDirs();
      const pdf = await convertDocxToPdf(new Uint8Array([80, 75]), { converter: fake });
      assert.equal(Buffer.from(pdf).toString(), "%PDF-fake");
      const args = readFileSync(log, "utf8").trim().split("\n");
      assert.match(args[0], /^-env:UserInstallation=file:\/\/\/.*plancode-pdf-[^/]+\/profile$/);
      assert.deepEqual(args.slice(1, 6), ["--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export"]);
      const work = args[0].replace(/^-env:UserInstallation=file:\/\//, "").replace(/\/profile$/, "");
      assert.equal(existsSync(work), false, "the private folder is removed");
      assert.deepEqual(ownTempDirs(), before);
    });

    it("a converter that fails: a `failed` ConverterError in both locales with its output kept for debugging", async () => {
      const fake = script("soffice", "echo 'Error: source file could not be loaded' >&2; exit 1");
      await assert.rejects(convertDocxToPdf(new Uint8Array([1]), { converter: fake }), (e: unknown) => {
        assert.ok(e instanceof ConverterError);
        assert.equal(e.kind, "failed");
        assert.match(e.text.en, /exit code 1/);
        assert.match(e.text.vi, /mã thoát 1/);
        assert.match(e.details, /could not be loaded/);
        return true;
      });
    });

    it("a converter that hangs is stopped at the timeout, its children too", async () => {
      const pidFile = join(dir, "child.pid");
      const fake = script("soffice", `sleep 30 & echo $! > ${pidFile}\nwait`);
      const before = ownTempDirs();
      await assert.rejects(convertDocxToPdf(new Uint8Array([1]), { converter: fake, timeoutMs: 300 }), (e: unknown) => e instanceof ConverterError && e.kind === "timeout");
      const child = Number(readFileSync(pidFile, "utf8"));
      await new Promise((r) => setTimeout(r, 100));
      assert.ok(!isRunning(child), "the converter's child is stopped");
      assert.deepEqual(ownTempDirs(), before);
    });

    it("no converter anywhere: a `missing` ConverterError naming what to install", async () => {
      await assert.rejects(convertDocxToPdf(new Uint8Array([1]), { env: { PATH: dir } }), (e: unknown) => {
        assert.ok(e instanceof ConverterError && e.kind === "missing");
        assert.equal(e.text, CONVERTER_MESSAGES.missing);
        assert.match(e.text.en, /libreoffice-writer-nogui/);
        assert.match(e.text.vi, /libreoffice-writer-nogui/);
        return true;
      });
    });
  });

  describe("with the real LibreOffice", () => {
    it("converts the State plan to a PDF", async function () {
      needs(this, "LibreOffice (soffice)", !!converter, INSTALL_HINT);
      this.timeout(180_000);
      const pdf = await convertDocxToPdf(await renderDocx(statePlan), { converter });
      assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), "%PDF-");
    });
  });
});
