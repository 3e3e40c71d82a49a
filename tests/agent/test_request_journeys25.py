"""Issue 10 end to end (session 25, development14): comparisons by a material family or said in slang, a count
asked in slang, a colour the store lacks answered "no", things the store does not sell asked in a story, a story
that needs no clarifying question, and follow-ups that edit the request (a kind named only in the reason, a kind
taken instead, a limit per piece, a figure said alone, plans changed, a cheaper bound said in figures)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.agent.assistant_support import collect, done_of, of_type


def _shown(events: list[Any]) -> list[Any]:
    return [h for e in of_type(events, "products") for h in e.items]


@pytest.mark.parametrize("text", [
    "merino hiking socks or synthetic ones, which are cheaper at your store and by how many dollars?",
    "что дешевле налобник или обычный фонарик и на скока",
])
async def test_a_comparison_said_the_chat_way_is_answered(assistant, text):
    done = done_of(await collect(assistant, text, session=f"s25-{text[:12]}"))
    assert done.intent == "compare", done.text


async def test_synthetic_socks_are_the_polyester_ones(assistant):
    events = await collect(assistant, "do you have synthetic socks?", session="s25-synth")
    done = done_of(events)
    assert done.text.startswith("Yes"), done.text
    assert "Polyester" in _shown(events)[0].title


async def test_a_count_asked_in_slang(assistant):
    done = done_of(await collect(assistant, "скока у вас разных пазлов на 1000 деталей?", session="s25-count"))
    assert done.intent == "product_question" and "1000" in done.text and "?" not in done.text, done.text


async def test_a_colour_no_product_has_is_answered_no(assistant):
    done = done_of(await collect(assistant, "purple mug?", session="s25-purple"))
    assert done.text.startswith("No"), done.text


@pytest.mark.parametrize(("text", "said"), [
    ("有褪黑素卖吗 倒夜班倒得生物钟全乱了", "褪黑素"),
    ("大学生用的笔记本电脑 能剪视频 五千左右 推存下", "笔记本电脑"),
    ("hi can i order my mom's blood pressure meds through you guys? she has a prescription", "blood pressure meds"),
])
async def test_a_thing_not_sold_asked_in_a_story(assistant, text, said):
    done = done_of(await collect(assistant, text, session=f"s25-{said}"))
    assert said in done.text and any(w in done.text for w in ("don't have", "没有")), done.text


@pytest.mark.parametrize(("text", "word"), [
    ("出租屋隔音太差 晚上打游戏怕吵到隔壁 想搞个耳机", "耳机"),
    ("earphones for the gym, not the wireless kind (i lose them every week) and not the big over-ear ones either, "
     "my ears get sweaty", "In-Ear"),
])
async def test_a_story_around_a_kind_needs_no_question_back(assistant, text, word):
    events = await collect(assistant, text, session=f"s25-{word}")
    done = done_of(events)
    assert done.intent == "search" and not done.text.startswith(("I'm not sure", "我不太确定")), done.text
    assert all(word in h.title for h in _shown(events)), [h.title for h in _shown(events)]


async def test_a_kind_named_in_the_reason_is_no_new_request(assistant):
    session = "s25-kettle"
    await collect(assistant, "electric kettle for a family of 6", session=session)
    done = done_of(await collect(assistant, "bigger than 1.7 liters please, we go through a lot of tea. and not "
                                            "white, it shows every stain", session=session))
    assert done.intent == "search", done.text


async def test_a_kind_taken_instead_keeps_the_constraint(assistant):
    session = "s25-switch"
    await collect(assistant, "power went out 3 times this month, what should i keep in the house for next time",
                  session=session)
    events = await collect(assistant, "ok flashlights then. rechargeable ones, i never have batteries when i need "
                                      "them", session=session)
    hits = _shown(events)
    assert hits and all("Flashlight" in h.title and h.attributes.get("rechargeable") is True for h in hits), \
        [h.title for h in hits]


async def test_a_limit_per_piece_edits_the_list(assistant):
    session = "s25-chairs"
    await collect(assistant, "picnic in the park saturday with some friends, need a couple of folding chairs",
                  session=session)
    events = await collect(assistant, "under 30 each?", session=session)
    hits = _shown(events)
    assert hits and all("Chair" in h.title and Decimal(str(h.price)) <= 30 for h in hits), \
        [(h.title, h.price) for h in hits]


async def test_a_figure_said_alone_is_the_kinds_measure(assistant):
    session = "s25-powerbank"
    await collect(assistant, "повербанк в дорогу, едем на машине на юг с двумя детьми, двое суток", session=session)
    events = await collect(assistant, "надо на 20000 минимум, у детей планшеты", session=session)
    hits = _shown(events)
    assert hits and all((h.attributes.get("capacity_mah") or 0) >= 20000 for h in hits), [h.title for h in hits]


async def test_plans_changed_is_no_exchange(assistant):
    session = "s25-tent"
    await collect(assistant, "палатку на море на неделю, нас четверо", session=session)
    events = await collect(assistant, "не, всё поменялось, дети у бабушки остаются, едем вдвоём с мужем",
                           session=session)
    done = done_of(events)
    assert done.intent == "search", done.text
    assert any((h.attributes.get("persons") or 0) == 2 for h in _shown(events)[:1]), done.text


async def test_a_cheaper_bound_said_in_figures(assistant):
    session = "s25-buds"
    await collect(assistant, "наушники для зала, без проводов чтоб", session=session)
    events = await collect(assistant, "дороговато чёт. есть подешевле? максимум за два косаря", session=session)
    hits, done = _shown(events), done_of(events)
    # two grand is about 22 dollars: nothing dearer is offered as cheaper; when nothing is that cheap, it is said,
    # and the cheapest there are are offered as such
    if all(Decimal(str(h.price)) <= Decimal("23") for h in hits):
        assert hits, done.text
    else:
        assert done.text.startswith("Ничего дешевле"), done.text


async def test_cheaper_keeps_the_form_asked(assistant):
    session = "s25-overear"
    await collect(assistant, "出租屋隔音太差 晚上打游戏怕吵到隔壁 想搞个耳机", session=session)
    await collect(assistant, "要头戴的 有线就行 无线有delay", session=session)
    events = await collect(assistant, "这几个都小贵 有便宜点的吗", session=session)
    hits, done = _shown(events), done_of(events)
    # over-ear ones cheaper than those shown, or the nearest said to lack something asked
    assert all(h.attributes.get("form") in (None, "over-ear") for h in hits) or "没有完全符合" in done.text, \
        (done.text, [h.title for h in hits])


async def test_a_vegan_guest_edits_the_chocolate(assistant):
    session = "s25-vegan"
    await collect(assistant, "шоколадку к чаю, гости придут", session=session)
    events = await collect(assistant, "ой, одна гостья веганка, чтоб молока совсем не было", session=session)
    done = done_of(events)
    assert done.intent == "search", done.text
    assert all(h.attributes.get("vegan") is True for h in _shown(events)), [h.title for h in _shown(events)]


async def test_he_of_the_person_is_no_product(assistant):
    done = done_of(await collect(assistant, "мужу куртку от дождя, размер L, он на велике на работу гоняет",
                                 session="s25-he"))
    assert done.intent == "search", done.text


@pytest.mark.parametrize(("text", "said"), [
    ("帮我抢两张五月天演唱会门票 内场的", "演唱会门票"),
    ("а осаго у вас можно оформить?", "осаго"),
])
async def test_tickets_and_insurance_are_not_sold(assistant, text, said):
    done = done_of(await collect(assistant, text, session=f"s25-{said}"))
    assert said in done.text and done.intent == "search", done.text


async def test_when_every_product_is_refused_the_nearest_are_said_to_be_such(assistant):
    events = await collect(assistant, "food containers, not plastic and not glass", session="s25-boxes")
    done = done_of(events)
    assert done.text.startswith("Nothing has everything you asked for"), done.text
    assert _shown(events) and all("Food Container" in h.title for h in _shown(events))
