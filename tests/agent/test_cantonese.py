"""Issue 10 (session 29, development17): written Cantonese and Taiwan's words read as the Mandarin the journeys
expect, and an adverb inside "do you … sell"."""

from __future__ import annotations

from typing import Any

import pytest

from agent.understand.cantonese import as_mandarin
from agent.understand.shopper_text import shopper_text
from tests.agent.assistant_support import collect, done_of, of_type


@pytest.mark.parametrize(("text", "read"), [
    ("有冇唔係真皮嘅行山鞋", "有没有不是真皮的登山鞋"),
    ("你哋有幾多款桌遊", "你们有多少款桌游"),
    ("有冇再平啲嘅", "有没有再便宜点的"),
    ("想買張瑜伽墊 喺屋企做運動用", "想买张瑜伽垫 在家里做运动用"),
    ("有冇嘢幫到手？三百蚊以內", "有没有东西帮得上忙？三百蚊以内"),
    ("請問有行動電源嗎？", "请问有行动电源吗？"),
    ("隨身碟 64G", "U盘 64G"),
    ("想搵件褸返工，唔要皮，啡色都唔要", "想找件外套上班，不要皮，棕色都不要"),
    ("夜晚冇乜燈，又想播下歌", "夜晚没什么灯，又想放音乐"),
])
def test_cantonese_and_taiwan_text_is_read_as_mandarin(text: str, read: str) -> None:
    assert shopper_text(text) == read


@pytest.mark.parametrize("text", ["平底锅多少钱", "最平的帐篷", "这个系列有没有黑色的", "我要一个台灯"])
def test_mandarin_is_left_as_it_is(text: str) -> None:
    # 平 is flat in 平底锅 and 系 is a series in 系列: the fold runs only where a Cantonese-only character is.
    assert as_mandarin(text) == text


def _shown(events: list[Any]) -> list[Any]:
    return [h for e in of_type(events, "products") for h in e.items]


async def test_a_count_asked_in_cantonese_is_answered(assistant):
    done = done_of(await collect(assistant, "你哋有幾多款桌遊？", session="s29-count"))
    assert done.text.startswith("我们共有") and "没有" not in done.text, done.text


async def test_a_cantonese_follow_up_for_cheaper_keeps_the_kind(assistant):
    session = "s29-cheaper"
    first = _shown(await collect(assistant, "想買張瑜伽墊 喺屋企做運動用", session=session))
    events = await collect(assistant, "有冇再平啲嘅", session=session)
    hits, text = _shown(events), done_of(events).text
    # The kind is kept: cheaper mats, or (in the small test store) an honest "none below" that names the mats.
    assert first and "瑜伽垫" in text and "店里没有" not in text, text
    assert all("瑜伽垫" in h.title and h.price < min(x.price for x in first[:3]) for h in hits), text


async def test_a_cantonese_refusal_of_leather_filters_hiking_boots(assistant):
    events = await collect(assistant, "有冇唔係真皮嘅行山鞋 42碼", session="s29-boots")
    hits = _shown(events)
    assert hits and all("真皮" not in h.title and "Leather" not in h.title for h in hits), done_of(events).text


@pytest.mark.parametrize(("text", "opening"), [
    ("Do you also sell sewing machines? My daughter wants to learn sewing since long time.", "We don't have"),
    ("你哋有冇衣車賣？想幫個仔改短條校褲", "我们店里没有"),
])
async def test_a_thing_not_sold_asked_with_an_adverb_or_in_cantonese_is_said_so(assistant, text, opening):
    done = done_of(await collect(assistant, text, session=f"s29-{text[:10]}"))
    assert done.text.startswith(opening), done.text
