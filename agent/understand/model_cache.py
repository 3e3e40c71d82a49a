"""On-disk cache of trained models: a pickle per content key, written atomically, older versions swept away.

Understanding trains its small models at start-up from CSVs in the repository; this keeps a restart to a file read.
The key must change whenever anything the model learns from changes (data hash, embedder, feature version).
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


def content_key(parts: Iterable[str], length: int = 16) -> str:
    """A short hex hash over ``parts`` (each line of a dataset, a source file's text, ...)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:length]


def slug(name: str) -> str:
    """``"use/multilingual-v3"`` -> ``"use_multilingual_v3"``: safe in a file name."""
    return "".join(ch if ch.isalnum() else "_" for ch in name)


def load(path: Path | None, kind: type[T]) -> T | None:
    """The cached object at ``path`` when it is readable and a ``kind``; None otherwise (the caller retrains)."""
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            obj = pickle.load(fh)  # our own file, written by save() below
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
        log.warning("model cache %s unreadable (%s); retraining", path, exc)
        return None
    return obj if isinstance(obj, kind) else None


def save(path: Path | None, obj: object, *, stale_glob: str | None = None) -> None:
    """Write ``obj`` to ``path`` atomically; then delete files matching ``stale_glob`` beside it (older keys)."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)  # atomic: a second process never reads half a file
        if stale_glob:
            for old in path.parent.glob(stale_glob):
                if old != path:
                    old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only data dir costs start-up time, not correctness
        log.warning("cannot write model cache %s: %s", path, exc)
