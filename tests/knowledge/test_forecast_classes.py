"""The forecast engine's demand classes (Syntetos-Boylan: ADI and CV²) and its parallel run, which must give what
the serial run gives (the per-series choice does not depend on which batch or process a series is in)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from knowledge.forecast.engine import CANDIDATES, CV2_THRESHOLD, classify, forecast_demand
from shopkeeper.settings import ForecastSettings


def test_the_four_demand_classes():
    # ADI = days / selling days; CV² = variance / mean² of the non-zero sales (population variance).
    assert classify(np.array([3.0, 4, 3, 5, 4, 3, 4]), 1.32) == "smooth"  # ADI 1, CV² 0.04
    assert classify(np.array([1.0, 9, 1, 12, 1, 8, 1]), 1.32) == "erratic"  # ADI 1, CV² 0.88
    assert classify(np.array([0.0, 2, 0, 0, 2, 0, 3, 0]), 1.32) == "intermittent"  # ADI 2.67, CV² 0.04
    assert classify(np.array([0.0, 1, 0, 0, 12, 0, 2, 0]), 1.32) == "lumpy"  # ADI 2.67, CV² 0.99
    assert classify(np.zeros(9), 1.32) == "zero"
    sizes = np.array([1.0, 9, 1, 12, 1, 8, 1])
    assert sizes.var() / sizes.mean() ** 2 > CV2_THRESHOLD


def _series(n: int, days: int = 84) -> pd.DataFrame:
    rng = np.random.default_rng(11)
    ds = pd.date_range("2026-03-01", periods=days, freq="D")
    frames = []
    for i in range(n):
        kind = i % 4
        if kind == 0:  # smooth: steady daily sales with a weekly pattern
            y = rng.poisson(6 + 3 * (ds.dayofweek >= 5))
        elif kind == 1:  # erratic: sold every day, sizes vary a lot
            y = rng.poisson(2, days) + rng.choice([0, 0, 0, 15], days)
        elif kind == 2:  # intermittent: a unit now and then
            y = rng.binomial(1, 0.2, days)
        else:  # lumpy: rare and of very different sizes
            y = rng.binomial(1, 0.15, days) * rng.choice([1, 1, 10], days)
        frames.append(pd.DataFrame({"unique_id": f"p{i}", "ds": ds, "y": y.astype(float)}))
    return pd.concat(frames, ignore_index=True)


def test_each_class_chooses_among_its_own_candidates():
    res = forecast_demand(_series(8), ForecastSettings(horizon_days=7))
    assert set(res.kind.values()) == {"smooth", "erratic", "intermittent", "lumpy"}
    for uid, kind in res.kind.items():
        assert res.chosen[uid] in CANDIDATES[kind]


def test_parallel_run_gives_the_serial_result():
    sales = _series(12)
    seen: list[int] = []
    serial = forecast_demand(sales, ForecastSettings(horizon_days=7, n_jobs=1))
    parallel = forecast_demand(sales, ForecastSettings(horizon_days=7, n_jobs=2), progress=seen.append)
    assert parallel.chosen == serial.chosen and parallel.kind == serial.kind
    assert sum(seen) == 12 and len(seen) > 1  # progress per finished batch, every series counted once
    key = ["unique_id", "ds"]
    a = serial.frame.sort_values(key).reset_index(drop=True)
    b = parallel.frame.sort_values(key).reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)
