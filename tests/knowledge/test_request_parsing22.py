"""Issue 10 parsing (session 22, development10): measured floors and ceilings ("more than 1.7 l", "至少八百毫升"), a
winter rating, pieces, skin types, "X for Y", "nut free", refused things named by a kind's head noun, Chinese
refusals that close a clause, colours said as "黑的", holidays that are presents, needs told as stories, and whether a
message asks for a thing outright."""

from __future__ import annotations

import pytest

from knowledge import needs
from knowledge.bounds import bound_around, meets, parse_bound
from knowledge.query import Lexicon, build_lexicon, money_slang, understand
from knowledge.search import _asked_outright


@pytest.mark.parametrize(("text", "key", "value"), [
    ("an electric kettle bigger than 1.7 litres", "capacity_l", ">1.7"),
    ("power bank, 20000mah or more", "capacity_mah", ">=20000"),
    ("термос не меньше 1 л", "capacity_l", ">=1"),
    ("保温杯 至少八百毫升", "capacity_l", ">=0.8"),
    ("保温杯 最少七八百毫升的", "capacity_l", ">=0.8"),  # "seven or eight hundred": the larger meets both
    ("кружка на 0,3 л", "capacity_l", 0.3),  # a plain amount stays an amount
])
def test_a_measure_asked_as_a_floor_or_a_ceiling_is_a_bound(text, key, value):
    assert understand(text).parsed.attributes.get(key) == value


def test_a_bound_is_read_against_the_products_number():
    assert parse_bound(">1.7") == (">", 1.7) and parse_bound("black") is None
    assert meets(2.0, ">1.7") is True and meets(1.7, ">1.7") is False and meets(1.7, ">=1.7") is True
    assert meets(-5, "<=0") is True and meets(5, "<=0") is False
    assert meets("1.7", ">1.5") is False  # not a recorded number
    assert meets(1.7, 1.7) is None  # no bound: compared as usual
    text = "a flask, up to 0.5 l"
    assert bound_around(text, text.index("0.5"), len(text)) == "<="


@pytest.mark.parametrize("text", ["sleeping bag for nights below freezing", "спальник нужен зимний",
                                  "冬天露营用的睡袋"])
def test_a_winter_sleeping_bag_is_rated_below_freezing(text):
    assert understand(text, lexicon=_rated()).parsed.attributes.get("comfort_temp_c") == "<=0"


def test_a_season_says_nothing_of_a_kind_without_a_rating():
    assert "comfort_temp_c" not in understand("a winter hat", lexicon=_rated()).parsed.attributes


def _rated() -> Lexicon:
    """The taxonomy's words, with the keys a store's sleeping bags and hats record (read from its DB in use)."""
    lex = build_lexicon()
    lex.category_keys = {"outdoor/sleeping-bags": {"comfort_temp_c", "material"},
                         "apparel/hats": {"material", "colour"}}
    return lex


@pytest.mark.parametrize(("text", "n"), [("пазл на 500 деталей", 500), ("一千片的拼图", 1000),
                                         ("a 1000 piece jigsaw", 1000)])
def test_pieces_are_a_measure(text, n):
    p = understand(text).parsed
    assert p.attributes.get("pieces") == n and p.category == "toys/puzzles"


@pytest.mark.parametrize(("text", "skin"), [("крем для жирной кожи", "oily"), ("крем для сухой кожи", "dry"),
                                            ("干皮用的面霜", "dry"), ("cream for oily skin", "oily")])
def test_a_skin_type_is_the_face_creams_not_leather(text, skin):
    lex = build_lexicon()
    lex.category_keys = {"beauty/face-cream": {"skin", "vegan"}, "beauty/sunscreen": {"spf", "vegan"}}
    p = understand(text, lexicon=lex).parsed
    assert p.attributes.get("skin") == skin and "material" not in p.attributes
    assert p.category in (None, "beauty/face-cream")


def test_a_noun_shared_by_kinds_decides_nothing_without_their_qualities():
    assert understand("беспроводные, провод постоянно за всё цепляется").parsed.category is None


@pytest.mark.parametrize(("text", "category"), [
    ("socks for my running shoes", "footwear/socks"),
    ("batteries for the flashlight", "electronics/batteries"),
    ("a cover for my headphones", None),
    ("сумка для ноутбука", None),
    ("looking for a tent", "outdoor/tents"),
])
def test_what_a_thing_is_for_is_not_the_thing(text, category):
    assert understand(text).parsed.category == category


def test_a_birthday_party_is_an_occasion_not_a_party_game():
    assert "kind" not in understand("birthday party present for a 7 year old, he loves trucks").parsed.attributes


def test_a_thing_said_free_of_is_refused():
    p = understand("lunchbox snacks, the school is nut free, and no gluten").parsed
    assert "nut" in p.exclude_terms and p.attributes.get("gluten_free") is True


@pytest.mark.parametrize(("text", "kind"), [
    ("мужу на день рождения, шлем у него есть", "sports/bike-helmets"),
    ("a present for my dad, he already has a helmet", "sports/bike-helmets"),
])
def test_a_thing_refused_by_its_head_noun_refuses_its_kind(text, kind):
    assert kind in understand(text).parsed.exclude_categories


