"""Fixtures of the channel tests: the web app over the real Assistant (templates, small demo store).

A stand-in core (``standin.StandIn``) is used only where the real one cannot be made to fail on demand.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from channels.web.app import create_app
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import AgentSettings, DatabaseSettings, LLMSettings, ServerSettings, Settings

from .standin import StandIn

STORE_NAME = "Northwind Outfitters"
OPERATOR_TOKEN = "operator-test-token-5f2c"
OPERATOR = {"Authorization": f"Bearer {OPERATOR_TOKEN}"}  # /health details are for the operator only


@pytest.fixture(scope="session")
def channels_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Our own small demo store: shopper turns may write to it (hand-over tickets), so it is not the shared one."""
    from knowledge.demo import build_demo_store

    url = f"sqlite:///{tmp_path_factory.mktemp('channels_store') / 'store.db'}"
    build_demo_store(url, seed=7, products=300, sales_days=10)
    return url


def real_settings(store_url: str, data_dir: Path, **llm: object) -> Settings:
    return Settings(
        data_dir=data_dir,
        db=DatabaseSettings(url=store_url),
        llm=LLMSettings(backend="none", **llm),
        agent=AgentSettings(llm_for_understanding=False),
        server=ServerSettings(operator_token=SecretStr(OPERATOR_TOKEN)),
        store_name=STORE_NAME,
    )


@pytest.fixture(scope="session")
def indexed_data_dir(channels_store: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir whose search index is built from our store (about 10 s for 300 products on 2 cores)."""
    from knowledge.indexing import build_index
    from knowledge.services import Services

    data_dir = tmp_path_factory.mktemp("channels_indexed")
    settings = real_settings(channels_store, data_dir)
    build_index(settings, Services(settings).embedder)
    return data_dir


@pytest.fixture(scope="session")
def settings(channels_store: str, indexed_data_dir: Path) -> Settings:
    """One Settings object for every real app here: services (the embedder) are shared per Settings object."""
    return real_settings(channels_store, indexed_data_dir)


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[TestClient]:
    """The real app with the real Assistant, created in the app's lifespan as in production."""
    # Its own limiter: every TestClient request comes from the client "testclient", and the per-client turn limit
    # must not depend on what other test modules sent before.
    with TestClient(create_app(settings, limiter=MemoryLimiter())) as c:
        yield c


@pytest.fixture
def standin_client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path, db=DatabaseSettings(url=f"sqlite:///{tmp_path}/empty.db"),
                        llm=LLMSettings(backend="none"), store_name="Test Outdoor Shop",
                        server=ServerSettings(operator_token=SecretStr(OPERATOR_TOKEN)))
    with TestClient(create_app(settings, assistant=StandIn())) as c:
        yield c


# A reply without figures, as a model writes it: the grounding check lets it through, and it streams word by word.
SCRIPTED_REPLY = (
    "Here are waterproof hiking boots within your budget. All of them are in stock in the store, "
    "and the cards below show the price and where to find each pair. Want me to narrow it down by size or brand?"
)


@pytest.fixture
def browser_settings(settings: Settings) -> Settings:
    return settings


@pytest.fixture
def browser_assistant(browser_settings: Settings) -> object:
    """The real Assistant; only the language model's free text is scripted (the one edge a test cannot reach)."""
    from agent.assistant import Assistant
    from agent.llm.scripted import ScriptedChatModel

    return Assistant(browser_settings, chat_model=ScriptedChatModel(lambda _messages: SCRIPTED_REPLY, delay_s=0.03))
