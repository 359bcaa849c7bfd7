#!/usr/bin/env bash
# The refactor check: builds a fixed set of inputs with several option sets to every output and
# prints one SHA-256 per output file and each run's messages. Run it before and after a
# change that must not change output, and diff the two listings:
#   bench/identical.sh > /tmp/before.txt; (change); bench/identical.sh > /tmp/after.txt; diff /tmp/before.txt /tmp/after.txt
# Extra Markdown files given as arguments are built too (e.g. a real article kept outside the project).
set -euo pipefail
# File arguments are taken relative to the folder the script is run from, not the repository.
ARGS=(); for a in "$@"; do if [ -e "$a" ]; then ARGS+=("$(realpath "$a")"); else ARGS+=("$a"); fi; done
set -- ${ARGS[@]+"${ARGS[@]}"}
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package >/dev/null
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1764547200
INPUTS=(examples/article.md src/test/resources/corpus/features.md bench/identity/front-matter-options.md
        bench/identity/bad-front-matter-options.md "$@")
SETS=(""
      "--accent #0066cc --font-size 15px --cjk-spacing on --page-size A5 --toc on --split-level 2 --line-numbers --no-embed-fonts"
      "--pdf-ua --cjk-spacing off --toc off --notes"
      "--pdf-a --image-base https://img.example.org/a/")
n=0
for set in "${SETS[@]}"; do
  n=$((n + 1))
  for input in "${INPUTS[@]}"; do
    out="$WORK/$n/$(basename "$input" .md)"
    mkdir -p "$out"
    # shellcheck disable=SC2086
    java -Xss16m -Djava.awt.headless=true -Dinkstone.home="$PWD" -jar target/inkstone.jar build "$input" --offline \
      --to html,wechat,epub,pdf --out "$out" $set >"$out.stdout" 2>"$out.stderr" && rc=0 || rc=$?
    echo "set$n/$(basename "$input"): exit $rc"
    (cd "$out" && sha256sum ./* 2>/dev/null | sed "s|  ./|  set$n/|")
    sed "s|$WORK||g; s|^|set$n/$(basename "$input") says: |" "$out.stderr"
  done
done
