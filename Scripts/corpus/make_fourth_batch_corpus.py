#!/usr/bin/env python3
"""Writes the fourth batch of the journey-map corpus: maps drawn the ways real teams draw them that
differ from the first three batches (the "customer journey map" template look with a coloured band
per stage and thin separator lines instead of lane boxes, lanes told apart only by dashed lines,
an emotion curve drawn as one curved draw.io line through tiny dots, numbered circles beside the
stage names, a B2B approval-chain lane with the buying committee as persona cards left of the grid,
a very small map, a storyboard of pictures with captions, draw.io rich-text labels, eight stages
with underlined names and sideways lane titles in a `.drawio.xml` file, yEd HTML labels, a yEd map
of sticky notes running top to bottom, a yEd Live table, Visio's cross-functional flowchart with its
swimlane and phase containers, and a lane left empty in every stage).

    python3 Scripts/corpus/make_fourth_batch_corpus.py [--out DIR] [--check JOURNEY_BINARY]

Every map is written as `b4-<what>-<lang>.<ext>` with its truth `b4-<what>-<lang>.truth.json`
(format: Tests/JourneyImportTests/Fixtures/journeys/README.md) into the corpus folder. The truth is
what the drawing was meant to show, built from the same data the drawing is made from; nothing here
reads what an importer makes of the files. Before writing, the script checks its own drawing: every
item's centre lies in the cell its truth names, both by the drawn bands and by the halfway lines
between neighbouring header centres, and every emotion dot lies within 0.15 score units of its score.

With `--check`, each written map is converted with the given `journey` binary; the script reports
maps the reader refuses, labels missing from the output and the reader's summary line (a reading
check only: how well the recognizer does is the scorer test's business).

Conventions of these truth files (beyond README.md):
- A free card is one item: its lines joined by "\n" as a person reads them.
- Labels written as HTML (draw.io rich text, yEd `<html>` labels) read as their plain text: tags
  dropped, entities decoded (`&amp;` is "&", `&lt;` is "<", `&nbsp;` a space), a line break for
  every `<br>` and every `<div>` that starts a new line.
- A stage header's name is the first line written in it; a goal on further lines of the same box
  (`b4-htmllabels-ja`: "ゴール：…") is not part of the name and appears nowhere in the truth. A number
  drawn in a separate circle beside the name (`b4-numbercircles-es`) is decoration: the stage is the
  text beside it.
- An emotion written as text: an explicit number wins over an emoji, an emoji over a word; the
  label is the text without the number, the emoji and the brackets around the number ("" when
  nothing else is left). Word-only emotions use only the brief's words per language; other words
  ("しんどい", "pagod na") appear only next to a face or a number.
- An emotion dot (`b4-curve-fr`): score = 2 − 4·(centre y − lane top)/lane height over the lane's
  drawn extent (its title box, exactly as high as the lane, and a band behind the dots); its label
  is the word written under it ("" for a bare dot). The curved line through the dots is decoration.
- Lane kinds: "Emotional state", "Courbe émotionnelle", "Stimmung", "Feelings" → emotions; "O que
  pensam" → thoughts; "Problemas", "Mga Problema", "Probleme" → pain-points; "Mga Ideya", "Ideen" →
  opportunities; "Lo que hace" → actions; "Canales" → touchpoints. Lanes naming people or teams
  ("Aprovação", the approval chain; "Buchhaltung", "IT-Leitung", "Geschäftsführung"; "営業・CSの対応",
  what the vendor's team does) and "Verbatims" (quotes) are custom lanes (kind null).
- Personas: the buying committee's cards in `b4-approvals-pt` (first line the name, second the role);
  the heading above them ("Comitê de compra") is a note.
- Shapes without a label (pictures, avatars, dots, separator lines, cell backgrounds, invisible
  Visio lists) are decoration and appear nowhere in the truth; a picture's caption (a text under it,
  or the picture's own label drawn under it) is the item.
- An empty lane is still a lane: `b4-emptylane-fr` lists "Verbatims" although no stage has an item.
- Maps running top to bottom (stages as rows) have `"orientation": "rows"`.

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


class D:
    """An emotion dot on a curve: its score (from the dot's height in the lane) and the word
    written beside it ("" for a bare dot)."""

    def __init__(self, score, label):
        self.score, self.label, self.text = score, label, label


def text_of(item):
    return item if isinstance(item, str) else item.text


def line_count(item):
    return text_of(item).count("\n") + 1


class Journey:
    """One map, independent of the tool drawing it. `grid[lane]` holds, per stage, the items of the
    cell in reading order (str: a card; E: an emotion written as text; D: an emotion dot; UL: a card
    holding an HTML list)."""

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
                    assert isinstance(item, (E, D)) == (kind == EMOTIONS), (name, lane, text_of(item))

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
    centres (an emotion dot by the drawn bands only); every item of the truth drawn exactly once."""
    assert len(placed) == journey.item_count(), (journey.name, len(placed), journey.item_count())
    checks = [(stage_bands, lane_bands)]
    checks.append((halfway(stage_centres or centres(stage_bands)), halfway(lane_centres or centres(lane_bands))))
    rows = journey.orientation == "rows"
    for p in placed:
        x, y, w, h = p.rect
        cx, cy = x + w / 2, y + h / 2
        along_stage, along_lane = (cy, cx) if rows else (cx, cy)
        for k, (stages, lanes) in enumerate(checks):
            if k and isinstance(p.item, D):
                continue  # a dot belongs to the lane whose drawn extent holds it
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
# Icons: a tiny SVG image (draw.io)
# --------------------------------------------------------------------------------------------------

SVG_ICONS = {
    "person": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" '
              'cy="24" r="23" fill="#DDDDDD"/><circle cx="24" cy="18" r="8" fill="#999999"/><path d="M10 40c2-9 '
              '8-13 14-13s12 4 14 13z" fill="#999999"/></svg>',
}


def svg_data(name):
    """draw.io's data URI in a style: no ';base64' (the semicolon would end the style value)."""
    return "data:image/svg+xml," + base64.b64encode(SVG_ICONS[name].encode("utf-8")).decode("ascii")



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

    def vertex(self, item, style, x, y, w, h, *, parent=None, mode="plain", hidden=False, alternate=None, html=None):
        """`item` is a text, an E or a UL; `alternate` writes draw.io's alternateBounds (table cells);
        `html` is the label's HTML as draw.io keeps it, when it is written by hand (the item's text is
        what it reads as)."""
        parent = parent or "1"
        value, is_html = (html, True) if html is not None else render_label(item, mode)
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

    def edge(self, source, target, style, *, label="", points=None):
        """A connector; without source and target, a free line through absolute `points` (the first
        and last are its ends, the others its waypoints)."""
        cid = self.new_id()
        self.cells.append(("edge", cid, label, style, "1", source, target, points))
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
                _, cid, value, style, parent, source, target, points = cell
                ends = (f' source="{source}"' if source else "") + (f' target="{target}"' if target else "")
                if points:
                    (sx, sy), (tx, ty) = points[0], points[-1]
                    inner = (f'<mxGeometry width="50" height="50" relative="1" as="geometry">'
                             f'<mxPoint x="{num(sx)}" y="{num(sy)}" as="sourcePoint"/>'
                             f'<mxPoint x="{num(tx)}" y="{num(ty)}" as="targetPoint"/>')
                    if len(points) > 2:
                        inner += ('<Array as="points">' + "".join(f'<mxPoint x="{num(px)}" y="{num(py)}"/>'
                                                                  for px, py in points[1:-1]) + '</Array>')
                    inner += '</mxGeometry>'
                else:
                    inner = '<mxGeometry relative="1" as="geometry"/>'
                parts.append(f'<mxCell id="{cid}" value="{esc_attr(value)}" style="{esc_attr(style)}" '
                             f'parent="{parent}"{ends} edge="1">{inner}</mxCell>')
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

    def label_xml(self, text, w, h, *, font=12, bold=False, model=None, extra="", background=None, color="#000000",
                  align="center", measure=None):
        """A y:NodeLabel; `measure` is the text as shown when `text` is an HTML label."""
        shown = measure if measure is not None else text
        lw = text_width(shown, font) + 4
        lh = (font + 6) * (shown.count("\n") + 1)
        back = f'backgroundColor="{background}" hasBackgroundColor="true"' if background else 'hasBackgroundColor="false"'
        return (f'<y:NodeLabel alignment="{align}" autoSizePolicy="content" fontFamily="Dialog" fontSize="{font}" '
                f'fontStyle="{"bold" if bold else "plain"}" {back} hasLineColor="false" height="{f4(lh)}" '
                f'horizontalTextPosition="center" iconTextGap="4" modelName="custom" textColor="{color}" '
                f'verticalTextPosition="bottom" visible="true" width="{f4(lw)}" x="{f4((w - lw) / 2)}" '
                f'xml:space="preserve" y="{f4((h - lh) / 2)}"{extra}>{escape(text)}{model or SMART_LABEL_MODEL}'
                f'</y:NodeLabel>')

    def node(self, rect, text, *, shape="rectangle", fill="#FFFFFF", border="#000000", font=12, bold=False,
             text_only=False, border_type="line", color="#000000", html=None, shadow=None, align="center",
             shown=None):
        """A y:ShapeNode; `html` is the label as written (yEd's "<html>…" labels), `text` what it
        reads as (`shown`, when given, all the lines the HTML shows); `shadow` a drop-shadow colour."""
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
            self._write('      ' + self.label_xml(html if html is not None else text, w, h, font=font, bold=bold,
                                                   color=color, align=align,
                                                   measure=(shown or text) if html is not None else None))
        self._write(f'      <y:Shape type="{shape}"/>')
        if shadow:
            self._write(f'      <y:DropShadow color="{shadow}" offsetX="4" offsetY="4"/>')
        self._write('    </y:ShapeNode>')
        self._write('  </data>')
        self._write('</node>')
        return node_id


    def text(self):
        return "".join(self.lines) + YED_FOOTER


YED_LANE_FILLS = {
    ACTIONS: "#FFF2CC", THOUGHTS: "#E1D5E7", EMOTIONS: "#FFE6CC", TOUCHPOINTS: "#DAE8FC", PAIN: "#F8CECC",
    OPPORTUNITIES: "#D5E8D4", KPIS: "#EDEDED", MEASURES: "#D5E8D4", BACKSTAGE: "#EEEEEE", None: "#FFFFFF",
}


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
\t\t\t<yjs:DefaultLabelStyle x:Key="5" verticalTextAlignment="CENTER" horizontalTextAlignment="CENTER" textFill="#FF1F3A5F">
\t\t\t\t<yjs:DefaultLabelStyle.font>
\t\t\t\t\t<yjs:Font fontSize="13" fontWeight="BOLD" lineSpacing="0.2"/>
\t\t\t\t</yjs:DefaultLabelStyle.font>
\t\t\t</yjs:DefaultLabelStyle>
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


def ylive_shape(shape, fill, stroke):
    return f'<yjs:ShapeNodeStyle shape="{shape}" stroke="{argb(stroke)}" fill="{argb(fill)}"/>'


def ylive_label_attr(text):
    return esc_attr(text).replace("&#xa;", "&#xA;")


class YLiveDocument:
    """A yEd Live file: labels in NodeLabels lists, bounds as y:RectD, styles as yjs objects; a table
    node (yjs:TableNodeStyle holding a y:Table) with its cards in the table's nested graph."""

    def __init__(self):
        self.parts = [YLIVE_HEADER]
        self.labels = []
        self.counters = [0]
        self.prefixes = [""]
        self.z = 0

    def _indent(self):
        return "\t" * (2 + 2 * (len(self.prefixes) - 1))

    def _open(self):
        node_id = f"{self.prefixes[-1]}n{self.counters[-1]}"
        self.counters[-1] += 1
        self.z += 1
        return node_id

    def node(self, rect, text, style_xml, *, label_style="1"):
        x, y, w, h = rect
        node_id = self._open()
        t = self._indent()
        out = [f'{t}<node id="{node_id}">', f'{t}\t<data key="d0">{self.z}</data>']
        if text:
            self.labels.append(text)
            out.append(f'{t}\t<data key="d4">')
            out.append(f'{t}\t\t<x:List>')
            out.append(f'{t}\t\t\t<y:Label Text="{ylive_label_attr(text)}" LayoutParameter="{{x:Static '
                       f'y:InteriorLabelModel.Center}}" Style="{{y:GraphMLReference {label_style}}}"/>')
            out.append(f'{t}\t\t</x:List>')
            out.append(f'{t}\t</data>')
        out.append(f'{t}\t<data key="d5">\n{t}\t\t<y:RectD X="{ynum(x)}" Y="{ynum(y)}" Width="{ynum(w)}" '
                   f'Height="{ynum(h)}"/>\n{t}\t</data>')
        out.append(f'{t}\t<data key="d7">\n{t}\t\t{style_xml}\n{t}\t</data>')
        out.append(f'{t}\t<port name="p0"/>')
        out.append(f'{t}</node>')
        self.parts.append("\n".join(out) + "\n")
        return node_id

    def open_table(self, rect, title, columns, rows, *, title_band, column_header, row_header):
        """A table node: `columns` and `rows` are (label, size); the title is the node's own label in
        the table's top inset. The nodes written until `close_table` are the table's children."""
        x, y, w, h = rect
        node_id = self._open()
        t = self._indent()
        self.labels.append(title)
        out = [f'{t}<node id="{node_id}">', f'{t}\t<data key="d0">{self.z}</data>',
               f'{t}\t<data key="d4">', f'{t}\t\t<x:List>',
               f'{t}\t\t\t<y:Label Text="{ylive_label_attr(title)}" LayoutParameter="{{x:Static '
               f'y:InteriorStretchLabelModel.North}}" Style="{{y:GraphMLReference 3}}"/>',
               f'{t}\t\t</x:List>', f'{t}\t</data>',
               f'{t}\t<data key="d5">\n{t}\t\t<y:RectD X="{ynum(x)}" Y="{ynum(y)}" Width="{ynum(w)}" '
               f'Height="{ynum(h)}"/>\n{t}\t</data>',
               f'{t}\t<data key="d7">', f'{t}\t\t<yjs:TableNodeStyle>',
               f'{t}\t\t\t<yjs:TableNodeStyle.backgroundStyle>',
               f'{t}\t\t\t\t<yjs:ShapeNodeStyle stroke="#FF5B7FA6" fill="#FFF4F7FB"/>',
               f'{t}\t\t\t</yjs:TableNodeStyle.backgroundStyle>',
               f'{t}\t\t\t<yjs:TableNodeStyle.table>',
               f'{t}\t\t\t\t<y:Table Insets="0,{ynum(title_band)},0,0">',
               f'{t}\t\t\t\t\t<y:Table.RowDefaults>',
               f'{t}\t\t\t\t\t\t<y:RowDefaults Size="120" MinimumSize="40" Insets="{ynum(row_header)},0,0,0">',
               f'{t}\t\t\t\t\t\t\t<y:RowDefaults.Style>',
               f'{t}\t\t\t\t\t\t\t\t<yjs:NodeStyleStripeStyleAdapter>',
               f'{t}\t\t\t\t\t\t\t\t\t<yjs:NodeStyleStripeStyleAdapter.stripeInsetStyle>',
               f'{t}\t\t\t\t\t\t\t\t\t\t<yjs:ShapeNodeStyle stroke="#FF5B7FA6" fill="#FFDCE6F2"/>',
               f'{t}\t\t\t\t\t\t\t\t\t</yjs:NodeStyleStripeStyleAdapter.stripeInsetStyle>',
               f'{t}\t\t\t\t\t\t\t\t\t<yjs:NodeStyleStripeStyleAdapter.nodeStyle>',
               f'{t}\t\t\t\t\t\t\t\t\t\t<yjs:ShapeNodeStyle stroke="#FF5B7FA6" fill="#FFFFFFFF"/>',
               f'{t}\t\t\t\t\t\t\t\t\t</yjs:NodeStyleStripeStyleAdapter.nodeStyle>',
               f'{t}\t\t\t\t\t\t\t\t</yjs:NodeStyleStripeStyleAdapter>',
               f'{t}\t\t\t\t\t\t\t</y:RowDefaults.Style>',
               f'{t}\t\t\t\t\t\t</y:RowDefaults>',
               f'{t}\t\t\t\t\t</y:Table.RowDefaults>',
               f'{t}\t\t\t\t\t<y:Table.ColumnDefaults>',
               f'{t}\t\t\t\t\t\t<y:ColumnDefaults Size="180" MinimumSize="40" Insets="0,{ynum(column_header)},0,0"/>',
               f'{t}\t\t\t\t\t</y:Table.ColumnDefaults>',
               f'{t}\t\t\t\t\t<y:Table.Rows>']
        for label, size in rows:
            self.labels.append(label)
            out += [f'{t}\t\t\t\t\t\t<y:Row Size="{ynum(size)}">',
                    f'{t}\t\t\t\t\t\t\t<y:Row.Labels>',
                    f'{t}\t\t\t\t\t\t\t\t<x:List>',
                    f'{t}\t\t\t\t\t\t\t\t\t<y:Label Text="{ylive_label_attr(label)}" LayoutParameter="{{x:Static '
                    f'y:StretchStripeLabelModel.West}}" Style="{{y:GraphMLReference 5}}"/>',
                    f'{t}\t\t\t\t\t\t\t\t</x:List>',
                    f'{t}\t\t\t\t\t\t\t</y:Row.Labels>',
                    f'{t}\t\t\t\t\t\t</y:Row>']
        out += [f'{t}\t\t\t\t\t</y:Table.Rows>', f'{t}\t\t\t\t\t<y:Table.Columns>']
        for label, size in columns:
            self.labels.append(label)
            out += [f'{t}\t\t\t\t\t\t<y:Column Size="{ynum(size)}">',
                    f'{t}\t\t\t\t\t\t\t<y:Column.Labels>',
                    f'{t}\t\t\t\t\t\t\t\t<x:List>',
                    f'{t}\t\t\t\t\t\t\t\t\t<y:Label Text="{ylive_label_attr(label)}" LayoutParameter="{{x:Static '
                    f'y:StretchStripeLabelModel.North}}" Style="{{y:GraphMLReference 5}}"/>',
                    f'{t}\t\t\t\t\t\t\t\t</x:List>',
                    f'{t}\t\t\t\t\t\t\t</y:Column.Labels>',
                    f'{t}\t\t\t\t\t\t</y:Column>']
        out += [f'{t}\t\t\t\t\t</y:Table.Columns>', f'{t}\t\t\t\t</y:Table>',
                f'{t}\t\t\t</yjs:TableNodeStyle.table>', f'{t}\t\t</yjs:TableNodeStyle>', f'{t}\t</data>',
                f'{t}\t<port name="p0"/>', f'{t}\t<graph id="{node_id}:" edgedefault="directed">']
        self.parts.append("\n".join(out) + "\n")
        self.prefixes.append(node_id + "::")
        self.counters.append(0)
        return node_id

    def close_table(self):
        self.prefixes.pop()
        self.counters.pop()
        t = self._indent()
        self.parts.append(f"{t}\t</graph>\n{t}</node>\n")

    def text(self):
        return "".join(self.parts) + YLIVE_FOOTER


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
            font_size=None, bold=False, extra="", shape_id=None, no_fill=False, geometry=None, align=None):
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
        if align is not None:
            parts.append(f"<Section N='Paragraph'><Row IX='0'>{vcell('HorzAlign', str(align))}</Row></Section>")
        parts.append(geometry if geometry is not None else RECTANGLE_GEOMETRY)
        if text:
            parts.append(visio_text(text))
            self.labels.append(text)
        parts.append("</Shape>")
        self.shapes.append("".join(parts))
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
# Emotion dots
# --------------------------------------------------------------------------------------------------


