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

import re
import zlib
from dataclasses import replace
from typing import Any

from agent import product_answers, templates
from agent.journeys import asks, names
from agent.journeys.base import TurnView, call, dump, fault_result, hit_line, products_event
from agent.state import JourneyResult
from knowledge.text import ru_only_describes
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
    # The kind the words name holds the pick ("a new tent? mine has a hole" is about a tent, not a drill for holes).
    out = await call(view, "search_products", SearchInput(query=query, language=view.language, limit=count,
                                                          category=view.understanding.slots.category))
    if not out.hits and view.understanding.slots.category:
        out = await call(view, "search_products", SearchInput(query=query, language=view.language, limit=count))
    return [h.product_id for h in out.hits[:count]]


def tells_a_story(text: str, *, strict_names: bool = False) -> bool:
    """Several sentences, many words and no name in them: a need or a request told at length ("my feet are always
    freezing in the office, the aircon is set to arctic. warm socks?"), not a question about one product or a
    comparison asked in one breath ("which is cheaper, the hiking boots or the winter boots, and by how much?")."""
    from agent.journeys.category_asks import names_something  # category_asks imports names, as this module does

    hanzi = len(re.findall(r"[\u4e00-\u9fff]", text))
    # (chat Chinese puts a space where a full stop would be: "周六去夜钓 我第一次去 啥也没有")
    sentences = [x for x in re.split(r"(?<=[.!?。！？])\s*|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", text.strip())
                 if x and re.search(r"\w", x)]
    # Chinese runs on without spaces: a name and its question take some 12 characters ("维尔莫拉丝浪吹风机多少钱").
    long = hanzi > 2 * STORY_WORDS if hanzi else len(text.split()) > STORY_WORDS
    # Dictated by voice, a story comes as one run with no full stops: its length alone tells it.
    very_long = hanzi > 4 * STORY_WORDS if hanzi else len(text.split()) > 2 * STORY_WORDS
    # (``strict_names``: a holiday or a place, «к 8 Марта», "in the Lake District", names no product either)
    return long and (len(sentences) >= 2 or very_long) and not names_something(text, strict=strict_names)


# As the search journey reads a story: more words than a product's name and its question take.
STORY_WORDS = 8


async def run(view: TurnView, *, named_ids: list[int] | None = None) -> JourneyResult:
    """``named_ids``: the two products a comparison named, already resolved (``compare_named``)."""
    intent = "compare" if named_ids else view.understanding.intent.value
    compare = intent == "compare"
    if named_ids:
        return await _answer(view, intent, list(named_ids))
    if not view.shown_ids and tells_a_story(view.text):
        # "my feet are always freezing in the office, the aircon is set to arctic. warm socks?", "a big kettle … so
        # more than 1.7 litres": a story that names no product is a search, not a product the store lacks (its
        # rare words, "aircon", read as a name and were answered "we don't have '<the story>'").
        from agent.journeys import search  # search imports names, which this module imports too

        return await search.run(view)
    try:
        # The name without the question's own words ("come in size 44" is no part of a boot's name).
        named = None if compare else await names.resolve(replace(view, text=asks.name_text(view.text) or view.text))
        if named is not None and named.status in names.UNKNOWN:
            return await names.unknown_name_result(view, named, intent)
        pair: list[int] = []
        if compare:
            pair, missing = await named_pair(view)
            if missing is not None:
                # One of the two named things is not in the store: say so for that name, never compare a stand-in.
                return await names.unknown_name_result(view, missing, intent)
        if compare and not pair and not view.shown_ids and not asks.compare_parts(view.text):
            # "帐篷哪个好", "which tent is best?" with nothing shown: one kind named, no two things to weigh; the
            # kind's best are a search's list (and a follow-up edits that search), not two picked at random.
            from agent.journeys import search

            return await search.run(view)
        if named is not None and named.product_ids:
            ids = named.product_ids[:1]
        else:
            ids = pair or await pick_products(view, 2 if compare else 1)
        if not ids:
            return JourneyResult(intent=intent, kind="product_unknown", llm_ok=False, failed=True)
    except Exception as exc:
        return fault_result(exc, intent)
    return await _answer(view, intent, ids)


