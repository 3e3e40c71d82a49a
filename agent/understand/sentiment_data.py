"""Labelled sentiment lines (``data/sentiment.csv``: text,label,lang,split) and any scoring CSV (text,label[,lang]).

Labels are negative / neutral / positive (annotation rules in ``data/README.md``). A row without ``lang`` gets the
detected shop language; a row without ``split`` counts as ``test`` (a scoring set).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from agent.understand.language import shop_language
from agent.understand.sentiment import Label
from shopkeeper.errors import DataError

DEFAULT_SENTIMENT_DATASET = Path(__file__).resolve().parent / "data" / "sentiment.csv"
LABELS: tuple[Label, ...] = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class SentimentExample:
    text: str
    label: Label
    lang: str
    split: str = "test"  # "train" (learned from) or "test" (held out)


def load_sentiment(path: Path | str | None = None, *, split: str | None = None) -> list[SentimentExample]:
    """Rows of the CSV at ``path`` (default: the project's set), optionally of one ``split``.

    Raises ``DataError`` naming the line for a missing column or an unknown label.
    """
    p = Path(path) if path else DEFAULT_SENTIMENT_DATASET
    if not p.is_file():
        raise DataError(f"sentiment dataset not found: {p}", hint="give a CSV with columns text,label[,lang]")
    out: list[SentimentExample] = []
    with p.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = set(reader.fieldnames or [])
        if not {"text", "label"} <= fields:
            raise DataError(f"{p}: needs columns text,label (found {sorted(fields)})",
                            hint="first line of the CSV must be a header: text,label,lang")
        for line_no, row in enumerate(reader, start=2):
            text = (row.get("text") or "").strip()
            if not text:
                continue
            label = (row.get("label") or "").strip().lower()
            if label not in LABELS:
                raise DataError(f"{p}:{line_no}: unknown label {label!r}", hint="labels: " + ", ".join(LABELS))
            lang = (row.get("lang") or "").strip() or shop_language(text)
            ex = SentimentExample(text, cast(Label, label), lang, (row.get("split") or "test").strip() or "test")
            if split is None or ex.split == split:
                out.append(ex)
    return out
