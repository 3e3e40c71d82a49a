"""The store schema (DESIGN §4), SQLAlchemy 2 declarative models. Alembic migrations are generated from these."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so Alembic migrations work the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(12, 2)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, Decimal: Money}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class OrderStatus(enum.StrEnum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    RETURNED = "returned"
    CANCELLED = "cancelled"


class TaskKind(enum.StrEnum):
    RESTOCK = "restock"
    COUNT = "count"
    PRICE_CHANGE = "price_change"


class TaskState(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"  # reported done by staff
    VERIFIED = "verified"  # completion checked against stock or shelf camera
    FAILED = "failed"  # check found it not done


class ProposalState(enum.StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"
    APPLIED = "applied"


class LocationKind(enum.StrEnum):
    SHELF = "shelf"
    BACKROOM = "backroom"
    WAREHOUSE = "warehouse"


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Slash-separated slug path, e.g. "outdoor/footwear/hiking-boots"; unique and stable across imports.
    path: Mapped[str] = mapped_column(String(400), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    department: Mapped[str] = mapped_column(String(100), index=True)
    # Localized display names: {"en": "Hiking boots", "ru": "Треккинговые ботинки", "zh": "登山靴"}.
    names: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("source", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    # Where the row came from ("demo", "csv", "shopify", "wands") and its id there: re-imports update, not duplicate.
    source: Mapped[str] = mapped_column(String(32), default="demo")
    external_id: Mapped[str] = mapped_column(String(128))
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="en")  # language of title/description above
    brand: Mapped[str | None] = mapped_column(String(120), index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    # Typed attribute bag: {"waterproof": true, "material": "leather", "size": ["40", "41"], "wattage": 60}.
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    price: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    image_url: Mapped[str | None] = mapped_column(String(1000))
    rating: Mapped[float | None] = mapped_column(Float)
    review_count: Mapped[int] = mapped_column(Integer, default=0)
    perishable: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now, index=True)

    category: Mapped[Category | None] = relationship()
    texts: Mapped[list[ProductText]] = relationship(back_populates="product", cascade="all, delete-orphan")
    variants: Mapped[list[Variant]] = relationship(back_populates="product", cascade="all, delete-orphan")
    stock: Mapped[list[Stock]] = relationship(back_populates="product", cascade="all, delete-orphan")


class ProductText(Base):
    """Title and description in one language (en/ru/zh...), for display and cross-lingual retrieval."""

    __tablename__ = "product_texts"
    __table_args__ = (UniqueConstraint("product_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")

    product: Mapped[Product] = relationship(back_populates="texts")


class Variant(Base):
    __tablename__ = "variants"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(80), unique=True)
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"size": "42", "colour": "blue"}
    price: Mapped[Decimal | None] = mapped_column(Money)  # None: the product's price

    product: Mapped[Product] = relationship(back_populates="variants")


class Location(Base):
    """A place stock can be: a shelf position in an aisle (the planogram), the backroom, a warehouse."""

    __tablename__ = "locations"
    __table_args__ = (UniqueConstraint("store", "aisle", "shelf", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store: Mapped[str] = mapped_column(String(64), default="main")
    kind: Mapped[LocationKind] = mapped_column(Enum(LocationKind, native_enum=False), default=LocationKind.SHELF)
    aisle: Mapped[str] = mapped_column(String(16))
    shelf: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str | None] = mapped_column(String(120))  # "Aisle 4 · Batteries"


class Stock(Base):
    """Stock of a product (optionally a variant) at a location: what the system believes and what the shelf shows."""

    __tablename__ = "stock"
    __table_args__ = (UniqueConstraint("product_id", "variant_id", "location_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id", ondelete="CASCADE"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), index=True)
    qty_system: Mapped[int] = mapped_column(Integer, default=0)
    qty_shelf: Mapped[int | None] = mapped_column(Integer)  # last counted or seen by camera; None: never checked
    facings: Mapped[int] = mapped_column(Integer, default=1)  # planogram: how many faces on the shelf
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    reorder_point: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    product: Mapped[Product] = relationship(back_populates="stock")
    location: Mapped[Location] = relationship()


class Lot(Base):
    """A batch of a perishable product with its expiry date."""

    __tablename__ = "lots"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    code: Mapped[str] = mapped_column(String(64))
    qty: Mapped[int] = mapped_column(Integer, default=0)
    expires_on: Mapped[dt.date] = mapped_column(Date, index=True)


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200), unique=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8), default="en")
    city: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)  # the order number a shopper quotes ("order 1042")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    status: Mapped[OrderStatus] = mapped_column(Enum(OrderStatus, native_enum=False), index=True)
    placed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    total: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    carrier: Mapped[str | None] = mapped_column(String(64))
    tracking_number: Mapped[str | None] = mapped_column(String(64))
    shipped_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    expected_delivery: Mapped[dt.date | None] = mapped_column(Date)
    delivery_city: Mapped[str | None] = mapped_column(String(120))

    customer: Mapped[Customer | None] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(back_populates="order", cascade="all, delete-orphan")


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id"))
    qty: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money)

    order: Mapped[Order] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()


class Policy(Base):
    """A store policy (returns, delivery, warranty...) as text plus the structured figures the text states."""

    __tablename__ = "policies"
    __table_args__ = (UniqueConstraint("key", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64))  # "returns", "returns.electronics", "delivery", "warranty"
    kind: Mapped[str] = mapped_column(String(32), index=True)  # returns | delivery | warranty | store_info
    lang: Mapped[str] = mapped_column(String(8), default="en")
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    # {"return_days": 30, "free_shipping_over": 50, "standard_days": [3, 5], "warranty_months": 24}
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))


class SupportRequestKind(enum.StrEnum):
    RETURN = "return"
    WARRANTY = "warranty"
    CANCELLATION = "cancellation"


class SupportRequest(Base):
    """An after-sales action taken for a shopper on a proved order: a return request, a warranty claim or a
    cancellation. The ``reference`` is what the shopper is told and quotes later; ``decision`` keeps the figures
    the eligibility was computed from (window, days since delivery, the policy's key), so staff see why."""

    __tablename__ = "support_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[SupportRequestKind] = mapped_column(Enum(SupportRequestKind, native_enum=False), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | done | rejected (by staff)
    lines: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"items": [{"product_id", "title", "qty"}]}
    reason: Mapped[str] = mapped_column(Text, default="")  # the shopper's words, personal data masked
    policy_key: Mapped[str | None] = mapped_column(String(64))
    decision: Mapped[dict[str, Any]] = mapped_column(default=dict)
    session_id: Mapped[str | None] = mapped_column(String(200), index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Task(Base):
    """Work for staff (restock, count, price change) whose completion is checked, not just reported."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[TaskKind] = mapped_column(Enum(TaskKind, native_enum=False), index=True)
    state: Mapped[TaskState] = mapped_column(Enum(TaskState, native_enum=False), default=TaskState.OPEN, index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[str] = mapped_column(String(64), default="assistant")
    assignee: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class StoreEvent(Base):
    """Something that happened: shelf gap seen, stock mismatch, price changed, escalation."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(48), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)


class PriceProposal(Base):
    __tablename__ = "price_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    current_price: Mapped[Decimal] = mapped_column(Money)
    proposed_price: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[ProposalState] = mapped_column(
        Enum(ProposalState, native_enum=False), default=ProposalState.PROPOSED
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Experiment(Base):
    __tablename__ = "experiments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    variants: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"A": {...}, "B": {...}}
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class ExperimentAssignment(Base):
    __tablename__ = "experiment_assignments"
    __table_args__ = (UniqueConstraint("experiment_id", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(ForeignKey("experiments.id", ondelete="CASCADE"))
    subject: Mapped[str] = mapped_column(String(128))  # session or customer id
    variant: Mapped[str] = mapped_column(String(32))
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class SessionOutcome(Base):
    """What happened in one chat session, for A/B experiments (tools/experiments): joined to its assignments."""

    __tablename__ = "session_outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(128), unique=True)  # the session id
    turns: Mapped[int] = mapped_column(Integer, default=0)
    cart_adds: Mapped[int] = mapped_column(Integer, default=0)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    first_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    last_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Edge(Base):
    """Knowledge-graph edge, traversed with SQL: complements, substitute_of, in, applies_to, bought_with."""

    __tablename__ = "edges"
    __table_args__ = (
        UniqueConstraint("src_kind", "src_id", "rel", "dst_kind", "dst_id"),
        Index("ix_edges_src", "src_kind", "src_id", "rel"),
        Index("ix_edges_dst", "dst_kind", "dst_id", "rel"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    src_kind: Mapped[str] = mapped_column(String(16))  # product | category | policy
    src_id: Mapped[int] = mapped_column(Integer)
    rel: Mapped[str] = mapped_column(String(32))
    dst_kind: Mapped[str] = mapped_column(String(16))
    dst_id: Mapped[int] = mapped_column(Integer)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    reason: Mapped[str | None] = mapped_column(String(300))  # why, shown to shoppers: "keeps the tent dry"
    # The evidence behind a derived edge (knowledge.graph): {"orders": 12, "support": 0.01, "confidence": 0.3,
    # "lift": 4.2} for bought_with, {"matched": {"waterproof": true}} for complements; reasons are built from it.
    props: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=dict)


class DailySales(Base):
    __tablename__ = "daily_sales"
    __table_args__ = (UniqueConstraint("product_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    units: Mapped[int] = mapped_column(Integer)
    revenue: Mapped[Decimal] = mapped_column(Money)
    promo: Mapped[bool] = mapped_column(Boolean, default=False)


class ImportRun(Base):
    """One import of a file: what came in, what was rejected and why (nothing is dropped silently)."""

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(32))
    path: Mapped[str] = mapped_column(String(1000))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    inserted: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"rows": [{"line": 12, "reason": "..."}]}


class DemandForecast(Base):
    """Forecast daily demand of a product in a store (``shopkeeper forecast``), with its prediction intervals.

    A new forecast run replaces the rows of the days it covers, so the table holds one current forecast per day.
    """

    __tablename__ = "demand_forecasts"
    __table_args__ = (UniqueConstraint("store", "product_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store: Mapped[str] = mapped_column(String(64), default="main")
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    model: Mapped[str] = mapped_column(String(32))  # the model chosen for this series ("AutoETS", "TSB", ...)
    mean: Mapped[float] = mapped_column(Float)
    lo80: Mapped[float] = mapped_column(Float)
    hi80: Mapped[float] = mapped_column(Float)
    lo95: Mapped[float] = mapped_column(Float)
    hi95: Mapped[float] = mapped_column(Float)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class IncomingStock(Base):
    """Stock on its way to a store (a purchase order or transfer) and the day it is expected."""

    __tablename__ = "incoming_stock"

    id: Mapped[int] = mapped_column(primary_key=True)
    store: Mapped[str] = mapped_column(String(64), default="main")
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    qty: Mapped[int] = mapped_column(Integer)
    expected_on: Mapped[dt.date] = mapped_column(Date, index=True)
    reference: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
