"""Every template reply, rendered from real tool results of the demo store, passes its own verification.

The facts are what the journeys put in ``JourneyResult.facts`` (tool outputs as JSON), read from a real SQLite demo
store through the tools' own loaders; the data is what the journeys hand the templates.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from agent import templates
from agent.grounding import verify_reply
from knowledge.db import session_scope
from knowledge.schema import Order
from knowledge.search import product_detail
from tools.catalog_models import ParsedQuery, ProductHit, SearchOutput
from tools.inventory import _query as out_of_stock_rows
from tools.orders import _load_order
from tools.policies import _load as load_policies

LANGS = ("en", "ru", "zh")
QUERY = {"en": "waterproof boots", "ru": "непромокаемые ботинки", "zh": "防水登山靴"}
_CARD_ONLY = {"description", "variants", "complements"}


def _dump(model: Any) -> dict[str, Any]:
    return model.model_dump(mode="json")


def _products(db_url: str, lang: str) -> list[dict[str, Any]]:
    details = [product_detail(db_url, pid, None, lang) for pid in range(1, 40)]
    found = [_dump(d) for d in details if d is not None]
    # Some in stock and some out, some with sizes: every branch of the product line.
    ins = [d for d in found if d["in_stock"] and d["stock_qty"] > 0]
    outs = [d for d in found if not (d["in_stock"] and d["stock_qty"] > 0)]
    sized = [d for d in found if d["variants"]]
    picked = (ins[:3] + outs[:2] + sized[:1]) or found[:6]
    assert ins and outs, "the demo store should have products in and out of stock"
    return picked


def _search(hits: list[dict[str, Any]], q: str) -> dict[str, Any]:
    cards = [ProductHit(**{k: v for k, v in h.items() if k not in _CARD_ONLY}) for h in hits]
    return _dump(SearchOutput(hits=cards, parsed=ParsedQuery(text=q)))


def _cases(db_url: str, lang: str) -> Iterator[tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    """(template kind, template data, facts) as the journeys build them."""
    q = QUERY[lang]
    products = _products(db_url, lang)
    hits = [{k: v for k, v in p.items() if k not in _CARD_ONLY} for p in products]
    search = _search(products, q)
    yield "search_results", {"query": q, "hits": hits, "currency": hits[0]["currency"]}, [search, {"query": q}]
    cheaper = str(max(float(h["price"]) for h in hits) + 1)
    yield ("search_results", {"query": q, "hits": hits, "currency": hits[0]["currency"], "cheaper_than": cheaper},
           [search, {"query": q}, {"cheaper_than": cheaper, "currency": hits[0]["currency"]}])
    yield "search_clarify", {"query": q, "hits": hits, "currency": hits[0]["currency"]}, [search, {"query": q}]
    empty = _dump(SearchOutput(hits=[], parsed=ParsedQuery(text=q, price_max="100")))
    yield "search_empty", {"query": q, "price_max": "100", "currency": None}, [empty, {"query": q}]
    asks: list[dict[str, Any]] = [{"kind": "size", "value": "42"}, {"kind": "size", "value": "M"},
                                  {"kind": "colour", "value": "black"}, {"kind": "colour", "value": "red"},
                                  {"kind": "stock"}, {"kind": "price"}, {"kind": "size"}, {"kind": "colour"}]
    for i, p in enumerate(products):
        detail = {k: v for k, v in p.items() if k != "complements"}
        yield "product_detail", {"product": detail, "variant": i}, [detail]
        for j, ask in enumerate(asks):  # the direct answers, in every phrasing
            yield "product_detail", {"product": detail, "ask": ask, "variant": i + j}, [detail]
    for pair in (products[:2], products[1:3]):
        diff = templates.price_difference(pair)
        for variant in (0, 1):  # "Разница: …" under the cheaper one's name: the pair's figure, not its price
            yield "compare", {"products": pair, "variant": variant}, pair + ([diff] if diff else [])
    base = products[0]
    base_fact = {k: base[k] for k in ("product_id", "title", "price", "currency", "in_stock", "stock_qty")}
    comps = [dict(h, reason="goes with it") for h in hits[1:4]]
    yield "recommend", {"base_title": base["title"], "hits": comps}, [base_fact, {"complements": comps}]
    yield "recommend", {"base_title": base["title"], "hits": []}, [base_fact]
    with session_scope(db_url) as s:
        by_status: dict[str, int] = {}
        for oid, status in s.execute(select(Order.id, Order.status).order_by(Order.id)).all():
            by_status.setdefault(status.value if hasattr(status, "value") else str(status), oid)
    assert len(by_status) >= 5, by_status
    for oid in by_status.values():
        order = _dump(_load_order(db_url, oid, lang))
        yield "order_status", {"order": order}, [order]
    yield "order_not_found", {"order_id": 987654}, [{"order_id": 987654, "found": False}]
    yield "order_need_number", {}, []
    for kind in ("returns", "delivery", "warranty", "store_info"):
        for policy in load_policies(db_url, kind, lang, None):
            p = _dump(policy)
            yield "policy", {"policy": p}, [p]
    for aisle in (None, "1", "99"):
        out = out_of_stock_rows(db_url, aisle, lang, 50)
        rows = [[r.sku, r.title, r.aisle, r.shelf, r.qty_system, r.qty_shelf] for r in out.rows]
        data = {"aisle": out.aisle, "total": out.total}
        yield "out_of_stock", data, [{**data, "in_stock": False}, {"rows": rows}]
    yield "script", {"topic": q, "hits": hits[:4]}, [search]
    yield "handoff", {"ticket_id": 31}, [{"ticket_id": 31}]
    yield "handoff", {"ticket_id": None}, []
    for k in ("greeting", "thanks", "goodbye"):
        yield "smalltalk", {"kind": k}, []
    too_long = {"length": "12,345", "limit": "4,000"}
    yield "input_too_long", too_long, [too_long]
    for kind in ("clarify", "refuse_injection", "refuse_abuse", "refuse_role", "refuse_role_host", "input_empty",
                 "input_encoding", "store_unavailable", "store_busy", "error", "complaint", "product_unknown",
                 "policy_missing", "ops_unsupported"):
        yield kind, {}, []


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_passes_its_own_verification(demo_db_url: str, lang: str) -> None:
    failures: list[str] = []
    kinds: set[str] = set()
    for kind, data, facts in _cases(demo_db_url, lang):
        text = templates.render(kind, lang, data)
        verdict = verify_reply(text, facts, language=lang, default_currency="USD")
        kinds.add(kind)
        if not verdict.ok:
            failures.append(f"{kind}: {text!r} -> {verdict.reason()}")
    assert not failures, "\n".join(failures)
    assert {"search_results", "product_detail", "order_status", "policy", "out_of_stock", "recommend"} <= kinds


@pytest.mark.parametrize("lang", LANGS)
def test_a_template_with_another_products_facts_fails(demo_db_url: str, lang: str) -> None:
    """The check is real: a product line rendered with its neighbour's price or stock does not pass."""
    products = _products(demo_db_url, lang)
    a, b = products[0], next(p for p in products[1:] if p["price"] != products[0]["price"])
    swapped = dict(a, price=b["price"])
    text = templates.render("product_detail", lang, {"product": swapped})
    assert not verify_reply(text, [a, b], language=lang, default_currency="USD").ok
    out = next(p for p in products if not (p["in_stock"] and p["stock_qty"] > 0))
    liar = dict(out, in_stock=True, stock_qty=5)
    text = templates.render("product_detail", lang, {"product": liar})
    assert not verify_reply(text, [out], language=lang, default_currency="USD").ok
