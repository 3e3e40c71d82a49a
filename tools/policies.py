"""Policy tools: the store's returns, delivery, warranty and store-information policies, text plus figures.

The structured ``fields`` ({"return_days": 30, "standard_days": [3, 5]}) are what a reply may quote; the text is
there for the shopper to read. A policy missing in the asked language falls back to English.
"""

from __future__ import annotations

import asyncio
from typing import Any, Literal

from pydantic import BaseModel, Field

from knowledge.db import session_scope
from knowledge.store import category_mentioned, get_policies
from shopkeeper.errors import NotFound
from tools.base import ALL_ROLES, ToolContext, tool

PolicyKind = Literal["returns", "delivery", "warranty", "store_info"]


class PolicyInput(BaseModel):
    kind: PolicyKind = Field(description="returns, delivery, warranty or store_info")
    language: str | None = Field(default=None, description="en, ru or zh")
    category: str | None = Field(default=None, description="category path, for category-specific rules")
    about: str | None = Field(default=None, max_length=2000,
                              description="the shopper's words: when no category is given, the category they name "
                                          "(e.g. headphones) selects its specific rule")


class PolicyOut(BaseModel):
    key: str
    kind: str
    language: str
    title: str
    body: str
    fields: dict[str, Any] = Field(default_factory=dict)
    category: str | None = None


class PolicyOutput(BaseModel):
    policies: list[PolicyOut]


def _load(db_url: str, kind: str, language: str, category: str | None, about: str | None = None
          ) -> list[PolicyOut]:
    with session_scope(db_url) as s:
        found = get_policies(s, kind, language)
        if category is None and about:
            category = category_mentioned(s, about)
    out = [
        PolicyOut(key=p.key, kind=p.kind, language=p.lang, title=p.title, body=p.body, fields=dict(p.fields),
                  category=p.category_path)
        for p in found
    ]
    general = [p for p in out if not p.category]
    if category:
        # Rules for the asked category first (e.g. electronics returns), then the general rule.
        specific = [p for p in out if p.category and category.startswith(p.category)]
        return specific + general or out
    return general + [p for p in out if p.category]


@tool(
    "get_policy",
    roles=ALL_ROLES,
    description="The store's policy of one kind (returns, delivery, warranty, store_info): text and figures.",
)
async def get_policy(data: PolicyInput, ctx: ToolContext) -> PolicyOutput:
    language = data.language or ctx.locale or "en"
    found = await asyncio.to_thread(_load, ctx.svc().db_url, data.kind, language, data.category, data.about)
    if not found:
        raise NotFound(f"no {data.kind} policy in this store", hint="import or write the store's policies")
    return PolicyOutput(policies=found)
