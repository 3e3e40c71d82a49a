"""Development questions for the direct shopper questions of ``development9.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-06 by three helper sessions, one per language (en, ru, zh), for development9: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API with
its truth helpers, the dev4 example module and the category slugs), not the assistant's code, the catalog, product
titles or any other request set. Its per-case errors are read while fixing the assistant: a development set.

10 questions per language, one turn each: yes/no availability (``exists``: the truth comes from each line's
``expect``), which is cheaper and by how much, the price of the cheapest, a count, the spread between the cheapest and
the dearest, yes/no facts about the dearest product (``pred``), and questions with no ``RULES`` key (``unchecked``).
Money: 1 USD = 90 RUB = 7.2 CNY.
"""

from evals.requests_judge import Question, S, _dearest_has, _sum_at_most

E = "exists"

DEV9_QUESTIONS: dict[str, Question] = {
    # English
    "dev9-en-name_or_compare-001": Question(E),  # merino socks, size 43
    "dev9-en-name_or_compare-002": Question(E),  # noise-cancelling over-ear headphones under $200
    "dev9-en-name_or_compare-003": Question("diff", S("camping-stoves")),
    "dev9-en-name_or_compare-004": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),
    "dev9-en-name_or_compare-005": Question("cheaper", S("yogurt", a=("lactose-free",)),
                                           S("yogurt", x=("lactose-free",))),
    "dev9-en-name_or_compare-006": Question("price", S("tents", a=("for 4 people",))),
    "dev9-en-name_or_compare-007": Question("count", S("chocolate", a=("dark",))),
    "dev9-en-name_or_compare-008": Question("top", S("tennis-rackets")),
    "dev9-en-name_or_compare-009": Question("pred", truth=_dearest_has("speakers", "waterproof")),  # "go in the pool"
    "dev9-en-name_or_compare-010": Question("pred", truth=_sum_at_most(("sleeping-bags", "backpacks"), 150.0)),
    # Russian
    "dev9-ru-name_or_compare-001": Question(E),  # беговые кроссовки 44 размера
    "dev9-ru-name_or_compare-002": Question("cheaper", S("yoga-mats"), S("jump-ropes"), diff=True),
    "dev9-ru-name_or_compare-003": Question("price", S("headlamps")),
    "dev9-ru-name_or_compare-004": Question("count", S("board-games")),
    "dev9-ru-name_or_compare-005": Question("diff", S("frying-pans")),
    "dev9-ru-name_or_compare-006": Question("pred", truth=_dearest_has("tents", "waterproof")),
    "dev9-ru-name_or_compare-007": Question("cheaper", S("jackets", a=("down",)), S("jackets", x=("down",))),
    "dev9-ru-name_or_compare-008": Question(E),  # блютуз колонка дешевле 2000 руб. (22.22 USD)
    "dev9-ru-name_or_compare-009": Question("top", S("hiking-boots")),
    "dev9-ru-name_or_compare-010": Question("unchecked", note="ionization of hair dryers has no RULES key; "
                                            "the price of the cheapest ionizing hair dryer cannot be computed"),
    # Chinese
    "dev9-zh-name_or_compare-001": Question(E),  # 42码的登山靴
    "dev9-zh-name_or_compare-002": Question(E),  # 无麸质饼干, 三十块以内
    "dev9-zh-name_or_compare-003": Question("cheaper", S("speakers"), S("headphones"), diff=True),
    "dev9-zh-name_or_compare-004": Question("cheaper", S("flashlights", a=("rechargeable",)),
                                            S("flashlights", x=("rechargeable",))),
    "dev9-zh-name_or_compare-005": Question("price", S("drills")),
    "dev9-zh-name_or_compare-006": Question("top", S("power-banks")),
    "dev9-zh-name_or_compare-007": Question("count", S("lip-balm")),
    "dev9-zh-name_or_compare-008": Question("diff", S("swim-goggles")),
    "dev9-zh-name_or_compare-009": Question("pred", truth=_dearest_has("tents", "waterproof")),
    "dev9-zh-name_or_compare-010": Question("unchecked", note="carbon fibre (碳纤维) of the dearest trekking poles: "
                                                             "no RULES key for that material"),
}
