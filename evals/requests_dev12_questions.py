"""Development questions for the direct shopper questions of ``development12.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-07 by three helper sessions, one per language (en, ru, zh), for development12: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API with
its truth helpers, the dev4 example module and the category slugs), not the assistant's code, the catalog, product
titles or any other request set. Its per-case errors are read while fixing the assistant: a development set.

10 questions per language, one turn each: yes/no availability (``exists``: the truth comes from each line's
``expect``), which is cheaper and by how much, the spread between the cheapest and the dearest, the price of the
cheapest, a count, the dearest product, yes/no facts about the dearest product or a pair's total (``pred``), and
questions with no ``RULES`` key (``unchecked``). Money: 1 USD = 90 RUB = 7.2 CNY.
"""

from evals.requests_judge import Question, S, _dearest_has, _sum_at_most

E = "exists"

DEV12_QUESTIONS: dict[str, Question] = {
    # English
    "dev12-en-name_or_compare-001": Question(E),  # snow boots size 43
    "dev12-en-name_or_compare-002": Question(E),  # kettle over 1.7 l under $40
    "dev12-en-name_or_compare-003": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),
    "dev12-en-name_or_compare-004": Question("cheaper", S("sleeping-bags", a=("down",)),
                                             S("sleeping-bags", a=("synthetic",))),
    "dev12-en-name_or_compare-005": Question("price", S("lip-balm")),
    "dev12-en-name_or_compare-006": Question("pred", truth=_sum_at_most(("bike-helmets", "swim-goggles"), 50.0)),
    "dev12-en-name_or_compare-007": Question("pred", truth=_dearest_has("speakers", "waterproof")),
    "dev12-en-name_or_compare-008": Question("count", S("base-layers", a=("merino",))),
    "dev12-en-name_or_compare-009": Question("diff", S("trekking-poles")),
    "dev12-en-name_or_compare-010": Question("unchecked", note="non-slip / grip of yoga mats is not a RULES key"),
    # Russian
    "dev12-ru-name_or_compare-001": Question(E),  # running shoes, size 44
    "dev12-ru-name_or_compare-002": Question(E),  # "чем воду кипятить": kettle over 1.5 l, <= 3000 RUB
    "dev12-ru-name_or_compare-003": Question(E),  # grey wool hat
    "dev12-ru-name_or_compare-004": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),  # "налобник"
    "dev12-ru-name_or_compare-005": Question("diff", S("thermoses")),
    "dev12-ru-name_or_compare-006": Question("price", S("extension-cords", a=("5 m",))),  # "переноска"
    "dev12-ru-name_or_compare-007": Question("count", S("tea", a=("green",))),
    "dev12-ru-name_or_compare-008": Question("top", S("backpacks", a=("30 l",))),
    "dev12-ru-name_or_compare-009": Question("pred", truth=_dearest_has("headphones", "noise-cancelling")),  # "шумодав"
    "dev12-ru-name_or_compare-010": Question("pred", truth=_sum_at_most(("kettles", "frying-pans"), 44.44)),  # 4000 RUB
    # Chinese
    "dev12-zh-name_or_compare-001": Question(E),  # black hiking boots, size 45
    "dev12-zh-name_or_compare-002": Question(E),  # food containers, not plastic, within 50 CNY
    "dev12-zh-name_or_compare-003": Question("unchecked",
                                            note="65 W charger: no RULES key ('30 w' means at least 30 W)"),
    "dev12-zh-name_or_compare-004": Question("cheaper", S("yoga-mats"), S("jump-ropes"), diff=True),
    "dev12-zh-name_or_compare-005": Question("diff", S("dumbbells")),
    "dev12-zh-name_or_compare-006": Question("price", S("lip-balm")),
    "dev12-zh-name_or_compare-007": Question("top", S("camping-chairs")),
    "dev12-zh-name_or_compare-008": Question("count", S("cables")),
    "dev12-zh-name_or_compare-009": Question("pred", truth=_dearest_has("jackets", "waterproof")),
    # 300 CNY
    "dev12-zh-name_or_compare-010": Question("pred", truth=_sum_at_most(("headlamps", "trekking-poles"), 41.67)),
}
