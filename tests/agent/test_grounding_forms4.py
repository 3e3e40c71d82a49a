"""Forms the verifier misread on the "fresh 4" wording (session 9, issue 9), each read by a general rule and checked
both ways: the true sentence passes, and the same wording made wrong still fails on that claim.

- a mail subject's "Re:" is no product name;
- a quoted question answered "yes" ('"do they come in 42?" — yes', «есть 42?» — да, “有没有42码”——有的) is the
  reply's own claim, and the answer's date takes its role from the question ("when did it ship?" — ...);
- field lines under an item line ("Item: X" / "Price: $5") are about that item, even when another product costs $5;
- a table's stock cell ("X | $5 | no", "not avail.") and a row's count of results ("Matching items | 3");
- dollars in words with the cents in digits ("fifty-nine dollars, 99 cents"), month-first stamps ("Nov-18-2026"),
  a weekday in brackets before the year («18 ноября (среда) 2026 года»).
"""

from __future__ import annotations

import pytest

from agent.grounding import split_sentences
from tests.agent.test_grounding_claims import facts
from tests.agent.test_grounding_forms import _reasons

# (language, true sentence, the same wording made false, the claim kind that must fail it)
PAIRS: list[tuple[str, str, str, str]] = [
    (
        "ru",
        "Re: «Ботинки Northpeak Trail» — цена 59,99 USD.",
        "Re: «Ботинки Northpeak Trail» — цена 69,99 USD.",
        "money",
    ),
    (
        "en",
        'You asked "do the Northpeak Trail Boots come in 42?" — yes, they do.',
        'You asked "do the Northpeak Trail Boots come in 45?" — yes, they do.',
        "size",
    ),
    (
        "ru",
        "Вы спрашивали «есть 42 у Ботинки Northpeak Trail?» — да, есть.",
        "Вы спрашивали «есть 45 у Ботинки Northpeak Trail?» — да, есть.",
        "size",
    ),
    ("zh", "您问“Northpeak 登山靴有没有42码”——有的。", "您问“Northpeak 登山靴有没有45码”——有的。", "size"),
    (
        "en",
        'Order 1042: you asked "when did it ship?" — on November 20, 2026.',
        'Order 1042: you asked "when did it ship?" — on November 25, 2026.',
        "date",
    ),
    ("en", "Item: Northpeak Trail Boots\nPrice: $59.99\n", "Item: Northpeak Trail Boots\nPrice: $89.99\n", "money"),
    (
        "ru",
        "Товар: «Ботинки Northpeak Trail»\nЦена: 59,99 USD\nОстаток: 7 шт.\n",
        "Товар: «Ботинки Northpeak Trail»\nЦена: 59,99 USD\nОстаток: 2 шт.\n",
        "stock_qty",
    ),
    ("en", "Alpen Parka | $89.99 | no", "Northpeak Trail Boots | $59.99 | no", "stock_flag"),
    ("en", "Alpen Parka | not avail.", "Northpeak Trail Boots | not avail.", "stock_flag"),
    ("ru", "«Ботинки Northpeak Trail» | 59,99 USD | есть", "«Парка Alpen» | 89,99 USD | есть", "stock_flag"),
    ("en", "Matching items | 3", "Matching items | 9", "count"),
    ("ru", "Re: ваш поиск — нашлось 3 поз.", "Re: ваш поиск — нашлось 9 поз.", "count"),
    (
        "en",
        "The Northpeak Trail Boots are fifty-nine dollars, 99 cents.",
        "The Northpeak Trail Boots are fifty-nine dollars, 49 cents.",
        "money",
    ),
    ("en", "Order 1042 was placed on Nov-18-2026.", "Order 1042 was placed on Nov-16-2026.", "date"),
    (
        "ru",
        "Заказ 1042 оформлен 18 ноября (среда) 2026 года.",
        "Заказ 1042 оформлен 17 ноября (вторник) 2026 года.",
        "date",
    ),
]


@pytest.mark.parametrize(("lang", "true", "false", "kind"), PAIRS)
def test_a_form_passes_when_true_and_fails_when_false(lang: str, true: str, false: str, kind: str) -> None:
    given = facts(lang)
    assert _reasons(lang, true, given) == [], (true, _reasons(lang, true, given))
    assert any(r.startswith(kind) for r in _reasons(lang, false, given)), (false, _reasons(lang, false, given))


