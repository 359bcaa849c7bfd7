#!/usr/bin/env bash
# Issue 11's comparison with Typst: the stress fixture (src/test/resources/typography/stress.md) typeset by Inkstone
# (PDF, A5) and by Typst with the same LXGW WenKai faces, page, margins, body size, first-line indent and
# justification; both PDFs' line-edge violations counted by the same line reader (org.inkstone.typography.EdgeReport,
# as the tests count them), the same for EdgeCases (every mark at every inline edge, also turned into Typst markup);
# and a side-by-side PNG crop of the stress fixture's first two paragraphs, Inkstone left, Typst right.
#   bench/typst-compare.sh [OUT.png]          (default: out/typst-vs-inkstone.png)
# Typst comes from npm (@myriaddreamin/typst-ts-node-compiler), installed into $TYPST_NODE
# (default ~/.cache/inkstone/typst-node) when missing. Needs node, npm, pdftoppm, pdftotext and python3.
set -euo pipefail
OUT_PNG="$(realpath -m "${1:-out/typst-vs-inkstone.png}")"
cd "$(dirname "$0")/.."
source bench/typst-node.sh
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DPI=200

# The test classes hold the line reader and the edge cases; the launcher builds the jar.
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
cat > "$WORK/EdgeCasesOut.java" <<'EOF'
public class EdgeCasesOut {
    public static void main(String[] args) throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), org.inkstone.typography.EdgeCases.markdown(40));
    }
}
EOF
javac -cp "$CP" -d "$WORK" "$WORK/EdgeCasesOut.java"
java -cp "$CP:$WORK" EdgeCasesOut "$WORK/edges.md"

./inkstone build src/test/resources/typography/stress.md "$WORK/edges.md" --to pdf --page-size A5 --offline --out "$WORK/inkstone" >/dev/null

# The same page and text settings in Typst: A5, margins 18/16/17 mm, 9.5 pt, line pitch 1.75, 2 em indent, justified.
PREAMBLE='#set page(width: 148mm, height: 210mm, margin: (x: 16mm, top: 18mm, bottom: 17mm))
#set text(font: "LXGW WenKai", size: 9.5pt, lang: "zh", region: "cn")
#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 1.05em, spacing: 1.05em)
#set smartquote(enabled: false)
#show raw: set text(font: "LXGW WenKai Mono", size: 1.1em)  // Typst sets raw at 0.8em: 0.88em as print.css
#show heading: set text(size: 16pt)
#show heading: set block(below: 1.6em)
'
# Markdown to Typst markup, for what the two documents use: # headings, **bold**, *emphasis*, `code`, [links](url),
# footnotes ([^id] and their "[^id]: text" lines), straight quotes kept straight (smartquote off above).
cat > "$WORK/md2typ.py" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
if text.startswith("---\n"):
    text = text[text.index("\n---\n", 4) + 5:]
notes = dict(re.findall(r"(?m)^\[\^([^\]]+)\]:\s*(.*)$", text))
text = re.sub(r"(?m)^\[\^([^\]]+)\]:.*$", "", text)
text = re.sub(r"([#$@<>\\])", r"\\\1", text)
text = re.sub(r"(?m)^\\#\s+", "= ", text)
parts = re.split(r"(`[^`]*`)", text)
for i in range(0, len(parts), 2):
    p = parts[i]
    p = re.sub(r"\[\^([^\]]+)\]", lambda m: "#footnote[" + notes[m.group(1)] + "]", p)
    p = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", lambda m: '#link("' + m.group(2) + '")[' + m.group(1) + "]", p)
    p = re.sub(r"\*\*(.+?)\*\*", "\x00\\1\x00", p)
    p = re.sub(r"\*(.+?)\*", r"_\1_", p)
    p = p.replace("\x00", "*")
    parts[i] = p
