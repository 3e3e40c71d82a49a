"""Roles are enforced by the tool layer: a shopper cannot reach manager tools however it asks."""

from __future__ import annotations

import pytest

from agent.journeys.base import load_tools
from shopkeeper.errors import PermissionDenied
from shopkeeper.settings import DatabaseSettings, Settings
from tools.base import REGISTRY, Role, ToolContext, tools_for
from tools.inventory import OutOfStockInput, out_of_stock


@pytest.fixture(scope="module")
def settings(demo_db_url, tmp_path_factory):
    return Settings(data_dir=tmp_path_factory.mktemp("roles"), db=DatabaseSettings(url=demo_db_url))


def test_shopper_is_not_offered_staff_tools():
    load_tools()
    names = {t.name for t in tools_for(Role.SHOPPER)}
    assert {"search_products", "get_product", "order_status", "get_policy", "create_handoff"} <= names
    assert not names & {"out_of_stock", "release_handoff"}
    assert "out_of_stock" in {t.name for t in tools_for(Role.MANAGER)}


@pytest.mark.parametrize("role", [Role.SHOPPER, Role.HOST])
async def test_out_of_stock_refuses_non_managers(settings, role):
    with pytest.raises(PermissionDenied):
        await out_of_stock(OutOfStockInput(aisle="4"), ToolContext(role=role, settings=settings))


async def test_registry_lookup_cannot_bypass_the_check(settings):
    load_tools()
    tool = REGISTRY["out_of_stock"]
    with pytest.raises(PermissionDenied):
        await tool({"aisle": "1"}, ToolContext(role=Role.SHOPPER, settings=settings))


async def test_manager_gets_real_out_of_stock_rows(settings):
    ctx = ToolContext(role=Role.MANAGER, settings=settings)
    everywhere = await out_of_stock(OutOfStockInput(), ctx)
    assert everywhere.total > 0, "the demo store has stock gaps"
    aisle = everywhere.rows[0].aisle
    one = await out_of_stock(OutOfStockInput(aisle=f"Aisle {aisle}"), ctx)
    assert one.rows and all(r.aisle == aisle for r in one.rows)
    assert all(r.qty_system <= 0 or r.qty_shelf == 0 for r in one.rows)
