#!/usr/bin/env bash
# The per-process cost of `journey`: `journey --version` and converting the small bundled example to
# SVG, each run RUNS times in a loop by `perf stat` (CPU time and elapsed time per run), for every
# build given (default: the release build, and the build with the Swift runtime linked statically
# when .build-static exists), side by side, in turn; plus the shared libraries each loads and the
# dynamic loader's own statistics.
#
#   Benchmarks/Scripts/startup.sh [RUNS] [ROUNDS]      # default 100 runs, 3 rounds
#
# The statically linked build: swift build -c release --product journey --static-swift-stdlib \
#     --scratch-path .build-static
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-100}
rounds=${2:-3}
builds=(.build/release/journey)
[[ -x .build-static/release/journey ]] && builds+=(.build-static/release/journey)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for journey in "${builds[@]}"; do
    echo "$journey: $(ldd "$journey" | wc -l) shared libraries, $(du -h "$journey" | cut -f1)"
    LD_DEBUG=statistics "$journey" --version 2>&1 >/dev/null | grep -E "total startup time|final number of relocations:" | sed 's/^ *[0-9]*: */    /'
done
# One line per build and task: CPU milliseconds (task-clock) and elapsed milliseconds per run.
stat() {
    perf stat -x, -e task-clock -r "$runs" "$@" 2>&1 >/dev/null | awk -F, '/task-clock/ { printf "%8.2f ms CPU", $1 }'
    perf stat -r "$runs" "$@" 2>&1 >/dev/null | awk '/seconds time elapsed/ { printf "  %8.2f ms elapsed\n", $1 * 1000 }'
}
for ((round = 1; round <= rounds; round++)); do
    echo "round $round ($runs runs each)"
    for journey in "${builds[@]}"; do
        printf '  %-32s --version   ' "$journey"
        stat "$journey" --version
        printf '  %-32s example→SVG ' "$journey"
        stat "$journey" convert Examples/car-purchase.journey.xml "$work/car.svg" -q
    done
done