sys.stdout.write("".join(parts))
EOF
cat > "$WORK/compile.js" <<'EOF'
const { NodeCompiler } = require(process.env.TYPST_NODE_DIR + '/node_modules/@myriaddreamin/typst-ts-node-compiler');
const fs = require('fs');
const path = require('path');
const [input, output, fontDir] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: path.dirname(path.resolve(input)), fontArgs: [{ fontPaths: [fontDir] }] });
fs.writeFileSync(output, compiler.pdf({ mainFilePath: path.resolve(input) }));
EOF
mkdir -p "$WORK/typst"
for doc in stress edges; do
  src=src/test/resources/typography/stress.md
  [ "$doc" = edges ] && src="$WORK/edges.md"
  { printf '%s\n' "$PREAMBLE"; python3 "$WORK/md2typ.py" "$src"; } > "$WORK/typst/$doc.typ"
  TYPST_NODE_DIR="$NODE_DIR" node "$WORK/compile.js" "$WORK/typst/$doc.typ" "$WORK/typst/$doc.pdf" "$PWD/fonts"
done

echo "line-edge violations (A5; start = closing/pause mark at a line start, end = opening mark at a line end):"
for doc in stress edges; do
  java -cp "$CP" org.inkstone.typography.EdgeReport "$WORK/inkstone/$doc.pdf" "$WORK/typst/$doc.pdf" | sed "s|$WORK/||"
done

# Crop: from the line that starts 他说 to the one that ends the second paragraph (…没说话……), in each PDF.
cat > "$WORK/crop.py" <<'EOF'
import re, subprocess, sys
pdf, png, dpi = sys.argv[1], sys.argv[2], int(sys.argv[3])
html = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", pdf, "-"], capture_output=True, text=True).stdout
lines = []
for m in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', html, re.S):
    words = "".join(re.findall(r">([^<]*)</word>", m.group(5)))
    lines.append((float(m.group(2)), float(m.group(4)), words))
first = next(i for i, l in enumerate(lines) if l[2].startswith("他说"))
last = next(i for i, l in enumerate(lines) if i >= first and l[2].endswith("话……"))
top, bottom = lines[first][0] - 8, lines[last][1] + 8
left, right = 16 / 25.4 * 72 - 8, (148 - 16) / 25.4 * 72 + 8
s = dpi / 72
subprocess.run(["pdftoppm", "-png", "-singlefile", "-r", str(dpi), "-f", "1", "-l", "1",
                "-x", str(int(left * s)), "-y", str(int(top * s)), "-W", str(int((right - left) * s)),
                "-H", str(int((bottom - top) * s)), pdf, png[:-4]], check=True)
print(f"{right - left:.1f}pt {bottom - top:.1f}pt")
EOF
ink_size=$(python3 "$WORK/crop.py" "$WORK/inkstone/stress.pdf" "$WORK/typst/inkstone.png" $DPI)
typ_size=$(python3 "$WORK/crop.py" "$WORK/typst/stress.pdf" "$WORK/typst/typst.png" $DPI)
cat > "$WORK/typst/side.typ" <<EOF
#set page(width: auto, height: auto, margin: 10pt, fill: white)
#set text(font: "LXGW WenKai", size: 9pt)
#grid(columns: 2, column-gutter: 14pt, row-gutter: 6pt,
  [*Inkstone* (OpenHTMLtoPDF), A5], [*Typst* (typst.ts $TYPST_TS), A5],
  box(stroke: 0.4pt + gray, image("inkstone.png", width: ${ink_size%% *})),
  box(stroke: 0.4pt + gray, image("typst.png", width: ${typ_size%% *})))
EOF
TYPST_NODE_DIR="$NODE_DIR" node "$WORK/compile.js" "$WORK/typst/side.typ" "$WORK/typst/side.pdf" "$PWD/fonts"
mkdir -p "$(dirname "$OUT_PNG")"
pdftoppm -png -singlefile -r $DPI "$WORK/typst/side.pdf" "${OUT_PNG%.png}"
echo "wrote $OUT_PNG"
