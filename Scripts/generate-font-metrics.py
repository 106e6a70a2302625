#!/usr/bin/env python3
"""Generates Sources/JourneySVG/FontMetrics/DejaVuSansMetrics.swift from the DejaVu Sans fonts.

The SVG exporter wraps text itself, so it needs the advance width of every character in the font
it names (DejaVu Sans, regular and bold). This script reads the fonts' `cmap` (which glyph a code
point uses) and `hmtx` (how far each glyph advances) tables with nothing but the standard library,
and writes a compact Swift table: ranges of code points that share an advance width, in font units.

Run it when the font changes; the build never runs it:

    python3 Scripts/generate-font-metrics.py \
        [--regular /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf] \
        [--bold /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf] \
        [--output Sources/JourneySVG/FontMetrics/DejaVuSansMetrics.swift]
"""

import argparse
import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Font:
    """The few tables of a TrueType font that give advance widths per code point."""

    def __init__(self, path):
        with open(path, "rb") as handle:
            self.data = handle.read()
        self.path = path
        self.tables = {}
        (count,) = struct.unpack(">H", self.data[4:6])
        for index in range(count):
            offset = 12 + 16 * index
            tag, _, start, length = struct.unpack(">4sIII", self.data[offset : offset + 16])
            self.tables[tag.decode("latin-1")] = (start, length)
        for required in ("head", "hhea", "hmtx", "cmap", "name"):
            if required not in self.tables:
                sys.exit(f"{path}: no '{required}' table; is this a TrueType font?")

    def table(self, tag):
        start, length = self.tables[tag]
        return self.data[start : start + length]

    @property
    def units_per_em(self):
        return struct.unpack(">H", self.table("head")[18:20])[0]

    @property
    def ascender_descender(self):
        hhea = self.table("hhea")
        ascender, descender = struct.unpack(">hh", hhea[4:8])
        return ascender, descender

    def advances(self):
        """Advance width of every glyph, by glyph index."""
        hhea = self.table("hhea")
        (metric_count,) = struct.unpack(">H", hhea[34:36])
        hmtx = self.table("hmtx")
        widths = [struct.unpack(">H", hmtx[4 * i : 4 * i + 2])[0] for i in range(metric_count)]
        return widths

    def code_points(self):
        """Code point → glyph index, from the best Unicode subtable (format 12, else format 4)."""
        cmap = self.table("cmap")
        (count,) = struct.unpack(">H", cmap[2:4])
        subtables = []
        for index in range(count):
            platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * index : 12 + 8 * index])
            (fmt,) = struct.unpack(">H", cmap[offset : offset + 2])
            unicode_table = platform == 0 or (platform == 3 and encoding in (1, 10))
            if unicode_table and fmt in (4, 12):
                subtables.append((fmt, offset))
        if not subtables:
            sys.exit(f"{self.path}: no Unicode cmap subtable of format 4 or 12")
        fmt, offset = max(subtables)
        mapping = {}
        if fmt == 12:
            (groups,) = struct.unpack(">I", cmap[offset + 12 : offset + 16])
            for index in range(groups):
                start, end, glyph = struct.unpack(">III", cmap[offset + 16 + 12 * index : offset + 28 + 12 * index])
                for code in range(start, end + 1):
                    mapping[code] = glyph + code - start
        else:
            (segments2,) = struct.unpack(">H", cmap[offset + 6 : offset + 8])
            segments = segments2 // 2
            ends = offset + 14
            starts = ends + segments2 + 2
            deltas = starts + segments2
            range_offsets = deltas + segments2
            for index in range(segments):
                (end,) = struct.unpack(">H", cmap[ends + 2 * index : ends + 2 * index + 2])
                (start,) = struct.unpack(">H", cmap[starts + 2 * index : starts + 2 * index + 2])
                (delta,) = struct.unpack(">h", cmap[deltas + 2 * index : deltas + 2 * index + 2])
                range_offset_at = range_offsets + 2 * index
                (range_offset,) = struct.unpack(">H", cmap[range_offset_at : range_offset_at + 2])
                for code in range(start, end + 1):
                    if code == 0xFFFF:
                        continue
                    if range_offset == 0:
                        glyph = (code + delta) & 0xFFFF
                    else:
                        at = range_offset_at + range_offset + 2 * (code - start)
                        (glyph,) = struct.unpack(">H", cmap[at : at + 2])
                        if glyph != 0:
                            glyph = (glyph + delta) & 0xFFFF
                    if glyph != 0:
                        mapping[code] = glyph
        return mapping

    def widths(self):
        """Code point → advance width in font units, for every code point the font maps."""
        advances = self.advances()
        result = {}
        for code, glyph in self.code_points().items():
            result[code] = advances[glyph] if glyph < len(advances) else advances[-1]
        return result


def runs(widths):
    """Merges consecutive code points with the same width into (first, last, width) runs."""
    result = []
    for code in sorted(widths):
        width = widths[code]
        if result and result[-1][1] == code - 1 and result[-1][2] == width:
            result[-1][1] = code
        else:
            result.append([code, code, width])
    return result


def swift_table(name, font, doc):
    ascender, descender = font.ascender_descender
    lines = [f"    /// {doc}", f"    static let {name} = FontMetrics("]
    lines.append(f"        unitsPerEm: {font.units_per_em}, ascender: {ascender}, descender: {descender},")
    lines.append("        runs: [")
    row = []
    for first, last, width in runs(font.widths()):
        row.append(f"0x{first:X}, {last - first}, {width}")
        if len(row) == 6:
            lines.append("            " + ", ".join(row) + ",")
            row = []
    if row:
        lines.append("            " + ", ".join(row) + ",")
    lines.append("        ])")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--regular", default="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    parser.add_argument("--bold", default="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    parser.add_argument(
        "--output", default=os.path.join(ROOT, "Sources/JourneySVG/FontMetrics/DejaVuSansMetrics.swift"))
    arguments = parser.parse_args()
    regular = Font(arguments.regular)
    bold = Font(arguments.bold)
    lines = [
        "// Generated by Scripts/generate-font-metrics.py from DejaVu Sans; do not edit by hand.",
        "//",
        "// Each run is three numbers: the first code point, how many more follow it, and their advance",
        "// width in font units (unitsPerEm units make one em).",
        "",
        "extension FontMetrics {",
    ]
    lines += swift_table("dejaVuSans", regular, "DejaVu Sans (Book): advance widths of every character the font has.")
    lines.append("")
    lines += swift_table("dejaVuSansBold", bold, "DejaVu Sans Bold: advance widths of every character the font has.")
    lines.append("}")
    os.makedirs(os.path.dirname(arguments.output), exist_ok=True)
    with open(arguments.output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"wrote {arguments.output}: {len(regular.widths())} + {len(bold.widths())} code points", file=sys.stderr)


if __name__ == "__main__":
    main()
