"""JourneyKit side by side with the tools users would pick instead; driven by compare.sh.

    python3 compare.py --journey BIN --generator BIN --work DIR [--drawio-sizes 2,10,50]
        [--shapes bands,tall,wide,pages,compressed] [--map-items 100,1000,...] [--runs 3]
        [--mermaid-items 0,100,1000] [--sections drawio,maps,mermaid]
"""

import argparse
import os
import shutil
import subprocess
import sys

from inputs import compress_drawing, write_map
from measure import exponent, measure, mib, report


def drawio_section(options):
    """draw.io import (`journey info`) against xmllint's parses and drawio-digest, per shape."""
    print("\n## draw.io import: journey info against xmllint and drawio-digest")
    digest = shutil.which("drawio-digest")
    summary = []
    for shape in options.shapes:
        points = {"journey info": [], "xmllint --noout": [], "drawio-digest": []}
        for megabytes in options.drawio_sizes:
            path = os.path.join(options.work, f"{shape}-{megabytes}mb.drawio")
            if shape == "compressed":
                plain = os.path.join(options.work, f"plain-{megabytes}mb.drawio")
                subprocess.run([options.generator, "generate", str(megabytes), plain, "pages"], check=True)
                compress_drawing(plain, path)
                os.remove(plain)
            else:
                subprocess.run([options.generator, "generate", str(megabytes), path, shape], check=True)
            size = os.path.getsize(path)
            title = f"{shape}, {mib(size)}"
            if shape == "compressed":
                title += f" ({megabytes} MB of pages before compression; xmllint reads only the outer XML)"
            commands = [
                ("xmllint --noout", ["xmllint", "--noout", path]),
                ("xmllint --stream --noout", ["xmllint", "--stream", "--noout", path]),
                ("journey info", [options.journey, "info", path]),
            ]
            if digest:
                commands.append(("drawio-digest", [digest, "--summary", path]))
            results = measure(commands, options.runs)
            report(f"{title} ({options.runs} runs each, in turn)", results, size=size)
            by_name = {result.name: result for result in results}
            journey = by_name["journey info"]
            for name in points:
                if name in by_name:
                    points[name].append((size, by_name[name].median))
            budget = 3 * size + 30_000_000
            line = (
                f"{shape:<11} {mib(size):>10}  journey/xmllint {journey.median / by_name['xmllint --noout'].median:5.2f}"
                f"  peak {mib(journey.peak)} (budget {mib(budget)})"
            )
            if "drawio-digest" in by_name:
                line += f"  drawio-digest/journey {by_name['drawio-digest'].median / journey.median:5.2f}"
            summary.append(line)
            os.remove(path)
        growth = ", ".join(f"{name} ^{exponent(p):.2f}" for name, p in points.items() if len(p) > 1)
        summary.append(f"{shape:<11} growth exponents (time ∝ size^k): {growth}")
    print("\n## draw.io summary (targets: journey/xmllint ≤ 1.3, exponent ≤ 1.05, drawio-digest/journey ≥ 5)")
    print("\n".join(summary))


def maps_section(options):
    """Canonical maps of growing size: reading (`info`) and SVG against xmllint."""
    print("\n## Canonical maps: journey info and journey convert → SVG against xmllint")
    points = {"journey info": [], "journey → SVG": [], "xmllint --format": []}
    summary = []
    for items in options.map_items:
        path = os.path.join(options.work, f"map-{items}.journey.xml")
        write_map(items, path)
        size = os.path.getsize(path)
        svg = os.path.join(options.work, f"map-{items}.svg")
        runs = options.runs if items < 1_000_000 else 1
        results = measure(
            [
                ("xmllint --noout", ["xmllint", "--noout", path]),
                ("xmllint --format", ["xmllint", "--format", "--output", os.devnull, path]),
                ("journey info", [options.journey, "info", path]),
                ("journey → SVG", [options.journey, "convert", path, svg, "-q"]),
            ],
            runs,
        )
        report(f"{items:,} items, {mib(size)} of XML ({runs} runs each, in turn)", results, size=size)
        by_name = {result.name: result for result in results}
        for name in points:
            points[name].append((items, by_name[name].median))
        svg_result = by_name["journey → SVG"]
        summary.append(
            f"{items:>9,} items  info/xmllint --noout {by_name['journey info'].median / results[0].median:5.2f}"
            f"  SVG/xmllint --format {svg_result.median / results[1].median:5.2f}"
            f"  SVG {svg_result.median / items * 1e6:8.1f} µs per item (whole process)"
            f"  peak {mib(svg_result.peak)}"
        )
        os.remove(path)
        os.remove(svg)
    summary.append("growth exponents over items: " + ", ".join(f"{n} ^{exponent(p):.2f}" for n, p in points.items()))
    print("\n## Map summary")
    print("\n".join(summary))


