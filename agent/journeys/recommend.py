"""Recommend journey: one suggestion per turn, with its reason, and none while the shopper is upset.

The base product is the one the shopper points at (ordinal among those shown, else the first shown, else a search's
top hit: "what goes with a tent?" searches "tent"). With a stated budget ("something better under $300") the
suggestion is an upsell (tools.recommend ``recommend_upsell``); otherwise a complement (``recommend_cross_sell``),
falling back to "frequently bought together". Products already on screen are not offered again.
"""

from __future__ import annotations

from typing import Any

import tools.recommend  # noqa: F401  (registers the recommend_* tools)
from agent.journeys.base import TurnView, call, dump, fault_result, hit_line, products_event
from agent.journeys.product import pick_products
from agent.state import JourneyResult
from tools.base import Role
from tools.catalog_models import GetProductInput
from tools.experiments.hooks import variant_config
from tools.recommend import BasketInput, UpsellInput

MAX_SUGGESTIONS = 1  # issue 11: at most one suggestion per turn
# The tools fill a short list with best sellers when nothing pairs with the product; the reply says "shoppers often
# take" with it, which a best seller alone does not show, so the journey offers only items that pair with it.
PAIRED = ("complements", "bought_with")
# The order in which complement sources are tried; an A/B experiment's ``upsell_strategy`` may pick another.
STRATEGIES: dict[str, tuple[str, ...]] = {
    "complements_first": ("recommend_cross_sell", "recommend_bought_together"),
    "bought_together_first": ("recommend_bought_together", "recommend_cross_sell"),
}
DEFAULT_STRATEGY = "complements_first"


def strategy_of(view: TurnView) -> str:
    """This session's upsell strategy: a running experiment's variant for shoppers, else the default."""
    if view.role != Role.SHOPPER:
        return DEFAULT_STRATEGY
    found = variant_config(view.tool_ctx.settings, view.tool_ctx.session_id, "upsell_strategy")
    if found is None or found[2] not in STRATEGIES:
        return DEFAULT_STRATEGY  # an unknown value in a definition must not change what shoppers see
    return str(found[2])


async def _suggest(view: TurnView, base_id: int) -> tuple[str, list[dict[str, Any]], list[str]]:
    """(mode, items, tools called) for the base product."""
    exclude = [i for i in view.shown_ids if i != base_id]
    budget = view.understanding.slots.price_max
    used: list[str] = []
    if budget is not None:
        out = await call(view, "recommend_upsell", UpsellInput(product_id=base_id, budget_max=budget,
                                                                language=view.language, limit=MAX_SUGGESTIONS))
        used.append("recommend_upsell")
        if out.items:
            return "upsell", [dump(i) for i in out.items], used
    for name in STRATEGIES[strategy_of(view)]:
        out = await call(view, name, BasketInput(product_ids=[base_id], language=view.language,
                                                 limit=MAX_SUGGESTIONS + 2, exclude_ids=exclude))
        used.append(name)
        paired = [dump(i) for i in out.items if i.rel in PAIRED]
        if paired:
            return "cross_sell", paired[:MAX_SUGGESTIONS], used
    return "cross_sell", [], used


async def run(view: TurnView) -> JourneyResult:
    intent = "recommend"
    if view.understanding.sentiment.label == "negative":
        # Selling to an upset shopper costs trust: help first (the support and escalate journeys do that). A neutral
        # message keeps a small signed score ("gift for my dad under 50": -0.004): no reason to stop helping.
        return JourneyResult(intent=intent, kind="recommend_paused", llm_ok=False)
    try:
        ids = await pick_products(view, 1)
        if not ids:
            return JourneyResult(intent=intent, kind="product_unknown", llm_ok=False, failed=True)
        base = dump(await call(view, "get_product", GetProductInput(product_id=ids[0], language=view.language)))
        mode, hits, used = await _suggest(view, int(base["product_id"]))
    except Exception as exc:
        return fault_result(exc, intent)
    hits = hits[:MAX_SUGGESTIONS]
    base.pop("complements", None)
    base_fact = {k: base[k] for k in ("product_id", "title", "price", "currency", "in_stock", "stock_qty")}
    data = {"base_title": base["title"], "hits": hits, "mode": mode}
    tools_used = ["get_product", *used]
    budget = view.understanding.slots.price_max
    # The shopper's own budget, quoted back in an upsell's reason ("within your budget of $300").
    budget_fact = [{"price_max": str(budget), "currency": base["currency"]}] if mode == "upsell" and budget else []
    if not hits:
        return JourneyResult(intent=intent, kind="recommend", data=data, facts=[base_fact], failed=True,
                             fact_lines=[f"no suggestion known for {base['title']}"], tools=tools_used)
    return JourneyResult(
        intent=intent,
        kind="recommend",
        data=data,
        facts=[base_fact, {"suggestions": hits}, *budget_fact],
        fact_lines=[f"{'better than' if mode == 'upsell' else 'goes with'}: {base['title']}"]
        + [f"{hit_line(h)} | why: {h['reason']}" for h in hits],
        events=[products_event(hits, title=base["title"])],
        shown=[(int(h["product_id"]), str(h["price"])) for h in hits],
        tools=tools_used,
    )
