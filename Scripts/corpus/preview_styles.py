#!/usr/bin/env python3
"""Draws one preview picture per draw.io drawing style of the journey-map corpus, for Docs/Importing.md.

    python3 Scripts/corpus/preview_styles.py OUTDIR [--png DIR] [--width 900] [--only NAME ...]

Reads the corpus maps in Tests/JourneyImportTests/Fixtures/journeys/ (the files as committed, not the
generator) and writes `OUTDIR/NAME.svg` for every picture in PICTURES below. With `--png DIR`, each SVG
is also converted with `rsvg-convert -w WIDTH` to `DIR/NAME.png` and, when `pngquant` is on the PATH,
compressed with it. The pictures in Docs/images/import/ are made with

    python3 Scripts/corpus/preview_styles.py /tmp/import-previews --png Docs/images/import

The pictures show each drawing as drawn, not what the importer recognizes in it. This is a small
renderer of the draw.io features the corpus uses, not draw.io itself: rectangles (rounded, with
shadows, opacity and partial borders), ellipses, lines, notes, swimlanes with their title bands,
tables with their row and column lines, `shape=step` chevrons, hexagons and arrow shapes as polygons,
rotated shapes, edges as straight or bent lines from outline to outline with their arrows and labels,
and labels (plain or HTML) wrapped to the shape, aligned and turned as the style says. Shapes and labels
are drawn in draw.io's order (a cell, its label, then its children), so a label running over its shape
is covered by shapes drawn later, as in draw.io. Not drawn: the sketch look (`sketch=1` shapes get
straight lines) and web fonts.

Fonts: text is set in the font fontconfig gives for the style's family (`fc-match`; Helvetica and Arial
are Liberation Sans with fonts-liberation2 installed, else DejaVu Sans), and labels are wrapped with
the advance widths read from that font's file, so the wrapping fits the drawn text. A label with CJK
text is set in Noto Sans CJK JP (fonts-noto-cjk). Emoji are drawn in their outline form from Symbola
(fonts-symbola). Missing fonts give other glyphs, not errors. Only the standard library is used.
"""

from __future__ import annotations

import argparse
import base64
import html
import html.parser
import math
import os
import re
import shutil
import struct
import subprocess
import sys
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "Tests", "JourneyImportTests", "Fixtures", "journeys"))

# name (the picture's file name and the style it shows), corpus map, what it shows, optional crop:
# ("lane", TITLE) crops the picture to the shape whose label reads TITLE (a lane), so that a detail of a
# large map is readable at the picture's width.
PICTURES = [
    ("stakeholder-swimlanes", "drawio-stakeholder-de.drawio",
     "a pool of stakeholder lanes, stage headers above it, persona cards above them", None),
    ("lane-containers", "drawio-lanecontainers-es.drawio", "every lane a container holding its cards", None),
    ("chevron-headers", "drawio-chevron-pt.drawio", "chevron stage headers, lane title boxes at the left", None),
    ("plain-grid", "drawio-grid-en.drawio", "a grid of plain rectangles, a little off", None),
    ("sticky-notes", "drawio-sticky-en.drawio",
     "sticky notes, rotated lane titles, a background band per stage", None),
    ("stages-with-steps", "drawio-steps-en.drawio", "stage headers over step headers", None),
    ("vertical", "drawio-vertical-es.drawio", "stages as rows, lanes as columns", None),
    ("emotion-curve-dots", "drawio-stakeholder-en.drawio",
     "an emotion curve: dots joined by lines, a word beside each dot", ("lane", "Emotions")),
    ("drawio-table", "drawio-table-ja.drawio", "a real draw.io table", None),
]

MARGIN = 20  # around the whole drawing
CROP_MARGIN = 1  # around a cropped lane: its outline, nothing of the neighbouring lanes
CJK_FONT = "Noto Sans CJK JP"
LATIN_FALLBACK = "DejaVu Sans"
# Emoji are drawn in their text (outline) form, from Symbola (Debian: fonts-symbola) when installed:
# the cairo under librsvg 2.54 draws the bitmaps of Noto Color Emoji as grey smudges at small sizes, and
# Pango takes emoji from the colour font whatever the family unless a text variation selector follows.
EMOJI_FONTS = "Symbola, sans-serif"  # naming the colour font here would make Pango take it again


# --------------------------------------------------------------------------------------------------
# Reading a .drawio file
# --------------------------------------------------------------------------------------------------


class Cell:
    def __init__(self, cid, value, style, parent, vertex, edge, source, target, geo):
        self.id = cid
        self.value = value
        self.style = parse_style(style)
        self.parent = parent
        self.vertex = vertex
        self.edge = edge
        self.source = source
        self.target = target
        self.geo = geo  # dict: x, y, w, h, relative, points, offset (or None)
        self.children: list[Cell] = []

    @property
    def shape(self):
        return self.style.get("shape") or self.style.get("")


def parse_style(style: str) -> dict:
    """A draw.io style: `name;key=value;…`. Bare tokens are kept under "" (the first) and as keys."""
    out = {}
    for token in (t for t in style.split(";") if t):
        if "=" in token:
            key, value = token.split("=", 1)
            out[key] = value
        else:
            out.setdefault("", token)
            out[token] = "1"
    return out


def inflate(text: str) -> str:
    """A compressed <diagram>: base64, raw DEFLATE, then URI encoding."""
    data = zlib.decompress(base64.b64decode(text.strip()), -15)
    return urllib.parse.unquote(data.decode("ascii"))


