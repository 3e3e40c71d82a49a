"""Development questions for the direct shopper questions of ``development17.jsonl`` (kind ``name_or_compare``).

Written blind on 2026-12-07 by three helper sessions, one per language (en, ru, zh), for development17: each read only
the files of its brief (the README's schema, the head of the judge with ``RULES``, the ``Question`` / ``S`` API, the
dev4 example module and the category slugs), not the assistant's code, the catalog, product titles or any other
request set. Its per-case errors are read while fixing the assistant: a development set.

6 questions per language, one turn each, in the set's voices: terse search-box style, and English or Russian written
as a second language, or Traditional Chinese as written in Taiwan and Hong Kong.
Money: 1 USD = 90 RUB = 7.2 CNY, £1 = 1.27 USD, €1 = 1.08 USD.
"""

from evals.requests_judge import Question, S

E = "exists"

DEV17_QUESTIONS: dict[str, Question] = {
    # English
    # cheapest kettle vs cheapest thermos: which is cheaper and by how much
    "dev17-en-name_or_compare-001": Question("cheaper", S("kettles"), S("thermoses"), diff=True),
    # waterproof hiking boots in size 45: in stock, yes or no
    "dev17-en-name_or_compare-002": Question(E),
    # price of the cheapest swim goggles
    "dev17-en-name_or_compare-003": Question("price", S("swim-goggles")),
    # price spread: dearest camera minus cheapest camera
    "dev17-en-name_or_compare-004": Question("diff", S("cameras")),
    # how many puzzles the store has
    "dev17-en-name_or_compare-005": Question("count", S("puzzles")),
    # most expensive tent (name and price)
    "dev17-en-name_or_compare-006": Question("top", S("tents")),
    # Russian
    # headlamp vs flashlight: which is cheaper, and by how much
    "dev17-ru-name_or_compare-001": Question("cheaper", S("headlamps"), S("flashlights"), diff=True),
    # waterproof winter boots in size 45: yes/no
    "dev17-ru-name_or_compare-002": Question(E),
    # price of the cheapest 5 m extension cord
    "dev17-ru-name_or_compare-003": Question("price", S("extension-cords", a=("5 m",))),
    # how many board games
    "dev17-ru-name_or_compare-004": Question("count", S("board-games")),
    # most expensive running shoes, with price
    "dev17-ru-name_or_compare-005": Question("top", S("running-shoes")),
    # price spread between the cheapest and the dearest kettle
    "dev17-ru-name_or_compare-006": Question("diff", S("kettles")),
    # Chinese
    # cheapest yoga mat vs cheapest jump rope: which is cheaper and by how much
    "dev17-zh-name_or_compare-001": Question("cheaper", S("yoga-mats"), S("jump-ropes"), diff=True),
    # price of the cheapest headlamp
    "dev17-zh-name_or_compare-002": Question("price", S("headlamps")),
    # waterproof Bluetooth speaker within 300 CNY (41.67 USD): in stock, yes or no
    "dev17-zh-name_or_compare-003": Question(E),
    # most expensive hair dryer (name and price), Taiwan voice
    "dev17-zh-name_or_compare-004": Question("top", S("hair-dryers")),
    # how many board games the store has, Hong Kong voice
    "dev17-zh-name_or_compare-005": Question("count", S("board-games")),
    # price spread: dearest hiking boots minus cheapest, Taiwan voice
    "dev17-zh-name_or_compare-006": Question("diff", S("hiking-boots")),
}
