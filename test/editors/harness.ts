// Shared by the editor tests: a fresh copy of the sample workspace, the `plancode lsp` command,
// isolated XDG/HOME folders, and the rule for when an editor test may skip.
//
// Skipping: `PLANCODE_SKIP_EDITOR_TESTS=1` skips every editor test. Otherwise a missing editor
// binary skips its test during `npm test` (a developer machine without Neovim), but fails it
// when `PLANCODE_REQUIRE_EDITORS=1` (set by `npm run test:editors` / `test:e2e`, which install
// the editors first), so CI cannot pass by skipping.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const SAMPLES = join(REPO, "samples");
/** The command an editor starts: the installed CLI's `plancode lsp`. */
export const LSP_COMMAND = [process.execPath, join(REPO, "bin", "plancode.cjs"), "lsp"];

export function skipAll(): boolean {
  return process.env.PLANCODE_SKIP_EDITOR_TESTS === "1";
}

export function editorsRequired(): boolean {
  return process.env.PLANCODE_REQUIRE_EDITORS === "1";
}

/** Whether `command` runs (`command --version` exits 0). */
export function available(command: string, args: string[] = ["--version"]): boolean {
  const r = spawnSync(command, args, { stdio: "ignore", timeout: 20_000 });
  return r.status === 0;
}

/**
 * Decides whether a suite runs: returns a reason to skip, or undefined to run. Throws (fails the
 * suite) when the editor is missing but required.
 */
export function skipReason(editor: string, present: boolean): string | undefined {
  if (skipAll()) return "PLANCODE_SKIP_EDITOR_TESTS=1";
  if (present) return undefined;
  if (editorsRequired()) throw new Error(`${editor} is not installed, and PLANCODE_REQUIRE_EDITORS=1 (run scripts/e2e/setup-editors.sh)`);
  return `${editor} is not installed (npm run test:editors installs it)`;
}

/** Ensures the CLI bundle exists (`npm test` and the test:* scripts build first). */
export function ensureBundle(): void {
  if (existsSync(join(REPO, "dist", "cli.cjs")) && existsSync(join(REPO, "dist", "server.cjs"))) return;
  const r = spawnSync(process.execPath, ["build.mjs"], { cwd: REPO, stdio: "inherit" });
  if (r.status !== 0) throw new Error("node build.mjs failed");
}

export interface Sandbox {
  dir: string;
  /** The copy of samples/. */
  workspace: string;
  /** HOME and XDG_* pointing inside `dir`, so editors write nothing into the real home. */
  env: NodeJS.ProcessEnv;
}

/** A temporary folder with a copy of samples/ and its own HOME and XDG folders. */
export function sandbox(prefix: string): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), `plancode-${prefix}-`));
  const workspace = join(dir, "workspace");
  cpSync(SAMPLES, workspace, { recursive: true });
  const home = join(dir, "home");
  const xdg = (name: string) => {
    const p = join(home, name);
    mkdirSync(p, { recursive: true });
    return p;
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: xdg(".config"),
    XDG_DATA_HOME: xdg(".local/share"),
    XDG_STATE_HOME: xdg(".local/state"),
    XDG_CACHE_HOME: xdg(".cache"),
    XDG_RUNTIME_DIR: xdg("run"),
  };
  return { dir, workspace, env };
}

export interface CheckResult {
  ok: boolean;
  detail: string;
}

/** Reads the "ok|fail<TAB>name<TAB>detail" lines the editor scripts write. */
export function readResults(file: string): Map<string, CheckResult> {
  const out = new Map<string, CheckResult>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const [status, name, ...rest] = line.split("\t");
    out.set(name, { ok: status === "ok", detail: rest.join("\t") });
  }
  return out;
}

export interface ScriptedClient {
  /** Suite title. */
  title: string;
  /** Display name for skip messages. */
  editor: string;
  /** The binary whose `--version` tells whether the editor is installed. */
  binary: string;
  /** The command line (run under `timeout` by the caller's args). */
  command: (script: string) => string[];
  script: string;
  /** The checks the script reports, in order. */
  checks: string[];
  /** Files to show when the run fails (e.g. the editor's LSP log), relative to the sandbox HOME. */
  logs?: (box: Sandbox) => string[];
}

/**
 * Defines a mocha suite that runs an editor script headless on a copy of samples/ (opening
 * districts/lam-binh.plan) and turns each reported check into a test.
 */
export function describeScriptedClient(client: ScriptedClient): void {
  describe(client.title, function () {
    this.timeout(120_000);
    let box: Sandbox | undefined;
    let status: number | null = null;
    let output = "";
    let results = new Map<string, CheckResult>();

    before(function () {
      const reason = skipReason(client.editor, available(client.binary));
      if (reason) {
        console.log(`      skipped: ${reason}`);
        this.skip();
      }
      ensureBundle();
      box = sandbox(client.binary);
      const resultsFile = join(box.dir, "results.tsv");
      const run = spawnSync("timeout", ["-k", "5", "60", ...client.command(client.script)], {
        cwd: box.workspace,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...box.env,
          PLANCODE_ROOT: box.workspace,
          PLANCODE_FILE: join(box.workspace, "districts", "lam-binh.plan"),
          PLANCODE_RESULTS: resultsFile,
          PLANCODE_CMD: JSON.stringify(LSP_COMMAND),
        },
      });
      status = run.status;
      output = `exit ${run.status ?? run.signal}\n${run.stdout}\n${run.stderr}`;
      for (const log of client.logs?.(box) ?? []) if (existsSync(log)) output += `\n--- ${log}\n${readFileSync(log, "utf8").slice(-4000)}`;
      results = readResults(resultsFile);
      for (const [name, r] of results) console.log(`      ${client.binary} ${r.ok ? "ok  " : "FAIL"} ${name}: ${r.detail.slice(0, 150)}`);
    });

    after(() => {
      if (box) rmSync(box.dir, { recursive: true, force: true });
    });

    for (const name of client.checks) {
      it(name, () => {
        const r = results.get(name);
        assert.ok(r, `the script did not report "${name}"; ${results.get("script")?.detail ?? ""}\n${output}`);
        assert.ok(r.ok, r.detail);
      });
    }

    it(`the script reports no other failure and ${client.editor} exits 0`, () => {
      const others = [...results].filter(([name, r]) => !client.checks.includes(name) && !r.ok);
      assert.deepEqual(others, []);
      assert.equal(status, 0, output);
    });
  });
}
