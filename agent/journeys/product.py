"""Product questions and comparisons about what was shown ("the second one", "compare the first two").

A question that names a product ("how much is the Northpeak Summit boots?") is resolved first (``resolve_name``):
a name the store has gives that product; one it does not have gives a "we don't have it" reply with the nearest real
items as such, never another product's facts. Otherwise the products come from the conversation (ids shown before,
picked by ordinal), else from a search on the words. Every figure comes from ``get_product``.
"""

from __future__ import annotations

from agent.journeys import names
from agent.journeys.base import TurnView, call, dump, fault_result, hit_line, products_event
from agent.state import JourneyResult
from tools.catalog_models import GetProductInput, SearchInput


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
        named = None if compare else await names.resolve(view)
        if named is not None and named.status in names.UNKNOWN:
            return await names.unknown_name_result(view, named, intent)
        if named is not None and named.product_ids:
            ids = named.product_ids[:1]
        else:
            ids = await pick_products(view, 2 if compare else 1)
        if not ids:
            return JourneyResult(intent=intent, kind="product_unknown", llm_ok=False, failed=True)
        details = [dump(await call(view, "get_product", GetProductInput(product_id=i, language=view.language)))
                   for i in ids]
    except Exception as exc:
        return fault_result(exc, intent)
    for d in details:
        d.pop("complements", None)  # not this turn's subject: keep them out of the facts and the prompt
    lines = [hit_line(d) for d in details]
    if not compare:
        desc = (details[0].get("description") or "")[:300]
        if desc:
            lines.append(f"description: {desc}")
        attrs = details[0].get("attributes") or {}
        if attrs:
            lines.append("attributes: " + ", ".join(f"{k}={v}" for k, v in list(attrs.items())[:8]))
    return JourneyResult(
        intent=intent,
        kind="compare" if compare else "product_detail",
        data={"products": details} if compare else {"product": details[0]},
        facts=details,
        fact_lines=lines,
        events=[products_event(details)],
        tools=["get_product"],
    )
