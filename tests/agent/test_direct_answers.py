"""Direct answers (issue 16 item 3, issue 10 "direct answers"): a yes/no on a size, a colour or stock, the price first,
which of two is cheaper and by how much; no text cut with "…"; locations and sizes in the shopper's language; a few
phrasings chosen by a seed. Every reply here is also read by the verifier against the product's own facts."""

from __future__ import annotations

from typing import Any

import pytest

from agent import templates
from agent.grounding import verify_reply
from agent.journeys.asks import find_size, product_ask

BOOT: dict[str, Any] = {
    "product_id": 11,
    "sku": "OUT-000011",
    "title": "Trailmark Orbit Leather Hiking Boots",
    "brand": "Trailmark",
    "category": "Hiking boots",
    "price": "119.99",
    "currency": "USD",
    "in_stock": True,
    "stock_qty": 7,
    "location": "Aisle 8, shelf B",
    "attributes": {"waterproof": True, "colour": "brown", "sizes": ["41", "42", "43", "45"]},
    "description": "Trailmark Orbit Leather Hiking Boots. Sturdy boots for rough trails and long days. Key features: "
    "Waterproof: yes; Material: leather; Colour: Brown. Sizes: 41–45. Brand: Trailmark.",
    "variants": [{"sku": f"OUT-000011-{s}", "size": s} for s in ("41", "42", "43", "45")],
}
OUT = dict(
    BOOT,
    product_id=12,
    sku="OUT-000012",
    title="Vantor Vista Lite Hiking Boots",
    price="97.50",
    in_stock=False,
    stock_qty=0,
    location="Aisle 8, shelf C",
    attributes={"colour": "black"},
    variants=[],
)


def _ok(text: str, facts: list[dict[str, Any]], lang: str) -> None:
    verdict = verify_reply(text, facts, language=lang, default_currency="USD")
    assert verdict.ok, f"{text!r}: {verdict.reason()}"
    assert "…" not in text


@pytest.mark.parametrize(
    "text,kind,value",
    [
        ("does the Trailmark Orbit come in size 44?", "size", "44"),
        ("do you have it in a 42?", "size", "42"),
        ("is there a size M?", "size", "M"),
        ("есть 44 размер?", "size", "44"),
        ("А размер 42 есть?", "size", "42"),
        ("有44码吗", "size", "44"),
        ("这款有M码吗？", "size", "M"),
        ("how much is the Trailmark Orbit?", "price", None),
        ("сколько стоит второй?", "price", None),
        ("这个多少钱", "price", None),
        ("is it in stock?", "stock", None),
        ("есть в наличии?", "stock", None),
        ("还有货吗", "stock", None),
        ("does it come in red?", "colour", "red"),
        ("а в чёрном цвете есть?", "colour", "black"),
        ("有黑色的吗", "colour", "black"),
        ("what sizes does it come in?", "size", None),
        ("какие размеры есть?", "size", None),
        ("这款有哪些尺码", "size", None),
        ("what colours does it come in?", "colour", None),
        ("какого цвета эти ботинки?", "colour", None),
        ("有什么颜色", "colour", None),
    ],
)
def test_the_question_asked_is_recognised(text: str, kind: str, value: str | None) -> None:
    ask = product_ask(text, BOOT["title"])
    assert ask is not None and ask.kind == kind and ask.value == value


@pytest.mark.parametrize(
    "text",
    ["tell me more about the second one", "расскажите подробнее", "介绍一下这个", "what about the Black Ridge jacket"],
)
def test_a_question_that_asks_nothing_particular_gets_no_direct_answer(text: str) -> None:
    assert product_ask(text, "Black Ridge Jacket") is None


def test_aisle_numbers_are_not_sizes() -> None:
    assert find_size("在8号通道吗") is None


@pytest.mark.parametrize(
    "lang,start",
    [
        ("en", "Yes, the Trailmark Orbit Leather Hiking Boots come in size 42"),
        ("ru", "Да, Trailmark Orbit Leather Hiking Boots есть в размере 42"),
        ("zh", "有的，Trailmark Orbit Leather Hiking Boots有42码"),
    ],
)
def test_yes_on_a_size_comes_first(lang: str, start: str) -> None:
    text = templates.render("product_detail", lang, {"product": BOOT, "ask": {"kind": "size", "value": "42"}})
    assert text.startswith(start)
    _ok(text, [BOOT], lang)


