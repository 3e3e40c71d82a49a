"""Writing eval reports (DESIGN §7): a Markdown page for people, JSON for machines, an optional PNG chart.

A report is a measurement only if anyone can reproduce it, so each one records where it came from
(``provenance``): the git commit of the code, whether the tree held uncommitted changes to code (reports
themselves excluded: rewriting a report is not a change to what it measures), the exact command with its
arguments, and a SHA-256 of the data it scored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import shlex
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

REPORTS_DIR = Path(__file__).resolve().parent / "reports"
REPO_DIR = Path(__file__).resolve().parent.parent

# Set by ``python -m evals`` before the eval runs: the command as a person would type it again. The provenance of
# the code is taken at the same moment, so a tree edited while a long eval runs does not pass as the measured one.
_command: str | None = None
_code_state: dict[str, Any] | None = None


def record_invocation(name: str, argv: list[str]) -> None:
    """Remember the command (``python -m evals NAME ARGS``) and the code's git state, for ``write_report``."""
    global _command, _code_state
    _command = shlex.join(["python", "-m", "evals", name, *argv])
    _code_state = git_state()


def git_state(repo: Path = REPO_DIR) -> dict[str, Any]:
    """``{"commit": sha | None, "dirty": bool | None, "dirty_files": [...]}``; None where git is not available."""

    def git(*args: str) -> str | None:
        try:
            out = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, timeout=10,
                                 check=True)
        except (OSError, subprocess.SubprocessError):
            return None
        return out.stdout

    commit = git("rev-parse", "HEAD")
    status = git("status", "--porcelain", "--untracked-files=normal", "--", ".", ":(exclude)evals/reports")
    files = [line[3:] for line in (status or "").splitlines() if line.strip()]
    return {"commit": commit.strip() if commit else None, "dirty": bool(files) if status is not None else None,
            "dirty_files": files[:20]}


def sha256_files(paths: Iterable[Path]) -> str:
    """One hash over the contents of several files (in the given order), for datasets kept as files."""
    h = hashlib.sha256()
    for path in paths:
        h.update(Path(path).name.encode())
        with Path(path).open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def sha256_json(value: Any) -> str:
    """A hash of generated data (cases built from a seed), serialised canonically."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def provenance(dataset_sha256: str | None) -> dict[str, Any]:
    state = _code_state if _code_state is not None else git_state()
    command = _command or shlex.join(["python", *sys.argv])
    return {"commit": state["commit"], "dirty": state["dirty"], "dirty_files": state["dirty_files"],
            "command": command, "dataset_sha256": dataset_sha256}


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
    dataset_sha256: str | None = None,
) -> tuple[Path, Path]:
    """Write ``<name>.md`` and ``<name>.json``. ``body_md`` holds tables and notes; a PNG beside it is linked by you.

    ``dataset_sha256``: a hash of the data scored (``sha256_files`` for files, ``sha256_json`` for generated cases);
    without one, the hash of the ``dataset`` description is recorded, which identifies a seeded generator's set only
    as long as the generator's code is that of the recorded commit.
    """
    out = reports_dir or REPORTS_DIR
    out.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    machine = machine_info()
    prov = provenance(dataset_sha256 or sha256_json(dataset))
    data: dict[str, Any] = {"metrics": metrics, "dataset": dataset, "machine": machine, "date": now,
                            "provenance": prov}
    if extra:
        data.update(extra)
    json_path = out / f"{name}.json"
    json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    dirty = {True: "yes (uncommitted code changes: the figures may not match the commit)", False: "no",
             None: "unknown"}[prov["dirty"]]
    md = [f"# {title or name}", "", f"Date: {now} · machine: {machine['cpus']} CPUs, {machine['memory_gb']} GiB, "
          f"Python {machine['python']}", f"Dataset: {dataset if isinstance(dataset, str) else json.dumps(dataset)}",
          "", f"Command: `{prov['command']}` · commit: `{prov['commit'] or 'unknown'}` · dirty tree: {dirty} · "
          f"dataset sha256: `{(prov['dataset_sha256'] or '')[:16]}`", ""]
    md.append(markdown_table(["metric", "value"], [[k, v] for k, v in metrics.items()]))
    if body_md:
        md += ["", body_md.rstrip(), ""]
    md_path = out / f"{name}.md"
    md_path.write_text("\n".join(md) + "\n", encoding="utf-8")
    return md_path, json_path
