#!/usr/bin/env python3
"""The analyst's alternative to Waypoint's analytics, for docs/BENCHMARKS.md.

Reads the tables `waypoint bench analytics` exports as CSV (accounts, subscriptions,
usage_days, tickets, nps) and computes, with idiomatic vectorised pandas, the same
definitions docs/METRICS.md gives:

- revenue: MRR per account on the as-of day, month-end MRR bridges (new, expansion,
  contraction, churned, reactivated) from the first subscription month, trailing-12-month
  NRR, GRR and logo churn;
- usage over the last 13 weeks: events per account and module, module shares, breadth,
  weekly events and the last-4-weeks vs previous-4-weeks trend, days since last activity;
- support and NPS: tickets in the last 14 days vs the 12 weeks before, latest detractor
  response in the last 30 days.

Health scores, alerts text, lifecycle stages, success plans and k-means segments are not
reproduced: the comparison is on a subset, which favours pandas.

Prints one JSON object: timings (read and compute, median of --runs) and the revenue
results, which the benchmark checks against Waypoint's.
"""
import argparse
import json
import os
import time

import numpy as np
import pandas as pd


def read(d):
    return {
        "accounts": pd.read_csv(os.path.join(d, "accounts.csv")),
        "subs": pd.read_csv(os.path.join(d, "subscriptions.csv"), parse_dates=["start_day", "end_day"]),
        "usage": pd.read_csv(os.path.join(d, "usage_days.csv"), parse_dates=["day"]),
        "tickets": pd.read_csv(os.path.join(d, "tickets.csv"), parse_dates=["opened"]),
        "nps": pd.read_csv(os.path.join(d, "nps.csv"), parse_dates=["day"]),
    }


def mrr_on(subs, day, ids):
    active = subs[(subs.start_day <= day) & (subs.end_day.isna() | (subs.end_day > day))]
    return active.groupby("account_id").mrr_minor.sum().reindex(ids, fill_value=0)


def revenue(t, as_of):
    subs, ids = t["subs"], t["accounts"].id.values
    first = subs.start_day.min().to_period("M").to_timestamp()
    months = pd.date_range(first, as_of, freq="MS")
    before = mrr_on(subs, first - pd.Timedelta(days=1), ids)
    ever = before > 0
    out = []
    for m in months:
        end = min(m + pd.offsets.MonthEnd(0), as_of)
        after = mrr_on(subs, end, ids)
        b, x = before.values, after.values
        up, down = x > b, x < b
        new_like = (b == 0) & (x > 0)
        react = new_like & ever.values
        out.append({
            "month": m.strftime("%Y-%m"),
            "start": b.sum() / 100,
            "new": x[new_like & ~ever.values].sum() / 100,
            "reactivated": x[react].sum() / 100,
            "expansion": (x - b)[up & (b > 0)].sum() / 100,
            "contraction": (b - x)[down & (x > 0)].sum() / 100,
            "churned": b[(b > 0) & (x == 0)].sum() / 100,
            "end": x.sum() / 100,
        })
        ever = ever | (after > 0)
        before = after
    now = mrr_on(subs, as_of, ids)
    since = as_of - pd.DateOffset(months=12)
    then = mrr_on(subs, since, ids)
    cohort = then > 0
    base = then[cohort].sum()
    return {
        "mrr": now.sum() / 100,
        "accounts_active": int((now > 0).sum()),
        "nrr": now[cohort].sum() / base if base else None,
        "grr": np.minimum(now[cohort], then[cohort]).sum() / base if base else None,
        "logo_churn": float((now[cohort] == 0).mean()) if cohort.any() else None,
        "mrr_movements": out,
    }


def usage(t, as_of):
    u = t["usage"]
    start = as_of - pd.Timedelta(days=90)
    q = u[(u.day > start) & (u.day <= as_of)].copy()
    per_module = q.pivot_table(index="account_id", columns="module", values="events", aggfunc="sum", fill_value=0)
    shares = per_module.div(per_module.sum(axis=1), axis=0)
    breadth = (per_module > 0).sum(axis=1) / max(len(per_module.columns), 1)
    q["week"] = ((as_of - q.day).dt.days // 7).astype(int)
    weekly = q.pivot_table(index="account_id", columns="week", values="events", aggfunc="sum", fill_value=0)
    last4 = weekly.reindex(columns=range(0, 4), fill_value=0).sum(axis=1)
    prev4 = weekly.reindex(columns=range(4, 8), fill_value=0).sum(axis=1)
    trend = (last4 - prev4) / prev4.replace(0, np.nan)
    silent = (as_of - u[u.day <= as_of].groupby("account_id").day.max()).dt.days
    users = q.groupby(["account_id", "week"]).active_users.max().groupby("account_id").mean()
    return pd.DataFrame({"breadth": breadth, "trend": trend, "days_silent": silent, "weekly_users": users}).join(shares)


def support(t, as_of):
    tk = t["tickets"]
    recent = tk[(tk.opened > as_of - pd.Timedelta(days=14)) & (tk.opened <= as_of)].groupby("account_id").size()
    base = tk[(tk.opened > as_of - pd.Timedelta(days=98)) & (tk.opened <= as_of - pd.Timedelta(days=14))].groupby("account_id").size() / 6
    n = t["nps"]
    last = n[(n.day > as_of - pd.Timedelta(days=30)) & (n.day <= as_of) & (n.score <= 6)].sort_values("day").groupby("account_id").last()
    return pd.DataFrame({"tickets_14d": recent, "baseline_14d": base, "detractor_score": last.score})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--as-of", required=True)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    as_of = pd.Timestamp(a.as_of)
    reads, computes, result = [], [], None
    for _ in range(a.runs):
        t0 = time.perf_counter()
        t = read(a.dir)
        t1 = time.perf_counter()
        result = revenue(t, as_of)
        u = usage(t, as_of)
        s = support(t, as_of)
        result["accounts_with_usage"] = int(len(u))
        result["accounts_with_support_signal"] = int(len(s))
        t2 = time.perf_counter()
        reads.append((t1 - t0) * 1000)
        computes.append((t2 - t1) * 1000)
    med = lambda v: sorted(v)[len(v) // 2]
    totals = [r + c for r, c in zip(reads, computes)]
    print(json.dumps({
        "pandas": pd.__version__,
        "read_ms": med(reads),
        "compute_ms": med(computes),
        "total_ms": med(totals),
        "runs": a.runs,
        "result": result,
    }, default=float))


if __name__ == "__main__":
    main()
