#!/usr/bin/env python3
"""Writes the fifth batch of the journey-map corpus: maps as they look after weeks of workshop edits,
each mixing two to four kinds of mess that the first four batches kept apart: cards of very different
sizes in one map (a tiny "SMS" card beside one three times taller, a long card wrapping to five
lines, cards overlapping their neighbours a little), reviewers' comment bubbles attached to cards
(draw.io `shape=callout`, yEd UML notes and yEd Live notes tied to the card by a dashed line, Visio
callouts with their callout relationship), a stage added late at the right in another style and a
little lower, a lane added late at the bottom with a narrower title box, arrows between cards of one
stage and a labelled back-arrow between stages, a legend, a version stamp and a logo in the corners,
emoji in stage names and lane titles, the same card text in two stages and a stage left empty, mixed
languages (English lane titles over Spanish cards, English stage names in a Portuguese map, Taglish
cards), cards turned by 2–5° and sticky notes lying almost exactly on top of each other. Four maps
are B2B maps with the buying committee drawn as persona cards (above, left of, right of and under
the grid).

    python3 Scripts/corpus/make_fifth_batch_corpus.py [--out DIR] [--check JOURNEY_BINARY]

Every map is written as `b5-<what>-<lang>.<ext>` with its truth `b5-<what>-<lang>.truth.json`
(format: Tests/JourneyImportTests/Fixtures/journeys/README.md) into the corpus folder. The truth is
what the drawing was meant to show, built from the same data the drawing is made from; nothing here
reads what an importer makes of the files. Before writing, the script checks its own drawing: every
item's centre lies in the cell its truth names, both by the drawn bands and by the halfway lines
between neighbouring header centres (a turned card by its centre, which turning does not move), and
every emotion dot lies within 0.15 score units of its score.

With `--check`, each written map is converted with the given `journey` binary; the script reports
maps the reader refuses, labels missing from the output and the reader's summary line (a reading
check only: how well the recognizer does is the scorer test's business).

Conventions of these truth files (beyond README.md):
- A free card is one item: its lines joined by "\n" as a person reads them. A long card whose text
  the box wraps over several lines is one line of text (the wrapping is the box's, not the writer's).
- Two sticky notes lying almost on top of each other (the second shifted by about 10 px) are two
  items of the same cell; so is a card overlapping the card above it by a few pixels, and a card
  reaching a little into the next stage (its centre stays in its own stage).
- A comment bubble attached to a card (a draw.io callout, a yEd UML note or yEd Live note joined to
  the card by a dashed line, a Visio callout) is a reviewer's remark, never an item: its text starts
  with a note cue and a colon ("Note:", "Hinweis:", "Remarque :", "注：", "备注：") and it is listed
  in `notes`, wherever the bubble lies (most lie over the grid, some over another lane's cards).
- `notes` also hold the legend (a legend drawn as one box is one note, its lines joined by "\n"; a
  legend drawn as a heading and separate texts beside colour swatches gives one note per text), the
  version stamp ("v3 – updated 2026-11-02") and the heading over the buying committee. A logo is a
  picture without a label: decoration, nowhere in the truth; so are colour swatches, avatars, the
  dashed lines tying notes to cards, the curve through emotion dots and empty background boxes.
- Arrows between two cards of the same stage (the flow inside a stage) are not transitions and
  appear nowhere in the truth. An arrow between cards of two different stages is a transition:
  `transitions` (as in the first batch, written only when a map has one) lists it with the stage,
  lane and text of both ends and its label ("volta após 2 semanas").
- A stage added late keeps its name as written, whatever its header looks like; a lane added late is
  a lane like the others (its kind from its title). A stage without any card (`Reserva`,
  `Fidélisation`, `Ankommen`, `🎉 Après le permis`) is still a stage.
- Stage names and lane titles are the header's first line as written, emoji included ("🔍 Pesquisa",
  "👣 Ações"); a lane titled with an emoji still has the kind its words give it. Lanes naming people
  or teams of the buying company ("Fuhrparkleitung", "IT Security Manager", "💰 财务部", "経理部"…) are custom
  lanes (kind null). Other readings: "Ideas", "Mga Ideya", "Ideen" → opportunities; "Feelings",
  "Sentimentos", "Stimmung", "Damdamin", "Gefühle" → emotions; "Canales", "Touchpoints" (in a
  Spanish, Portuguese or Tagalog map too) → touchpoints; "Irritants", "Dores", "Probleme",
  "Schmerzpunkte" → pain-points.
- An emotion written as text: an explicit number wins over an emoji, an emoji over a word; the label
  is the text without the number, the emoji and the brackets around the number ("" when nothing else
  is left). Word-only emotions use only the brief's words per language.
- An emotion dot (`b5-latecolumn-es`): score = 2 − 4·(centre y − lane top)/lane height over the
  lane's drawn extent (its title box, exactly as high as the lane, and a band behind the dots); its
  label is the word written under it ("" for a bare dot).
- Personas: the buying committee's cards (first line the name, second the role).
- `language` is the language of the cards; English lane titles over Spanish cards make a Spanish map.

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


class D:
    """An emotion dot: its score (from the dot's height in the lane) and the word written under it."""

    def __init__(self, score, label):
        self.score, self.label, self.text = score, label, label


class C:
    """A card drawn out of the ordinary: `h`/`w` its size (a tiny or a very tall card, a wide one),
    `rot` degrees it is turned by, `overlap` pixels it overlaps the item above it, `on` (dx, dy) it
    lies on the item before it shifted by that much (a sticky note almost covering another), `shift`
    pixels its centre is moved sideways, `wrap` that its one line of text wraps in the box."""

    def __init__(self, text, *, h=None, w=None, rot=0.0, overlap=0.0, on=None, shift=0.0, wrap=False):
        self.text, self.h, self.w, self.rot = text, h, w, rot
        self.overlap, self.on, self.shift, self.wrap = overlap, on, shift, wrap


def text_of(item):
    return item if isinstance(item, str) else item.text


def line_count(item):
    return text_of(item).count("\n") + 1


def rot_of(item):
    return item.rot if isinstance(item, C) else 0.0


class Arrow:
    """A connector between two cards, each named (stage, lane, text); `label` its text."""

    def __init__(self, source, target, label=""):
        self.source, self.target, self.label = source, target, label


class Journey:
    """One map, independent of the tool drawing it. `grid[lane]` holds, per stage, the items of the
    cell in reading order (str or C: a card; E: an emotion written as text; D: an emotion dot)."""

    def __init__(self, name, ext, style, tool, language, title, stages, lanes, grid, *, personas=(), notes=(),
                 page=None, arrows=(), callouts=()):
        self.name, self.ext, self.style, self.tool, self.language = name, ext, style, tool, language
        self.title, self.stages, self.lanes, self.grid = title, list(stages), list(lanes), grid
        self.orientation = "columns"
        self.personas = list(personas)
        self.callouts = list(callouts)  # (card text, remark)
        self.notes = list(notes) + [remark for _, remark in self.callouts]
        self.page = page
        self.arrows = list(arrows)
        assert set(grid) == {lane for lane, _ in lanes}, name
        for lane, _ in self.lanes:
            assert len(grid[lane]) == len(self.stages), (name, lane)
        for lane, kind in self.lanes:
            for cell in grid[lane]:
                for item in cell:
                    assert isinstance(item, (E, D)) == (kind == EMOTIONS), (name, lane, text_of(item))
        texts = [text_of(item) for lane in grid.values() for cell in lane for item in cell]
        for card, _ in self.callouts:
            assert texts.count(card) == 1, (name, card)
        for arrow in self.arrows:
            for stage, lane, text in (arrow.source, arrow.target):
                assert text in [text_of(i) for i in grid[lane][self.stages.index(stage)]], (name, text)

    @property
    def filename(self):
        return f"{self.name}.{self.ext}"

    def kind(self, lane):
        return dict(self.lanes)[lane]

    def item_count(self):
        return sum(len(cell) for lane in self.grid.values() for cell in lane)

    def transitions(self):
        return [a for a in self.arrows if a.source[0] != a.target[0]]

    def truth(self):
        cells, emotions = [], []
        for lane, _ in self.lanes:
            for stage, cell in zip(self.stages, self.grid[lane]):
                for item in cell:
                    if isinstance(item, (E, D)):
                        emotions.append({"stage": stage, "lane": lane, "score": item.score, "label": item.label})
                    else:
                        cells.append({"stage": stage, "lane": lane, "text": text_of(item), "step": None})
        data = {
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
        if self.transitions():
            data["transitions"] = [
                {"from": {"stage": a.source[0], "lane": a.source[1], "text": a.source[2]},
                 "to": {"stage": a.target[0], "lane": a.target[1], "text": a.target[2]},
                 "label": a.label} for a in self.transitions()]
        return data

    def expected_labels(self):
        """Every label the truth names (the output must keep each)."""
        labels = [self.title] + self.stages + [title for title, _ in self.lanes] + self.notes
        labels += [f"{name}\n{role}" for name, role in self.personas]
        labels += [a.label for a in self.arrows if a.label]
        for lane in self.grid.values():
            for cell in lane:
                labels += [text_of(item) for item in cell if text_of(item)]
        return labels


# --------------------------------------------------------------------------------------------------
# Layout and the check of the drawing against the truth
# --------------------------------------------------------------------------------------------------

EMOTION_H = 30.0


def bands(start, sizes, gaps=0.0):
    """Consecutive bands; `gaps` one gap for all, or a list (gaps[k] lies between band k and k+1)."""
    if not isinstance(gaps, (list, tuple)):
        gaps = [gaps] * len(sizes)
    out, position = [], start
    for index, size in enumerate(sizes):
        out.append((position, position + size))
        position += size + (gaps[index] if index < len(gaps) else 0.0)
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


def wrapped_lines(text, width, size):
    """How many lines a box `width` wide shows `text` in (each written line wrapped on its own)."""
    return sum(max(1, math.ceil(sum(char_width(c, size) for c in line) / max(width, 1))) for line in text.split("\n"))


def card_height(item, base, line=15.0):
    return max(base, line * line_count(item) + 16)


def item_height(item, base):
    if isinstance(item, E):
        return EMOTION_H
    if isinstance(item, C) and item.h:
        return item.h
    return card_height(item, base)


def arrange(cell, base, gap):
    """Offsets from the top of the stack and heights of a cell's items, and the stack's height."""
    out, bottom = [], 0.0
    for item in cell:
        h = item_height(item, base)
        if isinstance(item, C) and item.on and out:
            dy = out[-1][0] + item.on[1]
        elif not out:
            dy = 0.0
        else:
            dy = bottom + gap - (item.overlap if isinstance(item, C) else 0.0)
        out.append((dy, h))
        bottom = max(bottom, dy + h)
    return out, bottom


def needed(cell, base, gap, pad):
    if not cell:
        return 2 * pad
    return arrange(cell, base, gap)[1] + 2 * pad


def stack(rng, x0, y0, w, h, cell, *, base, gap, pad, jitter=4.0, width=None, emotion_w=None):
    """Rectangles for the items of a cell stacked and centred vertically, each a little off; a card
    lying on the one before it is shifted from that card's rectangle."""
    if not cell:
        return []
    offsets, total = arrange(cell, base, gap)
    top = y0 + (h - total) / 2 + rng.uniform(-min(jitter, 3), min(jitter, 3))
    out = []
    for item, (dy, ch) in zip(cell, offsets):
        if isinstance(item, C) and item.on and out:
            px, py, pw, ph = out[-1]
            out.append((px + item.on[0], py + item.on[1], pw + rng.uniform(-2, 2), ch + rng.uniform(-1, 1)))
            continue
        if isinstance(item, E) and emotion_w:
            cw = emotion_w
        elif isinstance(item, C) and item.w:
            cw = item.w
        else:
            cw = width if width else w - 2 * pad - rng.uniform(0, 14)
        shift = item.shift if isinstance(item, C) else 0.0
        cx = x0 + (w - cw) / 2 + rng.uniform(-jitter, jitter) + shift
        cy = top + dy + rng.uniform(-min(jitter * 0.4, 1.5), min(jitter * 0.4, 1.5))
        grow = 0.0 if isinstance(item, C) and item.h else rng.uniform(-2, 2)
        out.append((cx, cy, cw, ch + grow))
    return out


class Placed:
    """A drawn item: its rectangle (absolute, y down), stage and lane index; `ref` the id the tool
    gave the shape drawn for it."""

    def __init__(self, item, rect, stage, lane):
        self.item, self.rect, self.stage, self.lane = item, rect, stage, lane
        self.ref = None
        self.callout_id = None


def place_grid(journey, rng, stage_bands, lane_bands, *, base, gap, pad, jitter=4.0, width=None, emotion_w=None,
               skip=()):
    """Every item of the journey (but the lanes in `skip`) stacked in its cell; returns [Placed]."""
    placed = []
    for j, (lane, _) in enumerate(journey.lanes):
        if lane in skip:
            continue
        for i, cell in enumerate(journey.grid[lane]):
            (x0, x1), (y0, y1) = stage_bands[i], lane_bands[j]
            for item, rect in zip(cell, stack(rng, x0, y0, x1 - x0, y1 - y0, cell, base=base, gap=gap, pad=pad,
                                              jitter=jitter, width=width, emotion_w=emotion_w)):
                placed.append(Placed(item, rect, i, j))
    return placed


def lane_sizes(journey, rng, *, base, gap, pad, minimum, slack=(0, 12)):
    """Heights of the lane rows."""
    return [max(minimum, max(needed(cell, base, gap, pad) for cell in journey.grid[lane])) + rng.uniform(*slack)
            for lane, _ in journey.lanes]


def verify(journey, placed, stage_bands, lane_bands, stage_centres=None, lane_centres=None):
    """Each item's centre in its cell, by the drawn bands and by the halfway lines between header
    centres (an emotion dot by the drawn bands only); every item of the truth drawn exactly once."""
    assert len(placed) == journey.item_count(), (journey.name, len(placed), journey.item_count())
    checks = [(stage_bands, lane_bands),
              (halfway(stage_centres or centres(stage_bands)), halfway(lane_centres or centres(lane_bands)))]
    for p in placed:
        x, y, w, h = p.rect
        cx, cy = x + w / 2, y + h / 2
        for k, (stages, lanes) in enumerate(checks):
            if k and isinstance(p.item, D):
                continue
            s0, s1 = stages[p.stage]
            l0, l1 = lanes[p.lane]
            assert s0 <= cx < s1, f"{journey.name}: '{text_of(p.item)}' {cx:.1f} not in stage {p.stage} {s0:.1f}-{s1:.1f}"
            assert l0 <= cy < l1, f"{journey.name}: '{text_of(p.item)}' {cy:.1f} not in lane {p.lane} {l0:.1f}-{l1:.1f}"


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


def find(journey, placed, stage, lane, text):
    """The placed item named (stage, lane, text)."""
    i, j = journey.stages.index(stage), [title for title, _ in journey.lanes].index(lane)
    for p in placed:
        if p.stage == i and p.lane == j and text_of(p.item) == text:
            return p
    raise KeyError((journey.name, stage, lane, text))


def find_text(placed, text):
    (p,) = [p for p in placed if text_of(p.item) == text]
    return p


def verify_callouts(journey, placed, bubbles):
    """Every remark drawn once, next to the card it is about (its tip on the card's rectangle)."""
    assert len(bubbles) == len(journey.callouts), journey.name
    for (card, remark), (drawn, tip) in zip(journey.callouts, bubbles):
        assert drawn == remark
        x, y, w, h = find_text(placed, card).rect
        tx, ty = tip
        assert x - 1 <= tx <= x + w + 1 and y - 1 <= ty <= y + h + 1, (journey.name, remark)


# --------------------------------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------------------------------

SVG = {
    "logo": '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect x="2" y="2" '
            'width="60" height="60" rx="14" fill="#0B5394"/><path d="M16 44L28 20l8 14 6-8 8 18z" fill="#FFFFFF"/>'
            '<circle cx="46" cy="18" r="5" fill="#F6B26B"/></svg>',
    "logo2": '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><circle cx="20" '
             'cy="20" r="17" fill="#00A86B"/><path d="M11 21l6 6 12-13" fill="none" stroke="#FFFFFF" stroke-width="4"/>'
             '<rect x="44" y="12" width="70" height="6" rx="3" fill="#00A86B"/><rect x="44" y="23" width="48" '
             'height="5" rx="2.5" fill="#9BD3BE"/></svg>',
    "person": '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" '
              'cy="24" r="23" fill="#DDDDDD"/><circle cx="24" cy="18" r="8" fill="#999999"/><path d="M10 40c2-9 '
              '8-13 14-13s12 4 14 13z" fill="#999999"/></svg>',
}


def svg_data(name):
    """draw.io's data URI in a style: no ';base64' (the semicolon would end the style value)."""
    return "data:image/svg+xml," + base64.b64encode(SVG[name].encode("utf-8")).decode("ascii")


def png_logo(size=64):
    """A small PNG logo: a rounded blue square with a white ring."""
    rows = []
    c = (size - 1) / 2
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            corner = max(abs(x - c) - (size / 2 - 12), 0) ** 2 + max(abs(y - c) - (size / 2 - 12), 0) ** 2
            d = math.hypot(x - c, y - c)
            if corner > 11.5 ** 2:
                row += bytes([0, 0, 0, 0])
            elif 13 <= d <= 20:
                row += bytes([255, 255, 255, 255])
            else:
                row += bytes([0x0B, 0x53, 0x94, 255])
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


def render_label(text, mode):
    """A draw.io value for a label and whether it is HTML; every mode reads as the same text."""
    if mode == "plain" or text == "":
        return text, False
    lines = [esc_html(line) for line in text.split("\n")]
    if mode == "br":
        return "<br>".join(lines), True
    if mode == "div":
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
    """One draw.io page; `vertex` takes absolute coordinates (every shape here is a child of the
    default layer)."""

    def __init__(self, name, rng, *, width=1654, height=1169):
        self.name, self.rng = name, rng
        self.prefix = "".join(rng.choice(ALPHABET) for _ in range(20))
        self.page_id = "".join(rng.choice(ALPHABET) for _ in range(20))
        self.counter = 1
        self.cells = []
        self.labels = []
        self.width, self.height = width, height

    def new_id(self):
        self.counter += 1
        return f"{self.prefix}-{self.counter}"

    def vertex(self, text, style, x, y, w, h, *, mode="plain", rotation=0.0):
        value, is_html = render_label(text, mode)
        if is_html and "html=1" not in style:
            style += "html=1;"
        if rotation:
            style += f"rotation={num(rotation)};"
        cid = self.new_id()
        self.cells.append(("vertex", cid, value, style, (x, y, w, h)))
        if text:
            self.labels.append(text)
        return cid

    def edge(self, source, target, style, *, label="", points=(), ends=None):
        """A connector from `source` to `target` through the waypoints `points`; without source and
        target, a free line between the two `ends`."""
        cid = self.new_id()
        self.cells.append(("edge", cid, label, style, source, target, list(points), ends))
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
                _, cid, value, style, (x, y, w, h) = cell
                geo = [f'x="{num(x)}"', f'y="{num(y)}"', f'width="{num(w)}" height="{num(h)}"']
                parts.append(f'<mxCell id="{cid}" value="{esc_attr(value)}" style="{esc_attr(style)}" parent="1" '
                             f'vertex="1"><mxGeometry {" ".join(geo)} as="geometry"/></mxCell>')
            else:
                _, cid, value, style, source, target, points, ends = cell
                attributes = (f' source="{source}"' if source else "") + (f' target="{target}"' if target else "")
                inner = '<mxGeometry relative="1" as="geometry">'
                if ends:
                    (sx, sy), (tx, ty) = ends
                    inner = ('<mxGeometry width="50" height="50" relative="1" as="geometry">'
                             f'<mxPoint x="{num(sx)}" y="{num(sy)}" as="sourcePoint"/>'
                             f'<mxPoint x="{num(tx)}" y="{num(ty)}" as="targetPoint"/>')
                if points:
                    inner += ('<Array as="points">' + "".join(f'<mxPoint x="{num(px)}" y="{num(py)}"/>'
                                                              for px, py in points) + '</Array>')
                inner += "</mxGeometry>"
                parts.append(f'<mxCell id="{cid}" value="{esc_attr(value)}" style="{esc_attr(style)}" parent="1"'
                             f'{attributes} edge="1">{inner}</mxCell>')
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


def card_style(kind, rng, *, rounded=True, size=11, extra=""):
    fill, stroke = KIND_FILL.get(kind, KIND_FILL[None])
    corner = "rounded=1;arcSize=10;" if rounded else "rounded=0;"
    return (f"{corner}whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};"
            f"fontSize={size + rng.choice([0, 0, 1])};{extra}")


def emotion_style(size=16):
    return f"text;html=1;align=center;verticalAlign=middle;whiteSpace=wrap;fontSize={size};"


def drawio_cards(page, journey, placed, rng, *, style=None, modes=("plain", "br")):
    """Draws every placed card and written emotion; `style(kind, item)` a card's style."""
    for p in placed:
        kind = journey.lanes[p.lane][1]
        if isinstance(p.item, E):
            p.ref = page.vertex(p.item.text, emotion_style(16), *p.rect)
        elif isinstance(p.item, D):
            continue
        else:
            text = text_of(p.item)
            css = style(kind, p.item) if style else card_style(kind, rng)
            mode = "plain" if isinstance(p.item, C) and p.item.wrap else rng.choice(list(modes))
            p.ref = page.vertex(text, css, *p.rect, mode=mode if "\n" in text else "plain", rotation=rot_of(p.item))


def drawio_callouts(page, journey, placed, rng, *, ceiling, width=178, fill="#FFF9C4", stroke="#E0B000",
                    right=False):
    """A reviewer's bubble (draw.io `shape=callout`) over each card named in `journey.callouts`, its tip
    on the card's top edge; a bubble that would reach above `ceiling` (the top of the lanes) hangs
    under the card instead, flipped (`flipV=1`), its tip on the card's bottom edge. Returns
    [(remark, tip)] for the check."""
    out = []
    for card, remark in journey.callouts:
        x, y, w, h = find_text(placed, card).rect
        lines = wrapped_lines(remark, width - 14, 10)
        body = 13 * lines + 10
        size = 20
        position2 = 0.18
        tip = (x + w * (0.75 if right else 0.55) + rng.uniform(-6, 6), y + 5)
        bx, by = tip[0] - position2 * width, tip[1] - body - size
        flip = ""
        if by < ceiling:
            tip = (tip[0], y + h - 5)
            by, flip = tip[1], f"flipV=1;spacingTop={size};"
        page.vertex(remark, "shape=callout;whiteSpace=wrap;html=1;perimeter=calloutPerimeter;"
                    f"position2={position2};size={size};position=0.1;base=16;fillColor={fill};strokeColor={stroke};"
                    f"fontSize=10;align=left;verticalAlign=top;spacingLeft=6;fontStyle=2;shadow=1;{flip}",
                    bx, by, width, body + size)
        out.append((remark, tip))
    return out


def drawio_arrows(page, journey, placed, *, flow_style, back_style):
    """The arrows of the journey between the drawn cards: inside one stage straight from card to card,
    between stages with the label and an arc over the gap."""
    for arrow in journey.arrows:
        source = find(journey, placed, *arrow.source)
        target = find(journey, placed, *arrow.target)
        if arrow.source[0] == arrow.target[0]:
            page.edge(source.ref, target.ref, flow_style, label=arrow.label)
        else:
            sx, sy, sw, sh = source.rect
            tx, ty, tw, th = target.rect
            high = min(sy, ty) - 16
            page.edge(source.ref, target.ref, back_style, label=arrow.label,
                      points=[(sx + sw / 2, high), (tx + tw / 2, high)])


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

EDGE_LABEL_MODEL = ('<y:LabelModel><y:SmartEdgeLabelModel autoRotationEnabled="false" defaultAngle="0.0" '
                    'defaultDistance="10.0"/></y:LabelModel><y:ModelParameter><y:SmartEdgeLabelModelParameter '
                    'angle="0.0" distance="30.0" distanceToCenter="true" position="right" ratio="0.5" segment="0"/>'
                    '</y:ModelParameter><y:PreferredPlacementDescriptor angle="0.0" angleOffsetOnRightSide="0" '
                    'angleReference="absolute" angleRotationOnRightSide="co" distance="-1.0" frozen="true" '
                    'placement="anywhere" side="anywhere" sideReference="relative_to_edge_flow"/>')


def f4(value):
    return f"{value:.4f}"


def f1(value):
    return f"{value:.1f}"


class YEdDocument:
    """A desktop yEd GraphML file written node by node; remembers every label it writes."""

    def __init__(self):
        self.lines = [YED_HEADER]
        self.edges = []
        self.labels = []
        self.counter = 0
        self.edge_counter = 0

    def _write(self, text):
        self.lines.append("    " + text + "\n")

    def label_xml(self, text, w, h, *, font=12, bold=False, color="#000000", align="center", wrap=False):
        if wrap:
            lw = w - 8
            lh = (font + 5) * wrapped_lines(text, lw, font)
            policy = 'autoSizePolicy="node_width" configuration="CroppingLabel"'
        else:
            lw = text_width(text, font) + 4
            lh = (font + 6) * (text.count("\n") + 1)
            policy = 'autoSizePolicy="content"'
        return (f'<y:NodeLabel alignment="{align}" {policy} fontFamily="Dialog" fontSize="{font}" '
                f'fontStyle="{"bold" if bold else "plain"}" hasBackgroundColor="false" hasLineColor="false" '
                f'height="{f4(lh)}" horizontalTextPosition="center" iconTextGap="4" modelName="custom" '
                f'textColor="{color}" verticalTextPosition="bottom" visible="true" width="{f4(lw)}" '
                f'x="{f4((w - lw) / 2)}" xml:space="preserve" y="{f4((h - lh) / 2)}">{escape(text)}{SMART_LABEL_MODEL}'
                f'</y:NodeLabel>')

    def node(self, rect, text, *, shape="rectangle", fill="#FFFFFF", border="#000000", font=12, bold=False,
             text_only=False, border_type="line", color="#000000", shadow=None, align="center", wrap=False,
             realizer="ShapeNode"):
        """A node: a y:ShapeNode, or a y:UMLNoteNode (`realizer="UMLNoteNode"`, yEd's note)."""
        x, y, w, h = rect
        node_id = f"n{self.counter}"
        self.counter += 1
        self._write(f'<node id="{node_id}">')
        self._write('  <data key="d6">')
        self._write(f'    <y:{realizer}>')
        self._write(f'      <y:Geometry height="{f1(h)}" width="{f1(w)}" x="{f1(x)}" y="{f1(y)}"/>')
        if text_only:
            self._write('      <y:Fill hasColor="false" transparent="false"/>')
            self._write('      <y:BorderStyle hasColor="false" raised="false" type="line" width="1.0"/>')
        else:
            self._write(f'      <y:Fill color="{fill}" transparent="false"/>')
            self._write(f'      <y:BorderStyle color="{border}" raised="false" type="{border_type}" width="1.0"/>')
        if text:
            self.labels.append(text)
            self._write('      ' + self.label_xml(text, w, h, font=font, bold=bold, color=color, align=align,
                                                   wrap=wrap))
        if realizer == "ShapeNode":
            self._write(f'      <y:Shape type="{shape}"/>')
        if shadow:
            self._write(f'      <y:DropShadow color="{shadow}" offsetX="4" offsetY="4"/>')
        self._write(f'    </y:{realizer}>')
        self._write('  </data>')
        self._write('</node>')
        return node_id

    def edge(self, source, target, *, label="", color="#000000", line="line", arrow="standard", bends=()):
        edge_id = f"e{self.edge_counter}"
        self.edge_counter += 1
        out = [f'<edge id="{edge_id}" source="{source}" target="{target}">', '  <data key="d10">',
               '    <y:PolyLineEdge>']
        if bends:
            out.append('      <y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0">')
            out += [f'        <y:Point x="{f1(bx)}" y="{f1(by)}"/>' for bx, by in bends]
            out.append('      </y:Path>')
        else:
            out.append('      <y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0"/>')
        out += [f'      <y:LineStyle color="{color}" type="{line}" width="1.0"/>',
                f'      <y:Arrows source="none" target="{arrow}"/>']
        if label:
            self.labels.append(label)
            lw, lh = text_width(label, 11) + 4, 17.0
            out.append(f'      <y:EdgeLabel alignment="center" configuration="AutoFlippingLabel" distance="2.0" '
                       f'fontFamily="Dialog" fontSize="11" fontStyle="italic" hasBackgroundColor="false" '
                       f'hasLineColor="false" height="{f4(lh)}" horizontalTextPosition="center" iconTextGap="4" '
                       f'modelName="custom" preferredPlacement="anywhere" ratio="0.5" textColor="{color}" '
                       f'verticalTextPosition="bottom" visible="true" width="{f4(lw)}" x="{f4(-lw / 2)}" '
                       f'xml:space="preserve" y="8.0">{escape(label)}{EDGE_LABEL_MODEL}</y:EdgeLabel>')
        out += ['      <y:BendStyle smoothed="false"/>', '    </y:PolyLineEdge>', '  </data>', '</edge>']
        self.edges += ["    " + line + "\n" for line in out]
        return edge_id

    def text(self):
        return "".join(self.lines) + "".join(self.edges) + YED_FOOTER


YED_LANE_FILLS = {
    ACTIONS: "#FFF2CC", THOUGHTS: "#E1D5E7", EMOTIONS: "#FFE6CC", TOUCHPOINTS: "#DAE8FC", PAIN: "#F8CECC",
    OPPORTUNITIES: "#D5E8D4", KPIS: "#EDEDED", MEASURES: "#D5E8D4", BACKSTAGE: "#EEEEEE", None: "#F2F2F2",
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
\t\t\t<yjs:DefaultLabelStyle x:Key="3" verticalTextAlignment="CENTER" horizontalTextAlignment="LEFT" textFill="BLACK">
\t\t\t\t<yjs:DefaultLabelStyle.font>
\t\t\t\t\t<yjs:Font fontSize="22" fontWeight="BOLD" lineSpacing="0.2"/>
\t\t\t\t</yjs:DefaultLabelStyle.font>
\t\t\t</yjs:DefaultLabelStyle>
\t\t\t<yjs:DefaultLabelStyle x:Key="4" verticalTextAlignment="TOP" horizontalTextAlignment="LEFT" textFill="#FF5F4B00" wrapping="WORD_ELLIPSIS">
\t\t\t\t<yjs:DefaultLabelStyle.font>
\t\t\t\t\t<yjs:Font fontSize="10" fontStyle="ITALIC" lineSpacing="0.2"/>
\t\t\t\t</yjs:DefaultLabelStyle.font>
\t\t\t</yjs:DefaultLabelStyle>
\t\t\t<yjs:DefaultLabelStyle x:Key="5" verticalTextAlignment="CENTER" horizontalTextAlignment="CENTER" textFill="#FF1F3A5F">
\t\t\t\t<yjs:DefaultLabelStyle.font>
\t\t\t\t\t<yjs:Font fontSize="13" fontWeight="BOLD" lineSpacing="0.2"/>
\t\t\t\t</yjs:DefaultLabelStyle.font>
\t\t\t</yjs:DefaultLabelStyle>
\t\t\t<yjs:DefaultLabelStyle x:Key="6" verticalTextAlignment="CENTER" horizontalTextAlignment="LEFT" textFill="#FF595959">
\t\t\t\t<yjs:DefaultLabelStyle.font>
\t\t\t\t\t<yjs:Font fontSize="11" lineSpacing="0.2"/>
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


VOID = '<x:Static Member="y:VoidNodeStyle.Instance"/>'  # a text without a shape, as yEd Live writes it


def ylive_label_attr(text):
    return esc_attr(text).replace("&#xa;", "&#xA;")


class YLiveDocument:
    """A yEd Live file of free nodes: labels in NodeLabels lists, bounds as y:RectD, styles as yjs
    objects; edges with EdgeLabels and a PolylineEdgeStyle."""

    def __init__(self):
        self.parts = [YLIVE_HEADER]
        self.edges = []
        self.labels = []
        self.counter = 0
        self.edge_counter = 0

    def node(self, rect, text, style_xml, *, label_style="1", parameter="InteriorLabelModel.Center"):
        x, y, w, h = rect
        node_id = f"n{self.counter}"
        self.counter += 1
        t = "\t\t"
        out = [f'{t}<node id="{node_id}">', f'{t}\t<data key="d0">{self.counter}</data>']
        if text:
            self.labels.append(text)
            out += [f'{t}\t<data key="d4">', f'{t}\t\t<x:List>',
                    f'{t}\t\t\t<y:Label Text="{ylive_label_attr(text)}" LayoutParameter="{{x:Static '
                    f'y:{parameter}}}" Style="{{y:GraphMLReference {label_style}}}"/>',
                    f'{t}\t\t</x:List>', f'{t}\t</data>']
        out.append(f'{t}\t<data key="d5">\n{t}\t\t<y:RectD X="{ynum(x)}" Y="{ynum(y)}" Width="{ynum(w)}" '
                   f'Height="{ynum(h)}"/>\n{t}\t</data>')
        out.append(f'{t}\t<data key="d7">\n{t}\t\t{style_xml}\n{t}\t</data>')
        out.append(f'{t}\t<port name="p0"/>')
        out.append(f'{t}</node>')
        self.parts.append("\n".join(out) + "\n")
        return node_id

    def edge(self, source, target, *, label="", colour="#555555", dashed=False, arrow=True, bends=()):
        edge_id = f"e{self.edge_counter}"
        self.edge_counter += 1
        t = "\t\t"
        out = [f'{t}<edge id="{edge_id}" source="{source}" target="{target}" sourceport="p0" targetport="p0">']
        if label:
            self.labels.append(label)
            out += [f'{t}\t<data key="d11">', f'{t}\t\t<x:List>',
                    f'{t}\t\t\t<y:Label Text="{ylive_label_attr(label)}" Style="{{y:GraphMLReference 6}}"/>',
                    f'{t}\t\t</x:List>', f'{t}\t</data>']
        if bends:
            out += [f'{t}\t<data key="d12">', f'{t}\t\t<x:List>']
            out += [f'{t}\t\t\t<y:Bend Location="{ynum(bx)},{ynum(by)}"/>' for bx, by in bends]
            out += [f'{t}\t\t</x:List>', f'{t}\t</data>']
        dash = ' dashStyle="Dash"' if dashed else ""
        style = [f'{t}\t<data key="d13">', f'{t}\t\t<yjs:PolylineEdgeStyle>',
                 f'{t}\t\t\t<yjs:PolylineEdgeStyle.stroke>',
                 f'{t}\t\t\t\t<yjs:Stroke fill="{argb(colour)}" thickness="1.5"{dash}/>',
                 f'{t}\t\t\t</yjs:PolylineEdgeStyle.stroke>']
        if arrow:
            style += [f'{t}\t\t\t<yjs:PolylineEdgeStyle.targetArrow>',
                      f'{t}\t\t\t\t<yjs:Arrow type="TRIANGLE" fill="{argb(colour)}" stroke="{argb(colour)}"/>',
                      f'{t}\t\t\t</yjs:PolylineEdgeStyle.targetArrow>']
        style += [f'{t}\t\t</yjs:PolylineEdgeStyle>', f'{t}\t</data>']
        out += style + [f'{t}</edge>']
        self.edges.append("\n".join(out) + "\n")
        return edge_id

    def text(self):
        return "".join(self.parts) + "".join(self.edges) + YLIVE_FOOTER


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


def user_section(structure, category):
    return ("<Section N='User'>"
            f"<Row N='msvStructureType'><Cell N='Value' V='{structure}' U='STR'/></Row>"
            f"<Row N='msvShapeCategories'><Cell N='Value' V='{category}' U='STR'/></Row></Section>")


class VisioPage:
    """The shapes of one page; rectangles in pixels (y down) written in inches (y up)."""

    def __init__(self, name, width_px, height_px):
        self.name = name
        self.width = math.ceil(width_px / PX)
        self.height = math.ceil(height_px / PX)
        self.shapes = []
        self.connects = []
        self.labels = []
        self.next_id = 1
        self.images = []

    def claim(self):
        shape_id = self.next_id
        self.next_id += 1
        return shape_id

    def frame(self, pin_x, pin_y, w, h, angle=None):
        cells = (vcell("PinX", vnum(pin_x)) + vcell("PinY", vnum(pin_y)) + vcell("Width", vnum(w))
                 + vcell("Height", vnum(h)) + vcell("LocPinX", vnum(w / 2), "Width*0.5")
                 + vcell("LocPinY", vnum(h / 2), "Height*0.5"))
        if angle:
            cells += vcell("Angle", vnum(angle))
        return cells

    def box(self, rect, text="", name="Rectangle", *, fill="#FFFFFF", line="#404040", text_only=False,
            font_size=None, bold=False, extra="", shape_id=None, angle=None, rounding=None, shadow=False,
            align=None, geometry=None):
        x, y, w, h = rect
        shape_id = shape_id or self.claim()
        parts = [f"<Shape ID='{shape_id}' NameU='{attr(name)}.{shape_id}' Name='{attr(name)}.{shape_id}' Type='Shape'>",
                 self.frame((x + w / 2) / PX, self.height - (y + h / 2) / PX, w / PX, h / PX, angle)]
        if text_only:
            parts.append(vcell("FillPattern", "0") + vcell("LinePattern", "0"))
        else:
            parts.append(vcell("FillForegnd", fill) + vcell("LineColor", line)
                         + vcell("LineWeight", "0.01041666666666667", unit="PT"))
        if rounding:
            parts.append(vcell("Rounding", vnum(rounding / PX), unit="IN"))
        if shadow:
            parts.append(vcell("ShdwPattern", "1") + vcell("ShdwForegnd", "#A6A6A6"))
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

    def callout(self, rect, text, target_id, tip, *, shape_id=None, fill="#FFF2CC", line="#BF9000"):
        """A Visio callout (User.msvStructureType "Callout", associated with its target through the
        Relationships cell) whose leader line runs from the bubble to `tip` (pixels)."""
        x, y, w, h = rect
        shape_id = shape_id or self.claim()
        tip_x, tip_y = (tip[0] - x) / PX, (y + h - tip[1]) / PX
        start_x, start_y = min(max(tip[0], x + 12), x + w - 12), (y + h if tip[1] > y + h else y)
        leader = ("<Section N='Geometry' IX='1'><Cell N='NoFill' V='1'/><Cell N='NoLine' V='0'/>"
                  f"<Row T='MoveTo' IX='1'><Cell N='X' V='{vnum((start_x - x) / PX)}'/>"
                  f"<Cell N='Y' V='{vnum((y + h - start_y) / PX)}'/></Row>"
                  f"<Row T='LineTo' IX='2'><Cell N='X' V='{vnum(tip_x)}'/><Cell N='Y' V='{vnum(tip_y)}'/></Row>"
                  "</Section>")
        control = ("<Section N='Control'><Row N='Row_1'>" + vcell("X", vnum(tip_x)) + vcell("Y", vnum(tip_y))
                   + vcell("XDyn", vnum(tip_x), "Controls.Row_1") + vcell("YDyn", vnum(tip_y), "Controls.Row_1.Y")
                   + vcell("XCon", "0") + vcell("YCon", "0") + vcell("CanGlue", "1") + "</Row></Section>")
        extra = (vcell("Relationships", "0", f"SUM(DEPENDSON(6,Sheet.{target_id}!SheetRef()))")
                 + user_section("Callout", "Callout") + control)
        self.box(rect, text, name="Callout", fill=fill, line=line, font_size=8, extra=extra, shape_id=shape_id,
                 geometry=RECTANGLE_GEOMETRY + leader, align=0)
        return shape_id

    def connector(self, source_id, target_id, begin, end, *, text="", dashed=False, color="#404040", lift=0.0):
        """A 1-D dynamic connector from `begin` to `end` (pixels), glued to two shapes; with `lift`, its
        path rises that many pixels above the straight line, runs across and comes down again."""
        shape_id = self.claim()
        (bx, by), (ex, ey) = [(px / PX, self.height - py / PX) for px, py in (begin, end)]
        width = math.hypot(ex - bx, ey - by)
        angle = math.atan2(ey - by, ex - bx)
        if lift:
            d = math.copysign(lift / PX, math.cos(angle))
            path = (f"<Row T='MoveTo' IX='1'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row>"
                    f"<Row T='LineTo' IX='2'><Cell N='X' V='0'/><Cell N='Y' V='{vnum(d)}'/></Row>"
                    f"<Row T='LineTo' IX='3'><Cell N='X' V='{vnum(width)}'/><Cell N='Y' V='{vnum(d)}'/></Row>"
                    f"<Row T='LineTo' IX='4'><Cell N='X' V='{vnum(width)}'/><Cell N='Y' V='0'/></Row>")
        else:
            path = ("<Row T='MoveTo' IX='1'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row>"
                    f"<Row T='LineTo' IX='2'><Cell N='X' V='{vnum(width)}'/><Cell N='Y' V='0'/></Row>")
        parts = [f"<Shape ID='{shape_id}' NameU='Dynamic connector.{shape_id}' Name='Dynamic connector.{shape_id}' "
                 "Type='Shape'>",
                 vcell("PinX", vnum((bx + ex) / 2)), vcell("PinY", vnum((by + ey) / 2)),
                 vcell("Width", vnum(width), "GUARD(EndX-BeginX)"), vcell("Height", "0.25", "GUARD(0.25DL)"),
                 vcell("LocPinX", vnum(width / 2)), vcell("LocPinY", "0.125"),
                 vcell("Angle", vnum(angle)),
                 vcell("BeginX", vnum(bx), "_WALKGLUE(BegTrigger,EndTrigger,WalkPreference)"),
                 vcell("BeginY", vnum(by), "_WALKGLUE(BegTrigger,EndTrigger,WalkPreference)"),
                 vcell("EndX", vnum(ex), "_WALKGLUE(EndTrigger,BegTrigger,WalkPreference)"),
                 vcell("EndY", vnum(ey), "_WALKGLUE(EndTrigger,BegTrigger,WalkPreference)"),
                 vcell("BegTrigger", "2", f"_XFTRIGGER(Sheet.{source_id}!EventXFMod)"),
                 vcell("EndTrigger", "2", f"_XFTRIGGER(Sheet.{target_id}!EventXFMod)"),
                 vcell("LineColor", color), vcell("LinePattern", "2" if dashed else "1"), vcell("EndArrow", "4"),
                 f"<Section N='Geometry' IX='0'><Cell N='NoFill' V='1'/>{path}</Section>"]
        if text:
            parts.append(visio_text(text))
            self.labels.append(text)
        parts.append("</Shape>")
        self.shapes.append("".join(parts))
        self.connects.append(f"<Connect FromSheet='{shape_id}' FromCell='BeginX' FromPart='9' ToSheet='{source_id}' "
                             "ToCell='PinX' ToPart='3'/>")
        self.connects.append(f"<Connect FromSheet='{shape_id}' FromCell='EndX' FromPart='12' ToSheet='{target_id}' "
                             "ToCell='PinX' ToPart='3'/>")
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

    def page_sheet(self):
        cells = [vcell("PageWidth", vnum(self.width), unit="IN"), vcell("PageHeight", vnum(self.height), unit="IN"),
                 vcell("ShdwOffsetX", "0.125", unit="IN"), vcell("ShdwOffsetY", "-0.125", unit="IN"),
                 vcell("PageScale", "1", unit="IN"), vcell("DrawingScale", "1", unit="IN"),
                 vcell("DrawingSizeType", "0"), vcell("DrawingScaleType", "0"), vcell("InhibitSnap", "0"),
                 vcell("UIVisibility", "0"), vcell("DrawingResizeType", "1"), vcell("PrintPageOrientation", "2")]
        return "<PageSheet LineStyle='0' FillStyle='0' TextStyle='0'>" + "".join(cells) + "</PageSheet>"

    def contents(self):
        connects = f"<Connects>{''.join(self.connects)}</Connects>" if self.connects else ""
        return (f"<?xml version='1.0' encoding='utf-8' ?>\n<PageContents xmlns='{VISIO_NS}' xmlns:r='{REL_NS}' "
                f"xml:space='preserve'><Shapes>{''.join(self.shapes)}</Shapes>{connects}</PageContents>")


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
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 16, 40, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content if isinstance(content, bytes) else content.encode("utf-8"))
    return buffer.getvalue()


VISIO_FILLS = {
    ACTIONS: "#DEEBF7", THOUGHTS: "#E4DFEC", EMOTIONS: "#FFF2CC", TOUCHPOINTS: "#E2EFDA", PAIN: "#FCE4D6",
    OPPORTUNITIES: "#FFF2CC", BACKSTAGE: "#EDEDED", KPIS: "#EDEDED", None: "#F2F2F2",
}


def visio_callouts(page, journey, placed, rng, *, ceiling, width=176):
    """A Visio callout over each card named in `journey.callouts`, its leader ending on the card's
    top edge (or, when the bubble would reach above `ceiling`, under the card with the leader on its
    bottom edge); the card's own Relationships cell names its callout. Returns [(remark, tip)]."""
    out = []
    for card, remark in journey.callouts:
        p = find_text(placed, card)
        x, y, w, h = p.rect
        lines = wrapped_lines(remark, width - 12, 9)
        body = 12 * lines + 12
        tip = (x + w * 0.6 + rng.uniform(-6, 6), y + 4)
        rect = (tip[0] - 30 + rng.uniform(-8, 8), tip[1] - 22 - body, width, body)
        if rect[1] < ceiling:
            tip = (tip[0], y + h - 4)
            rect = (rect[0], tip[1] + 22, width, body)
        page.callout(rect, remark, p.ref, tip, shape_id=p.callout_id)
        out.append((remark, tip))
    return out


class Output:
    def __init__(self, journey, content, labels):
        self.journey, self.content, self.labels = journey, content, labels


# --------------------------------------------------------------------------------------------------
# The maps: draw.io
# --------------------------------------------------------------------------------------------------


def b5_workshop_en():
    """Weeks of workshop edits on one draw.io page: cards of very different sizes (a tiny "SMS" card,
    a card three times taller than the others, a long card wrapping to five lines, a card reaching
    into the next stage, cards overlapping the one above), three reviewers' callouts over the grid
    ("Note: …"), a legend box and a logo in the top right corner and a version stamp under the
    title."""
    stages = ["Notices the problem", "Compares deals", "Orders", "Switch-over day", "First month"]
    lanes = [("Actions", ACTIONS), ("Thoughts", THOUGHTS), ("Emotions", EMOTIONS), ("Touchpoints", TOUCHPOINTS),
             ("Pain points", PAIN), ("Ideas", OPPORTUNITIES)]
    grid = {
        "Actions": [["Video calls keep freezing", C("Runs a speed test", h=22, w=112)],
                    [C("Checks a comparison site", w=214, shift=12),
                     C("Asks the neighbours' WhatsApp group which provider actually brings fibre into our building "
                       "and whether the landlord has to agree to the installation", h=92, wrap=True)],
                    ["Orders online", C("Picks an installation slot", overlap=7)],
                    [C("Waits at home all morning\nEngineer arrives at 12:40\nRouter set-up takes two hours",
                       h=132)],
                    ["Moves the router to the hallway", C("Cancels the old contract", overlap=6)]],
        "Thoughts": [["Is it the router or the line?"], ["Are these speeds real?"],
                     ["Why do I need a landline number?"], ["Will I lose internet for days?"],
                     ["Was it worth the hassle?"]],
        "Emotions": [[E("😠 angry", -2, "angry")], [E("curious", 1, "curious")], [E("🙂", 1, "")],
                     [E("worried (-1)", -1, "worried")], [E("😊 happy", 1, "happy")]],
        "Touchpoints": [["Speed test site"], ["Comparison site", C("Provider website", overlap=6)],
                        ["Online checkout", C("SMS", h=22, w=54)], ["Engineer visit", "Router"],
                        ["Customer app", "First bill"]],
        "Pain points": [["No way to tell whose fault it is"], ["Prices shown without the setup fee"], [],
                        ["Four-hour time window"], ["Old provider charges a final month"]],
        "Ideas": [["Line check before sign-up"], ["All-in monthly price"], ["Instant slot confirmation"],
                  ["Live engineer tracking"], ["We handle the cancellation"]],
    }
    legend = "Legend\nBlue = what the customer does\nPurple = thoughts\nRed = pain points\nOrange = ideas"
    stamp = "v3 – updated 2026-11-02"
    callouts = [("Prices shown without the setup fee", "Note: check with sales whether the setup fee is waived online"),
                ("Waits at home all morning\nEngineer arrives at 12:40\nRouter set-up takes two hours",
                 "Note: 3 of 8 interviewees brought this up unprompted"),
                ("Instant slot confirmation", "Note: overlaps with the app team's Q1 roadmap")]
    journey = Journey("b5-workshop-en", "drawio", "workshop-edits-sizes-callouts-legend", "drawio", "en",
                      "Switching broadband provider – customer journey", stages, lanes, grid,
                      notes=[legend, stamp], callouts=callouts)
    rng = random.Random(journey.name)
    page = DrawioPage("Journey map", rng)
    base, gap, pad = 40, 8, 12
    col_w = [rng.randint(200, 214) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=78, slack=(4, 12))
    left, top = 206, 220
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 8)
    right = cols[-1][1]
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 28, 640, 42)
    page.vertex(stamp, "text;html=1;fontSize=11;fontStyle=2;align=left;verticalAlign=middle;fontColor=#888888;",
                42, 68, 220, 20)
    page.vertex("", f"shape=image;verticalLabelPosition=bottom;labelBackgroundColor=default;verticalAlign=top;"
                f"aspect=fixed;imageAspect=0;image={svg_data('logo')};", right - 60, 22, 60, 60)
    lx, ly = right - 60 - 16 - 236, 22
    page.vertex(legend, "rounded=0;whiteSpace=wrap;html=1;align=left;verticalAlign=top;spacingLeft=28;"
                "spacingTop=4;fillColor=#FFFFFF;strokeColor=#999999;fontSize=11;", lx, ly, 236, 84, mode="br")
    for k, kind in enumerate([ACTIONS, THOUGHTS, PAIN, OPPORTUNITIES]):
        fill, stroke = KIND_FILL[kind]
        page.vertex("", f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};",
                    lx + 10, ly + 23 + 13.4 * k, 10, 10)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#23445D;strokeColor=none;fontColor=#FFFFFF;"
                    "fontStyle=1;fontSize=14;", x0 + 2, top - 58, x1 - x0 - 4, 44)
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};fontStyle=1;"
                    "fontSize=13;", 40, y0 + 2, 154, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    drawio_cards(page, journey, placed, rng)
    bubbles = drawio_callouts(page, journey, placed, rng, ceiling=top)
    verify(journey, placed, meet(cols), meet(rows))
    verify_callouts(journey, placed, bubbles)
    return Output(journey, mxfile([page], False, rng, 0), page.labels)


