"""Results of an experiment per variant: rates and lengths with 95% intervals, tests against the control, and a
warning for every variant with fewer sessions than the minimum sample (its p-values are not to be trusted yet)."""

from __future__ import annotations

from collections.abc import Callable

from tools.experiments import stats
from tools.experiments.models import ExperimentResults, ExperimentSpec, LengthResult, RateResult, VariantResult
from tools.experiments.store import SessionRow

DEFAULT_MIN_SAMPLE = 100  # sessions per variant before a difference in rates of ~10 points is detectable at all


def _rate(
    rows: list[SessionRow], control: list[SessionRow], hit: Callable[[SessionRow], bool], is_control: bool
) -> RateResult:
    k, n = sum(1 for r in rows if hit(r)), len(rows)
    out = RateResult(sessions_with=k, rate=k / n if n else 0.0, ci95=stats.wilson(k, n))
    if not is_control:
        kc, nc = sum(1 for r in control if hit(r)), len(control)
        out.diff_vs_control = out.rate - (kc / nc if nc else 0.0)
        test = stats.two_proportion_z(kc, nc, k, n)
        if test is not None:
            out.z, out.p_value = test
    return out


def _length(rows: list[SessionRow], control: list[SessionRow], is_control: bool) -> LengthResult | None:
    turns = sorted(float(r.turns) for r in rows)
    if not turns:
        return None
    mid = len(turns) // 2
    median = turns[mid] if len(turns) % 2 else (turns[mid - 1] + turns[mid]) / 2
    out = LengthResult(mean=sum(turns) / len(turns), median=median, ci95_mean=stats.mean_interval(turns))
    if not is_control:
        test = stats.mann_whitney(turns, [float(r.turns) for r in control])
        if test is not None:
            out.u, out.p_value = test
    return out


def _cart(r: SessionRow) -> bool:
    return r.cart_adds > 0


def _escalated(r: SessionRow) -> bool:
    return r.escalated


def summarize(spec: ExperimentSpec, rows: list[SessionRow], min_sample: int = DEFAULT_MIN_SAMPLE) -> ExperimentResults:
    by: dict[str, list[SessionRow]] = {v.name: [] for v in spec.variants}
    for r in rows:
        if r.variant in by:  # a variant removed by hand from the DB: its sessions are not compared
            by[r.variant].append(r)
    control = spec.variants[0].name
    variants, warnings = [], []
    for v in spec.variants:
        mine, is_control = by[v.name], v.name == control
        variants.append(
            VariantResult(
                name=v.name,
                weight=v.weight,
                sessions=len(mine),
                add_to_cart=_rate(mine, by[control], _cart, is_control),
                escalation=_rate(mine, by[control], _escalated, is_control),
                turns=_length(mine, by[control], is_control),
            )
        )
        if len(mine) < min_sample:
            warnings.append(
                f"variant {v.name} has {len(mine)} sessions, fewer than the minimum sample of {min_sample}: "
                "its differences and p-values are not reliable yet"
            )
    totals = [len(by[v.name]) for v in spec.variants]
    return ExperimentResults(
        name=spec.name,
        active=spec.active,
        varies=spec.varies,
        control=control,
        variants=variants,
        chi2_add_to_cart_p=stats.chi_square([x.add_to_cart.sessions_with for x in variants], totals),
        chi2_escalation_p=stats.chi_square([x.escalation.sessions_with for x in variants], totals),
        min_sample=min_sample,
        warnings=warnings,
    )
