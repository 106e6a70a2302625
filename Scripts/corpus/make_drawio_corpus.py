#!/usr/bin/env python3
"""Writes the corpus of hand-drawn-looking draw.io journey maps and a truth file for each.

    python3 Scripts/corpus/make_drawio_corpus.py [--out DIR] [--labels FILE]

Every map is drawn from the data in this script, and its truth (`NAME.truth.json`, the format is in
Tests/JourneyImportTests/Fixtures/journeys/README.md) is written from the same data: the truth is what
was meant to be drawn, never what a tool reads back. Before writing, the script checks its own
drawing: every card's centre lies in the cell the truth names, every spanning card covers the stages
it should, every emotion dot sits within 0.15 score units of its intended score. The output is the
same on every run (seeded by the file name), so the fixtures are reproducible.

`--labels FILE` also writes every label drawn, per file, as JSON (for checking that an importer
loses none). Only the standard library is used.

Conventions of the truth files written here (beyond README.md):
- A card's text is its lines joined by "\n", as a person reads them (HTML markup removed).
- A card spanning two stages is listed once, under the stage holding its centre. Its centre is always
  put in the first of the two stages, which is also the first stage it covers by more than a quarter
  (the recognizer's rule), so both readings agree.
- An emotion written as text gives one emotion; an explicit number wins over an emoji; its label is the
  word written with it ("" for a bare number or emoji).
- An emotion-curve dot gives one emotion: its score is linear in the height of the dot's centre within
  the emotion lane's extent (top edge +2, bottom edge -2), its label the word written beside it.
- `transitions` (not in README.md, an addition, written only when a map has some): connectors between
  cards of different stages, with the stage, lane and text of both ends and the connector's label.
"""

from __future__ import annotations

import argparse
import base64
import json
import math
import os
import random
import sys
import urllib.parse
import zlib
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "Tests", "JourneyImportTests", "Fixtures", "journeys"))


# --------------------------------------------------------------------------------------------------
# What a cell of the data holds
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class E:
    """An emotion written as text: what is drawn, the intended score and label."""

    text: str
    score: float
    label: str


@dataclass(frozen=True)
class D:
    """An emotion-curve dot: the intended score and the word written beside it."""

    score: float
    label: str


@dataclass(frozen=True)
class Span:
    """A card that spans its stage and the next one. Its centre is put in the first of the two
    stages (it covers 90 % of the first and 60 % of the second), so it is listed under the first."""

    text: str


def plain(entry) -> str:
    return entry if isinstance(entry, str) else entry.text


# --------------------------------------------------------------------------------------------------
# XML and labels
# --------------------------------------------------------------------------------------------------


def esc_attr(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#xa;")
        .replace("\t", "&#x9;")
    )


def esc_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def num(value: float) -> str:
    value = round(value, 2)
    if abs(value - round(value)) < 1e-9:
        return str(int(round(value)))
    return f"{value:.2f}".rstrip("0").rstrip(".")


LABEL_MODES = ("plain", "br", "div", "bold", "span", "font")


def render_label(text: str, mode: str) -> tuple[str, bool]:
    """The value attribute for a label and whether it is HTML. Every mode reads as the same text."""
    if mode == "plain" or text == "":
        return text, False
    lines = [esc_html(line) for line in text.split("\n")]
    if mode == "br":
        return "<br>".join(lines), True
    if mode == "div":  # what draw.io writes when Enter is pressed in a label
        return lines[0] + "".join(f"<div>{line}</div>" for line in lines[1:]), True
    if mode == "bold":
        return f"<b>{lines[0]}</b>" + "".join(f"<br>{line}" for line in lines[1:]), True
    if mode == "span":
        return "<br>".join(f'<span style="background-color: initial;">{line}</span>' for line in lines), True
    if mode == "font":
        return f'<font style="font-size: 13px;">{lines[0]}</font>' + "".join(f"<br>{line}" for line in lines[1:]), True
    raise ValueError(mode)


def compress(model: str) -> str:
    """draw.io's page compression: encodeURIComponent, raw DEFLATE (no zlib header), base64."""
    encoded = urllib.parse.quote(model, safe="!*'()")  # plus the letters, digits and -_.~ quote keeps
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packer.compress(encoded.encode("ascii")) + packer.flush()
    return base64.b64encode(data).decode("ascii")


# --------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------


class Cell:
    def __init__(self, cid, *, value="", style="", parent=None, vertex=False, edge=False, geo=None,
                 source=None, target=None, points=None, label_geo=None, wrapper=None, connectable=None,
                 comment=None, alternate=False):
        self.id = cid
        self.value = value
        self.style = style
        self.parent = parent
        self.vertex = vertex
        self.edge = edge
        self.geo = geo  # (x, y, w, h) relative to the parent
        self.source = source
        self.target = target
        self.points = points
        self.label_geo = label_geo  # (x along the edge, offset x, offset y) for an edge label cell
        self.wrapper = wrapper  # (element name, {attributes}) for <object>/<UserObject>
        self.connectable = connectable
        self.comment = comment
        self.alternate = alternate

    def xml(self, indent: str) -> str:
        attrs = []
        if self.wrapper is None:
            attrs.append(f'id="{esc_attr(self.id)}"')
            if self.value != "" or self.vertex or self.edge:
                attrs.append(f'value="{esc_attr(self.value)}"')
        if self.style:
            attrs.append(f'style="{esc_attr(self.style)}"')
        if self.parent is not None and self.wrapper is None:
            attrs.append(f'parent="{esc_attr(self.parent)}"')
        if self.vertex:
            attrs.append('vertex="1"')
        if self.connectable is not None:
            attrs.append(f'connectable="{self.connectable}"')
        if self.edge:
            attrs.append('edge="1"')
        if self.wrapper is not None and self.parent is not None:
            attrs.append(f'parent="{esc_attr(self.parent)}"')
        if self.source:
            attrs.append(f'source="{esc_attr(self.source)}"')
        if self.target:
            attrs.append(f'target="{esc_attr(self.target)}"')
        head = "<mxCell " + " ".join(attrs)
        if self.edge:
            if self.points:
                pts = "".join(f'<mxPoint x="{num(x)}" y="{num(y)}"/>' for x, y in self.points)
                body = f'<mxGeometry relative="1" as="geometry"><Array as="points">{pts}</Array></mxGeometry>'
            else:
                body = '<mxGeometry relative="1" as="geometry"/>'
            text = f"{head}>{body}</mxCell>"
        elif self.label_geo is not None:
            along, ox, oy = self.label_geo
            offset = '<mxPoint as="offset"/>' if ox == 0 and oy == 0 else f'<mxPoint x="{num(ox)}" y="{num(oy)}" as="offset"/>'
            text = f'{head}><mxGeometry x="{num(along)}" relative="1" as="geometry">{offset}</mxGeometry></mxCell>'
        elif self.geo is not None:
            x, y, w, h = self.geo
            parts = []
            if abs(x) > 1e-9:
                parts.append(f'x="{num(x)}"')
            if abs(y) > 1e-9:
                parts.append(f'y="{num(y)}"')
            parts.append(f'width="{num(w)}" height="{num(h)}"')
            if self.alternate:
                text = (f'{head}><mxGeometry {" ".join(parts)} as="geometry">'
                        f'<mxRectangle width="{num(w)}" height="{num(h)}" as="alternateBounds"/></mxGeometry></mxCell>')
            else:
                text = f'{head}><mxGeometry {" ".join(parts)} as="geometry"/></mxCell>'
        else:
            text = head + "/>"
        if self.wrapper is not None:
            name, wattrs = self.wrapper
            wa = " ".join(f'{k}="{esc_attr(v)}"' for k, v in wattrs.items())
            text = f'<{name} label="{esc_attr(self.value)}" {wa} id="{esc_attr(self.id)}">{text}</{name}>'
        out = indent + text
        if self.comment:
            out = f"{indent}<!-- {self.comment} -->\n{out}"
        return out


class Page:
    """One page of a draw.io file. `vertex` takes absolute coordinates and stores them relative to
    the parent, as draw.io does for children of containers."""

    def __init__(self, name: str, rng: random.Random, *, root_prefix: str | None = None, page_id: str | None = None,
                 width=1654, height=1169, background=None):
        self.name = name
        self.rng = rng
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        self.prefix = "".join(rng.choice(alphabet) for _ in range(20))
        self.page_id = page_id or "".join(rng.choice(alphabet) for _ in range(20))
        self.counter = 1
        self.cells: list[Cell] = []
        self.by_id: dict[str, Cell] = {}
        root = f"{root_prefix}-0" if root_prefix else "0"
        self.layer = f"{root_prefix}-1" if root_prefix else "1"
        self._add(Cell(root))
        self._add(Cell(self.layer, parent=root))
        self.width = width
        self.height = height
        self.background = background
        self.blank_before: set[str] = set()

    def _add(self, cell: Cell) -> str:
        if cell.id in self.by_id:
            raise ValueError(f"duplicate id {cell.id}")
        self.cells.append(cell)
        self.by_id[cell.id] = cell
        return cell.id

    def new_id(self) -> str:
        self.counter += 1
        return f"{self.prefix}-{self.counter}"

    def abs_rect(self, cid: str) -> tuple[float, float, float, float]:
        cell = self.by_id[cid]
        x, y, w, h = cell.geo
        if cell.parent in self.by_id and self.by_id[cell.parent].geo is not None:
            px, py, _, _ = self.abs_rect(cell.parent)
            return x + px, y + py, w, h
        return x, y, w, h

    def vertex(self, text: str, style: str, x, y, w, h, *, parent=None, mode="plain", relative=False,
               wrapper=None, comment=None, alternate=False, cid=None) -> str:
        value, is_html = render_label(text, mode)
        if is_html and "html=1" not in style:
            style = style.rstrip(";") + ";html=1;" if style else "html=1;"
        parent = parent or self.layer
        if not relative and parent != self.layer:
            px, py, _, _ = self.abs_rect(parent)
            x, y = x - px, y - py
        cell = Cell(cid or self.new_id(), value=value, style=style, parent=parent, vertex=True,
                    geo=(round(x, 1), round(y, 1), round(w, 1), round(h, 1)), wrapper=wrapper, comment=comment,
                    alternate=alternate)
        return self._add(cell)

    def edge(self, source, target, style, *, label="", label_as_child=False, points=None, mode="plain") -> str:
        eid = self.new_id()
        value, is_html = ("", False) if label_as_child else render_label(label, mode)
        if is_html and "html=1" not in style:
            style = style.rstrip(";") + ";html=1;"
        self._add(Cell(eid, value=value, style=style, parent=self.layer, edge=True, source=source, target=target,
                       points=points))
        if label_as_child and label:
            lvalue, lhtml = render_label(label, mode)
            lstyle = "edgeLabel;" + ("html=1;" if lhtml else "") + "align=center;verticalAlign=middle;resizable=0;points=[];"
            self._add(Cell(self.new_id(), value=lvalue, style=lstyle, parent=eid, vertex=True, connectable="0",
                           label_geo=(round(self.rng.uniform(-0.3, 0.3), 2), 0, round(self.rng.uniform(-12, -4)))))
        return eid

    def model(self, pretty: bool) -> str:
        attrs = (f'dx="{self.rng.randint(900, 1600)}" dy="{self.rng.randint(600, 1000)}" grid="1" gridSize="10" '
                 f'guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" pageScale="1" '
                 f'pageWidth="{self.width}" pageHeight="{self.height}"')
        if self.background:
            attrs += f' background="{self.background}"'
        attrs += ' math="0" shadow="0"'
        if pretty:
            lines = [f"<mxGraphModel {attrs}>", "  <root>"]
            for cell in self.cells:
                if cell.id in self.blank_before:
                    lines.append("")
                lines.append(cell.xml("    "))
            lines += ["  </root>", "</mxGraphModel>"]
            return "\n".join(lines)
        return f"<mxGraphModel {attrs}><root>" + "".join(c.xml("") for c in self.cells) + "</root></mxGraphModel>"


HOSTS = [
    'host="app.diagrams.net" agent="Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" version="24.4.13"',
    'host="Electron" agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) draw.io/24.7.5 Chrome/126.0.6478.183 Electron/31.3.0 Safari/537.36" version="24.7.5"',
    'host="app.diagrams.net" modified="2026-05-12T09:41:27.512Z" agent="Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0" etag="{etag}" version="24.2.5" type="device"',
    'host="embed.diagrams.net" version="22.1.21" type="embed"',
    'host="drawio-plugin" version="21.6.8"',
]


def mxfile(pages: list[Page], compressed: list[bool], rng: random.Random, *, host: int, pretty=True) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    header = HOSTS[host].replace("{etag}", "".join(rng.choice(alphabet) for _ in range(20)))
    if len(pages) > 1:
        header += f' pages="{len(pages)}"'
    nl = "\n" if pretty else ""
    out = [f"<mxfile {header}>"]
    for page, packed in zip(pages, compressed):
        head = f'<diagram id="{esc_attr(page.page_id)}" name="{esc_attr(page.name)}">'
        if packed:
            out.append(("  " if pretty else "") + head + compress(page.model(pretty=False)) + "</diagram>")
        elif pretty:
            body = "\n".join("    " + line if line else "" for line in page.model(pretty=True).split("\n"))
            out.append(f"  {head}\n{body}\n  </diagram>")
        else:
            out.append(head + page.model(pretty=False) + "</diagram>")
    out.append("</mxfile>")
    return nl.join(out) + nl


# --------------------------------------------------------------------------------------------------
# Truth, and the check of the drawing against it
# --------------------------------------------------------------------------------------------------


