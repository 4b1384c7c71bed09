#!/usr/bin/env bash
# The lint step of action.yml (a script of its own so that it can be run and tested outside
# GitHub: test/ci/action.ci.ts). Runs `plancode lint` from npm, pinned to the action's version
# (never whatever package a bare `npx plancode` finds); with PLANCODE_SARIF=true writes
# plancode.sarif and leaves failing to the action's last step (the upload comes first), else
# prints GitHub annotations and exits with lint's exit code. Outputs: sarif-file, exit-code.
set -uo pipefail
: "${PLANCODE_ACTION_PATH:?}" "${GITHUB_OUTPUT:?}"
version="$(node -p 'require(process.argv[1]).version' "$PLANCODE_ACTION_PATH/package.json")"
package="${PLANCODE_PACKAGE:-plancode@$version}"
read -r -a paths <<< "${PLANCODE_PATHS:-.}"
args=(lint "${paths[@]}" --max-warnings "${PLANCODE_MAX_WARNINGS:--1}")
[ -n "${PLANCODE_LOCALE:-}" ] && args+=(--locale "$PLANCODE_LOCALE")
if [ "${PLANCODE_SARIF:-false}" = true ]; then
  npx --yes --package="$package" -- plancode "${args[@]}" --format sarif -o plancode.sarif
  code=$?
  [ -f plancode.sarif ] && echo "sarif-file=plancode.sarif" >> "$GITHUB_OUTPUT"
  echo "exit-code=$code" >> "$GITHUB_OUTPUT"
  exit 0
fi
npx --yes --package="$package" -- plancode "${args[@]}" --format github
code=$?
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
exit "$code"
