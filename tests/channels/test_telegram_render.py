"""How one turn's events become Telegram messages, for cases the real core cannot be made to produce on demand:
a reply longer than one Telegram message, a table larger than a message, a turn that crashes after its first
sentence. The events go through the real ``safe_reply`` and the real aiogram ``Bot`` to the fake Bot API server.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import SecretStr

from agent.events import DoneEvent, Event, ProductsEvent, TableEvent, TokenEvent, Turn
from channels.port import safe_reply
from channels.telegram.bot import create_bot
from channels.telegram.render import MESSAGE_LIMIT, ReplyRenderer, table_html
from shopkeeper.settings import Settings, TelegramSettings
from tests.fakes.telegram_api import FakeBotAPI
from tools.catalog_models import ProductHit

TOKEN = "515151:render-test-token-Qw"
SENTENCE = "This sentence was verified against the store's records before it was sent. "


class Scripted:
    """Speaks the core's event protocol with a fixed script (the real core never writes 5,000 characters)."""

    def __init__(self, events: list[Event], crash_after: int | None = None) -> None:
        self.events, self.crash_after = events, crash_after

    async def reply(self, turn: Turn) -> AsyncIterator[Event]:
        for i, event in enumerate(self.events):
            if self.crash_after is not None and i == self.crash_after:
                raise RuntimeError("the core fell over")
            await asyncio.sleep(0)
            yield event

    async def aclose(self) -> None:
        return None


async def _render(api: FakeBotAPI, source: Scripted, tmp_path: Path) -> ReplyRenderer:
    bot = create_bot(Settings(telegram=TelegramSettings(token=SecretStr(TOKEN), api_base=api.base_url)))
    renderer = ReplyRenderer(bot, 9, language="en", images_dir=tmp_path, max_cards=3, edit_interval_s=0.0)
    try:
        async for event in safe_reply(source, Turn(session_id="tg:515151:9", text="hi")):
            await renderer.on(event)
    finally:
        await bot.session.close()
    return renderer


@pytest.mark.asyncio
async def test_a_reply_longer_than_a_message_continues_in_a_new_one_and_nothing_is_lost(tmp_path: Path) -> None:
    tokens = [SENTENCE] * 70  # ~5,500 characters
    text = "".join(tokens)
    async with FakeBotAPI(TOKEN) as api:
        await _render(
            api,
            Scripted([*[TokenEvent(text=x) for x in tokens], DoneEvent(text=text, intent="other", language="en")]),
            tmp_path,
        )
        messages = [s.text for s in api.sent]
    assert len(messages) == 2 and all(len(m) <= MESSAGE_LIMIT for m in messages)
    assert " ".join(messages).split() == text.split()


@pytest.mark.asyncio
async def test_cards_wait_for_the_first_sentence_and_are_capped(tmp_path: Path) -> None:
    hits = [
        ProductHit(
            product_id=i,
            sku=f"S{i}",
            title=f"Tent {i}",
            price=Decimal("99.50"),
            currency="USD",
            in_stock=i % 2 == 0,
            stock_qty=4 if i % 2 == 0 else 0,
            location="Aisle 3, shelf B",
        )
        for i in range(1, 6)
    ]
    events: list[Event] = [
        ProductsEvent(items=hits),
        TokenEvent(text="Here are our tents. "),
        DoneEvent(text="Here are our tents. ", intent="search", language="en"),
    ]
    async with FakeBotAPI(TOKEN) as api:
        renderer = await _render(api, Scripted(events), tmp_path)
        sent = list(api.sent)
    assert sent[0].text == "Here are our tents." and not sent[0].buttons
    cards = sent[1:]
    assert [c.text.splitlines()[0] for c in cards] == ["Tent 1", "Tent 2", "Tent 3"]
    assert "$99.50" in cards[0].text and "out of stock" in cards[0].text and "4 in stock" in cards[1].text
    assert "📍 Aisle 3, shelf B" in cards[0].text
    assert [h.product_id for h in renderer.outcome.cards] == [1, 2, 3]


@pytest.mark.asyncio
async def test_a_crash_after_the_first_sentence_keeps_it_and_ends_the_turn(tmp_path: Path) -> None:
    events: list[Event] = [TokenEvent(text="Our tents are in aisle 3. "), TokenEvent(text="never shown")]
    async with FakeBotAPI(TOKEN) as api:
        renderer = await _render(api, Scripted(events, crash_after=1), tmp_path)
        texts = [s.text for s in api.sent]
    assert texts == ["Our tents are in aisle 3."]
    assert renderer.outcome.error is not None and renderer.outcome.error.code == "internal"
    assert renderer.outcome.done is not None and renderer.outcome.done.text == "Our tents are in aisle 3. "


def test_a_table_is_escaped_monospaced_and_cut_to_one_message() -> None:
    rows = [[f"SKU-{i}", f"<b>Tent & tarp {i}</b>", "4", "B", 0, 3] for i in range(400)]
    html_text = table_html(
        TableEvent(
            title="Out of stock · 4", columns=["SKU", "Product", "Aisle", "Shelf", "System qty", "Shelf qty"], rows=rows
        ),
        "en",
    )
    assert len(html_text) <= MESSAGE_LIMIT
    assert "&lt;b&gt;Tent &amp; tarp 0&lt;/b&gt;" in html_text and "<pre>" in html_text
    assert html_text.rstrip().endswith("more rows") and "SKU-0 " in html_text
