#!/usr/bin/env bash
# The one command that runs every GradLab test: the unit tests of every module, the TeaVM build of
# the browser app, and the end-to-end tests (the packaged server jar driven through headless
# Chromium). Works non-interactively on a fresh Debian machine with JDK 17 and Maven; installs
# Chromium and PostgreSQL with apt-get if they are missing, starts PostgreSQL and runs the
# database tests on it too (GRADLAB_TEST_PG). Extra arguments go to Maven.
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
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
  as_postgres=(runuser -u postgres --)
elif command -v sudo >/dev/null; then
  as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
  as_postgres=(sudo -u postgres)
else
  as_root=(false)
  as_postgres=(false)
fi
apt_updated=
apt_install() {
  if [ "${as_root[0]:-}" = false ]; then
    echo "test.sh: not root and no sudo: install $* yourself (apt-get install -y $*)" >&2
    exit 1
  fi
  if [ -z "$apt_updated" ]; then
    "${as_root[@]}" apt-get update
    apt_updated=1
  fi
  "${as_root[@]}" apt-get install -y "$@"
}

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: /usr/bin/chromium is missing; installing it with apt-get" >&2
  apt_install chromium
fi

# PostgreSQL for the database tests: the backend runs them on H2 and, when GRADLAB_TEST_PG is set,
# once more on PostgreSQL. Unless the caller set GRADLAB_TEST_PG (set it empty to test on H2 only),
# install PostgreSQL if missing, start its cluster, and make a fresh database gradlab_test.
if [ -z "${GRADLAB_TEST_PG+set}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "test.sh: PostgreSQL is missing; installing it with apt-get" >&2
    apt_install postgresql
  fi
  pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$pg_version main"; then
    "${as_root[@]}" pg_createcluster "$pg_version" main
  fi
  if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    "${as_root[@]}" pg_ctlcluster "$pg_version" main start
  fi
  pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" {print $3}')
  for _ in $(seq 1 30); do
    pg_isready -q -h localhost -p "$pg_port" && break
    sleep 1
  done
  (cd / && "${as_postgres[@]}" psql -q -p "$pg_port" -v ON_ERROR_STOP=1) <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gradlab_test') THEN
    CREATE ROLE gradlab_test LOGIN PASSWORD 'gradlab_test';
  END IF;
END $$;
DROP DATABASE IF EXISTS gradlab_test;
CREATE DATABASE gradlab_test OWNER gradlab_test;
SQL
  export GRADLAB_TEST_PG="jdbc:postgresql://localhost:$pg_port/gradlab_test?user=gradlab_test&password=gradlab_test"
  echo "test.sh: database tests also run on PostgreSQL $pg_version (port $pg_port)" >&2
fi

# Playwright drives the system Chromium; it must never download browsers of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

mvn -B verify "$@"