@pytest.mark.parametrize(
    "lang,no,sizes", [("en", "No,", "41–43, 45"), ("ru", "Нет,", "41–43, 45"), ("zh", "抱歉", "41–43、45")]
)
def test_no_on_a_size_lists_the_sizes_there_are(lang: str, no: str, sizes: str) -> None:
    text = templates.render("product_detail", lang, {"product": BOOT, "ask": {"kind": "size", "value": "44"}})
    assert text.startswith(no) and sizes in text
    _ok(text, [BOOT], lang)


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_stock_price_and_colour_answers_are_direct_and_true(lang: str) -> None:
    yes = templates.render("product_detail", lang, {"product": BOOT, "ask": {"kind": "stock"}})
    no = templates.render("product_detail", lang, {"product": OUT, "ask": {"kind": "stock"}})
    price = templates.render("product_detail", lang, {"product": BOOT, "ask": {"kind": "price"}})
    brown = templates.render("product_detail", lang, {"product": BOOT, "ask": {"kind": "colour", "value": "brown"}})
    red = templates.render("product_detail", lang, {"product": BOOT, "ask": {"kind": "colour", "value": "red"}})
    assert yes.startswith({"en": "Yes", "ru": "Да", "zh": "有货"}[lang]) and "7" in yes
    assert no.startswith({"en": "No", "ru": "Нет", "zh": "抱歉"}[lang])
    assert templates.money("119.99", "USD", lang) in price.split("\n")[0][:80]
    assert brown.startswith({"en": "Yes", "ru": "Да", "zh": "有的"}[lang])
    assert red.startswith({"en": "No", "ru": "Нет", "zh": "抱歉"}[lang])
    assert templates.colour_name("brown", lang) in red
    sizes = templates.render("product_detail", lang, {"product": BOOT, "ask": {"kind": "size"}})
    colours = templates.render("product_detail", lang, {"product": BOOT, "ask": {"kind": "colour"}})
    assert templates.size_list(["41", "42", "43", "45"], lang) in sizes
    assert templates.colour_name("brown", lang) in colours
    _ok(sizes, [BOOT], lang)
    _ok(colours, [BOOT], lang)
    for text, product in ((yes, BOOT), (no, OUT), (price, BOOT), (brown, BOOT), (red, BOOT)):
        _ok(text, [product], lang)


@pytest.mark.parametrize(
    "lang,cheaper",
    [
        ("en", "The Vantor Vista Lite Hiking Boots are cheaper than the Trailmark"),
        ("ru", "Vantor Vista Lite Hiking Boots дешевле, чем Trailmark"),
        ("zh", "Vantor Vista Lite Hiking Boots比Trailmark"),
    ],
)
def test_a_comparison_names_the_cheaper_and_by_how_much(lang: str, cheaper: str) -> None:
    products = [BOOT, OUT]
    text = templates.render("compare", lang, {"products": products})
    first, second = text.split("\n")[:2]
    assert first.startswith(cheaper) and templates.money("22.49", "USD", lang) in second
    assert templates.price_difference(products) == {"price_difference": "22.49", "currency": "USD"}
    # Everything but the difference line verifies without the pair fact (see the next test).
    _ok(text.replace(second + "\n", ""), products, lang)


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_the_price_difference_verifies(lang: str) -> None:
    products = [BOOT, OUT]
    diff = templates.price_difference(products)
    assert diff is not None
    _ok(templates.render("compare", lang, {"products": products}), [*products, diff], lang)


def test_the_same_price_is_said_so() -> None:
    text = templates.render("compare", "en", {"products": [BOOT, dict(OUT, price="119.99")]})
    assert text.startswith("Both cost the same: $119.99.")


@pytest.mark.parametrize("lang,where", [("en", "Aisle 8, shelf B"), ("ru", "ряд 8, полка B"), ("zh", "8号通道B层货架")])
def test_locations_and_sizes_are_in_the_shoppers_language(lang: str, where: str) -> None:
    text = templates.render("product_detail", lang, {"product": BOOT})
    assert where in text
    assert templates.t("sizes", lang, sizes=templates.size_list(["41", "42", "43", "45"], lang)) in text
    if lang != "en":
        assert "Aisle" not in text and "shelf" not in text
    _ok(text, [BOOT], lang)


def test_unknown_location_formats_are_kept_and_the_backroom_is_translated() -> None:
    assert templates.location("Garden centre, bay 3", "ru") == "Garden centre, bay 3"
    assert templates.location("Backroom", "zh") == "仓库"
    assert templates.location("Aisle 12", "zh") == "12号通道"


