"""Development questions for the direct shopper questions of ``development8.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-06 by three helper sessions, one per language (en, ru, zh), for development8: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API with
its truth helpers, the dev4 example module and the category slugs), not the assistant's code, the catalog, product
titles or any other request set. Its per-case errors are read while fixing the assistant: a development set.

8 questions per language, one turn each: yes/no availability (``exists``: the truth comes from each line's
``expect``), which is cheaper and by how much, the price of the cheapest, a count, the spread between the cheapest and
the dearest, yes/no facts about the dearest product or a sum of prices (``pred``), and one Russian question with no
``RULES`` key (``unchecked``). Money: 1 USD = 90 RUB = 7.2 CNY.
"""

from evals.requests_judge import Question, S, _dearest_has, _max_above, _sum_at_most

E = "exists"

DEV8_QUESTIONS: dict[str, Question] = {
    # English
    "dev8-en-name_or_compare-001": Question(E),  # waterproof hiking boots in size 39
    "dev8-en-name_or_compare-002": Question(E),  # lactose-free yogurt under 3 USD
    "dev8-en-name_or_compare-003": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),
    "dev8-en-name_or_compare-004": Question("price", S("jackets", a=("waterproof",))),
    "dev8-en-name_or_compare-005": Question("count", S("memory-cards", a=("128gb",))),
    "dev8-en-name_or_compare-006": Question("diff", S("camping-chairs")),
    "dev8-en-name_or_compare-007": Question("pred", truth=_dearest_has("smartwatches", "waterproof")),
    "dev8-en-name_or_compare-008": Question("pred", truth=_sum_at_most(("camping-stoves", "headlamps"), 50.0)),
    # Russian
    "dev8-ru-name_or_compare-001": Question(E),  # кеды 41 размера
    "dev8-ru-name_or_compare-002": Question(E),  # беспроводные наушники до 3 тыщ (33.33 USD)
    "dev8-ru-name_or_compare-003": Question("cheaper", S("dumbbells"), S("yoga-mats"), diff=True),
    "dev8-ru-name_or_compare-004": Question("price", S("tents")),
    "dev8-ru-name_or_compare-005": Question("count", S("board-games")),
    "dev8-ru-name_or_compare-006": Question("diff", S("toothbrushes")),
    "dev8-ru-name_or_compare-007": Question("pred", truth=_dearest_has("speakers", "waterproof")),
    "dev8-ru-name_or_compare-008": Question("unchecked", note="hours a flask keeps drinks hot: no RULES key"),
    # Chinese
    "dev8-zh-name_or_compare-001": Question(E),  # 42码防水雪地靴
    "dev8-zh-name_or_compare-002": Question(E),  # 两百以内的降噪耳机
    "dev8-zh-name_or_compare-003": Question("cheaper", S("dumbbells"), S("yoga-mats"), diff=True),
    "dev8-zh-name_or_compare-004": Question("price", S("lip-balm")),
    "dev8-zh-name_or_compare-005": Question("count", S("cables")),
    "dev8-zh-name_or_compare-006": Question("diff", S("desk-lamps")),
    "dev8-zh-name_or_compare-007": Question("pred", truth=_dearest_has("speakers", "waterproof")),
    "dev8-zh-name_or_compare-008": Question("pred", truth=_max_above("cameras", 694.44)),  # 五千以上: 5000 CNY
}
