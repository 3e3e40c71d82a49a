"""Name resolution on the real demo store: what the store has is found, what it does not have is said not to exist."""

from __future__ import annotations

import sqlite3

import pytest

from knowledge.names import build_index, name_span, skeleton
from knowledge.policy_names import resolve_policy, store_policies
from shopkeeper.settings import DatabaseSettings, Settings
from tools.base import Role, ToolContext
from tools.names import ResolveNameInput, ResolvePolicyInput, resolve_name_tool, resolve_policy_tool

THRESHOLD = Settings().search.name_threshold


@pytest.fixture(scope="module")
def index(demo_db_url):
    return build_index(demo_db_url)


@pytest.fixture(scope="module")
def ctx(demo_db_url, tmp_path_factory):
    settings = Settings(data_dir=tmp_path_factory.mktemp("names"), db=DatabaseSettings(url=demo_db_url))
    return ToolContext(role=Role.SHOPPER, session_id="t", locale="en", settings=settings)


@pytest.fixture(scope="module")
def product(demo_db_url):
    """One product of the store with its titles in en/ru/zh, brand and category path."""
    path = demo_db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        pid, brand, cat = conn.execute(
            "select p.id, p.brand, c.path from products p join categories c on c.id = p.category_id"
            " where c.path like 'footwear/%' order by p.id limit 1").fetchone()
        titles = dict(conn.execute("select lang, title from product_texts where product_id = ?", (pid,)).fetchall())
        brands = {b for (b,) in conn.execute(
            "select distinct p.brand from products p join categories c on c.id = p.category_id where c.path = ?",
            (cat,))}
    return {"id": pid, "brand": brand, "category": cat, "titles": titles, "category_brands": brands}


@pytest.mark.parametrize("question,name", [
    ("How much is the Zorblax Hyperboots 9000?", "Zorblax Hyperboots 9000"),
    ("Do you have the Northpeak Summit boots in size 42?", "Northpeak Summit boots"),
    ("Сколько стоит ботинки Зорблакс 9000?", "ботинки Зорблакс 9000"),
    ("Есть ли у вас в наличии палатка Квантум Лама XL?", "палатка Квантум Лама XL"),
    ("佐布拉克斯9000超能靴多少钱？", "佐布拉克斯9000超能靴"),
    ("请问你们有Voltix X9耳机吗？", "Voltix X9耳机"),
    ("зимние ботинки, 41 размер", "зимние ботинки"),  # a size said before its word is no model number
    ("нужен пауэрбанк на 20000 хотя бы", "пауэрбанк"),  # a measure and a floor are no model number
    ("power bank at least 20000", "power bank"),
])
def test_name_span_keeps_the_shoppers_words_for_the_thing(question, name):
    assert name_span(question) == name


def test_transliterations_share_a_skeleton():
    assert skeleton("Northpeak") == skeleton("Нортпик")
    assert skeleton("Voltix") == skeleton("Вольтикс")


@pytest.mark.parametrize("question", [
    "How much is the Zorblax Hyperboots 9000?",
    "Is the Quantum Llama Tent XL in stock?",
    "Сколько стоит ботинки Зорблакс 9000?",
    "Есть ли в наличии парка Гиммерфрост 77?",
    "佐布拉克斯9000超能靴多少钱？",
    "量子羊驼帐篷XL有货吗？",
])
def test_invented_names_are_unknown_in_every_language(index, question):
    res = index.resolve(name_span(question), threshold=THRESHOLD)
    assert res.status in ("unknown_product", "unknown_brand"), res
    assert not res.product_ids


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_a_real_title_is_known_as_its_own_product(index, product, lang):
    question = {"en": "How much is the {}?", "ru": "Сколько стоит {}?", "zh": "{}多少钱？"}[lang]
    res = index.resolve(name_span(question.format(product["titles"][lang])), threshold=THRESHOLD)
    assert res.status == "known" and product["id"] in res.product_ids, res
    assert res.product_ids[0] == product["id"] or res.score >= THRESHOLD


def test_a_brand_typo_and_a_cyrillic_brand_still_find_the_product(index, product):
    brand = product["brand"]
    typo = brand[:2] + brand[3:] if len(brand.split()[0]) >= 6 else brand
    model = product["titles"]["en"][len(brand):].split()[0]
    res = index.resolve(f"{typo} {model}", threshold=THRESHOLD)
    assert res.status == "known" and product["id"] in res.product_ids, res


