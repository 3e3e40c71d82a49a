"""Grounding: every claim in a reply must be true of its own subject in this turn's tool results.

Stable API (verified streaming builds on it): ``verify_sentence``, ``verify_reply``, ``split_sentences``,
``SentenceVerdict``, ``ReplyVerdict``; and ``check_results(reply, results) -> GroundingReport`` for callers that
want one report for a whole reply; ``warm_up()`` loads the Russian and Chinese dictionaries ahead of the first turn.

The rules, in short:

- A sentence is read as claims: a price (with its currency), a stock count, in or out of stock, a size, a colour,
  a rating, the aisle and shelves of a product; the state, a date (placed, shipped, delivered, expected), the
  carrier, the tracking code, the total of an order; the days, fees, thresholds and percentages of a policy (its
  express / standard / free / return / refund figures apart); a count of options; any other number.
- Each claim binds to the subject the sentence names nearest before it (else after it): a product by its title
  words or brand, an order by its number, a policy by its title or kind word. A sentence that names none binds
  stock, size, colour and rating claims to the product the sentence before it named (``previous``; under a listing's
  item line, field lines such as "Price: $5" go on about that item: ``subject_of``); otherwise a
  claim must be true of the only subject of its kind, or of one of several ("It costs $59.99" with three products
  passes if one costs that), and fails when it fits none. A figure linked by "for"/"of" to the next name is that
  name's ("Compare $5.49 for the A with $0.99 for the B"), as is every figure of a sentence written figure first.
- Every product-like name must be a subject of this turn: capitalised names with a model number, several
  capitalised words, quoted names, Latin words in Russian or Chinese text, Russian capitalised words no dictionary
  knows, rare Chinese words or proper names before a product noun. A name only the shopper used may be repeated
  ("we don't have X") but nothing may be claimed of it.
- Dates: a date must carry its year and be exactly the fact's date. A date written without one ("November 25",
  "25 ноября", "11月25日") fails: the shopper cannot tell which year is meant. Templates write the year.
- A sentence in another language than the shopper's fails, the titles and texts it quotes from the facts aside.

Modules: ``subjects`` reads tool outputs as products, orders and policies; ``mentions`` finds which of them a
sentence names (and names that none of them carries); ``claims`` reads a sentence's claims with the shared
parser (knowledge.figures); ``verify`` binds each claim to its subject and checks it; ``sentences`` splits a
reply; ``verdict`` and ``report`` are the public results.
"""

from agent.grounding.report import ORDER_STATES, Figure, GroundingReport, check_results, extract_figures, own_words
from agent.grounding.sentence import subject_of
from agent.grounding.sentences import split_sentences
from agent.grounding.verdict import (
    ReplyVerdict,
    SentenceResult,
    SentenceVerdict,
    verify_reply,
    verify_sentence,
    warm_up,
)

__all__ = ["ORDER_STATES", "Figure", "GroundingReport", "ReplyVerdict", "SentenceResult", "SentenceVerdict",
           "check_results", "extract_figures", "own_words", "split_sentences", "subject_of", "verify_reply",
           "verify_sentence", "warm_up"]
