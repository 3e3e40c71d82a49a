"""Development questions for the direct shopper questions of ``development11.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-07 by three helper sessions, one per language (en, ru, zh), for development11: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API with
its truth helpers, the dev4 example module and the category slugs), not the assistant's code, the catalog, product
titles or any other request set. Its per-case errors are read while fixing the assistant: a development set.

10 questions per language, one turn each: yes/no availability (``exists``: the truth comes from each line's
``expect``), which is cheaper and by how much, the price of the cheapest, a count, the spread between the cheapest and
the dearest, the dearest product, yes/no facts about the dearest product or a pair's total (``pred``), and a question
with no ``RULES`` key (``unchecked``). Money: 1 USD = 90 RUB = 7.2 CNY.
"""

from evals.requests_judge import Question, S, _dearest_has, _sum_at_most

E = "exists"

DEV11_QUESTIONS: dict[str, Question] = {
    # English
    "dev11-en-name_or_compare-001": Question(E),  # running shoes, size 44
    "dev11-en-name_or_compare-002": Question("cheaper", S("thermoses"), S("kettles"), diff=True),
    "dev11-en-name_or_compare-003": Question("price", S("chargers")),
    "dev11-en-name_or_compare-004": Question("count", S("puzzles", a=("1000 pieces",))),
    "dev11-en-name_or_compare-005": Question("diff", S("yoga-mats")),
    "dev11-en-name_or_compare-006": Question("pred", truth=_dearest_has("speakers", "waterproof")),
    "dev11-en-name_or_compare-007": Question("top", S("sleeping-bags")),
    "dev11-en-name_or_compare-008": Question(E),  # decaf coffee beans under $15
    "dev11-en-name_or_compare-009": Question("cheaper", S("headlamps", a=("rechargeable",)),
                                              S("headlamps", x=("rechargeable",))),
    "dev11-en-name_or_compare-010": Question("pred", truth=_sum_at_most(("tents", "sleeping-bags"), 150.0)),
    # Russian
    "dev11-ru-name_or_compare-001": Question(E),  # походные ботинки 42 размера
    "dev11-ru-name_or_compare-002": Question(E),  # беспроводные "уши" с шумодавом до 10к
    "dev11-ru-name_or_compare-003": Question(E),  # носки из мериноса
    "dev11-ru-name_or_compare-004": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),  # налобник
    "dev11-ru-name_or_compare-005": Question("cheaper", S("kettles", a=("plastic",)), S("kettles", x=("plastic",))),
    "dev11-ru-name_or_compare-006": Question("price", S("bike-helmets")),  # шлем на велик
    "dev11-ru-name_or_compare-007": Question("pred", truth=_dearest_has("speakers", "waterproof")),  # колонка
    "dev11-ru-name_or_compare-008": Question("count", S("coffee", a=("beans",))),
    "dev11-ru-name_or_compare-009": Question("diff", S("drills")),  # шуруповерт
    "dev11-ru-name_or_compare-010": Question("unchecked", note="sulfate-free shampoo: no RULES key, not in the DB"),
    # Chinese
    "dev11-zh-name_or_compare-001": Question(E),  # 42码登山鞋
    "dev11-zh-name_or_compare-002": Question(E),  # 低因咖啡
    "dev11-zh-name_or_compare-003": Question(E),  # 防水蓝牙音箱 200 CNY
    "dev11-zh-name_or_compare-004": Question("cheaper", S("swim-goggles"), S("bike-helmets"), diff=True),
    "dev11-zh-name_or_compare-005": Question("cheaper", S("socks", a=("wool",)), S("socks", a=("cotton",))),
    "dev11-zh-name_or_compare-006": Question("price", S("lip-balm")),
    "dev11-zh-name_or_compare-007": Question("count", S("extension-cords")),  # 插排 = power strip
    "dev11-zh-name_or_compare-008": Question("price", S("desk-lamps"),
                                             note="price range asked: checked by the cheapest price"),
    "dev11-zh-name_or_compare-009": Question("pred", truth=_dearest_has("smartwatches", "waterproof")),
    "dev11-zh-name_or_compare-010": Question("top", S("hair-dryers")),
}