def b5_latecolumn_es():
    """A stage added late at the right ("Primer mes": lighter header, not bold, 13 px lower, further
    from its neighbour), a lane added late at the bottom ("Oportunidades": its title box 104 px wide
    where the others are 160), an emotion curve of dots, the stage "Reserva" left empty in every lane,
    and the same card text in two stages ("Idealista", "WhatsApp de la inmobiliaria"); compressed."""
    stages = ["Busco piso", "Contacto y visita", "Reserva", "Papeles", "Firma", "Primer mes"]
    lanes = [("Acciones", ACTIONS), ("Pensamientos", THOUGHTS), ("Emociones", EMOTIONS), ("Canales", TOUCHPOINTS),
             ("Puntos de dolor", PAIN), ("Oportunidades", OPPORTUNITIES)]
    grid = {
        "Acciones": [["Filtra por precio en Idealista", "Guarda 20 anuncios"],
                     ["Llama a la inmobiliaria", "Visita tres pisos en una tarde"], [],
                     ["Reúne nóminas y contrato laboral", "Pide un aval a sus padres"],
                     ["Firma el contrato", "Paga dos meses de fianza"], ["Da de alta la luz", "Pide arreglar la caldera"]],
        "Pensamientos": [["¿Por qué está todo tan caro?"], ["¿Me lo darán a mí?"], [],
                         ["¿Por qué necesitan mi vida laboral?"], ["¿Y si no me devuelven la fianza?"],
                         ["¿Quién paga la reparación?"]],
        "Emociones": [[D(-1, "frustrado")], [D(1, "curioso")], [], [D(-1.5, "")], [D(1, "contento")],
                      [D(-1, "confundido")]],
        "Canales": [["Idealista", "Fotocasa"], ["Idealista", "WhatsApp de la inmobiliaria"], [],
                    ["Correo electrónico"], ["Oficina de la inmobiliaria", "WhatsApp de la inmobiliaria"],
                    ["Comercializadora de luz", "Casero"]],
        "Puntos de dolor": [["Anuncios repetidos y ya alquilados"], ["Visitas de 10 minutos con 15 personas"], [],
                            ["Piden la declaración de la renta"], ["Honorarios de agencia al inquilino"],
                            ["El casero tarda en contestar"]],
        "Oportunidades": [["Alertas solo de pisos disponibles"], ["Visitas virtuales"], [],
                          ["Perfil de inquilino verificado"], ["Firma digital"], ["Canal de incidencias con el casero"]],
    }
    journey = Journey("b5-latecolumn-es", "drawio", "late-stage-late-lane-empty-stage-dots", "drawio", "es",
                      "Alquilar un piso en Madrid – mapa del inquilino", stages, lanes, grid)
    rng = random.Random(journey.name)
    page = DrawioPage("Página-1", rng)
    base, gap, pad = 40, 8, 10
    col_w = [rng.randint(196, 210) for _ in stages[:-1]] + [188]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=72)
    emotion_row = 2
    row_h[emotion_row] = 200.0
    left, top = 214, 160
    cols = bands(left, col_w, [8, 8, 8, 8, 26])
    rows = bands(top, row_h, [8, 8, 8, 8, 18])
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 700, 44)
    for i, (x0, x1) in enumerate(cols):
        if i == len(cols) - 1:
            page.vertex(stages[i], "rounded=0;whiteSpace=wrap;html=1;fillColor=#AED6F1;strokeColor=#2E86C1;"
                        "fontColor=#1B2631;fontSize=13;fontFamily=Verdana;", x0 + 4, top - 58 + 13, x1 - x0 - 8, 40)
        else:
            page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#1F618D;strokeColor=none;"
                        "fontColor=#FFFFFF;fontStyle=1;fontSize=14;", x0 + 2, top - 58, x1 - x0 - 4, 44)
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        if j == emotion_row:
            page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};"
                        "fontStyle=1;fontSize=13;", 40, y0, 160, y1 - y0)
        elif j == len(rows) - 1:
            page.vertex(lanes[j][0], "rounded=1;whiteSpace=wrap;html=1;fillColor=#FDEBD0;strokeColor=#CA6F1E;"
                        "fontSize=12;", 40, y0 + 2, 104, y1 - y0 - 4)
        else:
            page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};"
                        "fontStyle=1;fontSize=13;", 40, y0 + 2, 160, y1 - y0 - 4)
    e0, e1 = rows[emotion_row]
    page.vertex("", "rounded=0;whiteSpace=wrap;html=1;fillColor=#FFFBEA;strokeColor=#F2D6A2;", left, e0,
                cols[-1][1] - left, e1 - e0)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4, skip=("Emociones",))
    dots = []
    for i, cell in enumerate(grid["Emociones"]):
        x0, x1 = cols[i]
        for dot in cell:
            cx = (x0 + x1) / 2 + rng.uniform(-20, 20)
            cy = dot_y(rng, dot.score, e0, e1 - e0)
            dots.append((dot, i, cx, cy))
    page.edge(None, None, "curved=1;endArrow=none;html=1;strokeWidth=2;strokeColor=#E67E22;",
              points=[(cx, cy) for _, _, cx, cy in dots[1:-1]], ends=[dots[0][2:], dots[-1][2:]])
    for dot, i, cx, cy in dots:
        rect = (cx - 6, cy - 6, 12, 12)
        page.vertex("", "ellipse;whiteSpace=wrap;html=1;aspect=fixed;fillColor=#E67E22;strokeColor=#FFFFFF;", *rect)
        if dot.label:
            page.vertex(dot.label, "text;html=1;align=center;verticalAlign=middle;fontSize=11;fontStyle=2;",
                        cx - 45, cy + 9, 90, 18)
        placed.append(Placed(dot, rect, i, emotion_row))
    drawio_cards(page, journey, placed, rng)
    verify(journey, placed, meet(cols), meet(rows))
    verify_dots(journey, placed, (e0, e1))
    return Output(journey, mxfile([page], True, rng, 1), page.labels)


