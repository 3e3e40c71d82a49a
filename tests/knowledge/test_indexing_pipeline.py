"""DB -> index with the real USE model and the real edge engine: build, incremental update, deletions."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from knowledge.db import session_scope
from knowledge.index import Filters, make_index
from knowledge.indexing import build_index, read_products
from knowledge.schema import Product, Stock
from tests.knowledge.search_support import copy_store, indexed_demo, settings_for, use_embedder


def test_documents_carry_every_language_and_the_filter_payload(demo_db_url: str) -> None:
    batch = next(read_products(demo_db_url, batch=20))
    p = batch[0]
    assert set(p.texts) == {"en", "ru", "zh"}
    assert len(p.dense_texts()) == 3  # one dense row per language: a query meets its own language
    payload = p.payload()
    assert payload["category"][-1] == p.category_path and "/" not in payload["category"][0]
    assert payload["in_stock"] in (0, 1) and payload["language"] == ["en", "ru", "zh"]
    scripts = {t.script for t in p.sparse_tokens()}
    assert {"en", "ru", "zh"} <= scripts  # all language texts go into the sparse vector


def test_full_build_indexes_every_active_product(demo_db_url: str) -> None:
    settings = indexed_demo(demo_db_url)
    index = make_index(settings)
    try:
        with session_scope(demo_db_url) as s:
            active = len(s.scalars(select(Product.id).where(Product.active.is_(True))).all())
        assert index.count() == active
        assert index.meta.embedder == use_embedder().name and index.meta.multivector
        assert index.vocabulary().docs == active
        in_stock = index.count(Filters(in_stock=True))
        assert 0 < in_stock < active  # the demo store has gaps
    finally:
        index.close()


def test_incremental_update_follows_price_stock_and_deletions(demo_db_url: str, tmp_path: Path) -> None:
    url = copy_store(demo_db_url, tmp_path)
    settings = settings_for(url, tmp_path)
    first = build_index(settings, use_embedder())
    assert first.mode == "rebuild"

    again = build_index(settings, use_embedder())
    assert (again.mode, again.indexed, again.payload_refreshed, again.deleted) == ("incremental", 0, 0, 0)

    with session_scope(url) as s:
        ids = s.scalars(select(Product.id).order_by(Product.id).limit(3)).all()
        priced, stocked, gone = ids
        s.get(Product, priced).price = Decimal("12345.00")  # type: ignore[union-attr]
        s.execute(update(Stock).where(Stock.product_id == stocked).values(qty_system=0))
        s.get(Product, gone).active = False  # type: ignore[union-attr]

    result = build_index(settings, use_embedder())
    assert result.mode == "incremental"
    assert result.indexed == 1 and result.payload_refreshed == 1 and result.deleted == 1

    index = make_index(settings)
    try:
        assert index.count(Filters(price_min=12000, ids=[priced])) == 1  # the new price is in the payload
        assert index.count(Filters(in_stock=True, ids=[stocked])) == 0  # stock refresh, no re-embedding
        assert index.count(Filters(ids=[gone])) == 0
        before = index.count()
    finally:
        index.close()

    rebuilt = build_index(settings, use_embedder(), rebuild=True)  # --rebuild starts over from the DB
    assert rebuilt.mode == "rebuild" and rebuilt.indexed == before


def test_no_store_is_a_clear_error(tmp_path: Path) -> None:
    from shopkeeper.errors import StoreUnavailable

    with pytest.raises(StoreUnavailable):
        build_index(settings_for(f"sqlite:///{tmp_path / 'none.db'}", tmp_path), use_embedder())


def test_cli_index_and_search(demo_db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    import knowledge.services as services_mod
    import shopkeeper.settings as settings_mod
    from shopkeeper.cli import app
    from tests.knowledge.search_support import services_for

    settings = indexed_demo(demo_db_url)  # already built: `index` only checks what changed
    svc = services_for(settings)
    monkeypatch.setattr(settings_mod, "get_settings", lambda: settings)
    monkeypatch.setattr(services_mod, "get_services", lambda _s=None: svc)
    runner = CliRunner()
    again = runner.invoke(app, ["index"])
    assert again.exit_code == 0, again.output
    assert "up to date" in again.output and "0 re-indexed" in again.output
    found = runner.invoke(app, ["search", "waterproof hiking boots under 120", "--limit", "3"])
    assert found.exit_code == 0, found.output
    assert "Aisle" in found.output and "waterproof" in found.output.lower()
    empty = runner.invoke(app, ["search", "   "])
    assert empty.exit_code == 1 and "empty" in empty.output
    interactive = runner.invoke(app, ["search"], input="防水登山靴\n\n")
    assert interactive.exit_code == 0 and "登山靴" in interactive.output
