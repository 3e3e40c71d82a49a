"""Does the store have what the shopper named? Resolving product and brand names against the catalog.

"How much is the Zorblax Hyperboots 9000?" must not be answered with the nearest search hit's price: the question
names a thing, and the first job is to decide whether the store has it. This module makes that decision:

1. ``name_span`` cuts the question frame off ("how much is the …", "есть ли у вас …", "…多少钱") and keeps the
   shopper's own words for the thing, which a reply quotes back.
2. The words become units: Latin and Cyrillic words, numbers, Chinese runs. Each unit is matched against every
   product's profile: its titles in every language, brand, category names and attribute values. Latin words match
   by stem or by rapidfuzz ratio (typos); Cyrillic words by lemma, by ratio, or by a transliteration skeleton against
   Latin words ("Нортпик" ~ "Northpeak"); numbers only exactly (model-number agreement: "9000" never matches a
   product without it); Chinese runs by the share of their character bigrams the product's Chinese text holds.
3. A product's score is the IDF-weighted share of the name's units it matches: a unit no product has ("Zorblax")
   weighs most, one every boot has ("boots") little. A brand named in full (exactly, with a typo, or transliterated)
   is matched by all its products, and then only its products can be the one named (exact brand agreement). The name
   is known when the best score reaches the threshold (``SearchSettings.name_threshold``, chosen by
   ``python -m evals unknown_names`` on a development split) and every model word and number in the name agrees:
   only a product holding all of them can be the one named ("Quest X" is not the "Quest Pro", a full match beats
   a partial one). Single letters count in titles and names ("X"), so they can disagree too.
4. A name made only of the store's generic words and everyday words ("waterproof hiking boots", "comfy boots",
   "舒服的夹克") names no particular thing: the status is ``generic`` and the caller searches as before. Everyday
   is measured, not listed: wordfreq's frequency of the word in its language (en, ru, zh). An unknown word before a
   category ("Glacierra hiking boots") or alone ("Nike") is read as a brand the store does not carry, and the brands
   it does carry there are listed.

The index is built from the DB once per store and rebuilt when the catalog changes (count or last update).
"""

from __future__ import annotations

import bisect
import math
import re
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from knowledge.text import AGE, DURATION, STOP_WORDS, en_stem, normalize, ru_lemma, told_not_named

NameStatus = Literal["known", "unknown_product", "unknown_brand", "generic"]

# Tuned by evals/unknown_names.py on its development split; settings carry the value in use.
DEFAULT_THRESHOLD = 0.87
WORD_MATCH = 80  # rapidfuzz ratio (0-100) from which two words are taken for one another (one or two typos)


class NameCandidate(BaseModel):
    product_id: int
    score: float
    brand: str | None = None
    category: str | None = None


class NameResolution(BaseModel):
    """What the store has of the thing a shopper named."""

    name: str = Field(description="the shopper's own words for the thing, as a reply quotes them")
    status: NameStatus
    score: float = 0.0  # best product score in [0, 1]
    threshold: float = DEFAULT_THRESHOLD
    product_ids: list[int] = Field(default_factory=list)  # known: the products named, best first
    candidates: list[NameCandidate] = Field(default_factory=list)  # best-scoring products, whatever the status
    brand: str | None = None  # a brand the store carries, when the name holds one
    unknown_words: list[str] = Field(default_factory=list)  # words of the name that nothing in the store has
    unknown_brand: str | None = None  # unknown_brand: the brand as the shopper wrote it ("Glacierra")
    numbers_disagree: bool = False  # the name carries a model number no matching product has
    category: str | None = None  # category path the name's generic words point to
    category_names: dict[str, str] = Field(default_factory=dict)  # its display names by language
    brands_in_category: list[str] = Field(default_factory=list)  # brands the store carries there (or overall)


# --- the question frame ------------------------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return text.split()


_FRAME_EN = frozenset(_words(
    "how much is are does do the a an what what's whats which price prices priced pricing of for cost costs "
    "you have has sell sells carry stock stocked in still any available availability there got can could i buy get "
    "order please tell me about hi hello hey your store shop left it they many we looking look im i'm am want need "
    "some at on currently right now also it's this that these those there's theres with to would like know "
    "check see did sale "
    # A question about sizes or colours: "sizes for the X", "what size range is the X", "colours of the X".
    "size sizes sizing range colour colours color colors come comes "
    # A turn that moves on to another kind of thing: "ok now show me thermoses", "then let's see lamps".
    "ok okay now show let's lets then instead "
    # an amount said loosely: "roughly 30 litres"
    "roughly around about approximately approx"
))
_FRAME_RU = frozenset(_words(
    "сколько стоит стоят стоимость какая какова какой цена цену цены на есть ли у вас в наличии продаже продаете "
    "продается продаются продаешь имеется имеются а это подскажите скажите пожалуйста можно купить еще остались "
    "осталось магазине вы мне нужен нужна нужно нужны хочу ищу по чем почем здравствуйте привет бывают там "
    "добрый день также и сейчас вообще найти заказать узнать интересует интересуют посоветуйте посоветуй "
    "порекомендуйте подберите посоветуете посоветовали подскажете "
    # "в каких размерах бывают X", "какие цвета у X", "X — да или нет?"
    "каких каком размер размеры размерах размера цвет цвета цветах цвете бывают бывает или нет да"
))
# Chinese frames are cut from the ends of the text, longest first.
_ZH_PREFIX = sorted(_words(
    "请问 你好 您好 你们 您们 店里 这里 这边 我想 我要 想要 想买 请 有没有 有卖 卖不卖 是否有 还有 有 买 问一下 "
    "麻烦问 查一下 帮我查 那个 这个 一下 的"
), key=len, reverse=True)
_ZH_SUFFIX = sorted(_words(
    "多少钱 什么价格 价格是多少 价钱 价格 售价 多少 钱 是 有货 有库存 还有货 库存 现货 在售 卖吗 有卖吗 有吗 吗 呢 "
    "没有 还有 有没有 嘛 啊 呀 的 一双 一个 一件 一台 现在 还 有 怎么卖 卖 贵不贵"
), key=len, reverse=True)
_PUNCT = " \t\n?？!！.。,，:：;；\"'“”«»「」()（）-—–~"
# A size or a budget is not part of a name: "in size 42", "under $100", "до 5000 руб", "42码", "500元以内".
# A budget named with its figure ("预算3000", "budget 50", «бюджет 3000»): no name or model number.
BUDGET = re.compile(r"(?:预算|budget|бюджет|(?:别|不|不要|不能)?超过|不到|以内|最多)\s*(?:是|在|大概)?\s*"
                    r"\d[\d.,]*\s*k?", re.IGNORECASE)