def read_pages(path: str) -> list[tuple[str, list[Cell]]]:
    root = ET.parse(path).getroot()
    models = []
    if root.tag == "mxGraphModel":
        models.append(("", root))
    else:
        for diagram in root.iter("diagram"):
            model = diagram.find("mxGraphModel")
            if model is None:
                model = ET.fromstring(inflate(diagram.text or ""))
            models.append((diagram.get("name", ""), model))
    pages = []
    for name, model in models:
        cells = []
        for element in model.find("root"):
            if element.tag == "mxCell":
                cell_el, value, cid = element, element.get("value", ""), element.get("id")
            else:  # <object>/<UserObject> wrapping an mxCell: label and id on the wrapper
                cell_el, value, cid = element.find("mxCell"), element.get("label", ""), element.get("id")
                if cell_el is None:
                    continue
            geo = None
            g = cell_el.find("mxGeometry")
            if g is not None:
                points = []
                array = g.find("Array")
                if array is not None:
                    points = [(float(p.get("x", 0)), float(p.get("y", 0))) for p in array.findall("mxPoint")]
                offset = (0.0, 0.0)
                for p in g.findall("mxPoint"):
                    if p.get("as") == "offset":
                        offset = (float(p.get("x", 0)), float(p.get("y", 0)))
                geo = dict(x=float(g.get("x", 0)), y=float(g.get("y", 0)), w=float(g.get("width", 0)),
                           h=float(g.get("height", 0)), relative=g.get("relative") == "1", points=points,
                           offset=offset)
            cells.append(Cell(cid, value, cell_el.get("style", ""), cell_el.get("parent"),
                              cell_el.get("vertex") == "1", cell_el.get("edge") == "1", cell_el.get("source"),
                              cell_el.get("target"), geo))
        pages.append((name, cells))
    return pages


# --------------------------------------------------------------------------------------------------
# Labels: HTML to lines of styled runs, text widths, wrapping
# --------------------------------------------------------------------------------------------------

# Advance widths of DejaVu Sans and DejaVu Sans Bold in thousandths of an em, for U+0020…U+007E: the
# fallback for measuring text when fontconfig's fc-match or a font file cannot be read.
_REGULAR = [318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636,
            636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752,
            295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390,
            838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411,
            521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838]
_BOLD = [348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696,
         696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372,
         372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838,
         500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
         478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838]


def read_advances(path: str, index: int = 0) -> dict[int, float]:
    """Advance widths in em by code point, from a TrueType/OpenType file (or a face of a collection):
    its cmap (format 4 or 12, Windows Unicode) and hmtx tables."""
    with open(path, "rb") as handle:
        data = handle.read()
    base = 0
    if data[:4] == b"ttcf":
        base = struct.unpack(">I", data[12 + 4 * index:16 + 4 * index])[0]
    count = struct.unpack(">H", data[base + 4:base + 6])[0]
    tables = {}
    for k in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[base + 12 + 16 * k:base + 28 + 16 * k])
        tables[tag] = offset
    units = struct.unpack(">H", data[tables[b"head"] + 18:tables[b"head"] + 20])[0]
    metrics = struct.unpack(">H", data[tables[b"hhea"] + 34:tables[b"hhea"] + 36])[0]
    hmtx = tables[b"hmtx"]
    advances = struct.unpack(f">{metrics * 2}H", data[hmtx:hmtx + 4 * metrics])[0::2]
    cmap = tables[b"cmap"]
    subtables = {}
    for k in range(struct.unpack(">H", data[cmap + 2:cmap + 4])[0]):
        platform, encoding, offset = struct.unpack(">HHI", data[cmap + 4 + 8 * k:cmap + 12 + 8 * k])
        subtables[(platform, encoding)] = cmap + offset
    glyphs: dict[int, int] = {}
    if (3, 10) in subtables:  # format 12: groups of consecutive code points
        sub = subtables[(3, 10)]
        groups = struct.unpack(">I", data[sub + 12:sub + 16])[0]
        for k in range(groups):
            first, last, glyph = struct.unpack(">III", data[sub + 16 + 12 * k:sub + 28 + 12 * k])
            for cp in range(first, last + 1):
                glyphs[cp] = glyph + cp - first
    elif (3, 1) in subtables:  # format 4: segments of the Basic Multilingual Plane
        sub = subtables[(3, 1)]
        segments = struct.unpack(">H", data[sub + 6:sub + 8])[0] // 2
        ends = struct.unpack(f">{segments}H", data[sub + 14:sub + 14 + 2 * segments])
        at = sub + 16 + 2 * segments
        starts = struct.unpack(f">{segments}H", data[at:at + 2 * segments])
        deltas = struct.unpack(f">{segments}h", data[at + 2 * segments:at + 4 * segments])
        ranges_at = at + 4 * segments
        ranges = struct.unpack(f">{segments}H", data[ranges_at:ranges_at + 2 * segments])
        for k in range(segments):
            for cp in range(starts[k], ends[k] + 1):
                if cp == 0xFFFF:
                    continue
                if ranges[k] == 0:
                    glyph = (cp + deltas[k]) & 0xFFFF
                else:
                    where = ranges_at + 2 * k + ranges[k] + 2 * (cp - starts[k])
                    glyph = struct.unpack(">H", data[where:where + 2])[0]
                    glyph = (glyph + deltas[k]) & 0xFFFF if glyph else 0
                if glyph:
                    glyphs[cp] = glyph
    return {cp: advances[min(g, metrics - 1)] / units for cp, g in glyphs.items()}


