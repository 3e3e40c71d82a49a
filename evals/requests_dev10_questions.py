"""Development questions for the direct shopper questions of ``development10.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-06 by three helper sessions, one per language (en, ru, zh), for development10: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API with
its truth helpers, the dev4 example module and the category slugs), not the assistant's code, the catalog, product
titles or any other request set. Its per-case errors are read while fixing the assistant: a development set.

10 questions per language, one turn each: yes/no availability (``exists``: the truth comes from each line's
``expect``), which is cheaper and by how much, the price of the cheapest, a count, the spread between the cheapest and
the dearest, the dearest product, yes/no facts about the dearest or cheapest product (``pred``), and a question with
no ``RULES`` key (``unchecked``). Money: 1 USD = 90 RUB = 7.2 CNY.
"""

from evals.requests_judge import Question, S, _cheapest_has, _dearest_has

E = "exists"

DEV10_QUESTIONS: dict[str, Question] = {
    # English
    "dev10-en-name_or_compare-001": Question(E),  # hiking boots in size 44
    "dev10-en-name_or_compare-002": Question(E),  # waterproof bluetooth speaker under $50
    "dev10-en-name_or_compare-003": Question(E),  # decaf whole-bean coffee
    "dev10-en-name_or_compare-004": Question("cheaper", S("puzzles"), S("building-sets"), diff=True),
    "dev10-en-name_or_compare-005": Question("cheaper", S("socks", a=("merino",)), S("socks", x=("merino",)),
                                            diff=True),
    "dev10-en-name_or_compare-006": Question("price", S("bike-helmets")),
    "dev10-en-name_or_compare-007": Question("count", S("board-games")),
    "dev10-en-name_or_compare-008": Question("diff", S("dumbbells")),
    "dev10-en-name_or_compare-009": Question("pred", truth=_dearest_has("jackets", "waterproof")),
    "dev10-en-name_or_compare-010": Question("top", S("kettles")),
    # Russian
    "dev10-ru-name_or_compare-001": Question(E),  # кеды 42 размера до 4 тыщ
    "dev10-ru-name_or_compare-002": Question(E),  # термобельё из мериноса, L
    "dev10-ru-name_or_compare-003": Question(E),  # безлактозные йогурты
    "dev10-ru-name_or_compare-004": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),
    "dev10-ru-name_or_compare-005": Question("cheaper", S("gloves", a=("leather",)), S("gloves", x=("leather",))),
    "dev10-ru-name_or_compare-006": Question("price", S("memory-cards", a=("128gb",))),
    "dev10-ru-name_or_compare-007": Question("count", S("tea", a=("green",))),
    "dev10-ru-name_or_compare-008": Question("diff", S("dumbbells")),
    "dev10-ru-name_or_compare-009": Question("pred", truth=_dearest_has("jackets", "waterproof")),
    "dev10-ru-name_or_compare-010": Question("unchecked", note="dishwasher-safe (cheapest mug) has no RULES key"),
    # Chinese
    "dev10-zh-name_or_compare-001": Question(E),  # 登山鞋43码
    "dev10-zh-name_or_compare-002": Question(E),  # 无麸质饼干
    "dev10-zh-name_or_compare-003": Question(E),  # 防水蓝牙音箱, 300 CNY
    "dev10-zh-name_or_compare-004": Question("cheaper", S("dumbbells"), S("yoga-mats"), diff=True),
    "dev10-zh-name_or_compare-005": Question("cheaper", S("socks", a=("merino",)), S("socks", x=("merino",)),
                                             diff=True),
    "dev10-zh-name_or_compare-006": Question("price", S("swim-goggles")),
    "dev10-zh-name_or_compare-007": Question("count", S("jump-ropes")),
    "dev10-zh-name_or_compare-008": Question("diff", S("backpacks")),
    "dev10-zh-name_or_compare-009": Question("pred", truth=_dearest_has("jackets", "waterproof")),
    "dev10-zh-name_or_compare-010": Question("pred", truth=_cheapest_has("power-banks", "20000 mah")),
}
