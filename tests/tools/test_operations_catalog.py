"""Catalog edits from the console (price, shelf stock) and the events list: the DB changes with an event saying who and
from what to what, the owning process's index gets the product's new filter payload, and only managers may do it.

The index here is a recorder of ``set_payload`` calls: the payload must be what an incremental build would write for
the product now (tests/channels/test_console_page.py checks the real index through a shopper's search)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.demo import build_demo_store
from knowledge.indexing import read_products
from knowledge.schema import Product, ProductText, StoreEvent, Variant
from shopkeeper.errors import InputRejected, NotFound, PermissionDenied
from shopkeeper.settings import DatabaseSettings, Settings
from tools.base import Role, ToolContext
from tools.operations.catalog import EditProductInput, FindProductsInput, edit_product, find_products
from tools.operations.history import RecentEventsInput, recent_events, summarise


class RecordingIndex:
    def __init__(self) -> None:
        self.payloads: dict[int, dict[str, Any]] = {}
        self.closed = 0

    def set_payload(self, items: dict[int, dict[str, Any]]) -> None:
        self.payloads.update(items)

    def close(self) -> None:
        self.closed += 1


class FakeServices:
    def __init__(self, index: RecordingIndex) -> None:
        self._index = index

    @property
    def index(self) -> RecordingIndex:
        return self._index


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    path: Path = tmp_path_factory.mktemp("ops_catalog")
    url = f"sqlite:///{path / 'store.db'}"
    build_demo_store(url, seed=11, products=120, sales_days=10)
    return Settings(data_dir=path, db=DatabaseSettings(url=url))


def _ctx(settings: Settings, index: RecordingIndex, role: Role = Role.MANAGER) -> ToolContext:
    return ToolContext(role=role, settings=settings, session_id="mgr-7", services=FakeServices(index))


def _expected_payload(settings: Settings, product_id: int) -> dict[str, Any]:
    (p,) = next(read_products(settings.db_url, ids=[product_id]))
    return {"price": p.price, "in_stock": 1 if p.qty > 0 else 0, "stamp": p.stamp}


async def test_price_edit_changes_the_db_logs_it_and_refreshes_the_index(store: Settings) -> None:
    index = RecordingIndex()
    ctx = _ctx(store, index)
    with session_scope(store.db_url) as s:
        product = s.execute(select(Product).order_by(Product.id).limit(1)).scalar_one()
        pid, old = product.id, product.price
        s.add(Variant(product_id=pid, sku=f"{product.sku}-V", price=old))
    new = (old * Decimal("0.8")).quantize(Decimal("0.01"))

    out = await edit_product(EditProductInput(product_id=pid, price=new), ctx)

    assert out.changed == ["price"] and out.index_refreshed and out.product.price == new
    with session_scope(store.db_url) as s:
        assert s.get(Product, pid).price == new
        assert {v.price for v in s.scalars(select(Variant).where(Variant.product_id == pid))} == {new}
        event = s.scalars(select(StoreEvent).where(StoreEvent.kind == "price_changed")).one()
        assert event.payload == {"old": str(old), "new": str(new), "by": "manager:mgr-7", "kind": "manual"}
    assert index.payloads == {pid: _expected_payload(store, pid)} and index.payloads[pid]["price"] == float(new)
    assert index.closed == 1

    # The same price again is no change: nothing logged, the index is left alone.
    again = await edit_product(EditProductInput(product_id=pid, price=new), _ctx(store, RecordingIndex()))
    assert again.changed == [] and not again.index_refreshed


async def test_stock_edit_moves_the_in_stock_flag(store: Settings) -> None:
    found = await find_products(FindProductsInput(q=""), _ctx(store, RecordingIndex()))
    row = next(r for r in found.rows if r.shelf_qty is not None and r.shelf_qty > 0 and r.backroom_qty == 0)
    index = RecordingIndex()

    out = await edit_product(EditProductInput(product_id=row.product_id, shelf_qty=0), _ctx(store, index))

    assert out.changed == ["shelf_qty"] and out.product.shelf_qty == 0
    assert index.payloads[row.product_id]["in_stock"] == 0
    assert index.payloads[row.product_id] == _expected_payload(store, row.product_id)
    back = await edit_product(EditProductInput(product_id=row.product_id, shelf_qty=5), _ctx(store, index))
    assert back.product.shelf_qty == 5 and index.payloads[row.product_id]["in_stock"] == 1

    events = await recent_events(RecentEventsInput(limit=5), _ctx(store, RecordingIndex()))
    latest = events.rows[0]
    assert latest.kind == "stock_edited" and latest.product_id == row.product_id
    assert latest.summary == "0 → 5 by manager:mgr-7" and latest.aisle == row.aisle


async def test_find_by_sku_and_by_a_translated_title(store: Settings) -> None:
    with session_scope(store.db_url) as s:
        text = s.execute(select(ProductText).where(ProductText.lang == "ru").limit(1)).scalar_one()
        pid, ru_title, sku = text.product_id, text.title, s.get(Product, text.product_id).sku
    ctx = _ctx(store, RecordingIndex())
    by_sku = await find_products(FindProductsInput(q=sku), ctx)
    assert [r.product_id for r in by_sku.rows] == [pid]
    by_title = await find_products(FindProductsInput(q=ru_title.split()[0], language="ru"), ctx)
    assert pid in {r.product_id for r in by_title.rows}
    assert next(r for r in by_title.rows if r.product_id == pid).title == ru_title


async def test_edits_are_for_managers_and_checked(store: Settings) -> None:
    for role in (Role.SHOPPER, Role.HOST):
        with pytest.raises(PermissionDenied):
            await edit_product(
                EditProductInput(product_id=1, price=Decimal("1.00")), _ctx(store, RecordingIndex(), role)
            )
        with pytest.raises(PermissionDenied):
            await recent_events(RecentEventsInput(), _ctx(store, RecordingIndex(), role))
    ctx = _ctx(store, RecordingIndex())
    with pytest.raises(NotFound):
        await edit_product(EditProductInput(product_id=999_999, price=Decimal("1.00")), ctx)
    with pytest.raises(InputRejected):
        await edit_product(EditProductInput(product_id=1), ctx)
    with pytest.raises(InputRejected):  # the tool's own validation: no negative or zero price
        await edit_product({"product_id": 1, "price": "0"}, ctx)


def test_event_summaries() -> None:
    step = {"task_id": 4, "from": "open", "to": "done", "by": "staff:ana", "note": "reported done"}
    assert summarise("task_state", step) == "task 4 open → done by staff:ana: reported done"
    assert summarise("count_entered", {"qty": 3, "qty_system_before": 7}) == "counted 3 (system had 7)"
    gap = {"facings_seen": 0, "photo": "a.jpg", "handled": 12}
    assert summarise("gap_seen", gap) == "facings seen 0, photo a.jpg, → task 12"
