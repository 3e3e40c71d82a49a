"""Hand-over tickets: a session adds messages only to its own open ticket; a released ticket takes no more."""

from __future__ import annotations

import pytest

from shopkeeper.errors import NotFound
from shopkeeper.settings import DatabaseSettings, Settings
from tests.agent.assistant_support import store_dir
from tools.base import Role, ToolContext
from tools.handoff import AppendInput, HandoffInput, ReleaseInput, append_handoff, create_handoff, release_handoff


@pytest.fixture(scope="module")
def settings():
    base = store_dir()  # the assistant tests' own writable copy of the demo store
    return Settings(data_dir=base, db=DatabaseSettings(url=f"sqlite:///{base / 'store.db'}"))


async def test_messages_join_the_sessions_open_ticket_only(settings):
    mine = ToolContext(role=Role.SHOPPER, session_id="ticket-owner", settings=settings)
    other = ToolContext(role=Role.SHOPPER, session_id="someone-else", settings=settings)
    ticket = await create_handoff(HandoffInput(reason="human_request", summary="wants a person"), mine)
    out = await append_handoff(AppendInput(ticket_id=ticket.ticket_id, text="still there?"), mine)
    assert out.messages == 1 and out.state == "open"
    with pytest.raises(NotFound):
        await append_handoff(AppendInput(ticket_id=ticket.ticket_id, text="let me in"), other)
    staff = ToolContext(role=Role.MANAGER, session_id="staff", settings=settings)
    await release_handoff(ReleaseInput(ticket_id=ticket.ticket_id), staff)
    after = await append_handoff(AppendInput(ticket_id=ticket.ticket_id, text="hello?"), mine)
    assert after.state == "released" and after.messages == 1  # a closed ticket takes no more messages
