#!/usr/bin/env bash
# Installs the browser the war-room tests drive: Debian's chromium and its matching chromedriver.
# Idempotent: does nothing when both are already there. Needs root (or sudo) and Debian's archive.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "browser: $(chromium --version 2>/dev/null || echo chromium) and $(chromedriver --version | head -1) already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
chromium --version
chromedriver --version | head -1
