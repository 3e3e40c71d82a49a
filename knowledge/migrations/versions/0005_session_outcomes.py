"""Outcomes per chat session for A/B experiments (turns, add-to-cart, hand-over), joined to the experiment
assignments. Additive: a new table only.

Revision ID: 0005_session_outcomes
Revises: 0004_demand_forecasts
Create Date: 2026-12-03 12:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_session_outcomes"
down_revision: str | None = "0004_demand_forecasts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "session_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=128), nullable=False),
        sa.Column("turns", sa.Integer(), nullable=False),
        sa.Column("cart_adds", sa.Integer(), nullable=False),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_outcomes")),
        sa.UniqueConstraint("subject", name=op.f("uq_session_outcomes_subject")),
    )


def downgrade() -> None:
    op.drop_table("session_outcomes")
