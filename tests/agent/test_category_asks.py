"""Questions about a kind of product as a whole (issue 10's direct answers): the cheapest, the most expensive, how
many, from what to what, the spread, and which of two kinds is cheaper, in en/ru/zh, through the real assistant on
the shared demo store. The expected figures come from SQL over the same store, not from the tool under test."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from agent import templates
from agent.assistant import Assistant
from agent.journeys.category_asks import _points_back, ask_of, names_something
from tests.agent.assistant_support import collect, done_of, make_settings, shared_services, store_dir


def _truth(slug: str) -> tuple[int, Decimal, Decimal]:
    """(count, cheapest price, dearest price) of the active products of a category, by its last path part."""
    engine = create_engine(f"sqlite:///{store_dir() / 'store.db'}")
    with engine.connect() as conn:
        n, lo, hi = conn.execute(text(
            "SELECT COUNT(*), MIN(p.price), MAX(p.price) FROM products p JOIN categories c ON c.id = p.category_id "
            "WHERE p.active AND (c.path = :slug OR c.path LIKE '%/' || :slug)"), {"slug": slug}).one()
    return int(n), Decimal(str(lo)), Decimal(str(hi))


def _money(value: Decimal, lang: str) -> str:
    return templates.money(value, "USD", lang)


async def _ask(tmp_path: Path, question: str) -> Any:
    a = Assistant(make_settings(tmp_path), services=shared_services())
    try:
        return done_of(await collect(a, question, session="kind"))
    finally:
        await a.aclose()


@pytest.mark.parametrize(("question", "kind"), [
    ("what's your cheapest sleeping bag", "cheapest"), ("самый дорогой рюкзак какой?", "dearest"),
    ("桌游有多少款？", "count"), ("how much are tents?", "range"), ("耳机的价格区间是多少", "spread"),
    ("что дешевле — палатки или спальники?", "compare"), ("how much is it?", "range"), ("show me tents", None),
    ("smartwatches: cheapest vs most expensive, how big is the gap in price?", "spread"),
    ("充电宝跟充电器比，哪个便宜？差多少钱", "compare"), ("сколько теннисных ракеток у вас", "count"),
    ("сколько они у вас стоят?", "range"),
    # Two kinds' cheapest compared: a comparison, not one kind's cheapest.
    ("Что дешевле — самый дешёвый спальник или самая дешёвая палатка? И на сколько?", "compare"),
    ("which is cheaper: your cheapest tent or your cheapest sleeping bag?", "compare"),
])
def test_the_ask_is_read_from_the_words(question: str, kind: str | None) -> None:
    assert ask_of(question) == kind


@pytest.mark.parametrize(("question", "lang", "slug", "says"), [
    ("what's the cheapest sleeping bag you've got", "en", "sleeping-bags", "lo"),
    ("самый дорогой рюкзак какой?", "ru", "backpacks", "hi"),
    ("how many board games do you have", "en", "board-games", "count"),
    ("桌游有多少款？", "zh", "board-games", "count"),
    ("сколько стоят спальники?", "ru", "sleeping-bags", "lo"),
    ("耳机的价格区间是多少", "zh", "headphones", "diff"),
])
async def test_a_kind_is_answered_first_with_the_stores_figures(tmp_path: Path, question: str, lang: str,
                                                                slug: str, says: str) -> None:
    count, lo, hi = _truth(slug)
    done = await _ask(tmp_path, question)
    first = done.text.split("\n")[0]
    expected = {"lo": _money(lo, lang), "hi": _money(hi, lang), "count": str(count),
                "diff": _money(hi - lo, lang)}[says]
    assert expected in first, (question, done.text)
    assert done.grounded, done.text


@pytest.mark.parametrize(("question", "lang", "cheap", "dear"), [
    ("which is cheaper, tents or sleeping bags?", "en", "sleeping-bags", "tents"),
    ("что дешевле — палатки или спальники?", "ru", "sleeping-bags", "tents"),
    ("帐篷和睡袋哪个便宜？", "zh", "sleeping-bags", "tents"),
])
async def test_two_kinds_are_compared_by_their_cheapest(tmp_path: Path, question: str, lang: str, cheap: str,
                                                        dear: str) -> None:
    _, lo, _ = _truth(cheap)
    _, other, _ = _truth(dear)
    assert lo < other  # the demo store's fact this test stands on
    done = await _ask(tmp_path, question)
    first = done.text.split("\n")[0]
    # The cheaper kind's product and price come first, then the dearer one's, then the difference.
    assert first.index(_money(lo, lang)) < first.index(_money(other, lang)), done.text
    assert _money(other - lo, lang) in done.text and done.grounded, done.text


async def test_a_named_product_and_a_pointing_question_are_not_taken_for_a_kind(tmp_path: Path) -> None:
    done = await _ask(tmp_path, "which is cheaper, the Trailmark Quest 4-Person Tent or the Northpeak Core Down "
                                "Sleeping Bag?")
    assert "Northpeak Core Down Sleeping Bag" in done.text.split("\n")[0] and done.intent == "compare", done.text
    # A short question with a pronoun is about what was shown; a longer one names its kind.
    assert _points_back("how much is it?") and not _points_back("forgot sunscreen, how much is it at yours roughly?")


@pytest.mark.parametrize(("question", "lang", "slug", "yes"), [
    ("do you sell board games?", "en", "board-games", "Yes"),
    ("есть ли у вас спальные мешки?", "ru", "sleeping-bags", "Да"),
    ("有没有桌游？", "zh", "board-games", "有的"),
])
async def test_do_you_have_is_answered_yes_first_from_the_db(tmp_path: Path, question: str, lang: str, slug: str,
                                                             yes: str) -> None:
    count, lo, _ = _truth(slug)
    done = await _ask(tmp_path, question)
    first = done.text.split("\n")[0]
    assert first.startswith(yes) and str(count) in first and _money(lo, lang) in first, done.text
    assert done.grounded, done.text


@pytest.mark.parametrize(("question", "kind"), [
    ("are all your tents over $100?", "all_over"), ("do all your mugs cost less than 20 dollars?", "all_under"),
    ("все палатки дороже 5000 рублей?", "all_over"), ("帐篷都在100美元以下吗？", "all_under"),
    ("show me all tents under $100", None),  # a search with a limit, not a yes/no about every tent
])
def test_a_question_about_every_product_of_a_kind_is_read(question: str, kind: str | None) -> None:
    assert ask_of(question) == kind


@pytest.mark.parametrize(("template", "lang", "over"), [
    ("are all your sleeping bags over ${n}?", "en", True),
    ("do all your sleeping bags cost less than ${n}?", "en", False),
    ("все спальные мешки дороже {n} долларов?", "ru", True),
    ("睡袋都在{n}美元以下吗？", "zh", False),
])
@pytest.mark.parametrize("holds", [True, False])
async def test_every_product_of_a_kind_over_or_under_a_price_is_a_yes_or_no(
        tmp_path: Path, template: str, lang: str, over: bool, holds: bool) -> None:
    count, lo, hi = _truth("sleeping-bags")
    # A bound the cheapest (over) or the dearest (under) clears, or one it does not.
    edge = lo if over else hi
    bound = int(edge) - 1 if over == holds else int(edge) + 1
    done = await _ask(tmp_path, template.format(n=bound))
    first = done.text.split("\n")[0]
    yes = {"en": "Yes", "ru": "Да", "zh": "是的"}[lang]
    no = {"en": "No", "ru": "Нет", "zh": "不是"}[lang]
    assert first.startswith(yes if holds else no), (template, bound, done.text)
    assert _money(edge, lang) in first, (template, bound, done.text)
    assert done.grounded, done.text


@pytest.mark.parametrize(("template", "lang"), [
    ("can I get a tent and a sleeping bag for under ${n}?", "en"),
    ("можно ли купить палатку и спальный мешок до {n} долларов?", "ru"),
    ("{n}美元以内能买帐篷和睡袋吗？", "zh"),
])
@pytest.mark.parametrize("holds", [True, False])
async def test_two_kinds_within_one_budget_is_a_yes_or_no_by_their_cheapest(
        tmp_path: Path, template: str, lang: str, holds: bool) -> None:
    _, tent, _ = _truth("tents")
    _, bag, _ = _truth("sleeping-bags")
    total = tent + bag
    bound = int(total) + 1 if holds else int(total) - 1
    assert ask_of(template.format(n=bound)) == "basket"
    done = await _ask(tmp_path, template.format(n=bound))
    first = done.text.split("\n")[0]
    yes = {"en": "Yes", "ru": "Да", "zh": "可以"}[lang]
    no = {"en": "No", "ru": "Нет", "zh": "不行"}[lang]
    assert first.startswith(yes if holds else no), (template, bound, done.text)
    for figure in (tent, bag, total):
        assert _money(figure, lang) in first, (figure, done.text)
    assert done.grounded, done.text


@pytest.mark.parametrize(("question", "kind"), [
    ("треккинговые палки: насколько самые дорогие дороже самых дешевых?", "spread"),
    ("сколько у вас вообще моделей повербанков?", "count"),
    ("Собираюсь в поход. Уложусь в 80 баксов, если возьму рюкзак и спальник?", "basket"),
    ("买一个哑铃加一张瑜伽垫，50美元够吗？", "basket"),
])
def test_asks_said_in_other_words_are_read(question: str, kind: str) -> None:
    assert ask_of(question) == kind


def test_a_capital_that_opens_a_sentence_names_nothing() -> None:
    assert not names_something("Добрый день. Подскажите, почём у вас удлинители?")
    assert names_something("крем для лица Пирель Аврора есть?")


@pytest.mark.parametrize(("question", "lang", "slug", "says"), [
    # The ask's own words ("so whats your priciest", "最贵的…多少刀", "差多少钱") are no unknown brand or product.
    ("ok so whats your priciest sleeping bag", "en", "sleeping-bags", "hi"),
    ("最贵的睡袋多少刀？想给老婆买个好点的", "zh", "sleeping-bags", "hi"),
    ("睡袋最贵的是那个", "zh", "sleeping-bags", "hi"),
    ("网球拍最便宜跟最贵的差多少钱？", "zh", "tennis-rackets", "diff"),
    ("Добрый день. Подскажите, почём у вас удлинители?", "ru", "extension-cords", "lo"),
    ("треккинговые палки: насколько самые дорогие дороже самых дешевых?", "ru", "trekking-poles", "diff"),
])
async def test_a_kind_asked_in_a_shoppers_words_is_answered_from_the_db(tmp_path: Path, question: str, lang: str,
                                                                        slug: str, says: str) -> None:
    count, lo, hi = _truth(slug)
    assert count > 1  # the demo store's fact this test stands on
    done = await _ask(tmp_path, question)
    first = done.text.split("\n")[0]
    expected = {"lo": _money(lo, lang), "hi": _money(hi, lang), "diff": _money(hi - lo, lang)}[says]
    assert expected in first, (question, done.text)
    assert done.grounded, done.text


async def test_a_russian_budget_in_bucks_that_fits_is_a_yes(tmp_path: Path) -> None:
    _, tent, _ = _truth("tents")
    _, bag, _ = _truth("sleeping-bags")
    bound = int(tent + bag) + 1
    done = await _ask(tmp_path, f"Собираюсь в поход. Уложусь в {bound} баксов, если возьму палатку и спальник?")
    first = done.text.split("\n")[0]
    assert first.startswith("Да") and _money(tent + bag, "ru") in first, done.text


async def test_do_you_have_over_a_price_is_a_yes_not_a_refinement(tmp_path: Path) -> None:
    done = await _ask(tmp_path, "есть ли у вас палатки дороже 300 долларов?")
    assert done.text.startswith("Да"), done.text


@pytest.mark.parametrize(("question", "yes"), [("do you sell bicycles?", "Yes"), ("卖自行车吗", "有的")])
async def test_a_kind_the_store_does_not_sell_gets_no_yes_from_a_neighbouring_category(tmp_path: Path, question: str,
                                                                                       yes: str) -> None:
    """The search finds bike helmets for "bicycles": that is a list to offer, not a yes to "do you sell bicycles?"."""
    done = await _ask(tmp_path, question)
    assert not done.text.startswith(yes), done.text
