#!/usr/bin/env bash
# `npm run test:documents`: the issued documents through the real tools (test/document/*.real.ts):
# LibreOffice converts each .docx to PDF, poppler checks it and renders page PNGs into
# docs/images/, headless Chromium shows the HTML preview. Installs the tools first; here a
# missing tool is a failure. PLANCODE_SKIP_EDITOR_TESTS=1 (or PLANCODE_SKIP_DOCUMENTS=1) skips it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [ "${PLANCODE_SKIP_DOCUMENTS:-}" = 1 ] || [ "${PLANCODE_SKIP_EDITOR_TESTS:-}" = 1 ]; then
  echo "test:documents: skipped (PLANCODE_SKIP_DOCUMENTS=1 or PLANCODE_SKIP_EDITOR_TESTS=1)"
  exit 0
fi
bash scripts/e2e/setup-libreoffice.sh >/dev/null
bash scripts/e2e/apt-install.sh chromium
PLANCODE_REQUIRE_EDITORS=1 npx mocha --config test/document/mocharc.real.json
