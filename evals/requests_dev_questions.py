"""Development questions for category-level shopper requests (``development_category.jsonl``).

A development set, written 2026-12-03 for category-level questions: the judging rules may be tuned against it, so it
is no held-out measure. It was written by a helper who did not read the assistant's code, its knowledge base, its
tools or tests, or the held-out ``requests.jsonl``; it saw only the judging helpers in ``evals/requests_judge.py`` and
the store's category slugs with their en/ru/zh names.

72 questions, 24 per language (en, ru, zh), each about a kind of product as a whole, not a named product. Per
language: 4 "which is cheaper" between two categories (one also asks by how much), 2 "which is cheaper" within one
category with and without a ``RULES`` attribute, 4 "how much do X cost" and 3 "what's your cheapest X" (both judged
as the cheapest's price), 3 "what's your most expensive X" (``top``), 3 "how many X" (``count``), 2 "price difference
between the cheapest and the most expensive X" (``diff``) and 3 yes/no questions whose truth is a price fact
(``pred``: any over a price, all above a price, whether the cheapest has an attribute, or two cheapest within a sum).
"""

from evals.requests_judge import Question, S, _all_above, _cheapest_has, _max_above, _sum_at_most

DEV_QUESTIONS: dict[str, Question] = {
    # English
    "cat-en-001": Question("cheaper", S("headlamps"), S("flashlights")),
    "cat-en-002": Question("cheaper", S("hats"), S("gloves")),
    "cat-en-003": Question("cheaper", S("speakers"), S("headphones")),
    "cat-en-004": Question("cheaper", S("building-sets"), S("rc-cars"), diff=True),
    "cat-en-005": Question("cheaper", S("headphones", a=("noise-cancelling",)),
                           S("headphones", x=("noise-cancelling",)), diff=True),
    "cat-en-006": Question("cheaper", S("coffee", a=("decaf",)), S("coffee", x=("decaf",))),
    "cat-en-007": Question("price", S("camping-chairs")),
    "cat-en-008": Question("price", S("kettles")),
    "cat-en-009": Question("price", S("towels")),
    "cat-en-010": Question("price", S("sunscreen")),
    "cat-en-011": Question("top", S("tents")),
    "cat-en-012": Question("top", S("cameras")),
    "cat-en-013": Question("top", S("backpacks")),
    "cat-en-014": Question("price", S("dumbbells")),
    "cat-en-015": Question("price", S("toothbrushes")),
    "cat-en-016": Question("price", S("tea")),
    "cat-en-017": Question("count", S("chocolate")),
    "cat-en-018": Question("count", S("sleeping-bags")),
    "cat-en-019": Question("count", S("dolls")),
    "cat-en-020": Question("diff", S("knives")),
    "cat-en-021": Question("diff", S("smartwatches")),
    "cat-en-022": Question("pred", truth=_max_above("hair-dryers", 80)),
    "cat-en-023": Question("pred", truth=_all_above("jackets", 50)),
    "cat-en-024": Question("pred", truth=_cheapest_has("headphones", "wireless")),
    # Russian
    "cat-ru-001": Question("cheaper", S("jackets"), S("fleeces")),
    "cat-ru-002": Question("cheaper", S("sneakers"), S("running-shoes")),
    "cat-ru-003": Question("cheaper", S("puzzles"), S("building-sets"), diff=True),
    "cat-ru-004": Question("cheaper", S("dumbbells"), S("yoga-mats")),
    "cat-ru-005": Question("cheaper", S("sleeping-bags", a=("down",)), S("sleeping-bags", x=("down",))),
    "cat-ru-006": Question("cheaper", S("yogurt", a=("lactose-free",)), S("yogurt", x=("lactose-free",))),
    "cat-ru-007": Question("price", S("backpacks")),
    "cat-ru-008": Question("price", S("extension-cords")),
    "cat-ru-009": Question("price", S("snack-bars")),
    "cat-ru-010": Question("price", S("swim-goggles")),
    "cat-ru-011": Question("top", S("headphones")),
    "cat-ru-012": Question("top", S("winter-boots")),
    "cat-ru-013": Question("top", S("rc-cars")),
    "cat-ru-014": Question("price", S("cheese")),
    "cat-ru-015": Question("price", S("shampoo")),
    "cat-ru-016": Question("price", S("thermoses")),
    "cat-ru-017": Question("count", S("power-banks")),
    "cat-ru-018": Question("count", S("socks")),
    "cat-ru-019": Question("count", S("tennis-rackets")),
    "cat-ru-020": Question("diff", S("face-cream")),
    "cat-ru-021": Question("diff", S("trekking-poles")),
    "cat-ru-022": Question("pred", truth=_max_above("tents", 300)),
    "cat-ru-023": Question("pred", truth=_cheapest_has("frying-pans", "non-stick coating")),
    "cat-ru-024": Question("pred", truth=_sum_at_most(("backpacks", "sleeping-bags"), 80)),
    # Chinese
    "cat-zh-001": Question("cheaper", S("chocolate"), S("cookies")),
    "cat-zh-002": Question("cheaper", S("power-banks"), S("chargers"), diff=True),
    "cat-zh-003": Question("cheaper", S("slippers"), S("sandals")),
    "cat-zh-004": Question("cheaper", S("sunscreen"), S("face-cream")),
    "cat-zh-005": Question("cheaper", S("headphones", a=("wireless",)), S("headphones", a=("wired",))),
    "cat-zh-006": Question("cheaper", S("batteries", a=("rechargeable",)), S("batteries", x=("rechargeable",))),
    "cat-zh-007": Question("price", S("lip-balm")),
    "cat-zh-008": Question("price", S("cables")),
    "cat-zh-009": Question("price", S("mugs")),
    "cat-zh-010": Question("price", S("food-containers")),
    "cat-zh-011": Question("top", S("smartwatches")),
    "cat-zh-012": Question("top", S("hair-dryers")),
    "cat-zh-013": Question("top", S("sleeping-bags")),
    "cat-zh-014": Question("price", S("juice")),
    "cat-zh-015": Question("price", S("footballs")),
    "cat-zh-016": Question("price", S("towels")),
    "cat-zh-017": Question("count", S("plush-toys")),
    "cat-zh-018": Question("count", S("desk-lamps")),
    "cat-zh-019": Question("count", S("nuts")),
    "cat-zh-020": Question("diff", S("tennis-rackets")),
    "cat-zh-021": Question("diff", S("speakers")),
    "cat-zh-022": Question("pred", truth=_all_above("trekking-poles", 20)),
    "cat-zh-023": Question("pred", truth=_cheapest_has("jackets", "waterproof")),
    "cat-zh-024": Question("pred", truth=_sum_at_most(("dumbbells", "yoga-mats"), 50)),
}
