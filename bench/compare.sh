#!/usr/bin/env bash
# Issue 13's paired comparisons, cold whole-process runs side by side (A B A B …), medians and ratios:
#   bench/compare.sh [ARTICLE.md] [--book DIR] [--runs N] [--batch N] [--only LIST]
#   - ARTICLE → PDF against Typst (its node binding, the same LXGW WenKai faces, the article turned into Typst markup);
#   - ARTICLE → EPUB against pandoc -f commonmark_x;
#   - ARTICLE → all four outputs in one run (wall, cpu, peak memory);
#   - a batch of N copies of ARTICLE (default 50, each with its own closing line) in one invocation, on every core
#     against one core (taskset -c 0);
#   - with --book DIR: the book → PDF (and → EPUB against pandoc on its chapters concatenated). DIR is a book folder
#     (SUMMARY.md), a docsify one whose sidebar.md is turned into its SUMMARY.md, or a bare git repository
#     of either (its HEAD is checked out into a temporary folder).
# --only takes a comma list of pdf,epub,all,batch,book (default: all of them). ARTICLE defaults to examples/article.md;
# its images are used from its folder (make remote ones local files first: the runs are --offline).
# Runs from any folder. Inkstone runs through the launcher (./inkstone: its JVM flags and class-data archive).
# Installs what is missing: Typst from npm (@myriaddreamin/typst-ts-node-compiler into $TYPST_NODE, default
# ~/.cache/inkstone/typst-node) and pandoc from Debian (apt-get). Needs /usr/bin/time, taskset, python3, node and npm.
set -euo pipefail
ARTICLE=""; BOOK=""; RUNS=5; BATCH=50; ONLY="pdf,epub,all,batch,book"
while [ $# -gt 0 ]; do
  case "$1" in
    --book) BOOK="$(realpath "$2")"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --batch) BATCH="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) ARTICLE="$(realpath "$1")"; shift ;;
  esac
done
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTICLE="${ARTICLE:-$HERE/examples/article.md}"
INK="$HERE/inkstone"
wants() { [[ ",$ONLY," == *",$1,"* ]]; }

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
if ! command -v pandoc >/dev/null; then
  echo "installing pandoc (apt-get)" >&2
  $SUDO apt-get install -y -qq pandoc >/dev/null
fi
source "$HERE/bench/typst-node.sh"
"$INK" --version >/dev/null  # builds the jar and its class-data archive when missing: not part of any run

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# time_run LABEL COMMAND…: one cold run; appends "LABEL wall cpu peakMiB" to $WORK/runs.
time_run() {
  local label="$1"; shift
  if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/t" "$@" >"$WORK/last.out" 2>"$WORK/last.err"; then
    echo "$label failed:" >&2; tail -5 "$WORK/last.err" >&2; exit 1
  fi
  read -r wall user sys kb < "$WORK/t"
  echo "$label $wall $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') $((kb / 1024))" >> "$WORK/runs"
}
# pair NAME "A command" "B command": one warm-up each, then RUNS pairs A B; prints medians and the ratio A/B.
pair() {
  local name="$1" a="$2" b="$3"
  eval "$a" >/dev/null 2>&1 || true; eval "$b" >/dev/null 2>&1 || true
  : > "$WORK/runs"
  for _ in $(seq "$RUNS"); do eval "time_run A $a"; eval "time_run B $b"; done
  python3 - "$WORK/runs" "$name" <<'EOF'
import statistics, sys
runs = [l.split() for l in open(sys.argv[1])]
a = [r for r in runs if r[0] == "A"]; b = [r for r in runs if r[0] == "B"]
med = lambda rows, i: statistics.median(float(r[i]) for r in rows)
ratio = statistics.median(float(x[1]) / float(y[1]) for x, y in zip(a, b))
title, names = sys.argv[2].split(": ", 1)
name = names.split(" vs ")
print(f"{title}: {name[0]} {med(a, 1):.2f} s wall, {med(a, 2):.2f} s cpu, {med(a, 3):.0f} MiB peak;"
      f" {name[1]} {med(b, 1):.2f} s wall, {med(b, 2):.2f} s cpu, {med(b, 3):.0f} MiB peak;"
      f" ratio {ratio:.2f} (median of {len(a)} pairs, wall)")
EOF
}
# single NAME COMMAND: RUNS runs; prints medians.
single() {
  local name="$1" c="$2"
  eval "$c" >/dev/null 2>&1 || true
  : > "$WORK/runs"
  for _ in $(seq "$RUNS"); do eval "time_run A $c"; done
  python3 - "$WORK/runs" "$name" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = lambda i: statistics.median(float(r[i]) for r in rows)
print(f"{sys.argv[2]}: {med(1):.2f} s wall, {med(2):.2f} s cpu, {med(3):.0f} MiB peak (median of {len(rows)} runs)")
EOF
}