def dot_y(rng, score, top, height):
    """The centre height of a dot meaning `score` in a lane from `top` over `height` (a little off)."""
    return top + (2 - score) * height / 4 + rng.uniform(-3, 3)


def verify_dots(journey, placed, lane_extent):
    """Every dot's score, read from its centre's height in the lane's drawn extent, within 0.15."""
    top, bottom = lane_extent
    for p in placed:
        if isinstance(p.item, D):
            _, y, _, h = p.rect
            score = 2 - 4 * (y + h / 2 - top) / (bottom - top)
            assert abs(score - p.item.score) <= 0.15, f"{journey.name}: dot {p.item.score} reads {score:.2f}"


# --------------------------------------------------------------------------------------------------
# The maps: draw.io
# --------------------------------------------------------------------------------------------------


class Output:
    def __init__(self, journey, content, labels):
        self.journey, self.content, self.labels = journey, content, labels


def b4_headerband_en():
    """The look of the customer-journey-map templates people copy into draw.io: one big coloured
    band per stage (a filled rectangle as wide as the stage, the name centred in it), no lane boxes
    but thin separator lines (draw.io `line` shapes) under every lane, the lane titles right-aligned
    text at the left, a footnote under the map."""
    stages = ["Plan the trip", "Compare & book", "Pick up the car", "On the road", "Return the car", "After the trip"]
    lanes = [("Customer actions", ACTIONS), ("Thoughts", THOUGHTS), ("Emotional state", EMOTIONS),
             ("Touchpoints", TOUCHPOINTS), ("Pain points", PAIN), ("Opportunities", OPPORTUNITIES)]
    grid = {
        "Customer actions": [["Picks dates for Lisbon", "Checks if a car is needed"],
                             ["Compares prices on an aggregator", "Adds full insurance"],
                             ["Queues at the rental desk", "Signs the damage form"],
                             ["Drives to the coast", "Pays a toll by plate"],
                             ["Refuels near the airport", "Waits for the inspection"],
                             ["Checks the card statement", "Writes a review"]],
        "Thoughts": [["Is it cheaper than taxis?"], ["What does the insurance really cover?"],
                     ["Why is there a €1,200 deposit?"], ["How do these tolls work?"], ["Will they find a scratch?"],
                     ["Why was I charged twice?"]],
        "Emotional state": [[E("😀 excited", 2, "excited")], [E("confused", -1, "confused")], [E("😠 (-2)", -2, "")],
                            [E("🙂 happy", 1, "happy")], [E("worried", -1, "worried")],
                            [E("frustrated (-1)", -1, "frustrated")]],
        "Touchpoints": [["Travel blog", "Aggregator site"], ["Aggregator site", "Confirmation email"],
                        ["Rental desk", "Rental agreement"], ["Car", "Toll gantry"], ["Return lot", "Inspection app"],
                        ["Credit card statement", "Review email"]],
        "Pain points": [[], ["Insurance terms differ per site"], ["45-minute queue", "Hard sell on upgrades"],
                        ["No toll info at pick-up"], ["Nobody at the return lot"], ["Deposit back after 12 days"]],
        "Opportunities": [["Trip cost calculator"], ["One plain-English insurance summary"],
                          ["Online check-in with key locker"], ["Toll pass explained at booking"],
                          ["Photo check-out in the app"], ["Instant deposit release"]],
    }
    footnote = "Based on 8 customer interviews, spring 2026"
    journey = Journey("b4-headerband-en", "drawio", "header-bands-separator-lines", "drawio", "en",
                      "Renting a car for a holiday abroad", stages, lanes, grid, notes=[footnote])
    rng = random.Random(journey.name)
    page = DrawioPage("Journey map", rng)
    base, gap, pad = 40, 8, 12
    col_w = [rng.randint(196, 212) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=78, slack=(6, 16))
    left, top = 214, 200
    cols, rows = bands(left, col_w), bands(top, row_h)
    right = cols[-1][1]
    page.vertex(journey.title, "text;html=1;fontSize=26;fontStyle=1;align=left;verticalAlign=middle;fontColor=#0B3C5D;",
                40, 28, 760, 44)
    fills = ["#0E7C7B", "#17A2A0", "#2E86AB", "#3D5A80", "#6A4C93", "#8E5572"]
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fills[i]};strokeColor=none;"
                    "fontColor=#FFFFFF;fontStyle=1;fontSize=17;align=center;verticalAlign=middle;",
                    x0 + 1.5, top - 88, x1 - x0 - 3, 70)
    for j, (y0, y1) in enumerate(rows):
        page.vertex(lanes[j][0], "text;html=1;align=right;verticalAlign=middle;whiteSpace=wrap;fontStyle=1;fontSize=14;"
                    "fontColor=#0B3C5D;spacingRight=4;", 40, (y0 + y1) / 2 - 20, 160, 40)
        page.vertex("", "line;strokeWidth=1;html=1;strokeColor=#BFBFBF;", 40, y1 - 5, right - 40, 10)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            page.vertex(p.item, emotion_style(16), *p.rect)
        else:
            page.vertex(p.item, "rounded=1;arcSize=14;whiteSpace=wrap;html=1;fillColor=#F7F9FB;strokeColor=#C9D3DD;"
                        f"fontSize=12;fontColor=#263238;", *p.rect, mode=rng.choice(["plain", "br"]))
    page.vertex(footnote, "text;html=1;fontSize=11;fontStyle=2;align=left;verticalAlign=middle;fontColor=#777777;",
                40, rows[-1][1] + 22, 400, 22)
    verify(journey, placed, cols, rows)
    return Output(journey, mxfile([page], False, rng, 0), page.labels)


