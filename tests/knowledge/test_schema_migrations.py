"""Alembic migrations build exactly the models' schema, idempotently, on SQLite and (when available) PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select

from knowledge.db import get_engine, session_scope
from knowledge.migrate import current_revision, head_revision, upgrade
from knowledge.schema import Base, OrderStatus, Product


def _diff(url: str) -> list[object]:
    with get_engine(url).connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": False})
        return list(compare_metadata(ctx, Base.metadata))


def test_upgrade_creates_every_table_and_is_idempotent(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert current_revision(url) is None
    assert upgrade(url) == head_revision()
    assert upgrade(url) == head_revision()  # second run: nothing to do, no error
    tables = set(inspect(get_engine(url)).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrated_schema_matches_models(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    upgrade(url)
    assert _diff(url) == []


def test_upgrade_works_from_any_directory(tmp_path, monkeypatch):
    # No alembic.ini in the working directory: the migrations are found inside the package.
    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    assert upgrade(url) == head_revision()


@pytest.mark.postgres
def test_postgres_migrations_demo_store_and_import(postgres_url: str) -> None:
    # postgres_url (tests/conftest.py): a fresh database on the suite's own throwaway PostgreSQL server, or
    # SHOPKEEPER_TEST_postgres_url when set.
    from pathlib import Path

    from knowledge.demo import build_demo_store
    from knowledge.importers import import_csv, import_shopify
    from knowledge.store import get_order, get_product_cards

    summary = build_demo_store(postgres_url, products=120, sales_days=14)
    assert upgrade(postgres_url) == head_revision()
    assert _diff(postgres_url) == []
    with session_scope(postgres_url) as session:
        assert session.scalar(select(func.count()).select_from(Product)) == summary.products == 120
        cards = get_product_cards(session, [1, 2, 3], "zh")
        assert [c.product_id for c in cards] == [1, 2, 3]
        order = get_order(session, 1001)
        assert order is not None and order.status in {s.value for s in OrderStatus}
        # Sequences were moved past the explicit ids the generator inserted: a new row gets a fresh id.
        session.add(Product(sku="PG-NEW", source="test", external_id="1", title="x", price=1))
        session.flush()
        assert session.scalar(select(func.max(Product.id))) == 121
        session.rollback()
    fixtures = Path(__file__).parent / "fixtures"
    first = import_csv(postgres_url, fixtures / "products_basic.csv")
    again = import_csv(postgres_url, fixtures / "products_basic.csv")
    assert (first.inserted, again.inserted, again.updated, again.rejected) == (6, 0, 6, 4)
    assert import_shopify(postgres_url, fixtures / "shopify_export.csv").inserted == 4
