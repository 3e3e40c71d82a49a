"""The verifier reads wordings it was not written against: the general causes behind missed errors and wrongly
rejected replies, each checked both ways (a true sentence passes, the same wording with a wrong figure fails).

- a figure written before its product ("Compare $5.49 for the A with $0.99 for the B") binds to the next name,
  but only when the sentence reads that way throughout;
- a short name ("Northpeak Trail") names its title; a clause after ";" goes on about the product before it;
- order states and date roles as phrases ("is waiting for your payment", "已经送到您手上了", "Отгрузка была");
- money and dates in more formats ("20.99 US dollars", "15,99 долл. США", "25-11-2026"), a price written without
  its currency, durations in another unit ("a 2-year warranty" for 24 months);
- idioms that are no claims ("is one option", "You paid $45.50") and words that are no names («синий», "新款").
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.grounding import split_sentences, verify_reply
from knowledge.figures import find_dates, find_money
from tests.agent.test_grounding_claims import TODAY, facts


def _reasons(lang: str, text: str, given: list[dict[str, Any]] | None = None) -> list[str]:
    verdict = verify_reply(text, given if given is not None else facts(lang), language=lang,
                           default_currency="USD", today=TODAY)
    return [r for s in verdict.failures for r in s.verdict.reasons]


def _order(status: str, **dates: str) -> list[dict[str, Any]]:
    o = {"order_id": 2001, "status": status, "placed_on": "2026-11-10", "total": "45.50", "currency": "USD",
         "carrier": "UPS", "lines": []}
    return [{**o, **dates}]


WARRANTY = [{"key": "warranty", "kind": "warranty", "language": "en", "title": "Warranty",
             "body": "Defects are covered for 24 months.", "fields": {"warranty_months": 24}}]

# (language, true sentence, the same wording made false, the claim kind that must fail it, facts or None)
PAIRS: list[tuple[str, str, str, str, list[dict[str, Any]] | None]] = [
    ("en", "Compare $89.99 for the Alpen Parka with $59.99 for the Northpeak Trail Boots.",
     "Compare $59.99 for the Alpen Parka with $59.99 for the Northpeak Trail Boots.", "money", None),
    ("ru", "Есть 7 шт. по 59,99 $ — Ботинки Northpeak Trail.", "Есть 7 шт. по 89,99 $ — Ботинки Northpeak Trail.",
     "money", None),
    ("en", "The Alpen Parka is $89.99; the Northpeak Trail Boots are $59.99.",
     "The Alpen Parka is $59.99; the Northpeak Trail Boots are $59.99.", "money", None),
    ("en", "The Northpeak Trail is $59.99.", "The Northpeak Trail is $89.99.", "money", None),
    ("en", "The Northpeak Trail Boots cost $59.99; 7 pairs are left.",
     "The Northpeak Trail Boots cost $59.99; 9 pairs are left.", "stock_qty", None),
    ("ru", "В наличии 7 шт. На складе 2 шт. товара «Палатка Summit X2 2024».",
     "В наличии 7 шт. На складе 5 шт. товара «Палатка Summit X2 2024».", "stock_qty", None),
    ("en", "We don't have the Alpen Parka in stock right now.", "We don't have the Northpeak Trail Boots in stock.",
     "stock_flag", None),
    ("ru", "Парку Alpen сейчас не купить: её сейчас нет.", "Ботинки Northpeak Trail: их сейчас нет.", "stock_flag",
     None),
    ("zh", "Northpeak 登山靴今天就能买到。", "Alpen 派克大衣今天就能买到。", "stock_flag", None),
    ("en", "Order 2001 is waiting for your payment.", "Order 2001 is waiting for your payment.", "state",
     _order("delivered", delivered_on="2026-11-20")),
    ("en", "Order 2001 is out with the carrier.", "Order 2001 is being packed.", "state",
     _order("shipped", shipped_on="2026-11-12")),
    ("zh", "订单2001已经送到您手上了。", "订单2001已经送到您手上了。", "state", _order("shipped")),
    ("zh", "订单2001正在运输途中。", "订单2001正在运输途中。", "state", _order("cancelled")),
    ("ru", "Заказ 2001 ждёт вашей оплаты.", "Заказ 2001 ждёт вашей оплаты.", "state", _order("returned")),
    ("en", "Order 2001 was delivered. The courier handed it over on November 20, 2026.",
     "Order 2001 was delivered. The courier handed it over on November 10, 2026.", "date",
     _order("delivered", shipped_on="2026-11-12", delivered_on="2026-11-20")),
    ("ru", "Заказ 2001 доставлен. Отгрузка была 12.11.2026.", "Заказ 2001 доставлен. Отгрузка была 20.11.2026.",
     "date", _order("delivered", shipped_on="2026-11-12", delivered_on="2026-11-20")),
    ("en", "Order 2001 has shipped. Order date: 11/10/2026.", "Order 2001 has shipped. Order date: 11/12/2026.",
     "date", _order("shipped", shipped_on="2026-11-12")),
    ("en", "Order 2001 arrived on 20-11-2026.", "Order 2001 arrived on 10-11-2026.", "date",
     _order("delivered", delivered_on="2026-11-20")),
    ("en", "The Northpeak Trail Boots are 59.99 US dollars.", "The Northpeak Trail Boots are 59.99 euros.", "money",
     None),
    ("ru", "Ботинки Northpeak Trail — 59,99 долл. США, в наличии 7 шт.",
     "Ботинки Northpeak Trail — 59,99 долл. США, в наличии 8 шт.", "stock_qty", None),
    ("zh", "Northpeak 登山靴售价59.99。", "Northpeak 登山靴售价89.99。", "number", None),
    ("en", "It comes with a 2-year warranty.", "It comes with a 3-year warranty.", "duration", WARRANTY),
    ("en", "You have 30 days to send it back.", "You have 5 days to send it back.", "duration", None),
    ("ru", "Гарантийный срок — 24 мес.", "Гарантийный срок — 12 мес.", "duration", WARRANTY),
]


@pytest.mark.parametrize(("lang", "true", "false", "kind", "given"), PAIRS)
def test_a_wording_passes_when_true_and_fails_when_false(lang: str, true: str, false: str, kind: str,
                                                         given: list[dict[str, Any]] | None) -> None:
    if true != false:
        assert _reasons(lang, true, given) == [], true
    assert any(r.startswith(kind) for r in _reasons(lang, false, given)), (false, _reasons(lang, false, given))


TRUE_AS_WRITTEN: list[tuple[str, str, list[dict[str, Any]] | None]] = [
    ("en", "At $59.99, the Northpeak Trail Boots are one option.", None),
    ("en", "Order 2001 was cancelled. You paid $45.50 in total.", _order("cancelled")),
    ("en", "Order 2001 is pending payment.", _order("pending")),
    ("ru", "Ботинки Northpeak Trail есть в цвете «синий».", [{"hits": [
        {"product_id": 2, "title": "Ботинки Northpeak Trail", "brand": "Northpeak", "price": "59.99",
         "currency": "USD", "in_stock": True, "stock_qty": 7, "attributes": {"colour": "blue"}}]}]),
    ("zh", "新款Northpeak 登山靴售价59.99美元。", None),
    ("zh", "Northpeak 登山靴可选42码。", None),
    ("zh", "Northpeak登山靴US$59.99，Alpen 派克大衣USD 89.99。", None),
]


@pytest.mark.parametrize(("lang", "text", "given"), TRUE_AS_WRITTEN)
def test_idioms_and_shop_words_are_no_failed_claims(lang: str, text: str, given: list[dict[str, Any]] | None) -> None:
    assert _reasons(lang, text, given) == [], text


WRONG: list[tuple[str, str, str, list[dict[str, Any]] | None]] = [
    ("ru", "Ботинки Northpeak Trail есть в цвете «красный».", "colour", [{"hits": [
        {"product_id": 2, "title": "Ботинки Northpeak Trail", "brand": "Northpeak", "price": "59.99",
         "currency": "USD", "in_stock": True, "stock_qty": 7, "attributes": {"colour": "blue"}}]}]),
    ("zh", "青峦Northpeak 登山靴售价59.99美元。", "name", None),
    ("zh", "Northpeak 登山靴尺码45有货。", "size", None),
    ("en", "Order 2001 is being prepared for shipment.", "state", _order("delivered", delivered_on="2026-11-20")),
]


@pytest.mark.parametrize(("lang", "text", "kind", "given"), WRONG)
def test_wrong_claims_in_new_wordings_fail(lang: str, text: str, kind: str,
                                           given: list[dict[str, Any]] | None) -> None:
    assert any(r.startswith(kind) for r in _reasons(lang, text, given)), (text, _reasons(lang, text, given))


def test_russian_units_end_a_sentence_before_a_russian_one_but_not_inside_a_title() -> None:
    assert split_sentences("В наличии 34 шт. На складе 22 шт.", "ru") == ["В наличии 34 шт. ", "На складе 22 шт."]
    assert len(split_sentences("Батарейки AA 4 шт. Lumetra Core стоят 4,49 $.", "ru")) == 1
    assert len(split_sentences("Цена 15,99 долл. США, в наличии.", "ru")) == 1
    assert len(split_sentences("Цена: 3,49 долл. (Брюки Kestrel Edge).", "ru")) == 1


def test_the_shared_parser_reads_more_currencies_and_dates() -> None:
    read = {m.text: (m.currency, sorted(m.values)) for m in find_money("20.99 US dollars, 15,99 долл. США, 30英镑, "
                                                                        "100 yen, ProUS$4.49")}
    assert read["20.99 US dollars"][0] == "USD" and read["15,99 долл. США"][0] == "USD"
    assert read["30英镑"][0] == "GBP" and read["100 yen"][0] == "JPY" and "US$4.49" in read
    (span,) = find_dates("arrived on 25-11-2026")
    assert span.year == 2026 and (11, 25) in span.days
