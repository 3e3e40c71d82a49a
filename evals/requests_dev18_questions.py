"""Development questions for the direct shopper questions of ``development18.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-07 by three helper sessions, one per language (en, ru, zh), for development18: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API, the
dev4 example module and the category slugs), not the assistant's code, the catalog, product titles or any other
request set. Its per-case errors are read while fixing the assistant: a development set.

7 questions per language, one turn each, in the set's voices: e-mail or contact-form messages and forum posts in
English, formal e-mail Russian and Russian mixed with English words, Xiaohongshu-style posts and formal written Chinese.
Money: 1 USD = 90 RUB = 7.2 CNY, £1 = 1.27 USD, €1 = 1.08 USD.
"""

from evals.requests_judge import Question, S

E = "exists"

DEV18_QUESTIONS: dict[str, Question] = {
    # English
    # how much more the cheapest winter-rated sleeping bag costs than the cheapest non-winter one
    "dev18-en-name_or_compare-001": Question("cheaper", S("sleeping-bags", a=("winter",)),
                                             S("sleeping-bags", x=("winter",)), diff=True),
    # yes/no: waterproof hiking boots in size 44 under $150
    "dev18-en-name_or_compare-002": Question(E),
    # price of the cheapest power bank with at least 20,000 mAh
    "dev18-en-name_or_compare-003": Question("price", S("power-banks", a=("20000 mah",))),
    # the most expensive tent and its price
    "dev18-en-name_or_compare-004": Question("top", S("tents")),
    # how many gluten-free breads
    "dev18-en-name_or_compare-005": Question("count", S("bread", a=("gluten-free",))),
    # price spread of knives: cheapest, dearest, difference
    "dev18-en-name_or_compare-006": Question("diff", S("knives")),
    # which is cheaper, the cheapest dumbbells or the cheapest yoga mat, and by how much
    "dev18-en-name_or_compare-007": Question("cheaper", S("dumbbells"), S("yoga-mats"), diff=True),
    # Russian
    # Are waterproof winter boots in size 38 in stock? (yes/no from the line's expect)
    "dev18-ru-name_or_compare-001": Question(E),
    # Which is cheaper, a headlamp or a flashlight, and by how much?
    "dev18-ru-name_or_compare-002": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),
    # Price of the cheapest screwdriver set.
    "dev18-ru-name_or_compare-003": Question("price", S("screwdriver-sets")),
    # The most expensive kettle and its price.
    "dev18-ru-name_or_compare-004": Question("top", S("kettles")),
    # How many board games are on sale.
    "dev18-ru-name_or_compare-005": Question("count", S("board-games")),
    # Price spread of dumbbells: cheapest, dearest and the difference.
    "dev18-ru-name_or_compare-006": Question("diff", S("dumbbells")),
    # AA batteries: rechargeable vs ordinary, which is cheaper and by how much?
    "dev18-ru-name_or_compare-007": Question("cheaper", S("batteries", a=("aa", "rechargeable")),
                                             S("batteries", a=("aa",), x=("rechargeable",)), diff=True),
    # Chinese
    # 44码的防水登山鞋有没有 (yes/no availability: size 44 + waterproof hiking boots)
    "dev18-zh-name_or_compare-001": Question(E),
    # 防水 vs 不防水蓝牙音箱，最便宜的哪个便宜、差多少
    "dev18-zh-name_or_compare-002": Question("cheaper", S("speakers", a=("waterproof",)),
                                             S("speakers", x=("waterproof",)), diff=True),
    # 最便宜的头灯多少钱
    "dev18-zh-name_or_compare-003": Question("price", S("headlamps")),
    # 最贵的吹风机是哪款、多少钱
    "dev18-zh-name_or_compare-004": Question("top", S("hair-dryers")),
    # 登山杖一共有几款
    "dev18-zh-name_or_compare-005": Question("count", S("trekking-poles")),
    # 防晒霜最便宜和最贵的差多少钱
    "dev18-zh-name_or_compare-006": Question("diff", S("sunscreen")),
    # 128GB存储卡有没有 (yes/no availability)
    "dev18-zh-name_or_compare-007": Question(E),
}