class FontBook:
    """Text widths measured in the fonts fontconfig picks for a family, which are the fonts
    rsvg-convert draws with (through Pango), so that labels wrap where the drawn text needs it."""

    def __init__(self):
        self.faces: dict[tuple, tuple | None] = {}  # (family, bold): (file, index, family found) or None
        self.advances: dict[tuple, dict] = {}

    def face(self, family: str, bold: bool):
        key = (family, bold)
        if key not in self.faces:
            face = None
            if shutil.which("fc-match"):
                pattern = re.sub(r"([-:,\\])", r"\\\1", family) + (":bold" if bold else "")
                result = subprocess.run(["fc-match", "-f", "%{file}|%{index}|%{family}", pattern],
                                        capture_output=True, text=True, check=False)
                path, index, found = (result.stdout.strip().split("|") + ["", ""])[:3]
                if path and os.path.exists(path):
                    face = (path, int(index or 0), found.split(",")[0])
            self.faces[key] = face
        return self.faces[key]

    def table(self, family: str, bold: bool) -> dict:
        face = self.face(family, bold)
        if face is None:
            return {}
        key = face[:2]
        if key not in self.advances:
            try:
                self.advances[key] = read_advances(*key)
            except (OSError, KeyError, struct.error):
                self.advances[key] = {}
        return self.advances[key]

    def families(self, family: str) -> str:
        """The SVG font-family for a style's family: the family fontconfig substitutes for it first.
        Pango, given a list, prefers any named family that is installed over a substitute for the first
        (DejaVu Sans over the Liberation Sans that stands in for Helvetica), so the substitute is named."""
        face = self.face(family, False)
        names = ([face[2]] if face and face[2] else []) + [family, CJK_FONT, "sans-serif"]
        return ", ".join(dict.fromkeys(names))

    def char_width(self, ch: str, family: str, bold: bool) -> float:
        """Advance width in em: from the family's font, else the fonts Pango falls back to."""
        cp = ord(ch)
        if cp in (0xFE0F, 0xFE0E, 0x200D) or unicodedata.combining(ch):
            return 0.0
        emoji = is_emoji(ch)
        families = [EMOJI_FONTS.split(",")[0]] if emoji else [family, LATIN_FALLBACK, CJK_FONT]
        for fam in families:
            width = self.table(fam, bold).get(cp)
            if width:
                return width
        if emoji:
            return 1.25
        if is_cjk(ch):
            return 1.0
        if 0x20 <= cp <= 0x7E:
            return (_BOLD if bold else _REGULAR)[cp - 0x20] / 1000
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch:
            return self.char_width(base, family, bold)
        return 0.65


FONTS = FontBook()


def is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and not is_emoji(ch)


def is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF


def text_presentation(emoji: str) -> str:
    """The emoji with variation selector 15 after each, so that Pango draws them from the outline
    font rather than always from the colour font."""
    return "".join(ch + "\ufe0e" for ch in emoji if ord(ch) not in (0xFE0E, 0xFE0F))


def emoji_segments(text: str):
    """The text in pieces, each (piece, is emoji); a variation selector or joiner stays with its emoji."""
    out = []
    for ch in text:
        emoji = is_emoji(ch) or (ord(ch) in (0xFE0F, 0x200D) and bool(out) and out[-1][1])
        if out and out[-1][1] == emoji:
            out[-1][0] += ch
        else:
            out.append([ch, emoji])
    return [(piece, emoji) for piece, emoji in out]


class Run:
    """A piece of a label line in one look."""

    def __init__(self, text, bold, italic, underline, size, family):
        self.text, self.bold, self.italic, self.underline, self.size = text, bold, italic, underline, size
        self.family = family

    def look(self):
        return (self.bold, self.italic, self.underline, self.size, self.family)

    def with_text(self, text):
        return Run(text, self.bold, self.italic, self.underline, self.size, self.family)

    def width(self):
        return sum(FONTS.char_width(c, self.family, self.bold) for c in self.text) * self.size


