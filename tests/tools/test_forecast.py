"""Demand forecasts on a real demo store: "what runs out this weekend" agrees with a ground truth computed from the
generator's own demand model, incoming stock moves the answer, the tools are manager-only, and the same engine runs
through statsforecast's Fugue (distributed) backend on the local engine."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import sqlite3

import numpy as np
import pandas as pd
import pytest

from knowledge.demo.catalog import build_categories, build_products
from knowledge.demo.sales import WEEKLY, WEEKLY_GROCERY, _season_curve
from knowledge.forecast.engine import CANDIDATES, classify, complete_days, forecast_demand
from knowledge.forecast.planning import days_between, this_weekend
from knowledge.forecast.run import run_forecast
from shopkeeper.errors import InputRejected, NotFound, PermissionDenied
from shopkeeper.settings import DatabaseSettings, ForecastSettings, Settings
from tools.base import Role, ToolContext
from tools.forecast import (
    DemandInput,
    ReorderInput,
    RunOutInput,
    product_demand_next_week,
    reorder_suggestions,
    run_out_this_weekend,
)

TODAY = dt.date(2026, 12, 2)  # a Wednesday: the weekend is 3-4 days ahead
SEED, PRODUCTS = 7, 300


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    from knowledge.demo import build_demo_store

    url = f"sqlite:///{tmp_path_factory.mktemp('forecast') / 'store.db'}"
    build_demo_store(url, seed=SEED, products=PRODUCTS, sales_days=120, today=TODAY)
    run_forecast(url, ForecastSettings(), today=TODAY)
    return url


@pytest.fixture(scope="module")
def settings(store, tmp_path_factory) -> Settings:
    return Settings(data_dir=tmp_path_factory.mktemp("forecast_data"), db=DatabaseSettings(url=store))


def manager(settings: Settings) -> ToolContext:
    return ToolContext(role=Role.MANAGER, settings=settings)


def sql(url: str, query: str, *args: object) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(url.split("///", 1)[1])) as conn:
        rows = conn.execute(query, args).fetchall()
        conn.commit()
        return rows


def ground_truth(url: str) -> tuple[dict[int, dt.date], dict[int, float]]:
    """From the generator's demand model (expected units per day: popularity x weekly x seasonal curve; its gamma
    noise has mean 1 and no promotion is planned ahead): the day each product's stock on hand runs out by Sunday,
    and each product's expected demand to Sunday as a share of its stock."""
    _sat, sunday = this_weekend(TODAY)
    days = days_between(TODAY, sunday)
    on_hand = dict(
        sql(
            url,
            "select product_id, sum(qty_system) from stock join locations l on l.id = location_id "
            "where l.store = 'main' group by product_id",
        )
    )
    truth: dict[int, dt.date] = {}
    ratio: dict[int, float] = {}
    for p in build_products(build_categories(), PRODUCTS, SEED):
        stock = on_hand.get(p.id, 0)
        if stock <= 0:
            continue
        weekly = WEEKLY_GROCERY if p.category.department == "grocery" else WEEKLY
        expected = 1.6 * p.popularity * weekly[[d.weekday() for d in days]] * _season_curve(p.category.season, days)
        left = stock - np.cumsum(expected)
        ratio[p.id] = float(np.sum(expected) / stock)
        out = np.flatnonzero(left <= 0)
        if len(out):
            truth[p.id] = days[int(out[0])]
    return truth, ratio


