"""The comparison for `waypoint bench decks`: python-pptx building the same QBR deck from the
same content and the same chart images (exported by Waypoint as deck.json + PNGs), the way a
CS-ops analyst would script it. Only building and saving the deck is timed; the analyst's
data work and chart drawing are not counted, which favours python-pptx.

Prints JSON: {"python_pptx": version, "median_ms": ..., "runs": n, "slides": n}.
"""

import argparse
import io
import json
import statistics
import time

import pptx
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Pt


def build(deck):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(960), Pt(540)
    for s in deck["slides"]:
        layout = prs.slide_layouts[0] if s["title_slide"] else prs.slide_layouts[5]
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = s["title"]
        if s["title_slide"] and s.get("subtitle"):
            slide.placeholders[1].text = s["subtitle"]
        for b in s["blocks"]:
            f = b["frame"]
            x, y, w, h = Pt(f["x"]), Pt(f["y"]), Pt(f["w"]), Pt(f["h"])
            if b["type"] == "text":
                tf = slide.shapes.add_textbox(x, y, w, h).text_frame
                tf.word_wrap = True
                for i, p in enumerate(b["paras"]):
                    para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                    para.text = ("• " if p["bullet"] else "") + p["text"]
                    para.font.size = Pt(p["size"])
            elif b["type"] == "picture":
                slide.shapes.add_picture(b["path"], x, y, w, h)
            elif b["type"] == "table":
                rows, cols = len(b["rows"]) + 1, len(b["header"])
                table = slide.shapes.add_table(rows, cols, x, y, w, Pt(b["size"] * 2.1 * rows)).table
                for c, text in enumerate(b["header"]):
                    table.cell(0, c).text = text
                for r, row in enumerate(b["rows"], start=1):
                    for c, text in enumerate(row[:cols]):
                        table.cell(r, c).text = text
            elif b["type"] == "fill":
                shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, x, y, w, h)
                shape.fill.solid()
                shape.fill.fore_color.rgb = RGBColor(*b["rgb"])
                shape.line.fill.background()
        slide.notes_slide.notes_text_frame.text = "\n".join(s["notes"])
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as f:
        deck = json.load(f)
    build(deck)  # warm-up: imports and template parsing
    times = []
    for _ in range(max(1, args.runs)):
        t = time.perf_counter()
        build(deck)
        times.append((time.perf_counter() - t) * 1000.0)
    print(json.dumps({"python_pptx": pptx.__version__, "median_ms": statistics.median(times), "runs": len(times), "slides": len(deck["slides"])}))


if __name__ == "__main__":
    main()
