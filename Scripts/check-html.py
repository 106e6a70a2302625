#!/usr/bin/env python3
"""Checks JourneyKit HTML pages in headless Chromium: nothing injected runs, nothing is requested.

Usage: check-html.py [--screenshots DIR] [--chromium PATH] PAGE.html...

For every page it checks
  1. the file itself: no resource reference outside the file (src, srcset, poster, data, action,
     <link href>, SVG <use>/<image> href, CSS url() and @import) other than a #fragment; links
     (<a href>) only to http, https, mailto or a #fragment; no inline event handler (on...)
     attribute; a content security policy with default-src 'none'; no script element other than
     the page's own inline script (allowed by its hash) and data blocks of a non-JavaScript type;
  2. the page after its scripts ran (`chromium --dump-dom`): the title is the one the file states
     (hostile texts try to change document.title), no element or attribute appeared that the file
     does not have (scripts, images, on... handlers, iframes), and the filter panel, when present,
     was shown by the page's script (so the policy's hash matches the script);
  3. the browser's console: no Content Security Policy violation (an injected image or script would
     be refused and reported there) and no JavaScript error;
  4. the browser's network log: no request made by the page (requests Chromium makes for itself,
     which have no initiating origin, are ignored; host names resolve nowhere, so nothing leaves the
     machine);
and, with --screenshots, saves a 1400x1000 screenshot of each page.

Prints one line per page and ends with "N passed, M failed". Exit status: 0 when every page
passes, 1 when one fails, 2 when Chromium cannot be found or run.
Chromium is the Debian package `chromium`: apt-get install -y --no-install-recommends chromium.
"""

import argparse
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

RESOURCE_ATTRIBUTES = {"src", "srcset", "poster", "data", "action", "formaction", "background", "manifest", "ping"}
HREF_RESOURCE_ELEMENTS = {"link", "use", "image", "feimage", "script", "pattern", "filter", "textpath", "mpath"}
LINK_SCHEMES = ("http:", "https:", "mailto:")
DATA_BLOCK_TYPES = {"application/vnd.journeykit.map+xml"}
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--no-first-run",
    "--disable-extensions",
    "--disable-sync",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    # Every host name resolves nowhere: even a request that slipped through could not leave.
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


class Document(html.parser.HTMLParser):
    """The parts of a page the checks look at."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, attributes as a list of (name, value))
        self.title = None
        self.scripts = []  # (attributes, text)
        self.styles = []  # CSS text of <style> elements and style attributes
        self._in_title = False
        self._title_parts = []
        self._script = None
        self._style = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        attributes = dict(attrs)
        if "style" in attributes and attributes["style"]:
            self.styles.append(attributes["style"])
        if tag == "title" and self.title is None:
            self._in_title = True
        elif tag == "script":
            self._script = (attributes, [])
        elif tag == "style":
            self._style = []

    def handle_endtag(self, tag):
        if tag == "title" and self._in_title:
            self._in_title = False
            self.title = "".join(self._title_parts)
        elif tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None
        elif tag == "style" and self._style is not None:
            self.styles.append("".join(self._style))
            self._style = None

    def handle_data(self, data):
        if self._in_title:
            self._title_parts.append(data)
        if self._script is not None:
            self._script[1].append(data)
        if self._style is not None:
            self._style.append(data)


def parse(text):
    document = Document()
    document.feed(text)
    document.close()
    return document


def is_fragment(value):
    return value.strip().startswith("#")


def check_static(document):
    """Problems found in the file itself."""
    problems = []
    for tag, attrs in document.elements:
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                problems.append(f"<{tag}> has an event handler attribute {name}")
            if name in RESOURCE_ATTRIBUTES and not is_fragment(value):
                problems.append(f"<{tag} {name}=\"{value[:60]}\"> refers to a resource outside the file")
            if name in ("href", "xlink:href"):
                if tag in HREF_RESOURCE_ELEMENTS and not is_fragment(value):
                    problems.append(f"<{tag} {name}=\"{value[:60]}\"> refers to a resource outside the file")
                elif tag == "a" and not (is_fragment(value) or value.strip().lower().startswith(LINK_SCHEMES)):
                    problems.append(f"<a href=\"{value[:60]}\"> is not an http, https or mailto link")
            if tag == "meta" and name == "http-equiv" and value.lower() == "refresh":
                problems.append("<meta http-equiv=refresh> would load another page")
    for css in document.styles:
        for match in re.finditer(r"url\(\s*['\"]?([^'\")]*)", css, re.IGNORECASE):
            if not is_fragment(match.group(1)):
                problems.append(f"CSS url({match.group(1)[:60]}) refers to a resource outside the file")
        if re.search(r"@import", css, re.IGNORECASE):
            problems.append("CSS @import refers to another style sheet")
    policies = [
        dict(attrs).get("content", "")
        for tag, attrs in document.elements
        if tag == "meta" and (dict(attrs).get("http-equiv") or "").lower() == "content-security-policy"
    ]
    if not any("default-src 'none'" in policy for policy in policies):
        problems.append("no content security policy with default-src 'none'")
    for attributes, _ in document.scripts:
        kind = (attributes.get("type") or "").strip().lower()
        if "src" in attributes:
            continue  # already reported as a resource
        if kind in DATA_BLOCK_TYPES:
            continue
        if kind not in ("", "text/javascript", "module"):
            problems.append(f"a <script> of unknown type {kind!r}")
    runnable = [text for attributes, text in document.scripts if (attributes.get("type") or "") == ""]
    if len(runnable) > 1:
        problems.append(f"{len(runnable)} runnable inline scripts; a page has at most its own one")
    return problems


def signature(document):
    """What must not change while the page runs: elements that can run or load something."""
    watched = {"script", "img", "iframe", "object", "embed", "link", "meta", "base", "form", "video", "audio"}
    tags = sorted(tag for tag, _ in document.elements if tag in watched)
    handlers = sorted(
        (tag, name) for tag, attrs in document.elements for name, _ in attrs if name.startswith("on")
    )
    return tags, handlers


def run_chromium(chromium, arguments, timeout=120):
    # A profile of its own, so that runs side by side never hand a page to each other's browser.
    with tempfile.TemporaryDirectory(prefix="check-html-profile-") as profile:
        return subprocess.run(
            [chromium] + CHROMIUM_FLAGS + [f"--user-data-dir={profile}"] + arguments,
            capture_output=True,
            text=True,
            timeout=timeout,
            errors="replace",
        )


def page_requests(netlog_path, page_url):
    """URLs the page asked for, from Chromium's network log."""
    try:
        with open(netlog_path, encoding="utf-8", errors="replace") as file:
            text = file.read()
    except OSError:
        return None
    text = text.rstrip().rstrip(",")
    if not text.endswith("}"):
        text += "]}"
    try:
        log = json.loads(text)
    except json.JSONDecodeError:
        # A log cut short while Chromium exited: close the events array.
        try:
            log = json.loads(text.rstrip("]}").rstrip().rstrip(",") + "]}")
        except json.JSONDecodeError:
            return None
    requests = set()
    for event in log.get("events", []):
        parameters = event.get("params") or {}
        url = parameters.get("url")
        if not url or url == page_url:
            continue
        initiator = parameters.get("initiator")
        # Chromium's own requests (updates, time, accounts) have no initiating origin.
        if initiator in (None, "not an origin"):
            continue
        requests.add(url)
    return sorted(requests)


