#!/usr/bin/env bash
# Set up a fresh machine: system tools (when we may install them) and the package with its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."

# System tools: antiword (.doc), LibreOffice (.doc conversion, corpus rebuild), tesseract + Thai (OCR),
# poppler-utils (pdftoppm), Thai fonts. Skipped quietly when apt-get is absent or we are not root.
APT_PACKAGES=(antiword libreoffice-writer fonts-thai-tlwg tesseract-ocr tesseract-ocr-tha poppler-utils chromium)
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python3 -m pip install -q --disable-pip-version-check -e '.[test]'