def test_run_out_this_weekend_matches_the_generators_ground_truth(store, settings):
    out = asyncio.run(run_out_this_weekend(RunOutInput(as_of=TODAY, limit=1000), manager(settings)))
    got = {r.product_id: r.runs_out_on for r in out.rows}
    truth, ratio = ground_truth(store)
    assert (out.saturday, out.sunday) == (dt.date(2026, 12, 5), dt.date(2026, 12, 6))
    assert len(truth) >= 10  # the demo has real cases to find
    # Clear cases: expected demand at least 1.5x the stock must be found, at most 2/3 of it must not be flagged.
    clear_out = {pid for pid in truth if ratio[pid] >= 1.5}
    clear_ok = {pid for pid, r in ratio.items() if r <= 2 / 3}
    assert clear_out and clear_out <= set(got)
    assert not (clear_ok & set(got))
    # Overall agreement (boundary cases included), and the run-out day within a day for 90%.
    jaccard = len(set(truth) & set(got)) / len(set(truth) | set(got))
    assert jaccard >= 0.75, (jaccard, sorted(set(truth) ^ set(got)))
    both = set(truth) & set(got)
    # The forecast learns from noisy sales, the truth is the noiseless demand: days can differ near the boundary.
    assert sum(abs((truth[p] - got[p]).days) <= 1 for p in both) >= 0.9 * len(both)
    # ...and without a lean: as many days early as late.
    assert abs(float(np.mean([(got[p] - truth[p]).days for p in both]))) <= 0.5
    for row in out.rows:
        assert TODAY <= row.runs_out_on <= out.sunday and row.on_hand > 0 and row.demand > 0


def test_incoming_stock_postpones_or_prevents_running_out(tmp_path, settings, store):
    base = asyncio.run(run_out_this_weekend(RunOutInput(as_of=TODAY, limit=1000), manager(settings)))
    early = [r for r in base.rows if r.runs_out_on < base.sunday]
    assert early, "the demo has products running out before Sunday"
    first, second = early[0], early[-1] if len(early) > 1 else None
    big = int(first.demand * 3) + 10
    sql(
        store,
        "insert into incoming_stock (store, product_id, qty, expected_on, created_at) values "
        "('main', ?, ?, ?, '2026-12-02 08:00:00')",
        first.product_id,
        big,
        TODAY.isoformat(),
    )
    try:
        after = asyncio.run(run_out_this_weekend(RunOutInput(as_of=TODAY, limit=1000), manager(settings)))
        assert first.product_id not in {r.product_id for r in after.rows}
        if second is not None and second.product_id != first.product_id:
            assert second.product_id in {r.product_id for r in after.rows}  # only the delivered product changed
        reorder = asyncio.run(reorder_suggestions(ReorderInput(as_of=TODAY, limit=1000), manager(settings)))
        assert first.product_id not in {r.product_id for r in reorder.rows}
    finally:
        sql(store, "delete from incoming_stock where product_id = ?", first.product_id)


def test_reorder_suggestions_cover_forecast_demand(settings):
    out = asyncio.run(
        reorder_suggestions(ReorderInput(as_of=TODAY, lead_time_days=3, cover_days=7, limit=1000), manager(settings))
    )
    assert out.cover_until == TODAY + dt.timedelta(days=9)
    assert out.rows
    for r in out.rows:
        assert r.order_qty > 0
        # Ordering brings stock to at least the safety-stocked target, which is above the mean forecast.
        assert r.on_hand + r.incoming + r.order_qty >= r.order_up_to >= r.demand