class _HtmlLines(html.parser.HTMLParser):
    """Lines of runs from a draw.io HTML label: <br> and block elements break lines; <b>, <i>, <u>
    and font sizes (in <font> and style attributes) are kept per run."""

    BLOCKS = {"div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}

    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.lines: list[list[Run]] = [[]]
        self.stack = [base]  # (bold, italic, underline, size, family)
        self.tags: list[str] = []

    def _break(self):
        self.lines.append([])

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self._break()
            return
        if tag in self.BLOCKS and self.lines[-1]:
            self._break()
        bold, italic, underline, size, family = self.stack[-1]
        attrs = dict(attrs)
        css = attrs.get("style") or ""
        if tag in ("b", "strong") or re.search(r"font-weight:\s*(bold|[6-9]00)", css):
            bold = True
        if tag in ("i", "em") or "font-style: italic" in css:
            italic = True
        if tag == "u" or "underline" in css:
            underline = True
        m = re.search(r"font-size:\s*([\d.]+)px", css)
        if m:
            size = float(m.group(1))
        self.stack.append((bold, italic, underline, size, family))
        self.tags.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._break()

    def handle_endtag(self, tag):
        if tag in self.tags:
            while self.tags:
                self.stack.pop()
                if self.tags.pop() == tag:
                    break
        if tag in self.BLOCKS and self.lines[-1]:
            self._break()

    def handle_data(self, data):
        data = re.sub(r"\s+", " ", data)
        if data:
            self.lines[-1].append(Run(data, *self.stack[-1]))


def label_lines(cell: Cell, size: float, bold: bool, italic: bool, underline: bool) -> list[list[Run]]:
    """The label's lines of runs. A label with CJK text is set in the CJK font throughout (its Latin
    letters too), as a browser with only that font for CJK would; others in the style's font family."""
    value = cell.value
    if not value:
        return []
    family = cell.style.get("fontFamily", "Helvetica")
    if any(is_cjk(ch) for ch in value):
        family = CJK_FONT
    if cell.style.get("html") == "1":
        parser = _HtmlLines((bold, italic, underline, size, family))
        parser.feed(value)
        parser.close()
        lines = parser.lines
        while lines and not lines[-1]:
            lines.pop()
        # Leading spaces of a line are not drawn in HTML.
        for line in lines:
            if line:
                line[0].text = line[0].text.lstrip()
            if line:
                line[-1].text = line[-1].text.rstrip()
        return [[r for r in line if r.text] for line in lines]
    return [[Run(line, bold, italic, underline, size, family)] if line else [] for line in value.split("\n")]


def wrap(lines: list[list[Run]], width: float) -> list[list[Run]]:
    """Wraps each line at spaces (and between CJK characters) to `width`; a word longer than the
    width overflows, as in draw.io."""
    out = []
    for line in lines:
        # Pieces: words, spaces and single CJK characters, each with its run's look.
        pieces: list[Run] = []
        for run in line:
            for token in re.findall(r"\s+|[\u3000-\u9fff\uff00-\uffef][\u3001\u3002\uff01\uff0c\uff1f\u2026]*|"
                                    r"[^\s\u3000-\u9fff\uff00-\uffef]+", run.text):
                pieces.append(run.with_text(token))
        current: list[Run] = []
        used = spaces = 0.0  # the line's width up to its last word; the spaces after it
        for piece in pieces:
            w = piece.width()
            if piece.text.isspace():
                if current:
                    current.append(piece)
                    spaces += w
                continue
            if current and used + spaces + w > width + 0.5:
                while current and current[-1].text.isspace():
                    current.pop()
                out.append(current)
                current, used, spaces = [], 0.0, 0.0
            current.append(piece)
            used += spaces + w
            spaces = 0.0
        while current and current[-1].text.isspace():
            current.pop()
        out.append(current)
    # Merge neighbouring pieces of the same look.
    merged = []
    for line in out:
        runs: list[Run] = []
        for piece in line:
            if runs and runs[-1].look() == piece.look():
                runs[-1] = piece.with_text(runs[-1].text + piece.text)
            else:
                runs.append(piece.with_text(piece.text))
        merged.append(runs)
    return merged


def line_width(line: list[Run]) -> float:
    return sum(r.width() for r in line)


# --------------------------------------------------------------------------------------------------
# SVG
# --------------------------------------------------------------------------------------------------


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def n(value: float) -> str:
    value = round(value, 2)
    return str(int(value)) if value == int(value) else f"{value:.2f}".rstrip("0").rstrip(".")


def colour(value, default):
    if value is None:
        return default
    if value in ("none", "", "default"):
        return "none" if value != "default" else default
    return value


class Bounds:
    def __init__(self):
        self.x0 = self.y0 = math.inf
        self.x1 = self.y1 = -math.inf

    def add(self, x, y):
        self.x0, self.y0 = min(self.x0, x), min(self.y0, y)
        self.x1, self.y1 = max(self.x1, x), max(self.y1, y)

    def add_rect(self, x, y, w, h, rotation=0.0):
        cx, cy = x + w / 2, y + h / 2
        for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)):
            self.add(*rotate_point(px, py, cx, cy, rotation))


def rotate_point(x, y, cx, cy, degrees):
    if not degrees:
        return x, y
    a = math.radians(degrees)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)


