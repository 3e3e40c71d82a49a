"""Development questions for direct shopper questions about kinds of products (``development4.jsonl``).

A development set, written 2026-12-05 by a helper session, blind: its per-case errors will be read while fixing the
assistant, so it is no held-out measure. The author did not read the assistant's code, its knowledge base, tools or
tests, the catalog or product titles, or any other request set. It saw only ``evals/data/requests/README.md``, the
``RULES`` table, the ``Sel`` / ``Question`` / ``S`` API, the truth helpers and ``judge_question`` in
``evals/requests_judge.py``, the header of ``evals/requests_dev_questions.py`` and the store's category slugs with
their en/ru/zh names.

72 questions, 24 per language (en, ru, zh), all ``name_or_compare``, one turn each. Per language: 9 yes/no
availability questions (``exists``: the truth comes from each line's ``expect``), 4 "which is cheaper" (2 between two
categories, 2 within one category with vs without a ``RULES`` attribute; 2 of the 4 also ask by how much), 3 "how
much is your cheapest X" / "what do X cost" (``price``), 3 "most expensive X" (``top``), 2 "how many X" (``count``),
2 "price spread between the cheapest and the dearest X" (``diff``) and 1 yes/no whose truth is a price fact
(``pred``). Money: 1 USD = 90 RUB = 7.2 CNY.
"""

from evals.requests_judge import Question, S, _all_above, _max_above, _sum_at_most

E = "exists"

DEV4_QUESTIONS: dict[str, Question] = {
    # English
    "dev4-en-001": Question(E),
    "dev4-en-002": Question(E),
    "dev4-en-003": Question(E),
    "dev4-en-004": Question(E),
    "dev4-en-005": Question(E),
    "dev4-en-006": Question(E),
    "dev4-en-007": Question(E),
    "dev4-en-008": Question(E),
    "dev4-en-009": Question(E),
    "dev4-en-010": Question("cheaper", S("thermoses"), S("water-bottles"), diff=True),
    "dev4-en-011": Question("cheaper", S("board-games"), S("puzzles")),
    "dev4-en-012": Question("cheaper", S("headphones", a=("wireless",)), S("headphones", a=("wired",)), diff=True),
    "dev4-en-013": Question("cheaper", S("jackets", a=("waterproof",)), S("jackets", x=("waterproof",))),
    "dev4-en-014": Question("price", S("power-banks")),
    "dev4-en-015": Question("price", S("yoga-mats")),
    "dev4-en-016": Question("price", S("coffee", a=("decaf",))),
    "dev4-en-017": Question("top", S("cameras")),
    "dev4-en-018": Question("top", S("drills")),
    "dev4-en-019": Question("top", S("toothbrushes")),
    "dev4-en-020": Question("count", S("backpacks")),
    "dev4-en-021": Question("count", S("tea")),
    "dev4-en-022": Question("diff", S("hair-dryers")),
    "dev4-en-023": Question("diff", S("bike-helmets")),
    "dev4-en-024": Question("pred", truth=_max_above("smartwatches", 200.0)),
    # Russian
    "dev4-ru-001": Question(E),
    "dev4-ru-002": Question(E),
    "dev4-ru-003": Question(E),
    "dev4-ru-004": Question(E),
    "dev4-ru-005": Question(E),
    "dev4-ru-006": Question(E),
    "dev4-ru-007": Question(E),
    "dev4-ru-008": Question(E),
    "dev4-ru-009": Question(E),
    "dev4-ru-010": Question("cheaper", S("dumbbells"), S("jump-ropes")),
    "dev4-ru-011": Question("cheaper", S("hair-dryers"), S("toothbrushes"), diff=True),
    "dev4-ru-012": Question("cheaper", S("frying-pans", a=("non-stick coating",)),
                            S("frying-pans", x=("non-stick coating",)), diff=True),
    "dev4-ru-013": Question("cheaper", S("speakers", a=("waterproof",)), S("speakers", x=("waterproof",))),
    "dev4-ru-014": Question("price", S("backpacks")),
    "dev4-ru-015": Question("price", S("toothpaste")),
    "dev4-ru-016": Question("price", S("light-bulbs", a=("warm white",))),
    "dev4-ru-017": Question("top", S("sleeping-bags")),
    "dev4-ru-018": Question("top", S("smartwatches")),
    "dev4-ru-019": Question("top", S("rc-cars")),
    "dev4-ru-020": Question("count", S("cheese")),
    "dev4-ru-021": Question("count", S("headlamps")),
    "dev4-ru-022": Question("diff", S("tape-measures")),
    "dev4-ru-023": Question("diff", S("puzzles")),
    "dev4-ru-024": Question("pred", truth=_all_above("extension-cords", 11.11)),  # "дороже тыщи": 1000 RUB
    # Chinese
    "dev4-zh-001": Question(E),
    "dev4-zh-002": Question(E),
    "dev4-zh-003": Question(E),
    "dev4-zh-004": Question(E),
    "dev4-zh-005": Question(E),
    "dev4-zh-006": Question(E),
    "dev4-zh-007": Question(E),
    "dev4-zh-008": Question(E),
    "dev4-zh-009": Question(E),
    "dev4-zh-010": Question("cheaper", S("power-banks"), S("chargers")),
    "dev4-zh-011": Question("cheaper", S("footballs"), S("tennis-rackets"), diff=True),
    "dev4-zh-012": Question("cheaper", S("headphones", a=("noise-cancelling",)),
                            S("headphones", x=("noise-cancelling",)), diff=True),
    "dev4-zh-013": Question("cheaper", S("headlamps", a=("rechargeable",)), S("headlamps", x=("rechargeable",))),
    "dev4-zh-014": Question("price", S("toothbrushes")),
    "dev4-zh-015": Question("price", S("coffee", a=("beans",))),
    "dev4-zh-016": Question("price", S("slippers")),
    "dev4-zh-017": Question("top", S("tents")),
    "dev4-zh-018": Question("top", S("building-sets")),
    "dev4-zh-019": Question("top", S("knives")),
    "dev4-zh-020": Question("count", S("shampoo")),
    "dev4-zh-021": Question("count", S("chocolate")),
    "dev4-zh-022": Question("diff", S("flashlights")),
    "dev4-zh-023": Question("diff", S("face-cream")),
    "dev4-zh-024": Question("pred", truth=_sum_at_most(("tents", "sleeping-bags"), 138.89)),  # 1000 CNY
}
