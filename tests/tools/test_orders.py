"""order_status on the real demo store: figures come from the DB; unknown numbers are NotFound; no customer data."""

from __future__ import annotations

import sqlite3

import pytest

from shopkeeper.errors import NotFound
from shopkeeper.settings import DatabaseSettings, Settings
from tools.base import Role, ToolContext
from tools.orders import OrderStatusInput, order_status


@pytest.fixture(scope="module")
def ctx(demo_db_url, tmp_path_factory):
    settings = Settings(data_dir=tmp_path_factory.mktemp("orders"), db=DatabaseSettings(url=demo_db_url))
    return ToolContext(role=Role.SHOPPER, session_id="t", locale="en", settings=settings)


def _rows(url: str, sql: str) -> list[tuple]:
    with sqlite3.connect(url.split("///", 1)[1]) as conn:
        return conn.execute(sql).fetchall()


async def test_order_status_matches_the_db(ctx, demo_db_url):
    (oid, status, total), = _rows(demo_db_url, "select id, status, total from orders where status='SHIPPED' limit 1")
    out = await order_status(OrderStatusInput(order_id=oid), ctx)
    assert out.order_id == oid and out.status == status.lower()
    assert float(out.total) == pytest.approx(float(total))
    assert out.lines and all(line.qty > 0 for line in out.lines)
    assert "email" not in out.model_dump() and "customer_name" not in out.model_dump()


async def test_titles_come_in_the_asked_language(ctx, demo_db_url):
    (oid,), = _rows(demo_db_url, "select id from orders limit 1")
    out = await order_status(OrderStatusInput(order_id=oid, language="ru"), ctx)
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in line.title) for line in out.lines)


async def test_unknown_order_is_not_found(ctx):
    with pytest.raises(NotFound, match="999999"):
        await order_status(OrderStatusInput(order_id=999999), ctx)


def test_order_number_is_required():
    with pytest.raises(ValueError):
        OrderStatusInput.model_validate({})