class Renderer:
    def __init__(self, cells: list[Cell]):
        self.cells = cells
        self.by_id = {c.id: c for c in cells}
        for c in cells:
            if c.parent in self.by_id:
                self.by_id[c.parent].children.append(c)
        self.out: list[str] = []
        self.bounds = Bounds()
        self._abs: dict[str, tuple] = {}
        self._paths: dict[str, list] = {}

    # Geometry ------------------------------------------------------------------------------------

    def origin(self, cell: Cell):
        """The absolute position of a cell's coordinate origin (its parent's top left)."""
        parent = self.by_id.get(cell.parent)
        if parent is not None and parent.vertex and parent.geo is not None:
            x, y, _, _ = self.rect(parent)
            return x, y
        return 0.0, 0.0

    def rect(self, cell: Cell):
        if cell.id not in self._abs:
            g = cell.geo
            parent = self.by_id.get(cell.parent)
            if g["relative"] and parent is not None and parent.edge:  # an edge label
                path = self.edge_path(parent)
                px, py = point_along(path, (g["x"] + 1) / 2)
                ox, oy = g["offset"]
                self._abs[cell.id] = (px + ox - g["w"] / 2, py + oy - g["h"] / 2, g["w"], g["h"])
            else:
                ox, oy = self.origin(cell)
                self._abs[cell.id] = (ox + g["x"], oy + g["y"], g["w"], g["h"])
        return self._abs[cell.id]

    def edge_path(self, edge: Cell):
        if edge.id in self._paths:
            return self._paths[edge.id]
        ox, oy = self.origin(edge)
        points = [(ox + x, oy + y) for x, y in (edge.geo["points"] if edge.geo else [])]
        src, dst = self.by_id.get(edge.source), self.by_id.get(edge.target)
        sr, tr = self.rect(src), self.rect(dst)
        s_centre = (sr[0] + sr[2] / 2, sr[1] + sr[3] / 2)
        t_centre = (tr[0] + tr[2] / 2, tr[1] + tr[3] / 2)
        first = points[0] if points else t_centre
        last = points[-1] if points else s_centre
        start = perimeter(src, sr, first)
        end = perimeter(dst, tr, last)
        path = [start] + points + [end]
        self._paths[edge.id] = path
        return path

    # Drawing -------------------------------------------------------------------------------------

    def render(self) -> tuple[str, Bounds]:
        roots = [c for c in self.cells if c.parent not in self.by_id]
        for root in roots:
            self.draw_tree(root)
        return "\n".join(self.out), self.bounds

    def draw_tree(self, cell: Cell):
        if cell.vertex and cell.geo is not None:
            self.draw_vertex(cell)
        elif cell.edge:
            self.draw_edge(cell)
        for child in cell.children:
            self.draw_tree(child)
        if cell.vertex and cell.shape == "table":
            self.draw_table_lines(cell)

    def draw_vertex(self, cell: Cell):
        st = cell.style
        x, y, w, h = self.rect(cell)
        shape = cell.shape
        is_text = st.get("") in ("text", "edgeLabel") or shape == "text"
        fill = colour(st.get("fillColor"), "none" if is_text or shape in ("tableRow", "line") else "#FFFFFF")
        stroke = colour(st.get("strokeColor"), "none" if is_text else "#000000")
        if stroke == "inherit":
            stroke = self.inherited_stroke(cell)
        rotation = float(st.get("rotation", 0) or 0)
        sw = float(st.get("strokeWidth", 1))
        opacity = float(st.get("opacity", 100)) / 100
        attrs = f'stroke-width="{n(sw)}"'
        if st.get("dashed") == "1":
            attrs += f' stroke-dasharray="{n(3 * sw)} {n(3 * sw)}"'
        if opacity < 1:
            attrs += f' opacity="{n(opacity)}"'
        transform = f' transform="rotate({n(rotation)} {n(x + w / 2)} {n(y + h / 2)})"' if rotation else ""
        self.bounds.add_rect(x, y, w, h, rotation)
        self.out.append(f"<g{transform}>")
        body = self.shape_svg(cell, shape, x, y, w, h, fill, stroke, attrs)
        if st.get("shadow") == "1" and body and fill != "none":
            shadow = self.shape_svg(cell, shape, x + 2, y + 3, w, h, "#000000", "none", 'stroke-width="0"')
            self.out.append(f'<g opacity="0.22">{shadow}</g>')
        if body:
            self.out.append(body)
        background = None
        if cell.style.get("") == "edgeLabel" or cell.style.get("labelBackgroundColor"):
            background = colour(cell.style.get("labelBackgroundColor"), "#FFFFFF")
            background = None if background == "none" else background
        self.draw_label(cell, x, y, w, h, background=background)
        self.out.append("</g>")

    def inherited_stroke(self, cell):
        parent = self.by_id.get(cell.parent)
        while parent is not None:
            value = parent.style.get("strokeColor")
            if value and value != "inherit":
                return value
            parent = self.by_id.get(parent.parent)
        return "#000000"

    def shape_svg(self, cell, shape, x, y, w, h, fill, stroke, attrs) -> str:
        st = cell.style
        paint = f'fill="{fill}" stroke="{stroke}" {attrs}'
        kind = st.get("")
        if kind == "swimlane" or shape == "swimlane":
            return self.swimlane_svg(cell, x, y, w, h, fill, stroke, attrs)
        if shape == "ellipse" or kind == "ellipse":
            return f'<ellipse cx="{n(x + w / 2)}" cy="{n(y + h / 2)}" rx="{n(w / 2)}" ry="{n(h / 2)}" {paint}/>'
        if shape == "line" or kind == "line":
            return f'<line x1="{n(x)}" y1="{n(y + h / 2)}" x2="{n(x + w)}" y2="{n(y + h / 2)}" stroke="{stroke}" {attrs}/>'
        if shape == "tableRow":
            return ""
        if shape == "partialRectangle":
            parts = []
            if fill != "none":
                parts.append(f'<rect x="{n(x)}" y="{n(y)}" width="{n(w)}" height="{n(h)}" fill="{fill}" stroke="none"/>')
            for side, (x1, y1, x2, y2) in (("top", (x, y, x + w, y)), ("right", (x + w, y, x + w, y + h)),
                                           ("bottom", (x, y + h, x + w, y + h)), ("left", (x, y, x, y + h))):
                if st.get(side, "1") != "0" and stroke != "none":
                    parts.append(f'<line x1="{n(x1)}" y1="{n(y1)}" x2="{n(x2)}" y2="{n(y2)}" stroke="{stroke}" {attrs}/>')
            return "".join(parts)
        polygon = shape_polygon(shape, st, x, y, w, h)
        if polygon is not None:
            pts = " ".join(f"{n(px)},{n(py)}" for px, py in polygon)
            out = f'<polygon points="{pts}" {paint} stroke-linejoin="round"/>'
            if shape == "note":
                s = float(st.get("size", 30))
                fold = f"{n(x + w - s)},{n(y)} {n(x + w - s)},{n(y + s)} {n(x + w)},{n(y + s)}"
                out += f'<polygon points="{fold}" fill="#000000" fill-opacity="0.06" stroke="{stroke}" {attrs}/>'
            return out
        rx = 0.0
        if st.get("rounded") == "1":
            if st.get("absoluteArcSize") == "1":
                rx = float(st.get("arcSize", 20)) / 2
            else:
                rx = min(w, h) * float(st.get("arcSize", 15)) / 100
        if fill == "none" and stroke == "none":
            return ""
        return f'<rect x="{n(x)}" y="{n(y)}" width="{n(w)}" height="{n(h)}" rx="{n(rx)}" {paint}/>'

    def swimlane_svg(self, cell, x, y, w, h, fill, stroke, attrs) -> str:
        st = cell.style
        start = float(st.get("startSize", 23))
        horizontal = st.get("horizontal", "1") != "0"
        body_fill = colour(st.get("swimlaneFillColor"), "none")
        parts = [f'<rect x="{n(x)}" y="{n(y)}" width="{n(w)}" height="{n(h)}" fill="{body_fill}" stroke="none"/>']
        if horizontal:
            band = (x, y, w, start)
            sep = (x, y + start, x + w, y + start)
        else:
            band = (x, y, start, h)
            sep = (x + start, y, x + start, y + h)
        parts.append(f'<rect x="{n(band[0])}" y="{n(band[1])}" width="{n(band[2])}" height="{n(band[3])}" '
                     f'fill="{fill}" stroke="none"/>')
        parts.append(f'<rect x="{n(x)}" y="{n(y)}" width="{n(w)}" height="{n(h)}" fill="none" stroke="{stroke}" {attrs}/>')
        if st.get("swimlaneLine", "1") != "0":
            parts.append(f'<line x1="{n(sep[0])}" y1="{n(sep[1])}" x2="{n(sep[2])}" y2="{n(sep[3])}" stroke="{stroke}" {attrs}/>')
        return "".join(parts)

    def draw_table_lines(self, table: Cell):
        """The row and column lines of a draw.io table, over its cells."""
        st = table.style
        stroke = colour(st.get("strokeColor"), "#000000")
        if stroke == "none":
            return
        x, y, w, h = self.rect(table)
        parts = [f'<rect x="{n(x)}" y="{n(y)}" width="{n(w)}" height="{n(h)}" fill="none" stroke="{stroke}"/>']
        rows = [c for c in table.children if c.vertex and c.geo is not None]
        for k, row in enumerate(rows):
            rx, ry, rw, rh = self.rect(row)
            if k and st.get("rowLines", "1") != "0":
                parts.append(f'<line x1="{n(x)}" y1="{n(ry)}" x2="{n(x + w)}" y2="{n(ry)}" stroke="{stroke}"/>')
            if st.get("columnLines", "1") != "0":
                cells = [c for c in row.children if c.vertex and c.geo is not None]
                for c in cells[1:]:
                    cx = self.rect(c)[0]
                    parts.append(f'<line x1="{n(cx)}" y1="{n(ry)}" x2="{n(cx)}" y2="{n(ry + rh)}" stroke="{stroke}"/>')
        self.out.append("".join(parts))

    # Labels --------------------------------------------------------------------------------------

    def draw_label(self, cell: Cell, x, y, w, h, *, background=None):
        st = cell.style
        size = float(st.get("fontSize", 11))
        font_style = int(float(st.get("fontStyle", 0) or 0))
        lines = label_lines(cell, size, bool(font_style & 1), bool(font_style & 2), bool(font_style & 4))
        if not any(lines):
            return
        spacing = float(st.get("spacing", 2))
        sl = spacing + float(st.get("spacingLeft", 0))
        sr = spacing + float(st.get("spacingRight", 0))
        stp = spacing + float(st.get("spacingTop", 0))
        sb = spacing + float(st.get("spacingBottom", 0))
        kind = st.get("")
        align = st.get("align", "center")
        valign = st.get("verticalAlign", "middle")
        rotation = 0.0
        # The label box, before any turn of the label.
        if kind == "swimlane":
            start = float(st.get("startSize", 23))
            if st.get("horizontal", "1") == "0":
                box = (x, y, start, h)
                rotation = -90.0
            else:
                box = (x, y, w, start)
            valign = "middle"
        else:
            box = (x, y, w, h)
            if st.get("horizontal") == "0":
                rotation = -90.0
        bx, by, bw, bh = box
        if rotation:  # the text runs along the box's height
            cx, cy = bx + bw / 2, by + bh / 2
            bx, by, bw, bh = cx - bh / 2, cy - bw / 2, bh, bw
        inner_w = max(1.0, bw - sl - sr)
        if st.get("whiteSpace") == "wrap" or kind == "swimlane":
            lines = wrap(lines, inner_w)
        else:
            lines = wrap(lines, math.inf)
        heights = [1.2 * max([r.size for r in line] or [size]) for line in lines]
        total = sum(heights)
        if valign == "top":
            top = by + stp
        elif valign == "bottom":
            top = by + bh - sb - total
        else:
            top = by + stp + (bh - stp - sb - total) / 2
        if align == "left":
            tx, anchor = bx + sl, "start"
        elif align == "right":
            tx, anchor = bx + bw - sr, "end"
        else:
            tx, anchor = bx + sl + (bw - sl - sr) / 2, "middle"
        fill = colour(st.get("fontColor"), "#000000")
        cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2  # the label turns about its box's centre
        turn = f' transform="rotate({n(rotation)} {n(cx)} {n(cy)})"' if rotation else ""
        texts = []
        widest = max(line_width(line) for line in lines)
        if background:
            pad = 2
            left = tx - (widest / 2 if anchor == "middle" else widest if anchor == "end" else 0)
            texts.append(f'<rect x="{n(left - pad)}" y="{n(top)}" width="{n(widest + 2 * pad)}" height="{n(total)}" '
                         f'fill="{background}"/>')
        y_line = top
        for line, lh in zip(lines, heights):
            if line:
                line_size = max(r.size for r in line)
                baseline = y_line + lh / 2 + 0.35 * line_size
                fonts = FONTS.families(line[0].family)
                spans = []
                for r in line:
                    a = f' font-size="{n(r.size)}"'
                    if r.bold:
                        a += ' font-weight="bold"'
                    if r.italic:
                        a += ' font-style="italic"'
                    if r.underline:
                        a += ' text-decoration="underline"'
                    for segment, emoji in emoji_segments(r.text):
                        face = ""
                        if emoji:
                            face = f' font-family="{EMOJI_FONTS}"'
                            segment = text_presentation(segment)
                        spans.append(f"<tspan{a}{face}>{esc(segment)}</tspan>")
                texts.append(f'<text x="{n(tx)}" y="{n(baseline)}" text-anchor="{anchor}" fill="{fill}" '
                             f'font-family="{esc(fonts)}" xml:space="preserve">{"".join(spans)}</text>')
            y_line += lh
        self.out.append(f"<g{turn}>" + "".join(texts) + "</g>")
        # The text's extent, for the picture's bounds (text may run over its shape).
        left = tx - (widest / 2 if anchor == "middle" else widest if anchor == "end" else 0)
        shape_rotation = float(st.get("rotation", 0) or 0)
        for px, py in ((left, top), (left + widest, top), (left, top + total), (left + widest, top + total)):
            px, py = rotate_point(px, py, cx, cy, rotation)
            px, py = rotate_point(px, py, x + w / 2, y + h / 2, shape_rotation)
            self.bounds.add(px, py)

    # Edges ---------------------------------------------------------------------------------------

    def draw_edge(self, edge: Cell):
        if edge.source not in self.by_id or edge.target not in self.by_id:
            return
        st = edge.style
        path = self.edge_path(edge)
        stroke = colour(st.get("strokeColor"), "#000000")
        sw = float(st.get("strokeWidth", 1))
        attrs = f'stroke-width="{n(sw)}"'
        if st.get("dashed") == "1":
            attrs += f' stroke-dasharray="{n(3 * sw)} {n(3 * sw)}"'
        end_arrow = st.get("endArrow", "classic")
        start_arrow = st.get("startArrow", "none")
        size = float(st.get("endSize", 6))
        # Shorten the line under an arrow head, so the head's tip is the end.
        drawn = list(path)
        heads = []
        if end_arrow not in ("none", ""):
            heads.append(arrow_head(drawn[-2], drawn[-1], size, sw, end_arrow, stroke))
            drawn[-1] = back_off(drawn[-2], drawn[-1], size * 0.7)
        if start_arrow not in ("none", ""):
            heads.append(arrow_head(drawn[1], drawn[0], size, sw, start_arrow, stroke))
            drawn[0] = back_off(drawn[1], drawn[0], size * 0.7)
        d = rounded_path(drawn, 6 if st.get("rounded") == "1" else 0)
        self.out.append(f'<path d="{d}" fill="none" stroke="{stroke}" {attrs} stroke-linejoin="round"/>' + "".join(heads))
        for px, py in path:
            self.bounds.add(px, py)
        if edge.value:
            mx, my = point_along(path, 0.5)
            lines = label_lines(edge, float(st.get("fontSize", 11)), False, False, False)
            if any(lines):
                wdt = max(line_width(line) for line in lines) + 6
                hgt = 1.2 * float(st.get("fontSize", 11)) * len(lines) + 4
                label_style = dict(st)
                label_style.pop("whiteSpace", None)
                fake = Cell(edge.id + "#label", edge.value, "", None, True, False, None, None, None)
                fake.style = label_style
                self.draw_label(fake, mx - wdt / 2, my - hgt / 2, wdt, hgt,
                                background=colour(st.get("labelBackgroundColor"), "#FFFFFF"))


