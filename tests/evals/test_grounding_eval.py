"""The grounding eval's machinery on a small store: real tool facts, generated cases, scoring, the independent checker.

Targets are not asserted here (that is the eval's report); the structure and the metrics are.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from evals.grounding_cases import CORRECT, ERROR_KINDS, Case, dataset_hash, generate
from evals.grounding_checker import ClaimChecker
from evals.grounding_facts import LANGS, FactPool, collect_facts
from evals.grounding_score import metrics, misses, score
from evals.grounding_wording import DEV, FRESH, FRESH_PATTERNS, FRESH_STATES, HELD, PATTERNS, STATES


@pytest.fixture(scope="module")
def pool(demo_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> FactPool:
    from shopkeeper.settings import DatabaseSettings, LLMSettings, Settings

    root: Path = tmp_path_factory.mktemp("grounding_eval")
    settings = Settings(data_dir=root, db=DatabaseSettings(url=demo_db_url), llm=LLMSettings(backend="none"))
    return collect_facts(settings, 3, n_products=40, n_orders=15, with_search=False)


def test_facts_are_the_tools_outputs(pool: FactPool) -> None:
    for lang in LANGS:
        kinds = {s.kind for s in pool.scenarios[lang]}
        assert {"product", "compare", "order", "policy"} <= kinds
        product = next(s for s in pool.scenarios[lang] if s.kind == "product")
        assert "variants" in product.facts[0] and "complements" not in product.facts[0]
        order = next(s for s in pool.scenarios[lang] if s.kind == "order")
        assert {"status", "placed_on", "total", "currency"} <= set(order.facts[0])
        policy = next(s for s in pool.scenarios[lang] if s.kind == "policy")
        assert policy.facts[0]["fields"]


def test_generation_is_labelled_split_and_deterministic(pool: FactPool) -> None:
    dev = generate(pool, 30, 30, 5, DEV)
    held = generate(pool, 15, 15, 6, HELD)
    assert len(dev) == 60 and len(held) == 30
    planted = [c for c in dev if c.label != CORRECT]
    assert {c.label for c in planted} == set(ERROR_KINDS)
    assert {c.language for c in dev} == set(LANGS)
    assert all(c.planted for c in planted) and not any(c.planted for c in dev if c.label == CORRECT)
    # Each split draws only from its own patterns: held-out wording is never seen while tuning on development.
    assert all(".d" in p for c in dev for p in c.patterns)
    assert all(".h" in p for c in held for p in c.patterns)
    again = generate(pool, 30, 30, 5, DEV)
    assert [c.text for c in again] == [c.text for c in dev]
    assert dataset_hash(again) == dataset_hash(dev) != dataset_hash(held)


def _tag(pattern_id: str) -> str:
    return pattern_id.rsplit(".", 1)[1][0]


def test_fresh_split_is_generated_from_its_own_wordings_and_scored(pool: FactPool) -> None:
    # every claim, language and order state has fresh wordings, so no fresh case falls back on read ones
    assert set(FRESH_PATTERNS) == set(PATTERNS)
    assert all(set(FRESH_PATTERNS[c]) == set(LANGS) and all(FRESH_PATTERNS[c].values()) for c in PATTERNS)
    assert all(set(FRESH_STATES[lang]) == set(STATES[lang]) for lang in LANGS)
    fresh = generate(pool, 30, 30, 9, FRESH)
    assert len(fresh) == 60 and {c.split for c in fresh} == {FRESH}
    assert {c.label for c in fresh if c.label != CORRECT} == set(ERROR_KINDS)
    assert {c.language for c in fresh} == set(LANGS)
    assert all(_tag(p) == "f" for c in fresh for p in c.patterns)
    assert {_tag(p) for c in generate(pool, 15, 15, 6, HELD) for p in c.patterns} == {"h"}
    assert dataset_hash(generate(pool, 30, 30, 9, FRESH)) == dataset_hash(fresh)
    assert dataset_hash(fresh) not in {dataset_hash(generate(pool, 30, 30, 9, s)) for s in (DEV, HELD)}
    m = metrics(score(fresh), "dev_fresh")
    assert m["dev_fresh_planted_all"] == 30 and m["dev_fresh_correct_all"] == 30
    for lang in LANGS:
        assert m[f"dev_fresh_planted_{lang}"] == 10
        assert 0.0 <= m[f"dev_fresh_recall_{lang}"] <= 1.0
        assert 0.0 <= m[f"dev_fresh_false_reject_rate_{lang}"] <= 1.0
    assert all(0.0 <= m[f"dev_fresh_recall_{kind}"] <= 1.0 for kind in ERROR_KINDS)


def test_scoring_gives_per_language_and_kind_metrics(pool: FactPool) -> None:
    cases = generate(pool, 30, 30, 5, DEV)
    scored = score(cases)
    assert len(scored) == len(cases)
    m = metrics(scored, "dev")
    for lang in (*LANGS, "all"):
        assert 0.0 <= m[f"dev_recall_{lang}"] <= 1.0
        assert 0.0 <= m[f"dev_false_reject_rate_{lang}"] <= 1.0
    assert m["dev_planted_all"] == 30 and m["dev_correct_all"] == 30
    for kind in ERROR_KINDS:
        assert f"dev_recall_{kind}" in m
    missed = sum(1 for s in scored if s.case.label != CORRECT and not s.rejected)
    assert len(misses(scored, 1000)) == missed


def _product_case(pool: FactPool) -> tuple[str, dict[str, object]]:
    scen = next(s for s in pool.scenarios["en"] if s.kind == "product")
    return scen.facts[0]["title"], scen.facts[0]


def test_independent_checker_reads_claims_from_the_db(pool: FactPool, demo_db_url: str) -> None:
    checker = ClaimChecker(demo_db_url)
    title, p = _product_case(pool)
    price = Decimal(str(p["price"]))
    right = checker.check(f"The {title} sells for ${price}.")
    assert [c.kind for c in right.claims] == ["price"] and not right.wrong
    wrong = checker.check(f"The {title} sells for ${price + Decimal('3')}.")
    assert [c.kind for c in wrong.wrong] == ["price"]
    other = checker.check(f"The {title} sells for €{price}.")
    assert [c.kind for c in other.wrong] == ["currency"]
    order = next(s for s in pool.scenarios["en"] if s.kind == "order").order
    assert order is not None
    wrong_state = "cancelled" if order["status"] != "cancelled" else "delivered"
    said = checker.check(f"Order {order['order_id']} was {wrong_state}.")
    assert [c.kind for c in said.wrong] == ["order_state"]
    assert not checker.check(f"Order {order['order_id']} was placed on {order['placed_on']}.").wrong


def test_checker_reads_a_return_window_that_starts_at_delivery(demo_db_url: str) -> None:
    # "within 15 days of delivery" is the electronics return window, not a delivery time.
    checker = ClaimChecker(demo_db_url)
    right = checker.check("Yes, you can return opened headphones within 15 days of delivery.")
    assert [c.kind for c in right.claims] == ["policy"] and not right.wrong
    assert checker.check("You can return opened headphones within 30 days of delivery.").wrong


def test_checker_flags_planted_cases(pool: FactPool, demo_db_url: str) -> None:
    checker = ClaimChecker(demo_db_url)
    cases: list[Case] = generate(pool, 30, 0, 5, DEV)
    by_kind = {c.label: c for c in cases if c.language == "en"}
    assert checker.check(by_kind["wrong_order_state"].text).wrong
    assert checker.check(by_kind["other_currency"].text).wrong