async def _answer(view: TurnView, intent: str, ids: list[int]) -> JourneyResult:
    """The reply about ``ids`` (two for a comparison), every figure from ``get_product``."""
    compare = intent == "compare"
    try:
        details = [dump(await call(view, "get_product", GetProductInput(product_id=i, language=view.language)))
                   for i in ids]
    except Exception as exc:
        return fault_result(exc, intent)
    for d in details:
        d.pop("complements", None)  # not this turn's subject: keep them out of the facts and the prompt
    seed = phrasing_seed(view)
    lines = [hit_line(d) for d in details]  # compose puts their locations in the shopper's language
    facts: list[dict[str, Any]] = list(details)
    others: list[dict[str, Any]] = []  # the same kind in a colour or size the product lacks
    if compare:
        data: dict[str, Any] = {"products": details, "variant": seed}
        diff = templates.price_difference(details)
        if diff is not None:
            facts.append(diff)  # the reply says by how much one is cheaper: that figure is a fact of this turn
            cheap = min(details[:2], key=lambda d: float(d["price"]))
            lines.append(f"cheaper: {cheap['title']}, by {diff['price_difference']} {diff['currency']}")
    else:
        ask = asks.product_ask(view.text, str(details[0].get("title") or ""))
        if ask is None:
            # "does it come in L?": a letter size said without the word "size", for a product sold in sizes.
            letter = product_answers.letter_size(view.text, details[0])
            ask = asks.Ask(kind="size", value=letter) if letter else None
        data = {"product": details[0], "variant": seed, "ask": ask.model_dump() if ask else None,
                "where_asked": product_answers.asks_where(view.text)}
        others = await _same_kind_with(view, details[0], ask) if ask is not None else []
        if others and ask is not None:
            # The same kind in the colour or size asked for: facts of this turn, and the list a follow-up's "the
            # first one" points at.
            data["others"] = others
            facts += others
            lines += [f"same kind, with the {ask.kind} asked: {hit_line(h)}" for h in others]
        if ask is not None and ask.kind == "feature" and ask.value:
            # "Is it waterproof?": yes or no from the product's own attribute, worked out here.
            answer = product_answers.feature_answer(templates.lang_of(view.language), details[0], ask.value)
            data["feature_answer"] = answer
            lines.append(f"answer first: {answer}")
        elif ask is not None:
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
        events=[products_event(details + others)],
        shown=[(int(h["product_id"]), str(h["price"])) for h in others] or None,
        tools=["get_product", "search_products"] if others else ["get_product"],
    )


async def _same_kind_with(view: TurnView, product: dict[str, Any], ask: asks.Ask) -> list[dict[str, Any]]:
    """ "That first pair, does it come in blue?" of shoes that come only in black: the same kind that does come in
    blue (with what was asked before, a size 45), so the "no" is not the end of it. [] when the product has it,
    nothing else of its kind does, or on any fault."""
    if ask.kind not in ("colour", "size") or not ask.value or not product.get("category") \
            or _comes_in(product, ask):
        return []
    wanted: dict[str, Any] = {"colour": str(ask.value).lower()} if ask.kind == "colour" else {"size": str(ask.value)}
    last = view.last_slots
    kept = {k: v for k, v in (last.get("attributes") or {}).items() if k not in wanted}
    try:
        out = await call(view, "search_products", SearchInput(
            query=str(product["category"]), language=view.language, limit=8, category=last.get("category"),
            attributes={**kept, **wanted}, price_max=last.get("price_max"),
            exclude_ids=[int(product["product_id"])]))
    except Exception:  # the "no" stands alone
        return []
    hits = [dump(h) for h in out.hits if h.category == product["category"]]
    return [h for h in hits if _comes_in(h, ask)][:3]


def _comes_in(product: dict[str, Any], ask: asks.Ask) -> bool:
    """Whether ``product`` comes in the colour or the size ``ask`` names."""
    if ask.kind == "colour":
        return str(ask.value).lower() in templates.product_colours(product)
    return templates.norm_size(ask.value) in {templates.norm_size(x) for x in templates.product_sizes(product)}


