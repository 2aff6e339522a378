"""Checks QBR decks written in other languages the way their readers open them.

For every NAME-LANG.pptx in DIR, python-pptx reads the slide titles; for every NAME-LANG.pdf,
pdftotext extracts the text. Each --expect LANG=TEXT must be a slide title of that
language's PPTX and appear in its PDF's text, and no title may be left in English.
No-break spaces (French puts one before ":" and "%") compare as plain spaces, since text
extraction may write either.

Usage: python check_languages.py DIR --expect zh-CN=附录：定义 --expect "fr=Annexe : définitions"
"""

import argparse
import pathlib
import subprocess
import sys

from pptx import Presentation

# Titles of the English deck: none may appear in a translated one.
ENGLISH = ["Success plan: goals and milestones", "Adoption: module usage", "Adoption: active users",
           "Health: trend and drivers", "Value delivered", "NPS: what the customer says",
           "Renewal and expansion", "Appendix: definitions", "Quarterly Business Review", "at a glance"]


def plain(s: str) -> str:
    return " ".join(s.replace("\u202f", " ").replace("\u00a0", " ").split())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=pathlib.Path)
    ap.add_argument("--expect", action="append", default=[])
    args = ap.parse_args()
    failures = []
    wanted = {}
    for e in args.expect:
        lang, text = e.split("=", 1)
        wanted.setdefault(lang, []).append(plain(text))
    for lang, texts in wanted.items():
        pptx = sorted(args.dir.glob(f"*-{lang}.pptx"))
        pdf = sorted(args.dir.glob(f"*-{lang}.pdf"))
        if not pptx or not pdf:
            failures.append(f"{lang}: no PPTX or PDF in {args.dir}")
            continue
        titles = [plain(s.shapes.title.text) for s in Presentation(str(pptx[0])).slides if s.shapes.title is not None]
        pdf_text = plain(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf[0]), "-"], check=True, capture_output=True, text=True).stdout)
        for t in texts:
            if t not in titles:
                failures.append(f"{pptx[0].name}: no slide titled {t!r} in {titles}")
            if t not in pdf_text:
                failures.append(f"{pdf[0].name}: {t!r} not in the PDF's text")
        for en in ENGLISH:
            if any(en in title for title in titles):
                failures.append(f"{pptx[0].name}: an English title is left: {en!r}")
        print(f"{lang}: {len(titles)} slides, {len(texts)} expected titles checked")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
