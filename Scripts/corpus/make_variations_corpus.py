#!/usr/bin/env python3
"""Writes the second batch of the journey-map corpus: maps that differ from the first batch in the
ways real users' maps differ (numbered headers with goals, emoji lane titles, lane descriptions, a
large map, an emotion band with a dot curve, two personas' emotion lanes, a grid of draw.io
swimlanes, layers with a hidden notes layer, cards made of a rectangle plus a text, circle stage
headers, yEd Live, Visio masters with a title block, sloppy spacing, emoji-plus-word emotions).

    python3 Scripts/corpus/make_variations_corpus.py [--out DIR] [--check JOURNEY_BINARY]

Every map is written as `var-<what>-<lang>.<ext>` with its truth `var-<what>-<lang>.truth.json`
(format: Tests/JourneyImportTests/Fixtures/journeys/README.md) into the corpus folder. The truth is
what the drawing was meant to show, built from the same data the drawing is made from; nothing here
reads what an importer makes of the files. Before writing, the script checks its own drawing: every
card's centre lies in the cell its truth names (both by the drawn grid and by the halfway lines
between neighbouring header centres), every emotion dot lies within 0.15 score units of its score.

With `--check`, each written map is converted with the given `journey` binary, and the script
reports maps the reader refuses, labels missing from the output, and the reader's summary line (a
reading check only: how well the recognizer does is the scorer test's business).

Conventions of these truth files (beyond README.md):
- A header's name is its first line as written: "1. Awareness", "Stage 2 – Consideration",
  "① 認知", "😊 Emotions" keep their numbers and icons; a goal or description on further lines of
  the same box is not part of the name.
- An emotion written as text: an explicit number wins over an emoji, an emoji over a word; the
  label is the text without the number and the emoji ("" when nothing else is left). Word-only
  emotions use only the words of the brief's list (per language).
- An emotion dot: score = 2 − 4·(centre y − lane top)/lane height over the lane's drawn extent (a
  lane header or band as high as the lane); its label is the word written next to it ("" if none).
- Shapes without a label (cell backgrounds, the rectangle under a card's text, circles above stage
  names, lines) are decoration and appear nowhere in the truth.
- Labels on a hidden draw.io layer and the fields of a Visio title block other than the title are
  `notes`, wherever they lie.

Standard library only; the output is the same on every run (seeded by the map's name, fixed ZIP
timestamps).
"""

from __future__ import annotations

import argparse
import io
import base64
import json
import math
import os
import random
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


class D:
    """An emotion-curve dot: its score (its height in the lane) and the word written beside it."""

    def __init__(self, score, label):
        self.score, self.label = score, label
        self.text = label


def text_of(item):
    return item if isinstance(item, str) else item.text


def cards_of(cell):
    return [item for item in cell if not isinstance(item, D)]


