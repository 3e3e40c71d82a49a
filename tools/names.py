"""Name tools: does the store have the product, brand or policy the shopper named? (every role may call them)

``resolve_name`` scores the named words against every product's titles (en/ru/zh), brand and category
(``knowledge.names``) and says ``known`` (with the products), ``unknown_product``, ``unknown_brand`` (with the
brands the store has there) or ``generic`` (no particular thing named: search as usual). ``resolve_policy`` does the
same for policies ("price match policy", "lifetime warranty"). The decision threshold comes from settings
(``SHOPKEEPER_SEARCH__NAME_THRESHOLD``), measured by ``python -m evals unknown_names``.
"""

from __future__ import annotations

import asyncio

from pydantic import BaseModel, Field

from knowledge.names import NameResolution, resolve_name
from knowledge.needs import DESCRIBED_THING
from knowledge.policy_names import PolicyResolution, resolve_policy, store_policies
from knowledge.search import get_engine
from knowledge.text import normalize
from tools.base import ALL_ROLES, ToolContext, tool

__all__ = ["NameResolution", "PolicyResolution", "ResolveNameInput", "ResolvePolicyInput", "resolve_name_tool",
           "resolve_policy_tool"]


class ResolveNameInput(BaseModel):
    text: str = Field(min_length=1, max_length=2000, description="the shopper's question or the name itself")
    name: str | None = Field(default=None, max_length=300,
                             description="the named words when already cut out; else taken from the text")


class ResolvePolicyInput(BaseModel):
    text: str = Field(min_length=1, max_length=2000, description="the shopper's question")
    language: str | None = Field(default=None, description="en, ru or zh: the language of the policy titles")


@tool(
    "resolve_name",
    roles=ALL_ROLES,
    description="Whether the store has the product or brand the shopper named: known (with product ids), "
    "unknown_product, unknown_brand (with the brands it carries there) or generic (no particular thing named).",
)
async def resolve_name_tool(data: ResolveNameInput, ctx: ToolContext) -> NameResolution:
    threshold = ctx.settings.search.name_threshold
    lexicon = get_engine(ctx.svc()).lexicon

    def kind_words(words: str) -> bool:
        return any(e.kind in ("category", "attr") for e, _, _ in lexicon().match(normalize(words)))

    # A thing told by its use ("烧水的那个壶", "the thing that keeps soup warm") is a kind the store has, no name.
    if DESCRIBED_THING.search(data.name or data.text):
        kinds = await asyncio.to_thread(get_engine(ctx.svc()).use_kinds, data.name or data.text)
        if kinds:
            return NameResolution(name=(data.name or data.text)[:200], status="generic", category=kinds[0])
    # A kind's word misspelt ("a flashlite under 20") names that kind, no product the store lacks.
    text = lexicon().spell_kinds(data.text)
    name = lexicon().spell_kinds(data.name) if data.name else data.name
    return await asyncio.to_thread(resolve_name, ctx.svc().db_url, text, threshold=threshold, name=name,
                                   kind_words=kind_words)


def _resolve_policy(db_url: str, text: str, language: str) -> PolicyResolution:
    return resolve_policy(text, store_policies(db_url, language))


@tool(
    "resolve_policy",
    roles=ALL_ROLES,
    description="Whether the store has the policy the shopper named (\"price match policy\", \"lifetime warranty\"), "
    "with the store's own policies.",
)
async def resolve_policy_tool(data: ResolvePolicyInput, ctx: ToolContext) -> PolicyResolution:
    language = data.language or ctx.locale or "en"
    return await asyncio.to_thread(_resolve_policy, ctx.svc().db_url, data.text, language)
