"""Development questions for direct shopper questions about kinds of products (``dev6_name_or_compare.jsonl``).

A development set, written by a helper session, blind: its per-case errors will be read while fixing the assistant,
so it is no held-out measure. The author did not read the assistant's code, its knowledge base, tools or tests, the
catalog or product titles, or any other request set. It read only ``dev6_name_or_compare.jsonl``, the judge's
``Sel`` / ``Question`` / ``S`` API with its truth helpers and ``judge_question`` (``judge_questions_api.py``), the
example module ``example_dev4_questions.py``, the ``RULES`` table (``judge_rules_head.py``) and the store's category
slugs with their en/ru/zh names (``slugs.txt``).

36 questions, 12 per language (en, ru, zh), all ``name_or_compare``, one turn each. In all: 9 yes/no availability
questions (``exists``: the truth comes from each line's ``expect``), 9 "how much is the (cheapest) X" (``price``;
when no product fits, the judge reports the case as not checkable), 6 "how many X" (``count``), 4 "which is cheaper"
(``cheaper``; 3 also ask by how much), 3 "price spread between the cheapest and the dearest X" (``diff``) and
2 ``unchecked``: a 2-person tent (no ``RULES`` key) and black tea (no ``RULES`` key: "black" is a colour); three
"is the most expensive X waterproof?" are ``pred`` on ``_dearest_has`` (added to the judge for them after the author
marked them unchecked for want of it). No ``top``. Money: 1 USD = 90 RUB = 7.2 CNY.
"""

from evals.requests_judge import Question, S, _dearest_has

E = "exists"

DEV6_QUESTIONS: dict[str, Question] = {
    # English
    "dev6-en-name_or_compare-001": Question("unchecked", note="2-person tents have no RULES key (only 'for 4 people')"),
    "dev6-en-name_or_compare-002": Question(E),
    "dev6-en-name_or_compare-003": Question("price", S("toothbrushes")),
    "dev6-en-name_or_compare-004": Question("count", S("tea")),
    "dev6-en-name_or_compare-005": Question("pred", truth=_dearest_has("jackets", "waterproof")),
    "dev6-en-name_or_compare-006": Question("cheaper", S("headphones", a=("wireless",)),
                                            S("headphones", a=("wired",)), diff=True),
    "dev6-en-name_or_compare-007": Question(E),
    "dev6-en-name_or_compare-008": Question("diff", S("power-banks")),
    "dev6-en-name_or_compare-009": Question("price", S("memory-cards", a=("128gb",))),
    "dev6-en-name_or_compare-010": Question("cheaper", S("chocolate", a=("dark",)), S("chocolate", a=("milk",))),
    "dev6-en-name_or_compare-011": Question(E),
    "dev6-en-name_or_compare-012": Question("count", S("board-games", mx=30.0)),
    # Russian
    "dev6-ru-name_or_compare-001": Question("cheaper", S("sleeping-bags"), S("tents"), diff=True),
    "dev6-ru-name_or_compare-002": Question(E),
    "dev6-ru-name_or_compare-003": Question("price", S("drills")),
    "dev6-ru-name_or_compare-004": Question("count", S("puzzles", a=("1000 pieces",))),
    "dev6-ru-name_or_compare-005": Question("pred", truth=_dearest_has("jackets", "waterproof")),
    "dev6-ru-name_or_compare-006": Question(E),
    "dev6-ru-name_or_compare-007": Question(E),
    "dev6-ru-name_or_compare-008": Question("unchecked", note="black tea has no RULES key ('black' is a colour)"),
    "dev6-ru-name_or_compare-009": Question("price", S("dumbbells", a=("5 kg",))),
    "dev6-ru-name_or_compare-010": Question("price", S("extension-cords", a=("5 m",))),
    "dev6-ru-name_or_compare-011": Question("diff", S("running-shoes")),
    "dev6-ru-name_or_compare-012": Question("count", S("light-bulbs", a=("warm white",))),
    # Chinese
    "dev6-zh-name_or_compare-001": Question("price", S("toothbrushes")),
    "dev6-zh-name_or_compare-002": Question("cheaper", S("trekking-poles"), S("camping-chairs"), diff=True),
    "dev6-zh-name_or_compare-003": Question(E),
    "dev6-zh-name_or_compare-004": Question("count", S("chocolate")),
    "dev6-zh-name_or_compare-005": Question("pred", truth=_dearest_has("smartwatches", "waterproof")),
    "dev6-zh-name_or_compare-006": Question(E),
    "dev6-zh-name_or_compare-007": Question("price", S("chargers", a=("30 w",)),
                                            note="Type-C is not recorded: judged on 30 W only"),
    "dev6-zh-name_or_compare-008": Question("count", S("desk-lamps")),
    "dev6-zh-name_or_compare-009": Question("diff", S("bike-helmets")),
    "dev6-zh-name_or_compare-010": Question(E),
    "dev6-zh-name_or_compare-011": Question("price", S("water-bottles", a=("500 ml",))),
    "dev6-zh-name_or_compare-012": Question("price", S("cookies", x=("sugar",))),
}
