"""Product questions and comparisons about what was shown ("the second one", "compare the first two").

A question that names a product ("how much is the Northpeak Summit boots?") is resolved first (``resolve_name``):
a name the store has gives that product; one it does not have gives a "we don't have it" reply with the nearest real
items as such, never another product's facts. Otherwise the products come from the conversation (ids shown before,
picked by ordinal), else from a search on the words. Every figure comes from ``get_product``.

What the question asks (``asks.product_ask``: a size, a colour, stock, the price) is answered first by the template
(``templates.direct_answer``) and handed to the model as "answer first". A comparison that names two products the
store has compares those two, and says which is cheaper and by how much (the difference is a fact of the pair).
"""

from __future__ import annotations

import zlib
from dataclasses import replace
from typing import Any

from agent import templates
from agent.journeys import asks, names
from agent.journeys.base import TurnView, call, dump, fault_result, hit_line, products_event
from agent.state import JourneyResult
from tools.catalog_models import GetProductInput, SearchInput
from tools.names import NameResolution, ResolveNameInput


async def pick_products(view: TurnView, count: int) -> list[int]:
    """Ids the shopper refers to: by ordinal among those shown, else the first shown, else a search's top hits."""
    shown = view.shown_ids
    ordinal = view.understanding.slots.ordinal
    if shown:
        if ordinal and 1 <= ordinal <= len(shown):
            first = shown[ordinal - 1]
            return [first] + [i for i in shown if i != first][: count - 1]
        return shown[:count]
    query = view.understanding.slots.query
    if not query:
        return []
    out = await call(view, "search_products", SearchInput(query=query, language=view.language, limit=count))
    return [h.product_id for h in out.hits[:count]]


async def run(view: TurnView) -> JourneyResult:
    intent = view.understanding.intent.value
    compare = intent == "compare"
    try:
        # The name without the question's own words ("come in size 44" is no part of a boot's name).
        named = None if compare else await names.resolve(replace(view, text=asks.name_text(view.text) or view.text))
        if named is not None and named.status in names.UNKNOWN:
            return await names.unknown_name_result(view, named, intent)
        if named is not None and named.product_ids:
            ids = named.product_ids[:1]
        else:
            ids = (await named_pair(view) if compare else []) or await pick_products(view, 2 if compare else 1)
        if not ids:
            return JourneyResult(intent=intent, kind="product_unknown", llm_ok=False, failed=True)
        details = [dump(await call(view, "get_product", GetProductInput(product_id=i, language=view.language)))
                   for i in ids]
    except Exception as exc:
        return fault_result(exc, intent)
    for d in details:
        d.pop("complements", None)  # not this turn's subject: keep them out of the facts and the prompt
    seed = phrasing_seed(view)
    lines = [hit_line(d) for d in details]  # compose puts their locations in the shopper's language
    facts: list[dict[str, Any]] = list(details)
    if compare:
        data: dict[str, Any] = {"products": details, "variant": seed}
        diff = templates.price_difference(details)
        if diff is not None:
            facts.append(diff)  # the reply says by how much one is cheaper: that figure is a fact of this turn
            cheap = min(details[:2], key=lambda d: float(d["price"]))
            lines.append(f"cheaper: {cheap['title']}, by {diff['price_difference']} {diff['currency']}")
    else:
        ask = asks.product_ask(view.text, str(details[0].get("title") or ""))
        data = {"product": details[0], "variant": seed, "ask": ask.model_dump() if ask else None}
        if ask is not None:
            # The answer, worked out in code: the model phrases it rather than working it out from a size list.
            answer = templates.direct_answer(templates.lang_of(view.language), details[0], ask.model_dump(), seed)
            lines.append(f"answer first: {answer}")
        desc = (details[0].get("description") or "")[:300]
        if desc and ask is None:
            lines.append(f"description: {desc}")
        attrs = details[0].get("attributes") or {}
        if attrs:
            lines.append("attributes: " + ", ".join(f"{k}={v}" for k, v in list(attrs.items())[:8]))
    return JourneyResult(
        intent=intent,
        kind="compare" if compare else "product_detail",
        data=data,
        facts=facts,
        fact_lines=lines,
        events=[products_event(details)],
        tools=["get_product"],
    )


async def answer_if_named(view: TurnView) -> JourneyResult | None:
    """A product's direct answer for a turn routed elsewhere (search, clarify) that names one product the store has
    and asks something particular about it ("X есть в наличии?", "X有38码吗"); None otherwise, and on any fault (the
    journey it was routed to answers then)."""
    if asks.product_ask(view.text) is None:
        return None
    try:
        named = await names.resolve(replace(view, text=asks.name_text(view.text) or view.text))
    except Exception:  # a fault here must not cost the turn: the routed journey answers
        return None
    if named is None or named.status != "known" or not named.product_ids:
        return None
    result = await run(view)
    if result.kind != "product_detail":
        return None
    return result.model_copy(update={"intent": "product_question"})


async def named_pair(view: TurnView) -> list[int]:
    """The two products a comparison names ("which is cheaper, the A or the B?"), when the store has both; else []
    (the products shown before, or a search, are compared instead)."""
    slots = view.understanding.slots
    parts = asks.compare_parts(view.text)
    if not parts or slots.ordinal or view.understanding.is_follow_up:
        return []
    ids: list[int] = []
    for part in parts:
        # The tool itself, not ``names.resolve``: "which is cheaper" reads as a "cheaper" refinement there.
        res: NameResolution = await call(view, "resolve_name", ResolveNameInput(text=part[:2000]))
        if res.status != "known" or not res.product_ids:
            return []
        ids.append(next((i for i in res.product_ids if i not in ids), res.product_ids[0]))
    return ids if len(set(ids)) == 2 else []


def phrasing_seed(view: TurnView) -> int:
    """A number fixed by the session and the turn: which of a template's phrasings this reply uses."""
    key = f"{view.state.get('session_id') or ''}:{int(view.state.get('turns') or 0)}"
    return zlib.crc32(key.encode("utf-8"))
