"""Alembic environment of the store schema; run it through ``knowledge.migrate.upgrade``."""
