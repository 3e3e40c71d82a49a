"""Catalog tools: ``search_products`` and ``get_product`` (every role may call them).

Thin wrappers over ``knowledge.search``: the search runs in a worker thread (the embedding model and the DB read are
blocking), and every figure in the output comes from the store DB.
"""

from __future__ import annotations

import asyncio

from knowledge.search import SearchRequest, get_engine, product_detail
from shopkeeper.errors import InputRejected, NotFound
from tools.base import ALL_ROLES, ToolContext, tool
from tools.catalog_models import GetProductInput, ProductDetail, SearchInput, SearchOutput


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
