"""What a question about one product asks for, so the reply can answer it first (issue 16, issue 10's "direct
answers"): a size ("does it come in 44?", "есть 44 размер?", "有44码吗"), a colour ("in red?", "есть в чёрном?",
"有黑色的吗"), stock ("is it in stock?", "есть в наличии?", "有货吗") or the price ("how much is it?", "сколько
стоит?", "多少钱"). None when the question asks nothing particular ("tell me about the second one").

Rules over the shopper's words only; the answer itself comes from the product's tool result (templates.direct_answer).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from agent.understand.slots import find_colour

AskKind = Literal["size", "colour", "stock", "price", "feature"]


class Ask(BaseModel):
    kind: AskKind
    value: str | None = None  # the size or the canonical colour asked for; a feature's attribute key


# Letter sizes in capitals only: "s" and "m" are too common as words ("what's size").
_LETTER = r"(?-i:XXXL|XXL|XL|XXS|XS|S|M|L)"
_SIZE_PATTERNS = (
    # "size 44", "size M", "in a 44", "44 size", "a 42.5"
    re.compile(rf"\bsize\s*(?P<v>\d{{2}}(?:[.,]5)?|{_LETTER})\b", re.I),
    re.compile(rf"\b(?P<v>\d{{2}}(?:[.,]5)?|{_LETTER})\s+size\b", re.I),
    re.compile(r"\b(?:come|comes|available|have it|got it)\s+in\s+(?:a\s+|an\s+)?(?P<v>\d{2}(?:[.,]5)?)\b", re.I),
    # "размер 44", "44 размер", "44-го размера", "размера M"
    re.compile(rf"размер\w*\s*(?P<v>\d{{2}}(?:[.,]5)?|{_LETTER})(?![\w.])", re.I),
    re.compile(r"(?P<v>\d{2}(?:[.,]5)?)(?:-?(?:го|ой|й|ый))?\s*размер", re.I),
    # "44码", "尺码44", "M码", "44号的"
    re.compile(rf"(?P<v>\d{{2}}(?:\.5)?|{_LETTER})\s*(?:码|號|号(?!通道|货架))", re.I),
    re.compile(rf"尺码\s*(?:是|为)?\s*(?P<v>\d{{2}}(?:\.5)?|{_LETTER})", re.I),
)
_COLOUR_CUE = re.compile(
    r"\b(?:in|colou?rs?|come|comes|available|have)\b|цвет|в\s+[а-яё]+(?:ом|ем)\b|есть\s+(?:ли\s+)?[а-яё]+(?:ые|ие|ый|ий|ая|ое)\b"
    r"|[а-яё]+(?:ые|ие|ый|ий|ая|ое)\s+(?:есть|бывают|бывает)|颜色|色(?:的|款)?(?:吗|么|嗎|有|没)|有没有.{0,3}色",
    re.I,
)
_STOCK = re.compile(
    r"\b(?:in stock|out of stock|available|availability|sold out|any left|have (?:it|any|them)|do you (?:have|carry)"
    r"|still have)\b|в наличии|наличи|есть ли|остал|законч|распрод|есть\s*\?"
    r"|有货|有没有货|还有(?:吗|货|没有)|库存|现货|缺货|卖完",
    re.I,
)
_PRICE = re.compile(
    r"\b(?:how much|price|prices|cost|costs|priced)\b|сколько\s+стоит|цена|цену|стоимост|почём|почем"
    r"|多少钱|价格|价钱|几块|售价|多少元",
    re.I,
)


def find_size(text: str) -> str | None:
    for pattern in _SIZE_PATTERNS:
        m = pattern.search(text)
        if m:
            return m.group("v").upper().replace(",", ".")
    return None


_WHICH_SIZES = re.compile(
    r"\b(?:what|which)\s+sizes?\b|\bsizes?\s+(?:do|does|are|is)\b|\bsize\s+range\b|\bsizes\s+(?:for|of)\b|какие\s+размер\w*|в\s+каких\s+размерах|размеры\s+есть"
    r"|какого\s+размера|(?:有)?(?:哪些|什么|几个)尺码|尺码有哪些|尺码(?:是)?多少|有几码",
    re.I,
)
_WHICH_COLOURS = re.compile(
    r"\b(?:what|which)\s+colou?rs?\b|\bcolou?rs?\s+(?:do|does|are|is)\b|как(?:ие|ого|ой)\s+цвет\w*|(?:哪些|什么)颜色|颜色有哪些",
    re.I,
)


def product_ask(text: str, title: str = "") -> Ask | None:
    """What ``text`` asks about the product titled ``title`` (a colour in its name is not a question about it).

    A size or colour with no value ("what sizes does it come in?") asks for the list."""
    size = find_size(text)
    if size is not None:
        return Ask(kind="size", value=size)
    if _WHICH_SIZES.search(text):
        return Ask(kind="size")
    if _WHICH_COLOURS.search(text):
        return Ask(kind="colour")
    if _PRICE.search(text):
        return Ask(kind="price")
    colour = find_colour(text)
    if colour is not None and _COLOUR_CUE.search(text) and not _named(colour, text, title):
        return Ask(kind="colour", value=colour)
    if _STOCK.search(text):
        return Ask(kind="stock")
    feature = feature_asked(text)
    if feature is not None:
        return Ask(kind="feature", value=feature[0])
    return None


# A yes/no question: "is the X waterproof?", "are they wireless", "X водонепроницаемые?", "X防水吗".
_YES_NO = re.compile(r"^\s*(?:and\s+|so\s+|but\s+)?(?:is|are|does|do|will|was|were|can)\b|[?？]\s*$|吗|么|是不是|是否"
                     # "can it go in the pool or nah", «непромокаемая или нет»: the alternative said
                     r"|\b(?:can|could|will|would|is|does) (?:it|they|that|this)\b|\bor (?:not|nah|no)\s*[?？]*\s*$"
                     r"|(?<![а-яё])или нет(?![а-яё])|(?<![а-яё])(?:можно|норм)\s+(?:ли\s+)?(?:с ней|с ним|в нем|в ней)"
                     r"|[\u4e00-\u9fff]不[\s?？]*$"  # "防水不": the A-not-A question cut short
                     r"|([\u4e00-\u9fff])不\1"  # "防不防水", "是不是": the A-not-A question
                     r"|(?<![а-яё])ли(?![а-яё])", re.I)


_ASKS_A_FIGURE = re.compile(r"\bhow (?:much|many)\b|\bwhat(?:'s| is| are| do| does)?\b"
                            r"|(?<![а-яё])(?:сколько|почём|почем)(?![а-яё])|多少|几块|什么价", re.I)


_QUESTIONS = re.compile(r"[^?？.!。！]*[?？]")


def feature_asked(text: str) -> tuple[str, str] | None:
    """(attribute key, ``text`` without the feature's words) when ``text`` asks yes or no whether a product has a
    yes/no feature of the catalog ("is the X waterproof?" -> ("waterproof", "is the X ?")); None otherwise.

    The features are the store's own yes/no attributes, read by the catalog's lexicon in every language."""
    from knowledge.query import default_lexicon
    from knowledge.text import normalize

    # "how much is your cheapest decaf coffee?" asks a figure: "decaf" picks the coffee, it is not asked about.
    # The question may be one sentence of several ("the first one - is it waterproof? I bike to work").
    asked = [q for q in _QUESTIONS.findall(text) if _YES_NO.search(q)] or [text]
    if not any(_YES_NO.search(q) and not _ASKS_A_FIGURE.search(q) for q in asked):
        return None
    norm = normalize(text)
    # The shopper's own casing is kept for the name when normalising kept the positions (it usually does).
    source = text if len(norm) == len(text) else norm
    # The feature asked about comes after the thing it is asked of: "你们最贵的那款蓝牙音箱防水不" asks whether the
    # Bluetooth speaker is waterproof, not whether it is wireless.
    flags = [(entry, start, end) for entry, start, end in default_lexicon().match(norm)
             if entry.kind == "attr" and entry.value is True]
    if flags:
        entry, start, end = max(flags, key=lambda f: f[1])
        return entry.key, re.sub(r"\s+", " ", source[:start] + " " + source[end:]).strip()
    if (use := _WET_USE.search(source)) is not None and any(e.key == "waterproof" for e in default_lexicon().entries):
        # "can I swim with it?", «можно с ним плавать?»: what the shopper will do with it asks whether it is waterproof
        return "waterproof", re.sub(r"\s+", " ", source[:use.start()] + " " + source[use.end():]).strip()
    return None


def measure_asked(text: str) -> tuple[str, float, str] | None:
    """(measure key, amount, ``text`` without the amount) when ``text`` asks yes or no whether a product has a
    measure of the catalog ("最便宜那款充电宝是两万毫安的吗", "is your cheapest tent a 4 person one?"); else None."""
    from knowledge.query import MEASURED_KEYS, understand, without_amounts

    asked = [q for q in _QUESTIONS.findall(text) if _YES_NO.search(q)] or [text]
    if not any(_YES_NO.search(q) and not _ASKS_A_FIGURE.search(q) for q in asked):
        return None
    u = understand(text)
    found = [(k, v) for k, v in u.parsed.attributes.items()
             if k in MEASURED_KEYS and isinstance(v, int | float) and not isinstance(v, bool)]
    if len(found) != 1:
        return None
    key, value = found[0]
    return key, float(value), without_amounts(text)


_WET_USE = re.compile(r"\b(?:swim(?:ming)?|shower(?:ing)?)\s+(?:with|in)\b|\bget (?:it|them) wet\b"
                      r"|\bkeeps? (?:the )?(?:rain|water|wet) out\b|\bkeeps? (?:you|me) dry\b"
                      r"|\b(?:go|goes|take (?:it|them)) (?:in|into) (?:the )?(?:pool|water|sea|lake|shower|bath)\b"
                      r"|(?<![а-яё])(?:плавать|купаться|в душ\w*)(?![а-яё])|游泳|戴着洗澡|沾水", re.I)


def _named(colour: str, text: str, title: str) -> bool:
    """Is the colour word part of the product's own name as the shopper wrote it ("the Black Ridge jacket")?"""
    return bool(title) and find_colour(title) == colour and colour in title.lower() and colour in text.lower()


# Words of a question about a product that are not its name: "does the X come in size 44", "X есть 44 размер?".
_NOT_NAME_WORDS = re.compile(
    r"\b(?:come|comes|coming|available)\s+in\b|\bin\s+(?:a\s+|an\s+)?(?=\d{2}\b)"
    r"|\b(?:in\s+)?colou?rs?\b|(?<![а-яё])(?:в\s+)?цвет\w*(?![а-яё])|颜色",
    re.I,
)
# Any comparative asks a comparison, not only the price: "which is lighter", "что легче", "哪个更轻". Left in a
# part, it would be read as a word of the product's name ("lighter, the Alpenglow Drift X" is no product).
_EN_MORE = r"(?:more|less)\s+[a-z-]+|(?!(?:over|under|after|other|ever|never|either|neither|rather)\b)[a-z]+er"
_RU_MORE = r"[а-яё]+(?:ее|ей|ше|же|че|ле)|более\s+[а-яё]+|менее\s+[а-яё]+"
_ZH_MORE = r"便宜|贵|好|轻|重|暖和|保暖|结实|耐用|舒服|舒适|大|小|好用|实用|防水|轻便|划算|安静|快|耐穿"
_EN_WHICH = r"\b(?:which|what)(?:'s|s|\s+is|\s+are|\s+one\s+is|\s+one'?s|\s+of\s+them\s+is)"
_CHEAPER = re.compile(
    rf"{_EN_WHICH}?\s+(?:cheaper|less expensive|more expensive|better|worse|the\s+best|best|the difference)\b"
    rf"|{_EN_WHICH}\s+(?:{_EN_MORE})\b"  # the verb is needed here: "which water bottle" asks nothing
    r"|\b(?:compare|difference between|cheaper|less expensive)\b"
    rf"|(?:что|какой|какая|какое|какие|кто)\s+(?:из\s+них\s+)?(?:{_RU_MORE})(?![а-яё])|сравни\w*|разниц\w*\s+между"
    r"|дешевле"
    # ("那个便宜": 哪 typed as 那, the commonest slip)
    rf"|[哪那](?:个|款|一个|一款|双|件)(?:更|比较)?(?:{_ZH_MORE})(?:一些|一点|些)?|比较一下|比较|对比|更便宜|便宜",
    re.I,
)
# "比1.7升大的", "比500块便宜的": 比 before an amount bounds it (like "more than 2 litres"); it compares no two things.
_ZH_THAN = r"比(?!较|\s*[\d零一二两三四五六七八九十百千万.]+)"
_PAIR_SPLIT = re.compile(
    rf"\s+(?:or|vs\.?|versus|and)\s+|\s+(?:{_EN_MORE}|better|worse|pricier)\s+than\s+|\s+compared?s?\s+(?:to|with)\s+"
    # "how much more are merino socks than the regular ones": the comparative said before the first thing
    r"|\s+than\s+"
    rf"|,?\s+(?:или|и|против)\s+|,?\s+(?:{_RU_MORE}),?\s+чем\s+"
    rf"|\s*(?:还是|和|与|跟|或者|或|{_ZH_THAN})\s*",
    re.I,
)
# What is left at the end of a Chinese comparison once it is split: "A比B好吗" -> "B好吗", "A比B更轻吗" -> "B更轻吗".
_ZH_TAIL = re.compile(rf"(?:更|还)?(?:{_ZH_MORE})?(?:一些|一点|些)?(?:吗|呢|么)$"
                      r"|(?:更|还)?(?:便宜|贵|好|轻|重|划算|耐用|保暖|暖和|结实|舒服|舒适)(?:一些|一点|些)?$")


_LEAD_QUESTION = re.compile(r"^(?:which|what|whats|что|какой|какая|какое|какие)\b[^,:：，]*[,:：，]\s*"
                            r"|^(?:one|any) of (?:your|the|those|these) ", re.I)


def name_text(text: str) -> str:
    """``text`` without the words that ask about a size, a colour or where it is, so a name resolver reads only the
    name."""
    from agent.journeys.where import without_where  # here: where imports templates, which must not load at import

    out = without_where(text)
    for pattern in (*_SIZE_PATTERNS, _WHICH_SIZES, _WHICH_COLOURS, _ASK_WORDS):
        out = pattern.sub(" ", out)
    out = _NOT_NAME_WORDS.sub(" ", out)
    ask = product_ask(out)
    feature = feature_asked(out) if ask is not None and ask.kind == "feature" else None
    if feature is not None:
        # "is the X waterproof?": the feature is what is asked, not a word of the name.
        out = feature[1]
    return re.sub(r"\s+", " ", out).strip()


# Words of a question about sizes or colours left once the patterns above are cut: "what sizes does the X come in".
_ASK_WORDS = re.compile(r"\b(?:sizes?|colou?rs?|come|comes|available)\s*(?:in)?\s*(?=[?.!]*\s*$)"
                        r"|(?<![а-яё])(?:размер\w*|цвет\w*)(?![а-яё])|尺码|颜色", re.I)


_THAN = re.compile(
    # "less than 40 dollars", "more than 2 litres" bound an amount: they compare no two things.
    r"\bthan\b(?!\s+(?:[$€£¥]\s*)?\d)|\bvs\.?(?!\w)|\bversus\b|\bcompared?s?\s+(?:to|with)\b"
    rf"|(?<![а-яё])(?:чем|против)(?![а-яё])|{_ZH_THAN}",
    re.I,
)


# "u have those or nah", «есть или нет?», "有还是没有": a yes/no question's tag, no second thing to compare.
# "A跟B比，…": the closing 比 ends the pair ("compared"), it is no third part.
_ZH_COMPARED_WITH = re.compile(r"(?<=[\u4e00-\u9fff])(?:相)?比(?:一下|较)?(?=\s*(?:[，,。？?！!、]|$))")
_OR_NOT = re.compile(r",?\s+or\s+(?:nah|not|no|nope|what)\b|,?\s+или\s+нет(?![а-яё])|还是没有|或者没有", re.I)


def is_comparison(text: str) -> bool:
    """Whether ``text`` asks to compare ("which is lighter", "A vs B", "A легче, чем B", "A比B轻吗"), by its words
    alone: a turn routed elsewhere that compares two named products is answered as a comparison."""
    return bool(_CHEAPER.search(text) or _THAN.search(text))


def compare_parts(text: str, *, min_len: int = 3) -> list[str]:
    """The two things a comparison names ("which is cheaper, the A or the B?" -> ["the A", "the B"]), else [].

    ``min_len``: the shortest part kept (2 for kinds of things: "帐篷和睡袋哪个便宜" names two 2-character nouns)."""
    # Split first: "A better than B" and "A дешевле, чем B" are separators before "better" or "дешевле" is cut.
    text = _OR_NOT.sub("", _ZH_COMPARED_WITH.sub("", text))
    parts = [_ZH_TAIL.sub("", _CHEAPER.sub(" ", p).strip(" ,;:?？!！.。，、")).strip() for p in _PAIR_SPLIT.split(text)]
    # "Which water bottle is cheaper, the A or the B?": the question before the comma is no part of A's name.
    parts = [_LEAD_QUESTION.sub("", p) for p in parts]
    parts = [p for p in parts if len(p) >= min_len]
    return parts if len(parts) == 2 else []


# A product name as shoppers write it: a capitalised brand and model words ("Voltix Orbit X", "Cedar & Stone Terra 2"),
# in any language's sentence ("新手选Alpenglow Storm 2", «брать Sonara Edge Pro»). Used to read the name out of a
# comparison part that still carries frame words ("should i get the ...", "... for a beginner", "...差价").
_NAME_RUN = re.compile(
    r"(?<![A-Za-z0-9'’])[A-Z][\w'’-]*(?:\s*&\s*[A-Z][\w'’-]*)?(?:\s+(?:&\s*)?[A-Z0-9][\w'’-]*)+"
)
_ASCII_TAIL = re.compile(r"[\u3400-\u9fff].*$")


def name_run(text: str) -> str | None:
    """The longest run of capitalised words (two or more) in ``text``, else None."""
    runs = [_ASCII_TAIL.sub("", m.group()).strip() for m in _NAME_RUN.finditer(text)]
    runs = [r for r in runs if len(r.split()) >= 2]
    return max(runs, key=len) if runs else None