# Markdown to Typst markup for what an article uses: front matter (title), headings, paragraphs, **bold**, *emphasis*,
# `code`, fenced code, links, images (width of the text), lists, quotes, tables as plain rows, footnotes.
cat > "$WORK/md2typ.py" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
title = ""
if text.startswith("---\n") and "\n---\n" in text[4:]:
    head, text = text[4:].split("\n---\n", 1)
    m = re.search(r"(?m)^title:\s*['\"]?(.*?)['\"]?\s*$", head)
    title = m.group(1) if m else ""
notes = dict(re.findall(r"(?m)^\[\^([^\]]+)\]:\s*(.*)$", text))
text = re.sub(r"(?m)^\[\^([^\]]+)\]:.*$", "", text)
out = ["#set page(paper: \"a4\", margin: (x: 22mm, y: 25mm))",
       "#set text(font: \"LXGW WenKai\", size: 11pt, lang: \"zh\", region: \"cn\")",
       "#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.9em)",
       "#show raw: set text(font: \"LXGW WenKai Mono\")", ""]
if title: out.append("#align(center, text(20pt, weight: \"bold\")[" + title + "])\n")
def inline(p):
    parts = re.split(r"(`[^`]*`)", p)
    for i in range(0, len(parts), 2):
        s = re.sub(r"([#$@<>\\~_*\[\]])", r"\\\1", parts[i])
        s = re.sub(r"!\\\[([^\]]*?)\\\]\(([^)\s]+)[^)]*\)", lambda m: '#image("' + m.group(2) + '", width: 100%)', s)
        s = re.sub(r"\\\[\^([^\]]+?)\\\]", lambda m: "#footnote[" + notes.get(m.group(1), "") + "]", s)
        s = re.sub(r"\\\[([^\]]*?)\\\]\(([^)\s]*)[^)]*\)", lambda m: '#link("' + m.group(2) + '")[' + m.group(1) + "]", s)
        s = re.sub(r"\\\*\\\*(.+?)\\\*\\\*", r"*\1*", s)
        s = re.sub(r"\\\*(.+?)\\\*", r"_\1_", s)
        parts[i] = s
    return "".join(parts)
fence = None
for line in text.split("\n"):
    if fence is not None:
        if line.startswith(fence): out.append(fence); fence = None
        else: out.append(line)
        continue
    m = re.match(r"^(```+|~~~+)(\w*)", line)
    if m:
        fence = "`" * max(3, len(m.group(1))); out.append(fence + m.group(2)); continue
    h = re.match(r"^(#{1,6})\s+(.*)$", line)
    if h: out.append("=" * len(h.group(1)) + " " + inline(h.group(2))); continue
    if re.match(r"^\s*\|?\s*:?-{3,}", line): continue
    line = re.sub(r"^(\s*)>\s?", r"\1", line)
    line = re.sub(r"^(\s*)[*+-]\s+(\[[ xX]\]\s+)?", r"\1- ", line)
    line = re.sub(r"^(\s*)\d+[.)]\s+", r"\1+ ", line)
    lead = re.match(r"^(\s*(?:- |\+ )?)(.*)$", line)
    out.append(lead.group(1) + inline(lead.group(2)))
