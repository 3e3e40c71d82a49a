"""Learned re-ranking: trained on a tiny synthetic WANDS-format set made here, saved, loaded, and better than the
fusion it replaces; the fusion answers when there is no model. Real USE model, real edge index, real SQLite."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

from knowledge.importers.wands import import_wands
from knowledge.rank import model as model_mod
from knowledge.rank.features import FEATURES
from knowledge.rank.model import RankModel, load_ranker
from knowledge.rank.priors import PRIOR_FEATURES, out_of_fold
from knowledge.rank.train import (
    FitParams,
    LabelledQuery,
    Rows,
    fit,
    ndcg,
    read_labelled,
    split_of,
    store_ids,
    train_for_store,
)
from knowledge.search import SearchEngine, SearchRequest
from tests.knowledge.search_support import services_for, settings_for, use_embedder

ADJS = ["brass", "steel", "walnut", "copper", "bamboo", "marble"]
KINDS = ["hinge", "bracket", "faucet", "lantern", "shelf", "drawer pull", "door knob", "towel rail", "mirror",
         "coat hook"]


def _write_set(directory):
    """Queries "<adj> <kind>": the relevant product says it as a phrase in a long title; two short distractors
    (a cover and a cap) carry the same words apart, so BM25's length normalization ranks them first."""
    directory.mkdir()
    products, queries, labels = [], [], []
    pid = 1000
    for qid, (adj, kind) in enumerate(itertools.product(ADJS, KINDS), start=1):
        rel, cover, cap = pid, pid + 1, pid + 2
        pid += 3
        products += [(rel, f"Acme {adj} {kind} for cabinets and doors with mounting screws and a drilling template"),
                     (cover, f"{kind} cover {adj}"), (cap, f"{kind} cap in {adj}")]
        queries.append((qid, f"{adj} {kind}"))
        labels += [(qid, rel, "Exact"), (qid, cover, "Irrelevant"), (qid, cap, "Irrelevant")]
    (directory / "product.csv").write_text(
        "product_id\tproduct_name\tproduct_class\tcategory hierarchy\tproduct_description\tproduct_features\n"
        + "".join(f"{p}\t{t}\t\t\t\t\n" for p, t in products), encoding="utf-8")
    (directory / "query.csv").write_text("query_id\tquery\tquery_class\n"
                                         + "".join(f"{q}\t{t}\t\n" for q, t in queries), encoding="utf-8")
    (directory / "label.csv").write_text("id\tquery_id\tproduct_id\tlabel\n" + "".join(
        f"{i}\t{q}\t{p}\t{lab}\n" for i, (q, p, lab) in enumerate(labels, 1)), encoding="utf-8")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from knowledge.indexing import build_index

    root = tmp_path_factory.mktemp("rank")
    _write_set(root / "set")
    url = f"sqlite:///{root / 'store.db'}"
    import_wands(url, root / "set")
    settings = settings_for(url, root / "var")
    build_index(settings, use_embedder(), rebuild=True)
    return root, settings


def _engine(settings, ranker):
    s = settings.model_copy(update={"search": settings.search.model_copy(update={"ranker": ranker})})
    return SearchEngine(s, services_for(s))


def _mean_ndcg(engine, queries):
    return sum(ndcg([h.product_id for h in engine.search(SearchRequest(q.text, limit=10)).hits], q.gains)
               for q in queries) / len(queries)


def test_trains_saves_loads_and_beats_the_fusion(store):
    root, settings = store
    services = services_for(settings)
    result = train_for_store(settings, services, root / "set", validation_share=0.3)
    assert result.train_queries + result.validation_queries == len(ADJS) * len(KINDS)
    assert result.validation_queries >= 10
    # The fusion puts the short distractors first; the model learns that the phrase is what counts.
    assert result.ndcg10_fusion is not None and result.ndcg10_learned is not None
    assert result.ndcg10_fusion < 0.8
    assert result.ndcg10_learned >= result.ndcg10_fusion + 0.2
    assert result.installed and result.path == settings.models_dir / "ranker.json" and result.path.exists()
    assert not (settings.models_dir / "ranker.candidate.json").exists()

    # Saved as plain JSON and loaded back to the same scores.
    data = json.loads(result.path.read_text())
    assert data["features"] == list(FEATURES + PRIOR_FEATURES)
    assert data["meta"]["validation_queries"] == result.validation_queries
    loaded = RankModel.load(result.path)
    x = np.random.default_rng(0).random((50, len(FEATURES)))
    ids = list(range(1000, 1050))
    assert np.allclose(loaded.score(x, ids), result.model.score(x, ids))

    # The prior's ids are this store's: the model knows which store it learned them on.
    assert result.model.prior is not None and result.model.prior.store
    assert result.model.prior.matches(settings.db_url)

    # A fresh engine with default settings finds the installed model and ranks with it.
    engine = _engine(settings, "auto")
    assert engine.ranker() is not None
    valid = [q for q in read_labelled(root / "set", store_ids(settings.db_url))
             if split_of(q.id, 0.3) == "validation"]
    out = engine.search(SearchRequest(valid[0].text, limit=5))
    assert engine.last_rerank_ms() is not None
    assert out.hits[0].product_id == next(p for p, g in valid[0].gains.items() if g == 1.0)
    assert _mean_ndcg(engine, valid) == pytest.approx(result.ndcg10_learned)


