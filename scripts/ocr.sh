#!/usr/bin/env bash
# Installs Tesseract OCR (Debian/Ubuntu) for screenshot evidence and its tests. Idempotent: does
# nothing when tesseract is already on PATH.
set -euo pipefail
if command -v tesseract >/dev/null 2>&1; then
  tesseract --version 2>&1 | head -1
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-eng
tesseract --version 2>&1 | head -1
