"""Forms the verifier misread on the "fresh 13" wording (session 13, issue 9: Russian marketplace sellers, a voice
assistant, a support operator, a Telegram shop bot; an English call centre; Chinese customer service), each read by a
general rule and checked both ways: the true sentence passes, and the same wording made wrong still fails.

- counts of results «Совпадений с запросом: 3», «Количество товаров, соответствующих запросу, — 3»,
  "符合要求的商品有3个";
- "Here's what I found: 7 of the X in stock" is stock, not a count of results;
- «По размерам: у X есть 42» is a size, not stock; «1 299 долларов 00 центов» (thousands grouped by a space);
- money named by an adjective and a noun the parser did not know («армянского драма»);
- "will be delivered by UPS" names the carrier, no state; "shows a completed delivery", "back with us as a
  return", «платёж по нему пока не поступил», «получен нами обратно в качестве возврата».
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.agent.test_grounding_claims import facts
from tests.agent.test_grounding_forms import DELIVERED, SHIPPED, _order, _reasons

# (language, true sentence, the same wording made false, the claim kind that must fail it)
PAIRS: list[tuple[str, str, str, str]] = [
    ("ru", "Совпадений с запросом: 3.", "Совпадений с запросом: 5.", "count"),
    ("ru", "Количество товаров, соответствующих запросу, — 3.", "Количество товаров, соответствующих запросу, — 5.",
     "count"),
    ("ru", "Смотрите, что есть: товаров по запросу — 3.", "Смотрите, что есть: товаров по запросу — 5.", "count"),
    ("zh", "亲，给您核实了一下，符合要求的商品有3个。", "亲，给您核实了一下，符合要求的商品有5个。", "count"),
    ("en", "Here's what I found: 7 of the Northpeak Trail Boots in stock.",
     "Here's what I found: 9 of the Northpeak Trail Boots in stock.", "stock_qty"),
    ("ru", "По размерам: у «Ботинки Northpeak Trail» есть 42.", "По размерам: у «Ботинки Northpeak Trail» есть 45.",
     "size"),
    ("ru", "Цена товара «Палатка Summit X2 2024» — 1 299 долларов 00 центов.",
     "Цена товара «Палатка Summit X2 2024» — 1 399 долларов 00 центов.", "money"),
    ("ru", "«Ботинки Northpeak Trail» стоят 59,99 $.", "«Ботинки Northpeak Trail» стоят 59,99 армянского драма.",
     "money"),
]


@pytest.mark.parametrize(("lang", "true", "false", "kind"), PAIRS)
def test_a_form_passes_when_true_and_fails_when_false(lang: str, true: str, false: str, kind: str) -> None:
    assert _reasons(lang, true, facts(lang)) == [], (true, _reasons(lang, true, facts(lang)))
    assert any(r.startswith(kind) for r in _reasons(lang, false, facts(lang))), (false, _reasons(lang, false,
                                                                                                   facts(lang)))


def test_a_carrier_sentence_in_the_future_claims_no_state() -> None:
    text = "According to our system, your order 2001 will be delivered by UPS."
    assert _reasons("en", text, DELIVERED) == []
    assert any(r.startswith("carrier") for r in _reasons("en", text.replace("UPS", "DHL"), DELIVERED))


# (language, sentence, true of this order, false of that one)
STATES: list[tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]] = [
    ("en", "Order 2001 in our records shows a completed delivery.", DELIVERED, _order("cancelled")),
    ("en", "Your order bearing number 2001 is back with us as a return.", _order("returned"), DELIVERED),
    ("ru", "Заказ 2001 создан, однако платёж по нему пока не поступил.", _order("pending"), SHIPPED),
    ("ru", "Заказ № 2001 получен нами обратно в качестве возврата.", _order("returned"), DELIVERED),
]


@pytest.mark.parametrize(("lang", "sentence", "true_of", "false_of"), STATES)
def test_state_wordings(
    lang: str, sentence: str, true_of: list[dict[str, Any]], false_of: list[dict[str, Any]]
) -> None:
    assert _reasons(lang, sentence, true_of) == [], (sentence, _reasons(lang, sentence, true_of))
    assert any(r.startswith(("state", "date")) for r in _reasons(lang, sentence, false_of)), sentence