def mermaid_page(script, source, page):
    """An HTML page that renders `source` with Mermaid and writes the SVG into the DOM."""
    escaped = source.replace("&", "&amp;").replace("<", "&lt;")
    with open(page, "w", encoding="utf-8") as out:
        out.write(
            f'<!doctype html><html><body><pre id="source">{escaped}</pre><div id="out">pending</div>'
            f'<script src="file://{script}"></script><script>'
            "mermaid.initialize({ startOnLoad: false });"
            "mermaid.render('journey', document.getElementById('source').textContent)"
            ".then(r => { document.getElementById('out').innerHTML = r.svg; })"
            ".catch(e => { document.getElementById('out').textContent = 'error ' + e; });"
            "</script></body></html>"
        )


def mermaid_section(options):
    """The same journey drawn by `journey convert` and by Mermaid 11 in headless Chromium."""
    print("\n## Journey → SVG against Mermaid in headless Chromium (whole processes)")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium or not options.mermaid_js:
        print("skipped: chromium or mermaid.min.js missing")
        return
    example = os.path.join(options.root, "Examples", "car-purchase.journey.xml")
    summary = []
    for items in options.mermaid_items:
        if items == 0:
            path, label = example, "Examples/car-purchase"
        else:
            path, label = os.path.join(options.work, f"mermaid-{items}.journey.xml"), f"{items:,} items"
            write_map(items, path)
        source = os.path.join(options.work, "journey.mmd")
        subprocess.run([options.journey, "convert", path, source, "-q"], check=True, stderr=subprocess.DEVNULL)
        page = os.path.join(options.work, "mermaid.html")
        with open(source, encoding="utf-8") as handle:
            mermaid_page(options.mermaid_js, handle.read(), page)
        profile = os.path.join(options.work, "chromium-profile")
        browser = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                   "--virtual-time-budget=60000", "--allow-file-access-from-files",
                   f"--user-data-dir={profile}", f"file://{page}"]
        rendered = subprocess.run(browser, capture_output=True, text=True).stdout
        if "<svg" not in rendered:
            print(f"{label}: Mermaid drew no SVG ({rendered[-200:]!r}); skipped")
            continue
        svg = os.path.join(options.work, "journey.svg")
        results = measure([
            ("journey → SVG", [options.journey, "convert", path, svg, "-q"]),
            ("Mermaid in Chromium", browser),
        ], options.runs)
        report(f"{label} ({options.runs} runs each, in turn)", results)
        summary.append(f"{label:<22} Mermaid/journey {results[1].median / results[0].median:7.1f}  "
                       f"(journey {results[0].median * 1000:.1f} ms, Mermaid {results[1].median * 1000:.0f} ms)")
    print("\n## Mermaid summary (target: Mermaid/journey ≥ 100)")
    print("\n".join(summary))


def numbers(text):
    return [int(part) for part in text.split(",") if part]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--journey", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--root", default=os.getcwd())
    parser.add_argument("--mermaid-js", default=os.environ.get("MERMAID_JS"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--drawio-sizes", type=numbers, default=[2, 10, 50])
    parser.add_argument("--shapes", type=lambda s: s.split(","), default=["bands", "tall", "wide", "pages", "compressed"])
    parser.add_argument("--map-items", type=numbers, default=[100, 1000, 10000, 100000])
    parser.add_argument("--mermaid-items", type=numbers, default=[0, 100, 1000])
    parser.add_argument("--sections", type=lambda s: s.split(","), default=["drawio", "maps", "mermaid"])
    options = parser.parse_args()
    print(f"# JourneyKit comparison: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    for section in options.sections:
        {"drawio": drawio_section, "maps": maps_section, "mermaid": mermaid_section}[section](options)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