class Journey:
    """One map, independent of the tool drawing it. `stages` and lane titles are the truth's names;
    `stage_headers` and `lane_headers` are the texts drawn (a goal or description as further lines)."""

    def __init__(self, name, ext, style, tool, language, title, stages, lanes, grid, *, stage_headers=None,
                 lane_headers=None, personas=(), notes=(), page=None):
        self.name, self.ext, self.style, self.tool, self.language = name, ext, style, tool, language
        self.title, self.stages, self.lanes, self.grid = title, list(stages), list(lanes), grid
        self.stage_headers = list(stage_headers or stages)
        self.lane_headers = list(lane_headers or [title for title, _ in lanes])
        self.personas = list(personas)  # (name, description)
        self.notes = list(notes)
        self.page = page
        assert len(self.stage_headers) == len(self.stages)
        for header, stage in zip(self.stage_headers, self.stages):
            assert header.split("\n")[0] == stage, (name, header)
        for header, (lane, _) in zip(self.lane_headers, self.lanes):
            assert header.split("\n")[0] == lane, (name, header)
        for lane, _ in self.lanes:
            assert len(grid[lane]) == len(self.stages), (name, lane)

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
                    if isinstance(item, (E, D)):
                        emotions.append({"stage": stage, "lane": lane, "score": item.score, "label": item.label})
                    else:
                        cells.append({"stage": stage, "lane": lane, "text": item, "step": None})
        return {
            "style": self.style,
            "tool": self.tool,
            "language": self.language,
            "page": self.page,
            "orientation": "columns",
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
        labels = [self.title] + self.stage_headers + self.lane_headers + self.notes
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


def row_heights(journey, rng, *, card_h, gap, pad, minimum, slack=(0, 14), fixed=None):
    heights = []
    for lane, _ in journey.lanes:
        if fixed and lane in fixed:
            heights.append(fixed[lane])
            continue
        n = max([len(cards_of(cell)) for cell in journey.grid[lane]] + [1])
        heights.append(max(minimum, n * card_h + (n - 1) * gap + 2 * pad) + rng.uniform(*slack))
    return heights


def stack(rng, x0, y0, w, h, n, *, card_h, gap, pad, jitter=4.0, width=None):
    """Rectangles for n cards stacked in a cell, centred vertically, each a little off."""
    if n == 0:
        return []
    total = n * card_h + (n - 1) * gap
    top = y0 + (h - total) / 2 + rng.uniform(-min(jitter, 3), min(jitter, 3))
    out = []
    for k in range(n):
        cw = width if width else w - 2 * pad - rng.uniform(0, 14)
        cx = x0 + (w - cw) / 2 + rng.uniform(-jitter, jitter)
        cy = top + k * (card_h + gap) + rng.uniform(-jitter * 0.5, jitter * 0.5)
        out.append((cx, cy, cw, card_h + rng.uniform(-2, 2)))
    return out


class Placed:
    """A drawn item: its rectangle (absolute, y down), stage and lane index, and for a dot the
    lane extent its score is measured in."""

    def __init__(self, item, rect, stage, lane, extent=None):
        self.item, self.rect, self.stage, self.lane, self.extent = item, rect, stage, lane, extent


def verify(journey, placed, stage_bands, lane_bands, stage_centres=None, lane_centres=None):
    """Each item's centre in its cell (drawn bands, and stage headers' halfway lines); each dot's height
    within 0.15 of its score. The counts of placed items and truth items agree."""
    assert len(placed) == journey.item_count(), (journey.name, len(placed), journey.item_count())
    checks = [(stage_bands, lane_bands)]
    if stage_centres:  # lanes keep their drawn extent: their headers are as high as the lane
        checks.append((halfway(stage_centres), lane_bands))
    for p in placed:
        x, y, w, h = p.rect
        cx, cy = x + w / 2, y + h / 2
        for stages, lanes in checks:
            s0, s1 = stages[p.stage]
            l0, l1 = lanes[p.lane]
            assert s0 <= cx < s1, f"{journey.name}: '{text_of(p.item)}' x {cx:.1f} not in stage {p.stage} {s0:.1f}-{s1:.1f}"
            assert l0 <= cy < l1, f"{journey.name}: '{text_of(p.item)}' y {cy:.1f} not in lane {p.lane} {l0:.1f}-{l1:.1f}"
        if isinstance(p.item, D):
            e0, e1 = p.extent
            measured = 2 - 4 * (cy - e0) / (e1 - e0)
            assert abs(measured - p.item.score) <= 0.15, f"{journey.name}: dot {measured:.2f} for {p.item.score}"


def dot_y(rng, score, top, height):
    """A dot centre for a score: ±2 a little inside the extent's edges, others within ±0.07."""
    drawn = score * 0.95 + rng.uniform(-0.03, 0.03) if abs(score) == 2 else score + rng.uniform(-0.07, 0.07)
    return top + (2 - drawn) / 4 * height


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


def render_label(text, mode):
    """A draw.io value for a label and whether it is HTML; every mode reads as the same text."""
    if mode == "plain" or text == "":
        return text, False
    lines = [esc_html(line) for line in text.split("\n")]
    if mode == "br":
        return "<br>".join(lines), True
    if mode == "div":  # what draw.io writes when Enter is pressed in a label
        return lines[0] + "".join(f"<div>{line}</div>" for line in lines[1:]), True
    if mode == "bold":
        return f"<b>{lines[0]}</b>" + "".join(f"<br>{line}" for line in lines[1:]), True
    if mode == "goal":  # a header: the name in bold, the goal smaller below it
        return (f"<b>{lines[0]}</b>" + "".join(f'<br><font style="font-size: 10px;">{line}</font>' for line in lines[1:]),
                True)
    if mode == "desc":  # a lane title with a description line in grey italics
        return (f'<font style="font-size: 14px;"><b>{lines[0]}</b></font>'
                + "".join(f'<div><i><font color="#666666" style="font-size: 10px;">{line}</font></i></div>'
                          for line in lines[1:]), True)
    raise ValueError(mode)


def compress(model):
    """draw.io's page compression: encodeURIComponent, raw DEFLATE, base64."""
    encoded = urllib.parse.quote(model, safe="!*'()")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packer.compress(encoded.encode("ascii")) + packer.flush()
    return base64.b64encode(data).decode("ascii")


ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class DrawioPage:
    """One draw.io page. `vertex` takes absolute coordinates and stores them relative to the parent
    as draw.io does for children of containers. `layers` are (id, name, visible)."""

    def __init__(self, name, rng, *, layers=(("1", None, True),), width=1654, height=1169):
        self.name, self.rng = name, rng
        self.prefix = "".join(rng.choice(ALPHABET) for _ in range(20))
        self.page_id = "".join(rng.choice(ALPHABET) for _ in range(20))
        self.counter = 1
        self.cells = [("root", "0")]
        for layer_id, layer_name, visible in layers:
            self.cells.append(("layer", layer_id, layer_name, visible))
        self.layer = layers[0][0]
        self.layer_ids = {layer_id for layer_id, _, _ in layers}
        self.rects = {}
        self.labels = []
        self.width, self.height = width, height

    def new_id(self):
        self.counter += 1
        return f"{self.prefix}-{self.counter}"

    def vertex(self, text, style, x, y, w, h, *, parent=None, mode="plain"):
        parent = parent or self.layer
        value, is_html = render_label(text, mode)
        if is_html and "html=1" not in style:
            style = style + "html=1;"
        rx, ry = x, y
        if parent not in self.layer_ids:
            px, py, _, _ = self.rects[parent]
            rx, ry = x - px, y - py
        cid = self.new_id()
        self.rects[cid] = (x, y, w, h)
        self.cells.append(("vertex", cid, value, style, parent, (rx, ry, w, h)))
        if text:
            self.labels.append(text)
        return cid

    def edge(self, source, target, style, *, label="", parent=None, points=None):
        cid = self.new_id()
        self.cells.append(("edge", cid, label, style, parent or self.layer, source, target, points or []))
        if label:
            self.labels.append(label)
        return cid

    def model(self, pretty):
        attrs = (f'dx="{self.rng.randint(900, 1600)}" dy="{self.rng.randint(600, 1000)}" grid="1" gridSize="10" '
                 f'guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" pageScale="1" '
                 f'pageWidth="{self.width}" pageHeight="{self.height}" math="0" shadow="0"')
        parts = []
        for cell in self.cells:
            if cell[0] == "root":
                parts.append(f'<mxCell id="{cell[1]}"/>')
            elif cell[0] == "layer":
                _, cid, name, visible = cell
                value = f' value="{esc_attr(name)}"' if name else ""
                hidden = ' visible="0"' if not visible else ""
                parts.append(f'<mxCell id="{cid}"{value} parent="0"{hidden}/>')
            elif cell[0] == "vertex":
                _, cid, value, style, parent, (x, y, w, h) = cell
                geo = []
                if abs(x) > 1e-9:
                    geo.append(f'x="{num(x)}"')
                if abs(y) > 1e-9:
                    geo.append(f'y="{num(y)}"')
                geo.append(f'width="{num(w)}" height="{num(h)}"')
                parts.append(f'<mxCell id="{cid}" value="{esc_attr(value)}" style="{esc_attr(style)}" '
                             f'parent="{parent}" vertex="1"><mxGeometry {" ".join(geo)} as="geometry"/></mxCell>')
            else:
                _, cid, value, style, parent, source, target, points = cell
                if points:
                    inner = "".join(f'<mxPoint x="{num(px)}" y="{num(py)}"/>' for px, py in points)
                    geo = f'<mxGeometry relative="1" as="geometry"><Array as="points">{inner}</Array></mxGeometry>'
                else:
                    geo = '<mxGeometry relative="1" as="geometry"/>'
                parts.append(f'<mxCell id="{cid}" value="{esc_attr(value)}" style="{esc_attr(style)}" '
                             f'parent="{parent}" source="{source}" target="{target}" edge="1">{geo}</mxCell>')
        if pretty:
            return (f"<mxGraphModel {attrs}>\n      <root>\n"
                    + "".join(f"        {part}\n" for part in parts) + "      </root>\n    </mxGraphModel>")
        return f"<mxGraphModel {attrs}><root>" + "".join(parts) + "</root></mxGraphModel>"


DRAWIO_HOSTS = [
    'host="app.diagrams.net" agent="Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like '
    'Gecko) Chrome/126.0.0.0 Safari/537.36" version="24.6.4"',
    'host="Electron" agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) '
    'draw.io/24.7.17 Chrome/128.0.6613.36 Electron/32.0.1 Safari/537.36" version="24.7.17"',
    'host="app.diagrams.net" agent="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" '
    'version="24.7.8" type="device"',
]


def mxfile(pages, compressed, rng, host):
    alphabet = ALPHABET + "-_"
    etag = "".join(rng.choice(alphabet) for _ in range(20))
    out = [f'<mxfile {DRAWIO_HOSTS[host]} etag="{etag}">']
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


def drawio_card_style(kind, rng, *, rounded=True, font="Helvetica", size=11):
    fill, stroke = KIND_FILL.get(kind, KIND_FILL[None])
    corner = "rounded=1;arcSize=10;" if rounded else "rounded=0;"
    return f"{corner}whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};fontSize={size + rng.choice([0, 0, 1])};fontFamily={font};"


def drawio_loose_grid(journey, rng, page, *, left, top, col_w, row_h, col_gap=0.0, row_gap=0.0, stage, lane,
                      item, card_h, gap=8.0, pad=10.0, jitter=4.0):
    """A loose grid: `stage(i, x0, x1)` and `lane(j, y0, y1)` draw the headers and return their
    centre (x or y); `item(j, i, entry, rect)` draws a card. Returns the bands and placements."""
    cols, rows = bands(left, col_w, col_gap), bands(top, row_h, row_gap)
    stage_centres = [stage(i, x0, x1) for i, (x0, x1) in enumerate(cols)]
    lane_centres = [lane(j, y0, y1) for j, (y0, y1) in enumerate(rows)]
    placed = []
    for j, (title, kind) in enumerate(journey.lanes):
        y0, y1 = rows[j]
        for i, cell in enumerate(journey.grid[title]):
            x0, x1 = cols[i]
            entries = cards_of(cell)
            for entry, rect in zip(entries, stack(rng, x0, y0, x1 - x0, y1 - y0, len(entries), card_h=card_h, gap=gap,
                                                  pad=pad, jitter=jitter)):
                item(j, i, entry, rect)
                placed.append(Placed(entry, rect, i, j))
    return cols, rows, placed, stage_centres, lane_centres


# --------------------------------------------------------------------------------------------------
# yEd desktop (GraphML with y:ShapeNode realizers)
# --------------------------------------------------------------------------------------------------

YED_HEADER = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" xmlns:sys="http://www.yworks.com/xml/yfiles-common/markup/primitives/2.0" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
  <!--Created by yEd 3.24-->
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
    return f"{value:.4f}".rstrip("0").rstrip(".") if "." in f"{value:.4f}" else f"{value}"


def f1(value):
    return f"{value:.1f}"


class YEdDocument:
    """A desktop yEd GraphML file written node by node; remembers every label it writes."""

    def __init__(self):
        self.lines = [YED_HEADER]
        self.labels = []
        self.counter = 0
        self.edge_counter = 0

    def _write(self, text, indent=4):
        self.lines.append(" " * indent + text + "\n")

    def node(self, rect, text, *, shape="rectangle", fill="#FFFFFF", border="#000000", font=12, bold=False,
             text_only=False, border_type="line", color="#000000", label_position=None):
        x, y, w, h = rect
        node_id = f"n{self.counter}"
        self.counter += 1
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
            lw = text_width(text, font) + 4
            lh = (font + 6) * (text.count("\n") + 1)
            if label_position:  # an internal label at the left, e.g. a lane title
                model = f'modelName="internal" modelPosition="{label_position}"'
                lx, ly = 4.0, (h - lh) / 2
                tail = ""
            else:
                model = 'modelName="custom"'
                lx, ly = (w - lw) / 2, (h - lh) / 2
                tail = ('<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel><y:ModelParameter>'
                        '<y:SmartNodeLabelModelParameter labelRatioX="0.0" labelRatioY="0.0" nodeRatioX="0.0" '
                        'nodeRatioY="0.0" offsetX="0.0" offsetY="0.0" upX="0.0" upY="-1.0"/></y:ModelParameter>')
            self._write(
                f'      <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="{font}" '
                f'fontStyle="{"bold" if bold else "plain"}" hasBackgroundColor="false" hasLineColor="false" '
                f'height="{f4(lh)}" horizontalTextPosition="center" iconTextGap="4" {model} '
                f'textColor="{color}" verticalTextPosition="bottom" visible="true" width="{f4(lw)}" x="{f4(lx)}" '
                f'xml:space="preserve" y="{f4(ly)}">{escape(text)}{tail}</y:NodeLabel>')
        self._write(f'      <y:Shape type="{shape}"/>')
        self._write('    </y:ShapeNode>')
        self._write('  </data>')
        self._write('</node>')
        return node_id

    def edge(self, source, target, *, color="#000000", width=1.0, arrow="standard", smoothed=False):
        edge_id = f"e{self.edge_counter}"
        self.edge_counter += 1
        self._write(f'<edge id="{edge_id}" source="{source}" target="{target}">')
        self._write('  <data key="d10">')
        self._write('    <y:PolyLineEdge>')
        self._write('      <y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0"/>')
        self._write(f'      <y:LineStyle color="{color}" type="line" width="{f1(width)}"/>')
        self._write(f'      <y:Arrows source="none" target="{arrow}"/>')
        self._write(f'      <y:BendStyle smoothed="{"true" if smoothed else "false"}"/>')
        self._write('    </y:PolyLineEdge>')
        self._write('  </data>')
        self._write('</edge>')

    def text(self):
        return "".join(self.lines) + YED_FOOTER


# --------------------------------------------------------------------------------------------------
# yEd Live / yFiles for HTML (GraphML with y:RectD geometry and yjs styles)
# --------------------------------------------------------------------------------------------------

YLIVE_HEADER = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<graphml xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml.html/2.0/ygraphml.xsd " xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:demostyle2="http://www.yworks.com/yFilesHTML/demos/FlatDemoStyle/2.0" xmlns:demostyle="http://www.yworks.com/yFilesHTML/demos/FlatDemoStyle/1.0" xmlns:icon-style="http://www.yworks.com/yed-live/icon-style/1.0" xmlns:bpmn="http://www.yworks.com/xml/yfiles-bpmn/2.0" xmlns:demotablestyle="http://www.yworks.com/yFilesHTML/demos/FlatDemoTableStyle/1.0" xmlns:uml="http://www.yworks.com/yFilesHTML/demos/UMLDemoStyle/1.0" xmlns:GraphvizNodeStyle="http://www.yworks.com/yFilesHTML/graphviz-node-style/1.0" xmlns:Vue2jsNodeStyle="http://www.yworks.com/demos/yfiles-vuejs-node-style/1.0" xmlns:Vue3jsNodeStyle="http://www.yworks.com/demos/yfiles-vue-node-style/3.0" xmlns:explorer-style="http://www.yworks.com/data-explorer/1.0" xmlns:y="http://www.yworks.com/xml/yfiles-common/3.0" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/3.0" xmlns:yjs="http://www.yworks.com/xml/yfiles-for-html/2.0/xaml" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
\t<!--Created by yFiles for HTML 2.6.0.4-->
\t<key id="d0" for="node" attr.type="int" attr.name="zOrder" y:attr.uri="http://www.yworks.com/xml/yfiles-z-order/1.0/zOrder"/>
\t<key id="d1" for="node" attr.type="boolean" attr.name="Expanded" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/folding/Expanded">
\t\t<default>true</default>
\t</key>
\t<key id="d2" for="node" attr.type="string" attr.name="url"/>
\t<key id="d3" for="node" attr.type="string" attr.name="description"/>
\t<key id="d4" for="node" attr.name="NodeLabels" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeLabels"/>
\t<key id="d5" for="node" attr.name="NodeGeometry" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeGeometry"/>
\t<key id="d6" for="all" attr.name="UserTags" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/UserTags"/>
\t<key id="d7" for="node" attr.name="NodeStyle" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeStyle"/>
\t<key id="d8" for="node" attr.name="NodeViewState" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/folding/1.1/NodeViewState"/>
\t<key id="d9" for="edge" attr.type="string" attr.name="url"/>
\t<key id="d10" for="edge" attr.type="string" attr.name="description"/>
\t<key id="d11" for="edge" attr.name="EdgeLabels" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/EdgeLabels"/>
\t<key id="d12" for="edge" attr.name="EdgeGeometry" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/EdgeGeometry"/>
\t<key id="d13" for="edge" attr.name="EdgeStyle" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/EdgeStyle"/>
\t<key id="d14" for="edge" attr.name="EdgeViewState" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/folding/1.1/EdgeViewState"/>
\t<key id="d15" for="port" attr.name="PortLabels" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/PortLabels"/>
\t<key id="d16" for="port" attr.name="PortLocationParameter" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/PortLocationParameter">
\t\t<default>
\t\t\t<x:Static Member="y:FreeNodePortLocationModel.NodeCenterAnchored"/>
\t\t</default>
\t</key>
\t<key id="d17" for="port" attr.name="PortStyle" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/PortStyle">
\t\t<default>
\t\t\t<x:Static Member="y:VoidPortStyle.Instance"/>
\t\t</default>
\t</key>
\t<key id="d18" for="port" attr.name="PortViewState" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/folding/1.1/PortViewState"/>
\t<key id="d19" attr.name="SharedData" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/SharedData"/>
\t<data key="d19">
\t\t<y:SharedData>
\t\t\t<yjs:DefaultLabelStyle x:Key="1" verticalTextAlignment="CENTER" horizontalTextAlignment="CENTER" textFill="BLACK" wrapping="WORD_ELLIPSIS">
\t\t\t\t<yjs:DefaultLabelStyle.font>
\t\t\t\t\t<yjs:Font fontSize="12" lineSpacing="0.2"/>
\t\t\t\t</yjs:DefaultLabelStyle.font>
\t\t\t</yjs:DefaultLabelStyle>
\t\t\t<yjs:DefaultLabelStyle x:Key="2" verticalTextAlignment="CENTER" horizontalTextAlignment="CENTER" textFill="WHITE">
\t\t\t\t<yjs:DefaultLabelStyle.font>
\t\t\t\t\t<yjs:Font fontSize="14" fontWeight="BOLD" lineSpacing="0.2"/>
\t\t\t\t</yjs:DefaultLabelStyle.font>
\t\t\t</yjs:DefaultLabelStyle>
\t\t\t<yjs:DefaultLabelStyle x:Key="3" verticalTextAlignment="CENTER" horizontalTextAlignment="CENTER" textFill="BLACK">
\t\t\t\t<yjs:DefaultLabelStyle.font>
\t\t\t\t\t<yjs:Font fontSize="20" lineSpacing="0.2"/>
\t\t\t\t</yjs:DefaultLabelStyle.font>
\t\t\t</yjs:DefaultLabelStyle>
\t\t\t<yjs:Stroke x:Key="4" fill="#FF7F7F7F"/>
\t\t</y:SharedData>
\t</data>
\t<graph id="G" edgedefault="directed">
\t\t<data key="d6">
\t\t\t<y:Json>{"version":"2.0.0","theme":{"name":"light","version":"1.0.0"}}</y:Json>
\t\t</data>
"""

YLIVE_FOOTER = "\t</graph>\n</graphml>\n"


def argb(colour):
    return "#FF" + colour.lstrip("#").upper()


def ynum(value):
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class YLiveDocument:
    """A yEd Live file: labels in NodeLabels lists, bounds as y:RectD, styles as yjs objects."""

    def __init__(self):
        self.parts = [YLIVE_HEADER]
        self.labels = []
        self.counter = 0
        self.edge_counter = 0

    def node(self, rect, text, style_xml, *, label_style="1", as_element=False, font=None):
        x, y, w, h = rect
        node_id = f"n{self.counter}"
        self.counter += 1
        out = [f'\t\t<node id="{node_id}">', f'\t\t\t<data key="d0">{self.counter}</data>']
        if text:
            self.labels.append(text)
            style = (f'\t\t\t\t\t\t<y:Label.Style>\n\t\t\t\t\t\t\t<yjs:DefaultLabelStyle verticalTextAlignment="CENTER" '
                     f'horizontalTextAlignment="CENTER" textFill="BLACK">\n\t\t\t\t\t\t\t\t<yjs:DefaultLabelStyle.font>\n'
                     f'\t\t\t\t\t\t\t\t\t<yjs:Font fontSize="{font}" fontWeight="BOLD" lineSpacing="0.2"/>\n'
                     f'\t\t\t\t\t\t\t\t</yjs:DefaultLabelStyle.font>\n\t\t\t\t\t\t\t</yjs:DefaultLabelStyle>\n'
                     f'\t\t\t\t\t\t</y:Label.Style>\n') if font else ""
            style_attr = "" if font else f' Style="{{y:GraphMLReference {label_style}}}"'
            parameter = ' LayoutParameter="{x:Static y:InteriorLabelModel.Center}"'
            out.append('\t\t\t<data key="d4">')
            out.append('\t\t\t\t<x:List>')
            if as_element:  # the text as an element, as yEd Live writes long or special texts
                out.append(f'\t\t\t\t\t<y:Label{parameter}{style_attr}>')
                out.append(f'\t\t\t\t\t\t<y:Label.Text><![CDATA[{text}]]></y:Label.Text>')
                if style:
                    out.append(style.rstrip("\n"))
                out.append('\t\t\t\t\t</y:Label>')
            elif style:
                out.append(f'\t\t\t\t\t<y:Label Text="{esc_attr(text).replace("&#xa;", "&#xA;")}"{parameter}>')
                out.append(style.rstrip("\n"))
                out.append('\t\t\t\t\t</y:Label>')
            else:
                out.append(f'\t\t\t\t\t<y:Label Text="{esc_attr(text).replace("&#xa;", "&#xA;")}"{parameter}{style_attr}/>')
            out.append('\t\t\t\t</x:List>')
            out.append('\t\t\t</data>')
        out.append(f'\t\t\t<data key="d5">\n\t\t\t\t<y:RectD X="{ynum(x)}" Y="{ynum(y)}" Width="{ynum(w)}" '
                   f'Height="{ynum(h)}"/>\n\t\t\t</data>')
        out.append(f'\t\t\t<data key="d7">\n\t\t\t\t{style_xml}\n\t\t\t</data>')
        out.append('\t\t\t<port name="p0"/>')
        out.append('\t\t</node>')
        self.parts.append("\n".join(out) + "\n")
        return node_id

    def text(self):
        return "".join(self.parts) + YLIVE_FOOTER


def ylive_shape(shape, fill, stroke):
    return f'<yjs:ShapeNodeStyle shape="{shape}" stroke="{argb(stroke)}" fill="{argb(fill)}"/>'


# --------------------------------------------------------------------------------------------------
# Visio (VSDX)
# --------------------------------------------------------------------------------------------------

VISIO_NS = "http://schemas.microsoft.com/office/visio/2012/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
VISIO_REL = "http://schemas.microsoft.com/visio/2010/relationships"
PX = 96.0  # layouts are made in pixels (y down) and written in inches (y up)

RECTANGLE_GEOMETRY = (
    "<Section N='Geometry' IX='0'><Cell N='NoFill' V='0'/><Cell N='NoLine' V='0'/><Cell N='NoShow' V='0'/>"
    "<Cell N='NoSnap' V='0'/><Cell N='NoQuickDrag' V='0'/>"
    "<Row T='RelMoveTo' IX='1'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row>"
    "<Row T='RelLineTo' IX='2'><Cell N='X' V='1'/><Cell N='Y' V='0'/></Row>"
    "<Row T='RelLineTo' IX='3'><Cell N='X' V='1'/><Cell N='Y' V='1'/></Row>"
    "<Row T='RelLineTo' IX='4'><Cell N='X' V='0'/><Cell N='Y' V='1'/></Row>"
    "<Row T='RelLineTo' IX='5'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row></Section>")

# A note with a folded lower-right corner, as the "Sticky note" shapes of brainstorming stencils.
STICKY_GEOMETRY = (
    "<Section N='Geometry' IX='0'><Cell N='NoFill' V='0'/><Cell N='NoLine' V='0'/><Cell N='NoShow' V='0'/>"
    "<Cell N='NoSnap' V='0'/><Cell N='NoQuickDrag' V='0'/>"
    "<Row T='RelMoveTo' IX='1'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row>"
    "<Row T='RelLineTo' IX='2'><Cell N='X' V='0.85'/><Cell N='Y' V='0'/></Row>"
    "<Row T='RelLineTo' IX='3'><Cell N='X' V='1'/><Cell N='Y' V='0.18'/></Row>"
    "<Row T='RelLineTo' IX='4'><Cell N='X' V='1'/><Cell N='Y' V='1'/></Row>"
    "<Row T='RelLineTo' IX='5'><Cell N='X' V='0'/><Cell N='Y' V='1'/></Row>"
    "<Row T='RelLineTo' IX='6'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row></Section>")


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
    """The shapes of one page; `box` takes a pixel rectangle (y down) and writes inches (y up)."""

    def __init__(self, name, width_px, height_px):
        self.name = name
        self.width = math.ceil(width_px / PX)
        self.height = math.ceil(height_px / PX)
        self.shapes = []
        self.labels = []
        self.next_id = 1
        self.masters_used = set()

    def claim(self):
        shape_id = self.next_id
        self.next_id += 1
        return shape_id

    def frame(self, pin_x, pin_y, width, height):
        return (vcell("PinX", vnum(pin_x)) + vcell("PinY", vnum(pin_y)) + vcell("Width", vnum(width))
                + vcell("Height", vnum(height)) + vcell("LocPinX", vnum(width / 2), "Width*0.5")
                + vcell("LocPinY", vnum(height / 2), "Height*0.5"))

    def shape_xml(self, shape_id, name, frame, text="", *, fill="#FFFFFF", line="#404040", text_only=False,
                  font_size=None, bold=False, master=None, geometry=RECTANGLE_GEOMETRY, extra="", children=None):
        master_attribute = f" Master='{master}'" if master else ""
        if master:
            self.masters_used.add(master)
        unique = f"{name}.{shape_id}"
        kind = "Group" if children is not None else "Shape"
        parts = [f"<Shape ID='{shape_id}' NameU='{attr(unique)}' Name='{attr(unique)}' Type='{kind}'{master_attribute}>",
                 frame]
        if text_only:
            parts.append(vcell("FillPattern", "0") + vcell("LinePattern", "0"))
        elif fill and not master:
            parts.append(vcell("FillForegnd", fill) + vcell("LineColor", line)
                         + vcell("LineWeight", "0.01041666666666667", unit="PT"))
        elif fill:
            parts.append(vcell("FillForegnd", fill))
        parts.append(extra)
        if font_size or bold:
            character = "<Section N='Character'><Row IX='0'>"
            if font_size:
                character += vcell("Size", vnum(font_size / 72), unit="PT")
            if bold:
                character += vcell("Style", "1")
            parts.append(character + "</Row></Section>")
        if not master and geometry and children is None:
            parts.append(geometry)
        if text:
            parts.append(visio_text(text))
            self.labels.append(text)
        if children is not None:
            parts.append("<Shapes>" + "".join(children) + "</Shapes>")
        parts.append("</Shape>")
        return "".join(parts)

    def box(self, rect, text="", name="Rectangle", **options):
        x, y, w, h = rect
        shape_id = self.claim()
        frame = self.frame((x + w / 2) / PX, self.height - (y + h / 2) / PX, w / PX, h / PX)
        self.shapes.append(self.shape_xml(shape_id, name, frame, text, **options))
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


# Masters: ID -> (NameU, the master's top shape inside <Shapes>).
VISIO_MASTERS = {
    "2": ("Sticky note",
          "<Shape ID='5' Type='Shape' LineStyle='3' FillStyle='3' TextStyle='3'>"
          "<Cell N='PinX' V='0.65'/><Cell N='PinY' V='0.4'/><Cell N='Width' V='1.3'/><Cell N='Height' V='0.8'/>"
          "<Cell N='LocPinX' V='0.65' F='Width*0.5'/><Cell N='LocPinY' V='0.4' F='Height*0.5'/>"
          "<Cell N='Angle' V='0'/><Cell N='FillForegnd' V='#FFF2A8'/><Cell N='FillPattern' V='1'/>"
          "<Cell N='LineColor' V='#D6B656'/><Cell N='LinePattern' V='1'/><Cell N='ShdwPattern' V='1'/>"
          "<Cell N='ShdwForegnd' V='#BFBFBF'/><Cell N='VerticalAlign' V='1'/>"
          "<Section N='User'><Row N='visVersion'><Cell N='Value' V='15'/></Row></Section>"
          "<Section N='Character'><Row IX='0'><Cell N='Font' V='Segoe Print'/>"
          "<Cell N='Size' V='0.1388888888888889' U='PT'/></Row></Section>"
          + STICKY_GEOMETRY + "</Shape>"),
}

VISIO_DOCUMENT = (
    f"<?xml version='1.0' encoding='utf-8' ?>\n<VisioDocument xmlns='{VISIO_NS}' xmlns:r='{REL_NS}' "
    "xml:space='preserve'><DocumentSettings TopPage='0' DefaultTextStyle='3' DefaultLineStyle='3' "
    "DefaultFillStyle='3' DefaultGuideStyle='4'><GlueSettings>9</GlueSettings><SnapSettings>295</SnapSettings>"
    "<SnapExtensions>34</SnapExtensions><SnapAngles/><DynamicGridEnabled>1</DynamicGridEnabled>"
    "<ProtectStyles>0</ProtectStyles><ProtectShapes>0</ProtectShapes><ProtectMasters>0</ProtectMasters>"
    "<ProtectBkgnds>0</ProtectBkgnds></DocumentSettings><Colors><ColorEntry IX='24' RGB='#000000'/>"
    "<ColorEntry IX='25' RGB='#FFFFFF'/></Colors><FaceNames><FaceName NameU='Calibri' "
    "UnicodeRanges='-536859905 -1073732485 9 0' CharSets='536871423 0' Panose='2 15 5 2 2 2 4 3 2 4' Flags='325'/>"
    "<FaceName NameU='Segoe Print' UnicodeRanges='-1610611969 1073750091 0 0' CharSets='536871071 0' "
    "Panose='2 0 6 0 0 0 0 0 0 0' Flags='325'/></FaceNames><StyleSheets>"
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


def vsdx_bytes(pages, lang_id=1033):
    """A VSDX package (as bytes) with the pages in order and the masters they use."""
    masters = sorted(set().union(*(page.masters_used for page in pages)), key=int)
    parts = []
    overrides = ["<Override PartName='/visio/document.xml' ContentType='application/vnd.ms-visio.drawing.main+xml'/>",
                 "<Override PartName='/visio/pages/pages.xml' ContentType='application/vnd.ms-visio.pages+xml'/>"]
    for index in range(len(pages)):
        overrides.append(f"<Override PartName='/visio/pages/page{index + 1}.xml' "
                         "ContentType='application/vnd.ms-visio.page+xml'/>")
    if masters:
        overrides.append("<Override PartName='/visio/masters/masters.xml' "
                         "ContentType='application/vnd.ms-visio.masters+xml'/>")
        for position in range(len(masters)):
            overrides.append(f"<Override PartName='/visio/masters/master{position + 1}.xml' "
                             "ContentType='application/vnd.ms-visio.master+xml'/>")
    overrides.append("<Override PartName='/docProps/app.xml' "
                     "ContentType='application/vnd.openxmlformats-officedocument.extended-properties+xml'/>")
    parts.append(("[Content_Types].xml",
                  "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                  "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
                  "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>"
                  "<Default Extension='xml' ContentType='application/xml'/>" + "".join(overrides) + "</Types>"))
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
    document_rels = [f"<Relationship Id='rId1' Type='{VISIO_REL}/pages' Target='pages/pages.xml'/>"]
    if masters:
        document_rels.append(f"<Relationship Id='rId2' Type='{VISIO_REL}/masters' Target='masters/masters.xml'/>")
    parts.append(("visio/_rels/document.xml.rels",
                  f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Relationships xmlns='{PKG_REL_NS}'>"
                  + "".join(document_rels) + "</Relationships>"))
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
    master_part = {master: f"master{position + 1}.xml" for position, master in enumerate(masters)}
    for index, page in enumerate(pages):
        parts.append((f"visio/pages/page{index + 1}.xml", page.contents()))
        if page.masters_used:
            rels = "".join(f"<Relationship Id='rId{position + 1}' Type='{VISIO_REL}/master' "
                           f"Target='../masters/{master_part[master]}'/>"
                           for position, master in enumerate(sorted(page.masters_used, key=int)))
            parts.append((f"visio/pages/_rels/page{index + 1}.xml.rels",
                          f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                          f"<Relationships xmlns='{PKG_REL_NS}'>{rels}</Relationships>"))
    if masters:
        master_entries, rels = [], []
        for position, master in enumerate(masters):
            name, shape = VISIO_MASTERS[master]
            master_entries.append(
                f"<Master ID='{master}' NameU='{attr(name)}' IsCustomNameU='1' Name='{attr(name)}' IsCustomName='1' "
                f"IconSize='1' AlignName='2' MatchByName='0' IconUpdate='1' PatternFlags='0' Hidden='0' "
                f"MasterType='2'><PageSheet LineStyle='0' FillStyle='0' TextStyle='0'><Cell N='PageWidth' V='1.3'/>"
                f"<Cell N='PageHeight' V='0.8'/></PageSheet><Rel r:id='rId{position + 1}'/></Master>")
            rels.append(f"<Relationship Id='rId{position + 1}' Type='{VISIO_REL}/master' Target='{master_part[master]}'/>")
            parts.append((f"visio/masters/{master_part[master]}",
                          f"<?xml version='1.0' encoding='utf-8' ?>\n<MasterContents xmlns='{VISIO_NS}' "
                          f"xmlns:r='{REL_NS}' xml:space='preserve'><Shapes>{shape}</Shapes></MasterContents>"))
        parts.append(("visio/masters/masters.xml",
                      f"<?xml version='1.0' encoding='utf-8' ?>\n<Masters xmlns='{VISIO_NS}' xmlns:r='{REL_NS}' "
                      f"xml:space='preserve'>{''.join(master_entries)}</Masters>"))
        parts.append(("visio/masters/_rels/masters.xml.rels",
                      f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Relationships xmlns='{PKG_REL_NS}'>"
                      + "".join(rels) + "</Relationships>"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 5, 12, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content.encode("utf-8"))
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------------
# The maps: draw.io
# --------------------------------------------------------------------------------------------------


class Output:
    def __init__(self, journey, content, labels):
        self.journey, self.content, self.labels = journey, content, labels


def emotion_text_style(size=16):
    return f"text;html=1;align=center;verticalAlign=middle;whiteSpace=wrap;fontSize={size};"


def var_numbered_en():
    """Numbered stage headers ("1. Awareness") with the stage goal as a second line in the same
    box; lane titles with an emoji prefix."""
    stages = ["1. Awareness", "2. Consideration", "3. Sign-up", "4. First delivery", "5. Cooking", "6. Renewal"]
    goals = ["Goal: notice the brand", "Goal: understand price and menu", "Goal: first box ordered in 5 minutes",
             "Goal: box arrives fresh and on time", "Goal: a dinner that works", "Goal: keep the subscription"]
    lanes = [("👣 Actions", ACTIONS), ("💭 Thoughts", THOUGHTS), ("😊 Emotions", EMOTIONS),
             ("📱 Touchpoints", TOUCHPOINTS), ("⚠️ Pain points", PAIN), ("💡 Opportunities", OPPORTUNITIES)]
    grid = {
        "👣 Actions": [["Sees a friend's dinner story"], ["Compares three meal-kit brands", "Reads the weekly menu"],
                      ["Picks 3 recipes for 2 people", "Enters a discount code"], ["Receives the box at the door"],
                      ["Cooks the first recipe with the app", "Shares a photo"],
                      ["Skips a week", "Changes the plan to 4 recipes"]],
        "💭 Thoughts": [["Could this save me time?"], ["Is it cheaper than the supermarket?"],
                       ["Why do they need my card before I choose?"], ["Will the fish still be cold?"],
                       ["That was easier than I thought"], []],
        "😊 Emotions": [[E("curious", 1, "curious")], [E("😐", 0, "")], [E("frustrated", -1, "frustrated")],
                       [E("🙁", -1, "")], [E("😍", 2, "")], [E("+1", 1, "")]],
        "📱 Touchpoints": [["Instagram story"], ["Comparison blog", "Brand website"], ["Sign-up form", "Welcome email"],
                          ["Courier", "Delivery SMS"], ["Recipe app"], ["Account settings"]],
        "⚠️ Pain points": [[], ["Prices per serving are hard to compare"], ["Card required before browsing recipes"],
                           ["Delivery window of 6 hours"], [], ["Skipping is hidden in a submenu"]],
        "💡 Opportunities": [["Referral credit for both friends"], ["Price-per-meal calculator"],
                            ["Browse recipes without an account"], ["Live courier tracking"], ["Video steps in the app"],
                            ["One-tap skip from the reminder email"]],
    }
    journey = Journey("var-numbered-en", "drawio", "numbered-goal-headers", "drawio", "en",
                      "Meal-kit subscription: from first look to renewal", stages, lanes, grid,
                      stage_headers=[f"{s}\n{g}" for s, g in zip(stages, goals)])
    rng = random.Random(journey.name)
    page = DrawioPage("Journey map", rng)
    card_h, gap, pad = 46, 8, 10
    col_w = [rng.randint(185, 215) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=76)
    left, top = 210, 160
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 760, 40)

    def stage(i, x0, x1):
        y = top - 74 + rng.uniform(-3, 3)
        page.vertex(journey.stage_headers[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#10739E;fontColor=#FFFFFF;"
                    "strokeColor=none;fontSize=14;arcSize=8;", x0 + 4 + rng.uniform(-3, 3), y, x1 - x0 - 8, 62,
                    mode=rng.choice(["goal", "goal", "div"]))
        return (x0 + x1) / 2

    def lane(j, y0, y1):
        page.vertex(journey.lane_headers[j], "rounded=0;whiteSpace=wrap;html=1;fillColor=#F5F5F5;strokeColor=#B3B3B3;"
                    "fontStyle=1;fontSize=13;align=left;spacingLeft=10;", 40, y0 + 2, 160, y1 - y0 - 4)
        return (y0 + y1) / 2

    def item(j, i, entry, rect):
        kind = lanes[j][1]
        style = emotion_text_style(18) if isinstance(entry, E) else drawio_card_style(kind, rng)
        page.vertex(text_of(entry), style, *rect, mode=rng.choice(["plain", "br", "div"]))

    cols, rows, placed, sc, lc = drawio_loose_grid(journey, rng, page, left=left, top=top, col_w=col_w, row_h=row_h,
                                                   col_gap=6, row_gap=6, stage=stage, lane=lane, item=item,
                                                   card_h=card_h, gap=gap, pad=pad)
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, mxfile([page], False, rng, 0), page.labels)


def var_circled_ja():
    """Stage headers numbered with circled digits ("① 認知") and a goal line; lane titles with a
    description line below them in the same box; compressed page."""
    stages = ["① 認知", "② 情報収集", "③ 内見", "④ 申込・契約", "⑤ 入居"]
    goals = ["ゴール：住み替えを考え始める", "ゴール：候補を5件に絞る", "ゴール：実物を見て決める", "ゴール：迷わず契約する",
             "ゴール：新生活を始める"]
    lanes = [("行動", ACTIONS), ("思考", THOUGHTS), ("感情", EMOTIONS), ("タッチポイント", TOUCHPOINTS), ("課題", PAIN),
             ("機会", OPPORTUNITIES)]
    descriptions = ["ユーザーが実際に行うこと", "頭の中で考えていること", "気持ちの浮き沈み", "接点となるチャネル",
                    "つまずいている点", "改善のアイデア"]
    grid = {
        "行動": [["更新通知が届く", "通勤時間を見直す"], ["ポータルサイトで検索", "条件を保存する"], ["不動産会社に来店", "3件を内見"],
               ["入居申込書を記入", "重要事項説明を受ける"], ["鍵を受け取る", "住所変更の手続き"]],
        "思考": [["今の家賃は高すぎる？"], ["駅近で家賃8万円以内はある？"], ["写真と印象が違う"], ["初期費用が思ったより高い"],
               ["もっと早く引っ越せばよかった"]],
        "感情": [[E("期待", 1, "期待")], [E("困惑", -1, "困惑")], [E("😞", -2, "")], [E("不安", -1, "不安")],
               [E("😄 +2", 2, "")]],
        "タッチポイント": [["更新案内の郵便"], ["不動産ポータルサイト", "LINEで問い合わせ"], ["店舗", "営業担当"],
                     ["オンライン重要事項説明", "電子契約"], ["管理会社のアプリ"]],
        "課題": [[], ["おとり物件が多い"], ["内見の予約が電話のみ"], ["書類の郵送に1週間かかる"], ["ガス開栓の立ち会いが必要"]],
        "機会": [["更新前のリマインド"], ["空室状況のリアルタイム表示"], ["オンライン内見予約"], ["契約書類の電子化"],
               ["ライフラインの一括手続き"]],
    }
    journey = Journey("var-circled-ja", "drawio", "numbered-goal-headers-lane-descriptions", "drawio", "ja",
                      "賃貸物件探しのカスタマージャーニー", stages, lanes, grid,
                      stage_headers=[f"{s}\n{g}" for s, g in zip(stages, goals)],
                      lane_headers=[f"{t}\n{d}" for (t, _), d in zip(lanes, descriptions)])
    rng = random.Random(journey.name)
    page = DrawioPage("ページ1", rng)
    card_h, gap, pad = 42, 8, 10
    col_w = [rng.randint(190, 215) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=84)
    left, top = 220, 170
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;fontFamily=Meiryo;",
                40, 36, 700, 40)

    def stage(i, x0, x1):
        page.vertex(journey.stage_headers[i], "shape=step;perimeter=stepPerimeter;whiteSpace=wrap;html=1;fixedSize=1;"
                    "size=14;fillColor=#1BA1E2;fontColor=#FFFFFF;strokeColor=none;fontSize=14;fontFamily=Meiryo;",
                    x0 - 6, top - 72 + rng.uniform(-3, 3), x1 - x0 + 12, 60, mode="goal")
        return (x0 + x1) / 2

    def lane(j, y0, y1):
        fill, stroke = KIND_FILL[lanes[j][1]]
        page.vertex(journey.lane_headers[j], f"rounded=1;arcSize=6;whiteSpace=wrap;html=1;fillColor={fill};"
                    f"strokeColor={stroke};align=left;spacingLeft=10;fontFamily=Meiryo;", 40, y0 + 3, 168, y1 - y0 - 6,
                    mode="desc")
        return (y0 + y1) / 2

    def item(j, i, entry, rect):
        if isinstance(entry, E):
            style = emotion_text_style(17) + "fontFamily=Meiryo;"
        else:
            style = ("rounded=1;arcSize=10;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#999999;fontSize=12;"
                     "fontFamily=Meiryo;")
        page.vertex(text_of(entry), style, *rect, mode=rng.choice(["plain", "br"]))

    cols, rows, placed, sc, lc = drawio_loose_grid(journey, rng, page, left=left, top=top, col_w=col_w, row_h=row_h,
                                                   col_gap=8, row_gap=8, stage=stage, lane=lane, item=item,
                                                   card_h=card_h, gap=gap, pad=pad)
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, mxfile([page], True, rng, 1), page.labels)


def var_large_es():
    """A large map: 10 stages, 11 lanes, about 120 cards, in a compressed page."""
    stages = ["Descubrimiento", "Investigación", "Comparación", "Prueba de conducción", "Financiación", "Compra",
              "Entrega", "Primeras semanas", "Mantenimiento", "Recomendación"]
    lanes = [("Acciones", ACTIONS), ("Pensamientos", THOUGHTS), ("Emociones", EMOTIONS),
             ("Puntos de contacto", TOUCHPOINTS), ("Contenido", CONTENT), ("Puntos de dolor", PAIN),
             ("Oportunidades", OPPORTUNITIES), ("KPIs", KPIS), ("Back office", BACKSTAGE), ("Concesionario", None),
             ("Financiera", None)]
    grid = {
        "Acciones": [
            ["Ve un anuncio en YouTube", "Un compañero le habla de su coche"],
            ["Calcula cuántos km hace al mes", "Busca puntos de carga cerca de casa"],
            ["Compara la autonomía de 4 modelos", "Lee pruebas en revistas"],
            ["Reserva una prueba online", "Conduce 30 minutos por la ciudad"],
            ["Simula la cuota mensual", "Pide financiación a 60 meses"], ["Firma el pedido", "Paga la señal"],
            ["Recoge el coche en el concesionario"], ["Instala el cargador en el garaje"],
            ["Pide cita para la primera revisión", "Actualiza el software"], ["Deja una reseña en Google"]],
        "Pensamientos": [
            ["¿Merece la pena un eléctrico?"], ["¿Dónde voy a cargar en viajes largos?"],
            ["¿Qué pasa con la batería a los 8 años?"], ["Acelera mejor de lo que pensaba"],
            ["¿Entro en las ayudas del plan MOVES?"], ["¿Me darán el coche a tiempo?"],
            ["¿Por qué tarda tanto la entrega?"], ["Cargar en casa es comodísimo"], ["¿Por qué no hay talleres cerca?"],
            ["Se lo recomendaría a mi hermano"]],
        "Emociones": [
            [E("curioso", 1, "curioso")], [E("🤔", 0, "")], [E("confundido", -1, "confundido")],
            [E("encantado", 2, "encantado")], [E("frustrado", -1, "frustrado")], [E("🙂", 1, "")],
            [E("enfadado", -2, "enfadado")], [E("😄", 2, "")], [E("0", 0, "")], [E("contento", 1, "contento")]],
        "Puntos de contacto": [
            ["YouTube", "Compañero de trabajo"], ["App de mapas de carga"], ["Web de la marca", "Foro de propietarios"],
            ["Formulario de reserva", "Asesor comercial"], ["Simulador de financiación"],
            ["Concesionario", "Firma en tableta"], ["Llamada del concesionario", "Correo con la fecha de entrega"],
            ["Instalador autorizado"], ["App del coche"], ["Google Maps"]],
        "Contenido": [
            ["Vídeo de 30 segundos"], ["Mapa de cargadores"], ["Tabla comparativa de autonomía"],
            ["Ruta de prueba recomendada"], ["Guía de ayudas MOVES"], ["Contrato en PDF"], ["Manual de bienvenida"],
            ["Tutorial de carga programada"], ["Plan de mantenimiento"], ["Correo de valoración"]],
        "Puntos de dolor": [
            ["Demasiados datos técnicos en los anuncios"], ["Datos de autonomía poco realistas"],
            ["Cada marca mide distinto"], ["Solo hay pruebas entre semana"], ["Las ayudas tardan meses", "Papeleo duplicado"],
            [], ["Entrega retrasada 5 semanas"], ["El instalador cobra un extra por la distancia"],
            ["Pocos talleres para eléctricos"], []],
        "Oportunidades": [
            ["Anuncios con ejemplos de uso real"], ["Calculadora de ahorro personal"], ["Comparador con datos reales"],
            ["Pruebas en fin de semana"], ["Gestionar la ayuda por el cliente"], ["Firma digital del pedido"],
            ["Seguimiento del pedido en la app"], ["Cargador incluido en la oferta"], ["Revisión a domicilio"],
            ["Programa de referidos"]],
        "KPIs": [
            ["Alcance de la campaña"], ["Visitas a la página de autonomía"], ["Descargas de la ficha técnica"],
            ["Pruebas reservadas por semana"], ["Solicitudes de financiación aprobadas"], ["Tasa de conversión a pedido"],
            ["Días hasta la entrega"], ["NPS a los 30 días"], ["Revisiones hechas a tiempo"], ["Reseñas de 5 estrellas"]],
        "Back office": [
            ["Segmentación de la campaña"], ["El CRM registra el lead"], ["Marketing asigna el lead"],
            ["Agenda de vehículos de prueba"], ["Análisis de riesgo"], ["Pedido a fábrica", "Matriculación"],
            ["Preparación del vehículo"], ["Alta en la app conectada"], ["Pedido de recambios"], ["Análisis de reseñas"]],
        "Concesionario": [
            ["Campaña en redes locales"], ["Responde dudas por WhatsApp"], ["Envía el catálogo por correo"],
            ["Prepara el coche cargado al 100 %"], ["Negocia el precio final"], ["Gestiona la documentación"],
            ["Explica el coche en 45 minutos"], ["Llama para ver si todo va bien"], ["Recuerda la revisión por SMS"],
            ["Ofrece descuento en accesorios"]],
        "Financiera": [
            [], [], [], [], ["Pide nóminas y vida laboral", "Aprueba en 48 h"], ["Envía el contrato de financiación"], [],
            ["Primer recibo domiciliado"], [], ["Oferta de renovación"]],
    }
    journey = Journey("var-large-es", "drawio", "large-grid", "drawio", "es",
                      "Compra de un coche eléctrico: mapa completo de la experiencia", stages, lanes, grid,
                      notes=["Fuente: 14 entrevistas y 380 encuestas, abril de 2026"])
    rng = random.Random(journey.name)
    page = DrawioPage("Mapa", rng, width=2336, height=1654)
    card_h, gap, pad = 40, 6, 8
    col_w = [rng.randint(165, 185) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=62, slack=(0, 10))
    left, top = 190, 140
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 900, 44)

    def stage(i, x0, x1):
        page.vertex(stages[i], "rounded=0;whiteSpace=wrap;html=1;fillColor=#6A00FF;fontColor=#FFFFFF;strokeColor=#3700CC;"
                    "fontStyle=1;fontSize=13;", x0 + 2, top - 50 + rng.uniform(-3, 3), x1 - x0 - 4, 40)
        return (x0 + x1) / 2

    def lane(j, y0, y1):
        fill, stroke = KIND_FILL[lanes[j][1]]
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};fontStyle=1;"
                    "fontSize=12;", 40, y0 + 2, 140, y1 - y0 - 4)
        # A light band behind the lane's cards.
        page.vertex("", "rounded=0;whiteSpace=wrap;html=1;fillColor=#FAFAFA;strokeColor=#EEEEEE;", left, y0 + 2,
                    sum(col_w) + 4 * (len(col_w) - 1), y1 - y0 - 4)
        return (y0 + y1) / 2

    def item(j, i, entry, rect):
        kind = lanes[j][1]
        style = emotion_text_style(15) if isinstance(entry, E) else drawio_card_style(kind, rng, size=10)
        page.vertex(text_of(entry), style, *rect, mode=rng.choice(["plain", "br"]))

    cols, rows, placed, sc, lc = drawio_loose_grid(journey, rng, page, left=left, top=top, col_w=col_w, row_h=row_h,
                                                   col_gap=4, row_gap=4, stage=stage, lane=lane, item=item,
                                                   card_h=card_h, gap=gap, pad=pad, jitter=3)
    page.vertex(journey.notes[0], "text;html=1;fontSize=10;fontStyle=2;align=left;verticalAlign=middle;fontColor=#666666;",
                left, rows[-1][1] + 20, 480, 24)
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, mxfile([page], True, rng, 2), page.labels)


def var_swimgrid_es():
    """A grid of draw.io swimlanes: a pool with its title band on top; stage columns are vertical
    swimlanes side by side (title band on top), behind them; the lanes are horizontal swimlanes
    (`horizontal=0`) stacked in the pool over the columns, and hold the cards."""
    stages = ["Descubrimiento", "Contratación", "Instalación", "Primer mes", "Soporte"]
    lanes = [("Acciones", ACTIONS), ("Pensamientos", THOUGHTS), ("Emociones", EMOTIONS),
             ("Puntos de contacto", TOUCHPOINTS), ("Puntos de dolor", PAIN), ("Oportunidades", OPPORTUNITIES)]
    grid = {
        "Acciones": [["Recibe publicidad en el buzón", "Compara ofertas en un comparador"], ["Contrata 600 Mb por teléfono"],
                     ["Espera al técnico en casa", "Elige dónde poner el router"], ["Revisa la primera factura"],
                     ["Llama porque el wifi se corta"]],
        "Pensamientos": [["¿Hay cobertura en mi calle?"], ["¿Tiene permanencia?"], ["¿Vendrá a la hora acordada?"],
                         ["La factura es más alta que la oferta"], []],
        "Emociones": [[E("curioso", 1, "curioso")], [E("contento", 1, "contento")], [E("😠", -2, "")],
                      [E("confundido", -1, "confundido")], [E("-1", -1, "")]],
        "Puntos de contacto": [["Folleto", "Comparador web"], ["Teleoperador", "Contrato por correo"],
                               ["Técnico instalador", "SMS con la franja horaria"], ["Área de clientes"],
                               ["Teléfono de atención", "Chat de la app"]],
        "Puntos de dolor": [[], ["Permanencia explicada al final"], ["Franja de espera de 4 horas"],
                            ["Cargos de alta no esperados"], ["Tres llamadas hasta resolverlo"]],
        "Oportunidades": [["Consulta de cobertura por dirección"], ["Resumen del contrato antes de firmar"],
                          ["Aviso 30 minutos antes de llegar"], ["Factura explicada en la app"],
                          ["Diagnóstico remoto del router"]],
    }
    journey = Journey("var-swimgrid-es", "drawio", "swimlane-grid", "drawio", "es", "Alta de fibra óptica en casa",
                      stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Página-1", rng)
    card_h, gap, pad = 44, 8, 10
    band, head, pool_band = 130, 40, 34
    col_w = [rng.randint(200, 225) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=80, slack=(0, 10))
    pool_x, pool_y = 40, 40
    pool_w, pool_h = band + sum(col_w), pool_band + head + sum(row_h)
    pool = page.vertex(journey.title, f"swimlane;html=1;startSize={pool_band};horizontal=1;fontStyle=1;fontSize=16;"
                       "fillColor=#1BA1E2;fontColor=#FFFFFF;strokeColor=#006EAF;swimlaneFillColor=#FFFFFF;collapsible=0;",
                       pool_x, pool_y, pool_w, pool_h)
    cols = bands(pool_x + band, col_w)
    column_fills = ["#F2F8FD", "#FFFFFF"]
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], f"swimlane;html=1;startSize={head};horizontal=1;fontStyle=1;fontSize=13;"
                    f"fillColor=#DAE8FC;strokeColor=#6C8EBF;swimlaneFillColor={column_fills[i % 2]};collapsible=0;",
                    x0, pool_y + pool_band, x1 - x0, pool_h - pool_band, parent=pool)
    rows = bands(pool_y + pool_band + head, row_h)
    lane_ids = []
    for j, (y0, y1) in enumerate(rows):
        lane_ids.append(page.vertex(lanes[j][0], f"swimlane;html=1;startSize={band};horizontal=0;fontStyle=1;fontSize=12;"
                                    "fillColor=#F5F5F5;strokeColor=#999999;collapsible=0;", pool_x, y0, pool_w, y1 - y0,
                                    parent=pool))
    placed = []
    for j, (title, kind) in enumerate(lanes):
        y0, y1 = rows[j]
        for i, cell in enumerate(grid[title]):
            x0, x1 = cols[i]
            entries = cards_of(cell)
            for entry, rect in zip(entries, stack(rng, x0, y0, x1 - x0, y1 - y0, len(entries), card_h=card_h, gap=gap,
                                                  pad=pad)):
                style = emotion_text_style(17) if isinstance(entry, E) else drawio_card_style(kind, rng)
                page.vertex(text_of(entry), style, *rect, parent=lane_ids[j], mode=rng.choice(["plain", "div"]))
                placed.append(Placed(entry, rect, i, j))
    verify(journey, placed, cols, rows, [(a + b) / 2 for a, b in cols], [(a + b) / 2 for a, b in rows])
    return Output(journey, mxfile([page], False, rng, 1), page.labels)


def var_layers_zh():
    """All shapes on a second layer (`layer2`), the default layer empty; a hidden third layer holds
    the designers' notes, some of them lying over the grid."""
    stages = ["了解", "比较", "预约", "体检当天", "查看报告"]
    lanes = [("用户行为", ACTIONS), ("用户想法", THOUGHTS), ("情绪", EMOTIONS), ("触点", TOUCHPOINTS), ("痛点", PAIN),
             ("机会点", OPPORTUNITIES)]
    grid = {
        "用户行为": [["收到公司年度体检通知"], ["对比三家体检机构的套餐", "看小红书上的测评"], ["在小程序上选择日期", "填写健康问卷"],
                 ["空腹到达体检中心", "按指引完成12个项目"], ["在手机上查看报告", "预约医生解读"]],
        "用户想法": [["今年要加哪些项目？"], ["套餐之间差别在哪？"], ["周末还有号吗？"], ["排队要多久？"], ["这个指标偏高严重吗？"]],
        "情绪": [[E("好奇", 1, "好奇")], [E("困惑", -1, "困惑")], [E("🙂", 1, "")], [E("😫", -2, "")], [E("焦虑", -1, "焦虑")]],
        "触点": [["企业微信通知"], ["小红书", "体检机构官网"], ["微信小程序"], ["前台", "叫号屏幕"], ["报告推送", "在线问诊"]],
        "痛点": [[], ["套餐名称看不懂"], ["可选日期太少"], ["抽血排队40分钟"], ["报告全是专业术语"]],
        "机会点": [["个性化套餐推荐"], ["套餐对比表"], ["候补提醒"], ["实时排队进度"], ["报告通俗解读"]],
    }
    notes = ["待确认：抽血排队时间的数据来源", "TODO：情绪曲线与问卷结果核对", "访谈对象：8位企业员工（2026年3月）",
             "下次工作坊补充医生视角"]
    journey = Journey("var-layers-zh", "drawio", "layers-hidden-notes", "drawio", "zh", "在线预约体检的用户旅程",
                      stages, lanes, grid, notes=notes)
    rng = random.Random(journey.name)
    page = DrawioPage("第 1 页", rng, layers=(("1", None, True), ("layer2", "旅程图", True),
                                            ("layer3", "设计备注（隐藏）", False)))
    page.layer = "layer2"
    card_h, gap, pad = 40, 8, 10
    col_w = [rng.randint(180, 205) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=76)
    left, top = 180, 150
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 36, 600, 40)

    def stage(i, x0, x1):
        page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#F8CECC;strokeColor=#B85450;fontStyle=1;"
                    "fontSize=15;", x0 + 4, top - 56 + rng.uniform(-3, 3), x1 - x0 - 8, 44)
        return (x0 + x1) / 2

    def lane(j, y0, y1):
        page.vertex(lanes[j][0], "rounded=0;whiteSpace=wrap;html=1;fillColor=#EEEEEE;strokeColor=#999999;fontStyle=1;"
                    "fontSize=14;", 40, y0 + 2, 130, y1 - y0 - 4)
        return (y0 + y1) / 2

    def item(j, i, entry, rect):
        kind = lanes[j][1]
        style = emotion_text_style(17) if isinstance(entry, E) else drawio_card_style(kind, rng, size=12)
        page.vertex(text_of(entry), style, *rect, mode=rng.choice(["plain", "br"]))

    cols, rows, placed, sc, lc = drawio_loose_grid(journey, rng, page, left=left, top=top, col_w=col_w, row_h=row_h,
                                                   col_gap=6, row_gap=6, stage=stage, lane=lane, item=item,
                                                   card_h=card_h, gap=gap, pad=pad)
    note_style = ("shape=note;whiteSpace=wrap;html=1;backgroundOutline=1;size=12;fillColor=#FFF9B1;strokeColor=#D6B656;"
                  "fontSize=11;align=left;spacingLeft=6;")
    # Two notes over the grid (on the cells they are about), two beside it.
    x0, x1 = cols[3]
    y0, y1 = rows[0]
    page.vertex(notes[0], note_style, x0 + 40, y0 + 20, 150, 46, parent="layer3")
    x0, x1 = cols[1]
    y0, y1 = rows[2]
    page.vertex(notes[1], note_style, x0 + 20, y0 + 6, 160, 46, parent="layer3")
    right = cols[-1][1]
    page.vertex(notes[2], note_style, right + 60, rows[0][0], 190, 50, parent="layer3")
    page.vertex(notes[3], note_style, right + 60, rows[0][0] + 80, 190, 50, parent="layer3")
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, mxfile([page], True, rng, 0), page.labels)


