#!/usr/bin/env bash
# Cost of highlighting and math, on and off: bench/code-math.sh [FILE.md]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1
exec java -Xss16m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.inkstone.bench.CodeMathBenchmark "$@"
