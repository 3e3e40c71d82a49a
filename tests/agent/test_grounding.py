"""The grounding verifier on whole replies: figures in en/ru/zh formats, each checked against its own subject."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from agent.grounding import check_results, extract_figures, split_sentences, verify_reply, verify_sentence

TODAY = dt.date(2026, 12, 2)
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
FACTS = [SEARCH, ORDER, POLICY]


def check(reply: str, facts: list[dict[str, Any]] = FACTS) -> Any:
    return check_results(reply, facts, default_currency="USD", today=TODAY)


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
    "Order 1042 has not been delivered yet.",
    "Hello! How can I help?",
])
def test_grounded_replies_pass(reply: str) -> None:
    report = check(reply)
    assert report.ok, report.reason()


@pytest.mark.parametrize("reply,kind", [
    ("These boots cost $99.99.", "money"),
    ("Эти ботинки стоят 9 000 ₽.", "money"),       # a converted price is an invented figure
    ("售价¥800。", "money"),
    ("It costs 119.99 euros.", "money"),           # right number, wrong currency
    ("We have 13 in stock.", "stock_qty"),
    ("Only eight left!", "stock_qty"),
    ("Returns within 45 days.", "duration"),
    ("Возврат в течение 14 дней.", "duration"),
    ("九天内可退货。", "duration"),
    ("Save 90% today.", "percent"),
    ("Your order 1042 was delivered.", "state"),   # it is shipped, not delivered
    ("Заказ 1042 отменён.", "state"),
    ("It arrives on December 3.", "date"),
    ("预计11月30日送达。", "date"),
    ("你的订单1042已经送达。", "state"),
    ("Order 1042 is pending.", "state"),
    ("Your order 7777 has shipped.", "order"),     # an order nobody looked up
])
def test_invented_figures_fail(reply: str, kind: str) -> None:
    report = check(reply)
    assert not report.ok
    assert kind in {f.kind for f in report.unsupported}, report.reason()


def test_state_word_without_order_facts_only_counts_when_an_order_is_discussed() -> None:
    assert check("Items are shipped in 3–5 days.", [POLICY]).ok
    assert check("30天内可退货，请提供订单号。", [POLICY]).ok
    assert not check("Your order 77 was shipped.", [POLICY]).ok


def test_stock_claims_follow_the_in_stock_flags() -> None:
    only_out = [{"title": "Tent", "price": "10", "currency": "USD", "in_stock": False}]
    assert not check("Yes, the Tent is in stock.", only_out).ok
    assert not check("Да, палатка есть в наличии.", only_out).ok
    assert not check("帐篷有货。", only_out).ok
    assert check("Sorry, the Tent is out of stock.", only_out).ok
    assert check("Палатки нет в наличии.", only_out).ok
    assert check("Нет, в наличии нет палатки.", only_out).ok
    assert not check("The tent is in stock.", [POLICY]).ok


def test_number_readings_cover_locales() -> None:
    figures = extract_figures("1 299,00 ₽ and $1,299.00 and 1.299,00 €")
    money = [f for f in figures if f.kind == "money"]
    assert sorted(f.currency or "" for f in money) == ["EUR", "RUB", "USD"]
    assert all(Decimal("1299") in {Decimal(v) for v in f.values} for f in money)


_DELIVERY = [{"key": "delivery", "kind": "delivery", "title": "Delivery", "body": "Free delivery over $50.",
              "fields": {"free_shipping_over": 50, "standard_fee": 5.99, "standard_days": [3, 5], "express_fee": 14.99,
                         "express_days": [1, 2], "currency": "USD"}}]


@pytest.mark.parametrize("reply,ok", [
    ("Express delivery costs $14.99 and takes 1-2 days; free over $50.", True),
    ("标准配送需要3到5个工作日，运费为$5.99。", True),
    # Cut off by the token limit: "$1" is not a fee, even though "1" is a day count in the same facts.
    ("加急配送则需要1到2个工作日，费用为$1", False),
    ("Standard delivery is $3.", False),
    ("Standard delivery is €5.99.", False),  # the store's figure in another currency
    ("Express delivery takes 1–3 days.", False),
])
def test_money_must_match_a_money_fact_not_any_number(reply: str, ok: bool) -> None:
    assert check_results(reply, _DELIVERY, default_currency="USD").ok is ok


def test_split_sentences_is_lossless_and_keeps_decimals_and_abbreviations() -> None:
    text = "Trail Boots cost $119.99. Order No. 1042 shipped! 价格¥800。好的\n1. Tent: 1 299,00 ₽\n2. Parka"
    parts = split_sentences(text, "en")
    assert "".join(parts) == text
    assert [p.strip() for p in parts] == ["Trail Boots cost $119.99.", "Order No. 1042 shipped!", "价格¥800。",
                                          "好的", "1. Tent: 1 299,00 ₽", "2. Parka"]
    assert split_sentences("", "en") == []


def test_reply_verdict_keeps_the_verified_sentences_and_says_why_others_failed() -> None:
    verdict = verify_reply("Trail Boots 2024 cost $119.99. The Summit Tent X2 is in stock. Anything else?", FACTS,
                           language="en", default_currency="USD", today=TODAY)
    assert not verdict.ok
    assert verdict.kept_text == "Trail Boots 2024 cost $119.99. Anything else?"
    [failure] = verdict.failures
    assert failure.sentence.strip() == "The Summit Tent X2 is in stock."
    assert "stock_flag" in failure.verdict.reasons[0] and "Summit Tent X2" in failure.verdict.reasons[0]


@pytest.mark.parametrize("sentence,language,ok", [
    ("Trail Boots 2024 cost $119.99.", "en", True),
    ("Trail Boots 2024 cost $119.99.", "ru", False),     # the shopper asked in Russian
    ("Trail Boots 2024 стоят 119,99 $.", "ru", True),    # the title is quoted from the facts
    ("Summit Tent X2 缺货。", "zh", True),
    ("The Summit Tent X2 is out of stock.", "zh", False),
])
def test_a_sentence_in_another_language_fails(sentence: str, language: str, ok: bool) -> None:
    verdict = verify_sentence(sentence, FACTS, language=language, default_currency="USD")
    assert verdict.ok is ok, verdict.reasons
    if not ok:
        assert any(r.startswith("language") for r in verdict.reasons)
