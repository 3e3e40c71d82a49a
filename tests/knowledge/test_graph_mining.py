"""Pure derivations behind the recommendation back-off: smoothed lift, back-off rules, the best-seller reason."""

from __future__ import annotations

import pytest

from knowledge import graph_reasons as reasons
from knowledge.graph_mining import Association, associations, backoff_rules, smoothed_lift


def _rule(src: int, dst: int, together: int, n_src: int, n_dst: int, n: int) -> Association:
    conf = together / n_src
    return Association(src, dst, together, together / n, conf, conf / (n_dst / n))


def test_smoothed_lift_shrinks_rare_pairs_more_than_frequent_ones() -> None:
    # Both pairs have raw lift 10; one rests on a single basket, the other on twenty.
    rare, common = _rule(1, 2, 1, 10, 10, 1000), _rule(3, 4, 20, 100, 200, 10000)
    assert rare.lift == pytest.approx(10.0) and common.lift == pytest.approx(10.0)
    assert smoothed_lift(rare, 1000, 0.5) == pytest.approx(1 / (0.1 + 0.5))
    assert smoothed_lift(common, 10000, 0.5) == pytest.approx(20 / (2.0 + 0.5))
    assert smoothed_lift(rare, 1000, 0.5) < smoothed_lift(common, 10000, 0.5) < common.lift
    assert smoothed_lift(rare, 1000, 0.0) == pytest.approx(rare.lift)  # no prior: the raw lift


def test_backoff_rules_keep_the_strongest_partners_above_one() -> None:
    # Category 1 is bought with 2 often, with 3 once, and with 4 about as often as chance predicts.
    baskets = [[1, 2]] * 6 + [[1, 3]] + [[1, 4]] * 2 + [[4]] * 8 + [[5]] * 20 + [[2]] * 2
    rules = [r for r in associations(baskets) if r.src != r.dst]
    kept = backoff_rules(rules, len(baskets), per_source=1, prior=0.5)
    by_src = {r.src: (r.dst, lift) for r, lift in kept}
    assert by_src[1][0] == 2 and by_src[1][1] > 1.0  # one per source, the strongest
    both = backoff_rules(rules, len(baskets), per_source=5, prior=0.5)
    assert all(lift > 1.0 for _, lift in both)
    assert (1, 4) not in {(r.src, r.dst) for r, _ in both}  # no more often than chance: no association


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("en", 12, "one of our best sellers (12 orders)"),
        ("ru", 5, "хит продаж (5 заказов)"),
        ("ru", 2, "хит продаж (2 заказа)"),
        ("zh", 7, "热销商品（7笔订单）"),
    ],
)
def test_best_seller_reason_states_its_orders(lang: str, n: int, expected: str) -> None:
    assert reasons.popular(n, lang) == expected
