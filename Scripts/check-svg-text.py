#!/usr/bin/env python3
"""Checks in headless Chromium that no text of an SVG journey map overflows its box or overlaps other text.

    python3 Scripts/check-svg-text.py map.svg [more.svg ...] [--json]

Loads Scripts/svg-text-harness.html with the SVGs inlined, lets Chromium lay them out with its real
fonts, and reads the measurements back from the page (`--dump-dom`). Every line of text must lie
inside the rectangle of its box (a card, a stage head, a chip, ...) and no two lines may overlap.

Needs Chromium (Debian: `apt-get install chromium`; set CHROMIUM to use another binary) and the
DejaVu Sans font (Debian: fonts-dejavu-core). Exit status: 0 when every file passes, 1 when a file
has problems, 2 when the check cannot run (Chromium or the font missing, unreadable input).
"""

import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HARNESS = os.path.join(HERE, "svg-text-harness.html")
PLACEHOLDER = "/*SVG_DOCUMENTS*/[]"


def find_chromium():
    candidates = [os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome", "chrome"]
    for candidate in candidates:
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    return None


def fail(message):
    print(f"check-svg-text: {message}", file=sys.stderr)
    sys.exit(2)


def run(paths):
    chromium = find_chromium()
    if not chromium:
        fail("Chromium is not installed; install the Debian package 'chromium' (or set CHROMIUM)")
    documents = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                documents.append({"name": path, "source": handle.read()})
        except (OSError, UnicodeDecodeError) as error:
            fail(f"cannot read {path}: {error}")
    with open(HARNESS, encoding="utf-8") as handle:
        page = handle.read()
    if PLACEHOLDER not in page:
        fail(f"{HARNESS} has no {PLACEHOLDER} placeholder")
    # Inside <script>, "<" must not start "</script>" or "<!--": write it as a JSON escape.
    payload = json.dumps(documents, ensure_ascii=False).replace("<", "\\u003c")
    with tempfile.TemporaryDirectory(prefix="check-svg-text-") as folder:
        harness = os.path.join(folder, "harness.html")
        with open(harness, "w", encoding="utf-8") as handle:
            handle.write(page.replace(PLACEHOLDER, payload))
        command = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--mute-audio", "--no-first-run", f"--user-data-dir={folder}/profile",
            "--virtual-time-budget=5000", "--dump-dom", "file://" + harness,
        ]
        try:
            completed = subprocess.run(command, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            fail("Chromium did not finish within 300 seconds")
    match = re.search(r'<pre id="result">(.*?)</pre>', completed.stdout, re.S)
    if completed.returncode != 0 or not match:
        detail = completed.stderr.strip().splitlines()[-5:]
        fail(f"Chromium failed (status {completed.returncode}): " + " | ".join(detail))
    text = html.unescape(match.group(1))
    if text == "pending":
        fail("the harness did not run (JavaScript error or time budget exceeded)")
    output = json.loads(text)
    if "error" in output:
        fail("the harness failed: " + output["error"])
    if output.get("fontMissing"):
        fail(
            f"DejaVu Sans is not what Chromium uses ('Journey map' at 100px measured {output['probe']} px, "
            "expected 633.2); install the Debian package fonts-dejavu-core")
    return output


def main():
    arguments = sys.argv[1:]
    as_json = "--json" in arguments
    paths = [argument for argument in arguments if argument != "--json"]
    if not paths or any(path.startswith("-") for path in paths):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    output = run(paths)
    failed = False
    if as_json:
        print(json.dumps(output, indent=2, ensure_ascii=False))
    for result in output["results"]:
        problems = result["problems"]
        failed = failed or bool(problems)
        if as_json:
            continue
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{result['name']}: {result['texts']} texts, {result['lines']} lines: {status}")
        for problem in problems[:50]:
            detail = {key: value for key, value in problem.items() if key != "kind"}
            print(f"  {problem['kind']}: " + ", ".join(f"{key}={value}" for key, value in detail.items()))
        if len(problems) > 50:
            print(f"  ... and {len(problems) - 50} more")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