def b4_dashedlanes_de():
    """Lanes told apart only by horizontal dashed lines (free draw.io lines, `dashed=1`, above the
    first lane, between the lanes and under the last); each lane title is plain text at the top left
    of its lane, no box; compressed page."""
    stages = ["Informieren", "Unterlagen sammeln", "Antrag ausfüllen", "Warten", "Bescheid erhalten"]
    lanes = [("Aktivitäten", ACTIONS), ("Gedanken", THOUGHTS), ("Gefühle", EMOTIONS), ("Kontaktpunkte", TOUCHPOINTS),
             ("Schmerzpunkte", PAIN), ("Ideen", OPPORTUNITIES)]
    grid = {
        "Aktivitäten": [["Liest auf dem Familienportal nach", "Fragt in der Kita-WhatsApp-Gruppe"],
                        ["Bestellt die Geburtsurkunde", "Holt die Verdienstbescheinigung"],
                        ["Füllt den Online-Antrag aus", "Druckt und unterschreibt ihn"],
                        ["Ruft bei der Elterngeldstelle an"],
                        ["Prüft den Bescheid", "Vergleicht mit dem Elterngeldrechner"]],
        "Gedanken": [["Basis oder Plus – was lohnt sich?"], ["Welche Gehaltsnachweise brauche ich?"],
                     ["Warum muss ich es trotzdem ausdrucken?"], ["Ist der Antrag überhaupt angekommen?"],
                     ["Stimmt der Betrag?"]],
        "Gefühle": [[E("neugierig", 1, "neugierig")], [E("😩", -2, "")], [E("unsicher", -1, "unsicher")],
                    [E("😟 frustriert", -1, "frustriert")], [E("zufrieden 😊", 1, "zufrieden")]],
        "Kontaktpunkte": [["Familienportal", "Elterngeldrechner"], ["Standesamt", "Arbeitgeber"], ["ElterngeldDigital"],
                          ["Telefon-Hotline"], ["Bescheid per Post"]],
        "Schmerzpunkte": [["Regeln zum Partnerschaftsbonus unklar"], ["Standesamt nur vormittags geöffnet"],
                          ["Ohne Ausweis-App kein Abschluss online"], ["Hotline dauerhaft besetzt", "Keine Statusanzeige"],
                          []],
        "Ideen": [["Geführter Entscheidungshelfer"], ["Geburtsurkunde automatisch übermitteln"],
                  ["Digitale Unterschrift mit der Ausweis-App"], ["Status online verfolgen"], ["Bescheid auch digital"]],
    }
    journey = Journey("b4-dashedlanes-de", "drawio", "dashed-lane-separators", "drawio", "de",
                      "Elterngeld beantragen – Customer Journey", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Seite-1", rng)
    base, gap, pad = 40, 8, 14
    col_w = [rng.randint(200, 218) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=84, slack=(8, 18))
    left, top = 196, 156
    cols, rows = bands(left, col_w, 10), bands(top, row_h)
    right = cols[-1][1] + 10
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 700, 40)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=1;arcSize=20;whiteSpace=wrap;html=1;fillColor=#E1D5E7;strokeColor=#9673A6;"
                    "fontStyle=1;fontSize=14;", x0 + 2, top - 60, x1 - x0 - 4, 44)
    line_style = "endArrow=none;dashed=1;html=1;strokeColor=#8C8C8C;strokeWidth=1;"
    page.edge(None, None, line_style, points=[(40, rows[0][0]), (right, rows[0][0])])
    for j, (y0, y1) in enumerate(rows):
        page.vertex(lanes[j][0], "text;html=1;align=left;verticalAlign=top;whiteSpace=wrap;fontStyle=1;fontSize=13;"
                    "fontColor=#595959;", 40, y0 + 8, 150, 24)
        page.edge(None, None, line_style, points=[(40, y1), (right, y1)])
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            page.vertex(p.item, emotion_style(16), *p.rect)
        else:
            page.vertex(p.item, card_style(kind, rng, rounded=False), *p.rect, mode=rng.choice(["plain", "div"]))
    verify(journey, placed, cols, rows)
    return Output(journey, mxfile([page], True, rng, 1), page.labels)


def b4_curve_fr():
    """The emotion lane drawn as a smooth curve: one free draw.io line (`curved=1`) whose waypoints
    run through tiny unlabelled ellipses, one per stage, each with its word in a text below it; the
    lane's title box is exactly as high as the lane and a light band marks its extent."""
    stages = ["Coup de cœur en ligne", "Première visite", "Dossier d'adoption", "Arrivée à la maison", "Premier mois"]
    lanes = [("Actions", ACTIONS), ("Pensées", THOUGHTS), ("Courbe émotionnelle", EMOTIONS),
             ("Points de contact", TOUCHPOINTS), ("Irritants", PAIN), ("Opportunités", OPPORTUNITIES)]
    grid = {
        "Actions": [["Voit la fiche de Moka sur Instagram", "Remplit le formulaire de contact"],
                    ["Rencontre Moka au refuge", "Pose des questions aux bénévoles"],
                    ["Envoie un justificatif de domicile", "Signe le contrat d'adoption"],
                    ["Installe la litière", "Laisse Moka se cacher"],
                    ["Va chez le vétérinaire", "Envoie des photos au refuge"]],
        "Pensées": [["Est-il sociable avec les enfants ?"], ["Et s'il ne m'aime pas ?"], ["Pourquoi autant de papiers ?"],
                    ["Est-ce normal qu'il ne mange pas ?"], ["On a bien fait !"]],
        "Courbe émotionnelle": [[D(1, "curieux")], [D(1.5, "ému")], [D(-1, "perdu")], [D(-1.5, "stressé")], [D(1, "")]],
        "Points de contact": [["Instagram", "Formulaire en ligne"], ["Refuge", "Bénévoles"], ["E-mail", "Contrat papier"],
                              ["Fiche conseils", "Groupe Facebook"], ["Vétérinaire", "WhatsApp du refuge"]],
        "Irritants": [["Réponse au bout d'une semaine"], ["Visites seulement le samedi"], ["Dossier envoyé deux fois"],
                      ["Aucun suivi après l'adoption"], []],
        "Opportunités": [["Réponse automatique avec délai"], ["Créneaux de visite en ligne"], ["Dossier numérique unique"],
                         ["Appel de suivi à J+3"], ["Parrainage par un ancien adoptant"]],
    }
    journey = Journey("b4-curve-fr", "drawio", "drawio-curved-emotion-line", "drawio", "fr",
                      "Adopter un chat au refuge", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Parcours", rng)
    base, gap, pad = 40, 8, 10
    col_w = [rng.randint(200, 220) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=72)
    emotion_row = 2
    row_h[emotion_row] = 230.0
    left, top = 214, 150
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 8)
    right = cols[-1][1]
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 700, 44)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#1B4F72;strokeColor=none;fontColor=#FFFFFF;"
                    "fontStyle=1;fontSize=14;", x0 + 3, top - 58, x1 - x0 - 6, 44)
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        inset = 0 if j == emotion_row else 2
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};fontStyle=1;"
                    "fontSize=13;", 40, y0 + inset, 166, y1 - y0 - 2 * inset)
    e0, e1 = rows[emotion_row]
    page.vertex("", "rounded=0;whiteSpace=wrap;html=1;fillColor=#FFF8EC;strokeColor=#F2D6A2;", left, e0, right - left,
                e1 - e0)
    dots = []
    for i, cell in enumerate(grid["Courbe émotionnelle"]):
        x0, x1 = cols[i]
        for dot in cell:
            cx = (x0 + x1) / 2 + rng.uniform(-22, 22)
            cy = dot_y(rng, dot.score, e0, e1 - e0)
            dots.append((dot, i, cx, cy))
    page.edge(None, None, "curved=1;endArrow=none;html=1;strokeWidth=3;strokeColor=#E07B39;",
              points=[(cx, cy) for _, _, cx, cy in dots])
    placed = []
    for dot, i, cx, cy in dots:
        rect = (cx - 5, cy - 5, 10, 10)
        page.vertex("", "ellipse;whiteSpace=wrap;html=1;aspect=fixed;fillColor=#E07B39;strokeColor=#FFFFFF;", *rect)
        if dot.label:
            page.vertex(dot.label, "text;html=1;align=center;verticalAlign=middle;fontSize=12;fontStyle=2;",
                        cx - 50, cy + 8, 100, 20)
        placed.append(Placed(dot, rect, i, emotion_row))
    for j, (title, kind) in enumerate(lanes):
        if j == emotion_row:
            continue
        y0, y1 = rows[j]
        for i, cell in enumerate(grid[title]):
            x0, x1 = cols[i]
            for item, rect in zip(cell, stack(rng, x0, y0, x1 - x0, y1 - y0, cell, base=base, gap=gap, pad=pad)):
                page.vertex(item, card_style(kind, rng), *rect, mode=rng.choice(["plain", "br"]))
                placed.append(Placed(item, rect, i, j))
    verify(journey, placed, meet(cols), meet(rows))
    verify_dots(journey, placed, (e0, e1))
    return Output(journey, mxfile([page], False, rng, 2), page.labels)


