"""The terminal channel with piped stdin: streamed text, product tables, errors, /quit."""

from __future__ import annotations

import io

from rich.console import Console

from agent import templates
from channels.terminal import chat_loop
from tools.base import Role

from .standin import StandIn


async def test_piped_chat_renders_stream_products_errors_and_stops_at_quit(monkeypatch) -> None:
    lines = "waterproof boots under 120\n\nplease explode\n/quit\nnever sent\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    out = io.StringIO()
    console = Console(file=out, width=140, force_terminal=False, color_system=None)
    turns = await chat_loop(StandIn(), session_id="cli-t", role=Role.MANAGER, locale="en", console=console)
    text = out.getvalue()
    assert turns == 2
    assert "you › waterproof boots under 120" in text
    assert "[cli-t #1] you said: waterproof boots under 120" in text
    assert "Trail boots" in text and "$99.90" in text and "4 in stock" in text and "Aisle 4, shelf B" in text
    assert "error (internal)" in text and "something went wrong" in text.lower()
    assert "never sent" not in text


class _Sentences:
    """A core that streams two verified sentences; ``done.text`` is exactly them joined (the streaming contract)."""

    async def reply(self, turn):
        from agent.events import DoneEvent, TokenEvent

        yield TokenEvent(text="It costs $7.")
        yield TokenEvent(text=" It is in stock.")
        yield DoneEvent(text="It costs $7. It is in stock.", intent="product_question", language="en",
                        notices=[templates.t("notice_corrected", "en")])

    async def aclose(self) -> None:
        return None


async def test_streamed_sentences_are_shown_once_and_never_corrected(monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("how much?\n"))
    out = io.StringIO()
    await chat_loop(_Sentences(), session_id="cli-s", role=Role.SHOPPER, locale=None,
                    console=Console(file=out, width=100, color_system=None))
    text = out.getvalue()
    assert text.count("It costs $7. It is in stock.") == 1 and "corrected:" not in text
    assert f"ⓘ {templates.t('notice_corrected', 'en')}" in text
