#!/usr/bin/env python3
"""The analyst's alternative to `waypoint health backtest`, for docs/BENCHMARKS.md.

Reads the tables the benchmark exports as CSV (crates/cli/src/bench_export.rs,
`export_backtest`: accounts, subscriptions, subscription_modules, modules, usage_days,
user_days, users, contacts, support_tickets, nps, milestones) and does, with idiomatic
vectorised pandas and scikit-learn, what `backtest::backtest` does with default options
(docs/METRICS.md, "Health score", "Not enough data" and "Backtest"):

- for each evaluation day given (--days, month ends), every account paying that day
  (MRR > 0) is scored from data dated on or before the day only: the eight factors
  (usage trend, breadth, depth, stickiness, core users, NPS, support, milestones) mapped to
  [0, 1] as crates/metrics/src/health.rs maps them, factors without data left out and the
  weights re-normalised over the others, the points summed in factor order and rounded half
  away from zero (Rust's `f64::round`); banded green >= 70, yellow >= 40, red below;
  accounts with no usage on record up to the day are not scored (`no_data`, counted apart);
- the outcome over --horizon days: churned when MRR falls to 0 on some day in
  (day, day + horizon] (MRR only changes where a subscription starts or ends, so the
  subscription end days in the window are the days to check), else contracted when MRR on
  day + horizon <= 0.9 x MRR on the day, else kept;
- ROC AUC (`sklearn.metrics.roc_auc_score`) of risk = 100 - score against churn; its 95%
  interval from --resamples bootstrap resamples of accounts (each account drawn with
  replacement brings all its evaluations, as often as it was drawn: passed to
  roc_auc_score as sample weights, which is the same AUC as repeating the rows), the
  2.5th-97.5th percentiles (linear interpolation, as Rust's); resamples with only one class
  are skipped, as in Rust;
- evaluations and churns per band;
- a scikit-learn `LogisticRegression` (L2, C = 1.0, lbfgs) of churn on the eight factor
  values in [0, 1] (a missing factor takes the mean of the row's present factors), fitted
  on the evaluations of the older two thirds of the days (the first round(2n/3) of n days,
  at least one and leaving one, as `waypoint health tune` splits them) and scored by its
  held-out AUC (of `predict_proba`) on the newer third, next to the score's own AUC there.

Checked against `waypoint health backtest --json` on the demo (300 and 2,000 accounts, with
its evaluation days): the same evaluations, no_data, churns, contractions, band counts and
AUC to the last digit, and on sampled days every account's factor values (bitwise) and
score the same as `waypoint health --as-of DAY --json`.

Known differences from the Rust backtest:

- The bootstrap draws with numpy's PCG64 (`default_rng(--seed)`), Rust with ChaCha8
  (its own seed): the interval is the same statistic from different draws, so its bounds
  differ by sampling noise (typically in the third decimal), never the AUC itself.
- Money: the bench book is single-currency, so MRR is summed as exported (no FX).
- Outcomes read every exported subscription; Rust's latest book holds those starting on
  or before the last day with usage. The same as long as no subscription starts after it
  (the demo's do not) or the horizon ends before the data does (the default window's do).
- user_days.csv holds per user and day the events and value events of all modules
  together (Rust reads them per module and counts a user's distinct days; the counts are
  the same).
- Contacts and product users carry no date in the workspace, so both sides read them as
  they are today (no leakage control possible, on either side); milestones are read with
  their due and completion days, as Rust does.
- The evaluation days are given (--days); Rust picks them itself (the 24 month ends whose
  horizon the data covers). Pass Rust's `evaluation_days` to compare like with like.
- Not reproduced: the churn-or-contraction AUC and its interval, calibration deciles, the
  ROC curve, lead times and the list of misses (the contracted count is reported).
- The logistic regression is scikit-learn's plain one on the factor values, as an analyst
  would fit it; `waypoint health tune` fits non-negative weights on the factors' shortfalls
  (1 - value), picks its penalty from a short list on the fit days, and judges the weights
  by the AUC of the rounded score they give. The two held-out AUCs answer the same question
  by different models, so they are not expected to agree to the digit.

Prints one JSON object: timings (read and compute, median of --runs) and the results.
"""
import argparse
import json
import os
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

