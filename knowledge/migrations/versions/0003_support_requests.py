"""After-sales actions taken for shoppers: return requests, warranty claims and cancellations, each with the
reference the shopper is told. Additive: a new table only.

Revision ID: 0003_support_requests
Revises: 0002_edge_props
Create Date: 2026-12-02 18:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_support_requests"
down_revision: str | None = "0002_edge_props"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "support_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("RETURN", "WARRANTY", "CANCELLATION", name="supportrequestkind", native_enum=False),
            nullable=False,
        ),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("policy_key", sa.String(length=64), nullable=True),
        sa.Column("decision", sa.JSON(), nullable=False),
        sa.Column("session_id", sa.String(length=200), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_support_requests_order_id_orders")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_requests")),
        sa.UniqueConstraint("reference", name=op.f("uq_support_requests_reference")),
    )
    with op.batch_alter_table("support_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_support_requests_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_support_requests_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_support_requests_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("support_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_requests_session_id"))
        batch_op.drop_index(batch_op.f("ix_support_requests_order_id"))
        batch_op.drop_index(batch_op.f("ix_support_requests_kind"))
    op.drop_table("support_requests")