_NOT_NAME = re.compile(
    r"\b(?:in\s+)?size\s*\d+(?:[.,]\d+)?\b"
    r"|\b(?:under|below|less than|up to|over|above|around|about|for)\s*[$€£¥₽]?\s*\d[\d.,]*"
    r"\s*(?:k|usd|dollars?|bucks)?\b"
    r"|[$€£¥₽]\s*\d[\d.,]*"
    r"|(?:размер[а-я]*|р-р)\s*\d+|\d+(?:-?го)?\s*(?:размер[а-я]*|р-р)|(?<![\d.,])(?:3[3-9]|4[0-8])-го(?![а-яё])"
    r"|(?<![а-яё])(?:до|дешевле|от|за|около)\s*\d[\d\s.,]*\s*(?:руб[а-я.]*|р\.|₽|долл[а-я.]*|\$|юан[а-я]*)?"
    # a measure or a floor, not a model number: «пауэрбанк на 20000 хотя бы», «минимум 10 литров», "at least 20000",
    # "至少2万"
    r"|(?<![а-яё])(?:на|хотя бы|минимум|не меньше)\s*\d[\d\s.,]*(?:\s*хотя бы)?"
    # money said in slang («до косаря», «тыщи за три») and a price asked ("多少钱"): no part of a name
    r"|(?<![а-яё])(?:(?:до|за|около|в пределах)\s+)?(?:(?:пар[ыу]|дв[аеу]х?|тр[её]х|три|четыр\w*|пят\w*|шест\w*|"
    r"сем\w*|восьм\w*|восем\w*|девят\w*|десят\w*)\s+|\d+\s*)?(?:косар[а-яё]*|тыщ[а-яё]*|тысяч[а-яё]*|тыр)"
    r"(?![а-яё])|多少钱|几块钱|什么价"
    r"|\b(?:at least|minimum|min\.?)\s*\d[\d.,]*\s*k?\b|至少\s*\d+万?"
    # an age: "I'm 52", "he's turning 6", "52 years old", «мне 52», «ему 6 лет», "52岁"
    r"|\b(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|turn(?:s|ing|ed)?|aged?)\s+\d{1,3}\b"
    r"|\b\d{1,3}[- ]?(?:years?|yrs?|y/?o)\b(?:[- ]old)?"
    r"|(?<![а-яё])(?:мне|ему|ей|им)\s+\d{1,3}(?![\d.,])|\d{1,3}\s*(?:год[а-я]*|лет[а-я]*)(?![а-яё])|\d{1,3}\s*岁"
    r"|\d[\d\s.,]*\s*(?:руб[а-я.]*|₽|долл[а-я.]*|юан[а-я]*)"
    r"|\d+\s*(?:码|号)(?:的)?"
    # an amount with its unit is an attribute, not a model number: "128G的内存卡", "20000mAh", "0.5 l"
    r"|(?<![a-z])\d+(?:[.,]\d+)?\s*(?:g|gb|t|tb|mah|ml|l|w|kg|lit(?:re|er)s?|millilit(?:re|er)s?|metres?|meters?|"
    r"watts?|pieces?|pcs|people|persons?|毫安时?|升|毫升|瓦|克)(?:的)?(?![a-z])"
    r"|\d+(?:[.,]\d+)?\s*(?:元|块|美元|美金)(?:钱)?(?:以内|以下|左右)?"
    # a bare budget: "积木 400以内", "预算300", "budget 50"
    r"|\d+(?:[.,]\d+)?\s*(?:以内|以下|之内|左右|上下)|"
    # chat words in Latin letters among Chinese or Russian ones: "白的也pass", «норм, ok»
    r"(?<![a-z])(?:pass|ok|okay|ps|btw|lol|plz|pls)(?![a-z])(?=[^a-z]*[\u4e00-\u9fffа-яё])|"
    r"(?<=[\u4e00-\u9fffа-яё])[^a-z]{0,3}(?:pass|ok|okay|ps|btw|lol|plz|pls)(?![a-z])|" + BUDGET.pattern,
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’&-]+", re.UNICODE)



def _trim_words(text: str, frame: frozenset[str]) -> str:
    words = list(_WORD.finditer(text))

    def is_frame(m: re.Match[str]) -> bool:
        w = normalize(m.group()).replace("’", "'")
        return w in frame or w in STOP_WORDS["en"] or w in STOP_WORDS["ru"]

    start, end = 0, len(words)
    while start < end and is_frame(words[start]):
        start += 1
    while end > start and is_frame(words[end - 1]):
        end -= 1
    if start >= end:
        return ""
    return text[words[start].start() : words[end - 1].end()]


