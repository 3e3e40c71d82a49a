"""The catalog tools end to end: real SQLite demo store, real edge index, real USE model."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.schema import Product
from knowledge.search import SearchEngine, SearchRequest
from shopkeeper.errors import InputRejected, NotFound
from tests.knowledge.search_support import indexed_demo, services_for, settings_for
from tools.base import REGISTRY, Role, ToolContext
from tools.catalog import get_product, search_products


@pytest.fixture(scope="module")
def ctx(demo_db_url: str) -> ToolContext:
    settings = indexed_demo(demo_db_url)
    return ToolContext(role=Role.SHOPPER, settings=settings, services=services_for(settings))


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("waterproof hiking boots under 120", "en"),
        ("непромокаемые треккинговые ботинки до 10000 рублей", "ru"),
        ("防水登山靴 800元以内", "zh"),
    ],
)
async def test_the_issue_queries_find_waterproof_boots_with_db_prices(ctx: ToolContext, query: str, lang: str) -> None:
    out = await search_products({"query": query, "limit": 5}, ctx)
    assert out.mode == "hybrid" and out.parsed.language == lang
    assert out.parsed.attributes.get("waterproof") is True
    assert out.hits, out
    top = out.hits[0]
    assert top.attributes.get("waterproof") is True and top.in_stock
    assert top.category is not None
    limit = out.parsed.price_max
    assert limit is not None and all(h.price <= limit for h in out.hits)
    with session_scope(ctx.settings.db_url) as s:  # every figure is the DB's
        for h in out.hits:
            p = s.get(Product, h.product_id)
            assert p is not None and p.price == h.price and p.sku == h.sku
    assert top.location and top.location.startswith("Aisle")
    assert top.reason  # "waterproof · hiking boots · under $120 · in stock"
    if lang == "ru":
        assert any(c in top.title for c in "аеиоу")  # the title in the asked language
    if lang == "zh":
        assert "登山靴" in top.title or "靴" in top.title


async def test_negation_and_explicit_filters_are_hard(ctx: ToolContext) -> None:
    out = await search_products({"query": "hiking boots not leather", "limit": 10}, ctx)
    assert out.hits and all(h.attributes.get("material") != "leather" for h in out.hits)
    cheap = await search_products({"query": "boots", "price_max": "60", "in_stock_only": True}, ctx)
    assert all(h.price <= Decimal("60") and h.in_stock for h in cheap.hits)
    first = out.hits[0].product_id
    again = await search_products({"query": "hiking boots not leather", "exclude_ids": [first]}, ctx)
    assert first not in {h.product_id for h in again.hits}


async def test_typos_are_corrected(ctx: ToolContext) -> None:
    out = await search_products({"query": "wterproof hikng boots"}, ctx)
    assert out.parsed.corrected == "waterproof hiking boots"
    assert out.hits and "boot" in out.hits[0].title.lower()


async def test_nonsense_is_marked_low_confidence(ctx: ToolContext) -> None:
    out = await search_products({"query": "qzxv wplk"}, ctx)
    assert out.notice and "low confidence" in out.notice
    assert out.low_confidence
    sure = await search_products({"query": "waterproof hiking boots"}, ctx)
    assert sure.hits and not sure.low_confidence and sure.notice is None


@pytest.mark.parametrize(
    "query",
    ["'; DROP TABLE products; --", "boots\x00\x1b[2J\u202e", "🥾" * 50, "boots OR 1=1 /* */"],
)
async def test_hostile_text_is_safe(ctx: ToolContext, query: str) -> None:
    out = await search_products({"query": query}, ctx)
    assert out.mode == "hybrid"
    with session_scope(ctx.settings.db_url) as s:
        assert s.scalar(select(Product.id).limit(1)) is not None  # nothing dropped


async def test_empty_and_huge_queries(ctx: ToolContext) -> None:
    with pytest.raises(InputRejected, match="query"):
        await search_products({"query": ""}, ctx)
    with pytest.raises(InputRejected, match="query"):  # the tool contract caps a query at 2,000 characters
        await search_products({"query": "boots " * 20_000}, ctx)
    engine = SearchEngine(ctx.settings, ctx.services)
    with pytest.raises(InputRejected):
        engine.search(SearchRequest("  \x00\t "))
    out = engine.search(SearchRequest("waterproof boots " * 6_000))  # 100 KB straight to the engine: cut, served
    assert out.hits and len(out.parsed.text) <= 2000


async def test_missing_index_falls_back_to_a_db_keyword_search(demo_db_url: str, tmp_path: Path) -> None:
    settings = settings_for(demo_db_url, tmp_path)  # no index built here
    ctx = ToolContext(role=Role.SHOPPER, settings=settings, services=services_for(settings))
    out = await search_products({"query": "hiking boots under 200", "limit": 5}, ctx)
    assert out.mode == "db-fallback" and out.notice and "shopkeeper index" in out.notice
    assert out.hits and all("boot" in h.title.lower() and h.price <= 200 for h in out.hits)


async def test_get_product_by_id_and_sku(ctx: ToolContext) -> None:
    hit = (await search_products({"query": "hiking boots"}, ctx)).hits[0]
    detail = await get_product({"product_id": hit.product_id, "language": "ru"}, ctx)
    assert detail.price == hit.price and detail.description and detail.variants
    assert any(ch in detail.title for ch in "аеиоу")
    by_sku = await get_product({"sku": hit.sku}, ctx)
    assert by_sku.product_id == hit.product_id
    with pytest.raises(NotFound):
        await get_product({"product_id": 10**9}, ctx)
    with pytest.raises(InputRejected):
        await get_product({}, ctx)


async def test_every_role_may_search() -> None:
    for name in ("search_products", "get_product"):
        assert all(REGISTRY[name].allowed(r) for r in Role)


async def test_an_index_failing_mid_query_degrades_to_the_db(demo_db_url: str, tmp_path: Path) -> None:
    import shutil

    from knowledge.index import EdgeIndex

    shutil.copytree(indexed_demo(demo_db_url).index_path, tmp_path / "index")  # a private copy to break
    settings = settings_for(demo_db_url, tmp_path)
    svc = services_for(settings)
    index = svc.index
    assert isinstance(index, EdgeIndex)
    index.shard.close()  # a real engine fault: querying a closed shard raises inside qdrant-edge
    out = SearchEngine(settings, svc).search(SearchRequest("hiking boots"))
    assert out.mode == "db-fallback" and out.notice and "failed" in out.notice and out.hits
