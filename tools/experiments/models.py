"""Pydantic shapes of experiments and their results (the staff API, the CLI and the tools return these)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator

# What a variant's config may change: the keys a journey reads with ``variant_config`` (tools/experiments/hooks.py).
KNOBS = ("upsell_strategy", "reply_policy", "prompt", "price_display")
# The named values of the knobs whose whole set is fixed here (the journeys hold what each means: the system prompts
# in agent/reply_variants.py, the product lines in agent/templates.py); a typo is refused when the experiment is
# defined rather than silently running the control twice.
PROMPTS = ("default", "one_sentence", "warm")
PRICE_DISPLAYS = ("price_and_stock", "price_only", "scarcity")
_CHOICES = {"prompt": PROMPTS, "price_display": PRICE_DISPLAYS}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")


class VariantSpec(BaseModel):
    name: str
    weight: float = Field(gt=0.0, le=1_000.0)
    # e.g. {"upsell_strategy": "complements_first"}: what this variant changes, read by the journey that varies it.
    config: dict[str, Any] = Field(default_factory=dict)

    @field_validator("name")
    @classmethod
    def _short_name(cls, v: str) -> str:
        if not _NAME.match(v):
            raise ValueError("a variant name is 1-32 letters, digits, '_', '.' or '-'")
        return v

    @field_validator("config")
    @classmethod
    def _known_knobs(cls, v: dict[str, Any]) -> dict[str, Any]:
        unknown = set(v) - set(KNOBS)
        if unknown:
            raise ValueError(f"unknown config keys {sorted(unknown)}; allowed: {', '.join(KNOBS)}")
        for knob, choices in _CHOICES.items():
            if knob in v and v[knob] not in choices:
                raise ValueError(f"{knob} {v[knob]!r} is not one of {', '.join(choices)}")
        return v


class ExperimentSpec(BaseModel):
    """An experiment as defined: the first variant is the control the others are compared with."""

    name: str = Field(min_length=1, max_length=120)
    variants: list[VariantSpec] = Field(min_length=2, max_length=8)
    active: bool = True

    @model_validator(mode="after")
    def _distinct(self) -> ExperimentSpec:
        names = [v.name for v in self.variants]
        if len(set(names)) != len(names):
            raise ValueError("variant names must be distinct")
        return self

    @property
    def varies(self) -> list[str]:
        return sorted({k for v in self.variants for k in v.config})


class Interval(BaseModel):
    low: float
    high: float


class RateResult(BaseModel):
    """A per-session rate (share of sessions with at least one add-to-cart, or with a hand-over)."""

    sessions_with: int
    rate: float
    ci95: Interval
    # Against the control (None for the control itself): two-proportion z-test.
    diff_vs_control: float | None = None
    z: float | None = None
    p_value: float | None = None


class LengthResult(BaseModel):
    """Conversation length in turns."""

    mean: float
    median: float
    ci95_mean: Interval
    # Against the control: Mann-Whitney U (two-sided), no normality assumed: lengths are skewed counts.
    u: float | None = None
    p_value: float | None = None


class VariantResult(BaseModel):
    name: str
    weight: float
    sessions: int
    add_to_cart: RateResult
    escalation: RateResult
    turns: LengthResult | None = None  # None with no session yet


class ExperimentResults(BaseModel):
    name: str
    active: bool
    varies: list[str]
    control: str
    variants: list[VariantResult]
    # Across all variants: chi-square test of independence (variant x outcome) for each rate.
    chi2_add_to_cart_p: float | None = None
    chi2_escalation_p: float | None = None
    min_sample: int
    warnings: list[str] = Field(default_factory=list)
