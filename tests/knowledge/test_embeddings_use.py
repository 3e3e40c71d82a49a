from __future__ import annotations

import numpy as np
import pytest

from knowledge.embeddings import Embedder, make_embedder
from shopkeeper.errors import ConfigError
from shopkeeper.settings import EmbeddingSettings
from tests.knowledge.search_support import use_embedder


def test_use_vectors_are_normalized_512d() -> None:
    emb = use_embedder()
    assert isinstance(emb, Embedder)
    v = emb.embed(["waterproof hiking boots", "непромокаемые ботинки", "防水登山靴"])
    assert v.shape == (3, 512) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert emb.embed([]).shape == (0, 512)


def test_cross_lingual_neighbours_beat_unrelated_text() -> None:
    emb = use_embedder()
    q = emb.embed(["waterproof hiking boots"])[0]
    same = emb.embed(["непромокаемые треккинговые ботинки", "防水登山靴"])
    other = emb.embed(["шоколадное печенье", "蓝牙音箱"])
    assert (same @ q).min() > (other @ q).max() + 0.1


def test_single_queries_are_cached() -> None:
    emb = use_embedder()
    a = emb.embed(["a query that repeats"])
    assert emb.embed(["a query that repeats"]) is a


def test_unknown_model_names_are_config_errors() -> None:
    with pytest.raises(ConfigError) as err:
        make_embedder(EmbeddingSettings(model="nope/thing"))
    assert "use/multilingual-v3" in (err.value.hint or "")
