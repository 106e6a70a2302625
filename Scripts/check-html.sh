#!/usr/bin/env bash
# Renders journey maps as HTML pages with the `journey` tool and checks each page in headless
# Chromium with Scripts/check-html.py: no payload runs, nothing is requested, the page reads back
# as the same map. Screenshots land next to the pages.
#
# Usage: Scripts/check-html.sh [MAP.journey.xml ...]
#   Without maps: every example in Examples/ and the hostile map in Scripts/fixtures/.
# Environment:
#   OUTPUT         where pages and screenshots go (default: .build-html-check)
#   SWIFT_FLAGS    extra flags for `swift build`, such as --scratch-path .build-mine
# Needs the Debian packages chromium and python3:
#   apt-get install -y --no-install-recommends chromium python3
set -euo pipefail
cd "$(dirname "$0")/.."

output="${OUTPUT:-.build-html-check}"
if [ $# -gt 0 ]; then
    maps=("$@")
else
    maps=(Examples/*.journey.xml Scripts/fixtures/hostile.journey.xml)
fi

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
    echo "error: chromium not found; install it: apt-get install -y --no-install-recommends chromium" >&2
    exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "error: python3 not found; install it: apt-get install -y --no-install-recommends python3" >&2
    exit 2
fi

# shellcheck disable=SC2086
swift build ${SWIFT_FLAGS:-} --product journey
# shellcheck disable=SC2086
journey="$(swift build ${SWIFT_FLAGS:-} --show-bin-path)/journey"

mkdir -p "$output/pages" "$output/screenshots"
pages=()
for map in "${maps[@]}"; do
    name="$(basename "$map")"
    name="${name%.journey.xml}"
    name="${name%.xml}"
    page="$output/pages/$name.html"
    "$journey" convert "$map" "$page"
    # The page carries the map: reading it back must give the same canonical XML.
    "$journey" convert "$page" "$output/pages/$name.back.journey.xml"
    if ! cmp -s <("$journey" convert "$map" - --to journey-xml) "$output/pages/$name.back.journey.xml"; then
        echo "FAIL $page does not read back as $map" >&2
        exit 1
    fi
    pages+=("$page")
done

python3 Scripts/check-html.py --screenshots "$output/screenshots" "${pages[@]}"
echo "pages and screenshots: $output"