def _trim_zh(text: str) -> str:
    changed = True
    while changed and text:
        changed = False
        stripped = text.strip(_PUNCT)
        if stripped != text:
            text, changed = stripped, True
        for p in _ZH_PREFIX:
            if text.startswith(p) and len(text) > len(p):
                text, changed = text[len(p):], True
                break
        for s in _ZH_SUFFIX:
            if text.endswith(s) and len(text) > len(s):
                text, changed = text[: -len(s)], True
                break
    return text.strip(_PUNCT)


def name_span(text: str) -> str:
    """The words naming the thing asked about, as written: "How much is the Zorblax 9000?" -> "Zorblax 9000"."""
    text = unicodedata.normalize("NFKC", text)
    text = _NOT_NAME.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(_PUNCT)
    if re.search(r"[\u4e00-\u9fff]", text):
        text = _trim_zh(text)
        # A Chinese question may still carry Latin or Cyrillic frame words at its ends ("请问 Voltix X 有货吗").
        return text.strip(_PUNCT)
    frame = _FRAME_RU if re.search(r"[а-яё]", text, re.IGNORECASE) else _FRAME_EN
    return _trim_words(text, frame | _FRAME_EN).strip(_PUNCT)


# --- units and profiles -------------------------------------------------------------------------------------------

_UNIT = re.compile(r"(?P<zh>[\u3400-\u4dbf\u4e00-\u9fff]+)|(?P<ru>[а-яё]+)|(?P<num>\d+)|(?P<en>[a-z\u00c0-\u024f]+)",
                   re.IGNORECASE)
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "h", "ts", "ch", "sh", "sh", "", "y", "", "e", "yu", "ya"], strict=True))
# Characters Chinese uses to spell foreign names by sound (阿尔卑斯, 奥斯卡, 维多利亚): a rare word made only of them
# is a transliterated name. Common ones of them ("意大利", "巧克力"'s kin) are everyday words and are let through first.
_TRANSLIT = set(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯博布查达戴黛丹道德迪蒂丁东杜顿多厄恩尔法范菲斐费芬弗伏福夫富盖甘冈高戈格"
    "古瓜圭哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康考柯科克肯库奎昆拉莱兰朗劳勒雷黎里利莉琳林留隆卢鲁路伦罗洛马"
    "迈曼梅蒙米敏莫默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘佩皮普奇琪契乔切琴丘琼萨赛塞桑瑟森沙莎什史舒斯丝索苏塔泰坦汤唐"
    "特提托图瓦万旺威韦维温文沃乌伍西希夏谢辛休雅亚扬耶伊尤约泽扎詹兹茨佐祖"
)
_TRANSLIT_RUN = re.compile(f"[{''.join(sorted(_TRANSLIT))}]{{3,}}")


def zh_spelt_names(text: str) -> list[re.Match[str]]:
    """Foreign names spelt in Chinese sounds ("普拉克斯顿", "维尔莫拉丝"): runs of three or more transliteration
    characters that are no everyday word ("意大利" is one, and no run: 意 and 大 spell no sounds)."""
    return [m for m in _TRANSLIT_RUN.finditer(text) if _zipf(m.group(0), "zh") < EVERYDAY_ZIPF_ZH]


_ZH_STOP = set("的了吗呢吧啊呀有是和与及或在个款件双台把只用")


def skeleton(word: str) -> str:
    """A spelling-neutral key for a word in Latin or Cyrillic letters, so transliterations meet:
    "Northpeak" -> "nrtpk", "Нортпик" -> "nrtpk"."""
    w = "".join(_CYR.get(ch, ch) for ch in normalize(word))
    for a, b in (("ph", "f"), ("th", "t"), ("ck", "k"), ("kh", "h"), ("qu", "kv"), ("c", "k"), ("q", "k"),
                 ("x", "ks"), ("w", "v"), ("zh", "j"), ("sh", "s"), ("ch", "s"), ("ts", "s"), ("z", "s")):
        w = w.replace(a, b)
    w = re.sub(r"(?<=[^aeiouy])h", "", w)
    head, rest = w[:1], re.sub(r"[aeiouy]", "", w[1:])
    return re.sub(r"(.)\1+", r"\1", head + rest)


@dataclass(frozen=True)
class Unit:
    """One word of a name: what it matches by, and how it was written."""

    surface: str  # as written, normalized (lowercase)
    script: Literal["en", "ru", "num", "zh"]
    capital: bool = False

    @property
    def key(self) -> str:
        if self.script == "ru":
            return ru_lemma(self.surface)
        if self.script == "en":
            return en_stem(self.surface)
        return self.surface


def units(text: str, *, letters: bool = False) -> list[Unit]:
    """The words of ``text`` as units. ``letters``: keep single Latin letters, which in a product's name are model
    words ("Quest X" is not "Quest Pro"); elsewhere, and after an apostrophe ("boot's", "I'm"), they are noise."""
    out: list[Unit] = []
    text = unicodedata.normalize("NFKC", text)
    for m in _UNIT.finditer(text):
        kind = m.lastgroup or "en"
        raw = m.group()
        low = normalize(raw)
        if kind == "zh":
            run = "".join(ch for ch in low if ch not in _ZH_STOP) if len(low) > 1 else low
            if run:
                out.append(Unit(run, "zh"))
        elif kind == "num":
            out.append(Unit(raw, "num"))
        elif low in STOP_WORDS["en"] or low in STOP_WORDS["ru"] or (kind == "en" and len(low) < 2 and not (
                letters and text[m.start() - 1 : m.start()] not in ("'", "’"))):
            continue
        else:
            out.append(Unit(low, kind, capital=raw[:1].isupper()))  # type: ignore[arg-type]
    return out