def b4_numbercircles_es():
    """Stage headers made of a coloured circle with the stage's number in it ("1", "2", …) and the
    stage name as a separate text to the right of the circle: the text is the stage, the numbered
    circle decoration; compressed page."""
    stages = ["Me informo", "Comparo bancos", "Tasación", "Firma en la notaría", "Primeras cuotas"]
    lanes = [("Acciones", ACTIONS), ("Pensamientos", THOUGHTS), ("Emociones", EMOTIONS), ("Canales", TOUCHPOINTS),
             ("Puntos de dolor", PAIN), ("Oportunidades", OPPORTUNITIES)]
    grid = {
        "Acciones": [["Usa un simulador de hipotecas", "Pregunta a su gestor"],
                     ["Pide ofertas a tres bancos", "Compara fijo y variable"], ["Paga la tasación", "Espera el informe"],
                     ["Revisa la FEIN", "Firma ante el notario"], ["Domicilia la nómina", "Revisa el primer recibo"]],
        "Pensamientos": [["¿Cuánto me pueden prestar?"], ["¿Me conviene un tipo mixto?"], ["¿Y si la tasación sale baja?"],
                         ["¿Qué estoy firmando exactamente?"], ["¿Por qué la cuota es distinta?"]],
        "Emociones": [[E("curioso", 1, "curioso")], [E("confundido", -1, "confundido")], [E("😟", -1, "")],
                      [E("😊 contento", 1, "contento")], [E("frustrado", -1, "frustrado")]],
        "Canales": [["Web del banco", "Oficina"], ["Comparador online", "Bróker"], ["Empresa tasadora"], ["Notaría"],
                    ["App del banco"]],
        "Puntos de dolor": [[], ["Ofertas difíciles de comparar"], ["La tasación tarda tres semanas"],
                            ["Mucha letra pequeña"], ["Cargo del seguro inesperado"]],
        "Oportunidades": [["Simulador con gastos incluidos"], ["Comparativa en una sola página"],
                          ["Seguimiento de la tasación"], ["Resumen en lenguaje claro"], ["Aviso antes del primer cargo"]],
    }
    journey = Journey("b4-numbercircles-es", "drawio", "numbered-circle-beside-stage-name", "drawio", "es",
                      "Contratar una hipoteca", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Página-1", rng)
    base, gap, pad = 40, 8, 10
    col_w = [rng.randint(210, 226) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=72)
    left, top = 210, 160
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 8)
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 600, 44)
    colours = ["#D80073", "#A20025", "#6A00FF", "#0050EF", "#008A00"]
    for i, (x0, x1) in enumerate(cols):
        cy = top - 42 + rng.uniform(-2, 2)
        page.vertex(str(i + 1), f"ellipse;whiteSpace=wrap;html=1;aspect=fixed;fillColor={colours[i]};strokeColor=none;"
                    "fontColor=#FFFFFF;fontStyle=1;fontSize=20;", x0 + 6, cy - 22, 44, 44)
        page.vertex(stages[i], "text;html=1;align=left;verticalAlign=middle;whiteSpace=wrap;fontStyle=1;fontSize=15;"
                    f"fontColor={colours[i]};", x0 + 58, cy - 20, x1 - x0 - 64, 40)
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        page.vertex(lanes[j][0], f"rounded=1;arcSize=8;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};"
                    "fontStyle=1;fontSize=13;", 40, y0 + 2, 160, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            page.vertex(p.item, emotion_style(16), *p.rect)
        else:
            page.vertex(p.item, card_style(kind, rng), *p.rect, mode=rng.choice(["plain", "br"]))
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], True, rng, 3), page.labels)


def b4_approvals_pt():
    """A B2B map: an approval-chain lane ("Aprovação": who signs off at each stage) as a custom lane,
    and the buying committee as persona cards (an avatar over a card with name and role) stacked in
    a column to the LEFT of the lane titles, under a heading; compressed page."""
    stages = ["Descoberta", "Avaliação", "Prova de conceito", "Negociação", "Contrato assinado", "Implantação"]
    lanes = [("Ações", ACTIONS), ("O que pensam", THOUGHTS), ("Emoções", EMOTIONS), ("Pontos de contato", TOUCHPOINTS),
             ("Aprovação", None), ("Dores", PAIN), ("Oportunidades", OPPORTUNITIES)]
    grid = {
        "Ações": [["Pesquisa no LinkedIn e no G2", "Baixa um e-book sobre eSocial"],
                  ["Pede uma demonstração", "Monta planilha comparativa"],
                  ["Testa com 50 funcionários", "Roda a folha em paralelo"],
                  ["Pede desconto para 3 anos", "Envia a minuta ao jurídico"], ["Assina pelo DocuSign"],
                  ["Migra o histórico de folhas", "Treina a equipe de DP"]],
        "O que pensam": [["Nosso sistema atual aguenta o eSocial?"], ["Quanto custa de verdade com os módulos?"],
                         ["Os cálculos batem com o sistema antigo?"], ["Dá para pagar mensalmente?"],
                         ["E se a migração atrasar a folha?"], ["Quando a equipe vai andar sozinha?"]],
        "Emoções": [[E("curioso", 1, "curioso")], [E("😐", 0, "")], [E("confuso", -1, "confuso")],
                    [E("frustrado", -1, "frustrado")], [E("🙂 feliz", 1, "feliz")], [E("😫 (-2)", -2, "")]],
        "Pontos de contato": [["LinkedIn", "G2"], ["Demo online", "Executivo de contas"],
                              ["Ambiente de teste", "Suporte por chat"], ["Proposta comercial", "Reunião presencial"],
                              ["DocuSign"], ["Gerente de implantação", "Portal de treinamento"]],
        "Aprovação": [[], ["Gestora de RH aprova a avaliação"], ["Diretor de TI dá o aval técnico"],
                      ["Jurídico revisa o contrato"], ["CFO assina o pedido de compra"], []],
        "Dores": [["Muitos fornecedores parecidos"], ["Preço só sob consulta"], ["Teste sem dados reais"],
                  ["Proposta muda a cada reunião"], [], ["Migração exige planilhas manuais"]],
        "Oportunidades": [["Calculadora de custo total"], ["Tabela de preços pública"], ["Importar uma folha real no teste"],
                          ["Proposta única com validade"], ["Checklist de início"], ["Importador de histórico"]],
    }
    personas = [("Marina Costa", "Diretora de RH – decisora"), ("Rafael Lima", "Gerente de TI – avaliador técnico"),
                ("Cláudia Nunes", "CFO – aprova o orçamento"), ("Paulo Reis", "Analista de DP – usuário")]
    heading = "Comitê de compra"
    journey = Journey("b4-approvals-pt", "drawio", "b2b-approval-lane-personas-left", "drawio", "pt",
                      "Contratação de uma plataforma de folha de pagamento", stages, lanes, grid, personas=personas,
                      notes=[heading])
    rng = random.Random(journey.name)
    page = DrawioPage("Jornada B2B", rng)
    base, gap, pad = 40, 8, 10
    col_w = [rng.randint(188, 204) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=72)
    left, top = 470, 160
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 900, 44)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=0;whiteSpace=wrap;html=1;fillColor=#1F3A5F;strokeColor=none;fontColor=#FFFFFF;"
                    "fontStyle=1;fontSize=14;", x0 + 2, top - 56, x1 - x0 - 4, 42)
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        if lanes[j][1] is None:
            fill, stroke = "#FCE4EC", "#AD1457"
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};fontStyle=1;"
                    "fontSize=13;", 300, y0 + 2, 160, y1 - y0 - 4)
    page.vertex(heading, "text;html=1;fontSize=15;fontStyle=1;align=left;verticalAlign=middle;fontColor=#1F3A5F;",
                40, top - 52, 230, 30)
    y = top
    for name, role in personas:
        page.vertex(f"{name}\n{role}", "rounded=1;arcSize=12;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#1F3A5F;"
                    "align=left;spacingLeft=62;fontSize=12;", 40, y, 236, 74, mode="bold")
        page.vertex("", f"shape=image;verticalLabelPosition=bottom;labelBackgroundColor=default;verticalAlign=top;"
                    f"aspect=fixed;imageAspect=0;image={svg_data('person')};", 50, y + 13, 48, 48)
        y += 74 + 18
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            page.vertex(p.item, emotion_style(16), *p.rect)
        elif kind is None:
            page.vertex(p.item, "rounded=1;arcSize=10;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#AD1457;"
                        "dashed=1;fontSize=12;", *p.rect)
        else:
            page.vertex(p.item, card_style(kind, rng), *p.rect, mode=rng.choice(["plain", "br"]))
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], True, rng, 0), page.labels)


def b4_tiny_en():
    """A very small map (2 stages × 3 lanes) sketched with draw.io's hand-drawn look (`sketch=1`)
    for one feature."""
    stages = ["Request a reset link", "Set a new password"]
    lanes = [("Actions", ACTIONS), ("Feelings", EMOTIONS), ("Pain points", PAIN)]
    grid = {
        "Actions": [["Taps “Forgot password?”", "Enters email address"],
                    ["Opens the email on the phone", "Types a new password twice"]],
        "Feelings": [[E("😕 worried", -1, "worried")], [E("frustrated", -1, "frustrated")]],
        "Pain points": [["Email lands in spam"], ["Rules shown only after an error"]],
    }
    journey = Journey("b4-tiny-en", "drawio", "tiny-sketch", "drawio", "en", "Password reset – quick journey", stages,
                      lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Page-1", rng, width=1169, height=827)
    sketch = "sketch=1;curveFitting=1;jiggle=2;fontFamily=Architects Daughter;"
    base, gap, pad = 44, 10, 12
    col_w = [230, 236]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=80)
    left, top = 180, 130
    cols, rows = bands(left, col_w, 10), bands(top, row_h, 10)
    page.vertex(journey.title, f"text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;{sketch}", 40, 30,
                460, 40)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], f"rounded=1;whiteSpace=wrap;html=1;fillColor=#B1DDF0;strokeColor=#10739E;fontStyle=1;"
                    f"fontSize=15;{sketch}", x0 + 4, top - 56, x1 - x0 - 8, 42)
    for j, (y0, y1) in enumerate(rows):
        page.vertex(lanes[j][0], f"rounded=1;whiteSpace=wrap;html=1;fillColor=#F5F5F5;strokeColor=#666666;fontStyle=1;"
                    f"fontSize=14;{sketch}", 40, y0 + 2, 128, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=5)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            page.vertex(p.item, emotion_style(17, sketch), *p.rect)
        else:
            fill = "#FFF2CC" if kind == ACTIONS else "#F8CECC"
            page.vertex(p.item, f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor=#666666;fontSize=13;"
                        f"{sketch}", *p.rect)
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], False, rng, 2), page.labels)


