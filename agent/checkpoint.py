"""The conversation checkpointer: LangGraph's SQLite saver at ``settings.checkpoint_path`` by default, PostgreSQL
when ``settings.agent.checkpoint_url`` is a ``postgresql://`` URL (extra ``postgres``, imported only then).

Either way a restarted process resumes every conversation where it stopped: the state is keyed by session id.
"""

from __future__ import annotations

import contextlib
from typing import Any

from shopkeeper.errors import ConfigError, DependencyMissing
from shopkeeper.settings import Settings


async def open_checkpointer(settings: Settings, stack: contextlib.AsyncExitStack) -> Any:
    """An async LangGraph checkpointer, set up and registered on ``stack`` for closing."""
    url = settings.agent.checkpoint_url
    if url and url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        try:
            from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
        except ImportError as exc:
            raise DependencyMissing("langgraph-checkpoint-postgres", "postgres") from exc
        conn = url.replace("postgresql+psycopg://", "postgresql://")
        saver = await stack.enter_async_context(AsyncPostgresSaver.from_conn_string(conn))
        await saver.setup()
        return saver
    if url == "memory":
        from langgraph.checkpoint.memory import InMemorySaver

        return InMemorySaver()
    if url and not url.startswith("sqlite"):
        raise ConfigError(f"unsupported checkpoint URL {url!r}",
                          hint="use a postgresql:// URL, sqlite:///path, or leave it unset")
    import aiosqlite
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    path = url.split("///", 1)[-1] if url else str(settings.checkpoint_path)
    if path != ":memory:":
        from pathlib import Path

        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn_sqlite = await aiosqlite.connect(path)
    stack.push_async_callback(conn_sqlite.close)
    # Every session shares this one connection: WAL + synchronous=NORMAL keep a commit from waiting on fsync,
    # which under concurrent sessions was the bottleneck (evals/load). A power cut may lose the last turns;
    # the file itself stays consistent.
    await conn_sqlite.execute("PRAGMA journal_mode=WAL")
    await conn_sqlite.execute("PRAGMA synchronous=NORMAL")
    saver_sqlite = AsyncSqliteSaver(conn_sqlite)
    await saver_sqlite.setup()
    return saver_sqlite
