"""Development questions for the direct shopper questions of ``development13.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-07 by three helper sessions, one per language (en, ru, zh), for development13: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API with
its truth helpers, the dev4 example module and the category slugs), not the assistant's code, the catalog, product
titles or any other request set. Its per-case errors are read while fixing the assistant: a development set.

10 questions per language, one turn each: yes/no availability (``exists``: the truth comes from each line's
``expect``), which is cheaper and by how much, the spread between the cheapest and the dearest, the price of the
cheapest, a count, the dearest product, and yes/no facts about the dearest or cheapest product (``pred``).
Money: 1 USD = 90 RUB = 7.2 CNY.
"""

from evals.requests_judge import Question, S, _cheapest_has, _dearest_has

E = "exists"

DEV13_QUESTIONS: dict[str, Question] = {
    # English
    "dev13-en-name_or_compare-001": Question(E),  # hiking boots in size 45
    "dev13-en-name_or_compare-002": Question(E),  # green vacuum flask ("keeps soup warm till lunch")
    "dev13-en-name_or_compare-003": Question("cheaper", S("yoga-mats"), S("jump-ropes"), diff=True),
    "dev13-en-name_or_compare-004": Question("cheaper", S("socks", a=("merino",)), S("socks", a=("synthetic",)),
                                             diff=True),
    "dev13-en-name_or_compare-005": Question("price", S("food-containers")),  # "box for bringing leftovers to work"
    "dev13-en-name_or_compare-006": Question("count", S("tea", a=("green",))),
    "dev13-en-name_or_compare-007": Question("pred", truth=_dearest_has("speakers", "waterproof")),  # "in the pool"
    "dev13-en-name_or_compare-008": Question("diff", S("hammers")),
    "dev13-en-name_or_compare-009": Question(E),  # noise-cancelling headphones under $80
    "dev13-en-name_or_compare-010": Question("top", S("camping-stoves")),  # "fanciest camp stove"
    # Russian
    # "кросы беговые 42 размера есть?"
    "dev13-ru-name_or_compare-001": Question(E),
    # "шапки красные детские бывают?" ("детские" has no RULES key)
    "dev13-ru-name_or_compare-002": Question(E),
    # "что дешевле налобник или обычный фонарик и на скока"
    "dev13-ru-name_or_compare-003": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),
    # cheapest winter sleeping bag vs cheapest non-winter one, and the difference
    "dev13-ru-name_or_compare-004": Question("cheaper", S("sleeping-bags", a=("winter",)),
                                             S("sleeping-bags", x=("winter",)), diff=True),
    # "почём самая дешёвая штука, в которую утром наливаешь чай, а вечером он ещё горячий?"
    "dev13-ru-name_or_compare-005": Question("price", S("thermoses")),
    # "сколько у вас пазлов на 1000 деталей?"
    "dev13-ru-name_or_compare-006": Question("count", S("puzzles", a=("1000 pieces",))),
    # chargers: from how much to how much, and the spread ("type-c" has no RULES key)
    "dev13-ru-name_or_compare-007": Question("diff", S("chargers")),
    # "самая дорогая колонка у вас воды не боится?"
    "dev13-ru-name_or_compare-008": Question("pred", truth=_dearest_has("speakers", "waterproof")),
    # merino thermal underwear, size XL, under 5000 RUB (55.56 USD): yes/no
    "dev13-ru-name_or_compare-009": Question(E),
    # "самый дорогой рюкзак почём?"
    "dev13-ru-name_or_compare-010": Question("top", S("backpacks")),
    # Chinese
    "dev13-zh-name_or_compare-001": Question(E),  # 雪地鞋43码: winter-boots, size 43
    "dev13-zh-name_or_compare-002": Question(E),  # 装热水一天不凉的壶, 黑色, 一百五以内: thermoses, black, <= 20.83
    "dev13-zh-name_or_compare-003": Question("cheaper", S("yoga-mats"), S("jump-ropes"), diff=True),
    "dev13-zh-name_or_compare-004": Question("cheaper", S("coffee", a=("beans",)), S("coffee", a=("ground",)),
                                             diff=True),
    "dev13-zh-name_or_compare-005": Question("price", S("kettles")),  # 烧水的那个壶
    "dev13-zh-name_or_compare-006": Question("count", S("lip-balm")),
    "dev13-zh-name_or_compare-007": Question("diff", S("headlamps")),  # 戴脑门上那种灯
    "dev13-zh-name_or_compare-008": Question("pred", truth=_dearest_has("hiking-boots", "waterproof")),
    "dev13-zh-name_or_compare-009": Question(E),  # 抓绒衣 M码 灰色: fleeces, size m, grey
    "dev13-zh-name_or_compare-010": Question("pred", truth=_cheapest_has("sleeping-bags", "winter")),  # 零下能睡吗
}