def _same_word(u: Unit, word: str) -> bool:
    """Whether unit ``u`` spells ``word`` (a catalog word in Latin letters): exactly, with a typo, or transliterated."""
    from rapidfuzz import fuzz

    if u.surface == word:
        return True
    if u.script == "ru" and len(u.surface) < 4:
        return len(word) >= 2 and skeleton(u.surface) == skeleton(word)  # "Ко" for "Co" in "Тедди & Ко"
    if u.script not in ("en", "ru") or len(word) < 4 or len(u.surface) < 4:
        return False
    if u.script == "en":
        return bool(fuzz.ratio(u.surface, word) >= 85)
    return _same_skeleton(skeleton(u.surface), skeleton(word))


def _same_skeleton(a: str, b: str) -> bool:
    """Skeletons of a transliteration: equal, or one letter apart when long enough that this is not chance."""
    from rapidfuzz import fuzz

    return a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85)


EVERYDAY_ZIPF = 3.0  # wordfreq's Zipf scale: 3 is about once per million words ("comfy" 3.6, "Glacierra" 0)
EVERYDAY_ZIPF_RU = 2.0
# Chinese words are shorter and transliterations are made of common syllables ("拉克斯" 3.0): a higher bar, met by
# everyday words ("舒服" 4.6, "保暖" 3.5) and not by the pieces of an invented name.
EVERYDAY_ZIPF_ZH = 3.4


@lru_cache(maxsize=20_000)
def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, lang))


def _everyday(u: Unit) -> bool:
    """Whether a Latin or Cyrillic word is common in its language (so not, by itself, the name of a thing)."""
    if u.script == "en":
        return _zipf(u.surface, "en") >= EVERYDAY_ZIPF
    # Russian spreads a word over many inflected forms, each rarer than the English word: "водонепроницаемые" 2.4.
    return u.script == "ru" and max(_zipf(u.surface, "ru"), _zipf(u.key, "ru")) >= EVERYDAY_ZIPF_RU


def switching_words(latin: Iterable[str]) -> set[str]:
    """Of the Latin words among Russian or Chinese ones, those that are the writer switching language: lowercase
    everyday English words ("daily", "budget", "gift"), when two or more of them are there («рюкзак для daily
    commute»). One alone, or a capitalised one, may be a brand ("кроссовки nike", "耳机 Sony")."""
    everyday = {w for w in latin if w.islower() and _zipf(w, "en") >= EVERYDAY_ZIPF}
    return everyday if len(everyday) >= 2 else set()


def _slip(typo: str, word: str) -> bool:
    """``typo`` is ``word`` with letters dropped (as many as the length differs) or two neighbours swapped."""
    if len(typo) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typo, word, strict=True)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and typo[diff[0]] == word[diff[1]] \
            and typo[diff[1]] == word[diff[0]]
    if not 1 <= len(word) - len(typo) <= 2:
        return False
    it = iter(word)
    return all(ch in it for ch in typo)  # a subsequence: only drops


def _bigrams(run: str) -> set[str]:
    return {run[i : i + 2] for i in range(len(run) - 1)} if len(run) > 1 else {run}


@dataclass
class _Profile:
    brand: str | None
    category: str | None
    titles: dict[str, str]


