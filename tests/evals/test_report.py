"""Eval reports record where their figures came from: the command, the code's commit and state, the data's hash."""

from __future__ import annotations

import json
import re
from pathlib import Path

from evals import report


def test_report_records_command_commit_and_dataset_hash(tmp_path: Path) -> None:
    data = tmp_path / "set.csv"
    data.write_text("text,intent\nhi,smalltalk\n", encoding="utf-8")
    report.record_invocation("demo_eval", ["--dataset", str(data), "--note", "two words"])
    try:
        _, js = report.write_report("demo_eval", {"accuracy": 1.0}, dataset={"name": "set.csv"},
                                    reports_dir=tmp_path, dataset_sha256=report.sha256_files([data]))
    finally:
        report._command = report._code_state = None
    prov = json.loads(js.read_text(encoding="utf-8"))["provenance"]
    assert prov["command"] == f"python -m evals demo_eval --dataset {data} --note 'two words'"
    assert re.fullmatch(r"[0-9a-f]{40}", prov["commit"] or ""), "the suite runs in a git checkout"
    assert isinstance(prov["dirty"], bool)
    assert prov["dataset_sha256"] == report.sha256_files([data]) != report.sha256_files([tmp_path / "demo_eval.json"])
    md = (tmp_path / "demo_eval.md").read_text(encoding="utf-8")
    assert prov["commit"] in md and "python -m evals demo_eval" in md


def test_reports_do_not_count_as_uncommitted_code(tmp_path: Path) -> None:
    # Rewriting a report under evals/reports is not a change to the code that produced it.
    state = report.git_state()
    assert not any(f.startswith("evals/reports/") for f in state["dirty_files"])


def test_generated_sets_hash_by_content() -> None:
    a = report.sha256_json([{"q": "boots", "price": 1}])
    assert a == report.sha256_json([{"price": 1, "q": "boots"}]) != report.sha256_json([{"q": "boots", "price": 2}])
