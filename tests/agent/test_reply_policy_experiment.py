"""A running A/B experiment sets the reply policy of the shopper sessions in its variants (tools/experiments)."""

from __future__ import annotations

from pathlib import Path

from agent.reply_policy import experiment_mode
from knowledge.migrate import upgrade
from shopkeeper.settings import DatabaseSettings, Settings
from tools.experiments import hooks, store
from tools.experiments.assign import assign
from tools.experiments.models import ExperimentSpec, VariantSpec


def _settings(tmp_path: Path) -> Settings:
    settings = Settings(data_dir=tmp_path, db=DatabaseSettings(url=f"sqlite:///{tmp_path / 'store.db'}"))
    upgrade(settings.db_url)
    hooks.forget_cache()
    return settings


def test_variants_set_the_mode_per_journey_and_the_control_keeps_the_settings(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert experiment_mode(settings, "web:1", "shopper", "search", "en") is None  # nothing running
    spec = store.create(settings.db_url, ExperimentSpec(name="reply-1", variants=[
        VariantSpec(name="control", weight=1),
        VariantSpec(name="model-products", weight=1,
                    config={"reply_policy": {"default": "template", "product": "template+model"}}),
    ]))
    hooks.forget_cache()
    seen = set()
    for i in range(30):
        sid = f"web:{i}"
        product = experiment_mode(settings, sid, "shopper", "product_question", "ru")
        search = experiment_mode(settings, sid, "shopper", "search", "ru")
        if assign(spec, sid) == "control":
            assert (product, search) == (None, None)
        else:
            assert (product, search) == ("template+model", "template")
        seen.add(assign(spec, sid))
        assert experiment_mode(settings, sid, "manager", "product_question", "ru") is None  # staff are not measured
    assert seen == {"control", "model-products"}


def test_a_bad_policy_in_a_variant_keeps_the_configured_one(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    spec = store.create(settings.db_url, ExperimentSpec(name="reply-bad", variants=[
        VariantSpec(name="a", weight=1, config={"reply_policy": "poetry"}),
        VariantSpec(name="b", weight=1, config={"reply_policy": {"nojourney": "model"}}),
    ]))
    hooks.forget_cache()
    for i in range(10):
        assert experiment_mode(settings, f"s{i}", "shopper", "search", "en") is None, assign(spec, f"s{i}")