def b5_emoji_pt():
    """Emoji at the start of every stage name ("🔍 Pesquisa") and lane title ("👣 Ações"), arrows
    from card to card inside three stages (the flow of a stage, unlabelled), one dashed back-arrow
    from "📝 Documentação" to "💳 Financiamento" labelled "volta após 2 semanas", and cards turned
    by 2–5°."""
    stages = ["🔍 Pesquisa", "🚗 Test drive", "💳 Financiamento", "📝 Documentação", "🔧 Primeiros meses"]
    lanes = [("👣 Ações", ACTIONS), ("💭 Pensamentos", THOUGHTS), ("😊 Emoções", EMOTIONS),
             ("📱 Pontos de contato", TOUCHPOINTS), ("⚠️ Dores", PAIN), ("💡 Oportunidades", OPPORTUNITIES)]
    grid = {
        "👣 Ações": [["Pesquisa na OLX e na Webmotors", C("Consulta a tabela FIPE", rot=3)],
                    ["Agenda visita na loja", "Dirige o carro por 15 minutos"],
                    ["Simula o financiamento", C("Envia os documentos ao banco", rot=-4)],
                    [C("Faz a vistoria no Detran", rot=2), "Transfere o carro para o nome"],
                    ["Troca o óleo", C("Leva à oficina por um barulho", rot=5)]],
        "💭 Pensamentos": [["Será que o preço está justo?"], [C("Esse barulho é normal?", rot=-3)],
                          ["Os juros são altos demais"], ["Quanta burocracia!"], ["Fiz um bom negócio?"]],
        "😊 Emoções": [[E("curioso", 1, "curioso")], [E("🤩", 2, "")], [E("😟 confuso", -1, "confuso")],
                      [E("frustrado (-1)", -1, "frustrado")], [E("🙂 feliz", 1, "feliz")]],
        "📱 Pontos de contato": [["OLX", "Webmotors"], ["Loja de seminovos", C("Vendedor", rot=4)],
                                ["App do banco", "Simulador"], ["Detran", "Despachante"], ["Oficina", "Grupo no Facebook"]],
        "⚠️ Dores": [["Anúncios sem histórico de manutenção"], ["Vendedor pressiona para fechar no dia"],
                    [C("Taxa diferente da anunciada", rot=-2)], ["Vistoria agendada só para 10 dias"], []],
        "💡 Oportunidades": [["Laudo cautelar no anúncio"], ["Test drive sem vendedor"], ["Taxa final na simulação"],
                            [C("Transferência digital", rot=3)], ["Revisão grátis aos 3 meses"]],
    }
    arrows = [
        Arrow(("🔍 Pesquisa", "👣 Ações", "Pesquisa na OLX e na Webmotors"),
              ("🔍 Pesquisa", "👣 Ações", "Consulta a tabela FIPE")),
        Arrow(("🚗 Test drive", "👣 Ações", "Agenda visita na loja"),
              ("🚗 Test drive", "👣 Ações", "Dirige o carro por 15 minutos")),
        Arrow(("💳 Financiamento", "👣 Ações", "Simula o financiamento"),
              ("💳 Financiamento", "👣 Ações", "Envia os documentos ao banco")),
        Arrow(("📝 Documentação", "👣 Ações", "Faz a vistoria no Detran"),
              ("📝 Documentação", "👣 Ações", "Transfere o carro para o nome")),
        Arrow(("📝 Documentação", "👣 Ações", "Faz a vistoria no Detran"),
              ("💳 Financiamento", "👣 Ações", "Simula o financiamento"), "volta após 2 semanas"),
    ]
    journey = Journey("b5-emoji-pt", "drawio", "emoji-names-flow-arrows-turned-cards", "drawio", "pt",
                      "Comprar o primeiro carro usado", stages, lanes, grid, arrows=arrows)
    rng = random.Random(journey.name)
    page = DrawioPage("Jornada", rng)
    base, gap, pad = 40, 22, 12
    col_w = [rng.randint(206, 220) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=76)
    row_h[0] += 26
    left, top = 226, 150
    cols, rows = bands(left, col_w, 10), bands(top, row_h, 6)
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 600, 44)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=1;arcSize=30;whiteSpace=wrap;html=1;fillColor=#FFE599;strokeColor=#BF9000;"
                    "fontStyle=1;fontSize=15;", x0 + 4, top - 56, x1 - x0 - 8, 42)
    for j, (y0, y1) in enumerate(rows):
        page.vertex(lanes[j][0], "rounded=1;arcSize=12;whiteSpace=wrap;html=1;fillColor=#F3F3F3;strokeColor=#B7B7B7;"
                    "fontStyle=1;fontSize=13;align=left;spacingLeft=8;", 40, y0 + 2, 174, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    drawio_cards(page, journey, placed, rng,
                 style=lambda kind, item: card_style(kind, rng, extra="shadow=1;" if rot_of(item) else ""))
    drawio_arrows(page, journey, placed, flow_style="endArrow=block;endFill=1;html=1;strokeColor=#666666;",
                  back_style="edgeStyle=none;curved=1;endArrow=classic;html=1;dashed=1;strokeColor=#C0392B;"
                             "fontColor=#C0392B;fontSize=11;fontStyle=2;labelBackgroundColor=#FFFFFF;")
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], False, rng, 2), page.labels)


