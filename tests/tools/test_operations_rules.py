"""The loop's rules and opening-hours clock, on hand-made contexts: what task an event becomes, and when it is due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from knowledge.schema import TaskKind
from shopkeeper.settings import OperationsSettings
from tools.operations.context import Context, add_open_hours
from tools.operations.events import EXPIRY_SOON, GAP_SEEN, PHANTOM_STOCK, STOCK_MISMATCH
from tools.operations.rules import decide

OPS = OperationsSettings()  # 08-22, fast >= 2/day (due 1 h), normal 4 h, slow < 0.2/day (12 h)
NOW = dt.datetime(2026, 12, 3, 10, 0)


def ctx(velocity: float, backroom: int, qty_system: int = 0, now: dt.datetime = NOW) -> Context:
    return Context(
        product_id=1,
        location_id=2,
        velocity=velocity,
        backroom_qty=backroom,
        qty_system=qty_system,
        qty_shelf=0,
        price=Decimal("9.99"),
        now=now,
    )


def test_a_fast_sellers_restock_is_due_sooner_and_ranked_first():
    fast, normal, slow = (decide(GAP_SEEN, ctx(v, 10), OPS) for v in (5.0, 1.0, 0.1))
    assert fast.kind == normal.kind == slow.kind == TaskKind.RESTOCK
    assert (fast.priority, normal.priority, slow.priority) == (1, 2, 3)
    assert fast.due_at == NOW + dt.timedelta(hours=1) and normal.due_at == NOW + dt.timedelta(hours=4)
    assert fast.due_at < normal.due_at < slow.due_at


def test_phantom_stock_restocks_from_the_back_room_or_is_counted_when_there_is_none():
    assert decide(PHANTOM_STOCK, ctx(1.0, 6, qty_system=5), OPS).reason == "restock_phantom"
    count = decide(PHANTOM_STOCK, ctx(1.0, 0, qty_system=5), OPS)
    assert count.kind == TaskKind.COUNT and count.reason == "count_phantom"
    assert count.due_at == NOW + dt.timedelta(hours=OPS.count_due_h)


def test_a_gap_with_nothing_anywhere_is_a_reorder_not_a_task():
    plan = decide(GAP_SEEN, ctx(3.0, 0, qty_system=0), OPS)
    assert plan.kind is None and plan.reason == "reorder_needed"


def test_mismatch_and_expiry_are_counts_and_expiry_is_due_before_the_lot_expires():
    assert decide(STOCK_MISMATCH, ctx(0.5, 3, qty_system=8), OPS).reason == "count_mismatch"
    expiring = decide(EXPIRY_SOON, ctx(0.5, 3), OPS, expires_on=dt.date(2026, 12, 4))
    assert expiring.kind == TaskKind.COUNT and expiring.due_at == NOW + dt.timedelta(hours=OPS.count_due_h)
    # A longer count deadline is cut to the opening of the expiry day.
    slow = OPS.model_copy(update={"count_due_h": 24.0})
    assert decide(EXPIRY_SOON, ctx(0.5, 3), slow, expires_on=dt.date(2026, 12, 4)).due_at == dt.datetime(2026, 12, 4, 8)
    # Already expired: due now, not in the past.
    assert decide(EXPIRY_SOON, ctx(0.5, 3), OPS, expires_on=dt.date(2026, 12, 1)).due_at == NOW


def test_due_times_count_opening_hours_only():
    assert add_open_hours(dt.datetime(2026, 12, 3, 21, 0), 4, OPS) == dt.datetime(2026, 12, 4, 11, 0)
    assert add_open_hours(dt.datetime(2026, 12, 3, 23, 30), 1, OPS) == dt.datetime(2026, 12, 4, 9, 0)
    assert add_open_hours(dt.datetime(2026, 12, 3, 6, 0), 2, OPS) == dt.datetime(2026, 12, 3, 10, 0)
    assert add_open_hours(dt.datetime(2026, 12, 3, 10, 0), 30, OPS) == dt.datetime(2026, 12, 5, 12, 0)
    # A gap seen at closing time is due the next morning, not at night.
    late = decide(GAP_SEEN, ctx(5.0, 10, now=dt.datetime(2026, 12, 3, 21, 50)), OPS)
    assert late.due_at == dt.datetime(2026, 12, 4, 8, 50)
