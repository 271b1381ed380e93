#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs each for a while, one after another.
#
#   scripts/fuzz.sh [seconds-per-target] [target ...]     (default: 30 s, every target)
#
# Exits non-zero when any target crashes, hangs (-timeout) or runs out of memory; the input that
# did it is written to .fuzz/artifacts/<target>/ and the run's log to .fuzz/logs/<target>.log.
# New inputs that reach new code collect in .fuzz/corpus/<target>/ (kept between runs).
# FUZZ_SANITIZERS=fuzzer,address adds AddressSanitizer (slower; for the long runs).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
shift $(( $# > 0 ? 1 : 0 ))
sanitizers=${FUZZ_SANITIZERS:-fuzzer}

# target, seed folder under Fuzz/corpus, dictionary under Fuzz/dict, largest input in bytes.
# Pages are a few KB to 64 KB; quadratic parsing only shows on big inputs.
targets=(
  "fuzz-ellis-schedule pages pages 65536"
  "fuzz-ellis-topics pages pages 65536"
  "fuzz-markdown-schedule pages pages 65536"
  "fuzz-daily-papers pages pages 65536"
  "fuzz-schedule-xml schedules schedules 65536"
  "fuzz-schedule-json schedules schedules 65536"
  "fuzz-archive pages pages 65536"
  "fuzz-query query query 4096"
  "fuzz-arxiv-line arxiv-line arxiv-line 16384"
  "fuzz-cell-text cell-text cell-text 8192"
)

scratch=".build-fuzz${FUZZ_SANITIZERS:+-${sanitizers//,/-}}"
# -enable-testing: fuzz-arxiv-line reaches the importer's internal line parser with @testable.
swift build -c release --package-path Fuzz --scratch-path "$scratch" \
  -Xswiftc -sanitize="$sanitizers" -Xswiftc -parse-as-library -Xswiftc -enable-testing
bin="$scratch/release"

# Swift's crash backtracer waits on a fuzzer that traps; libFuzzer reports the crash itself.
export SWIFT_BACKTRACE=enable=no

failed=()
for entry in "${targets[@]}"; do
  read -r target seeds dict max_len <<<"$entry"
  if [ $# -gt 0 ] && [[ " $* " != *" $target "* ]]; then continue; fi
  mkdir -p ".fuzz/corpus/$target" ".fuzz/artifacts/$target" .fuzz/logs
  extra=()
  # The real archive pages seed the page targets whole, beside their committed chunks.
  [ "$seeds" = pages ] && extra+=(archive)
  log=".fuzz/logs/$target.log"
  echo "== $target: ${seconds}s"
  if "$bin/$target" ".fuzz/corpus/$target" "Fuzz/corpus/$seeds" "${extra[@]}" \
      -dict="Fuzz/dict/$dict.dict" -max_len="$max_len" -max_total_time="$seconds" \
      -timeout=10 -rss_limit_mb=2048 -artifact_prefix=".fuzz/artifacts/$target/" \
      -print_final_stats=1 >"$log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|slowest_unit_time_sec|peak_rss_mb)' "$log" | tr '\n' ' '
    echo
  else
    failed+=("$target")
    grep -E 'ERROR|SUMMARY|Fatal error|Test unit written' "$log" || tail -20 "$log"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]} (inputs in .fuzz/artifacts/, logs in .fuzz/logs/)"
  exit 1
fi
echo "fuzzing: no crash, hang or memory blow-up"
