"""The generated demo store (``shopkeeper demo``): a taxonomy that scales by combination, deterministic per seed."""

from knowledge.demo.build import DemoSummary, build_demo_store, is_demo_store, reset_store

__all__ = ["DemoSummary", "build_demo_store", "is_demo_store", "reset_store"]
