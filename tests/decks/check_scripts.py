"""Checks that decks of accounts named in every script are readable, not boxes.

For each ID=NAME given: Waypoint's PDF gives the name back through pdftotext character for
character, and its fonts (pdffonts) are embedded subsets; the PPTX has the name as the first
title's text, every run of it names Latin, East Asian and complex-script typefaces, and
LibreOffice's PDF of it has the name too. Decks of CJK names stay under 2 MB.

Usage: python check_scripts.py DIR --expect-name ID=NAME ... [--expect-text TEXT ...]
"""

import argparse
import pathlib
import re
import subprocess
import sys
import unicodedata

from pptx import Presentation

NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}


def pdftext(pdf: pathlib.Path, raw: bool = False) -> str:
    # Default mode reorders right-to-left text for reading; -raw keeps drawing order, which
    # keeps a paragraph wrapped over lines in one piece.
    mode = ["-raw"] if raw else []
    return subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def norm(s: str) -> str:
    # One space for any run of white space (lines wrap differently in each renderer).
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s))


def fonts(pdf: pathlib.Path) -> list[dict]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type... emb sub uni object ID
        rows.append({"name": parts[0], "type3": "Type 3" in line, "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=pathlib.Path)
    ap.add_argument("--expect-name", action="append", default=[])
    ap.add_argument("--expect-text", action="append", default=[])
    args = ap.parse_args()
    failures = []
    names = dict(e.split("=", 1) for e in args.expect_name)
    lo = args.dir / "libreoffice"
    lo.mkdir(exist_ok=True)
    decks = sorted(args.dir.glob("*.pptx"))
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(lo), *map(str, decks)],
                   capture_output=True, text=True, timeout=1800, check=True)
    texts = []
    for account, name in names.items():
        pdf = next(args.dir.glob(f"{account}-*.pdf"), None)
        pptx = next(args.dir.glob(f"{account}-*.pptx"), None)
        if pdf is None or pptx is None:
            failures.append(f"{account}: no PDF or PPTX deck")
            continue
        text = pdftext(pdf)
        texts.append(pdftext(pdf, raw=True))
        if norm(name) not in norm(text):
            failures.append(f"{pdf.name}: pdftotext lacks {name!r}; first line {text.splitlines()[:1]!r}")
        for f in fonts(pdf):
            # Colour emoji are Type 3 fonts: glyph procedures of only the glyphs drawn.
            if f["emb"] != "yes" or (f["sub"] != "yes" and not f["type3"]) or f["uni"] != "yes":
                failures.append(f"{pdf.name}: font {f['name']} embedded={f['emb']} subset={f['sub']} tounicode={f['uni']}")
        if any("\u4e00" <= c <= "\u9fff" for c in name):
            if not any("CJK" in f["name"] for f in fonts(pdf)):
                failures.append(f"{pdf.name}: no CJK face among {[f['name'] for f in fonts(pdf)]}")
            if pdf.stat().st_size > 2_000_000:
                failures.append(f"{pdf.name}: {pdf.stat().st_size} bytes, over 2 MB")
        prs = Presentation(str(pptx))
        title = prs.slides[0].shapes.title
        if title.text != f"{name}: Quarterly Business Review":
            failures.append(f"{pptx.name}: title {title.text!r}")
        for r in title.text_frame._txBody.iterfind(".//a:r/a:rPr", NS):
            faces = {k: r.find(f"a:{k}", NS) for k in ("latin", "ea", "cs")}
            if any(v is None or not v.get("typeface") for v in faces.values()):
                failures.append(f"{pptx.name}: a title run without latin/ea/cs typefaces")
        lo_text = pdftext(lo / (pptx.stem + ".pdf"))
        if norm(name) not in norm(lo_text):
            failures.append(f"{pptx.name}: LibreOffice's PDF lacks {name!r}")
    every = norm("\n".join(texts))
    for t in args.expect_text:
        if norm(t) not in every:
            failures.append(f"no PDF has {t!r}")
    for f in failures:
        print("FAIL", f)
    print(f"{len(names)} international decks checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
