#!/usr/bin/env bash
# Installs what the tests need on a fresh machine: Debian's Chromium (Playwright never downloads a browser here),
# poppler-utils (pdftoppm/pdftotext for the booklet tests), nginx (the reverse-proxy tests run deploy/nginx/ in front of
# the app; the tests start their own nginx on free ports, the system service is not needed), PostgreSQL's server
# binaries (the PostgreSQL tests start a throw-away cluster of their own with initdb/pg_ctl; they fail, not skip,
# without them), and axe-core from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/sbin/nginx ] || need+=(nginx)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
if ((${#need[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing ${need[*]} with apt-get…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -f tests/EigenPlan.EndToEnd/node_modules/axe-core/axe.min.js ]; then
  (cd tests/EigenPlan.EndToEnd && npm ci --no-audit --no-fund --loglevel=error)
fi
