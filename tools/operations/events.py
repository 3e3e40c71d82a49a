"""Store events the operating loop acts on and records, and the scans that find the ones no camera reports.

Shelf photos record gaps and phantom stock themselves (knowledge.planogram.record_readings). The stock table and the
lots hold two more: a count that disagrees with the system (stock mismatch) and lots about to expire. Every task state
change and every count is an event too, so the loop's whole history is one time-ordered table.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.planogram import GAP_SEEN, PHANTOM_STOCK, SHELF_RESTOCKED_SEEN
from knowledge.schema import Location, LocationKind, Lot, Stock, StoreEvent

STOCK_MISMATCH = "stock_mismatch"
EXPIRY_SOON = "expiry_soon"
TASK_STATE = "task_state"  # payload: task_id, from, to, by, note
COUNT_ENTERED = "count_entered"  # payload: qty, qty_system (before), task_id
STOCK_MOVED = "stock_moved"  # back room -> shelf, recorded with a restock reported done

# Events a rule turns into a task; the rest are history.
ACTIONABLE = (GAP_SEEN, PHANTOM_STOCK, STOCK_MISMATCH, EXPIRY_SOON)
__all__ = ["ACTIONABLE", "GAP_SEEN", "PHANTOM_STOCK", "SHELF_RESTOCKED_SEEN", "record", "scan_expiry", "scan_stock"]


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def record(
    s: Session,
    kind: str,
    *,
    product_id: int | None,
    location_id: int | None,
    payload: dict[str, Any],
    at: dt.datetime,
) -> StoreEvent:
    event = StoreEvent(kind=kind, product_id=product_id, location_id=location_id, payload=payload, at=at)
    s.add(event)
    s.flush()
    return event


def scan_stock(s: Session, *, store: str, min_units: int, at: dt.datetime, window_days: int = 7) -> list[StoreEvent]:
    """Mismatches between the last count and the system, once per stock row per change of either figure.

    A count of 0 against a positive system figure is phantom stock (the same thing a camera reports as an empty
    slot), any other difference of ``min_units`` or more a stock mismatch."""
    rows = s.execute(
        select(Stock, Location)
        .join(Location, Location.id == Stock.location_id)
        .where(Location.kind == LocationKind.SHELF, Location.store == store, Stock.qty_shelf.is_not(None))
    ).all()
    seen = {
        (e.location_id, e.product_id, e.kind)
        for e in s.execute(select(StoreEvent).where(StoreEvent.kind.in_((STOCK_MISMATCH, PHANTOM_STOCK)))).scalars()
        if e.payload.get("qty_shelf_counted") is not None or e.kind == PHANTOM_STOCK
    }
    # A shelf figure written by a photo of a restocked slot is the faces seen, a lower bound, not a count: there only
    # a figure above the system's is a mismatch.
    last_look: dict[int | None, str] = {}
    for e in s.execute(
        select(StoreEvent)
        .where(
            StoreEvent.kind.in_((GAP_SEEN, SHELF_RESTOCKED_SEEN, COUNT_ENTERED)),
            StoreEvent.at >= at - dt.timedelta(days=window_days),
        )
        .order_by(StoreEvent.at, StoreEvent.id)
    ).scalars():
        last_look[e.location_id] = e.kind
    out: list[StoreEvent] = []
    for st, loc in rows:
        shelf, system = int(st.qty_shelf or 0), st.qty_system
        lower_bound = last_look.get(loc.id) == SHELF_RESTOCKED_SEEN
        if shelf == 0 and system > 0:
            kind = PHANTOM_STOCK
        elif (shelf - system if lower_bound else abs(shelf - system)) >= min_units:
            kind = STOCK_MISMATCH
        else:
            continue
        if (loc.id, st.product_id, kind) in seen:
            continue
        payload = {
            "source": "count",
            "qty_system": system,
            "qty_shelf_counted": shelf,
            "position": loc.position,
            "shelf": f"{loc.aisle}-{loc.shelf}",
        }
        out.append(record(s, kind, product_id=st.product_id, location_id=loc.id, payload=payload, at=at))
    return out


def scan_expiry(s: Session, *, days: int, at: dt.datetime) -> list[StoreEvent]:
    """Lots with units left that expire within ``days`` (or already have), once per lot."""
    until = at.date() + dt.timedelta(days=days)
    lots = s.execute(select(Lot).where(Lot.qty > 0, Lot.expires_on <= until)).scalars().all()
    done = {e.payload.get("lot") for e in s.execute(select(StoreEvent).where(StoreEvent.kind == EXPIRY_SOON)).scalars()}
    out: list[StoreEvent] = []
    for lot in lots:
        if lot.code in done:
            continue
        payload = {"lot": lot.code, "qty": lot.qty, "expires_on": lot.expires_on.isoformat()}
        out.append(
            record(s, EXPIRY_SOON, product_id=lot.product_id, location_id=lot.location_id, payload=payload, at=at)
        )
    return out
