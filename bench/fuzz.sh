#!/usr/bin/env bash
# Coverage-guided fuzzing of the pipeline with Jazzer, one target at a time (the machine has 2 cores):
#   bench/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]        (default 60 s; all four targets)
# Targets: article (the shared writer alone, fast), xhtmlPage, wechat, epub (MarkdownFuzzTest) and pdf (PdfFuzzTest).
# Per target it prints the executions, the seconds, exec/s and any new finding. libFuzzer's log is kept in
# target/fuzz/TARGET.log, its growing corpus in .cifuzz-corpus/ (not committed), and an input that fails is written
# by Jazzer next to the committed inputs (src/test/resources/org/inkstone/fuzz/*Inputs/TARGET/crash-*): minimise it,
# give it a name that says what it is, and keep it there once the bug is fixed (else in src/test/fuzz-findings/).
# Generated inputs are at most 4 KB (2 KB for the PDF: libFuzzer's -max_len). The bound per case is tighter than in
# mvn test, to catch slow inputs: FUZZ_BOUND_MS (default 5000), and FUZZ_PDF_BOUND_MS (default 10000). FUZZ_KEEP_GOING=N goes on after a finding, up to N distinct ones.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(article xhtmlPage wechat epub pdf)

mvn -q -B test-compile || exit 1
mkdir -p target/fuzz
total=0
printf '%-10s %12s %8s %9s  %s\n' target executions seconds exec/s findings
for t in "${targets[@]}"; do
  case "$t" in
    pdf) test="PdfFuzzTest#pdf"; maxlen=2048; inputs=src/test/resources/org/inkstone/fuzz/PdfFuzzTestInputs/pdf ;;
    article|xhtmlPage|wechat|epub) test="MarkdownFuzzTest#$t"; maxlen=4096; inputs=src/test/resources/org/inkstone/fuzz/MarkdownFuzzTestInputs/$t ;;
    *) echo "unknown target '$t'; choose from article xhtmlPage wechat epub pdf" >&2; exit 2 ;;
  esac
  log=target/fuzz/$t.log
  before=$(ls "$inputs" 2>/dev/null | grep -c '^crash-\|^timeout-\|^slow-unit-' || true)
  start=$(date +%s)
  JAZZER_FUZZ=1 mvn -B -o surefire:test -Dtest="$test" -Djazzer.max_duration="${seconds}s" \
      -Djazzer.keep_going="${FUZZ_KEEP_GOING:-1}" -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_len="$maxlen" \
      -Dinkstone.fuzz.boundMs="${FUZZ_BOUND_MS:-5000}" -Dinkstone.fuzz.pdfBoundMs="${FUZZ_PDF_BOUND_MS:-10000}" \
      >"$log" 2>&1
  end=$(date +%s)
  # libFuzzer's last status line: "#123456 ... exec/s: 789"; "Done N runs in S second(s)" when it ran to the end
  runs=$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  done_line=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  if [ -n "$done_line" ]; then
    runs=$(echo "$done_line" | awk '{print $2}'); secs=$(echo "$done_line" | awk '{print $5}')
  else
    secs=$((end - start))
  fi
  runs=${runs:-0}
  [ "$secs" -gt 0 ] && rate=$((runs / secs)) || rate=$runs
  after=$(ls "$inputs" 2>/dev/null | grep -c '^crash-\|^timeout-\|^slow-unit-' || true)
  new=$((after - before))
  finding=$([ "$new" -gt 0 ] && echo "$new new in $inputs" || echo none)
  printf '%-10s %12s %8s %9s  %s\n' "$t" "$runs" "$secs" "$rate" "$finding"
  total=$((total + runs))
done
echo "total executions: $total"