def persona_card_drawio(page, x, y, w, h, name, role, *, fill="#FFFFFF", stroke="#1F3A5F"):
    page.vertex(f"{name}\n{role}", f"rounded=1;arcSize=12;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};"
                "align=left;spacingLeft=54;fontSize=11;", x, y, w, h, mode="bold")
    page.vertex("", f"shape=image;verticalLabelPosition=bottom;labelBackgroundColor=default;verticalAlign=top;"
                f"aspect=fixed;imageAspect=0;image={svg_data('person')};", x + 8, y + (h - 40) / 2, 40, 40)


def b5_committee_de():
    """A B2B map: the buying committee as persona cards in a row above the stage headers under the
    heading "Buying Center", three lanes for the buying company's departments, a lane added late at
    the bottom ("Ideen", a narrower title box, further down), reviewers' callouts ("Hinweis: …"),
    cards overlapping the one above and one card reaching into the next stage; compressed."""
    stages = ["Problem erkennen", "Anbieter suchen", "Pilot", "Verhandlung", "Einführung"]
    lanes = [("Fuhrparkleitung", None), ("Einkauf", None), ("IT-Sicherheit", None), ("Kontaktpunkte", TOUCHPOINTS),
             ("Stimmung", EMOTIONS), ("Probleme", PAIN), ("Ideen", OPPORTUNITIES)]
    grid = {
        "Fuhrparkleitung": [["Tankkarten-Abrechnung dauert Tage", C("Fahrtenbücher fehlen", overlap=8)],
                            ["Sucht nach „Telematik Fuhrpark“", C("Lässt sich drei Demos zeigen", w=220, shift=14)],
                            ["Testet mit 12 Transportern", C("Sammelt Feedback der Fahrer", overlap=6)],
                            ["Schreibt die Entscheidungsvorlage"],
                            ["Schult die Disponenten", C("Verteilt die Fahrer-App", overlap=7)]],
        "Einkauf": [[], ["Holt drei Angebote ein"], [], ["Verhandelt Staffelpreise", "Fordert 30 Tage Zahlungsziel"],
                    ["Legt den Lieferanten im ERP an"]],
        "IT-Sicherheit": [[], ["Schickt den Sicherheitsfragebogen"], ["Prüft, wo die GPS-Daten liegen"],
                          ["Prüft den AV-Vertrag"], ["Richtet Single Sign-on ein"]],
        "Kontaktpunkte": [["Branchenmesse", "Fachzeitschrift"], ["Vergleichsportal", C("Webinar", overlap=6)],
                          ["Testzugang", "Support-Chat"], ["Angebot", "Videocall"], ["Onboarding-Portal", "Fahrer-App"]],
        "Stimmung": [[E("😞", -2, "")], [E("neugierig", 1, "neugierig")], [E("😊 zufrieden", 1, "zufrieden")],
                     [E("frustriert", -1, "frustriert")], [E("😀 (+2)", 2, "")]],
        "Probleme": [["Kosten pro Fahrzeug unbekannt"], ["Preise nur auf Anfrage"], ["Betriebsrat nicht eingebunden"],
                     ["Mindestlaufzeit 36 Monate"], ["Fahrer lehnen die Ortung ab"]],
        "Ideen": [["Kostenrechner auf der Website"], [], ["Pilot-Paket mit Vorlage für den Betriebsrat"],
                  ["Monatlich kündbarer Einstieg"], ["Privatfahrt-Modus in der App"]],
    }
    personas = [("Jana Becker", "Fuhrparkleiterin – Champion"), ("Thomas Wolf", "Einkaufsleiter – verhandelt"),
                ("Dr. Sabine Krüger", "CFO – gibt das Budget frei"), ("Murat Yılmaz", "IT-Sicherheit – prüft den Datenschutz")]
    heading = "Buying Center"
    callouts = [("Testet mit 12 Transportern", "Hinweis: mit dem Vertrieb klären, ob der Pilot kostenlos ist"),
                ("Fahrer lehnen die Ortung ab", "Hinweis: Zitat aus Interview 3 (Disposition)")]
    journey = Journey("b5-committee-de", "drawio", "b2b-committee-row-late-lane-callouts", "drawio", "de",
                      "Einführung einer Flottenmanagement-Software", stages, lanes, grid, personas=personas,
                      notes=[heading], callouts=callouts)
    rng = random.Random(journey.name)
    page = DrawioPage("Buying Center", rng)
    base, gap, pad = 40, 8, 10
    col_w = [rng.randint(200, 212) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=72)
    left, top = 210, 270
    cols, rows = bands(left, col_w, 6), bands(top, row_h, [6, 6, 6, 6, 6, 22])
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 26, 700, 44)
    page.vertex(heading, "text;html=1;fontSize=14;fontStyle=1;align=left;verticalAlign=middle;fontColor=#1F3A5F;",
                40, 94, 160, 28)
    x = left
    for name, role in personas:
        persona_card_drawio(page, x, 86, 232, 60, name, role)
        x += 232 + 28
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=0;whiteSpace=wrap;html=1;fillColor=#1F3A5F;strokeColor=none;fontColor=#FFFFFF;"
                    "fontStyle=1;fontSize=14;", x0 + 2, top - 56, x1 - x0 - 4, 42)
    for j, (y0, y1) in enumerate(rows):
        if j == len(rows) - 1:
            page.vertex(lanes[j][0], "rounded=0;whiteSpace=wrap;html=1;fillColor=#FFE6CC;strokeColor=#D79B00;"
                        "fontSize=12;dashed=1;", 40, y0 + 2, 112, y1 - y0 - 4)
            continue
        fill, stroke = KIND_FILL[lanes[j][1]]
        if lanes[j][1] is None:
            fill, stroke = "#E8EEF7", "#1F3A5F"
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};fontStyle=1;"
                    "fontSize=13;", 40, y0 + 2, 160, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    drawio_cards(page, journey, placed, rng,
                 style=lambda kind, item: ("rounded=1;arcSize=10;whiteSpace=wrap;html=1;fillColor=#FFFFFF;"
                                           "strokeColor=#1F3A5F;fontSize=12;") if kind is None else card_style(kind, rng))
    bubbles = drawio_callouts(page, journey, placed, rng, ceiling=top, fill="#FCE4EC", stroke="#AD1457",
                              right=True)
    verify(journey, placed, meet(cols), meet(rows))
    verify_callouts(journey, placed, bubbles)
    return Output(journey, mxfile([page], True, rng, 3), page.labels)


