"""The generated demo store: coverage of the data every journey needs, internal consistency, determinism."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from knowledge.db import session_scope
from knowledge.demo import build_demo_store
from knowledge.schema import (
    Category,
    DailySales,
    Edge,
    Location,
    LocationKind,
    Lot,
    Order,
    OrderLine,
    OrderStatus,
    Policy,
    Product,
    ProductText,
    Stock,
    Variant,
)
from knowledge.store import complements, get_order, get_policies, get_product_cards, substitutes

CYRILLIC = re.compile(r"[а-яё]", re.I)
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_departments_categories_and_three_languages(demo_db_url):
    with session_scope(demo_db_url) as s:
        departments = s.scalars(select(Category.department).distinct()).all()
        assert len(departments) >= 8
        assert s.scalar(select(func.count()).select_from(Product)) == 300
        texts = s.execute(select(ProductText.product_id, ProductText.lang, ProductText.title)).all()
        by_lang: dict[str, dict[int, str]] = defaultdict(dict)
        for pid, lang, title in texts:
            by_lang[lang][pid] = title
        assert {lang: len(v) for lang, v in by_lang.items()} == {"en": 300, "ru": 300, "zh": 300}
        assert all(CYRILLIC.search(t) for t in by_lang["ru"].values())
        assert all(CJK.search(t) for t in by_lang["zh"].values())
        assert all(p.currency == "USD" and p.price > 0 for p in s.scalars(select(Product)))


def test_hiking_boots_cover_the_showcase_query(demo_db_url):
    with session_scope(demo_db_url) as s:
        ids = s.scalars(select(Product.id).join(Category).where(Category.path == "footwear/hiking-boots")).all()
        cards = get_product_cards(s, list(ids), "en")
    assert len(cards) >= 8
    assert {c.attributes["waterproof"] for c in cards} == {True, False}
    assert "leather" in {c.attributes["material"] for c in cards}
    prices = [c.price for c in cards]
    assert min(prices) >= 55 and max(prices) <= 250
    good = [c for c in cards if c.attributes["waterproof"] and c.price < 120 and c.in_stock]
    assert len(good) >= 2
    assert all("Hiking Boots" in c.title for c in cards)
    assert all(c.location and c.location.startswith("Aisle ") for c in cards)


def test_example_catalog_terms_exist(demo_db_url):
    with session_scope(demo_db_url) as s:
        paths = set(s.scalars(select(Category.path).join(Product, Product.category_id == Category.id)))
        sugar_free = s.scalars(select(Product.title).where(Product.title.like("%Sugar-Free%"))).all()
    for path in ("outdoor/tents", "apparel/jackets", "electronics/batteries", "electronics/headphones"):
        assert path in paths
    assert sugar_free, "sugar-free snacks are searchable"


def test_variants_have_sizes_of_their_product(demo_db_url):
    with session_scope(demo_db_url) as s:
        rows = s.execute(select(Variant.sku, Variant.attributes, Product.sku, Product.attributes).join(Product)).all()
    assert rows
    for vsku, vattrs, psku, pattrs in rows:
        assert vsku.startswith(psku + "-")
        assert vattrs["size"] in pattrs["sizes"]


def test_stock_has_gaps_mismatches_and_out_of_stock(demo_db_url):
    with session_scope(demo_db_url) as s:
        shelf = s.execute(
            select(Stock.product_id, Stock.qty_system, Stock.qty_shelf, Location.aisle, Location.shelf)
            .join(Location)
            .where(Location.kind == LocationKind.SHELF)
        ).all()
        backroom = dict(
            s.execute(
                select(Stock.product_id, Stock.qty_system).join(Location).where(Location.kind == LocationKind.BACKROOM)
            ).all()
        )
    assert len(shelf) == 300 and len(backroom) == 300
    assert {r.shelf for r in shelf} <= set("ABCDE")
    assert all(r.aisle.isdigit() for r in shelf)
    gaps = [r for r in shelf if r.qty_shelf == 0 and backroom[r.product_id] > 0]
    mismatches = [r for r in shelf if r.qty_shelf is not None and r.qty_shelf != r.qty_system]
    out = [r for r in shelf if r.qty_system == 0 and backroom[r.product_id] == 0]
    assert gaps and mismatches and out


def test_lots_only_for_perishables_with_expiry(demo_db_url):
    with session_scope(demo_db_url) as s:
        rows = s.execute(select(Lot.expires_on, Product.perishable).join(Product, Product.id == Lot.product_id)).all()
    assert rows
    assert all(perishable for _, perishable in rows)
    assert all(isinstance(d, dt.date) for d, _ in rows)


def test_orders_every_status_consistent_totals_and_dates(demo_db_url):
    with session_scope(demo_db_url) as s:
        orders = s.scalars(select(Order)).all()
        sums = dict(
            s.execute(
                select(OrderLine.order_id, func.sum(OrderLine.qty * OrderLine.unit_price)).group_by(OrderLine.order_id)
            ).all()
        )
    assert {o.status for o in orders} == set(OrderStatus)
    for o in orders:
        assert Decimal(str(sums[o.id])).quantize(Decimal("0.01")) == o.total
        shipped = o.status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.RETURNED)
        assert bool(o.tracking_number) == shipped and bool(o.carrier) == shipped
        if shipped:
            assert o.shipped_at is not None and o.expected_delivery is not None
            assert o.placed_at <= o.shipped_at and o.expected_delivery > o.shipped_at.date()
        if o.status in (OrderStatus.DELIVERED, OrderStatus.RETURNED):
            assert o.shipped_at is not None and o.delivered_at is not None
            assert o.shipped_at <= o.delivered_at
        else:
            assert o.delivered_at is None
        assert o.updated_at >= o.placed_at


def test_policies_text_states_the_structured_figures(demo_db_url):
    with session_scope(demo_db_url) as s:
        rows = s.scalars(select(Policy)).all()
        en = {p.key: p for p in get_policies(s, None, "en")}
        ru_returns = get_policies(s, "returns", "ru")
        fallback = get_policies(s, "delivery", "de")
    assert {(p.key, p.lang) for p in rows} >= {(k, lang) for k in en for lang in ("en", "ru", "zh")}
    assert en["returns"].fields["return_days"] == 30
    assert en["delivery"].fields["free_shipping_over"] == 50
    assert en["delivery"].fields["standard_days"] == [3, 5]
    assert en["warranty"].fields["warranty_months"] == 24
    assert en["returns.electronics"].category_path == "electronics"
    for p in rows:
        for value in p.fields.values():
            if isinstance(value, int | float) and not isinstance(value, bool):
                assert f"{value:g}" in p.body, (p.key, p.lang, value)
    assert all(p.lang == "ru" for p in ru_returns) and len(ru_returns) == 3
    assert fallback[0].lang == "en"


def test_graph_edges(demo_db_url):
    with session_scope(demo_db_url) as s:
        rels = Counter(s.scalars(select(Edge.rel)))
        boots = s.scalar(
            select(Product.id).join(Category).where(Category.path == "footwear/hiking-boots").order_by(Product.id)
        )
        assert boots is not None
        related = complements(s, boots, 3, "ru")
        subs = substitutes(s, boots, 3)
        bought = s.execute(select(Edge.src_id, Edge.dst_id, Edge.weight).where(Edge.rel == "bought_with")).all()
        lines = s.execute(select(OrderLine.order_id, OrderLine.product_id)).all()
    assert {"in", "complements", "substitute_of", "applies_to", "bought_with"} <= set(rels)
    assert related and all(r.reason for r in related)
    assert any(CYRILLIC.search(r.card.title) for r in related)
    assert all(r.card.product_id != boots for r in related + subs)
    baskets = defaultdict(set)
    for oid, pid in lines:
        baskets[oid].add(pid)
    for a, b, w in bought[:50]:
        assert w == sum(1 for basket in baskets.values() if {a, b} <= basket)


def test_daily_sales_seasonality_and_promotions(demo_db_url):
    with session_scope(demo_db_url) as s:
        rows = s.execute(
            select(DailySales.day, DailySales.units, DailySales.revenue, DailySales.promo, Product.price).join(Product)
        ).all()
    assert rows
    days = {r.day for r in rows}
    assert len(days) == 60
    by_dow: Counter[int] = Counter()
    for r in rows:
        by_dow[r.day.weekday()] += r.units
    assert by_dow[5] > by_dow[1]  # Saturday sells more than Tuesday
    promo = [r for r in rows if r.promo]
    assert promo and all(r.revenue < r.units * r.price for r in promo)
    assert all(r.revenue == r.units * r.price for r in rows if not r.promo)


def test_store_helpers_order_and_fallbacks(demo_db_url):
    with session_scope(demo_db_url) as s:
        cards = get_product_cards(s, [5, 3, 999999, 5], "xx")
        detailed = get_product_cards(s, [5], "zh", details=True)
        order = get_order(s, 1001, "ru")
        assert get_order(s, 1, "en") is None
    assert [c.product_id for c in cards] == [5, 3]
    assert cards[0].title and not CYRILLIC.search(cards[0].title)  # unknown language: English
    assert CJK.search(detailed[0].description)
    assert order is not None and order.lines and order.total == sum(li.qty * li.unit_price for li in order.lines)


def test_deterministic_for_a_seed(tmp_path):
    day = dt.date(2026, 6, 1)

    def snapshot(url):
        with session_scope(url) as s:
            products = s.execute(select(Product.title, Product.price, Product.attributes).order_by(Product.id)).all()
            sales = s.scalar(select(func.sum(DailySales.units)))
            orders = s.execute(select(Order.status, Order.total, Order.tracking_number).order_by(Order.id)).all()
        return products, sales, orders

    a = build_demo_store(f"sqlite:///{tmp_path / 'a.db'}", seed=3, products=80, sales_days=10, today=day)
    b = build_demo_store(f"sqlite:///{tmp_path / 'b.db'}", seed=3, products=80, sales_days=10, today=day)
    c = build_demo_store(f"sqlite:///{tmp_path / 'c.db'}", seed=4, products=80, sales_days=10, today=day)
    assert a.model_dump(exclude={"db_url", "seconds", "stage_seconds"}) == b.model_dump(
        exclude={"db_url", "seconds", "stage_seconds"}
    )
    assert snapshot(f"sqlite:///{tmp_path / 'a.db'}") == snapshot(f"sqlite:///{tmp_path / 'b.db'}")
    assert snapshot(f"sqlite:///{tmp_path / 'a.db'}") != snapshot(f"sqlite:///{tmp_path / 'c.db'}")
    assert c.products == 80


def test_rebuild_replaces_the_store_and_caps_sales(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    build_demo_store(url, products=60, sales_days=5)
    summary = build_demo_store(url, products=90, sales_days=5, sales_products=10)
    with session_scope(url) as s:
        assert s.scalar(select(func.count()).select_from(Product)) == 90
        assert (s.scalar(select(func.count(func.distinct(DailySales.product_id)))) or 0) <= 10
    assert summary.sales_products == 10


@pytest.mark.parametrize("products", [1, 12])
def test_tiny_stores_still_build(tmp_path, products):
    summary = build_demo_store(f"sqlite:///{tmp_path / 'tiny.db'}", products=products, sales_days=3)
    assert summary.products == products
    assert set(summary.orders_by_status) == {s.value for s in OrderStatus}
