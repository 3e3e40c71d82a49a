"""Forms the verifier misread on the "fresh 7" development wording (session 10, issue 9: the formal voice of store
notices and support letters), each read by a general rule and checked both ways: the true sentence passes, and the
same wording made wrong still fails on that claim.

- counts named after a clause («Количество товаров, соответствующих Вашему запросу, составляет 3», «товары в
  количестве 3 ед.», «перечень подходящих товаров, общее количество — 3»);
- a date before «оформленный Вами заказ № N был отправлен»: the participle names the order, the verb after it is
  the date's event;
- a refund time said «срок возврата денежных средств … с момента получения нами возврата»;
- a size label line ("Size information for X: 42 is offered");
- "已由收件人签收" (signed for by the recipient) is delivered;
- a quoted state before "status" ('is in “Pending payment” status') is no product name, and "no payment has been
  received" is no claim that it has;
- a figure in an "if" clause after what it conditions («доставка не взимается, если сумма превышает 50 USD»).

And of the "fresh 9" development wording (spoken and selling voices): counts said "3 in all", "the number of matches
is 3", «подобрала варианты, всего их 3»; "这一款"/"换一款" (this one, another one) are no count;
"2026年的11月18号"; Chinese payment states "付款收到啦", "还没收到付款", "付过款"; "none are in stock"; "库存是有的";
"可以退" names the return window; "XL is one of the size options"; "1,203 dollars and 99 cents"; "Mexican pesos";
生成 (created) is the day an order was placed.
"""

from __future__ import annotations

import pytest

from tests.agent.test_grounding_claims import facts
from tests.agent.test_grounding_forms import _reasons

# (language, true sentence, the same wording made false, the claim kind that must fail it)
PAIRS7: list[tuple[str, str, str, str]] = [
    (
        "ru",
        "Уважаемый покупатель! Количество товаров, соответствующих Вашему запросу, составляет 3.",
        "Уважаемый покупатель! Количество товаров, соответствующих Вашему запросу, составляет 9.",
        "count",
    ),
    (
        "ru",
        "Информируем Вас, что Вашим критериям отвечают товары в количестве 3 ед.; список приводим ниже.",
        "Информируем Вас, что Вашим критериям отвечают товары в количестве 9 ед.; список приводим ниже.",
        "count",
    ),
    (
        "ru",
        "Направляем Вам перечень подходящих товаров, общее количество — 3.",
        "Направляем Вам перечень подходящих товаров, общее количество — 9.",
        "count",
    ),
    (
        "ru",
        "Доводим до Вашего сведения, что 20 ноября 2026 г. оформленный Вами заказ № 1042 был отправлен со склада.",
        "Доводим до Вашего сведения, что 18 ноября 2026 г. оформленный Вами заказ № 1042 был отправлен со склада.",
        "date",
    ),
    (
        "ru",
        "Информируем Вас, что 2026-11-20 заказ с присвоенным номером 1042 передан в службу доставки.",
        "Информируем Вас, что 2026-11-23 заказ с присвоенным номером 1042 передан в службу доставки.",
        "date",
    ),
    (
        "ru",
        "Срок возврата денежных средств — 5–7 рабочих дней с момента получения нами возврата.",
        "Срок возврата денежных средств — 6–9 рабочих дней с момента получения нами возврата.",
        "duration",
    ),
    (
        "en",
        "Size information for the Northpeak Trail Boots: 42 is offered.",
        "Size information for the Northpeak Trail Boots: 45 is offered.",
        "size",
    ),
    (
        "ru",
        "Согласно условиям доставки, плата за доставку не взимается, если сумма заказа превышает USD 50,00.",
        "Согласно условиям доставки, плата за доставку не взимается, если сумма заказа превышает USD 14,99.",
        "money",
    ),
]