def b5_stickywall_fr():
    """A workshop wall copied into draw.io: square sticky notes with a shadow, most turned by 2–5°,
    two places where a second note lies almost exactly on the first (shifted by about 10 px), the
    same text on notes of two stages ("Appel au service client", "Technicien"), a last stage
    ("Fidélisation") with no note yet, and reviewers' callouts ("Remarque : …")."""
    stages = ["Panne", "Contact SAV", "Diagnostic", "Réparation", "Fidélisation"]
    lanes = [("Actions", ACTIONS), ("Pensées", THOUGHTS), ("Émotions", EMOTIONS), ("Points de contact", TOUCHPOINTS),
             ("Irritants", PAIN)]
    grid = {
        "Actions": [[C("Voit un code d'erreur E21", rot=-3), C("Cherche le code sur Internet", rot=2)],
                    [C("Appelle le service client", rot=4), C("Envoie la facture d'achat", rot=-2)],
                    [C("Reçoit le technicien", rot=3), C("Attend la pièce détachée", rot=-2),
                     C("Relance pour la pièce", rot=2, on=(10, 9))],
                    [C("Le technicien revient", rot=-4), C("Lance une machine de test", rot=3)], []],
        "Pensées": [[C("C'est encore sous garantie ?", rot=2)], [C("Pourquoi faut-il tout réexpliquer ?", rot=-5)],
                    [C("Trois semaines sans machine ?", rot=3)], [C("Pourvu que ça tienne", rot=-2)], []],
        "Émotions": [[E("😟", -1, "")], [E("frustré", -1, "frustré")], [E("😭 (-2)", -2, "")],
                     [E("content 😊", 1, "content")], []],
        "Points de contact": [[C("Notice", rot=-3), C("Forum", rot=4)],
                              [C("Appel au service client", rot=2), C("E-mail", rot=-3)],
                              [C("Technicien", rot=-2), C("Appel au service client", rot=4)],
                              [C("Technicien", rot=3)], []],
        "Irritants": [[C("Code d'erreur absent de la notice", rot=-2)],
                      [C("45 minutes d'attente", rot=3), C("Numéro surtaxé", rot=-4, on=(9, 10))],
                      [C("Pièce en rupture de stock", rot=2)], [C("Créneau de 8 h à 13 h", rot=-3)], []],
    }
    callouts = [("Pièce en rupture de stock", "Remarque : à valider avec l'équipe SAV"),
                ("45 minutes d'attente", "Remarque : cité dans 5 entretiens sur 7")]
    journey = Journey("b5-stickywall-fr", "drawio", "sticky-wall-turned-stacked-empty-stage", "drawio", "fr",
                      "Réparer son lave-linge sous garantie", stages, lanes, grid, callouts=callouts)
    rng = random.Random(journey.name)
    page = DrawioPage("Mur", rng)
    base, gap, pad = 70, 12, 14
    col_w = [rng.randint(176, 190) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=100, slack=(6, 18))
    left, top = 200, 150
    cols, rows = bands(left, col_w, 14), bands(top, row_h, 12)
    page.vertex(journey.title, "text;html=1;fontSize=26;fontStyle=1;align=left;verticalAlign=middle;"
                "fontFamily=Architects Daughter;", 40, 30, 700, 46)
    for i, (x0, x1) in enumerate(cols):
        page.vertex(stages[i], "rounded=0;whiteSpace=wrap;html=1;fillColor=#FFB570;strokeColor=none;fontStyle=1;"
                    "fontSize=16;shadow=1;fontFamily=Architects Daughter;", x0 + 14, top - 66, x1 - x0 - 28, 50,
                    rotation=rng.choice([-2, -1, 1, 2]))
    for j, (y0, y1) in enumerate(rows):
        page.vertex(lanes[j][0], "rounded=0;whiteSpace=wrap;html=1;fillColor=#A9C4EB;strokeColor=none;fontStyle=1;"
                    "fontSize=14;shadow=1;fontFamily=Architects Daughter;", 40, (y0 + y1) / 2 - 40, 140, 80,
                    rotation=rng.choice([-2, 1, 2]))
    sticky = {ACTIONS: "#FFF475", THOUGHTS: "#CBF0F8", TOUCHPOINTS: "#CCFF90", PAIN: "#F28B82"}
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=6, width=128, emotion_w=120)
    drawio_cards(page, journey, placed, rng,
                 style=lambda kind, item: (f"rounded=0;whiteSpace=wrap;html=1;fillColor={sticky[kind]};strokeColor=none;"
                                           "shadow=1;fontSize=12;fontFamily=Architects Daughter;"))
    bubbles = drawio_callouts(page, journey, placed, rng, ceiling=top, width=170)
    verify(journey, placed, meet(cols), meet(rows))
    verify_callouts(journey, placed, bubbles)
    return Output(journey, mxfile([page], False, rng, 0), page.labels)


