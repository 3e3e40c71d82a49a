"""One forecast run for a store: sales from the DB, statsforecast, forecasts back to the DB."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pandas as pd
from pydantic import BaseModel

from knowledge.db import session_scope
from knowledge.forecast.engine import forecast_demand
from knowledge.forecast.store import load_sales, save_forecasts
from shopkeeper.settings import ForecastSettings


class ForecastRunSummary(BaseModel):
    store: str
    series: int
    rows: int
    first_day: dt.date | None
    last_day: dt.date | None
    models: dict[str, int]  # how many series chose each model
    seconds: float


def count_series(db_url: str, today: dt.date | None = None) -> int:
    with session_scope(db_url) as s:
        return int(load_sales(s, today)["unique_id"].nunique())


def run_forecast(
    db_url: str,
    cfg: ForecastSettings,
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> ForecastRunSummary:
    """Forecast every product with sales from ``today`` (default: the current UTC date) on, and store the result.

    History is the days before ``today``; a day without a sales row counts as zero units.
    """
    import time

    started = time.perf_counter()
    today = today or dt.datetime.now(dt.UTC).date()
    with session_scope(db_url) as s:
        sales = load_sales(s, today)
    result = forecast_demand(sales, cfg, progress, end=pd.Timestamp(today - dt.timedelta(days=1)))
    with session_scope(db_url) as s:
        rows = save_forecasts(s, cfg.store, result.frame)
    counts: dict[str, int] = {}
    for model in result.chosen.values():
        counts[model] = counts.get(model, 0) + 1
    days = pd.to_datetime(result.frame["ds"]) if not result.frame.empty else None
    return ForecastRunSummary(
        store=cfg.store,
        series=len(result.chosen),
        rows=rows,
        first_day=days.min().date() if days is not None else None,
        last_day=days.max().date() if days is not None else None,
        models=dict(sorted(counts.items())),
        seconds=round(time.perf_counter() - started, 2),
    )