@dataclass
class NameIndex:
    """Inverted indexes from the catalog's words to products, and the store's generic vocabulary."""

    profiles: dict[int, _Profile] = field(default_factory=dict)
    latin: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))  # surface word -> products
    stems: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    cyr: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))  # surface -> products
    lemmas: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    skeletons: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    nums: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    zh_bigrams: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    brands: dict[str, str] = field(default_factory=dict)  # normalized brand -> as the store writes it
    brand_words: set[str] = field(default_factory=set)
    by_brand: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    generic: set[str] = field(default_factory=set)  # words (surface, stem, lemma) of categories, attributes, blurbs
    generic_zh: set[str] = field(default_factory=set)  # bigrams of the same in Chinese
    category_names: dict[str, dict[str, str]] = field(default_factory=dict)
    # Last characters of the categories' Chinese names (鞋, 靴, 杯, 霜...): the head nouns of everyday compounds.
    heads_zh: set[str] = field(default_factory=set)
    # Generic words by script, sorted, for ``misspelt_generic`` (built on first use).
    generic_pools: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return len(self.profiles)

    # -- building ----------------------------------------------------------------------------------------------

    def add_product(self, pid: int, *, titles: dict[str, str], brand: str | None, category: str | None,
                    category_names: dict[str, str], attributes: Iterable[str]) -> None:
        self.profiles[pid] = _Profile(brand, category, titles)
        rest = " ".join([brand or "", *category_names.values(), *attributes])
        # A single letter counts in a title only ("Quest X"); in attribute values it is a size or a grade.
        for u in units(" ".join(titles.values()), letters=True) + units(rest):
            if u.script == "en":
                self.latin[u.surface].add(pid)
                self.stems[u.key].add(pid)
                self.skeletons[skeleton(u.surface)].add(pid)
            elif u.script == "ru":
                self.cyr[u.surface].add(pid)
                self.lemmas[u.key].add(pid)
            elif u.script == "num":
                self.nums[u.surface].add(pid)
            else:
                for bg in _bigrams(u.surface):
                    self.zh_bigrams[bg].add(pid)
        if brand:
            self.brands[normalize(brand)] = brand
            self.by_brand[brand].add(pid)
            words = units(brand)
            if len(words) == 1:  # "Green Valley" keeps "green" a colour; "Northpeak" is only ever a brand
                self.brand_words.add(words[0].surface)

    def add_generic(self, text: str) -> None:
        for u in units(text):
            if u.script == "zh":
                self.generic_zh.update(_bigrams(u.surface))
            elif u.script != "num":
                self.generic.update({u.surface, u.key})

    # -- matching ----------------------------------------------------------------------------------------------

    def match(self, u: Unit) -> dict[int, float]:
        """Products that hold unit ``u``, with how well (1 exact; less for a typo or another spelling)."""
        from rapidfuzz import fuzz, process

        found: dict[int, float] = {}

        def give(pids: Iterable[int], score: float) -> None:
            for p in pids:
                if score > found.get(p, 0.0):
                    found[p] = score

        if u.script == "num":
            give(self.nums.get(u.surface, ()), 1.0)
        elif u.script == "zh":
            grams = _bigrams(u.surface)
            hits: Counter[int] = Counter()
            for bg in grams:
                hits.update(self.zh_bigrams.get(bg, ()))
            for p, n in hits.items():
                share = n / len(grams)
                if share >= 0.5:
                    found[p] = share
        else:
            exact, vocab = (self.latin, self.latin) if u.script == "en" else (self.cyr, self.cyr)
            give(exact.get(u.surface, ()), 1.0)
            give((self.stems if u.script == "en" else self.lemmas).get(u.key, ()), 1.0)
            if len(u.surface) >= 4:
                for word, score, _ in process.extract(u.surface, list(vocab), scorer=fuzz.ratio,
                                                      score_cutoff=WORD_MATCH, limit=5):
                    give(vocab[word], score / 100 * 0.95)
                # The head of a title's compound: "watch" of "Smartwatch", "lamp" of "Headlamp". Shoppers say the
                # short word; the ratio alone is too low for it.
                if u.script == "en" and not found:
                    for word in self._compounds_ending(u.key or u.surface):
                        give(vocab[word], 0.9)
            if u.script == "ru":  # a Latin word of the catalog written in Cyrillic: "Нортпик" for "Northpeak"
                sk = skeleton(u.surface)
                give(self.skeletons.get(sk, ()), 0.9)
                if len(sk) >= 5:
                    for word, score, _ in process.extract(sk, list(self.skeletons), scorer=fuzz.ratio,
                                                          score_cutoff=85, limit=3):
                        give(self.skeletons[word], score / 100 * 0.9)
        return found

    def _compounds_ending(self, head: str) -> list[str]:
        """Title words that are a compound ending in ``head`` (at least three letters before it)."""
        if len(head) < 4:
            return []
        return [w for w in self.latin if len(w) >= len(head) + 3 and w.endswith(head)]

    def _zh_name_like(self, u: Unit) -> bool:
        """A Chinese run names something when one of its words is neither the store's nor everyday Chinese:
        "佐布拉克斯超能靴" ("佐布" is rare) does, "舒服的夹克" (comfortable jacket) does not."""
        from knowledge.text import zh_words

        for w in zh_words(u.surface):
            if len(w) < 2 or self._zh_common(w):
                continue
            if len(w) in (2, 4) and w[: len(w) // 2] == w[len(w) // 2:]:
                continue  # a verb said twice for "a little" ("练练", "试试", "看一看"'s kin): everyday, never a name
            if _TRANSLIT_RUN.fullmatch(w):
                return True  # a foreign name spelt in sounds ("阿尔图"), whatever common parts it splits into
            # A compound of common parts is a common thing ("登山鞋" = "登山" + "鞋": hiking shoes), even when the
            # compound itself is rare in text. The part before must be a word ("佐布" is not "佐" + "布"); a
            # one-character head must be the head of one of the store's category names ("鞋", "杯"), not any common
            # character: "拉克斯" is "拉克" + "斯" and names a brand.
            if any(self._zh_common(w[:k]) and (self._zh_common(w[k:]) or w[k:] in self.heads_zh)
                   for k in range(2, len(w))):
                continue
            return True
        return False

    def _zh_common(self, word: str) -> bool:
        return len(word) >= 2 and (self.is_generic(Unit(word, "zh")) or _zipf(word, "zh") >= EVERYDAY_ZIPF_ZH)

    def is_generic(self, u: Unit) -> bool:
        if u.script == "num":
            return False
        if u.script == "zh":
            grams = _bigrams(u.surface)
            return sum(bg in self.generic_zh for bg in grams) / len(grams) >= 0.75
        if u.surface in self.generic or u.key in self.generic:
            return True
        # A Russian noun the titles say as its adjective: «из мериноса» is the «мериносовые» of a title.
        return u.script == "ru" and len(u.key) >= 6 and self._ru_stem_generic(u.key)

    def _ru_stem_generic(self, lemma: str) -> bool:
        pools = self.generic_pools
        if "ru_adj" not in pools:
            pools["ru_adj"] = sorted(w for w in self.generic if len(w) >= 8 and "\u0400" <= w[0] <= "\u04ff"
                                     and w.endswith(("овый", "овые", "овая", "евый", "евые", "евая")))
        adj = pools["ru_adj"]
        i = bisect.bisect_left(adj, lemma)
        return i < len(adj) and adj[i].startswith(lemma) and len(adj[i]) - len(lemma) <= 4

    def misspelt_generic(self, u: Unit) -> bool:
        """A Latin or Cyrillic word that is a generic word of the store with a letter dropped or two swapped (two
        dropped in a long word): "dumbells" is the store's "dumbbells", a kind of thing, not a model word of a
        product it lacks. Only slips that shorten or reorder a word: one that adds or changes a letter would make
        things the store lacks ("iphones", "tables") into ones it has ("phones", "cables")."""
        if u.script not in ("en", "ru") or len(u.surface) < 5:
            return False
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        pools = self.generic_pools
        if u.script not in pools:
            cyr = u.script == "ru"
            pools[u.script] = sorted(w for w in self.generic if len(w) >= 5 and ("\u0400" <= w[0] <= "\u04ff") == cyr)
        limit = 1 if len(u.surface) <= 7 else 2
        near = process.extract(u.surface, pools[u.script], scorer=OSA.distance, score_cutoff=limit, limit=10)
        return any(_slip(u.surface, str(w)) for w, _, _ in near)

    def brands_named(self, us: list[Unit]) -> dict[int, str]:
        """Units that spell one of the store's brands (all of its words, in order; a typo or a transliteration
        allowed, except for a word the store uses otherwise: "kitchen" is not "Kitchenry"), mapped to that brand."""
        out: dict[int, str] = {}
        loose = [not self.is_generic(u) and not _everyday(u) for u in us]
        for brand in self.brands.values():
            words = [u.surface for u in units(brand)]
            k = len(words)
            if not k:
                continue
            for i in range(len(us) - k + 1):
                if all(us[i + j].surface == words[j] or (loose[i + j] and _same_word(us[i + j], words[j]))
                       for j in range(k)):
                    out.update({i + j: brand for j in range(k)})
        return out

    # -- resolving ---------------------------------------------------------------------------------------------

    def resolve(self, name: str, *, threshold: float = DEFAULT_THRESHOLD, limit: int = 5,
                at_start: bool = False) -> NameResolution:
        """Resolve ``name`` (the shopper's words for a thing). ``at_start``: the name opens the message, so a capital
        on its first word says nothing."""
        # A letter no title holds is noise ("jacket in M"); one a title holds is a model word ("Quest X").
        us = [u for u in units(name, letters=True) if len(u.surface) > 1 or u.script != "en" or u.surface in self.latin]
        if not us or not self.profiles:
            return NameResolution(name=name, status="generic", threshold=threshold)
        n = self.size
        matches = [self.match(u) for u in us]
        named_brands = self.brands_named(us)
        for i, brand in named_brands.items():
            # A brand named in full (even misspelt or transliterated) is matched by all of its products.
            matches[i] = {**matches[i], **{p: 1.0 for p in self.by_brand.get(brand, ())}}
        # IDF weights: a unit no product has weighs most, one most products have weighs little.
        weights = [math.log((n + 1) / (len(m) + 1)) + 1.0 for m in matches]
        total = sum(weights)
        scores: defaultdict[int, float] = defaultdict(float)
        for m, w in zip(matches, weights, strict=True):
            for pid, s in m.items():
                scores[pid] += w * s / total
        numbers = [i for i, u in enumerate(us) if u.script == "num"]
        brands = [named_brands.get(i) for i in range(len(us))]
        known_brand = next((b for b in brands if b), None)
        unknown = [u for u, m, b in zip(us, matches, brands, strict=True) if not m and not b]
        generic = [self.is_generic(u) or (b is None and not _everyday(u) and self.misspelt_generic(u))
                   for u, b in zip(us, brands, strict=True)]
        scripts = {u.script for u in us if u.script != "num"}
        switched = switching_words(u.surface for u in us if u.script == "en" and not u.capital)
        # What makes the words name a particular thing: a brand, a model number, a model word of a title, or a
        # word the store does not know that reads as a name (capitalized, rare in the language, or in Latin
        # letters among Russian or Chinese words). "comfy hiking boots" names nothing: "comfy" is an everyday word.
        evidence = [
            brands[i] is not None or u.script == "num"
            or (u.script == "zh" and self._zh_name_like(u))
            or (u.script != "zh" and not generic[i]
                and (not _everyday(u) or (u.capital and not (at_start and i == 0))
                     or (u.script == "en" and len(scripts) > 1 and u.surface not in switched)))
            for i, u in enumerate(us)
        ]
        if told_not_named(name):
            # A story (an e-mail, a forum post) is full of words a catalog lacks: places ("Cairngorms"), jargon
            # («созвонов»), English among Russian ("daily commute"), counts. Only a brand the store knows names a
            # particular thing in it; the rest is searched and read as a need.
            evidence = [b is not None for b in brands]
        named = any(evidence)

        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        named_set = set(named_brands.values())
        if named_set:
            # Exact brand agreement: with a brand named, only that brand's products can be the one named.
            ranked = [(p, sc) for p, sc in ranked if self.profiles[p].brand in named_set]
        disagree = bool(numbers) and bool(ranked) and not any(all(p in matches[i] for i in numbers) for p, _ in ranked)
        # Model agreement: the product named holds every model word and number the shopper wrote that some title
        # has ("Quest X" is not the "Quest Pro", "Quest 2" not the "Quest 3"): a product missing one is another
        # product, however close its score, and a full match beats a partial one. Model words are the exact title
        # words that are neither generic (category, attribute, blurb words) nor the brand.
        must = [i for i, (u, m) in enumerate(zip(us, matches, strict=True))
                if u.script == "num" or (u.script in ("en", "ru") and brands[i] is None and not generic[i]
                                         and max(m.values(), default=0.0) >= 1.0)]
        agreeing = [(p, sc) for p, sc in ranked if all(p in matches[i] for i in must)]
        # Candidates: those that agree when some do, else the closest others (for a log, never for an answer).
        cands = [NameCandidate(product_id=p, score=round(s, 4), brand=self.profiles[p].brand,
                               category=self.profiles[p].category) for p, s in (agreeing or ranked)[:limit]]
        ranked = agreeing
        best = ranked[0][1] if ranked else 0.0
        base = NameResolution(name=name, status="generic", score=round(best, 4), threshold=threshold,
                              candidates=cands, brand=known_brand, unknown_words=[u.surface for u in unknown],
                              numbers_disagree=disagree)
        if not named:
            return base
        if best >= threshold and not disagree:
            top = [p for p, s in ranked if s >= best - 1e-9]
            base.status = "known"
            base.product_ids = self._closest(name, top)[:limit]
            # The products named come first among the candidates, with their categories (a caller pairing two
            # names picks them from one category).
            named_first = [NameCandidate(product_id=p, score=round(best, 4), brand=self.profiles[p].brand,
                                         category=self.profiles[p].category) for p in base.product_ids]
            base.candidates = named_first + [c for c in cands if c.product_id not in base.product_ids]
            return base
        base.category = self._category([u for u, g in zip(us, generic, strict=True) if g])
        base.category_names = dict(self.category_names.get(base.category or "", {}))
        model_words = [u for u, m, g, b in zip(us, matches, generic, brands, strict=True) if m and not g and not b]
        brand_like = (known_brand is None and not numbers and not model_words and 1 <= len(unknown) <= 2
                      and all(u.script != "zh" for u in unknown))
        if brand_like and (base.category is not None or len(us) == len(unknown) == 1):
            base.status = "unknown_brand"
            base.unknown_brand = _as_written(name, [u.surface for u in unknown])
            base.brands_in_category = self._brands(base.category)
        else:
            base.status = "unknown_product"
            if base.category is not None:
                base.brands_in_category = self._brands(base.category)
        return base

    def _closest(self, name: str, pids: list[int]) -> list[int]:
        """Among equally matching products, the one whose title reads closest to the name first."""
        from rapidfuzz import fuzz

        def close(p: int) -> float:
            return max(fuzz.token_sort_ratio(normalize(name), normalize(t)) for t in self.profiles[p].titles.values())

        return sorted(pids, key=lambda p: (-close(p), p))

    def _category(self, generic_units: list[Unit]) -> str | None:
        """The category the name's generic words point to: most common among the products matching most of them."""
        if not generic_units:
            return None
        hits: Counter[int] = Counter()
        for u in generic_units:
            for pid in self.match(u):
                hits[pid] += 1
        if not hits:
            return None
        top = max(hits.values())
        cats = Counter(self.profiles[p].category for p, k in hits.items() if k == top and self.profiles[p].category)
        if not cats:
            return None
        cat, count = cats.most_common(1)[0]
        # Generic words spread over many categories ("black") point nowhere in particular.
        return cat if count >= 0.5 * sum(cats.values()) else None

    def _brands(self, category: str | None, limit: int = 8) -> list[str]:
        counts = Counter(p.brand for p in self.profiles.values()
                         if p.brand and (category is None or p.category == category))
        return [b for b, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]

    def title(self, pid: int, language: str) -> str:
        t = self.profiles[pid].titles
        return t.get(language) or t.get("en") or next(iter(t.values()), "")


def _as_written(name: str, words: list[str]) -> str:
    """The stretch of ``name`` from the first to the last of ``words``, in the shopper's own spelling and case."""
    text = unicodedata.normalize("NFKC", name)
    spans = [m.span() for w in words if (m := re.search(re.escape(w), text, re.IGNORECASE))]
    if not spans:
        return " ".join(words)
    return text[min(a for a, _ in spans) : max(b for _, b in spans)]


# --- building from the store ----------------------------------------------------------------------------------------

def build_index(db_url: str) -> NameIndex:
    """A ``NameIndex`` of the active products in the store at ``db_url``."""
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Category, Policy, Product, ProductText

    idx = NameIndex()
    with session_scope(db_url) as s:
        cats = {c.id: c for c in s.scalars(select(Category))}
        texts: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
        for t in s.scalars(select(ProductText)):
            texts[t.product_id][t.lang] = (t.title, t.description or "")
        for p in s.scalars(select(Product).where(Product.active.is_(True)).order_by(Product.id)):
            cat = cats.get(p.category_id) if p.category_id is not None else None
            names = {k: str(v) for k, v in (cat.names or {}).items()} if cat else {}
            own = texts.get(p.id) or {p.language: (p.title, p.description or "")}
            titles = {lang: title for lang, (title, _) in own.items()}
            attrs = [str(v) for v in (p.attributes or {}).values() if isinstance(v, str)]
            idx.add_product(p.id, titles=titles, brand=p.brand, category=cat.path if cat else None,
                            category_names=names, attributes=attrs)
            # Descriptions without their title and brand hold the store's generic words ("waterproof", "tent").
            for title, desc in own.values():
                blurb = desc.replace(title, " ")
                if p.brand:
                    blurb = blurb.replace(p.brand, " ")
                idx.add_generic(blurb)
        # The store's own policies hold the words of store questions ("退货", "доставка", "opening hours").
        for policy in s.scalars(select(Policy)):
            idx.add_generic(f"{policy.title} {policy.body}")
        from knowledge.category_words import CATEGORY_WORDS

        for c in cats.values():
            idx.add_generic(" ".join(str(v) for v in (c.names or {}).values()))
            # shoppers' everyday words for the category ("thermos", «кроссы», "跑鞋") are the store's words too
            words = CATEGORY_WORDS.get(c.path.rsplit("/", 1)[-1], {})
            idx.add_generic(" ".join(w for ws in words.values() for w in ws))
            idx.category_names[c.path] = {k: str(v) for k, v in (c.names or {}).items()}
            zh_name = str((c.names or {}).get("zh") or "")
            if zh_name and "\u4e00" <= zh_name[-1] <= "\u9fff":
                idx.heads_zh.add(zh_name[-1])
    idx.add_generic(" ".join(_FRAME_EN | _FRAME_RU))
    from knowledge.query import synonym_phrases

    idx.add_generic(" ".join(synonym_phrases()))  # "Type-C" is the store's USB-C, not a model word
    # A brand or model word is never generic, even when a blurb happens to use it.
    idx.generic -= idx.brand_words
    return idx


_lock = threading.Lock()
_cache: dict[str, tuple[tuple[object, ...], NameIndex]] = {}


def _signature(db_url: str) -> tuple[object, ...]:
    from sqlalchemy import func, select

    from knowledge.db import session_scope
    from knowledge.schema import Product

    with session_scope(db_url) as s:
        row = s.execute(select(func.count(Product.id), func.max(Product.updated_at))).one()
    return (row[0], str(row[1]))


def get_index(db_url: str) -> NameIndex:
    """The store's name index, rebuilt when products were added, removed or changed since it was built."""
    sig = _signature(db_url)
    with _lock:
        hit = _cache.get(db_url)
        if hit is not None and hit[0] == sig:
            return hit[1]
    idx = build_index(db_url)
    with _lock:
        _cache[db_url] = (sig, idx)
    return idx


# Footwear words, and a bare number beside them that can only be a shoe size (EU 30-49, half sizes).
_FOOTWEAR = re.compile(r"\b(?:shoes?|boots?|sneakers?|trainers?|sandals?|slippers?)\b"
                       r"|(?<![а-яё])(?:кросс?\w*|ботин\w*|сапог\w*|кед\w*|туфл\w*|тапк\w*|тапоч\w*|сандал\w*|обув\w*)"
                       r"|鞋|靴", re.I)
BARE_SHOE_SIZE = re.compile(
    # (Chinese runs on without spaces: "算了拿44吧" says the size between two characters)
    r"(?<![a-zа-яё\d_.,$€£¥₽])(?<!за )(?<!до )(?<!under )(?<!over )(?<!about )(?<!around )(?<!like )(?P<n>3\d|4\d)"
    r"(?:[.,]5)?(?![a-zа-яё\d_%$€£¥₽.,]|\s*(?:\$|руб|р\b|доллар|бакс|евро|元|块|刀|美元|dollars?|bucks|usd|eur|шт|pcs|"
    r"kg|кг|l\b|л\b|мин|min|лет|года?|years?|岁|个|件|人|号(?:楼|线)|分钟|度|块钱|斤|公斤|米|升))", re.I)


_DISTANCE = re.compile(r"(?<![\d.])\d+(?:[.,]\d+)?\s*(?:公里|千米|km|км|километр\w*|miles?)(?![a-zа-яё])", re.I)


def resolve_name(db_url: str, text: str, *, threshold: float = DEFAULT_THRESHOLD,
                 name: str | None = None, kind_words: Callable[[str], bool] | None = None) -> NameResolution:
    """Resolve what ``text`` (a shopper's question) names against the store at ``db_url``.

    ``kind_words``: whether the store's query lexicon reads the words as a category or an attribute of its own
    ("内存卡" for the memory cards its titles call "存储卡"): such words are a kind the store carries."""
    from knowledge.query import SIZE_RE

    # An age is no model number: «ребенку шлем на велик, ему 6», "he's 7", "8岁" name no particular product; nor is
    # how long the thing is for («рюкзак в поход на 3 дня»).
    # Nor is a size («有L码吗», "my daughter wears a 38 - do your sandals come in that size?").
    # So is a distance («练10公里用», "for my 10 km runs").
    text = re.sub(r"\s+", " ", _DISTANCE.sub(" ", SIZE_RE.sub(" ", DURATION.sub(" ", AGE.sub(" ", text))))).strip() \
        or text
    if _FOOTWEAR.search(text):
        text = BARE_SHOE_SIZE.sub(" ", text).strip(" ,") or text  # «кроссы для бега женские, 38»: a size
    span = name if name is not None else name_span(text)
    if name is None and told_not_named(span):
        # A story that asks one question («…имеются ли у вас в продаже пылесосы? Нужен для офиса…», "do you stock
        # vitamin D tablets? My GP recommended…"): the thing is named in the question, not in the story around it.
        questions = [x for x in re.split(r"(?<=[.!?。！？])\s*", text) if x.strip().endswith(("?", "？"))]
        if len(questions) == 1 and not told_not_named(name_span(questions[0])):
            span = name_span(questions[0])
            text = questions[0]  # (a capital opening the question is no name's: «…домой. Что посоветуете?»)
    at_start = unicodedata.normalize("NFKC", text).lstrip(_PUNCT).startswith(span)
    idx = get_index(db_url)
    res = idx.resolve(span, threshold=threshold, at_start=at_start)
    if res.status == "generic":
        # Ordinary words for a kind of thing the store has nothing of ("washing machines", "猫粮"): not carried.
        from knowledge.carried import not_carried
        from knowledge.query import frame_spans

        norm = normalize(text).strip()
        asked = bool(frame_spans(norm)) or norm.endswith(("?", "？"))
        missing = not_carried(idx, span, asked=asked)
        if missing and not (kind_words is not None and kind_words(span)):
            res.status = "unknown_product"
            res.unknown_words = missing
    return res


__all__ = ["DEFAULT_THRESHOLD", "NameCandidate", "NameIndex", "NameResolution", "build_index", "get_index",
           "name_span", "told_not_named", "switching_words", "resolve_name", "skeleton", "units", "BUDGET"]
