# Sourced by the bench scripts that compare with Typst: sets NODE_DIR and TYPST_TS and installs Typst's node
# binding (@myriaddreamin/typst-ts-node-compiler) into NODE_DIR (default ~/.cache/inkstone/typst-node) when missing.
NODE_DIR="${TYPST_NODE:-$HOME/.cache/inkstone/typst-node}"
TYPST_TS=0.7.0
if [ ! -d "$NODE_DIR/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
  echo "installing @myriaddreamin/typst-ts-node-compiler@$TYPST_TS into $NODE_DIR" >&2
  mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund "@myriaddreamin/typst-ts-node-compiler@$TYPST_TS" >/dev/null)
fi
