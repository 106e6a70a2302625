#!/usr/bin/env python3
"""Writes the third batch of the journey-map corpus: maps drawn the ways product teams draw them that
differ from the first two batches (draw.io tables with a merged title row or a wide lane-title column,
stages as side-by-side draw.io swimlanes, a yEd table and a Visio page running top to bottom, icon
stage headers and icons beside cards, cards grouped with a priority badge, lane titles in everyday
words, a KPI lane of numbers, bullet lists inside one card, an unrelated pricing table beside the
grid, a draft page before the final one, lanes that are all people, cascaded sticky notes, cards on a
lane border, a Visio cross-functional layout with phase bands).

    python3 Scripts/corpus/make_third_batch_corpus.py [--out DIR] [--check JOURNEY_BINARY]

Every map is written as `b3-<what>-<lang>.<ext>` with its truth `b3-<what>-<lang>.truth.json`
(format: Tests/JourneyImportTests/Fixtures/journeys/README.md) into the corpus folder. The truth is
what the drawing was meant to show, built from the same data the drawing is made from; nothing here
reads what an importer makes of the files. Before writing, the script checks its own drawing: every
item's centre lies in the cell its truth names, both by the drawn bands and by the halfway lines
between neighbouring header centres.

With `--check`, each written map is converted with the given `journey` binary; the script reports
maps the reader refuses, labels missing from the output and the reader's summary line (a reading
check only: how well the recognizer does is the scorer test's business).

Conventions of these truth files (beyond README.md):
- A free card is one item: its lines joined by "\\n" as a person reads them. A bullet list written
  as text ("• Reads reviews" / "• Asks friends") keeps its bullet characters; an HTML list
  (<ul><li>…</li></ul>) is read as its items, one per line, without bullets (the bullets are drawn,
  not written).
- A cell of a draw.io table: each non-empty line is an item (as in the first batch).
- An emotion written as text: an explicit number wins over an emoji, an emoji over a word; the
  label is the text without the number, the emoji and the brackets around the number ("" when
  nothing else is left). Word-only emotions use only the brief's words per language; other words
  appear only next to an explicit number or a face.
- A KPI lane ("Indicadores", "KPI") holds numbers ("+12 %", "NPS 45", "CSAT 4.2/5"): these are
  cells, never emotions.
- Lane kinds: a lane titled in everyday words has the kind a reader takes from it ("How they feel",
  "Mood", "Experience", "¿Cómo se siente?", "Wie sie sich fühlt", "気持ち" → emotions; "Where",
  "Channel", "Canales", "Onde", "接点" → touchpoints; "Questions on their mind", "What they think",
  "¿Qué piensa?" → thoughts; "Frustrations", "Hürden", "Irritants", "Dores", "不満" → pain-points;
  "Behind the scenes" → backstage; "Indicadores", "KPI" → kpis). Lanes naming people or teams
  ("Owner", "铲屎官", "前台", "兽医", "助理"), "Systems & tools" and quotes ("Sinabi ng customer")
  are custom lanes (kind null).
- Shapes without a label (icons, images, badges, backgrounds, lines, a merged-away table cell) are
  decoration and appear nowhere in the truth.
- `notes`: labels that belong to no cell: footnotes, legends, and every label of a table that is
  not the journey (a pricing table beside the map).
- Maps running top to bottom (stages as rows) have `"orientation": "rows"`.
- `b3-cascade-es`: two cards lie across a lane border on purpose. "¿Cuánto me costará devolverlo?"
  has its centre 3 px above the border between "Pensamientos" and "Emociones" (so it is a thought);
  "Oficina de correos" has its centre 3 px below the border between "Emociones" and "Puntos de
  contacto" (so it is a touchpoint). The lanes around them are equally high, so the drawn border and
  the halfway line between the lane titles agree. Two cells hold three cascaded sticky notes each,
  every note overlapping the one before it.
- `b3-draftpages-fr`: the first page ("Brouillon") is a draft with stage headers only; the map is
  on the second page ("Final"), which the truth names.

Standard library only; the output is the same on every run (seeded by the map's name, fixed ZIP
timestamps).
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import math
import os
import random
import struct
import subprocess
import sys
import tempfile
import urllib.parse
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_OUT = os.path.join(ROOT, "Tests", "JourneyImportTests", "Fixtures", "journeys")

ACTIONS, THOUGHTS, EMOTIONS, TOUCHPOINTS = "actions", "thoughts", "emotions", "touchpoints"
PAIN, OPPORTUNITIES, MEASURES, KPIS, CONTENT, BACKSTAGE = (
    "pain-points", "opportunities", "measures", "kpis", "content", "backstage")


# --------------------------------------------------------------------------------------------------
# What is drawn
# --------------------------------------------------------------------------------------------------


class E:
    """An emotion written as text: what is drawn, its score and label."""

    def __init__(self, text, score, label):
        self.text, self.score, self.label = text, score, label


class UL:
    """A card whose text is an HTML bullet list: the items are its lines."""

    def __init__(self, *lines):
        self.lines = list(lines)
        self.text = "\n".join(lines)


def text_of(item):
    return item if isinstance(item, str) else item.text


def line_count(item):
    return text_of(item).count("\n") + 1


class Journey:
    """One map, independent of the tool drawing it. `grid[lane]` holds, per stage, the items of the
    cell in reading order (str: a card; E: an emotion; UL: a card holding an HTML list)."""

    def __init__(self, name, ext, style, tool, language, title, stages, lanes, grid, *, orientation="columns",
                 personas=(), notes=(), page=None):
        self.name, self.ext, self.style, self.tool, self.language = name, ext, style, tool, language
        self.title, self.stages, self.lanes, self.grid = title, list(stages), list(lanes), grid
        self.orientation = orientation
        self.personas = list(personas)
        self.notes = list(notes)
        self.page = page
        assert set(grid) == {lane for lane, _ in lanes}, name
        for lane, _ in self.lanes:
            assert len(grid[lane]) == len(self.stages), (name, lane)
        for lane, kind in self.lanes:
            for cell in grid[lane]:
                for item in cell:
                    assert isinstance(item, E) == (kind == EMOTIONS), (name, lane, text_of(item))

    @property
    def filename(self):
        return f"{self.name}.{self.ext}"

    def kind(self, lane):
        return dict(self.lanes)[lane]

    def item_count(self):
        return sum(len(cell) for lane in self.grid.values() for cell in lane)

    def truth(self):
        cells, emotions = [], []
        for lane, _ in self.lanes:
            for stage, cell in zip(self.stages, self.grid[lane]):
                for item in cell:
                    if isinstance(item, E):
                        emotions.append({"stage": stage, "lane": lane, "score": item.score, "label": item.label})
                    else:
                        cells.append({"stage": stage, "lane": lane, "text": text_of(item), "step": None})
        return {
            "style": self.style,
            "tool": self.tool,
            "language": self.language,
            "page": self.page,
            "orientation": self.orientation,
            "title": self.title,
            "stages": self.stages,
            "steps": {},
            "lanes": [{"title": title, "kind": kind} for title, kind in self.lanes],
            "cells": cells,
            "emotions": emotions,
            "personas": [name for name, _ in self.personas],
            "notes": self.notes,
        }

    def expected_labels(self):
        """Every label the truth names (the output must keep each)."""
        labels = [self.title] + self.stages + [title for title, _ in self.lanes] + self.notes
        labels += [f"{name}\n{role}" for name, role in self.personas]
        for lane in self.grid.values():
            for cell in lane:
                labels += [text_of(item) for item in cell if text_of(item)]
        return labels


# --------------------------------------------------------------------------------------------------
# Layout and the check of the drawing against the truth
# --------------------------------------------------------------------------------------------------


def bands(start, sizes, gap=0.0):
    out, position = [], start
    for size in sizes:
        out.append((position, position + size))
        position += size + gap
    return out


def meet(spans):
    """Bands widened to meet their neighbours halfway across the gaps between them."""
    out = []
    for index, (a, b) in enumerate(spans):
        if index:
            a = (spans[index - 1][1] + a) / 2
        if index + 1 < len(spans):
            b = (b + spans[index + 1][0]) / 2
        out.append((a, b))
    return out


def halfway(centres):
    """Bands from header centres: each reaches halfway to the next header's centre."""
    out = []
    for index, centre in enumerate(centres):
        a = -1e9 if index == 0 else (centres[index - 1] + centre) / 2
        b = 1e9 if index + 1 == len(centres) else (centre + centres[index + 1]) / 2
        out.append((a, b))
    return out


def centres(spans):
    return [(a + b) / 2 for a, b in spans]


def card_height(item, base, line=15.0):
    return max(base, line * line_count(item) + 16)


def needed(cell, base, gap, pad, emotion_h=30.0):
    if not cell:
        return 2 * pad
    heights = [emotion_h if isinstance(item, E) else card_height(item, base) for item in cell]
    return sum(heights) + gap * (len(heights) - 1) + 2 * pad


def stack(rng, x0, y0, w, h, cell, *, base, gap, pad, jitter=4.0, width=None, emotion_h=30.0, emotion_w=None):
    """Rectangles for the items of a cell stacked and centred vertically, each a little off."""
    if not cell:
        return []
    heights = [emotion_h if isinstance(item, E) else card_height(item, base) for item in cell]
    total = sum(heights) + gap * (len(heights) - 1)
    top = y0 + (h - total) / 2 + rng.uniform(-min(jitter, 3), min(jitter, 3))
    out = []
    for item, ch in zip(cell, heights):
        if isinstance(item, E) and emotion_w:
            cw = emotion_w
        else:
            cw = width if width else w - 2 * pad - rng.uniform(0, 14)
        cx = x0 + (w - cw) / 2 + rng.uniform(-jitter, jitter)
        out.append((cx, top + rng.uniform(-jitter * 0.4, jitter * 0.4), cw, ch + rng.uniform(-2, 2)))
        top += ch + gap
    return out


class Placed:
    """A drawn item: its rectangle (absolute, y down), stage and lane index."""

    def __init__(self, item, rect, stage, lane):
        self.item, self.rect, self.stage, self.lane = item, rect, stage, lane


def verify(journey, placed, stage_bands, lane_bands, stage_centres=None, lane_centres=None):
    """Each item's centre in its cell, by the drawn bands and by the halfway lines between header
    centres; every item of the truth drawn exactly once."""
    assert len(placed) == journey.item_count(), (journey.name, len(placed), journey.item_count())
    checks = [(stage_bands, lane_bands)]
    checks.append((halfway(stage_centres or centres(stage_bands)), halfway(lane_centres or centres(lane_bands))))
    rows = journey.orientation == "rows"
    for p in placed:
        x, y, w, h = p.rect
        cx, cy = x + w / 2, y + h / 2
        along_stage, along_lane = (cy, cx) if rows else (cx, cy)
        for stages, lanes in checks:
            s0, s1 = stages[p.stage]
            l0, l1 = lanes[p.lane]
            assert s0 <= along_stage < s1, f"{journey.name}: '{text_of(p.item)}' {along_stage:.1f} not in stage {p.stage} {s0:.1f}-{s1:.1f}"
            assert l0 <= along_lane < l1, f"{journey.name}: '{text_of(p.item)}' {along_lane:.1f} not in lane {p.lane} {l0:.1f}-{l1:.1f}"


def place_grid(journey, rng, stage_bands, lane_bands, *, base, gap, pad, jitter=4.0, width=None, emotion_w=None):
    """Every item of the journey stacked in its cell; returns [Placed]."""
    placed = []
    rows = journey.orientation == "rows"
    for j, (lane, _) in enumerate(journey.lanes):
        for i, cell in enumerate(journey.grid[lane]):
            (s0, s1), (l0, l1) = stage_bands[i], lane_bands[j]
            x0, x1, y0, y1 = (l0, l1, s0, s1) if rows else (s0, s1, l0, l1)
            for item, rect in zip(cell, stack(rng, x0, y0, x1 - x0, y1 - y0, cell, base=base, gap=gap, pad=pad,
                                              jitter=jitter, width=width, emotion_w=emotion_w)):
                placed.append(Placed(item, rect, i, j))
    return placed


def lane_sizes(journey, rng, *, base, gap, pad, minimum, slack=(0, 12)):
    """Heights of the lane rows (stages as columns)."""
    return [max(minimum, max(needed(cell, base, gap, pad) for cell in journey.grid[lane])) + rng.uniform(*slack)
            for lane, _ in journey.lanes]


def stage_sizes(journey, rng, *, base, gap, pad, minimum, slack=(0, 12)):
    """Heights of the stage rows (stages as rows)."""
    return [max(minimum, max(needed(journey.grid[lane][i], base, gap, pad) for lane, _ in journey.lanes))
            + rng.uniform(*slack) for i in range(len(journey.stages))]


# --------------------------------------------------------------------------------------------------
# Icons: tiny SVG (draw.io) and PNG (Visio) images
# --------------------------------------------------------------------------------------------------

SVG_ICONS = {
    "pen": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" cy="24" '
           'r="23" fill="#1BA1E2"/><path d="M15 33l3-9 12-12 6 6-12 12z" fill="#FFFFFF"/></svg>',
    "call": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" cy="24" '
            'r="23" fill="#60A917"/><rect x="12" y="16" width="18" height="16" rx="3" fill="#FFFFFF"/><path d="M30 '
            '21l7-4v14l-7-4z" fill="#FFFFFF"/></svg>',
    "gear": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" cy="24" '
            'r="23" fill="#F0A30A"/><circle cx="24" cy="24" r="9" fill="none" stroke="#FFFFFF" stroke-width="5"/></svg>',
    "rocket": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" '
              'cy="24" r="23" fill="#AA00FF"/><path d="M24 9c6 5 7 13 4 21h-8c-3-8-2-16 4-21z" fill="#FFFFFF"/></svg>',
    "chart": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" '
             'cy="24" r="23" fill="#E51400"/><rect x="13" y="26" width="5" height="9" fill="#FFFFFF"/><rect x="21" '
             'y="18" width="5" height="17" fill="#FFFFFF"/><rect x="29" y="13" width="5" height="22" fill="#FFFFFF"/></svg>',
    "mail": '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><rect x="2" y="5" '
            'width="20" height="14" rx="2" fill="#6D8764"/><path d="M3 6l9 7 9-7" fill="none" stroke="#FFFFFF" '
            'stroke-width="2"/></svg>',
    "screen": '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><rect x="2" y="4" '
              'width="20" height="13" rx="1" fill="#647687"/><rect x="8" y="18" width="8" height="2" '
              'fill="#647687"/></svg>',
    "phone": '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><rect x="7" y="2" '
             'width="10" height="20" rx="2" fill="#3A5F8A"/><circle cx="12" cy="18" r="1.5" fill="#FFFFFF"/></svg>',
    "person": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" '
              'cy="24" r="23" fill="#DDDDDD"/><circle cx="24" cy="18" r="8" fill="#999999"/><path d="M10 40c2-9 '
              '8-13 14-13s12 4 14 13z" fill="#999999"/></svg>',
}


