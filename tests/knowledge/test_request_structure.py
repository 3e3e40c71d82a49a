"""Issue 10, deliverable 1: exclusions with their real scope, the question frame cut, "not carried" from the catalog."""

from __future__ import annotations

import pytest

from knowledge.names import resolve_name
from knowledge.query import understand


@pytest.mark.parametrize(
    ("text", "excluded", "wanted_text"),
    [
        ("瑜伽垫不要PVC的", {"material": ["pvc"]}, "瑜伽垫"),
        ("yoga mat without pvc", {"material": ["pvc"]}, "yoga mat"),
        ("коврик для йоги не из ПВХ", {"material": ["pvc"]}, "коврик для йоги"),
        ("jacket, not leather and not black", {"material": ["leather"], "colour": ["black"]}, "jacket"),
        ("куртка не кожаная и не черная", {"material": ["leather"], "colour": ["black"]}, "куртка"),
        ("夹克，不要皮的，也不要黑色", {"material": ["leather"], "colour": ["black"]}, "夹克"),
        ("不要黑色和白色的夹克", {"colour": ["black", "white"]}, "夹克"),
        ("no red or blue jackets", {"colour": ["red", "blue"]}, "jackets"),
        ("no leather or suede boots", {"material": ["leather", "suede"]}, "boots"),
    ],
)
def test_every_exclusion_applies_and_never_becomes_a_wanted_word(text: str, excluded: dict[str, list[str]],
                                                                 wanted_text: str) -> None:
    u = understand(text)
    assert u.exclude_attrs == excluded
    assert u.parsed.text == wanted_text
    for key, values in excluded.items():
        assert u.parsed.attributes.get(key) not in values


def test_without_sugar_and_without_lactose_keeps_only_the_yogurt() -> None:
    u = understand("йогурт без сахара и без лактозы")
    assert u.parsed.text == "йогурт"
    assert u.parsed.category == "grocery/yogurt"
    assert u.parsed.attributes == {"sugar_free": True, "lactose_free": True}


@pytest.mark.parametrize(
    ("text", "query", "category"),
    [
        ("有没有狗绳", "狗绳", None),
        ("有猫粮吗", "猫粮", None),
        ("你们有没有帐篷", "帐篷", "outdoor/tents"),
        ("有卖耳机吗", "耳机", "electronics/headphones"),
        ("do you have headlamps?", "headlamps", "outdoor/headlamps"),
        ("есть ли у вас палатки?", "палатки", "outdoor/tents"),
        ("айфоны есть?", "айфоны", None),
    ],
)
def test_the_question_frame_is_cut_and_the_thing_kept(text: str, query: str, category: str | None) -> None:
    u = understand(text)
    assert u.parsed.text == query
    assert u.parsed.category == category
    assert not u.parsed.exclude_terms  # the "没有" of "有没有" is not a negation


@pytest.mark.parametrize("text", ["only waterproof ones please", "не кожаные", "要防水的", "not black"])
def test_a_constraint_only_turn_leaves_no_words_of_its_own(text: str) -> None:
    u = understand(text)
    assert u.parsed.attributes or u.exclude_attrs
    from agent.understand.context import has_new_query

    assert not has_new_query(u.rest)


@pytest.mark.parametrize("text", ["washing machines?", "do you sell washing machines?", "айфоны есть?", "有没有狗绳",
                                  "有没有猫粮", "a sofa", "滑雪板"])
def test_what_no_category_or_product_is_about_is_not_carried(demo_db_url: str, text: str) -> None:
    res = resolve_name(demo_db_url, text)
    assert res.status == "unknown_product"
    assert res.unknown_words


@pytest.mark.parametrize("text", ["tent for 4 people", "waterproof boots", "gift for my dad", "登山鞋", "headlamp",
                                  "something warm", "thanks", "保暖的东西", "чем помыть голову", "送给爸爸的礼物",
                                  # needs: a state, not a thing
                                  "sore feet", "руки мерзнут", "手冷", "my phone keeps dying"])
def test_what_the_store_has_or_a_need_is_never_called_not_carried(demo_db_url: str, text: str) -> None:
    assert resolve_name(demo_db_url, text).status != "unknown_product"
