"""``shopkeeper serve`` wiring: the app factory on the configured interface, and the URL printed for the user."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from typer.testing import CliRunner

from shopkeeper.cli import app


@pytest.fixture(autouse=True)
def _keep_logging() -> Iterator[None]:
    """The CLI's callback points logging at CliRunner's stderr, closed afterwards: restore it for later tests."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_serve_runs_the_factory_and_prints_the_url(monkeypatch) -> None:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **kw: calls.append((a, kw)))
    result = CliRunner().invoke(app, ["serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123" in result.output
    (args, kwargs), = calls
    assert args == ("channels.web.app:create_app",)
    assert kwargs["factory"] is True and kwargs["host"] == "127.0.0.1" and kwargs["port"] == 8123


def test_chat_refuses_an_unknown_language() -> None:
    result = CliRunner().invoke(app, ["chat", "--lang", "fr"], input="")
    assert result.exit_code != 0
    assert "en, ru or zh" in result.output