def svg_data(name):
    """draw.io's data URI in a style: no ';base64' (the semicolon would end the style value)."""
    return "data:image/svg+xml," + base64.b64encode(SVG_ICONS[name].encode("utf-8")).decode("ascii")


def png_icon(size, colour, ring=None):
    """A small PNG: a filled circle on a transparent background (optionally a white inner ring)."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    rows = []
    c = (size - 1) / 2
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            d = math.hypot(x - c, y - c)
            if ring and ring[0] <= d <= ring[1]:
                row += bytes([255, 255, 255, 255])
            elif d <= size / 2 - 0.5:
                row += bytes([r, g, b, 255])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------------
# draw.io
# --------------------------------------------------------------------------------------------------


def esc_attr(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\n", "&#xa;"))


def esc_html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def num(value):
    value = round(value, 2)
    if abs(value - round(value)) < 1e-9:
        return str(int(round(value)))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def render_label(item_or_text, mode):
    """A draw.io value for a label and whether it is HTML; every mode reads as the same text."""
    if isinstance(item_or_text, UL):
        return "<ul>" + "".join(f"<li>{esc_html(line)}</li>" for line in item_or_text.lines) + "</ul>", True
    text = text_of(item_or_text)
    if mode == "plain" or text == "":
        return text, False
    lines = [esc_html(line) for line in text.split("\n")]
    if mode == "br":
        return "<br>".join(lines), True
    if mode == "div":  # what draw.io writes when Enter is pressed in a label
        return lines[0] + "".join(f"<div>{line}</div>" for line in lines[1:]), True
    if mode == "bold":
        return f"<b>{lines[0]}</b>" + "".join(f"<br>{line}" for line in lines[1:]), True
    raise ValueError(mode)


def compress(model):
    """draw.io's page compression: encodeURIComponent, raw DEFLATE, base64."""
    encoded = urllib.parse.quote(model, safe="!*'()")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packer.compress(encoded.encode("ascii")) + packer.flush()
    return base64.b64encode(data).decode("ascii")


ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class DrawioPage:
    """One draw.io page. `vertex` takes absolute coordinates and stores them relative to the parent,
    as draw.io does for children of containers, groups, swimlanes and table rows."""

    def __init__(self, name, rng, *, width=1654, height=1169):
        self.name, self.rng = name, rng
        self.prefix = "".join(rng.choice(ALPHABET) for _ in range(20))
        self.page_id = "".join(rng.choice(ALPHABET) for _ in range(20))
        self.counter = 1
        self.cells = []
        self.rects = {}
        self.labels = []
        self.width, self.height = width, height

    def new_id(self):
        self.counter += 1
        return f"{self.prefix}-{self.counter}"

    def vertex(self, item, style, x, y, w, h, *, parent=None, mode="plain", hidden=False, alternate=None):
        """`item` is a text, an E or a UL; `alternate` writes draw.io's alternateBounds (table cells)."""
        parent = parent or "1"
        value, is_html = render_label(item, mode)
        if is_html and "html=1" not in style:
            style = style + "html=1;"
        rx, ry = x, y
        if parent != "1":
            px, py, _, _ = self.rects[parent]
            rx, ry = x - px, y - py
        cid = self.new_id()
        self.rects[cid] = (x, y, w, h)
        self.cells.append(("vertex", cid, value, style, parent, (rx, ry, w, h), hidden, alternate))
        if text_of(item):
            self.labels.append(text_of(item))
        return cid

    def edge(self, source, target, style, *, label=""):
        cid = self.new_id()
        self.cells.append(("edge", cid, label, style, "1", source, target))
        if label:
            self.labels.append(label)
        return cid

    def model(self, pretty):
        attrs = (f'dx="{self.rng.randint(900, 1600)}" dy="{self.rng.randint(600, 1000)}" grid="1" gridSize="10" '
                 f'guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" pageScale="1" '
                 f'pageWidth="{self.width}" pageHeight="{self.height}" math="0" shadow="0"')
        parts = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>']
        for cell in self.cells:
            if cell[0] == "vertex":
                _, cid, value, style, parent, (x, y, w, h), hidden, alternate = cell
                geo = []
                if abs(x) > 1e-9:
                    geo.append(f'x="{num(x)}"')
                if abs(y) > 1e-9:
                    geo.append(f'y="{num(y)}"')
                geo.append(f'width="{num(w)}" height="{num(h)}"')
                visible = ' visible="0"' if hidden else ""
                if alternate:
                    aw, ah = alternate
                    inner = (f'<mxGeometry {" ".join(geo)} as="geometry"><mxRectangle width="{num(aw)}" '
                             f'height="{num(ah)}" as="alternateBounds"/></mxGeometry>')
                else:
                    inner = f'<mxGeometry {" ".join(geo)} as="geometry"/>'
                parts.append(f'<mxCell id="{cid}" value="{esc_attr(value)}" style="{esc_attr(style)}" '
                             f'parent="{parent}" vertex="1"{visible}>{inner}</mxCell>')
            else:
                _, cid, value, style, parent, source, target = cell
                parts.append(f'<mxCell id="{cid}" value="{esc_attr(value)}" style="{esc_attr(style)}" '
                             f'parent="{parent}" source="{source}" target="{target}" edge="1">'
                             f'<mxGeometry relative="1" as="geometry"/></mxCell>')
        if pretty:
            return (f"<mxGraphModel {attrs}>\n      <root>\n"
                    + "".join(f"        {part}\n" for part in parts) + "      </root>\n    </mxGraphModel>")
        return f"<mxGraphModel {attrs}><root>" + "".join(parts) + "</root></mxGraphModel>"


DRAWIO_HOSTS = [
    'host="app.diagrams.net" agent="Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like '
    'Gecko) Chrome/131.0.0.0 Safari/537.36" version="25.0.3"',
    'host="Electron" agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) '
    'draw.io/24.7.17 Chrome/128.0.6613.36 Electron/32.0.1 Safari/537.36" version="24.7.17"',
    'host="app.diagrams.net" agent="Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0" '
    'version="25.0.1" type="device"',
    'host="confluence.atlassian.net" agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, '
    'like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0" version="24.8.6" type="atlas"',
]


def mxfile(pages, compressed, rng, host):
    etag = "".join(rng.choice(ALPHABET + "-_") for _ in range(20))
    pages_attr = f' pages="{len(pages)}"' if len(pages) > 1 else ""
    out = [f'<mxfile {DRAWIO_HOSTS[host]} etag="{etag}"{pages_attr}>']
    for page in pages:
        head = f'  <diagram id="{page.page_id}" name="{esc_attr(page.name)}">'
        if compressed:
            out.append(head + compress(page.model(pretty=False)) + "</diagram>")
        else:
            out.append(head + "\n    " + page.model(pretty=True) + "\n  </diagram>")
    out.append("</mxfile>")
    return "\n".join(out) + "\n"


KIND_FILL = {
    ACTIONS: ("#dae8fc", "#6c8ebf"), THOUGHTS: ("#e1d5e7", "#9673a6"), TOUCHPOINTS: ("#d5e8d4", "#82b366"),
    EMOTIONS: ("#fff2cc", "#d6b656"), PAIN: ("#f8cecc", "#b85450"), OPPORTUNITIES: ("#ffe6cc", "#d79b00"),
    MEASURES: ("#ffe6cc", "#d79b00"), KPIS: ("#f5f5f5", "#666666"), CONTENT: ("#e6f7ff", "#4a90b8"),
    BACKSTAGE: ("#eeeeee", "#36393d"), None: ("#ffffff", "#999999"),
}


def card_style(kind, rng, *, rounded=True, font="Helvetica", size=11, extra=""):
    fill, stroke = KIND_FILL.get(kind, KIND_FILL[None])
    corner = "rounded=1;arcSize=10;" if rounded else "rounded=0;"
    return (f"{corner}whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};"
            f"fontSize={size + rng.choice([0, 0, 1])};fontFamily={font};{extra}")


def emotion_style(size=16, font=""):
    return f"text;html=1;align=center;verticalAlign=middle;whiteSpace=wrap;fontSize={size};{font}"


TABLE_STYLE = ("shape=table;startSize=0;container=1;collapsible=0;childLayout=tableLayout;fixedRows=1;rowLines=1;"
               "fontStyle=0;strokeColor=#666666;fontSize=12;html=1;")
ROW_STYLE = ("shape=tableRow;horizontal=0;startSize=0;swimlaneHead=0;swimlaneBody=0;strokeColor=inherit;top=0;left=0;"
             "bottom=0;right=0;collapsible=0;dropTarget=0;fillColor=none;points=[[0,0.5],[1,0.5]];"
             "portConstraint=eastwest;fontSize=12;html=1;")
CELL_STYLE = ("shape=partialRectangle;html=1;whiteSpace=wrap;connectable=0;strokeColor=inherit;overflow=hidden;top=0;"
              "left=0;bottom=0;right=0;pointerEvents=1;fontSize=12;")


def merge_style(base, extra):
    """A style string with the keys of `extra` replacing those of `base` (as draw.io keeps one of each)."""
    entries, order = {}, []
    for part in (base + extra).split(";"):
        if not part:
            continue
        key = part.split("=", 1)[0]
        if key not in entries:
            order.append(key)
        entries[key] = part
    return "".join(entries[key] + ";" for key in order)


def drawio_table(page, x, y, col_w, row_h, values, styles, *, merged_title=None, title_style=""):
    """A draw.io table (shape=table → tableRow → partialRectangle). `values[r][c]` is the text (or
    UL) of a cell, `styles[r][c]` its extra style. With `merged_title`, a first row holds one cell
    merged across the whole table (`colspan`), the other cells of that row hidden as draw.io keeps
    them. Returns the absolute rectangle of every cell of `values`, as rects[r][c]."""
    width = sum(col_w)
    heights = ([merged_title[1]] if merged_title else []) + list(row_h)
    table = page.vertex("", TABLE_STYLE, x, y, width, sum(heights))
    top = y
    if merged_title:
        text, h = merged_title
        row = page.vertex("", ROW_STYLE, x, top, width, h, parent=table)
        page.vertex(text, merge_style(CELL_STYLE, f"colspan={len(col_w)};" + title_style), x, top, width, h, parent=row,
                    alternate=(col_w[0], h))
        left = x + col_w[0]
        for w in col_w[1:]:
            page.vertex("", merge_style(CELL_STYLE, "fillColor=none;"), left, top, w, h, parent=row, hidden=True,
                        alternate=(w, h))
            left += w
        top += h
    rects = []
    for r, (cells, cell_styles) in enumerate(zip(values, styles)):
        h = row_h[r]
        row = page.vertex("", ROW_STYLE, x, top, width, h, parent=table)
        left = x
        out = []
        for c, (value, extra) in enumerate(zip(cells, cell_styles)):
            w = col_w[c]
            mode = "br" if isinstance(value, str) and "\n" in value else "plain"
            page.vertex(value, merge_style(CELL_STYLE, extra), left, top, w, h, parent=row, alternate=(w, h),
                        mode=mode)
            out.append((left, top, w, h))
            left += w
        rects.append(out)
        top += h
    return rects


def table_grid_values(journey, *, corner=""):
    """The rows of a journey table: the stage row, then one row per lane (a cell's items as lines)."""
    values = [[corner] + journey.stages]
    for lane, _ in journey.lanes:
        values.append([lane] + ["\n".join(text_of(item) for item in cell) for cell in journey.grid[lane]])
    return values


# --------------------------------------------------------------------------------------------------
# yEd desktop (GraphML with y:ShapeNode realizers)
# --------------------------------------------------------------------------------------------------

YED_HEADER = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" xmlns:sys="http://www.yworks.com/xml/yfiles-common/markup/primitives/2.0" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
  <!--Created by yEd 3.25-->
  <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
  <key for="port" id="d1" yfiles.type="portgraphics"/>
  <key for="port" id="d2" yfiles.type="portgeometry"/>
  <key for="port" id="d3" yfiles.type="portuserdata"/>
  <key attr.name="url" attr.type="string" for="node" id="d4"/>
  <key attr.name="description" attr.type="string" for="node" id="d5"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="graphml" id="d7" yfiles.type="resources"/>
  <key attr.name="url" attr.type="string" for="edge" id="d8"/>
  <key attr.name="description" attr.type="string" for="edge" id="d9"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <data key="d0" xml:space="preserve"/>
"""

YED_FOOTER = """  </graph>
  <data key="d7">
    <y:Resources/>
  </data>
</graphml>
"""

SMART_LABEL_MODEL = ('<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel><y:ModelParameter>'
                     '<y:SmartNodeLabelModelParameter labelRatioX="0.0" labelRatioY="0.0" nodeRatioX="0.0" '
                     'nodeRatioY="0.0" offsetX="0.0" offsetY="0.0" upX="0.0" upY="-1.0"/></y:ModelParameter>')


def char_width(character, size):
    code = ord(character)
    if code >= 0x1F000:
        return size * 1.25
    if code >= 0x2E80:
        return size * 1.05
    if character in "mwMW":
        return size * 0.8
    if character in "iljt.,:;'|!() ":
        return size * 0.36
    return size * 0.6


def text_width(text, size=12):
    return max(sum(char_width(c, size) for c in line) for line in text.split("\n"))


def f4(value):
    return f"{value:.4f}"


def f1(value):
    return f"{value:.1f}"


class YEdDocument:
    """A desktop yEd GraphML file written node by node; remembers every label it writes."""

    def __init__(self):
        self.lines = [YED_HEADER]
        self.labels = []
        self.indent = 4
        self.counters = [0]
        self.edge_counter = 0
        self.prefixes = [""]

    def _write(self, text):
        self.lines.append(" " * self.indent + text + "\n")

    def label_xml(self, text, w, h, *, font=12, bold=False, model=None, extra="", background=None, color="#000000"):
        lw = text_width(text, font) + 4
        lh = (font + 6) * (text.count("\n") + 1)
        back = f'backgroundColor="{background}" hasBackgroundColor="true"' if background else 'hasBackgroundColor="false"'
        return (f'<y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="{font}" '
                f'fontStyle="{"bold" if bold else "plain"}" {back} hasLineColor="false" height="{f4(lh)}" '
                f'horizontalTextPosition="center" iconTextGap="4" modelName="custom" textColor="{color}" '
                f'verticalTextPosition="bottom" visible="true" width="{f4(lw)}" x="{f4((w - lw) / 2)}" '
                f'xml:space="preserve" y="{f4((h - lh) / 2)}"{extra}>{escape(text)}{model or SMART_LABEL_MODEL}'
                f'</y:NodeLabel>')

    def node(self, rect, text, *, shape="rectangle", fill="#FFFFFF", border="#000000", font=12, bold=False,
             text_only=False, border_type="line", color="#000000"):
        x, y, w, h = rect
        node_id = f"{self.prefixes[-1]}n{self.counters[-1]}"
        self.counters[-1] += 1
        self._write(f'<node id="{node_id}">')
        self._write('  <data key="d6">')
        self._write('    <y:ShapeNode>')
        self._write(f'      <y:Geometry height="{f1(h)}" width="{f1(w)}" x="{f1(x)}" y="{f1(y)}"/>')
        if text_only:
            self._write('      <y:Fill hasColor="false" transparent="false"/>')
            self._write('      <y:BorderStyle hasColor="false" raised="false" type="line" width="1.0"/>')
        else:
            self._write(f'      <y:Fill color="{fill}" transparent="false"/>')
            self._write(f'      <y:BorderStyle color="{border}" raised="false" type="{border_type}" width="1.0"/>')
        if text:
            self.labels.append(text)
            self._write('      ' + self.label_xml(text, w, h, font=font, bold=bold, color=color))
        self._write(f'      <y:Shape type="{shape}"/>')
        self._write('    </y:ShapeNode>')
        self._write('  </data>')
        self._write('</node>')
        return node_id

    def open_table(self, rect, title, columns, rows, *, title_band, column_header, row_header, lane_style):
        """A y:TableNode: `columns` and `rows` are (id, label, size); its nested graph comes next."""
        x, y, w, h = rect
        node_id = f"{self.prefixes[-1]}n{self.counters[-1]}"
        self.counters[-1] += 1
        self._write(f'<node id="{node_id}" yfiles.foldertype="group">')
        self._write('  <data key="d4" xml:space="preserve"/>')
        self._write('  <data key="d6">')
        self._write('    <y:TableNode configuration="YED_TABLE_NODE">')
        self._write(f'      <y:Geometry height="{f1(h)}" width="{f1(w)}" x="{f1(x)}" y="{f1(y)}"/>')
        self._write('      <y:Fill color="#ECF5FF" color2="#0042F440" transparent="false"/>')
        self._write('      <y:BorderStyle hasColor="false" type="line" width="1.0"/>')
        self.labels.append(title)
        tw = text_width(title, 16)
        self._write(
            f'      <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="16" '
            f'fontStyle="bold" hasBackgroundColor="false" hasLineColor="false" height="23.0" '
            f'horizontalTextPosition="center" iconTextGap="4" modelName="internal" modelPosition="t" '
            f'textColor="#000000" verticalTextPosition="bottom" visible="true" width="{f4(tw)}" '
            f'x="{f4((w - tw) / 2)}" xml:space="preserve" y="4.0">{escape(title)}</y:NodeLabel>')
        for column_id, label, width in columns:
            self.labels.append(label)
            model = ('<y:LabelModel><y:ColumnNodeLabelModel offset="3.0"/></y:LabelModel><y:ModelParameter>'
                     f'<y:ColumnNodeLabelModelParameter id="{column_id}" inside="true" verticalPosition="0.0"/>'
                     '</y:ModelParameter>')
            self._write('      ' + self.label_xml(label, width, column_header, font=13, bold=True, model=model,
                                                   background="#DCE6F2"))
        for row_id, label, height in rows:
            self.labels.append(label)
            model = ('<y:LabelModel><y:RowNodeLabelModel offset="3.0"/></y:LabelModel><y:ModelParameter>'
                     f'<y:RowNodeLabelModelParameter horizontalPosition="0.0" id="{row_id}" inside="true"/>'
                     '</y:ModelParameter>')
            self._write('      ' + self.label_xml(label, row_header, height, font=13, bold=True, model=model,
                                                   extra=' rotationAngle="270.0"', background="#DCE6F2"))
        self._write('      <y:StyleProperties>')
        for name, cls, value in [
            ("yed.table.section.color", "java.lang.String", "#7192b2"),
            ("yed.table.header.height", "java.lang.Double", "24.0"),
            ("yed.table.lane.color.main", "java.lang.String", "#c4d7ed"),
            ("yed.table.lane.color.alternating", "java.lang.String", "#abc8e2"),
            ("yed.table.header.color.alternating", "java.lang.String", "#abc8e2"),
            ("yed.table.lane.style", "java.lang.String", lane_style),
            ("yed.table.header.color.main", "java.lang.String", "#c4d7ed"),
        ]:
            self._write(f'        <y:Property class="{cls}" name="{name}" value="{value}"/>')
        self._write('      </y:StyleProperties>')
        self._write('      <y:State autoResize="true" closed="false" closedHeight="80.0" closedWidth="100.0"/>')
        self._write('      <y:Insets bottom="0" bottomF="0.0" left="0" leftF="0.0" right="0" rightF="0.0" top="0" '
                    'topF="0.0"/>')
        self._write('      <y:BorderInsets bottom="0" bottomF="0.0" left="0" leftF="0.0" right="0" rightF="0.0" '
                    'top="0" topF="0.0"/>')
        self._write('      <y:Table autoResizeTable="true" defaultColumnWidth="120.0" '
                    'defaultMinimumColumnWidth="80.0" defaultMinimumRowHeight="50.0" defaultRowHeight="80.0">')
        self._write(f'        <y:DefaultColumnInsets bottom="0.0" left="0.0" right="0.0" top="{f1(column_header)}"/>')
        self._write(f'        <y:DefaultRowInsets bottom="0.0" left="{f1(row_header)}" right="0.0" top="0.0"/>')
        self._write(f'        <y:Insets bottom="0.0" left="0.0" right="0.0" top="{f1(title_band)}"/>')
        self._write('        <y:Columns>')
        for column_id, _, width in columns:
            self._write(f'          <y:Column id="{column_id}" minimumWidth="80.0" width="{f1(width)}">'
                        '<y:Insets bottom="0.0" left="0.0" right="0.0" top="0.0"/></y:Column>')
        self._write('        </y:Columns>')
        self._write('        <y:Rows>')
        for row_id, _, height in rows:
            self._write(f'          <y:Row height="{f1(height)}" id="{row_id}" minimumHeight="50.0">'
                        '<y:Insets bottom="0.0" left="0.0" right="0.0" top="0.0"/></y:Row>')
        self._write('        </y:Rows>')
        self._write('      </y:Table>')
        self._write('    </y:TableNode>')
        self._write('  </data>')
        self._write(f'  <graph edgedefault="directed" id="{node_id}:">')
        self.indent += 4
        self.prefixes.append(node_id + "::")
        self.counters.append(0)
        return node_id

    def close_graph(self):
        self.indent -= 4
        self.prefixes.pop()
        self.counters.pop()
        self._write('  </graph>')
        self._write('</node>')

    def text(self):
        return "".join(self.lines) + YED_FOOTER


YED_LANE_FILLS = {
    ACTIONS: "#FFF2CC", THOUGHTS: "#E1D5E7", EMOTIONS: "#FFE6CC", TOUCHPOINTS: "#DAE8FC", PAIN: "#F8CECC",
    OPPORTUNITIES: "#D5E8D4", KPIS: "#EDEDED", MEASURES: "#D5E8D4", BACKSTAGE: "#EEEEEE", None: "#FFFFFF",
}


# --------------------------------------------------------------------------------------------------
# Visio (VSDX)
# --------------------------------------------------------------------------------------------------

VISIO_NS = "http://schemas.microsoft.com/office/visio/2012/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
VISIO_REL = "http://schemas.microsoft.com/visio/2010/relationships"
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
PX = 96.0  # layouts are made in pixels (y down) and written in inches (y up)

RECTANGLE_GEOMETRY = (
    "<Section N='Geometry' IX='0'><Cell N='NoFill' V='0'/><Cell N='NoLine' V='0'/><Cell N='NoShow' V='0'/>"
    "<Cell N='NoSnap' V='0'/><Cell N='NoQuickDrag' V='0'/>"
    "<Row T='RelMoveTo' IX='1'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row>"
    "<Row T='RelLineTo' IX='2'><Cell N='X' V='1'/><Cell N='Y' V='0'/></Row>"
    "<Row T='RelLineTo' IX='3'><Cell N='X' V='1'/><Cell N='Y' V='1'/></Row>"
    "<Row T='RelLineTo' IX='4'><Cell N='X' V='0'/><Cell N='Y' V='1'/></Row>"
    "<Row T='RelLineTo' IX='5'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row></Section>")


def vnum(value):
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def attr(value):
    return escape(str(value), {'"': "&quot;", "'": "&apos;"})


def vcell(name, value, formula=None, unit=None):
    unit_attribute = f" U='{unit}'" if unit else ""
    formula_attribute = f" F='{attr(formula)}'" if formula else ""
    return f"<Cell N='{name}' V='{attr(value)}'{unit_attribute}{formula_attribute}/>"


def visio_text(text):
    return f"<Text><cp IX='0'/><pp IX='0'/>{escape(text)}\n</Text>"


class VisioPage:
    """The shapes of one page; `box` takes a pixel rectangle (y down) and writes inches (y up);
    `image` writes a Foreign (picture) shape whose PNG goes to /visio/media/."""

    def __init__(self, name, width_px, height_px):
        self.name = name
        self.width = math.ceil(width_px / PX)
        self.height = math.ceil(height_px / PX)
        self.shapes = []
        self.labels = []
        self.next_id = 1
        self.images = []  # (relationship id, media file name)

    def claim(self):
        shape_id = self.next_id
        self.next_id += 1
        return shape_id

    def frame(self, pin_x, pin_y, w, h, angle=None):
        cells = (vcell("PinX", vnum(pin_x)) + vcell("PinY", vnum(pin_y)) + vcell("Width", vnum(w))
                 + vcell("Height", vnum(h)) + vcell("LocPinX", vnum(w / 2), "Width*0.5")
                 + vcell("LocPinY", vnum(h / 2), "Height*0.5"))
        if angle is not None:
            cells += vcell("Angle", vnum(angle))
        return cells

    def box(self, rect, text="", name="Rectangle", *, fill="#FFFFFF", line="#404040", text_only=False,
            font_size=None, bold=False, extra="", shape_id=None, no_fill=False):
        x, y, w, h = rect
        shape_id = shape_id or self.claim()
        parts = [f"<Shape ID='{shape_id}' NameU='{attr(name)}.{shape_id}' Name='{attr(name)}.{shape_id}' Type='Shape'>",
                 self.frame((x + w / 2) / PX, self.height - (y + h / 2) / PX, w / PX, h / PX)]
        if text_only:
            parts.append(vcell("FillPattern", "0") + vcell("LinePattern", "0"))
        else:
            parts.append(vcell("FillForegnd", fill) + vcell("LineColor", line)
                         + vcell("LineWeight", "0.01041666666666667", unit="PT"))
            if no_fill:
                parts.append(vcell("FillPattern", "0"))
        parts.append(extra)
        if font_size or bold:
            character = "<Section N='Character'><Row IX='0'>"
            if font_size:
                character += vcell("Size", vnum(font_size / 72), unit="PT")
            if bold:
                character += vcell("Style", "1")
            parts.append(character + "</Row></Section>")
        parts.append(RECTANGLE_GEOMETRY)
        if text:
            parts.append(visio_text(text))
            self.labels.append(text)
        parts.append("</Shape>")
        self.shapes.append("".join(parts))
        return shape_id

    def image(self, rect, media, name="Picture"):
        """A picture (Type='Foreign') showing `media` (a PNG file name under /visio/media/)."""
        x, y, w, h = rect
        shape_id = self.claim()
        rel_id = f"rId{len(self.images) + 1}"
        self.images.append((rel_id, media))
        w_in, h_in = w / PX, h / PX
        self.shapes.append(
            f"<Shape ID='{shape_id}' NameU='{name}.{shape_id}' Name='{name}.{shape_id}' Type='Foreign'>"
            + self.frame((x + w / 2) / PX, self.height - (y + h / 2) / PX, w_in, h_in)
            + vcell("ImgOffsetX", "0", "ImgWidth*0") + vcell("ImgOffsetY", "0", "ImgHeight*0")
            + vcell("ImgWidth", vnum(w_in), "Width*1") + vcell("ImgHeight", vnum(h_in), "Height*1")
            + f"<ForeignData ForeignType='Bitmap' CompressionType='PNG'><Rel r:id='{rel_id}'/></ForeignData>"
            + "</Shape>")
        return shape_id

    def line(self, begin, end, color="#A6A6A6", pattern="2"):
        (bx, by), (ex, ey) = [(px / PX, self.height - py / PX) for px, py in (begin, end)]
        shape_id = self.claim()
        width = math.hypot(ex - bx, ey - by)
        self.shapes.append(
            f"<Shape ID='{shape_id}' NameU='Line.{shape_id}' Name='Line.{shape_id}' Type='Shape'>"
            + vcell("PinX", vnum((bx + ex) / 2)) + vcell("PinY", vnum((by + ey) / 2)) + vcell("Width", vnum(width))
            + vcell("Height", "0") + vcell("LocPinX", vnum(width / 2)) + vcell("LocPinY", "0")
            + vcell("Angle", vnum(math.atan2(ey - by, ex - bx))) + vcell("BeginX", vnum(bx)) + vcell("BeginY", vnum(by))
            + vcell("EndX", vnum(ex)) + vcell("EndY", vnum(ey)) + vcell("LineColor", color)
            + vcell("LinePattern", pattern)
            + "<Section N='Geometry' IX='0'><Cell N='NoFill' V='1'/>"
            + "<Row T='MoveTo' IX='1'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row>"
            + f"<Row T='LineTo' IX='2'><Cell N='X' V='{vnum(width)}'/><Cell N='Y' V='0'/></Row></Section></Shape>")
        return shape_id

    def page_sheet(self):
        cells = [vcell("PageWidth", vnum(self.width), unit="IN"), vcell("PageHeight", vnum(self.height), unit="IN"),
                 vcell("ShdwOffsetX", "0.125", unit="IN"), vcell("ShdwOffsetY", "-0.125", unit="IN"),
                 vcell("PageScale", "1", unit="IN"), vcell("DrawingScale", "1", unit="IN"),
                 vcell("DrawingSizeType", "0"), vcell("DrawingScaleType", "0"), vcell("InhibitSnap", "0"),
                 vcell("UIVisibility", "0"), vcell("DrawingResizeType", "1"), vcell("PrintPageOrientation", "2")]
        return "<PageSheet LineStyle='0' FillStyle='0' TextStyle='0'>" + "".join(cells) + "</PageSheet>"

    def contents(self):
        return (f"<?xml version='1.0' encoding='utf-8' ?>\n<PageContents xmlns='{VISIO_NS}' xmlns:r='{REL_NS}' "
                f"xml:space='preserve'><Shapes>{''.join(self.shapes)}</Shapes></PageContents>")


VISIO_DOCUMENT = (
    f"<?xml version='1.0' encoding='utf-8' ?>\n<VisioDocument xmlns='{VISIO_NS}' xmlns:r='{REL_NS}' "
    "xml:space='preserve'><DocumentSettings TopPage='0' DefaultTextStyle='3' DefaultLineStyle='3' "
    "DefaultFillStyle='3' DefaultGuideStyle='4'><GlueSettings>9</GlueSettings><SnapSettings>295</SnapSettings>"
    "<SnapExtensions>34</SnapExtensions><SnapAngles/><DynamicGridEnabled>1</DynamicGridEnabled>"
    "<ProtectStyles>0</ProtectStyles><ProtectShapes>0</ProtectShapes><ProtectMasters>0</ProtectMasters>"
    "<ProtectBkgnds>0</ProtectBkgnds></DocumentSettings><Colors><ColorEntry IX='24' RGB='#000000'/>"
    "<ColorEntry IX='25' RGB='#FFFFFF'/></Colors><FaceNames><FaceName NameU='Calibri' "
    "UnicodeRanges='-536859905 -1073732485 9 0' CharSets='536871423 0' Panose='2 15 5 2 2 2 4 3 2 4' Flags='325'/>"
    "</FaceNames><StyleSheets>"
    "<StyleSheet ID='0' NameU='No Style' Name='No Style'><Cell N='LineWeight' V='0.01041666666666667'/>"
    "<Cell N='LineColor' V='0'/><Cell N='LinePattern' V='1'/><Cell N='FillForegnd' V='1'/>"
    "<Cell N='FillBkgnd' V='0'/><Cell N='FillPattern' V='1'/><Cell N='VerticalAlign' V='1'/>"
    "<Section N='Character'><Row IX='0'><Cell N='Font' V='Calibri'/><Cell N='Color' V='0'/>"
    "<Cell N='Size' V='0.1666666666666667'/></Row></Section></StyleSheet>"
    "<StyleSheet ID='3' NameU='Normal' Name='Normal' LineStyle='0' FillStyle='0' TextStyle='0'>"
    "<Cell N='LeftMargin' V='0.05555555555555555' U='PT'/><Cell N='RightMargin' V='0.05555555555555555' U='PT'/>"
    "<Cell N='TopMargin' V='0.05555555555555555' U='PT'/><Cell N='BottomMargin' V='0.05555555555555555' U='PT'/>"
    "</StyleSheet>"
    "<StyleSheet ID='4' NameU='Guide' Name='Guide' LineStyle='3' FillStyle='3' TextStyle='3'>"
    "<Cell N='LinePattern' V='23'/><Cell N='FillPattern' V='0'/></StyleSheet>"
    "</StyleSheets><DocumentSheet NameU='TheDoc' Name='TheDoc' LineStyle='0' FillStyle='0' TextStyle='0'>"
    "<Cell N='OutputFormat' V='0'/><Cell N='LockPreview' V='0'/><Cell N='AddMarkup' V='0'/>"
    "<Cell N='ViewMarkup' V='0'/><Cell N='PreviewQuality' V='0'/><Cell N='PreviewScope' V='0'/>"
    "<Cell N='DocLangID' V='{lang}'/></DocumentSheet></VisioDocument>")


def vsdx_bytes(pages, lang_id=1033, media=None):
    """A VSDX package (as bytes) with the pages in order and the PNG files `media` {name: bytes}."""
    media = media or {}
    parts = []
    overrides = ["<Override PartName='/visio/document.xml' ContentType='application/vnd.ms-visio.drawing.main+xml'/>",
                 "<Override PartName='/visio/pages/pages.xml' ContentType='application/vnd.ms-visio.pages+xml'/>"]
    for index in range(len(pages)):
        overrides.append(f"<Override PartName='/visio/pages/page{index + 1}.xml' "
                         "ContentType='application/vnd.ms-visio.page+xml'/>")
    overrides.append("<Override PartName='/docProps/app.xml' "
                     "ContentType='application/vnd.openxmlformats-officedocument.extended-properties+xml'/>")
    png_default = "<Default Extension='png' ContentType='image/png'/>" if media else ""
    parts.append(("[Content_Types].xml",
                  "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                  "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
                  "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>"
                  "<Default Extension='xml' ContentType='application/xml'/>" + png_default + "".join(overrides)
                  + "</Types>"))
    parts.append(("_rels/.rels",
                  f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Relationships xmlns='{PKG_REL_NS}'>"
                  f"<Relationship Id='rId1' Type='{VISIO_REL}/document' Target='visio/document.xml'/>"
                  "<Relationship Id='rId2' Type='http://schemas.openxmlformats.org/officeDocument/2006/"
                  "relationships/extended-properties' Target='docProps/app.xml'/></Relationships>"))
    parts.append(("docProps/app.xml",
                  "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Properties xmlns='http://schemas."
                  "openxmlformats.org/officeDocument/2006/extended-properties'><Application>Microsoft Visio"
                  "</Application><Template></Template><DocSecurity>0</DocSecurity></Properties>"))
    parts.append(("visio/document.xml", VISIO_DOCUMENT.replace("{lang}", str(lang_id))))
    parts.append(("visio/_rels/document.xml.rels",
                  f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Relationships xmlns='{PKG_REL_NS}'>"
                  f"<Relationship Id='rId1' Type='{VISIO_REL}/pages' Target='pages/pages.xml'/></Relationships>"))
    entries, page_rels = [], []
    for index, page in enumerate(pages):
        entries.append(f"<Page ID='{index}' NameU='{attr(page.name)}' Name='{attr(page.name)}' ViewScale='-1' "
                       f"ViewCenterX='{vnum(page.width / 2)}' ViewCenterY='{vnum(page.height / 2)}'>"
                       f"{page.page_sheet()}<Rel r:id='rId{index + 1}'/></Page>")
        page_rels.append(f"<Relationship Id='rId{index + 1}' Type='{VISIO_REL}/page' Target='page{index + 1}.xml'/>")
    parts.append(("visio/pages/pages.xml",
                  f"<?xml version='1.0' encoding='utf-8' ?>\n<Pages xmlns='{VISIO_NS}' xmlns:r='{REL_NS}' "
                  f"xml:space='preserve'>{''.join(entries)}</Pages>"))
    parts.append(("visio/pages/_rels/pages.xml.rels",
                  f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Relationships xmlns='{PKG_REL_NS}'>"
                  + "".join(page_rels) + "</Relationships>"))
    for index, page in enumerate(pages):
        parts.append((f"visio/pages/page{index + 1}.xml", page.contents()))
        if page.images:
            rels = "".join(f"<Relationship Id='{rel_id}' Type='{IMAGE_REL}' Target='../media/{name}'/>"
                           for rel_id, name in page.images)
            parts.append((f"visio/pages/_rels/page{index + 1}.xml.rels",
                          f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                          f"<Relationships xmlns='{PKG_REL_NS}'>{rels}</Relationships>"))
    for name, data in sorted(media.items()):
        parts.append((f"visio/media/{name}", data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 5, 18, 10, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content if isinstance(content, bytes) else content.encode("utf-8"))
    return buffer.getvalue()


VISIO_FILLS = {
    ACTIONS: "#DEEBF7", THOUGHTS: "#E4DFEC", EMOTIONS: "#FFF2CC", TOUCHPOINTS: "#E2EFDA", PAIN: "#FCE4D6",
    OPPORTUNITIES: "#FFF2CC", BACKSTAGE: "#EDEDED", KPIS: "#EDEDED", None: "#FFFFFF",
}


# --------------------------------------------------------------------------------------------------
# The maps: draw.io
# --------------------------------------------------------------------------------------------------


class Output:
    def __init__(self, journey, content, labels):
        self.journey, self.content, self.labels = journey, content, labels


def table_placed(journey, rects, *, first_row=1, first_col=1):
    """Placed items of a journey table: each line of a cell at the cell's rectangle."""
    placed = []
    for j, (lane, _) in enumerate(journey.lanes):
        for i, cell in enumerate(journey.grid[lane]):
            for item in cell:
                placed.append(Placed(item, rects[first_row + j][first_col + i], i, j))
    return placed


def b3_tabletitle_en():
    """A draw.io table whose first row is one cell merged across the table (`colspan`) holding the
    map's title; the stage names are in the second row under an empty corner cell. Lane titles in
    everyday words ("Questions on their mind", "Mood", "Opportunities 💡")."""
    stages = ["Notice it expires", "Check what's needed", "Apply online", "Wait", "Passport arrives"]
    lanes = [("What they do", ACTIONS), ("Questions on their mind", THOUGHTS), ("Mood", EMOTIONS),
             ("Channels", TOUCHPOINTS), ("Frustrations", PAIN), ("Opportunities 💡", OPPORTUNITIES)]
    grid = {
        "What they do": [["Sees the expiry date while booking a trip", "Searches “renew passport”"],
                         ["Reads the photo rules", "Books a photo booth"],
                         ["Fills in the online form", "Uploads the digital photo", "Pays the fee"],
                         ["Checks the status page every day"], ["Signs for the courier delivery"]],
        "Questions on their mind": [["Will it arrive before my trip?"], ["Is my old photo still OK?"],
                                    ["Do I send the old passport now?"], ["Why does it still say “received”?"], []],
        "Mood": [[E("😟 worried", -1, "worried")], [E("confused", -1, "confused")], [E("🙂", 1, "")],
                 [E("frustrated", -1, "frustrated")], [E("relieved (+2)", 2, "relieved")]],
        "Channels": [["Airline booking site", "Search engine"], ["Guidance page", "Photo booth"], ["Online application"],
                     ["Status page", "Email updates"], ["Courier"]],
        "Frustrations": [[], ["Photo rules are hard to find"], ["Photo rejected twice by the upload check"],
                         ["No date given, only “up to 3 weeks”"], ["Delivery only on weekdays"]],
        "Opportunities 💡": [["Renewal reminder 6 months before expiry"], ["Photo checker before paying"],
                             ["Save and resume the form"], ["Estimated arrival date"], ["Pick-up point option"]],
    }
    journey = Journey("b3-tabletitle-en", "drawio", "drawio-table-merged-title", "drawio", "en",
                      "Passport renewal – customer journey map", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Page-1", rng)
    head_w, col_w = 160, 185
    row_h = [42] + [max(52, 24 * max([len(c) for c in journey.grid[lane]] + [1]) + 20) for lane, _ in lanes]
    values = table_grid_values(journey)
    styles = [["fillColor=#E6E6E6;"] + ["fillColor=#DAE8FC;fontStyle=1;fontSize=13;"] * len(stages)]
    for lane, kind in lanes:
        cell_extra = "fillColor=none;fontSize=16;" if kind == EMOTIONS else "fillColor=none;align=left;spacingLeft=6;"
        styles.append([f"fillColor={KIND_FILL[kind][0]};fontStyle=1;"] + [cell_extra] * len(stages))
    rects = drawio_table(page, 60, 60, [head_w] + [col_w] * len(stages), row_h, values, styles,
                         merged_title=(journey.title, 46),
                         title_style="fillColor=#1F4E79;fontColor=#FFFFFF;fontStyle=1;fontSize=17;")
    placed = table_placed(journey, rects)
    stage_bands = [(r[0], r[0] + r[2]) for r in rects[0][1:]]
    lane_bands = [(row[0][1], row[0][1] + row[0][3]) for row in rects[1:]]
    verify(journey, placed, stage_bands, lane_bands)
    return Output(journey, mxfile([page], False, rng, 0), page.labels)


def b3_tablewide_es():
    """A draw.io table with an empty corner cell and a lane-title column much wider than the stage
    columns; first-person stage names; a KPI lane ("Indicadores") of numbers; the title is a text
    above the table; compressed page."""
    stages = ["Me entero", "Visito el centro", "Me apunto", "Primer mes", "¿Sigo o me doy de baja?"]
    lanes = [("¿Qué hace?", ACTIONS), ("¿Qué piensa?", THOUGHTS), ("¿Cómo se siente?", EMOTIONS),
             ("Canales", TOUCHPOINTS), ("Dolores", PAIN), ("Indicadores", KPIS)]
    grid = {
        "¿Qué hace?": [["Ve un cartel en la parada del bus", "Busca opiniones en Google Maps"],
                       ["Pide una visita guiada", "Prueba una clase de spinning"],
                       ["Firma la matrícula en recepción", "Domicilia la cuota"],
                       ["Va tres veces por semana", "Reserva clases en la app"],
                       ["Compara con otro gimnasio", "Pregunta cómo darse de baja"]],
        "¿Qué piensa?": [["¿Tendrán horario de mañana?"], ["¿Estará muy lleno por la tarde?"], ["¿Hay permanencia?"],
                         ["Las clases se llenan en minutos"], ["¿Me compensa lo que pago?"]],
        "¿Cómo se siente?": [[E("curioso", 1, "curioso")], [E("🤔", 0, "")], [E("contento (+2)", 2, "contento")],
                             [E("frustrado", -1, "frustrado")], [E("confundido", -1, "confundido")]],
        "Canales": [["Cartel publicitario", "Google Maps"], ["Recepción", "Monitor de sala"], ["Contrato en papel"],
                    ["App de reservas"], ["Correo de la cuota", "Recepción"]],
        "Dolores": [[], ["Nadie explica las tarifas con claridad"], ["Matrícula de 49 € no anunciada"],
                    ["Clases llenas a los 5 minutos"], ["La baja solo se tramita en persona"]],
        "Indicadores": [["Visitas a la web +12 %"], ["Visitas guiadas: 140 al mes"], ["Tasa de alta 38 %"],
                        ["NPS 45", "CSAT 4,2/5"], ["Bajas en el primer mes: 9 %"]],
    }
    journey = Journey("b3-tablewide-es", "drawio", "drawio-table-wide-lane-column", "drawio", "es",
                      "Mapa de experiencia: apuntarse a un gimnasio", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Página-1", rng)
    head_w, col_w = 270, 168
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 50, 24, 700, 40)
    row_h = [48] + [max(50, 24 * max([len(c) for c in journey.grid[lane]] + [1]) + 22) for lane, _ in lanes]
    values = table_grid_values(journey)
    styles = [["fillColor=none;"] + ["fillColor=#F8CECC;fontStyle=1;fontSize=13;"] * len(stages)]
    for lane, kind in lanes:
        extra = "fillColor=none;fontSize=16;" if kind == EMOTIONS else "fillColor=none;align=left;spacingLeft=8;"
        styles.append(["fillColor=#F5F5F5;fontStyle=1;align=left;spacingLeft=12;fontSize=14;"] + [extra] * len(stages))
    rects = drawio_table(page, 50, 90, [head_w] + [col_w] * len(stages), row_h, values, styles)
    placed = table_placed(journey, rects)
    stage_bands = [(r[0], r[0] + r[2]) for r in rects[0][1:]]
    lane_bands = [(row[0][1], row[0][1] + row[0][3]) for row in rects[1:]]
    verify(journey, placed, stage_bands, lane_bands)
    return Output(journey, mxfile([page], True, rng, 1), page.labels)


def b3_stagecolumns_pt():
    """Stages drawn as draw.io vertical swimlanes side by side (title band on top, `horizontal=1`),
    the cards inside them as their children (geometry relative to the stage); the lane titles are
    loose texts at the left, with no line or band marking the lanes."""
    stages = ["Sintomas", "Agendamento", "Sala de espera virtual", "Consulta", "Receita e retorno"]
    lanes = [("O que faz", ACTIONS), ("O que pensa", THOUGHTS), ("Como se sente", EMOTIONS), ("Onde", TOUCHPOINTS),
             ("Dores", PAIN), ("Ideias 💡", OPPORTUNITIES)]
    grid = {
        "O que faz": [["Acorda com febre e dor de garganta", "Abre o app do plano de saúde"],
                      ["Escolhe teleconsulta às 14h"], ["Testa câmera e microfone", "Espera 25 minutos"],
                      ["Mostra a garganta pela câmera"], ["Recebe a receita digital", "Compra o remédio na farmácia"]],
        "O que pensa": [["Preciso mesmo ir ao pronto-socorro?"], ["Tem horário hoje?"],
                        ["Será que o médico esqueceu de mim?"], ["Dá para examinar pela tela?"],
                        ["A farmácia aceita receita digital?"]],
        "Como se sente": [[E("😟", -1, "")], [E("feliz", 1, "feliz")], [E("frustrado", -1, "frustrado")],
                          [E("confuso", -1, "confuso")], [E("😄", 2, "")]],
        "Onde": [["App do plano"], ["Agenda online"], ["Sala de espera virtual", "Notificação push"], ["Videochamada"],
                 ["Receita por SMS", "Farmácia"]],
        "Dores": [[], ["Poucos horários no mesmo dia"], ["Sem previsão de atendimento"],
                  ["Conexão caiu no meio da consulta"], []],
        "Ideias 💡": [["Triagem por chat"], ["Fila por ordem de chegada"], ["Aviso de posição na fila"],
                      ["Reconexão automática"], ["Receita enviada direto à farmácia"]],
    }
    journey = Journey("b3-stagecolumns-pt", "drawio", "stage-swimlane-columns", "drawio", "pt",
                      "Primeira consulta por telemedicina", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Página-1", rng)
    base, gap, pad = 44, 8, 12
    col_w = [rng.randint(205, 228) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=78)
    left, top, head = 230, 150, 46
    cols, rows = bands(left, col_w), bands(top, row_h)
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 700, 44)
    fills = ["#F0F7FF", "#FFFFFF"]
    stage_ids = []
    for i, (x0, x1) in enumerate(cols):
        stage_ids.append(page.vertex(stages[i], f"swimlane;html=1;startSize={head};horizontal=1;fontStyle=1;fontSize=14;"
                                     f"fillColor=#0050EF;fontColor=#FFFFFF;strokeColor=#001DBC;"
                                     f"swimlaneFillColor={fills[i % 2]};collapsible=0;whiteSpace=wrap;",
                                     x0, top - head, x1 - x0, head + rows[-1][1] - top + 12))
    for j, (y0, y1) in enumerate(rows):
        page.vertex(lanes[j][0], "text;html=1;align=left;verticalAlign=middle;whiteSpace=wrap;fontSize=15;fontStyle=1;"
                    "fontColor=#333333;", 40, (y0 + y1) / 2 - 20, 170, 40)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad)
    for p in placed:
        kind = lanes[p.lane][1]
        style = emotion_style(18) if isinstance(p.item, E) else card_style(kind, rng, size=12)
        page.vertex(p.item, style, *p.rect, parent=stage_ids[p.stage], mode=rng.choice(["plain", "br"]))
    verify(journey, placed, cols, rows)
    return Output(journey, mxfile([page], False, rng, 2), page.labels)


def b3_iconheaders_en():
    """Stage headers made of an icon (a draw.io image shape without a label) above a separate text;
    the cards of the "Where" lane each with a small icon image beside them; a persona card with an
    avatar image; lanes "Owner" (backstage: who owns what happens behind the scenes) and "Systems & tools" (custom); compressed page."""
    stages = ["Contract signed", "Kick-off", "Set-up", "Go-live", "First review"]
    lanes = [("Customer actions", ACTIONS), ("What they think", THOUGHTS), ("How they feel", EMOTIONS),
             ("Where", TOUCHPOINTS), ("Owner", BACKSTAGE), ("Systems & tools", None)]
    grid = {
        "Customer actions": [["Signs the order form", "Names an internal project lead"],
                             ["Joins the kick-off call", "Shares the current rota"],
                             ["Imports staff from a spreadsheet", "Connects the calendar"],
                             ["Publishes the first rota", "Staff swap shifts in the app"], ["Reviews no-show numbers"]],
        "What they think": [["Will the team actually use it?"], ["How much time will set-up take?"],
                            ["Why do some names fail to import?"], ["Can night shifts be split?"],
                            ["Is it worth the price?"]],
        "How they feel": [[E("😀 excited", 2, "excited")], [E("🙂 curious", 1, "curious")],
                          [E("😕 confused", -1, "confused")], [E("😠 angry", -2, "angry")], [E("😊 happy", 1, "happy")]],
        "Where": [["Email", "E-signature"], ["Video call"], ["Admin console", "Help centre"],
                  ["Mobile app", "Push notifications"], ["Usage report"]],
        "Owner": [["Account executive"], ["Customer success manager"], ["Implementation specialist"], ["Support team"],
                  ["Customer success manager"]],
        "Systems & tools": [["DocuSign", "Salesforce"], ["Zoom", "Kick-off deck"], ["Admin console", "CSV importer"],
                            ["Mobile app", "Status page"], ["Looker dashboard"]],
    }
    personas = [("Dana Whitfield", "Practice manager, 12 clinicians")]
    journey = Journey("b3-iconheaders-en", "drawio", "icon-stage-headers", "drawio", "en",
                      "Rolling out our scheduling tool to a new clinic", stages, lanes, grid, personas=personas)
    rng = random.Random(journey.name)
    page = DrawioPage("Onboarding journey", rng)
    base, gap, pad = 40, 8, 10
    col_w = [rng.randint(200, 220) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=70)
    left, top = 220, 300
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 8)
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 26, 760, 44)
    # The persona: an avatar image, the card beside it.
    page.vertex("", f"shape=image;verticalLabelPosition=bottom;labelBackgroundColor=default;verticalAlign=top;"
                f"aspect=fixed;imageAspect=0;image={svg_data('person')};", 40, 86, 56, 56)
    name, role = personas[0]
    page.vertex(f"{name}\n{role}", "rounded=1;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#6C8EBF;align=left;"
                "spacingLeft=10;fontSize=12;", 104, 84, 250, 60, mode="bold")
    icons = ["pen", "call", "gear", "rocket", "chart"]
    sc = []
    for i, (x0, x1) in enumerate(cols):
        cx = (x0 + x1) / 2 + rng.uniform(-3, 3)
        if i % 2:
            style = f"shape=image;verticalLabelPosition=bottom;verticalAlign=top;aspect=fixed;imageAspect=0;image={svg_data(icons[i])};"
        else:
            style = f"image;html=1;image={svg_data(icons[i])};"
        page.vertex("", style, cx - 24, top - 118, 48, 48)
        page.vertex(stages[i], "text;html=1;align=center;verticalAlign=middle;whiteSpace=wrap;fontSize=15;fontStyle=1;"
                    "fontColor=#1F4E79;", x0 + 6, top - 62, x1 - x0 - 12, 30)
        sc.append((x0 + x1) / 2)
    lc = []
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        page.vertex(lanes[j][0], f"rounded=1;arcSize=6;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};"
                    "fontStyle=1;fontSize=13;", 40, y0 + 2, 168, y1 - y0 - 4)
        lc.append((y0 + y1) / 2)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=3)
    card_icons = {"Email": "mail", "E-signature": "screen", "Video call": "screen", "Admin console": "screen",
                  "Help centre": "screen", "Mobile app": "phone", "Push notifications": "phone", "Usage report": "mail"}
    for p in placed:
        kind = lanes[p.lane][1]
        x, y, w, h = p.rect
        if isinstance(p.item, E):
            page.vertex(p.item, emotion_style(17), *p.rect, mode="plain")
        elif lanes[p.lane][0] == "Where":
            # A 22 px icon at the card's left, the card narrowed beside it (its centre stays in the cell).
            page.vertex("", f"image;html=1;image={svg_data(card_icons[p.item])};", x, y + (h - 22) / 2, 22, 22)
            p.rect = (x + 28, y, w - 28, h)
            page.vertex(p.item, card_style(kind, rng), *p.rect, mode="plain")
        else:
            page.vertex(p.item, card_style(kind, rng), *p.rect, mode=rng.choice(["plain", "br"]))
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, mxfile([page], True, rng, 0), page.labels)


def b3_badges_ja():
    """Cards grouped (Ctrl+G, a draw.io `group` cell) with a small coloured circle without a label
    at their upper right corner, a priority badge; a legend below the map explains the colours;
    compressed page."""
    stages = ["知る", "アプリを入れる", "注文する", "待つ", "受け取って評価"]
    lanes = [("ユーザーの行動", ACTIONS), ("考えていること", THOUGHTS), ("気持ち", EMOTIONS), ("接点", TOUCHPOINTS),
             ("不満", PAIN), ("アイデア", OPPORTUNITIES)]
    grid = {
        "ユーザーの行動": [["友人の投稿でクーポンを知る"], ["アプリをダウンロード", "住所とカードを登録"],
                    ["ラーメンを注文", "クーポンを適用"], ["配達状況を地図で見る"], ["玄関で受け取る", "星5つで評価"]],
        "考えていること": [["本当に500円引き？"], ["登録項目が多いな"], ["配達料はいくら？"], ["いつ届くんだろう"], ["また使いたい"]],
        "気持ち": [[E("期待", 1, "期待")], [E("困惑", -1, "困惑")], [E("😊", 1, "")], [E("不安", -1, "不安")],
                [E("嬉しい 😄 +2", 2, "嬉しい")]],
        "接点": [["Instagram"], ["App Store", "SMS認証"], ["アプリ"], ["プッシュ通知", "配達マップ"], ["配達員", "評価画面"]],
        "不満": [[], ["SMSがなかなか届かない"], ["配達料が最後に表示される"], ["到着予定が2回延びた"], []],
        "アイデア": [["友だち紹介クーポン"], ["電話番号だけで登録"], ["料金を最初に表示"], ["遅延時の自動クーポン"],
                 ["ワンタップ再注文"]],
    }
    legend = "凡例\n● 赤：優先度 高\n● 黄：優先度 中\n● 緑：優先度 低"
    journey = Journey("b3-badges-ja", "drawio", "cards-with-badges", "drawio", "ja",
                      "フードデリバリーアプリ：はじめての注文", stages, lanes, grid, notes=[legend])
    rng = random.Random(journey.name)
    page = DrawioPage("ページ1", rng)
    base, gap, pad = 42, 12, 14
    col_w = [rng.randint(190, 210) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=80)
    left, top = 200, 150
    cols, rows = bands(left, col_w, 10), bands(top, row_h, 10)
    font = "fontFamily=Meiryo;"
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;" + font,
                40, 40, 700, 40)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#E51400;fontColor=#FFFFFF;strokeColor=none;"
                    "fontStyle=1;fontSize=14;" + font, x0 + 4, top - 56 + rng.uniform(-2, 2), x1 - x0 - 8, 42)
    for j, (y0, y1) in enumerate(rows):
        page.vertex(lanes[j][0], "rounded=0;whiteSpace=wrap;html=1;fillColor=#F5F5F5;strokeColor=#B3B3B3;fontStyle=1;"
                    "fontSize=13;" + font, 40, y0 + 2, 150, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=3)
    badge_fills = ["#E51400", "#F0A30A", "#60A917"]
    for n, p in enumerate(placed):
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            page.vertex(p.item, emotion_style(18, font), *p.rect)
            continue
        style = card_style(kind, rng, size=12, extra=font)
        badged = kind in (PAIN, OPPORTUNITIES) or (kind == ACTIONS and n % 3 == 1)
        if not badged:
            page.vertex(p.item, style, *p.rect, mode=rng.choice(["plain", "br"]))
            continue
        x, y, w, h = p.rect
        group = page.vertex("", "group", x, y - 7, w + 7, h + 7)
        page.vertex(p.item, style, x, y, w, h, parent=group, mode="plain")
        page.vertex("", f"ellipse;whiteSpace=wrap;html=1;aspect=fixed;fillColor={rng.choice(badge_fills)};"
                    "strokeColor=#FFFFFF;strokeWidth=2;", x + w - 7, y - 7, 14, 14, parent=group)
    page.vertex(legend, "rounded=0;whiteSpace=wrap;html=1;align=left;verticalAlign=top;spacingLeft=8;fontSize=11;"
                "fillColor=#FFFFFF;strokeColor=#999999;" + font, cols[-1][1] - 220, rows[-1][1] + 30, 220, 84, mode="br")
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], True, rng, 1), page.labels)


def b3_bullets_tl():
    """Long cards: a card of three lines, a bullet list written with "•" in one card, a card holding
    an HTML bullet list (<ul>); a KPI lane ("+12 %", "NPS 45", "CSAT 4.2/5"); a custom lane of
    customer quotes ("Sinabi ng customer")."""
    stages = ["Pagkaalam", "Paghahambing", "Pag-apply", "Pag-activate", "Unang bill"]
    lanes = [("Mga Ginagawa", ACTIONS), ("Sinabi ng customer", None), ("Damdamin", EMOTIONS),
             ("Touchpoints", TOUCHPOINTS), ("KPI", KPIS), ("Mga Oportunidad 💡", OPPORTUNITIES)]
    grid = {
        "Mga Ginagawa": [["Nakita ang ad sa YouTube"],
                         ["• Nagbasa ng reviews\n• Nagtanong sa mga kaibigan\n• Tiningnan ang coverage map"],
                         ["Pumunta sa mall kiosk\nNaghintay ng 40 minuto\nNag-submit ng ID at payslip"],
                         [UL("Naghintay ng text para sa activation", "Inilipat ang lumang number",
                             "Tumawag sa hotline")],
                         ["Binasa ang bill sa app"]],
        "Sinabi ng customer": [["“Mukhang sulit ’yung unli data.”"], ["“Bakit iba-iba ang presyo sa bawat site?”"],
                               ["“Ang daming requirements!”"], ["“Dalawang araw na, wala pa ring signal.”"],
                               ["“May dagdag na singil na hindi ko alam.”"]],
        "Damdamin": [[E("sabik", 1, "sabik")], [E("nalilito", -1, "nalilito")], [E("😐", 0, "")],
                     [E("naiinis", -1, "naiinis")], [E("😡", -2, "")]],
        "Touchpoints": [["YouTube ad"], ["Website ng telco", "Facebook group"], ["Mall kiosk"], ["Text message", "Hotline"],
                        ["App", "Email"]],
        "KPI": [["+12 %"], ["Conversion 3.1 %"], ["Approval rate 68 %"], ["Activation sa loob ng 24 oras: 81 %"],
                ["NPS 45", "CSAT 4.2/5"]],
        "Mga Oportunidad 💡": [["Malinaw na presyo sa ad"], ["Comparison table sa website"],
                               ["Online application na walang pila"], ["Activation tracker"],
                               ["Paliwanag ng bawat singil sa bill"]],
    }
    journey = Journey("b3-bullets-tl", "drawio", "long-cards-kpis-quotes", "drawio", "tl",
                      "Pagkuha ng postpaid plan – customer journey", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Pahina-1", rng)
    base, gap, pad = 40, 8, 10
    col_w = [rng.randint(215, 235) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=72)
    left, top = 210, 150
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 36, 760, 40)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "shape=step;perimeter=stepPerimeter;whiteSpace=wrap;html=1;fixedSize=1;size=14;"
                    "fillColor=#008A00;fontColor=#FFFFFF;strokeColor=none;fontStyle=1;fontSize=14;",
                    x0 - 6, top - 56, x1 - x0 + 12, 44)
    for j, (y0, y1) in enumerate(rows):
        page.vertex(lanes[j][0], "rounded=1;arcSize=8;whiteSpace=wrap;html=1;fillColor=#E6E6E6;strokeColor=none;"
                    "fontStyle=1;fontSize=13;", 40, y0 + 2, 160, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=3)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            page.vertex(p.item, emotion_style(18), *p.rect)
        elif kind is None:  # quotes: italic text on a speech-bubble-like rounded box
            page.vertex(p.item, "shape=callout;rounded=1;whiteSpace=wrap;html=1;perimeter=calloutPerimeter;size=8;"
                        "position=0.2;base=12;fillColor=#FFFFFF;strokeColor=#999999;fontStyle=2;fontSize=11;", *p.rect)
        else:
            align = "align=left;spacingLeft=8;" if line_count(p.item) > 1 else ""
            page.vertex(p.item, card_style(kind, rng, extra=align), *p.rect,
                        mode="br" if line_count(p.item) > 1 else "plain")
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], False, rng, 2), page.labels)


def b3_pricingtable_de():
    """A journey grid built from loose shapes, and beside it on the same page an unrelated pricing
    table (a draw.io `shape=table`) with its own caption; all the table's labels are notes."""
    stages = ["Aufmerksam werden", "Informieren", "Probefahrt", "Abo abschließen", "Nutzung"]
    lanes = [("Aktivitäten", ACTIONS), ("Gedanken", THOUGHTS), ("Gefühle", EMOTIONS), ("Touchpoints", TOUCHPOINTS),
             ("Painpoints", PAIN), ("Opportunities", OPPORTUNITIES)]
    grid = {
        "Aktivitäten": [["Sieht ein Abo-Bike beim Nachbarn"], ["Vergleicht Abo und Kauf", "Liest die FAQ"],
                        ["Bucht eine Probefahrt im Store"], ["Wählt das Comfort-Abo", "Identifiziert sich per Video"],
                        ["Fährt täglich zur Arbeit", "Meldet einen Platten"]],
        "Gedanken": [["Lohnt sich das für mich?"], ["Was passiert bei Diebstahl?"],
                     ["Reicht der Akku für den Berg?"], ["Komme ich aus dem Vertrag wieder raus?"],
                     ["Wie schnell wird repariert?"]],
        "Gefühle": [[E("neugierig", 1, "neugierig")], [E("unsicher", -1, "unsicher")], [E("😃", 2, "")],
                    [E("zufrieden", 1, "zufrieden")], [E("frustriert", -1, "frustriert")]],
        "Touchpoints": [["Nachbar", "Instagram"], ["Website", "FAQ"], ["Store"], ["Checkout", "Video-Ident"],
                        ["Service-App", "Werkstatt"]],
        "Painpoints": [[], ["Versicherungsbedingungen versteckt"], ["Probefahrten nur werktags"],
                       ["Video-Ident bricht zweimal ab"], ["Reparatur dauert 9 Tage"]],
        "Opportunities": [["Empfehlungsprogramm"], ["Abo-Rechner"], ["Probefahrt am Wochenende"], ["Ident per App-Foto"],
                          ["Ersatzrad während der Reparatur"]],
    }
    pricing = [["Tarif", "Basic", "Comfort", "Premium"],
               ["Monatspreis", "39 €", "59 €", "79 €"],
               ["Mindestlaufzeit", "12 Monate", "6 Monate", "1 Monat"],
               ["Inspektion", "1× pro Jahr", "2× pro Jahr", "unbegrenzt"],
               ["Diebstahlschutz", "–", "ja (150 € SB)", "ja (ohne SB)"]]
    caption = "Preise (Stand Mai 2026)"
    notes = [caption] + [value for row in pricing for value in row]
    journey = Journey("b3-pricingtable-de", "drawio", "grid-beside-pricing-table", "drawio", "de",
                      "E-Bike-Abo: Customer Journey", stages, lanes, grid, notes=notes)
    rng = random.Random(journey.name)
    page = DrawioPage("Seite-1", rng, width=2336, height=1169)
    base, gap, pad = 42, 8, 10
    col_w = [rng.randint(180, 200) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=72)
    left, top = 200, 140
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 600, 40)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=0;whiteSpace=wrap;html=1;fillColor=#647687;fontColor=#FFFFFF;strokeColor=#314354;"
                    "fontStyle=1;fontSize=13;", x0 + 2, top - 50, x1 - x0 - 4, 40)
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};fontStyle=1;"
                    "fontSize=13;", 40, y0 + 2, 150, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad)
    for p in placed:
        kind = lanes[p.lane][1]
        style = emotion_style(17) if isinstance(p.item, E) else card_style(kind, rng)
        page.vertex(p.item, style, *p.rect, mode=rng.choice(["plain", "div"]))
    # The pricing table, to the right of the grid, top-aligned with the first lane.
    tx = cols[-1][1] + 110
    page.vertex(caption, "text;html=1;fontSize=15;fontStyle=1;align=left;verticalAlign=middle;", tx, top - 50, 300, 34)
    styles = [["fillColor=#E6E6E6;fontStyle=1;"] * 4] + [["fillColor=#F5F5F5;fontStyle=1;align=left;spacingLeft=6;"]
                                                         + ["fillColor=none;"] * 3 for _ in pricing[1:]]
    drawio_table(page, tx, top, [130, 100, 110, 110], [36] * len(pricing), pricing, styles)
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], False, rng, 0), page.labels)


def b3_draftpages_fr():
    """Two pages: the first ("Brouillon") is an early draft holding only a title, four stage headers
    (named differently) and a sticky note; the second ("Final") holds the whole map. Compressed."""
    stages = ["Découverte", "Inscription", "Premier trajet", "Incident", "Abonnement annuel"]
    lanes = [("Actions", ACTIONS), ("Pensées", THOUGHTS), ("Émotions", EMOTIONS), ("Points de contact", TOUCHPOINTS),
             ("Points de friction", PAIN), ("Opportunités", OPPORTUNITIES)]
    grid = {
        "Actions": [["Voit des vélos en bas de chez lui", "Télécharge l'appli"],
                    ["Crée un compte", "Enregistre sa carte bancaire"],
                    ["Débloque un vélo avec le QR code", "Roule 20 minutes jusqu'au bureau"],
                    ["Trouve la station pleine", "Cherche une autre station"], ["Passe à l'abonnement annuel"]],
        "Pensées": [["C'est moins cher que le métro ?"], ["Pourquoi une caution de 150 € ?"],
                    ["Où est la station la plus proche ?"], ["Je vais payer le temps en plus ?"],
                    ["Ça vaut le coup à l'année"]],
        "Émotions": [[E("curieux", 1, "curieux")], [E("😕", -1, "")], [E("😊 content", 1, "content")],
                     [E("frustré 😠 −2", -2, "frustré")], [E("content", 1, "content")]],
        "Points de contact": [["Station dans la rue", "App Store"], ["Appli"], ["Vélo", "Appli"],
                              ["Carte des stations", "Service client"], ["E-mail de bienvenue"]],
        "Points de friction": [[], ["Caution bloquée sur la carte"], ["QR code illisible au soleil"],
                               ["Aucune place libre à l'arrivée"], []],
        "Opportunités": [["Premier trajet offert"], ["Préautorisation au lieu de la caution"], ["Déverrouillage par NFC"],
                         ["Places libres en temps réel"], ["Parrainage"]],
    }
    footnote = "Source : 10 entretiens et un journal de bord, mars 2026"
    journey = Journey("b3-draftpages-fr", "drawio", "draft-then-final-page", "drawio", "fr",
                      "Vélo en libre-service : parcours d'un nouvel abonné", stages, lanes, grid, notes=[footnote],
                      page="Final")
    rng = random.Random(journey.name)
    draft = DrawioPage("Brouillon", rng)
    draft.vertex("Vélo en libre-service – premier jet", "text;html=1;fontSize=20;fontStyle=1;align=left;"
                 "verticalAlign=middle;", 40, 30, 520, 40)
    for i, name in enumerate(["Découverte", "Inscription", "Utilisation", "Fidélisation"]):
        draft.vertex(name, "rounded=1;whiteSpace=wrap;html=1;fillColor=#DAE8FC;strokeColor=#6C8EBF;fontStyle=1;",
                     60 + i * 200, 120, 180, 44)
    draft.vertex("À compléter après les entretiens du 12 mars", "shape=note;whiteSpace=wrap;html=1;size=14;"
                 "fillColor=#FFF2CC;strokeColor=#D6B656;", 60, 200, 220, 70)
    page = DrawioPage("Final", rng)
    base, gap, pad = 42, 8, 10
    col_w = [rng.randint(195, 215) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=76)
    left, top = 210, 140
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 8)
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 760, 40)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#1BA1E2;fontColor=#FFFFFF;strokeColor=none;"
                    "fontStyle=1;fontSize=14;", x0 + 3, top - 54 + rng.uniform(-3, 3), x1 - x0 - 6, 42)
    for j, (y0, y1) in enumerate(rows):
        page.vertex(lanes[j][0], "rounded=1;whiteSpace=wrap;html=1;fillColor=#F5F5F5;strokeColor=#666666;fontStyle=1;",
                    40, y0 + 2, 156, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad)
    for p in placed:
        kind = lanes[p.lane][1]
        style = emotion_style(17) if isinstance(p.item, E) else card_style(kind, rng)
        page.vertex(p.item, style, *p.rect, mode=rng.choice(["plain", "br", "div"]))
    page.vertex(footnote, "text;html=1;fontSize=10;fontStyle=2;align=left;verticalAlign=middle;fontColor=#666666;",
                left, rows[-1][1] + 20, 420, 24)
    verify(journey, placed, meet(cols), meet(rows))
    labels = page.labels  # the draft page's labels are not part of the map
    return Output(journey, mxfile([draft, page], True, rng, 1), labels)


