#!/usr/bin/env python3
"""The analyst's alternative to Waypoint's chart engine, for docs/BENCHMARKS.md.

Reads the module-stack data `waypoint bench charts` writes (JSON: weeks, modules with
weekly values) and draws the same chart with matplotlib: a stacked area of weekly events
per module with a title, subtitle, legend and date axis, saved as SVG (8 x 4.5 in) and as a
1600 x 900 PNG (dpi 200). Prints the median times in milliseconds as JSON.
"""
import argparse
import io
import json
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.dates as mdates  # noqa: E402
from datetime import date  # noqa: E402

COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#787878"]


def draw(data, fmt):
    weeks = [date.fromisoformat(w) for w in data["weeks"]]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    ax.stackplot(weeks, [m["values"] for m in data["modules"]], labels=[m["name"] for m in data["modules"]],
                 colors=[COLOURS[i % len(COLOURS)] for i in range(len(data["modules"]))])
    fig.suptitle(data["title"], x=0.02, ha="left", fontweight="bold")
    ax.set_title("Weekly events by module", loc="left", fontsize=9, color="#646a73")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=4, frameon=False, fontsize=8)
    ax.grid(axis="y", color="#e2e5e9")
    out = io.BytesIO()
    if fmt == "png":
        fig.savefig(out, format="png", dpi=200)
    else:
        fig.savefig(out, format="svg")
    plt.close(fig)
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--runs", type=int, default=20)
    a = ap.parse_args()
    with open(a.data) as f:
        data = json.load(f)
    draw(data, "svg")  # warm-up: font cache, imports
    result = {"matplotlib": matplotlib.__version__}
    for fmt in ("svg", "png"):
        times = []
        for _ in range(a.runs):
            t = time.perf_counter()
            draw(data, fmt)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        result[f"{fmt}_ms"] = times[len(times) // 2]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
