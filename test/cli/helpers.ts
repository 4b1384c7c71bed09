// Shared helpers for the CLI tests: build the bundle once per test run, run `node
// bin/plancode.cjs` as a real process, and make small workspaces in temporary folders.
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = join(REPO, "bin", "plancode.cjs");

let built: Promise<void> | undefined;

/** Runs `node build.mjs` once per test process (every CLI test runs against the real bundle). */
export function ensureBuilt(): Promise<void> {
  built ??= run(process.execPath, ["build.mjs"], { cwd: REPO, env: process.env }).then((r) => {
    if (r.code !== 0) throw new Error(`build failed (${r.code}):\n${r.stderr}`);
  });
  return built;
}

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: SpawnOptions & { input?: string | Uint8Array }): Promise<Result> {
  return new Promise((resolve, reject) => {
    const { input, ...spawnOptions } = options;
    const child = spawn(command, args, { ...spawnOptions, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    if (input !== undefined) child.stdin!.end(input);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (d: Buffer) => out.push(d));
    child.stderr!.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

export interface CliOptions {
  cwd: string;
  /** Extra environment; the base is PATH only (no LANG, no colour settings). */
  env?: Record<string, string>;
  /** Run as this user (root only): lets tests make files unreadable even when the suite runs as root. */
  uid?: number;
  gid?: number;
  /** Written to the command's standard input (which is otherwise closed). */
  input?: string | Uint8Array;
}

/** `node bin/plancode.cjs ...args` in `cwd`, with a clean environment. */
export function plancode(args: string[], options: CliOptions): Promise<Result> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin", ...options.env };
  return run(process.execPath, [BIN, ...args], { cwd: options.cwd, env, uid: options.uid, gid: options.gid, input: options.input });
}

/**
 * Whether child processes can be started as `uid`. The suite may run as root, which reads any
 * file whatever its mode; tests of unreadable or unwritable files then run the CLI as an
 * unprivileged user (nobody, 65534) instead, and are skipped if even that is impossible.
 */
export function canRunAs(uid: number): boolean {
  try {
    const r = spawnSync(process.execPath, ["-e", `process.exit(process.getuid() === ${uid} ? 0 : 1)`], { uid, gid: uid });
    return r.status === 0;
  } catch {
    return false;
  }
}

const made: string[] = [];

/** A temporary folder holding `files` (path → text or bytes). Removed after the run. */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "plancode-cli-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export function cleanup(): void {
  for (const dir of made.splice(0)) {
    try {
      chmodTree(dir);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // best effort
    }
  }
}

function chmodTree(dir: string): void {
  try {
    chmodSync(dir, 0o755);
  } catch {
    // ignore
  }
}

/** stderr must be plain one-line `plancode: ...` messages: no stack trace, no Node error dump. */
export function assertCleanStderr(stderr: string): void {
  for (const line of stderr.split("\n").filter(Boolean)) {
    if (!line.startsWith("plancode: ")) throw new Error(`unexpected stderr line: ${JSON.stringify(line)}\n--- stderr:\n${stderr}`);
  }
  if (/^\s+at\s/m.test(stderr)) throw new Error(`stack trace on stderr:\n${stderr}`);
}

// Plan texts used across the tests. Only units, so that rules added later (which look at plans
// and directives) do not change what these files produce.
export const UNITS = `unit trung-uong "Ban Chấp hành Trung ương" level central code "TW" {
  unit bo-chinh-tri "Bộ Chính trị"
}
unit tinh-uy "Tỉnh ủy Bình Dương" level province code "TU" in trung-uong {
  unit btg-tu "Ban Tuyên giáo Tỉnh ủy"
}
`;

/** One unresolved-reference (error by default): `tinh-uy-x` at line 1, columns 44–53. */
export const UNRESOLVED = `unit huyen-uy "Huyện ủy" level district in tinh-uy-x\n`;

/** A syntax error: an unterminated string. */
export const SYNTAX = `unit xa "Xã\n`;

/** Runs a command (npm, npx, node, tar) in `cwd` with the test process's environment, npm's chatter off. */
export function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Result> {
  return run(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false", ...env } });
}
