"""``shopkeeper ops``: the board and tasks in a terminal, and closing a task by a count or a report, checked as the
loop checks them; refusals exit 2 with the reason. Runs against its own demo store (tasks change)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from knowledge.db import session_scope
from knowledge.demo import build_demo_store
from knowledge.schema import StoreEvent, Task, TaskKind, TaskState
from shopkeeper.cli import app
from shopkeeper.settings import get_settings

runner = CliRunner()


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("ops_cli")
    url = f"sqlite:///{path / 'store.db'}"
    build_demo_store(url, seed=5, products=150, sales_days=10)
    return url


@pytest.fixture
def env(store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("SHOPKEEPER_DB__URL", store_url)
    monkeypatch.setenv("SHOPKEEPER_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "200")  # one table row per line
    get_settings.cache_clear()
    try:
        yield store_url
    finally:
        get_settings.cache_clear()


def _open_task(url: str, kind: TaskKind) -> Task:
    with session_scope(url) as s:
        task = s.scalars(select(Task).where(Task.kind == kind, Task.state == TaskState.OPEN).order_by(Task.id)).first()
        assert task is not None, f"no open {kind.value} task"
        s.expunge(task)
        return task


def test_scan_board_tasks_and_close(env: str) -> None:
    scanned = runner.invoke(app, ["ops", "scan"])
    assert scanned.exit_code == 0, scanned.output
    assert "tasks created [" in scanned.output

    board = runner.invoke(app, ["ops", "board", "--aisle", "aisle 4"])
    assert board.exit_code == 0, board.output
    assert "Out of stock · aisle 4" in board.output

    restock = _open_task(env, TaskKind.RESTOCK)
    listed = runner.invoke(app, ["ops", "tasks", "--state", "open"])
    assert listed.exit_code == 0 and f"│ {restock.id} " in listed.output

    closed = runner.invoke(app, ["ops", "close", str(restock.id), "--count", "3", "--by", "ana"])
    assert closed.exit_code == 0, closed.output
    assert (
        f"task {restock.id} (restock" in closed.output
        and "is verified: count finds units on the shelf" in closed.output
    )
    with session_scope(env) as s:
        assert s.get(Task, restock.id).state == TaskState.VERIFIED
        counted = s.scalars(select(StoreEvent).where(StoreEvent.kind == "count_entered")).all()
        assert any(e.payload["task_id"] == restock.id and e.payload["by"] == "ana" for e in counted)

    again = runner.invoke(app, ["ops", "close", str(restock.id), "--count", "3", "--by", "ana"])
    assert again.exit_code == 2 and "takes no more counts" in again.output


def test_report_done_then_refusals(env: str) -> None:
    runner.invoke(app, ["ops", "scan"])
    restock = _open_task(env, TaskKind.RESTOCK)
    done = runner.invoke(app, ["ops", "close", str(restock.id), "--done", "--by", "bo"])
    assert done.exit_code == 0 and "is done: reported done" in done.output
    neither = runner.invoke(app, ["ops", "close", str(restock.id), "--by", "bo"])
    assert neither.exit_code == 2 and "give --count N" in neither.output
    missing = runner.invoke(app, ["ops", "close", "999999", "--count", "1", "--by", "bo"])
    assert missing.exit_code == 2 and "no task 999999" in missing.output
    bad_state = runner.invoke(app, ["ops", "tasks", "--state", "closed"])
    assert bad_state.exit_code == 2
