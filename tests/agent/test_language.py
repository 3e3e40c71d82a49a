"""Language detection: script first, fallback to the locale/session when the text does not say."""

from __future__ import annotations

import pytest

from agent.understand.language import base_language, detect_language, guess_language


@pytest.mark.parametrize(
    ("text", "fallback", "expected"),
    [
        ("where is my order", None, "en"),
        ("hi", None, "en"),
        ("show me cheaper ones", "ru", "en"),
        ("где мой заказ", None, "ru"),
        ("а подешевле?", "en", "ru"),
        ("чехол на iPhone 15", None, "ru"),
        ("我的订单在哪", None, "zh"),
        ("有便宜点的吗", "en", "zh"),
        ("我要iPhone 15 pro max的手机壳", None, "zh"),
        ("蓝色的", "ru", "zh"),
        ("好", None, "zh"),
        # no language of its own: the fallback decides
        ("12345", "ru", "ru"),
        ("👍👍", "zh", "zh"),
        ("!!!", None, "en"),
        ("", "ru", "ru"),
        ("iphone 15 pro", "ru", "ru"),
        ("iphone 15 pro", None, "en"),
        # transliterated Russian / pinyin keep the session's language when there is one
        ("privet, gde moi zakaz", "en", "en"),
        ("privet, gde moi zakaz", None, "ru"),
        ("nihao, duoshao qian", None, "zh"),
        # other languages, coarsely
        ("Wo ist meine Bestellung? Ich möchte die Größe ändern", None, "de"),
        ("¿Dónde está mi pedido? Gracias", None, "es"),
        ("Bonjour, où est ma commande", None, "fr"),
        ("де моє замовлення, будь ласка, їжа", None, "uk"),
        ("注文はどこですか", None, "ja"),
        ("주문이 어디에 있나요", None, "ko"),
        ("أين طلبي", None, "ar"),
    ],
)
def test_detect_language_table(text: str, fallback: str | None, expected: str) -> None:
    assert detect_language(text, fallback) == expected


def test_guess_says_when_it_fell_back() -> None:
    sure = guess_language("где мой заказ")
    assert sure.confident and sure.reason == "script"
    unsure = guess_language("12345", "zh")
    assert not unsure.confident and unsure.language == "zh" and unsure.reason == "fallback"
    translit = guess_language("spasibo bolshoe, hochu kupit", None)
    assert translit.reason == "transliteration" and translit.language == "ru" and not translit.confident


def test_base_language_of_locales() -> None:
    assert base_language("ru-RU") == "ru"
    assert base_language("zh_Hans_CN") == "zh"
    assert base_language("EN") == "en"
    assert base_language(None) is None
