"""The manager's forecast questions through Assistant.reply, in en/ru/zh, on a store with a stored forecast:
tables and a verified reply for a manager, the tool layer's refusal for a shopper."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.assistant import Assistant
from knowledge.forecast.run import run_forecast
from shopkeeper.settings import AgentSettings, DatabaseSettings, ForecastSettings, LLMSettings, Settings
from tests.agent.assistant_support import collect, done_of, make_services, of_type

TODAY = dt.date(2026, 12, 2)


class ManagerRules:
    """Routes with the project's own rules only (agent/understand/rules.py): the subject here is the journey."""

    def understand(
        self, text: str, *, locale: str | None = None, context: object | None = None, role: str | None = None
    ) -> object:
        from agent.guard import guess_language
        from agent.understand.models import Intent, Sentiment, Understanding
        from agent.understand.rules import rule_hits

        hits = rule_hits(text)
        intent = max(hits, key=lambda h: h.ratio).intent if hits else Intent.OTHER
        return Understanding(
            language=guess_language(text, locale),
            intent=intent,
            confidence=0.9,
            sentiment=Sentiment(score=0.0, label="neutral"),
        )


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    from knowledge.demo import build_demo_store

    url = f"sqlite:///{tmp_path_factory.mktemp('forecast_journey') / 'store.db'}"
    build_demo_store(url, seed=7, products=300, sales_days=120, today=TODAY)
    run_forecast(url, ForecastSettings(), today=TODAY)
    return url


@pytest.fixture
async def assistant(store, tmp_path):
    settings = Settings(
        data_dir=tmp_path,
        db=DatabaseSettings(url=store),
        llm=LLMSettings(backend="none"),
        agent=AgentSettings.model_validate({"checkpoint_url": f"sqlite:///{tmp_path / 'cp.db'}"}),
        forecast=ForecastSettings(today=TODAY),
    )
    a = Assistant(settings, services=make_services(settings), understander=ManagerRules())
    yield a
    await a.aclose()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("what will run out this weekend?", "run out by Sunday 2026-12-06"),
        ("что закончится к выходным?", "к воскресенью 2026-12-06"),
        ("这个周末什么会卖光？", "到周日 2026-12-06"),
    ],
)
async def test_run_out_this_weekend_in_three_languages(assistant, text, words):
    events = await collect(assistant, text, session=f"m-{hash(text)}", role="manager")
    table = of_type(events, "table")[0]
    done = done_of(events)
    assert words in done.text and str(len(table.rows)) in done.text
    assert all("2026-12-02" <= row[5] <= "2026-12-06" for row in table.rows)


async def test_reorder_and_demand_next_week(assistant, store):
    events = await collect(assistant, "what should we reorder?", session="m-re", role="manager")
    assert of_type(events, "table")[0].rows
    assert "need reordering" in done_of(events).text
    import sqlite3

    sku = (
        sqlite3.connect(store.split("///", 1)[1])
        .execute(
            "select p.sku from demand_forecasts d join products p on p.id = d.product_id group by p.id "
            "order by sum(d.mean) desc limit 1"
        )
        .fetchone()[0]
    )
    events = await collect(assistant, f"спрос на {sku} на следующей неделе", session="m-dm", role="manager")
    table = of_type(events, "table")[0]
    assert [row[0] for row in table.rows][0] == "2026-12-07" and len(table.rows) == 7
    assert f"Прогноз спроса на {sku}. С 2026-12-07 по 2026-12-13: всего" in done_of(events).text


async def test_a_shopper_cannot_reach_the_forecast(assistant):
    events = await collect(assistant, "what will run out this weekend?", session="s-1", role="shopper")
    assert not of_type(events, "table")
    assert "only available to store staff" in done_of(events).text


async def test_an_old_forecast_is_reported_not_used(store, tmp_path):
    later = TODAY + dt.timedelta(days=40)
    settings = Settings(
        data_dir=tmp_path,
        db=DatabaseSettings(url=store),
        llm=LLMSettings(backend="none"),
        agent=AgentSettings.model_validate({"checkpoint_url": f"sqlite:///{tmp_path / 'cp.db'}"}),
        forecast=ForecastSettings(today=later),
    )
    a = Assistant(settings, services=make_services(settings), understander=ManagerRules())
    try:
        events = await collect(a, "what will run out this weekend?", session="m-old", role="manager")
    finally:
        await a.aclose()
    assert not of_type(events, "table")
    assert "Run `shopkeeper forecast` first" in done_of(events).text
