"""The labelled intent examples (``data/intents.csv``: text,intent,lang,split[,role]) and their content hash.

Splits: ``train`` (the classifier learns from these), ``test`` (held out, written with the dataset) and
``blind_a``, ``blind_b`` (held out, written by authors who never saw the training lines or the code).
``role`` (shopper, manager, host) is optional: the session's role is a prior in understanding, so a scoring set
may say who asked.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from agent.understand.models import Intent
from shopkeeper.errors import DataError
from tools.base import Role

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_DATASET = DATA_DIR / "intents.csv"
_ROLES = tuple(r.value for r in Role)


@dataclass(frozen=True)
class Example:
    text: str
    intent: Intent
    lang: str | None = None
    split: str = "train"  # "train"; "test", "blind_a", "blind_b": held out, never trained on
    role: str | None = None  # who asked (tools.base.Role value), when the set says


def load_examples(path: Path | str | None = None, *, split: str | None = None) -> list[Example]:
    """Rows of a ``text,intent[,lang][,split][,role]`` CSV; a row without ``split`` counts as ``test`` (scoring sets).

    Raises ``DataError`` naming the line when a column is missing or an intent is unknown, so a hand-made
    dataset fails with a fix instead of a traceback.
    """
    out: list[Example] = []
    for where, row, text in labelled_rows(path or DEFAULT_DATASET, "intent", what="intent dataset",
                                          header="text,intent,lang,split"):
        label = (row.get("intent") or "").strip()
        try:
            intent = Intent(label)
        except ValueError as exc:
            raise DataError(f"{where}: unknown intent {label!r}",
                            hint="intents: " + ", ".join(i.value for i in Intent)) from exc
        role = (row.get("role") or "").strip() or None
        if role is not None and role not in _ROLES:
            raise DataError(f"{where}: unknown role {role!r}", hint="roles: " + ", ".join(_ROLES))
        ex = Example(text, intent, (row.get("lang") or "").strip() or None,
                     (row.get("split") or "test").strip() or "test", role)
        if split is None or ex.split == split:
            out.append(ex)
    return out


def labelled_rows(path: Path | str, label: str, *, what: str, header: str) -> Iterator[tuple[str, dict[str, str], str]]:
    """``(where, row, text)`` for each row with text of a ``text,<label>,...`` CSV; ``where`` is "file:line".

    A missing file or column is a ``DataError`` saying what to give, so a hand-made set fails with a fix.
    """
    p = Path(path)
    if not p.is_file():
        raise DataError(f"{what} not found: {p}", hint=f"give a CSV with columns text,{label}[,lang]")
    with p.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = set(reader.fieldnames or [])
        if not {"text", label} <= fields:
            raise DataError(f"{p}: needs columns text,{label} (found {sorted(fields)})",
                            hint=f"first line of the CSV must be a header: {header}")
        for line_no, row in enumerate(reader, start=2):
            text = (row.get("text") or "").strip()
            if text:
                yield f"{p}:{line_no}", row, text


def dataset_hash(examples: list[Example]) -> str:
    """Content hash of the training examples: the classifier cache key changes exactly when they change."""
    h = hashlib.sha256()
    for ex in examples:
        h.update(f"{ex.text}\t{ex.intent.value}\t{ex.lang}\t{ex.split}\n".encode())
    return h.hexdigest()[:16]
