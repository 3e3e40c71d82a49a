"""``shopkeeper models status`` and ``shopkeeper ask`` (registered by agent.cli), through Typer's runner."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from agent import cli
from agent.llm.factory import reset_chat_model
from shopkeeper.settings import get_settings
from tests.fakes.openai_server import FakeOpenAIServer, FakeReply


@pytest.fixture
def app(monkeypatch, tmp_path):
    monkeypatch.setenv("SHOPKEEPER_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    reset_chat_model()
    app = typer.Typer()
    app.callback()(lambda: None)
    cli.register(app)
    yield app
    get_settings.cache_clear()
    reset_chat_model()


def test_status_reports_a_missing_local_model(app, tmp_path):
    result = CliRunner().invoke(app, ["models", "status"])
    assert result.exit_code == 1
    assert "llamacpp" in result.output and "present: False" in result.output
    assert "shopkeeper models prepare" in result.output


def test_status_without_llm(app, monkeypatch):
    monkeypatch.setenv("SHOPKEEPER_LLM__BACKEND", "none")
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["models", "status"])
    assert result.exit_code == 0 and "templates only" in result.output


def test_ask_streams_from_a_remote_endpoint(app, monkeypatch):
    with FakeOpenAIServer([FakeReply(text="We sell tents and boots.")]) as server:
        monkeypatch.setenv("SHOPKEEPER_LLM__BACKEND", "openai")
        monkeypatch.setenv("SHOPKEEPER_LLM__BASE_URL", server.base_url)
        get_settings.cache_clear()
        result = CliRunner().invoke(app, ["ask", "What do you sell?", "--max-tokens", "20"])
        assert result.exit_code == 0, result.output
        assert "We sell tents and boots." in result.output
        assert server.requests[-1]["messages"][-1] == {"role": "user", "content": "What do you sell?"}


def test_ask_reports_a_missing_model_with_its_hint(app):
    result = CliRunner().invoke(app, ["ask", "hi"])
    assert result.exit_code == 1
    assert "not found" in result.output and "shopkeeper models prepare" in result.output