def b5_taglish_tl():
    """A Tagalog map with Taglish cards (English words inside Tagalog sentences), a stage added late
    at the right ("Pagbabayad ng hulog": green instead of navy, not rounded, 14 px lower, further
    away), a legend at the bottom left drawn as a heading and texts beside colour swatches, a version
    stamp at the bottom right and a logo at the top right; compressed."""
    stages = ["Paghahanap", "Pag-apply sa app", "Verification", "Approval", "Pagbabayad ng hulog"]
    lanes = [("Mga Ginagawa", ACTIONS), ("Iniisip", THOUGHTS), ("Damdamin", EMOTIONS), ("Touchpoints", TOUCHPOINTS),
             ("Mga Problema", PAIN), ("Mga Ideya", OPPORTUNITIES)]
    grid = {
        "Mga Ginagawa": [["Nag-search sa Google ng “fast loan approval”", "Nagtanong sa officemates"],
                         ["Nag-download ng app", "Nag-fill up ng form habang nasa jeep"],
                         ["Nag-upload ng valid ID at selfie", "Nag-video call para sa verification"],
                         ["Na-approve after 3 days", "Na-receive ang pera sa e-wallet"],
                         ["Nag-set up ng auto-debit", "Nagbayad via GCash"]],
        "Iniisip": [["Legit ba 'tong app na 'to?"], ["Ang daming tanong, para saan 'to?"], ["Bakit blurry daw ang ID ko?"],
                    ["Sana ma-approve na talaga"], ["Magkano ba talaga ang interest?"]],
        "Damdamin": [[E("sabik", 1, "sabik")], [E("nalilito", -1, "nalilito")], [E("😩 naiinis", -2, "naiinis")],
                     [E("😍", 2, "")], [E("masaya 🙂", 1, "masaya")]],
        "Touchpoints": [["Google", "Facebook ads"], ["Mobile app"], ["Mobile app", "Video call"], ["SMS", "E-wallet"],
                        ["GCash", "Email reminder"]],
        "Mga Problema": [["Hindi malinaw ang interest rate sa ads"], ["Nag-crash ang app sa step 4"],
                         ["Ni-reject ang ID dahil sa glare"], ["Walang update for 3 days"],
                         ["May late fee kahit on time nagbayad"]],
        "Mga Ideya": [["Loan calculator sa landing page"], ["Auto-save ng form"], ["Tips bago mag-picture ng ID"],
                      ["Status tracker sa app"], ["Payment confirmation agad"]],
    }
    legend = ["Legend", "Dilaw – ginagawa ng customer", "Pula – problema", "Berde – ideya"]
    stamp = "v3 – updated 2026-11-02"
    journey = Journey("b5-taglish-tl", "drawio", "taglish-late-stage-legend-swatches", "drawio", "tl",
                      "Pag-apply ng personal loan sa digital bank", stages, lanes, grid, notes=legend + [stamp])
    rng = random.Random(journey.name)
    page = DrawioPage("Customer journey", rng)
    base, gap, pad = 40, 8, 10
    col_w = [rng.randint(198, 210) for _ in stages[:-1]] + [214]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=72)
    left, top = 196, 150
    cols, rows = bands(left, col_w, [6, 6, 6, 30]), bands(top, row_h, 6)
    right, bottom = cols[-1][1], rows[-1][1]
    page.vertex(journey.title, "text;html=1;fontSize=24;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 700, 44)
    page.vertex("", f"shape=image;verticalLabelPosition=bottom;labelBackgroundColor=default;verticalAlign=top;"
                f"imageAspect=0;image={svg_data('logo2')};", right - 120, 28, 120, 40)
    for i, (x0, x1) in enumerate(cols):
        if i == len(cols) - 1:
            page.vertex(stages[i], "rounded=0;whiteSpace=wrap;html=1;fillColor=#D5E8D4;strokeColor=#82B366;"
                        "fontStyle=1;fontSize=13;", x0 + 2, top - 56 + 14, x1 - x0 - 4, 40)
        else:
            page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=#0B2545;strokeColor=none;"
                        "fontColor=#FFFFFF;fontStyle=1;fontSize=14;", x0 + 2, top - 56, x1 - x0 - 4, 42)
    yellow = {ACTIONS: "#FFF2CC", PAIN: "#F8CECC", OPPORTUNITIES: "#D5E8D4"}
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};"
                    "fontStyle=1;fontSize=13;", 40, y0 + 2, 146, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    drawio_cards(page, journey, placed, rng,
                 style=lambda kind, item: (f"rounded=1;whiteSpace=wrap;html=1;fillColor={yellow[kind]};"
                                           "strokeColor=#999999;fontSize=11;") if kind in yellow
                 else card_style(kind, rng))
    ly = bottom + 30
    page.vertex("", "rounded=0;whiteSpace=wrap;html=1;fillColor=#FAFAFA;strokeColor=#BBBBBB;", 40, ly, 260, 104)
    page.vertex(legend[0], "text;html=1;fontSize=12;fontStyle=1;align=left;verticalAlign=middle;", 50, ly + 4, 120, 22)
    for k, (label, kind) in enumerate(zip(legend[1:], [ACTIONS, PAIN, OPPORTUNITIES])):
        page.vertex("", f"rounded=0;whiteSpace=wrap;html=1;fillColor={yellow[kind]};strokeColor=#999999;",
                    52, ly + 32 + 23 * k, 14, 14)
        page.vertex(label, "text;html=1;fontSize=11;align=left;verticalAlign=middle;", 74, ly + 29 + 23 * k, 220, 20)
    page.vertex(stamp, "text;html=1;fontSize=10;align=right;verticalAlign=middle;fontColor=#7F7F7F;",
                right - 200, bottom + 34, 200, 18)
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, mxfile([page], True, rng, 1), page.labels)


def b5_committee_ja():
    """A B2B map whose buying committee stands in a row of persona cards UNDER the grid (heading
    "購買関与者"), a stage added late at the right ("本番運用": a dashed outline header, 12 px lower),
    reviewers' callouts ("注：…") and a few cards turned by 2–4°; compressed."""
    stages = ["課題の顕在化", "情報収集", "トライアル", "社内稟議", "本番運用"]
    lanes = [("経理部", None), ("情報システム部", None), ("営業部（申請者）", None), ("タッチポイント", TOUCHPOINTS),
             ("感情", EMOTIONS), ("課題", PAIN)]
    grid = {
        "経理部": [["紙の領収書の確認に月40時間", "インボイス制度への対応が必要"], ["比較サイトで資料請求", C("3社のデモを見る", rot=3)],
                ["10名でトライアル", "仕訳連携を確認"], ["稟議書を作成"], ["全社説明会を開く", C("運用ルールを配布", rot=-2)]],
        "情報システム部": [[], ["セキュリティチェックシートを送る"], [C("SSO連携を検証", rot=-3)], ["情報セキュリティ委員会で承認"],
                    ["アカウントを一括登録"]],
        "営業部（申請者）": [["出張精算が月末に集中"], [], ["スマホで領収書を撮影"], [], [C("交通費を自動で取り込む", rot=4)]],
        "タッチポイント": [["税理士", "業界セミナー"], ["比較サイト", "オンラインデモ"], ["トライアル環境", "サポートチャット"],
                    ["見積書", "稟議システム"], ["ヘルプセンター", "モバイルアプリ"]],
        "感情": [[E("不安", -1, "不安")], [E("期待", 1, "期待")], [E("😊", 1, "")], [E("😩 (-2)", -2, "")],
               [E("嬉しい", 1, "嬉しい")]],
        "課題": [["差し戻しが多い"], ["料金体系が複雑"], ["会計ソフトとの連携に追加費用"], ["承認者が5人"],
               ["古い申請書を使う人がいる"]],
    }
    personas = [("佐藤 美咲", "経理部長・導入責任者"), ("高橋 健", "情報システム部・セキュリティ審査"),
                ("山本 直子", "取締役・最終決裁"), ("伊藤 翔", "営業課長・現場代表")]
    heading = "購買関与者"
    callouts = [("会計ソフトとの連携に追加費用", "注：営業に無償で連携できるか確認"), ("承認者が5人", "注：山本さんのインタビューより")]
    journey = Journey("b5-committee-ja", "drawio", "b2b-committee-under-grid-late-stage", "drawio", "ja",
                      "経費精算クラウドの導入（従業員300名の商社）", stages, lanes, grid, personas=personas,
                      notes=[heading], callouts=callouts)
    rng = random.Random(journey.name)
    page = DrawioPage("ページ1", rng)
    base, gap, pad = 38, 8, 10
    col_w = [rng.randint(184, 196) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=70)
    left, top = 196, 150
    cols, rows = bands(left, col_w, [6, 6, 6, 20]), bands(top, row_h, 6)
    bottom = rows[-1][1]
    page.vertex(journey.title, "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 700, 42)
    for i, (x0, x1) in enumerate(cols):
        if i == len(cols) - 1:
            page.vertex(stages[i], "rounded=1;whiteSpace=wrap;html=1;fillColor=none;strokeColor=#C55A11;dashed=1;"
                        "fontColor=#C55A11;fontStyle=1;fontSize=14;", x0 + 4, top - 54 + 12, x1 - x0 - 8, 40)
        else:
            page.vertex(stages[i], "rounded=0;whiteSpace=wrap;html=1;fillColor=#C55A11;strokeColor=none;"
                        "fontColor=#FFFFFF;fontStyle=1;fontSize=14;", x0 + 2, top - 54, x1 - x0 - 4, 42)
    for j, (y0, y1) in enumerate(rows):
        fill, stroke = KIND_FILL[lanes[j][1]]
        if lanes[j][1] is None:
            fill, stroke = "#FBE5D6", "#C55A11"
        page.vertex(lanes[j][0], f"rounded=0;whiteSpace=wrap;html=1;fillColor={fill};strokeColor={stroke};"
                    "fontStyle=1;fontSize=12;", 40, y0 + 2, 146, y1 - y0 - 4)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    drawio_cards(page, journey, placed, rng,
                 style=lambda kind, item: ("rounded=0;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#C55A11;"
                                           "fontSize=11;") if kind is None else card_style(kind, rng, size=10))
    bubbles = drawio_callouts(page, journey, placed, rng, ceiling=top, width=160)
    page.vertex(heading, "text;html=1;fontSize=14;fontStyle=1;align=left;verticalAlign=middle;", 40, bottom + 28, 200, 26)
    x = 40
    for name, role in personas:
        persona_card_drawio(page, x, bottom + 60, 236, 58, name, role, stroke="#C55A11")
        x += 236 + 16
    verify(journey, placed, meet(cols), meet(rows))
    verify_callouts(journey, placed, bubbles)
    return Output(journey, mxfile([page], True, rng, 3), page.labels)


# --------------------------------------------------------------------------------------------------
# The maps: yEd desktop
# --------------------------------------------------------------------------------------------------


def yed_cards(doc, journey, placed, *, font=11, emotion_font=14, fills=None, shape="roundrectangle", shadow=None):
    for p in placed:
        kind = journey.lanes[p.lane][1]
        text = text_of(p.item)
        if isinstance(p.item, E):
            p.ref = doc.node(p.rect, text, text_only=True, font=emotion_font)
        else:
            fill = (fills or YED_LANE_FILLS)[kind]
            p.ref = doc.node(p.rect, text, shape=shape, fill=fill, border="#7F7F7F", font=font, shadow=shadow,
                             wrap=isinstance(p.item, C) and p.item.wrap)


def b5_flows_ja():
    """A yEd map with the flow drawn in it: arrows from card to card inside three stages, a dashed red
    back-arrow from "フォローアップ" to "予約" labelled "2週間後に再受診", cards of very different sizes
    (a tiny "LINE" card, one three times taller than the rest, a long thought wrapping to five lines
    in a cropping label) and reviewers' remarks as yEd UML notes tied to their card by a dashed
    line ("注：…")."""
    stages = ["症状に気づく", "予約", "診察", "薬の受け取り", "フォローアップ"]
    lanes = [("行動", ACTIONS), ("思考", THOUGHTS), ("感情", EMOTIONS), ("タッチポイント", TOUCHPOINTS), ("課題", PAIN)]
    grid = {
        "行動": [["喉の痛みが3日続く", "ネットで症状を検索"], ["アプリで空き枠を探す", "問診票を入力"],
               [C("ビデオ通話で診察", h=112), "処方内容を確認"], ["薬局を選ぶ", "配送で薬を受け取る"],
               ["再診を予約", "チャットで経過を報告"]],
        "思考": [["病院に行くほどでもない？"], ["今日中に診てもらえる？"],
               [C("画面越しでちゃんと診てもらえるのか、聞き忘れたことがあったらどうしよう、今飲んでいる薬との飲み合わせは大丈夫か",
                  h=98, wrap=True)],
               ["いつ届くんだろう"], ["また最初から入力？"]],
        "感情": [[E("不安", -1, "不安")], [E("😐", 0, "")], [E("🙂 期待", 1, "期待")], [E("😢 (-2)", -2, "")],
               [E("困惑", -1, "困惑")]],
        "タッチポイント": [["検索エンジン"], ["診療アプリ", C("LINE", h=22, w=48)], ["ビデオ通話"], ["薬局", "宅配便"],
                    ["アプリのチャット"]],
        "課題": [["受診の目安がわからない"], ["問診が20問もある"], ["通信が途切れる"], ["配送まで2日かかる"],
               ["再診でも問診を再入力"]],
    }
    arrows = [Arrow(("予約", "行動", "アプリで空き枠を探す"), ("予約", "行動", "問診票を入力")),
              Arrow(("診察", "行動", "ビデオ通話で診察"), ("診察", "行動", "処方内容を確認")),
              Arrow(("薬の受け取り", "行動", "薬局を選ぶ"), ("薬の受け取り", "行動", "配送で薬を受け取る")),
              Arrow(("フォローアップ", "行動", "再診を予約"), ("予約", "行動", "アプリで空き枠を探す"), "2週間後に再受診")]
    callouts = [("配送まで2日かかる", "注：薬局との連携は来期のスコープ"), ("問診が20問もある", "注：インタビューで3名が同じ発言")]
    journey = Journey("b5-flows-ja", "graphml", "yed-flow-arrows-sizes-notes", "yed", "ja",
                      "オンライン診療：予約から薬の受け取りまで", stages, lanes, grid, arrows=arrows, callouts=callouts)
    rng = random.Random(journey.name)
    doc = YEdDocument()
    base, gap, pad = 36, 20, 10
    col_w = [rng.randint(180, 192) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=70)
    left, top = 170.0, 140.0
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 6)
    doc.node((30, 24, text_width(journey.title, 20) + 20, 36), journey.title, text_only=True, font=20, bold=True)
    for i, (x0, x1) in enumerate(cols):
        doc.node((x0 + 3, top - 56 + rng.uniform(-2, 2), x1 - x0 - 6, 42), stages[i], shape="roundrectangle",
                 fill="#2F5597", border="#2F5597", font=14, bold=True, color="#FFFFFF")
    for j, (y0, y1) in enumerate(rows):
        doc.node((40, y0 + 2, 120, y1 - y0 - 4), lanes[j][0], fill=YED_LANE_FILLS[lanes[j][1]], border="#7F7F7F",
                 font=13, bold=True)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    yed_cards(doc, journey, placed)
    for arrow in journey.arrows:
        source, target = find(journey, placed, *arrow.source), find(journey, placed, *arrow.target)
        if arrow.source[0] == arrow.target[0]:
            doc.edge(source.ref, target.ref, color="#595959")
        else:
            (sx, sy, sw, _), (tx, ty, tw, _) = source.rect, target.rect
            high = rows[0][0] - 5
            doc.edge(source.ref, target.ref, label=arrow.label, color="#C00000", line="dashed",
                     bends=[(sx + sw / 2, high), (tx + tw / 2, high)])
    bubbles = []
    for card, remark in journey.callouts:
        p = find_text(placed, card)
        x, y, w, h = p.rect
        lines = wrapped_lines(remark, 136, 10)
        nh = 16 * lines + 14
        note = doc.node((x + w * 0.45, y - nh + 10, 150, nh), remark, realizer="UMLNoteNode", fill="#FFFFCC",
                        border="#B3A100", font=10, wrap=True)
        doc.edge(note, p.ref, color="#B3A100", line="dashed", arrow="none")
        bubbles.append((remark, (x + w / 2, y + h / 2)))
    verify(journey, placed, meet(cols), meet(rows))
    verify_callouts(journey, placed, bubbles)
    return Output(journey, doc.text(), doc.labels)


