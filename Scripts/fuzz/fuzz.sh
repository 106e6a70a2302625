#!/usr/bin/env bash
# Fuzzes JourneyKit's readers, and every writer on what they read, with libFuzzer and
# AddressSanitizer (see Docs/Security.md).
#
#   Scripts/fuzz/fuzz.sh [--seconds N] [--runs N] [--seed N] TARGET... | all
#
# Targets: journey-xml json csv tsv html drawio graphml vsdx mermaid cjml sniff events. Each runs for N seconds (60 by
# default), or N executions, from a corpus seeded with the test fixtures and the examples and kept in
# .build/fuzz/corpus/TARGET between runs. --seed fixes libFuzzer's random seed, so that a run from
# the same corpus mutates the same way (CI uses it: a failure there reproduces). An input that crashes, hangs (10 s), leaks or takes more
# than 2 GB is written to .build/fuzz/findings/ and the script fails; keep it as a regression test
# in Tests/JourneyKitTests/Fixtures/fuzz/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=60
runs=""
seed=0
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        all) targets+=(journey-xml json csv tsv html drawio graphml vsdx mermaid cjml sniff events); shift ;;
        *) targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || { echo "usage: $0 [--seconds N] [--runs N] [--seed N] TARGET... | all" >&2; exit 64; }

build=.build/fuzz
swiftc_path=$(readlink -f "$(command -v swiftc)")
runtime=$(ls "$(dirname "$swiftc_path")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
[ -f "$runtime" ] || { echo "error: libFuzzer (libclang_rt.fuzzer_no_main) not found beside swiftc" >&2; exit 69; }

echo "==> Building the fuzzing driver with libFuzzer and AddressSanitizer"
swift build -c release --product journey-fuzz --build-path "$build" \
    -Xswiftc -DJOURNEY_FUZZ -Xswiftc -sanitize=address \
    -Xswiftc -sanitize-coverage=edge,trace-cmp,pc-table,inline-8bit-counters \
    -Xlinker "$runtime" -Xlinker -lstdc++ 2>&1 | grep -v "warning: Cannot export\|unhandled; explicitly declare" | tail -3
driver="$build/release/journey-fuzz"

# Seeds the test fixtures and examples can give: the examples are also written in every text format
# the tool reads, by the plain build of the tool.
seed_maps=$build/seed-maps
if [ ! -d "$seed_maps" ]; then
    mkdir -p "$seed_maps"
    swift build --product journey 2>&1 | tail -1
    for example in Examples/*.journey.xml; do
        name=$(basename "$example" .journey.xml)
        cp "$example" "$seed_maps/"
        for extension in journey.json csv tsv html mmd cjml; do
            .build/debug/journey convert "$example" "$seed_maps/$name.$extension" --report none 2>/dev/null || true
        done
    done
fi

status=0
mkdir -p "$build/findings"
for target in "${targets[@]}"; do
    corpus=$build/corpus/$target
    mkdir -p "$corpus"
    extensions=$("$driver" "$target" --seed-extensions 2>/dev/null || true)
    for extension in $extensions; do
        find Tests Examples "$seed_maps" -type f -name "*.$extension" -size -512k -exec cp -n {} "$corpus/" \;
    done
    echo "==> Fuzzing $target ($(ls "$corpus" | wc -l) inputs in the corpus)"
    limit=(-max_total_time="$seconds")
    [ -n "$runs" ] && limit=(-runs="$runs")
    if ! ASAN_OPTIONS=detect_leaks=1 SWIFT_BACKTRACE=enable=no "$driver" "$target" "${limit[@]}" \
        -seed="$seed" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -dict=Scripts/fuzz/journey.dict -artifact_prefix="$build/findings/$target-" "$corpus" \
        >"$build/$target.log" 2>&1; then
        echo "error: $target found a problem; see $build/$target.log and $build/findings/" >&2
        grep -E "ERROR|SUMMARY|Fatal error|deadly|timeout|leak" "$build/$target.log" | head -5 >&2 || true
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$target.log" | sed "s/^/    /" || true
done
exit $status