def test_chinese_refusals_that_close_a_clause():
    p = understand("零食 含奶的不要 加了糖的也不要 要大家都能吃的").parsed
    assert p.attributes.get("lactose_free") is True and p.attributes.get("sugar_free") is True
    assert not {"要大家", "了糖", "所以含奶"} & set(p.exclude_terms), p.exclude_terms
    p = understand("羽绒服 算了羽绒的容易钻毛 换成别的填充的吧").parsed
    assert "down" in p.exclude_terms


def test_a_colour_said_by_its_character_and_de():
    assert understand("保温杯有黑的吗").parsed.attributes.get("colour") == "black"
    assert understand("有白的吗").parsed.attributes.get("colour") == "white"


def test_rechargeable_in_chinese_everyday_words():
    assert understand("充电电池").parsed.attributes.get("rechargeable") is True
    assert understand("充电宝").parsed.category == "electronics/power-banks"


def test_thousands_of_roubles_as_shoppers_write_them():
    assert money_slang("до 5 тыр") == "до 5к"


@pytest.mark.parametrize(("text", "gift"), [("重阳节给爷爷奶奶买点东西", True), ("侄子过六一 五岁半", True),
                                            ("这件六一折吗", False)])
def test_holidays_people_buy_presents_for(text, gift):
    assert needs.is_gift(text) is gift


@pytest.mark.parametrize(("text", "use"), [
    ("walking the dog before sunrise, I need both hands free for the leash", "hands free"),
    ("тестю на 23 февраля, рукастый, в гараже вечно что-то мастерит", "screwdriver"),
    ("после прогулки собака вся мокрая и в грязи", "dog"),
    ("на работе кондей дует прямо в спину", "fleece"),
    ("在家跟着视频跳操 膝盖跪地上硌得疼", "yoga mat"),
    ("he carries all his textbooks in a flimsy bag and his shoulders hurt", "backpack"),
    ("寒假 宝宝会爬了 抓到什么都往嘴里塞", "plush"),
])
def test_needs_told_as_stories(text, use):
    assert any(use in u for u in needs.uses_of(text)), needs.uses_of(text)


@pytest.mark.parametrize(("text", "thing", "asked"), [
    ("婴儿推车有吗 要能折叠的", "婴儿推车", True),
    ("my cat keeps clawing the sofa, need a scratching post", "scratching post", True),
    ("do you carry the galaxy a15? my screen cracked", "galaxy a15", True),
    ("корм сухой для пожилой собаки есть?", "корм", True),
    ("my feet are freezing at my desk, please help", "feet", False),
])
def test_whether_a_message_asks_for_a_thing_outright(text, thing, asked):
    assert _asked_outright(text, thing) is asked


@pytest.mark.parametrize(("text", "kinds"), [
    ("he already has a tent and a sleeping bag", {"outdoor/tents", "outdoor/sleeping-bags"}),
    ("she already has boots and a pack. something useful for the trip", {"outdoor/backpacks"}),
])
def test_every_thing_a_person_already_has_is_refused(text, kinds):
    p = understand(text).parsed
    assert kinds <= set(p.exclude_categories) and p.category is None, p


@pytest.mark.parametrize(("text", "wireless"), [
    ("проводные наушники рвёт каждый месяц, хочу беспроводные", True),
    ("有线耳机老打结 想换个没线的", True),
    ("有没有有线的 打游戏怕蓝牙延迟", False),  # the Bluetooth is what is feared
    ("проводные лучше, блютуз у меня вечно отваливается", False),
])
def test_of_a_yes_and_a_no_said_of_one_quality_the_wished_one_counts(text, wireless):
    assert understand(text).parsed.attributes["wireless"] is wireless


def test_chinese_refusals_of_a_fibre_and_a_colour():
    p = understand("夏天的T恤 化纤的一律不要 也别白色的 M码").parsed
    assert {"synthetic", "white"} <= set(p.exclude_terms) and p.attributes.get("size") == "M"
    assert "black" in understand("短袖t恤 要纯棉的 黑色也别要").parsed.exclude_terms


@pytest.mark.parametrize(("text", "key", "wanted", "refused"), [
    ("T恤 要纯棉的不要涤纶的", "material", "cotton", "polyester"),
    ("外套 想要黑色的不要白色的", "colour", "black", "white"),
    ("瑜伽垫 要TPE的不要PVC的", "material", "tpe", "pvc"),
])
def test_want_this_not_that_in_chinese(text, key, wanted, refused):
    u = understand(text)
    assert u.parsed.attributes.get(key) == wanted, u.parsed
    assert refused in u.exclude_attrs.get(key, []), u.exclude_attrs


def test_organic_refused_is_organic_not_a_word_cut_from_it():
    p = understand("茶叶 不要有机的").parsed
    assert p.attributes.get("organic") is False and "机" not in p.exclude_terms


def test_a_refused_no_is_a_yes_and_a_refused_head_count_is_none():
    assert understand("不要有线的耳机").parsed.attributes.get("wireless") is True
    p = understand("帐篷 不要单人的 要能睡三个人的").parsed
    assert p.attributes.get("persons") == 3, p
