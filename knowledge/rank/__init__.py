"""Learned re-ranking of search candidates from both retrieval legs (BM25 sparse and dense).

- ``candidates``: the top products of each leg, with both legs' scores and ranks for every candidate.
- ``features``: one feature row per (query, candidate): leg scores and ranks, how the legs agree for this query,
  title coverage, phrase and number matches, fuzzy similarity, category and brand agreement, stock, popularity.
- ``priors``: each product's relevance in the labelled training queries (out of fold while fitting), the
  popularity signal of a store with judged or clicked queries; kept in the model file with a stamp of the store it
  was learned on, and not used on another.
- ``model``: a gradient-boosted tree ensemble stored as JSON (no pickle) and evaluated in NumPy.
- ``train``: labelled queries (WANDS format) -> feature rows -> a fitted model file; the query split.

When no model file is found, search keeps its index-side fusion (``SearchSettings.fusion``).

A model belongs to a catalog: ``shopkeeper rank train --dataset DIR`` fits one on the store's own labelled queries
(WANDS ``query.csv`` + ``label.csv`` naming products by their imported ids), checks it against the fusion on a
held-out part and installs it as ``<data_dir>/models/ranker.json``. No model is shipped in the package
(``default_ranker.json`` is the slot for one): the only labelled real queries here are the Home Depot set, whose
licence allows internal evaluation and training of ranking parameters but whose model learned English, title-only
home-improvement search; the demo store is multilingual with categories and attributes, and
``python -m evals search_homedepot`` trains and measures that model in its own scratch store instead.
"""
