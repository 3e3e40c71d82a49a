"""The significance tests and intervals of experiment results (scipy and statsmodels, no hand-rolled p-values).

Rates are per session (did it add to cart / was it handed over): Wilson 95% intervals, a two-proportion z-test of
each variant against the control, and a chi-square test of independence across all variants. Conversation lengths
are skewed counts: a t interval for the mean, and Mann-Whitney U against the control (no normality assumed).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from tools.experiments.models import Interval


def wilson(k: int, n: int) -> Interval:
    """95% Wilson score interval of the proportion k/n (sensible near 0 and 1, unlike the normal one)."""
    if n == 0:
        return Interval(low=0.0, high=1.0)
    from statsmodels.stats.proportion import proportion_confint

    low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
    return Interval(low=float(low), high=float(high))


def two_proportion_z(k_a: int, n_a: int, k_b: int, n_b: int) -> tuple[float, float] | None:
    """z and two-sided p of "b's rate differs from a's" (pooled variance); None when no test is possible (an
    empty group, or every session in both groups alike)."""
    if n_a == 0 or n_b == 0 or k_a + k_b in (0, n_a + n_b):
        return None
    from statsmodels.stats.proportion import proportions_ztest

    z, p = proportions_ztest([k_b, k_a], [n_b, n_a], alternative="two-sided")
    return float(z), float(p)


def chi_square(successes: Sequence[int], totals: Sequence[int]) -> float | None:
    """p of the chi-square test of independence of variant and outcome (no continuity correction); None when a
    row or column of the table is empty."""
    table = np.array([[k, n - k] for k, n in zip(successes, totals, strict=True) if n > 0])
    if len(table) < 2 or (table.sum(axis=0) == 0).any():
        return None
    from scipy.stats import chi2_contingency

    res = chi2_contingency(table, correction=False)
    return float(res.pvalue)


def mean_interval(values: Sequence[float]) -> Interval:
    """95% t interval of the mean (a point when fewer than two values or no spread)."""
    x = np.asarray(values, dtype=float)
    m = float(x.mean()) if len(x) else 0.0
    if len(x) < 2:
        return Interval(low=m, high=m)
    from scipy.stats import t

    half = float(t.ppf(0.975, len(x) - 1)) * float(x.std(ddof=1)) / math.sqrt(len(x))
    return Interval(low=m - half, high=m + half)


def mann_whitney(variant: Sequence[float], control: Sequence[float]) -> tuple[float, float] | None:
    """U of the variant and the two-sided p against the control; None with an empty group or no spread at all."""
    if not len(variant) or not len(control) or len(set(variant) | set(control)) < 2:
        return None
    from scipy.stats import mannwhitneyu

    res = mannwhitneyu(variant, control, alternative="two-sided")
    return float(res.statistic), float(res.pvalue)
