"""Things the store does not have, end to end through Assistant.reply on the real demo store (templates, no LLM).

An invented product is said not to exist (the shopper's words quoted) and the nearest real items are offered as
such, each with its own facts; a real product gets its own price; an invented brand is said not to be carried, with
the brands the store has there; a policy the store does not have is said so, with its policies.
"""

from __future__ import annotations

import sqlite3

import pytest

from agent.assistant import Assistant
from agent.templates import money
from tests.agent.assistant_support import (
    KeywordUnderstander,
    collect,
    done_of,
    make_settings,
    of_type,
    real_understander,
    shared_services,
    store_dir,
)

NEAREST = {"en": "The nearest we have (not the item you named):",
           "ru": "Ближайшее, что у нас есть (это не названный вами товар):",
           "zh": "我们最接近的商品（并非您所说的那款）："}


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


@pytest.fixture
async def search_assistant(tmp_path):
    """Every turn routed to the search journey (its name-question path)."""
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=KeywordUnderstander())
    yield a
    await a.aclose()


def _product(lang: str) -> dict[str, object]:
    with sqlite3.connect(store_dir() / "store.db") as conn:
        pid, price, currency, brand = conn.execute(
            "select p.id, p.price, p.currency, p.brand from products p join categories c on c.id = p.category_id"
            " where p.active and c.path like 'outdoor/%' order by p.id limit 1").fetchone()
        title = conn.execute("select title from product_texts where product_id = ? and lang = ?",
                             (pid, lang)).fetchone()[0]
    return {"id": pid, "title": title, "price": money(price, currency, lang), "brand": brand}


def _assert_unknown_with_nearest(text: str, head: str, lang: str) -> None:
    assert text.startswith(head), text
    first_line = text.split("\n")[0]
    assert not any(ch.isdigit() for ch in first_line.replace(head, "")), text  # no figure for the named thing
    if "\n" in text:
        # Every product line comes after the sentence that marks them as the nearest items, not the named one.
        assert text.split("\n")[1] == NEAREST[lang], text


@pytest.mark.parametrize("question,head,lang", [
    ("How much is the Zorblax Hyperboots 9000?", "We don't have “Zorblax Hyperboots 9000” in our store.", "en"),
    ("Сколько стоит ботинки Зорблакс 9000?", "У нас в магазине нет «ботинки Зорблакс 9000».", "ru"),
    ("佐布拉克斯9000超能靴多少钱？", "我们店里没有“佐布拉克斯9000超能靴”。", "zh"),
    # Long enough to pass for a story, or with a word a need is read from ("для лица", "Frost..."): the name is
    # still checked first (the unknown_names eval found these answered with other products).
    ("Do you have the Vantor Helix 4400 hiking boots?", "We don't have “Vantor Helix 4400 hiking boots” in our store.",
     "en"),
    ("У вас есть крем для лица Пирель Аврора?", "У нас в магазине нет «крем для лица Пирель Аврора».", "ru"),
    ("莫尔文云步5运动鞋有货吗？", "我们店里没有“莫尔文云步5运动鞋”。", "zh"),
])
async def test_an_invented_product_is_said_not_to_exist(assistant, question, head, lang):
    events = await collect(assistant, question, session=f"inv-{lang}")
    done = done_of(events)
    _assert_unknown_with_nearest(done.text, head, lang)
    assert "\n" in done.text, "the nearest real items are offered"
    cards = of_type(events, "products")
    assert cards and cards[0].title == NEAREST[lang]
    for item in cards[0].items[:3]:  # each nearest item is shown with its own facts
        assert f"{item.title}{'：' if lang == 'zh' else ': '}{money(item.price, item.currency, lang)}" in done.text


@pytest.mark.parametrize("question,head,lang", [
    ("Do you have the Zorblax Hyperboots 9000?", "We don't have “Zorblax Hyperboots 9000” in our store.", "en"),
    ("У вас есть палатка Квантум Лама XL?", "У нас в магазине нет «палатка Квантум Лама XL».", "ru"),
    ("你们有量子羊驼帐篷XL吗？", "我们店里没有“量子羊驼帐篷XL”。", "zh"),
])
async def test_the_search_journey_says_so_too(search_assistant, question, head, lang):
    done = done_of(await collect(search_assistant, question, session=f"search-{lang}"))
    _assert_unknown_with_nearest(done.text, head, lang)


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
async def test_a_real_product_gets_its_own_price(assistant, lang):
    p = _product(lang)
    question = {"en": "How much is the {}?", "ru": "Сколько стоит {}?", "zh": "{}多少钱？"}[lang].format(p["title"])
    done = done_of(await collect(assistant, question, session=f"real-{lang}"))
    assert f"{p['title']}" in done.text and str(p["price"]) in done.text, done.text
    assert "nearest" not in done.text and "Ближайшее" not in done.text and "最接近" not in done.text


async def test_an_invented_brand_is_said_not_to_be_carried_with_the_brands_we_have(assistant):
    done = done_of(await collect(assistant, "Do you have Glacierra hiking boots?", session="brand"))
    assert done.text.startswith("We don't carry the brand “Glacierra”."), done.text
    with sqlite3.connect(store_dir() / "store.db") as conn:
        brands = {b for (b,) in conn.execute(
            "select distinct p.brand from products p join categories c on c.id = p.category_id"
            " where c.path = 'footwear/hiking-boots'")}
    listed = done.text.split(": ", 1)[1].split(".")[0].split(", ")
    assert listed and set(listed) <= brands, done.text


@pytest.mark.parametrize("question,expect", [
    ("Do you have a price match policy?", "We don't have “price match policy”."),
    ("Do you offer a lifetime warranty?", "We don't have “lifetime warranty”."),
    ("Есть ли у вас программа лояльности?", "У нас нет «программа лояльности»."),
    ("你们有价格匹配政策吗？", "我们没有“价格匹配政策”。"),
])
async def test_an_unknown_policy_is_said_so_with_the_policies_we_have(assistant, question, expect):
    done = done_of(await collect(assistant, question, session="pol"))
    assert done.text.startswith(expect), done.text
    assert any(title in done.text for title in ("Warranty", "Гарантия", "保修政策")), done.text


@pytest.mark.parametrize(("question", "name"), [
    # Foreign names spelt in Chinese sounds before a kind the store has: a "do you have" long enough to pass for a
    # story, and a "how much" that would otherwise be answered with the kind's price range.
    ("你们有卡洛维纳斯40升登山包吗？", "卡洛维纳斯"),
    ("萨维尔诺克越野跑鞋有货吗？", "萨维尔诺克越野跑鞋"),
    ("普雷斯托维克防晒霜多少钱？", "普雷斯托维克防晒霜"),
])
async def test_a_name_spelt_in_chinese_sounds_is_said_not_to_exist(assistant, question, name):
    events = await collect(assistant, question, session="spelt")
    done = done_of(events)
    first = done.text.split("\n")[0]
    assert first.startswith("我们店里没有“") and name in first, done.text
    assert not any(ch.isdigit() for ch in first), done.text  # no price or count for the named thing
    cards = of_type(events, "products")
    assert cards and cards[0].title == NEAREST["zh"], done.text


@pytest.mark.parametrize("question", [
    "防晒霜多少钱？", "你们有40升的登山包吗？", "意大利咖啡机有吗", "头戴式的降燥耳机推荐下",
])
async def test_a_kind_in_everyday_chinese_is_no_name(assistant, question):
    done = done_of(await collect(assistant, question, session="kind"))
    assert "没有“" not in done.text.split("\n")[0], done.text
