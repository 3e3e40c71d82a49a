"""Conversations survive a restart: the state is checkpointed per session (SQLite file by default)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent import templates
from agent.assistant import Assistant
from tests.agent.assistant_support import (
    KeywordUnderstander,
    collect,
    done_of,
    make_settings,
    of_type,
    real_understander,
    shared_services,
)


@pytest.fixture(scope="module")
def understander():
    # The real understander when installed (its "cheaper" rule resolves against the checkpointed context).
    return real_understander() or KeywordUnderstander()


async def test_cheaper_after_a_restart_knows_what_ones_are(tmp_path, understander):
    settings = make_settings(tmp_path)
    first = Assistant(settings, services=shared_services(), understander=understander)
    events = await collect(first, "waterproof hiking boots", session="restart")
    shown = of_type(events, "products")[0].items
    await first.aclose()  # the process "ends"
    assert (tmp_path / "checkpoints.db").exists()

    second = Assistant(settings, services=shared_services(), understander=understander)
    events = await collect(second, "show me cheaper ones", session="restart")
    await second.aclose()
    cheaper = [p for e in of_type(events, "products") for p in e.items]
    limit = min(Decimal(str(p.price)) for p in shown)
    assert all(Decimal(str(p.price)) < limit for p in cheaper)
    assert all("boot" in p.title.lower() for p in cheaper)
    assert not {p.product_id for p in cheaper} & {p.product_id for p in shown}
    # "Cheaper" keeps "waterproof": when the store has no cheaper waterproof boots, the reply says so at the bound
    # the restarted assistant took from what the first one showed.
    assert cheaper or templates.money(limit - Decimal("0.01"), "USD", "en") in done_of(events).text
    assert done_of(events).intent == "search"


async def test_sessions_do_not_share_state(tmp_path, understander):
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=understander)
    await collect(a, "waterproof hiking boots", session="one")
    events = await collect(a, "show me cheaper ones", session="two")  # nothing was shown in session two
    one = await a.session_state("one")
    await a.aclose()
    assert len(one["shown_product_ids"]) == len(one["shown_prices"]) > 0
    assert one["last_intent"] == "search" and one["history"][0]["text"] == "waterproof hiking boots"
    assert "Cheaper options" not in done_of(events).text


async def test_in_memory_checkpointer_option(tmp_path, understander):
    settings = make_settings(tmp_path)
    settings.agent.checkpoint_url = "memory"
    a = Assistant(settings, services=shared_services(), understander=understander)
    first = await collect(a, "waterproof hiking boots", session="m")
    events = await collect(a, "show me cheaper ones", session="m")
    await a.aclose()
    limit = min(Decimal(str(p.price)) for p in of_type(first, "products")[0].items)
    text = done_of(events).text
    # "Cheaper options, below $X", "Nothing below $X has everything you asked for", or nothing under a cent less:
    # the bound is the one the first turn showed.
    assert templates.money(limit, "USD", "en") in text or templates.money(limit - Decimal("0.01"), "USD", "en") in text
    assert not (tmp_path / "checkpoints.db").exists()


async def test_postgres_checkpointer_is_an_optional_extra(tmp_path, monkeypatch):
    import builtins

    from agent.checkpoint import open_checkpointer
    from shopkeeper.errors import DependencyMissing

    real_import = builtins.__import__

    def no_postgres(name, *args, **kwargs):
        if name.startswith("langgraph.checkpoint.postgres"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_postgres)
    settings = make_settings(tmp_path)
    settings.agent.checkpoint_url = "postgresql://localhost/none"
    import contextlib

    async with contextlib.AsyncExitStack() as stack:
        with pytest.raises(DependencyMissing, match="langgraph-checkpoint-postgres"):
            await open_checkpointer(settings, stack)
