"""Splitting a reply into sentences, losslessly: ``"".join(split_sentences(t, lang)) == t``.

A sentence is the unit that is verified and streamed. Its end is a full stop, "!", "?", "…" or ";" followed by
a space and then a new sentence start, the Chinese/Japanese "。！？；" (no space needed), or a line break (list items
and template lines stand alone). A bullet ("•") inside a line and an emoji followed by a capital start a new one.
Decimal points ("$119.99", "1 299,00 ₽"), abbreviations ("No. 1042", "e.g.", "т.е.", "г.") and initials do not end
a sentence. Each piece keeps its trailing punctuation and whitespace, so
the kept sentences joined back are exactly the text a shopper sees.
"""

from __future__ import annotations

import re

# Words after which a full stop is an abbreviation, not an end.
_ABBREV = frozenset(re.findall(r"\S+", """
    no nos nr vs etc e.g i.e approx mr mrs ms dr st ave inc ltd co jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue wed thu fri sat sun pcs qty min max ca fig ed est т.е т.д т.п т.к др пр г гг ул д стр руб коп шт тыс млн
    им см напр янв фев февр мар апр июн июл авг сен сент окт ноя нояб дек"""))
# Units after a number: before a capitalised Russian word they end the sentence (a Latin one may be a brand in a
# title: "Батарейки AA 4 шт. Lumetra Core").
_UNIT_ABBREV = frozenset({"шт", "руб", "коп", "г", "гг", "тыс", "млн", "дн", "мес", "долл", "см", "мм", "кг", "л"})
_CURRENCY_ABBREV = frozenset({"долл", "руб", "у.е"})
_WESTERN_END = re.compile(r"(?:[.!?…;]+|\.\.\.)[\"'»”)\]]*(?=\s)")
_BULLET = re.compile(r"(?<=\S)[ \t]+(?=[•▪►]\s)")
_EMOJI_END = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]+(?=[A-ZА-ЯЁ])")
# Items of a list run together on one line: a field answered "yes"/"no" or a price in words ending on "cents", then a
# capitalised word, starts the next item ("— In stock: yes There are 23 units", "… ninety-nine cents There are …").
_FIELD_END = re.compile(r"(?:[:：][ \t]*(?:yes|no|да|нет)|\bcents)[ \t]+(?=[A-ZА-ЯЁ])")
_CJK_END = re.compile(r"[。！？；]+[\"'»”」』)\]）]*")
_CLOSING_QUOTES = "\"'»”」』"
_ANSWER_DASH = re.compile(r"\s*(?:—|–|--|——)")
# Paired quotes closed on the same line: what is inside is one quotation (the shopper's words in a header: “my niece
# turns 8. Any ideas?”), never cut in two, or the half without its closing quote would read as the reply's own claim.
_QUOTED = re.compile(r"“[^”\n]*”|«[^»\n]*»|「[^」\n]*」")


def _ends_here(text: str, end: int, punct_start: int) -> bool:
    """Does the western punctuation at ``punct_start``..``end`` end a sentence?"""
    mark = text[punct_start]
    if mark != ".":
        # 'You asked "does it come in 37?" — yes': a quoted question and the answer after its dash are one sentence.
        return not (text[end - 1] in _CLOSING_QUOTES and _ANSWER_DASH.match(text, end))
    if text[punct_start:end].rstrip("\"'»”)]") == "..":
        return False  # "Coastal Thread Orbit .. 259.99 USD": two dots lead from a name to its figure

    before = text[:punct_start]
    word = re.search(r"([^\s(\"'«“]+)$", before)
    token = word.group(1).lower() if word else ""
    rest = text[end:].lstrip()
    after_number = re.search(r"\d$", before[: len(before) - len(token)].rstrip())
    if rest.startswith(("(", "（")):
        return False  # "3,49 долл. (Брюки Kestrel Edge)": a parenthesis goes on with the sentence
    if token.rstrip(".") in _UNIT_ABBREV and after_number and re.match(r"[А-ЯЁ](?:[а-яё]|\s)", rest):
        return True  # "в наличии 34 шт. На складе...": a unit ends the sentence when a Russian one starts
    if re.match(r"\d{1,2}\s?(?:ц|цент|коп|cents?|¢)", rest, re.IGNORECASE) and token.rstrip(".") in _CURRENCY_ABBREV:
        return False  # "14 долл. 99 ц.": the cents of the same amount follow
    if re.match(r"[А-ЯЁA-Z]{2,}\b", rest) and token.rstrip(".") in _CURRENCY_ABBREV:
        return False  # "15,99 долл. США"
    if token.rstrip(".") in _ABBREV or token in _ABBREV:
        return False
    prev = before[: len(before) - len(token)].rstrip().rsplit(" ", 1)[-1]
    if len(token) == 1 and token.isalpha() and prev[:1].isupper():
        return False  # an initial after a name: "John F. Kennedy" (but "size M. The" ends)
    if token.isdigit() and not before[: len(before) - len(token)].strip(" \t").rsplit("\n", 1)[-1].strip():
        return False  # a list marker at the start of a line: "1. Tent"
    rest = text[end:].lstrip()
    if not rest:
        return True
    # "No. 1042 …" and "approx. 3 days" were caught above; a lowercase continuation is not a new sentence in
    # en/ru ("the 3.5 mm jack" never gets here: the regex needs a space after the dot).
    return not rest[0].islower()


def split_sentences(text: str, language: str) -> list[str]:
    """The sentences of ``text`` in order, each with its trailing punctuation and whitespace."""
    del language  # the rules cover en/ru/zh together: Chinese replies quote English titles and vice versa
    if not text:
        return []
    cuts: set[int] = set()
    for m in re.finditer(r"\n+", text):
        cuts.add(m.end())
    for m in _CJK_END.finditer(text):
        end = m.end()
        if text[end - 1] in _CLOSING_QUOTES and _ANSWER_DASH.match(text, end):
            continue  # “有没有47码？”——有的: the quoted question and its answer
        while end < len(text) and text[end] in " \t":
            end += 1
        cuts.add(end)
    for m in _BULLET.finditer(text):
        cuts.add(m.end())  # "X (in stock) • Y: sold out": a bullet inside a line starts the next item
    for m in _FIELD_END.finditer(text):
        cuts.add(m.end())
    for m in _EMOJI_END.finditer(text):
        cuts.add(m.end())  # "— в наличии ✅ У нас ещё 25 шт.": an emoji then a capital starts a new sentence
    for m in _WESTERN_END.finditer(text):
        if _ends_here(text, m.end(), m.start()):
            end = m.end()
            while end < len(text) and text[end] in " \t\n":
                end += 1
            cuts.add(end)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    cuts = {c for c in cuts if not any(s < c < e for s, e in quoted)}
    out: list[str] = []
    start = 0
    for cut in sorted(cuts):
        if cut <= start or cut >= len(text):
            continue
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    # Whitespace-only pieces (blank lines) travel with the sentence before them.
    merged: list[str] = []
    for piece in out:
        if merged and not piece.strip():
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged
