"""Development questions for the direct shopper questions of ``development16.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-07 by three helper sessions, one per language (en, ru, zh), for development16: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API with
its truth helpers, the dev4 example module and the category slugs), not the assistant's code, the catalog, product
titles or any other request set. Its per-case errors are read while fixing the assistant: a development set.

6 questions per language, one turn each, half of them dictated by voice (numbers in words, corrections inside the
message: "forty two no forty one" is size 41). Money: 1 USD = 90 RUB = 7.2 CNY, £1 = 1.27 USD, €1 = 1.08 USD.
"""

from evals.requests_judge import Question, S

E = "exists"

DEV16_QUESTIONS: dict[str, Question] = {
    # English
    # voice: waterproof hiking boots, size "forty two no forty one" -> 41, under $120
    "dev16-en-name_or_compare-001": Question(E),
    # typed: headlamp vs flashlight, which is cheaper and by how much
    "dev16-en-name_or_compare-002": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),
    # voice: price of the cheapest wireless speaker
    "dev16-en-name_or_compare-003": Question("price", S("speakers", a=("wireless",))),
    # typed: how many board games
    "dev16-en-name_or_compare-004": Question("count", S("board-games")),
    # voice: gap between the cheapest and the dearest running shoes
    "dev16-en-name_or_compare-005": Question("diff", S("running-shoes")),
    # typed: merino base layers in size M under £60 (= $76.20)
    "dev16-en-name_or_compare-006": Question(E),
    # Russian
    # "шлем велосипедный детский ... размер эс ... до двух тыщ": bike-helmets, size s, max 2000 RUB = $22.22
    "dev16-ru-name_or_compare-001": Question(E),
    # "что дешевле — налобный фонарь или обычный ручной фонарик ... и на какую сумму"
    "dev16-ru-name_or_compare-002": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),
    # "сколько стоит самый дешёвый зелёный чай"
    "dev16-ru-name_or_compare-003": Question("price", S("tea", a=("green",))),
    # "сколько моделей карт памяти объёмом 128 ГБ"
    "dev16-ru-name_or_compare-004": Question("count", S("memory-cards", a=("128gb",))),
    # "по рациям ой нет ... по машинкам на радиоуправлении: разница между самой дешёвой и самой дорогой"
    "dev16-ru-name_or_compare-005": Question("diff", S("rc-cars")),
    # "что дешевле: кофе в зёрнах или молотый" (no amount asked)
    "dev16-ru-name_or_compare-006": Question("cheaper", S("coffee", a=("beans",)), S("coffee", a=("ground",))),
    # Chinese
    # black running shoes, size 42, <= 300 yuan
    "dev16-zh-name_or_compare-001": Question(E),
    # camping chairs vs trekking poles: which is cheaper, and by how much
    "dev16-zh-name_or_compare-002": Question("cheaper", S("camping-chairs"), S("trekking-poles"), diff=True),
    # price of the cheapest rechargeable headlamp
    "dev16-zh-name_or_compare-003": Question("price", S("headlamps", a=("rechargeable",))),
    # how many sleeping bags
    "dev16-zh-name_or_compare-004": Question("count", S("sleeping-bags")),
    # frying pans: dearest minus cheapest
    "dev16-zh-name_or_compare-005": Question("diff", S("frying-pans")),
    # waterproof XL jacket, not black, <= 500 yuan
    "dev16-zh-name_or_compare-006": Question(E),
}
