#!/usr/bin/env bash
# The one command that runs every GradLab test: the unit tests of every module, the TeaVM build of
# the browser app, and the end-to-end tests (the packaged server jar driven through headless
# Chromium). Works non-interactively on a fresh Debian machine with JDK 17 and Maven; installs
# Chromium with apt-get if /usr/bin/chromium is missing. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"

started=$(date +%s)
report_time() {
  local status=$?
  local secs=$(( $(date +%s) - started ))
  printf 'test.sh: %s after %dm%02ds wall time\n' "$([ "$status" -eq 0 ] && echo passed || echo FAILED)" \
    $((secs / 60)) $((secs % 60))
}
trap report_time EXIT

export DEBIAN_FRONTEND=noninteractive
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: /usr/bin/chromium is missing; installing it with apt-get" >&2
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null; then
    as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
  else
    echo "test.sh: not root and no sudo: install chromium yourself (apt-get install -y chromium)" >&2
    exit 1
  fi
  "${as_root[@]}" apt-get update
  "${as_root[@]}" apt-get install -y chromium
fi

# Playwright drives the system Chromium; it must never download browsers of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

mvn -B verify "$@"