PAIRS9: list[tuple[str, str, str, str]] = [
    ("en", "Here's what I found — 3 in all.", "Here's what I found — 9 in all.", "count"),
    ("en", "So, the number of matches is 3; here's the rundown.", "So, the number of matches is 8; here's the rundown.",
     "count"),
    ("ru", "Здравствуйте! Подобрала вам варианты, всего их 3.", "Здравствуйте! Подобрала вам варианты, всего их 7.",
     "count"),
    ("zh", "宝宝们看过来，Northpeak 登山靴这一款是59.99美元。", "宝宝们看过来，Northpeak 登山靴这一款是49.99美元。",
     "money"),
    ("zh", "订单1042是2026年的11月18号生成的。", "订单1042是2026年的11月16号生成的。", "date"),
    ("en", "Let's see — the Alpen Parka is $89.99, though none are in stock right now.",
     "Let's see — the Northpeak Trail Boots are $59.99, though none are in stock right now.", "stock_flag"),
    ("zh", "我看一下哈，Northpeak 登山靴库存是有的。", "我看一下哈，Alpen 派克大衣库存是有的。", "stock_flag"),
    ("zh", "好嘞，退货的话，30天内都可以退。", "好嘞，退货的话，7天内都可以退。", "duration"),
    ("en", "So, for the Northpeak Trail Boots, 42 is one of the size options.",
     "So, for the Northpeak Trail Boots, 45 is one of the size options.", "size"),
    ("en", "The Summit Tent X2 2024 is 1,299 dollars and 0 cents.",
     "The Summit Tent X2 2024 is 1,203 dollars and 99 cents.", "money"),
    ("en", "Yep, the Northpeak Trail Boots are 59.99 dollars.",
     "Yep, the Northpeak Trail Boots are 59.99 Mexican pesos.", "money"),
]


def test_chinese_payment_states() -> None:
    shipped = facts("zh")  # order 1042 is shipped: paid, so "not paid yet" is wrong
    assert any(r.startswith("state") for r in _reasons("zh", "订单1042还没收到付款。", shipped))
    pending = facts("zh")
    pending[1] = {**pending[1], "status": "pending", "shipped_on": None, "expected_delivery": None}
    for said in ("您说的订单1042付款收到啦，还在备货。", "订单1042已经付过款了。"):
        assert any(r.startswith("state") for r in _reasons("zh", said, pending)), said
    assert _reasons("zh", "订单1042还没收到付款。", pending) == []


@pytest.mark.parametrize(("lang", "true", "false", "kind"), PAIRS9)
def test_a_fresh9_form_passes_when_true_and_fails_when_false(lang: str, true: str, false: str, kind: str) -> None:
    given = facts(lang)
    assert _reasons(lang, true, given) == [], (true, _reasons(lang, true, given))
    assert any(r.startswith(kind) for r in _reasons(lang, false, given)), (false, _reasons(lang, false, given))


@pytest.mark.parametrize(("lang", "true", "false", "kind"), PAIRS7)
def test_a_fresh7_form_passes_when_true_and_fails_when_false(lang: str, true: str, false: str, kind: str) -> None:
    given = facts(lang)
    assert _reasons(lang, true, given) == [], (true, _reasons(lang, true, given))
    assert any(r.startswith(kind) for r in _reasons(lang, false, given)), (false, _reasons(lang, false, given))


def test_signed_for_by_the_recipient_is_delivered() -> None:
    given = facts("zh")  # order 1042 is shipped, not delivered
    assert any(r.startswith("state") for r in _reasons("zh", "尊敬的顾客您好，您的订单1042已由收件人签收。", given))
    assert _reasons("zh", "尊敬的顾客您好，您的订单1042已发货。", given) == []


def test_a_quoted_state_before_status_is_a_label_and_no_payment_is_no_claim_of_payment() -> None:
    given = facts("en")
    given[1] = {**given[1], "status": "pending", "shipped_on": None, "expected_delivery": None}
    text = "Your order 1042 is in “Pending payment” status: no payment has been received for it so far."
    assert _reasons("en", text, given) == []
    assert any(r.startswith("state") for r in _reasons("en", "Your order 1042: payment has been received.", given))
