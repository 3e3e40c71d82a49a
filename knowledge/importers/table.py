"""Delimited text -> rows with the line each starts on; malformed records become reasons, not exceptions."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

from shopkeeper.errors import DataError

DELIMITERS = (",", ";", "\t", "|")

# Long HTML bodies are normal in shop exports; the default 128 KB field limit is not.
csv.field_size_limit(min(sys.maxsize, 16 * 1024 * 1024))


@dataclass
class Stop:
    """Reading had to stop here (e.g. a quote that never closes swallows the rest of the file)."""

    reason: str


@dataclass
class Table:
    header: list[str]
    total_lines: int
    rows: Iterator[tuple[int, dict[str, str] | str | Stop]] = field(repr=False)


def sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_table(text: str, *, delimiter: str | None = None, quotes: bool = True, name: str = "file") -> Table:
    """Parse ``text``; yields ``(line, row)``, ``(line, reason)`` for a bad record, or ``(line, Stop)``."""
    if not text.strip():
        raise DataError(f"{name} is empty")
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    delim = delimiter or sniff_delimiter(first)
    reader = csv.reader(
        io.StringIO(text.lstrip("\ufeff"), newline=""),
        delimiter=delim,
        quoting=csv.QUOTE_MINIMAL if quotes else csv.QUOTE_NONE,
        strict=True,
    )
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        raise DataError(f"{name}: the header line cannot be read: {exc}", line=1) from None
    if len(set(header)) != len(header):
        dupes = sorted({h for h in header if header.count(h) > 1})
        raise DataError(f"{name}: duplicate column names in the header: {', '.join(dupes)}", line=1)

    def rows() -> Iterator[tuple[int, dict[str, str] | str | Stop]]:
        prev = reader.line_num
        while True:
            start = prev + 1
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                end = reader.line_num
                if "unexpected end of data" in str(exc):
                    yield (
                        start,
                        Stop(
                            f"unbalanced quote: the quoted field starting on line {start} never closes, so lines "
                            f"{start}-{end} could not be read"
                        ),
                    )
                    return
                span = f"lines {start}-{end}" if end > start else f"line {start}"
                yield start, f"malformed CSV on {span}: {exc}"
                prev = end
                continue
            prev = reader.line_num
            if not record or all(not cell.strip() for cell in record):
                continue  # blank lines are not rows
            if any("\x00" in cell for cell in record):
                # Python's csv accepts NUL since 3.11, but PostgreSQL text cannot hold it: refuse the row, clearly.
                yield start, "contains a NUL character (\\x00), which the store cannot hold"
                continue
            if len(record) != len(header):
                yield (
                    start,
                    (
                        f"has {len(record)} fields but the header has {len(header)} (an unquoted "
                        f"{'tab' if delim == chr(9) else repr(delim)} inside a value?)"
                    ),
                )
                continue
            yield start, dict(zip(header, record, strict=True))

    return Table(header=header, total_lines=text.count("\n") + 1, rows=rows())


def require_columns(table: Table, needed: dict[str, str], name: str) -> None:
    """``needed`` maps purpose -> column; a missing column is a clear, file-level error."""
    missing = [f"{col!r} (for {purpose})" for purpose, col in needed.items() if col not in table.header]
    if missing:
        raise DataError(
            f"{name}: missing column(s) {', '.join(missing)}; the header has: {', '.join(table.header)}",
            line=1,
            hint="fix the header or the --map option (e.g. --map title=Name,price=Price,sku=SKU)",
        )
