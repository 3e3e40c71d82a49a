"""Issue 10 (session 30, development18): requests written as e-mails, forum posts, formal letters and in Russian
mixed with English. A role named in a story asks for nobody, a story's words are no product name the store lacks,
two English words among Russian ones are the writer switching language, cues of a price question from different
sentences ask no price question, "宝子们" addresses a post's readers, and advice that narrows what is on screen is
the search going on."""

from __future__ import annotations

import pytest

from agent.journeys.category_asks import ask_of
from agent.understand.rules import asks_for_person, rule_hits
from knowledge.query import store_lexicon, understand
from tests.agent.assistant_support import collect, done_of, of_type

NOT_SOLD_HEADS = ("We don't have", "У нас в магазине нет", "我们店里没有")


@pytest.mark.parametrize(("text", "asks"), [
    ("менеджера!", True),
    ("Мне нужен менеджер, заказ так и не пришёл", True),
    ("I want to speak to a manager", True),
    ("经理在吗", True),
    ("请叫你们经理过来", True),
    # a character of the story, no one asked for
    ("Ищем печенье к чаю. Наш руководитель строго следит за сахаром, так что без сахара, пожалуйста.", False),
    ("Нужны подарки коллегам, сумма — до 3 тыс. на человека. Будем рады вашим предложениям.", False),
    ("Our office manager asked me to order mugs for the whole team, about 20 of them.", False),
    ("我们经理让我来买点咖啡，办公室用，预算每包一百以内，有推荐吗", False),
])
def test_a_role_named_in_a_story_asks_for_nobody(text: str, asks: bool) -> None:
    assert asks_for_person(text) is asks


@pytest.mark.parametrize(("text", "ask"), [
    ("帐篷都在1000以内吗？", "all_under"),
    ("Are all your tents under $200?", "all_under"),
    # "都" in one sentence, the budget in another, the question mark in a third: no price question
    ("我在医院上班，一整天都顾不上喝水。有什么能让上班舒服一些的东西？预算每样三百元以内。", None),
    # a price range told with its figures is a budget, not a question about the kind's prices
    ("Прошу подобрать подарок супруге. Ценовой диапазон — от 3 000 до 6 000 рублей.", None),
    ("价格区间200到300，送爸爸的礼物", None),
    ("what is the price range of your tents?", "spread"),
    ("帐篷价格区间是多少", "spread"),
])
def test_a_price_question_is_asked_in_one_sentence(text: str, ask: str | None) -> None:
    assert ask_of(text) == ask


def test_a_posts_readers_are_no_stream_audience() -> None:
    hits = rule_hits("想问问跑过的宝子们 该添置点啥？单件500以内")
    assert all(h.intent.value != "script_request" for h in hits), hits


@pytest.mark.parametrize("text", [
    # two English words among Russian ones: switching language, not a product name
    "Ищу рюкзак для daily commute, литров на 30. Только не чёрный и не кожаный.",
    # a story with a rare word for a use («созвонов»)
    "Нужны наушники для созвонов. Не wireless — bluetooth вечно отваливается от ноута посреди дня.",
    # an e-mail with a place and a name in it
    "Good morning,\n\nWe are camping in the Cairngorms in May and need two sleeping bags, nothing filled with down. "
    "Around £70 each would suit us.\n\nKind regards,\nMargaret Ellis",
])
async def test_a_story_names_no_product_the_store_lacks(assistant, text: str) -> None:
    done = done_of(await collect(assistant, text, session=f"s30-story-{abs(hash(text)) % 10_000}"))
    assert not done.text.startswith(NOT_SOLD_HEADS), done.text


async def test_an_email_is_answered_without_quoting_it_back(assistant) -> None:
    text = ("Hello,\n\nMy father is 78 and wants headphones for the television, the big ones that go over the ears. "
            "Nothing wireless, please, he loses the charger.\n\nThank you, Susan")
    done = done_of(await collect(assistant, text, session="s30-email"))
    assert "Susan" not in done.text and "Hello" not in done.text.split("\n")[0], done.text


async def test_advice_that_narrows_what_is_shown_searches_on(assistant) -> None:
    session = "s30-narrow"
    await collect(assistant, "孩子学校寒假组织滑雪冬令营，需要准备一件滑雪外套", session=session)
    events = await collect(assistant, "外套请推荐防水的，预算六百元以内。", session=session)
    done = done_of(events)
    assert done.intent == "search", done.text
    cards = of_type(events, "products")
    assert cards and all("防水" in item.title for item in cards[0].items[:3]), done.text


@pytest.mark.parametrize(("text", "usd"), [
    ("Хочется подарить что-нибудь мягкое, рублей на тысячу.", "12.10"),  # about 1000 roubles
    ("Что-то для хозяйства, рублей на две с половиной тысячи.", "30.25"),
    ("Подскажите подарок, рублей на тысячу — полторы.", "18.15"),  # a range: its upper end
    ("Подарок рублей на полторы тысячи", "18.15"),
    # the upper end said without its thousands, after a lower end in thousands
    ("Хочу что-то серьёзное, не дешевле 10 тысяч, но и не дороже 15.", "165.00"),
])
def test_roubles_said_before_the_sum(text: str, usd: str) -> None:
    # The currency first and the sum after it in words, as older writers put it: the budget, not a search word.
    assert str(understand(text, lexicon=store_lexicon()).parsed.price_max) == usd


def test_a_measure_after_a_sum_in_thousands_stays_a_measure() -> None:
    assert understand("рюкзак за 5 тысяч, объём до 30", lexicon=store_lexicon()).parsed.price_max != \
        understand("рюкзак за 5 тысяч, до 30 тысяч", lexicon=store_lexicon()).parsed.price_max
