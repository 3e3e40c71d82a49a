"""Daily demand forecasts per series with statsforecast: a model chosen per series on a holdout window.

Series are classified by the Syntetos-Boylan scheme: ADI (average interval between sales) and CV² (squared
coefficient of variation of the non-zero sales) split them into smooth, erratic, intermittent and lumpy, and each
class chooses only among candidates that suit it (``CANDIDATES``): smooth and erratic series among seasonal naive,
AutoETS and the standard Theta model; intermittent ones among Croston (optimized), TSB and ADIDA (plus seasonal
naive); lumpy ones among TSB, ADIDA and IMAPA (plus seasonal naive). Each candidate forecasts the last
``holdout_days`` from the days before them; the one with the lowest absolute error is refitted on the whole
history and forecasts ``horizon_days`` with 80% and 95% prediction intervals.

The input is a long frame (``unique_id``, ``ds``, ``y``), so anything with a sales history can be forecast; the
statsforecast calls run locally or on Dask/Ray/Spark through its Fugue backend (``ForecastSettings.backend``).
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from shopkeeper.errors import ConfigError, InputRejected
from shopkeeper.settings import ForecastSettings

LEVELS = (80, 95)
# Candidates per demand class. Measured 2026-12-03 on the demo sales (a development set), one core: AutoTheta
# fits four Theta variants and cost about 8x the standard Theta for the same held-out MASE (0.965 with it, 0.966
# without); dropping AutoETS as well was cheaper again but worse (0.972), so it stays. Croston-type models cost well
# under 1 ms a series, so intermittent and lumpy series cost little whatever they try.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "smooth": ("SeasonalNaive", "AutoETS", "Theta"),
    "erratic": ("SeasonalNaive", "AutoETS", "Theta"),
    "intermittent": ("SeasonalNaive", "CrostonOptimized", "TSB", "ADIDA"),
    "lumpy": ("SeasonalNaive", "TSB", "ADIDA", "IMAPA"),
}
CV2_THRESHOLD = 0.49  # Syntetos-Boylan: non-zero sales more variable than this are erratic (or lumpy)
BASELINE = "SeasonalNaive"
OUT_COLUMNS = ["unique_id", "ds", "model", "mean", "lo80", "hi80", "lo95", "hi95"]


@dataclass
class ForecastResult:
    """``frame``: one row per series and future day (``OUT_COLUMNS``); ``chosen``: the model picked per series;
    ``kind``: "smooth", "erratic", "intermittent", "lumpy" or "zero" per series."""

    frame: pd.DataFrame
    chosen: dict[str, str]
    kind: dict[str, str]


def _model(name: str, cfg: ForecastSettings, h: int, intervals: bool) -> Any:
    from statsforecast.models import (
        ADIDA,
        IMAPA,
        TSB,
        AutoETS,
        AutoTheta,
        CrostonOptimized,
        SeasonalNaive,
        Theta,
    )
    from statsforecast.utils import ConformalIntervals

    # Croston-type models have no likelihood: their intervals are conformal, from five backtest windows (two gave
    # 95% intervals from two errors per step: far too narrow).
    conformal = ConformalIntervals(h=h, n_windows=5) if intervals else None
    if name == "SeasonalNaive":
        return SeasonalNaive(season_length=cfg.season_length)
    if name == "AutoETS":
        return AutoETS(season_length=cfg.season_length, model=cfg.ets_model)
    if name == "AutoTheta":
        return AutoTheta(season_length=cfg.season_length)
    if name == "Theta":
        return Theta(season_length=cfg.season_length)
    if name == "CrostonOptimized":
        return CrostonOptimized(prediction_intervals=conformal)
    if name == "TSB":
        return TSB(alpha_d=0.1, alpha_p=0.1, prediction_intervals=conformal)
    if name == "ADIDA":
        return ADIDA(prediction_intervals=conformal)
    if name == "IMAPA":
        return IMAPA(prediction_intervals=conformal)
    raise InputRejected(f"unknown forecasting model {name!r}")


@contextlib.contextmanager
def _engine(cfg: ForecastSettings) -> Iterator[None]:
    """Run statsforecast's calls on the configured Fugue engine; "local" keeps its in-process path."""
    if cfg.backend == "local":
        yield
        return
    try:
        from fugue.api import engine_context
    except ImportError as exc:  # pragma: no cover - fugue ships with statsforecast
        raise ConfigError("the forecast backend needs fugue: pip install 'fugue[dask]' (or [ray], [spark])") from exc
    try:
        ctx = engine_context(cfg.backend, engine_conf=dict(cfg.engine_conf) or None)
    except Exception as exc:  # fugue raises several types for a missing engine package
        raise ConfigError(
            f"forecast backend {cfg.backend!r} is not available here ({exc})",
            hint=f"pip install 'fugue[{cfg.backend}]', or set SHOPKEEPER_FORECAST__BACKEND=local",
        ) from exc
    with ctx:
        yield