async def answer_if_named(view: TurnView) -> JourneyResult | None:
    """A product's direct answer for a turn routed elsewhere (search, clarify) that names one product the store has
    and asks something particular about it ("X есть в наличии?", "X有38码吗"); None otherwise, and on any fault (the
    journey it was routed to answers then). A turn comparing two named products gets the comparison of those two
    (or "we don't have" for the one the store does not have)."""
    if tells_a_story(view.text):
        return None  # "a big one … so more than 1.7 litres": a comparison word in a story names no two products
    if asks.is_comparison(view.text) and asks.compare_parts(view.text):
        try:
            compared = await compare_named(view)
        except Exception:  # as below: the routed journey answers
            compared = None
        if compared is not None:
            return compared
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


async def named_pair(view: TurnView) -> tuple[list[int], NameResolution | None]:
    """The two products a comparison names ("which is cheaper, the A or the B?").

    (both ids, None) when the store has both; ([], the resolution) when one names a product or brand the store does
    not have, which the reply must say rather than compare another product in its place; ([], None) when the
    comparison names no two particular things (the products shown before, or a search, are compared instead)."""
    slots = view.understanding.slots
    parts = asks.compare_parts(view.text)
    # A follow-up may name both too ("is it better than the Zephyr Lite?"): only an ordinal picks from those shown.
    if not parts or slots.ordinal:
        return [], None
    found: list[NameResolution] = []
    for part in parts:
        # The tool itself, not ``names.resolve``: "which is cheaper" reads as a "cheaper" refinement there.
        res: NameResolution = await call(view, "resolve_name", ResolveNameInput(text=part[:2000]))
        run = asks.name_run(part) if res.status in names.UNKNOWN else None
        if run is not None and run != part.strip():
            # The part kept words of the question ("should i get the Voltix Orbit X", "Alpenglow Echo Pro for a
            # beginner"): the capitalised name alone is what the shopper named, found or not.
            res = await call(view, "resolve_name", ResolveNameInput(text=run[:2000]))
        if res.status in names.UNKNOWN:
            if names.told_not_named(res.name or part) or ru_only_describes(res.name or part):
                # «Внучка моя… переехала…, а там шаром покати: … не из чего» split at "or"/"и": a story, no
                # product's name; the journey the turn was routed to answers it. Nor is a part that only describes
                # («розетка одна и далеко» leaves «далеко»).
                return [], None
            return [], res
        found.append(res)
    known = [bool(r.status == "known" and r.product_ids) for r in found]
    if all(known):
        return _pair(found[0], found[1]), None
    if any(known) and view.shown_ids:
        # "Is it better than the Zephyr Lite?": the part that names nothing ("it", "this one") is the product
        # shown before; a part with words of its own ("than leather boots") is not taken for it.
        i = known.index(True)
        other = found[1 - i]
        named_ids = found[i].product_ids
        shown = next((s for s in view.shown_ids if s not in named_ids), None)
        if not other.name.strip() and shown is not None:
            ids = [shown, named_ids[0]]
            return (ids if i == 1 else ids[::-1]), None
    return [], None


async def compare_named(view: TurnView) -> JourneyResult | None:
    """A comparison of the two things the turn names, for a turn routed elsewhere ("A легче, чем B?" read as a
    search): the two products compared, or "we don't have" for the one the store does not have; None when the turn
    does not name two things (the journey it was routed to answers then)."""
    pair, missing = await named_pair(view)
    if missing is not None:
        return await names.unknown_name_result(view, missing, "compare")
    return await run(view, named_ids=pair) if pair else None


def _pair(a: NameResolution, b: NameResolution) -> list[int]:
    """One product for each name, two different ones; when a name fits several equally, the one of the other's
    category first ("Quest X vs Zephyr Lite" compares two boots, not a boot and a power bank of the same model)."""
    category = {c.product_id: c.category for r in (a, b) for c in r.candidates}
    pairs = [(i, j) for i in a.product_ids for j in b.product_ids if i != j]
    same = [(i, j) for i, j in pairs if category.get(i) is not None and category.get(i) == category.get(j)]
    best = same or pairs
    return list(best[0]) if best else []


def phrasing_seed(view: TurnView) -> int:
    """A number fixed by the session and the turn: which of a template's phrasings this reply uses."""
    key = f"{view.state.get('session_id') or ''}:{int(view.state.get('turns') or 0)}"
    return zlib.crc32(key.encode("utf-8"))
