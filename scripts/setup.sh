#!/usr/bin/env bash
# Install what briefing-pack needs on a fresh Debian machine, then the npm packages.
# Used by the README's quick start and by .ci/run, so the two cannot drift apart.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}${PUPPETEER_EXECUTABLE_PATH:-}" ] || need+=(chromium)
# Chromium's headless shell: the browser the build prefers (starts in ~0.1 s against ~0.3 s).
command -v chromium-headless-shell >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}${PUPPETEER_EXECUTABLE_PATH:-}" ] || need+=(chromium-headless-shell)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# Fallback fonts for what the embedded families lack: emoji, CJK (Noto), Arabic and Hebrew (DejaVu).
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || need+=(fonts-noto-color-emoji)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: missing ${need[*]}; install them with your package manager (Debian: sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
  echo "setup: installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Puppeteer must not download its own browser: we use the system Chromium (.puppeteerrc.cjs).
PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