FACTORS = ["usage_trend", "breadth", "depth", "stickiness", "core_users", "nps", "support", "milestones"]
USAGE_FACTORS = FACTORS[:5]
WEIGHTS = pd.Series([20.0, 15.0, 15.0, 15.0, 15.0, 10.0, 5.0, 5.0], index=FACTORS)
TREND_FLOOR, TREND_CEILING = -0.5, 0.1
STICKINESS_TARGET, DEPTH_TARGET, TICKETS_TARGET, NPS_DAYS = 0.3, 0.5, 8.0, 180
GREEN_AT, YELLOW_AT = 70, 40
CORE_ROLES = ["executive_sponsor", "admin", "champion"]
MONTH, CORE_ACTIVE_DAYS, TICKET_HISTORY = 28, 14, 365
CONTRACTION = 0.10
HOLDOUT = 1.0 / 3.0


def read(d):
    csv = lambda name, **kw: pd.read_csv(os.path.join(d, name + ".csv"), **kw)
    return {
        "accounts": csv("accounts", usecols=["id"]),
        "subs": csv("subscriptions", parse_dates=["start_day", "end_day"]),
        "licensed": csv("subscription_modules", parse_dates=["start_day", "end_day"]),
        "modules": csv("modules"),
        "usage": csv("usage_days", usecols=["account_id", "day", "module", "events"], parse_dates=["day"]),
        "user_days": csv("user_days", usecols=["account_id", "user_id", "day", "value_events"], parse_dates=["day"]),
        "users": csv("users"),
        "contacts": csv("contacts"),
        "tickets": csv("support_tickets", parse_dates=["opened", "resolved"]),
        "nps": csv("nps", parse_dates=["day"]),
        "milestones": csv("milestones", parse_dates=["due_day", "completed"]),
    }


def days_before(day, n):
    return day - pd.Timedelta(days=n)


def running(frame, day, start="start_day", end="end_day"):
    """Rows of subscription periods running on `day` (start inclusive, end exclusive)."""
    return frame[(frame[start] <= day) & (frame[end].isna() | (frame[end] > day))]


def mrr_on(subs, day, ids):
    return running(subs, day).groupby("account_id").mrr_minor.sum().reindex(ids, fill_value=0)


def prepare(t):
    """The per-run groundwork: day-sorted usage, users matched to core contacts."""
    p = dict(t)
    p["usage"] = t["usage"].set_index("day").sort_index()
    p["user_days"] = t["user_days"].set_index("day").sort_index()
    p["first_usage"] = t["usage"].groupby("account_id").day.min()
    p["product"] = t["modules"].key[t["modules"].key != "unassigned"]
    core = t["contacts"][t["contacts"].role.isin(CORE_ROLES)]
    p["core_total"] = core.groupby("account_id").size()
    # Product users matched to a core contact of their own account.
    p["core_users"] = t["users"].dropna(subset=["contact_id"]).astype({"contact_id": "int64"}).merge(
        core, left_on=["account_id", "contact_id"], right_on=["account_id", "id"], suffixes=("", "_contact")
    )[["id", "account_id", "contact_id"]].rename(columns={"id": "user_id"})
    return p


