"""Issue 10 end to end (session 29, development17): a need typed as search-box keywords with a count of hours in it,
and a Russian story whose «и» leaves an adverb, are needs, not names of things the store lacks."""

from __future__ import annotations

import pytest

from agent.journeys.category_asks import names_something
from knowledge.text import ru_only_describes
from tests.agent.assistant_support import collect, done_of


@pytest.mark.parametrize(("text", "named"), [
    ("坐夜车 卧铺12小时 车厢太吵睡不着 要能隔音", False),
    ("住3晚 要带什么", False),
    ("云步5有货吗", True),
    ("华为P60", True),
])
def test_a_count_of_hours_or_nights_is_no_model_number(text: str, named: bool) -> None:
    assert names_something(text, strict=True) is named


@pytest.mark.parametrize(("word", "thing"), [("далеко", False), ("тоже", False), ("айфон", True), ("самсунг", True)])
def test_an_adverb_left_by_a_split_at_i_is_no_thing(word: str, thing: bool) -> None:
    assert ru_only_describes(word) is not thing


@pytest.mark.parametrize("text", [
    "坐夜车 卧铺12小时 车厢太吵睡不着 要能隔音",
    "тусовка на крыше в сб, музыку не на чем, розетка одна и далеко",
])
async def test_a_need_is_not_answered_as_a_thing_not_sold(assistant, text: str) -> None:
    done = done_of(await collect(assistant, text, session=f"s29-need-{text[:6]}"))
    assert not done.text.startswith(("我们店里没有", "У нас в магазине нет")), done.text
