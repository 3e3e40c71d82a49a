"""Edges carry the evidence they were derived from (``props`` JSON): support, confidence and lift of co-purchase,
the attributes a complement matches. Additive: existing edges get NULL, read as no evidence.

Revision ID: 0002_edge_props
Revises: 0001
Create Date: 2026-12-02 15:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_edge_props"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("edges", schema=None) as batch_op:
        batch_op.add_column(sa.Column("props", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("edges", schema=None) as batch_op:
        batch_op.drop_column("props")