def shape_polygon(shape, st, x, y, w, h):
    if shape == "step":
        size = float(st.get("size", 0.2))
        s = size if st.get("fixedSize") == "1" else size * w
        return [(x, y), (x + w - s, y), (x + w, y + h / 2), (x + w - s, y + h), (x, y + h), (x + s, y + h / 2)]
    if shape == "hexagon":
        size = float(st.get("size", 0.25))
        s = size if st.get("fixedSize") == "1" else size * w
        return [(x + s, y), (x + w - s, y), (x + w, y + h / 2), (x + w - s, y + h), (x + s, y + h), (x, y + h / 2)]
    if shape == "singleArrow":
        aw = float(st.get("arrowWidth", 0.3)) * h
        head = float(st.get("arrowSize", 0.2)) * w
        top, bottom = y + (h - aw) / 2, y + (h + aw) / 2
        return [(x, top), (x + w - head, top), (x + w - head, y), (x + w, y + h / 2), (x + w - head, y + h),
                (x + w - head, bottom), (x, bottom)]
    if shape == "mxgraph.arrows2.arrow":
        dx = float(st.get("dx", 40))
        dy = float(st.get("dy", 0.6)) * h / 2
        notch = float(st.get("notch", 0))
        return [(x, y + dy), (x + w - dx, y + dy), (x + w - dx, y), (x + w, y + h / 2), (x + w - dx, y + h),
                (x + w - dx, y + h - dy), (x, y + h - dy), (x + notch, y + h / 2)]
    if shape == "note":
        s = float(st.get("size", 30))
        return [(x, y), (x + w - s, y), (x + w, y + s), (x + w, y + h), (x, y + h)]
    if shape == "rhombus" or st.get("") == "rhombus":
        return [(x + w / 2, y), (x + w, y + h / 2), (x + w / 2, y + h), (x, y + h / 2)]
    return None