def factors(p, day, ids):
    """Each account's eight factors mapped to [0, 1] (NaN = no data), as of `day`."""
    f = pd.DataFrame(index=pd.Index(ids, name="account_id"), columns=FACTORS, dtype=float)
    u = p["usage"]
    month = u.loc[days_before(day, MONTH - 1):day]
    before = u.loc[days_before(day, 2 * MONTH - 1):days_before(day, MONTH)]
    now = month.groupby("account_id").events.sum().reindex(ids, fill_value=0)
    prev = before.groupby("account_id").events.sum().reindex(ids, fill_value=0)
    change = (now - prev) / prev.where(prev > 0)
    trend = ((change - TREND_FLOOR) / (TREND_CEILING - TREND_FLOOR)).clip(0, 1)
    f["usage_trend"] = trend.where(prev > 0, (now > 0).astype(float))

    # Breadth: modules with events in the month / modules licensed by the running
    # subscriptions, or / the catalog's product modules when none is licensed.
    per_module = month.groupby(["account_id", "module"]).events.sum()
    used = per_module[per_module > 0].reset_index()[["account_id", "module"]]
    licensed = running(p["licensed"], day)[["account_id", "module"]].drop_duplicates()
    n_licensed = licensed.groupby("account_id").size().reindex(ids, fill_value=0)
    used_licensed = used.merge(licensed).groupby("account_id").size().reindex(ids, fill_value=0)
    used_product = used[used.module.isin(p["product"])].groupby("account_id").size().reindex(ids, fill_value=0)
    n_product = len(p["product"])
    available = used_product / n_product if n_product else np.nan
    f["breadth"] = (used_licensed / n_licensed).where(n_licensed > 0, available)

    # Users: distinct active days and value events per user over the month.
    ud = p["user_days"]
    per_user = ud.loc[days_before(day, MONTH - 1):day].groupby(["account_id", "user_id"]).value_events.agg(days="size", value="sum")
    per_user["reached_value"] = per_user.value > 0
    by_account = per_user.groupby("account_id").agg(mau=("days", "size"), user_days=("days", "sum"), value_users=("reached_value", "sum"))
    by_account = by_account.reindex(ids, fill_value=0)
    mau = by_account.mau.where(by_account.mau > 0)
    depth = (by_account.value_users / mau).fillna(0.0)
    stickiness = (by_account.user_days / MONTH / mau).fillna(0.0)
    f["depth"] = (depth / DEPTH_TARGET).clip(0, 1)
    f["stickiness"] = (stickiness / STICKINESS_TARGET).clip(0, 1)

    # Core users: a core contact is active when a user matched to it has an event in 14 days.
    recent = ud.loc[days_before(day, CORE_ACTIVE_DAYS - 1):day, ["account_id", "user_id"]].drop_duplicates()
    active = recent.merge(p["core_users"])[["account_id", "contact_id"]].drop_duplicates().groupby("account_id").size()
    total = p["core_total"].reindex(ids)
    f["core_users"] = active.reindex(ids, fill_value=0) / total

    n = p["nps"]
    n = n[(n.day > days_before(day, NPS_DAYS)) & (n.day <= day)]
    points = (n.score >= 9).astype(int) - (n.score <= 6).astype(int)
    nps = 100.0 * points.groupby(n.account_id).sum() / points.groupby(n.account_id).size()
    f["nps"] = ((nps + 100.0) / 200.0).reindex(ids)

    tk = p["tickets"]
    tk = tk[(tk.opened >= days_before(day, TICKET_HISTORY)) & (tk.opened <= day)]
    severe = tk.priority.isin(["high", "urgent"]) & (tk.resolved.isna() | (tk.resolved > day))
    load = ((tk.opened >= days_before(day, MONTH - 1)).astype(int) + severe.astype(int)).groupby(tk.account_id).sum()
    f["support"] = (1.0 - load.reindex(ids, fill_value=0) / TICKETS_TARGET).clip(0, 1)

    m = p["milestones"]
    due = m[m.due_day <= day]
    done = (due.completed <= day).groupby(due.account_id).mean()
    f["milestones"] = done.reindex(ids)

    has_usage = p["first_usage"].reindex(ids) <= day
    f.loc[~has_usage.values, USAGE_FACTORS] = np.nan
    return f, has_usage


def score(f):
    """The weighted mean of the factors with data, x 100, rounded half away from zero."""
    weights = f.notna() * WEIGHTS
    available = weights.sum(axis=1)
    total = pd.Series(0.0, index=f.index)
    for key in FACTORS:  # summed in factor order, as health.rs does
        max_points = 100.0 * WEIGHTS[key] / available
        total = total + (f[key] * max_points).fillna(0.0)
    rounded = np.where(total - np.floor(total) >= 0.5, np.ceil(total), np.floor(total))
    return pd.Series(rounded.clip(0, 100).astype(int), index=f.index)


def outcomes(subs, day, ids, horizon):
    """Churned / contracted flags of the accounts `ids` over (day, day + horizon]."""
    end = day + pd.Timedelta(days=horizon)
    own = subs[subs.account_id.isin(ids)]
    ends = own.loc[(own.end_day > day) & (own.end_day <= end), ["account_id", "end_day"]].drop_duplicates()
    checks = ends.rename(columns={"end_day": "check"}).merge(own, on="account_id")
    running_then = (checks.start_day <= checks.check) & (checks.end_day.isna() | (checks.end_day > checks.check))
    mrr = checks.mrr_minor.where(running_then, 0).groupby([checks.account_id, checks.check]).sum()
    churned = mrr[mrr == 0].groupby(level="account_id").size().reindex(ids, fill_value=0) > 0
    before, after = mrr_on(subs, day, ids), mrr_on(subs, end, ids)
    contracted = ~churned & (before > 0) & (after <= (1.0 - CONTRACTION) * before)
    return churned, contracted


