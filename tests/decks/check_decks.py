"""Checks a directory of QBR decks the way their readers will open them.

For every ACCOUNT-QUARTER.pptx: python-pptx opens it and reads a title on every slide, and
LibreOffice converts it to PDF with one page per slide. For every ACCOUNT-QUARTER.pdf
(Waypoint's own PDF): pdfinfo counts one page per slide and pdftoppm renders every page.
Names given with --expect-name must appear exactly as the first slide's title prefix.

Usage: python check_decks.py DIR --slides 12 [--expect-name ID=NAME ...]
"""

import argparse
import pathlib
import subprocess
import sys

from pptx import Presentation


def pages(pdf: pathlib.Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(l.split()[1] for l in out.splitlines() if l.startswith("Pages:")))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=pathlib.Path)
    ap.add_argument("--slides", type=int, required=True)
    ap.add_argument("--expect-name", action="append", default=[])
    args = ap.parse_args()
    failures = []
    decks = sorted(args.dir.glob("*.pptx"))
    if not decks:
        print(f"no decks in {args.dir}")
        return 1
    names = dict(e.split("=", 1) for e in args.expect_name)
    titles = {}
    for deck in decks:
        prs = Presentation(str(deck))
        got = [s.shapes.title.text if s.shapes.title is not None else None for s in prs.slides]
        titles[deck.stem] = got
        if len(got) != args.slides:
            failures.append(f"{deck.name}: {len(got)} slides, want {args.slides}")
        if any(not t for t in got):
            failures.append(f"{deck.name}: a slide without a title: {got}")
        if any(not s.has_notes_slide or not s.notes_slide.notes_text_frame.text.strip() for s in prs.slides):
            failures.append(f"{deck.name}: a slide without speaker notes")
    for account, name in names.items():
        match = [k for k in titles if k.startswith(account + "-")]
        if not match:
            failures.append(f"no deck for {account}")
        elif titles[match[0]][0] != f"{name}: Quarterly Business Review":
            failures.append(f"{account}: title {titles[match[0]][0]!r}, want {name!r} intact")
    # LibreOffice, all decks in one run.
    lo = args.dir / "libreoffice"
    lo.mkdir(exist_ok=True)
    run = subprocess.run(
        ["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(lo), *map(str, decks)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if run.returncode != 0:
        failures.append(f"libreoffice failed: {run.stderr[-2000:]}")
    for deck in decks:
        pdf = lo / (deck.stem + ".pdf")
        if not pdf.exists():
            failures.append(f"{deck.name}: LibreOffice made no PDF")
        elif pages(pdf) != len(titles[deck.stem]):
            failures.append(f"{deck.name}: LibreOffice PDF has {pages(pdf)} pages for {len(titles[deck.stem])} slides")
    # Waypoint's PDFs.
    for pdf in sorted(p for p in args.dir.glob("*.pdf")):
        n = pages(pdf)
        if n != args.slides:
            failures.append(f"{pdf.name}: {n} pages, want {args.slides}")
        prefix = args.dir / "png" / pdf.stem
        prefix.parent.mkdir(exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(prefix)], check=True, capture_output=True)
        rendered = list(prefix.parent.glob(pdf.stem + "-*.png"))
        if len(rendered) != n or any(p.stat().st_size < 2000 for p in rendered):
            failures.append(f"{pdf.name}: pdftoppm rendered {len(rendered)} pages of {n}")
    for f in failures:
        print("FAIL", f)
    print(f"decks: {len(decks)} PPTX and {len(list(args.dir.glob('*.pdf')))} PDF checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
