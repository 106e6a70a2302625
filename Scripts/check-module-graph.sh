#!/usr/bin/env bash
# Checks that every module under Sources/ imports only the project modules the architecture allows,
# and that the module table in Docs/Architecture.md says the same.
#
#   Scripts/check-module-graph.sh            # from anywhere inside the package
#
# Reads the `import` lines of each target's Swift files (no build, no network). Fails, naming the file
# and the line, on an import of a project module outside the graph below, on a C module imported
# other than `internal` (or stricter), on a folder under Sources/ the graph does not know, and on a
# module whose row in Docs/Architecture.md lists other project modules than the graph. Modules from
# elsewhere (Foundation, ArgumentParser, ZIPFoundation, …) are not checked here: Package.swift and
# the compiler do that.
set -euo pipefail
cd "$(dirname "$0")/.."

# The allowed graph: a module, a colon, the project modules it may import. Keep Docs/Architecture.md's
# module table in step (the script checks it).
graph='
CLibXML2:
CSystemZlib:
CRsvg:
JourneyModel:
JourneyXMLCore: CLibXML2
JourneyXML: JourneyModel JourneyXMLCore
JourneyJSON: JourneyModel
JourneyCSV: JourneyModel
JourneyMermaid: JourneyModel
JourneyCJML: JourneyModel JourneyXMLCore
JourneyAnalytics: JourneyModel JourneyCSV
JourneySVG: JourneyModel JourneyXMLCore
JourneyHTML: JourneyModel JourneyXML JourneySVG
JourneyImport: JourneyModel JourneyXMLCore JourneySVG CSystemZlib
JourneyRaster: JourneyModel JourneySVG CRsvg
JourneyKit: JourneyModel JourneyXML JourneyJSON JourneyCSV JourneySVG JourneyHTML JourneyImport JourneyMermaid JourneyCJML JourneyAnalytics
JourneyCLI: JourneyKit JourneyRaster
journey: JourneyCLI
journey-fuzz: JourneyKit
'

# C modules: wrapped by one module each and imported `internal`, so that no client sees them.
c_modules='CLibXML2 CSystemZlib CRsvg'

mapfile -d '' sources < <(find Sources -name '*.swift' -print0 | LC_ALL=C sort -z)
status=0
awk -v graph="$graph" -v c_modules="$c_modules" '
    BEGIN {
        lines = split(graph, rows, "\n")
        for (i = 1; i <= lines; i++) {
            if (rows[i] !~ /:/) continue
            split(rows[i], halves, ":")
            module = halves[1]
            known[module] = 1
            count = split(halves[2], deps, " ")
            for (j = 1; j <= count; j++) allowed[module, deps[j]] = 1
        }
        count = split(c_modules, names, " ")
        for (j = 1; j <= count; j++) is_c[names[j]] = 1
        failures = 0
    }
    FNR == 1 {
        split(FILENAME, parts, "/")
        target = parts[2]
        if (!(target in known) && !(target in reported)) {
            reported[target] = 1
            printf "%s: error: the module %s is not in the graph of Scripts/check-module-graph.sh\n", FILENAME, target
            failures++
        }
    }
    /^[[:space:]]*(@[A-Za-z_]+[[:space:]]+)*((public|package|internal|fileprivate|private)[[:space:]]+)?import[[:space:]]/ {
        line = $0
        sub(/\/\/.*/, "", line)
        access = "public"
        if (match(line, /(public|package|internal|fileprivate|private)[[:space:]]+import/)) {
            access = substr(line, RSTART, RLENGTH)
            sub(/[[:space:]]+import$/, "", access)
        }
        sub(/^.*import[[:space:]]+/, "", line)
        sub(/^(typealias|struct|class|enum|protocol|let|var|func)[[:space:]]+/, "", line)
        split(line, words, /[[:space:].]+/)
        imported = words[1]
        if (!(target in known) || !(imported in known) || imported == target) next
        if (!((target, imported) in allowed)) {
            printf "%s:%d: error: %s imports %s, which the module graph does not allow (allowed: %s)\n", \
                FILENAME, FNR, target, imported, allowed_list(target)
            failures++
        } else if ((imported in is_c) && access != "internal" && access != "fileprivate" && access != "private") {
            printf "%s:%d: error: the C module %s must be imported with `internal import`, so clients of %s never see it\n", \
                FILENAME, FNR, imported, target
            failures++
        }
    }
    function allowed_list(module,    result, key, pair) {
        result = ""
        for (key in allowed) {
            split(key, pair, SUBSEP)
            if (pair[1] == module) result = result (result == "" ? "" : ", ") pair[2]
        }
        return result == "" ? "no project module" : result
    }
    END { exit failures > 0 ? 1 : 0 }
' "${sources[@]}" || status=$?

# The module table of Docs/Architecture.md: `| \`Module\` | what it holds | depends on |`. The project
# modules named in the last column must be those the graph allows, and every module needs a row.
awk -v graph="$graph" '
    BEGIN {
        lines = split(graph, rows, "\n")
        for (i = 1; i <= lines; i++) {
            if (rows[i] !~ /:/) continue
            split(rows[i], halves, ":")
            known[halves[1]] = 1
            listed[halves[1]] = halves[2]
        }
        for (module in known) expected[module] = project_modules(listed[module])
        failures = 0
    }
    # The project modules named in a text, sorted and separated by spaces.
    function project_modules(text,    count, words, i, j, n, kept, swap, result) {
        count = split(text, words, /[^A-Za-z0-9_]+/)
        n = 0
        for (i = 1; i <= count; i++) if (words[i] in known) kept[++n] = words[i]
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (kept[j] < kept[i]) {
            swap = kept[i]; kept[i] = kept[j]; kept[j] = swap
        }
        result = ""
        for (i = 1; i <= n; i++) result = result (i > 1 ? " " : "") kept[i]
        return result
    }
    /^\| `[A-Za-z0-9_-]+` \|/ {
        count = split($0, cells, "|")
        module = cells[2]
        gsub(/[` ]/, "", module)
        if (!(module in known)) {
            printf "Docs/Architecture.md:%d: error: the module table lists %s, which the module graph does not know\n", FNR, module
            failures++
            next
        }
        seen[module] = 1
        found = project_modules(cells[count - 1])
        if (found != expected[module]) {
            printf "Docs/Architecture.md:%d: error: the row of %s names [%s] but the module graph allows [%s]\n", \
                FNR, module, found, expected[module]
            failures++
        }
    }
    END {
        for (module in known) if (!(module in seen)) {
            printf "Docs/Architecture.md: error: the module table has no row for %s\n", module
            failures++
        }
        exit failures > 0 ? 1 : 0
    }
' Docs/Architecture.md || status=$?

if [ "$status" -ne 0 ]; then
    echo "error: the module graph is broken (see above)" >&2
    exit 1
fi
echo "module graph: every import under Sources/ is allowed, and Docs/Architecture.md agrees"