def evaluate(p, days, horizon):
    ids_all = p["accounts"].id.values
    rows, no_data = [], 0
    for day in days:
        mrr = mrr_on(p["subs"], day, ids_all)
        paying = mrr.index[mrr > 0].values
        f, has_usage = factors(p, day, paying)
        no_data += int((~has_usage).sum())
        f = f[has_usage.values]
        scored = f.index.values
        churned, contracted = outcomes(p["subs"], day, scored, horizon)
        e = f.assign(day=day, score=score(f), churned=churned.values, contracted=contracted.values)
        rows.append(e.reset_index())
    evals = pd.concat(rows, ignore_index=True)
    evals["band"] = pd.cut(evals.score, [-1, YELLOW_AT - 1, GREEN_AT - 1, 100], labels=["red", "yellow", "green"])
    return evals, no_data


def bootstrap(y, risk, cluster, resamples, seed):
    """95% percentile interval of the AUC over resamples of accounts (clusters)."""
    rng = np.random.default_rng(seed)
    n = cluster.max() + 1
    values = []
    for _ in range(resamples):
        weight = np.bincount(rng.integers(0, n, n), minlength=n)[cluster]
        drawn = y[weight > 0]
        if drawn.any() and not drawn.all():
            values.append(roc_auc_score(y, risk, sample_weight=weight))
    if len(values) < resamples / 2:
        return None, None
    low, high = np.quantile(values, [0.025, 0.975])
    return float(low), float(high)


def auc(y, risk):
    return float(roc_auc_score(y, risk)) if 0 < y.sum() < len(y) else None


def analyse(evals, days, resamples, seed):
    y = evals.churned.to_numpy()
    risk = 100 - evals.score.to_numpy()
    cluster = pd.factorize(evals.account_id)[0]
    low, high = bootstrap(y, risk, cluster, resamples, seed) if len(evals) else (None, None)
    bands = evals.groupby("band", observed=False).churned.agg(evaluations="size", churned="sum")

    # Tuned weights: logistic regression on the factors, older two thirds of the days.
    x = evals[FACTORS]
    x = x.mask(x.isna(), x.mean(axis=1), axis=0)
    n_fit = min(max(int(np.floor(len(days) * (1 - HOLDOUT) + 0.5)), 1), len(days) - 1)
    fit = evals.day.isin(sorted(days)[:n_fit]).to_numpy()
    tuned = score_auc = None
    if 0 < y[fit].sum() < fit.sum() and (~fit).any():
        model = LogisticRegression(C=1.0, l1_ratio=0.0).fit(x[fit], y[fit])
        tuned = auc(y[~fit], model.predict_proba(x[~fit])[:, 1])
        score_auc = auc(y[~fit], risk[~fit])
    return {
        "evaluations": int(len(evals)),
        "accounts": int(evals.account_id.nunique()),
        "churned": int(y.sum()),
        "churned_accounts": int(evals.account_id[evals.churned].nunique()),
        "contracted": int(evals.contracted.sum()),
        "auc": auc(y, risk),
        "auc_low": low,
        "auc_high": high,
        "bands": {b: {"evaluations": int(r.evaluations), "churned": int(r.churned)} for b, r in bands.loc[["green", "yellow", "red"]].iterrows()},
        "tuned_heldout_auc": tuned,
        "score_heldout_auc": score_auc,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--days", required=True, help="evaluation days, comma-separated YYYY-MM-DD")
    ap.add_argument("--horizon", type=int, default=90)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    days = [pd.Timestamp(d) for d in a.days.split(",") if d]
    reads, computes, result = [], [], None
    for _ in range(a.runs):
        t0 = time.perf_counter()
        t = read(a.dir)
        t1 = time.perf_counter()
        evals, no_data = evaluate(prepare(t), days, a.horizon)
        result = analyse(evals, days, a.resamples, a.seed)
        result["no_data"] = no_data
        t2 = time.perf_counter()
        reads.append((t1 - t0) * 1000)
        computes.append((t2 - t1) * 1000)
    med = lambda v: sorted(v)[len(v) // 2]
    print(json.dumps({
        "pandas": pd.__version__,
        "sklearn": sklearn.__version__,
        "read_ms": med(reads),
        "compute_ms": med(computes),
        "runs": a.runs,
        **result,
    }))


if __name__ == "__main__":
    main()
