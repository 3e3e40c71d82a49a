"""The data of the pricing engine: elasticity estimates, guardrail bounds, expected effects, drivers, proposals.

Prices are ``Decimal`` (money, two places); effects are floats (they are forecasts, shown rounded).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field

ElasticitySource = Literal["product", "shrunk", "category", "default"]
ProposalKind = Literal["overstock", "expiring"]


class Elasticity(BaseModel):
    """d log(units) / d log(price): -2 means a 10% lower price sells about 21% more (0.9^-2)."""

    value: float
    se: float | None = None  # standard error of the regression slope (None for the default)
    n: int = 0  # sales days the estimate was fitted on
    source: ElasticitySource = "default"
    category: str = ""  # the category path it was estimated in


class PriceBounds(BaseModel):
    """The prices one product may take under the guardrails, and which guardrail sets each end."""

    low: Decimal
    high: Decimal
    low_by: str  # "margin" | "max_change" | "min_price" | "price_floor"
    high_by: str  # "max_change" | "max_price" | "price_ceiling"


class Effect(BaseModel):
    """Expected sales over ``horizon_days`` at the current and at the proposed price (units capped by stock)."""

    horizon_days: int
    units_before: float
    units_after: float
    revenue_before: float
    revenue_after: float
    margin_before: float  # (price - cost) x units
    margin_after: float
    stock_left_before: float = 0.0  # on hand at the end of the horizon (no deliveries assumed)
    stock_left_after: float = 0.0


class Driver(BaseModel):
    """One reason behind a proposal: a template key (tools/pricing/texts.py) and the figures it states."""

    key: str
    params: dict[str, Any] = Field(default_factory=dict)


class ProposalDetail(BaseModel):
    """Everything a person needs to judge a proposal. Stored as JSON in ``PriceProposal.reason`` (the table's one
    column for the why), so the console renders the drivers in the reader's language."""

    kind: ProposalKind
    cost: Decimal
    cost_source: Literal["catalog", "assumed"]
    regular_price: Decimal
    target_price: Decimal  # what the demand model asked for, before the guardrails
    bounds: PriceBounds
    elasticity: Elasticity
    effect: Effect
    drivers: list[Driver]
    store: str = "main"
    as_of: dt.date


class Draft(BaseModel):
    """A proposal before it is stored: the product, its current and proposed price, and the detail."""

    product_id: int
    sku: str
    title: str
    current_price: Decimal
    proposed_price: Decimal
    detail: ProposalDetail


class ProposalView(BaseModel):
    """A stored proposal as the console, the tools and the manager chat show it."""

    id: int
    product_id: int
    sku: str
    title: str
    current_price: Decimal
    proposed_price: Decimal
    currency: str
    change_pct: float
    state: str
    kind: str
    effect: Effect | None
    drivers: list[str]  # rendered in the asked language
    created_at: dt.datetime
    decided_by: str | None = None
    decided_at: dt.datetime | None = None
