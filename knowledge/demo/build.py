"""Build the demo store: migrate a fresh database and fill it, stage by stage, with SQLAlchemy Core bulk inserts."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Connection, MetaData, Table, func, insert, select, text
from sqlalchemy.engine import make_url

from knowledge.db import get_engine
from knowledge.demo.catalog import CategoryRow, ProductRow, build_categories, build_products
from knowledge.demo.floor import build_floor
from knowledge.demo.graph import build_edges, complement_map
from knowledge.demo.people import build_customers, build_orders
from knowledge.demo.policies import policy_rows
from knowledge.demo.sales import daily_sales
from knowledge.migrate import upgrade
from knowledge.schema import (
    Base,
    ImportRun,
    Product,
)

CHUNK = 20_000
DEFAULT_SALES_PRODUCTS = 5_000


class DemoSummary(BaseModel):
    """What ``build_demo_store`` wrote: counts per table, and how long it took."""

    db_url: str
    seed: int
    today: dt.date
    categories: int = 0
    products: int = 0
    product_texts: int = 0
    variants: int = 0
    locations: int = 0
    stock_rows: int = 0
    lots: int = 0
    customers: int = 0
    orders: int = 0
    order_lines: int = 0
    orders_by_status: dict[str, int] = Field(default_factory=dict)
    policies: int = 0
    edges: int = 0
    daily_sales: int = 0
    sales_products: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = Field(default_factory=dict)


def reset_store(db_url: str) -> None:
    """Start from nothing: a SQLite file is deleted; on other databases every store table is dropped.

    The demo store is always rebuilt from scratch, never merged into an existing one (the CLI refuses to do this to
    a store holding imported data unless told ``--force``).
    """
    url = make_url(db_url)
    engine = get_engine(db_url)
    engine.dispose()  # no pooled connection may keep the old file alive
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(url.database + suffix).unlink(missing_ok=True)
        return
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        existing = MetaData()
        existing.reflect(conn, only=lambda name, _: name == "alembic_version")
        existing.drop_all(conn)


def is_demo_store(db_url: str) -> bool | None:
    """None: no store there yet; True: only demo data; False: holds imported or other non-demo products."""
    from knowledge.db import store_exists

    if not store_exists(db_url):
        return None
    with get_engine(db_url).connect() as conn:
        foreign = conn.scalar(select(func.count()).select_from(Product).where(Product.source != "demo"))
        imports = conn.scalar(select(func.count()).select_from(ImportRun))
        demo = conn.scalar(select(func.count()).select_from(Product).where(Product.source == "demo"))
    if foreign or imports:
        return False
    return bool(demo) or None


class _Stages:
    """A Rich progress bar per stage when asked for, and stage timings always."""

    def __init__(self, show: bool) -> None:
        self.show = show
        self.seconds: dict[str, float] = {}
        self._progress: Any = None

    def __enter__(self) -> _Stages:
        if self.show:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()
            )
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    @contextmanager
    def stage(self, name: str, total: int) -> Iterator[Callable[[int], None]]:
        task = self._progress.add_task(name, total=max(total, 1)) if self._progress is not None else None
        started = time.perf_counter()

        def advance(n: int) -> None:
            if task is not None:
                self._progress.advance(task, n)

        yield advance
        if task is not None:
            self._progress.update(task, completed=max(total, 1))
        self.seconds[name] = round(time.perf_counter() - started, 3)


def _insert(conn: Connection, table: Table, rows: Iterable[dict[str, Any]], advance: Callable[[int], None]) -> int:
    """executemany in chunks: one statement per chunk, no ORM objects."""
    n = 0
    buf: list[dict[str, Any]] = []
    for row in rows:
        buf.append(row)
        if len(buf) >= CHUNK:
            conn.execute(insert(table), buf)
            n += len(buf)
            advance(len(buf))
            buf = []
    if buf:
        conn.execute(insert(table), buf)
        n += len(buf)
        advance(len(buf))
    return n


def _product_rows(products: list[ProductRow], now: dt.datetime) -> Iterator[dict[str, Any]]:
    for p in products:
        title, description = p.texts["en"]
        yield {
            "id": p.id,
            "sku": p.sku,
            "source": "demo",
            "external_id": p.sku,
            "title": title,
            "description": description,
            "language": "en",
            "brand": p.brand,
            "category_id": p.category.id,
            "attributes": p.attributes,
            "price": p.price,
            "currency": "USD",
            "image_url": None,
            "rating": p.rating,
            "review_count": p.review_count,
            "perishable": p.perishable,
            "active": True,
            "created_at": now,
            "updated_at": now,
        }


def _text_rows(products: list[ProductRow]) -> Iterator[dict[str, Any]]:
    n = 0
    for p in products:
        for lang, (title, description) in p.texts.items():
            n += 1
            yield {"id": n, "product_id": p.id, "lang": lang, "title": title, "description": description}


def _variant_rows(products: list[ProductRow]) -> Iterator[dict[str, Any]]:
    n = 0
    for p in products:
        for size in p.sizes:
            n += 1
            yield {"id": n, "product_id": p.id, "sku": f"{p.sku}-{size}", "attributes": {"size": size}, "price": None}


def _category_rows(categories: list[CategoryRow]) -> list[dict[str, Any]]:
    return [
        {"id": c.id, "path": c.path, "parent_id": c.parent_id, "department": c.department, "names": c.names}
        for c in categories
    ]


def _sync_sequences(conn: Connection, tables: list[Table]) -> None:
    """Explicit ids were inserted; on PostgreSQL move each id sequence past them so later inserts work."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def build_demo_store(
    db_url: str,
    *,
    seed: int = 7,
    products: int = 3000,
    sales_days: int = 365,
    progress: bool = False,
    sales_products: int | None = None,
    today: dt.date | None = None,
) -> DemoSummary:
    """Build the demo store at ``db_url`` from scratch (see ``reset_store``), deterministic for ``seed`` and ``today``.

    ``sales_products``: how many products get daily sales (the first ones by id, which mix every category);
    default all of them up to 5,000, so a 50,000-product benchmark store stays quick to build.
    ``today``: the store's "now" (orders, expiry dates and sales end there); default the current UTC date.
    """
    started = time.perf_counter()
    today = today or dt.datetime.now(dt.UTC).date()
    now = dt.datetime.combine(today, dt.time(8, 0))
    n_sales = min(products, DEFAULT_SALES_PRODUCTS if sales_products is None else sales_products)
    summary = DemoSummary(db_url=db_url, seed=seed, today=today)

    reset_store(db_url)
    upgrade(db_url)

    categories = build_categories()
    catalog = build_products(categories, products, seed)
    floor = build_floor(catalog, seed, today)
    complements = complement_map(catalog, floor.total_qty, seed)
    customers = build_customers(max(40, min(3000, products // 6)), seed, today)
    people = build_orders(
        catalog,
        customers,
        max(60, min(20000, products // 3)),
        {pid: [q for q, _ in partners] for pid, partners in complements.items()},
        seed,
        today,
    )
    category_ids = {c.path: c.id for c in categories}
    policies, policy_edges = policy_rows(category_ids)
    edges = build_edges(categories, catalog, complements, people.bought_with) + policy_edges
    for i, e in enumerate(edges, 1):
        e["id"] = i

    names = (
        "categories",
        "products",
        "product_texts",
        "variants",
        "locations",
        "stock",
        "lots",
        "customers",
        "orders",
        "order_lines",
        "policies",
        "edges",
        "daily_sales",
    )
    t = {name: Base.metadata.tables[name] for name in names}
    engine = get_engine(db_url)
    with _Stages(progress) as stages, engine.begin() as conn:
        with stages.stage("categories", len(categories)) as adv:
            summary.categories = _insert(conn, t["categories"], _category_rows(categories), adv)
        with stages.stage("products", len(catalog)) as adv:
            summary.products = _insert(conn, t["products"], _product_rows(catalog, now), adv)
        with stages.stage("titles en/ru/zh", len(catalog) * 3) as adv:
            summary.product_texts = _insert(conn, t["product_texts"], _text_rows(catalog), adv)
        with stages.stage("variants", sum(len(p.sizes) for p in catalog)) as adv:
            summary.variants = _insert(conn, t["variants"], _variant_rows(catalog), adv)
        with stages.stage("planogram & stock", len(floor.locations) + len(floor.stock) + len(floor.lots)) as adv:
            summary.locations = _insert(conn, t["locations"], floor.locations, adv)
            summary.stock_rows = _insert(conn, t["stock"], floor.stock, adv)
            summary.lots = _insert(conn, t["lots"], floor.lots, adv)
        with stages.stage("customers & orders", len(customers) + len(people.orders) + len(people.lines)) as adv:
            summary.customers = _insert(conn, t["customers"], customers, adv)
            summary.orders = _insert(conn, t["orders"], people.orders, adv)
            summary.order_lines = _insert(conn, t["order_lines"], people.lines, adv)
            summary.orders_by_status = dict(Counter(o["status"].lower() for o in people.orders))
        with stages.stage("policies & graph", len(policies) + len(edges)) as adv:
            summary.policies = _insert(conn, t["policies"], policies, adv)
            summary.edges = _insert(conn, t["edges"], edges, adv)
        with stages.stage("daily sales", n_sales) as adv:

            def rows() -> Iterator[dict[str, Any]]:
                for product_rows in daily_sales(catalog[:n_sales], sales_days, seed, today):
                    adv(1)
                    yield from product_rows

            summary.daily_sales = _insert(conn, t["daily_sales"], rows(), lambda _n: None)
            summary.sales_products = n_sales if sales_days > 0 else 0
        _sync_sequences(conn, list(t.values()))
    summary.stage_seconds = stages.seconds
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary
