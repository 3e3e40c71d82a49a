"""Training the re-ranking model on labelled queries of the store's own catalog.

Input: a WANDS-format directory whose ``query.csv`` (query_id, query) and ``label.csv`` (query_id, product_id,
label: Exact / Partial / Irrelevant) name products by the id they had in the imported file (``external_id`` in the
store). The store must hold those products and be indexed. Each query goes through the same path as a hybrid
search up to the model (``SearchEngine.features``); the rows are the candidates of both legs, the target their
gain (Exact 1, Partial 0.5, anything else 0: unjudged candidates count as irrelevant, as in the metric).

Queries are split by a hash of their id (``split_of``), so the split is fixed, needs no stored list and does not
depend on file order; the validation part is only scored, never fitted or tuned on.
"""

from __future__ import annotations

import csv
import hashlib
import math
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.rank.features import FEATURES, Matrix
from knowledge.rank.model import RankModel
from knowledge.rank.priors import ProductPrior, out_of_fold
from shopkeeper.errors import DataError

GAIN = {"Exact": 1.0, "Partial": 0.5, "Irrelevant": 0.0}
Split = Literal["train", "validation"]


def split_of(query_id: int | str, validation_share: float = 0.2) -> Split:
    """A query's fixed part: the first 8 bytes of blake2b of its id, as a fraction, against the share."""
    h = int.from_bytes(hashlib.blake2b(f"query:{query_id}".encode(), digest_size=8).digest(), "big")
    return "validation" if h / 2**64 < validation_share else "train"


@dataclass
class LabelledQuery:
    id: int
    text: str
    gains: dict[int, float] = field(default_factory=dict)  # store product id -> gain (judged products only)


