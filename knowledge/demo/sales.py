"""A year (or ``days``) of daily sales per product: weekly and yearly seasonality, promotions, noise.

Vectorised with numpy per product; days without a sale have no row (read missing days as zero units).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import numpy as np

from knowledge.demo.catalog import ProductRow

# Mon..Sun demand multipliers: shoppers come at the weekend, groceries a little more evenly.
WEEKLY = np.array([0.85, 0.85, 0.9, 0.95, 1.1, 1.35, 1.2])
WEEKLY_GROCERY = np.array([0.95, 0.9, 0.95, 1.0, 1.1, 1.2, 1.0])
PROMO_DISCOUNT = Decimal("0.85")


def _season_curve(monthly: tuple[float, ...], days: list[dt.date]) -> np.ndarray:
    """Monthly multipliers interpolated through mid-month, so demand changes smoothly across the year."""
    mids = np.arange(12) * 30.44 + 15.2
    doy = np.array([d.timetuple().tm_yday for d in days], dtype=float)
    xs = np.concatenate([mids - 365.25, mids, mids + 365.25])
    ys = np.tile(np.array(monthly), 3)
    return np.asarray(np.interp(doy, xs, ys))


def daily_sales(products: list[ProductRow], days: int, seed: int, today: dt.date) -> Iterator[list[dict[str, Any]]]:
    """Yields the rows of one product at a time (so callers can insert in chunks and show progress)."""
    if days <= 0:
        return
    rng = np.random.default_rng(seed * 101 + 17)
    dates = [today - dt.timedelta(days=days - i) for i in range(days)]
    dow = np.array([d.weekday() for d in dates])
    curves: dict[tuple[float, ...], np.ndarray] = {}
    for p in products:
        season = p.category.season
        if season not in curves:
            curves[season] = _season_curve(season, dates)
        weekly = WEEKLY_GROCERY if p.category.department == "grocery" else WEEKLY
        lam = 1.6 * p.popularity * weekly[dow] * curves[season]
        promo = np.zeros(days, dtype=bool)
        for _ in range(int(rng.integers(0, 4))):  # 0-3 promotions of 7-14 days, uplift 1.4-2.5x
            start = int(rng.integers(0, max(1, days - 7)))
            promo[start : start + int(rng.integers(7, 15))] = True
        lam = np.where(promo, lam * rng.uniform(1.4, 2.5), lam)
        units = rng.poisson(lam * rng.gamma(4.0, 0.25, size=days))  # gamma noise: real demand is overdispersed
        price = p.price
        promo_price = (price * PROMO_DISCOUNT).quantize(Decimal("0.01"))
        yield [
            {
                "product_id": p.id,
                "day": dates[i],
                "units": int(units[i]),
                "revenue": (promo_price if promo[i] else price) * int(units[i]),
                "promo": bool(promo[i]),
            }
            for i in np.flatnonzero(units)
        ]
