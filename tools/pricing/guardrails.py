"""Guardrails on a proposed price, applied last to every proposal and checked again when a person approves it.

A guardrail is never traded off against anything: when no price satisfies all of them (a margin floor above the
step limit, no allowed price ending between the bounds, an active promotion) there is no proposal at all.
``violations`` is the independent check the property test and the approval run; ``guard`` is what proposes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from shopkeeper.settings import PricingSettings
from tools.pricing.models import PriceBounds

CENT = Decimal("0.01")


@dataclass(frozen=True)
class GuardFacts:
    """What the guardrails of one product depend on."""

    current: Decimal
    cost: Decimal
    price_floor: Decimal | None = None  # the product's own floor and ceiling (attributes), when it has them
    price_ceiling: Decimal | None = None
    promo_active: bool = False


@dataclass(frozen=True)
class Guarded:
    price: Decimal | None  # None: no price satisfies every guardrail
    bounds: PriceBounds | None
    blocked_by: str | None = None  # "promotion" | "no_room" | "no_price_point"


def _dec(x: float) -> Decimal:
    return Decimal(repr(x))


def bounds(facts: GuardFacts, cfg: PricingSettings) -> PriceBounds | None:
    """The closed range of allowed prices (whole cents), or None when the guardrails leave no room."""
    step = _dec(cfg.max_change_per_step)
    lows = [
        ("margin", facts.cost * (1 + _dec(cfg.min_margin_over_cost))),
        ("max_change", facts.current * (1 - step)),
        ("min_price", _dec(cfg.min_price)),
    ]
    highs = [("max_change", facts.current * (1 + step)), ("max_price", _dec(cfg.max_price))]
    if facts.price_floor is not None:
        lows.append(("price_floor", facts.price_floor))
    if facts.price_ceiling is not None:
        highs.append(("price_ceiling", facts.price_ceiling))
    low_by, low = max(lows, key=lambda kv: kv[1])
    high_by, high = min(highs, key=lambda kv: kv[1])
    # Whole cents inside the exact range: rounding the bounds inward can never let a rounded price out.
    low_c = low.quantize(CENT, rounding=ROUND_CEILING)
    high_c = high.quantize(CENT, rounding=ROUND_FLOOR)
    if low_c > high_c:
        return None
    return PriceBounds(low=low_c, high=high_c, low_by=low_by, high_by=high_by)


def _points_near(x: Decimal, points: list[int]) -> tuple[Decimal | None, Decimal | None]:
    """The largest allowed price at or below ``x`` and the smallest at or above it."""
    below: Decimal | None = None
    above: Decimal | None = None
    for cents in points:
        end = Decimal(cents) / 100
        down = Decimal(math.floor(x - end)) + end
        up = Decimal(math.ceil(x - end)) + end
        if down >= 0 and (below is None or down > below):
            below = down
        if above is None or up < above:
            above = up
    return below, above


def on_price_point(price: Decimal, points: list[int]) -> bool:
    return not points or int((price * 100) % 100) in points


def guard(target: Decimal, facts: GuardFacts, cfg: PricingSettings) -> Guarded:
    """The allowed price nearest the target: clamped into the bounds, then moved to an allowed price ending (down
    first, since the target is a markdown; up when going down would leave the bounds)."""
    if facts.promo_active:
        return Guarded(None, None, "promotion")
    b = bounds(facts, cfg)
    if b is None:
        return Guarded(None, None, "no_room")
    clamped = min(max(target.quantize(CENT), b.low), b.high)
    if not cfg.price_points:
        return Guarded(clamped, b)
    below, above = _points_near(clamped, cfg.price_points)
    if below is not None and below >= b.low:
        return Guarded(below, b)
    if above is not None and above <= b.high:
        return Guarded(above, b)
    return Guarded(None, b, "no_price_point")


def violations(price: Decimal, facts: GuardFacts, cfg: PricingSettings) -> list[str]:
    """Every guardrail ``price`` breaks, computed from the rules themselves (not from ``bounds``)."""
    out = []
    if facts.promo_active:
        out.append("promotion")
    if price != price.quantize(CENT):
        out.append("cents")
    if price < facts.cost * (1 + _dec(cfg.min_margin_over_cost)):
        out.append("margin")
    if abs(price - facts.current) > facts.current * _dec(cfg.max_change_per_step):
        out.append("max_change")
    if price < _dec(cfg.min_price) or price > _dec(cfg.max_price):
        out.append("min_max_price")
    if facts.price_floor is not None and price < facts.price_floor:
        out.append("price_floor")
    if facts.price_ceiling is not None and price > facts.price_ceiling:
        out.append("price_ceiling")
    if not on_price_point(price, cfg.price_points):
        out.append("price_point")
    return out
