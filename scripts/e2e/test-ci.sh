#!/usr/bin/env bash
# `npm run test:ci`: plancode's CI entry points as far as this machine can run them
# (test/ci/*.ci.ts): the GitHub Action's lint step, the pre-commit hooks with Debian's pre-commit
# on a temporary repository, the GitLab job's script with its JUnit report checked by xmllint.
# Installs pre-commit and libxml2-utils first; here a missing tool is a failure.
# PLANCODE_SKIP_CI_TESTS=1 skips the whole step.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [ "${PLANCODE_SKIP_CI_TESTS:-}" = 1 ]; then
  echo "test:ci: skipped (PLANCODE_SKIP_CI_TESTS=1)"
  exit 0
fi
bash scripts/e2e/apt-install.sh pre-commit libxml2-utils git
PLANCODE_REQUIRE_TOOLS=1 npx mocha --config test/ci/mocharc.json