def test_a_real_model_with_a_number_it_does_not_have_is_unknown(index, product):
    model = product["titles"]["en"][len(product["brand"]):].split()[0]
    res = index.resolve(f"{product['brand']} {model} 9000", threshold=THRESHOLD)
    assert res.status == "unknown_product" and res.numbers_disagree
    assert res.brand == product["brand"]  # the nearest items can come from the brand the shopper named


def test_an_invented_brand_before_a_category_lists_the_brands_carried_there(index, product):
    res = index.resolve("Glacierra hiking boots", threshold=THRESHOLD)
    assert res.status == "unknown_brand" and res.unknown_words == ["glacierra"]
    assert res.category == "footwear/hiking-boots"
    assert res.brands_in_category and all(b in _brands_of(index, res.category) for b in res.brands_in_category)


def _brands_of(index, category):
    return {p.brand for p in index.profiles.values() if p.category == category}


@pytest.mark.parametrize("words", ["waterproof hiking boots", "водонепроницаемые ботинки", "防水登山靴", "tent",
                                   "cordless headphones"])
def test_generic_words_name_nothing(index, words):
    assert index.resolve(words, threshold=THRESHOLD).status == "generic"


def test_a_chinese_compound_of_everyday_parts_names_nothing_but_a_transliterated_brand_does(index):
    # "登山鞋" (hiking shoes) is rare as one word but is "登山" + the category head "鞋"; "拉克斯" is "拉克" + "斯",
    # and "斯" heads no category name: a brand.
    assert index.resolve("防水登山鞋", threshold=THRESHOLD).status == "generic"
    assert index.resolve("普拉克斯顿防晒霜", threshold=THRESHOLD).status != "generic"


async def test_the_tool_uses_the_threshold_from_settings(ctx):
    out = await resolve_name_tool(ResolveNameInput(text="How much is the Zorblax Hyperboots 9000?"), ctx)
    assert out.status == "unknown_product" and out.name == "Zorblax Hyperboots 9000"
    assert out.threshold == ctx.settings.search.name_threshold


@pytest.mark.parametrize("text,lang,status,name", [
    ("Do you have a price match policy?", "en", "unknown", "price match policy"),
    ("Do you offer a lifetime warranty?", "en", "unknown", "lifetime warranty"),
    ("What is your return policy?", "en", "known", "return policy"),
    ("How long is the warranty?", "en", "known", "warranty"),
    ("Есть ли у вас программа лояльности?", "ru", "unknown", "программа лояльности"),
    ("Есть ли пожизненная гарантия?", "ru", "unknown", "пожизненная гарантия"),
    ("Какая у вас политика возврата?", "ru", "known", "политика возврата"),
    ("你们有价格匹配政策吗？", "zh", "unknown", "价格匹配政策"),
    ("有终身保修吗？", "zh", "unknown", "终身保修"),
    ("退货政策是什么？", "zh", "known", "退货政策"),
])
def test_policy_names(demo_db_url, text, lang, status, name):
    res = resolve_policy(text, store_policies(demo_db_url, lang))
    assert res.status == status and res.name == name, res


def test_a_question_naming_no_policy_is_left_alone(demo_db_url):
    assert resolve_policy("Can I bring it back?", store_policies(demo_db_url, "en")).status == "none"


async def test_the_policy_tool_lists_the_stores_policies_in_the_asked_language(ctx):
    out = await resolve_policy_tool(ResolvePolicyInput(text="У вас есть программа лояльности?", language="ru"), ctx)
    assert out.status == "unknown" and {p.kind for p in out.policies} >= {"returns", "delivery", "warranty"}
    assert any(p.title == "Гарантия" for p in out.policies)


def test_the_short_head_of_a_titles_compound_is_the_product(index, demo_db_url):
    """"the Sonara Peak Plus watch" for a "... Smartwatch": shoppers say the head of the compound."""
    path = demo_db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        pid, title = conn.execute(
            "select p.id, t.title from products p join product_texts t on t.product_id = p.id and t.lang = 'en'"
            " where t.title like '%Smartwatch' order by p.id limit 1").fetchone()
    words = title.split()
    brand_model = " ".join(w for w in words[:-1] if w[0].isupper() and w.isalpha() and w != "Waterproof")
    res = index.resolve(f"{brand_model} watch", threshold=THRESHOLD)
    assert res.status == "known" and pid in res.product_ids, (title, res)
    assert index.resolve("Zorblax watch", threshold=THRESHOLD).status != "known"