sys.stdout.write("\n".join(out) + "\n")
EOF
cat > "$WORK/typst.js" <<'EOF'
const { NodeCompiler } = require(process.env.TYPST_NODE_DIR + '/node_modules/@myriaddreamin/typst-ts-node-compiler');
const fs = require('fs');
const path = require('path');
const [input, output, fontDir] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: path.dirname(path.resolve(input)), fontArgs: [{ fontPaths: [fontDir] }] });
const pdf = compiler.pdf({ mainFilePath: path.resolve(input) });
if (!pdf || !pdf.length) { console.error('typst produced no PDF'); process.exit(1); }
fs.writeFileSync(output, pdf);
EOF
export TYPST_NODE_DIR="$NODE_DIR"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Inkstone $("$INK" --version | head -1), $(java -version 2>&1 | head -1), pandoc $(pandoc --version | head -1 | awk '{print $2}'), typst.ts $TYPST_TS"
echo "article: $ARTICLE ($(wc -c < "$ARTICLE") bytes); $RUNS runs each, cold processes, medians"
ADIR="$(dirname "$ARTICLE")"
ANAME="$(basename "$ARTICLE" .md)"
# a folder beside the article's own: links to what its folder holds (the images), and the Typst markup
mkdir -p "$WORK/src"
for f in "$ADIR"/* ; do [ "${f##*.}" = md ] || ln -s "$f" "$WORK/src/"; done
TYP="$WORK/src/$ANAME.typ"
python3 "$WORK/md2typ.py" "$ARTICLE" > "$TYP"

if wants pdf; then
  pair "article → PDF: inkstone vs typst" \
    "'$INK' build '$ARTICLE' --offline --to pdf --out '$WORK/i'" \
    "node '$WORK/typst.js' '$TYP' '$WORK/t.pdf' '$HERE/fonts'"
  command -v pdfinfo >/dev/null && echo "  pages: inkstone $(pdfinfo "$WORK/i/$ANAME.pdf" 2>/dev/null | awk '/^Pages/ {print $2}'), typst $(pdfinfo "$WORK/t.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')"
fi
if wants epub; then
  pair "article → EPUB: inkstone vs pandoc" \
    "'$INK' build '$ARTICLE' --offline --to epub --out '$WORK/i'" \
    "pandoc -f commonmark_x '$ARTICLE' --resource-path '$ADIR' -o '$WORK/p.epub' --metadata title='$ANAME'"
fi
if wants all; then
  single "article → html, wechat, epub, pdf in one run" "'$INK' build '$ARTICLE' --offline --to html,wechat,epub,pdf --out '$WORK/i'"
fi
if wants batch; then
  mkdir -p "$WORK/batch"
  for f in "$ADIR"/* ; do [ "${f##*.}" = md ] || ln -s "$f" "$WORK/batch/"; done
  for i in $(seq -w 1 "$BATCH"); do
    { cat "$ARTICLE"; printf '\n\n%s\n' "（第 $i 篇）"; } > "$WORK/batch/a$i.md"
  done
  # one core (taskset): one input at a time and its outputs one after another, as before issue 13
  pair "batch of $BATCH articles (html, wechat, epub, pdf): one core vs every core" \
    "taskset -c 0 '$INK' build '$WORK'/batch/a*.md --offline --to html,wechat,epub,pdf --out '$WORK/b1'" \
    "'$INK' build '$WORK'/batch/a*.md --offline --to html,wechat,epub,pdf --out '$WORK/b2'"
  echo "  (the ratio is one core's time over every core's: the throughput gain)"
fi
if wants book && [ -n "$BOOK" ]; then
  if [ -d "$BOOK/objects" ] && [ -f "$BOOK/HEAD" ]; then # a bare repository: its HEAD's files
    mkdir -p "$WORK/book"; git --git-dir="$BOOK" archive HEAD | tar -x -C "$WORK/book"; BOOK="$WORK/book"
  fi
  if [ -f "$BOOK/sidebar.md" ]; then # docsify (its sidebar is the current contents): 1. [title](#docs/x) → - [title](docs/x.md)
    [ "$BOOK" = "$WORK/book" ] || { mkdir -p "$WORK/book"; cp -r "$BOOK"/. "$WORK/book/"; BOOK="$WORK/book"; }
    sed -nE 's/^[0-9]+\. \[([^]]*)\]\(#([^)]*)\).*/- [\1](\2.md)/p' "$BOOK/sidebar.md" > "$BOOK/SUMMARY.md"
  fi
  grep -oE '\]\([^)]+\.md\)' "$BOOK/SUMMARY.md" | sed -E 's/^\]\(//; s/\)$//' \
    | while read -r f; do if [ -f "$BOOK/$f" ]; then cat "$BOOK/$f"; printf '\n\n'; else echo "  (no $f: left out of pandoc's copy)" >&2; fi; done \
    > "$WORK/book-all.md"
  echo "book: $BOOK ($(grep -cE '\]\([^)]+\.md\)' "$BOOK/SUMMARY.md") chapters, $(du -k "$WORK/book-all.md" | cut -f1) KB of Markdown)"
  single "book → PDF" "'$INK' build '$BOOK' --offline --quiet --to pdf --out '$WORK/k'"
  command -v pdfinfo >/dev/null && echo "  pages: $(pdfinfo "$WORK/k/$(basename "$BOOK").pdf" 2>/dev/null | awk '/^Pages/ {print $2}')"
  pair "book → EPUB: inkstone vs pandoc" \
    "'$INK' build '$BOOK' --offline --quiet --to epub --out '$WORK/k'" \
    "pandoc -f commonmark_x '$WORK/book-all.md' -o '$WORK/p.epub' --metadata title=book"
fi