def read_labelled(directory: Path, id_map: dict[str, int]) -> list[LabelledQuery]:
    """Queries with every judged product (Irrelevant too: judged@k counts them), mapped to store ids."""
    qfile, lfile = directory / "query.csv", directory / "label.csv"
    for f in (qfile, lfile):
        if not f.is_file():
            raise DataError(f"{f} not found", hint="a labelled set needs query.csv and label.csv (WANDS format)")
    queries: dict[int, LabelledQuery] = {}
    with qfile.open(encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            queries[int(row["query_id"])] = LabelledQuery(int(row["query_id"]), row["query"])
    with lfile.open(encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            q = queries.get(int(row["query_id"]))
            pid = id_map.get(str(row["product_id"]).strip())
            if q is not None and pid is not None:
                q.gains[pid] = GAIN.get(row["label"].strip(), 0.0)
    return [q for q in queries.values() if q.gains and q.text.strip()]


def store_ids(db_url: str, source: str | None = None) -> dict[str, int]:
    """External id (as imported) -> store product id."""
    from knowledge.schema import Product

    q = select(Product.external_id, Product.id)
    if source:
        q = q.where(Product.source == source)
    with session_scope(db_url) as s:
        return {str(ext): int(pid) for ext, pid in s.execute(q)}


def ndcg(ranked: list[int], gains: dict[int, float], k: int = 10) -> float:
    """nDCG@k with linear gains; the ideal ordering is over every judged product of the query."""
    dcg = sum(gains.get(pid, 0.0) / math.log2(i + 2) for i, pid in enumerate(ranked[:k]))
    ideal = sorted(gains.values(), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


@dataclass
class Rows:
    x: Matrix
    y: npt.NDArray[np.float64]
    group: npt.NDArray[np.int64]  # position of the row's query in ``queries``
    ids: list[int]
    queries: list[int]  # query ids, in order

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, x=self.x, y=self.y, group=self.group, ids=np.asarray(self.ids, dtype=np.int64),
                            queries=np.asarray(self.queries, dtype=np.int64))

    @classmethod
    def load(cls, path: Path) -> Rows:
        d = np.load(path)
        return cls(d["x"], d["y"], d["group"], [int(v) for v in d["ids"]], [int(v) for v in d["queries"]])


Featurizer = Callable[[str], tuple[list[int], Matrix]]


def collect(featurize_query: Featurizer, queries: Iterable[LabelledQuery],
            progress: Callable[[int], None] | None = None) -> Rows:
    """Feature rows for every candidate of every query (``featurize_query``: query text -> ids and rows)."""
    xs: list[Matrix] = []
    ys: list[npt.NDArray[np.float64]] = []
    groups: list[npt.NDArray[np.int64]] = []
    ids: list[int] = []
    qids: list[int] = []
    for n, q in enumerate(queries):
        cand, x = featurize_query(q.text)
        xs.append(x)
        ys.append(np.array([q.gains.get(pid, 0.0) for pid in cand], dtype=np.float64))
        groups.append(np.full(len(cand), len(qids), dtype=np.int64))
        ids += cand
        qids.append(q.id)
        if progress:
            progress(n + 1)
    if not xs:
        return Rows(np.zeros((0, len(FEATURES))), np.zeros(0), np.zeros(0, dtype=np.int64), [], [])
    return Rows(np.vstack(xs), np.concatenate(ys), np.concatenate(groups), ids, qids)


@dataclass
class FitParams:
    max_iter: int = 150
    learning_rate: float = 0.08
    max_leaf_nodes: int = 15
    max_depth: int = 6  # bounds the steps of scoring (one per level) as well as overfitting
    min_samples_leaf: int = 40
    l2_regularization: float = 1.0
    negatives_per_query: int = 60  # unjudged candidates kept per query (all judged ones are kept)
    seed: int = 0
    prior: bool = True  # learn from each product's relevance in the training queries (knowledge.rank.priors)
    prior_smoothing: float = 5.0
    prior_folds: int = 5


def _sample(rows: Rows, keep_negatives: int, seed: int) -> npt.NDArray[np.int64]:
    """Row indices: every row with a gain and up to ``keep_negatives`` others per query (a random sample)."""
    rng = random.Random(seed)
    out: list[int] = []
    for a, b in bounds(rows):
        pos = [i for i in range(a, b) if rows.y[i] > 0]
        neg = [i for i in range(a, b) if rows.y[i] <= 0]
        if pos:  # a query with no relevant candidate teaches nothing about order
            out += pos + (rng.sample(neg, keep_negatives) if len(neg) > keep_negatives else neg)
    return np.asarray(out, dtype=np.int64)


def fit(rows: Rows, params: FitParams | None = None, meta: dict[str, Any] | None = None,
        db_url: str | None = None) -> RankModel:
    """A gradient-boosted regression of gain on features, exported to a ``RankModel`` (export checked)."""
    from sklearn.ensemble import HistGradientBoostingRegressor

    p = params or FitParams()
    idx = _sample(rows, p.negatives_per_query, p.seed)
    if len(idx) == 0 or not np.any(rows.y[idx] > 0):
        raise DataError("no labelled product was found among the search candidates",
                        hint="check that label.csv names products of this store and that the index is built")
    est = HistGradientBoostingRegressor(
        max_iter=p.max_iter, learning_rate=p.learning_rate, max_leaf_nodes=p.max_leaf_nodes,
        max_depth=p.max_depth, min_samples_leaf=p.min_samples_leaf, l2_regularization=p.l2_regularization,
        early_stopping=False, random_state=p.seed,
    )
    x = rows.x
    prior = None
    if p.prior:
        # Out of fold for the rows fitted on; the model keeps the table from every training query.
        query_of_row = [rows.queries[g] for g in rows.group.tolist()]
        x = np.hstack([rows.x, out_of_fold(rows.ids, rows.y, query_of_row, folds=p.prior_folds,
                                           smoothing=p.prior_smoothing)])
        prior = ProductPrior.of(rows.ids, rows.y, smoothing=p.prior_smoothing)
        if db_url is not None:
            prior.stamp(db_url)  # the ids are this store's: another store must not read them
    t0 = time.perf_counter()
    est.fit(x[idx], rows.y[idx])
    fit_s = round(time.perf_counter() - t0, 1)
    info = {"rows": int(len(idx)), "queries": len(set(rows.group[idx].tolist())), "fit_s": fit_s,
            "params": dict(p.__dict__), **(meta or {})}
    model = RankModel.from_sklearn(est, info, prior)
    check = x[idx[: 5000]]
    if not np.allclose(model.score(check), est.predict(check), atol=1e-6):
        raise RuntimeError("the exported ranking model disagrees with scikit-learn's predictions")
    return model


def bounds(rows: Rows) -> list[tuple[int, int]]:
    """(start, end) of each query's rows (rows of a query are contiguous, queries in order)."""
    edges = np.searchsorted(rows.group, np.arange(len(rows.queries) + 1))
    return [(int(edges[i]), int(edges[i + 1])) for i in range(len(rows.queries))]


def rank_by(rows: Rows, scores: npt.NDArray[np.float64]) -> dict[int, list[int]]:
    """Query id -> candidate ids ordered by ``scores`` (ties keep the candidate order)."""
    out: dict[int, list[int]] = {}
    for qid, (a, b) in zip(rows.queries, bounds(rows), strict=True):
        order = a + np.argsort(-scores[a:b], kind="stable")
        out[qid] = [rows.ids[i] for i in order]
    return out


@dataclass
class TrainResult:
    path: Path  # where the model was written (``*.candidate.json`` when it was not installed)
    installed: bool
    train_queries: int
    validation_queries: int
    ndcg10_fusion: float | None  # validation nDCG@10 of hybrid search without the model
    ndcg10_learned: float | None
    model: RankModel


def train_for_store(settings: Any, services: Any, dataset: Path, *, out: Path | None = None,
                    validation_share: float = 0.2, source: str | None = None, force: bool = False,
                    progress: Callable[[int, int], None] | None = None) -> TrainResult:
    """Fit a model on the train part of ``dataset``'s labelled queries against this store's index, compare it
    with the fusion on the validation part, and install it (``<data_dir>/models/ranker.json`` or ``out``) unless it
    is worse there (then it is left beside as ``*.candidate.json``; ``force`` installs it anyway)."""
    from knowledge.search import SearchEngine, SearchRequest

    def engine(ranker: str) -> SearchEngine:
        s = settings.model_copy(update={"search": settings.search.model_copy(update={"ranker": ranker})})
        return SearchEngine(s, services)

    queries = read_labelled(dataset, store_ids(settings.db_url, source))
    if not queries:
        raise DataError(f"no labelled query in {dataset} names a product of this store",
                        hint="import the catalog first; label.csv names products by the product_id of that import")
    train = [q for q in queries if split_of(q.id, validation_share) == "train"]
    valid = [q for q in queries if split_of(q.id, validation_share) == "validation"]
    if not train:
        raise DataError("every labelled query fell in the validation part", hint="lower --validation-share")
    base = engine("off")
    rows = collect(lambda text: base.features(SearchRequest(text, mode="hybrid")), train,
                   (lambda n: progress(n, len(train))) if progress else None)
    model = fit(rows, meta={"trained_on": str(dataset.name), "train_queries": len(train),
                            "validation_share": validation_share}, db_url=settings.db_url)
    target = out or settings.models_dir / "ranker.json"
    candidate = target.with_name(target.stem + ".candidate.json")
    model.save(candidate)
    nd_fusion = nd_learned = None
    if valid:
        learned = engine(str(candidate))

        def mean_ndcg(e: SearchEngine) -> float:
            total = 0.0
            for q in valid:
                total += ndcg([h.product_id for h in e.search(SearchRequest(q.text, limit=10)).hits], q.gains)
            return total / len(valid)

        nd_fusion, nd_learned = mean_ndcg(base), mean_ndcg(learned)
        model.meta.update({"validation_queries": len(valid), "validation_ndcg10_fusion": round(nd_fusion, 4),
                           "validation_ndcg10_learned": round(nd_learned, 4)})
    installed = force or nd_learned is None or nd_fusion is None or nd_learned >= nd_fusion
    if installed:
        model.save(target)
        candidate.unlink(missing_ok=True)
    else:
        model.save(candidate)
    return TrainResult(target if installed else candidate, installed, len(train), len(valid), nd_fusion,
                       nd_learned, model)
