"""Labelled sentiment lines (``data/sentiment.csv``: text,label,lang,split) and any scoring CSV (text,label[,lang]).

Labels are negative / neutral / positive (annotation rules in ``data/README.md``). A row without ``lang`` gets the
detected shop language; a row without ``split`` counts as ``test`` (a scoring set).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

from agent.understand.dataset import labelled_rows
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
    out: list[SentimentExample] = []
    for where, row, text in labelled_rows(path or DEFAULT_SENTIMENT_DATASET, "label", what="sentiment dataset",
                                          header="text,label,lang"):
        label = (row.get("label") or "").strip().lower()
        if label not in LABELS:
            raise DataError(f"{where}: unknown label {label!r}", hint="labels: " + ", ".join(LABELS))
        lang = (row.get("lang") or "").strip() or shop_language(text)
        ex = SentimentExample(text, cast(Label, label), lang, (row.get("split") or "test").strip() or "test")
        if split is None or ex.split == split:
            out.append(ex)
    return out
