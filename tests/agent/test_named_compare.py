"""Comparisons and product questions are about the products the shopper named (issues 10, 16).

On the real demo store, through Assistant.reply (templates, no LLM), in en/ru/zh: "is the A better than the B?"
compares A and B themselves, not a near-namesake ("Quest Pro" for "Quest X") or a product of another kind sharing
the model name; a model the store does not have ("<brand> <model> <another suffix>") is said not to exist for that
name, never answered with a sibling's facts. Products are looked up in the store, not hard-coded.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from functools import lru_cache

import pytest

from agent.assistant import Assistant
from agent.journeys.asks import compare_parts
from knowledge.names import build_index
from tests.agent.assistant_support import (
    collect,
    done_of,
    make_settings,
    of_type,
    real_understander,
    shared_services,
    store_dir,
)

# The demo generator's model words ("Quest", "Quest Pro", "Quest X"...): the words that tell siblings apart.
SUFFIXES = ("X", "Pro", "Lite", "Max", "Plus")
UNKNOWN_HEAD = {"en": "We don't have “{}” in our store.", "ru": "У нас в магазине нет «{}».",
                "zh": "我们店里没有“{}”。"}


@lru_cache(maxsize=1)
def _catalog() -> list[dict[str, object]]:
    """Every active product: id, brand, category, titles by language, and its model ("Quest X") when it has one."""
    with sqlite3.connect(store_dir() / "store.db") as conn:
        rows = conn.execute(
            "select p.id, p.brand, c.path from products p join categories c on c.id = p.category_id"
            " where p.active order by p.id").fetchall()
        titles: dict[int, dict[str, str]] = defaultdict(dict)
        for pid, lang, title in conn.execute("select product_id, lang, title from product_texts"):
            titles[pid][lang] = title
    out = []
    for pid, brand, cat in rows:
        words = titles[pid]["en"][len(brand):].split()
        model = " ".join(words[:2]) if len(words) > 2 and words[1] in SUFFIXES else None
        out.append({"id": pid, "brand": brand, "category": cat, "titles": titles[pid], "model": model})
    return out


def _short(p: dict[str, object]) -> str:
    return f"{p['brand']} {p['model']}"


def _same_kind_pair() -> tuple[dict[str, object], dict[str, object]]:
    """Two products of one category, each with a suffixed model, whose model word is shared with a product of
    another kind or another suffix (a near-namesake the reply must not swap in)."""
    cat = _catalog()
    by_cat: dict[str, list[dict[str, object]]] = defaultdict(list)
    for p in cat:
        if p["model"]:
            by_cat[str(p["category"])].append(p)
    for items in by_cat.values():
        if len(items) >= 2 and items[0]["model"] != items[1]["model"]:
            return items[0], items[1]
    pytest.skip("the demo store has no two suffixed models in one category")


def _missing_sibling() -> tuple[dict[str, object], str]:
    """A product "<brand> <word> <suffix>" and the same brand and word with a suffix no product of the store has."""
    have = {_short(p).lower() for p in _catalog() if p["model"]}
    for p in _catalog():
        if not p["model"]:
            continue
        word = str(p["model"]).split()[0]
        for suffix in SUFFIXES:
            name = f"{p['brand']} {word} {suffix}"
            if name.lower() not in have and not any(name.lower() in str(q["titles"]["en"]).lower() for q in _catalog()):
                return p, name
    pytest.skip("every suffix of every model exists")


@pytest.fixture(scope="module")
def understander():
    u = real_understander()
    if u is None:
        pytest.skip("the understander is not installed")
    return u


@pytest.fixture
async def assistant(tmp_path, understander):
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=understander)
    yield a
    await a.aclose()


COMPARE = {
    "en": ["Is the {a} better than the {b}?", "Which is cheaper, the {a} or the {b}?", "{a} vs {b}",
           "Which is lighter, the {a} or the {b}?"],
    "ru": ["Что лучше: {a} или {b}?", "{a} легче, чем {b}?"],
    "zh": ["{a}和{b}哪个好？", "{a}比{b}更轻吗？"],
}


@pytest.mark.parametrize("lang,form", [(lang, f) for lang, forms in COMPARE.items() for f in forms])
async def test_a_comparison_compares_the_two_products_named(assistant, lang, form):
    a, b = _same_kind_pair()
    events = await collect(assistant, form.format(a=_short(a), b=_short(b)), session=f"cmp-{lang}-{hash(form)}")
    done = done_of(events)
    cards = of_type(events, "products")
    assert cards, done.text
    assert [i.product_id for i in cards[0].items] == [a["id"], b["id"]], done.text
    assert a["titles"][lang] in done.text and b["titles"][lang] in done.text, done.text


# Question words left around a name after the split ("thinking of getting the A", "B for my son", "...差多少钱").
FRAMED = {
    "en": ["thinking of getting the {a} or the {b}", "{a} or {b} for my son?", "how do the {a} and the {b} differ"],
    "ru": ["стоит ли брать {a} или лучше {b}", "какая разница между {a} и {b} для похода"],
    "zh": ["想买{a}还是{b}，差多少钱", "给孩子选{a}还是{b}？"],
}


@pytest.mark.parametrize("lang,form", [(lang, f) for lang, forms in FRAMED.items() for f in forms])
async def test_words_around_the_names_do_not_make_a_real_product_unknown(assistant, lang, form):
    a, b = _same_kind_pair()
    events = await collect(assistant, form.format(a=_short(a), b=_short(b)), session=f"framed-{lang}-{hash(form)}")
    done = done_of(events)
    assert not done.text.startswith(UNKNOWN_HEAD[lang].split("“")[0].split("«")[0]), done.text
    cards = of_type(events, "products")
    assert cards and {i.product_id for i in cards[0].items[:2]} == {a["id"], b["id"]}, done.text


@pytest.mark.parametrize("lang,form", [
    ("en", "Is the {a} better than the {b}?"),
    ("ru", "Что дешевле: {a} или {b}?"),
    ("zh", "{a}和{b}哪个便宜？"),
])
async def test_a_model_the_store_does_not_have_is_said_so_in_a_comparison(assistant, lang, form):
    real, missing = _missing_sibling()
    done = done_of(await collect(assistant, form.format(a=_short(real), b=missing), session=f"miss-cmp-{lang}"))
    assert done.text.startswith(UNKNOWN_HEAD[lang].format(missing)), done.text


@pytest.mark.parametrize("lang,form", [
    ("en", "How much is the {n}?"),
    ("ru", "Сколько стоит {n}?"),
    ("zh", "{n}多少钱？"),
])
async def test_a_model_the_store_does_not_have_is_not_answered_with_a_siblings_facts(assistant, lang, form):
    _, missing = _missing_sibling()
    done = done_of(await collect(assistant, form.format(n=missing), session=f"miss-one-{lang}"))
    assert done.text.startswith(UNKNOWN_HEAD[lang].format(missing)), done.text


async def test_an_invented_product_in_a_comparison_is_said_not_to_exist(assistant):
    a, _ = _same_kind_pair()
    done = done_of(await collect(assistant, f"Is the {_short(a)} better than the Zorblax Hyperboots 9000?",
                                 session="cmp-invented"))
    assert done.text.startswith(UNKNOWN_HEAD["en"].format("Zorblax Hyperboots 9000")), done.text


def test_the_resolver_takes_the_model_named_not_a_sibling():
    idx = build_index(f"sqlite:///{store_dir() / 'store.db'}")
    a, b = _same_kind_pair()
    for p in (a, b):
        res = idx.resolve(_short(p))
        assert res.status == "known" and res.product_ids, res
        # Every product taken holds the model's suffix: "Quest X" never resolves to a "Quest Pro".
        suffix = str(p["model"]).split()[1]
        assert all(suffix in idx.title(i, "en").split() for i in res.product_ids), res
        assert p["id"] in res.product_ids, res
    _, missing = _missing_sibling()
    res = idx.resolve(missing)
    assert res.status != "known" and not res.product_ids, res


@pytest.mark.parametrize("text,parts", [
    ("Which is lighter, the Alpha Quest X or the Beta Zephyr Lite?", ["the Alpha Quest X", "the Beta Zephyr Lite"]),
    ("Is the Alpha Quest X warmer than the Beta Zephyr Lite?", ["Is the Alpha Quest X", "the Beta Zephyr Lite"]),
    ("Which water bottle is cheaper, the Alpha Quest X or the Beta Zephyr Lite?",
     ["the Alpha Quest X", "the Beta Zephyr Lite"]),
    ("How does the Alpha Quest X compare to the Beta Zephyr Lite?", ["How does the Alpha Quest X",
                                                                     "the Beta Zephyr Lite"]),
    ("Что легче: Alpha Quest X или Beta Zephyr Lite?", ["Alpha Quest X", "Beta Zephyr Lite"]),
    ("Какой из них теплее, Alpha Quest X или Beta Zephyr Lite?", ["Alpha Quest X", "Beta Zephyr Lite"]),
    ("Alpha Quest X和Beta Zephyr Lite哪个更轻？", ["Alpha Quest X", "Beta Zephyr Lite"]),
    ("Alpha Quest X比Beta Zephyr Lite更轻吗？", ["Alpha Quest X", "Beta Zephyr Lite"]),
])
def test_any_comparative_splits_a_comparison_into_its_two_names(text, parts):
    assert compare_parts(text) == parts
