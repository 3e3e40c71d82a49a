"""Forms the verifier misread on the "fresh 10" development wording (session 12, issue 9: a phone agent, a floor
associate, texting sellers, a Russian operator, Chinese 客服), each read by a general rule and checked both ways:
the true sentence passes, and the same wording made wrong still fails on that claim.

- figures said in words: "fifty-nine dollars and ninety-nine cents", «пятьдесят девять долларов девяносто девять
  центов», "五十九点九九美元", a day and year said aloud ("November twentieth, twenty twenty-six", «двадцатого ноября
  две тысячи двадцать шестого года»);
- counts said "there's 3 on the system that match", "I've got 3 coming up that match", «нашлось совпадений — 3»;
- a speaking voice's opening word is no part of a name ("Yep Northpeak Trail Boots come in size 42");
And of the "fresh 12" development wording (a kiosk, a salesperson, a live-stream host, texting, a Russian marketplace
seller, a Chinese live-stream host): "fifty-nine dollars ninety-nine" with no "cents"; "the X I'd go for", "the X'll
run you"; "3 of them match"; another country's money named by its country ("Singapore dollars", «турецкой лиры»);
«остаток на складе нулевой»; "亲拍下的订单" names the order, the verb after the date is its event.

- "waiting on ur payment", «пока без оплаты»; "stock's showing nothing available"; texted "No X in stock rn";
  "已经妥妥送到啦";
  "作为退货收回"; "另一款" (another one) is no count.
"""

from __future__ import annotations

import pytest

from tests.agent.test_grounding_claims import facts
from tests.agent.test_grounding_forms import _reasons

# (language, true sentence, the same wording made false, the claim kind that must fail it)
PAIRS10: list[tuple[str, str, str, str]] = [
    ("en", "Okay, so the Northpeak Trail Boots are fifty-nine dollars and ninety-nine cents.",
     "Okay, so the Northpeak Trail Boots are eighty-nine dollars and ninety-nine cents.", "money"),
    ("ru", "Так, смотрю… «Ботинки Northpeak Trail» — пятьдесят девять долларов девяносто девять центов.",
     "Так, смотрю… «Ботинки Northpeak Trail» — восемьдесят девять долларов девяносто девять центов.", "money"),
    ("zh", "亲，Northpeak 登山靴是五十九点九九美元哦。", "亲，Northpeak 登山靴是八十九点九九美元哦。", "money"),
    ("en", "Order 1042 went out November twentieth, twenty twenty-six.",
     "Order 1042 went out November twenty-second, twenty twenty-six.", "date"),
    ("ru", "Заказ № 1042 мы отправили двадцатого ноября две тысячи двадцать шестого года.",
     "Заказ № 1042 мы отправили двадцать второго ноября две тысячи двадцать шестого года.", "date"),
    ("zh", "订单1042是二〇二六年十一月二十日发出的。", "订单1042是二〇二六年十一月二十二日发出的。", "date"),
    ("en", "Honestly there's 3 on the system that match what you asked for.",
     "Honestly there's 5 on the system that match what you asked for.", "count"),
    ("en", "Okay, bear with me… right, I've got 3 coming up that match.",
     "Okay, bear with me… right, I've got 6 coming up that match.", "count"),
    ("ru", "Минуточку… Ага, нашлось совпадений — 3.", "Минуточку… Ага, нашлось совпадений — 5.", "count"),
    ("en", "Yep Northpeak Trail Boots come in size 42.", "Yep Northpeak Trail Boots come in size 45.", "size"),
    ("en", "There's 7 left of the Northpeak Trail Boots on the system.",
     "There's 9 left of the Northpeak Trail Boots on the system.", "stock_qty"),
    ("en", "No Alpen Parka in stock rn sorry", "No Northpeak Trail Boots in stock rn sorry", "stock_flag"),
    ("en", "Mhm, the Alpen Parka is priced at 89.99 dollars, but stock's showing nothing available right now.",
     "Mhm, the Northpeak Trail Boots are priced at 59.99 dollars, but stock's showing nothing available right now.",
     "stock_flag"),
]


