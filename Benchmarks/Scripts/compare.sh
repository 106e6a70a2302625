#!/usr/bin/env bash
# Times JourneyKit against the tools users would pick instead, side by side on the same inputs:
# `journey info` on draw.io drawings (bands, tall, wide, many pages, compressed pages) against
# `xmllint --noout`, `xmllint --stream --noout` and drawio-digest (PyPI); `journey info` and
# `journey convert → SVG` on canonical maps of growing size against xmllint; and the same journey
# drawn by `journey convert` and by Mermaid 11 in headless Chromium. Prints medians, ratios,
# growth exponents (log-log slope over the sizes) and peak memory (max RSS).
#
#   Benchmarks/Scripts/compare.sh [options]        # default run: about 10 minutes on 2 cores
#     --runs N                 rounds per comparison (default 3)
#     --drawio-sizes 2,10,50   sizes of the generated drawings in MB
#     --shapes bands,tall,wide,pages,compressed
#     --map-items 100,1000,10000,100000   (up to 1000000)
#     --mermaid-items 0,100,1000          (0: the bundled car-purchase example)
#     --sections drawio,maps,mermaid
#
# Needs xmllint (libxml2-utils) and chromium from apt; installs drawio-digest and artoo-mermaid
# (which ships mermaid.min.js) with pip when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

for tool in xmllint chromium; do
    command -v "$tool" >/dev/null || echo "note: $tool not found (apt-get install -y --no-install-recommends libxml2-utils chromium)" >&2
done
command -v drawio-digest >/dev/null || pip install --quiet drawio-digest >&2 || true
python3 -c 'import importlib.util as u, sys; sys.exit(0 if u.find_spec("artoo_mermaid") else 1)' 2>/dev/null ||
    pip install --quiet --ignore-requires-python --no-deps artoo-mermaid==11.16.0 >&2 || true
if [[ -z "${MERMAID_JS:-}" ]]; then
    folder=$(python3 -c 'import importlib.util as u; s = u.find_spec("artoo_mermaid"); print(s.submodule_search_locations[0] if s else "")')
    [[ -n "$folder" ]] && export MERMAID_JS="$folder/assets/mermaid.min.js"
fi

swift build -c release --product journey 2>&1 | tail -1
swift build -c release --package-path Benchmarks --product import-benchmarks 2>&1 | tail -1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -u Benchmarks/Scripts/compare.py --journey "$root/.build/release/journey" \
    --generator "$root/Benchmarks/.build/release/import-benchmarks" --work "$work" --root "$root" "$@"
