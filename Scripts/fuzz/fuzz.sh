#!/usr/bin/env bash
# Fuzzes JourneyKit's readers, and every writer on what they read, with libFuzzer and
# AddressSanitizer (see Docs/Security.md).
#
#   Scripts/fuzz/fuzz.sh [--seconds N] [--runs N] [--seed N] [--max-len N] [--readers-only] [--no-asan]
#                        TARGET... | all
#
# Targets: journey-xml json csv tsv html drawio graphml vsdx mermaid cjml sniff events. Each runs for N seconds (60 by
# default), or N executions, from a corpus seeded with the test fixtures and the examples and kept in
# .build/fuzz/corpus/TARGET between runs. --seed fixes libFuzzer's random seed, so that a run from
# the same corpus mutates the same way (CI uses it: a failure there reproduces). --readers-only reads
# and validates each input without writing it in every format, tens of times faster for targets whose
# inputs become maps of many items (csv, tsv, mermaid, sniff); --max-len caps an input's size (65536
# bytes by default); --no-asan builds the driver without AddressSanitizer (in .build/fuzz-plain, no
# leak checks; Swift's own checks still trap), several times faster where Swift allocates a lot. An input that crashes, hangs (10 s), leaks or takes more
# than 2 GB is written to .build/fuzz/findings/ and the script fails; keep it as a regression test
# in Tests/JourneyKitTests/Fixtures/fuzz/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=60
runs=""
seed=0
max_len=65536
mode=()
sanitizers=(-Xswiftc -DJOURNEY_FUZZ -Xswiftc -sanitize=address
    -Xswiftc -sanitize-coverage=edge,trace-cmp,pc-table,inline-8bit-counters)
build=.build/fuzz
targets=()
log=""
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --max-len) max_len="$2"; shift 2 ;;
        --readers-only) mode=(--readers-only); shift ;;
        --no-asan)
            # libFuzzer's own main calls the driver; the program's entry point is renamed away.
            sanitizers=(-Xswiftc -DJOURNEY_FUZZ_PLAIN -Xswiftc -sanitize=fuzzer
                -Xswiftc -Xfrontend -Xswiftc -entry-point-function-name -Xswiftc -Xfrontend -Xswiftc journey_fuzz_plain_main)
            build=.build/fuzz-plain
            shift
            ;;
        all) targets+=(journey-xml json csv tsv html drawio graphml vsdx mermaid cjml sniff events); shift ;;
        *) targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || {
    echo "usage: $0 [--seconds N] [--runs N] [--seed N] [--max-len N] [--readers-only] [--no-asan] TARGET... | all" >&2
    exit 64
}

swiftc_path=$(readlink -f "$(command -v swiftc)")
runtime=$(ls "$(dirname "$swiftc_path")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
[ -f "$runtime" ] || { echo "error: libFuzzer (libclang_rt.fuzzer_no_main) not found beside swiftc" >&2; exit 69; }

linking=(-Xlinker "$runtime" -Xlinker -lstdc++)
[ "$build" = .build/fuzz-plain ] && linking=()
echo "==> Building the fuzzing driver ($build)"
swift build -c release --product journey-fuzz --build-path "$build" "${sanitizers[@]}" ${linking[@]+"${linking[@]}"} 2>&1 | grep -v "warning: Cannot export\|unhandled; explicitly declare" | tail -3
driver="$build/release/journey-fuzz"
mkdir -p .build/fuzz

# Seeds the test fixtures and examples can give: the examples are also written in every text format
# the tool reads, by the plain build of the tool.
seed_maps=.build/fuzz/seed-maps
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
mkdir -p ".build/fuzz/findings"
for target in "${targets[@]}"; do
    corpus=.build/fuzz/corpus/$target
    mkdir -p "$corpus"
    extensions=$("$driver" "$target" --seed-extensions 2>/dev/null || true)
    for extension in $extensions; do
        find Tests Examples "$seed_maps" -type f -name "*.$extension" -size -512k -exec cp -n {} "$corpus/" \;
    done
    echo "==> Fuzzing $target ($(ls "$corpus" | wc -l) inputs in the corpus)"
    log=.build/fuzz/$target.log
    [ ${#mode[@]} -gt 0 ] && log=.build/fuzz/$target-readers.log
    limit=(-max_total_time="$seconds")
    [ -n "$runs" ] && limit=(-runs="$runs")
    if ! ASAN_OPTIONS=detect_leaks=1 SWIFT_BACKTRACE=enable=no "$driver" "$target" ${mode[@]+"${mode[@]}"} "${limit[@]}" \
        -seed="$seed" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 \
        -dict=Scripts/fuzz/journey.dict -artifact_prefix=".build/fuzz/findings/$target-" "$corpus" \
        >"$log" 2>&1; then
        echo "error: $target found a problem; see $log and .build/fuzz/findings/" >&2
        grep -E "ERROR|SUMMARY|Fatal error|deadly|timeout|leak" "$log" | head -5 >&2 || true
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | sed "s/^/    /" || true
done
exit $status
