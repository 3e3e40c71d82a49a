"""Learned re-ranking of search candidates from both retrieval legs (BM25 sparse and dense).

- ``candidates``: the top products of each leg, with both legs' scores and ranks for every candidate.
- ``features``: one feature row per (query, candidate): leg scores and ranks, how the legs agree for this query,
  title coverage, phrase and number matches, fuzzy similarity, category and brand agreement, stock, popularity.
- ``model``: a gradient-boosted tree ensemble stored as JSON (no pickle) and evaluated in NumPy.
- ``train``: labelled queries (WANDS format) -> feature rows -> a fitted model file; the query split.

When no model file is found, search keeps its index-side fusion (``SearchSettings.fusion``).
"""
