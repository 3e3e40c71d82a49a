"""Markdown proposals: which products to mark down, to what price, with what expected effect, and why.

Two triggers. Overstock: stock on hand covers more days of demand than ``overstock_cover_days``; the markdown aims
at ``target_cover_days``. Expiring lots: units expiring within ``expiry_days`` exceed the demand until they expire;
the markdown aims at selling them in time. Either way the demand multiplier needed is turned into a price through the
product's elasticity (units scale as (new price / old price) ^ elasticity), and the guardrails are applied last.
Demand comes from the stored forecast (``shopkeeper forecast``) when it covers the horizon, else from recent sales.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from knowledge.db import session_scope
from knowledge.schema import Category, DailySales, DemandForecast, Location, Lot, Product, Stock
from shopkeeper.settings import PricingSettings
from tools.pricing.elasticity import ElasticityBook, elasticities
from tools.pricing.guardrails import GuardFacts, guard
from tools.pricing.models import Draft, Driver, Effect, Elasticity, ProposalDetail, ProposalKind

# Below one unit in 100 days there is no demand to move: a markdown's effect would be a guess.
MIN_DAILY_DEMAND = 0.01


@dataclass
class ProductFacts:
    """What a proposal for one product is computed from (read from the store DB by ``load_facts``)."""

    product_id: int
    sku: str
    title: str
    category: str
    price: Decimal
    regular_price: Decimal  # the highest price seen: the current one, or the pre-promotion one in the history
    cost: Decimal | None  # from the catalog (attribute "cost"), when it has one
    on_hand: int
    daily_demand: float
    demand_source: str  # "forecast" | "recent"
    price_floor: Decimal | None = None
    price_ceiling: Decimal | None = None
    promo_active: bool = False
    # (expires_on, qty) of lots expiring within the expiry window, not yet expired.
    expiring: list[tuple[dt.date, int]] = field(default_factory=list)


def _money(x: float) -> str:
    return f"{x:.2f}"


def _attr_decimal(attrs: dict[str, Any], key: str) -> Decimal | None:
    v = attrs.get(key)
    if isinstance(v, int | float | str) and not isinstance(v, bool):
        try:
            d = Decimal(str(v))
        except ArithmeticError:
            return None
        return d if d > 0 else None
    return None


def effect(facts: ProductFacts, cost: Decimal, new_price: Decimal, e: float, horizon: int) -> Effect:
    """Expected units, revenue and margin over ``horizon`` days at the current and the new price; sales can never
    exceed the stock on hand (nothing is assumed about deliveries)."""
    p0, p1, c = float(facts.price), float(new_price), float(cost)
    base = facts.daily_demand * horizon
    u0 = min(float(facts.on_hand), base)
    u1 = min(float(facts.on_hand), base * (p1 / p0) ** e)
    return Effect(
        horizon_days=horizon,
        units_before=round(u0, 1),
        units_after=round(u1, 1),
        revenue_before=round(p0 * u0, 2),
        revenue_after=round(p1 * u1, 2),
        margin_before=round((p0 - c) * u0, 2),
        margin_after=round((p1 - c) * u1, 2),
        stock_left_before=round(facts.on_hand - u0, 1),
        stock_left_after=round(facts.on_hand - u1, 1),
    )


def _ratio_for(multiplier: float, e: float) -> float:
    """The price ratio that multiplies demand by ``multiplier`` under elasticity ``e`` (< 0)."""
    return float(multiplier ** (1.0 / e))


def draft(
    facts: ProductFacts,
    el: Elasticity,
    cfg: PricingSettings,
    today: dt.date,
    store: str,
    category_value: float | None = None,
) -> Draft | None:
    """The markdown proposal for one product, or None (no trigger, no demand to move, or no allowed price).
    ``category_value``: the category's elasticity, named when the product's own estimate was shrunk toward it."""
    if facts.price <= 0 or facts.daily_demand < MIN_DAILY_DEMAND:
        return None  # no demand: a lower price multiplies nothing, the model cannot say what it would do
    e = el.value
    drivers: list[Driver] = []
    ratios: list[tuple[float, ProposalKind]] = []
    if facts.on_hand > 0:
        cover = facts.on_hand / facts.daily_demand
        if cover > cfg.overstock_cover_days:
            ratios.append((_ratio_for(cover / cfg.target_cover_days, e), "overstock"))
            drivers.append(
                Driver(
                    key="overstock",
                    params={
                        "on_hand": facts.on_hand,
                        "cover_days": round(cover),
                        "limit_days": round(cfg.overstock_cover_days),
                    },
                )
            )
    if facts.expiring:
        last = max(d for d, _ in facts.expiring)
        units = sum(q for _, q in facts.expiring)
        days = (last - today).days + 1
        sellable = facts.daily_demand * days
        if units > sellable:
            ratios.append((_ratio_for(units / sellable, e), "expiring"))
            drivers.append(
                Driver(
                    key="expiring", params={"units": units, "date": last.isoformat(), "unsold": round(units - sellable)}
                )
            )
    if not ratios:
        return None
    ratio, kind = min(ratios)  # the deeper markdown serves both triggers
    if any(k == "expiring" for _, k in ratios):
        kind = "expiring"  # the more urgent reason names the proposal
    cost = facts.cost
    cost_source = "catalog"
    if cost is None:
        cost = (facts.regular_price * Decimal(repr(cfg.default_cost_ratio))).quantize(Decimal("0.01"))
        cost_source = "assumed"
    target = (facts.price * Decimal(repr(ratio))).quantize(Decimal("0.01"))
    guarded = guard(
        target,
        GuardFacts(
            current=facts.price,
            cost=cost,
            price_floor=facts.price_floor,
            price_ceiling=facts.price_ceiling,
            promo_active=facts.promo_active,
        ),
        cfg,
    )
    if guarded.price is None or guarded.bounds is None or guarded.price >= facts.price:
        return None  # blocked, or the guardrails allow no markdown at all
    new = guarded.price
    eff = effect(facts, cost, new, e, cfg.horizon_days)
    if facts.demand_source == "forecast":
        drivers.append(Driver(key="demand_forecast", params={"daily": round(facts.daily_demand, 2)}))
    else:
        drivers.append(
            Driver(
                key="demand_recent", params={"daily": round(facts.daily_demand, 2), "days": cfg.demand_lookback_days}
            )
        )
    el_params: dict[str, Any] = {"value": round(e, 2), "n": el.n}
    if el.source == "shrunk":
        el_params["category_value"] = round(category_value, 2) if category_value is not None else "?"
    drivers.append(Driver(key=f"elasticity_{el.source}", params=el_params))
    drivers.append(
        Driver(
            key="effect",
            params={
                "days": eff.horizon_days,
                "units_before": eff.units_before,
                "units_after": eff.units_after,
                "revenue_before": _money(eff.revenue_before),
                "revenue_after": _money(eff.revenue_after),
                "margin_before": _money(eff.margin_before),
                "margin_after": _money(eff.margin_after),
                "left_before": eff.stock_left_before,
                "left_after": eff.stock_left_after,
            },
        )
    )
    if cost_source == "assumed":
        drivers.append(
            Driver(
                key="cost_assumed",
                params={"ratio": round(cfg.default_cost_ratio * 100), "regular": str(facts.regular_price)},
            )
        )
    b = guarded.bounds
    if target < b.low:  # the demand model wanted more than the guardrails allow: say which one stopped it
        drivers.append(Driver(key="guardrail", params={"rule": b.low_by, "bound": str(b.low)}))
    return Draft(
        product_id=facts.product_id,
        sku=facts.sku,
        title=facts.title,
        current_price=facts.price,
        proposed_price=new,
        detail=ProposalDetail(
            kind=kind,
            cost=cost,
            cost_source=cost_source,
            regular_price=facts.regular_price,
            target_price=target,
            bounds=b,
            elasticity=el,
            effect=eff,
            drivers=drivers,
            store=store,
            as_of=today,
        ),
    )


def load_facts(
    db_url: str, cfg: PricingSettings, store: str, today: dt.date, product_ids: list[int] | None = None
) -> list[ProductFacts]:
    """Stock, demand, lots, promotions and prices of the active products that have stock in ``store``."""
    horizon_end = today + dt.timedelta(days=cfg.horizon_days)
    recent_from = today - dt.timedelta(days=cfg.demand_lookback_days)
    history_from = today - dt.timedelta(days=cfg.history_days)
    promo_from = today - dt.timedelta(days=cfg.promo_active_days)
    with session_scope(db_url) as s:
        on_hand_q = (
            select(Stock.product_id, func.sum(Stock.qty_system))
            .join(Location, Location.id == Stock.location_id)
            .where(Location.store == store)
            .group_by(Stock.product_id)
        )
        if product_ids is not None:
            on_hand_q = on_hand_q.where(Stock.product_id.in_(product_ids))
        on_hand = {pid: int(q or 0) for pid, q in s.execute(on_hand_q)}
        ids = [pid for pid, q in on_hand.items() if q > 0]
        if not ids:
            return []
        forecast: dict[int, tuple[float, int]] = {}
        for pid, total, days in s.execute(
            select(DemandForecast.product_id, func.sum(DemandForecast.mean), func.count())
            .where(
                DemandForecast.store == store,
                DemandForecast.day >= today,
                DemandForecast.day < horizon_end,
                DemandForecast.product_id.in_(ids),
            )
            .group_by(DemandForecast.product_id)
        ):
            forecast[pid] = (float(total or 0.0), int(days))
        recent = dict(
            s.execute(
                select(DailySales.product_id, func.sum(DailySales.units))
                .where(DailySales.day >= recent_from, DailySales.day < today, DailySales.product_id.in_(ids))
                .group_by(DailySales.product_id)
            ).all()
        )
        # The highest price of the history: the regular price when the product is on a markdown or promotion now.
        top_price = dict(
            s.execute(
                select(DailySales.product_id, func.max(DailySales.revenue / DailySales.units))
                .where(DailySales.day >= history_from, DailySales.units > 0, DailySales.product_id.in_(ids))
                .group_by(DailySales.product_id)
            ).all()
        )
        # An active promotion: the latest sale within promo_active_days was on promotion.
        latest_day = dict(
            s.execute(
                select(DailySales.product_id, func.max(DailySales.day))
                .where(DailySales.day >= promo_from, DailySales.day <= today, DailySales.product_id.in_(ids))
                .group_by(DailySales.product_id)
            ).all()
        )
        promo = {
            pid
            for pid, day in s.execute(
                select(DailySales.product_id, DailySales.day).where(
                    DailySales.day >= promo_from,
                    DailySales.day <= today,
                    DailySales.promo.is_(True),
                    DailySales.product_id.in_(ids),
                )
            )
            if latest_day.get(pid) == day
        }
        lots: dict[int, list[tuple[dt.date, int]]] = {}
        for pid, expires, qty in s.execute(
            select(Lot.product_id, Lot.expires_on, Lot.qty).where(
                Lot.expires_on >= today,
                Lot.expires_on < today + dt.timedelta(days=cfg.expiry_days),
                Lot.qty > 0,
                Lot.product_id.in_(ids),
            )
        ):
            lots.setdefault(pid, []).append((expires, int(qty)))
        out = []
        for p, path in s.execute(
            select(Product, Category.path)
            .outerjoin(Category, Category.id == Product.category_id)
            .where(Product.id.in_(ids), Product.active.is_(True))
            .order_by(Product.id)
        ):
            attrs = p.attributes or {}
            # The stored forecast's daily rate over the days it covers (its own horizon may be shorter than ours),
            # when it covers at least a week from today: one weekly cycle, so the rate is not a weekday's.
            if p.id in forecast and forecast[p.id][1] >= min(7, cfg.horizon_days):
                daily, source = forecast[p.id][0] / forecast[p.id][1], "forecast"
            else:
                daily, source = float(recent.get(p.id) or 0) / cfg.demand_lookback_days, "recent"
            top = top_price.get(p.id)
            regular = max(p.price, Decimal(str(round(float(top), 2)))) if top is not None else p.price
            out.append(
                ProductFacts(
                    product_id=p.id,
                    sku=p.sku,
                    title=p.title,
                    category=path or "",
                    price=p.price,
                    regular_price=regular,
                    cost=_attr_decimal(attrs, "cost"),
                    on_hand=on_hand[p.id],
                    daily_demand=max(0.0, daily),
                    demand_source=source,
                    price_floor=_attr_decimal(attrs, "price_floor"),
                    price_ceiling=_attr_decimal(attrs, "price_ceiling"),
                    promo_active=p.id in promo,
                    expiring=sorted(lots.get(p.id, [])),
                )
            )
    return out


def propose(
    db_url: str,
    cfg: PricingSettings,
    store: str,
    today: dt.date,
    progress: Callable[[int, int], None] | None = None,
    book: ElasticityBook | None = None,
) -> list[Draft]:
    """Markdown proposals for every product with stock in ``store`` (drafts: ``tools.pricing.store`` keeps them)."""
    book = book or elasticities(db_url, cfg, today)
    facts = load_facts(db_url, cfg, store, today)
    drafts = []
    for i, f in enumerate(facts, 1):
        cat = book.categories.get(f.category)
        d = draft(f, book.of(f.product_id, f.category), cfg, today, store, cat.value if cat else None)
        if d is not None:
            drafts.append(d)
        if progress and (i % 50 == 0 or i == len(facts)):
            progress(i, len(facts))
    return drafts