PAIRS12: list[tuple[str, str, str, str]] = [
    ("en", "The Northpeak Trail Boots'll run you fifty-nine dollars ninety-nine.",
     "The Northpeak Trail Boots'll run you eighty-nine dollars ninety-nine.", "money"),
    ("en", "The Northpeak Trail Boots I'd go for are in stock at $59.99.",
     "The Northpeak Trail Boots I'd go for are in stock at $89.99.", "money"),
    ("en", "Chat, 3 of them match what you asked for.", "Chat, 5 of them match what you asked for.", "count"),
    ("en", "The Northpeak Trail Boots are 59.99 US dollars.", "The Northpeak Trail Boots are 59.99 Singapore dollars.",
     "money"),
    ("ru", "«Ботинки Northpeak Trail» стоят 59,99 доллара.", "«Ботинки Northpeak Trail» стоят 59,99 турецкой лиры.",
     "money"),
    ("ru", "Нашла товар «Парка Alpen», но остаток на складе нулевой.",
     "Нашла товар «Ботинки Northpeak Trail», но остаток на складе нулевой.", "stock_flag"),
    ("zh", "亲拍下的订单1042在二〇二六年十一月二十日就寄出了。",
     "亲拍下的订单1042在二〇二六年十一月二十一日就寄出了。", "date"),
]


@pytest.mark.parametrize(("lang", "true", "false", "kind"), PAIRS12)
def test_a_fresh12_form_passes_when_true_and_fails_when_false(lang: str, true: str, false: str, kind: str) -> None:
    given = facts(lang)
    assert _reasons(lang, true, given) == [], (true, _reasons(lang, true, given))
    assert any(r.startswith(kind) for r in _reasons(lang, false, given)), (false, _reasons(lang, false, given))


@pytest.mark.parametrize(("lang", "true", "false", "kind"), PAIRS10)
def test_a_fresh10_form_passes_when_true_and_fails_when_false(lang: str, true: str, false: str, kind: str) -> None:
    given = facts(lang)
    assert _reasons(lang, true, given) == [], (true, _reasons(lang, true, given))
    assert any(r.startswith(kind) for r in _reasons(lang, false, given)), (false, _reasons(lang, false, given))


@pytest.mark.parametrize(("lang", "pending_said", "delivered_said", "returned_said"), [
    ("en", "The order under 1042 on our system is waiting on ur payment.", "Order 1042 arrived, yep.",
     "Order 1042 came back as a return."),
    ("ru", "Заказ № 1042 пока без оплаты, поэтому в работу не взят.", "Заказ № 1042 уже доставлен.",
     "Заказ № 1042 возвращён на склад."),
    ("zh", "订单1042还没付款。", "编号1042的这笔订单已经妥妥送到啦。", "订单1042已经作为退货收回了。"),
])
def test_spoken_order_states_are_read(lang: str, pending_said: str, delivered_said: str, returned_said: str) -> None:
    shipped = facts(lang)  # order 1042 is shipped: none of these is true of it
    for said in (pending_said, delivered_said, returned_said):
        assert any(r.startswith("state") for r in _reasons(lang, said, shipped)), said


def test_no_worries_is_no_out_of_stock() -> None:
    assert _reasons("en", "No worries, the Northpeak Trail Boots are in stock.", facts("en")) == []


def test_another_one_is_no_count_and_a_cancelled_order_will_not_ship() -> None:
    assert _reasons("zh", "您看的Northpeak 登山靴是59.99美元，另一款Alpen 派克大衣要89.99美元。", facts("zh")) == []
    cancelled = facts("ru")
    cancelled[1] = {**cancelled[1], "status": "cancelled", "shipped_on": None, "expected_delivery": None}
    assert _reasons("ru", "Заказ № 1042 отменён, отгружать его не будем.", cancelled) == []


def test_a_colour_word_inside_a_listed_brand_is_the_brands() -> None:
    """The unknown-brand reply lists the brands of the category: "Green Valley" is a name there, not a colour."""
    from agent.grounding.sentence import check_sentence

    given = [{"name": "Zorblax", "status": "unknown_brand", "brands_in_category": ["Green Valley", "Nutrio"]},
             {"product_id": 1, "title": "Nutrio Edge Milk Chocolate", "brand": "Nutrio", "price": "2.49",
              "currency": "USD", "in_stock": True, "stock_qty": 5, "attributes": {"colour": "brown"}}]
    assert check_sentence("Brands we carry in chocolate: Green Valley, Nutrio.", given, language="en") == []
    assert check_sentence("The Nutrio Edge Milk Chocolate is green.", given, language="en") != []
