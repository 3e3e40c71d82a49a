"""The re-ranking model: an ensemble of regression trees stored as JSON and evaluated with NumPy.

Trained with scikit-learn's ``HistGradientBoostingRegressor`` (``knowledge.rank.train``) and exported node by node,
so the file is plain data (no pickle to trust, no scikit-learn version to match at load time) and scoring a few
hundred candidates is a handful of vectorized steps, one per tree level, over all trees at once. The export is
checked against scikit-learn's own predictions when it is made.

Where the model file is looked for (``SearchSettings.ranker``): ``"auto"`` takes ``<data_dir>/models/ranker.json``
when it exists, else the package's ``default_ranker.json`` when one is shipped; ``"off"`` keeps the index's fusion;
any other value is a path to a model file.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from knowledge.rank.features import FEATURE_VERSION, FEATURES
from knowledge.rank.priors import PRIOR_FEATURES, ProductPrior
from shopkeeper.errors import ConfigError
from shopkeeper.settings import Settings

log = logging.getLogger(__name__)

PACKAGED = Path(__file__).with_name("default_ranker.json")
FORMAT = "shopkeeper-ranker/1"


@dataclass
class RankModel:
    features: tuple[str, ...]
    baseline: float
    # Per tree: node arrays of equal length; leaves carry their value.
    trees: list[dict[str, Any]]
    meta: dict[str, Any] = field(default_factory=dict)
    # The products' relevance prior from the labelled queries (``knowledge.rank.priors``): its columns follow the
    # query-time features, computed from the candidates' ids when scoring.
    prior: ProductPrior | None = None

    def __post_init__(self) -> None:
        self._pack()

    def _pack(self) -> None:
        # All trees' nodes in one flat array; a leaf points to itself on both sides, so every row can take the same
        # number of steps (the deepest tree's depth) with no per-node branching.
        feat: list[int] = []
        thr: list[float] = []
        left: list[int] = []
        right: list[int] = []
        value: list[float] = []
        roots: list[int] = []
        depth = 0
        for tr in self.trees:
            base = len(value)
            roots.append(base)
            for i, is_leaf in enumerate(tr["leaf"]):
                me = base + i
                feat.append(0 if is_leaf else int(tr["feature"][i]))
                thr.append(0.0 if is_leaf else float(tr["threshold"][i]))
                left.append(me if is_leaf else base + int(tr["left"][i]))
                right.append(me if is_leaf else base + int(tr["right"][i]))
                value.append(float(tr["value"][i]) if is_leaf else 0.0)
            depth = max(depth, int(tr.get("depth", len(tr["leaf"]))))
        self._feat = np.asarray(feat, dtype=np.int64)
        self._thr = np.asarray(thr, dtype=np.float64)
        self._left = np.asarray(left, dtype=np.int64)
        self._right = np.asarray(right, dtype=np.int64)
        self._value = np.asarray(value, dtype=np.float64)
        self._roots = np.asarray(roots, dtype=np.int64)
        self._depth = depth

    def score(self, x: npt.NDArray[np.float64], ids: list[int] | None = None) -> npt.NDArray[np.float64]:
        """Relevance scores, one per row of ``x`` (columns in ``self.features`` order; NaN reads as 0). ``x`` may
        hold the query-time features only: a model with a prior then adds its columns from the candidates' ``ids``."""
        if self.prior is not None and x.shape[1] == len(FEATURES):
            if ids is None or len(ids) != x.shape[0]:
                raise ValueError("a model with a product prior scores candidates by id")
            x = np.hstack([x, self.prior.columns(ids)])
        n = x.shape[0]
        if n == 0 or not self.trees:
            return np.full(n, self.baseline, dtype=np.float64)
        flat = np.nan_to_num(np.ascontiguousarray(x, dtype=np.float64)).ravel()
        offset = (np.arange(n, dtype=np.int64) * x.shape[1])[:, None]
        node = np.broadcast_to(self._roots, (n, len(self._roots))).copy()
        for _ in range(self._depth):
            go_left = flat[offset + self._feat[node]] <= self._thr[node]
            node = np.where(go_left, self._left[node], self._right[node])
        return self.baseline + self._value[node].sum(axis=1)

    # -- files ------------------------------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        out = {"format": FORMAT, "feature_version": FEATURE_VERSION, "features": list(self.features),
               "baseline": self.baseline, "meta": self.meta, "trees": self.trees}
        if self.prior is not None:
            out["prior"] = self.prior.to_json()
        return out

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_json(), separators=(",", ":")), encoding="utf-8")
        tmp.replace(path)
        return path

    @classmethod
    def load(cls, path: Path) -> RankModel:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"the ranking model {path} is unreadable: {exc}",
                              hint="train it again with `shopkeeper rank train`") from exc
        features = tuple(data.get("features", ()))
        prior = ProductPrior.from_json(data["prior"]) if data.get("prior") else None
        if data.get("format") != FORMAT or features != FEATURES + (PRIOR_FEATURES if prior else ()):
            raise ConfigError(f"the ranking model {path} was made for other features",
                              hint="train it again with `shopkeeper rank train`")
        return cls(features, float(data["baseline"]), list(data["trees"]), dict(data.get("meta", {})), prior)

    # -- from scikit-learn ---------------------------------------------------------------------------------------------

    @classmethod
    def from_sklearn(cls, est: Any, meta: dict[str, Any] | None = None,
                     prior: ProductPrior | None = None) -> RankModel:
        """Export a fitted ``HistGradientBoostingRegressor`` (numeric features, no categorical splits)."""
        trees: list[dict[str, Any]] = []
        for iteration in est._predictors:
            for pred in iteration:
                nodes = pred.nodes
                if "is_categorical" in nodes.dtype.names and bool(np.any(nodes["is_categorical"])):
                    raise ValueError("categorical splits are not supported by the exported model")
                trees.append({
                    "feature": [int(v) for v in nodes["feature_idx"]],
                    "threshold": [float(v) for v in nodes["num_threshold"]],
                    "left": [int(v) for v in nodes["left"]],
                    "right": [int(v) for v in nodes["right"]],
                    "leaf": [bool(v) for v in nodes["is_leaf"]],
                    "missing_left": [bool(v) for v in nodes["missing_go_to_left"]],
                    "value": [float(v) for v in nodes["value"]],
                    "depth": int(nodes["depth"].max()) + 1,
                })
        baseline = float(np.ravel(est._baseline_prediction)[0])
        features = FEATURES + (PRIOR_FEATURES if prior is not None else ())
        return cls(features, baseline, trees, dict(meta or {}), prior)


def model_path(settings: Settings) -> Path | None:
    """The model file search should use, or None for the index's own fusion."""
    choice = settings.search.ranker
    if choice == "off":
        return None
    if choice != "auto":
        return Path(choice).expanduser()
    own = settings.models_dir / "ranker.json"
    if own.exists():
        return own
    return PACKAGED if PACKAGED.exists() else None


def load_ranker(settings: Settings) -> RankModel | None:
    """The configured model, or None (fusion fallback). A broken or outdated file is logged, not fatal: search
    must keep answering."""
    path = model_path(settings)
    if path is None:
        return None
    if not path.exists():
        log.warning("ranking model %s not found: using the index's fusion", path)
        return None
    try:
        return RankModel.load(path)
    except ConfigError as exc:
        log.warning("%s (%s): using the index's fusion", exc.message, exc.hint)
        return None
