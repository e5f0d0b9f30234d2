#!/usr/bin/env bash
# Builds and runs Dossier's libFuzzer targets.
#
#   Tests/Fuzz/run.sh [query|extract|all] [RUNS]     fuzz (default: all, 1000000 runs each)
#   Tests/Fuzz/run.sh replay                         run the committed corpora through a normal build
#   FUZZ_JOBS=2 Tests/Fuzz/run.sh extract 500000     fuzz in two processes
#
# fuzz-query feeds each input to the statement splitter, continuation,
# completion and evaluation over a small hand-made catalog; fuzz-extract
# writes it to a .txt (or .html, when it starts with `<`) file and loads it.
# Each input has 5 seconds (-timeout=5): a slower one is reported as a hang.
# The committed seeds in Tests/Fuzz/corpus/TARGET are copied into a working
# corpus under .build-fuzz/, so the fuzzer's own finds never dirty the tree.
# A crash, hang or sanitizer report stops the run and leaves the input in
# .build-fuzz/artifacts/TARGET/; fix it, then commit it to the seed corpus so
# the Robustness tests replay it.
#
# Needs the swift.org toolchain on Linux (its clang runtime has libFuzzer).
set -euo pipefail
cd "$(dirname "$0")/../.."

what=${1:-all}
runs=${2:-1000000}
scratch=.build-fuzz
flags=(-c release --scratch-path "$scratch"
       -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
       # @_extern(c) declares libFuzzer's LLVMFuzzerRunDriver (see QueryTarget.swift).
       -Xswiftc -enable-experimental-feature -Xswiftc Extern)

replay() {
  swift build --scratch-path .build --product fuzz-query
  swift build --scratch-path .build --product fuzz-extract
  .build/debug/fuzz-query Tests/Fuzz/corpus/query 2>/dev/null
  .build/debug/fuzz-extract Tests/Fuzz/corpus/extract 2>/dev/null
}

fuzz() {
  local target=$1
  local work="$scratch/corpus/$target" artifacts="$scratch/artifacts/$target/"
  echo "run.sh: building fuzz-$target with libFuzzer and AddressSanitizer" >&2
  swift build "${flags[@]}" --product "fuzz-$target" 2>&1 | grep -v "Cannot export local symbol" >&2
  mkdir -p "$work" "$artifacts"
  cp -n Tests/Fuzz/corpus/"$target"/* "$work"/ 2>/dev/null || true
  local dict=()
  [ -f "Tests/Fuzz/$target.dict" ] && dict=(-dict="Tests/Fuzz/$target.dict")
  echo "run.sh: fuzz-$target for $runs runs" >&2
  # FUZZ_JOBS=N fuzzes in N processes (libFuzzer's -fork); RUNS is then per process.
  local fork=()
  [ "${FUZZ_JOBS:-1}" -gt 1 ] && fork=(-fork="$FUZZ_JOBS" -ignore_crashes=0)
  # Sanitizer reports abort so libFuzzer records them. No leak checks (Swift's
  # runtime keeps its caches for the life of the process) and no allocation
  # stacks (malloc_context_size=0), which makes fuzz-extract about twice as fast.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:malloc_context_size=0 \
    "$scratch/release/fuzz-$target" -runs="$runs" -timeout=5 -rss_limit_mb=4096 -max_len=4096 \
      -print_final_stats=1 -artifact_prefix="$artifacts" "${fork[@]}" "${dict[@]}" "$work"
}

case "$what" in
  query|extract) fuzz "$what" ;;
  all) fuzz query; fuzz extract ;;
  replay) replay ;;
  *) echo "usage: $0 [query|extract|all] [RUNS] | $0 replay" >&2; exit 2 ;;
esac