def perimeter(cell: Cell, rect, towards):
    """Where the line from the shape's centre towards a point leaves the shape."""
    x, y, w, h = rect
    cx, cy = x + w / 2, y + h / 2
    dx, dy = towards[0] - cx, towards[1] - cy
    if abs(dx) < 1e-9 and abs(dy) < 1e-9:
        return cx, cy
    if cell.shape == "ellipse" or cell.style.get("") == "ellipse":
        t = 1 / math.sqrt((dx / (w / 2)) ** 2 + (dy / (h / 2)) ** 2)
    else:
        tx = (w / 2) / abs(dx) if dx else math.inf
        ty = (h / 2) / abs(dy) if dy else math.inf
        t = min(tx, ty)
    t = min(t, 1.0)
    return cx + dx * t, cy + dy * t


def point_along(path, fraction):
    lengths = [math.dist(a, b) for a, b in zip(path, path[1:])]
    total = sum(lengths)
    if total == 0:
        return path[0]
    goal = fraction * total
    for (a, b), length in zip(zip(path, path[1:]), lengths):
        if goal <= length and length > 0:
            t = goal / length
            return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        goal -= length
    return path[-1]


def back_off(a, b, distance):
    length = math.dist(a, b)
    if length <= distance:
        return b
    t = (length - distance) / length
    return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t


