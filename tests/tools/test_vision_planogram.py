"""Shelf photos against the store: planogram queries, gap events, phantom stock, restocks seen, the manager's view.

The detector here is the generator's own labels for the photo (what a perfect detector would return), so these
tests pin the store side of the loop; tests/tools/test_vision_worker.py runs the real YOLO worker.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.demo import build_demo_store
from knowledge.planogram import (
    GAP_SEEN,
    PHANTOM_STOCK,
    SHELF_RESTOCKED_SEEN,
    list_shelves,
    load_shelf,
    parse_shelf_id,
)
from knowledge.schema import Stock, StoreEvent
from shopkeeper.errors import InputRejected, NotFound
from shopkeeper.settings import DatabaseSettings, Settings
from tools.base import Role, ToolContext
from tools.inventory import OutOfStockInput, out_of_stock
from tools.vision.analyze import analyze_photo
from tools.vision.protocol import ImageDetections
from tools.vision.synth import ShelfPhoto, SynthOptions, render

CLEANISH = SynthOptions(occlusion_rate=0, partial_rate=0)


class LabelDetector:
    """Returns the generator's labels of the photos it drew: a perfect detector, for testing the store side."""

    def __init__(self) -> None:
        self.labels: dict[Path, ShelfPhoto] = {}

    def add(self, path: Path, photo: ShelfPhoto) -> None:
        self.labels[path] = photo

    def detect(self, images: list[Path]) -> list[ImageDetections]:
        return [
            ImageDetections(
                image=str(p),
                width=self.labels[p].width,
                height=self.labels[p].height,
                boxes=self.labels[p].boxes,
                ms=0.0,
                cpu_ms=0.0,
            )
            for p in images
        ]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Settings:
    """A store of its own: these tests write events and shelf quantities."""
    path = tmp_path_factory.mktemp("vision_store")
    url = f"sqlite:///{path / 'store.db'}"
    build_demo_store(url, seed=7, products=300, sales_days=5)
    return Settings(data_dir=path, db=DatabaseSettings(url=url))


def _set_stock(settings: Settings, location_id: int, product_id: int, qty_system: int, qty_shelf: int | None) -> None:
    with session_scope(settings.db_url) as s:
        st = s.execute(
            select(Stock).where(Stock.location_id == location_id, Stock.product_id == product_id)
        ).scalar_one()
        st.qty_system, st.qty_shelf = qty_system, qty_shelf


def _events(settings: Settings, location_id: int) -> list[str]:
    with session_scope(settings.db_url) as s:
        return [e.kind for e in s.execute(select(StoreEvent).where(StoreEvent.location_id == location_id)).scalars()]


def test_planogram_shelves_and_sections(store):
    shelves = list_shelves(store.db_url)
    assert shelves[0][:2] == ("1", "A") and all(n > 0 for _a, _s, n in shelves)
    plan = load_shelf(store.db_url, parse_shelf_id("1-A:3-8"))
    assert [s.position for s in plan.slots] == [3, 4, 5, 6, 7, 8]
    assert all(s.facings >= 1 and s.sku for s in plan.slots)
    with pytest.raises(NotFound):
        load_shelf(store.db_url, parse_shelf_id("99-Z"))


async def test_gap_photo_records_gap_and_phantom_then_restock_photo_clears_it(store, tmp_path):
    plan = load_shelf(store.db_url, parse_shelf_id("2-B:1-6"))
    phantom, gap, stocked = plan.slots[1], plan.slots[3], plan.slots[4]
    # The system believes in 7 units of `phantom` and none of `gap`; neither is on the shelf.
    _set_stock(store, phantom.location_id, phantom.product_id, qty_system=7, qty_shelf=None)
    _set_stock(store, gap.location_id, gap.product_id, qty_system=0, qty_shelf=None)
    _set_stock(store, stocked.location_id, stocked.product_id, qty_system=9, qty_shelf=None)
    detector = LabelDetector()
    img, photo = render(plan, {phantom.position, gap.position}, seed=5, options=CLEANISH)
    path = tmp_path / "gap.jpg"
    img.save(path)
    detector.add(path, photo)

    result = analyze_photo(store, path, plan.shelf, detector)
    assert sorted(result.gaps) == sorted([phantom.position, gap.position])
    flagged = {r.position: r for r in result.recorded}
    assert flagged[phantom.position].phantom and not flagged[gap.position].phantom
    assert _events(store, phantom.location_id) == [GAP_SEEN, PHANTOM_STOCK]
    assert _events(store, gap.location_id) == [GAP_SEEN]
    assert _events(store, stocked.location_id) == []

    # The manager's out-of-stock list now has the phantom item (the system alone said it was in stock).
    ctx = ToolContext(role=Role.MANAGER, settings=store)
    rows = (await out_of_stock(OutOfStockInput(aisle="2", limit=500), ctx)).rows
    assert {phantom.product_id, gap.product_id} <= {r.product_id for r in rows}

    # Restocked: a new photo shows both positions full; the shelf quantity is no longer 0 and the event says why.
    img2, photo2 = render(plan, set(), seed=6, options=CLEANISH)
    path2 = tmp_path / "restocked.jpg"
    img2.save(path2)
    detector.add(path2, photo2)
    again = analyze_photo(store, path2, plan.shelf, detector)
    assert again.gaps == []
    assert _events(store, phantom.location_id)[-1] == SHELF_RESTOCKED_SEEN
    rows = (await out_of_stock(OutOfStockInput(aisle="2", limit=500), ctx)).rows
    assert phantom.product_id not in {r.product_id for r in rows}


def test_dry_run_writes_nothing_and_a_missing_photo_is_a_clear_error(store, tmp_path):
    plan = load_shelf(store.db_url, parse_shelf_id("3-A:1-6"))
    detector = LabelDetector()
    img, photo = render(plan, {plan.slots[0].position}, seed=8, options=CLEANISH)
    path = tmp_path / "dry.jpg"
    img.save(path)
    detector.add(path, photo)
    result = analyze_photo(store, path, plan.shelf, detector, record=False)
    assert result.gaps == [plan.slots[0].position] and result.recorded == []
    assert _events(store, plan.slots[0].location_id) == []
    with pytest.raises(InputRejected):
        analyze_photo(store, tmp_path / "nope.jpg", plan.shelf, detector)