def test_without_a_model_file_search_keeps_the_fusion(store, tmp_path, monkeypatch):
    _, settings = store
    queries = read_labelled(store[0] / "set", store_ids(settings.db_url))[:8]
    fusion = _engine(settings, "off")
    assert fusion.ranker() is None
    expected = [[h.product_id for h in fusion.search(SearchRequest(q.text, limit=5)).hits] for q in queries]
    assert fusion.last_rerank_ms() is None

    missing = _engine(settings, str(tmp_path / "no-such-model.json"))
    assert missing.ranker() is None
    got = [[h.product_id for h in missing.search(SearchRequest(q.text, limit=5)).hits] for q in queries]
    assert got == expected and missing.last_rerank_ms() is None

    # "auto" with no model in the data dir and none packaged: the fusion too.
    monkeypatch.setattr(model_mod, "PACKAGED", tmp_path / "none.json")
    bare = settings.model_copy(update={"data_dir": tmp_path / "empty"})
    assert load_ranker(bare) is None


def test_outdated_model_file_falls_back(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"format": "shopkeeper-ranker/1", "features": ["bm25"], "baseline": 0, "trees": []}))
    settings = settings_for("sqlite:///" + str(tmp_path / "x.db"), tmp_path, search={"ranker": str(path)})
    assert load_ranker(settings) is None


def test_export_matches_scikit_learn():
    from sklearn.ensemble import HistGradientBoostingRegressor

    rng = np.random.default_rng(1)
    x = rng.random((600, len(FEATURES)))
    y = (x[:, 3] > 0.5) * 0.5 + x[:, 7] * x[:, 11]
    groups = np.repeat(np.arange(60), 10)
    rows = Rows(x, y, groups, list(range(600)), list(range(60)))
    model = fit(rows)
    est = HistGradientBoostingRegressor(max_iter=20, max_leaf_nodes=7, min_samples_leaf=5).fit(x, y)
    exported = RankModel.from_sklearn(est)
    assert np.allclose(exported.score(x), est.predict(x), atol=1e-9)
    assert np.corrcoef(model.score(x, rows.ids), y)[0, 1] > 0.9  # fit() learned it (its export is checked inside)


def test_a_products_relevance_in_past_queries_is_learned_out_of_fold_and_kept_in_the_file(tmp_path):
    """Products 0-9 were relevant wherever they were candidates, 10-19 never: with features that carry no signal,
    the prior alone tells them apart on a query it never saw, and the saved model scores the same after loading."""
    rng = np.random.default_rng(2)
    n_q, per_q = 80, 20
    ids = [int(p) for q in range(n_q) for p in rng.permutation(20)[:per_q]]
    y = np.array([1.0 if p < 10 else 0.0 for p in ids])
    rows = Rows(rng.random((n_q * per_q, len(FEATURES))), y, np.repeat(np.arange(n_q), per_q), ids,
                list(range(1000, 1000 + n_q)))
    oof = out_of_fold(rows.ids, rows.y, [rows.queries[g] for g in rows.group.tolist()])
    # Out of fold: a row's own label never feeds its column (every product is seen in the other folds too).
    assert oof[y == 1, 0].min() > oof[y == 0, 0].max()
    model = fit(rows)
    assert model.prior is not None and model.features == FEATURES + PRIOR_FEATURES
    new = rng.random((20, len(FEATURES)))
    scores = model.score(new, list(range(20)))
    assert scores[:10].min() > scores[10:].max()
    path = model.save(tmp_path / "ranker.json")
    again = RankModel.load(path)
    assert np.allclose(again.score(new, list(range(20))), scores)
    no_prior = fit(rows, FitParams(prior=False))
    assert no_prior.prior is None and no_prior.features == FEATURES


def test_split_is_fixed_and_near_the_share():
    parts = [split_of(i) for i in range(1, 5001)]
    assert parts == [split_of(i) for i in range(1, 5001)]
    assert 0.17 < parts.count("validation") / len(parts) < 0.23


def test_ndcg_agrees_with_scikit_learn():
    from sklearn.metrics import ndcg_score

    gains = {1: 1.0, 2: 0.5, 3: 0.0, 4: 1.0}
    ranked = [5, 2, 1, 3, 6]  # 5 and 6 are unjudged: gain 0
    items = [1, 2, 3, 4, 5, 6]
    truth = np.array([[gains.get(i, 0.0) for i in items]])
    pred = np.array([[len(ranked) - ranked.index(i) if i in ranked else -1 for i in items]], dtype=float)
    assert ndcg(ranked, gains, k=5) == pytest.approx(ndcg_score(truth, pred, k=5))


def test_labelled_queries_keep_irrelevant_judgements(store):
    root, settings = store
    queries = read_labelled(root / "set", store_ids(settings.db_url))
    assert len(queries) == len(ADJS) * len(KINDS)
    q: LabelledQuery = queries[0]
    assert sorted(q.gains.values()) == [0.0, 0.0, 1.0]


def test_a_prior_learned_on_another_store_is_not_used(store, tmp_path):
    """The same model file on another store (here: a stamp naming other products) keeps its text features and drops
    the products' prior: every candidate reads as never seen."""
    root, settings = store
    result = train_for_store(settings, services_for(settings), root / "set", validation_share=0.3,
                             out=tmp_path / "ranker.json", force=True)
    data = json.loads(result.path.read_text())
    data["prior"]["store"] = {k: "elsewhere:" + v for k, v in data["prior"]["store"].items()}
    other = tmp_path / "other.json"
    other.write_text(json.dumps(data))
    engine = _engine(settings, str(other))
    model = engine.ranker()
    assert model is not None and model.prior is not None
    assert model.prior.seen == {} and model.prior.base == result.model.prior.base  # type: ignore[union-attr]
    assert engine.search(SearchRequest("brass hinge", limit=5)).hits
