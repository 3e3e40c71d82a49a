"""Development questions for the direct shopper questions of ``development15.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-07 by three helper sessions, one per language (en, ru, zh), for development15: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API with
its truth helpers, the dev4 example module and the category slugs), not the assistant's code, the catalog, product
titles or any other request set. Its per-case errors are read while fixing the assistant: a development set.

6 questions per language, one turn each: 2 yes/no availability (``exists``: the truth comes from each line's
``expect``), which is cheaper and by how much, the price of the cheapest, a count and the spread between the cheapest
and the dearest. Money: 1 USD = 90 RUB = 7.2 CNY, £1 = 1.27 USD.
"""

from evals.requests_judge import Question, S

E = "exists"

DEV15_QUESTIONS: dict[str, Question] = {
    # English
    # "Have you any waterproof walking boots in a size 44 for under £100?" (£100 = $127)
    "dev15-en-name_or_compare-001": Question(E),
    # "which is cheaper, kettle or thermos flask? and by how much difference"
    "dev15-en-name_or_compare-002": Question("cheaper", S("kettles"), S("thermoses"), diff=True),
    # "what your least expensive decaffeinated tea costs"
    "dev15-en-name_or_compare-003": Question("price", S("tea", a=("decaf",))),
    # "how many dumbbells do you have po?"
    "dev15-en-name_or_compare-004": Question("count", S("dumbbells")),
    # "the difference in price between your cheapest and your dearest tennis racket"
    "dev15-en-name_or_compare-005": Question("diff", S("tennis-rackets")),
    # "do you have winter boots size 42 in brown colour under 90 dollars?"
    "dev15-en-name_or_compare-006": Question(E),
    # Russian
    "dev15-ru-name_or_compare-001": Question(E),  # зимние сапоги 44 размера до 6000 ₽
    "dev15-ru-name_or_compare-002": Question("cheaper", S("headphones"), S("speakers"), diff=True),
    "dev15-ru-name_or_compare-003": Question("price", S("headlamps", a=("rechargeable",))),
    "dev15-ru-name_or_compare-004": Question("count", S("board-games")),
    "dev15-ru-name_or_compare-005": Question("diff", S("kettles")),
    "dev15-ru-name_or_compare-006": Question(E),  # чёрная флиска размера M до 3000 ₽
    # Chinese
    # 有没有42码的防水登山鞋？五百块以内的 -> truth from expect (size 42, waterproof, <= 69.44 USD)
    "dev15-zh-name_or_compare-001": Question(E),
    # 羊毛袜和纯棉袜哪个便宜？差几块钱
    "dev15-zh-name_or_compare-002": Question("cheaper", S("socks", a=("wool",)), S("socks", a=("cotton",)), diff=True),
    # 你们家最便宜的吹风机多少钱
    "dev15-zh-name_or_compare-003": Question("price", S("hair-dryers")),
    # 蓝牙音箱一共有几款？
    "dev15-zh-name_or_compare-004": Question("count", S("speakers", a=("bluetooth",))),
    # 保温杯最便宜的跟最贵的差多少米
    "dev15-zh-name_or_compare-005": Question("diff", S("thermoses")),
    # 红色的骑行头盔有吗，两百以内 -> truth from expect (red, <= 27.78 USD)
    "dev15-zh-name_or_compare-006": Question(E),
}