STORYBOARD = {
    "fridge": '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="96" viewBox="0 0 150 96"><rect width="150" '
              'height="96" fill="#FDF6E3"/><rect x="20" y="10" width="46" height="78" rx="3" fill="#FFFFFF" '
              'stroke="#555555" stroke-width="2"/><line x1="24" y1="34" x2="62" y2="34" stroke="#999999"/><line x1="24" '
              'y1="58" x2="62" y2="58" stroke="#999999"/><circle cx="104" cy="30" r="10" fill="none" stroke="#333333" '
              'stroke-width="2"/><path d="M104 40v26M104 48l-14 8M104 48l14-6M104 66l-10 18M104 66l10 18" fill="none" '
              'stroke="#333333" stroke-width="2"/></svg>',
    "browse": '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="96" viewBox="0 0 150 96"><rect width="150" '
              'height="96" fill="#EEF6FB"/><rect x="52" y="6" width="46" height="84" rx="6" fill="#FFFFFF" '
              'stroke="#333333" stroke-width="2"/><rect x="57" y="14" width="17" height="14" fill="#F4A261"/><rect '
              'x="76" y="14" width="17" height="14" fill="#E76F51"/><rect x="57" y="32" width="17" height="14" '
              'fill="#2A9D8F"/><rect x="76" y="32" width="17" height="14" fill="#E9C46A"/></svg>',
    "pay": '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="96" viewBox="0 0 150 96"><rect width="150" '
           'height="96" fill="#F1F8E9"/><rect x="52" y="6" width="46" height="84" rx="6" fill="#FFFFFF" stroke="#333333" '
           'stroke-width="2"/><circle cx="75" cy="44" r="14" fill="#43A047"/><path d="M68 44l5 5 9-10" fill="none" '
           'stroke="#FFFFFF" stroke-width="3"/></svg>',
    "track": '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="96" viewBox="0 0 150 96"><rect width="150" '
             'height="96" fill="#ECEFF1"/><path d="M10 80C40 60 60 70 80 40S120 20 140 14" fill="none" stroke="#90A4AE" '
             'stroke-width="6"/><circle cx="80" cy="40" r="7" fill="#E53935"/><path d="M134 8h12v12h-12z" '
             'fill="#1E88E5"/></svg>',
    "door": '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="96" viewBox="0 0 150 96"><rect width="150" '
            'height="96" fill="#FFF3E0"/><rect x="18" y="8" width="48" height="84" fill="#8D6E63"/><circle cx="58" '
            'cy="52" r="3" fill="#FFD54F"/><path d="M92 44h36l-4 44H96z" fill="#FFB74D" stroke="#6D4C41" '
            'stroke-width="2"/><path d="M102 44c0-12 16-12 16 0" fill="none" stroke="#6D4C41" stroke-width="2"/></svg>',
    "app": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><rect x="4" y="4" '
           'width="40" height="40" rx="10" fill="#FF5A36"/><path d="M15 30c4-12 14-12 18 0z" fill="#FFFFFF"/></svg>',
    "star": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><path d="M24 4l6 13 14 '
            '2-10 10 2 14-12-7-12 7 2-14L4 19l14-2z" fill="#FFC107"/></svg>',
    "card": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><rect x="4" y="10" '
            'width="40" height="28" rx="4" fill="#05C3DD"/><rect x="4" y="16" width="40" height="5" '
            'fill="#0B3C5D"/></svg>',
    "bell": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><path d="M12 34h24l-3-5V20'
            'a9 9 0 0 0-18 0v9z" fill="#7E57C2"/><circle cx="24" cy="38" r="3" fill="#7E57C2"/></svg>',
    "rider": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="12" cy="36" '
             'r="6" fill="none" stroke="#2E7D32" stroke-width="3"/><circle cx="36" cy="36" r="6" fill="none" '
             'stroke="#2E7D32" stroke-width="3"/><path d="M12 36h14l6-14h6" fill="none" stroke="#2E7D32" '
             'stroke-width="3"/><rect x="8" y="16" width="14" height="12" fill="#2E7D32"/></svg>',
}


def svg_uri(svg):
    return "data:image/svg+xml," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def b4_imagecards_es():
    """Cards that are pictures with captions: the "Lo que hace" lane is a storyboard (one picture per
    stage with a separate text under it, the caption), the "Canales" lane holds icons whose own
    label is drawn under the picture (`verticalLabelPosition=bottom`); the caption is the item, the
    picture decoration."""
    stages = ["Tengo hambre", "Elijo restaurante", "Hago el pedido", "Espero", "Llega la comida"]
    lanes = [("Lo que hace", ACTIONS), ("Lo que piensa", THOUGHTS), ("Cómo se siente", EMOTIONS),
             ("Canales", TOUCHPOINTS), ("Problemas", PAIN), ("Oportunidades", OPPORTUNITIES)]
    grid = {
        "Lo que hace": [["Abre la nevera vacía"], ["Mira fotos de platos en la app"], ["Paga con Bizum"],
                        ["Sigue al repartidor en el mapa"], ["Recoge la bolsa en el portal"]],
        "Lo que piensa": [["¿Cocino o pido algo?"], ["¿Cuánto tardará?"], ["¿Por qué sube tanto con los gastos?"],
                          ["Se ha parado en el mapa…"], ["La bebida está caliente"]],
        "Cómo se siente": [[E("😐", 0, "")], [E("curioso", 1, "curioso")], [E("frustrado", -1, "frustrado")],
                           [E("😟", -1, "")], [E("😊 contento", 1, "contento")]],
        "Canales": [["App de comida a domicilio"], ["Reseñas"], ["Bizum"], ["Notificaciones"], ["Repartidor"]],
        "Problemas": [[], ["Demasiadas opciones"], ["Gastos de envío al final"], ["La hora de entrega cambia dos veces"],
                      ["Falta una salsa"]],
        "Oportunidades": [["Sugerencias según la hora"], ["Filtro por tiempo de entrega"], ["Precio final desde el inicio"],
                          ["Aviso proactivo de retraso"], ["Revisar el pedido antes de cerrar la bolsa"]],
    }
    journey = Journey("b4-imagecards-es", "drawio", "storyboard-picture-captions", "drawio", "es",
                      "Pedir cena a domicilio un viernes", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Storyboard", rng)
    base, gap, pad = 40, 8, 10
    col_w = [rng.randint(196, 210) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=70)
    story_row, channel_row = 0, 3
    row_h[story_row] = 96 + 6 + 36 + 2 * 12 + rng.uniform(0, 6)
    row_h[channel_row] = 48 + 30 + 2 * 12 + rng.uniform(0, 6)
    left, top = 200, 150
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 8)
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 700, 44)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#FF5A36;strokeColor=none;fontColor=#FFFFFF;"
                    "fontStyle=1;fontSize=15;", x0 + 3, top - 56, x1 - x0 - 6, 42)
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};fontStyle=1;"
                    "fontSize=13;", 40, y0 + 2, 150, y1 - y0 - 4)
    scenes = ["fridge", "browse", "pay", "track", "door"]
    icons = ["app", "star", "card", "bell", "rider"]
    placed = []
    for j, (title, kind) in enumerate(lanes):
        y0, y1 = rows[j]
        for i, cell in enumerate(grid[title]):
            x0, x1 = cols[i]
            cx = (x0 + x1) / 2 + rng.uniform(-4, 4)
            if j == story_row:
                (item,) = cell
                iy = y0 + 12 + rng.uniform(-2, 2)
                page.vertex("", "shape=image;verticalLabelPosition=bottom;labelBackgroundColor=default;"
                            f"verticalAlign=top;aspect=fixed;imageAspect=0;image={svg_uri(STORYBOARD[scenes[i]])};",
                            cx - 75, iy, 150, 96)
                rect = (cx - 80, iy + 96 + 6, 160, 36)
                page.vertex(item, "text;html=1;align=center;verticalAlign=top;whiteSpace=wrap;fontSize=12;", *rect)
                placed.append(Placed(item, rect, i, j))
            elif j == channel_row:
                (item,) = cell
                rect = (cx - 24, y0 + 14 + rng.uniform(-2, 2), 48, 48)
                page.vertex(item, "shape=image;html=1;verticalLabelPosition=bottom;labelBackgroundColor=default;"
                            f"verticalAlign=top;aspect=fixed;imageAspect=0;image={svg_uri(STORYBOARD[icons[i]])};"
                            "fontSize=12;", *rect)
                placed.append(Placed(item, rect, i, j))
            else:
                for item, rect in zip(cell, stack(rng, x0, y0, x1 - x0, y1 - y0, cell, base=base, gap=gap, pad=pad)):
                    if isinstance(item, E):
                        page.vertex(item, emotion_style(16), *rect)
                    else:
                        page.vertex(item, card_style(kind, rng), *rect, mode=rng.choice(["plain", "br"]))
                    placed.append(Placed(item, rect, i, j))
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], False, rng, 1), page.labels)


