"""The grounding verifier: figures in a reply must be in this turn's tool results, in en/ru/zh formats."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from agent import templates
from agent.grounding import check, check_results, collect_facts, extract_figures

SEARCH: dict[str, Any] = {
    "hits": [
        {"product_id": 11, "title": "Trail Boots 2024, size 42", "price": "119.99", "currency": "USD",
         "stock_qty": 7, "in_stock": True, "attributes": {"wattage": 60, "size": ["41", "42"]}},
        {"product_id": 12, "title": "Summit Tent X2", "price": "1299.00", "currency": "USD", "stock_qty": 0,
         "in_stock": False},
    ],
    "parsed": {"text": "boots", "price_max": "150", "currency": None},
}
ORDER = {"order_id": 1042, "status": "shipped", "expected_delivery": "2026-11-25", "total": "45.50",
         "currency": "USD", "placed_on": "2026-11-18"}
POLICY = {"title": "Delivery", "body": "Standard delivery takes 3–5 days; free over 50.",
          "fields": {"return_days": 30, "standard_days": [3, 5], "free_shipping_over": 50}}


@pytest.fixture(scope="module")
def facts():
    return collect_facts([SEARCH, ORDER, POLICY], default_currency="USD")


@pytest.mark.parametrize("reply", [
    "Trail Boots 2024 cost $119.99 and 7 are in stock.",
    "Стоят 119,99 $, а палатка 1 299,00 $.",
    "Стоят 119,99\u00a0$, в наличии 7 шт.",
    "售价US$119.99，30天内可退货。",
    "Standard delivery takes 3–5 days, free over $50.",
    "Доставка 3–5 дней, возврат в течение 30 дней.",
    "标准配送需要3-5天，三十天内可退货。",
    "Your order 1042 has shipped and should arrive on November 25, 2026.",
    "Заказ 1042 отправлен, ожидаемая доставка 25 ноября 2026 г.",
    "订单1042已发货，预计2026年11月25日送达。",
    "The second one is 60W; the 2nd option comes in size 42.",
    "1. Trail Boots\n2. Summit Tent",
    "The first one costs 1,299.00 USD.",
    "Order 1042 was paid and shipped.",  # earlier states of a shipped order are true
    "Hello! How can I help?",
])
def test_grounded_replies_pass(facts, reply):
    report = check(reply, facts)
    assert report.ok, report.reason()


@pytest.mark.parametrize("reply,kind", [
    ("These boots cost $99.99.", "money"),
    ("Эти ботинки стоят 9 000 ₽.", "money"),       # a converted price is an invented figure
    ("售价¥800。", "money"),
    ("It costs 119.99 euros.", "money"),           # right number, wrong currency
    ("We have 13 in stock.", "number"),
    ("Only eight left!", "number"),
    ("Returns within 45 days.", "number"),
    ("Возврат в течение 14 дней.", "number"),
    ("九天内可退货。", "number"),
    ("Save 90% today.", "percent"),
    ("Your order 1042 was delivered.", "state"),   # it is shipped, not delivered
    ("Заказ 1042 отменён.", "state"),
    ("It arrives on December 3.", "date"),
    ("预计11月30日送达。", "date"),
    ("你的订单1042已经送达。", "state"),
])
def test_invented_figures_fail(facts, reply, kind):
    report = check(reply, facts)
    assert not report.ok
    assert kind in {f.kind for f in report.unsupported}


def test_state_word_without_order_facts_only_counts_when_an_order_is_discussed():
    facts = collect_facts([POLICY])
    assert check("Items are shipped in 3–5 days.", facts).ok
    assert check("30天内可退货，请提供订单号。", facts).ok
    assert not check("Your order 77 was shipped.", facts).ok


def test_stock_claims_follow_the_in_stock_flags():
    only_out = collect_facts([{"title": "Tent", "price": "10", "currency": "USD", "in_stock": False}])
    assert not check("Yes, the Tent is in stock.", only_out).ok
    assert not check("Да, палатка есть в наличии.", only_out).ok
    assert not check("帐篷有货。", only_out).ok
    assert check("Sorry, the Tent is out of stock.", only_out).ok
    assert check("Палатки нет в наличии.", only_out).ok
    assert check("Нет, в наличии нет палатки.", only_out).ok
    assert not check("The tent is in stock.", collect_facts([POLICY])).ok


def test_number_readings_cover_locales():
    figures = extract_figures("1 299,00 ₽ and $1,299.00 and 1.299,00 €")
    money = [f for f in figures if f.kind == "money"]
    assert [f.currency for f in money] == ["USD", "RUB", "EUR"] or len(money) == 3
    assert all(Decimal("1299") in {Decimal(v) for v in f.values} for f in money)


def test_dates_in_facts_come_from_iso_strings_and_dates():
    facts = collect_facts([{"d": "2026-01-05", "e": dt.date(2026, 2, 1), "f": "2026-03-07T10:00:00"}])
    assert facts.dates == {dt.date(2026, 1, 5), dt.date(2026, 2, 1), dt.date(2026, 3, 7)}


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_templates_are_grounded_by_construction(lang):
    order = dict(ORDER, tracking_number="1Z999", carrier="UPS")
    located = dict(SEARCH["hits"][0], location="Aisle 4, shelf B")
    cases: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
        ("search_results", {"query": "boots", "hits": SEARCH["hits"], "currency": "USD"}, SEARCH),
        ("order_status", {"order": order}, order),
        ("policy", {"policy": POLICY}, POLICY),
        ("product_detail", {"product": located}, located),
    ]
    for kind, data, result in cases:
        text = templates.render(kind, lang, data)
        report = check_results(text, [result], default_currency="USD")
        assert report.ok, (kind, text, report.reason())


_DELIVERY = [{"key": "delivery", "body": "Free delivery over $50.",
              "fields": {"free_shipping_over": 50, "standard_fee": 5.99, "standard_days": [3, 5], "express_fee": 14.99,
                         "express_days": [1, 2], "currency": "USD"}}]


@pytest.mark.parametrize("reply,ok", [
    ("Express delivery costs $14.99 and takes 1-2 days; free over $50.", True),
    ("标准配送需要3到5个工作日，运费为$5.99。", True),
    # Cut off by the token limit: "$1" is not a fee, even though "1" is a day count in the same facts.
    ("加急配送则需要1到2个工作日，费用为$1", False),
    ("Standard delivery is $3.", False),
])
def test_money_must_match_a_money_fact_not_any_number(reply, ok):
    assert check_results(reply, _DELIVERY, default_currency="USD").ok is ok