def var_cardtext_pt():
    """Every card is a coloured rectangle without a label plus a separate text shape on top of it
    with the same centre (a few pairs grouped); the text is the item."""
    stages = ["Descoberta", "Cadastro", "Montagem do carrinho", "Entrega", "Recompra"]
    lanes = [("Ações", ACTIONS), ("Pensamentos", THOUGHTS), ("Emoções", EMOTIONS), ("Pontos de contato", TOUCHPOINTS),
             ("Pontos de dor", PAIN), ("Oportunidades", OPPORTUNITIES)]
    grid = {
        "Ações": [["Recebe cupom de R$ 30 por SMS"], ["Baixa o app", "Cadastra o endereço"],
                  ["Busca os itens da lista", "Troca marcas em falta"], ["Acompanha o entregador no mapa", "Confere as sacolas"],
                  ["Repete o último pedido"]],
        "Pensamentos": [["Vale a pena pagar frete?"], ["Por que pedem o CPF?"], ["Cadê o leite sem lactose?"],
                        ["Será que as frutas vêm boas?"], ["Economizei uma hora"]],
        "Emoções": [[E("curioso", 1, "curioso")], [E("confuso", -1, "confuso")], [E("frustrado", -1, "frustrado")],
                    [E("😃", 2, "")], [E("feliz", 1, "feliz")]],
        "Pontos de contato": [["SMS"], ["App Store", "App"], ["App", "Chat com atendente"],
                              ["Entregador", "Notificação push"], ["App"]],
        "Pontos de dor": [[], ["Pede CPF e cartão antes de mostrar preços"], ["Substituições sem aviso"],
                          ["Janela de entrega de 3 horas"], []],
        "Oportunidades": [["Mostrar preços sem cadastro"], [], ["Aprovar substituições pelo chat"],
                          ["Janelas de entrega de 1 hora"], ["Lista de compras recorrente"]],
    }
    journey = Journey("var-cardtext-pt", "drawio", "rectangle-plus-text-cards", "drawio", "pt",
                      "Primeira compra no app do supermercado", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Página-1", rng)
    card_h, gap, pad = 46, 10, 10
    col_w = [rng.randint(190, 215) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=80)
    left, top = 200, 150
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 34, 620, 40)
    fills = {ACTIONS: "#B1DDF0", THOUGHTS: "#E1D5E7", EMOTIONS: "#FFF2CC", TOUCHPOINTS: "#D5E8D4", PAIN: "#F8CECC",
             OPPORTUNITIES: "#FFE6CC"}

    def stage(i, x0, x1):
        page.vertex(stages[i], "rounded=0;whiteSpace=wrap;html=1;fillColor=#008A00;fontColor=#FFFFFF;strokeColor=none;"
                    "fontStyle=1;fontSize=14;", x0 + 3, top - 54 + rng.uniform(-3, 3), x1 - x0 - 6, 42)
        return (x0 + x1) / 2

    def lane(j, y0, y1):
        page.vertex(lanes[j][0], "rounded=0;whiteSpace=wrap;html=1;fillColor=#F5F5F5;strokeColor=#666666;fontStyle=1;",
                    40, y0 + 2, 150, y1 - y0 - 4)
        return (y0 + y1) / 2

    counter = {"n": 0}

    def item(j, i, entry, rect):
        x, y, w, h = rect
        counter["n"] += 1
        fill = fills[lanes[j][1]]
        rect_style = f"rounded=1;arcSize=8;whiteSpace=wrap;html=1;fillColor={fill};strokeColor=none;shadow=1;"
        text_style = "text;html=1;align=center;verticalAlign=middle;whiteSpace=wrap;fontSize=12;"
        if isinstance(entry, E):
            text_style = "text;html=1;align=center;verticalAlign=middle;whiteSpace=wrap;fontSize=16;"
        dx, dy = rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5)
        if counter["n"] % 7 == 3:  # grouped with Ctrl+G: a group holding the rectangle and the text
            group = page.vertex("", "group", x, y, w, h)
            page.vertex("", rect_style, x, y, w, h, parent=group)
            page.vertex(text_of(entry), text_style, x + 4 + dx, y + 3 + dy, w - 8, h - 6, parent=group,
                        mode=rng.choice(["plain", "br"]))
        else:
            page.vertex("", rect_style, x, y, w, h)
            page.vertex(text_of(entry), text_style, x + 4 + dx, y + 3 + dy, w - 8, h - 6, mode=rng.choice(["plain", "br"]))

    cols, rows, placed, sc, lc = drawio_loose_grid(journey, rng, page, left=left, top=top, col_w=col_w, row_h=row_h,
                                                   col_gap=8, row_gap=8, stage=stage, lane=lane, item=item,
                                                   card_h=card_h, gap=gap, pad=pad)
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, mxfile([page], False, rng, 2), page.labels)


