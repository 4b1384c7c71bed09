#!/usr/bin/env bash
# Installs what PDF export and its tests (test/document/*.real.ts) need from Debian:
#   - libreoffice-writer-nogui: `soffice --headless --convert-to pdf` (host/libreoffice.ts);
#   - fonts-liberation2: Liberation Serif 2, metric-compatible with Times New Roman *with* the
#     Vietnamese letters (fonts-liberation 1.07 lacks most of them, and LibreOffice then draws
#     ả, ộ, ệ … in DejaVu Serif, wider and taller);
#   - poppler-utils: pdfinfo, pdftotext and pdftoppm for the checks and the PNGs.
# Idempotent (apt-install.sh skips what is installed). Prints the converter's path last.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
"$ROOT/scripts/e2e/apt-install.sh" libreoffice-writer-nogui fonts-liberation2 poppler-utils >&2
command -v soffice
