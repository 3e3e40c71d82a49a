"""The context a rule needs beside the event: how fast the product sells, what the back room holds, what the shelf
holds by the system and by the last look, and the store's opening hours (due times count opening hours only)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.schema import DailySales, Location, LocationKind, Product, Stock
from shopkeeper.settings import OperationsSettings


class Context(BaseModel):
    product_id: int
    location_id: int | None
    velocity: float  # mean units sold per day over the settings' window
    backroom_qty: int
    qty_system: int  # on this shelf location, by the system
    qty_shelf: int | None  # last counted or seen
    price: Decimal
    now: dt.datetime


def velocity(s: Session, product_id: int, today: dt.date, days: int) -> float:
    """Mean units per day over the ``days`` before ``today`` (days with no sale count as 0)."""
    start = today - dt.timedelta(days=days)
    total = s.execute(
        select(func.coalesce(func.sum(DailySales.units), 0)).where(
            DailySales.product_id == product_id, DailySales.day >= start, DailySales.day < today
        )
    ).scalar_one()
    return float(total) / days


def velocities(s: Session, product_ids: list[int], today: dt.date, days: int) -> dict[int, float]:
    start = today - dt.timedelta(days=days)
    rows = s.execute(
        select(DailySales.product_id, func.sum(DailySales.units))
        .where(DailySales.product_id.in_(product_ids), DailySales.day >= start, DailySales.day < today)
        .group_by(DailySales.product_id)
    ).all()
    got = {int(pid): float(units or 0) / days for pid, units in rows}
    return {pid: got.get(pid, 0.0) for pid in product_ids}


def backroom(s: Session, product_id: int, store: str) -> int:
    total = s.execute(
        select(func.coalesce(func.sum(Stock.qty_system), 0))
        .join(Location, Location.id == Stock.location_id)
        .where(Stock.product_id == product_id, Location.kind == LocationKind.BACKROOM, Location.store == store)
    ).scalar_one()
    return max(0, int(total))


def gather(
    s: Session, product_id: int, location_id: int | None, *, store: str, now: dt.datetime, settings: OperationsSettings
) -> Context:
    stock = None
    if location_id is not None:
        stock = (
            s.execute(select(Stock).where(Stock.product_id == product_id, Stock.location_id == location_id))
            .scalars()
            .first()
        )
    price = s.execute(select(Product.price).where(Product.id == product_id)).scalar_one()
    return Context(
        product_id=product_id,
        location_id=location_id,
        velocity=velocity(s, product_id, now.date(), settings.velocity_days),
        backroom_qty=backroom(s, product_id, store),
        qty_system=stock.qty_system if stock else 0,
        qty_shelf=stock.qty_shelf if stock else None,
        price=price,
        now=now,
    )


def add_open_hours(start: dt.datetime, hours: float, settings: OperationsSettings) -> dt.datetime:
    """``start`` plus ``hours`` of opening time: the clock stops while the store is closed."""
    open_h, close_h = settings.open_hour, settings.close_hour
    if close_h <= open_h:  # open around the clock (or a setting that says so)
        return start + dt.timedelta(hours=hours)
    left = dt.timedelta(hours=hours)
    t = start
    while True:
        day_open = t.replace(hour=open_h, minute=0, second=0, microsecond=0)
        day_close = t.replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(hours=close_h)
        if t < day_open:
            t = day_open
        if t >= day_close:
            t = day_open + dt.timedelta(days=1)
            continue
        if t + left <= day_close:
            return t + left
        left -= day_close - t
        t = day_open + dt.timedelta(days=1)
