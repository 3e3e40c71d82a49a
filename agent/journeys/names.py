"""Things the store does not have: a named product, brand or policy is resolved before anything is answered about it.

The product and search journeys ask ``resolve_name`` first when the shopper names something ("how much is the
Zorblax Hyperboots 9000?"). Unknown: the reply says the store does not have it, quoting the shopper's words, and
offers the nearest real items as such, each with its own facts; never another product's facts as the named one's.
A brand the store does not carry is said so with the brands it has in that category. The support journey does the
same for policies with ``resolve_policy``. These replies are templates (``llm_ok=False``): a small model handed
"nearest" items tends to present them as the thing asked for.
"""

from __future__ import annotations

import re
from typing import Any

from agent.journeys import asks
from agent.journeys.base import TurnView, call, dump, products_event
from agent.state import JourneyResult
from agent.templates import t
from knowledge.text import told_not_named
from tools.catalog_models import GetProductInput, SearchInput
from tools.names import NameResolution, PolicyResolution, ResolveNameInput, ResolvePolicyInput

UNKNOWN = ("unknown_product", "unknown_brand")
NEAREST = 3
_CARD_ONLY = ("description", "variants", "complements")




_ZH_FRAME_ONLY = re.compile(r"(?:请问|你们|您们|这里|店里|这边|有没有|有|卖|想买个?|想要|吗|呢|\s)*")


# A name quoted with more than a name around it: a clause after a comma ("мультиварку ищу недорогую, тыщ"), or a long
# run of words with no model word in it (a capitalised or numbered one is a name's).
_STORY_AROUND = re.compile(r"[,，;；]|^(?!.*(?:\b[A-ZА-Я]|\d))(?:\S+\s+){5,}\S")


async def resolve(view: TurnView) -> NameResolution | None:
    """What the turn names, when it names something particular; None for references ("the second one", "it"),
    follow-ups ("cheaper") and generic words ("waterproof boots")."""
    from agent.journeys.category_asks import names_something  # here: category_asks imports this module

    slots = view.understanding.slots
    if slots.ordinal or slots.refine or (view.understanding.is_follow_up
                                        and not names_something(view.text, strict=True)):
        return None
    res: NameResolution = await call(view, "resolve_name", ResolveNameInput(text=view.text[:2000]))
    return None if res.status == "generic" else res


async def product_cards(view: TurnView, ids: list[int]) -> list[dict[str, Any]]:
    """The named products as search hits (their own price, stock and location), in the order given."""
    cards = []
    for pid in ids:
        d = dump(await call(view, "get_product", GetProductInput(product_id=pid, language=view.language)))
        cards.append({k: v for k, v in d.items() if k not in _CARD_ONLY})
    return cards


async def _nearest(view: TurnView, res: NameResolution) -> list[dict[str, Any]]:
    """The store's nearest real items: of the named brand or category when there is one, else the search's best."""
    tries: list[dict[str, Any]] = []
    if res.brand:
        tries.append({"brand": res.brand})
    if res.category:
        tries.append({"category": res.category})
    tries.append({})
    for extra in tries:
        out = await call(view, "search_products",
                         SearchInput(query=(res.name or view.text)[:2000], language=view.language, limit=NEAREST,
                                     **extra))
        if out.hits:
            return [dump(h) for h in out.hits[:NEAREST]]
    return []