def b4_richtext_zh():
    """Labels with inline formatting as draw.io's rich-text editor writes it: `&amp;`, `&lt;`,
    `&nbsp;`, `<b>`, `<i>`, `<u>`, `<font color>`, `<span style=…>` wrappers, lines split by `<div>`
    in some labels and `<br>` in others, a `<div style="text-align:left">` wrapper; compressed page.
    Each card reads as its plain text (an `&nbsp;` is a space)."""
    stages = ["种草", "到店试驾", "比较配置", "下定金", "等车提车"]
    lanes = [("用户行为", ACTIONS), ("用户想法", THOUGHTS), ("情绪", EMOTIONS), ("触点", TOUCHPOINTS), ("痛点", PAIN),
             ("机会点", OPPORTUNITIES)]
    html = {
        "刷抖音看测评": '<span style="font-size: 12px;">刷抖音看测评</span>',
        "到店试驾30分钟": "到店试驾<b>30</b>分钟",
        "选颜色&内饰": "选颜色&amp;内饰",
        "对比续航\n算落地价": "对比续航<div>算落地价</div>",
        "验车\n签交付确认书": "验车<br>签交付确认书",
        "冬天续航会打几折？": "<i>冬天续航会打几折？</i>",
        "续航<400公里的不考虑": "续航&lt;400公里的不考虑",
        "长续航版贵两万\n值不值？": '<div style="text-align: left;">长续航版贵两万</div><div style="text-align: left;">值不值？</div>',
        "官网配置器": "<u>官网配置器</u>",
        "试驾路线太短": '<font color="#b85450"><b>试驾路线太短</b></font>',
        "定金规则写在第 12 页": "定金规则写在第&nbsp;12&nbsp;页",
        "交付推迟两周\n没有主动通知": "交付推迟两周<br><div>没有主动通知</div>",
        "配置对比一键生成": '<div style="text-align: left;"><span style="background-color: initial;">配置对比一键生成</span></div>',
        "App & 小程序同步进度": "App&nbsp;&amp; 小程序同步进度",
        "😃 开心": '<span style="font-size: 20px;">😃</span>&nbsp;开心',
        "😡 (-2)": '<font style="font-size: 20px;">😡</font> (-2)',
    }
    grid = {
        "用户行为": [["刷抖音看测评", "加入车友群"], ["在App预约试驾", "到店试驾30分钟"], ["对比续航\n算落地价"],
                 ["付5000元定金", "选颜色&内饰"], ["收到交付通知", "验车\n签交付确认书"]],
        "用户想法": [["冬天续航会打几折？"], ["销售说的优惠是真的吗？"], ["长续航版贵两万\n值不值？", "续航<400公里的不考虑"],
                 ["定金能退吗？"], ["为什么又要延期？"]],
        "情绪": [[E("好奇", 1, "好奇")], [E("😃 开心", 2, "开心")], [E("困惑", -1, "困惑")], [E("焦虑", -1, "焦虑")],
               [E("😡 (-2)", -2, "")]],
        "触点": [["抖音", "车友群"], ["App", "门店"], ["官网配置器", "销售顾问"], ["App支付", "电子合同"],
               ["短信通知", "交付中心"]],
        "痛点": [["测评观点互相矛盾"], ["试驾路线太短"], ["配置名称看不懂"], ["定金规则写在第 12 页"],
               ["交付推迟两周\n没有主动通知"]],
        "机会点": [["官方真实续航报告"], ["可预约长线试驾"], ["配置对比一键生成"], ["定金规则弹窗确认"],
                ["App & 小程序同步进度"]],
    }
    journey = Journey("b4-richtext-zh", "drawio", "inline-html-formatting", "drawio", "zh", "新能源汽车：从种草到提车",
                      stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("第 1 页", rng)
    base, gap, pad = 40, 8, 10
    col_w = [rng.randint(190, 206) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=70)
    left, top = 190, 150
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 8)
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 600, 44,
                html='<b><font style="font-size: 24px;">新能源汽车：从种草到提车</font></b>')
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#00A19A;strokeColor=none;fontColor=#FFFFFF;"
                    "fontSize=15;", x0 + 3, top - 56, x1 - x0 - 6, 42, html=f"<b>{stages[i]}</b>")
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};fontSize=13;",
                    40, y0 + 2, 140, y1 - y0 - 4, html=f'<span style="font-weight: bold;">{lanes[j][0]}</span>')
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    for p in placed:
        kind = lanes[p.lane][1]
        text = text_of(p.item)
        written = html.get(text)
        if isinstance(p.item, E):
            page.vertex(p.item, emotion_style(16), *p.rect, html=written)
        else:
            page.vertex(p.item, card_style(kind, rng), *p.rect, html=written,
                        mode="br" if "\n" in text else "plain")
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], True, rng, 3), page.labels)


def b4_eightstages_ja():
    """A long map: eight stages, their names as plain text over a thick underline (a draw.io
    `partialRectangle` with only its bottom side drawn), lane titles written sideways in narrow boxes
    (`horizontal=0`) at the left; saved as an uncompressed `.drawio.xml` file."""
    stages = ["情報収集", "モデルルーム見学", "資金計画", "申込", "ローン審査", "契約", "内覧会", "引き渡し"]
    lanes = [("行動", ACTIONS), ("思考", THOUGHTS), ("感情", EMOTIONS), ("タッチポイント", TOUCHPOINTS), ("課題", PAIN)]
    grid = {
        "行動": [["ポータルサイトで物件検索"], ["モデルルームを予約", "営業担当と面談"], ["FPに相談", "返済額を試算"],
               ["申込金を支払う"], ["銀行に書類提出"], ["重要事項説明を受ける", "契約書に署名"], ["傷や汚れをチェック"],
               ["鍵を受け取る", "引っ越し"]],
        "思考": [["駅から近い物件はある？"], ["オプション費用が気になる"], ["共働きでも大丈夫？"], ["抽選に当たるかな"],
               ["審査に通るだろうか"], ["説明が長くてわからない"], ["指摘は直してもらえる？"], ["やっと住める"]],
        "感情": [[E("期待", 1, "期待")], [E("😃", 2, "")], [E("不安", -1, "不安")], [E("😐", 0, "")],
               [E("😟 不安", -1, "不安")], [E("困惑", -1, "困惑")], [E("🙂", 1, "")], [E("嬉しい", 1, "嬉しい")]],
        "タッチポイント": [["SUUMO", "チラシ"], ["モデルルーム", "営業担当"], ["FP", "銀行サイト"], ["申込書"], ["銀行"],
                    ["重要事項説明書"], ["内覧会"], ["管理会社"]],
        "課題": [["物件情報が多すぎる"], ["営業トークが強引"], ["諸費用の総額が見えない"], [], ["審査結果まで2週間"],
               ["専門用語が多い"], ["指摘の記録が手書き"], []],
    }
    journey = Journey("b4-eightstages-ja", "drawio.xml", "eight-stages-underlined-sideways-lanes", "drawio", "ja",
                      "新築マンション購入のカスタマージャーニー", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("ページ1", rng, width=2339, height=1654)
    base, gap, pad = 38, 8, 8
    col_w = [rng.randint(150, 160) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=72)
    left, top = 96, 140
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 700, 40)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "shape=partialRectangle;whiteSpace=wrap;html=1;top=0;left=0;right=0;bottom=1;"
                    "fillColor=none;strokeColor=#E6732E;strokeWidth=3;fontStyle=1;fontSize=14;verticalAlign=bottom;"
                    "spacingBottom=6;", x0 + 2, top - 54, x1 - x0 - 4, 40)
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;horizontal=0;fillColor={fill};strokeColor={stroke};"
                    "fontStyle=1;fontSize=13;", 40, y0 + 1, 44, y1 - y0 - 2)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=3)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            page.vertex(p.item, emotion_style(15), *p.rect)
        else:
            page.vertex(p.item, card_style(kind, rng, size=10), *p.rect)
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], False, rng, 2), page.labels)


# --------------------------------------------------------------------------------------------------
# The maps: yEd and yEd Live
# --------------------------------------------------------------------------------------------------


def b4_htmllabels_ja():
    """A B2B map in yEd whose labels are yEd HTML labels: the stage headers
    `<html><b>課題認識</b><br>ゴール：…</html>` (the stage is the bold first line, the goal a second
    line of the same box), lane titles `<html><b>…</b></html>`, cards with `<br>`, `<div
    style=…>`, `<font color=…>` and `&amp;`; the emotion faces set in a larger `<font size>`; a custom
    lane for what the vendor's sales and customer-success team does."""
    stages = ["課題認識", "情報収集", "比較検討", "稟議・決裁", "導入・定着"]
    goals = ["ゴール：残業集計の手間を減らす", "ゴール：候補を3社に絞る", "ゴール：自社の勤務形態に合うか確認",
             "ゴール：予算の承認を得る", "ゴール：全拠点で打刻を開始"]
    lanes = [("行動", ACTIONS), ("考えていること", THOUGHTS), ("感情", EMOTIONS), ("タッチポイント", TOUCHPOINTS),
             ("課題", PAIN), ("営業・CSの対応", None)]
    grid = {
        "行動": [["Excelで残業時間を集計", "労基署から是正勧告を受ける"], ["比較サイトで資料請求", "展示会で話を聞く"],
               ["3社のデモを受ける", "トライアルで打刻を試す"], ["稟議書を作成\n見積書を添付"],
               ["ICカードリーダーを設置", "従業員説明会を開く"]],
        "考えていること": [["毎月の集計をなんとかしたい"], ["どれも同じに見える"], ["三交替勤務に対応できる？"],
                    ["部長にどう説明しよう"], ["現場は使ってくれるかな"]],
        "感情": [[E("不安", -1, "不安")], [E("期待", 1, "期待")], [E("困惑", -1, "困惑")], [E("😩\nしんどい", -2, "しんどい")],
               [E("😄\n嬉しい", 2, "嬉しい")]],
        "タッチポイント": [["社労士", "労基署"], ["比較サイト", "展示会ブース"], ["オンラインデモ", "トライアル環境"],
                    ["見積書", "導入事例集"], ["ICカードリーダー", "管理画面"]],
        "課題": [["集計に毎月3日かかる"], ["料金体系が各社バラバラ"], ["変形労働時間制の設定が複雑"], ["承認印が5つ必要"],
               ["パートがカードを忘れる"]],
        "営業・CSの対応": [[], ["資料を送付", "電話でヒアリング"], ["デモ環境を用意"], ["稟議用の資料を提供"],
                     ["導入支援の定例会", "シフト&休暇申請の説明会"]],
    }
    html = {
        "稟議書を作成\n見積書を添付": "<html>稟議書を作成<br>見積書を添付</html>",
        "集計に毎月3日かかる": '<html><font color="#C00000">集計に毎月<b>3日</b>かかる</font></html>',
        "三交替勤務に対応できる？": '<html><div style="text-align:left">三交替勤務に対応できる？</div></html>',
        "シフト&休暇申請の説明会": "<html>シフト&amp;休暇申請の説明会</html>",
        "😩\nしんどい": '<html><font size="5">😩</font><br>しんどい</html>',
        "😄\n嬉しい": '<html><font size="5">😄</font><br>嬉しい</html>',
        "承認印が5つ必要": "<html><u>承認印</u>が5つ必要</html>",
    }
    title = "勤怠管理クラウドの導入ジャーニー（製造業・従業員800名）"
    journey = Journey("b4-htmllabels-ja", "graphml", "yed-html-labels", "yed", "ja", title, stages, lanes, grid)
    rng = random.Random(journey.name)
    doc = YEdDocument()
    base, gap, pad = 36, 8, 10
    col_w = [rng.randint(178, 192) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=70)
    left, top, header = 176.0, 150.0, 126.0
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    doc.node((30, 24, text_width(title, 20) + 20, 36), title, text_only=True, font=20, bold=True)
    for i, (x0, x1) in enumerate(cols):
        doc.node((x0 + 3, top - 70 + rng.uniform(-2, 2), x1 - x0 - 6, 58), stages[i], fill="#203864", border="#203864",
                 font=12, color="#FFFFFF", html=f"<html><b>{stages[i]}</b><br>{goals[i]}</html>",
                 shown=f"{stages[i]}\n{goals[i]}")
        doc.labels.append(goals[i])
    for j, (y0, y1) in enumerate(rows):
        doc.node((40, y0 + 2, header, y1 - y0 - 4), lanes[j][0], fill=YED_LANE_FILLS[lanes[j][1]], border="#7F7F7F",
                 font=13, html=f"<html><b>{lanes[j][0]}</b></html>")
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    for p in placed:
        kind = lanes[p.lane][1]
        text = text_of(p.item)
        if isinstance(p.item, E):
            doc.node(p.rect, text, text_only=True, font=14, html=html.get(text))
        else:
            fill = "#F2F2F2" if kind is None else YED_LANE_FILLS[kind]
            doc.node(p.rect, text, shape="roundrectangle", fill=fill, border="#7F7F7F", font=11, html=html.get(text))
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, doc.text(), doc.labels)


