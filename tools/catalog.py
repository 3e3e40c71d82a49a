"""Catalog tools: ``search_products``, ``get_product`` and ``category_facts`` (every role may call them).

Thin wrappers over ``knowledge.search``: the search runs in a worker thread (the embedding model and the DB read are
blocking), and every figure in the output comes from the store DB.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

from knowledge.category_facts import category_facts
from knowledge.search import SearchRequest, get_engine, product_detail
from shopkeeper.errors import InputRejected, NotFound
from tools.base import ALL_ROLES, ToolContext, tool
from tools.catalog_models import (
    CategoryFactsInput,
    CategoryFactsOutput,
    GetProductInput,
    ProductDetail,
    SearchInput,
    SearchOutput,
)


@tool(
    "search_products",
    roles=ALL_ROLES,
    description="Find products by the shopper's words in any language (price limits, attributes, negations are "
    "understood). Returns products with real price, stock, shelf location and why each matched.",
)
async def search_products(input: SearchInput, ctx: ToolContext) -> SearchOutput:
    engine = get_engine(ctx.svc())
    req = SearchRequest(
        query=input.query,
        language=input.language,
        limit=input.limit,
        price_min=input.price_min,
        price_max=input.price_max,
        category=input.category,
        brand=input.brand,
        in_stock_only=input.in_stock_only,
        exclude_ids=list(input.exclude_ids),
        attributes=dict(input.attributes),
        exclude_terms=list(input.exclude_terms),
        exclude_attrs={k: list(v) for k, v in input.exclude_attrs.items()},
        said=input.said,
    )
    return await asyncio.to_thread(engine.search, req)


@tool(
    "get_product",
    roles=ALL_ROLES,
    description="One product by id or SKU: price, stock, location, description, variants and what goes with it.",
)
async def get_product(input: GetProductInput, ctx: ToolContext) -> ProductDetail:
    if input.product_id is None and not input.sku:
        raise InputRejected("give a product id or a SKU")
    language = input.language or ctx.locale or "en"
    detail = await asyncio.to_thread(product_detail, ctx.svc().db_url, input.product_id, input.sku, language)
    if detail is None:
        raise NotFound(f"no product {input.product_id or input.sku!r} in the store")
    return detail


@tool(
    "category_facts",
    roles=ALL_ROLES,
    description="Facts about a kind of product as a whole, from the shopper's words ('how much are tents', 'your "
    "most expensive backpack', 'how many board games'): how many the store has, the cheapest and the most "
    "expensive with their prices, the price range. Attributes and price limits in the words are applied.",
)
async def category_facts_tool(input: CategoryFactsInput, ctx: ToolContext) -> CategoryFactsOutput:
    engine = get_engine(ctx.svc())
    language = input.language or ctx.locale or "en"
    req = SearchRequest(query=input.query, language=language, limit=3, price_min=input.price_min,
                        price_max=input.price_max)

    def read() -> CategoryFactsOutput:
        parsed, excluded = engine.parse(req)
        category = parsed.category or input.category or _category_of_top_hits(engine, req, ctx.svc().db_url)
        if category is None:
            return CategoryFactsOutput(parsed=parsed)
        against = {k: list(v) for k, v in excluded.items()}
        for flag in input.without:
            key, _, value = flag.partition("=")
            against.setdefault(key, []).append(value if value else True)
        facts = category_facts(ctx.svc().db_url, category, language, attributes=parsed.attributes,
                               excluded=against, exclude_terms=parsed.exclude_terms, brand=parsed.brand,
                               price_min=parsed.price_min, price_max=parsed.price_max)
        return CategoryFactsOutput(parsed=parsed, facts=facts)

    return await asyncio.to_thread(read)


def _category_of_top_hits(engine: Any, req: SearchRequest, db_url: str) -> str | None:
    """The words name no category the parser knows ("jump ropes" written another way): the category two of the top
    three search hits share, if they share one."""
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Category, Product

    out = engine.search(SearchRequest(query=req.query, language=req.language, limit=3))
    ids = [h.product_id for h in out.hits[:3]]
    if len(ids) < 2:
        return None
    with session_scope(db_url) as s:
        paths = list(s.scalars(select(Category.path).join(Product, Product.category_id == Category.id)
                               .where(Product.id.in_(ids))))
    top = Counter(paths).most_common(1)
    return top[0][0] if top and top[0][1] >= 2 else None
