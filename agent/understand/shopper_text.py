"""A shopper's message in the forms the rules downstream read, before anything else reads it.

Shoppers type the same thing in forms the journeys' cue words and the order and factor parsers were not written
for. Each fold here keeps the meaning and changes only the form:

- Traditional Chinese is folded to Simplified with OpenCC (訂單 → 订单, 退貨 → 退货, 電郵 → 电邮), with its Taiwan
  phrase table (隨身碟 → U盘): the catalog, the cue words and the policies are Simplified, and a Hong Kong or Taiwan
  shopper writes the same request. Written Cantonese is read as Mandarin first (有冇 → 有没有, 唔要 → 不要;
  ``cantonese.py``).
- Full-width digits and Latin letters, and the full-width "@" and ".", become ASCII (订单１５９２, 尾号８２００); the
  full-width punctuation that Chinese cue words expect ("，", "：", "（") is left as it is.
- Chinese digits read one by one (尾号四九七九, 二二五六) become digits, when there are four or more in a row: a phone's
  last four or an order number said aloud, never a quantity (which needs 十/百/千 or is one or two digits).
- Russian typed in Latin letters ("hochu vernut noski iz zakaza 1046", "otmenite pozhaluista zakaz") becomes Cyrillic,
  word by word, when most of its words are Russian words once spelled in Cyrillic and few are English words; names
  that are neither (brands: "Stridewell", "Lumetra") stay in Latin letters.
- A dictated e-mail ("my email is lucas dot wilson151 at example dot com", "anna (at) example (dot) com") becomes an
  address, in a message that speaks of an e-mail.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from agent.understand.cantonese import as_mandarin
from agent.understand.letter import letter_body
from agent.understand.russian_cases import with_cases

log = logging.getLogger(__name__)

_HAN = re.compile(r"[\u3400-\u9fff]")
# Full-width digits, Latin letters, "@" and "." only: the other full-width marks are Chinese punctuation.
_FULLWIDTH = {**{cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}, **{cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)},
              **{cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)}, 0xFF20: ord("@"), 0xFF0E: ord(".")}
_ZH_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_ZH_DIGIT_RUN = re.compile(r"[〇零一二三四五六七八九]{4,}")
# "name dot surname at example dot com": a local part and a domain of words joined by spoken "dot", the domain with
# at least one; "(at)", "[at]", "{dot}" too. The words are ASCII, so English prose around it stays as it was.
# Russian and Chinese dictation say «точка» / 点 for the dot and «собака» / 艾特 for "@".
_DOT_WORD = r"(?:dot|точка|点)"
_DOT = rf"\s*[(\[{{]?\s*{_DOT_WORD}\s*[)\]}}]?\s*"
_AT = r"\s*[(\[{]?\s*(?:at|собака|собачка|艾特)\s*[)\]}]?\s*"
_SPOKEN_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_.])([A-Za-z0-9_%+\-]+(?:(?:{_DOT}|[._])[A-Za-z0-9_%+\-]+)*){_AT}"
    rf"([A-Za-z0-9\-]+(?:{_DOT}[A-Za-z0-9\-]+)+)(?![\w@])",
    re.IGNORECASE,
)


@lru_cache(maxsize=2)
def _opencc(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def _simplified(text: str) -> str:
    if not _HAN.search(text):
        return text
    try:
        simplified = str(_opencc("t2s").convert(text))
        if simplified == text:
            return text
        # Traditional characters: Taiwan's own words too (隨身碟 -> U盘, 智慧手錶 -> 智能手表, 腳踏車 -> 自行车), with
        # OpenCC's Taiwan phrase table; Simplified text is not put through it (its words are the mainland's already).
        return str(_opencc("tw2sp").convert(text))
    except Exception as exc:  # a broken OpenCC install must not cost the turn: the text is read as it came
        log.warning("Traditional-to-Simplified folding is unavailable: %s", exc)
        return text


def _email(m: re.Match[str]) -> str:
    local, domain = m.group(1), m.group(2)
    if not re.search(_DOT, domain, re.IGNORECASE):
        return m.group(0)
    join = re.compile(_DOT, re.IGNORECASE)
    return f"{join.sub('.', local)}@{join.sub('.', domain)}"


# Only where the message speaks of an e-mail: "we met at home dot com" in prose stays prose.
_EMAIL_WORD = re.compile(r"e-?mail|\bmail\b|address|почт|имейл|мейл|邮箱|电邮|邮件", re.IGNORECASE)


def _spoken_emails(text: str) -> str:
    if not re.search(_DOT_WORD, text, re.IGNORECASE) or not _EMAIL_WORD.search(text):
        return text
    return _SPOKEN_EMAIL.sub(_email, text)


# Latin spellings of Russian sounds, longest first; "y" and "'" are settled per word (see _cyrillic).
_TRANSLIT = (
    ("shch", "щ"), ("tsya", "тся"), ("tsa", "тса"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"),
    ("sh", "ш"), ("ts", "ц"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("ju", "ю"), ("ja", "я"),
    ("jo", "ё"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"),
    ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
    ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("w", "в"), ("x", "кс"), ("q", "к"), ("'", "ь"),
)
_VOWELS = set("аеёиоуыэюя")
_LATIN_WORD = re.compile(r"(?<![\w@.])[A-Za-z']{2,}(?![\w@])")
_CYRILLIC_OR_HAN = re.compile(r"[\u0400-\u04ff\u3400-\u9fff]")


def _spell(word: str) -> str:
    out: list[str] = []
    i, low = 0, word.lower()
    while i < len(low):
        if low[i] == "y" and not low.startswith(("ya", "yu", "yo", "ye"), i):
            # "y" after a vowel is й ("moy", "zdravstvuyte"), elsewhere ы ("vy", "novyy": ыы → ый below)
            out.append("й" if out and out[-1] in _VOWELS else "ы")
            i += 1
            continue
        for latin, cyr in _TRANSLIT:
            if low.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            out.append(low[i])
            i += 1
    spelled = "".join(out)
    return re.sub(r"ы[ыи]$", "ый", re.sub(r"иы$", "ий", spelled))


def _cyrillic(word: str) -> str | None:
    """The Russian word ``word`` spells in Latin letters, when the dictionary knows one; else None."""
    from knowledge.text import ru_word_known

    spelled = _spell(word)
    # й written "i" after a vowel ("pozhaluista"), a soft sign left out ("vernut"), э written "e"
    soft_i = re.sub(r"(?<=[аеёоуыэюя])и", "й", spelled)
    for candidate in (spelled, soft_i, spelled.replace("ы", "й"), spelled + "ь", spelled.replace("е", "э", 1)):
        if ru_word_known(candidate):
            return candidate
    return None


def _english(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= 3.0


def _from_translit(text: str) -> str:
    """Russian typed in Latin letters, in Cyrillic; anything else unchanged."""
    if _CYRILLIC_OR_HAN.search(text):
        return text
    words = [m for m in _LATIN_WORD.finditer(text)]
    if len(words) < 3:
        return text
    russian = {m.start(): _cyrillic(m.group(0)) for m in words}
    # A word that reads both ways ("ne", "tot", "den", "i", "my") decides nothing; English words that are no Russian
    # word ("want", "return", "Lightning") count against, Russian words that are no English word count for.
    known = [c for m in words if (c := russian[m.start()]) is not None and len(c) >= 3 and not _english(m.group(0))]
    english = sum(1 for m in words if russian[m.start()] is None and _english(m.group(0)))
    if len(known) < 3 or len(known) < 2 * english:
        return text

    def swap(m: re.Match[str]) -> str:
        cyr = russian.get(m.start())
        if cyr is None:
            return m.group(0)
        return cyr.capitalize() if m.group(0)[0].isupper() else cyr

    return _LATIN_WORD.sub(swap, text)


# "more cheap", "the most cheap camera": a comparative or superlative as learners of English build it, for the
# adjectives a shopper compares things by ("cheaper", "the cheapest" are what the journeys read).
_ANALYTIC = re.compile(r"\b(more|most)\s+(cheap|big|small|warm|light|long|short|thick|thin|large|low|high|soft)\b",
                       re.IGNORECASE)
_DOUBLED = {"big": "bigg", "thin": "thinn"}


def _synthetic(m: re.Match[str]) -> str:
    word = _DOUBLED.get(m.group(2).lower(), m.group(2).lower())
    ending = "er" if m.group(1).lower() == "more" else "est"
    return word + (ending[1:] if word.endswith("e") else ending)  # "large" -> "larger", not "largeer"


# Russian shorthand of listings and search boxes: «наушники б/п» (wireless), «б/у» is not ours to sell.
_RU_SHORTHAND = {"б/п": "беспроводные", "беспр.": "беспроводные"}
_RU_SHORT = re.compile(r"(?<![а-яё/])(б/п|беспр\.)(?![а-яё/])", re.IGNORECASE)

# "Type-C" is what phone sellers call the USB-C connector; the catalog says USB-C.
_TYPE_C = re.compile(r"(?<![A-Za-z])type[\s-]?c(?![A-Za-z])|тайп-?си(?![а-яё])", re.IGNORECASE)


def shopper_text(text: str) -> str:
    """``text`` without a letter's greeting and sign-off (a post's TL;DR in its place: ``letter.py``), with
    Traditional Chinese folded to Simplified, full-width digits and letters made ASCII, Chinese digit runs made
    digits, Russian in Latin letters made Cyrillic, dictated e-mails made addresses, "Type-C" said as the catalog's
    USB-C, "more cheap" / "most cheap" as "cheaper" / "cheapest", «б/п» as «беспроводные» and a learner's nominative
    after «без» / «для» / «от» in the genitive (``russian_cases.py``); otherwise unchanged."""
    text = letter_body(text.translate(_FULLWIDTH))
    text = _simplified(as_mandarin(text))
    text = _ZH_DIGIT_RUN.sub(lambda m: m.group(0).translate(_ZH_DIGITS), text)
    text = _spoken_emails(text)
    text = _TYPE_C.sub("USB-C", text)
    text = _ANALYTIC.sub(_synthetic, text)
    try:
        text = _from_translit(text)
    except Exception as exc:  # the dictionaries are an aid: without them the words are read as they came
        log.warning("reading Russian in Latin letters failed: %s", exc)
    text = _RU_SHORT.sub(lambda m: _RU_SHORTHAND[m.group(1).lower()], text)
    try:
        return with_cases(text)
    except Exception as exc:  # as above: the case fold is an aid
        log.warning("putting Russian cases right failed: %s", exc)
        return text


__all__ = ["shopper_text"]
