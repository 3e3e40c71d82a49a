"""The shop floor: the planogram (aisles, shelves A-E, positions), stock on shelf and in the backroom, lots.

Stock has the states a store manager cares about: gaps (empty shelf, stock in the backroom), phantom stock (the
system says there is some, the shelf is empty), count mismatches, out-of-stock, never-counted shelves.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from knowledge.demo.catalog import ProductRow
from knowledge.demo.taxonomy import DEPARTMENTS

SHELVES = "ABCDE"
POSITIONS_PER_SHELF = 24
PER_AISLE = len(SHELVES) * POSITIONS_PER_SHELF


@dataclass
class FloorRows:
    locations: list[dict[str, Any]]
    stock: list[dict[str, Any]]
    lots: list[dict[str, Any]]
    total_qty: dict[int, int]  # product id -> shelf + backroom units the system believes in
    shelf_label: dict[int, str]


def build_floor(products: list[ProductRow], seed: int, today: dt.date) -> FloorRows:
    rng = random.Random(seed * 31 + 3)
    now = dt.datetime.combine(today, dt.time(8, 0))
    order = {d.slug: i for i, d in enumerate(DEPARTMENTS)}
    by_dept: dict[str, list[ProductRow]] = {}
    for p in sorted(products, key=lambda p: (order[p.category.department], p.category.id, p.id)):
        by_dept.setdefault(p.category.department, []).append(p)

    locations: list[dict[str, Any]] = []
    stock: list[dict[str, Any]] = []
    lots: list[dict[str, Any]] = []
    total_qty: dict[int, int] = {}
    shelf_label: dict[int, str] = {}

    backroom_id = 1
    locations.append(
        {
            "id": backroom_id,
            "store": "main",
            "kind": "BACKROOM",
            "aisle": "BR",
            "shelf": "-",
            "position": 0,
            "label": "Backroom",
        }
    )
    next_loc = 2
    aisle = 1
    for dept_products in by_dept.values():
        for k, p in enumerate(dept_products):
            a = aisle + k // PER_AISLE
            shelf = SHELVES[(k % PER_AISLE) // POSITIONS_PER_SHELF]
            position = k % POSITIONS_PER_SHELF + 1
            loc_id = next_loc
            next_loc += 1
            locations.append(
                {
                    "id": loc_id,
                    "store": "main",
                    "kind": "SHELF",
                    "aisle": str(a),
                    "shelf": shelf,
                    "position": position,
                    "label": f"Aisle {a} · {p.category.names['en']}",
                }
            )
            shelf_label[p.id] = f"Aisle {a}, shelf {shelf}"
            qty_system, qty_shelf, backroom, capacity = _stock_state(p, rng)
            stock.append(
                {
                    "product_id": p.id,
                    "variant_id": None,
                    "location_id": loc_id,
                    "qty_system": qty_system,
                    "qty_shelf": qty_shelf,
                    "facings": min(4, max(1, capacity // 12)),
                    "capacity": capacity,
                    "reorder_point": max(2, capacity // 4),
                    "updated_at": now,
                }
            )
            stock.append(
                {
                    "product_id": p.id,
                    "variant_id": None,
                    "location_id": backroom_id,
                    "qty_system": backroom,
                    "qty_shelf": None,
                    "facings": 0,
                    "capacity": 0,
                    "reorder_point": 0,
                    "updated_at": now,
                }
            )
            total_qty[p.id] = qty_system + backroom
            if p.perishable and qty_system + backroom > 0:
                lots.extend(_lots(p, loc_id, qty_system + backroom, today, rng))
        aisle += max(1, -(-len(dept_products) // PER_AISLE))
    for i, row in enumerate(stock, 1):
        row["id"] = i
    for i, row in enumerate(lots, 1):
        row["id"] = i
    return FloorRows(locations, stock, lots, total_qty, shelf_label)


def _stock_state(p: ProductRow, rng: random.Random) -> tuple[int, int | None, int, int]:
    """(shelf qty the system believes, qty seen on the shelf or None if never counted, backroom qty, capacity)."""
    capacity = rng.choice((12, 18, 24, 36, 48))
    full = rng.randint(max(1, capacity // 4), capacity)
    backroom = rng.randint(0, capacity * 2)
    r = rng.random()
    if r < 0.06:  # out of stock everywhere
        return 0, 0, 0, capacity
    if r < 0.12:  # gap: empty shelf, stock waiting in the backroom
        return 0, 0, max(backroom, 6), capacity
    if r < 0.16:  # phantom stock: the system believes in units nobody can find
        return rng.randint(2, 12), 0, backroom, capacity
    if r < 0.21:  # count mismatch
        return full, max(0, full + rng.choice((-3, -2, -1, 1, 2))), backroom, capacity
    return full, (None if rng.random() < 0.2 else full), backroom, capacity


def _lots(p: ProductRow, loc_id: int, qty: int, today: dt.date, rng: random.Random) -> list[dict[str, Any]]:
    n = rng.randint(1, 3)
    rows = []
    left = qty
    for i in range(n):
        part = left if i == n - 1 else rng.randint(0, left)
        left -= part
        # Some lots are already past or near expiry: the manager journey has something to find.
        rows.append(
            {
                "product_id": p.id,
                "location_id": loc_id,
                "code": f"L{p.id:06d}-{i + 1}",
                "qty": part,
                "expires_on": today + dt.timedelta(days=rng.randint(-3, 45)),
            }
        )
    return rows
