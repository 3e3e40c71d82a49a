"""Demand forecasting (knowledge/forecast) on held-out weeks: MASE of the models chosen per series against seasonal
naive measured in the same run, prediction-interval coverage (80/95%), and wall time for 10,000 series.

Default data: the demo generator's daily sales (knowledge/demo/sales.py, seed 7). ``--dataset`` scores any long CSV
of daily values (series id, date, value; the first three columns unless named unique_id/ds/y), e.g. real sales.
The last ``--holdout-weeks`` of every series are hidden; models are chosen and fitted on the days before.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from evals.report import REPORTS_DIR, markdown_table, print_table, sha256_files, sha256_json, write_report
from knowledge.forecast.engine import BASELINE, CANDIDATES, CV2_THRESHOLD, complete_days, forecast_demand
from shopkeeper.errors import DataError, ShopkeeperError
from shopkeeper.settings import ForecastSettings


def demo_sales(products: int, days: int, seed: int, today: dt.date) -> pd.DataFrame:
    from knowledge.demo.catalog import build_categories, build_products
    from knowledge.demo.sales import daily_sales

    catalog = build_products(build_categories(), products, seed)
    rows = [
        (str(r["product_id"]), r["day"], r["units"]) for batch in daily_sales(catalog, days, seed, today) for r in batch
    ]
    frame = pd.DataFrame(rows, columns=["unique_id", "ds", "y"])
    frame["ds"] = pd.to_datetime(frame["ds"])
    return frame.astype({"y": float})


def read_long_csv(path: Path) -> pd.DataFrame:
    """A long CSV: series id, date, value (named unique_id/ds/y, or the first three columns in that order)."""
    try:
        raw = pd.read_csv(path)
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read {path}: {exc}") from exc
    if {"unique_id", "ds", "y"} <= set(raw.columns):
        frame = raw[["unique_id", "ds", "y"]].copy()
    elif raw.shape[1] >= 3:
        frame = raw.iloc[:, :3].copy()
        frame.columns = ["unique_id", "ds", "y"]
    else:
        raise DataError(f"{path} needs three columns: series id, date, value")
    frame["unique_id"] = frame["unique_id"].astype(str)
    frame["ds"] = pd.to_datetime(frame["ds"], errors="coerce")
    frame["y"] = pd.to_numeric(frame["y"], errors="coerce")
    bad = frame["ds"].isna() | frame["y"].isna()
    if bad.all():
        raise DataError(f"{path}: no row has a valid date and number")
    return frame[~bad].reset_index(drop=True)


def resample_series(full: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """``n`` series made from ``full``'s (complete daily series): each copies a random source series with its whole
    weeks drawn with replacement (weekday pattern and sales level kept, the week order shuffled)."""
    rng = np.random.default_rng(seed)
    groups = {uid: g["y"].to_numpy() for uid, g in full.groupby("unique_id") if len(g) >= 14}
    ids = list(groups)
    last = full["ds"].max()
    frames = []
    for i in range(n):
        y = groups[ids[int(rng.integers(len(ids)))]]
        weeks = len(y) // 7
        body = y[len(y) - weeks * 7 :].reshape(weeks, 7)[rng.integers(0, weeks, weeks)].ravel()
        ds = pd.date_range(end=last, periods=len(body), freq="D")
        frames.append(pd.DataFrame({"unique_id": f"r{i}", "ds": ds, "y": body}))
    return pd.concat(frames, ignore_index=True)


def _mase_scale(train: pd.DataFrame, m: int) -> pd.Series:
    """In-sample MAE of the seasonal naive forecast per series (MASE's denominator)."""

    def scale(y: pd.Series) -> float:
        v = y.to_numpy()
        return float(np.mean(np.abs(v[m:] - v[:-m]))) if len(v) > m else float("nan")

    return train.groupby("unique_id")["y"].apply(scale)


def score(sales: pd.DataFrame, cfg: ForecastSettings, holdout: int) -> tuple[dict[str, Any], list[list[Any]]]:
    """Hide the last ``holdout`` days, forecast them with the chosen models and with seasonal naive, and score."""
    full = complete_days(sales)
    cutoff = full["ds"].max() - pd.Timedelta(days=holdout)
    train, test = full[full["ds"] <= cutoff], full[full["ds"] > cutoff]
    run = cfg.model_copy(update={"horizon_days": holdout})
    t0 = time.perf_counter()
    chosen = forecast_demand(train, run)
    seconds = time.perf_counter() - t0
    naive = forecast_demand(train, run, only=BASELINE)
    fitted = complete_days(train, cfg.history_days)
    scale = _mase_scale(fitted, cfg.season_length)
    a = chosen.frame.merge(test, on=["unique_id", "ds"])
    b = naive.frame.merge(test, on=["unique_id", "ds"])
    mae_c = (a["mean"] - a["y"]).abs().groupby(a["unique_id"]).mean()
    mae_n = (b["mean"] - b["y"]).abs().groupby(b["unique_id"]).mean()
    ok = scale[scale > 0].index.intersection(mae_c.index).intersection(mae_n.index)
    mase_c, mase_n = mae_c[ok] / scale[ok], mae_n[ok] / scale[ok]
    kinds = pd.Series(chosen.kind)
    metrics: dict[str, Any] = {
        "n_series": int(full["unique_id"].nunique()),
        "n_series_scored_mase": len(ok),
        "holdout_days": holdout,
        "mase_chosen": round(float(mase_c.mean()), 4),
        "mase_seasonal_naive": round(float(mase_n.mean()), 4),
        "mase_ratio_chosen_vs_seasonal_naive": round(float(mase_c.mean() / mase_n.mean()), 4),
        "share_series_chosen_beats_seasonal_naive": round(float((mase_c < mase_n).mean()), 4),
        "pi80_coverage": round(float(((a["y"] >= a["lo80"]) & (a["y"] <= a["hi80"])).mean()), 4),
        "pi95_coverage": round(float(((a["y"] >= a["lo95"]) & (a["y"] <= a["hi95"])).mean()), 4),
        "seasonal_naive_pi80_coverage": round(float(((b["y"] >= b["lo80"]) & (b["y"] <= b["hi80"])).mean()), 4),
        "seasonal_naive_pi95_coverage": round(float(((b["y"] >= b["lo95"]) & (b["y"] <= b["hi95"])).mean()), 4),
        "fit_and_select_seconds": round(seconds, 2),
    }
    rows: list[list[Any]] = []
    for kind in CANDIDATES:
        ids = ok.intersection(kinds[kinds == kind].index)
        if len(ids):
            metrics[f"mase_chosen_{kind}"] = round(float(mase_c[ids].mean()), 4)
            metrics[f"mase_seasonal_naive_{kind}"] = round(float(mase_n[ids].mean()), 4)
            rows.append([kind, len(ids), float(mase_c[ids].mean()), float(mase_n[ids].mean())])
    models = pd.Series(chosen.chosen).value_counts()
    for model, n in models.items():
        metrics[f"series_choosing_{str(model).lower()}"] = int(n)
    return metrics, rows


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (statsforecast's worker processes)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def time_many(sales: pd.DataFrame, cfg: ForecastSettings, n: int, seed: int) -> tuple[float, float, int]:
    """Wall and CPU seconds of the full run (choice on a holdout, refit, 14-day forecast with intervals) for ``n``
    series. CPU time does not depend on what else runs on a shared machine; wall time does."""
    many = resample_series(complete_days(sales, cfg.history_days), n, seed)
    t0, c0 = time.perf_counter(), _cpu_seconds()
    forecast_demand(many, cfg)
    return time.perf_counter() - t0, _cpu_seconds() - c0, int(many["unique_id"].nunique())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals forecast", description=__doc__)
    ap.add_argument("--dataset", type=Path, help="long CSV: series id, date, value (daily); default: demo sales")
    ap.add_argument("--products", type=int, default=1000, help="demo products (series) scored")
    ap.add_argument("--days", type=int, default=365, help="days of demo sales")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--holdout-weeks", type=int, default=2)
    ap.add_argument("--timing-series", type=int, default=10_000, help="series in the wall-time run (0: skip)")
    ap.add_argument("--n-jobs", type=int, default=2, help="processes (the target machine has 2 cores)")
    ap.add_argument("--reports-dir", type=Path, default=REPORTS_DIR)
    ap.add_argument("--report-name", help="default: forecast, or forecast_<csv name> with --dataset")
    args = ap.parse_args(argv)

    today = dt.date(2026, 12, 2)
    try:
        if args.dataset:
            sales = read_long_csv(args.dataset)
            dataset: dict[str, Any] = {
                "file": str(args.dataset),
                "note": "a user-supplied long CSV (daily values)",
                "development": None,
            }
            sha = sha256_files([args.dataset])
        else:
            sales = demo_sales(args.products, args.days, args.seed, today)
            dataset = {
                "generator": "knowledge/demo/sales.py",
                "products": args.products,
                "days": args.days,
                "seed": args.seed,
                "last_day": str(today - dt.timedelta(days=1)),
                "development": True,
                "note": "the generator's demand model (weekly x yearly season, promotions, gamma-Poisson "
                "noise); the engine's settings were chosen with it in view, so it is a development "
                "set: real sales (--dataset) are the held-out test",
            }
            sha = sha256_json(dataset)
    except ShopkeeperError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    cfg = ForecastSettings(n_jobs=args.n_jobs, chunk_series=2500)
    metrics, rows = score(sales, cfg, args.holdout_weeks * 7)
    load_before = os.getloadavg()[0]
    if args.timing_series:
        seconds, cpu, n = time_many(sales, cfg, args.timing_series, args.seed)
        metrics["timing_series"] = n
        metrics["wall_seconds_timing_series"] = round(seconds, 1)
        metrics["wall_seconds_per_10k_series"] = round(seconds * 10_000 / n, 1)
        metrics["cpu_seconds_timing_series"] = round(cpu, 1)
        metrics["load_average_1min_at_timing_start"] = round(load_before, 2)
        metrics["load_average_1min_at_timing_end"] = round(os.getloadavg()[0], 2)
    dataset["series"] = metrics["n_series"]
    cols = ["series kind", "series", "MASE chosen", "MASE seasonal naive"]
    print_table("Forecast MASE on held-out weeks", cols, rows)
    print_table("Forecast metrics", ["metric", "value"], [[k, v] for k, v in metrics.items()])
    name = args.report_name or ("forecast" if not args.dataset else f"forecast_{args.dataset.stem}")
    body = [
        "## MASE by series kind",
        "",
        markdown_table(cols, rows),
        f"Held out: the last {args.holdout_weeks * 7} days of every series; everything before is history (the last "
        f"{cfg.history_days} days are fitted). Chosen: per series, by its demand class (ADI >= "
        f"{cfg.intermittent_adi}: intermittent or lumpy, else smooth or erratic; CV² of the non-zero sales >= "
        f"{CV2_THRESHOLD}: erratic or lumpy), among "
        + "; ".join(f"{kind}: {', '.join(names)}" for kind, names in CANDIDATES.items())
        + f" (AutoETS {cfg.ets_model}), by MAE on the {cfg.holdout_days} days before the held-out "
        "ones; then refitted. Seasonal naive (weekly) is forecast for every series in the same run. MASE: "
        "held-out MAE over the in-sample MAE of the weekly seasonal naive, averaged over series (series with a "
        "zero scale are left out). Coverage: the share of held-out days inside the interval.",
        "",
        f"Wall time: {metrics.get('timing_series', 0)} series resampled from these (whole weeks of a random source "
        f"series drawn with replacement), the full run (choice, refit, {cfg.horizon_days}-day forecast with "
        f"80/95% intervals) with n_jobs={args.n_jobs}. The machine is shared: the 1-minute load average at the "
        "start and end of that run is recorded beside it, and the CPU seconds the run used (this process and "
        "its worker processes), which do not depend on the load.",
        "",
        f"Rerun: `python -m evals forecast{' --dataset ' + str(args.dataset) if args.dataset else ''}`.",
    ]
    write_report(
        name,
        metrics,
        dataset=dataset,
        body_md="\n".join(body),
        reports_dir=args.reports_dir,
        title="Demand forecast: chosen models vs seasonal naive on held-out weeks",
        dataset_sha256=sha,
    )
    return 0