def test_a_long_description_is_cut_at_a_whole_sentence_never_with_an_ellipsis() -> None:
    long = dict(
        BOOT, description=" ".join(f"Sentence number {i} says something useful about boots." for i in range(12))
    )
    text = templates.render("product_detail", "en", {"product": long})
    assert "…" not in text and text.endswith(".")
    assert "Sentence number 0 says something useful about boots." in text
    assert "Sentence number 11" not in text


def test_the_phrasing_varies_with_the_seed_and_is_fixed_for_one() -> None:
    ask = {"kind": "size", "value": "42"}
    texts = {templates.render("product_detail", "en", {"product": BOOT, "ask": ask, "variant": v}) for v in range(6)}
    assert len(texts) >= 2
    one = templates.render("product_detail", "en", {"product": BOOT, "ask": ask, "variant": 4})
    assert one == templates.render("product_detail", "en", {"product": BOOT, "ask": ask, "variant": 4})
    for text in texts:
        _ok(text, [BOOT], "en")


@pytest.mark.parametrize(
    "sizes,expected",
    [
        (["41", "42", "43", "45"], "41–43, 45"),
        (["40", "41"], "40, 41"),
        (["S", "M", "L", "XL"], "S, M, L, XL"),
        (["42.5", "43"], "42.5, 43"),
    ],
)
def test_size_lists_read_naturally(sizes: list[str], expected: str) -> None:
    assert templates.size_list(sizes, "en") == expected


@pytest.mark.parametrize(
    "text,parts",
    [
        (
            "which is cheaper, the Alpenglow Flow Pro Boots or the Kestrel Road Shoes?",
            ["the Alpenglow Flow Pro Boots", "the Kestrel Road Shoes"],
        ),
        ("compare Alpenglow Flow Pro vs Kestrel Road", ["Alpenglow Flow Pro", "Kestrel Road"]),
        ("что дешевле: Alpenglow Flow Pro или Kestrel Road?", ["Alpenglow Flow Pro", "Kestrel Road"]),
        ("Alpenglow Flow Pro和Kestrel Road哪个便宜", ["Alpenglow Flow Pro", "Kestrel Road"]),
        ("which is cheaper?", []),
    ],
)
def test_the_two_names_of_a_comparison_are_found(text: str, parts: list[str]) -> None:
    from agent.journeys.asks import compare_parts

    assert compare_parts(text) == parts


@pytest.mark.parametrize(
    "text,name",
    [
        ("does the Alpenglow Flow Pro come in size 44?", "does the Alpenglow Flow Pro ?"),
        ("Alpenglow Flow Pro есть 44 размер?", "Alpenglow Flow Pro есть ?"),
        ("Alpenglow Flow Pro有44码吗", "Alpenglow Flow Pro有 吗"),  # the resolver cuts 有 and 吗 itself
        ("is the Alpenglow Flow Pro available in red?", "is the Alpenglow Flow Pro red?"),
    ],
)
def test_the_question_words_are_cut_from_the_name(text: str, name: str) -> None:
    from agent.journeys.asks import name_text

    assert name_text(text) == name


@pytest.mark.parametrize(
    "text,parts",
    [
        ("is the Alpenglow Flow Pro better than the Kestrel Road?", ["is the Alpenglow Flow Pro", "the Kestrel Road"]),
        ("Alpenglow Flow Pro дешевле, чем Kestrel Road?", ["Alpenglow Flow Pro", "Kestrel Road"]),
        ("Alpenglow Flow Pro比Kestrel Road好吗", ["Alpenglow Flow Pro", "Kestrel Road"]),
        ("比较一下Alpenglow Flow Pro和Kestrel Road", ["Alpenglow Flow Pro", "Kestrel Road"]),
    ],
)
def test_comparisons_phrased_as_a_question_about_one_are_split_too(text: str, parts: list[str]) -> None:
    from agent.journeys.asks import compare_parts

    assert compare_parts(text) == parts


def test_a_long_policy_keeps_whole_sentences() -> None:
    body = "First rule of returns without any full stop for a long while " * 8 + ". Second sentence. " * 30
    text = templates.render("policy", "en", {"policy": {"title": "Returns", "body": body}})
    assert text.endswith(".") and "…" not in text
    assert text.startswith("Returns: First rule") and len(text) < len(body)
    assert templates.whole_sentences("短句一。短句二。短句三。", 8) == "短句一。短句二。"
