"""Cost growth of the analytics (docs/BENCHMARKS.md): full recompute time and memory against the
number of accounts, from `waypoint bench analytics --json` reports, one per book size.

    python scripts/plot_growth.py OUT.png REPORT.json...

Each panel also draws the straight line through the origin and the smallest book's point: what
linear growth from there would give, so a reader sees at once whether cost grows faster.
"""

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main() -> None:
    out, paths = sys.argv[1], sys.argv[2:]
    reports = sorted((json.load(open(p)) for p in paths), key=lambda r: r["accounts"])
    n = [r["accounts"] for r in reports]
    panels = [
        ("Full recompute (median, ms)", [r["full_recompute"]["median_ms"] for r in reports]),
        ("App snapshot from the store (median, ms)", [r["app_full"]["median_ms"] for r in reports]),
        ("Memory with the snapshot held (MB)", [r["app_rss_mb"] for r in reports]),
    ]
    fig, axes = plt.subplots(1, len(panels), figsize=(15, 4.6), dpi=110)
    for ax, (title, y) in zip(axes, panels):
        ax.plot(n, y, "o-", color="#2563eb", label="measured")
        slope = y[0] / n[0]
        ax.plot([0, n[-1]], [0, slope * n[-1]], "--", color="#9ca3af", label="linear from the smallest book")
        for x, v in zip(n, y):
            ax.annotate(f"{v:,.0f}", (x, v), textcoords="offset points", xytext=(0, 8), ha="center", fontsize=9)
        ax.set_title(title, fontsize=11)
        ax.set_xlabel("accounts (24 months, 8 modules)")
        ax.set_xlim(0, n[-1] * 1.05)
        ax.set_ylim(0, max(max(y), slope * n[-1]) * 1.15)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    fig.savefig(out)


if __name__ == "__main__":
    main()
