#!/usr/bin/env bash
# Installs the third-party LSP clients the editor tests drive: Neovim (Debian: 0.7) and Emacs
# with eglot (Debian: emacs-nox 28, elpa-eglot 1.9). Idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
"$ROOT/scripts/e2e/apt-install.sh" neovim emacs-nox elpa-eglot
nvim --version | head -1
emacs --version | head -1
