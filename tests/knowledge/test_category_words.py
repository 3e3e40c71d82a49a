"""Shoppers' everyday words for the store's categories (knowledge/category_words.py): each reads as its category in
a query, is one of the store's generic words (no "unknown product"), and a story after the named thing does not
override it ("need new trainers for running, mine have holes" is running shoes, not a drill)."""

from __future__ import annotations

import pytest

from knowledge.category_words import CATEGORY_WORDS
from knowledge.demo.taxonomy import DEPARTMENTS
from knowledge.query import parse_query
from knowledge.search import _WANTED


def test_every_word_is_keyed_by_a_real_category_and_names_only_it() -> None:
    slugs = {c.slug for d in DEPARTMENTS for c in d.categories}
    assert set(CATEGORY_WORDS) <= slugs
    owners: dict[tuple[str, str], str] = {}
    for slug, by_lang in CATEGORY_WORDS.items():
        for lang, words in by_lang.items():
            for word in words:
                assert owners.setdefault((lang, word.lower()), slug) == slug, (lang, word)


@pytest.mark.parametrize(("text", "category"), [
    ("need new trainers for running", "footwear/running-shoes"),
    ("a decent torch for the garage", "tools/flashlights"),
    ("thermos for soup at work", "home/thermoses"),
    ("кроссы для бега", "footwear/running-shoes"),
    ("хочу пауэрбанк", "electronics/power-banks"),
    ("想买个保温杯", "home/thermoses"),
    ("手电钻", "tools/drills"),  # the longer word wins: a drill, not a torch
    ("налобный фонарь", "outdoor/headlamps"),
    ("extension lead for the patio", "tools/extension-cords"),
])
def test_everyday_words_read_as_their_category(text: str, category: str) -> None:
    assert parse_query(text).category == category


@pytest.mark.parametrize(("prefix", "wanted"), [
    ("need new ", True), ("i'm looking for a ", True), ("мне нужен ", True), ("хочу купить ", True), ("我想买个", True),
    ("my feet get soaked in my old ", False), ("the light in the ", False),
])
def test_the_thing_wanted_is_named_before_the_story(prefix: str, wanted: bool) -> None:
    assert bool(_WANTED.search(prefix)) is wanted


def test_an_everyday_category_word_is_no_unknown_name(demo_db_url: str) -> None:
    from knowledge.names import get_index

    index = get_index(demo_db_url)
    assert index.resolve("thermos").status != "unknown_product"
