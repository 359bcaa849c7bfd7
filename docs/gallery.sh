#!/usr/bin/env bash
# Writes the README's theme gallery: docs/themes/<theme>.png for every bundled theme, each the first text page of the PDF (A5)
# and the WeChat view (375 px wide, as on a phone) of the same sample, docs/gallery/sample.md.
#   docs/gallery.sh [THEME ...]        (default: every bundled theme, themes/index.txt)
# Needs the project's jar (./inkstone builds it), the test classes (mvn test-compile) and Chromium
# (Debian: apt-get install chromium); the WeChat view is drawn with the repository's fonts only.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
command -v chromium >/dev/null || { echo "gallery: chromium is needed (apt-get install chromium)" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/sample/images" docs/themes
cp docs/gallery/sample.md "$WORK/sample/sample.md"
cp examples/images/accuracy.png "$WORK/sample/images/"
# Chromium finds exactly the repository's fonts, none of the machine's.
cat > "$WORK/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>$ROOT/fonts</dir><cachedir>$WORK/fontcache</cachedir></fontconfig>
CONF
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/cp.txt")"
if [ $# -gt 0 ]; then THEMES=("$@"); else mapfile -t THEMES < <(grep -v '^#' themes/index.txt | grep .); fi
for theme in "${THEMES[@]}"; do
  out="$WORK/out-$theme"
  ./inkstone build "$WORK/sample/sample.md" --theme "$theme" --to pdf,wechat --page-size A5 --quiet --out "$out"
  # The fragment as it shows in the WeChat editor's phone view: white page, 16 px side margins.
  { echo '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;padding:20px 16px;background:#fff">'
    cat "$out/sample.wechat.html"; echo '</body></html>'; } > "$out/phone.html"
  FONTCONFIG_FILE="$WORK/fonts.conf" chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --force-device-scale-factor=2 --window-size=375,740 --screenshot="$out/phone.png" "file://$out/phone.html" >/dev/null 2>&1
  description="$(sed -n 's/^description=//p' "themes/$theme/theme.properties")"
  java -cp "$CP" org.inkstone.gallery.GalleryPicture "docs/themes/$theme.png" "$theme" "$description" \
    "$out/sample.pdf" 2 "$out/phone.png" fonts/LXGWWenKai-Regular.ttf
  echo "wrote docs/themes/$theme.png"
done
