// Whether the tests that need LibreOffice run. In `npm test` they are pending (with the reason in
// their title) when soffice is missing; in `npm run test:documents` (PLANCODE_REQUIRE_EDITORS=1,
// or CI=true there) a missing converter fails.
import { execFileSync } from "node:child_process";
import { findConverter } from "../../../host/libreoffice.js";

export const converter = findConverter(process.env);
/** Read at each call: `export.real.ts` sets it under CI=true after this module was loaded. */
const toolsRequired = () => process.env.PLANCODE_REQUIRE_EDITORS === "1";

/** Skips the test (pending, reason in its title) when `tool` is missing, or fails when tools are required. */
export function needs(ctx: Mocha.Context, tool: string, found: boolean, install: string): void {
  if (found) return;
  if (toolsRequired()) throw new Error(`${tool} is required here (PLANCODE_REQUIRE_EDITORS=1) but was not found: ${install}`);
  if (ctx.test) ctx.test.title += ` — pending: ${tool} not found (${install})`;
  ctx.skip();
}

export function hasCommand(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const INSTALL_HINT = "bash scripts/e2e/setup-libreoffice.sh";
