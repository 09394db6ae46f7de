#!/usr/bin/env bash
# Installs what building, running and testing eduportal need, from Debian's packages
# and (for the tests) npm, only when something is missing. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  # build
  g++ make pkg-config
  libfcgi-dev libctemplate-dev libmariadb-dev libicu-dev libssl-dev libcppunit-dev
  libxapian-dev libcurl4-openssl-dev libxml2-dev libmagic-dev libvips-dev libqrencode-dev
  libpango1.0-dev libcairo2-dev
  # run
  mariadb-server mariadb-client nginx-light libvips-tools
  # search: the text of documents' files (zip + XML, PDF, DOC, OCR of scans in Vietnamese)
  libzip-dev poppler-utils antiword tesseract-ocr tesseract-ocr-vie
  # test and bench
  wrk curl libfcgi-bin chromium fonts-noto-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# Node.js may come from another Debian source whose nodejs carries npm itself (and
# conflicts with Debian's npm): ask for the commands, not the packages.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine has no package lists yet; update once when an install fails for it.
  if ! "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    "${as_root[@]}" apt-get update -q
    "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  # Debian starts the packaged services; eduportal runs its own private instances.
fi

# JavaScript test tools (HTML validation, browser tests), pinned by package-lock.json.
if [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "deps: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

# The staff area's rich-text editor (Quill, BSD-3-Clause) is served by our own nginx from
# www/static/vendor/, never from a CDN: the CSP allows scripts and styles from 'self' only,
# and an office's portal must not depend on (nor tell) another host when its staff write.
# Copied from node_modules (pinned by package-lock.json), only the files that differ.
VENDOR=www/static/vendor/quill
if [ -d node_modules/quill/dist ]; then
  mkdir -p "$VENDOR"
  for f in dist/quill.js dist/quill.js.LICENSE.txt dist/quill.snow.css LICENSE; do
    if ! cmp -s "node_modules/quill/$f" "$VENDOR/$(basename "$f")"; then
      echo "deps: copying quill/$f into $VENDOR"
      cp "node_modules/quill/$f" "$VENDOR/"
    fi
  done
fi