def _run(names: list[str], df: pd.DataFrame, h: int, cfg: ForecastSettings, intervals: bool) -> pd.DataFrame:
    from fugue.api import as_pandas
    from statsforecast import StatsForecast

    sf = StatsForecast(models=[_model(n, cfg, h, intervals) for n in names], freq="D", n_jobs=cfg.n_jobs)
    with _engine(cfg):
        out = sf.forecast(df=df, h=h, level=list(LEVELS) if intervals else None)
    out = as_pandas(out) if not isinstance(out, pd.DataFrame) else out
    out["ds"] = pd.to_datetime(out["ds"])
    return out.reset_index(drop=True) if "unique_id" in out.columns else out.reset_index()


def complete_days(df: pd.DataFrame, history_days: int | None = None, end: pd.Timestamp | None = None) -> pd.DataFrame:
    """Every series on every day from its first sale to ``end`` (default: the last day in ``df``), missing days as
    zero sales (sales tables have no row for a day without a sale), cut to the last ``history_days``."""
    if df.empty:
        return df.assign(ds=pd.to_datetime(df["ds"])).astype({"y": float})
    df = df.assign(ds=pd.to_datetime(df["ds"]).dt.normalize(), unique_id=df["unique_id"].astype(str))
    df = df.groupby(["unique_id", "ds"], as_index=False)["y"].sum()
    last = end if end is not None else df["ds"].max()
    first = df.groupby("unique_id")["ds"].min()
    if history_days:
        first = first.clip(lower=last - pd.Timedelta(days=history_days - 1))
    days = pd.date_range(first.min(), last, freq="D")
    full = pd.MultiIndex.from_product([first.index, days], names=["unique_id", "ds"])
    out = df.set_index(["unique_id", "ds"])["y"].reindex(full, fill_value=0.0).reset_index()
    out = out[out["ds"] >= out["unique_id"].map(first)]
    return out.astype({"y": float}).reset_index(drop=True)


def classify(y: np.ndarray, adi_threshold: float, cv2_threshold: float = CV2_THRESHOLD) -> str:
    """ "zero" (no sale in the window), or the Syntetos-Boylan class: "intermittent" / "lumpy" when the average
    interval between sales (ADI) is at least ``adi_threshold``, "smooth" / "erratic" otherwise; the second of each
    pair when the squared coefficient of variation of the non-zero sales is at least ``cv2_threshold``."""
    sizes = y[y != 0]
    if len(sizes) == 0:
        return "zero"
    mean = float(sizes.mean())
    cv2 = float(sizes.var()) / mean**2 if mean else 0.0
    sparse = len(y) / len(sizes) >= adi_threshold
    if sparse:
        return "lumpy" if cv2 >= cv2_threshold else "intermittent"
    return "erratic" if cv2 >= cv2_threshold else "smooth"


def _choose(train: pd.DataFrame, test: pd.DataFrame, names: tuple[str, ...], cfg: ForecastSettings) -> pd.Series:
    """Per series, the candidate with the lowest mean absolute error on the holdout days."""
    fc = _run(list(names), train, len(test["ds"].unique()), cfg, intervals=False)
    merged = fc.merge(test, on=["unique_id", "ds"], how="inner")
    errors = pd.DataFrame({n: (merged[n] - merged["y"]).abs() for n in names})
    errors["unique_id"] = merged["unique_id"].to_numpy()
    mae = errors.groupby("unique_id")[list(names)].mean()
    return mae.idxmin(axis=1)


def _final(df: pd.DataFrame, chosen: pd.Series, cfg: ForecastSettings) -> list[pd.DataFrame]:
    parts = []
    for name, ids in chosen.groupby(chosen).groups.items():
        sub = df[df["unique_id"].isin(set(ids))]
        fc = _run([str(name)], sub, cfg.horizon_days, cfg, intervals=True)
        part = pd.DataFrame(
            {
                "unique_id": fc["unique_id"],
                "ds": fc["ds"],
                "model": str(name),
                "mean": fc[name],
                "lo80": fc[f"{name}-lo-80"],
                "hi80": fc[f"{name}-hi-80"],
                "lo95": fc[f"{name}-lo-95"],
                "hi95": fc[f"{name}-hi-95"],
            }
        )
        parts.append(part)
    return parts


def _zero_forecast(ids: list[str], last: pd.Timestamp, h: int) -> pd.DataFrame:
    days = pd.date_range(last + pd.Timedelta(days=1), periods=h, freq="D")
    idx = pd.MultiIndex.from_product([ids, days], names=["unique_id", "ds"]).to_frame(index=False)
    return idx.assign(model="Zero", mean=0.0, lo80=0.0, hi80=0.0, lo95=0.0, hi95=0.0)


