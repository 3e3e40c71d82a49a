"""No proposal ever breaks a guardrail: a property test over prices, costs, stock, demand, lots, elasticities and
guardrail settings (hypothesis), plus the cases each guardrail decides, one by one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

from shopkeeper.settings import PricingSettings
from tools.pricing.guardrails import GuardFacts, guard, violations
from tools.pricing.models import Elasticity
from tools.pricing.proposals import ProductFacts, draft

TODAY = dt.date(2026, 12, 2)
money = st.decimals(min_value=Decimal("0.05"), max_value=Decimal("5000"), places=2)


@st.composite
def pricing_settings(draw: st.DrawFn) -> PricingSettings:
    return PricingSettings(
        min_margin_over_cost=draw(st.floats(0.0, 1.0)),
        max_change_per_step=draw(st.floats(0.01, 0.9)),
        min_price=draw(st.floats(0.0, 2.0)),
        max_price=draw(st.floats(25.0, 100_000.0)),
        price_points=draw(st.lists(st.integers(0, 99), max_size=4, unique=True)),
        default_cost_ratio=draw(st.floats(0.05, 0.95)),
        overstock_cover_days=(cover := draw(st.floats(5.0, 200.0))),
        target_cover_days=cover * draw(st.floats(0.1, 0.95)),
        horizon_days=draw(st.integers(1, 120)),
    )


def _near(price: Decimal, lo: float, hi: float) -> st.SearchStrategy[Decimal]:
    """A money amount relative to ``price`` (most costs and floors are below a price, some above it)."""
    return st.floats(lo, hi).map(lambda r: max(Decimal("0.01"), (price * Decimal(repr(r))).quantize(Decimal("0.01"))))


@st.composite
def product_facts(draw: st.DrawFn) -> ProductFacts:
    price = draw(money)
    lots = draw(st.lists(st.tuples(st.integers(0, 6), st.integers(1, 500)), max_size=3))
    return ProductFacts(
        product_id=1,
        sku="SKU-1",
        title="A product",
        category="c",
        price=price,
        regular_price=max(price, draw(_near(price, 0.5, 2.0))),
        cost=draw(st.none() | _near(price, 0.05, 0.9) | _near(price, 0.05, 1.3) | money),
        on_hand=draw(st.integers(0, 5000) | st.integers(300, 5000)),
        # Mostly real demand; some none or too little to price from (no proposal may come of those).
        daily_demand=draw(
            st.sampled_from([0, 1, 1, 1, 2, 2]).flatmap(
                lambda k: (st.just(0.0) | st.floats(0.0, 0.02), st.floats(0.02, 3.0), st.floats(3.0, 50.0))[k]
            )
        ),
        demand_source=draw(st.sampled_from(["forecast", "recent"])),
        price_floor=draw(st.none() | _near(price, 0.3, 1.1)),
        price_ceiling=draw(st.none() | _near(price, 0.8, 1.5)),
        promo_active=draw(st.sampled_from([False, False, False, True])),
        expiring=[(TODAY + dt.timedelta(days=d), q) for d, q in lots],
    )


@settings(max_examples=600, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=product_facts(), e=st.floats(-6.0, -0.05), cfg=pricing_settings())
def test_no_proposal_ever_breaks_a_guardrail(facts: ProductFacts, e: float, cfg: PricingSettings) -> None:
    d = draft(facts, Elasticity(value=e, source="category"), cfg, TODAY, "main")
    if d is None:
        return
    guard_facts = GuardFacts(
        current=facts.price,
        cost=d.detail.cost,
        price_floor=facts.price_floor,
        price_ceiling=facts.price_ceiling,
        promo_active=facts.promo_active,
    )
    assert violations(d.proposed_price, guard_facts, cfg) == []
    assert d.proposed_price < facts.price  # a markdown
    if facts.cost is not None:
        assert d.detail.cost == facts.cost  # the catalog's cost is the one the margin is held to
    assert d.detail.effect.units_after <= facts.on_hand + 1e-9  # sales never exceed the stock


@pytest.mark.parametrize("rule", ["margin", "max_change", "price_floor"])
def test_the_property_reaches_proposals_each_guardrail_binds(rule: str) -> None:
    """The property above is not vacuous: its inputs make proposals whose price a given guardrail decided."""
    inputs = st.tuples(product_facts(), st.floats(-6.0, -0.05), pricing_settings())

    def bound_by_rule(x: tuple[ProductFacts, float, PricingSettings]) -> bool:
        d = draft(x[0], Elasticity(value=x[1], source="category"), x[2], TODAY, "main")
        return d is not None and d.detail.bounds.low_by == rule and d.detail.target_price < d.detail.bounds.low

    facts, e, cfg = find(
        inputs,
        bound_by_rule,
        settings=settings(max_examples=2000, deadline=None, database=None, phases=[Phase.generate]),
    )
    d = draft(facts, Elasticity(value=e, source="category"), cfg, TODAY, "main")
    assert d is not None and d.proposed_price >= d.detail.bounds.low


@settings(max_examples=300, deadline=None, database=None)
@given(
    target=money, current=money, cost=money, floor=st.none() | money, ceiling=st.none() | money, cfg=pricing_settings()
)
def test_guard_returns_only_allowed_prices(target, current, cost, floor, ceiling, cfg) -> None:
    facts = GuardFacts(current=current, cost=cost, price_floor=floor, price_ceiling=ceiling)
    out = guard(target, facts, cfg)
    if out.price is not None:
        assert violations(out.price, facts, cfg) == []


CFG = PricingSettings(min_margin_over_cost=0.10, max_change_per_step=0.30, min_price=0.5, price_points=[99, 49])


@pytest.mark.parametrize(
    ("target", "facts", "expected", "blocked"),
    [
        # The step limit: 30% off 100 is 70, and 69.99 would be below it, so the next allowed ending above: 70.49.
        (Decimal("40"), GuardFacts(current=Decimal("100"), cost=Decimal("10")), Decimal("70.49"), None),
        # The margin floor: cost 80 + 10% = 88; the ending at or above it is 88.49.
        (Decimal("75"), GuardFacts(current=Decimal("100"), cost=Decimal("80")), Decimal("88.49"), None),
        # The product's own floor.
        (
            Decimal("75"),
            GuardFacts(current=Decimal("100"), cost=Decimal("10"), price_floor=Decimal("90")),
            Decimal("90.49"),
            None,
        ),
        # Inside every bound: rounded down to the nearest allowed ending.
        (Decimal("85.20"), GuardFacts(current=Decimal("100"), cost=Decimal("10")), Decimal("84.99"), None),
        # An active promotion: no change at all.
        (Decimal("85"), GuardFacts(current=Decimal("100"), cost=Decimal("10"), promo_active=True), None, "promotion"),
        # Cost above the price: no price keeps the margin within the step limit.
        (Decimal("85"), GuardFacts(current=Decimal("100"), cost=Decimal("150")), None, "no_room"),
        # Bounds 10.00..10.40 hold no price ending in .49 or .99.
        (
            Decimal("10.2"),
            GuardFacts(current=Decimal("10.40"), cost=Decimal("9.0909"), price_ceiling=Decimal("10.40")),
            None,
            "no_price_point",
        ),
    ],
)
def test_each_guardrail_decides(target, facts, expected, blocked) -> None:
    out = guard(target, facts, CFG)
    assert out.price == expected and out.blocked_by == blocked
    if out.price is not None:
        assert violations(out.price, facts, CFG) == []


def test_violations_names_every_broken_rule() -> None:
    facts = GuardFacts(current=Decimal("100"), cost=Decimal("80"), price_floor=Decimal("60"), promo_active=True)
    assert set(violations(Decimal("50.10"), facts, CFG)) == {
        "promotion",
        "margin",
        "max_change",
        "price_floor",
        "price_point",
    }
    assert violations(Decimal("89.99"), GuardFacts(current=Decimal("100"), cost=Decimal("80")), CFG) == []