def b3_cascade_es():
    """Sticky notes: two cells hold three notes cascaded (each overlapping the one before, offset
    16 × 14 px); two cards lie across a lane border with their centre 3 px inside their lane (see
    the module docstring). The lanes around those cards are equally high."""
    stages = ["Recibe el pedido", "Decide devolver", "Solicita la devolución", "Envía el paquete",
              "Recibe el reembolso"]
    lanes = [("Acciones", ACTIONS), ("Pensamientos", THOUGHTS), ("Emociones", EMOTIONS),
             ("Puntos de contacto", TOUCHPOINTS), ("Puntos de dolor", PAIN)]
    grid = {
        "Acciones": [["Abre la caja", "Se prueba dos pantalones"],
                     ["Mira la talla en la etiqueta", "Lee la política de devoluciones", "Busca el número de pedido"],
                     ["Rellena el formulario web"], ["Imprime la etiqueta", "Lleva el paquete a correos"],
                     ["Revisa la cuenta del banco"]],
        "Pensamientos": [["Me queda pequeño"], ["¿Cuánto me costará devolverlo?"], ["¿Por qué me piden el motivo?"],
                         ["¿Llegará bien?"], ["¿Cuándo me devuelven el dinero?"]],
        "Emociones": [[E("😕", -1, "")], [E("confundido", -1, "confundido")], [E("😐", 0, "")],
                      [E("contento", 1, "contento")], [E("enfadado", -2, "enfadado")]],
        "Puntos de contacto": [["Caja del pedido"], ["Web de la tienda"], ["Formulario de devolución"],
                               ["Oficina de correos"], ["Extracto del banco", "Correo de confirmación"]],
        "Puntos de dolor": [[], ["Política escrita en letra pequeña"], ["Sin recogida a domicilio"],
                            ["Cola de 20 minutos", "La etiqueta no se imprime bien", "No hay cajas de repuesto"],
                            ["Reembolso tarda 14 días"]],
    }
    journey = Journey("b3-cascade-es", "drawio", "cascaded-sticky-notes", "drawio", "es",
                      "Devolver un pedido de ropa online", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Página-1", rng)
    col_w = [rng.randint(225, 245) for _ in stages]
    row_h = [190.0, 130.0, 130.0, 130.0, 150.0]  # the three middle lanes equally high
    left, top = 200, 150
    cols, rows = bands(left, col_w), bands(top, row_h)
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;"
                "fontFamily=Comic Sans MS;", 40, 36, 700, 44)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#FA6800;fontColor=#FFFFFF;strokeColor=none;"
                    "fontStyle=1;fontSize=14;", x0 + 4, top - 54, x1 - x0 - 8, 42)
    row_fills = ["#FAFAFA", "#F0F0F0"]
    for j, (y0, y1) in enumerate(rows):
        page.vertex(lanes[j][0], "rounded=0;whiteSpace=wrap;html=1;fillColor=#E6E6E6;strokeColor=#B3B3B3;fontStyle=1;"
                    "fontSize=13;", 40, y0, 160, y1 - y0)
        page.vertex("", f"rounded=0;whiteSpace=wrap;html=1;fillColor={row_fills[j % 2]};strokeColor=#E0E0E0;", left, y0,
                    cols[-1][1] - left, y1 - y0)

    def note_style(kind):
        fill = "#F8BBD0" if kind == PAIN else rng.choice(["#FFF9C4", "#FFF59D", "#FFECB3"])
        return (f"rounded=0;whiteSpace=wrap;html=1;shadow=1;strokeColor=none;fillColor={fill};fontSize=12;"
                "fontFamily=Comic Sans MS;")

    cascades = {("Acciones", 1), ("Puntos de dolor", 3)}
    border_cards = {("Pensamientos", 1): -3.0, ("Puntos de contacto", 3): +3.0}
    placed = []
    for j, (lane, kind) in enumerate(lanes):
        y0, y1 = rows[j]
        for i, cell in enumerate(grid[lane]):
            x0, x1 = cols[i]
            if (lane, i) in cascades:
                w, h = 140, 76
                for k, item in enumerate(cell):
                    rect = (x0 + 24 + 16 * k + rng.uniform(-2, 2), y0 + 14 + 14 * k + rng.uniform(-2, 2), w, h)
                    page.vertex(item, note_style(kind), *rect, mode="plain")
                    placed.append(Placed(item, rect, i, j))
                continue
            if (lane, i) in border_cards:
                (item,) = cell
                offset = border_cards[(lane, i)]
                border = y1 if offset < 0 else y0
                h, w = 58, 150
                rect = (x0 + (x1 - x0 - w) / 2 + rng.uniform(-6, 6), border + offset - h / 2, w, h)
                page.vertex(item, note_style(kind) + "rotation=-2;", *rect, mode="plain")
                placed.append(Placed(item, rect, i, j))
                continue
            for item, rect in zip(cell, stack(rng, x0, y0, x1 - x0, y1 - y0, cell, base=50, gap=10, pad=10, jitter=4,
                                              width=150, emotion_w=140)):
                if isinstance(item, E):
                    page.vertex(item, emotion_style(17, "fontFamily=Comic Sans MS;"), *rect)
                else:
                    page.vertex(item, note_style(kind) + rng.choice(["", "rotation=2;", "rotation=-3;"]), *rect,
                                mode=rng.choice(["plain", "br"]))
                placed.append(Placed(item, rect, i, j))
    # The border cards keep clear of the emotions of their stage (they overlap nothing but two lanes).
    for p in placed:
        if isinstance(p.item, E) and p.stage in (1, 3):
            _, y, _, h = p.rect
            assert rows[2][0] + 26 + 4 < y and y + h < rows[2][1] - 26 - 4, (p.item.text, y, rows[2])
    verify(journey, placed, cols, rows)
    return Output(journey, mxfile([page], False, rng, 3), page.labels)


# --------------------------------------------------------------------------------------------------
# The maps: yEd
# --------------------------------------------------------------------------------------------------


def b3_yedvertical_de():
    """A yEd table node drawn top to bottom: the stages are the table's rows (rotated row labels at
    the left), the lanes its columns (column labels on top); the cards lie in the table's cells."""
    stages = ["Beitragsrechnung", "Vergleich", "Kündigung", "Abschluss", "Erster Schaden"]
    lanes = [("Was die Kundin tut", ACTIONS), ("Was sie denkt", THOUGHTS), ("Wie sie sich fühlt", EMOTIONS),
             ("Kontaktpunkte", TOUCHPOINTS), ("Hürden", PAIN), ("Chancen", OPPORTUNITIES)]
    grid = {
        "Was die Kundin tut": [["Öffnet die Beitragsrechnung", "Sieht 18 % Erhöhung"],
                               ["Nutzt ein Vergleichsportal", "Fragt den Kollegen"], ["Kündigt per E-Mail"],
                               ["Schließt online ab", "Lädt die eVB-Nummer herunter"],
                               ["Meldet einen Parkschaden per App"]],
        "Was sie denkt": [["Warum so viel teurer?"], ["Sind die Billigen auch gut?"], ["Schaffe ich die Frist?"],
                          ["Muss ich zur Zulassungsstelle?"], ["Zahlt die Versicherung wirklich?"]],
        "Wie sie sich fühlt": [[E("verärgert", -2, "verärgert")], [E("neugierig", 1, "neugierig")],
                               [E("unsicher", -1, "unsicher")], [E("🙂 +1", 1, "")], [E("zufrieden", 1, "zufrieden")]],
        "Kontaktpunkte": [["Brief", "Kundenportal"], ["Vergleichsportal", "Kollege"], ["E-Mail"],
                          ["Website", "Bestätigungs-E-Mail"], ["Schaden-App", "Telefon"]],
        "Hürden": [["Erhöhung nicht begründet"], ["Tarife kaum vergleichbar"], ["Keine Kündigungsbestätigung"], [],
                   ["Fotos in der App unscharf"]],
        "Chancen": [["Beitragsänderung erklären"], ["Leistungen im Klartext"], ["Kündigungsservice"],
                    ["Wechsel ohne Papier"], ["Foto-Assistent in der App"]],
    }
    footnote = "Quelle: 9 Interviews, Oktober 2025"
    journey = Journey("b3-yedvertical-de", "graphml", "yed-table-stages-as-rows", "yed", "de",
                      "Kfz-Versicherung wechseln – Customer Journey", stages, lanes, grid, orientation="rows",
                      notes=[footnote])
    rng = random.Random(journey.name)
    doc = YEdDocument()
    base, gap, pad = 34, 8, 10
    title_band, column_header, row_header = 32.0, 30.0, 36.0
    x0, y0 = 40.0, 30.0
    col_w = [rng.choice([196.0, 200.0, 204.0]) for _ in lanes]
    row_h = [max(h, 140.0) for h in stage_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=120,
                                                slack=(0, 16))]
    lane_bands = bands(x0 + row_header, col_w)
    stage_bands = bands(y0 + title_band + column_header, row_h)
    rect = (x0, y0, row_header + sum(col_w), title_band + column_header + sum(row_h))
    doc.open_table(rect, journey.title, [(f"column_{j}", lane, w) for j, ((lane, _), w) in enumerate(zip(lanes, col_w))],
                   [(f"row_{i}", stage, h) for i, (stage, h) in enumerate(zip(stages, row_h))],
                   title_band=title_band, column_header=column_header, row_header=row_header,
                   lane_style="lane.style.columns")
    placed = place_grid(journey, rng, stage_bands, lane_bands, base=base, gap=gap, pad=pad, jitter=4)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            doc.node(p.rect, p.item.text, text_only=True, font=15)
        else:
            doc.node(p.rect, p.item, shape="roundrectangle", fill=YED_LANE_FILLS[kind], border="#666666")
    doc.close_graph()
    doc.node((x0, rect[1] + rect[3] + 16, text_width(footnote, 11) + 10, 20), footnote, text_only=True, font=11)
    verify(journey, placed, stage_bands, lane_bands)
    return Output(journey, doc.text(), doc.labels)


def b3_stakeholders_zh():
    """A loose yEd grid whose lanes are all people (the cat owner, front desk, vet, assistant) with
    no vocabulary word in their titles, except the emotion lane "情绪"; the stage names are the
    visit's own steps, not standard stage words."""
    stages = ["猫咪不吃饭", "出门前", "到院登记", "候诊", "看诊", "缴费取药"]
    lanes = [("铲屎官", None), ("情绪", EMOTIONS), ("前台", None), ("兽医", None), ("助理", None)]
    grid = {
        "铲屎官": [["发现猫咪两天没吃饭", "在网上搜症状"], ["把猫装进航空箱", "打车去医院"], ["在前台填写信息"],
                ["抱着猫在候诊区等"], ["听医生讲解化验结果"], ["付款", "领取处方粮"]],
        "情绪": [[E("焦虑", -1, "焦虑")], [E("😟", -1, "")], [E("困惑", -1, "困惑")], [E("😢", -2, "")], [E("🙂", 1, "")],
               [E("开心", 1, "开心")]],
        "前台": [[], ["电话确认预约时间"], ["建立猫咪档案"], ["按顺序叫号"], [], ["打印收费单"]],
        "兽医": [["在线回复初步建议"], [], [], [], ["触诊和抽血", "解释化验单"], ["开处方"]],
        "助理": [[], [], ["带猫咪称体重"], ["安抚猫咪"], ["协助抽血"], ["讲解喂药方法"]],
    }
    footnote = "访谈：6位养猫用户，2026年4月"
    journey = Journey("b3-stakeholders-zh", "graphml", "people-lanes-custom-stages", "yed", "zh",
                      "带猫咪去宠物医院看病", stages, lanes, grid, notes=[footnote])
    rng = random.Random(journey.name)
    doc = YEdDocument()
    base, gap, pad = 34, 8, 10
    col_w = [rng.randint(165, 180) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=66)
    left, top, header = 170.0, 130.0, 110.0
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    doc.node((30, 24, text_width(journey.title, 22) + 20, 38), journey.title, text_only=True, font=22, bold=True)
    for i, (x0, x1) in enumerate(cols):
        doc.node((x0 + 3 + rng.uniform(-2, 2), top - 54 + rng.uniform(-3, 3), x1 - x0 - 6, 42), stages[i],
                 shape="roundrectangle", fill="#6A00FF", border="#3700CC", font=14, bold=True, color="#FFFFFF")
    for j, (y0, y1) in enumerate(rows):
        doc.node((40, y0 + 2, header, y1 - y0 - 4), lanes[j][0], fill=YED_LANE_FILLS[lanes[j][1]], border="#7F7F7F",
                 font=14, bold=True)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=5)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            doc.node(p.rect, p.item.text, text_only=True, font=15)
        else:
            doc.node(p.rect, p.item, shape="roundrectangle", fill="#F2ECFF" if kind is None else YED_LANE_FILLS[kind],
                     border="#7F6FA8")
    doc.node((left, rows[-1][1] + 22, text_width(footnote, 11) + 10, 20), footnote, text_only=True, font=11)
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, doc.text(), doc.labels)


# --------------------------------------------------------------------------------------------------
# The maps: Visio
# --------------------------------------------------------------------------------------------------


def b3_visiovertical_fr():
    """A Visio page running top to bottom: the stages are boxes down the left, the lanes column
    headers across the top, dashed lines between the stage rows."""
    stages = ["Déclic", "Choix de l'auto-école", "Code", "Leçons de conduite", "Examen"]
    lanes = [("Ce que fait l'élève", ACTIONS), ("Ce qu'il pense", THOUGHTS), ("Ce qu'il ressent", EMOTIONS),
             ("Points de contact", TOUCHPOINTS), ("Irritants", PAIN), ("Pistes", OPPORTUNITIES)]
    grid = {
        "Ce que fait l'élève": [["Fête ses 18 ans", "Trouve un job qui demande le permis"],
                                ["Compare trois auto-écoles", "Lit les avis en ligne"],
                                ["Révise le code sur l'appli", "Passe l'examen du code"],
                                ["Réserve ses leçons", "Conduit 25 heures"], ["Passe l'examen pratique"]],
        "Ce qu'il pense": [["Combien ça coûte au total ?"], ["Pourquoi les prix varient autant ?"],
                           ["Je vais l'avoir du premier coup ?"], ["Pourquoi si peu de créneaux ?"], ["Et si je rate ?"]],
        "Ce qu'il ressent": [[E("curieux", 1, "curieux")], [E("perdu", -1, "perdu")], [E("🙂", 1, "")],
                             [E("frustré", -1, "frustré")], [E("😁 +2", 2, "")]],
        "Points de contact": [["Parents", "Réseaux sociaux"], ["Sites des auto-écoles", "Google Maps"],
                              ["Appli de code", "Centre d'examen"], ["Moniteur", "Planning en ligne"],
                              ["Inspecteur", "Résultat par e-mail"]],
        "Irritants": [[], ["Tarifs des forfaits opaques"], ["Date d'examen lointaine"], ["Créneaux pris en 10 minutes"],
                      ["Résultat sous 48 h seulement"]],
        "Pistes": [["Simulateur de budget"], ["Comparatif des forfaits"], ["Examens blancs illimités"],
                   ["Liste d'attente automatique"], ["Résultat le jour même"]],
    }
    journey = Journey("b3-visiovertical-fr", "vsdx", "visio-stages-as-rows", "visio", "fr",
                      "Passer son permis de conduire : parcours de l'élève", stages, lanes, grid, orientation="rows")
    rng = random.Random(journey.name)
    base, gap, pad = 38, 8, 10
    col_w = [rng.randint(170, 190) for _ in lanes]
    row_h = stage_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=80)
    left, top = 210.0, 150.0
    lane_bands, stage_bands = bands(left, col_w, 6), bands(top, row_h, 0)
    page = VisioPage("Page-1", lane_bands[-1][1] + 60, stage_bands[-1][1] + 60)
    page.box((40, 30, 760, 44), journey.title, name="Titre", text_only=True, font_size=20, bold=True)
    for j, (x0, x1) in enumerate(lane_bands):
        page.box((x0 + 2, top - 56 + rng.uniform(-2, 2), x1 - x0 - 4, 44), lanes[j][0], name="Colonne",
                 fill="#2F5597", line="#2F5597", font_size=12, bold=True)
    for i, (y0, y1) in enumerate(stage_bands):
        page.box((40, y0 + 4, 156, y1 - y0 - 8), stages[i], name="Étape", fill="#D9E1F2", line="#8EA9DB", font_size=13,
                 bold=True)
        if i:
            page.line((40, y0), (lane_bands[-1][1], y0), color="#BFBFBF")
    placed = place_grid(journey, rng, stage_bands, lane_bands, base=base, gap=gap, pad=pad, jitter=5)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            page.box(p.rect, p.item.text, name="Ressenti", text_only=True, font_size=15)
        else:
            page.box(p.rect, p.item, name="Carte", fill=VISIO_FILLS[kind], line="#7F7F7F", font_size=10)
    verify(journey, placed, stage_bands, meet(lane_bands))
    return Output(journey, vsdx_bytes([page], 1036), page.labels)


