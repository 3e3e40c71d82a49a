"""The store side of forecasting: sales history out of the DB as a long frame, forecasts back in, and the per-product
figures (stock on hand, incoming, forecast days) the planning questions need."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from knowledge.schema import DailySales, DemandForecast, IncomingStock, Location, Product, ProductText, Stock

if TYPE_CHECKING:  # pandas is imported by the functions that need it: the tools stay light to import
    import pandas as pd


def load_sales(session: Session, until: dt.date | None = None) -> pd.DataFrame:
    """Daily units per active product (``unique_id`` is the product id as text), days before ``until`` only."""
    import pandas as pd

    stmt = (
        select(DailySales.product_id, DailySales.day, DailySales.units)
        .join(Product, Product.id == DailySales.product_id)
        .where(Product.active.is_(True))
    )
    if until is not None:
        stmt = stmt.where(DailySales.day < until)
    rows = session.execute(stmt).all()
    frame = pd.DataFrame(rows, columns=["unique_id", "ds", "y"])
    frame["unique_id"] = frame["unique_id"].astype(str)
    frame["ds"] = pd.to_datetime(frame["ds"])
    return frame.astype({"y": float})


def save_forecasts(session: Session, store: str, frame: pd.DataFrame) -> int:
    """Replace the stored forecast of ``store`` for the series and days in ``frame``; returns rows written."""
    import pandas as pd

    if frame.empty:
        return 0
    ids = sorted({int(u) for u in frame["unique_id"]})
    first = pd.Timestamp(frame["ds"].min()).date()
    for start in range(0, len(ids), 900):  # SQLite caps bound parameters per statement
        session.execute(
            delete(DemandForecast).where(
                DemandForecast.store == store,
                DemandForecast.product_id.in_(ids[start : start + 900]),
                DemandForecast.day >= first,
            )
        )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = [
        {
            "store": store,
            "product_id": int(r.unique_id),
            "day": pd.Timestamp(r.ds).date(),
            "model": r.model,
            "mean": float(r.mean),
            "lo80": float(r.lo80),
            "hi80": float(r.hi80),
            "lo95": float(r.lo95),
            "hi95": float(r.hi95),
            "made_at": now,
        }
        for r in frame.itertuples(index=False)
    ]
    for start in range(0, len(rows), 5000):
        session.execute(insert(DemandForecast), rows[start : start + 5000])
    return len(rows)


@dataclass
class ProductPlan:
    """What planning needs about one product in one store over a window of days."""

    product_id: int
    sku: str
    title: str
    on_hand: int
    model: str = ""
    # day -> (mean, lo80, hi80, lo95, hi95)
    days: dict[dt.date, tuple[float, float, float, float, float]] = field(default_factory=dict)
    incoming: dict[dt.date, int] = field(default_factory=dict)


def load_plans(
    session: Session,
    store: str,
    first: dt.date,
    last: dt.date,
    language: str = "en",
    product_ids: list[int] | None = None,
) -> dict[int, ProductPlan]:
    """Stock on hand (every location of ``store``), incoming stock and forecast days in [first, last] per product."""
    stock = (
        select(Stock.product_id, func.sum(Stock.qty_system))
        .join(Location, Location.id == Stock.location_id)
        .where(Location.store == store)
        .group_by(Stock.product_id)
    )
    if product_ids is not None:
        stock = stock.where(Stock.product_id.in_(product_ids))
    on_hand = {pid: int(q or 0) for pid, q in session.execute(stock).all()}
    fc = select(DemandForecast).where(
        DemandForecast.store == store, DemandForecast.day >= first, DemandForecast.day <= last
    )
    if product_ids is not None:
        fc = fc.where(DemandForecast.product_id.in_(product_ids))
    days: dict[int, dict[dt.date, tuple[float, float, float, float, float]]] = defaultdict(dict)
    models: dict[int, str] = {}
    for f in session.scalars(fc):
        days[f.product_id][f.day] = (f.mean, f.lo80, f.hi80, f.lo95, f.hi95)
        models[f.product_id] = f.model
    inc = select(IncomingStock.product_id, IncomingStock.expected_on, func.sum(IncomingStock.qty)).where(
        IncomingStock.store == store, IncomingStock.expected_on <= last
    )
    incoming: dict[int, dict[dt.date, int]] = defaultdict(lambda: defaultdict(int))
    for pid, day, qty in session.execute(inc.group_by(IncomingStock.product_id, IncomingStock.expected_on)).all():
        # Overdue deliveries (expected before ``first``) count as arriving on the first day.
        incoming[pid][max(day, first)] += int(qty or 0)
    ids = set(days) | set(on_hand)
    names = select(Product.id, Product.sku, Product.title, ProductText.title).outerjoin(
        ProductText, (ProductText.product_id == Product.id) & (ProductText.lang == language)
    )
    plans: dict[int, ProductPlan] = {}
    for pid, sku, title, local in session.execute(names.where(Product.id.in_(ids), Product.active.is_(True))).all():
        plans[pid] = ProductPlan(
            product_id=pid,
            sku=sku,
            title=local or title,
            on_hand=on_hand.get(pid, 0),
            model=models.get(pid, ""),
            days=days.get(pid, {}),
            incoming=dict(incoming.get(pid, {})),
        )
    return plans


def forecast_span(session: Session, store: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of the stored forecast of ``store`` (None when none was made)."""
    lo, hi = session.execute(
        select(func.min(DemandForecast.day), func.max(DemandForecast.day)).where(DemandForecast.store == store)
    ).one()
    return (lo, hi) if lo is not None and hi is not None else None
