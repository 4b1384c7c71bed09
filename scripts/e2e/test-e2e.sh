#!/usr/bin/env bash
# `npm run test:e2e`: the extension in a real VS Code (code-server + headless Chromium).
# Installs code-server (into .e2e/, with Node 24) and Chromium first; then packs the .vsix and
# runs test/editors/vscode.e2e.ts, which saves screenshots to docs/images/, and the static
# dashboard in Chromium (test/site/browser.test.ts), required there.
# PLANCODE_SKIP_E2E=1 (or PLANCODE_SKIP_EDITOR_TESTS=1) skips the whole step.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [ "${PLANCODE_SKIP_E2E:-}" = 1 ] || [ "${PLANCODE_SKIP_EDITOR_TESTS:-}" = 1 ]; then
  echo "test:e2e: skipped (PLANCODE_SKIP_E2E=1 or PLANCODE_SKIP_EDITOR_TESTS=1)"
  exit 0
fi
bash scripts/e2e/setup-code-server.sh >/dev/null
PLANCODE_REQUIRE_EDITORS=1 npx mocha --config test/editors/mocharc.e2e.json
