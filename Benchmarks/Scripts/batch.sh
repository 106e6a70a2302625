#!/usr/bin/env bash
# Times `journey convert` over many maps in one call against one process per map, on the same maps.
#
#   Benchmarks/Scripts/batch.sh [COUNT] [ROUNDS]     # default: 1000 maps, 5 rounds
#
# Builds the tool in release mode, writes COUNT maps (the two bundled examples, each copy with its
# own identifier and title, alternating), then per round: the batch to SVG into an empty folder
# (all cores), the same again (everything up to date: the cost of looking), and one process per map
# for the first 100 maps (scaled to COUNT). Prints medians, the per-map cost and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000}
rounds=${2:-5}

swift build -c release --product journey 2>&1 | tail -1
journey=$(pwd)/.build/release/journey
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/maps"
for ((i = 0; i < count; i++)); do
    if ((i % 2 == 0)); then example=Examples/car-purchase.journey.xml; else example=Examples/software-purchase.journey.xml; fi
    sed -e "0,/<journeyMap id=\"[^\"]*\"/s//<journeyMap id=\"map-$i\"/" -e "0,/<title>/s//<title>$i: /" \
        "$example" >"$work/maps/map-$i.journey.xml"
done
bytes=$(du -sb "$work/maps" | cut -f1)
echo "input: $count maps, $((bytes / 1024)) KiB, $(nproc) cores"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

batch=() uptodate=() single=()
sample=$((count < 100 ? count : 100))
for ((round = 0; round < rounds; round++)); do
    rm -rf "$work/out"
    batch+=("$(seconds "$journey" convert "$work/maps" -o "$work/out" --to svg -q)")
    uptodate+=("$(seconds "$journey" convert "$work/maps" -o "$work/out" --to svg -q)")
    start=$(date +%s.%N)
    for ((i = 0; i < sample; i++)); do
        "$journey" convert "$work/maps/map-$i.journey.xml" "$work/single-$i.svg" -q
    done
    end=$(date +%s.%N)
    single+=("$(echo "($end - $start) * $count / $sample" | bc -l)")
done
b=$(printf '%s\n' "${batch[@]}" | median)
u=$(printf '%s\n' "${uptodate[@]}" | median)
s=$(printf '%s\n' "${single[@]}" | median)
printf 'batch to SVG, one call:        %.2f s  (%.2f ms per map)\n' "$b" "$(echo "$b * 1000 / $count" | bc -l)"
printf 'batch, all up to date:         %.2f s\n' "$u"
printf 'one process per map (scaled):  %.2f s  (%.2f ms per map)\n' "$s" "$(echo "$s * 1000 / $count" | bc -l)"
printf 'one call is %.1fx faster than a process per map\n' "$(echo "$s / $b" | bc -l)"
