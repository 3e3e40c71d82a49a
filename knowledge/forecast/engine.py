"""Daily demand forecasts per series with statsforecast: a model chosen per series on a holdout window.

Series are split by intermittency (average interval between sales, ADI): smooth series choose among seasonal naive,
AutoETS and AutoTheta; intermittent ones among Croston (optimized), TSB and ADIDA (plus seasonal naive). Each
candidate forecasts the last ``holdout_days`` from the days before them; the one with the lowest absolute error
is refitted on the whole history and forecasts ``horizon_days`` with 80% and 95% prediction intervals.

The input is a long frame (``unique_id``, ``ds``, ``y``), so anything with a sales history can be forecast; the
statsforecast calls run locally or on Dask/Ray/Spark through its Fugue backend (``ForecastSettings.backend``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from shopkeeper.errors import ConfigError, InputRejected
from shopkeeper.settings import ForecastSettings

LEVELS = (80, 95)
SMOOTH_MODELS = ("SeasonalNaive", "AutoETS", "AutoTheta")
INTERMITTENT_MODELS = ("SeasonalNaive", "CrostonOptimized", "TSB", "ADIDA")
BASELINE = "SeasonalNaive"
OUT_COLUMNS = ["unique_id", "ds", "model", "mean", "lo80", "hi80", "lo95", "hi95"]


@dataclass
class ForecastResult:
    """``frame``: one row per series and future day (``OUT_COLUMNS``); ``chosen``: the model picked per series;
    ``kind``: "smooth", "intermittent" or "zero" per series."""

    frame: pd.DataFrame
    chosen: dict[str, str]
    kind: dict[str, str]


def _model(name: str, cfg: ForecastSettings, h: int, intervals: bool) -> Any:
    from statsforecast.models import ADIDA, TSB, AutoETS, AutoTheta, CrostonOptimized, SeasonalNaive
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
    if name == "CrostonOptimized":
        return CrostonOptimized(prediction_intervals=conformal)
    if name == "TSB":
        return TSB(alpha_d=0.1, alpha_p=0.1, prediction_intervals=conformal)
    if name == "ADIDA":
        return ADIDA(prediction_intervals=conformal)
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


def classify(y: np.ndarray, adi_threshold: float) -> str:
    """ "zero" (no sale in the window), "intermittent" (ADI >= threshold) or "smooth"."""
    sales = int(np.count_nonzero(y))
    if sales == 0:
        return "zero"
    return "intermittent" if len(y) / sales >= adi_threshold else "smooth"


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
    for kind, names in (("smooth", SMOOTH_MODELS), ("intermittent", INTERMITTENT_MODELS)):
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
    ``progress`` is called with the number of series finished after each batch of ``cfg.chunk_series``.
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
    frames, chosen, kinds = [], {}, {}
    for start in range(0, len(ids), cfg.chunk_series):
        batch = set(ids[start : start + cfg.chunk_series])
        res = _forecast_chunk(full[full["unique_id"].isin(batch)], cfg, only)
        frames.append(res.frame)
        chosen.update(res.chosen)
        kinds.update(res.kind)
        if progress is not None:
            progress(len(batch))
    return ForecastResult(frame=pd.concat(frames, ignore_index=True), chosen=chosen, kind=kinds)
