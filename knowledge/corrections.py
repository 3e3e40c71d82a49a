"""Corrections inside one message, as people dictate them to a phone or a kiosk: "I'm a size forty two no wait forty
three", «тыщи за четыре нет стоп давай за пять», "预算两千左右 哦不对不对 一千左右就行", "洗衣鸡 哦洗衣机".

The words taken back are dropped (or, for a figure said again without its unit, given the new figure), so the rest
of the message is read as the shopper meant it. Only a figure, a colour, a word said again or a slip of the same
length is ever taken back: "no" alone, "I mean" explaining a reason, or «то есть» in a story change nothing.
"""

from __future__ import annotations

import re

from knowledge.figures.money import EN_NUMBER_WORDS
from knowledge.figures.spoken import RU_NUMBER_WORDS, ZH_NUMERALS

# The words that take back what was just said.
_MARKER = re.compile(
    r"(?<![\w'])(?:oh\s+)?(?:no\s+wait(?:\s+i\s+mean)?|wait\s+no|oh\s+wait\s+no|(?:oh\s+)?no\s+sorry(?:\s+i\s+mean)?|"
    r"sorry\s+i\s+mean|or\s+rather|scratch\s+that|i\s+mean|no\s+no)(?![\w'])"
    r"|(?<![а-яё])(?:(?:ой|ай),?\s+)?(?:нет,?\s+стоп|ой,?\s+нет|ой,?\s+не|нет\s+нет|вернее|точнее)(?![а-яё])"
    r"|\s*(?:哦|噢|呃|额)?\s*(?:不对不对|不对|不是不是|说错了|我是说)|\s*哦不是|(?<=\S)\s*哦\s*(?=[^\s不说我])",
    re.IGNORECASE,
)
# Filler between the marker and what replaces it ("let's say", «давай», "就是").
_LEAD = re.compile(r"^[\s,，.。]*(?:(?:let'?s\s+say|make\s+(?:it|that)|i\s+mean|it'?s|um+|uh+|like|давай|ну|лучше|"
                   r"嗯|那个|就是|是|要|改成)[\s,，]*)*", re.IGNORECASE)


