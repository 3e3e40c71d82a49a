"""Direct questions about a kind, as the blind development set 4 asked them (issue 10): "do you have X?" answered yes
or no first from the DB (sizes included, a story around the question, the shopper's old pair that broke), two sides
of a comparison found outside the asking sentence, and the words that made a thing look unsold or a name look like
a model number. Expected facts come from SQL over the shared test store, not from the code under test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from agent.assistant import Assistant
from agent.grounding.mentions import echoed_spans
from agent.journeys import asks
from agent.journeys.aftersales import wants_action
from agent.journeys.category_asks import _compared_parts, ask_of, asks_exists, names_something
from agent.understand.models import Intent
from knowledge.category_facts import _fits
from knowledge.names import name_span
from knowledge.wanted import wanted_phrases
from tests.agent.assistant_support import collect, done_of, make_settings, shared_services, store_dir
from tools.base import Role


def _sizes(slug: str) -> set[str]:
    """Every size the active products of a category are made in."""
    engine = create_engine(f"sqlite:///{store_dir() / 'store.db'}")
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT p.attributes FROM products p JOIN categories c ON c.id = p.category_id "
            "WHERE p.active AND c.path LIKE '%/' || :slug"), {"slug": slug}).all()
    out: set[str] = set()
    for (attrs,) in rows:
        out.update(str(s) for s in (json.loads(attrs) if isinstance(attrs, str) else attrs or {}).get("sizes", []))
    return out


async def _reply(tmp_path: Path, question: str) -> Any:
    a = Assistant(make_settings(tmp_path), services=shared_services())
    try:
        return done_of(await collect(a, question, session="dq14"))
    finally:
        await a.aclose()


def test_a_size_asked_is_found_in_the_list_of_sizes() -> None:
    # The parser asks for "size"; the catalog records "sizes": [...] (as the index reads it).
    assert _fits({"sizes": ["41", "42"]}, {"size": "42"}, {})
    assert not _fits({"sizes": ["41", "42"]}, {"size": "44"}, {})
    assert not _fits({"sizes": ["41", "42"]}, {}, {"size": ["41"]})


async def test_do_you_have_a_size_the_store_has_is_answered_yes(tmp_path: Path) -> None:
    size = sorted(_sizes("hiking-boots"))[len(_sizes("hiking-boots")) // 2]
    done = await _reply(tmp_path, f"off to the alps next month, it rains a lot there. got any hiking boots in size "
                                  f"{size}?")
    assert done.text.startswith("Yes, we do"), done.text


async def test_do_you_have_a_size_the_store_lacks_is_answered_no_first(tmp_path: Path) -> None:
    assert "52" not in _sizes("hiking-boots")
    done = await _reply(tmp_path, "do you have hiking boots in size 52?")
    assert done.text.startswith("No, none of our hiking boots"), done.text
    ru = await _reply(tmp_path, "есть треккинговые ботинки 52 размера?")
    assert ru.text.startswith("Нет,"), ru.text
    zh = await _reply(tmp_path, "有没有52码的登山鞋")
    assert zh.text.startswith("没有"), zh.text


async def test_a_new_pair_asked_for_after_the_old_one_broke_is_shopping(tmp_path: Path) -> None:
    text_ru = "а в 41-м размере кроссы для бега у вас имеются? старые порвались"
    assert not wants_action(Intent.SEARCH, {}, text_ru, Role.SHOPPER)
    # A purchase named keeps the warranty claim.
    assert wants_action(Intent.SEARCH, {}, "the boots I bought from you last month leak, do you have a replacement?",
                        Role.SHOPPER)
    done = await _reply(tmp_path, text_ru)
    assert done.text.startswith("Да, есть"), done.text


@pytest.mark.parametrize("question", [
    "any tents under 100 bucks? just for a festival", "is there vegan chocolate in your shop?",
    "winter boots that big, do you even carry them?", "йогурты безлактозные у вас бывают?",
    "повербанк на 20000 есть?", "Такое продаёте?", "43码有吗", "headphones under 40 dollars, u have those or nah",
])
def test_do_you_have_is_heard_in_shoppers_words(question: str) -> None:
    assert asks_exists(question)


def test_a_yes_no_tag_and_an_amount_bound_compare_nothing() -> None:
    assert not asks.is_comparison("headfones with noise cancelling for less than 40 dollars, u have those or nah")
    assert asks.compare_parts("noise cancelling headphones, u have those or nah") == []
    assert asks.is_comparison("is the A lighter than the B?")


def test_an_amount_with_its_unit_is_no_model_number() -> None:
    assert name_span("有没有128G的内存卡") == "内存卡"
    assert "20000" not in name_span("do you have 20000mah power banks?")
    assert not names_something("相机用的sd卡有没有128g的啊")
    assert names_something("有没有Voltix X5的耳机")


def test_which_one_of_a_kind_is_no_thing_wanted() -> None:
    assert "最便宜" not in wanted_phrases("帐篷加睡袋，各买一个最便宜的，一千块够不够", "zh")


async def test_a_kind_in_other_words_is_not_called_unsold(tmp_path: Path) -> None:
    # The catalog says 存储卡; shoppers say 内存卡. Its feature alone (纯素) is no unsold thing either.
    for question in ("有没有128G的内存卡", "我吃全素的，你们那个能量棒有纯素的吗？"):
        done = await _reply(tmp_path, question)
        assert "没有“" not in done.text, (question, done.text)


async def test_an_unsold_thing_with_and_in_the_message_is_no_comparison(tmp_path: Path) -> None:
    done = await _reply(tmp_path, "looking for a red lipstick that actually survives lunch and coffee. matte pref")
    assert done.text.startswith("We don't have “red lipstick”"), done.text


def test_a_figure_asked_is_no_yes_no_feature_question() -> None:
    assert asks.feature_asked("how much is your cheapest decaf coffee?") is None
    assert asks.feature_asked("is your cheapest pair of headphones wireless?") is not None


def test_the_two_sides_are_found_outside_the_asking_sentence() -> None:
    text_en = "how much more do wireless earbuds cost vs wired ones? which kind is cheaper"
    assert ask_of(text_en) == "compare"
    assert ["how much more do wireless earbuds cost", "wired ones"] in _compared_parts(text_en)
    text_ru = "думаю жене на др фен подарить или щётку электрическую. что из этого дешевле и на сколько?"
    assert ["думаю жене на др фен подарить", "щётку электрическую"] in _compared_parts(text_ru)
    assert ["降噪的耳机", "不降噪的，价格"] in _compared_parts("降噪的耳机跟不降噪的比，价格差多少？哪种更便宜")


async def test_sides_without_a_kind_are_never_compared_by_a_guess(tmp_path: Path) -> None:
    done = await _reply(tmp_path, "думаю жене на др фен подарить или щётку электрическую. что из этого дешевле?")
    assert done.intent == "compare", done.text
    assert "Фен" in done.text and "щётка" in done.text, done.text
    jackets = await _reply(tmp_path, "ok so jackets. the waterproof ones vs the ones that arent waterproof, which "
                                     "are cheaper")
    assert jackets.intent == "compare" and "cheaper than" in jackets.text, jackets.text


def test_the_shoppers_own_words_quoted_in_full_are_no_claim() -> None:
    query = "my son keeps losing his gloves at school. anyway kids ones in black"
    sentence = f"Here is what I found for “{query}”:"
    assert echoed_spans(sentence, [query]) == [(25, 25 + len(query) + 2)]
    # Words the shopper did not say are not shielded by quotes.
    assert echoed_spans("The “Alpen Parka is in stock in black”.", [query]) == []
