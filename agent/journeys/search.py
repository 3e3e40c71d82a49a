"""Search journey: find products, follow up on what was shown ("cheaper", "in blue"), say so when nothing fits.

Follow-ups reuse the last search's words and filters. "Cheaper" keeps every new result below the cheapest price
shown before (unless understanding already set a price limit), and never repeats the products already shown.
Low confidence shows what a search found and asks a clarifying question instead of guessing.
A question that names a particular product or brand ("do you have the Zorblax Hyperboots 9000?") is resolved first
(``agent.journeys.names``): one the store does not have is said so, with the nearest real items offered as such;
one it has comes first among the results, with its own facts.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from agent.journeys import names
from agent.journeys.base import TurnView, call, dump, fault_result, hit_line, products_event
from agent.state import JourneyResult
from tools.catalog_models import SearchInput

SHOW = 6
PINNED = 3  # products a name question resolved to, shown first


def _follow_up_slots(view: TurnView) -> tuple[dict[str, Any], Decimal | None]:
    """This turn's slots merged over the last search's, and the "cheaper than" bound when there is one."""
    u = view.understanding
    slots = u.slots.model_dump(exclude_none=True, exclude_defaults=True)
    last = view.last_slots
    cheaper_than: Decimal | None = None
    follow = u.is_follow_up or u.slots.refine is not None
    if follow and last:
        merged = {k: v for k, v in last.items() if k in ("query", "price_min", "price_max", "category", "brand",
                                                          "attributes", "exclude_terms", "exclude_attrs",
                                                          "currency")}
        merged.update({k: v for k, v in slots.items() if k not in ("refine", "ordinal")})
        slots = merged
    if u.slots.refine == "cheaper" and view.shown_prices:
        cheaper_than = min(view.shown_prices)
        if u.slots.price_max is None or Decimal(str(u.slots.price_max)) >= cheaper_than:
            slots["price_max"] = str(cheaper_than - Decimal("0.01"))
        slots.pop("price_min", None)
    if u.slots.refine == "pricier" and view.shown_prices:
        slots["price_min"] = str(max(view.shown_prices) + Decimal("0.01"))
        slots.pop("price_max", None)
    return slots, cheaper_than


def _carried_attributes(slots: dict[str, Any], follow: bool) -> dict[str, Any]:
    attrs = dict(slots.get("attributes") or {})
    if follow:
        return attrs
    # A fresh turn's words are parsed again by search (with the store's own lexicon); only what the cleaned words
    # lost -- a negation read as a flag -- has to travel beside them.
    return {k: v for k, v in attrs.items() if v is False or k.endswith("_free")}


def _keep_wanted(hits: list[dict[str, Any]], wanted: dict[str, Any]) -> list[dict[str, Any]]:
    """A follow-up that adds a constraint ("only waterproof ones") is a filter when the store has what it asks:
    products that match more of the wanted attributes first, and none that contradict a wanted yes/no flag."""
    if not wanted:
        return hits

    def agree(h: dict[str, Any]) -> int:
        attrs = h.get("attributes") or {}
        return sum(1 for k, v in wanted.items() if attrs.get(k) == v)

    def contradicts(h: dict[str, Any]) -> bool:
        attrs = h.get("attributes") or {}
        return any(isinstance(v, bool) and k in attrs and attrs[k] != v for k, v in wanted.items())

    kept = [h for h in hits if not contradicts(h)]
    return sorted(kept or hits, key=lambda h: -agree(h))


def _main_category(hits: list[dict[str, Any]]) -> str | None:
    top = [h.get("category") for h in hits[:3] if h.get("category")]
    return max(set(top), key=top.count) if top else None


async def run(view: TurnView, *, clarify: bool = False) -> JourneyResult:
    intent = "search"
    slots, cheaper_than = _follow_up_slots(view)
    query = str(slots.get("query") or view.text).strip() or view.text
    refining = view.understanding.slots.refine is not None
    # Shown products are dropped here rather than by the index filter: "cheaper" bounds the price anyway, and
    # this keeps follow-ups independent of how a given index implements id exclusion.
    # "Only waterproof ones" may well be among the products on screen: an attribute refinement shows them again.
    exclude = set(view.shown_ids) if refining and view.understanding.slots.refine != "attribute" else set()
    carried = _carried_attributes(slots, refining or view.understanding.is_follow_up)
    hard = {k: v for k, v in carried.items() if isinstance(v, bool)}  # "without sugar", "only waterproof": yes/no
    data = SearchInput(
        query=query[:2000],
        language=view.language,
        limit=SHOW * 4 if refining or hard else SHOW,
        price_min=slots.get("price_min"),
        price_max=slots.get("price_max"),
        category=slots.get("category"),
        brand=slots.get("brand"),
        # The structured request: exclusions always (the words sent no longer hold them); wanted attributes from
        # earlier turns, or those the words sent no longer hold ("без сахара" -> sugar_free, "not wireless").
        attributes=carried,
        exclude_terms=list(slots.get("exclude_terms") or [])[:20],
        exclude_attrs=dict(slots.get("exclude_attrs") or {}),
    )
    pinned: list[dict[str, Any]] = []
    try:
        named = None if refining else await names.resolve(view)
        if named is not None and named.status in names.UNKNOWN:
            return await names.unknown_name_result(view, named, intent)
        if named is not None and named.product_ids:
            pinned = await names.product_cards(view, named.product_ids[:PINNED])
        out = await call(view, "search_products", data)
    except Exception as exc:  # every fault becomes a safe reply; the next turn works
        return fault_result(exc, intent)
    hits = [dump(h) for h in out.hits if h.product_id not in exclude]
    if cheaper_than is not None:
        # The promise of "cheaper" is kept in code, whatever the ranking returned.
        hits = [h for h in hits if Decimal(str(h["price"])) < cheaper_than]
    kind_of = view.last_slots.get("shown_category")
    if refining and kind_of:
        # "Cheaper ones" means more of the same kind: keep the category of what was shown when any match it.
        # None of that kind left means "nothing cheaper": say so rather than show something else.
        hits = [h for h in hits if h.get("category") == kind_of]
    if view.understanding.slots.refine == "attribute":
        hits = _keep_wanted(hits, dict(slots.get("attributes") or {}))
    elif hard:
        hits = _keep_wanted(hits, hard)
    if pinned:
        # The product the shopper named comes first, with its own facts, wherever the ranking put it.
        named_ids = {h["product_id"] for h in pinned}
        hits = pinned + [h for h in hits if h["product_id"] not in named_ids]
    hits = hits[:SHOW]
    notices = [out.notice] if out.notice else []
    # The shopper's words (a reply may quote them) and the named products shown first are facts too.
    facts = [dump(out), {"query": query}] + ([{"pinned": pinned}] if pinned else [])
    remember = {k: v for k, v in slots.items() if k not in ("refine", "ordinal")}
    remember["query"] = query
    if not hits:
        return JourneyResult(
            intent=intent, kind="search_empty", facts=facts, notices=notices, failed=True,
            data={"query": query, "price_max": data.price_max, "currency": out.parsed.currency},
            fact_lines=[f"No products found for: {query}"], slots=remember, tools=["search_products"],
        )
    currency = hits[0]["currency"]
    remember["shown_category"] = _main_category(hits) or kind_of
    kind = "search_clarify" if clarify else "search_results"
    payload = {"query": query, "hits": hits, "currency": currency,
               "cheaper_than": str(cheaper_than) if cheaper_than is not None else None}
    if cheaper_than is not None:
        facts.append({"cheaper_than": str(cheaper_than), "currency": currency})
    return JourneyResult(
        intent=intent,
        kind=kind,
        data=payload,
        facts=facts,
        fact_lines=[hit_line(h) for h in hits[:4]],
        events=[products_event(hits, title=query)],
        notices=notices,
        failed=clarify,
        shown=[(int(h["product_id"]), str(h["price"])) for h in hits],
        slots=remember,
        tools=["search_products"],
    )
