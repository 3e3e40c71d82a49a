"""Stored price proposals and the human decision on them: save, list, approve (apply), reject; every step logged.

A proposal waits in state ``proposed`` until a manager decides. Approval re-checks it against the store as it is
now (the price it was made from, the guardrails, an active promotion) and only then changes the product's price,
in one transaction with the proposal's state and a ``price_changed`` event. The search index carries the price for
filtering only (shoppers are always shown the DB price), so its payload is refreshed for that product at once when
the caller owns the index (the serving process), and by the next ``shopkeeper index`` otherwise.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.db import session_scope
from knowledge.schema import DailySales, PriceProposal, Product, ProposalState, StoreEvent, Variant
from shopkeeper.errors import NotFound, ShopkeeperError
from shopkeeper.settings import PricingSettings
from tools.pricing.guardrails import GuardFacts, violations
from tools.pricing.models import Draft, ProposalDetail, ProposalView
from tools.pricing.texts import render_all

log = logging.getLogger(__name__)

SUPERSEDED_BY = "system:superseded"  # decided_by of a pending proposal replaced by a newer one for its product


class ProposalConflict(ShopkeeperError):
    """A decision the proposal's state or the store's current facts do not allow (already decided, price changed
    since, a guardrail that would now be broken)."""

    code = "conflict"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _detail(row: PriceProposal) -> ProposalDetail | None:
    try:
        return ProposalDetail.model_validate_json(row.reason)
    except ValueError:  # a proposal written by hand or by an older version: shown without drivers
        return None


def _view(row: PriceProposal, product: Product, lang: str) -> ProposalView:
    detail = _detail(row)
    change = float((row.proposed_price - row.current_price) / row.current_price) if row.current_price else 0.0
    return ProposalView(
        id=row.id,
        product_id=row.product_id,
        sku=product.sku,
        title=product.title,
        current_price=row.current_price,
        proposed_price=row.proposed_price,
        currency=product.currency,
        change_pct=round(100 * change, 1),
        state=row.state.value,
        kind=detail.kind if detail else "manual",
        effect=detail.effect if detail else None,
        drivers=render_all(detail.drivers, lang) if detail else ([row.reason] if row.reason else []),
        created_at=row.created_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
    )


def _event(s: Session, kind: str, product_id: int, payload: dict[str, Any]) -> None:
    s.add(StoreEvent(kind=kind, product_id=product_id, payload=payload))


def save(db_url: str, drafts: list[Draft], by: str = "assistant") -> list[int]:
    """Store drafts as pending proposals. A product's older pending proposal is superseded (its facts are stale)."""
    ids = []
    with session_scope(db_url) as s:
        pending = {
            p.product_id: p
            for p in s.scalars(select(PriceProposal).where(PriceProposal.state == ProposalState.PROPOSED))
        }
        for d in drafts:
            old = pending.get(d.product_id)
            if old is not None:
                old.state = ProposalState.REJECTED
                old.decided_by = SUPERSEDED_BY
                old.decided_at = _now()
            row = PriceProposal(
                product_id=d.product_id,
                current_price=d.current_price,
                proposed_price=d.proposed_price,
                reason=d.detail.model_dump_json(),
                state=ProposalState.PROPOSED,
            )
            s.add(row)
            s.flush()
            ids.append(row.id)
            _event(
                s,
                "price_proposed",
                d.product_id,
                {
                    "proposal_id": row.id,
                    "current": str(d.current_price),
                    "proposed": str(d.proposed_price),
                    "kind": d.detail.kind,
                    "by": by,
                },
            )
    return ids


def list_proposals(
    db_url: str, state: ProposalState | None = ProposalState.PROPOSED, lang: str = "en", limit: int = 100
) -> tuple[list[ProposalView], int]:
    """Proposals in ``state`` (all when None), the largest expected revenue change first, and how many there are."""
    with session_scope(db_url) as s:
        q = select(PriceProposal, Product).join(Product, Product.id == PriceProposal.product_id)
        if state is not None:
            q = q.where(PriceProposal.state == state)
        views = [_view(row, product, lang) for row, product in s.execute(q.order_by(PriceProposal.id.desc()))]
    views.sort(key=lambda v: -abs(v.effect.revenue_after - v.effect.revenue_before) if v.effect else 0.0)
    return views[:limit], len(views)


def get_proposal(db_url: str, proposal_id: int, lang: str = "en") -> ProposalView:
    with session_scope(db_url) as s:
        row = s.get(PriceProposal, proposal_id)
        if row is None:
            raise NotFound(f"no price proposal {proposal_id}")
        product = s.get(Product, row.product_id)
        assert product is not None  # a foreign key
        return _view(row, product, lang)


