"""Price elasticity of demand from the sales history: log-log regression of daily units on the day's price.

The price of a day is its revenue over its units (promotion days included: they are most of the price variation a
store has). Each product's own level of demand is removed first (within-product demeaning, i.e. product fixed
effects), so a category's estimate comes from price changes over time, not from cheap products selling more than
dear ones. A category's slope pools all its products; a product whose history has enough distinct prices gets its
own slope, shrunk toward the category's by how noisy it is (empirical Bayes: weight tau^2 / (tau^2 + se^2), tau^2
the spread of the true product slopes, by the method of moments). Days without a sale have no row and no price, so
they cannot enter a log-log fit; the estimate is of demand on selling days.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.schema import Category, DailySales, Product
from shopkeeper.settings import PricingSettings
from tools.pricing.models import Elasticity

_MIN_TAU2 = 0.05  # a floor on the between-product variance: never trust the category completely


@dataclass
class _Series:
    category: str
    log_price: np.ndarray
    log_units: np.ndarray

    def levels(self) -> dict[float, int]:
        """Distinct prices (to the cent, 1% apart) and how many days were sold at each."""
        out: dict[float, int] = defaultdict(int)
        for p in np.round(np.exp(self.log_price), 2):
            key = next((k for k in out if abs(k - p) <= 0.01 * k), float(p))
            out[key] += 1
        return out


@dataclass
class ElasticityBook:
    """Estimates by category path and by product id; ``of`` picks the best one for a product."""

    categories: dict[str, Elasticity] = field(default_factory=dict)
    products: dict[int, Elasticity] = field(default_factory=dict)
    product_category: dict[int, str] = field(default_factory=dict)
    default: float = -1.5

    def of(self, product_id: int, category: str | None = None) -> Elasticity:
        if product_id in self.products:
            return self.products[product_id]
        cat = category if category is not None else self.product_category.get(product_id, "")
        return self.categories.get(cat) or Elasticity(value=self.default, source="default", category=cat)


def _slope(x: np.ndarray, y: np.ndarray, groups: int) -> tuple[float, float] | None:
    """OLS slope through demeaned data and its standard error (``groups`` fixed effects use degrees of freedom)."""
    sxx = float(x @ x)
    dof = len(x) - groups - 1
    if sxx < 1e-9 or dof < 1:
        return None
    b = float(x @ y) / sxx
    resid = y - b * x
    se = math.sqrt(float(resid @ resid) / dof / sxx)
    return b, se


def _clip(value: float, cfg: PricingSettings) -> float:
    lo, hi = cfg.elasticity_bounds
    return min(max(value, lo), hi)


def estimate(series: dict[int, _Series], cfg: PricingSettings) -> ElasticityBook:
    """Category and product elasticities from per-product (log price, log units) series."""
    book = ElasticityBook(default=cfg.default_elasticity)
    by_cat: dict[str, list[int]] = defaultdict(list)
    for pid, s in series.items():
        by_cat[s.category].append(pid)
        book.product_category[pid] = s.category
    for cat, pids in by_cat.items():
        xs, ys, own = [], [], {}
        for pid in pids:
            s = series[pid]
            if len(s.log_price) < 2:
                continue
            x = s.log_price - s.log_price.mean()
            y = s.log_units - s.log_units.mean()
            xs.append(x)
            ys.append(y)
            levels = s.levels()
            enough = [n for n in levels.values() if n >= cfg.min_days_per_level]
            if len(enough) >= cfg.min_price_levels:
                fit = _slope(x, y, 1)
                if fit is not None:
                    own[pid] = (fit, len(x))
        if not xs:
            continue
        pooled = _slope(np.concatenate(xs), np.concatenate(ys), len(xs))
        n = sum(len(x) for x in xs)
        if pooled is None:  # no product of the category ever changed price: nothing to learn from
            continue
        b_cat, se_cat = pooled
        book.categories[cat] = Elasticity(value=_clip(b_cat, cfg), se=se_cat, n=n, source="category", category=cat)
        if not own:
            continue
        slopes = np.array([f[0][0] for f in own.values()])
        ses = np.array([f[0][1] for f in own.values()])
        tau2 = max(_MIN_TAU2, float(slopes.var()) - float((ses**2).mean())) if len(own) > 1 else _MIN_TAU2
        for pid, ((b, se), days) in own.items():
            w = tau2 / (tau2 + se * se)
            value = w * b + (1 - w) * b_cat
            book.products[pid] = Elasticity(
                value=_clip(value, cfg), se=se, n=days, source="shrunk" if w < 0.95 else "product", category=cat
            )
    return book


def load_series(db_url: str, cfg: PricingSettings, today: dt.date) -> dict[int, _Series]:
    """Per-product daily (log price, log units) over the last ``history_days`` before ``today``."""
    first = today - dt.timedelta(days=cfg.history_days)
    rows: dict[int, tuple[str, list[float], list[float]]] = {}
    with session_scope(db_url) as s:
        q = (
            select(DailySales.product_id, DailySales.units, DailySales.revenue, Category.path)
            .join(Product, Product.id == DailySales.product_id)
            .outerjoin(Category, Category.id == Product.category_id)
            .where(DailySales.day >= first, DailySales.day < today, DailySales.units > 0, DailySales.revenue > 0)
        )
        for pid, units, revenue, path in s.execute(q):
            entry = rows.setdefault(pid, (path or "", [], []))
            entry[1].append(math.log(float(revenue) / units))
            entry[2].append(math.log(units))
    return {pid: _Series(cat, np.array(lp), np.array(lu)) for pid, (cat, lp, lu) in rows.items()}


def elasticities(db_url: str, cfg: PricingSettings, today: dt.date) -> ElasticityBook:
    return estimate(load_series(db_url, cfg, today), cfg)
