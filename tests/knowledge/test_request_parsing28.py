"""Issue 10 parsing (session 28, development16): messages dictated by voice (corrections inside the message, figures
and sizes said in words), a constraint given up in a follow-up ("colour no issue"), Hong Kong dollars («五百蚊»),
refusals of a measure ("not the big heavy 20000 mah type") and of a coating said at length ("特氟龙那种涂层的就算了"),
statements that are no refusals ("so I will not freeze"), and the thing asked for in an office letter («Интересует
наличие стиральной машины») or a northern Chinese question ("你家有空调不")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.understand.context import given_up
from knowledge.corrections import apply_corrections
from knowledge.figures import currency_of
from knowledge.query import Lexicon, lexicon_from_db, parse_price, understand
from knowledge.wanted import wanted_phrases


@pytest.fixture(scope="module")
def lex(demo_db_url: str) -> Lexicon:
    return lexicon_from_db(demo_db_url)


@pytest.mark.parametrize(("said", "meant"), [
    ("running shoes I'm a size forty two no wait forty three", "running shoes I'm a size forty three"),
    ("something for like a hundred bucks no wait let's say eighty max", "something for like eighty max"),
    ("наушники тыщи за четыре нет стоп давай за пять", "наушники тыщи за пять"),
    ("预算两千左右 哦不对不对 一千左右就行", "预算一千左右就行"),
    ("尺码四十二 哦不对 四十三", "尺码四十三"),
    ("ski socks and not blue either no wait I mean not black", "ski socks and not black"),
    ("再挑个颜色 紫色的 哦不是 绿色的", "再挑个颜色 绿色的"),
    ("最急的就是洗衣鸡 哦洗衣机 滚筒的那种", "最急的就是洗衣机 滚筒的那种"),
    ("给我儿子挑个书包 哦不是书包 是那个登山包", "给我儿子挑个 登山包"),
])
def test_a_correction_inside_the_message_is_applied(said, meant):
    assert apply_corrections(said) == meant


@pytest.mark.parametrize("text", [
    "I mean it's for my dad who likes hiking", "то есть мне нужен чайник", "好哦 谢谢", "不是不是 我要的是帐篷",
    "I want boots, no wait, sandals",  # (a kind taken back is left to the follow-up: nothing is guessed here)
])
def test_words_that_take_nothing_back_change_nothing(text):
    assert apply_corrections(text) == text


@pytest.mark.parametrize(("text", "keys"), [
    ("actually colour no issue, just show me only those under 25 dollars", {"colour"}),
    ("any colour is fine", {"colour"}),
    ("forget the budget", {"price"}),
    ("цвет не важен", {"colour"}),
    ("любого цвета", {"colour"}),
    ("颜色无所谓", {"colour"}),
    ("什么颜色都行", {"colour"}),
    ("尺码不限", {"size"}),
    ("what colours do you have", set()),
    ("什么颜色的有", set()),
    ("no budget", set()),
])
def test_a_constraint_given_up(text, keys):
    assert given_up(text) == keys


def test_hong_kong_dollars_said_in_cantonese():
    limits = parse_price("500蚊左右")
    assert limits.currency == "HKD" and limits.price_max == Decimal("550.00")
    assert currency_of("蚊") == "HKD"
    parsed = understand("細佬下個月生日，佢日日喺房打機，想送份禮物俾佢，五百蚊左右").parsed
    assert parsed.currency == "HKD" and parsed.price_max is not None and parsed.price_max < 80
    assert understand("蚊子太多了 有没有防蚊的").parsed.price_max is None  # a mosquito is no money


@pytest.mark.parametrize(("text", "key", "value"), [
    ("backpack like around thirty litres I think", "capacity_l", 30),
    ("kettle, more than one point seven litres", "capacity_l", ">1.7"),
    ("пауэрбанк на двадцать тысяч миллиампер", "capacity_mah", 20000),
    ("рюкзак литров на тридцать", "capacity_l", 30),
    ("кроссовки сорок третьего размера", "size", "43"),
    ("размер сорок второй, кроссовки", "size", "42"),
    ("跑鞋四十三码", "size", "43"),
    ("要大一点的烧水壶 一点五升以上就行", "capacity_l", ">=1.5"),
    ("It must hold a fair amount, mind — more than a litre and a half.", "capacity_l", ">1.5"),
])
def test_figures_said_in_words(lex, text, key, value):
    assert understand(text, lexicon=lex).parsed.attributes.get(key) == value


def test_a_measure_refused(lex):
    u = understand("power bank for the office bag. Not the big heavy 20000 mah type, and not white", lexicon=lex)
    assert u.exclude_attrs.get("capacity_mah") == [20000] and "capacity_mah" not in u.parsed.attributes
    assert "white" in u.exclude_attrs.get("colour", [])
    bound = understand("power bank no more than 10000 mah", lexicon=lex)
    assert bound.parsed.attributes.get("capacity_mah") == "<=10000" and "more" not in bound.parsed.exclude_terms


def test_a_coating_refused_at_length(lex):
    u = understand("想换个平底锅，特氟龙那种涂层的就算了，也不要那种死沉的铸铁锅", lexicon=lex)
    assert u.parsed.attributes.get("non_stick") is False
    assert "铸铁锅" not in u.parsed.text
    assert understand("不要那种特氟龙涂层的煎锅", lexicon=lex).parsed.attributes.get("non_stick") is False


def test_a_statement_with_not_is_no_refusal(lex):
    parsed = understand("I never experienced snow. What do I need so I will not freeze walking to work?",
                        lexicon=lex).parsed
    assert not parsed.exclude_terms
    assert understand("it is not leather I want", lexicon=lex).parsed.exclude_terms == ["leather"]


def test_decaf_and_beans_said_as_people_say_them(lex):
    u = understand("I do miss a proper cup of coffee. I'd like the decaffeinated sort, ground rather than whole "
                   "beans", lexicon=lex)
    assert u.parsed.attributes.get("decaf") is True and u.parsed.attributes.get("form") == "ground"
    assert u.parsed.category == "grocery/coffee" and not u.parsed.exclude_categories  # beans refused, not coffee


def test_scrap_refuses(lex):
    u = understand("ok scrap wool, he says it itches. cotton socks then", lexicon=lex)
    assert u.parsed.attributes.get("material") == "cotton" and "wool" in u.exclude_attrs.get("material", [])
    assert not understand("I forget things", lexicon=lex).parsed.exclude_terms


@pytest.mark.parametrize(("text", "lang", "thing"), [
    ("Добрый день. Интересует наличие стиральной машины с фронтальной загрузкой", "ru", "стиральная машина"),
    ("Прошу сообщить о наличии и стоимости электрического чайника", "ru", "электрический чайник"),
    ("В понедельник собеседование, требуется классический деловой костюм-двойка тёмно-синего цвета", "ru",
     "костюм-двойка"),
    ("кашель третью неделю есть у вас сироп от кашля", "ru", "сироп от кашля"),
    ("这天儿热得跟蒸笼似的，你家有空调不？挂墙上那种", "zh", "空调"),
    ("我姐刚生了二胎 我想送她一个婴儿推车 就是能一只手折起来的那种", "zh", "婴儿推车"),
    ("老铁，俺那车胎扎了，想整四条冬季胎，你家有没有？", "zh", "冬季胎"),
    ("baby won't nap, sun's up at 5am. blackout curtains for the nursery? lmk", "en", "blackout curtains"),
])
def test_the_thing_asked_for_in_a_letter_or_a_northern_question(text, lang, thing):
    assert thing in wanted_phrases(text, lang)


def test_searching_for_ones_own_keys_is_no_shopping():
    assert "ключи" not in wanted_phrases("в подъезде темень, роюсь в сумке по полчаса ищу ключи", "ru")
    assert wanted_phrases("ищу палатку на четверых", "ru")


@pytest.mark.parametrize(("text", "lang"), [
    ("sis just had her 1st baby!! want smth for HER not the baby", "en"),  # "smth" is something, no thing
    ("有没有那种不含乳糖的？", "zh"),  # what it must not have, no thing of its own
])
def test_words_that_name_no_thing_are_never_called_not_sold(text, lang):
    phrases = wanted_phrases(text, lang)
    assert "smth" not in phrases and not any(p.startswith("那种") for p in phrases), phrases