def check_page(chromium, path, screenshots):
    problems = []
    with open(path, encoding="utf-8", errors="replace") as file:
        source = file.read()
    static = parse(source)
    problems += check_static(static)
    url = "file://" + os.path.abspath(path)
    with tempfile.TemporaryDirectory() as directory:
        netlog = os.path.join(directory, "netlog.json")
        result = run_chromium(
            chromium,
            [
                "--enable-logging=stderr",
                "--v=0",
                f"--log-net-log={netlog}",
                "--virtual-time-budget=5000",
                "--dump-dom",
                url,
            ],
        )
        if result.returncode != 0 or not result.stdout.strip():
            return [f"chromium --dump-dom failed with status {result.returncode}: {result.stderr.strip()[-300:]}"]
        dom = parse(result.stdout)
        if dom.title != static.title:
            problems.append(f"a script changed the title from {static.title!r} to {dom.title!r}")
        if signature(dom) != signature(static):
            problems.append(f"elements that run or load appeared while the page ran: {signature(dom)} vs {signature(static)}")
        for tag, attrs in dom.elements:
            attributes = dict(attrs)
            if attributes.get("id") == "journey-filters" and "hidden" in attributes:
                problems.append("the filter panel is still hidden: the page's own script did not run")
            if any(name.startswith("data-pwned") for name in attributes):
                problems.append(f"a payload marked <{tag}>")
        for line in result.stderr.splitlines():
            if "CONSOLE" in line and ("Content Security Policy" in line or "Uncaught" in line or "Error" in line):
                problems.append("console: " + line.split("]", 1)[-1].strip()[:300])
        requests = page_requests(netlog, url)
        if requests is None:
            problems.append("Chromium wrote no readable network log")
        else:
            for request in requests:
                problems.append(f"the page requested {request[:120]}")
    if screenshots:
        os.makedirs(screenshots, exist_ok=True)
        name = os.path.splitext(os.path.basename(path))[0] + ".png"
        target = os.path.abspath(os.path.join(screenshots, name))
        result = run_chromium(chromium, [f"--screenshot={target}", "--window-size=1400,1000", url])
        if result.returncode != 0 or not os.path.exists(target) or os.path.getsize(target) == 0:
            problems.append(f"no screenshot: status {result.returncode}")
    return problems


def find_chromium(explicit):
    if explicit:
        return explicit if shutil.which(explicit) or os.path.exists(explicit) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("pages", nargs="+", help="HTML files to check")
    parser.add_argument("--screenshots", help="directory for a 1400x1000 PNG of each page")
    parser.add_argument("--chromium", help="the browser to run (default: chromium on the PATH)")
    arguments = parser.parse_args()

    chromium = find_chromium(arguments.chromium)
    if chromium is None:
        print(
            "error: chromium not found; install the Debian package: apt-get install -y --no-install-recommends chromium",
            file=sys.stderr,
        )
        return 2
    passed = failed = 0
    for page in arguments.pages:
        try:
            problems = check_page(chromium, page, arguments.screenshots)
        except (OSError, subprocess.TimeoutExpired) as error:
            print(f"error: cannot run {chromium}: {error}", file=sys.stderr)
            return 2
        if problems:
            failed += 1
            print(f"FAIL {page}")
            for problem in problems:
                print(f"  - {problem}")
        else:
            passed += 1
            print(f"ok   {page}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