def b3_cff_en():
    """A Visio cross-functional layout: phase bands (tall rectangles over all lanes, the phase name in
    a text block at their top) behind horizontal swimlanes (transparent containers, the lane title
    in a rotated text block at their left) and a title bar across the top. Lanes "Experience" (faces
    only), "Channel", "Owner" and "Behind the scenes" (both backstage, which holds what happens behind the scenes and who owns it)."""
    stages = ["Plan the move", "Tell us", "Moving day", "Get connected", "First bill"]
    lanes = [("What the customer does", ACTIONS), ("Experience", EMOTIONS), ("Channel", TOUCHPOINTS), ("Owner", BACKSTAGE),
             ("Behind the scenes", BACKSTAGE), ("Ideas", OPPORTUNITIES)]
    grid = {
        "What the customer does": [["Gets the keys date", "Checks speeds at the new address"],
                                   ["Fills in the home-move form", "Picks an engineer slot"],
                                   ["Unplugs the router", "Packs it with the cables"],
                                   ["Lets the engineer in", "Plugs in the router"], ["Opens the bill in the app"]],
        "Experience": [[E("🙂", 1, "")], [E("😐", 0, "")], [E("😩", -2, "")], [E("😊", 1, "")], [E("😞", -2, "")]],
        "Channel": [["Coverage checker"], ["Home-move form", "Confirmation email"], ["Router"],
                    ["Engineer", "SMS reminder"], ["App", "Email"]],
        "Owner": [["Digital team"], ["Home-move team"], [], ["Field operations"], ["Billing"]],
        "Behind the scenes": [[], ["Order created in the CRM", "Line test booked"], ["Old line ceased"],
                              ["Line activated"], ["Pro-rata charges calculated"]],
        "Ideas": [["Move checklist by email"], ["Same-day slot choice"], ["Loan a 4G hotspot"], ["Engineer ETA tracking"],
                  ["Explain pro-rata charges"]],
    }
    journey = Journey("b3-cff-en", "vsdx", "visio-cross-functional-phases", "visio", "en",
                      "Moving home with your broadband", stages, lanes, grid)
    rng = random.Random(journey.name)
    base, gap, pad = 38, 8, 10
    band, phase_band, title_bar = 40.0, 40.0, 44.0
    col_w = [rng.randint(180, 196) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=70, slack=(4, 14))
    x0, y0 = 40.0, 40.0
    left = x0 + band
    top = y0 + title_bar + phase_band
    cols, rows = bands(left, col_w), bands(top, row_h)
    right, bottom = cols[-1][1], rows[-1][1]
    page = VisioPage("Page-1", right + 60, bottom + 60)
    page.box((x0, y0, right - x0, title_bar), journey.title, name="Title bar", fill="#DDEBF7", line="#5B9BD5",
             font_size=16, bold=True)
    # Phases first: behind the lanes.
    for i, (a, b) in enumerate(cols):
        h = bottom - (y0 + title_bar)
        text_block = (vcell("TxtPinX", vnum((b - a) / 2 / PX), "Width*0.5")
                      + vcell("TxtPinY", vnum((h - phase_band / 2) / PX), "Height-0.2in")
                      + vcell("TxtWidth", vnum((b - a) / PX), "Width") + vcell("TxtHeight", vnum(phase_band / PX))
                      + vcell("TxtLocPinX", vnum((b - a) / 2 / PX), "TxtWidth*0.5")
                      + vcell("TxtLocPinY", vnum(phase_band / 2 / PX), "TxtHeight*0.5"))
        page.box((a, y0 + title_bar, b - a, h), stages[i], name="Separator", fill=["#F7F9FC", "#FFFFFF"][i % 2],
                 line="#9DC3E6", font_size=13, bold=True, extra=text_block)
    lane_ids = [page.claim() for _ in lanes]
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=5)
    members = {j: [] for j in range(len(lanes))}
    card_xml = []
    for p in placed:
        kind = lanes[p.lane][1]
        shape_id = page.claim()
        relationship = vcell("Relationships", "0", f"SUM(DEPENDSON(4,Sheet.{lane_ids[p.lane]}!SheetRef()))")
        members[p.lane].append(shape_id)
        card_xml.append((p, shape_id, relationship, kind))
    for j, (y_a, y_b) in enumerate(rows):
        h = y_b - y_a
        w = right - x0
        user = ("<Section N='User'><Row N='msvStructureType'><Cell N='Value' V='Container' U='STR'/></Row>"
                "<Row N='msvShapeCategories'><Cell N='Value' V='Swimlane' U='STR'/></Row>"
                "<Row N='msvSDContainerMargin'><Cell N='Value' V='0.125' U='DL'/></Row></Section>")
        text_block = (vcell("TxtPinX", vnum(band / 2 / PX), "0.2083in") + vcell("TxtPinY", vnum(h / 2 / PX), "Height*0.5")
                      + vcell("TxtWidth", vnum(h / PX), "Height") + vcell("TxtHeight", vnum(band / PX))
                      + vcell("TxtLocPinX", vnum(h / 2 / PX), "TxtWidth*0.5")
                      + vcell("TxtLocPinY", vnum(band / 2 / PX), "TxtHeight*0.5")
                      + vcell("TxtAngle", "1.570796326794897", "90deg"))
        relationship = (vcell("Relationships", "0", "SUM(DEPENDSON(1," + ",".join(
            f"Sheet.{m}!SheetRef()" for m in members[j]) + "))") if members[j] else "")
        page.box((x0, y_a, w, h), lanes[j][0], name="Swimlane", line="#595959", font_size=12, bold=True,
                 extra=relationship + text_block + user, shape_id=lane_ids[j], no_fill=True)
        page.line((left, y_a), (left, y_b), color="#595959", pattern="1")
    for p, shape_id, relationship, kind in card_xml:
        if isinstance(p.item, E):
            page.box(p.rect, p.item.text, name="Feeling", text_only=True, font_size=18, extra=relationship,
                     shape_id=shape_id)
        else:
            page.box(p.rect, p.item, name="Process", fill=VISIO_FILLS[kind], line="#7F7F7F", font_size=10,
                     extra=relationship, shape_id=shape_id)
    verify(journey, placed, cols, rows)
    return Output(journey, vsdx_bytes([page], 2057), page.labels)


def b3_visioicons_pt():
    """Visio stage headers made of a picture (a PNG icon, Type='Foreign') above a text; each card of
    the "Canais" lane with a small picture beside it. Pictures carry no text."""
    stages = ["Descoberta", "Simulação", "Pedido", "Análise", "Chegada do cartão"]
    lanes = [("Ações", ACTIONS), ("Pensamentos", THOUGHTS), ("Emoções", EMOTIONS), ("Canais", TOUCHPOINTS),
             ("Dores", PAIN), ("Oportunidades 💡", OPPORTUNITIES)]
    grid = {
        "Ações": [["Vê anúncio de cartão sem anuidade"], ["Simula o limite no app", "Compara com o cartão atual"],
                  ["Envia foto do documento", "Confirma a renda"], ["Acompanha o status do pedido"],
                  ["Recebe o cartão pelos Correios", "Desbloqueia no app"]],
        "Pensamentos": [["Sem anuidade mesmo?"], ["Por que o limite é tão baixo?"], ["Meus dados estão seguros?"],
                        ["Por que está demorando?"], ["Finalmente!"]],
        "Emoções": [[E("curioso", 1, "curioso")], [E("confuso", -1, "confuso")], [E("🙂 feliz", 1, "feliz")],
                    [E("frustrado", -1, "frustrado")], [E("😍", 2, "")]],
        "Canais": [["Instagram"], ["App"], ["App", "Câmera do celular"], ["Notificação push", "Chat"],
                   ["Correios", "App"]],
        "Dores": [[], ["Limite sem explicação"], ["Foto do documento recusada"], ["Análise leva 7 dias"],
                  ["Cartão chega sem aviso"]],
        "Oportunidades 💡": [["Calculadora de benefícios"], ["Explicar como o limite é definido"],
                             ["Captura automática do documento"], ["Prazo estimado da análise"], ["Rastreio da entrega"]],
    }
    journey = Journey("b3-visioicons-pt", "vsdx", "visio-picture-headers", "visio", "pt",
                      "Pedido de cartão de crédito pelo app", stages, lanes, grid)
    rng = random.Random(journey.name)
    base, gap, pad = 38, 8, 10
    col_w = [rng.randint(190, 206) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=70)
    left, top = 200.0, 230.0
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 6)
    page = VisioPage("Página-1", cols[-1][1] + 60, rows[-1][1] + 60)
    media = {"image1.png": png_icon(48, "#8A2BE2", ring=(10, 13)), "image2.png": png_icon(48, "#0078D4", ring=(10, 13)),
             "image3.png": png_icon(48, "#107C10", ring=(10, 13)), "image4.png": png_icon(24, "#605E5C")}
    page.box((40, 30, 700, 44), journey.title, name="Título", text_only=True, font_size=20, bold=True)
    for i, (x0, x1) in enumerate(cols):
        cx = (x0 + x1) / 2
        page.image((cx - 24, top - 112, 48, 48), f"image{1 + i % 3}.png")
        page.box((x0 + 6, top - 58, x1 - x0 - 12, 36), stages[i], name="Etapa", text_only=True, font_size=14,
                 bold=True)
    for j, (y0, y1) in enumerate(rows):
        page.box((40, y0 + 2, 150, y1 - y0 - 4), lanes[j][0], name="Raia", fill="#F2F2F2", line="#A6A6A6", font_size=12,
                 bold=True)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    for p in placed:
        kind = lanes[p.lane][1]
        x, y, w, h = p.rect
        if isinstance(p.item, E):
            page.box(p.rect, p.item.text, name="Emoção", text_only=True, font_size=15)
        elif lanes[p.lane][0] == "Canais":
            page.image((x, y + (h - 22) / 2, 22, 22), "image4.png", name="Ícone")
            p.rect = (x + 28, y, w - 28, h)
            page.box(p.rect, p.item, name="Cartão", fill=VISIO_FILLS[kind], line="#7F7F7F", font_size=10)
        else:
            page.box(p.rect, p.item, name="Cartão", fill=VISIO_FILLS[kind], line="#7F7F7F", font_size=10)
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, vsdx_bytes([page], 1046, media), page.labels)


# --------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------

MAPS = [
    b3_tabletitle_en, b3_tablewide_es, b3_stagecolumns_pt, b3_iconheaders_en, b3_badges_ja, b3_bullets_tl,
    b3_pricingtable_de, b3_draftpages_fr, b3_cascade_es, b3_yedvertical_de, b3_stakeholders_zh, b3_visiovertical_fr,
    b3_cff_en, b3_visioicons_pt,
]


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(key)
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def check(outputs, folder, binary):
    """Converts each map with the journey binary; reports refusals, lost labels and the summary."""
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        for output in outputs:
            journey = output.journey
            path = os.path.join(folder, journey.filename)
            out = os.path.join(scratch, journey.name + ".json")
            run = subprocess.run([binary, "convert", path, out, "--report", "text"], capture_output=True, text=True)
            summary = run.stderr.strip().splitlines()[0] if run.stderr.strip() else ""
            if run.returncode != 0:
                print(f"{journey.filename}: NOT READ (exit {run.returncode}): {run.stderr.strip()}")
                failures += 1
                continue
            with open(out, encoding="utf-8") as handle:
                strings = list(strings_in(json.load(handle)))
            text = "\n".join(strings)
            wanted = dict.fromkeys(output.labels + journey.expected_labels())
            missing = [label for label in wanted
                       if label not in strings and not all(line in text for line in label.split("\n"))]
            status = "all labels kept" if not missing else f"MISSING {missing}"
            print(f"{journey.filename}: {status}\n    {summary.split(': ', 1)[-1]}")
            failures += bool(missing)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--check", metavar="JOURNEY_BINARY")
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    outputs = []
    for make in MAPS:
        output = make()
        journey = output.journey
        path = os.path.join(arguments.out, journey.filename)
        if isinstance(output.content, bytes):
            with open(path, "wb") as handle:
                handle.write(output.content)
        else:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(output.content)
        truth = journey.truth()
        with open(os.path.join(arguments.out, journey.name + ".truth.json"), "w", encoding="utf-8") as handle:
            json.dump(truth, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        print(f"{journey.filename}: {len(truth['stages'])} stages, {len(truth['lanes'])} lanes, "
              f"{len(truth['cells'])} cells, {len(truth['emotions'])} emotions, {len(truth['notes'])} notes")
        outputs.append(output)
    if arguments.check:
        sys.exit(1 if check(outputs, arguments.out, arguments.check) else 0)


if __name__ == "__main__":
    main()