def test_a_quoted_question_and_its_answer_are_one_sentence() -> None:
    text = 'You asked "do they come in 42?" — yes. The Alpen Parka is sold out.'
    assert split_sentences(text, "en") == ['You asked "do they come in 42?" — yes. ', "The Alpen Parka is sold out."]
    assert split_sentences("您问“有没有42码？”——有的。", "zh") == ["您问“有没有42码？”——有的。"]


def test_a_quoted_question_answered_no_claims_nothing() -> None:
    # A "no" to the question is not checked as the size it names (the answer's own words carry no figure).
    assert _reasons("en", 'You asked "do the Northpeak Trail Boots come in 45?" — no, sorry.', facts("en")) == []


def test_the_shoppers_quoted_words_are_no_colour_claim_but_a_quoted_colour_is() -> None:
    quoted = "Here is what I found for “my scalp is itchy, white bits on my shoulders, what do you recommend”:"
    assert _reasons("en", quoted, facts("en")) == []
    assert _reasons("en", "The Alpen Parka comes in «blue».", facts("en")) == []
    assert any(r.startswith("colour") for r in _reasons("en", "The Alpen Parka comes in «white».", facts("en")))


# Forms of the "fresh 6" development split (session 9): each true sentence passes, its wrong twin fails on the claim.
PAIRS6: list[tuple[str, str, str, str]] = [
    (
        "ru",
        "Судя по каталогу, количество подходящих товаров — 3.",
        "Судя по каталогу, количество подходящих товаров — 9.",
        "count",
    ),
    (
        "zh",
        "好消息——Northpeak 登山靴目前有现货，不需要等待补货。",
        "好消息——Alpen 派克大衣目前有现货，不需要等待补货。",
        "stock_flag",
    ),
    ("en", "The Alpen Parka is listed at 89.99 US dollars.", "The Alpen Parka is at 89.99 Japanese yen.", "money"),
    ("zh", "Northpeak 登山靴标价59.99美元。", "Northpeak 登山靴标价59.99加拿大元。", "money"),
    (
        "en",
        "Looking at the size options for the Northpeak Trail Boots, I can see that 42 is one of them.",
        "Looking at the size options for the Northpeak Trail Boots, I can see that 45 is one of them.",
        "size",
    ),
    (
        "en",
        "If you need a 42, the Northpeak Trail Boots are offered in that size.",
        "If you need a 45, the Northpeak Trail Boots are offered in that size.",
        "size",
    ),
]


@pytest.mark.parametrize(("lang", "true", "false", "kind"), PAIRS6)
def test_a_fresh6_form_passes_when_true_and_fails_when_false(lang: str, true: str, false: str, kind: str) -> None:
    given = facts(lang)
    assert _reasons(lang, true, given) == [], (true, _reasons(lang, true, given))
    assert any(r.startswith(kind) for r in _reasons(lang, false, given)), (false, _reasons(lang, false, given))


def test_a_state_said_as_a_condition_is_no_state_and_payment_received_is_paid() -> None:
    from tests.agent.test_grounding_forms import _order

    pending, paid = _order("pending"), _order("paid")
    text = "订单2001尚未付款，付款完成后我们才会开始处理。"
    assert _reasons("zh", text, pending) == [], _reasons("zh", text, pending)
    received = "订单2001款项已经收到，我们正在为它打包。"
    assert _reasons("zh", received, paid) == []
    assert any(r.startswith("state") for r in _reasons("zh", received, pending))


def test_a_quotation_with_full_stops_inside_stays_one_sentence() -> None:
    # The shopper's words in a header may hold several sentences; cut in two, the first half (no closing quote)
    # would read as the reply's own claims ("turns 8" as a count).
    header = "Here is what I found for “my niece turns 8 next week. She loves unicorns”:\n"
    assert split_sentences(header + "1. X", "en") == [header, "1. X"]
    assert split_sentences("Вот что я нашёл по запросу «ей 8. Любит единорогов»:\nДа.", "ru")[0].endswith("»:\n")
    # An unclosed quote on the line does not hold the rest together.
    assert len(split_sentences("He said “fine. Then we go. OK.", "en")) == 3