def var_circles_tl():
    """Stage headers drawn as empty coloured circles on a timeline line, the stage name as a
    separate text under each circle (the text is the header)."""
    stages = ["Pagtuklas", "Pag-sign up", "Unang padala", "Pagtanggap", "Paulit-ulit na paggamit"]
    lanes = [("Mga Gawain", ACTIONS), ("Mga Iniisip", THOUGHTS), ("Damdamin", EMOTIONS), ("Mga Touchpoint", TOUCHPOINTS),
             ("Mga Punto ng Sakit", PAIN), ("Mga Oportunidad", OPPORTUNITIES)]
    grid = {
        "Mga Gawain": [["Nakita ang promo sa Facebook", "Nagtanong sa kapatid"], ["Nag-download ng app", "Nag-upload ng ID"],
                       ["Nagpadala ng ₱5,000 kay Nanay", "Pinili ang cash pickup"],
                       ["Kinuha ni Nanay ang pera sa pawnshop"], ["Nag-set up ng buwanang padala"]],
        "Mga Iniisip": [["Mas mura ba kaysa sa remittance center?"], ["Bakit kailangan ng selfie?"], ["Magkano ang singil?"],
                        ["Sana hindi mahaba ang pila"], ["Ang dali na ngayon"]],
        "Damdamin": [[E("sabik", 1, "sabik")], [E("nalilito", -1, "nalilito")], [E("🙂", 1, "")],
                     [E("naiinis", -1, "naiinis")], [E("masaya", 1, "masaya")]],
        "Mga Touchpoint": [["Facebook ad"], ["App Store", "Mobile app"], ["Mobile app"], ["Pawnshop", "Text message"],
                           ["Push notification"]],
        "Mga Punto ng Sakit": [[], ["Tatlong beses tinanggihan ang selfie"], ["Hindi malinaw ang singil"],
                               ["Mahabang pila sa pawnshop"], []],
        "Mga Oportunidad": [["Referral promo para sa pamilya"], ["Gabay sa pagkuha ng selfie"],
                            ["Ipakita ang singil bago magpadala"], ["Padala diretso sa e-wallet ni Nanay"],
                            ["Paalala bago ang sweldo"]],
    }
    journey = Journey("var-circles-tl", "drawio", "circle-stage-headers", "drawio", "tl",
                      "Pagpapadala ng pera sa pamilya gamit ang app", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Pahina-1", rng)
    card_h, gap, pad = 46, 8, 10
    col_w = [rng.randint(195, 220) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=80)
    left, top = 200, 210
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 28, 680, 40)
    cols = bands(left, col_w, 8)
    circle_y = top - 132
    page.vertex("", "line;strokeWidth=4;html=1;strokeColor=#B3B3B3;", (cols[0][0] + cols[0][1]) / 2, circle_y + 23,
                (cols[-1][0] + cols[-1][1]) / 2 - (cols[0][0] + cols[0][1]) / 2, 10)
    circle_fills = ["#F0A30A", "#E3C800", "#60A917", "#1BA1E2", "#AA00FF"]

    def stage(i, x0, x1):
        centre = (x0 + x1) / 2 + rng.uniform(-4, 4)
        page.vertex("", f"ellipse;whiteSpace=wrap;html=1;aspect=fixed;fillColor={circle_fills[i]};strokeColor=#FFFFFF;"
                    "strokeWidth=3;", centre - 28, circle_y, 56, 56)
        page.vertex(stages[i], "text;html=1;align=center;verticalAlign=middle;whiteSpace=wrap;fontSize=15;fontStyle=1;",
                    centre - (x1 - x0) / 2 + 6, circle_y + 64, x1 - x0 - 12, 30)
        return centre

    def lane(j, y0, y1):
        page.vertex(lanes[j][0], "rounded=1;arcSize=10;whiteSpace=wrap;html=1;fillColor=#E6E6E6;strokeColor=none;"
                    "fontStyle=1;fontSize=13;", 40, y0 + 3, 150, y1 - y0 - 6)
        return (y0 + y1) / 2

    def item(j, i, entry, rect):
        kind = lanes[j][1]
        style = emotion_text_style(17) if isinstance(entry, E) else drawio_card_style(kind, rng, size=12)
        page.vertex(text_of(entry), style, *rect, mode=rng.choice(["plain", "br", "div"]))

    cols, rows, placed, sc, lc = drawio_loose_grid(journey, rng, page, left=left, top=top, col_w=col_w, row_h=row_h,
                                                   col_gap=8, row_gap=8, stage=stage, lane=lane, item=item,
                                                   card_h=card_h, gap=gap, pad=pad)
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, mxfile([page], False, rng, 0), page.labels)


