"""Foreign names spelt in Chinese sounds are told from everyday words (knowledge/names.py)."""

from __future__ import annotations

import pytest

from knowledge.names import zh_spelt_names


@pytest.mark.parametrize(("text", "spelt"), [
    ("普雷斯托维克防晒霜多少钱", ["普雷斯托维克"]),
    ("你们有卡洛维纳斯登山包吗", ["卡洛维纳斯"]),
    ("有没有意大利咖啡机", []),  # 意 and 大 spell no sounds
    ("想买个马克杯", []),  # two sound characters are a word, not a name
    ("森林里用的头灯", []),  # an everyday run of sound characters
    ("有没有维多利亚风格的台灯", []),  # a common name is an everyday word
])
def test_spelt_names(text, spelt):
    assert [m.group(0) for m in zh_spelt_names(text)] == spelt
