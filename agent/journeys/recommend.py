"""Recommend journey: what goes with a product (cross-sell), from the knowledge graph's complement edges.

The base product is the one the shopper points at (ordinal among those shown, else the first shown, else a
search's top hit); its complements come from ``get_product`` (the graph, via knowledge.store), each with the
reason stored on the edge ("keeps the tent dry").
"""

from __future__ import annotations

from agent.journeys.base import TurnView, call, dump, fault_result, hit_line, products_event
from agent.journeys.product import pick_products
from agent.state import JourneyResult
from tools.catalog_models import GetProductInput


async def run(view: TurnView) -> JourneyResult:
    intent = "recommend"
    try:
        ids = await pick_products(view, 1)
        if not ids:
            return JourneyResult(intent=intent, kind="product_unknown", llm_ok=False, failed=True)
        base = dump(await call(view, "get_product", GetProductInput(product_id=ids[0], language=view.language)))
    except Exception as exc:
        return fault_result(exc, intent)
    hits = list(base.get("complements") or [])
    base_fact = {k: base[k] for k in ("product_id", "title", "price", "currency", "in_stock", "stock_qty")}
    data = {"base_title": base["title"], "hits": hits}
    if not hits:
        return JourneyResult(intent=intent, kind="recommend", data=data, facts=[base_fact], failed=True,
                             fact_lines=[f"no complements known for {base['title']}"], tools=["get_product"])
    return JourneyResult(
        intent=intent,
        kind="recommend",
        data=data,
        facts=[base_fact, {"complements": hits}],
        fact_lines=[f"goes with: {base['title']}"] + [hit_line(h) + (f" | why: {h['reason']}" if h.get("reason")
                                                                      else "") for h in hits[:3]],
        events=[products_event(hits, title=base["title"])],
        shown=[(int(h["product_id"]), str(h["price"])) for h in hits],
        tools=["get_product"],
    )