# --------------------------------------------------------------------------------------------------
# The maps: yEd
# --------------------------------------------------------------------------------------------------

YED_LANE_FILLS = {
    ACTIONS: "#FFF2CC", THOUGHTS: "#E1D5E7", EMOTIONS: "#FFE6CC", TOUCHPOINTS: "#DAE8FC", PAIN: "#F8CECC",
    OPPORTUNITIES: "#D5E8D4", KPIS: "#EDEDED", MEASURES: "#D5E8D4", None: "#FFFFFF",
}


def var_facewords_de():
    """Emotion cells with a face and a word on one line ("😟 unsicher"), KPI cards with numbers and
    percentages ("Conversion 2,3 %", "NPS +12"), a question without a question mark in the thoughts
    lane; a loose grid in desktop yEd."""
    stages = ["Inspiration", "Auswahl", "Bestellung", "Lieferung", "Nutzung"]
    lanes = [("Aktionen", ACTIONS), ("Gedanken", THOUGHTS), ("Gefühle", EMOTIONS), ("Kontaktpunkte", TOUCHPOINTS),
             ("Schmerzpunkte", PAIN), ("KPIs", KPIS)]
    grid = {
        "Aktionen": [["Sucht Ideen auf Pinterest"], ["Bestellt Stoffmuster", "Misst das Wohnzimmer aus"],
                     ["Bestellt das Sofa online", "Wählt Ratenzahlung"], ["Wartet sechs Wochen", "Vereinbart den Liefertermin"],
                     ["Schraubt die Füße an"]],
        "Gedanken": [["Passt ein Ecksofa in den Raum?"], ["Wie fühlt sich der Stoff an?"], ["Wie lange dauert die Lieferung"],
                     ["Muss ich den ganzen Tag zu Hause bleiben?"], ["Hätte ich doch Grau genommen"]],
        "Gefühle": [[E("🙂 neugierig", 1, "neugierig")], [E("😊 zufrieden", 1, "zufrieden")],
                    [E("😟 unsicher", -1, "unsicher")], [E("😠 verärgert", -2, "verärgert")],
                    [E("🤩 begeistert", 2, "begeistert")]],
        "Kontaktpunkte": [["Pinterest", "Newsletter"], ["Online-Shop", "Musterversand"], ["Checkout", "Bestätigungs-E-Mail"],
                          ["Spedition", "SMS mit Zeitfenster"], ["Bewertungs-E-Mail"]],
        "Schmerzpunkte": [[], ["Muster kosten 5 € pro Stück"], ["Lieferzeit erst im Checkout sichtbar"],
                          ["Zeitfenster von 8 bis 18 Uhr"], []],
        "KPIs": [["Klickrate 1,8 %"], ["Musterbestellungen pro Woche"], ["Conversion 2,3 %"], ["Liefertreue 87 %"],
                 ["Retourenquote 4 %", "NPS +12"]],
    }
    journey = Journey("var-facewords-de", "graphml", "face-and-word-emotions", "yed", "de",
                      "Ein Sofa online kaufen – Customer Journey", stages, lanes, grid,
                      notes=["Quelle: Online-Umfrage mit 240 Kundinnen und Kunden, März 2026"])
    rng = random.Random(journey.name)
    doc = YEdDocument()
    card_h, gap, pad = 38, 8, 10
    col_w = [rng.randint(185, 210) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=70)
    left, top, header = 200.0, 150.0, 150.0
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    doc.node((30, 24, text_width(journey.title, 22) + 20, 38), journey.title, text_only=True, font=22, bold=True)
    sc = []
    for i, (x0, x1) in enumerate(cols):
        doc.node((x0 + 3 + rng.uniform(-3, 3), top - 58 + rng.uniform(-4, 4), x1 - x0 - 6, 44), stages[i],
                 fill="#2F5597", border="#2F5597", font=14, bold=True, color="#FFFFFF")
        sc.append((x0 + x1) / 2)
    lc = []
    for j, (y0, y1) in enumerate(rows):
        doc.node((30 + rng.uniform(-3, 3), y0 + 2, header, y1 - y0 - 4), lanes[j][0], fill=YED_LANE_FILLS[lanes[j][1]],
                 border="#7F7F7F", font=13, bold=True)
        lc.append((y0 + y1) / 2)
    placed = []
    for j, (title, kind) in enumerate(lanes):
        y0, y1 = rows[j]
        for i, cell in enumerate(grid[title]):
            x0, x1 = cols[i]
            entries = cards_of(cell)
            for entry, rect in zip(entries, stack(rng, x0, y0, x1 - x0, y1 - y0, len(entries), card_h=card_h, gap=gap,
                                                  pad=pad, jitter=6)):
                if isinstance(entry, E):
                    doc.node(rect, entry.text, text_only=True, font=15)
                else:
                    doc.node(rect, entry, shape="roundrectangle", fill=YED_LANE_FILLS[kind], border="#666666")
                placed.append(Placed(entry, rect, i, j))
    doc.node((left, rows[-1][1] + 22, text_width(journey.notes[0], 11) + 10, 20), journey.notes[0], text_only=True,
             font=11)
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, doc.text(), doc.labels)


