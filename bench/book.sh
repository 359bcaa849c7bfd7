#!/usr/bin/env bash
# A book's cold builds against pandoc on the same chapters concatenated, side by side:
#   bench/book.sh BOOK_DIR [RUNS]
# BOOK_DIR holds a SUMMARY.md (its chapter links give the order). Prints, per run, Inkstone → EPUB,
# pandoc (-f commonmark_x) → EPUB, and Inkstone → PDF: wall seconds and peak memory (/usr/bin/time),
# then the medians and the EPUB ratio. Remote images are not fetched (--offline; pandoc gets the text only).
set -euo pipefail
BOOK="$(realpath "$1")"; RUNS="${2:-3}"
cd "$(dirname "$0")/.."
command -v pandoc >/dev/null || { echo "installing pandoc (Debian)"; sudo apt-get install -y -qq pandoc >/dev/null; }
./inkstone --version >/dev/null  # builds the jar and its class-data archive when missing
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
# the chapters in the summary's order, concatenated for pandoc
grep -oE '\]\([^)]+\.md\)' "$BOOK/SUMMARY.md" | sed -E 's/^\]\(//; s/\)$//' | while read -r f; do cat "$BOOK/$f"; printf '\n\n'; done > "$WORK/all.md"
echo "book: $BOOK ($(grep -oE '\]\([^)]+\.md\)' "$BOOK/SUMMARY.md" | wc -l) chapters, $(du -k "$WORK/all.md" | cut -f1) KB of Markdown)"
measure() { # label command...
  /usr/bin/time -f "%e %M" -o "$WORK/t" "${@:2}" >/dev/null 2>&1 || true
  read -r wall kb < "$WORK/t"; echo "$1 $wall $((kb / 1024))"
}
for i in $(seq "$RUNS"); do
  measure inkstone-epub ./inkstone build "$BOOK" --offline --quiet --to epub --out "$WORK/i"
  measure pandoc-epub pandoc -f commonmark_x "$WORK/all.md" -o "$WORK/p.epub" --metadata title=book
  measure inkstone-pdf ./inkstone build "$BOOK" --offline --quiet --to pdf --out "$WORK/i"
done | tee "$WORK/runs"
awk '{w[$1]=w[$1]" "$2; m[$1]=m[$1]" "$3} END {for (k in w) print k, w[k], "|", m[k]}' "$WORK/runs" | while read -r label rest; do
  walls=$(echo "$rest" | cut -d'|' -f1 | tr ' ' '\n' | grep . | sort -n); mems=$(echo "$rest" | cut -d'|' -f2 | tr ' ' '\n' | grep . | sort -n)
  n=$(echo "$walls" | wc -l); mid=$(( (n + 1) / 2 ))
  echo "median $label: $(echo "$walls" | sed -n "${mid}p") s wall, $(echo "$mems" | sed -n "${mid}p") MB peak"
done | sort | tee "$WORK/medians"
ie=$(grep "median inkstone-epub" "$WORK/medians" | awk '{print $3}'); pe=$(grep "median pandoc-epub" "$WORK/medians" | awk '{print $3}')
echo "EPUB ratio Inkstone/pandoc: $(awk -v a="$ie" -v b="$pe" 'BEGIN {printf "%.2f", a / b}')"
PDF="$WORK/i/$(basename "$BOOK").pdf"
[ -s "$PDF" ] && command -v pdfinfo >/dev/null && echo "PDF: $(pdfinfo "$PDF" | awk '/^Pages/ {print $2}') pages"
true
