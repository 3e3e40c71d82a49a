"""Read an import file as text: UTF-8 first, otherwise the encoding charset-normalizer detects; refuse binary data."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pydantic import BaseModel

from shopkeeper.errors import DataError

# More unprintable characters than this: not a text file in that encoding. Valid UTF-8 earns more trust (random
# bytes almost never are), so a few control characters inside real values do not get a file refused.
MAX_BAD_CHAR_RATIO = 0.02
MAX_BAD_CHAR_RATIO_UTF8 = 0.10


class Decoded(BaseModel):
    text: str
    encoding: str
    detected: bool  # True when it was not UTF-8 and had to be guessed


def _bad_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:200_000]
    bad = sum(
        1
        for ch in sample
        if (unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\t\r\n") or ch == "\ufffd"
    )
    return bad / len(sample)


def decode_file(path: Path) -> Decoded:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DataError(f"{path} is a directory, expected a file") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(text=data.decode("utf-16"), encoding="utf-16", detected=True)
    try:
        text = data.decode("utf-8-sig")
        if _bad_ratio(text) <= MAX_BAD_CHAR_RATIO_UTF8:
            return Decoded(text=text, encoding="utf-8", detected=False)
    except UnicodeDecodeError:
        pass
    if b"\x00" not in data:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding:
            text = str(best)
            if _bad_ratio(text) <= MAX_BAD_CHAR_RATIO:
                return Decoded(text=text, encoding=best.encoding, detected=True)
    raise DataError(
        f"{path}: cannot read it as text (not UTF-8, and no known encoding fits; is it a binary or compressed file?)",
        hint="export the file as CSV in UTF-8",
    )
