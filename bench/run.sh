#!/usr/bin/env bash
# Runs every GradLab benchmark on this machine and prints the figures docs/benchmarks.md reports.
#   bench/run.sh            all JMH benchmarks plus the Python peers
#   bench/run.sh Matmul     only JMH benchmarks whose name matches (Attention also runs the Chromium benchmark)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl bench -am -DskipTests package
java -jar bench/target/benchmarks.jar "${1:-.}" -rf json -rff bench/target/jmh.json
if command -v python3 >/dev/null; then
  python3 bench/peers/micrograd_peer.py 3
  python3 -c "import numpy" 2>/dev/null && python3 bench/peers/numpy_matmul.py || echo "numpy not installed: skipped the numpy peer"
fi
# The browser side: attention forward + backward in Chromium (JS and WasmGC) beside the JVM, through the
# e2e harness (builds the app and the jar, installs nothing: needs /usr/bin/chromium, see test.sh).
if [ "${1:-.}" = "." ] || [[ "Attention" == *"${1}"* ]]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 mvn -B -q -pl shared-core,frontend-teavm,backend,e2e verify \
    -Dtest=AttentionWorkloadTest -Dsurefire.failIfNoSpecifiedTests=false
  cat e2e/target/benchmarks/attention.txt
fi
