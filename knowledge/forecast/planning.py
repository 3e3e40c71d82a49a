"""Planning answers from stored forecasts: when a product runs out, how much to reorder, demand over a week.

Pure computation over ``ProductPlan``s (knowledge.forecast.store), so the rules are testable without a DB.
Interval sums over several days assume independent daily errors: the width of each day's 95% interval gives its
standard deviation, and the variances add. With autocorrelated errors the true interval is wider.
"""

from __future__ import annotations

import datetime as dt
import math

from pydantic import BaseModel

from knowledge.forecast.store import ProductPlan

Z80, Z95 = 1.2816, 1.96


def this_weekend(today: dt.date) -> tuple[dt.date, dt.date]:
    """Saturday and Sunday of this weekend: the coming one, or the current one on a Saturday or Sunday."""
    # weekday(): Monday 0 .. Saturday 5, Sunday 6; on a Sunday the weekend began yesterday.
    saturday = today - dt.timedelta(days=1) if today.weekday() == 6 else today + dt.timedelta(days=5 - today.weekday())
    return saturday, saturday + dt.timedelta(days=1)


def next_week(today: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week after this one."""
    monday = today + dt.timedelta(days=7 - today.weekday())
    return monday, monday + dt.timedelta(days=6)


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


class DemandTotal(BaseModel):
    mean: float
    lo80: float
    hi80: float
    lo95: float
    hi95: float


def total_demand(plan: ProductPlan, first: dt.date, last: dt.date) -> DemandTotal:
    """Forecast demand over [first, last] with its 80/95% interval (daily errors taken as independent)."""
    mean = var = 0.0
    for day in days_between(first, last):
        m, _lo80, _hi80, lo95, hi95 = plan.days.get(day, (0.0, 0.0, 0.0, 0.0, 0.0))
        mean += m
        var += ((hi95 - lo95) / (2 * Z95)) ** 2
    sd = math.sqrt(var)
    return DemandTotal(
        mean=mean,
        lo80=max(0.0, mean - Z80 * sd),
        hi80=mean + Z80 * sd,
        lo95=max(0.0, mean - Z95 * sd),
        hi95=mean + Z95 * sd,
    )


def run_out_day(plan: ProductPlan, first: dt.date, last: dt.date) -> dt.date | None:
    """The first day in [first, last] whose forecast demand uses up the stock on hand plus what has arrived by then
    (deliveries arrive at the start of their day); None when the stock lasts."""
    level = float(plan.on_hand)
    for day in days_between(first, last):
        level += plan.incoming.get(day, 0)
        level -= plan.days.get(day, (0.0,))[0]
        if level <= 0:
            return day
    return None


def incoming_between(plan: ProductPlan, first: dt.date, last: dt.date) -> int:
    return sum(q for d, q in plan.incoming.items() if first <= d <= last)


def reorder_quantity(plan: ProductPlan, first: dt.date, last: dt.date, service_z: float = Z95) -> tuple[int, float]:
    """(units to order, order-up-to level) so stock covers forecast demand over [first, last] (lead time plus the
    days until the next order) with safety stock for ``service_z`` standard deviations of that demand."""
    total = total_demand(plan, first, last)
    sd = (total.hi95 - total.mean) / Z95
    target = total.mean + service_z * sd
    have = plan.on_hand + incoming_between(plan, first, last)
    return max(0, math.ceil(target - have)), target