class Truth:
    def __init__(self, style, language, title, stages, lanes, *, page=None, orientation="columns"):
        self.data = {
            "style": style,
            "tool": "drawio",
            "language": language,
            "page": page,
            "orientation": orientation,
            "title": title,
            "stages": list(stages),
            "steps": {},
            "lanes": [{"title": t, "kind": k} for t, k in lanes],
            "cells": [],
            "emotions": [],
            "personas": [],
            "notes": [],
            "transitions": [],
        }
        self.expect: list[tuple] = []

    def cell(self, stage, lane, text, step=None):
        self.data["cells"].append({"stage": stage, "lane": lane, "text": text, "step": step})

    def emotion(self, stage, lane, score, label):
        self.data["emotions"].append({"stage": stage, "lane": lane, "score": score, "label": label})

    def write(self, path):
        data = dict(self.data)
        if not data["transitions"]:
            del data["transitions"]
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            handle.write("\n")


def verify(page: Page, truth: Truth, stage_bands, lane_bands, *, vertical=False, step_bands=None, emo_bands=None):
    """Checks the drawing against the intent: each expected shape's centre in its cell."""
    for entry in truth.expect:
        kind, cid, si, lj = entry[:4]
        x, y, w, h = page.abs_rect(cid)
        cx, cy = x + w / 2, y + h / 2
        along_stage, along_lane = (cy, cx) if vertical else (cx, cy)
        s0, s1 = stage_bands[si]
        l0, l1 = lane_bands[lj]
        assert s0 <= along_stage < s1, f"{truth.data['title']}: {cid} centre {along_stage} not in stage {si} {s0}-{s1}"
        assert l0 <= along_lane < l1, f"{truth.data['title']}: {cid} centre {along_lane} not in lane {lj} {l0}-{l1}"
        if kind == "span":
            a0, a1 = (y, y + h) if vertical else (x, x + w)
            n0, n1 = stage_bands[si + 1]
            cover_first = (min(a1, s1) - max(a0, s0)) / (s1 - s0)
            cover_next = (min(a1, n1) - max(a0, n0)) / (n1 - n0)
            assert cover_first > 0.25 and cover_next > 0.25, f"span {cid} covers {cover_first} {cover_next}"
        if kind == "step":
            k = entry[4]
            t0, t1 = step_bands[si][k]
            assert t0 <= along_stage < t1, f"{cid} not under step {k}"
        if kind == "dot":
            score = entry[4]
            e0, e1 = (emo_bands or lane_bands)[lj]
            measured = 2 - 4 * (cy - e0) / (e1 - e0)
            assert abs(measured - score) <= 0.15, f"dot {cid}: measured {measured}, intended {score}"


# --------------------------------------------------------------------------------------------------
# Grids and card placement
# --------------------------------------------------------------------------------------------------


class Layout:
    """Bands of a grid: `cols` and `rows` as (start, end) in absolute coordinates."""

    def __init__(self, left, top, col_w, row_h, col_gap=0, row_gap=0):
        self.cols, self.rows = [], []
        x = left
        for w in col_w:
            self.cols.append((x, x + w))
            x += w + col_gap
        y = top
        for h in row_h:
            self.rows.append((y, y + h))
            y += h + row_gap

    @property
    def left(self):
        return self.cols[0][0]

    @property
    def right(self):
        return self.cols[-1][1]

    @property
    def top(self):
        return self.rows[0][0]

    @property
    def bottom(self):
        return self.rows[-1][1]


def lane_heights(lanes, rng, *, card_h, gap, pad, minimum, dot_height=None, extra=(0, 14)):
    heights = []
    for _, _, cells in lanes:
        if any(isinstance(e, D) for c in cells for e in c):
            heights.append(dot_height or 170)
            continue
        n = max([len(c) for c in cells] + [1])
        for i, c in enumerate(cells):  # a spanning card takes a slot in the next stage too
            if any(isinstance(e, Span) for e in c) and i + 1 < len(cells):
                n = max(n, len(cells[i + 1]) + 1)
        heights.append(max(minimum, n * card_h + (n - 1) * gap + 2 * pad + rng.randint(*extra)))
    return heights


