// A real VS Code for the E2E test: code-server (VS Code 1.139 in a browser, installed by
// scripts/e2e/setup-code-server.sh into .e2e/) with the extension packed and installed as a user
// would, driven by Debian's headless Chromium through playwright-core. One instance serves every
// test of a run; `openFolder` switches the window to another workspace.
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { REPO, type Sandbox } from "../harness.js";
import { SEL } from "./selectors.js";

const E2E = process.env.PLANCODE_E2E_DIR ?? join(REPO, ".e2e");
const CODE_SERVER_DIR = join(E2E, "code-server");
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, "node_modules", "code-server", "out", "node", "entry.js");
export const CHROMIUM = process.env.PLANCODE_CHROMIUM ?? "/usr/bin/chromium";
/** Upper bound of every wait: generous, a cold code-server takes 10–20 s to show a window. */
export const LONG = Number(process.env.PLANCODE_E2E_WAIT ?? 90_000);

/** The Node 24 that code-server needs (written by the setup script), if installed. */
export function node24(): string | undefined {
  const file = join(CODE_SERVER_DIR, ".node");
  if (!existsSync(file)) return undefined;
  const bin = readFileSync(file, "utf8").trim();
  return existsSync(bin) ? bin : undefined;
}

export function codeServerInstalled(): boolean {
  return Boolean(node24() && existsSync(CODE_SERVER_ENTRY) && existsSync(CHROMIUM));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The user settings of the run: quiet, deterministic, and the drafter's `plancode.*`. */
function userSettings(plancode: Record<string, unknown>): Record<string, unknown> {
  return {
    "editor.wordBasedSuggestions": "off",
    "editor.minimap.enabled": false,
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    "workbench.enableExperiments": false,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    "chat.disableAIFeatures": true,
    "security.workspace.trust.enabled": false,
    "telemetry.telemetryLevel": "off",
    "extensions.autoCheckUpdates": false,
    "extensions.autoUpdate": false,
    "extensions.ignoreRecommendations": true,
    "update.mode": "none",
    "git.enabled": false,
    "window.zoomLevel": 0,
    // A monospace font with Vietnamese letters (Debian's fonts-jetbrains-mono).
    "editor.fontFamily": "'JetBrains Mono', 'DejaVu Sans Mono', monospace",
    "plancode.trace.server": process.env.PLANCODE_E2E_TRACE ?? "off",
    ...Object.fromEntries(Object.entries(plancode).map(([k, v]) => [`plancode.${k}`, v])),
  };
}

export class CodeServer {
  private serverLog = "";

  private constructor(
    readonly box: Sandbox,
    private readonly server: ChildProcess,
    private readonly browser: Browser,
    readonly page: Page,
    readonly base: string,
  ) {}

  /** Packs and installs the extension, starts code-server and opens `folder` in Chromium. */
  static async launch(box: Sandbox, folder: string, plancode: Record<string, unknown>): Promise<CodeServer> {
    const node = node24()!;
    // No marketplace: the machine has no network but loopback; point the gallery there.
    box.env.EXTENSIONS_GALLERY = JSON.stringify({ serviceUrl: "http://127.0.0.1:9/gallery", itemUrl: "http://127.0.0.1:9/items" });
    const userData = join(box.dir, "user-data");
    const extensions = join(box.dir, "extensions");
    mkdirSync(join(userData, "User"), { recursive: true });
    writeFileSync(join(userData, "User", "settings.json"), JSON.stringify(userSettings(plancode), null, 2));
    const config = join(box.dir, "code-server.yaml");
    writeFileSync(config, "auth: none\ncert: false\n");

    // 1. Pack and install the extension, as a user would.
    const vsix = join(box.dir, "plancode.vsix");
    const pack = spawnSync(process.execPath, [join(REPO, "scripts", "package-vsix.mjs"), "--out", vsix], { cwd: REPO, encoding: "utf8" });
    assert.equal(pack.status, 0, `npm run package failed:\n${pack.stdout}\n${pack.stderr}`);
    const install = spawnSync(node, [CODE_SERVER_ENTRY, "--install-extension", vsix, "--extensions-dir", extensions, "--user-data-dir", userData, "--config", config], {
      env: box.env,
      encoding: "utf8",
      timeout: 120_000,
    });
    assert.equal(install.status, 0, `code-server --install-extension failed:\n${install.stdout}\n${install.stderr}`);
    const installed = readdirSync(extensions).filter((d) => d.startsWith("plancode.plancode-"));
    assert.equal(installed.length, 1, `extension folder not found in ${extensions}: ${readdirSync(extensions).join(", ")}\n${install.stdout}`);

    // 2. Start code-server on a free loopback port.
    const port = await freePort();
    const log = createWriteStream(join(box.dir, "code-server.log"));
    const server = spawn(
      node,
      [
        CODE_SERVER_ENTRY,
        "--auth", "none",
        "--bind-addr", `127.0.0.1:${port}`,
        "--disable-telemetry",
        "--disable-update-check",
        "--disable-workspace-trust",
        "--disable-getting-started-override",
        "--config", config,
        "--user-data-dir", userData,
        "--extensions-dir", extensions,
      ],
      { env: box.env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    const base = `http://127.0.0.1:${port}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });
    const context = await browser.newContext({ viewport: { width: 1680, height: 900 }, locale: "en-US" });
    const cs = new CodeServer(box, server, browser, await context.newPage(), base);
    server.stdout?.on("data", (d: Buffer) => cs.record(d, log));
    server.stderr?.on("data", (d: Buffer) => cs.record(d, log));
    await until("code-server /healthz", async () => (await fetch(`${base}/healthz`)).ok, LONG, 300);

    // 3. Open the workspace.
    await cs.openFolder(folder);
    return cs;
  }

  private record(data: Buffer, log: NodeJS.WritableStream): void {
    this.serverLog += data.toString();
    log.write(data);
  }

  /** Opens a folder in the window (reloads it: a new extension host, a new language server). */
  async openFolder(folder: string): Promise<void> {
    await this.page.goto(`${this.base}/?folder=${encodeURIComponent(folder)}`);
    await this.page.waitForSelector(SEL.workbench, { timeout: LONG });
  }

  /** The last lines code-server wrote. */
  logTail(lines = 30): string {
    return this.serverLog.split("\n").slice(-lines).join("\n");
  }

  /** The tail of the extension host's and the Plancode output channel's logs, for failures. */
  extensionHostLog(): string {
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const name of existsSync(dir) ? readdirSync(dir) : []) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/exthost|Plancode/i.test(p)) out.push(`--- ${p}\n${readFileSync(p, "utf8").slice(-3000)}`);
      }
    };
    walk(join(this.box.dir, "user-data", "logs"));
    return out.join("\n");
  }

  async stop(): Promise<void> {
    await this.browser.close().catch(() => {});
    if (this.server.pid) {
      try {
        process.kill(-this.server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  }
}

/** Polls `probe` until it returns a value other than undefined/false, or gives up after `ms`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = LONG, every = 250): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    await new Promise((r) => setTimeout(r, every));
  }
}
