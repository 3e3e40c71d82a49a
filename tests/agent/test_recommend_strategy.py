"""An A/B experiment's ``upsell_strategy`` changes which complement source a shopper's session tries first."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from agent.journeys import recommend
from knowledge.migrate import upgrade
from shopkeeper.settings import DatabaseSettings, Settings
from tools.base import Role
from tools.experiments import hooks, store
from tools.experiments.assign import assign
from tools.experiments.models import ExperimentSpec, VariantSpec


def _view(settings: Settings, session: str, role: Role = Role.SHOPPER) -> Any:
    understanding = SimpleNamespace(slots=SimpleNamespace(price_max=None))
    return SimpleNamespace(role=role, shown_ids=[], language="en", understanding=understanding,
                           tool_ctx=SimpleNamespace(settings=settings, session_id=session))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(data_dir=tmp_path, db=DatabaseSettings(url=f"sqlite:///{tmp_path / 'store.db'}"))
    upgrade(s.db_url)
    hooks.forget_cache()
    return s


async def test_the_variant_orders_the_sources_and_the_control_keeps_the_default(settings, monkeypatch) -> None:
    spec = store.create(settings.db_url, ExperimentSpec(name="upsell-order", variants=[
        VariantSpec(name="control", weight=1),
        VariantSpec(name="pairs", weight=1, config={"upsell_strategy": "bought_together_first"}),
    ]))
    hooks.forget_cache()
    asked: list[str] = []

    async def fake_call(view: Any, name: str, data: Any) -> Any:
        asked.append(name)
        return SimpleNamespace(items=[])

    monkeypatch.setattr(recommend, "call", fake_call)
    seen = set()
    for i in range(20):
        sid = f"web:{i}"
        asked.clear()
        await recommend._suggest(_view(settings, sid), base_id=1)
        variant = assign(spec, sid)
        seen.add(variant)
        first = "recommend_bought_together" if variant == "pairs" else "recommend_cross_sell"
        assert asked[0] == first, (variant, asked)
        assert recommend.strategy_of(_view(settings, sid, Role.MANAGER)) == recommend.DEFAULT_STRATEGY
    assert seen == {"control", "pairs"}


def test_an_unknown_strategy_keeps_the_default(settings) -> None:
    store.create(settings.db_url, ExperimentSpec(name="upsell-typo", variants=[
        VariantSpec(name="a", weight=1, config={"upsell_strategy": "compliments_first"}),
        VariantSpec(name="b", weight=1, config={"upsell_strategy": "nonsense"}),
    ]))
    hooks.forget_cache()
    assert all(recommend.strategy_of(_view(settings, f"s{i}")) == recommend.DEFAULT_STRATEGY for i in range(10))