def arrow_head(a, b, size, sw, kind, stroke):
    length = math.dist(a, b) or 1
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    size = size + sw
    back = (b[0] - ux * size, b[1] - uy * size)
    half = size * 0.45
    left = (back[0] - uy * half, back[1] + ux * half)
    right = (back[0] + uy * half, back[1] - ux * half)
    pts = [b, left]
    if kind == "classic":
        pts.append((b[0] - ux * size * 0.7, b[1] - uy * size * 0.7))
    pts.append(right)
    return f'<polygon points="{" ".join(f"{n(px)},{n(py)}" for px, py in pts)}" fill="{stroke}" stroke="{stroke}"/>'


def rounded_path(points, radius):
    d = f"M{n(points[0][0])},{n(points[0][1])}"
    for k in range(1, len(points) - 1):
        p0, p1, p2 = points[k - 1], points[k], points[k + 1]
        r = min(radius, math.dist(p0, p1) / 2, math.dist(p1, p2) / 2)
        if r <= 0:
            d += f" L{n(p1[0])},{n(p1[1])}"
            continue
        a = back_off(p0, p1, r)
        b = back_off(p2, p1, r)
        d += f" L{n(a[0])},{n(a[1])} Q{n(p1[0])},{n(p1[1])} {n(b[0])},{n(b[1])}"
    d += f" L{n(points[-1][0])},{n(points[-1][1])}"
    return d


# --------------------------------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------------------------------


def journey_page(pages):
    """The page holding the journey map: the one with the most labelled shapes."""
    return max(pages, key=lambda page: sum(1 for c in page[1] if c.value))


def crop_box(renderer: Renderer, crop):
    """The rectangle of the shape a crop names, with CROP_MARGIN around it."""
    kind, title = crop
    if kind != "lane":
        raise ValueError(crop)
    for cell in renderer.cells:
        if cell.vertex and cell.geo is not None and cell.value and \
                re.sub(r"<[^>]+>", "", html.unescape(cell.value)).strip() == title:
            x, y, w, h = renderer.rect(cell)
            return x - CROP_MARGIN, y - CROP_MARGIN, x + w + CROP_MARGIN, y + h + CROP_MARGIN
    raise SystemExit(f"no lane titled {title!r}")


def render_svg(path: str, crop=None) -> str:
    _, cells = journey_page(read_pages(path))
    renderer = Renderer(cells)
    body, bounds = renderer.render()
    x0, y0, x1, y1 = bounds.x0, bounds.y0, bounds.x1, bounds.y1
    if crop:
        x0, y0, x1, y1 = crop_box(renderer, crop)
    else:
        x0, y0, x1, y1 = x0 - MARGIN, y0 - MARGIN, x1 + MARGIN, y1 + MARGIN
    x0, y0, x1, y1 = math.floor(x0), math.floor(y0), math.ceil(x1), math.ceil(y1)
    w, h = x1 - x0, y1 - y0
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="{x0} {y0} {w} {h}">\n'
            f'<rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="#FFFFFF"/>\n{body}\n</svg>\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", help="where the SVG files go")
    parser.add_argument("--png", metavar="DIR", help="also convert each SVG to DIR/NAME.png with rsvg-convert")
    parser.add_argument("--width", type=int, default=900, help="width of the PNG files (default 900)")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="only these pictures")
    parser.add_argument("--corpus", default=CORPUS, help="the corpus folder (default: the test fixtures)")
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    if args.png:
        if not shutil.which("rsvg-convert"):
            raise SystemExit("rsvg-convert is needed for --png (Debian/Ubuntu: apt-get install librsvg2-bin)")
        os.makedirs(args.png, exist_ok=True)
    pngquant = shutil.which("pngquant")
    for name, source, what, crop in PICTURES:
        if args.only and name not in args.only:
            continue
        svg = render_svg(os.path.join(args.corpus, source), crop)
        svg_path = os.path.join(args.outdir, name + ".svg")
        with open(svg_path, "w", encoding="utf-8") as handle:
            handle.write(svg)
        line = f"{name}: {source} ({what}) -> {svg_path}"
        if args.png:
            png_path = os.path.join(args.png, name + ".png")
            subprocess.run(["rsvg-convert", "-w", str(args.width), "-o", png_path, svg_path], check=True)
            if pngquant:
                subprocess.run([pngquant, "--force", "--skip-if-larger", "--strip", "--quality", "70-95",
                                "--output", png_path, png_path], check=False)
            line += f", {png_path} ({os.path.getsize(png_path) // 1024} KB)"
        print(line)


if __name__ == "__main__":
    sys.exit(main())
