"""Demand forecasts per store, product and day (with 80/95 prediction intervals) and incoming stock.
Additive: new tables only.

Revision ID: 0004_demand_forecasts
Revises: 0003_support_requests
Create Date: 2026-12-02 19:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_demand_forecasts"
down_revision: str | None = "0003_support_requests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "demand_forecasts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store", sa.String(length=64), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("model", sa.String(length=32), nullable=False),
        sa.Column("mean", sa.Float(), nullable=False),
        sa.Column("lo80", sa.Float(), nullable=False),
        sa.Column("hi80", sa.Float(), nullable=False),
        sa.Column("lo95", sa.Float(), nullable=False),
        sa.Column("hi95", sa.Float(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_demand_forecasts_product_id_products"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demand_forecasts")),
        sa.UniqueConstraint("store", "product_id", "day", name=op.f("uq_demand_forecasts_store")),
    )
    with op.batch_alter_table("demand_forecasts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_demand_forecasts_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_demand_forecasts_product_id"), ["product_id"], unique=False)
    op.create_table(
        "incoming_stock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store", sa.String(length=64), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("expected_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_incoming_stock_product_id_products"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incoming_stock")),
    )
    with op.batch_alter_table("incoming_stock", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incoming_stock_expected_on"), ["expected_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_incoming_stock_product_id"), ["product_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("incoming_stock", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incoming_stock_product_id"))
        batch_op.drop_index(batch_op.f("ix_incoming_stock_expected_on"))
    op.drop_table("incoming_stock")
    with op.batch_alter_table("demand_forecasts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_demand_forecasts_product_id"))
        batch_op.drop_index(batch_op.f("ix_demand_forecasts_day"))
    op.drop_table("demand_forecasts")