def var_emotionband_fr():
    """The emotion lane is one wide band (no cells per stage) holding a curve of dots joined by
    edges, a short word above each dot; the other lanes have a background cell per stage."""
    stages = ["Inspiration", "Comparaison", "Réservation", "Préparation", "Séjour", "Retour"]
    lanes = [("Actions", ACTIONS), ("Points de contact", TOUCHPOINTS), ("Émotions", EMOTIONS), ("Irritants", PAIN),
             ("Opportunités", OPPORTUNITIES)]
    grid = {
        "Actions": [["Voit les photos d'amis à la montagne"], ["Compare trois stations", "Calcule le budget forfaits"],
                    ["Réserve l'appartement", "Ajoute les cours de ski"], ["Loue le matériel en ligne", "Prépare les valises"],
                    ["Récupère les forfaits", "Skie avec les enfants"], ["Rend le matériel", "Rentre en train"]],
        "Points de contact": [["Instagram"], ["Sites des stations", "Comparateur"], ["Site de réservation"],
                              ["E-mail de confirmation", "Appli de location"], ["Borne de retrait", "École de ski"],
                              ["Gare"]],
        "Émotions": [[D(1, "curieux")], [D(-1, "perdu")], [D(0, "")], [D(1, "content")], [D(2, "ravi")],
                     [D(-1, "frustré")]],
        "Irritants": [[], ["Prix des forfaits difficiles à trouver"], ["Frais de ménage ajoutés à la fin"], [],
                      ["File d'attente aux forfaits"], ["Train retardé de deux heures"]],
        "Opportunités": [["Séjours types pour familles"], ["Simulateur de budget global"], ["Prix tout compris dès le début"],
                         ["Matériel livré à l'appartement"], ["Forfaits sur le téléphone"],
                         ["Consigne à skis près de la gare"]],
    }
    notes = ["Source : 6 entretiens avec des familles, février 2026", "Courbe : ressenti de la famille Martin"]
    journey = Journey("var-emotionband-fr", "graphml", "emotion-band-dots", "yed", "fr",
                      "Réserver une semaine au ski en famille", stages, lanes, grid, notes=notes)
    rng = random.Random(journey.name)
    doc = YEdDocument()
    card_h, gap, pad = 36, 8, 10
    col_w = [rng.randint(175, 200) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=64, fixed={"Émotions": 210.0})
    left, top, header = 190.0, 140.0, 140.0
    cols, rows = bands(left, col_w), bands(top, row_h, 10)
    doc.node((30, 22, text_width(journey.title, 22) + 20, 38), journey.title, text_only=True, font=22, bold=True)
    sc, lc = [], []
    for i, (x0, x1) in enumerate(cols):
        doc.node((x0 + 2, top - 56 + rng.uniform(-3, 3), x1 - x0 - 4, 42), stages[i], shape="hexagon", fill="#3A5F8A",
                 border="#3A5F8A", font=14, bold=True, color="#FFFFFF")
        sc.append((x0 + x1) / 2)
    emotion_row = [title for title, _ in lanes].index("Émotions")
    for j, (y0, y1) in enumerate(rows):
        doc.node((30, y0, header, y1 - y0), lanes[j][0], fill=YED_LANE_FILLS[lanes[j][1]], border="#7F7F7F", font=13,
                 bold=True)
        lc.append((y0 + y1) / 2)
        if j == emotion_row:  # one band over all stages
            doc.node((left, y0, cols[-1][1] - left, y1 - y0), "", fill="#FFF8EE", border="#E0B070")
        else:
            for x0, x1 in cols:
                doc.node((x0 + 3, y0 + 3, x1 - x0 - 6, y1 - y0 - 6), "", fill="#F7F7F7", border="#DDDDDD")
    placed = []
    for j, (title, kind) in enumerate(lanes):
        if j == emotion_row:
            continue
        y0, y1 = rows[j]
        for i, cell in enumerate(grid[title]):
            x0, x1 = cols[i]
            entries = cards_of(cell)
            for entry, rect in zip(entries, stack(rng, x0, y0, x1 - x0, y1 - y0, len(entries), card_h=card_h, gap=gap,
                                                  pad=pad + 4, jitter=5)):
                doc.node(rect, entry, shape="roundrectangle", fill=YED_LANE_FILLS[kind], border="#666666")
                placed.append(Placed(entry, rect, i, j))
    e0, e1 = rows[emotion_row]
    dots = []
    for i, cell in enumerate(grid["Émotions"]):
        x0, x1 = cols[i]
        for dot in cell:
            cx = x0 + (x1 - x0) * rng.uniform(0.4, 0.6)
            cy = dot_y(rng, dot.score, e0, e1 - e0)
            rect = (cx - 7, cy - 7, 14, 14)
            dots.append(doc.node(rect, "", shape="ellipse", fill="#C0504D", border="#943634"))
            placed.append(Placed(dot, rect, i, emotion_row, (e0, e1)))
            if dot.label:
                ty = cy - 30 if cy - e0 > 36 else cy + 10  # above the dot, below it at the top of the band
                doc.node((cx - (text_width(dot.label, 12) + 8) / 2, ty, text_width(dot.label, 12) + 8, 20), dot.label,
                         text_only=True, font=12)
    for source, target in zip(dots, dots[1:]):
        doc.edge(source, target, color="#C0504D", width=2.0, arrow="none", smoothed=True)
    doc.node((left, rows[-1][1] + 20, text_width(notes[0], 11) + 10, 20), notes[0], text_only=True, font=11)
    doc.node((cols[-1][1] + 40, e0 + 10, 170, 50), notes[1], fill="#FFFFFF", border="#999999", font=11)
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, doc.text(), doc.labels)


def var_yedlive_en():
    """A yEd Live (yFiles for HTML) file: geometry as y:RectD, labels in x:List, styles as yjs
    objects and shared references; stage headers "Stage N – Name"."""
    stages = ["Stage 1 – Awareness", "Stage 2 – Consideration", "Stage 3 – Switching", "Stage 4 – First bill",
              "Stage 5 – Loyalty"]
    lanes = [("Doing", ACTIONS), ("Thinking", THOUGHTS), ("Feeling", EMOTIONS), ("Channels", TOUCHPOINTS),
             ("Friction", PAIN), ("Ideas", OPPORTUNITIES)]
    grid = {
        "Doing": [["Gets a price-rise letter"], ["Uses a comparison site", "Checks reviews on Trustpilot"],
                  ["Enters meter readings", "Sets up a direct debit"], ["Reads the first bill"],
                  ["Gets a renewal offer", "Refers a neighbour"]],
        "Thinking": [["Why did it go up by £40?"], ["Is a smaller supplier safe?"],
                     ["Will my power be cut during the switch?"], ["Is this estimate right?"], []],
        "Feeling": [[E("😠", -2, "")], [E("curious", 1, "curious")], [E("worried", -1, "worried")],
                    [E("confused", -1, "confused")], [E("happy", 1, "happy")]],
        "Channels": [["Letter"], ["Comparison website", "Trustpilot"], ["Online sign-up", "Welcome email"],
                     ["Email", "Customer portal"], ["Email", "Referral link"]],
        "Friction": [["Tariff names mean nothing"], ["Exit fees hidden in the small print"], ["Switch takes 21 days"],
                     ["Bill based on an estimated reading"], []],
        "Ideas": [[], ["Plain-English tariff summary"], ["Progress tracker for the switch"],
                  ["Photo meter reading in the app"], ["Loyalty price without asking"]],
    }
    journey = Journey("var-yedlive-en", "graphml", "yed-live", "yed", "en", "Switching energy supplier", stages, lanes,
                      grid)
    rng = random.Random(journey.name)
    doc = YLiveDocument()
    card_h, gap, pad = 40, 8, 10
    col_w = [rng.randint(190, 215) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=72)
    # yEd Live puts the first node near the origin; the rest of the map has negative coordinates.
    left, top, header = -410.0, -265.0, 150.0
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    doc.node((left - header - 12, top - 150, 420, 40), journey.title, '<x:Static Member="y:VoidNodeStyle.Instance"/>',
             font=20)
    sc, lc = [], []
    for i, (x0, x1) in enumerate(cols):
        doc.node((x0 + 3 + rng.uniform(-2, 2), top - 60 + rng.uniform(-3, 3), x1 - x0 - 6, 46), stages[i],
                 ylive_shape("ROUND_RECTANGLE", "#2C3E50", "#2C3E50"), label_style="2", as_element=(i == 1))
        sc.append((x0 + x1) / 2)
    for j, (y0, y1) in enumerate(rows):
        doc.node((left - header - 12, y0 + 2, header, y1 - y0 - 4), lanes[j][0],
                 ylive_shape("RECTANGLE", YED_LANE_FILLS[lanes[j][1]], "#7F7F7F"))
        lc.append((y0 + y1) / 2)
    placed = []
    for j, (title, kind) in enumerate(lanes):
        y0, y1 = rows[j]
        for i, cell in enumerate(grid[title]):
            x0, x1 = cols[i]
            entries = cards_of(cell)
            width = 54 if kind == EMOTIONS else None
            height = 54 if kind == EMOTIONS else card_h
            for entry, rect in zip(entries, stack(rng, x0, y0, x1 - x0, y1 - y0, len(entries), card_h=height, gap=gap,
                                                  pad=pad, jitter=5, width=width if kind == EMOTIONS and
                                                  len(text_of(entry)) < 3 else None)):
                if isinstance(entry, E):
                    doc.node(rect, entry.text, ylive_shape("ELLIPSE" if len(entry.text) < 3 else "PILL", "#FFF2CC",
                                                           "#D6B656"))
                else:
                    doc.node(rect, entry, ylive_shape("ROUND_RECTANGLE", YED_LANE_FILLS[kind], "#666666"),
                             as_element=("'" in entry or "£" in entry))
                placed.append(Placed(entry, rect, i, j))
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, doc.text(), doc.labels)


# --------------------------------------------------------------------------------------------------
# The maps: Visio
# --------------------------------------------------------------------------------------------------

STICKY_W, STICKY_H = 1.3 * PX, 0.8 * PX  # the "Sticky note" master's size, in pixels


def var_masters_de():
    """Cards are instances of a "Sticky note" master (most at the master's size, so without their
    own Width and Height; pain points recoloured; a few resized); a title block (a group holding
    the title, date, author and version fields) above the map."""
    stages = ["Information", "Vertragsabschluss", "Tiefbau", "Hausanschluss", "Aktivierung"]
    lanes = [("Kundenaktivitäten", ACTIONS), ("Gedanken", THOUGHTS), ("Emotionen", EMOTIONS),
             ("Touchpoints", TOUCHPOINTS), ("Probleme", PAIN), ("Maßnahmen", MEASURES)]
    grid = {
        "Kundenaktivitäten": [["Erhält Flyer der Stadtwerke", "Besucht den Infoabend"], ["Schließt Vorvertrag ab",
                              "Wählt 500 Mbit/s"], ["Wartet auf den Tiefbau im Vorgarten"],
                              ["Lässt den Techniker in den Keller", "Bestätigt die Leitungsführung"],
                              ["Steckt den Router ein", "Kündigt den DSL-Vertrag"]],
        "Gedanken": [["Brauche ich das wirklich?"], ["Kostet der Anschluss wirklich nichts?"], ["Wann geht es endlich los?"],
                     ["Wer repariert den Rasen?"], ["Endlich stabiles Homeoffice"]],
        "Emotionen": [[E("neugierig", 1, "neugierig")], [E("zufrieden", 1, "zufrieden")], [E("frustriert", -1, "frustriert")],
                      [E("verärgert", -2, "verärgert")], [E("begeistert", 2, "begeistert")]],
        "Touchpoints": [["Flyer", "Infoabend"], ["Website", "Vertrieb an der Haustür"], ["Baustellenschild"],
                        ["Techniker vor Ort", "Terminbrief"], ["Router-Paket", "Hotline"]],
        "Probleme": [[], ["Vorvertrag nur auf Papier"], ["Keine Info zum Bauzeitplan"], ["Termin zweimal verschoben"],
                     ["Aktivierung dauert 10 Tage"]],
        "Maßnahmen": [["FAQ zu den Kosten"], ["Online-Vorvertrag"], ["Bau-Ticker per SMS"], ["Terminwahl online"],
                      ["Aktivierung am Tag der Montage"]],
    }
    notes = ["Stand: 12.05.2026", "Erstellt von: Team Kundenerlebnis", "Version 1.2 – intern"]
    journey = Journey("var-masters-de", "vsdx", "visio-masters-title-block", "visio", "de",
                      "Glasfaseranschluss: vom Vorvertrag bis zum Surfen", stages, lanes, grid, notes=notes)
    rng = random.Random(journey.name)
    gap, pad = 10, 10
    col_w = [rng.randint(165, 180) for _ in stages]
    row_h = row_heights(journey, rng, card_h=STICKY_H, gap=gap, pad=pad, minimum=96, slack=(0, 10),
                        fixed={"Emotionen": 80.0})
    left, top, header = 200.0, 250.0, 150.0
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 8)
    page = VisioPage("Seite-1", cols[-1][1] + 80, rows[-1][1] + 80)
    # The title block: a group whose sub-shapes are placed in the group's own coordinates (inches,
    # origin at its lower left).
    bx, by, bw, bh = 40.0, 24.0, 720.0, 100.0
    group_id = page.claim()
    children = []

    def child(rect, text, **options):
        x, y, w, h = rect  # pixels from the block's top left
        frame = page.frame((x + w / 2) / PX, (bh - y - h / 2) / PX, w / PX, h / PX)
        children.append(page.shape_xml(page.claim(), "Rectangle", frame, text, **options))

    child((0, 0, bw, bh), "", fill="#F2F2F2", line="#404040")
    child((12, 8, 520, 50), journey.title, text_only=True, font_size=20, bold=True)
    child((545, 10, 165, 26), notes[0], text_only=True, font_size=10)
    child((12, 64, 400, 26), notes[1], text_only=True, font_size=10)
    child((545, 64, 165, 26), notes[2], text_only=True, font_size=10)
    page.shapes.append(page.shape_xml(group_id, "Title block",
                                      page.frame((bx + bw / 2) / PX, page.height - (by + bh / 2) / PX, bw / PX, bh / PX),
                                      children=children, fill=None))
    sc, lc = [], []
    for i, (x0, x1) in enumerate(cols):
        page.box((x0 + 2, top - 56 + rng.uniform(-3, 3), x1 - x0 - 4, 42), stages[i], name="Phase", fill="#00626F",
                 line="#00626F", font_size=13, bold=True)
        sc.append((x0 + x1) / 2)
    for j, (y0, y1) in enumerate(rows):
        page.box((40, y0 + 2, header, y1 - y0 - 4), lanes[j][0], name="Ebene", fill="#E7E6E6", line="#7F7F7F",
                 font_size=12, bold=True)
        lc.append((y0 + y1) / 2)
    placed = []
    for j, (title, kind) in enumerate(lanes):
        y0, y1 = rows[j]
        for i, cell in enumerate(grid[title]):
            x0, x1 = cols[i]
            entries = cards_of(cell)
            for entry, rect in zip(entries, stack(rng, x0, y0, x1 - x0, y1 - y0, len(entries), card_h=STICKY_H,
                                                  gap=gap, pad=pad, jitter=6, width=STICKY_W)):
                x, y, w, h = rect
                if isinstance(entry, E):
                    page.box((x, y + 10, w, h - 20), entry.text, name="Text", text_only=True, font_size=16)
                    placed.append(Placed(entry, (x, y + 10, w, h - 20), i, j))
                    continue
                shape_id = page.claim()
                resized = len(entry) > 30
                if resized:  # stretched a little to fit a long text
                    w, h = w + 16, h + 4
                    x, y = x - 8, y - 2
                    frame = page.frame((x + w / 2) / PX, page.height - (y + h / 2) / PX, w / PX, h / PX)
                else:  # at the master's size: only the position is the instance's own
                    w, h = STICKY_W, STICKY_H
                    frame = vcell("PinX", vnum((x + w / 2) / PX)) + vcell("PinY", vnum(page.height - (y + h / 2) / PX))
                fill = "#F8CECC" if kind == PAIN else None
                page.shapes.append(page.shape_xml(shape_id, "Sticky note", frame, entry, master="2", fill=fill))
                placed.append(Placed(entry, (x, y, w, h), i, j))
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, vsdx_bytes([page], 1031), page.labels)


