"""Render every app icon from waypoint.svg (needs rsvg-convert and Pillow).

    python3 -m venv /tmp/iconvenv && /tmp/iconvenv/bin/pip install pillow
    apt-get install -y librsvg2-bin
    /tmp/iconvenv/bin/python icons/generate.py
"""
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent


def render(size: int, out: Path) -> None:
    subprocess.run(
        ["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(out), str(HERE / "waypoint.svg")],
        check=True,
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        master = Path(tmp) / "master.png"
        render(1024, master)
        image = Image.open(master).convert("RGBA")
        for name, size in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
            image.resize((size, size), Image.LANCZOS).save(HERE / name, optimize=True)
        image.save(HERE / "icon.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
        image.save(HERE / "icon.icns")


if __name__ == "__main__":
    main()
