#!/usr/bin/env bash
# Runs every GradLab benchmark on this machine and prints the figures docs/benchmarks.md reports.
#   bench/run.sh            all JMH benchmarks plus the Python peers
#   bench/run.sh Matmul     only JMH benchmarks whose name matches
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl bench -am -DskipTests package
java -jar bench/target/benchmarks.jar "${1:-.}" -rf json -rff bench/target/jmh.json
if command -v python3 >/dev/null; then
  python3 bench/peers/micrograd_peer.py 3
  python3 -c "import numpy" 2>/dev/null && python3 bench/peers/numpy_matmul.py || echo "numpy not installed: skipped the numpy peer"
fi