def b4_stickiesvertical_tl():
    """A yEd map running top to bottom, not a table: the stages are boxes down the left, the lanes
    column headers across the top, every item a sticky note (a coloured rectangle with a drop
    shadow, slightly off the grid), the emotions included."""
    stages = ["Pag-alam ng requirements", "Pag-register online", "Pagbabayad", "Pagpunta sa NBI branch",
              "Pagkuha ng clearance"]
    lanes = [("Mga Ginagawa", ACTIONS), ("Mga Iniisip", THOUGHTS), ("Damdamin", EMOTIONS), ("Touchpoints", TOUCHPOINTS),
             ("Mga Problema", PAIN), ("Mga Ideya", OPPORTUNITIES)]
    grid = {
        "Mga Ginagawa": [["Nagtanong sa HR kung kailangan", "Nag-search sa Google"],
                         ["Gumawa ng account sa NBI website", "Pumili ng branch at petsa"],
                         ["Nagbayad sa GCash", "Nag-screenshot ng reference number"],
                         ["Pumila sa branch", "Nagpakuha ng litrato at fingerprint"],
                         ["Nagkaroon ng HIT", "Bumalik pagkalipas ng 10 araw"]],
        "Mga Iniisip": [["Anong ID ang tatanggapin nila?"], ["Bakit walang slot ngayong linggo?"],
                        ["Pumasok kaya ang bayad ko?"], ["Ang haba ng pila!"], ["Bakit may kapangalan ako?"]],
        "Damdamin": [[E("sabik", 1, "sabik")], [E("nalilito", -1, "nalilito")], [E("😐", 0, "")],
                     [E("naiinis", -1, "naiinis")], [E("😭 pagod na", -2, "pagod na")]],
        "Touchpoints": [["HR", "Google"], ["NBI website"], ["GCash", "Email"], ["NBI branch", "Guard sa pila"],
                        ["Releasing window"]],
        "Mga Problema": [["Magkakaiba ang listahan ng ID online"], ["Laging bumabagsak ang website"],
                         ["Walang resibo sa email"], ["Dalawang oras sa pila"], ["Kailangang bumalik dahil sa HIT"]],
        "Mga Ideya": [["Isang malinaw na listahan ng ID"], ["Virtual na pila"], ["Awtomatikong kumpirmasyon ng bayad"],
                      ["Express lane para sa renewal"], ["Text kapag tapos na ang HIT check"]],
    }
    journey = Journey("b4-stickiesvertical-tl", "graphml", "yed-vertical-sticky-notes", "yed", "tl",
                      "Pagkuha ng NBI clearance", stages, lanes, grid, orientation="rows")
    rng = random.Random(journey.name)
    doc = YEdDocument()
    base, gap, pad = 50, 10, 12
    col_w = [rng.randint(168, 182) for _ in lanes]
    row_h = stage_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=100, slack=(4, 16))
    left, top = 200.0, 140.0
    lane_bands, stage_bands = bands(left, col_w, 10), bands(top, row_h, 10)
    doc.node((30, 24, text_width(journey.title, 22) + 20, 38), journey.title, text_only=True, font=22, bold=True)
    for j, (x0, x1) in enumerate(lane_bands):
        doc.node((x0 + 2, top - 52 + rng.uniform(-2, 2), x1 - x0 - 4, 40), lanes[j][0], fill="#37474F",
                 border="#37474F", font=13, bold=True, color="#FFFFFF")
    for i, (y0, y1) in enumerate(stage_bands):
        doc.node((30, y0 + 3, 158, y1 - y0 - 6), stages[i], shape="roundrectangle", fill="#CFD8DC", border="#607D8B",
                 font=13, bold=True)
    fills = {ACTIONS: "#FFF59D", THOUGHTS: "#B3E5FC", EMOTIONS: "#FFCC80", TOUCHPOINTS: "#C5E1A5", PAIN: "#F8BBD0",
             OPPORTUNITIES: "#B2DFDB"}
    placed = place_grid(journey, rng, stage_bands, lane_bands, base=base, gap=gap, pad=pad, jitter=6, width=140,
                        emotion_w=120)
    for p in placed:
        kind = lanes[p.lane][1]
        doc.node(p.rect, text_of(p.item), fill=fills[kind], border=fills[kind], font=15 if kind == EMOTIONS else 11,
                 shadow="#B0A27C")
    verify(journey, placed, meet(stage_bands), meet(lane_bands))
    return Output(journey, doc.text(), doc.labels)


def b4_yedlivetable_zh():
    """A yEd Live (yFiles for HTML) table: a node with a yjs:TableNodeStyle whose y:Table has one
    column per stage (labels on top) and one row per lane (labels at the left); the title is the
    table node's own label in the table's top inset; the cards are nodes in the table node's nested
    graph."""
    stages = ["为父母挑选套餐", "在线预约", "体检当天", "查看报告", "复诊咨询"]
    lanes = [("用户行为", ACTIONS), ("用户想法", THOUGHTS), ("情绪", EMOTIONS), ("触点", TOUCHPOINTS), ("痛点", PAIN),
             ("机会点", OPPORTUNITIES)]
    grid = {
        "用户行为": [["在小程序比较体检套餐", "问朋友哪家靠谱"], ["选择日期和门店", "支付套餐费用"],
                 ["陪父母空腹到店", "排队做各项检查"], ["在小程序查看报告", "截图发到家庭群"], ["预约专家解读", "带父母去医院复查"]],
        "用户想法": [["套餐项目看不懂"], ["周末还有名额吗？"], ["为什么要等这么久？"], ["这个指标严重吗？"], ["需要挂哪个科？"]],
        "情绪": [[E("好奇", 1, "好奇")], [E("🙂", 1, "")], [E("焦虑", -1, "焦虑")], [E("困惑", -1, "困惑")],
               [E("开心", 1, "开心")]],
        "触点": [["小程序", "朋友推荐"], ["小程序", "短信通知"], ["体检门店", "导诊台"], ["报告页面", "微信群"],
               ["在线问诊", "医院"]],
        "痛点": [["套餐差异说不清"], [], ["B超排队一小时"], ["报告全是专业术语"], ["解读要另外付费"]],
        "机会点": [["按年龄推荐套餐"], ["显示各时段余量"], ["实时叫号提醒"], ["异常指标通俗解释"], ["报告附带免费解读"]],
    }
    journey = Journey("b4-yedlivetable-zh", "graphml", "yed-live-table", "yed", "zh", "为父母预约体检 · 用户旅程", stages,
                      lanes, grid)
    rng = random.Random(journey.name)
    doc = YLiveDocument()
    base, gap, pad = 38, 8, 10
    title_band, column_header, row_header = 40.0, 36.0, 96.0
    col_w = [float(rng.choice([190, 200, 210])) for _ in stages]
    row_h = [float(round(h)) for h in lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=80)]
    x, y = -420.0, -260.0
    rect = (x, y, row_header + sum(col_w), title_band + column_header + sum(row_h))
    cols = bands(x + row_header, col_w)
    rows = bands(y + title_band + column_header, row_h)
    doc.open_table(rect, journey.title, list(zip(stages, col_w)), [(lane, h) for (lane, _), h in zip(lanes, row_h)],
                   title_band=title_band, column_header=column_header, row_header=row_header)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            doc.node(p.rect, p.item.text, ylive_shape("PILL", "#FFF2CC", "#D6B656"))
        else:
            doc.node(p.rect, p.item, ylive_shape("ROUND_RECTANGLE", YED_LANE_FILLS[kind], "#7F7F7F"))
    doc.close_table()
    verify(journey, placed, cols, rows)
    return Output(journey, doc.text(), doc.labels)


# --------------------------------------------------------------------------------------------------
# The maps: Visio
# --------------------------------------------------------------------------------------------------


def rel_geometry(ix, x0, y0, x1, y1, *, no_fill=False, no_line=False):
    """A Visio geometry section: the rectangle (x0, y0)–(x1, y1) in shape-relative units, y up."""
    rows = [("RelMoveTo", x0, y0), ("RelLineTo", x1, y0), ("RelLineTo", x1, y1), ("RelLineTo", x0, y1),
            ("RelLineTo", x0, y0)]
    return (f"<Section N='Geometry' IX='{ix}'><Cell N='NoFill' V='{int(no_fill)}'/><Cell N='NoLine' V='{int(no_line)}'/>"
            "<Cell N='NoShow' V='0'/><Cell N='NoSnap' V='0'/><Cell N='NoQuickDrag' V='0'/>"
            + "".join(f"<Row T='{kind}' IX='{k + 1}'><Cell N='X' V='{vnum(x)}'/><Cell N='Y' V='{vnum(y)}'/></Row>"
                      for k, (kind, x, y) in enumerate(rows)) + "</Section>")


def rel_line(ix, x0, y0, x1, y1):
    return (f"<Section N='Geometry' IX='{ix}'><Cell N='NoFill' V='1'/><Cell N='NoLine' V='0'/><Cell N='NoShow' V='0'/>"
            "<Cell N='NoSnap' V='0'/><Cell N='NoQuickDrag' V='0'/>"
            f"<Row T='RelMoveTo' IX='1'><Cell N='X' V='{vnum(x0)}'/><Cell N='Y' V='{vnum(y0)}'/></Row>"
            f"<Row T='RelLineTo' IX='2'><Cell N='X' V='{vnum(x1)}'/><Cell N='Y' V='{vnum(y1)}'/></Row></Section>")


def text_block(pin_x, pin_y, width, height):
    """A Visio text block (pixels, measured from the shape's lower left corner)."""
    return (vcell("TxtPinX", vnum(pin_x / PX)) + vcell("TxtPinY", vnum(pin_y / PX)) + vcell("TxtWidth", vnum(width / PX))
            + vcell("TxtHeight", vnum(height / PX)) + vcell("TxtLocPinX", vnum(width / 2 / PX), "TxtWidth*0.5")
            + vcell("TxtLocPinY", vnum(height / 2 / PX), "TxtHeight*0.5"))


def user_section(structure, category, extra=""):
    return ("<Section N='User'>"
            f"<Row N='msvStructureType'><Cell N='Value' V='{structure}' U='STR'/></Row>"
            f"<Row N='msvShapeCategories'><Cell N='Value' V='{category}' U='STR'/></Row>{extra}</Section>")


def depends(kind, ids):
    if not ids:
        return ""
    return f"DEPENDSON({kind}," + ",".join(f"Sheet.{i}!SheetRef()" for i in ids) + ")"


def relationships(*parts):
    parts = [part for part in parts if part]
    return vcell("Relationships", "0", "SUM(" + ",".join(parts) + ")") if parts else ""


