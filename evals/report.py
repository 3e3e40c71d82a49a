"""Writing eval reports (DESIGN §7): a Markdown page for people, JSON for machines, an optional PNG chart."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

REPORTS_DIR = Path(__file__).resolve().parent / "reports"


def machine_info() -> dict[str, Any]:
    mem_gb = None
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem_gb = round(pages / 2**30, 1)
    except (ValueError, OSError):
        pass
    return {
        "cpus": os.cpu_count(),
        "memory_gb": mem_gb,
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "processor": platform.machine(),
    }


def rss_mb() -> float:
    """Peak resident memory of this process in MB (Linux ru_maxrss is in KB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def markdown_table(columns: list[str], rows: list[list[Any]]) -> str:
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.3f}" if abs(v) < 100 else f"{v:.1f}"
        return str(v)

    head = "| " + " | ".join(columns) + " |\n|" + "---|" * len(columns) + "\n"
    return head + "".join("| " + " | ".join(cell(v) for v in r) + " |\n" for r in rows)


def print_table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(title=title)
    for c in columns:
        table.add_column(c)
    for r in rows:
        table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in r))
    Console().print(table)


def write_report(
    name: str,
    metrics: dict[str, float | int | str | bool | None],
    *,
    dataset: str | dict[str, Any],
    body_md: str = "",
    extra: dict[str, Any] | None = None,
    title: str | None = None,
    reports_dir: Path | None = None,
) -> tuple[Path, Path]:
    """Write ``<name>.md`` and ``<name>.json``. ``body_md`` holds tables and notes; a PNG beside it is linked by you."""
    out = reports_dir or REPORTS_DIR
    out.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    machine = machine_info()
    data: dict[str, Any] = {"metrics": metrics, "dataset": dataset, "machine": machine, "date": now}
    if extra:
        data.update(extra)
    json_path = out / f"{name}.json"
    json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    md = [f"# {title or name}", "", f"Date: {now} · machine: {machine['cpus']} CPUs, {machine['memory_gb']} GiB, "
          f"Python {machine['python']}", f"Dataset: {dataset if isinstance(dataset, str) else json.dumps(dataset)}", ""]
    md.append(markdown_table(["metric", "value"], [[k, v] for k, v in metrics.items()]))
    if body_md:
        md += ["", body_md.rstrip(), ""]
    md_path = out / f"{name}.md"
    md_path.write_text("\n".join(md) + "\n", encoding="utf-8")
    return md_path, json_path
