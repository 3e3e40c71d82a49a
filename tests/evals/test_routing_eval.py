"""The routing eval stays runnable on any labelled CSV, including one that says who asked."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from evals import routing


def test_routing_eval_scores_a_custom_csv_and_writes_its_report(tmp_path: Path) -> None:
    scored = tmp_path / "mine.csv"
    scored.write_text(
        "text,intent,lang,role\n"
        "where is my order 4412,order_status,en,\n"
        "can I talk to a human,human_request,en,\n"
        "где мой заказ 5531,order_status,ru,\n"
        "позовите оператора,human_request,ru,\n"
        "我的订单88213到哪了,order_status,zh,\n"
        "转人工,human_request,zh,\n"
        "what's out of stock in aisle 4,manager_query,en,manager\n",
        encoding="utf-8")
    reports = tmp_path / "reports"
    code = routing.main(["--dataset", str(scored), "--no-baselines", "--latency-turns", "3",
                         "--reports-dir", str(reports)])
    assert code == 0
    report = json.loads((reports / "routing_mine.json").read_text(encoding="utf-8"))
    metrics = report["metrics"]
    assert metrics["n_eval"] == 7 and report["dataset"]["sets"] == {str(scored): 7}
    # Unambiguous turns: the real router gets them right, so the report's figures are the router's own.
    assert metrics["accuracy_en"] == metrics["accuracy_ru"] == metrics["accuracy_zh"] == 1.0
    assert metrics["target_met"] is True and metrics["latency_p50_ms"] > 0
    assert "# Routing: intents on mine.csv" in (reports / "routing_mine.md").read_text(encoding="utf-8")
    # Reproducible: the report names the data it scored (its hash), the command and the code's commit state.
    prov = report["provenance"]
    assert prov["dataset_sha256"] == hashlib.sha256(b"mine.csv" + scored.read_bytes()).hexdigest()
    assert prov["command"] and "dirty" in prov and "commit" in prov
    assert (reports / "routing_mine_confusion.png").stat().st_size > 1000
