"""Shoppers' own forms the parser reads (issue 10, from development6's errors): a refusal after the thing
(«кожаные не надо», "皮的不要"), "nothing with X", "四个人的", «литров 30», how long a thing is for, "show me …",
"有沙发卖吗" and a thing named after what broke («сломался насос»)."""

from __future__ import annotations

import pytest

from knowledge.query import understand
from knowledge.text import DURATION
from knowledge.wanted import wanted_phrases


@pytest.mark.parametrize(
    ("text", "lang", "key", "value"),
    [
        ("кожаные не надо, он их вечно сушит на батарее", "ru", "material", "leather"),
        ("чёрный не хочу", "ru", "colour", "black"),
        ("не хочу кожаные", "ru", "material", "leather"),
        ("куртку, но черную не хочу", "ru", "colour", "black"),
        ("皮的不要", "zh", "material", "leather"),
        ("PVC的就不要了", "zh", "material", "pvc"),
    ],
)
def test_a_refusal_after_the_thing_excludes_it(text: str, lang: str, key: str, value: str) -> None:
    u = understand(text, lang)
    assert value in u.exclude_attrs.get(key, []), (u.exclude_attrs, u.parsed.attributes)
    assert u.parsed.attributes.get(key) != value
    assert "了" not in u.parsed.exclude_terms and "надо" not in u.parsed.exclude_terms


def test_a_person_before_the_refusal_is_not_refused() -> None:
    assert "мне" not in understand("мне не нужно дорогое", "ru").parsed.exclude_terms


def test_nothing_with_is_a_negation() -> None:
    u = understand("snack bars, no nuts and nothing with chocolate either", "en")
    assert "chocolate" in u.parsed.exclude_terms


@pytest.mark.parametrize(("text", "lang"), [("4个人的", "zh"), ("四个人的帐篷", "zh"), ("4人帐篷", "zh")])
def test_a_head_count_with_a_measure_word(text: str, lang: str) -> None:
    assert understand(text, lang).parsed.attributes.get("persons") == 4


def test_a_person_asked_for_is_no_head_count() -> None:
    assert "persons" not in understand("我要人工客服", "zh").parsed.attributes


@pytest.mark.parametrize(("text", "litres"), [("литров 30", 30), ("рюкзак литров 40", 40), ("рюкзак 30 литров", 30),
                                             ("во что сложить вещи, литров 30, чтобы вода не попадала", 30)])
def test_russian_puts_the_unit_first_for_about_so_many(text: str, litres: int) -> None:
    assert understand(text, "ru").parsed.attributes.get("capacity_l") == litres


@pytest.mark.parametrize("text", ["рюкзак в поход на 3 дня", "tent for a 5 day trip", "3-day hike", "去三亚玩5天"])
def test_how_long_a_thing_is_for_is_no_figure_of_it(text: str) -> None:
    assert DURATION.search(text)
    attrs = understand(text).parsed.attributes
    assert not {"size", "length_m", "persons"} & set(attrs), attrs


@pytest.mark.parametrize(
    ("text", "lang", "thing"),
    [
        ("show me some wireless headphones", "en", "wireless headphones"),
        ("find me a tent for 4", "en", "tent"),
        ("leather boots always give me blisters so I'm after hiking boots", "en", "hiking boots"),
        ("你们这有沙发卖吗", "zh", "沙发"),
        ("У нас на даче сломался насос, продаёте такие?", "ru", "насос"),
        ("Мне бы билеты на концерт в субботу", "ru", "билеты"),
    ],
)
def test_the_thing_asked_for(text: str, lang: str, thing: str) -> None:
    phrases = wanted_phrases(text, lang)
    assert phrases and phrases[0] == thing, phrases
    assert "show" not in phrases and "find" not in phrases


def test_a_refused_ingredient_with_its_verb_is_the_free_flag() -> None:
    u = understand("减肥期间晚上总嘴馋 又怕胖 含糖的不要", "zh")
    assert u.parsed.attributes.get("sugar_free") is True and "含糖" not in u.parsed.exclude_terms


@pytest.mark.parametrize(
    ("text", "young"),
    [("birthday present for my nephew, he's turning 6", True), ("однокласснику сына на др, мальчик 7 лет", True),
     ("给8岁的侄子买个生日礼物", True), ("gift for my son, he's 30 and loves hiking", False),
     ("подарок папе до 3000", False)],
)
def test_a_present_for_a_young_child_asks_for_a_childs_things(text: str, young: bool) -> None:
    from knowledge.needs import uses_of

    assert any("children" in u for u in uses_of(text)) is young, uses_of(text)


@pytest.mark.parametrize("text", ["Нужно во что сложить вещи, чтобы вода не попадала",
                                  "need something to put my stuff in for a kayak trip", "想买个装东西的"])
def test_something_to_pack_things_into_is_a_bag(text: str) -> None:
    from knowledge.needs import uses_of

    assert any("backpack" in u for u in uses_of(text)), uses_of(text)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("по выходным гоняет на велике. 3 тыс", None, 3000), ("скидываемся коллеге на др, вышло 4 тысячи", None, 4000),
     ("хочу без проводов, тысяч 6-7", 6000, 7000), ("от 2 до 3 тысяч", 2000, 3000), ("Не больше 10 тыщ", None, 10000)],
)
def test_a_thousands_word_is_roubles_however_placed(text: str, low: int | None, high: int) -> None:
    from decimal import Decimal

    from knowledge.query import convert

    p = understand(text, "ru").parsed
    rate = {"USD": 1.0, "RUB": 0.011}
    assert p.currency == "RUB"
    assert p.price_max == convert(Decimal(high), "RUB", "USD", rate)
    assert p.price_min == (convert(Decimal(low), "RUB", "USD", rate) if low else None)


@pytest.mark.parametrize(("text", "lang"), [("хочу наушники без проводов", "ru"), ("headphones with no wires", "en")])
def test_without_wires_is_wireless(text: str, lang: str) -> None:
    u = understand(text, lang)
    assert u.parsed.attributes.get("wireless") is True and not u.parsed.exclude_terms


@pytest.mark.parametrize(("text", "lang"),
                         [("проводные наушники", "ru"), ("wired headphones", "en"), ("有线耳机", "zh")])
def test_wired_is_not_wireless(text: str, lang: str) -> None:
    assert understand(text, lang).parsed.attributes.get("wireless") is False


@pytest.mark.parametrize(
    ("text", "yuan"),
    [("两三百的", 300), ("不超过三百", 300), ("一百多块", 199), ("几十块钱的", 99), ("一千出头", 1200),
     ("百来块", 110), ("三四百块吧", 400)],
)
def test_loose_chinese_budgets_are_their_upper_end(text: str, yuan: int) -> None:
    from decimal import Decimal

    from knowledge.query import convert

    p = understand(text, "zh").parsed
    assert p.currency == "CNY" and p.price_max == convert(Decimal(yuan), "CNY", "USD", {"USD": 1.0, "CNY": 0.14})


def test_at_most_two_people_is_no_price() -> None:
    p = understand("最多两个人", "zh").parsed
    assert p.price_max is None
