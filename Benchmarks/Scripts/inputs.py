"""Inputs for compare.sh that the Swift generators do not write: compressed drawings and maps."""

import base64
import re
import urllib.parse
import zlib

LANES = [
    ("actions", "actions", "action"),
    ("thoughts", "thoughts", "thought"),
    ("emotions", "emotions", "emotion"),
    ("touchpoints", "touchpoints", "touchpoint"),
    ("pain-points", "painPoints", "painPoint"),
    ("opportunities", "opportunities", "opportunity"),
]
PHRASES = [
    "Compares the monthly cost of three offers on the comparison site",
    "Asks a colleague whether the service was worth it",
    "Waits for a reply from support",
    "Reads the terms &amp; conditions twice before signing the contract",
    "Books an appointment online",
    "Gets a confirmation email with the wrong date and has to call",
]


def compress_drawing(source, target):
    """Writes `source` (an uncompressed draw.io file) with every page compressed as draw.io does:
    the page's XML URL-encoded, raw-deflated and base64-encoded into the diagram element."""
    with open(source, encoding="utf-8") as handle:
        text = handle.read()

    def compress(match):
        encoded = urllib.parse.quote(match.group(2), safe="~()*!.'").encode("ascii")
        deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        payload = deflater.compress(encoded) + deflater.flush()
        return match.group(1) + base64.b64encode(payload).decode("ascii") + "</diagram>"

    text = re.sub(r"(<diagram [^>]*>)(<mxGraphModel>.*?</mxGraphModel>)\s*</diagram>", compress, text, flags=re.S)
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(text)


def write_map(items, target):
    """Writes a canonical journey map of `items` items: six lanes, about as many stages as there are
    items per cell (a square-ish map), emotions scored, touchpoints with a channel."""
    stages = max(1, round((items / len(LANES)) ** 0.5))
    with open(target, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(f'<journeyMap id="generated-{items}" kind="b2c" state="current" scope="customer-journey"'
                  ' xmlns="urn:journeykit:journey-map:1">\n')
        out.write(f"  <title>Generated map of {items} items</title>\n  <lanes>\n")
        for lane_id, kind, _ in LANES:
            out.write(f'    <lane id="{lane_id}" kind="{kind}"><title>{lane_id.capitalize()}</title></lane>\n')
        out.write("  </lanes>\n  <stages>\n")
        number = 0
        for stage in range(stages):
            out.write(f'    <stage id="s{stage}">\n      <name>Stage {stage + 1}</name>\n')
            count = items // stages + (1 if stage < items % stages else 0)
            for index in range(count):
                lane_id, _, kind = LANES[index % len(LANES)]
                extra = ' channel="web"' if kind == "touchpoint" else ""
                out.write(f'      <item id="i{number}" kind="{kind}" lane="{lane_id}"{extra}>\n')
                out.write(f"        <text>{PHRASES[(stage + index) % len(PHRASES)]}</text>\n")
                if kind == "emotion":
                    out.write(f'        <score value="{(stage + index) % 5 - 2}"/>\n')
                out.write("      </item>\n")
                number += 1
            out.write("    </stage>\n")
        out.write("  </stages>\n</journeyMap>\n")
