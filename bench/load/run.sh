#!/usr/bin/env bash
# Load test of answer checks against the real jar with wrk (Debian package `wrk`).
#   bench/load/run.sh                 embedded H2 in a fresh temporary data directory
#   bench/load/run.sh --db JDBC_URL   PostgreSQL (an empty database; the schema is migrated)
# Builds nothing: run `mvn -q -DskipTests package` first. Prints idle RSS, then anonymous and
# logged-in (recorded) checks at 32 connections on 2 threads. Env: DURATION (default 20s), PORT,
# JAVA_OPTS (default -Xmx512m).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=backend/target/gradlab.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port=${PORT:-7321}
duration=${DURATION:-20s}
data=$(mktemp -d)
db_args=("$@")
students=32
log=$data/server.log
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT

GRADLAB_PASSWORD=teacher-password java -jar "$jar" user add teacher --instructor --data "$data" "${db_args[@]}" >/dev/null
java ${JAVA_OPTS:--Xmx512m} -jar "$jar" serve --port "$port" --data "$data" "${db_args[@]}" >"$log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf "localhost:$port/api/health" >/dev/null && break; sleep 0.5; done
url=http://localhost:$port

sleep 3
echo "idle RSS after start: $(( $(ps -o rss= -p $server) / 1024 )) MB"

# Instructor logs in and creates the students in one CSV upload; each student logs in.
login() { curl -s -D - -o "$data/body" "$url/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\": \"$1\", \"password\": \"$2\"}" | sed -n 's/^[Ss]et-[Cc]ookie: \(gradlab_session=[^;]*\).*/\1/p'; }
cookie=$(login teacher teacher-password)
csrf=$(sed 's/.*"csrfToken":"\([^"]*\)".*/\1/' "$data/body")
{ echo "username,password"; for i in $(seq 1 $students); do echo "student$i,password-$i"; done; } >"$data/users.csv"
curl -sf "$url/api/users" -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/csv' \
  --data-binary @"$data/users.csv" >/dev/null
sessions=""
for i in $(seq 1 $students); do
  c=$(login "student$i" "password-$i")
  t=$(sed 's/.*"csrfToken":"\([^"]*\)".*/\1/' "$data/body")
  sessions="$sessions $c|$t"
done

echo "warm-up (10 s, not counted)"
GRADLAB_SESSIONS="$sessions" wrk -t2 -c32 -d10s -s bench/load/check.lua "$url" >/dev/null
echo "anonymous checks, 32 connections, $duration:"
wrk -t2 -c32 -d"$duration" -s bench/load/check.lua "$url" | tail -1
echo "logged-in checks (each recorded), 32 connections over $students students, $duration:"
GRADLAB_SESSIONS="$sessions" wrk -t2 -c32 -d"$duration" -s bench/load/check.lua "$url" | tail -1
recorded=$(curl -s "$url/api/gradebook.csv" -H "Cookie: $cookie" | wc -l)
echo "gradebook rows (students + header): $recorded"
echo "RSS after load: $(( $(ps -o rss= -p $server) / 1024 )) MB"
