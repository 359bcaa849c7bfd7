#!/usr/bin/env bash
# Does doubling a hostile input at most double the build time? bench/scaling.sh [SHAPE...]
#   Shapes (see ScalingBenchmark): inline-math, quote-list, deep-quote, deep-emphasis, nested-strong,
#   nested-em-html, footnotes, long-paragraph, wide-table; each at 1x, 2x, 4x, in one warm JVM,
#   to the outputs where it used to be slow. Exit status 1 when a 4x/2x ratio is above 2.6.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1
exec java -Xss16m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.inkstone.bench.ScalingBenchmark "$@"
