"""Input and output models of the catalog tools, shared by search, journeys and channels (product cards)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field


class ParsedQuery(BaseModel):
    """What search understood from the shopper's words; shown back so a shopper can see why results match."""

    text: str = Field(description="the query with price phrases, negations and filters removed")
    language: str = "en"
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    currency: str | None = None  # currency the shopper named ("руб" -> RUB), before conversion
    category: str | None = None  # category path prefix
    brand: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)  # {"waterproof": True, "colour": "blue"}
    exclude_terms: list[str] = Field(default_factory=list)  # negations: "not leather" -> ["leather"]
    # Kinds of thing refused: "not a tent", "he already has a backpack", "别推耳机" -> their category paths.
    exclude_categories: list[str] = Field(default_factory=list)
    corrected: str | None = None  # typo-corrected query when it differed
    # "need" | "gift": no category word was written; ``category`` was read from a need, a use or a gift's interests
    # through the category profiles (knowledge/needs.py), with ``need_score`` its similarity.
    need: str | None = None
    need_score: float | None = None
    # A short request for a thing with no category word: how close it is to the nearest category name of the store
    # (``CategoryProfiles.name_fit``); far from all of them means the store does not sell that kind of thing.
    name_fit: float | None = None
    # The kind of thing the request asks for ("need a washing machine that fits under the counter" -> "washing
    # machine", ``knowledge.wanted``; a short request's own words) when the store does not sell it: far from every
    # category name, whatever the rest of the message shares with the catalog. None when it does, or names none.
    wanted: str | None = None


class SearchInput(BaseModel):
    query: str = Field(min_length=1, max_length=2000, description="the shopper's words, any language")
    language: str | None = Field(default=None, description="en, ru or zh; detected when missing")
    limit: int = Field(default=8, ge=1, le=50)
    price_min: Decimal | None = Field(default=None, ge=0)
    price_max: Decimal | None = Field(default=None, ge=0)
    category: str | None = None
    brand: str | None = None
    in_stock_only: bool = False
    exclude_ids: list[int] = Field(default_factory=list)
    # A structured request carried from an earlier turn ("tent" -> "only waterproof ones"): added to what the words
    # of ``query`` say. Attributes re-rank; exclusions filter ("not leather and not black").
    attributes: dict[str, Any] = Field(default_factory=dict)
    exclude_terms: list[str] = Field(default_factory=list, max_length=20)
    exclude_attrs: dict[str, list[Any]] = Field(default_factory=dict)
    said: str | None = Field(default=None, max_length=4000,
                             description="the shopper's message as written, when query is a cleaned form of it")


class ProductHit(BaseModel):
    """One product as shown to a shopper: every figure here comes from the store DB."""

    product_id: int
    sku: str
    title: str  # in the asked language when the catalog has it
    brand: str | None = None
    category: str | None = None  # display name of the category
    price: Decimal
    currency: str
    in_stock: bool
    stock_qty: int
    location: str | None = None  # "Aisle 4, shelf B" in the store
    attributes: dict[str, Any] = Field(default_factory=dict)
    image_url: str | None = None
    rating: float | None = None
    score: float = 0.0
    reason: str = ""  # short reason it matched: "waterproof · under 120 · in stock"


class SearchOutput(BaseModel):
    hits: list[ProductHit]
    parsed: ParsedQuery
    mode: str = "hybrid"  # hybrid | dense | bm25 | db-fallback
    took_ms: float = 0.0
    notice: str | None = None  # e.g. "search index missing: showing a simpler keyword search"
    # The top hit matches neither the category or attributes asked for nor any word of the request: a list to offer
    # as a guess (a question back), never as the answer.
    low_confidence: bool = False


class GetProductInput(BaseModel):
    product_id: int | None = None
    sku: str | None = None
    language: str | None = None


class ProductDetail(ProductHit):
    description: str = ""
    variants: list[dict[str, Any]] = Field(default_factory=list)
    complements: list[ProductHit] = Field(default_factory=list)


class CategoryFacts(BaseModel):
    category: str  # the category path ("outdoor/camping/tents")
    name: str  # its display name in the asked language
    count: int  # products of the category that fit the asked attributes and prices
    in_stock: int  # of those, how many have stock
    currency: str
    price_min: Decimal
    price_max: Decimal
    price_difference: Decimal  # price_max - price_min
    cheapest: ProductHit
    dearest: ProductHit
    attributes: dict[str, Any] = Field(default_factory=dict)  # what was asked for ("waterproof": true)
    excluded: dict[str, list[Any]] = Field(default_factory=dict)  # what was asked against


class CategoryFactsInput(BaseModel):
    query: str = Field(min_length=1, max_length=2000, description="the shopper's words naming a kind of product")
    language: str | None = Field(default=None, description="en, ru or zh; the shopper's")
    # The kind when the words name none ("...than the ones that are not waterproof": the other side's category).
    category: str | None = Field(default=None, max_length=400, description="a category path to use if the words "
                                 "name no category")
    # Yes/no attributes the products must not have ("normal coffee" against "decaf coffee": not decaf), or values
    # as "key=value" ("regular socks" against "merino socks": material=merino).
    without: list[str] = Field(default_factory=list, max_length=20)
    price_min: Decimal | None = Field(default=None, ge=0)
    price_max: Decimal | None = Field(default=None, ge=0)


class CategoryFactsOutput(BaseModel):
    parsed: ParsedQuery
    # None: the words name no category of the store, or nothing in it fits what was asked.
    facts: CategoryFacts | None = None
