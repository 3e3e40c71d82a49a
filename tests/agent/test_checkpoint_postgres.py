"""The PostgreSQL checkpointer (the scale-out path): a conversation survives a restart, on the suite's own throwaway
PostgreSQL server (tests/servers.py)."""

from __future__ import annotations

import pytest

from agent.assistant import Assistant
from tests.agent.assistant_support import KeywordUnderstander, collect, done_of, make_settings, shared_services

pytestmark = pytest.mark.postgres


async def test_a_conversation_survives_a_restart_on_postgres(tmp_path, postgres_url: str) -> None:
    settings = make_settings(tmp_path)
    settings.agent.checkpoint_url = postgres_url  # postgresql+psycopg://...: LangGraph's PostgreSQL saver
    first = Assistant(settings, services=shared_services(), understander=KeywordUnderstander())
    await collect(first, "waterproof hiking boots", session="pg")
    await first.aclose()  # the process "ends"
    assert not (tmp_path / "checkpoints.db").exists()

    second = Assistant(settings, services=shared_services(), understander=KeywordUnderstander())
    state = await second.session_state("pg")
    events = await collect(second, "show me cheaper ones", session="pg")
    await second.aclose()
    assert state["history"][0]["text"] == "waterproof hiking boots" and state["shown_product_ids"]
    assert "Cheaper options" in done_of(events).text