def b5_yedemoji_fr():
    """A yEd map with emoji in every stage name ("📚 Code") and lane title ("👣 Actions"), a lane added
    late at the bottom ("💡 Opportunités": a narrower title box in another colour, further down), the
    same card text in several stages ("Auto-école", "Site de l'ANTS") and a last stage ("🎉 Après le
    permis") with no card yet."""
    stages = ["📚 Code", "🚗 Leçons de conduite", "📅 Inscription à l'examen", "🧾 Examen", "🎉 Après le permis"]
    lanes = [("👣 Actions", ACTIONS), ("💭 Pensées", THOUGHTS), ("😊 Émotions", EMOTIONS),
             ("📍 Points de contact", TOUCHPOINTS), ("⚠️ Irritants", PAIN), ("💡 Opportunités", OPPORTUNITIES)]
    grid = {
        "👣 Actions": [["S'inscrit sur une appli de code", "Fait 40 séries de questions"],
                      ["Réserve des heures de conduite", "Fait 20 heures avec un moniteur"],
                      ["Attend une place d'examen", "Prend des heures en plus"],
                      ["Passe l'examen", "Reçoit le résultat en ligne"], []],
        "💭 Pensées": [["Les questions sont piégeuses"], ["Pourquoi toujours un moniteur différent ?"],
                      ["Encore deux mois d'attente ?"], ["Et si je cale au démarrage ?"], []],
        "😊 Émotions": [[E("curieux", 1, "curieux")], [E("😐", 0, "")], [E("frustré", -1, "frustré")],
                       [E("😟 perdu", -1, "perdu")], []],
        "📍 Points de contact": [["Appli de code", "Auto-école"], ["Auto-école", "Moniteur"],
                                ["Auto-école", "Site de l'ANTS"], ["Inspecteur", "Site de l'ANTS"], []],
        "⚠️ Irritants": [[], ["Planning en ligne toujours complet"], ["Délai d'attente de 3 mois"],
                        ["Résultat seulement après 48 h"], []],
        "💡 Opportunités": [["Examens blancs en illimité"], ["Même moniteur à chaque leçon"],
                           ["Liste d'attente automatique"], ["Résultat par SMS le jour même"], []],
    }
    journey = Journey("b5-yedemoji-fr", "graphml", "yed-emoji-late-lane-empty-stage", "yed", "fr",
                      "Passer le permis de conduire", stages, lanes, grid)
    rng = random.Random(journey.name)
    doc = YEdDocument()
    base, gap, pad = 38, 8, 10
    col_w = [rng.randint(186, 200) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=72)
    left, top = 200.0, 150.0
    cols, rows = bands(left, col_w, 6), bands(top, row_h, [6, 6, 6, 6, 20])
    doc.node((30, 26, text_width(journey.title, 22) + 20, 38), journey.title, text_only=True, font=22, bold=True)
    for i, (x0, x1) in enumerate(cols):
        doc.node((x0 + 2, top - 54 + rng.uniform(-2, 2), x1 - x0 - 4, 42), stages[i], fill="#5B2C6F",
                 border="#5B2C6F", font=13, bold=True, color="#FFFFFF")
    for j, (y0, y1) in enumerate(rows):
        if j == len(rows) - 1:
            doc.node((40, y0 + 2, 104, y1 - y0 - 4), lanes[j][0], shape="roundrectangle", fill="#D5F5E3",
                     border="#1E8449", font=12)
        else:
            doc.node((40, y0 + 2, 150, y1 - y0 - 4), lanes[j][0], fill="#EBDEF0", border="#7D3C98", font=13,
                     bold=True)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    yed_cards(doc, journey, placed)
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, doc.text(), doc.labels)


# --------------------------------------------------------------------------------------------------
# The maps: yEd Live
# --------------------------------------------------------------------------------------------------

YLIVE_FILLS = {
    ACTIONS: "#FFF2CC", THOUGHTS: "#E1D5E7", EMOTIONS: "#FFF2CC", TOUCHPOINTS: "#DAE8FC", PAIN: "#F8CECC",
    OPPORTUNITIES: "#D5E8D4", None: "#FFFFFF",
}


def ylive_cards(doc, journey, placed, *, custom_stroke="#2E75B6"):
    for p in placed:
        kind = journey.lanes[p.lane][1]
        if isinstance(p.item, E):
            p.ref = doc.node(p.rect, p.item.text, ylive_shape("PILL", "#FFF8E1", "#D6B656"))
        else:
            stroke = custom_stroke if kind is None else "#7F7F7F"
            p.ref = doc.node(p.rect, text_of(p.item), ylive_shape("ROUND_RECTANGLE", YLIVE_FILLS[kind], stroke))


def ylive_notes(doc, journey, placed, rng, *, width=156):
    """A reviewer's note (a yellow rectangle) over each card named in `journey.callouts`, tied to the
    card by a dashed line. Returns [(remark, tip)]."""
    out = []
    for card, remark in journey.callouts:
        p = find_text(placed, card)
        x, y, w, h = p.rect
        nh = 14 * wrapped_lines(remark, width - 12, 10) + 12
        note = doc.node((x + w * 0.5 + rng.uniform(-8, 8), y - nh + 12, width, nh), remark,
                        ylive_shape("RECTANGLE", "#FFF59D", "#C9A800"), label_style="4")
        doc.edge(note, p.ref, colour="#C9A800", dashed=True, arrow=False)
        out.append((remark, (x + w / 2, y + h / 2)))
    return out


def b5_committee_zh():
    """A B2B map in yEd Live (free nodes, no table): the buying committee as persona cards in a column
    left of the lane titles under the heading "采购决策小组", three lanes for the buying company's
    departments, emoji in every stage name and lane title, a stage added late at the right ("🔁 续约":
    orange instead of blue, dark text, 12 px lower) and reviewers' notes ("备注：…", "注：…") tied
    to their cards by dashed lines."""
    stages = ["🔍 需求调研", "🤝 方案沟通", "🧪 试用评估", "📝 商务谈判", "🚀 上线推广", "🔁 续约"]
    lanes = [("👔 业务部门", None), ("🛡️ IT部门", None), ("💰 财务部", None), ("📍 触点", TOUCHPOINTS),
             ("😊 情绪", EMOTIONS), ("⚠️ 痛点", PAIN)]
    grid = {
        "👔 业务部门": [["跨部门沟通靠微信群", "整理现有痛点"], ["参加厂商演示", "提出审批流需求"], ["三个部门试用两周", "收集员工反馈"],
                    [], ["组织全员培训"], ["统计使用率"]],
        "🛡️ IT部门": [[], ["评估与现有AD的集成"], ["做安全测评", "测试单点登录"], ["确认数据存储在境内"], ["迁移历史文档"], []],
        "💰 财务部": [[], [], [], ["比较三年总成本", "要求分期付款"], [], ["审核续约报价"]],
        "📍 触点": [["行业峰会", "同行推荐"], ["线上演示", "销售顾问"], ["试用账号", "客服群"], ["报价单", "合同"],
                  ["培训直播", "帮助中心"], ["客户成功经理"]],
        "😊 情绪": [[E("焦虑", -1, "焦虑")], [E("好奇", 1, "好奇")], [E("😊", 1, "")], [E("😠 (-2)", -2, "")],
                  [E("开心", 1, "开心")], [E("😐", 0, "")]],
        "⚠️ 痛点": [["信息分散在多个工具"], ["演示环境和真实场景差距大"], ["试用期太短"], ["报价按人头涨得太快"],
                  ["老员工不愿意换工具"], ["续约涨价没有提前通知"]],
    }
    personas = [("陈静", "行政总监 · 项目发起人"), ("王磊", "IT总监 · 技术把关"), ("刘洋", "财务经理 · 预算审批"),
                ("赵敏", "销售部负责人 · 使用者代表")]
    heading = "采购决策小组"
    callouts = [("试用期太短", "备注：与销售确认试用能否延长到30天"), ("续约涨价没有提前通知", "注：来自客户成功团队的访谈")]
    journey = Journey("b5-committee-zh", "graphml", "yed-live-b2b-emoji-late-stage-notes", "yed", "zh",
                      "企业采购协同办公平台 · 采购旅程", stages, lanes, grid, personas=personas, notes=[heading],
                      callouts=callouts)
    rng = random.Random(journey.name)
    doc = YLiveDocument()
    base, gap, pad = 38, 8, 10
    col_w = [float(rng.choice([176, 180, 186])) for _ in stages]
    row_h = [float(round(h)) for h in lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=76)]
    left, top = 410.0, 150.0
    cols, rows = bands(left, col_w, [6, 6, 6, 6, 24]), bands(top, row_h, 6)
    doc.node((40, 30, 640, 44), journey.title, VOID, label_style="3")
    for i, (x0, x1) in enumerate(cols):
        if i == len(cols) - 1:
            doc.node((x0 + 4, top - 56 + 12, x1 - x0 - 8, 40), stages[i],
                     ylive_shape("RECTANGLE", "#F8CBAD", "#C55A11"), label_style="5")
        else:
            doc.node((x0 + 2, top - 56, x1 - x0 - 4, 42), stages[i], ylive_shape("ROUND_RECTANGLE", "#2E75B6", "#2E75B6"),
                     label_style="2")
    for j, (y0, y1) in enumerate(rows):
        doc.node((252, y0 + 2, 146, y1 - y0 - 4), lanes[j][0], ylive_shape("RECTANGLE", "#DEEBF7", "#9DC3E6"),
                 label_style="5")
    doc.node((40, top - 50, 190, 30), heading, VOID, label_style="5")
    y = top
    for name, role in personas:
        doc.node((40, y, 196, 66), f"{name}\n{role}", ylive_shape("ROUND_RECTANGLE", "#FFFFFF", "#2E75B6"))
        doc.node((46, y + 4, 18, 18), "", ylive_shape("ELLIPSE", "#BDD7EE", "#2E75B6"))
        y += 66 + 16
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    ylive_cards(doc, journey, placed)
    bubbles = ylive_notes(doc, journey, placed, rng)
    verify(journey, placed, meet(cols), meet(rows))
    verify_callouts(journey, placed, bubbles)
    return Output(journey, doc.text(), doc.labels)


def b5_yedlive_es():
    """A yEd Live map (free nodes) whose lane titles stayed in English while the cards are Spanish,
    with cards of very different sizes (a tiny "Email" card, one three times taller, a long card
    wrapping to five lines, a card overlapping the one above), a legend box at the bottom left
    (one node, several lines), a version stamp and a logo picture at the top right."""
    stages = ["Me mudo", "Comparo precios", "Contrato", "Primer siniestro", "Renovación"]
    lanes = [("Actions", ACTIONS), ("Thoughts", THOUGHTS), ("Feelings", EMOTIONS), ("Touchpoints", TOUCHPOINTS),
             ("Pain points", PAIN), ("Opportunities", OPPORTUNITIES)]
    grid = {
        "Actions": [["El casero exige un seguro de hogar", "Pregunta en su banco"],
                    ["Usa un comparador",
                     C("Lee las condiciones de tres aseguradoras para entender qué cubren en daños por agua, robo "
                       "fuera de casa y responsabilidad civil frente a los vecinos", h=94, wrap=True)],
                    ["Contrata online en 10 minutos", C("Recibe la póliza en PDF", overlap=7)],
                    [C("Fuga en el baño", h=24, w=118),
                     C("Llama a la asistencia 24 h\nManda fotos por WhatsApp\nEspera al perito una semana", h=128)],
                    ["Recibe la subida de precio", "Busca otra aseguradora"]],
        "Thoughts": [["¿Es obligatorio?"], ["¿Por qué uno cuesta el doble?"], ["¿Qué he firmado?"],
                     ["¿Me lo van a cubrir?"], ["¿Un 18 % más sin ningún siniestro?"]],
        "Feelings": [[E("😐", 0, "")], [E("confundido", -1, "confundido")], [E("🙂 contento", 1, "contento")],
                     [E("😢", -2, "")], [E("frustrado", -1, "frustrado")]],
        "Touchpoints": [["Casero", "Banco"], ["Comparador online"], ["Web de la aseguradora", C("Email", h=22, w=58)],
                        ["Teléfono 24 h", C("WhatsApp", overlap=6)], ["Carta de renovación"]],
        "Pain points": [["No sabe qué capital asegurar"], ["Coberturas con nombres distintos"], [],
                        ["El perito tarda una semana"], ["Subida sin explicación"]],
        "Opportunities": [["Calculadora de capital"], ["Tabla de coberturas estándar"],
                          ["Resumen de la póliza en una página"], ["Seguimiento del siniestro en la app"],
                          ["Aviso previo con el motivo de la subida"]],
    }
    legend = "Leyenda\nAmarillo = acciones\nRosa = puntos de dolor\nVerde = oportunidades"
    stamp = "v3 – actualizado 2026-11-02"
    journey = Journey("b5-yedlive-es", "graphml", "yed-live-english-lanes-sizes-legend", "yed", "es",
                      "Contratar un seguro de hogar online", stages, lanes, grid, notes=[legend, stamp])
    rng = random.Random(journey.name)
    doc = YLiveDocument()
    base, gap, pad = 40, 8, 10
    col_w = [float(rng.choice([196, 200, 206])) for _ in stages]
    row_h = [float(round(h)) for h in lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=76)]
    left, top = 200.0, 160.0
    cols, rows = bands(left, col_w, 8), bands(top, row_h, 8)
    right, bottom = cols[-1][1], rows[-1][1]
    doc.node((40, 30, 600, 44), journey.title, VOID, label_style="3")
    doc.node((right - 64, 24, 64, 64), "", f'<yjs:ImageNodeStyle image="{svg_uri(SVG["logo"])}"/>')
    doc.node((right - 64 - 230, 60, 220, 22), stamp, VOID, label_style="6")
    for i, (x0, x1) in enumerate(cols):
        doc.node((x0 + 2, top - 56, x1 - x0 - 4, 42), stages[i], ylive_shape("ROUND_RECTANGLE", "#7B1FA2", "#7B1FA2"),
                 label_style="2")
    for j, (y0, y1) in enumerate(rows):
        doc.node((40, y0 + 2, 150, y1 - y0 - 4), lanes[j][0], ylive_shape("RECTANGLE", "#F3E5F5", "#AB47BC"),
                 label_style="5")
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    ylive_cards(doc, journey, placed)
    doc.node((40, bottom + 30, 230, 84), legend, ylive_shape("RECTANGLE", "#FFFFFF", "#9E9E9E"), label_style="6")
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, doc.text(), doc.labels)


def svg_uri(svg):
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------------------------------
# The maps: Visio
# --------------------------------------------------------------------------------------------------


def visio_cards(page, journey, placed, *, fills=None, font=10, name="Card", shadow=False, rounding=None):
    """Every placed card and written emotion; a turned card gets its Angle, a card with a callout
    names it in its Relationships cell."""
    for p in placed:
        kind = journey.lanes[p.lane][1]
        extra = ""
        if p.callout_id:
            extra = vcell("Relationships", "0", f"SUM(DEPENDSON(3,Sheet.{p.callout_id}!SheetRef()))")
        if isinstance(p.item, E):
            p.ref = page.box(p.rect, p.item.text, name="Emotion", text_only=True, font_size=14)
        else:
            angle = math.radians(rot_of(p.item)) if rot_of(p.item) else None
            p.ref = page.box(p.rect, text_of(p.item), name=name, fill=(fills or VISIO_FILLS)[kind], line="#7F7F7F",
                             font_size=font, extra=extra, angle=angle, shadow=shadow, rounding=rounding)


