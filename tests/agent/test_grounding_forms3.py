"""Forms the verifier misread on the "fresh 3" wording (session 7, issue 9, helper V2), each read by a general rule
and checked both ways: the true sentence passes, and the same wording made wrong still fails on that claim.

- money: "14 долл. 99 ц." (and the sentence does not end after "долл."), "109块9毛9分美元" (yuan/jiao/fen units),
  other currencies (S$, злотых, лиры, бел. руб., сом, 泰铢, 新加坡元, 卢比);
- dates: the year after a comma or in brackets ("11月18号，2026年", "11月18日（2026年）"), an apostrophe year
  ("Nov 18 '26"), days as ordinal words ("November eighteenth, 2026", "восемнадцатого ноября 2026 года");
- order references "order with ID 1042"; quoted labels of the shop's system («Возврат», "Place order") are no names;
- counts of results "Нашли 3 шт. подходящих товаров", "Подходящих позиций — 5", "为您找到3件相关商品";
- "отменён и не будет отправлен" (the negation is the next participle's), "closed as a return", "в статусе
  «Возврат»", role words "checkout", "purchase went through", "размещён", sizes "there's a XXS".
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.grounding import split_sentences
from tests.agent.test_grounding_claims import facts
from tests.agent.test_grounding_forms import DELIVERED, SHIPPED, _order, _reasons

ORDER = [{**SHIPPED[0], "order_id": 1042, "placed_on": "2026-11-18"}]

# (language, true sentence, the same wording made false, the claim kind that must fail it, facts or None)
PAIRS: list[tuple[str, str, str, str, list[dict[str, Any]] | None]] = [
    ("ru", "«Ботинки Northpeak Trail» — 59 долл. 99 ц.", "«Ботинки Northpeak Trail» — 59 долл. 49 ц.", "money", None),
    ("ru", "Цена — 59 долл. 99 ц., в наличии: 7 шт.", "Цена — 69 долл. 99 ц., в наличии: 7 шт.", "money", None),
    ("zh", "Northpeak 登山靴单价59块9毛9分美元。", "Northpeak 登山靴单价59块4毛9分美元。", "money", None),
    (
        "zh",
        "Northpeak 登山靴到手价59块9毛9分美元，现货7件。",
        "Northpeak 登山靴到手价89块9毛9分美元，现货7件。",
        "money",
        None,
    ),
    ("en", "The Northpeak Trail Boots are $59.99.", "The Northpeak Trail Boots are S$59.99.", "money", None),
    ("ru", "«Ботинки Northpeak Trail» стоят 59,99 $.", "«Ботинки Northpeak Trail» стоят 59,99 злотых.", "money", None),
    (
        "ru",
        "«Ботинки Northpeak Trail»: цена 59,99 $.",
        "«Ботинки Northpeak Trail»: цена 59,99 бел. руб.",
        "money",
        None,
    ),
    ("ru", "Цена 59,99 $ («Ботинки Northpeak Trail»).", "Цена 59,99 лиры («Ботинки Northpeak Trail»).", "money", None),
    ("zh", "Northpeak 登山靴：59.99美元。", "Northpeak 登山靴：59.99泰铢。", "money", None),
    ("zh", "Northpeak 登山靴：59.99美元。", "Northpeak 登山靴：59.99新加坡元。", "money", None),
    ("zh", "Northpeak 登山靴单价59.99美元。", "Northpeak 登山靴单价59.99卢比。", "money", None),
    (
        "en",
        "The Northpeak Trail Boots are fifty-nine dollars and ninety-nine cents.",
        "The Northpeak Trail Boots are eighty-nine dollars and ninety-nine cents.",
        "money",
        None,
    ),
    (
        "ru",
        "«Ботинки Northpeak Trail» — 59,99 американских долларов.",
        "«Ботинки Northpeak Trail» — 89,99 американских долларов.",
        "money",
        None,
    ),
    ("en", "Northpeak Trail Boots .. 59.99 USD", "Northpeak Trail Boots .. 89.99 USD", "money", None),
    # a code with a colon before the amount, "刀" alone, the unit written twice after the price
    ("zh", "Northpeak 登山靴：USD：59.99一件。", "Northpeak 登山靴：USD：89.99一件。", "money", None),
    ("zh", "Northpeak 登山靴：59.99刀一件。", "Northpeak 登山靴：89.99刀一件。", "money", None),
    ("zh", "Northpeak 登山靴：59.99美元/件一件。", "Northpeak 登山靴：59.99欧元/件一件。", "money", None),
    # a field answered yes/no, back-ordered
    ("en", "Alpen Parka | In stock: no", "Northpeak Trail Boots | In stock: no", "stock_flag", None),
    ("en", "Northpeak Trail Boots | Available: yes", "Alpen Parka | Available: yes", "stock_flag", None),
    ("en", "The Alpen Parka is back-ordered.", "The Northpeak Trail Boots are back-ordered.", "stock_flag", None),
    # dates with the year set apart, or the day in words
    ("zh", "订单1042的下单时间：11月18号，2026年。", "订单1042的下单时间：11月17号，2026年。", "date", ORDER),
    ("zh", "订单1042创建于11月18日（2026年）。", "订单1042创建于11月19日（2026年）。", "date", ORDER),
    ("en", "Order 1042 was placed on Nov 18 '26.", "Order 1042 was placed on Nov 16 '26.", "date", ORDER),
    (
        "en",
        "Order 1042: checkout was completed on Wednesday, November eighteenth, 2026.",
        "Order 1042: checkout was completed on Wednesday, November twenty-first, 2026.",
        "date",
        ORDER,
    ),
    (
        "en",
        "Your order 1042 went through on the eighteenth of November 2026.",
        "Your order 1042 went through on the nineteenth of November 2026.",
        "date",
        ORDER,
    ),
    (
        "ru",
        "Заказ 1042 был размещён восемнадцатого ноября 2026 года.",
        "Заказ 1042 был размещён шестого ноября 2026 года.",
        "date",
        ORDER,
    ),
    ("ru", "Заказ 1042 был размещён 18.11.2026 (Ср).", "Заказ 1042 был размещён 16.11.2026 (Пн).", "date", ORDER),
    # sizes after "there's a"
    (
        "en",
        "Among the sizes of the Urbanist Nova Jacket there's a XL.",
        "Among the sizes of the Urbanist Nova Jacket there's a XXS.",
        "size",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "true", "false", "kind", "given"), PAIRS)
def test_a_form_passes_when_true_and_fails_when_false(
    lang: str, true: str, false: str, kind: str, given: list[dict[str, Any]] | None
) -> None:
    from tests.agent.test_grounding_forms2 import _given

    used = given if given is not None else _given(lang, true, None)
    assert _reasons(lang, true, used) == [], (true, _reasons(lang, true, used))
    assert any(r.startswith(kind) for r in _reasons(lang, false, used)), (false, _reasons(lang, false, used))


def test_cents_after_a_currency_abbreviation_stay_in_the_sentence() -> None:
    assert split_sentences("Цена — 59 долл. 99 ц. Есть в наличии.", "ru") == [
        "Цена — 59 долл. 99 ц. ",
        "Есть в наличии.",
    ]


def test_list_items_run_together_on_one_line_are_two_sentences() -> None:
    text = "Alpen Parka — In stock: no There are 7 units of the Northpeak Trail Boots left."
    assert split_sentences(text, "en") == [
        "Alpen Parka — In stock: no ",
        "There are 7 units of the Northpeak Trail Boots left.",
    ]
    assert _reasons("en", text, facts("en")) == []
    assert any(r.startswith("stock_qty") for r in _reasons("en", text.replace("7 units", "9 units"), facts("en")))


# (language, sentence, true of this order, false of that one)
STATES: list[tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]] = [
    ("ru", "Заказ 2001 отменён и не будет отправлен.", _order("cancelled"), SHIPPED),
    ("ru", "Ваш заказ (номер 2001) в статусе «Возврат».", _order("returned"), DELIVERED),
    ("en", "Your order, no. 2001, is closed as a return.", _order("returned"), DELIVERED),
    ("en", "Your order with ID 2001 has been received back as a return.", _order("returned"), DELIVERED),
    ("en", "Your order with ID 2001 has been delivered to your address.", DELIVERED, _order("pending")),
]


@pytest.mark.parametrize(("lang", "sentence", "true_of", "false_of"), STATES)
def test_state_wordings(
    lang: str, sentence: str, true_of: list[dict[str, Any]], false_of: list[dict[str, Any]]
) -> None:
    assert _reasons(lang, sentence, true_of) == [], (sentence, _reasons(lang, sentence, true_of))
    assert any(r.startswith(("state", "date")) for r in _reasons(lang, sentence, false_of)), sentence


def test_a_quoted_button_is_no_name_but_its_date_is_read() -> None:
    text = 'You hit "Place order" on 2026/11/18.'
    assert _reasons("en", f"Order 1042: {text}", ORDER) == []
    assert any(r.startswith("date") for r in _reasons("en", f"Order 1042: {text.replace('18', '15')}", ORDER))


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        ("ru", "Нашли 3 шт. подходящих товаров: «Ботинки Northpeak Trail» — 7 шт. на складе.", "8 шт. на складе"),
        ("ru", "Подходящих позиций — 3. «Ботинки Northpeak Trail»: на складе 7 шт.", "на складе 9 шт"),
        ("zh", "为您找到3件相关商品：Northpeak 登山靴库存7件。", "库存9件"),
    ],
)
def test_a_count_of_results_is_no_stock(lang: str, text: str, wrong: str) -> None:
    assert _reasons(lang, text, facts(lang)) == [], _reasons(lang, text, facts(lang))
    bad = text.replace("7 шт. на складе", wrong).replace("на складе 7 шт", wrong).replace("库存7件", wrong)
    assert any(r.startswith("stock_qty") for r in _reasons(lang, bad, facts(lang))), bad
