"""The load eval itself stays runnable: a tiny run against the real web app over the stand-in core."""

from __future__ import annotations

import json

import pytest

from evals import load


@pytest.mark.slow
def test_load_eval_checks_every_reply_and_writes_its_report(tmp_path) -> None:
    from knowledge.demo import build_demo_store

    data_dir = tmp_path / "data"
    build_demo_store(f"sqlite:///{data_dir / 'store.db'}", products=40, sales_days=0)
    reports = tmp_path / "reports"
    # Bounded by turns, not by time: a slow CI machine once fitted only 6 turns into a 2-second phase. The phase's
    # time is a ceiling here; each session sends exactly 4 messages (orders at 0 and 2, searches at 1 and 3).
    code = load.main(["--sessions", "3", "--seconds", "120", "--max-turns", "4", "--baseline-seconds", "1",
                      "--think-ms", "100", "--data-dir", str(data_dir), "--app", "tests.channels.standin:create_app",
                      "--reports-dir", str(reports), "--name", "load_smoke"])
    assert code == 0
    metrics = json.loads((reports / "load_smoke.json").read_text())["metrics"]
    assert metrics["turns_completed"] == 12 and metrics["order_marker_checked"] == 6
    assert metrics["order_marker_mismatches"] == 0 and metrics["session_open_max_ms"] is not None
    assert metrics["lost_replies"] == metrics["crossed_replies"] == metrics["duplicated_replies"] == 0
    assert metrics["server_rss_peak_mb"] > 0 and metrics["latency_p95_ms"] is not None
    assert (reports / "load_smoke.png").stat().st_size > 1000


def test_order_markers_are_unique_among_messages_in_flight() -> None:
    markers = [load.message_for(s, n, 1000)[1] for s in range(100) for n in (0, 2, 4)]
    per_turn = [load.message_for(s, 4, 1000)[1] for s in range(100)]
    assert len(set(per_turn)) == 100 and None not in markers
    assert load.message_for(0, 1, 1000)[1] is None  # odd messages search, no marker
