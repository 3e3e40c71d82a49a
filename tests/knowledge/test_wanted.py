"""knowledge/wanted.py: the thing a longer message asks for by its kind, in en/ru/zh (the phrases below are in the
voices of the development set, not its lines)."""

from __future__ import annotations

import pytest

from knowledge.wanted import wanted_phrases


@pytest.mark.parametrize(("text", "lang", "first"), [
    ("we've just moved house and need a dishwasher that fits a narrow gap", "en", "dishwasher"),
    ("do you guys stock mopeds?", "en", "mopeds"),
    ("need 2 new tyres for the van before winter", "en", "tyres"),
    ("my toaster just died this morning, anything cheap?", "en", "toaster"),
    ("bin bags pls, the big rolls", "en", "bin bags"),
    ("can I order a few bottles of olive oil", "en", "olive oil"),
    ("подскажите недорогой пылесос, квартира маленькая", "ru", "пылесос"),
    ("дочке платье на утренник нужно, размер 110", "ru", "платье"),
    ("а самокаты есть?", "ru", "самокаты"),
    ("Добрый день! Есть ли у вас матрасы 160 на 200?", "ru", "матрасы"),
    ("посоветуйте мягкую подушку", "ru", "мягкая подушка"),
    ("有没有电饭煲 三口之家用的", "zh", "电饭煲"),
    ("洗衣机坏了 想买个新的", "zh", "洗衣机"),
    ("想买台微波炉 预算五百", "zh", "微波炉"),
    ("婴儿床 要能折叠的", "zh", "婴儿床"),
])
def test_the_thing_asked_for_is_cut_out_of_the_message(text, lang, first):
    assert wanted_phrases(text, lang)[0] == first


@pytest.mark.parametrize(("text", "lang"), [
    ("my feet get soaked every time I walk to the station", "en"),
    ("need something warm for my dad, he's always cold", "en"),
    ("looking for a gift for my sister, she loves baking", "en"),
    ("I need to fix a wobbly shelf this weekend", "en"),
    ("пишу курсовую ночами, глаза устают от света", "ru"),
    ("у сына температура, что-нибудь посоветуете?", "ru"),
    ("хочу, чтобы чай оставался горячим весь день", "ru"),
    ("из пластика пить не хочу, привкус противный", "ru"),
    ("想给儿子买点能动脑子的", "zh"),
    ("冬天骑车耳朵冻得通红", "zh"),
])
def test_a_need_a_gift_or_a_story_names_no_thing(text, lang):
    assert wanted_phrases(text, lang) == []
