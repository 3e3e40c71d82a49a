"""The live-stream eval's independent checker: a generated script passes, and wrong facts in it are caught."""

from __future__ import annotations

import asyncio
import json
import random
from decimal import Decimal

import pytest

from evals import livestream
from evals.livestream_check import DbProduct, check_script, load_db_products
from shopkeeper.settings import DatabaseSettings, LivestreamSettings, Settings
from tools.base import Role, ToolContext
from tools.livestream.models import ScriptInput
from tools.livestream.tool import generate

IDS = [1, 2, 120]


@pytest.fixture(scope="module")
def settings(demo_db_url, tmp_path_factory) -> Settings:
    return Settings(
        data_dir=tmp_path_factory.mktemp("livestream_eval"),
        db=DatabaseSettings(url=demo_db_url),
        livestream=LivestreamSettings(llm_hooks=False),
    )


@pytest.fixture(scope="module")
def script(settings) -> dict:
    req = ScriptInput(product_ids=IDS, minutes=5, language="en", promotion={"code": "LIVE10", "percent_off": 10})
    built = asyncio.run(generate(req, ToolContext(role=Role.HOST, settings=settings)))
    return built.model_dump(mode="json")


def _check(script: dict, settings: Settings):
    cfg = settings.livestream
    db = load_db_products(settings.db_url, IDS, "en", cfg.sales_window_days)
    return check_script(
        script, db, low_units=cfg.low_stock_units, low_days=cfg.low_stock_days, rates=cfg.rates, requested=IDS
    )


def _edited(script: dict, kind: str, old: str, new: str) -> dict:
    copy = json.loads(json.dumps(script))
    for seg in copy["segments"]:
        for line in seg["lines"]:
            if line["kind"] == kind and old in line["text"]:
                line["text"] = line["text"].replace(old, new)
                return copy
    raise AssertionError(f"no {kind} line with {old!r}")


def test_a_generated_script_has_no_fact_absent_from_the_catalog(script, settings):
    res = _check(script, settings)
    assert res.figures > 5 and res.absent == []
    assert res.covered == res.requested == len(IDS)
    assert res.planned_total_ok and max(res.deviations) <= 0.15


def test_wrong_price_percent_and_foreign_title_are_caught(script, settings):
    wrong_price = _edited(script, "price", "$124.99", "$119.99")
    assert [f.kind for f in _check(wrong_price, settings).absent] == ["money"]
    wrong_promo = _edited(script, "promo", "10%", "20%")
    assert [f.kind for f in _check(wrong_promo, settings).absent] == ["percent"]
    seg = next(s for s in script["segments"] if s.get("product_id") == 1)
    foreign_title = next(s["title"] for s in script["segments"] if s.get("product_id") == 2)
    mixed = _edited(script, "hook", seg["title"], foreign_title)
    kinds = {f.kind for f in _check(mixed, settings).absent}
    assert "title_foreign" in kinds


def test_stock_said_when_not_low_is_counted(script, settings):
    copy = json.loads(json.dumps(script))
    seg = next(s for s in copy["segments"] if s.get("product_id") == 1)
    db = load_db_products(settings.db_url, [1], "en", settings.livestream.sales_window_days)
    seg["lines"].append({"kind": "urgency", "text": f"Only {db[1].stock} left, so don't wait!"})
    res = _check(copy, settings)
    assert res.urgency_not_low == 1 and [f.kind for f in res.absent] == ["stock_not_low"]


def test_planting_changes_one_figure(script):
    planted = livestream._plant(script, random.Random(3))
    assert planted is not None
    wrong, line = planted
    before = [x["text"] for s in script["segments"] for x in s["lines"]]
    after = [x["text"] for s in wrong["segments"] for x in s["lines"]]
    assert sum(a != b for a, b in zip(before, after, strict=True)) == 1 and line in after


def test_cases_span_languages_lengths_and_product_counts():
    cases = livestream.cases(60, 7, list(range(1, 301)))
    assert {c["language"] for c in cases} == {"en", "ru", "zh"}
    assert all(5 <= c["minutes"] <= 30 and 1 <= len(c["product_ids"]) <= 8 for c in cases)
    assert any(c["promotion"] for c in cases) and any(not c["promotion"] for c in cases)


def test_a_pack_count_is_no_stock_claim_and_a_range_must_be_the_catalogs():
    pack = DbProduct(
        7,
        "Батарейки C 8 шт. Auralis",
        Decimal("9.99"),
        64,
        1.0,
        {Decimal(8), Decimal(36), Decimal(40)},
        ranges={(Decimal(36), Decimal(40))},
    )
    script = {
        "language": "ru",
        "minutes": 1,
        "promotion": None,
        "segments": [
            {
                "kind": "product",
                "product_id": 7,
                "seconds": 60,
                "lines": [
                    {"kind": "hook", "text": "Следующий товар — Батарейки C 8 шт. Auralis!"},
                    {"kind": "feature", "text": "Также стоит знать: 8 шт."},
                    {"kind": "feature", "text": "Размеры: 36–40."},
                ],
            }
        ],
    }
    kw = {"low_units": 5, "low_days": 3.0, "rates": {"ru": 120.0}, "requested": [7]}
    assert check_script(script, {7: pack}, **kw).absent == []
    script["segments"][0]["lines"][2]["text"] = "Размеры: 37–40."
    assert [f.kind for f in check_script(script, {7: pack}, **kw).absent] == ["range"]
    script["segments"][0]["lines"][2]["text"] = "Осталось всего 8 шт.!"
    assert [f.kind for f in check_script(script, {7: pack}, **kw).absent] == ["stock"]
