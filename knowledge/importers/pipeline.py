"""The one row loop every importer shares: decode, parse, validate, upsert in batches, report and record the run."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import insert, update

from knowledge.db import get_engine
from knowledge.importers.decode import Decoded, decode_file
from knowledge.importers.records import ImportReport, ProductRecord, RowIssue, RowRejected
from knowledge.importers.table import Stop
from knowledge.importers.writer import StoreWriter
from knowledge.migrate import upgrade
from knowledge.schema import Base
from shopkeeper.errors import DataError

BATCH = 500
MAX_STORED_ERRORS = 2000  # a run with more bad rows keeps the first ones and says how many more there were

# A format turns decoded text into (line, record | reason | Stop) items, and says how many lines there are.
Item = tuple[int, "ProductRecord | str | Stop"]
Parser = Callable[[Decoded, ImportReport], tuple[Iterator[Item], int]]


def validation_reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "row"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def make_record(line: int, build: Callable[[], dict[str, Any]]) -> Item:
    """Run a format's row->fields function; a bad value becomes a reason for that line, never an exception."""
    try:
        return line, ProductRecord(**build())
    except RowRejected as exc:
        return line, str(exc)
    except ValidationError as exc:
        return line, validation_reason(exc)


class _Bar:
    def __init__(self, show: bool, label: str, total: int) -> None:
        self.progress: Any = None
        if show:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("lines"), TimeElapsedColumn()
            )
            self.progress.start()
            self.task = self.progress.add_task(label, total=max(total, 1))

    def to(self, line: int) -> None:
        if self.progress is not None:
            self.progress.update(self.task, completed=line)

    def close(self, total: int) -> None:
        if self.progress is not None:
            self.progress.update(self.task, completed=max(total, 1))
            self.progress.stop()


def _record_run(db_url: str, report: ImportReport) -> int:
    runs = Base.metadata.tables["import_runs"]
    errors: dict[str, Any] = {"rows": [e.model_dump() for e in report.errors[:MAX_STORED_ERRORS]]}
    if len(report.errors) > MAX_STORED_ERRORS:
        errors["more_rows"] = len(report.errors) - MAX_STORED_ERRORS
    if report.fatal:
        errors["fatal"] = report.fatal
    if report.warnings:
        errors["warnings"] = report.warnings
    values = {
        "source": report.source,
        "path": report.path[:1000],
        "inserted": report.inserted,
        "updated": report.updated,
        "rejected": report.rejected,
        "errors": errors,
    }
    with get_engine(db_url).begin() as conn:
        if report.run_id is None:
            return int(conn.execute(insert(runs).returning(runs.c.id), values).scalar_one())
        conn.execute(update(runs).where(runs.c.id == report.run_id), values)
        return report.run_id


def run_import(
    db_url: str,
    *,
    source: str,
    path: Path,
    parse: Parser,
    progress: bool = False,
    decode: Callable[[Path], Decoded] = decode_file,
) -> ImportReport:
    """Import ``path`` with a format's ``parse``; always records an ImportRun, raises DataError if the file is unusable.

    Good rows are committed even when some rows (or the end of the file) are bad: the report lists every rejected
    line with its reason, so nothing disappears without a trace.
    """
    started = time.perf_counter()
    report = ImportReport(source=source, path=str(path))
    upgrade(db_url)
    try:
        decoded = decode(path)
        report.encoding = decoded.encoding
        if decoded.detected:
            report.warnings.append(f"file is not UTF-8; read it as {decoded.encoding}")
        items, total_lines = parse(decoded, report)
    except DataError as exc:
        report.fatal = exc.message
        report.seconds = round(time.perf_counter() - started, 3)
        report.run_id = _record_run(db_url, report)
        raise

    bar = _Bar(progress, f"import {source}", total_lines)
    seen: dict[str, int] = {}
    batch: list[ProductRecord] = []
    try:
        with get_engine(db_url).begin() as conn:
            writer = StoreWriter(conn, source)

            def flush() -> None:
                if batch:
                    inserted, updated = writer.write(batch)
                    report.inserted += inserted
                    report.updated += updated
                    batch.clear()

            for line, item in items:
                bar.to(line)
                if isinstance(item, Stop):
                    report.fatal = f"line {line}: {item.reason}"
                    report.errors.append(RowIssue(line=line, reason=item.reason))
                    report.rejected += 1
                    break
                report.rows_read += 1
                if isinstance(item, str):
                    report.errors.append(RowIssue(line=line, reason=item))
                    report.rejected += 1
                    continue
                if item.external_id in seen:
                    report.warnings.append(
                        f"line {line}: id {item.external_id!r} already appeared on line {seen[item.external_id]}; "
                        "the later row wins"
                    )
                    flush()  # the earlier row is written first, so this one updates it
                seen[item.external_id] = line
                batch.append(item)
                if len(batch) >= BATCH:
                    flush()
            flush()
    finally:
        bar.close(total_lines)
    report.seconds = round(time.perf_counter() - started, 3)
    report.run_id = _record_run(db_url, report)
    return report
