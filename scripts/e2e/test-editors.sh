#!/usr/bin/env bash
# `npm run test:editors`: Neovim and Emacs as LSP clients of `plancode lsp` (test/editors/*.test.ts).
# Installs the editors first; PLANCODE_SKIP_EDITOR_TESTS=1 skips the whole step.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [ "${PLANCODE_SKIP_EDITOR_TESTS:-}" = 1 ]; then
  echo "test:editors: skipped (PLANCODE_SKIP_EDITOR_TESTS=1)"
  exit 0
fi
bash scripts/e2e/setup-editors.sh
node build.mjs
# The editors are installed now: a missing one is a failure, not a skip.
PLANCODE_REQUIRE_EDITORS=1 npx mocha --config test/editors/mocharc.json