def arrange(rng, rect, n, how, *, card_h, gap, pad, jitter=4, note=(118, 78), top_aligned=False):
    """Rectangles for n cards in a cell, in reading order."""
    x0, y0, w, h = rect
    out = []
    if n == 0:
        return out
    if how == "stack":
        ch = min(card_h, (h - 2 * pad - (n - 1) * gap) / n)
        total = n * ch + (n - 1) * gap
        top = y0 + (h - total) / 2 if rng.random() < 0.4 and not top_aligned else y0 + pad
        for k in range(n):
            cw = w - 2 * pad - rng.uniform(0, 18)
            cx = x0 + pad + rng.uniform(-jitter, jitter) + rng.uniform(0, w - 2 * pad - cw)
            cy = top + k * (ch + gap) + rng.uniform(-jitter, jitter * 0.6)
            out.append((cx, cy, cw, ch + rng.uniform(-3, 3)))
    elif how == "grid":  # the cell itself is split into n rectangles, each a little off
        part = h / n
        for k in range(n):
            dx, dy = rng.choice([-1, 1]) * rng.uniform(3, 8), rng.choice([-1, 1]) * rng.uniform(3, 6)
            dw, dh = rng.uniform(-8, 6), rng.uniform(-6, 4)
            out.append((x0 + dx, y0 + k * part + dy, w + dw, part + dh))
    elif how == "scatter":  # sticky notes, roughly where they belong
        nw, nh = note
        cols = max(1, min(n, int((w - 2 * pad + 10) // (nw + 10))))
        rows = math.ceil(n / cols)
        slot_w, slot_h = (w - 2 * pad) / cols, (h - 2 * pad) / rows
        for k in range(n):
            r, c = divmod(k, cols)
            sw, sh = nw + rng.uniform(-10, 8), nh + rng.uniform(-8, 10)
            sx = x0 + pad + c * slot_w + (slot_w - sw) / 2 + rng.uniform(-12, 12)
            sy = y0 + pad + r * slot_h + (slot_h - sh) / 2 + rng.uniform(-10, 10)
            out.append((sx, sy, sw, sh))
    else:
        raise ValueError(how)
    return out


@dataclass
class Look:
    """How a map's cards look."""

    card: callable  # (lane kind, rng) -> style
    emotion: callable
    modes: tuple = ("plain",)
    how: str = "stack"
    card_h: float = 52
    gap: float = 8
    pad: float = 10
    jitter: float = 4
    rotations: tuple = (0,)


def fill(page: Page, truth: Truth, stages, lanes, layout: Layout, rng, look: Look, *, parent_of=None,
         vertical=False, overlap=None, dot_style=None, emo_bands=None):
    """Draws every card of every lane and records it in the truth. Returns {(lane, stage, k): id}."""
    ids = {}
    for j, (title, kind, cells) in enumerate(lanes):
        reserved_next = 0
        dots = []
        for i, entries in enumerate(cells):
            if vertical:
                x0, x1 = layout.cols[j]
                y0, y1 = layout.rows[i]
            else:
                x0, x1 = layout.cols[i]
                y0, y1 = layout.rows[j]
            cards = [e for e in entries if not isinstance(e, D)]
            reserved = reserved_next
            reserved_next = 0
            rects = arrange(rng, (x0, y0, x1 - x0, y1 - y0), len(cards) + reserved, look.how, card_h=look.card_h,
                            gap=look.gap, pad=look.pad, jitter=look.jitter,
                            top_aligned=bool(reserved) or any(isinstance(e, Span) for e in cards))[reserved:]
            if overlap == (i, j) and rects:
                # This card hangs over the lane's lower border by a few pixels; its centre stays inside.
                rx, ry, rw, rh = rects[-1]
                rects[-1] = (rx, (y1 + 7) - rh, rw, rh)
            for k, (entry, rect) in enumerate(zip(cards, rects)):
                rx, ry, rw, rh = rect
                kind_of_check = "cell"
                if isinstance(entry, Span):
                    nx0, nx1 = layout.cols[i + 1]
                    rx = x0 + 0.1 * (x1 - x0)
                    rw = (nx0 + 0.6 * (nx1 - nx0)) - rx
                    reserved_next = 1
                    kind_of_check = "span"
                style = (look.emotion if isinstance(entry, E) else look.card)(kind, rng)
                rot = rng.choice(look.rotations)
                if rot:
                    style += f"rotation={rot};"
                cid = page.vertex(plain(entry), style, rx, ry, rw, rh, parent=parent_of(j) if parent_of else None,
                                  mode=rng.choice(look.modes))
                ids[(title, i, k)] = cid
                if isinstance(entry, E):
                    truth.emotion(stages[i], title, entry.score, entry.label)
                else:
                    truth.cell(stages[i], title, plain(entry))
                truth.expect.append((kind_of_check, cid, i, j))
            for entry in entries:
                if isinstance(entry, D):
                    dots.append((i, entry))
        if dots:
            draw_dots(page, truth, stages, title, j, dots, layout, rng, dot_style, parent_of, emo_bands)
    return ids


def draw_dots(page, truth, stages, title, j, dots, layout, rng, dot_style, parent_of, emo_bands):
    """An emotion curve: 12×12 dots joined by edges, each with a word beside it."""
    e0, e1 = (emo_bands or layout.rows)[j]
    per_stage: dict[int, int] = {}
    for i, _ in dots:
        per_stage[i] = per_stage.get(i, 0) + 1
    seen: dict[int, int] = {}
    previous = None
    for i, dot in dots:
        x0, x1 = layout.cols[i]
        count, nth = per_stage[i], seen.get(i, 0)
        seen[i] = nth + 1
        fraction = 0.3 if count == 1 else (0.12 + 0.42 * nth)
        cx = x0 + fraction * (x1 - x0) + rng.uniform(-10, 10)
        target = dot.score + rng.uniform(-0.08, 0.08)
        cy = e0 + (2 - target) / 4 * (e1 - e0)
        parent = parent_of(j) if parent_of else None
        did = page.vertex("", dot_style or "ellipse;whiteSpace=wrap;html=1;aspect=fixed;fillColor=#1ba1e2;strokeColor=#006EAF;",
                          cx - 6, cy - 6, 12, 12, parent=parent)
        below = cy - e0 < 26
        ty = cy + 6 if below else cy - 24
        page.vertex(dot.label, "text;html=1;align=left;verticalAlign=middle;whiteSpace=wrap;fontSize=11;fontStyle=2;",
                    cx + 8, ty, 76, 20, parent=parent)
        truth.emotion(stages[i], title, dot.score, dot.label)
        truth.expect.append(("dot", did, i, j, dot.score))
        if previous:
            page.edge(previous, did, "endArrow=none;html=1;rounded=0;strokeWidth=2;strokeColor=#1ba1e2;")
        previous = did


def add_transitions(page, truth, stages, lanes, ids, transitions, rng, style=None):
    for (lf, sf, kf), (lt, st, kt), label, as_child in transitions:
        text_of = {title: cells for title, _, cells in lanes}
        src, dst = ids[(lf, sf, kf)], ids[(lt, st, kt)]
        sx, sy, sw, sh = page.abs_rect(src)
        tx, ty, tw, th = page.abs_rect(dst)
        mid_y = max(sy + sh, ty + th) + rng.randint(14, 26)
        pts = [(sx + sw / 2, mid_y), (tx + tw / 2, mid_y)]
        page.edge(src, dst, style or "edgeStyle=orthogonalEdgeStyle;rounded=1;html=1;dashed=1;strokeColor=#B85450;fontColor=#B85450;",
                  label=label, label_as_child=as_child, points=pts)
        cards_f = [e for e in text_of[lf][sf] if not isinstance(e, D)]
        cards_t = [e for e in text_of[lt][st] if not isinstance(e, D)]
        truth.data["transitions"].append({
            "from": {"stage": stages[sf], "lane": lf, "text": plain(cards_f[kf])},
            "to": {"stage": stages[st], "lane": lt, "text": plain(cards_t[kt])},
            "label": label,
        })


# --------------------------------------------------------------------------------------------------
# Colours and card looks
# --------------------------------------------------------------------------------------------------

KIND_FILL = {
    "actions": ("#dae8fc", "#6c8ebf"),
    "thoughts": ("#e1d5e7", "#9673a6"),
    "touchpoints": ("#d5e8d4", "#82b366"),
    "emotions": ("#fff2cc", "#d6b656"),
    "pain-points": ("#f8cecc", "#b85450"),
    "opportunities": ("#ffe6cc", "#d79b00"),
    "kpis": ("#f5f5f5", "#666666"),
    "backstage": ("#eeeeee", "#36393d"),
    None: ("#ffffff", "#999999"),
}


def coloured_cards(font="Helvetica", size=11, rounded=True, extra=""):
    def style(kind, rng):
        fill_, stroke = KIND_FILL.get(kind, KIND_FILL[None])
        r = "rounded=1;arcSize=12;" if rounded else "rounded=0;"
        return (f"{r}whiteSpace=wrap;fillColor={fill_};strokeColor={stroke};fontSize={size + rng.choice([0, 0, 1])};"
                f"fontFamily={font};{extra}")
    return style


def white_cards(font="Helvetica", size=11, stroke="#999999", extra=""):
    def style(kind, rng):
        return f"rounded=1;whiteSpace=wrap;fillColor=#FFFFFF;strokeColor={stroke};fontSize={size};fontFamily={font};{extra}"
    return style


def emotion_text(size=14):
    def style(kind, rng):
        return f"text;whiteSpace=wrap;align=center;verticalAlign=middle;fontSize={size};"
    return style


# --------------------------------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------------------------------


def persona_cards(page, personas, left, right, y, rng, style):
    """Persona cards (a name and a role line), spread over the width above the stage headers."""
    n = len(personas)
    width = 190
    step = (right - left - width) / max(1, n - 1) if n > 1 else 0
    for k, (name, role) in enumerate(personas):
        x = left + k * step + rng.uniform(-8, 8)
        page.vertex(f"{name}\n{role}", style, x, y + rng.uniform(-5, 5), width + rng.uniform(-10, 10), 56,
                    mode=rng.choice(["bold", "br", "div"]))


def draw_stakeholder(spec, rng):
    """Style 1: a pool of lanes (one per buying-committee member, then the usual lanes), stage headers
    as separate boxes above the pool, persona cards above the stage headers."""
    page = Page(spec["page"], rng)
    stages, lanes = spec["stages"], spec["lanes"]
    truth = Truth("stakeholder-swimlanes", spec["lang"], spec["title"], stages, [(t, k) for t, k, _ in lanes])
    title_left = spec["pool_title_left"]
    col_w = [rng.randint(195, 235) for _ in stages]
    band = spec.get("lane_band", 170)
    look = spec["look"]
    row_h = lane_heights(lanes, rng, card_h=look.card_h, gap=look.gap, pad=look.pad, minimum=84, dot_height=180)
    pool_x, pool_y = 40, 330 if spec.get("separate_title") else 300
    pool_band = 30 if title_left else 28
    lanes_x = pool_x + (pool_band if title_left else 0)
    lanes_y = pool_y + (0 if title_left else pool_band)
    layout = Layout(lanes_x + band, lanes_y, col_w, row_h)
    pool_w = layout.right - pool_x
    pool_h = layout.bottom - pool_y
    pool_style = ("swimlane;childLayout=stackLayout;resizeParent=1;resizeParentMax=0;horizontalStack=0;html=1;"
                  f"horizontal={0 if title_left else 1};startSize={pool_band};fontStyle=1;fontSize=15;"
                  "fillColor=#f5f5f5;strokeColor=#666666;")
    pool = page.vertex(spec["pool_label"], pool_style, pool_x, pool_y, pool_w, pool_h)
    lane_ids = []
    for j, (title, kind, _) in enumerate(lanes):
        y0, y1 = layout.rows[j]
        fill_ = spec["lane_fills"][j % len(spec["lane_fills"])]
        style = (f"swimlane;horizontal=0;startSize={band};html=1;whiteSpace=wrap;fontStyle=1;fontSize=12;"
                 f"fillColor={fill_};strokeColor=#999999;swimlaneFillColor=#FFFFFF;")
        lane_ids.append(page.vertex(title, style, lanes_x, y0, layout.right - lanes_x, y1 - y0, parent=pool))
    hdr_style = spec["header_style"]
    for i, name in enumerate(stages):
        x0, x1 = layout.cols[i]
        page.vertex(name, hdr_style, x0 + rng.uniform(2, 8), pool_y - 62 + rng.uniform(-4, 4), x1 - x0 - rng.uniform(8, 16),
                    44 + rng.uniform(-3, 3), mode=rng.choice(look.modes))
    persona_cards(page, spec["personas"], layout.left, layout.right, pool_y - 160, rng, spec["persona_style"])
    truth.data["personas"] = [name for name, _ in spec["personas"]]
    if spec.get("separate_title"):
        page.vertex(spec["title"], "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", layout.left, 30,
                    700, 40)
        truth.data["notes"].append(spec["pool_label"])
    ids = fill(page, truth, stages, lanes, layout, rng, look, parent_of=lambda j: lane_ids[j], overlap=spec.get("overlap"))
    add_transitions(page, truth, stages, lanes, ids, spec.get("transitions", []), rng)
    verify(page, truth, layout.cols, layout.rows)
    return [page], truth


def draw_lane_containers(spec, rng):
    """Style 2: every lane is a container holding its cards; stage headers outside, above."""
    page = Page(spec["page"], rng)
    stages, lanes, look = spec["stages"], spec["lanes"], spec["look"]
    truth = Truth("lane-containers", spec["lang"], spec["title"], stages, [(t, k) for t, k, _ in lanes])
    band = spec.get("lane_band", 130)
    col_w = [rng.randint(200, 240) for _ in stages]
    row_h = lane_heights(lanes, rng, card_h=look.card_h, gap=look.gap, pad=look.pad, minimum=80)
    left, top = 60, 150
    layout = Layout(left + band, top, col_w, row_h, row_gap=0)
    page.vertex(spec["title"], "text;html=1;fontSize=24;fontStyle=1;align=left;fontFamily=Georgia;", left, 30, 760, 44)
    for i, name in enumerate(stages):
        x0, x1 = layout.cols[i]
        page.vertex(name, spec["header_style"], x0 + rng.uniform(0, 10), top - 58 + rng.uniform(-5, 3),
                    x1 - x0 - rng.uniform(6, 20), 42, mode=rng.choice(look.modes))
    lane_ids = []
    for j, (title, kind, _) in enumerate(lanes):
        y0, y1 = layout.rows[j]
        x = left + rng.uniform(-3, 3)
        w = layout.right - x + rng.uniform(-2, 6)
        fill_, stroke = KIND_FILL.get(kind, KIND_FILL[None])
        if spec["container"] == "swimlane":
            style = (f"swimlane;horizontal=0;startSize={band};html=1;whiteSpace=wrap;fontSize=13;fontStyle=1;"
                     f"fillColor={fill_};strokeColor={stroke};swimlaneFillColor=#FCFCFC;rounded=0;")
            lane_ids.append(page.vertex(title, style, x, y0 + rng.uniform(0, 2), w, y1 - y0 - rng.uniform(0, 3)))
        else:
            style = (f"rounded=1;arcSize=3;whiteSpace=wrap;html=1;container=1;collapsible=0;recursiveResize=0;"
                     f"fillColor={fill_};strokeColor={stroke};opacity=80;")
            lid = page.vertex("", style, x, y0 + rng.uniform(0, 3), w, y1 - y0 - rng.uniform(2, 5))
            page.vertex(title, "text;html=1;align=left;verticalAlign=middle;whiteSpace=wrap;fontSize=14;fontStyle=1;",
                        x + 10, (y0 + y1) / 2 - 18, band - 24, 36, parent=lid)
            lane_ids.append(lid)
    look_ids = fill(page, truth, stages, lanes, layout, rng, look, parent_of=lambda j: lane_ids[j],
                    overlap=spec.get("overlap"))
    add_transitions(page, truth, stages, lanes, look_ids, spec.get("transitions", []), rng)
    verify(page, truth, layout.cols, layout.rows)
    return [page], truth


def draw_chevrons(spec, rng):
    """Style 3: chevron or arrow stage headers in a row, lane titles as plain boxes at the left."""
    page = Page(spec["page"], rng, root_prefix=spec.get("root_prefix"))
    stages, lanes, look = spec["stages"], spec["lanes"], spec["look"]
    truth = Truth("chevron-headers", spec["lang"], spec["title"], stages, [(t, k) for t, k, _ in lanes])
    col_w = [rng.randint(200, 230) for _ in stages]
    row_h = lane_heights(lanes, rng, card_h=look.card_h, gap=look.gap, pad=look.pad, minimum=82, dot_height=176)
    left, top = 190, 170
    row_gap = spec.get("row_gap", 6)
    layout = Layout(left, top, col_w, row_h, col_gap=0, row_gap=row_gap)
    page.vertex(spec["title"], "text;html=1;fontSize=22;fontStyle=1;align=center;verticalAlign=middle;", left, 40,
                layout.right - left, 40)
    overlap = spec.get("arrow_overlap", 16)
    for i, name in enumerate(stages):
        x0, x1 = layout.cols[i]
        fill_ = spec["header_fills"][i % len(spec["header_fills"])]
        page.vertex(name, spec["header_style"] + f"fillColor={fill_};", x0 - overlap / 2 + rng.uniform(-2, 2),
                    top - 66 + rng.uniform(-3, 3), x1 - x0 + overlap, 52, mode=rng.choice(look.modes))
    # Lane title boxes: each as high as its lane (this is the lane's extent, for the emotion dots too).
    bands = []
    for j, (title, kind, _) in enumerate(lanes):
        y0, y1 = layout.rows[j]
        page.vertex(title, spec["lane_style"], left - 150, y0, 140, y1 - y0, mode=rng.choice(look.modes))
        # A faint row background, to the right of the title.
        page.vertex("", "rounded=0;whiteSpace=wrap;html=1;fillColor=#FAFAFA;strokeColor=#E6E6E6;", left, y0,
                    layout.right - left, y1 - y0)
        bands.append((y0, y1))
    # Give every lane band the gap below it, so the bands meet (the gap belongs to no card).
    ids = fill(page, truth, stages, lanes, layout, rng, look, overlap=spec.get("overlap"),
               dot_style=spec.get("dot_style"))
    add_transitions(page, truth, stages, lanes, ids, spec.get("transitions", []), rng)
    verify(page, truth, layout.cols, layout.rows)
    return [page], truth


def draw_grid(spec, rng, page=None):
    """Style 4: a plain-rectangle grid: header row and header column of rectangles, each cell a
    rectangle (or two or three stacked), all a few pixels off, fill colours alternating per row."""
    page = page or Page(spec["page"], rng)
    stages, lanes, look = spec["stages"], spec["lanes"], spec["look"]
    truth = Truth(spec.get("style", "plain-grid"), spec["lang"], spec["title"], stages, [(t, k) for t, k, _ in lanes],
                  page=spec.get("truth_page"))
    col_w = [rng.randint(170, 200) for _ in stages]
    row_h = [max(70, 40 * max([len(c) for c in cells] + [1]) + rng.randint(6, 20)) for _, _, cells in lanes]
    left, top = spec.get("origin", (200, 150))
    layout = Layout(left, top, col_w, row_h)
    page.vertex(spec["title"], "text;html=1;fontSize=20;fontStyle=1;align=left;verticalAlign=middle;", left - 150,
                top - 110, 620, 36)
    hdr = spec["header_style"]
    for i, name in enumerate(stages):
        x0, x1 = layout.cols[i]
        page.vertex(name, hdr, x0 + rng.uniform(-6, 6), top - 50 + rng.uniform(-5, 5), x1 - x0 + rng.uniform(-8, 4), 44,
                    mode=rng.choice(look.modes))
    for j, (title, kind, _) in enumerate(lanes):
        y0, y1 = layout.rows[j]
        page.vertex(title, spec["lane_style"], left - 150 + rng.uniform(-5, 5), y0 + rng.uniform(-5, 5), 144,
                    y1 - y0 + rng.uniform(-6, 4), mode=rng.choice(look.modes))
    fills = spec["row_fills"]
    for j, (title, kind, cells) in enumerate(lanes):
        for i, entries in enumerate(cells):
            if not entries:  # an empty cell is still drawn
                x0, x1 = layout.cols[i]
                y0, y1 = layout.rows[j]
                page.vertex("", f"rounded=0;whiteSpace=wrap;html=1;fillColor={fills[j % 2]};strokeColor=#B3B3B3;",
                            x0 + rng.uniform(-6, 6), y0 + rng.uniform(-5, 5), x1 - x0 + rng.uniform(-6, 4),
                            y1 - y0 + rng.uniform(-5, 3))
    row_look = Look(card=lambda kind, r: f"rounded=0;whiteSpace=wrap;fillColor={{F}};strokeColor=#B3B3B3;fontSize=11;",
                    emotion=lambda kind, r: "rounded=0;whiteSpace=wrap;fillColor={F};strokeColor=#B3B3B3;fontSize=14;",
                    modes=look.modes, how="grid")
    # Alternate the fill per row: draw each lane with its own colour.
    ids = {}
    for j, lane in enumerate(lanes):
        colour = fills[j % 2]
        lane_look = Look(card=lambda kind, r, c=colour: row_look.card(kind, r).replace("{F}", c),
                         emotion=lambda kind, r, c=colour: row_look.emotion(kind, r).replace("{F}", c),
                         modes=look.modes, how="grid")
        sub = Layout(left, layout.rows[j][0], col_w, [layout.rows[j][1] - layout.rows[j][0]])
        before = len(truth.expect)
        ids.update(fill(page, truth, stages, [lane], sub, rng, lane_look))
        truth.expect[before:] = [(e[0], e[1], e[2], j) + tuple(e[4:]) for e in truth.expect[before:]]
    add_transitions(page, truth, stages, lanes, ids, spec.get("transitions", []), rng)
    verify(page, truth, layout.cols, layout.rows)
    return [page], truth, layout


def draw_sticky(spec, rng):
    """Style 5: loose sticky notes, some rotated, in their cells; lane titles as rotated text at the
    left; a background band behind each stage. With `band_labels`, each band carries its stage's name
    at its top and is the stage header; otherwise the bands have no label and the stage names are
    text above them."""
    page = Page(spec["page"], rng)
    stages, lanes, look = spec["stages"], spec["lanes"], spec["look"]
    truth = Truth("sticky-notes", spec["lang"], spec["title"], stages, [(t, k) for t, k, _ in lanes])
    col_w = [rng.randint(275, 300) for _ in stages]
    row_h = []
    for _, _, cells in lanes:
        n = max([len(c) for c in cells] + [1])
        rows = math.ceil(n / 2)
        row_h.append(rows * 96 + 24 + rng.randint(0, 16))
    left, top = 130, 190
    layout = Layout(left, top, col_w, row_h, col_gap=spec.get("col_gap", 14), row_gap=0)
    # Column bands meet halfway across the gaps between them (for the check below).
    cols = [(a - (layout.cols[i][0] - layout.cols[i - 1][1]) / 2 if i else a,
             b + ((layout.cols[i + 1][0] - b) / 2 if i + 1 < len(layout.cols) else 0))
            for i, (a, b) in enumerate(layout.cols)]
    page.vertex(spec["title"], "text;html=1;fontSize=26;fontStyle=1;align=left;verticalAlign=middle;" + spec["font"],
                left, 40, 900, 50)
    for i, name in enumerate(stages):
        x0, x1 = layout.cols[i]
        if spec["band_labels"]:
            page.vertex(name, "rounded=1;arcSize=3;whiteSpace=wrap;html=1;verticalAlign=top;fontSize=17;fontStyle=1;"
                        f"spacingTop=10;strokeColor=none;fillColor={spec['band_fills'][i % 2]};" + spec["font"],
                        x0 - 4, top - 64, x1 - x0 + 8, layout.bottom - top + 78)
        else:
            page.vertex("", f"rounded=0;whiteSpace=wrap;html=1;strokeColor=none;fillColor={spec['band_fills'][i % 2]};",
                        x0 - 4, top - 10, x1 - x0 + 8, layout.bottom - top + 22)
            page.vertex(name, "text;html=1;align=center;verticalAlign=middle;fontSize=19;fontStyle=1;" + spec["font"],
                        x0 + rng.uniform(-10, 10), top - 58 + rng.uniform(-4, 4), x1 - x0, 36)
    for j, (title, kind, _) in enumerate(lanes):
        y0, y1 = layout.rows[j]
        h = y1 - y0 - 16
        cy = (y0 + y1) / 2 + rng.uniform(-6, 6)
        if spec["lane_text"] == "rotation":
            # A rotated text: the geometry is the unrotated box (wide), drawn turned by −90°.
            page.vertex(title, "text;html=1;rotation=-90;align=center;verticalAlign=middle;whiteSpace=wrap;fontSize=15;"
                        "fontStyle=1;" + spec["font"], left - 52 - h / 2 + 15, cy - 15, h, 30)
        else:
            page.vertex(title, "text;html=1;horizontal=0;align=center;verticalAlign=middle;whiteSpace=wrap;fontSize=15;"
                        "fontStyle=1;" + spec["font"], left - 58, cy - h / 2, 32, h)
        if spec.get("separators") and j > 0:
            page.vertex("", "line;strokeWidth=1;html=1;dashed=1;strokeColor=#BDBDBD;", left - 70, y0 - 5,
                        layout.right - left + 70, 10)
    ids = fill(page, truth, stages, lanes, layout, rng, look)
    add_transitions(page, truth, stages, lanes, ids, spec.get("transitions", []), rng)
    verify(page, truth, cols, layout.rows)
    return [page], truth


def draw_steps(spec, rng):
    """Style 6: a header row of stages, each over 2–3 step boxes in a second header row; cards under
    steps. The truth names each card's step."""
    page = Page(spec["page"], rng)
    stages = [s for s, _ in spec["stages"]]
    look = spec["look"]
    lanes = spec["lanes"]
    truth = Truth("stages-with-steps", spec["lang"], spec["title"], stages, [(t, k) for t, k, _ in lanes])
    truth.data["steps"] = {s: list(steps) for s, steps in spec["stages"]}
    step_w = []
    for _, steps in spec["stages"]:
        step_w.append([rng.randint(150, 175) for _ in steps])
    # Per lane, per (stage, step): the cards.
    grid = {}
    for title, kind, entries in lanes:
        for stage, step, entry in entries:
            grid.setdefault((title, stage, step), []).append(entry)
    row_h = []
    for title, kind, entries in lanes:
        n = max([len(v) for (t, _, _), v in grid.items() if t == title] + [1])
        row_h.append(max(78, n * look.card_h + (n - 1) * look.gap + 2 * look.pad + rng.randint(0, 12)))
    left = 200
    top = 330 if spec["personas"] else 230
    flat_w = [w for ws in step_w for w in ws]
    flat = Layout(left, top, flat_w, row_h)
    stage_bands, step_bands = [], []
    k = 0
    for i, (stage, steps) in enumerate(spec["stages"]):
        start = flat.cols[k][0]
        bands = [flat.cols[k + n] for n in range(len(steps))]
        k += len(steps)
        stage_bands.append((start, bands[-1][1]))
        step_bands.append(bands)
    page.vertex(spec["title"], "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", left - 160, 24,
                800, 40)
    if spec["personas"]:
        persona_cards(page, spec["personas"], left, flat.right, 80, rng, spec["persona_style"])
        truth.data["personas"] = [name for name, _ in spec["personas"]]
    for i, (stage, steps) in enumerate(spec["stages"]):
        s0, s1 = stage_bands[i]
        page.vertex(stage, spec["stage_style"], s0 + 2, top - 96 + rng.uniform(-3, 3), s1 - s0 - 4, 42,
                    mode=rng.choice(look.modes))
        for n, step in enumerate(steps):
            t0, t1 = step_bands[i][n]
            page.vertex(step, spec["step_style"], t0 + 4 + rng.uniform(-3, 3), top - 48 + rng.uniform(-3, 3),
                        t1 - t0 - 8 + rng.uniform(-4, 2), 36, mode=rng.choice(look.modes))
    for j, (title, kind, _) in enumerate(lanes):
        y0, y1 = flat.rows[j]
        page.vertex(title, spec["lane_style"], left - 160, y0 + 3, 150, y1 - y0 - 6, mode=rng.choice(look.modes))
    for j, (title, kind, _) in enumerate(lanes):
        y0, y1 = flat.rows[j]
        for i, (stage, steps) in enumerate(spec["stages"]):
            for n, step in enumerate(steps):
                entries = grid.get((title, stage, step), [])
                t0, t1 = step_bands[i][n]
                rects = arrange(rng, (t0, y0, t1 - t0, y1 - y0), len(entries), "stack", card_h=look.card_h,
                                gap=look.gap, pad=look.pad, jitter=look.jitter)
                for entry, (rx, ry, rw, rh) in zip(entries, rects):
                    style = (look.emotion if isinstance(entry, E) else look.card)(kind, rng)
                    wrapper = None
                    if kind == "pain-points" and spec.get("tag_pains"):
                        wrapper = ("object", {"tags": "pain priority-high"})
                    cid = page.vertex(plain(entry), style, rx, ry, rw, rh, mode=rng.choice(look.modes), wrapper=wrapper)
                    if isinstance(entry, E):
                        truth.emotion(stage, title, entry.score, entry.label)
                    else:
                        truth.cell(stage, title, plain(entry), step)
                    truth.expect.append(("step", cid, i, j, n))
    # Emotions have no step field in the truth; the README gives emotions stage and lane only.
    verify(page, truth, stage_bands, flat.rows, step_bands=step_bands)
    return [page], truth


def draw_vertical(spec, rng):
    """Style 7: stages as rows down the left, lanes as columns across the top."""
    page = Page(spec["page"], rng)
    stages, lanes, look = spec["stages"], spec["lanes"], spec["look"]
    truth = Truth("vertical", spec["lang"], spec["title"], stages, [(t, k) for t, k, _ in lanes], orientation="rows")
    col_w = [rng.randint(175, 205) for _ in lanes]
    row_h = []
    for i in range(len(stages)):
        n = max([len(cells[i]) for _, _, cells in lanes] + [1])
        row_h.append(max(90, n * look.card_h + (n - 1) * look.gap + 2 * look.pad + rng.randint(4, 16)))
    left, top = 210, 160
    layout = Layout(left, top, col_w, row_h)
    page.vertex(spec["title"], "text;html=1;fontSize=22;fontStyle=1;align=left;verticalAlign=middle;", 40, 30, 760, 40)
    for j, (title, kind, _) in enumerate(lanes):
        x0, x1 = layout.cols[j]
        fill_, stroke = KIND_FILL.get(kind, KIND_FILL[None])
        page.vertex(title, f"rounded=1;whiteSpace=wrap;html=1;fontStyle=1;fontSize=13;fillColor={fill_};strokeColor={stroke};",
                    x0 + 3 + rng.uniform(-3, 3), top - 56 + rng.uniform(-4, 4), x1 - x0 - 6, 44)
    for i, name in enumerate(stages):
        y0, y1 = layout.rows[i]
        page.vertex(name, "rounded=0;whiteSpace=wrap;html=1;fontStyle=1;fontSize=14;fillColor=#E6E6E6;strokeColor=#666666;",
                    40 + rng.uniform(-4, 4), y0 + 4, 150, y1 - y0 - 8)
        if i:
            page.vertex("", "line;strokeWidth=1;html=1;strokeColor=#CCCCCC;", 40, y0 - 5, layout.right - 40, 10)
    fill(page, truth, stages, lanes, layout, rng, look, vertical=True, overlap=None)
    verify(page, truth, layout.rows, layout.cols, vertical=True)
    page.blank_before = {page.cells[4].id, page.cells[len(page.cells) // 2].id}
    page.cells[3].comment = "stage rows follow the lane headers"
    return [page], truth


def draw_table(spec, rng):
    """Style 11: a real draw.io table (shape=table → tableRow → partialRectangle cells). Each line of
    a cell is an item; the corner cell is left empty."""
    page = Page(spec["page"], rng)
    stages, lanes = spec["stages"], spec["lanes"]
    truth = Truth("drawio-table", spec["lang"], spec["title"], stages, [(t, k) for t, k, _ in lanes])
    head_w, col_w = 120, 170
    heights = [44] + [max(50, 26 * max(len(c.split("\n")) for c in cells) + 18) for _, _, cells in lanes]
    tx, ty = 60, 110
    width = head_w + col_w * len(stages)
    page.vertex(spec["title"], "text;html=1;fontSize=20;fontStyle=1;align=left;verticalAlign=middle;", tx, 40, 600, 40)
    table = page.vertex("", "shape=table;startSize=0;container=1;collapsible=0;childLayout=tableLayout;fixedRows=1;"
                        "rowLines=1;fontStyle=0;strokeColor=#666666;fontSize=12;html=1;", tx, ty, width, sum(heights))
    cell_style = ("shape=partialRectangle;html=1;whiteSpace=wrap;connectable=0;strokeColor=inherit;overflow=hidden;"
                  "top=0;left=0;bottom=0;right=0;pointerEvents=1;fontSize=12;")
    row_style = ("shape=tableRow;horizontal=0;startSize=0;swimlaneHead=0;swimlaneBody=0;strokeColor=inherit;top=0;"
                 "left=0;bottom=0;right=0;collapsible=0;dropTarget=0;fillColor=none;points=[[0,0.5],[1,0.5]];"
                 "portConstraint=eastwest;fontSize=12;html=1;")
    y = 0
    rows = [("", None, stages)] + lanes
    stage_bands = [(tx + head_w + i * col_w, tx + head_w + (i + 1) * col_w) for i in range(len(stages))]
    lane_bands = []
    for r, (title, kind, cells) in enumerate(rows):
        h = heights[r]
        row = page.vertex("", row_style, 0, y, width, h, parent=table, relative=True)
        if r:
            lane_bands.append((ty + y, ty + y + h))
        fill_ = "#E6E6E6" if r == 0 else KIND_FILL.get(kind, KIND_FILL[None])[0]
        page.vertex(title, cell_style + f"fillColor={fill_};fontStyle=1;", 0, 0, head_w, h, parent=row, relative=True,
                    alternate=True, mode="br")
        for i, text in enumerate(cells):
            style = cell_style + ("fillColor=#E6E6E6;fontStyle=1;" if r == 0 else "fillColor=none;align=left;spacingLeft=6;")
            if kind == "emotions":
                style = cell_style + "fillColor=none;fontSize=16;"
            cid = page.vertex(text, style, head_w + i * col_w, 0, col_w, h, parent=row, relative=True, alternate=True,
                              mode="br")
            if r == 0:
                continue
            for line in [l for l in text.split("\n") if l.strip()]:
                if kind == "emotions":
                    score, label = spec["emotion_scores"][line]
                    truth.emotion(stages[i], title, score, label)
                else:
                    truth.cell(stages[i], title, line)
            truth.expect.append(("cell", cid, i, r - 1))
        y += h
    verify(page, truth, stage_bands, lane_bands)
    return [page], truth


# --------------------------------------------------------------------------------------------------
# The maps
# --------------------------------------------------------------------------------------------------

HAND = "fontFamily=Architects Daughter;fontSource=https%3A%2F%2Ffonts.googleapis.com%2Fcss%3Ffamily%3DArchitects%2BDaughter;"


def map_stakeholder_de(rng):
    stages = ["Bewusstsein", "Erwägung", "Entscheidung", "Kauf", "Einführung"]
    lanes = [
        ("Geschäftsführer (Budgetverantwortung)", None, [
            ["Liest Fachartikel über Digitalisierung im Mittelstand"], ["Fordert einen Business Case an"],
            ["Gibt Budget frei (max. 180.000 €)"], ["Unterschreibt den Rahmenvertrag"], []]),
        ("IT-Leiter (Entscheider)", None, [
            ["Altes Warenwirtschaftssystem läuft 2027 aus", "Recherchiert Cloud-ERP-Anbieter"],
            ["Erstellt Longlist mit 6 Anbietern", "Lädt 3 Anbieter zur Demo ein"],
            ["Bewertet Schnittstellen zu CAD und Webshop"], [],
            ["Plant Datenmigration mit dem Integrator", "Schult Key-User"]]),
        ("Einkauf (Gatekeeper)", None, [
            [], ["Holt Referenzen ein"], ["Verhandelt Lizenzpreise und SLA", "Prüft AGB mit der Rechtsabteilung"],
            ["Legt Bestellung im System an"], []]),
        ("Vertriebsinnendienst (Anwender)", None, [
            ["Beklagt doppelte Dateneingabe"], ["Testet den Demo-Zugang"], [], [],
            ["Nimmt an der Schulung teil", "Erfasst erste Aufträge im neuen System"]]),
        ("Touchpoints", "touchpoints", [
            ["Fachmagazin", "LinkedIn-Beitrag"], ["Website des Anbieters", "Online-Demo"], ["Angebot per E-Mail"],
            ["Vertragsportal"], ["Kick-off vor Ort", "Support-Hotline"]]),
        ("Schmerzpunkte", "pain-points", [
            [], ["Preise nicht transparent"], ["Lange Abstimmung zwischen den Abteilungen"],
            ["Vertragsunterlagen nur als PDF"], ["Migration dauert länger als geplant"]]),
        ("Gefühle", "emotions", [
            [E("neugierig", 1, "neugierig")], [E("unsicher", -1, "unsicher")],
            [E("Erleichtert 😊 (+1)", 1, "Erleichtert")], [E("😐", 0, "")], [E("frustriert", -1, "frustriert")]]),
    ]
    look = Look(card=coloured_cards("Verdana", 10), emotion=emotion_text(13), modes=("plain", "br", "div"),
                card_h=46, gap=7, pad=9)
    spec = dict(page="Seite-1", lang="de", title="Einkauf einer ERP-Lösung im Mittelstand", stages=stages, lanes=lanes,
                pool_title_left=True, pool_label="Einkauf einer ERP-Lösung im Mittelstand", look=look,
                lane_fills=["#E1D5E7", "#DAE8FC", "#D5E8D4", "#FFE6CC", "#F5F5F5", "#F8CECC", "#FFF2CC"],
                header_style="rounded=1;whiteSpace=wrap;html=1;fillColor=#1F4E79;fontColor=#FFFFFF;strokeColor=none;"
                             "fontStyle=1;fontSize=13;",
                persona_style="rounded=1;arcSize=20;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#1F4E79;"
                              "strokeWidth=2;align=left;spacingLeft=10;fontSize=11;",
                personas=[("Dr. Markus Weber", "IT-Leiter, Weber Maschinenbau GmbH"),
                          ("Sabine Krüger", "Leiterin Einkauf"), ("Thomas Brandt", "Geschäftsführer")],
                overlap=(1, 1),
                transitions=[(("IT-Leiter (Entscheider)", 2, 0), ("IT-Leiter (Entscheider)", 1, 1),
                              "kommt später zurück", False)])
    pages, truth = draw_stakeholder(spec, rng)
    return "drawio-stakeholder-de.drawio", pages, [False], truth, 0


def map_stakeholder_en(rng):
    stages = ["Awareness", "Consideration", "Decision", "Purchase", "Onboarding"]
    lanes = [
        ("Head of Sales (Champion)", None, [
            ["Reps complain about spreadsheet forecasts", "Sees a CRM demo at a trade show"],
            ["Shortlists 3 CRM vendors", "Books vendor demos"], ["Builds business case with ROI estimate"],
            ["Signs off on seat count (45 seats)"], ["Runs kickoff with the sales team", "Migrates pipeline data"]]),
        ("IT Security (Gatekeeper)", None, [
            [], ["Sends security questionnaire", "Asks for SOC 2 report"], ["Reviews SSO and data residency"], [],
            ["Configures SSO and user roles"]]),
        ("Stakeholder: CFO", None, [
            [], [], ["Challenges the 3-year price lock", "Compares total cost of ownership"], ["Approves the PO"], []]),
        ("Touchpoints", "touchpoints", [
            ["Trade show booth", "Peer recommendation on LinkedIn"], ["Vendor website", "Demo call with account executive"],
            ["Security portal", "Pricing proposal by email"], ["E-signature contract"],
            ["Onboarding webinar", "In-app checklist"]]),
        ("Pain points", "pain-points", [
            ["Forecasts live in 12 spreadsheets"], ["Pricing page hides enterprise tiers"],
            ["Security review takes 5 weeks"], ["Legal redlines go back and forth"], []]),
        ("Emotions", "emotions", [
            [D(0.5, "Hopeful")], [D(1, "Curious"), D(-0.5, "Doubtful")], [D(-1.5, "Stressed")], [D(1.5, "Relieved")],
            [D(-0.5, "Overwhelmed")]]),
        ("Opportunities", "opportunities", [
            [], ["Publish transparent pricing"], ["Pre-filled security pack"], [], ["Guided data import"]]),
    ]
    look = Look(card=coloured_cards("Helvetica", 11), emotion=emotion_text(), modes=("plain", "br", "bold"),
                card_h=50, gap=8, pad=10)
    spec = dict(page="Page-1", lang="en", title="Buying a CRM platform: the buying committee", stages=stages,
                lanes=lanes, pool_title_left=False, pool_label="Buying committee", separate_title=True, look=look,
                lane_fills=["#DAE8FC", "#E1D5E7", "#FFE6CC", "#D5E8D4", "#F8CECC", "#FFF2CC", "#F5F5F5"],
                header_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#333333;fontColor=#FFFFFF;strokeColor=none;"
                             "fontSize=14;fontStyle=1;",
                persona_style="rounded=1;whiteSpace=wrap;html=1;fillColor=#F0F7FF;strokeColor=#6C8EBF;fontSize=11;",
                personas=[("Priya Nair", "Head of Sales · Champion"), ("Daniel Okafor", "IT Security Lead"),
                          ("Helen Marsh", "CFO · Economic buyer")],
                transitions=[(("Head of Sales (Champion)", 2, 0), ("Head of Sales (Champion)", 1, 0),
                              "comes back later", True)])
    pages, truth = draw_stakeholder(spec, rng)
    return "drawio-stakeholder-en.drawio", pages, [True], truth, 2


def map_lanecontainers_fr(rng):
    stages = ["Prise de conscience", "Considération", "Décision", "Ouverture du compte", "Fidélisation"]
    lanes = [
        ("Actions", "actions", [
            ["Voit une publicité pour une néobanque", "Se plaint des frais de sa banque actuelle"],
            ["Compare les offres sur un comparateur", "Lit les avis sur l'App Store"],
            # Spans Décision and Ouverture du compte; its centre is in Décision, so it is listed there.
            [Span("Remplit le formulaire en ligne et envoie ses justificatifs")],
            ["Vérifie son identité par selfie vidéo", "Reçoit sa carte par courrier"],
            ["Domicilie son salaire"]]),
        ("Pensées", "thoughts", [
            ["« Pourquoi je paie 8 € par mois ? »"], ["Est-ce une vraie banque ?"], ["J'espère que ça ira vite"], [],
            ["Enfin une appli claire"]]),
        ("Points de contact", "touchpoints", [
            ["Publicité Instagram"], ["Site comparateur", "Avis App Store"], ["Site web de la banque"],
            ["Application mobile", "Courrier postal"], ["Notifications push"]]),
        ("Émotions", "emotions", [
            [E("curieux", 1, "curieux")], [E("perdu", -1, "perdu")], [E("🙂 +1\nRassuré", 1, "Rassuré")],
            [E("−2", -2, "")], [E("ravi", 2, "ravi")]]),
        ("Points de douleur", "pain-points", [
            [], ["Tarifs difficiles à comparer"], [], ["Le selfie vidéo échoue deux fois", "Carte reçue après 9 jours"],
            []]),
        ("Opportunités", "opportunities", [
            [], ["Simulateur de frais"], [], ["Assistance par chat pendant la vérification"],
            ["Programme de parrainage"]]),
    ]
    look = Look(card=white_cards("Trebuchet MS", 11, "#6C8EBF"), emotion=emotion_text(13),
                modes=("plain", "div", "br"), card_h=48, gap=8, pad=10)
    spec = dict(page="Page-1", lang="fr", title="Ouverture d'un compte bancaire en ligne", stages=stages, lanes=lanes,
                look=look, container="swimlane", lane_band=130,
                header_style="shape=hexagon;perimeter=hexagonPerimeter2;size=0.08;fixedSize=0;whiteSpace=wrap;html=1;"
                             "fillColor=#D4E1F5;strokeColor=#6C8EBF;fontStyle=1;fontSize=13;",
                overlap=(4, 2))
    pages, truth = draw_lane_containers(spec, rng)
    return "drawio-lanecontainers-fr.drawio", pages, [False], truth, 1


def map_lanecontainers_es(rng):
    stages = ["Descubrimiento", "Consideración", "Decisión", "Estancia", "Recomendación"]
    lanes = [
        ("Acciones", "actions", [
            ["Busca destinos de playa con niños", "Ve fotos de amigos en Instagram"],
            ["Compara tres hoteles en un comparador", "Lee opiniones sobre el club infantil"],
            # Spans Decisión and Estancia; its centre is in Decisión, so it is listed there.
            [Span("Reserva habitación familiar con desayuno incluido")],
            ["Hace el check-in en recepción", "Pide una cuna para el bebé"], ["Deja una reseña de 5 estrellas"]]),
        ("Pensamientos", "thoughts", [
            ["¿Dónde no se aburrirán los niños?"], ["¿Habrá piscina climatizada?", "¿Es seguro pagar por adelantado?"],
            ["Ojalá no haya cargos ocultos"], [], ["Volveremos el próximo verano"]]),
        ("Canales", "touchpoints", [
            ["Instagram", "Blog de viajes"], ["Comparador de hoteles", "Web del hotel"], ["Pago online con tarjeta"],
            ["Recepción", "App del hotel"], ["Correo de encuesta"]]),
        ("Emociones", "emotions", [
            [E("curioso", 1, "curioso")], [E("confundido", -1, "confundido")], [E("😊 +2", 2, "")],
            [E("Cansado 😕 (−1)", -1, "Cansado")], [E("encantado", 2, "encantado")]]),
        ("Puntos de dolor", "pain-points", [
            [], ["Precios distintos en cada web"], ["Tasa turística no indicada"], ["Cola de 30 minutos en el check-in"],
            []]),
    ]
    look = Look(card=coloured_cards("Arial", 11, rounded=False, extra="shadow=1;"), emotion=emotion_text(14),
                modes=("br", "plain", "span"), card_h=50, gap=9, pad=11)
    spec = dict(page="Página-1", lang="es", title="Reserva de hotel para unas vacaciones en familia", stages=stages,
                lanes=lanes, look=look, container="container", lane_band=140,
                header_style="rounded=1;whiteSpace=wrap;html=1;fillColor=#FF8000;fontColor=#FFFFFF;strokeColor=none;"
                             "fontStyle=1;fontSize=14;",
                transitions=[(("Acciones", 1, 1), ("Acciones", 0, 0), "vuelve más tarde", False)])
    pages, truth = draw_lane_containers(spec, rng)
    return "drawio-lanecontainers-es.drawio", pages, [False], truth, 3


def map_chevron_pt(rng):
    stages = ["Consciência", "Consideração", "Decisão", "Compra", "Pós-venda"]
    lanes = [
        ("Ações", "actions", [
            ["Percebe que o carro antigo gasta muito", "Pergunta a amigos sobre híbridos"],
            ["Pesquisa modelos no YouTube", "Agenda test drive"], ["Faz test drive de dois modelos", "Simula financiamento"],
            ["Negocia o valor do usado na troca", "Assina o contrato"], ["Leva o carro à primeira revisão"]]),
        ("Pensamentos", "thoughts", [
            ["Será que um híbrido compensa?"], ["Qual tem o melhor porta-malas?"], ["A parcela cabe no orçamento?"], [],
            ["O atendimento da oficina foi rápido"]]),
        ("Pontos de contato", "touchpoints", [
            ["Conversa com amigos"], ["YouTube", "Site da montadora"], ["Concessionária"],
            ["Vendedor", "Banco da montadora"], ["Oficina autorizada", "App da montadora"]]),
        ("Emoções", "emotions", [
            [D(0, "Em dúvida")], [D(1, "Animado")], [D(-1, "Pressionado")], [D(1.5, "Realizado")], [D(0.5, "Tranquilo")]]),
        ("Pontos de dor", "pain-points", [
            [], ["Informações de consumo confusas"], ["Vendedor insistente"], ["Espera de 3 semanas pela entrega"], []]),
        ("Oportunidades", "opportunities", [
            ["Calculadora de economia de combustível"], [], ["Test drive em casa"],
            ["Rastreamento da entrega pelo app"], []]),
    ]
    look = Look(card=white_cards("Helvetica", 11, "#82B366"), emotion=emotion_text(), modes=("plain", "br"),
                card_h=48, gap=8, pad=10)
    spec = dict(page="Página-1", lang="pt", title="Compra de um carro novo", stages=stages, lanes=lanes, look=look,
                header_style="shape=step;perimeter=stepPerimeter;whiteSpace=wrap;html=1;fixedSize=1;size=18;"
                             "fontColor=#FFFFFF;strokeColor=none;fontStyle=1;fontSize=14;",
                header_fills=["#2E7D32", "#388E3C", "#43A047", "#4CAF50", "#66BB6A"],
                lane_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#E8F5E9;strokeColor=#82B366;fontStyle=1;fontSize=13;",
                dot_style="ellipse;whiteSpace=wrap;html=1;aspect=fixed;fillColor=#2E7D32;strokeColor=none;",
                arrow_overlap=18, row_gap=0, overlap=(0, 2))
    pages, truth = draw_chevrons(spec, rng)
    return "drawio-chevron-pt.drawio", pages, [False], truth, 0


def map_chevron_zh(rng):
    stages = ["认知", "考虑", "决策", "购买", "使用", "推荐"]
    lanes = [
        ("行为", "actions", [
            ["计划去日本旅行", "看到朋友分享的理赔经历"], ["在比价平台对比三家保险"], ["选择含医疗和航班延误的套餐"],
            ["填写护照信息并支付"], ["航班延误后在线提交理赔"], ["在朋友圈推荐这家保险"]]),
        ("想法", "thoughts", [
            ["出国真的需要买保险吗？"], ["哪家的理赔最快？"], ["保额够不够？"], [], ["材料要准备多少？"], []]),
        ("触点", "touchpoints", [
            ["微信朋友圈"], ["比价网站", "保险公司官网"], ["在线客服"], ["微信支付"], ["理赔小程序", "短信通知"], ["朋友圈"]]),
        ("情绪", "emotions", [
            [E("好奇", 1, "好奇")], [E("困惑", -1, "困惑")], [E("☺️", 1, "")], [E("+0.5", 0.5, "")],
            [E("焦虑", -1, "焦虑")], [E("惊喜 🤩", 2, "惊喜")]]),
        ("痛点", "pain-points", [
            [], ["条款太长看不懂"], ["免责条款不明显"], [], ["需要上传六种材料"], []]),
        ("机会点", "opportunities", [
            [], ["一页纸条款摘要"], [], [], ["自动获取航班延误证明"], ["推荐返现"]]),
        ("系统", None, [
            [], [], ["核保系统"], ["支付网关", "电子保单生成"], ["理赔审核系统"], []]),
    ]
    look = Look(card=coloured_cards("Microsoft YaHei", 12), emotion=emotion_text(15), modes=("plain", "br", "div"),
                card_h=44, gap=7, pad=9)
    spec = dict(page="第 1 页", lang="zh", title="在线购买旅行保险的客户旅程", stages=stages, lanes=lanes, look=look,
                header_style="shape=mxgraph.arrows2.arrow;dy=0;dx=20;notch=20;direction=east;whiteSpace=wrap;html=1;"
                             "fontColor=#FFFFFF;strokeColor=none;fontStyle=1;fontSize=15;",
                header_fills=["#1565C0", "#1976D2", "#1E88E5", "#2196F3", "#42A5F5", "#64B5F6"],
                lane_style="rounded=1;arcSize=6;whiteSpace=wrap;html=1;fillColor=#EEEEEE;strokeColor=none;fontStyle=1;fontSize=14;",
                arrow_overlap=20, row_gap=8)
    pages, truth = draw_chevrons(spec, rng)
    return "drawio-chevron-zh.drawio", pages, [True], truth, 1


def map_chevron_tl(rng):
    stages = ["Kamalayan", "Pagsasaalang-alang", "Pagpapasya", "Pagbili", "Pagpapanatili"]
    lanes = [
        ("Mga Gawain", "actions", [
            ["Lumalaki ang pamilya kaya kailangan ng mas malaking sasakyan"],
            ["Nag-test drive ng dalawang SUV", "Nagtanong ng downpayment sa dealer"],
            ["Pinili ang 7-seater na may mababang hulog"],
            ["Pumirma ng kontrata sa bangko", "Kinuha ang sasakyan sa casa"], ["Unang PMS sa casa"]]),
        ("Mga Iniisip", "thoughts", [
            ["Kaya ba namin ang buwanang bayad?"], ["Alin ang matipid sa gasolina?"], [], ["Kailan darating ang plaka?"],
            []]),
        ("Mga Touchpoint", "touchpoints", [
            ["Facebook Marketplace", "Kaibigan"], ["Showroom ng dealer", "Ahente"], ["Bangko"], ["Casa"],
            ["Service center", "Text reminder"]]),
        ("Damdamin", "emotions", [
            [E("karaniwan", 0, "karaniwan")], [E("masaya", 1, "masaya")], [E("😟", -1, "")], [E("galit", -2, "galit")],
            [E("+1", 1, "")]]),
        ("Mga Punto ng Sakit", "pain-points", [
            [], ["Magkakaiba ang presyo ng bawat ahente"], ["Maraming dokumento ang hinihingi ng bangko"],
            ["Tatlong buwan bago dumating ang plaka", "May dagdag na bayad sa chattel mortgage"], []]),
    ]
    look = Look(card=coloured_cards("Helvetica", 11, extra="glass=0;"), emotion=emotion_text(14),
                modes=("plain", "br", "bold"), card_h=50, gap=8, pad=10)
    spec = dict(page="Pahina-1", lang="tl", title="Pagbili ng kotse ng pamilya", stages=stages, lanes=lanes, look=look,
                header_style="shape=singleArrow;whiteSpace=wrap;html=1;arrowWidth=1;arrowSize=0.12;"
                             "fontColor=#FFFFFF;strokeColor=none;fontStyle=1;fontSize=14;",
                header_fills=["#6A1B9A", "#7B1FA2", "#8E24AA", "#9C27B0", "#AB47BC"],
                lane_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#F3E5F5;strokeColor=#9C27B0;fontStyle=1;fontSize=13;",
                arrow_overlap=0, row_gap=4, root_prefix="q8MZtG1pXw3RkVb2cLd7")
    pages, truth = draw_chevrons(spec, rng)
    return "drawio-chevron-tl.drawio", pages, [False], truth, 4


def map_grid_en(rng):
    stages = ["Awareness", "Consideration", "Decision", "Purchase", "Stay", "Advocacy"]
    lanes = [
        ("Actions", "actions", [
            ["Plans a weekend in Lisbon"], ["Filters hotels by price and rating", "Checks the location on a map"],
            ["Picks a boutique hotel near Alfama"], ["Pays with Apple Pay"], ["Checks in via the app"],
            ["Posts photos and tags the hotel"]]),
        ("Thoughts", "thoughts", [
            ["Where should we stay?"], ["Is the area safe at night?"], ["Can I cancel for free?"], [],
            ["The room is smaller than in the photos"], []]),
        ("Touchpoints", "touchpoints", [
            ["Travel blog"], ["Booking website", "Google Maps"], ["Hotel website"], ["Payment page"],
            ["Mobile app", "Front desk"], ["Instagram", "Review email"]]),
        ("Emotions", "emotions", [
            [E("excited", 2, "excited")], [E("🤔", 0, "")], [E("+1 happy", 1, "happy")], [E("−1", -1, "")],
            [E("Disappointed 🙁 (-1)", -1, "Disappointed")], [E("Proud 😃 (+1)", 1, "Proud")]]),
        ("Pain points", "pain-points", [
            [], ["Too many similar offers"], ["City tax shown only at checkout"], ["Payment failed once"],
            ["Noisy street"], []]),
        ("Opportunities", "opportunities", [
            [], ["Neighbourhood guide"], ["Show the total price up front"], [], ["Quiet-room request at booking"],
            ["Loyalty discount for the next stay"]]),
        ("KPIs", "kpis", [
            ["Ad click-through rate"], ["Search-to-detail rate"], ["Conversion rate"], ["Payment success rate"],
            ["Check-in time"], ["Review score"]]),
    ]
    look = Look(card=None, emotion=None, modes=("plain", "plain", "br"))
    spec = dict(page="Page-1", lang="en", title="Booking a city-break hotel", stages=stages, lanes=lanes, look=look,
                header_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#4D4D4D;fontColor=#FFFFFF;strokeColor=#333333;"
                             "fontStyle=1;fontSize=13;",
                lane_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#CCCCCC;strokeColor=#666666;fontStyle=1;fontSize=12;",
                row_fills=["#FFFFFF", "#EAF2FB"])
    pages, truth, _ = draw_grid(spec, rng)
    return "drawio-grid-en.drawio", pages, None, truth, None  # a bare <mxGraphModel> root


def map_grid_de(rng):
    # Unusual stage names: the stages of a software trial, not the textbook funnel.
    stages = ["Entdecken", "Testen", "Kaufen", "Nutzen", "Verlängern"]
    lanes = [
        ("Aktionen", "actions", [
            ["Teamleiterin sucht Ersatz für Excel-Listen"], ["Startet 14-Tage-Testversion", "Lädt 5 Kolleginnen ein"],
            ["Wählt den Business-Tarif", "Zahlt per Rechnung"], ["Legt Projekte und Meilensteine an"],
            ["Erhält Verlängerungsangebot"]]),
        ("Gedanken", "thoughts", [
            ["Gibt es etwas Einfacheres als Jira?"], ["Finden sich alle schnell zurecht?"],
            ["Ist das DSGVO-konform?"], [], ["Lohnt sich der Jahrestarif?"]]),
        ("Berührungspunkte", "touchpoints", [
            ["Google-Suche", "Vergleichsportal"], ["Testversion", "Onboarding-E-Mails"],
            ["Preisseite", "Vertrieb per Telefon"], ["Web-App", "Hilfe-Center"], ["Rechnung per E-Mail"]]),
        ("Gefühle", "emotions", [
            [E("neugierig", 1, "neugierig")], [E("😃", 2, "")], [E("verärgert", -2, "verärgert")], [E("+1", 1, "")],
            [E("neutral", 0, "neutral")]]),
        ("Schmerzpunkte", "pain-points", [
            [], ["Import aus Excel bricht ab"], ["AV-Vertrag nur auf Englisch"], [], ["Preiserhöhung um 20 %"]]),
        ("Systeme", None, [
            [], ["Trial-Verwaltung", "CRM"], ["Abrechnungssystem"], ["SSO über Azure AD"], ["CRM"]]),
    ]
    look = Look(card=None, emotion=None, modes=("plain", "br", "div"))
    spec = dict(page="Seite-1", lang="de", title="Teamlizenz für eine Projektmanagement-Software", stages=stages,
                lanes=lanes, look=look,
                header_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#008A8A;fontColor=#FFFFFF;strokeColor=#006666;"
                             "fontStyle=1;fontSize=14;fontFamily=Verdana;",
                lane_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#B2DFDB;strokeColor=#006666;fontStyle=1;"
                           "fontSize=12;fontFamily=Verdana;align=left;spacingLeft=8;",
                row_fills=["#FFFFFF", "#FFF8E1"], origin=(190, 160))
    pages, truth, _ = draw_grid(spec, rng)
    return "drawio-grid-de.drawio", pages, [True], truth, 2


def map_sticky_en(rng):
    # Convention of this map: unlabelled background bands; the stage names are text above them.
    stages = ["Discovery", "Reporting", "Assessment", "Settlement", "Renewal"]
    lanes = [
        ("Doing", "actions", [
            ["Finds water under the kitchen sink", "Calls a plumber"],
            ["Calls the insurer's hotline", "Uploads photos in the app"], ["Waits for the loss adjuster's visit"],
            ["Accepts the settlement offer"], ["Gets a renewal notice with a higher premium"]]),
        ("Thinking", "thoughts", [
            ["Am I even covered for this?"], ["Which photos do they need?"], ["Why is nobody calling back?"],
            ["Is €2,300 fair?"], []]),
        ("Feeling", "emotions", [
            [E("😩", -2, "")], [E("confused", -1, "confused")], [E("angry", -2, "angry")],
            [E("🙂 +1\nRelieved", 1, "Relieved")], [E("-1", -1, "")]]),
        ("Channels", "touchpoints", [
            ["Plumber"], ["Phone hotline", "Mobile app"], ["Email updates"], ["Letter", "Bank transfer"], ["Email"]]),
        ("Pain points", "pain-points", [
            [], ["40 minutes on hold"], ["No status update for 12 days"], ["Deductible never explained"],
            ["Premium up 15% with no reason given"]]),
        ("Backstage", "backstage", [
            [], ["Claim logged in the CRM"], ["Adjuster scheduling", "Fraud check"], ["Payment approval"],
            ["Risk re-rating"]]),
    ]

    def note(kind, r):
        fill_ = {"pain-points": "#FFCDD2", "backstage": "#E0E0E0", "touchpoints": "#C8E6C9"}.get(kind, "#FFF59D")
        return (f"shape=note;whiteSpace=wrap;html=1;backgroundOutline=1;darkOpacity=0.05;size=12;fillColor={fill_};"
                f"strokeColor=#B8A200;fontSize=12;sketch=1;curveFitting=1;jiggle=2;{HAND}")

    look = Look(card=note, emotion=lambda k, r: "shape=note;whiteSpace=wrap;html=1;size=10;fillColor=#FFF59D;"
                                                "strokeColor=#B8A200;fontSize=18;sketch=1;" + HAND,
                modes=("plain", "br"), how="scatter", pad=10, rotations=(0, 0, 3, -4, 2, -3))
    spec = dict(page="Claim journey", lang="en", title="Home insurance claim after a burst pipe", stages=stages,
                lanes=lanes, look=look, band_labels=False, lane_text="rotation", separators=True, font=HAND,
                band_fills=["#F5F5F5", "#FAFAFA"])
    pages, truth = draw_sticky(spec, rng)
    return "drawio-sticky-en.drawio", pages, [False], truth, 1


def map_sticky_tl(rng):
    # Convention of this map: each background band carries its stage's name at its top and is the
    # stage header; there is no other stage text.
    stages = ["Kamalayan", "Pagsasaalang-alang", "Pagpapasya", "Pagbubukas ng Account", "Paggamit"]
    lanes = [
        ("Mga Gawain", "actions", [
            ["Nakita ang ad sa Facebook", "Nagtanong sa pinsan na may account"],
            ["Ikinumpara ang interes ng tatlong bangko"], ["Pinili ang bangkong walang maintaining balance"],
            ["Nag-upload ng valid ID at selfie", "Nag-cash in mula sa e-wallet"],
            ["Nag-set up ng auto-save tuwing sweldo"]]),
        ("Mga Iniisip", "thoughts", [
            ["Ligtas ba ang digital bank?"], ["Alin ang may pinakamataas na interes?"], [],
            ["Bakit ang tagal ng verification?"], ["Sana may rewards"]]),
        ("Damdamin", "emotions", [
            [E("sabik", 1, "sabik")], [E("nalilito", -1, "nalilito")], [E("😊", 1, "")], [E("naiinis", -1, "naiinis")],
            [E("tuwang-tuwa", 2, "tuwang-tuwa")]]),
        ("Mga Touchpoint", "touchpoints", [
            ["Facebook ad", "Kuwento ng pinsan"], ["Website ng bangko", "Mga review sa YouTube"], ["App Store"],
            ["Mobile app", "E-wallet"], ["Push notification"]]),
        ("Mga Punto ng Sakit", "pain-points", [
            [], ["Magulo ang paliwanag ng interes"], [],
            ["Dalawang araw bago ma-verify", "Malabo ang selfie sa mahinang ilaw"], []]),
        ("Mga Oportunidad", "opportunities", [
            [], ["Simpleng calculator ng interes"], [], ["Live chat habang nagve-verify"], ["Referral bonus"]]),
    ]

    def note(kind, r):
        fill_ = r.choice(["#FFF9C4", "#FFF59D", "#FFECB3"]) if kind != "pain-points" else "#F8BBD0"
        return f"rounded=0;whiteSpace=wrap;html=1;shadow=1;strokeColor=none;fillColor={fill_};fontSize=12;fontFamily=Comic Sans MS;"

    look = Look(card=note, emotion=lambda k, r: "rounded=0;whiteSpace=wrap;html=1;shadow=1;strokeColor=none;"
                                                "fillColor=#FFF59D;fontSize=14;fontFamily=Comic Sans MS;",
                modes=("plain", "br", "div"), how="scatter", pad=10, rotations=(0, 3, -4, 0, 2))
    spec = dict(page="Pahina-1", lang="tl", title="Pagbubukas ng savings account sa digital bank", stages=stages,
                lanes=lanes, look=look, band_labels=True, lane_text="horizontal", separators=False,
                font="fontFamily=Comic Sans MS;", band_fills=["#E1F5FE", "#E8F5E9"], col_gap=18)
    pages, truth = draw_sticky(spec, rng)
    return "drawio-sticky-tl.drawio", pages, [False], truth, 0


def map_steps_en(rng):
    stages = [("Awareness", ["Trigger", "Research"]), ("Consideration", ["Longlist", "Demo", "Proof of concept"]),
              ("Decision", ["Business case", "Negotiation"]), ("Purchase", ["Contract", "Kickoff"])]
    A, C, Dn, P = "Awareness", "Consideration", "Decision", "Purchase"
    lanes = [
        ("Actions", "actions", [
            (A, "Trigger", "Dashboards time out at month end"), (A, "Research", "Reads an analyst comparison"),
            (A, "Research", "Asks peers in a Slack community"), (C, "Longlist", "Lists 7 vendors"),
            (C, "Demo", "Watches 3 live demos"), (C, "Proof of concept", "Loads a 2 TB sample into the trial"),
            (C, "Proof of concept", "Benchmarks query speed"), (Dn, "Business case", "Writes a 3-year TCO model"),
            (Dn, "Negotiation", "Asks for a multi-year discount"), (P, "Contract", "Signs the order form"),
            (P, "Kickoff", "Kickoff with customer success")]),
        ("Questions", "thoughts", [
            (A, "Research", "Cloud or on-prem?"), (C, "Demo", "Does it connect to our warehouse?"),
            (C, "Proof of concept", "Will it scale to 50 analysts?"), (Dn, "Negotiation", "What if we exceed our credits?"),
            (P, "Kickoff", "Who owns the rollout?")]),
        ("Touchpoints", "touchpoints", [
            (A, "Research", "Analyst report"), (A, "Research", "Community Slack"),
            (C, "Demo", "Video call with a sales engineer"), (C, "Proof of concept", "Trial workspace"),
            (Dn, "Business case", "ROI calculator"), (Dn, "Negotiation", "Account executive"),
            (P, "Contract", "E-signature"), (P, "Kickoff", "Customer success manager")]),
        ("Emotions", "emotions", [
            (A, "Trigger", E("frustrated", -1, "frustrated")), (C, "Demo", E("😀", 2, "")),
            (C, "Proof of concept", E("+0.5", 0.5, "")), (Dn, "Negotiation", E("😠", -2, "")),
            (P, "Kickoff", E("happy", 1, "happy"))]),
        ("Pain points", "pain-points", [
            (C, "Longlist", "Vendor pages all sound the same"), (C, "Proof of concept", "Trial limited to 14 days"),
            (Dn, "Negotiation", "Credit-based pricing is hard to forecast"), (P, "Contract", "Legal review takes 3 weeks")]),
        ("Stakeholder: Procurement", None, [
            (Dn, "Business case", "Requires 3 quotes"), (Dn, "Negotiation", "Pushes for a 15% discount"),
            (P, "Contract", "Adds the vendor to the supplier list")]),
    ]
    look = Look(card=coloured_cards("Helvetica", 10), emotion=emotion_text(13), modes=("plain", "br"),
                card_h=44, gap=6, pad=8)
    spec = dict(page="Page-1", lang="en", title="Buying a data analytics platform", stages=stages, lanes=lanes,
                look=look, tag_pains=True,
                personas=[("Marco Rossi", "VP Data · Decision maker"), ("Aisha Khan", "Data engineer · Evaluator"),
                          ("Tom Becker", "Procurement manager")],
                persona_style="rounded=1;arcSize=30;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#B85450;"
                              "dashed=1;fontSize=11;",
                stage_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#0050EF;fontColor=#FFFFFF;strokeColor=#001DBC;"
                            "fontStyle=1;fontSize=15;",
                step_style="rounded=1;whiteSpace=wrap;html=1;fillColor=#DAE8FC;strokeColor=#6C8EBF;fontSize=12;",
                lane_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#F5F5F5;strokeColor=#666666;fontStyle=1;fontSize=12;")
    pages, truth = draw_steps(spec, rng)
    return "drawio-steps-en.drawio", pages, [False], truth, 0


def map_steps_ja(rng):
    stages = [("認知", ["きっかけ", "情報収集"]), ("検討", ["比較", "口コミ確認"]), ("予約", ["プラン選択", "支払い"]),
              ("宿泊", ["チェックイン", "滞在", "チェックアウト"]), ("共有", ["レビュー投稿", "再訪"])]
    lanes = [
        ("行動", "actions", [
            ("認知", "きっかけ", "京都への家族旅行を計画"), ("認知", "情報収集", "旅行雑誌で旅館を探す"),
            ("検討", "比較", "予約サイトで3軒を比較"), ("検討", "口コミ確認", "口コミで朝食の評判を確認"),
            ("予約", "プラン選択", "朝食付きプランを選ぶ"), ("予約", "支払い", "クレジットカードで事前決済"),
            ("宿泊", "チェックイン", "フロントでチェックイン"), ("宿泊", "滞在", "大浴場を利用"),
            ("宿泊", "チェックアウト", "精算して出発"), ("共有", "レビュー投稿", "星4つのレビューを書く")]),
        ("思考", "thoughts", [
            ("認知", "情報収集", "子ども連れでも大丈夫？"), ("検討", "比較", "どこが一番お得？"),
            ("予約", "支払い", "キャンセル料はかかる？"), ("宿泊", "滞在", "部屋が思ったより広い"),
            ("共有", "再訪", "紅葉の季節にまた来たい")]),
        ("タッチポイント", "touchpoints", [
            ("認知", "きっかけ", "Instagram"), ("認知", "情報収集", "旅行雑誌"), ("検討", "比較", "予約サイト"),
            ("検討", "口コミ確認", "口コミサイト"), ("予約", "支払い", "決済画面"), ("宿泊", "チェックイン", "フロント"),
            ("宿泊", "滞在", "館内案内"), ("共有", "レビュー投稿", "予約サイトのレビュー")]),
        ("感情", "emotions", [
            ("認知", "きっかけ", E("期待", 1, "期待")), ("検討", "比較", E("困惑", -1, "困惑")),
            ("予約", "支払い", E("不安", -1, "不安")), ("宿泊", "滞在", E("大満足 😍", 2, "大満足")),
            ("共有", "レビュー投稿", E("嬉しい", 1, "嬉しい"))]),
        ("課題", "pain-points", [
            ("検討", "比較", "サイトごとに料金が違う"), ("予約", "支払い", "入湯税が最後に表示される"),
            ("宿泊", "チェックイン", "チェックインに20分待ち")]),
        ("改善案", "opportunities", [
            ("予約", "支払い", "総額を最初に表示"), ("宿泊", "チェックイン", "事前オンラインチェックイン"),
            ("共有", "再訪", "リピーター割引")]),
    ]
    look = Look(card=coloured_cards("Meiryo", 11), emotion=emotion_text(14), modes=("plain", "br", "div"),
                card_h=42, gap=6, pad=8)
    spec = dict(page="ページ1", lang="ja", title="温泉旅館の予約から宿泊まで", stages=stages, lanes=lanes, look=look,
                personas=[],
                stage_style="rounded=1;whiteSpace=wrap;html=1;fillColor=#A20025;fontColor=#FFFFFF;strokeColor=none;"
                            "fontStyle=1;fontSize=15;",
                step_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#FAD9D5;strokeColor=#AE4132;fontSize=12;",
                lane_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#F5F5F5;strokeColor=#999999;fontStyle=1;fontSize=13;")
    pages, truth = draw_steps(spec, rng)
    return "drawio-steps-ja.drawio", pages, [True], truth, 2


def map_vertical_es(rng):
    stages = ["Descubrimiento", "Consideración", "Decisión", "Contratación", "Renovación"]
    lanes = [
        ("Acciones", "actions", [
            ["Se muda a un piso de alquiler", "El casero exige un seguro"], ["Pide precio a tres aseguradoras"],
            ["Elige la póliza con asistencia 24 h"], ["Firma la póliza online"],
            ["Recibe el aviso de renovación", "Negocia el precio por teléfono"]]),
        ("Pensamientos", "thoughts", [
            ["¿Qué cubre exactamente?"], ["¿Por qué hay tanta diferencia de precio?"], [],
            ["¿Cuándo empieza la cobertura?"], ["¿Me subirán la prima cada año?"]]),
        ("Emociones", "emotions", [
            [E("neutral", 0, "neutral")], [E("frustrado", -1, "frustrado")], [E("contento", 1, "contento")],
            [E("😄", 2, "")], [E("Molesto 😒 (−1)", -1, "Molesto")]]),
        ("Puntos de contacto", "touchpoints", [
            ["Casero", "Buscador de Google"], ["Comparador online", "Llamada con un agente"], ["Web de la aseguradora"],
            ["Firma electrónica", "Correo de bienvenida"], ["Carta de renovación", "Teléfono"]]),
        ("Puntos de dolor", "pain-points", [
            [], ["Coberturas con nombres distintos en cada web"], ["Letra pequeña sobre daños por agua"], [],
            ["Subida del 12 % sin explicación"]]),
        ("Oportunidades", "opportunities", [
            ["Guía para inquilinos"], ["Tabla comparativa de coberturas"], [], ["Póliza en la app"],
            ["Descuento por fidelidad"]]),
    ]
    look = Look(card=coloured_cards("Helvetica", 11), emotion=emotion_text(15), modes=("plain", "br", "bold"),
                card_h=46, gap=8, pad=9)
    spec = dict(page="Página-1", lang="es", title="Contratación de un seguro de hogar para inquilinos", stages=stages,
                lanes=lanes, look=look)
    pages, truth = draw_vertical(spec, rng)
    return "drawio-vertical-es.drawio", pages, [False], truth, 1


def flowchart_page(name, rng, texts, edge_labels):
    """An unrelated process flowchart: start, steps, a decision with yes/no, end."""
    page = Page(name, rng)
    start, receive, decide, ask, expert, end = texts
    a = page.vertex(start, "ellipse;whiteSpace=wrap;html=1;fillColor=#D5E8D4;strokeColor=#82B366;", 240, 30, 120, 50)
    b = page.vertex(receive, "rounded=1;whiteSpace=wrap;html=1;", 220, 120, 160, 60)
    c = page.vertex(decide, "rhombus;whiteSpace=wrap;html=1;fillColor=#FFF2CC;strokeColor=#D6B656;", 230, 220, 140, 100)
    d = page.vertex(ask, "rounded=1;whiteSpace=wrap;html=1;", 440, 240, 160, 60)
    e = page.vertex(expert, "rounded=1;whiteSpace=wrap;html=1;", 220, 370, 160, 60)
    f = page.vertex(end, "ellipse;whiteSpace=wrap;html=1;fillColor=#F8CECC;strokeColor=#B85450;", 240, 470, 120, 50)
    arrow = "edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;endArrow=block;endFill=1;"
    page.edge(a, b, arrow)
    page.edge(b, c, arrow)
    page.edge(c, d, arrow, label=edge_labels[1], label_as_child=True)
    page.edge(d, b, arrow, points=[(520, 150)])
    page.edge(c, e, arrow, label=edge_labels[0])
    page.edge(e, f, arrow)
    return page


def notes_page(name, rng, lines):
    page = Page(name, rng)
    for k, line in enumerate(lines):
        page.vertex(line, "text;html=1;align=left;verticalAlign=top;whiteSpace=wrap;fontSize=13;", 40, 40 + k * 60, 520, 44)
    return page


def journey_page_loose(spec, rng, truth_style):
    """The journey of a multi-page file: loose rounded headers and cards, a title above, a footnote
    below, a legend box and one shape far to the right of the grid."""
    page = Page(spec["page"], rng)
    stages, lanes, look = spec["stages"], spec["lanes"], spec["look"]
    truth = Truth(truth_style, spec["lang"], spec["title"], stages, [(t, k) for t, k, _ in lanes], page=spec["page"])
    col_w = [rng.randint(190, 220) for _ in stages]
    row_h = lane_heights(lanes, rng, card_h=look.card_h, gap=look.gap, pad=look.pad, minimum=80)
    left, top = 190, 220 if spec.get("personas") else 140
    layout = Layout(left, top, col_w, row_h, col_gap=10, row_gap=10)
    cols = [(a - 5, b + 5) for a, b in layout.cols]
    rows = [(a - 5, b + 5) for a, b in layout.rows]
    page.vertex(spec["title"], "text;html=1;fontSize=24;fontStyle=1;align=center;verticalAlign=middle;", left, 30,
                layout.right - left, 40)
    if spec.get("personas"):
        persona_cards(page, spec["personas"], left, left + 420, 84, rng, spec["persona_style"])
        truth.data["personas"] = [name for name, _ in spec["personas"]]
    for i, name in enumerate(stages):
        x0, x1 = layout.cols[i]
        page.vertex(name, spec["header_style"], x0 + rng.uniform(-3, 3), top - 54 + rng.uniform(-3, 3), x1 - x0, 42)
    for j, (title, kind, _) in enumerate(lanes):
        y0, y1 = layout.rows[j]
        page.vertex(title, spec["lane_style"], left - 160 + rng.uniform(-3, 3), y0, 146, y1 - y0)
    ids = fill(page, truth, stages, lanes, layout, rng, look)
    add_transitions(page, truth, stages, lanes, ids, spec.get("transitions", []), rng)
    # Around the grid.
    page.vertex(spec["footnote"], "text;html=1;align=left;verticalAlign=middle;fontSize=10;fontStyle=2;fontColor=#666666;",
                left, layout.bottom + 22, 420, 24)
    page.vertex(spec["legend"], "rounded=0;whiteSpace=wrap;html=1;align=left;verticalAlign=top;spacingLeft=8;fontSize=11;"
                "fillColor=#FFFFFF;strokeColor=#999999;", layout.right - 260, layout.bottom + 26, 260, 74, mode="bold")
    page.vertex(spec["far"], "rounded=1;whiteSpace=wrap;html=1;fillColor=#FFF2CC;strokeColor=#D6B656;",
                layout.right + 1500, top + 40, 200, 70, mode="br")
    truth.data["notes"] += [spec["footnote"], spec["legend"], spec["far"]]
    verify(page, truth, cols, rows)
    return page, truth


def map_multipage_fr(rng):
    # Unusual stage names: the steps of a car-insurance claim.
    stages = ["Accident", "Déclaration", "Expertise", "Indemnisation", "Renouvellement"]
    lanes = [
        ("Actions", "actions", [
            ["Accrochage sur un parking", "Remplit le constat amiable"], ["Déclare le sinistre sur l'appli", "Envoie les photos"],
            ["Rendez-vous avec l'expert"], ["Reçoit le virement"], ["Reçoit l'avis d'échéance"]]),
        ("Pensées", "thoughts", [
            ["Qui est en tort ?"], ["Ai-je bien rempli le constat ?"], ["Combien de temps sans voiture ?"],
            ["La franchise est élevée"], []]),
        ("Points de contact", "touchpoints", [
            ["Constat papier"], ["Application mobile"], ["Garage agréé", "Appel de l'expert"], ["SMS de confirmation"],
            ["Courrier"]]),
        ("Émotions", "emotions", [
            [E("furieux", -2, "furieux")], [E("🙁", -1, "")], [E("neutre", 0, "neutre")], [E("content", 1, "content")],
            [E("0", 0, "")]]),
        ("Points de douleur", "pain-points", [
            [], ["Le formulaire plante à l'envoi des photos"], ["Pas de véhicule de prêt"], [],
            ["Prime en hausse après le sinistre"]]),
    ]
    look = Look(card=coloured_cards("Helvetica", 11), emotion=emotion_text(14), modes=("plain", "br", "div"),
                card_h=48, gap=8, pad=10)
    spec = dict(page="Parcours", lang="fr", title="Déclaration d'un sinistre auto", stages=stages, lanes=lanes,
                look=look,
                header_style="rounded=1;whiteSpace=wrap;html=1;fillColor=#6D8764;fontColor=#FFFFFF;strokeColor=none;fontStyle=1;",
                lane_style="rounded=1;whiteSpace=wrap;html=1;fillColor=#F5F5F5;strokeColor=#666666;fontStyle=1;",
                footnote="Source : 12 entretiens clients, mai 2026",
                legend="Légende\nbleu = action du client\nrouge = point de douleur",
                far="Idées en vrac : partenariat avec les garages",
                transitions=[(("Actions", 2, 0), ("Actions", 1, 1), "revient plus tard", True)])
    journey, truth = journey_page_loose(spec, rng, "multi-page")
    flow = flowchart_page("Processus interne", rng, ["Début", "Réception de la déclaration", "Dossier complet ?",
                                                    "Demander les pièces manquantes", "Mandater un expert", "Fin"],
                          ["Oui", "Non"])
    notes = notes_page("Notes", rng, ["À faire : valider avec l'équipe sinistres", "Prochain atelier : 4 juin",
                                      "Entretiens menés par l'équipe UX (Lyon)"])
    return "drawio-multipage-fr.drawio", [flow, journey, notes], [True, False, True], truth, 0


def map_multipage_en(rng):
    stages = ["Awareness", "Consideration", "Application", "Onboarding", "Retention"]
    lanes = [
        ("Actions", "actions", [
            ["Registers the studio as a company", "Accountant says to separate finances"],
            ["Compares 4 business accounts", "Reads the fee tables"],
            ["Fills in the online application", "Uploads the certificate of incorporation"],
            ["Video call for identity check", "Orders 2 debit cards"], ["Connects the account to accounting software"]]),
        ("Thoughts", "thoughts", [
            ["Do I really need a business account?"], ["Which bank has no monthly fee?"],
            ["Why do they need my shareholder register?"], [], ["Invoicing is so much easier now"]]),
        ("Touchpoints", "touchpoints", [
            ["Accountant"], ["Bank websites", "Comparison site"], ["Online form"], ["Video call", "Mobile app"],
            ["Accounting integration"]]),
        ("Emotions", "emotions", [
            [E("neutral", 0, "neutral")], [E("curious", 1, "curious")], [E("😕", -1, "")], [E("😶", 0, "")],
            [E("Confident 😄 (+2)", 2, "Confident")]]),
        ("Pain points", "pain-points", [
            [], ["Fees hidden in PDFs"], ["Application timed out and lost data"], ["6-day wait for a video slot"], []]),
        ("Systems", None, [
            [], [], ["KYC platform", "Companies register API"], ["Card issuing"], ["Open banking API"]]),
    ]
    look = Look(card=coloured_cards("Helvetica", 11, rounded=False), emotion=emotion_text(14),
                modes=("plain", "br", "bold"), card_h=48, gap=8, pad=10)
    spec = dict(page="Journey", lang="en", title="Opening a business bank account", stages=stages, lanes=lanes,
                look=look,
                header_style="rounded=1;whiteSpace=wrap;html=1;fillColor=#1BA1E2;fontColor=#FFFFFF;strokeColor=none;fontStyle=1;",
                lane_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#E6E6E6;strokeColor=none;fontStyle=1;",
                personas=[("Grace Lee", "Founder, 4-person design studio"), ("Sam Ortiz", "External accountant")],
                persona_style="rounded=1;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#1BA1E2;align=left;spacingLeft=8;",
                footnote="Source: 12 customer interviews, May 2026",
                legend="Legend\nBlue cards = customer actions\nRed cards = pain points",
                far="Parking lot: ideas for the next workshop")
    journey, truth = journey_page_loose(spec, rng, "multi-page")
    flow = flowchart_page("Flow", rng, ["Start", "Application received", "Documents complete?", "Request missing documents",
                                        "Open account", "End"], ["Yes", "No"])
    notes = notes_page("Notes", rng, ["Next: validate with the onboarding team", "Interview guide v3 in the shared drive"])
    return "drawio-multipage-en.drawio", [flow, journey, notes], [True, True, True], truth, 2


def map_table_ja(rng):
    stages = ["認知", "検討", "申込", "利用開始", "継続利用"]
    lanes = [
        ("行動", "actions", ["給与振込口座を探す\n同僚にネット銀行を勧められる", "アプリの評判を調べる\n金利を比較する",
                              "スマホで本人確認書類を撮影", "キャッシュカードを受け取る\n初回ログイン", "毎月の自動積立を設定"]),
        ("思考", "thoughts", ["手数料を減らしたい", "本当に安全？", "入力項目が多い…", "", "ポイントが貯まって得した"]),
        ("感情", "emotions", ["期待", "不安", "−1", "😊", "大満足"]),
        ("タッチポイント", "touchpoints", ["同僚の紹介\nテレビCM", "比較サイト\nアプリストア", "申込アプリ", "郵送\nアプリ",
                                       "プッシュ通知"]),
        ("課題", "pain-points", ["", "金利条件が分かりにくい", "書類の撮影が何度も失敗する", "カード到着まで1週間", ""]),
        ("機会", "opportunities", ["", "手数料シミュレーター", "撮影ガイドの改善", "即時発行のデジタルカード", "紹介キャンペーン"]),
    ]
    spec = dict(page="ページ1", lang="ja", title="ネット銀行の口座開設ジャーニー", stages=stages, lanes=lanes,
                emotion_scores={"期待": (1, "期待"), "不安": (-1, "不安"), "−1": (-1, ""), "😊": (1, ""),
                                "大満足": (2, "大満足")})
    pages, truth = draw_table(spec, rng)
    return "drawio-table-ja.drawio", pages, [True], truth, 0


def map_svg_pt(rng):
    stages = ["Consciência", "Consideração", "Decisão", "Abertura", "Uso"]
    lanes = [
        ("Ações", "actions", [
            ["Abre CNPJ como MEI"], ["Compara tarifas de 3 bancos digitais", "Lê avaliações de clientes"],
            ["Escolhe conta PJ sem mensalidade"], ["Envia documentos pelo app", "Tira selfie"],
            ["Emite boletos para clientes", "Recebe via Pix"]]),
        ("Pontos de contato", "touchpoints", [
            ["Portal do Empreendedor"], ["Sites dos bancos"], ["Anúncio no Instagram"], ["App do banco"],
            ["App do banco", "Suporte por chat"]]),
        ("Emoções", "emotions", [
            [E("curioso", 1, "curioso")], [E("confuso", -1, "confuso")], [E("👍", 1, "")], [E("irritado", -2, "irritado")],
            [E("encantado", 2, "encantado")]]),
        ("Pontos de dor", "pain-points", [
            [], ["Tarifas escondidas"], [], ["Selfie recusada 3 vezes", "Análise leva 48 h"], []]),
    ]
    look = Look(card=None, emotion=None, modes=("plain", "br"))
    spec = dict(page="Página-1", lang="pt", title="Abertura de conta PJ para MEI", stages=stages, lanes=lanes, look=look,
                style="drawio-svg",
                header_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#FA6800;fontColor=#FFFFFF;strokeColor=#C73500;fontStyle=1;",
                lane_style="rounded=0;whiteSpace=wrap;html=1;fillColor=#FFE6CC;strokeColor=#D79B00;fontStyle=1;",
                row_fills=["#FFFFFF", "#FFF5EB"], origin=(170, 130))
    pages, truth, layout = draw_grid(spec, rng)
    return "drawio-svg-pt.drawio.svg", pages, [True], truth, 1


MAPS = [
    map_stakeholder_de, map_stakeholder_en, map_lanecontainers_fr, map_lanecontainers_es, map_chevron_pt,
    map_chevron_zh, map_chevron_tl, map_grid_en, map_grid_de, map_sticky_en, map_sticky_tl, map_steps_en,
    map_steps_ja, map_vertical_es, map_multipage_fr, map_multipage_en, map_table_ja, map_svg_pt,
]


# --------------------------------------------------------------------------------------------------
# SVG export
# --------------------------------------------------------------------------------------------------


def svg_export(page: Page, content: str) -> str:
    """A .drawio.svg as draw.io writes it: the mxfile escaped in `content`, then the drawing."""
    shapes = []
    max_x = max_y = 0
    for cell in page.cells:
        if not cell.vertex or cell.geo is None:
            continue
        x, y, w, h = page.abs_rect(cell.id)
        max_x, max_y = max(max_x, x + w), max(max_y, y + h)
        style = dict(p.split("=", 1) for p in cell.style.split(";") if "=" in p)
        fill_ = style.get("fillColor", "none" if cell.style.startswith("text") else "#ffffff")
        stroke = style.get("strokeColor", "none" if cell.style.startswith("text") else "#000000")
        shapes.append(f'<rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}" fill="{fill_}" '
                      f'stroke="{stroke}" pointer-events="all"/>')
        text = render_text_for_svg(cell.value)
        if text:
            cx, cy = x + w / 2, y + h / 2
            lines = text.split("\n")
            div = "<br/>".join(esc_html(l) for l in lines)
            shapes.append(
                f'<g transform="translate(-0.5 -0.5)"><switch><foreignObject pointer-events="none" width="100%" '
                f'height="100%" requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility" '
                f'style="overflow: visible; text-align: left;"><div xmlns="http://www.w3.org/1999/xhtml" '
                f'style="display: flex; align-items: unsafe center; justify-content: unsafe center; width: {num(w - 2)}px; '
                f'height: 1px; padding-top: {num(cy)}px; margin-left: {num(x + 1)}px;"><div data-drawio-colors="color: rgb(0, 0, 0); " '
                f'style="box-sizing: border-box; font-size: 0px; text-align: center;"><div style="display: inline-block; '
                f'font-size: 11px; font-family: Helvetica; color: rgb(0, 0, 0); line-height: 1.2; pointer-events: all; '
                f'white-space: normal; overflow-wrap: normal;">{div}</div></div></div></foreignObject>'
                f'<text x="{num(cx)}" y="{num(cy + 4)}" fill="rgb(0, 0, 0)" font-family="Helvetica" font-size="11px" '
                f'text-anchor="middle">{esc_html(lines[0][:18])}{"..." if len(lines[0]) > 18 or len(lines) > 1 else ""}'
                f'</text></switch></g>')
    width, height = int(max_x + 41), int(max_y + 41)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
            f'width="{width}px" height="{height}px" viewBox="-0.5 -0.5 {width} {height}" '
            f'content="{esc_attr(content)}"><defs/><g>' + "".join(shapes) +
            '</g><switch><g requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility"/><a transform="translate(0,-5)" '
            'xlink:href="https://www.drawio.com/doc/faq/svg-export-text-problems" target="_blank"><text text-anchor="middle" '
            'font-size="10px" x="50%" y="100%">Text is not SVG - cannot display</text></a></switch></svg>\n')


def render_text_for_svg(value: str) -> str:
    import re
    text = re.sub(r"<br\s*/?>", "\n", value)
    text = re.sub(r"<div>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


# --------------------------------------------------------------------------------------------------


def all_labels(pages: list[Page]) -> list[str]:
    labels = []
    for page in pages:
        for cell in page.cells:
            if cell.value:
                html = "html=1" in cell.style
                labels.append(render_text_for_svg(cell.value) if html else cell.value)
    return labels


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--labels", help="also write every drawn label, per file, to this JSON file")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    labels = {}
    for make in MAPS:
        name = make.__name__
        rng = random.Random(name)
        filename, pages, compressed, truth, host = make(rng)
        if filename.endswith(".svg"):
            content = mxfile(pages, compressed, rng, host=host, pretty=False)
            text = svg_export(pages[0], content)
        elif compressed is None:  # a bare <mxGraphModel> root, as older and embedded files have
            text = pages[0].model(pretty=True) + "\n"
        else:
            text = mxfile(pages, compressed, rng, host=host)
        with open(os.path.join(args.out, filename), "w", encoding="utf-8") as handle:
            handle.write(text)
        base = filename[: -len(".drawio.svg")] if filename.endswith(".drawio.svg") else filename[: -len(".drawio")]
        truth.write(os.path.join(args.out, base + ".truth.json"))
        labels[filename] = all_labels(pages)
        print(f"{filename}: {len(truth.data['stages'])} stages, {len(truth.data['lanes'])} lanes, "
              f"{len(truth.data['cells'])} cells, {len(truth.data['emotions'])} emotions")
    if args.labels:
        with open(args.labels, "w", encoding="utf-8") as handle:
            json.dump(labels, handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main())
