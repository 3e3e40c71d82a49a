"""A/B experiments (tools/experiments): deterministic assignment, outcomes recorded through real assistant turns on
a small demo store, the tests' statistics against worked examples, and the minimum-sample warning."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from tools.experiments import hooks, stats, store
from tools.experiments.assign import assign
from tools.experiments.models import ExperimentSpec, VariantSpec
from tools.experiments.results import summarize
from tools.experiments.store import SessionRow


def _spec(*weights: float, name: str = "upsell-1") -> ExperimentSpec:
    variants = [VariantSpec(name="A", weight=weights[0])]
    variants += [
        VariantSpec(name=chr(ord("B") + i), weight=w, config={"upsell_strategy": f"s{i}"})
        for i, w in enumerate(weights[1:])
    ]
    return ExperimentSpec(name=name, variants=variants)


def test_same_session_same_variant_in_another_process():
    spec = _spec(1, 1, 2)
    ids = [f"web:{i}" for i in range(20)]
    here = [assign(spec, s) for s in ids]
    assert here == [assign(spec, s) for s in ids]
    # A new interpreter (another worker, or after a restart: Python's own hash() is salted per process).
    code = (
        "from tools.experiments.assign import assign\n"
        "from tools.experiments.models import ExperimentSpec\n"
        f"spec = ExperimentSpec.model_validate_json({spec.model_dump_json()!r})\n"
        f"print(','.join(assign(spec, s) for s in {ids!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().split(",") == here


@pytest.mark.parametrize("weights", [(1, 1), (3, 1), (50, 30, 20)])
def test_proportions_follow_the_weights_over_10k_sessions(weights):
    spec = _spec(*weights)
    counts = Counter(assign(spec, f"session-{i}") for i in range(10_000))
    total = sum(weights)
    for v in spec.variants:
        # 10k draws: the binomial standard deviation of a share is <= 0.005; allow three of them.
        assert abs(counts[v.name] / 10_000 - v.weight / total) < 0.015, counts


def test_experiments_split_independently():
    # The experiment's name is part of the hash: being in B of one experiment says nothing about another.
    a, b = _spec(1, 1, name="one"), _spec(1, 1, name="two")
    pairs = Counter((assign(a, f"s{i}"), assign(b, f"s{i}")) for i in range(8_000))
    for n in pairs.values():
        assert abs(n / 8_000 - 0.25) < 0.02


def test_invalid_definitions_are_rejected():
    with pytest.raises(ValueError, match="distinct"):
        ExperimentSpec(name="x", variants=[VariantSpec(name="A", weight=1), VariantSpec(name="A", weight=1)])
    with pytest.raises(ValueError, match="unknown config"):
        VariantSpec(name="B", weight=1, config={"colour": "red"})
    with pytest.raises(ValueError):
        ExperimentSpec(name="x", variants=[VariantSpec(name="A", weight=1)])  # one variant is no experiment


def test_mann_whitney_on_the_tortoise_and_hare_example():
    # The worked example of the Mann-Whitney U test (six tortoises, six hares, finishing order
    # T H H H H H T T T T T H): the first tortoise beats all six hares, the other five beat one each, U_T = 11,
    # U_H = 36 - 11 = 25. Finishing positions as values (lower is faster, so "beats" is "smaller").
    order = "THHHHHTTTTTH"
    tortoises = [float(i) for i, c in enumerate(order, 1) if c == "T"]
    hares = [float(i) for i, c in enumerate(order, 1) if c == "H"]
    u_hares, p = stats.mann_whitney(hares, tortoises)  # type: ignore[misc]
    # scipy's U counts the pairs where the first sample is the larger: hares finishing behind tortoises.
    assert u_hares == 11.0
    u_tortoises, p2 = stats.mann_whitney(tortoises, hares)  # type: ignore[misc]
    assert u_tortoises == 25.0 and p == pytest.approx(p2)
    assert 0.2 < p < 0.5  # far from significant with six each (exact two-sided p = 0.31)


def test_two_proportion_z_and_chi_square_on_a_worked_example():
    # 30 of 100 sessions convert in A, 45 of 100 in B. Pooled p = 75/200 = 0.375, SE = sqrt(0.375 * 0.625 *
    # (1/100 + 1/100)) = 0.068465, z = 0.15 / 0.068465 = 2.1909, two-sided p = 0.02846.
    z, p = stats.two_proportion_z(30, 100, 45, 100)  # type: ignore[misc]
    assert z == pytest.approx(2.1909, abs=1e-4)
    assert p == pytest.approx(0.02846, abs=1e-4)
    # The uncorrected chi-square test of the same 2x2 table is the z-test squared: same p.
    assert stats.chi_square([30, 45], [100, 100]) == pytest.approx(p, rel=1e-9)
    assert stats.two_proportion_z(0, 50, 0, 50) is None  # nobody converted anywhere: nothing to test


def test_wilson_interval_known_values():
    # 0 of 10: the Wilson upper bound is z^2 / (n + z^2) = 3.8415 / 13.8415 = 0.2775 (the normal interval says 0).
    ci = stats.wilson(0, 10)
    assert ci.low == pytest.approx(0.0, abs=1e-12) and ci.high == pytest.approx(0.2775, abs=1e-4)
    # 50 of 100: 0.5 +- 1.96 * sqrt(0.25 / 100) / (1 + 3.8415 / 100), centred on 0.5: (0.4038, 0.5962).
    ci = stats.wilson(50, 100)
    assert (ci.low, ci.high) == (pytest.approx(0.4038, abs=1e-4), pytest.approx(0.5962, abs=1e-4))


def _rows(variant: str, n: int, carts: int, escalations: int, turns: int) -> list[SessionRow]:
    return [SessionRow(f"{variant}{i}", variant, turns + i % 3, int(i < carts), i < escalations) for i in range(n)]


def test_results_per_variant_and_the_minimum_sample_warning():
    spec = _spec(1, 1)
    rows = _rows("A", 400, carts=60, escalations=20, turns=3) + _rows("B", 400, carts=100, escalations=18, turns=4)
    res = summarize(spec, rows, min_sample=100)
    a, b = res.variants
    assert (a.sessions, b.sessions) == (400, 400) and res.control == "A" and res.varies == ["upsell_strategy"]
    assert a.add_to_cart.rate == 0.15 and b.add_to_cart.rate == 0.25
    assert a.add_to_cart.p_value is None and b.add_to_cart.p_value is not None and b.add_to_cart.p_value < 0.01
    assert b.add_to_cart.diff_vs_control == pytest.approx(0.10)
    assert b.escalation.p_value is not None and b.escalation.p_value > 0.5  # 5% vs 4.5%: no difference shown
    assert b.turns is not None and a.turns is not None and b.turns.mean == pytest.approx(a.turns.mean + 1, abs=0.01)
    assert b.turns.p_value is not None and b.turns.p_value < 1e-6
    assert a.add_to_cart.ci95.low < 0.15 < a.add_to_cart.ci95.high
    assert res.chi2_add_to_cart_p == pytest.approx(b.add_to_cart.p_value)  # two variants: chi-square = z^2
    assert res.warnings == []

    small = summarize(spec, rows[:30] + rows[400:480], min_sample=100)
    assert len(small.warnings) == 2 and "fewer than the minimum sample of 100" in small.warnings[0]
    assert "variant A has 30 sessions" in small.warnings[0] and "variant B has 80 sessions" in small.warnings[1]


async def test_outcomes_are_recorded_through_real_assistant_turns(tmp_path):
    from agent.assistant import Assistant
    from knowledge.demo import build_demo_store
    from tests.agent.assistant_support import KeywordUnderstander, collect, done_of, make_services, make_settings

    base = tmp_path / "store"
    base.mkdir()
    build_demo_store(f"sqlite:///{base / 'store.db'}", seed=7, products=60, sales_days=14)
    settings = make_settings(tmp_path, data_dir=base)
    spec = store.create(settings.db_url, _spec(1, 1))
    hooks.forget_cache()
    assistant = Assistant(settings, services=make_services(settings), understander=KeywordUnderstander())
    try:
        await collect(assistant, "hello", session="ab-1")
        handed = done_of(await collect(assistant, "I want to talk to a person", session="ab-1"))
        await collect(assistant, "thanks", session="ab-2")
        await collect(assistant, "hello", session="mgr-1", role="manager")  # staff sessions are not shoppers
    finally:
        await assistant.aclose()
    assert handed.notices  # the hand-over really happened (the shopper is told the ticket)
    await hooks.cart_added(settings, "ab-2")  # what the Telegram card's "add to cart" button calls

    _, rows = store.sessions_of(settings.db_url, spec.name)
    got = {r.subject: r for r in rows}
    assert set(got) == {"ab-1", "ab-2"}
    assert (got["ab-1"].turns, got["ab-1"].escalated, got["ab-1"].cart_adds) == (2, True, 0)
    assert (got["ab-2"].turns, got["ab-2"].escalated, got["ab-2"].cart_adds) == (1, False, 1)
    assert all(r.variant == assign(spec, r.subject) for r in rows)

    # Stopped: new sessions are no longer assigned; the results keep the ones there were.
    store.set_active(settings.db_url, spec.name, False)
    hooks.forget_cache()
    await hooks.cart_added(settings, "ab-3")
    _, rows = store.sessions_of(settings.db_url, spec.name)
    assert {r.subject for r in rows} == {"ab-1", "ab-2"}
    res = summarize(spec, rows, min_sample=100)
    assert sum(v.sessions for v in res.variants) == 2 and len(res.warnings) == 2


def test_a_journey_reads_its_sessions_variant_config(tmp_path):
    from knowledge.migrate import upgrade
    from shopkeeper.settings import DatabaseSettings, Settings

    settings = Settings(data_dir=tmp_path, db=DatabaseSettings(url=f"sqlite:///{tmp_path / 'store.db'}"))
    upgrade(settings.db_url)
    hooks.forget_cache()
    assert hooks.variant_config(settings, "web:1", "upsell_strategy") is None  # nothing running: the default
    spec = store.create(settings.db_url, _spec(1, 1))
    hooks.forget_cache()
    for i in range(40):
        sid = f"web:{i}"
        got = hooks.variant_config(settings, sid, "upsell_strategy")
        if assign(spec, sid) == "A":
            assert got is None  # the control changes nothing
        else:
            assert got == ("upsell-1", "B", "s0")
    assert hooks.variant_config(settings, "web:1", "price_display") is None