def _words(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# The number words the figures parser knows, with the glue of a spoken figure ("a hundred and twenty", "one point
# five") and, in Russian, the approximate ones and the ordinals of sizes («полторы тыщи», «сорок третий»).
_EN_NUM = rf"(?:{_words([*EN_NUMBER_WORDS, 'a hundred', 'a thousand', 'and', 'point', 'half'])})"
_RU_NUM = (rf"(?:{_words(RU_NUMBER_WORDS)}|ноль|полтора|полторы|тыщ[иу]?|"
           r"перв\w*|втор\w*|трет\w*|четв[её]рт\w*|пят(?:ый|ого|ом)|шест(?:ой|ого|ом)|седьм\w*|восьм\w*|"
           r"девят(?:ый|ого|ом)|(?:сорок|тридцать|двадцать|пятьдесят)\w*(?:ой|ый|ий|ого|ом))")
_RU_ORDINAL = re.compile(r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят)\w*", re.IGNORECASE)
_NUMBER = re.compile(rf"(?:\d+(?:[.,]\d+)?|(?:(?<![\w]){_EN_NUM}(?![\w])[\s-]*)+|"
                     rf"(?:(?<![а-яё]){_RU_NUM}(?![а-яё])\s*)+|"
                     rf"[{ZH_NUMERALS}点]+)", re.IGNORECASE)
# A unit or a currency right after a figure ("bucks", «рублей», "块以内", "升以上", "码").
_UNIT = re.compile(r"\s*(?:bucks?|dollars?|pounds?|quid|euros?|litres?|liters?|l\b|ml\b|mah\b|gb\b|kg\b|"
                   r"руб\w*|тыщ\w*|тысяч\w*|литр\w*|л(?![а-яё])|"
                   r"块钱?|元|升|毫升|毫安|码|号|米|公斤)?(?:\s*(?:以内|以下|以上|左右|上下|max|or so|ish))?的?",
                   re.IGNORECASE)
_COLOURS = re.compile(
    r"(?:black|white|grey|gray|blue|navy|red|green|pink|purple|yellow|orange|brown|beige|dark|milk|"
    r"ч[её]рн\w*|бел\w*|сер\w*|син\w*|голуб\w*|красн\w*|зел[её]н\w*|розов\w*|фиолетов\w*|ж[её]лт\w*|оранжев\w*|"
    r"коричнев\w*|беж\w*|"
    r"暖一点的?|白一点的?|冷一点的?|[黑白灰蓝红绿粉紫黄橙棕]色?的?|米色的?)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?P<w>[\w'-]+)\s*$")


def _number_before(before: str) -> re.Match[str] | None:
    """The figure (with its unit) that ``before`` ends in, if it ends in one."""
    tail = before.rstrip(" ,，")
    best = None
    for m in _NUMBER.finditer(tail):
        if m.group().strip() in ("一点", "点", "a", "and"):
            continue  # "白一点的": a bit whiter, no figure
        unit = _UNIT.match(tail, m.end())
        end = unit.end() if unit else m.end()
        if m.group().strip() and tail[end:].strip(" ,，") == "":
            best = m
    return best


def _one(text: str) -> str | None:
    """``text`` with its first correction applied; None when it has none that can be applied."""
    for mk in _MARKER.finditer(text):
        before, after = text[:mk.start()], text[mk.end():]
        if not before.strip():
            # «ой не сорок второй сорок третий»: the figure of the last message taken back, the new one said
            run = re.match(rf"\s*(?:не|not|不是)?\s*(?P<r>{_NUMBER.pattern})", after, re.IGNORECASE)
            words = run.group("r").split() if run else []
            # the first figure ends at its ordinal («сорок второй | сорок третий»), else halfway ("forty two forty
            # three")
            split_at = next((i + 1 for i, w in enumerate(words[:-1]) if _RU_ORDINAL.fullmatch(w)), None)
            if split_at is None and len(words) >= 2 and len(words) % 2 == 0:
                split_at = len(words) // 2
            if run and split_at:
                return " ".join(words[split_at:]) + " " + after[run.end():]
            continue
        lead = _LEAD.match(after)
        rest = after[lead.end():] if lead else after
        # A figure said again: "forty two no wait forty three", "五十块以内 哦不对 … 八十块以内".
        said = _number_before(before)
        new = next((n for n in _NUMBER.finditer(rest[:60]) if n.group().strip() not in ("", "一点", "点", "a", "and")),
                   None)
        if said is not None and new is not None and re.search(r"[\d]|\w", new.group()):
            tail = before.rstrip(" ,，")
            unit = _UNIT.match(tail, said.end())
            unit_text = tail[said.end():unit.end()] if unit else ""
            new_unit = _UNIT.match(rest, new.end())
            if unit_text.strip() and not (new_unit and new_unit.group().strip()):
                # "四十二 哦不对 四十三": the new figure takes the old one's place and unit
                return tail[:said.start()] + new.group().strip() + unit_text + " " + rest[new.end():]
            head = tail[:said.start()]
            said_before = re.search(r"(\S+)\s*$", head)
            if said_before and rest.split()[:1] == [said_before.group(1)]:
                rest = rest.split(None, 1)[1] if len(rest.split()) > 1 else ""  # «тыщи за четыре … за пять»
            return head + rest
        # A colour taken back: "not blue either no wait I mean not black", "紫色的 哦不是 绿色的".
        col = list(_COLOURS.finditer(before[-24:]))
        if col and _COLOURS.search(rest[:24]):
            start = len(before) - 24 + col[-1].start() if len(before) > 24 else col[-1].start()
            neg = re.search(r"(?:\bnot\s+|\bno\s+|(?<![а-яё])не\s+|不要|别)$", before[:start], re.IGNORECASE)
            if neg is not None:
                start = neg.start()
            said_colour = col[-1].group().lower()
            if rest.lower().startswith(said_colour):
                rest = rest[len(said_colour):]  # «чёрный ой нет чёрный у меня уже был»: why, not a wish
            return before[:start] + " " + rest
        # A word said again to be refused: "书包 哦不是书包 是…登山包", «по рациям ой нет не по рациям по машинкам».
        prev = _WORD_BEFORE.search(before)
        again = re.match(r"\s*(?:не\s+)?(?:по\s+)?(?P<w>[\w'-]+)", rest, re.IGNORECASE)
        if prev and again and not re.search(r"[\u4e00-\u9fff]", prev.group("w")) \
                and prev.group("w").lower() == again.group("w").lower():
            cut = re.search(r"(?:^|\s)(?:по\s+)?\S*\s*$", before)
            word_at = cut.start() if cut else prev.start()
            return before[:word_at] + " " + _LEAD.sub("", rest[again.end():])
        zh_before = before.rstrip()
        zh_rest = after.lstrip()
        for k in (4, 3, 2):
            if len(zh_before) >= k and re.fullmatch(r"[\u4e00-\u9fff]+", zh_before[-k:]) \
                    and zh_rest.startswith(zh_before[-k:]) and "不是" in mk.group():
                # "书包 哦不是书包 是那个登山包": the thing named, then refused by name
                return zh_before[:-k] + " " + _LEAD.sub("", zh_rest[k:])
        # A slip put right, one character off: "洗衣鸡 哦洗衣机", "走郎 哦走廊", "水袋 哦 睡袋".
        if "哦" in mk.group() and not re.search(r"不|说错|我是说", mk.group()):
            for k in (4, 3, 2):
                w, y = zh_before[-k:], zh_rest[:k]
                if len(w) == len(y) == k and re.fullmatch(r"[\u4e00-\u9fff]+", w + y) \
                        and sum(a != b for a, b in zip(w, y, strict=True)) == 1:
                    return zh_before[:-k] + zh_rest
    return None


# Hesitation sounds a voice message carries ("do you have um waterproof boots", «ээ», "嗯"): no word of the request.
_FILLER = re.compile(r"(?<![\w'-])(?:u+m+|u+h+|e+r+m+|u+h+m+|hmm+|э+м*|ммм+)(?![\w'-])[,.]?\s*"
                     r"|(?<![\u4e00-\u9fff])嗯+\s*", re.IGNORECASE)
# A figure put right with a bare "no": "size forty two no forty one", «сорок два нет сорок один», "四十二 不 四十三".
_NUMBER_NO_NUMBER = re.compile(rf"(?P<a>{_NUMBER.pattern})\s*(?:,\s*)?(?:no|нет|не|不)\s*,?\s*(?P<b>{_NUMBER.pattern})",
                               re.IGNORECASE)


def _number_put_right(m: re.Match[str]) -> str:
    a, b = m.group("a").strip(), m.group("b").strip()
    if not a or not b or a in ("a", "and") or b in ("a", "and", "一点"):
        return m.group(0)
    return m.group("b")


def apply_corrections(text: str) -> str:
    """``text`` as the shopper meant it, each correction inside it applied (at most a few: a message is short)."""
    text = _FILLER.sub("", text).strip() or text
    text = _NUMBER_NO_NUMBER.sub(_number_put_right, text)
    for _ in range(4):
        fixed = _one(text)
        if fixed is None or fixed == text:
            break
        text = re.sub(r"[ \t]{2,}", " ", fixed).strip()
    return text


__all__ = ["apply_corrections"]
