"""Development questions for the direct shopper questions of ``development14.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-07 by three helper sessions, one per language (en, ru, zh), for development14: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API with
its truth helpers, the dev4 example module and the category slugs), not the assistant's code, the catalog, product
titles or any other request set. Its per-case errors are read while fixing the assistant: a development set.

10 questions per language, one turn each: yes/no availability (``exists``: the truth comes from each line's
``expect``), which is cheaper and by how much, the price of the cheapest, a count, the spread between the cheapest and
the dearest, yes/no facts about the dearest product or a basket (``pred``), and one English question whose fact has no
rule (``unchecked``). Money: 1 USD = 90 RUB = 7.2 CNY.
"""

from evals.requests_judge import Question, S, _dearest_has, _sum_at_most

E = "exists"

DEV14_QUESTIONS: dict[str, Question] = {
    # English
    "dev14-en-name_or_compare-001": Question(E),  # hiking boots, size 45, not leather
    "dev14-en-name_or_compare-002": Question(E),  # black kettle under $40
    "dev14-en-name_or_compare-003": Question("cheaper", S("thermoses"), S("mugs"), diff=True),
    "dev14-en-name_or_compare-004": Question("cheaper", S("chocolate", a=("dark",)), S("chocolate", a=("milk",)),
                                             diff=True),
    "dev14-en-name_or_compare-005": Question("price", S("flashlights")),
    "dev14-en-name_or_compare-006": Question("count", S("building-sets")),
    "dev14-en-name_or_compare-007": Question(E),  # purple yoga mat, not PVC
    "dev14-en-name_or_compare-008": Question("pred", truth=_dearest_has("jackets", "waterproof")),
    "dev14-en-name_or_compare-009": Question("diff", S("dumbbells")),
    "dev14-en-name_or_compare-010": Question("unchecked", S("frying-pans"),
                                             note="induction compatibility has no RULES key"),
    # Russian
    "dev14-ru-name_or_compare-001": Question(E),  # кроссы для бега 43 размер
    "dev14-ru-name_or_compare-002": Question(E),  # шапка красная шерстяная
    "dev14-ru-name_or_compare-003": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),
    "dev14-ru-name_or_compare-004": Question("cheaper", S("kettles", a=("capacity over 1.7 l",)),
                                             S("kettles", x=("capacity over 1.7 l",)), diff=True),
    "dev14-ru-name_or_compare-005": Question("price", S("chargers")),
    "dev14-ru-name_or_compare-006": Question("count", S("puzzles", a=("1000 pieces",))),
    "dev14-ru-name_or_compare-007": Question("pred", truth=_dearest_has("speakers", "waterproof")),
    "dev14-ru-name_or_compare-008": Question(E),  # гантельки по 5 кг до косаря: 1000 RUB = 11.11 USD
    "dev14-ru-name_or_compare-009": Question("diff", S("frying-pans")),
    "dev14-ru-name_or_compare-010": Question("cheaper", S("nuts"), S("chocolate")),
    # Chinese
    "dev14-zh-name_or_compare-001": Question(E),  # 雪地靴 39码
    "dev14-zh-name_or_compare-002": Question(E),  # 粉色电热水壶
    "dev14-zh-name_or_compare-003": Question("cheaper", S("jump-ropes"), S("yoga-mats"), diff=True),
    "dev14-zh-name_or_compare-004": Question("cheaper", S("sleeping-bags", a=("down",)),
                                             S("sleeping-bags", a=("synthetic",)), diff=True),
    "dev14-zh-name_or_compare-005": Question("price", S("bike-helmets")),
    "dev14-zh-name_or_compare-006": Question("count", S("desk-lamps")),
    "dev14-zh-name_or_compare-007": Question("diff", S("dumbbells")),
    "dev14-zh-name_or_compare-008": Question("pred", truth=_dearest_has("speakers", "waterproof")),
    "dev14-zh-name_or_compare-009": Question(E),  # 百元以内 美利奴羊毛袜
    # 200 CNY for the cheapest headlamp and the cheapest trekking poles together
    "dev14-zh-name_or_compare-010": Question("pred", truth=_sum_at_most(("headlamps", "trekking-poles"), 27.78)),
}