async def unknown_name_result(view: TurnView, res: NameResolution, intent: str, *,
                              kind: bool = False) -> JourneyResult:
    """ "We don't have X", with the nearest real items as such. ``kind``: X is a kind of thing the search found
    unsold ("red wine"), not a name: a message with "and" in it ("survives lunch and coffee") compares nothing."""
    if intent != "compare" and not kind and asks.compare_parts(view.text):
        # "Is the A lighter than the B?" taken as one name is no product: it names two. Compare them when the
        # store has both, or say which one it does not have, rather than quote the whole sentence as a name.
        from agent.journeys import product  # product imports this module

        pair = await product.compare_named(view)
        if pair is not None:
            return pair
    if res.status == "unknown_product":
        # "你们卖自行车吗" is a question about "自行车": the thing asked for is said back, not the question's frame
        # (only the frame is cut; a name's own words, a model number or a brand, always stay).
        from knowledge.wanted import wanted_phrases

        # (the whole message may frame it where the name alone does not: "你们卖空调吗" gives "空调" of "卖空调")
        own = wanted_phrases(res.name, view.language)
        framed = own if own else wanted_phrases(view.text, view.language)
        inside = [w for w in framed if w.lower() in res.name.lower()]
        thing = inside[0] if inside else own[0] if own else None
        if thing is not None and (_ZH_FRAME_ONLY.fullmatch(res.name.replace(thing, "", 1))
                                  or _STORY_AROUND.search(res.name)):
            # «мультиварку ищу недорогую, тыщ», "air fryer, the 5 quart": the thing, not the words around it.
            res = res.model_copy(update={"name": thing})
    hits = await _nearest(view, res)
    brand_unknown = res.status == "unknown_brand"
    category = res.category_names.get(view.language) or res.category_names.get("en") if res.category else None
    brands = res.brands_in_category if brand_unknown else []
    said = (res.unknown_brand or res.name) if brand_unknown else res.name
    data = {"name": said, "brand_unknown": brand_unknown, "category": category, "brands": brands, "hits": hits}
    lines = [f"the store does not have: {said}" + (" (a brand it does not carry)" if brand_unknown else "")]
    if brands:
        lines.append("brands the store carries" + (f" in {category}" if category else "") + ": " + ", ".join(brands))
    lines += [f"nearest item (NOT the named one): {h['title']} | {h['price']} {h['currency']}" for h in hits]
    # The nearest items are facts of their own, marked as not being the named thing.
    facts = [dump(res)] + [{**h, "nearest": True, "named": False} for h in hits]
    return JourneyResult(
        # failed: the shopper did not find what they asked for; repeated, that hands the session to a person.
        intent=intent, kind="name_unknown", data=data, facts=facts, fact_lines=lines, llm_ok=False, failed=True,
        events=[products_event(hits, title=t("name_nearest", view.language))] if hits else [],
        shown=[(int(h["product_id"]), str(h["price"])) for h in hits],
        slots=_kept_kind({"query": res.name, "unknown_name": res.name}, res, hits),
        tools=["resolve_name", "search_products"],
    )


def _kept_kind(slots: dict[str, Any], res: NameResolution, hits: list[dict[str, Any]]) -> dict[str, Any]:
    """The kind the named thing was of, when the store has that kind ("20000 хотя" among power banks): a follow-up
    ("а дешевле?") goes on with that kind, not with the unknown words alone."""
    slots = {**slots, "category": res.category} if res.category else dict(slots)
    shown = [h.get("category") for h in hits[:3] if h.get("category")]
    if shown:
        slots["shown_category"] = max(set(shown), key=shown.count)
    return slots


# Where a parcel should go: "to Canada", «в Казахстан», "寄到香港".
_DESTINATION = re.compile(r"\b(?:to|into|in)\s+(?:the\s+)?[A-Z][\w-]+|(?<![а-яё])(?:в|во|на)\s+[А-ЯЁ][а-яё-]+"
                          r"|(?:寄|送|发|运)(?:到|往)")


async def unknown_policy(view: TurnView) -> JourneyResult | None:
    """A result saying the store has no such policy, with those it has; None when the policy is known or unnamed.

    A store question that names no policy but a product or brand the store does not have ("У вас есть Фроствик?"
    read as store information) gets the "we don't have it" reply too, rather than the opening hours."""
    res: PolicyResolution = await call(view, "resolve_policy",
                                       ResolvePolicyInput(text=view.text[:2000], language=view.language))
    if res.status == "none":
        if view.understanding.intent.value == "delivery" and _DESTINATION.search(view.text):
            return None  # "do you deliver to Canada?": a place to deliver to, no product the store lacks
        named = await resolve(view)
        if named is not None and named.status in UNKNOWN and not (
                named.status == "unknown_product" and told_not_named(named.name)):
            # (a story read as store information names no product: "we have exchange gift in office … what can I
            # give" is no name to say the store lacks)
            return await unknown_name_result(view, named, view.understanding.intent.value)
        return None
    if res.status != "unknown":
        return None
    titles = [p.title for p in res.policies]
    return JourneyResult(
        intent=view.understanding.intent.value, kind="policy_unknown", data={"name": res.name, "titles": titles},
        facts=[dump(res)], llm_ok=False,
        fact_lines=[f"the store has no policy: {res.name}", "the store's policies: " + ", ".join(titles)],
        tools=["resolve_policy"],
    )
