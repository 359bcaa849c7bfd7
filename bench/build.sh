#!/usr/bin/env bash
# Warm in-process timings of a whole build: bench/build.sh FILE.md FORMATS [ROUNDS]
set -euo pipefail
# File arguments are taken relative to the folder the script is run from, not the repository.
ARGS=(); for a in "$@"; do if [ -e "$a" ]; then ARGS+=("$(realpath "$a")"); else ARGS+=("$a"); fi; done
set -- ${ARGS[@]+"${ARGS[@]}"}
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1
exec java -Xss16m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.inkstone.bench.BuildBenchmark "$@"