def _promo_active(s: Session, product_id: int, cfg: PricingSettings, today: dt.date) -> bool:
    latest = s.execute(
        select(DailySales.day, DailySales.promo)
        .where(
            DailySales.product_id == product_id,
            DailySales.day <= today,
            DailySales.day >= today - dt.timedelta(days=cfg.promo_active_days),
        )
        .order_by(DailySales.day.desc())
        .limit(1)
    ).first()
    return bool(latest and latest.promo)


def _attr(product: Product, key: str) -> Decimal | None:
    v = (product.attributes or {}).get(key)
    if isinstance(v, int | float | str) and not isinstance(v, bool):
        try:
            d = Decimal(str(v))
        except ArithmeticError:
            return None
        return d if d > 0 else None
    return None


def _pending(s: Session, proposal_id: int) -> tuple[PriceProposal, Product]:
    row = s.get(PriceProposal, proposal_id, with_for_update=True)
    if row is None:
        raise NotFound(f"no price proposal {proposal_id}")
    if row.state != ProposalState.PROPOSED:
        raise ProposalConflict(f"price proposal {proposal_id} is already {row.state.value}")
    product = s.get(Product, row.product_id)
    assert product is not None  # a foreign key
    return row, product


def approve(
    db_url: str, proposal_id: int, by: str, cfg: PricingSettings, today: dt.date | None = None, index: Any = None
) -> tuple[ProposalView, bool]:
    """Apply a pending proposal: the product's price (and variants priced like it) change, the proposal becomes
    ``applied``, and a ``price_changed`` event records who, when, from what to what. ``index``: the search index
    the caller owns, whose payload price is refreshed for the product. Returns the view and whether the index was
    refreshed (the DB change stands either way: shoppers are shown DB prices)."""
    today = today or _now().date()
    with session_scope(db_url) as s:
        row, product = _pending(s, proposal_id)
        if product.price != row.current_price:
            raise ProposalConflict(
                f"the price of {product.sku} changed since proposal {proposal_id} was made "
                f"({row.current_price} then, {product.price} now)",
                hint="run `shopkeeper pricing propose` again",
            )
        detail = _detail(row)
        # A proposal without its detail (made by hand) is held to the catalog cost or the assumed one.
        assumed = product.price * Decimal(repr(cfg.default_cost_ratio))
        cost = detail.cost if detail else (_attr(product, "cost") or assumed)
        facts = GuardFacts(
            current=product.price,
            cost=cost,
            price_floor=_attr(product, "price_floor"),
            price_ceiling=_attr(product, "price_ceiling"),
            promo_active=_promo_active(s, product.id, cfg, today),
        )
        broken = violations(row.proposed_price, facts, cfg)
        if broken:
            raise ProposalConflict(f"proposal {proposal_id} would now break the guardrails: {', '.join(broken)}")
        old = product.price
        product.price = row.proposed_price
        for v in s.scalars(select(Variant).where(Variant.product_id == product.id, Variant.price == old)):
            v.price = row.proposed_price
        row.state = ProposalState.APPLIED
        row.decided_by = by
        row.decided_at = _now()
        _event(
            s,
            "price_changed",
            product.id,
            {
                "proposal_id": row.id,
                "old": str(old),
                "new": str(row.proposed_price),
                "by": by,
                "kind": detail.kind if detail else "manual",
            },
        )
        s.flush()
        view = _view(row, product, "en")
    log.info("price of %s changed %s -> %s by %s (proposal %d)", view.sku, old, view.proposed_price, by, proposal_id)
    if index is None:
        return view, False
    try:
        refresh_index_price(db_url, index, product.id)
    except ShopkeeperError as exc:  # the price is applied; the payload catches up at the next `shopkeeper index`
        log.warning("index payload of %s not refreshed: %s", view.sku, exc)
        return view, False
    return view, True


def reject(db_url: str, proposal_id: int, by: str, note: str = "") -> ProposalView:
    with session_scope(db_url) as s:
        row, product = _pending(s, proposal_id)
        row.state = ProposalState.REJECTED
        row.decided_by = by
        row.decided_at = _now()
        _event(s, "price_proposal_rejected", product.id, {"proposal_id": row.id, "by": by, "note": note[:500]})
        s.flush()
        return _view(row, product, "en")


def refresh_index_price(db_url: str, index: Any, product_id: int) -> None:
    """Set the product's price (and stamp, so the next incremental build sees nothing left to do) in the index."""
    from knowledge.indexing import read_products

    for batch in read_products(db_url, ids=[product_id]):
        index.set_payload({p.id: {"price": p.price, "stamp": p.stamp} for p in batch})