def _forecast_chunk(df: pd.DataFrame, cfg: ForecastSettings, only: str | None) -> ForecastResult:
    last = df["ds"].max()
    kinds = {uid: classify(g.to_numpy(), cfg.intermittent_adi) for uid, g in df.groupby("unique_id")["y"]}
    lengths = df.groupby("unique_id").size()
    # A series needs the holdout, two seasons to fit on, and (for conformal intervals) five horizons of backtest.
    short = set(lengths[lengths < max(cfg.holdout_days + 2 * cfg.season_length, 5 * cfg.horizon_days + 1)].index)
    chosen: dict[str, str] = {
        uid: only or BASELINE for uid, k in kinds.items() if k != "zero" and (only or uid in short)
    }
    cutoff = last - pd.Timedelta(days=cfg.holdout_days)
    for kind, names in CANDIDATES.items():
        ids = {uid for uid, k in kinds.items() if k == kind and uid not in chosen}
        if not ids:
            continue
        sub = df[df["unique_id"].isin(ids)]
        train, test = sub[sub["ds"] <= cutoff], sub[sub["ds"] > cutoff]
        chosen.update(_choose(train, test, names, cfg).to_dict())
    parts = _final(df, pd.Series(chosen, dtype=object), cfg) if chosen else []
    zero = [uid for uid, k in kinds.items() if k == "zero"]
    if zero:
        parts.append(_zero_forecast(zero, last, cfg.horizon_days))
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=OUT_COLUMNS)
    # Demand is never negative: a forecast or interval below zero means "none".
    num = ["mean", "lo80", "hi80", "lo95", "hi95"]
    frame[num] = frame[num].astype(float).clip(lower=0.0)
    chosen.update({uid: "Zero" for uid in zero})
    return ForecastResult(frame=frame[OUT_COLUMNS], chosen=chosen, kind=kinds)


def forecast_demand(
    sales: pd.DataFrame,
    cfg: ForecastSettings,
    progress: Callable[[int], None] | None = None,
    end: pd.Timestamp | None = None,
    only: str | None = None,
) -> ForecastResult:
    """Forecast every series of ``sales`` (long frame: unique_id, ds, y; days without a row are zero sales).

    ``end``: the last day of history (default the last day in ``sales``); forecasts start the day after.
    ``only``: forecast every series with this one model (no choice), e.g. the seasonal naive baseline.
    ``progress`` is called with the number of series finished after each batch (at most ``cfg.chunk_series``;
    smaller with ``n_jobs`` > 1, so that every worker gets several).
    """
    missing = {"unique_id", "ds", "y"} - set(sales.columns)
    if missing:
        raise InputRejected(f"sales need the columns unique_id, ds, y; missing: {', '.join(sorted(missing))}")
    if sales.empty:
        return ForecastResult(frame=pd.DataFrame(columns=OUT_COLUMNS), chosen={}, kind={})
    if (pd.to_numeric(sales["y"], errors="coerce").isna()).any():
        raise InputRejected("sales values (y) must all be numbers")
    full = complete_days(sales, cfg.history_days, end)
    ids = full["unique_id"].unique()
    workers = _workers(cfg, len(ids))
    # Parallel runs hand whole batches to worker processes (each runs statsforecast in-process): one pool for the
    # run instead of one per statsforecast call (a dozen per batch), and the pandas work is shared out as well.
    size = cfg.chunk_series if workers == 1 else max(1, min(cfg.chunk_series, math.ceil(len(ids) / (4 * workers))))
    batches = [full[full["unique_id"].isin(set(ids[i : i + size]))] for i in range(0, len(ids), size)]
    results: list[ForecastResult | None] = [None] * len(batches)
    if workers == 1:
        for i, batch in enumerate(batches):
            results[i] = _forecast_chunk(batch, cfg, only)
            if progress is not None:
                progress(int(batch["unique_id"].nunique()))
    else:
        one = cfg.model_copy(update={"n_jobs": 1})
        with ProcessPoolExecutor(workers) as pool:
            futures = {pool.submit(_forecast_chunk, batch, one, only): i for i, batch in enumerate(batches)}
            for fut in as_completed(futures):
                i = futures[fut]
                results[i] = fut.result()
                if progress is not None:
                    progress(int(batches[i]["unique_id"].nunique()))
    done = [r for r in results if r is not None]
    return ForecastResult(
        frame=pd.concat([r.frame for r in done], ignore_index=True),
        chosen={k: v for r in done for k, v in r.chosen.items()},
        kind={k: v for r in done for k, v in r.kind.items()},
    )


def _workers(cfg: ForecastSettings, n_series: int) -> int:
    """Worker processes for a local run: ``n_jobs`` (-1: every core), never more than there are series; a
    distributed backend (Dask/Ray/Spark) does its own spreading."""
    if cfg.backend != "local":
        return 1
    wanted = (os.cpu_count() or 1) if cfg.n_jobs == -1 else cfg.n_jobs
    return max(1, min(wanted, n_series))
