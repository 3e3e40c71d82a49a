"""Pure derivations for the knowledge graph: co-purchase association, category co-occurrence, attribute fit.

Nothing here knows the demo store: it reads baskets (sets of product ids), product categories and attribute bags,
so an imported catalog with its own orders gets the same graph.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Association:
    """``a -> b`` association rule over baskets: how often they co-occur and how much more than by chance."""

    src: int
    dst: int
    together: int  # baskets holding both
    support: float  # together / baskets
    confidence: float  # together / baskets holding src
    lift: float  # confidence / P(dst)

    def props(self) -> dict[str, Any]:
        return {
            "orders": self.together,
            "support": round(self.support, 5),
            "confidence": round(self.confidence, 4),
            "lift": round(self.lift, 3),
        }


def associations(baskets: Iterable[Iterable[int]], *, min_together: int = 1) -> list[Association]:
    """Item-item rules in both directions for every pair seen together at least ``min_together`` times."""
    single: Counter[int] = Counter()
    pairs: Counter[tuple[int, int]] = Counter()
    n = 0
    for basket in baskets:
        items = sorted(set(basket))
        if not items:
            continue
        n += 1
        single.update(items)
        pairs.update(itertools.combinations(items, 2))
    out: list[Association] = []
    for (a, b), k in pairs.items():
        if k < min_together:
            continue
        for src, dst in ((a, b), (b, a)):
            conf = k / single[src]
            out.append(Association(src, dst, k, k / n, conf, conf / (single[dst] / n)))
    return out


def top_by_source(rules: list[Association], per_source: int, *, min_lift: float = 1.0) -> list[Association]:
    """The strongest ``per_source`` rules of each source (by co-occurrence count, then lift), above ``min_lift``."""
    ranked = sorted((r for r in rules if r.lift > min_lift), key=lambda r: (r.src, -r.together, -r.lift, r.dst))
    out: list[Association] = []
    for _, group in itertools.groupby(ranked, key=lambda r: r.src):
        out.extend(itertools.islice(group, per_source))
    return out


def poisson_tail(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam): how surprising ``k`` co-occurrences are when ``lam`` are expected by chance."""
    if k <= 0:
        return 1.0
    term, below = math.exp(-lam), 0.0
    for i in range(k):
        below += term
        term *= lam / (i + 1)
    return max(0.0, 1.0 - below)


def significant(rules: list[Association], baskets: int, per_source: int, *, alpha: float = 0.05) -> list[Association]:
    """Rules co-occurring more than chance explains (Poisson tail < ``alpha``), the ``per_source`` strongest each.

    Lift alone rewards pairs seen twice among rare items (a tent with yogurt); the tail probability weighs the
    excess against how many co-occurrences independence predicts.
    """
    scored = []
    for r in rules:
        expected = r.together / r.lift if r.lift > 0 else float(baskets)
        p = poisson_tail(r.together, expected)
        if r.lift > 1.0 and p < alpha:
            scored.append((r.src, p, -r.together, r.dst, r))
    scored.sort(key=lambda t: t[:4])
    out: list[Association] = []
    for _, group in itertools.groupby(scored, key=lambda t: t[0]):
        out.extend(t[4] for t in itertools.islice(group, per_source))
    return out


def smoothed_lift(rule: Association, baskets: int, prior: float) -> float:
    """Lift with ``prior`` pseudo-baskets added to the count independence predicts: ``together / (expected + prior)``.

    Raw lift says a pair seen once among rare categories is a strong match; the prior shrinks such pairs towards
    "no association" until more baskets back them, while a pair seen often keeps nearly its raw lift.
    """
    expected = rule.together / rule.lift if rule.lift > 0 else float(baskets)
    return rule.together / (expected + prior)


def backoff_rules(rules: list[Association], baskets: int, per_source: int, *,
                  prior: float) -> list[tuple[Association, float]]:
    """(rule, smoothed lift) for every rule above 1 after smoothing, the ``per_source`` strongest of each source.

    The back-off for items too rare to have co-purchase pairs of their own: their category's partners.
    """
    scored = [(r, smoothed_lift(r, baskets, prior)) for r in rules]
    ranked = sorted((t for t in scored if t[1] > 1.0), key=lambda t: (t[0].src, -t[1], -t[0].together, t[0].dst))
    out: list[tuple[Association, float]] = []
    for _, group in itertools.groupby(ranked, key=lambda t: t[0].src):
        out.extend(itertools.islice(group, per_source))
    return out


def _as_set(value: Any) -> set[str] | None:
    if isinstance(value, list | tuple | set):
        return {str(v).lower() for v in value}
    return None


def attribute_fit(base: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    """Attributes ``other`` shares with ``base``: equal values, overlapping size lists, both true flags.

    A false flag shared by both says nothing to a shopper ("not waterproof like your boots"), so it is left out.
    """
    matched: dict[str, Any] = {}
    for key, value in base.items():
        if key not in other or key in ("cost", "margin"):
            continue
        theirs = other[key]
        mine_set, their_set = _as_set(value), _as_set(theirs)
        if mine_set is not None and their_set is not None:
            common = sorted(mine_set & their_set)
            if common:
                matched[key] = common
        elif isinstance(value, bool) or isinstance(theirs, bool):
            if value is True and theirs is True:
                matched[key] = True
        elif value == theirs and value not in (None, ""):
            matched[key] = value
    return matched


def better_attributes(base: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Where ``other`` is plainly better than ``base``: a flag it has and base lacks, a larger number.

    Larger is read as better for every numeric attribute except weight-like ones (a heavier tent is not better).
    """
    lower_is_better = ("weight", "weight_g", "weight_kg", "comfort_temp_c", "noise_db")
    out: dict[str, list[Any]] = {}
    for key, theirs in other.items():
        mine = base.get(key)
        if key in ("cost", "margin") or mine is None:
            continue
        if isinstance(theirs, bool) or isinstance(mine, bool):
            if theirs is True and mine is False:
                out[key] = [mine, theirs]
        elif isinstance(theirs, int | float) and isinstance(mine, int | float) and (
            (theirs < mine) if key in lower_is_better else (theirs > mine)
        ):
            out[key] = [mine, theirs]
    return out