def test_product_demand_next_week_has_an_interval(settings, store):
    pid, sku = sql(
        store,
        "select d.product_id, p.sku from demand_forecasts d join products p on p.id = d.product_id "
        "group by d.product_id order by sum(d.mean) desc limit 1",
    )[0]
    out = asyncio.run(product_demand_next_week(DemandInput(sku=sku, as_of=TODAY), manager(settings)))
    assert out.product_id == pid
    assert (out.first_day, out.last_day) == (dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    assert out.lo95 <= out.lo80 <= out.mean <= out.hi80 <= out.hi95 and out.mean > 0
    with pytest.raises(InputRejected):
        asyncio.run(product_demand_next_week({}, manager(settings)))
    with pytest.raises(NotFound):
        asyncio.run(product_demand_next_week(DemandInput(sku="NO-SUCH-SKU", as_of=TODAY), manager(settings)))


def test_a_stale_or_missing_forecast_is_said_not_guessed(settings):
    later = TODAY + dt.timedelta(days=30)
    with pytest.raises(NotFound, match="shopkeeper forecast"):
        asyncio.run(run_out_this_weekend(RunOutInput(as_of=later), manager(settings)))


@pytest.mark.parametrize("role", [Role.SHOPPER, Role.HOST])
def test_forecast_tools_are_manager_only(settings, role):
    ctx = ToolContext(role=role, settings=settings)
    for tool, data in (
        (run_out_this_weekend, RunOutInput(as_of=TODAY)),
        (reorder_suggestions, ReorderInput()),
        (product_demand_next_week, DemandInput(product_id=1)),
    ):
        with pytest.raises(PermissionDenied):
            asyncio.run(tool(data, ctx))


def _sample(n_series: int = 6, days: int = 70) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    ds = pd.date_range("2026-01-01", periods=days, freq="D")
    frames = []
    for i in range(n_series):
        lam = 0.15 if i % 2 else 4.0  # every other series intermittent
        frames.append(pd.DataFrame({"unique_id": f"s{i}", "ds": ds, "y": rng.poisson(lam, days).astype(float)}))
    return pd.concat(frames, ignore_index=True)


def test_model_choice_follows_intermittency_and_intervals_nest():
    sales = _sample()
    res = forecast_demand(sales, ForecastSettings(horizon_days=7, chunk_series=4))
    assert set(res.chosen) == {f"s{i}" for i in range(6)}
    for uid, kind in res.kind.items():
        assert res.chosen[uid] in CANDIDATES[kind]
    assert {"smooth", "intermittent"} <= set(res.kind.values())
    f = res.frame
    assert len(f) == 6 * 7 and (f["ds"] > sales["ds"].max()).all()
    assert (
        (f["lo95"] <= f["lo80"] + 1e-9)
        & (f["lo80"] <= f["mean"] + 1e-9)
        & (f["mean"] <= f["hi80"] + 1e-9)
        & (f["hi80"] <= f["hi95"] + 1e-9)
        & (f["lo95"] >= 0)
    ).all()


def test_missing_days_are_zero_sales_and_bad_input_is_rejected():
    sparse = pd.DataFrame({"unique_id": ["a", "a"], "ds": ["2026-01-01", "2026-01-05"], "y": [2, 3]})
    full = complete_days(sparse)
    assert full["y"].tolist() == [2.0, 0.0, 0.0, 0.0, 3.0]
    assert classify(full["y"].to_numpy(), 1.32) == "intermittent"
    assert classify(np.zeros(5), 1.32) == "zero"
    with pytest.raises(InputRejected, match="missing"):
        forecast_demand(pd.DataFrame({"id": [1]}), ForecastSettings())
    with pytest.raises(InputRejected, match="numbers"):
        forecast_demand(sparse.assign(y=["x", "2"]), ForecastSettings())


def test_fugue_backend_on_the_local_engine_gives_the_same_forecast():
    # "native" runs statsforecast's distributed (Fugue) code path on this machine; Dask, Ray or Spark are the same
    # call with SHOPKEEPER_FORECAST__BACKEND=dask|ray|spark.
    sales = _sample(n_series=4)
    local = forecast_demand(sales, ForecastSettings(horizon_days=7))
    fugue = forecast_demand(sales, ForecastSettings(horizon_days=7, backend="native"))
    assert local.chosen == fugue.chosen
    key = ["unique_id", "ds"]
    a = local.frame.sort_values(key).reset_index(drop=True)
    b = fugue.frame.sort_values(key).reset_index(drop=True)
    assert (a["unique_id"] == b["unique_id"]).all()
    assert np.allclose(a["mean"], b["mean"]) and np.allclose(a["hi95"], b["hi95"])