def var_sloppy_pt():
    """Sloppy spacing: lanes of very different heights, one card taller than its lane (its centre
    inside), stage headers off by up to 12 px in height and position, and a stage with no cards."""
    stages = ["Descoberta", "Cadastro", "Depósito", "Primeiro investimento", "Acompanhamento", "Resgate"]
    lanes = [("Ações", ACTIONS), ("Pensamentos", THOUGHTS), ("Emoções", EMOTIONS), ("Pontos de contato", TOUCHPOINTS),
             ("Pontos de dor", PAIN), ("Oportunidades", OPPORTUNITIES)]
    grid = {
        "Ações": [["Vê um vídeo sobre Tesouro Direto", "Pesquisa corretoras sem taxa", "Pergunta no grupo da família"],
                  ["Preenche o cadastro", "Envia foto do RG"], ["Faz um Pix de R$ 1.000"],
                  ["Compra Tesouro Selic", "Lê o extrato"], ["Confere o rendimento todo dia"], []],
        "Pensamentos": [["Investir é só para quem tem muito dinheiro?"], ["Por que pedem minha renda?"],
                        ["O dinheiro caiu na conta certa?"], ["Que sigla é essa, LFT?"], ["Rendeu só R$ 8?"], []],
        "Emoções": [[E("curioso", 1, "curioso")], [E("😕", -1, "")], [E("🙂", 1, "")], [E("confuso", -1, "confuso")],
                    [E("feliz", 1, "feliz")], []],
        "Pontos de contato": [["YouTube"], ["App da corretora"], ["App do banco"], ["App da corretora"],
                              ["Notificação push", "E-mail mensal"], []],
        "Pontos de dor": [[], ["Questionário de perfil com 20 perguntas"], ["Pix leva 2 horas para aparecer"],
                          ["Termos técnicos sem explicação"], [], []],
        "Oportunidades": [["Simulador de rendimento"], ["Cadastro em etapas"], ["Confirmação instantânea do depósito"],
                          ["Glossário no app"], ["Meta de investimento mensal"], []],
    }
    journey = Journey("var-sloppy-pt", "vsdx", "sloppy-spacing", "visio", "pt",
                      "Abertura de conta em uma corretora de investimentos", stages, lanes, grid,
                      notes=["Fonte: 10 entrevistas, jan. 2026 – etapa Resgate ainda sem pesquisa"])
    rng = random.Random(journey.name)
    card_h, gap, pad = 40, 7, 8
    col_w = [rng.randint(160, 200) for _ in stages]
    col_w[-1] = 150
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=58, slack=(0, 30),
                        fixed={"Emoções": 52.0, "Pontos de contato": 60.0, "Pontos de dor": 118.0})
    left, top, header = 185.0, 150.0, 135.0
    gaps = [0, 14, 3, 9, 0, 21]
    cols = []
    x = left
    for w, g in zip(col_w, gaps):
        x += g
        cols.append((x, x + w))
        x += w
    rows = bands(top, row_h, 0)
    page = VisioPage("Página-1", cols[-1][1] + 60, rows[-1][1] + 90)
    page.box((42, 36, 700, 40), journey.title, name="Título", text_only=True, font_size=20, bold=True)
    sc, lc = [], []
    offsets = [-12, 5, -3, 11, -8, 2]  # off the header row by up to 12 px, yet clear of the first lane
    for i, (x0, x1) in enumerate(cols):
        h = 40 + rng.uniform(-4, 4)
        dx = rng.uniform(-9, 9)
        y = top - 62 + offsets[i]
        assert y + h <= top - 4
        page.box((x0 + 3 + dx, y, x1 - x0 - 6 + rng.uniform(-8, 4), h), stages[i], name="Etapa",
                 fill="#203864", line="#203864", font_size=12, bold=True)
        sc.append((x0 + x1) / 2 + dx)
    for j, (y0, y1) in enumerate(rows):
        page.box((40, y0, header, y1 - y0), lanes[j][0], name="Raia", fill="#DEEBF7", line="#9DC3E6", font_size=12,
                 bold=True)
        lc.append((y0 + y1) / 2)
        if j:
            page.line((40, y0), (cols[-1][1], y0), color="#BFBFBF")
    placed = []
    for j, (title, kind) in enumerate(lanes):
        y0, y1 = rows[j]
        for i, cell in enumerate(grid[title]):
            x0, x1 = cols[i]
            entries = cards_of(cell)
            rects = stack(rng, x0, y0, x1 - x0, y1 - y0, len(entries), card_h=card_h if kind != EMOTIONS else 30,
                          gap=gap, pad=pad, jitter=7)
            for entry, rect in zip(entries, rects):
                if title == "Pontos de contato" and i == 1:  # taller than its lane, centre inside
                    x, _, w, _ = rect
                    rect = (x, (y0 + y1) / 2 - 35 + 2, w, 70)
                if isinstance(entry, E):
                    page.box(rect, entry.text, name="Emoção", text_only=True, font_size=15)
                else:
                    page.box(rect, entry, name="Cartão", fill=KIND_FILL[kind][0].upper(), line="#7F7F7F", font_size=10)
                placed.append(Placed(entry, rect, i, j))
    page.box((left, rows[-1][1] + 24, 520, 22), journey.notes[0], name="Nota", text_only=True, font_size=9)
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, vsdx_bytes([page], 1046), page.labels)


def var_twopersonas_en():
    """Two personas' emotion lanes ("Emotions – Anna", "Emotions – Ben") under the shared lanes,
    persona cards above the stage headers."""
    stages = ["Decide", "Compare", "Apply", "Verify", "First month"]
    lanes = [("Actions", ACTIONS), ("Touchpoints", TOUCHPOINTS), ("Emotions – Anna", EMOTIONS),
             ("Emotions – Ben", EMOTIONS), ("Pain points", PAIN), ("Opportunities", OPPORTUNITIES)]
    grid = {
        "Actions": [["Move in together", "Agree to split the bills"], ["Compare joint accounts at 3 banks"],
                    ["Fill in one application for both"], ["Both verify their ID by video"],
                    ["Set up a standing order for the rent", "Share a budget in the app"]],
        "Touchpoints": [["Banking app"], ["Bank websites", "Branch advisor"], ["Online form"], ["Video call", "SMS code"],
                        ["Banking app", "Debit cards by post"]],
        "Emotions – Anna": [[E("excited", 2, "excited")], [E("curious", 1, "curious")], [E("🙁", -1, "")],
                            [E("neutral", 0, "neutral")], [E("happy", 1, "happy")]],
        "Emotions – Ben": [[E("😐", 0, "")], [E("confused", -1, "confused")], [E("frustrated", -1, "frustrated")],
                           [E("😡", -2, "")], [E("+1", 1, "")]],
        "Pain points": [[], ["Fees differ per account holder"], ["Second applicant re-enters the address"],
                        ["Ben's video call dropped twice"], ["Only one card arrived"]],
        "Opportunities": [["Joint-account checklist"], ["Side-by-side fee table"],
                          ["Invite the partner to complete their part"], ["Book both ID checks in one call"],
                          ["Track both cards in the app"]],
    }
    personas = [("Anna Keller", "UX designer, 29, plans everything"), ("Ben Okafor", "Nurse, 31, works night shifts")]
    journey = Journey("var-twopersonas-en", "vsdx", "two-persona-emotions", "visio", "en",
                      "Opening a joint account as a couple", stages, lanes, grid, personas=personas)
    rng = random.Random(journey.name)
    card_h, gap, pad = 40, 8, 10
    col_w = [rng.randint(180, 205) for _ in stages]
    row_h = row_heights(journey, rng, card_h=card_h, gap=gap, pad=pad, minimum=70)
    left, top, header = 200.0, 250.0, 150.0
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    page = VisioPage("Page-1", cols[-1][1] + 60, rows[-1][1] + 60)
    page.box((40, 28, 640, 40), journey.title, name="Title", text_only=True, font_size=20, bold=True)
    for k, (name, role) in enumerate(personas):
        page.box((left + k * 300 + rng.uniform(-5, 5), 90 + rng.uniform(-3, 3), 260, 60), f"{name}\n{role}",
                 name="Persona", fill="#FFFFFF", line="#C55A11", font_size=11)
    sc, lc = [], []
    for i, (x0, x1) in enumerate(cols):
        page.box((x0 + 3, top - 54 + rng.uniform(-3, 3), x1 - x0 - 6, 42), stages[i], name="Stage", fill="#C55A11",
                 line="#C55A11", font_size=13, bold=True)
        sc.append((x0 + x1) / 2)
    for j, (y0, y1) in enumerate(rows):
        page.box((40, y0 + 2, header, y1 - y0 - 4), lanes[j][0], name="Lane", fill="#FBE5D6", line="#7F7F7F",
                 font_size=12, bold=True)
        lc.append((y0 + y1) / 2)
    placed = []
    for j, (title, kind) in enumerate(lanes):
        y0, y1 = rows[j]
        for i, cell in enumerate(grid[title]):
            x0, x1 = cols[i]
            entries = cards_of(cell)
            for entry, rect in zip(entries, stack(rng, x0, y0, x1 - x0, y1 - y0, len(entries), card_h=card_h, gap=gap,
                                                  pad=pad, jitter=5)):
                if isinstance(entry, E):
                    page.box(rect, entry.text, name="Feeling", text_only=True, font_size=15)
                else:
                    page.box(rect, entry, name="Card", fill=KIND_FILL[kind][0].upper(), line="#7F7F7F", font_size=10)
                placed.append(Placed(entry, rect, i, j))
    verify(journey, placed, meet(cols), meet(rows), sc, lc)
    return Output(journey, vsdx_bytes([page], 2057), page.labels)


# --------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------

MAPS = [
    var_numbered_en, var_circled_ja, var_large_es, var_swimgrid_es, var_layers_zh, var_cardtext_pt, var_circles_tl,
    var_facewords_de, var_emotionband_fr, var_yedlive_en, var_masters_de, var_sloppy_pt, var_twopersonas_en,
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
        with open(os.path.join(arguments.out, journey.name + ".truth.json"), "w", encoding="utf-8") as handle:
            json.dump(journey.truth(), handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        truth = journey.truth()
        print(f"{journey.filename}: {len(truth['stages'])} stages, {len(truth['lanes'])} lanes, "
              f"{len(truth['cells'])} cells, {len(truth['emotions'])} emotions, {len(truth['notes'])} notes")
        outputs.append(output)
    if arguments.check:
        sys.exit(1 if check(outputs, arguments.out, arguments.check) else 0)


if __name__ == "__main__":
    main()
