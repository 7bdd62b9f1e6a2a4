#!/usr/bin/env bash
# Install what the tests need beyond the build: LibreOffice (Impress and Writer), which opens the
# PowerPoint and Word outputs in the Office tests. Kept out of the build's path: building never
# needs an office suite. Used by the README's test command and by .ci/run.
set -euo pipefail

if ! command -v soffice >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-tests: missing LibreOffice; install it with your package manager (Debian: sudo apt-get install libreoffice-impress libreoffice-writer)" >&2
    exit 1
  fi
  echo "setup-tests: installing libreoffice-impress libreoffice-writer"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-impress libreoffice-writer >/dev/null
fi
