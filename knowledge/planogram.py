"""Planogram queries for shelf vision: what a camera photo of one shelf section should show, and writing back what
it did show (gap events, phantom stock, the shelf quantity seen).

A shelf id names a run of positions on one shelf: ``4-B`` (aisle 4, shelf B, every position) or ``4-B:1-6``
(positions 1 to 6, what one camera sees). The models returned here are plain pydantic data, so the vision code
(which may run in another environment) never needs the database.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.schema import Location, LocationKind, Product, Stock, StoreEvent
from shopkeeper.errors import InputRejected, NotFound

_SHELF_ID = re.compile(
    r"^\s*(?P<aisle>\w+?)\s*[-/]\s*(?P<shelf>[A-Za-z]\w*)\s*(?::\s*(?P<a>\d+)\s*-\s*(?P<b>\d+))?\s*$"
)

GAP_SEEN = "shelf_gap_seen"
PHANTOM_STOCK = "phantom_stock"
SHELF_RESTOCKED_SEEN = "shelf_restocked_seen"


class ShelfId(BaseModel):
    store: str = "main"
    aisle: str
    shelf: str
    first: int | None = Field(default=None, ge=1)
    last: int | None = Field(default=None, ge=1)

    def __str__(self) -> str:
        span = f":{self.first}-{self.last}" if self.first is not None and self.last is not None else ""
        return f"{self.aisle}-{self.shelf}{span}"


def parse_shelf_id(text: str, store: str = "main") -> ShelfId:
    """``"4-B"`` or ``"4-B:1-6"`` -> ShelfId; anything else is rejected with the expected form."""
    m = _SHELF_ID.match(text or "")
    if not m:
        raise InputRejected(f"not a shelf id: {text!r}", hint="use AISLE-SHELF or AISLE-SHELF:FROM-TO, e.g. 4-B:1-6")
    first = int(m["a"]) if m["a"] else None
    last = int(m["b"]) if m["b"] else None
    if first is not None and last is not None and (first < 1 or last < first):
        raise InputRejected(f"bad position range in {text!r}", hint="FROM must be 1 or more and not above TO")
    return ShelfId(store=store, aisle=m["aisle"], shelf=m["shelf"].upper(), first=first, last=last)


class PlanSlot(BaseModel):
    """One planogram position: the product that belongs there and how many faces it gets."""

    position: int
    location_id: int
    product_id: int
    sku: str
    title: str
    brand: str | None = None
    facings: int = Field(ge=1)
    qty_system: int
    qty_shelf: int | None


class ShelfPlan(BaseModel):
    shelf: ShelfId
    slots: list[PlanSlot]

    @property
    def total_facings(self) -> int:
        return sum(s.facings for s in self.slots)


def load_shelf(db_url: str, shelf: ShelfId) -> ShelfPlan:
    """The slots of a shelf section, left to right. A shelf or range with no planogram position is ``NotFound``."""
    with session_scope(db_url) as s:
        stmt = (
            select(Location, Stock, Product)
            .join(Stock, Stock.location_id == Location.id)
            .join(Product, Product.id == Stock.product_id)
            .where(
                Location.kind == LocationKind.SHELF,
                Location.store == shelf.store,
                Location.aisle == shelf.aisle,
                Location.shelf == shelf.shelf,
            )
            .order_by(Location.position, Product.id)
        )
        if shelf.first is not None:
            stmt = stmt.where(Location.position >= shelf.first)
        if shelf.last is not None:
            stmt = stmt.where(Location.position <= shelf.last)
        slots: list[PlanSlot] = []
        seen: set[int] = set()
        for loc, st, p in s.execute(stmt).all():
            if loc.id in seen:  # a position holding variants keeps its first product: one slot per position
                continue
            seen.add(loc.id)
            slots.append(
                PlanSlot(
                    position=loc.position,
                    location_id=loc.id,
                    product_id=p.id,
                    sku=p.sku,
                    title=p.title,
                    brand=p.brand,
                    facings=max(1, st.facings),
                    qty_system=st.qty_system,
                    qty_shelf=st.qty_shelf,
                )
            )
    if not slots:
        raise NotFound(f"no planogram positions on shelf {shelf}", hint="list shelves with `shopkeeper vision shelves`")
    return ShelfPlan(shelf=shelf, slots=slots)


def list_shelves(db_url: str, store: str = "main") -> list[tuple[str, str, int]]:
    """(aisle, shelf, positions) for every shelf of a store, in aisle order."""
    with session_scope(db_url) as s:
        rows = s.execute(
            select(Location.aisle, Location.shelf, Location.position).where(
                Location.kind == LocationKind.SHELF, Location.store == store
            )
        ).all()
    count: dict[tuple[str, str], int] = {}
    for aisle, shelf, _pos in rows:
        count[(aisle, shelf)] = count.get((aisle, shelf), 0) + 1

    def key(item: tuple[tuple[str, str], int]) -> tuple[int, str, str]:
        (aisle, shelf), _ = item
        return (int(aisle) if aisle.isdigit() else 10**9, aisle, shelf)

    return [(a, sh, n) for (a, sh), n in sorted(count.items(), key=key)]


class SlotReading(BaseModel):
    """What the camera saw at one position: ``empty`` (a gap), ``stocked`` (with the faces counted), or ``unknown``
    (the photo did not let the position be placed, e.g. its shelf tag and neighbours were not found)."""

    position: int
    state: Literal["empty", "stocked", "unknown"]
    facings_seen: int = 0
    confidence: float = 0.0


class RecordedReading(BaseModel):
    position: int
    product_id: int
    state: str
    events: list[str]
    phantom: bool


def record_readings(
    db_url: str, plan: ShelfPlan, readings: list[SlotReading], *, photo: str, at: dt.datetime | None = None
) -> list[RecordedReading]:
    """Write what a photo showed: a gap event per empty position, a phantom-stock event where the system believes
    in units the shelf does not show, and the shelf quantity seen (0 for a gap; for a stocked position that was
    recorded empty, the faces seen, a lower bound, so a restock is visible to every query of ``qty_shelf``)."""
    when = at or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    by_pos = {s.position: s for s in plan.slots}
    out: list[RecordedReading] = []
    with session_scope(db_url) as s:
        for r in readings:
            slot = by_pos.get(r.position)
            if slot is None or r.state == "unknown":
                continue
            stock = (
                s.execute(
                    select(Stock).where(Stock.location_id == slot.location_id, Stock.product_id == slot.product_id)
                )
                .scalars()
                .first()
            )
            if stock is None:
                continue
            payload = {
                "photo": photo,
                "shelf": str(plan.shelf),
                "position": r.position,
                "facings_expected": slot.facings,
                "facings_seen": r.facings_seen,
                "confidence": round(r.confidence, 3),
                "qty_system": stock.qty_system,
            }
            events: list[str] = []
            phantom = False
            if r.state == "empty":
                events.append(GAP_SEEN)
                s.add(
                    StoreEvent(
                        kind=GAP_SEEN,
                        product_id=slot.product_id,
                        location_id=slot.location_id,
                        payload=payload,
                        at=when,
                    )
                )
                if stock.qty_system > 0:
                    phantom = True
                    events.append(PHANTOM_STOCK)
                    s.add(
                        StoreEvent(
                            kind=PHANTOM_STOCK,
                            product_id=slot.product_id,
                            location_id=slot.location_id,
                            payload=payload,
                            at=when,
                        )
                    )
                stock.qty_shelf = 0
            elif stock.qty_shelf == 0:
                events.append(SHELF_RESTOCKED_SEEN)
                s.add(
                    StoreEvent(
                        kind=SHELF_RESTOCKED_SEEN,
                        product_id=slot.product_id,
                        location_id=slot.location_id,
                        payload=payload,
                        at=when,
                    )
                )
                stock.qty_shelf = max(1, r.facings_seen)
            out.append(
                RecordedReading(
                    position=r.position, product_id=slot.product_id, state=r.state, events=events, phantom=phantom
                )
            )
    return out
