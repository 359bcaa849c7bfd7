#!/usr/bin/env bash
# PDF timings, a benchmark (not a test): bench/pdf.sh [SEED.md]
#   cold: the command line as a user runs it (./inkstone, jar + class-data archive), median of N runs,
#         wall time and peak memory, for the example article, the given seed-sized article (optional)
#         and a ~200-page book (20 copies of the example under distinct H1 chapters);
#   warm: whole builds in one process (bench/build.sh), after warm-up.
# N=7 by default; ROUNDS=20 warm rounds for articles, 6 for the book. Remote images are not fetched (--offline).
set -euo pipefail
# File arguments are taken relative to the folder the script is run from, not the repository.
ARGS=(); for a in "$@"; do if [ -e "$a" ]; then ARGS+=("$(realpath "$a")"); else ARGS+=("$a"); fi; done
set -- ${ARGS[@]+"${ARGS[@]}"}
cd "$(dirname "$0")/.."
N=${N:-7}
ROUNDS=${ROUNDS:-20}
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp -r examples/images "$WORK/"
cp examples/article.md "$WORK/article.md"
{
  printf -- '---\ntitle: 古籍数字化二十讲\nauthor: 南窗拾字\ndate: 2026-11-28\n---\n'
  for i in $(seq 1 20); do
    printf '\n# 第%d章 把“故纸堆”搬上屏幕\n\n' "$i"
    awk 'body; /^---$/ { if (++n == 2) body = 1 }' examples/article.md
  done
} > "$WORK/book.md"
FILES=("$WORK/article.md")
if [ $# -gt 0 ]; then cp "$1" "$WORK/seed.md"; FILES+=("$WORK/seed.md"); fi
FILES+=("$WORK/book.md")

./inkstone build "$WORK/article.md" --to pdf --offline --out "$WORK/out" >/dev/null 2>&1   # builds the jar and archive if needed
for f in "${FILES[@]}"; do
  for _ in $(seq 1 "$N"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time" ./inkstone build "$f" --to pdf --offline --out "$WORK/out" >/dev/null 2>&1
    cat "$WORK/time"
  done | sort -n | awk -v name="$(basename "$f")" '{ t[NR] = $1; m = ($2 > m ? $2 : m) }
    END { printf "cold %-12s median %.2f s (min %.2f, max %.2f), peak memory %d MB\n", name, t[int((NR + 1) / 2)], t[1], t[NR], m / 1024 }'
  ls -l "$WORK/out/$(basename "${f%.md}").pdf" | awk '{ printf "     size %.2f MB\n", $5 / 1048576 }'
done
for f in "${FILES[@]}"; do
  r=$ROUNDS; [ "$(basename "$f")" = book.md ] && r=6
  bench/build.sh "$f" pdf "$r" | sed 's/^/warm /'
done
