#!/usr/bin/env bash
# Measures Dossier: loading, answering beside sqlite3, and start-up. One command:
#
#   Benchmarks/run.sh            # 1k, 10k and 100k documents, a 1M-finding model, start-up
#   Benchmarks/run.sh --quick    # 1k and 10k documents and start-up only
#
# Options: --runs N (timed runs per statement, default 5), --seed S (corpus seed,
# default 1), --findings N (size of the synthetic model, default 1000000),
# --scratch-path DIR (SwiftPM build folder, default .build), --budget SECONDS (skip a
# corpus whose load, projected from the previous size's documents/s, would take
# longer; default 300, 0 for no limit).
# Corpora are generated once per seed, size and generator source, and kept under
# ${DOSSIER_BENCH_CACHE:-$TMPDIR/dossier-bench-corpus}. docs/performance.md explains
# every figure; it is written from one run of this script.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0 runs=5 seed=1 findings=1000000 scratch=.build budget=300
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --runs) runs="$2"; shift ;;
    --seed) seed="$2"; shift ;;
    --findings) findings="$2"; shift ;;
    --scratch-path) scratch="$2"; shift ;;
    --budget) budget="$2"; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
sizes="1000 10000"
[ "$quick" = 1 ] || sizes="$sizes 100000"

command -v sqlite3 >/dev/null || { echo "run.sh: sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }

echo "== build (release)"
for product in dossier-corpus dossier-bench dossier; do
  swift build -c release --scratch-path "$scratch" --product "$product" >&2
done
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"

echo "== machine"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores"
echo "memory:  $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
echo "swift:   $(swift --version 2>&1 | head -1)"
echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1-2)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (load average over 1, 5 and 15 minutes; other work on the machine skews figures)"

generator="$(cat Sources/dossier-corpus/*.swift | sha1sum | cut -c1-8)"
cache="${DOSSIER_BENCH_CACHE:-${TMPDIR:-/tmp}/dossier-bench-corpus}"
rate=""
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for n in $sizes; do
  if [ -n "$rate" ] && [ "$budget" != 0 ] && [ $((n / rate)) -gt "$budget" ]; then
    echo
    echo "== $n documents: skipped (at $rate documents/s loading would take about $((n / rate)) s;"
    echo "   over the --budget of $budget s: run with --budget 0 to measure it anyway)"
    continue
  fi
  dir="$cache/seed$seed-n$n-$generator"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    "$bin/dossier-corpus" --count "$n" --seed "$seed" --out "$dir"
    touch "$dir/.complete"
  fi
  echo
  echo "== $n documents (seed $seed)"
  "$bin/dossier-bench" --docs "$dir" --runs "$runs" | tee "$log"
  rate="$(sed -n 's/^load:.* \([0-9,]*\) documents\/s$/\1/p' "$log" | tr -d ,)"
  [ "${rate:-0}" -gt 0 ] 2>/dev/null || rate=1
done

if [ "$quick" = 0 ]; then
  echo
  echo "== synthetic model of $findings findings (no documents)"
  "$bin/dossier-bench" --synthetic-findings "$findings" --runs "$runs"
fi

echo
echo "== start-up"
"$bin/dossier-bench" --startup "$bin/dossier" --seeds seeds --startup-runs 20
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 20 --style basic -i "$bin/dossier --docs seeds -c 'count findings'" 2>&1 \
    | grep -E 'Time|Range' || true
fi