def b5_visiocommittee_en():
    """A B2B Visio map with the buying committee as persona cards in a column RIGHT of the grid under
    the heading "Buying committee", three lanes for the buying company's people, Visio callouts
    (User.msvStructureType "Callout", tied to their card by the Relationships cells) holding
    reviewers' remarks ("Note: …"), cards of very different sizes (a tiny "Slack" card, a long card
    wrapping to five lines, a card three times taller), a legend box and a logo picture at the top
    right and a version stamp under the title."""
    stages = ["Trigger", "Research", "Evaluation", "Procurement", "Rollout"]
    lanes = [("IT Security Manager", None), ("HR / L&D", None), ("Procurement", None), ("Touchpoints", TOUCHPOINTS),
             ("Emotions", EMOTIONS), ("Pain points", PAIN)]
    grid = {
        "IT Security Manager": [["Phishing test: 31% clicked the link", "Auditor flags missing training records"],
                                ["Reads peer reviews", "Shortlists 4 vendors"],
                                ["Runs a 2-week pilot with 50 staff",
                                 C("Checks SCORM export, SSO, EU data residency and whether phishing simulations can "
                                   "be scheduled per department without IT", h=96, wrap=True)],
                                ["Answers the vendor's security questions"], ["Schedules monthly phishing tests"]],
        "HR / L&D": [[], ["Asks for course samples"], [C("Rates courses with 5 managers", h=124)], [],
                     ["Announces the training in the newsletter", "Tracks completion rates"]],
        "Procurement": [[], [], ["Requests three quotes"], ["Negotiates a 3-year price lock", "Runs vendor due diligence"],
                        ["Raises the PO"]],
        "Touchpoints": [["Audit report", C("Slack", h=22, w=58)], ["Peer review site", "Vendor webinar"],
                        ["Pilot tenant", "Customer success call"], ["Quote", "Security questionnaire"],
                        ["Admin console", "Launch email"]],
        "Emotions": [[E("worried", -1, "worried")], [E("curious", 1, "curious")], [E("😃 excited", 2, "excited")],
                     [E("😫", -2, "")], [E("happy (+1)", 1, "happy")]],
        "Pain points": [["No proof of training for the auditor"], ["Every vendor claims the same"],
                        ["Pilot data can't be exported"], ["Due diligence takes 6 weeks"],
                        ["Staff ignore the first emails"]],
    }
    personas = [("Aisha Khan", "IT Security Manager – champion"), ("Ben Carter", "Head of L&D – user buyer"),
                ("Laura Jensen", "Procurement Lead – gatekeeper"), ("Mark Ellis", "CFO – signs off")]
    heading = "Buying committee"
    legend = "Legend\nWhite cards = buying committee\nGreen = touchpoints\nOrange = pain points"
    stamp = "v3 – updated 2026-11-02"
    callouts = [("Runs a 2-week pilot with 50 staff", "Note: ask sales whether the pilot can run for 30 days"),
                ("Due diligence takes 6 weeks", "Note: procurement says 4–8 weeks is normal here")]
    journey = Journey("b5-visiocommittee-en", "vsdx", "visio-b2b-callouts-legend-logo-sizes", "visio", "en",
                      "Buying a security awareness training platform", stages, lanes, grid, personas=personas,
                      notes=[heading, legend, stamp], callouts=callouts)
    rng = random.Random(journey.name)
    base, gap, pad = 38, 8, 10
    col_w = [rng.randint(188, 200) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=74)
    left, top = 212.0, 200.0
    cols, rows = bands(left, col_w, 6), bands(top, row_h, 6)
    right, bottom = cols[-1][1], rows[-1][1]
    page = VisioPage("Page-1", right + 320, bottom + 50)
    page.box((40, 24, 640, 40), journey.title, name="Title", text_only=True, font_size=20, bold=True, align=0)
    page.box((40, 64, 240, 20), stamp, name="Version", text_only=True, font_size=9, align=0)
    page.image((right + 320 - 40 - 64, 20, 64, 64), "logo.png", name="Logo")
    page.box((right + 320 - 40 - 64 - 16 - 250, 20, 250, 86), legend, name="Legend", fill="#FFFFFF", line="#A6A6A6",
             font_size=9, align=0)
    for i, (x0, x1) in enumerate(cols):
        page.box((x0, top - 54, x1 - x0, 44), stages[i], name="Stage", fill="#203864", line="#203864", font_size=13,
                 bold=True)
    for j, (y0, y1) in enumerate(rows):
        page.box((40, y0, 164, y1 - y0), lanes[j][0], name="Lane", fill="#D9E1F2", line="#8EA9DB", font_size=12,
                 bold=True)
    page.box((right + 40, top - 50, 240, 32), heading, name="Heading", text_only=True, font_size=13, bold=True, align=0)
    y = top
    for name, role in personas:
        page.box((right + 40, y, 240, 64), f"{name}\n{role}", name="Persona", fill="#FFFFFF", line="#203864",
                 font_size=10, rounding=8)
        y += 64 + 14
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    for card, _ in journey.callouts:
        find_text(placed, card).callout_id = page.claim()
    visio_cards(page, journey, placed)
    bubbles = visio_callouts(page, journey, placed, rng, ceiling=top)
    verify(journey, placed, meet(cols), meet(rows))
    verify_callouts(journey, placed, bubbles)
    return Output(journey, vsdx_bytes([page], 1033, {"logo.png": png_logo()}), page.labels)


def b5_visiostickies_de():
    """A Visio wall of sticky notes with a shadow, most turned by 2–5° (the Angle cell), a note lying
    almost exactly on another, a stage added late at the right ("Nach 3 Monaten": grey instead of
    teal, 12 px lower, further away), a stage with no note yet ("Ankommen") and the same note text
    in two stages ("Online-Terminvergabe")."""
    stages = ["Wohnung gefunden", "Umzug planen", "Umzugstag", "Ummelden", "Ankommen", "Nach 3 Monaten"]
    lanes = [("Aktivitäten", ACTIONS), ("Gedanken", THOUGHTS), ("Gefühle", EMOTIONS), ("Kontaktpunkte", TOUCHPOINTS),
             ("Schmerzpunkte", PAIN)]
    grid = {
        "Aktivitäten": [[C("Unterschreibt den Mietvertrag", rot=3), C("Kündigt die alte Wohnung", rot=-2)],
                        [C("Holt drei Umzugsangebote ein", rot=-4), C("Beantragt eine Halteverbotszone", rot=2),
                         C("Bucht die Umzugsfirma", rot=4, on=(9, 7))],
                        [C("Packt die letzten Kartons", rot=2), C("Übergibt die alte Wohnung", rot=-3)],
                        [C("Bucht einen Termin im Bürgeramt", rot=-2), C("Meldet sich um", rot=5)], [],
                        [C("Ändert die Adresse bei der Bank", rot=3), C("Meldet das Auto um", rot=-2)]],
        "Gedanken": [[C("Schaffe ich die Kündigungsfrist?", rot=-3)], [C("Was kostet das alles?", rot=2)],
                     [C("Passt das Sofa durchs Treppenhaus?", rot=4)],
                     [C("Warum gibt es erst in 6 Wochen einen Termin?", rot=-2)], [],
                     [C("Habe ich jemanden vergessen?", rot=3)]],
        "Gefühle": [[E("😄", 2, "")], [E("unsicher", -1, "unsicher")], [E("😫 (-2)", -2, "")],
                    [E("frustriert", -1, "frustriert")], [], [E("zufrieden 🙂", 1, "zufrieden")]],
        "Kontaktpunkte": [[C("Vermieter", rot=2), C("Immobilienportal", rot=-3)],
                          [C("Vergleichsportal", rot=3), C("Straßenverkehrsbehörde", rot=-2)],
                          [C("Umzugsfirma", rot=-4)], [C("Bürgeramt", rot=2), C("Online-Terminvergabe", rot=-3)], [],
                          [C("Zulassungsstelle", rot=4), C("Online-Terminvergabe", rot=-2)]],
        "Schmerzpunkte": [[C("Drei Monate Kündigungsfrist", rot=-2)], [C("Angebote kaum vergleichbar", rot=3)],
                          [C("Aufzug war defekt", rot=-3)], [C("Termine nur werktags vormittags", rot=2)], [],
                          [C("Adressänderung bei jedem Anbieter einzeln", rot=-4)]],
    }
    journey = Journey("b5-visiostickies-de", "vsdx", "visio-turned-stickies-late-stage-empty-stage", "visio", "de",
                      "Umzug in eine neue Stadt – Customer Journey", stages, lanes, grid)
    rng = random.Random(journey.name)
    base, gap, pad = 64, 12, 14
    col_w = [rng.randint(164, 176) for _ in stages[:-1]] + [170]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=96, slack=(4, 14))
    left, top = 190.0, 150.0
    cols, rows = bands(left, col_w, [10, 10, 10, 10, 34]), bands(top, row_h, 10)
    right, bottom = cols[-1][1], rows[-1][1]
    page = VisioPage("Seite-1", right + 50, bottom + 50)
    page.box((40, 30, 700, 44), journey.title, name="Titel", text_only=True, font_size=20, bold=True, align=0)
    for i, (x0, x1) in enumerate(cols):
        if i == len(cols) - 1:
            page.box((x0 + 6, top - 58 + 12, x1 - x0 - 12, 42), stages[i], name="Phase", fill="#D9D9D9",
                     line="#7F7F7F", font_size=12)
        else:
            page.box((x0 + 4, top - 58, x1 - x0 - 8, 46), stages[i], name="Phase", fill="#0E7C7B", line="#0E7C7B",
                     font_size=13, bold=True)
    for j, (y0, y1) in enumerate(rows):
        page.box((40, (y0 + y1) / 2 - 36, 136, 72), lanes[j][0], name="Bahn", fill="#B4C7E7", line="#B4C7E7",
                 font_size=12, bold=True, shadow=True, angle=math.radians(rng.choice([-2, 2])))
    sticky = {ACTIONS: "#FFF475", THOUGHTS: "#CBF0F8", TOUCHPOINTS: "#CCFF90", PAIN: "#F28B82"}
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=6, width=124, emotion_w=116)
    visio_cards(page, journey, placed, fills=sticky, name="Haftnotiz", shadow=True)
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, vsdx_bytes([page], 1031), page.labels)


def b5_visioflow_pt():
    """A Portuguese Visio map of a Brazilian fintech team that mixes languages (English stage names
    "Awareness" and "Onboarding" beside Portuguese ones, an English lane title "Touchpoints", English
    words inside the cards), with Visio dynamic connectors from card to card inside three stages and a
    dashed connector back from "Resgate" to "Primeiro aporte" labelled "volta após 2 semanas", and a
    lane added late at the bottom ("Oportunidades": a title box 100 px wide where the others are 160,
    further down)."""
    stages = ["Awareness", "Onboarding", "Primeiro aporte", "Uso recorrente", "Resgate"]
    lanes = [("Ações", ACTIONS), ("Pensamentos", THOUGHTS), ("Sentimentos", EMOTIONS), ("Touchpoints", TOUCHPOINTS),
             ("Dores", PAIN), ("Oportunidades", OPPORTUNITIES)]
    grid = {
        "Ações": [["Vê um reels sobre renda fixa", "Baixa o app"], ["Tira selfie com o documento",
                                                                   "Responde o perfil de investidor"],
                  ["Faz um Pix de R$ 500", "Compra um CDB de liquidez diária"],
                  ["Confere o rendimento toda semana", "Ativa o aporte automático"],
                  ["Pede o resgate", "Recebe o dinheiro na conta"]],
        "Pensamentos": [["Será que é seguro?"], ["Por que tantas perguntas?"], ["Quando começa a render?"],
                        ["Rendeu só isso?"], ["Cai hoje ou amanhã?"]],
        "Sentimentos": [[E("curioso", 1, "curioso")], [E("😕", -1, "")], [E("feliz", 1, "feliz")],
                        [E("😐 (0)", 0, "")], [E("😡", -2, "")]],
        "Touchpoints": [["Instagram", "App Store"], ["App", "Câmera do celular"], ["Pix", "Push de confirmação"],
                        ["Push de rentabilidade", "E-mail mensal"], ["Chat do suporte"]],
        "Dores": [["Muitos influencers com promessas"], ["Selfie recusada três vezes"],
                  ["Pix demorou para aparecer no saldo"], ["Rentabilidade mostrada sem descontar o IR"],
                  ["Resgate em D+1 sem aviso"]],
        "Oportunidades": [["Conteúdo com simulação real"], ["Dicas antes da selfie"], ["Saldo atualizado na hora"],
                          ["Rendimento líquido na tela inicial"], ["Prazo do resgate antes de confirmar"]],
    }
    arrows = [Arrow(("Onboarding", "Ações", "Tira selfie com o documento"),
                    ("Onboarding", "Ações", "Responde o perfil de investidor")),
              Arrow(("Primeiro aporte", "Ações", "Faz um Pix de R$ 500"),
                    ("Primeiro aporte", "Ações", "Compra um CDB de liquidez diária")),
              Arrow(("Resgate", "Ações", "Pede o resgate"), ("Resgate", "Ações", "Recebe o dinheiro na conta")),
              Arrow(("Resgate", "Ações", "Pede o resgate"), ("Primeiro aporte", "Ações", "Faz um Pix de R$ 500"),
                    "volta após 2 semanas")]
    journey = Journey("b5-visioflow-pt", "vsdx", "visio-connectors-late-lane-mixed-languages", "visio", "pt",
                      "Jornada de onboarding do app de investimentos", stages, lanes, grid, arrows=arrows)
    rng = random.Random(journey.name)
    base, gap, pad = 38, 22, 10
    col_w = [rng.randint(190, 202) for _ in stages]
    row_h = lane_sizes(journey, rng, base=base, gap=gap, pad=pad, minimum=74)
    row_h[0] += 30
    left, top = 212.0, 150.0
    cols, rows = bands(left, col_w, 8), bands(top, row_h, [6, 6, 6, 6, 24])
    right, bottom = cols[-1][1], rows[-1][1]
    page = VisioPage("Página-1", right + 50, bottom + 50)
    page.box((40, 30, 700, 44), journey.title, name="Título", text_only=True, font_size=20, bold=True, align=0)
    for i, (x0, x1) in enumerate(cols):
        page.box((x0 + 2, top - 54, x1 - x0 - 4, 44), stages[i], name="Etapa", fill="#00875A", line="#00875A",
                 font_size=13, bold=True)
    for j, (y0, y1) in enumerate(rows):
        if j == len(rows) - 1:
            page.box((40, y0 + 2, 100, y1 - y0 - 4), lanes[j][0], name="Raia", fill="#FFF2CC", line="#BF9000",
                     font_size=11)
        else:
            page.box((40, y0 + 2, 160, y1 - y0 - 4), lanes[j][0], name="Raia", fill="#E2EFDA", line="#70AD47",
                     font_size=12, bold=True)
    placed = place_grid(journey, rng, cols, rows, base=base, gap=gap, pad=pad, jitter=4)
    visio_cards(page, journey, placed, name="Processo")
    for arrow in journey.arrows:
        source, target = find(journey, placed, *arrow.source), find(journey, placed, *arrow.target)
        (sx, sy, sw, sh), (tx, ty, tw, th) = source.rect, target.rect
        if arrow.source[0] == arrow.target[0]:
            page.connector(source.ref, target.ref, (sx + sw / 2, sy + sh), (tx + tw / 2, ty))
        else:
            page.connector(source.ref, target.ref, (sx + sw / 2, sy), (tx + tw / 2, ty), text=arrow.label,
                           dashed=True, color="#C00000", lift=min(sy, ty) - rows[0][0] - 4)
    verify(journey, placed, meet(cols), meet(rows))
    return Output(journey, vsdx_bytes([page], 1046), page.labels)


# --------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------

MAPS = [
    b5_workshop_en, b5_latecolumn_es, b5_emoji_pt, b5_committee_de, b5_stickywall_fr, b5_taglish_tl, b5_committee_ja,
    b5_flows_ja, b5_yedemoji_fr, b5_committee_zh, b5_yedlive_es, b5_visiocommittee_en, b5_visiostickies_de,
    b5_visioflow_pt,
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
              f"{len(truth['notes'])} notes, {len(truth.get('transitions', []))} transitions")
        outputs.append(output)
    if arguments.check:
        sys.exit(1 if check(outputs, arguments.out, arguments.check) else 0)


if __name__ == "__main__":
    main()
