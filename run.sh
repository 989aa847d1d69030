#!/usr/bin/env bash
# Builds GradLab and runs it: the REST API and the browser app on http://localhost:7070.
#   ./run.sh                      build (tests skipped), then serve on port 7070
#   ./run.sh --data /tmp/gl       extra options go to `gradlab.jar serve` (see --help)
set -euo pipefail
cd "$(dirname "$0")"

port=7070
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --port=*) port="${args[i]#--port=}" ;;
    --port) if ((i + 1 < ${#args[@]})); then port="${args[i + 1]}"; fi ;;
  esac
done

mvn -B -q -DskipTests package
echo "open http://localhost:${port}"
exec java -jar backend/target/gradlab.jar serve --port 7070 "$@"