def b4_cffswimlanes_de():
    """A B2B map drawn with Visio's cross-functional flowchart as Visio builds it: a "CFF Container"
    (the title in its title bar) holding a swimlane list and a phase list (User.msvStructureType
    "List"), swimlanes (containers, User.msvShapeCategories "Swimlane") with the lane title written
    horizontally in their heading, and phases ("Separator" shapes, category "Phase") whose shape
    runs over all lanes while only their heading band is filled and their right edge drawn; the
    cards are members of their swimlane and phase. Three lanes are people of the buying company."""
    stages = ["Bedarf erkennen", "Anbieter vergleichen", "Pilot", "Vertrag", "Rollout"]
    lanes = [("Buchhaltung", None), ("IT-Leitung", None), ("Geschäftsführung", None), ("Kontaktpunkte", TOUCHPOINTS),
             ("Stimmung", EMOTIONS), ("Probleme", PAIN)]
    grid = {
        "Buchhaltung": [["Erfährt von der E-Rechnungspflicht", "Zählt Papierrechnungen pro Monat"],
                        ["Sammelt Anforderungen", "Sieht sich drei Demos an"], ["Verarbeitet 200 Rechnungen im Pilot"],
                        ["Prüft die Preisstaffel"], ["Schult die Kolleginnen", "Stellt Lieferanten um"]],
        "IT-Leitung": [[], ["Prüft die DATEV-Schnittstelle"], ["Richtet den Testmandanten ein", "Klärt Single Sign-on"],
                       ["Prüft den AV-Vertrag"], ["Schaltet das Produktivsystem frei"]],
        "Geschäftsführung": [["Setzt das Thema auf die Agenda"], [], ["Lässt sich die Ergebnisse zeigen"],
                             ["Unterschreibt den Vertrag"], ["Fragt nach den Einsparungen"]],
        "Kontaktpunkte": [["Steuerberater", "Fachartikel"], ["Vergleichsportal", "Webinar"],
                          ["Testumgebung", "Support-Hotline"], ["Angebot", "Vertragsentwurf"],
                          ["Onboarding-Portal", "Schulungsvideos"]],
        "Stimmung": [[E("😟 unsicher", -1, "unsicher")], [E("neugierig", 1, "neugierig")], [E("😊", 1, "")],
                     [E("frustriert", -1, "frustriert")], [E("😀 +2", 2, "")]],
        "Probleme": [["Unklar, welche Formate Pflicht sind"], ["XRechnung oder ZUGFeRD?"],
                     ["Belege landen doppelt in DATEV"], ["Mindestlaufzeit 36 Monate"],
                     ["Lieferanten schicken weiter PDFs"]],
    }
    journey = Journey("b4-cffswimlanes-de", "vsdx", "visio-cff-swimlanes-phases", "visio", "de",
                      "Einführung einer E-Rechnungslösung – Customer Journey", stages, lanes, grid)
    rng = random.Random(journey.name)
    base, gap, pad = 38, 8, 10
    title_band, phase_band, heading = 40.0, 36.0, 150.0
    col_w = [rng.randint(186, 200) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=74, slack=(4, 14))
    x0, y0 = 40.0, 40.0
    left, top = x0 + heading, y0 + title_band + phase_band
    cols, rows = bands(left, col_w), bands(top, row_h)
    right, bottom = cols[-1][1], rows[-1][1]
    page = VisioPage("Seite-1", right + 60, bottom + 60)
    cff, lane_list, phase_list = page.claim(), page.claim(), page.claim()
    lane_ids = [page.claim() for _ in lanes]
    phase_ids = [page.claim() for _ in stages]
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=5)
    card_ids = [page.claim() for _ in placed]
    in_lane = {j: [c for c, p in zip(card_ids, placed) if p.lane == j] for j in range(len(lanes))}
    in_phase = {i: [c for c, p in zip(card_ids, placed) if p.stage == i] for i in range(len(stages))}
    # The CFF container: a title bar over everything.
    w, h = right - x0, bottom - y0
    page.box((x0, y0, w, h), journey.title, name="CFF Container", fill="#DEEBF7", line="#2F5597", font_size=16,
             bold=True, shape_id=cff, extra=relationships(depends(1, [lane_list, phase_list]))
             + text_block(w / 2, h - title_band / 2, w, title_band) + user_section("Container", "CFF Container"),
             geometry=rel_geometry(0, 0, 1 - title_band / h, 1, 1, no_line=True) + rel_geometry(1, 0, 0, 1, 1, no_fill=True))
    # The lists: invisible.
    lh = bottom - top
    page.box((x0, top, w, lh), "", name="Swimlane List", line="#FFFFFF", shape_id=lane_list, no_fill=True,
             extra=relationships(depends(4, [cff]), depends(2, lane_ids)) + user_section("List", "CFF List"),
             geometry=rel_geometry(0, 0, 0, 1, 1, no_fill=True, no_line=True))
    pw, ph = right - left, bottom - (y0 + title_band)
    page.box((left, y0 + title_band, pw, ph), "", name="Phase List", line="#FFFFFF", shape_id=phase_list, no_fill=True,
             extra=relationships(depends(4, [cff]), depends(2, phase_ids)) + user_section("List", "CFF List"),
             geometry=rel_geometry(0, 0, 0, 1, 1, no_fill=True, no_line=True))
    for j, (ya, yb) in enumerate(rows):
        lane_h = yb - ya
        page.box((x0, ya, w, lane_h), lanes[j][0], name="Swimlane", fill="#F2F2F2", line="#7F7F7F", font_size=12,
                 bold=True, shape_id=lane_ids[j],
                 extra=relationships(depends(3, [lane_list]), depends(1, in_lane[j]))
                 + text_block(heading / 2, lane_h / 2, heading - 12, lane_h) + user_section("Container", "Swimlane"),
                 geometry=rel_geometry(0, 0, 0, heading / w, 1) + rel_geometry(1, 0, 0, 1, 1, no_fill=True))
    for i, (a, b) in enumerate(cols):
        sw = b - a
        page.box((a, y0 + title_band, sw, ph), stages[i], name="Separator", fill="#BDD7EE", line="#2F5597", font_size=13,
                 bold=True, shape_id=phase_ids[i],
                 extra=relationships(depends(3, [phase_list]), depends(1, in_phase[i]))
                 + text_block(sw / 2, ph - phase_band / 2, sw, phase_band) + user_section("Container", "Phase"),
                 geometry=rel_geometry(0, 0, 1 - phase_band / ph, 1, 1) + rel_line(1, 1, 0, 1, 1))
    for p, shape_id in zip(placed, card_ids):
        kind = lanes[p.lane][1]
        rel = relationships(depends(4, [lane_ids[p.lane], phase_ids[p.stage]]))
        if isinstance(p.item, E):
            page.box(p.rect, p.item.text, name="Gefühl", text_only=True, font_size=15, extra=rel, shape_id=shape_id)
        else:
            page.box(p.rect, p.item, name="Prozess", fill=VISIO_FILLS[kind], line="#595959", font_size=10, extra=rel,
                     shape_id=shape_id)
    verify(journey, placed, cols, rows)
    return Output(journey, vsdx_bytes([page], 1031), page.labels)


def b4_emptylane_fr():
    """A Visio grid with a background rectangle (no text) in every cell, where one lane in the middle
    ("Verbatims", kept for the next workshop) is empty in every stage."""
    stages = ["Découverte du dégât", "Déclaration", "Passage de l'expert", "Travaux", "Indemnisation"]
    lanes = [("Actions", ACTIONS), ("Pensées", THOUGHTS), ("Émotions", EMOTIONS), ("Verbatims", None),
             ("Points de contact", TOUCHPOINTS), ("Irritants", PAIN)]
    grid = {
        "Actions": [["Voit une tache au plafond", "Prévient le voisin du dessus"],
                    ["Appelle l'assurance", "Remplit le constat amiable"], ["Reçoit l'expert", "Montre les photos"],
                    ["Demande trois devis", "Fait repeindre la chambre"], ["Envoie les factures", "Reçoit le virement"]],
        "Pensées": [["C'est grave ?"], ["Qui paie, moi ou le voisin ?"], ["Il va tout prendre en compte ?"],
                    ["Je peux commencer les travaux ?"], ["Pourquoi une franchise si élevée ?"]],
        "Émotions": [[E("😟", -1, "")], [E("perdu", -1, "perdu")], [E("😐", 0, "")], [E("frustré", -1, "frustré")],
                     [E("content 🙂", 1, "content")]],
        "Verbatims": [[], [], [], [], []],
        "Points de contact": [["Voisin"], ["Plateforme téléphonique", "Constat amiable"], ["Expert", "E-mail de rendez-vous"],
                              ["Artisans"], ["Espace client", "Virement"]],
        "Irritants": [[], ["25 minutes d'attente"], ["Rendez-vous dans 3 semaines"], ["Accord écrit exigé avant travaux"],
                      ["Franchise découverte à la fin"]],
    }
    journey = Journey("b4-emptylane-fr", "vsdx", "empty-lane-cell-backgrounds", "visio", "fr",
                      "Dégât des eaux : le parcours de l'assuré", stages, lanes, grid)
    rng = random.Random(journey.name)
    base, gap, pad = 38, 8, 10
    col_w = [rng.randint(188, 204) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=76)
    left, top = 210.0, 150.0
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    page = VisioPage("Page-1", cols[-1][1] + 60, rows[-1][1] + 60)
    page.box((40, 30, 700, 44), journey.title, name="Titre", text_only=True, font_size=20, bold=True)
    for i, (x0, x1) in enumerate(cols):
        page.box((x0, top - 54, x1 - x0, 44), stages[i], name="Étape", fill="#1F4E79", line="#1F4E79", font_size=13,
                 bold=True)
    for j, (y0, y1) in enumerate(rows):
        page.box((40, y0, 162, y1 - y0), lanes[j][0], name="Couloir", fill="#D9E1F2", line="#8EA9DB", font_size=12,
                 bold=True)
        for x0, x1 in cols:
            page.box((x0, y0, x1 - x0, y1 - y0), "", name="Fond", fill="#FAFAFA", line="#D9D9D9")
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    for p in placed:
        kind = lanes[p.lane][1]
        if isinstance(p.item, E):
            page.box(p.rect, p.item.text, name="Émotion", text_only=True, font_size=15)
        else:
            page.box(p.rect, p.item, name="Carte", fill=VISIO_FILLS[kind], line="#7F7F7F", font_size=10)
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, vsdx_bytes([page], 1036), page.labels)


# --------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------

MAPS = [
    b4_headerband_en, b4_dashedlanes_de, b4_curve_fr, b4_numbercircles_es, b4_approvals_pt, b4_tiny_en,
    b4_imagecards_es, b4_richtext_zh, b4_eightstages_ja, b4_htmllabels_ja, b4_stickiesvertical_tl, b4_yedlivetable_zh,
    b4_cffswimlanes_de, b4_emptylane_fr,
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


def squeeze(text):
    """White space collapsed (a no-break space counts as a space), as the corpus scorer compares."""
    return " ".join(text.split())


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
                strings = [squeeze(s) for s in strings_in(json.load(handle))]
            text = "\n".join(strings)
            wanted = dict.fromkeys(output.labels + journey.expected_labels())
            missing = [label for label in wanted
                       if squeeze(label) not in strings and not all(squeeze(line) in text for line in label.split("\n"))]
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
              f"{len(truth['cells'])} cells, {len(truth['emotions'])} emotions, {len(truth['personas'])} personas, "
              f"{len(truth['notes'])} notes")
        outputs.append(output)
    if arguments.check:
        sys.exit(1 if check(outputs, arguments.out, arguments.check) else 0)


if __name__ == "__main__":
    main()
