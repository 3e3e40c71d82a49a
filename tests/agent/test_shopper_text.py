"""A shopper's message in the forms the rules read (agent/understand/shopper_text.py): each fold keeps the meaning,
and text that needs no fold comes back unchanged."""

from __future__ import annotations

import pytest

from agent.understand.rules import rule_hits
from agent.understand.shopper_text import shopper_text


@pytest.mark.parametrize(("text", "read"), [
    # Traditional Chinese read as Simplified
    ("您好，訂單1820的電池想辦理退貨。", "订单1820的电池想办理退货。"),
    # full-width digits and letters; Chinese punctuation kept
    ("订单１５９２，手机尾号８２００，ＵＳＢ线", "订单1592，手机尾号8200，USB线"),
    # digits read one by one, four or more in a row
    ("手机尾号四九七九", "手机尾号4979"),
    ("尾号是二二五六。", "尾号是2256。"),
    # a dictated e-mail, in a message that speaks of one
    ("my email is lucas dot wilson151 at example dot com thanks", "my email is lucas.wilson151@example.com thanks"),
    ("e-mail: anna (at) example (dot) co (dot) uk", "e-mail: anna@example.co.uk"),
    # ... dictated in Russian («точка», «собака») or Chinese (点, 艾特), Han characters right before it
    ("моя почта oleg точка 77 собака example точка com", "моя почта oleg.77@example.com"),
    ("邮箱是li.na艾特example点com", "邮箱是li.na@example.com"),
    # the connector as phone sellers call it
    ("есть зарядка Type-C?", "есть зарядка USB-C?"),
    ("type c充电器", "USB-C充电器"),
    # Russian in Latin letters; a brand stays as it was
    ("hochu vernut noski Stridewell iz zakaza 1046, upakovka ne vskryta",
     "хочу вернут носки Stridewell из заказа 1046, упаковка не вскрыта"),
    ("privet, gde moy zakaz 1234?", "привет, где мой заказ 1234?"),
])
def test_each_form_is_read_as_the_rules_know_it(text: str, read: str) -> None:
    assert shopper_text(text) == read


@pytest.mark.parametrize("text", [
    "I want to return my boots, order 1234",
    "do you have waterproof hiking boots under 120",
    "is the Stridewell tent in stock?",
    "we met at home dot com last year",  # no e-mail spoken of: prose stays prose
    "я хочу вернуть ботинки",
    "有没有四人帐篷",
    "我要三个，一二三",  # three digits are a count or a list, not a number read aloud
    "na na na no no",
])
def test_text_that_needs_no_fold_is_unchanged(text: str) -> None:
    assert shopper_text(text) == text


def test_a_letters_salutation_asks_for_no_person_but_asking_for_one_does() -> None:
    assert "human" not in [h.rule for h in rule_hits("Dear Customer Service,\n\nPlease cancel order 1502.")]
    assert "human" in [h.rule for h in rule_hits("I want to speak to customer service")]
    assert "human" in [h.rule for h in rule_hits("Dear customer service, get me a human")]


@pytest.mark.parametrize("text", ["在吗", "在吗？", "有人吗?", "hi!"])
def test_are_you_there_is_a_greeting(text: str) -> None:
    assert [h.rule for h in rule_hits(text)] == ["greeting_or_thanks"]


def test_asking_whether_anybody_cares_is_no_product_search() -> None:
    assert "browse_words" not in [h.rule for h in rule_hits("等了好几天了，你们到底有没有人管？")]
    assert "browse_words" in [h.rule for h in rule_hits("有没有狗绳")]
