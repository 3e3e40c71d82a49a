"""The livestream journey end to end: a host's request becomes a timed, verified script; roles hold both ways."""

from __future__ import annotations

import re

import pytest

from agent.assistant import Assistant
from agent.journeys.base import load_tools
from agent.journeys.livestream import minutes_of, promotion_of
from tests.agent.assistant_support import KeywordUnderstander, collect, done_of, make_settings, of_type, shared_services
from tools.base import Role, tools_for


def _manager_only() -> set[str]:
    import agent.graph  # noqa: F401  (imports every journey, so every tool is registered)

    load_tools()
    return {t.name for t in tools_for(Role.MANAGER)} - {t.name for t in tools_for(Role.HOST)}


@pytest.fixture
async def assistant(tmp_path):
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=KeywordUnderstander())
    yield a
    await a.aclose()


def _clock_to_s(clock: str) -> int:
    m, s = clock.split(":")
    return int(m) * 60 + int(s)


@pytest.mark.parametrize(
    ("text", "lang", "minutes"),
    [
        ("script for a 10-minute stream on our winter jackets, code SNOW10 for 10% off", "en", 10),
        ("сценарий эфира на 6 минут про палатки", "ru", 6),
        ("写一个5分钟的帐篷直播脚本", "zh", 5),
    ],
)
async def test_host_gets_a_timed_script_of_real_products(assistant, text, lang, minutes):
    events = await collect(assistant, text, session=f"host-{lang}", role="host")
    done = done_of(events)
    cards = of_type(events, "products")[0].items
    assert done.intent == "script_request" and done.language == lang
    assert done.grounded, done.notices
    assert done.text.startswith("# ") and all(c.title in done.text for c in cards)
    # Every sentence passed the reply gate: nothing of the engine's Markdown was dropped on the way.
    assert "".join(e.text for e in of_type(events, "token")) == done.text
    starts = re.findall(r"^## (\d+:\d\d) · .+ · (\d+) \S+$", done.text, re.M)
    assert starts and sum(int(s) for _, s in starts) == minutes * 60
    last_start, last_len = starts[-1]
    assert _clock_to_s(last_start) + int(last_len) == minutes * 60
    for card in cards:  # the DB price of each product is said
        assert f"{card.price:,.2f}".replace(",", "") in done.text.replace(",", "").replace(" ", "") or lang == "ru"
    if lang == "en":
        assert "SNOW10" in done.text and "10%" in done.text


async def test_shopper_session_never_reaches_the_script_tools(assistant):
    done = done_of(await collect(assistant, "script for a 10-minute stream on our tents", session="shop"))
    assert "only available to store staff" in done.text and "## " not in done.text


async def test_host_session_cannot_reach_manager_tools(assistant):
    assert "out_of_stock" in _manager_only()
    events = await collect(assistant, "what's out of stock in aisle 4", session="host-ops", role="host")
    # The ops journey's tool refused the host's role; a host is staff, so the refusal says it is for managers and what
    # a host can do instead, and no stock table was sent.
    text = done_of(events).text
    assert "for store managers" in text and "only available to store staff" not in text
    assert not of_type(events, "table")


def test_role_sets_of_the_script_tools():
    manager_only = _manager_only()
    host = {t.name for t in tools_for(Role.HOST)}
    shopper = {t.name for t in tools_for(Role.SHOPPER)}
    assert {"generate_stream_script", "stream_products"} <= host
    assert not shopper & {"generate_stream_script", "stream_products"}
    assert {"out_of_stock"} <= manager_only and not host & manager_only


def test_length_and_offer_are_read_from_the_request():
    assert minutes_of("script for a 15-minute stream", 10) == 15
    assert minutes_of("сценарий на 20 минут", 10) == 20
    assert minutes_of("写一个30分钟的直播脚本", 10) == 30
    assert minutes_of("script for a stream on tents", 10) == 10
    promo = promotion_of("code WINTER15 for 15% off")
    assert promo is not None and promo.code == "WINTER15" and promo.percent_off == 15
    assert promotion_of("a stream about 100% wool") is None
