"""Issue 10: exclusions with their real scope reach the index, in the words or as structured fields of the request."""

from __future__ import annotations

import pytest

from tests.knowledge.search_support import indexed_demo, services_for
from tools.base import Role, ToolContext
from tools.catalog import search_products


@pytest.fixture(scope="module")
def ctx(demo_db_url: str) -> ToolContext:
    settings = indexed_demo(demo_db_url)
    return ToolContext(role=Role.SHOPPER, settings=settings, services=services_for(settings))


@pytest.mark.parametrize("query", ["瑜伽垫不要PVC的", "yoga mat, no PVC please", "коврик для йоги не из ПВХ"])
async def test_no_pvc_means_no_pvc_mat(ctx: ToolContext, query: str) -> None:
    out = await search_products({"query": query, "limit": 6}, ctx)
    assert out.hits
    assert all(h.attributes.get("material") != "pvc" for h in out.hits)
    # The small test store has one mat of another material: it comes first, and no PVC mat anywhere.
    assert any(w in out.hits[0].title.lower() for w in ("yoga mat", "瑜伽垫", "коврик")), out.hits[0].title


@pytest.mark.parametrize("query", ["jacket, not leather and not black", "куртка не кожаная и не черная",
                                   "夹克，不要皮的，也不要黑色"])
async def test_both_exclusions_apply(ctx: ToolContext, query: str) -> None:
    out = await search_products({"query": query, "limit": 8}, ctx)
    assert out.hits
    for h in out.hits:
        assert h.attributes.get("colour") != "black" and h.attributes.get("material") != "leather"


async def test_structured_fields_carry_a_request_the_words_no_longer_hold(ctx: ToolContext) -> None:
    # The follow-up "only waterproof ones, not black" arrives as fields beside the previous turn's words.
    out = await search_products({"query": "tent", "limit": 6, "attributes": {"waterproof": True},
                                 "exclude_attrs": {"colour": ["black"]}, "exclude_terms": ["black"]}, ctx)
    assert out.hits
    assert out.parsed.attributes.get("waterproof") is True
    assert out.hits[0].attributes.get("waterproof") is True
    assert all(h.attributes.get("colour") != "black" for h in out.hits)
