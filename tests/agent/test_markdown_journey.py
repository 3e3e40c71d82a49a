"""A manager's "what should we mark down" through Assistant.reply, in en/ru/zh, with the project's understander: the
pending price proposals with their drivers as a table and a verified reply; the tool layer's refusal for a shopper."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.assistant import Assistant
from shopkeeper.settings import AgentSettings, DatabaseSettings, LLMSettings, Settings
from tests.agent.assistant_support import collect, done_of, make_services, of_type, real_understander
from tools.pricing import store
from tools.pricing.proposals import propose

TODAY = dt.date(2026, 12, 2)


def _store(root, proposals: bool) -> str:
    from knowledge.demo import build_demo_store

    url = f"sqlite:///{root / 'store.db'}"
    build_demo_store(url, seed=7, products=300, sales_days=60, today=TODAY)
    if proposals:
        cfg = Settings().pricing
        store.save(url, propose(url, cfg, "main", TODAY), by="test")
    return url


@pytest.fixture(scope="module")
def proposals_store(tmp_path_factory) -> str:
    return _store(tmp_path_factory.mktemp("markdown_journey"), proposals=True)


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory) -> str:
    return _store(tmp_path_factory.mktemp("markdown_journey_none"), proposals=False)


def _assistant(url: str, tmp_path) -> Assistant:
    understander = real_understander()
    if understander is None:
        pytest.skip("the understander is not installed")
    settings = Settings(
        data_dir=tmp_path,
        db=DatabaseSettings(url=url),
        llm=LLMSettings(backend="none"),
        agent=AgentSettings.model_validate({"checkpoint_url": f"sqlite:///{tmp_path / 'cp.db'}"}),
    )
    return Assistant(settings, services=make_services(settings), understander=understander)


@pytest.mark.parametrize(
    ("text", "words", "driver"),
    [
        ("what should we mark down?", "price proposals are waiting for approval", "elasticity"),
        ("что уценить?", "Ценовых предложений ждут решения", "Эластичность"),
        ("哪些商品该降价", "条调价建议等待审批", "价格弹性"),
    ],
)
async def test_manager_gets_the_pending_proposals_with_drivers(proposals_store, tmp_path, text, words, driver):
    pending, total = store.list_proposals(proposals_store)
    assert total > 0
    a = _assistant(proposals_store, tmp_path)
    try:
        events = await collect(a, text, session=f"m-{abs(hash(text))}", role="manager")
    finally:
        await a.aclose()
    done = done_of(events)
    assert words in done.text and str(total) in done.text, done.text
    table = of_type(events, "table")[0]
    assert len(table.rows) == min(total, 50)
    assert {row[0] for row in table.rows} == {v.id for v in pending[:50]}
    assert all(driver in row[6] for row in table.rows)
    first = next(v for v in pending if v.id == table.rows[0][0])
    assert table.rows[0][3] == str(first.current_price) and table.rows[0][4] == str(first.proposed_price)


async def test_no_pending_proposals_says_how_to_make_them(empty_store, tmp_path):
    a = _assistant(empty_store, tmp_path)
    try:
        events = await collect(a, "what should we mark down?", session="m-none", role="manager")
    finally:
        await a.aclose()
    assert "shopkeeper pricing propose" in done_of(events).text
    assert not of_type(events, "table")


async def test_a_shopper_asking_gets_no_proposals(proposals_store, tmp_path):
    a = _assistant(proposals_store, tmp_path)
    try:
        events = await collect(a, "what should we mark down?", session="s-md", role="shopper")
    finally:
        await a.aclose()
    assert not of_type(events, "table")
    assert "proposals" not in done_of(events).text
