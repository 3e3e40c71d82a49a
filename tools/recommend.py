"""Recommendation tools over the knowledge graph: cross-sell, upsell within a budget, frequently bought together.

Every item is in stock and carries a reason in the shopper's language built from real evidence (shared attributes,
orders that held both, a plainly better attribute). Every role may call them; they only read the store.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from knowledge.db import session_scope
from knowledge.graph_query import Recommendation, bought_together, cross_sell, upsell
from tools.base import ALL_ROLES, ToolContext, tool


class BasketInput(BaseModel):
    product_ids: list[int] = Field(min_length=1, max_length=20)  # what the shopper has, is buying or looks at
    language: str | None = None
    limit: int = Field(3, ge=1, le=20)
    exclude_ids: list[int] = Field(default_factory=list, max_length=200)  # already offered or shown


class UpsellInput(BaseModel):
    product_id: int
    budget_max: Decimal | None = Field(None, gt=0)  # the shopper's stated budget, in the product's currency
    language: str | None = None
    limit: int = Field(1, ge=1, le=10)


class RecommendedItem(BaseModel):
    """A product card plus why it is offered; field names match ``tools.catalog_models.ProductHit``."""

    product_id: int
    sku: str
    title: str
    category: str | None = None
    price: Decimal
    currency: str
    stock_qty: int
    in_stock: bool
    location: str | None = None
    rating: float | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)
    rel: str  # complements | bought_with | popular | upsell
    base_product_id: int
    reason: str
    evidence: dict[str, Any] = Field(default_factory=dict)


class RecommendOutput(BaseModel):
    language: str
    items: list[RecommendedItem] = Field(default_factory=list)


def _item(r: Recommendation) -> RecommendedItem:
    c = r.card
    return RecommendedItem(product_id=c.product_id, sku=c.sku, title=c.title, category=c.category, price=c.price,
                           currency=c.currency, stock_qty=c.stock_qty, in_stock=c.in_stock, location=c.location,
                           rating=c.rating, attributes=c.attributes, rel=r.rel, base_product_id=r.base_product_id,
                           reason=r.reason, evidence=r.evidence)


def _basket(db_url: str, which: str, data: BasketInput, lang: str) -> list[RecommendedItem]:
    fn = cross_sell if which == "cross_sell" else bought_together
    with session_scope(db_url) as session:
        return [_item(r) for r in fn(session, list(data.product_ids), lang, data.limit, set(data.exclude_ids))]


@tool(
    "recommend_cross_sell",
    roles=ALL_ROLES,
    description="What goes with the given products (complements): in-stock items from categories shoppers buy "
    "with them, preferring ones that share attributes (waterproof, same sizes), each with a reason.",
)
async def recommend_cross_sell(input: BasketInput, ctx: ToolContext) -> RecommendOutput:
    lang = input.language or ctx.locale or "en"
    items = await asyncio.to_thread(_basket, ctx.svc().db_url, "cross_sell", input, lang)
    return RecommendOutput(language=lang, items=items)


@tool(
    "recommend_bought_together",
    roles=ALL_ROLES,
    description="Frequently bought together: in-stock products other shoppers bought with the given ones, with how "
    "many did.",
)
async def recommend_bought_together(input: BasketInput, ctx: ToolContext) -> RecommendOutput:
    lang = input.language or ctx.locale or "en"
    items = await asyncio.to_thread(_basket, ctx.svc().db_url, "bought_together", input, lang)
    return RecommendOutput(language=lang, items=items)


def _upsell(db_url: str, data: UpsellInput, lang: str) -> list[RecommendedItem]:
    with session_scope(db_url) as session:
        return [_item(r) for r in upsell(session, data.product_id, lang, data.budget_max, data.limit)]


@tool(
    "recommend_upsell",
    roles=ALL_ROLES,
    description="A better alternative to a product within the shopper's budget: a similar in-stock product that is "
    "plainly better (a feature it lacks, a larger figure, a higher rating), each with what is better.",
)
async def recommend_upsell(input: UpsellInput, ctx: ToolContext) -> RecommendOutput:
    lang = input.language or ctx.locale or "en"
    items = await asyncio.to_thread(_upsell, ctx.svc().db_url, input, lang)
    return RecommendOutput(language=lang, items=items)
