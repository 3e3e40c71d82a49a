"""Product search end to end: understand the query, retrieve (dense, sparse or hybrid), re-rank, read facts from the DB.

The index is for finding and filtering; every figure a shopper sees (price, stock, location, title) is re-read from
the store DB for the final hits, so it is never stale. When the index is missing, a plain DB keyword search answers
instead and says so (``notice``).

Constraints are of two kinds. Hard ones filter: price limits, negations ("not leather"), in-stock-only, an explicit
category or brand. Soft ones re-rank: attributes and the category the words suggest, because the parser may guess
wrong and a near match is still worth showing. Hits that meet none of what was asked are marked low-confidence so
the agent can ask a clarifying question.
"""

from __future__ import annotations

import itertools
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

import numpy as np
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from knowledge.bounds import meets, parse_bound, rate_for_cold
from knowledge.category_profiles import get_profiles
from knowledge.db import session_scope
from knowledge.index import Filters, IndexHit, IndexQuery, VectorIndex
from knowledge.needs import (
    BODY_USES,
    DESCRIBED_THING,
    GIFT,
    NOT_SOLD_FIT,
    USE_FLAGS,
    NeedReading,
    described_clause,
    has_need_cue,
    is_gift,
    read_need,
    uses_of,
)
from knowledge.query import (
    MATERIAL_KIN,
    MEASURED_KEYS,
    Lexicon,
    frame_spans,
    group_size,
    lexicon_from_db,
    material_kin,
    understand,
)
from knowledge.rank.candidates import Pool, gather
from knowledge.rank.features import Matrix, QueryText, doc_texts, featurize
from knowledge.rank.model import RankModel, load_ranker
from knowledge.text import AnalyzedQuery, Bm25Encoder, analyze_query, normalize, ru_only_describes, tokens
from knowledge.wanted import wanted_phrases
from shopkeeper.errors import IndexUnavailable, InputRejected, ShopkeeperError
from shopkeeper.settings import Settings
from tools.catalog_models import ParsedQuery, ProductDetail, ProductHit, SearchOutput

log = logging.getLogger(__name__)

Mode = Literal["hybrid", "dense", "bm25"]
# How far below the best category a need may pick one whose products record the yes/no attribute the need asks for
# ("my feet get soaked": socks 0.43, waterproof boots 0.34; «промокают ноги»: 0.53 and 0.43). Set by hand on a few
# development lines, not fitted.
FLAG_MARGIN = 0.15
# The next categories a need reading tries when nothing of its best one fits the other conditions (a budget): at
# most this many, among those its uses name.
NEXT_NEEDS = 2
# How far below the top a category named by a use may be and still be preferred (``NeedReading.prefer_named``).
USE_NAME_MARGIN = 0.2
# A present is shown as a few kinds of thing, one of each in turn, not three of one kind: the person's taste is a
# guess, and a guess is better spread. At most this many kinds: the best, then those its uses name, then those
# within ``GIFT_MARGIN`` of the best.
GIFT_KINDS = 3
GIFT_MARGIN = 0.03
# How far below the best kind a present's spare kinds may be (``SearchRequest.spare_kinds``).
GIFT_SPARE_MARGIN = 0.08
THING_WORDS = 4  # a request of at most this many words (after the question frame) may name a kind of thing
# How close to a category name a thing must come to count as sold when no product or category is named by its head
# word (set on the development sets: sold synonyms the lexicon misses came to 0.55-0.65, "bikes"/"自行车" to 0.70).
HEAD_FIT = 0.72
# A phrase that opens with a negation tells what the thing must not be ("不含糖也没有麸质", «без сахара»).
_NEGATED_THING = re.compile(r"(?:不|没有|没|无|非|别|без|не|no|not|without|non)(?![a-zа-яё])", re.I)
# How much further from a category's name a qualifier must take the phrase than its head alone ("chair" 0.72,
# "office chair" 0.64; "beach chair" 0.70) before the qualified thing counts as another kind.
QUALIFIER_DROP = 0.04
MAX_QUERY_CHARS = 2000  # longer text is cut here: nobody types more to find a product, and it bounds the work

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")

# Short localized words for reason lines.
_WORDS = {
    "in_stock": {"en": "in stock", "ru": "в наличии", "zh": "有货"},
    "under": {"en": "under {p}", "ru": "до {p}", "zh": "{p}以内"},
    "over": {"en": "from {p}", "ru": "от {p}", "zh": "{p}起"},
    "not": {"en": "not {w}", "ru": "не {w}", "zh": "不含{w}"},
    "category": {"en": "{c}", "ru": "{c}", "zh": "{c}"},
}


def _w(key: str, lang: str, **kw: Any) -> str:
    table = _WORDS[key]
    return table.get(lang, table["en"]).format(**kw)


def clean_query(text: str) -> str:
    """Control and invisible characters out, whitespace collapsed, length bounded. Empty -> InputRejected."""
    if not isinstance(text, str):
        raise InputRejected("the search query must be text")
    text = _CONTROL.sub(" ", text[: MAX_QUERY_CHARS * 2])
    text = re.sub(r"\s+", " ", text).strip()[:MAX_QUERY_CHARS]
    if not text:
        raise InputRejected("the search query is empty", hint="say what you are looking for, e.g. 'hiking boots'")
    return text


_WANTED = re.compile(
    r"^\W*(?:(?:hi|hey|hello)\W+)?(?:(?:i|we)(?:'m| am)?\s+)?(?:really\s+|just\s+)?(?:need|want|looking for|after|"
    r"(?:want|need|looking) to (?:buy|get)|buying|searching for)\s+(?:[\w'-]+\s+){0,2}$|"
    r"^\W*(?:(?:здравствуйте|добрый\s+день|привет)\W+)?(?:мне\s+)?(?:нуж(?:ен|на|но|ны)|надо|хочу|ищу|ищем|"
    r"(?:хочу|нужно|надо)\s+купить|бы|подскажите|посоветуйте)\s+(?:[\w-]+\s+){0,2}$|"
    # ("老铁，整双冬天穿的棉靴子": a form of address, the northern 整 "get", one 的-modifier)
    r"^\W*(?:(?:老铁|亲|老板|哥们|兄弟|姐妹)\W+)?(?:我|俺)?(?:想买|要买|想要|需要|找|想整|整|给我来|来)"
    r"(?:个|一个|一双|双|一件|件|一款|一把|一台|台|一套|套)?(?:[\u4e00-\u9fff]{1,8}的)?$",
    re.IGNORECASE,
)


@dataclass
class SearchRequest:
    query: str
    language: str | None = None
    limit: int = 8
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    category: str | None = None
    brand: str | None = None
    in_stock_only: bool = False
    exclude_ids: list[int] = field(default_factory=list)
    mode: Mode = "hybrid"
    store: str | None = None
    # Structured parts of the request kept from earlier turns, added to what the words of ``query`` say.
    attributes: dict[str, Any] = field(default_factory=dict)
    exclude_terms: list[str] = field(default_factory=list)
    exclude_attrs: dict[str, list[Any]] = field(default_factory=dict)
    # The shopper's message as written, when ``query`` is a cleaned form of it: the frames that say what is asked
    # for ("I'm looking for ...", «подскажите ...») are read there (``knowledge.wanted``).
    said: str | None = None
    # Set by ``SearchEngine._apply_need`` for a present: kinds that also fit the person, a little further down the
    # reading, tried when every kind shown first costs more than the budget.
    spare_kinds: list[str] = field(default_factory=list)
    # Set by ``SearchEngine.parse``: the price limits as written when the shopper wrote a bare number in money not
    # the store's (``knowledge.query.Understanding.bare_price``), for the store-currency reading of it.
    bare_price: tuple[Decimal | None, Decimal | None] | None = None
    # The category whose name a short request comes closest to ("непромокаемые ботинки" ~ boots), when close enough
    # to be a kind the store sells: what a bare price is checked against when the words name no category.
    near_category: str | None = None


@dataclass
class _Candidate:
    id: int
    base: float
    attr_match: float
    cat_match: float
    final: float
    matched: list[str]


_LEAD_WORDS = frozenset(re.findall(r"\S+", (
    "a an some any decent good nice cheap cheaper new small big large light lightweight warm proper quality best "
    "simple basic portable compact solid sturdy comfy comfortable хороший хорошую хорошие нормальный нормальную "
    "нормальные недорогой недорогую недорогие приличный приличную новый новую новые")))


def category_leads(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` opens with a category word: "headphones but not wireless, I hate charging" is about
    headphones, whatever problem follows."""
    norm = normalize(text)
    cats = [s for e, s, _ in lex.match(norm) if e.kind == "category"]
    # ...or names it as the thing wanted: "need new trainers for running, mine have holes", «нужен термос на
    # работу», "想买个保温杯": the story after it says what for, not which kind.
    if not cats:
        return False
    before = norm[:min(cats)]
    if min(cats) == 0 or _WANTED.search(before):
        return True
    # "a decent bluetooth speaker for the beach": only an article and qualities stand before it (a thing owned,
    # "my coffee is cold by noon", is where a problem happens, not what is wanted).
    words = before.split()
    attrs = {s for e, s, _ in lex.match(before) if e.kind == "attr"}
    return len(words) <= 3 and all(w in _LEAD_WORDS or any(s <= before.find(w) < s + 30 for s in attrs)
                                   for w in words)


def _thing_like(phrase: str, *, asked: bool = False) -> bool:
    """Whether the phrase a long message was cut to reads as the name of a kind of thing: not the present or the
    person it is for ("生日礼物", "friend", «свекрови»), an age or a number ("I'm 52"), a clause ("我能吃") or the
    story itself (more than a few words). Only such a phrase may be called a thing the store does not sell.
    ``asked``: the message asks for the phrase outright ("婴儿推车有吗", where the tagger reads 推车 as a verb)."""
    from knowledge.carried import zh_noun_last
    from knowledge.needs import GIFT, RECIPIENT

    if not phrase or not re.search(r"[^\W\d_]", phrase) or GIFT.search(phrase) or RECIPIENT.fullmatch(phrase.strip()):
        return False
    hanzi = len(re.findall(r"[\u4e00-\u9fff]", phrase))
    if len(phrase.split()) > THING_WORDS or hanzi > 2 * THING_WORDS or ru_only_describes(phrase):
        return False  # a story, or qualities alone («твердый какой-нибудь»)
    if re.search(r"\b(?:of|for|to|a|an|the|with|and|from|in|on)\s*$", phrase, re.I):
        return False  # a phrase cut mid-way ("a little end of year thank you" cut to "little end of")
    return not hanzi or zh_noun_last(phrase) or (asked and _zh_noun_first(phrase))


def _zh_noun_first(phrase: str) -> bool:
    """A Chinese compound that opens with a noun ("婴儿推车", which the tagger ends in a verb), not a size, a pronoun or
    a clause ("小一点", "我能吃", "啥推荐")."""
    from knowledge.text import zh_tagged

    tagged = [t for t in zh_tagged(phrase) if t[0].strip()]
    # ("褪黑素": one word the tagger does not know as a noun, asked for outright)
    return (len(tagged) >= 2 and tagged[0][1].startswith("n") and len(phrase) >= 3) or (
        len(tagged) == 1 and (len(phrase) >= 3 or tagged[0][1].startswith(("n", "x"))))


# Words that ask for a thing outright without a question frame: "need a scratching post", "想买把人体工学椅".
_ASK_WORDS = re.compile(r"\b(?:need|needs|want|wants|looking for)\s+(?:a|an|some|new|a new)\s*$"
                        r"|\b(?:can|could) (?:i|we) (?:order|buy|get)\s+(?:(?:my|his|her|our)\s+[a-z]+'s\s+)?"
                        r"(?:a |an |some |the )?\s*$"
                        r"|\bis there (?:a|an|any)\s*$"
                        r"|(?:想买|想换|想要|要买|推荐)[个把台只件款]?\s*$|(?<![а-я])(?:нужн[аоы]?|нужен|ищу|ищем)\s*$"
                        # "你们卖空调吗", "有没有猫粮": the shop asked whether it sells the thing
                        r"|(?:卖|有卖|有没有|有木有)[个把台只件款种]?(?:[\u4e00-\u9fff]{1,8}的)?\s*$"
                        # "你家有空调不？", "我想送她一个婴儿推车": the store asked, a present said by its thing
                        r"|(?:你家|你们家|你们这边|你们这|你们|你这)有\s*$"
                        r"|送(?:她|他|给她|给他)?[一两]?[个台辆双件条把只瓶盒包箱款支副套部本张袋罐]\s*$"
                        # «есть корм для кошек?», «а у вас есть симки?»: a sentence that opens by asking for it
                        r"|(?:^|[.?!]\s*)(?:а\s+)?(?:у\s+вас\s+)?есть(?:\s+ли)?(?:\s+у\s+вас)?\s*$"
                        # (dictated, with no stops: «…спать не даёт есть у вас сироп от кашля»)
                        r"|(?<![а-яё])(?:есть\s+у\s+вас|у\s+вас\s+есть)\s*$")

# ... or right after it: "婴儿推车有吗 要能折叠的", "iphone15有货没".
_ASKED_AFTER = re.compile(r"\s*(?:有吗|有没有|有货吗|有卖吗|卖吗|有木有|有货没|有没|有么|有不|卖不|卖没|卖么)")


# "looking for" asks for a thing when the shopper says it of themselves: "I'm looking for", "hi, looking for".
_LOOKING_ASKS = re.compile(r"(?:^|[.!?,;:]\s*|\b(?:i'?m|im|i am|we'?re|we are|am|are|just|also|currently|hi|hey|"
                           r"hello|still|really)\s+)$", re.I)


def _short(text: str) -> bool:
    """A question's length, not a story's: a thing told by its use in one breath."""
    return len(text.split()) <= 16 and len(re.findall(r"[\u4e00-\u9fff]", text)) <= 30


_PLAIN_QUALITIES = frozenset(["cold", "hot", "warm", "cool", "chilled", "iced", "big", "bigger", "small", "smaller",
                              "large", "little", "huge", "tiny", "cheap", "cheaper", "good", "nice", "new", "fresh",
                              "clean", "decent", "proper", "simple", "basic"])


def _asked_outright(said: str, thing: str) -> bool:
    """Whether the message asks for ``thing`` outright ("do you carry the samsung galaxy a15? cracked my screen…",
    «корм … есть?», "need a scratching post"), beside whatever problem it tells: then whether the store sells that
    thing is said first, rather than the problem read as a need."""
    norm = normalize(said)
    if not thing:
        return False
    # (any place it is said: "屋里没空调 … 你家有空调不" asks for it the second time)
    return any(_asked_at(said, norm, at, at + len(thing), thing)
               for at in (m.start() for m in re.finditer(re.escape(thing), norm)))


def _asked_at(said: str, norm: str, at: int, end: int, thing: str) -> bool:
    """Whether the ``thing`` said at ``norm[at:end]`` is asked for there."""
    if _ASK_WORDS.search(norm[max(0, at - 24):at]) or _ASKED_AFTER.match(norm[end:]):
        return True
    if re.search(r"(?:^|[.!?]\s*)$", norm[:at]) and re.match(r"(?:\s+(?:for|in|with)\b[^.!?]{0,30})?\s*\?", norm[end:]):
        return True  # "baby won't nap. blackout curtains for the nursery?": a sentence that is the thing asked
    if re.fullmatch(r"\s*(?:请|帮我)?(?:找|买|来)[一两]?[个把台只件款对双]?\s*", norm[:at]) \
            or (at == 0 and re.match(r"[\s，,。]", norm[end:end + 1]) and re.search(r"[\u4e00-\u9fff]", thing)
                and not has_need_cue(said)):
        return True  # "找个婴儿推车 …", "黄金手镯 给我妈60大寿": the message opens by asking for the thing
    for s, e in frame_spans(norm):
        if norm[s:e].strip() in ("please", "pls", "plz", "пожалуйста", "请问"):
            continue  # politeness asks for nothing in particular
        if norm[s:e].strip().startswith("looking") and not _LOOKING_ASKS.search(norm[max(0, s - 30):s]):
            continue  # "fumbling around in the dark looking for matches": what happens, not what is asked for
        before = norm[e:at] if e <= at else None
        after = norm[end:s] if s >= end else None
        if (before is not None and re.fullmatch(r"\W*(?:(?:the|a|an|any|some|ли|bunch|bouquet|pair|set|pack|box|of|"
                                                 r"fresh|new|few|couple|cheap)\s+)*\W*", before)) or (
                after is not None and len(after) <= 40 and not re.search(r"[.!?。！？]", after)):
            return True
    return False


def _ru_lemmas(text: str) -> set[str]:
    from knowledge.names import units

    return {u.key for u in units(text) if u.script == "ru"}


class SearchEngine:
    """One per process (per settings): holds the lexicon and reaches the embedder and index through ``services``."""

    def __init__(self, settings: Settings, services: Any) -> None:
        self.settings = settings
        self.services = services
        self._lex: Lexicon | None = None
        self._ranker: RankModel | None = None
        self._ranker_loaded = False
        self._lock = threading.Lock()
        self._timing = threading.local()

    # -- shared resources ------------------------------------------------------------------------------------------

    def lexicon(self) -> Lexicon:
        with self._lock:
            if self._lex is None:
                try:
                    self._lex = lexicon_from_db(self.settings.db_url)
                except Exception as exc:  # the DB may be missing: the taxonomy words still help
                    log.warning("store lexicon unavailable (%s): using the built-in words", exc)
                    from knowledge.query import default_lexicon

                    return default_lexicon()
            return self._lex

    def refresh(self) -> None:
        """Forget the lexicon and the ranking model (after an import, an index build or `shopkeeper rank train`)."""
        with self._lock:
            self._lex = None
            self._ranker, self._ranker_loaded = None, False

    def ranker(self) -> RankModel | None:
        """The learned re-ranking model for hybrid search, or None: the index's fusion ranks alone."""
        with self._lock:
            if not self._ranker_loaded:
                self._ranker = load_ranker(self.settings)
                self._ranker_loaded = True
                prior = self._ranker.prior if self._ranker is not None else None
                if self._ranker is not None and prior is not None and not prior.matches(self.settings.db_url):
                    # A model trained on another store: its text features still apply, its products' prior not.
                    log.warning("the ranking model's product prior was learned on another store: not used here")
                    self._ranker.prior = prior.blank()
            return self._ranker

    def last_rerank_ms(self) -> float | None:
        """How long the learned re-ranking step (second leg queries, features, model) took in this thread's last
        hybrid search; None when the fusion ranked alone."""
        ms: float | None = getattr(self._timing, "ms", None)
        return ms

    def _index(self) -> VectorIndex:
        idx: VectorIndex = self.services.index  # raises IndexUnavailable when missing
        return idx

    # -- search ----------------------------------------------------------------------------------------------------

    def parse(self, req: SearchRequest) -> tuple[ParsedQuery, dict[str, list[Any]]]:
        s = self.settings
        u = understand(req.query, req.language, store_currency=s.currency, fx=s.search.fx_rates,
                       lexicon=self.lexicon())
        p = u.parsed
        # The store-currency reading of a bare number stays possible only while the limits are the words' own (the
        # agent passes the same parse back; a limit from elsewhere is taken as given).
        same = (req.price_min is None or req.price_min == p.price_min) and \
            (req.price_max is None or req.price_max == p.price_max)
        req.bare_price = u.bare_price if same else self._said_bare_price(req)
        # Explicit arguments (from the agent or a form) win over what the words suggested.
        if req.price_min is not None:
            p.price_min = req.price_min
        if req.price_max is not None:
            p.price_max = req.price_max
        if req.category:
            p.category = req.category
        if req.brand:
            p.brand = req.brand
        excluded = u.exclude_attrs
        if req.attributes or req.exclude_terms or req.exclude_attrs:
            # A follow-up's new value ("a 42 after all") wins over the one in the last request's words.
            p.attributes = {**p.attributes, **req.attributes}
            p.exclude_terms = list(dict.fromkeys([*p.exclude_terms, *req.exclude_terms]))
            for k, vs in req.exclude_attrs.items():
                excluded[k] = list(dict.fromkeys([*excluded.get(k, []), *vs]))
        for v in list(excluded.get("material", [])):
            excluded["material"] = list(dict.fromkeys([*excluded["material"], *MATERIAL_KIN.get(v, ())]))
        rate_for_cold(p, self.lexicon())
        self._use_flags(p, req.said or req.query, excluded)
        # A value both wanted and excluded: the exclusion wins (the shopper said "not" last or explicitly; "leather
        # boots give me blisters, so hiking boots that are NOT leather" mentions leather only to rule it out).
        p.attributes = {k: v for k, v in p.attributes.items() if v not in excluded.get(k, [])}
        # A refused word that names a kind ("coffee" of "doesnt drink coffee", passed along by the agent as a term)
        # refuses the kind.
        lex = self.lexicon()
        refused = [str(e.key) for term in p.exclude_terms for e, _, _ in lex.match(normalize(term))
                   if e.kind == "category"]
        refused += [k for term in p.exclude_terms if re.fullmatch(r"[\u4e00-\u9fff]{1,2}", term)
                    for k in sorted(lex.kinds_ending_in(term))]
        # ...but never the kind asked for ("绿茶 … 不要茶包": tea bags are tea, and tea is still wanted)
        p.exclude_categories = [c for c in dict.fromkeys([*p.exclude_categories, *refused]) if c != p.category]
        if not req.category and DESCRIBED_THING.search(req.query) and _short(req.query):
            # "the thing that keeps soup warm": the kind its use names, not a word inside the telling ("soup")
            kinds = self.use_kinds(described_clause(req.query)) or self.use_kinds(req.query)
            if kinds:
                p.category = kinds[0]
                # what the use said of it ("能给手机充电": "rechargeable") is that kind's use, no attribute to match
                recorded = self.lexicon().category_keys.get(p.category)
                if recorded:
                    p.attributes = {k: v for k, v in p.attributes.items() if k in recorded}
        return p, excluded

    def _use_flags(self, p: ParsedQuery, text: str, excluded: dict[str, list[Any]]) -> None:
        """A yes/no quality the kind asked for records, wanted because of a problem told beside it ("a jacket for
        biking to work, has to keep the rain out": a waterproof one), unless the words already say yes or no."""
        if p.category is None:
            return
        recorded = self.lexicon().category_keys.get(p.category, set())
        for use in uses_of(text):
            flag = USE_FLAGS.get(use)
            if flag and flag in recorded and flag not in p.attributes and True not in excluded.get(flag, []):
                p.attributes[flag] = True

    def use_kinds(self, text: str) -> list[str]:
        """The store's categories the uses of ``text``'s problems name, in the order the uses come."""
        uses = uses_of(text)
        out = self._named_by_uses(uses)
        if uses and not out:
            # A use that names no kind ("keeps drinks hot for hours"): the kind whose profile it reads closest to.
            try:
                profiles = get_profiles(self.settings.db_url, self.services.embedder)
                reading = read_need("; ".join(uses), profiles, self.services.embedder)
            except Exception as exc:  # an aid only
                log.warning("use reading failed: %s", exc)
                return []
            out = [m.path for m in reading.matches[:1]] if reading.confident else []
        return out

    def read_need(self, req: SearchRequest, parsed: ParsedQuery) -> NeedReading | None:
        """A request that names no category ("my feet get wet on walks", "gift for a dad who likes camping"),
        mapped to the store's categories through their profiles; None when the words name a category or brand."""
        text = parsed.text or ""
        # A category word inside a story of a problem ("в палатке ночью холодно", "my coffee is cold by the time I
        # get to work") is where the problem happens, not what is wanted: the need decides there.
        # A category named with its own attributes ("…минус сорок пуховая куртка размер xl": down, XL) is the thing
        # wanted, wherever it stands in the story.
        # So is one named with what it must not be ("雪地靴 … 不要真皮的 棕色白色都不要", "a winter hat but NOT wool").
        keys = self.lexicon().category_keys.get(parsed.category or "", set())
        described = bool(parsed.category) and (bool(set(parsed.attributes) & keys) or bool(
            {t.lower() for t in parsed.exclude_terms}
            & {str(e.value).lower() for e in self.lexicon().entries if e.kind == "attr" and e.key in keys}))
        said = req.said or req.query
        # ("停电的时候能给手机充电的那种": the thing told by its use is the power bank, not the power cut's light)
        described = described or (bool(parsed.category) and bool(DESCRIBED_THING.search(said)) and _short(said))
        # (the shopper's own words: «чтобы кофе не остывал» loses its negated verb in the cleaned query)
        story = (has_need_cue(req.said or req.query)
                 and (len(text.split()) >= 5 or len(re.findall(r"[\u4e00-\u9fff]", text)) >= 8)
                 and not self._category_leads(text) and not described)
        # The journey hands the category the same parser read as ``req.category``: a story overrides that too.
        if (req.category and not (story and req.category == parsed.category)) or (parsed.category and not story) \
                or parsed.brand or req.brand:
            return None
        words, hanzi = len(text.split()), len(re.findall(r"[\u4e00-\u9fff]", text))
        long_text = words >= 5 or hanzi >= 8
        # A need word in two or three words is more often a product's own ("зарядное устройство", "sun hat").
        cued = has_need_cue(req.query) and (words >= 4 or hanzi >= 5)
        if not (long_text or is_gift(req.query) or cued):
            # Product words ("wterproof hikng boots", "rucksack 30l"): the words and the lexicon decide; a category
            # guessed from them would filter out what a typo hides.
            return None
        profiles = get_profiles(self.settings.db_url, self.services.embedder)
        return read_need(text, profiles, self.services.embedder, uses=uses_of(req.said or req.query))

    def _use_categories(self, text: str) -> set[str]:
        """The store's categories that the uses of ``text``'s problems name ("a soft toothbrush, gentle on
        sensitive gums" names toothbrushes when the store has them)."""
        return set(self._named_by_uses(uses_of(text)))

    def _named_by_uses(self, uses: list[str]) -> list[str]:
        """The categories the words of ``uses`` name, in the order the uses come."""
        return list(dict.fromkeys(str(e.key) for use in uses for e, _, _ in self.lexicon().match(normalize(use))
                                  if e.kind == "category"))

    def _category_leads(self, text: str) -> bool:
        return category_leads(text, self.lexicon())

    def _apply_need(self, req: SearchRequest, parsed: ParsedQuery) -> tuple[list[str], bool]:
        """Set the category a confident need reading names (a filter for this search). Returns the categories to
        try, best first (the one set, then others its uses name), or [] when none was set; and whether they are a
        present's kinds, to be shown together (``_gift_mix``) rather than tried in turn."""
        try:
            reading = self.read_need(req, parsed)
        except Exception as exc:  # profiles are an aid: without them the words still search
            log.warning("need reading failed: %s", exc)
            return [], False
        if reading is not None and parsed.exclude_categories:
            reading.drop(parsed.exclude_categories)
        # The qualities the shopper asked for, before the need adds its own ("pouring rain": waterproof).
        asked = {k for k, v in parsed.attributes.items() if v is not False}
        if reading is None or not reading.matches:
            return [], False
        category_keys = self.lexicon().category_keys
        reading.prefer(category_keys, FLAG_MARGIN)
        named = self._use_categories(req.query)
        reading.prefer_named(named, USE_NAME_MARGIN)
        # A measure only some kinds record ("两万毫安", "4 of us") outweighs the uses' words: the power banks before
        # the headlamps of a power cut, the tents before the sleeping bags.
        group = group_size(req.query)
        measured = {k for k in parsed.attributes if k in MEASURED_KEYS} | ({"persons"} if group else set())
        if measured:
            reading.prefer(category_keys, FLAG_MARGIN, keys=measured)
        parsed.need_score = round(reading.matches[0].score, 4)
        if not reading.confident:
            return [], False
        parsed.need, parsed.category = reading.kind, reading.category
        for flag in reading.flags:
            parsed.attributes.setdefault(flag, True)  # "wet feet": waterproof boots first among the boots
        if group and "persons" in category_keys.get(reading.category or "", set()):
            parsed.attributes.setdefault("persons", group)
        req.category = None  # the need's category filters instead (``_filters``)
        if reading.kind == "gift":
            req.in_stock_only = True  # a gift is bought now: nothing that has to be ordered in
        # When nothing of the best category fits the budget ("a present for a teacher who cycles, nothing over $30":
        # no bike helmet that cheap), other kinds the uses name may (gloves, a water bottle); a kind merely close in
        # words (crisps beside lunch boxes) answers another need.
        others = [m.path for m in reading.matches[1:] if m.path in named]
        if reading.kind == "gift" and GIFT.search(req.said or req.query):
            # (in gift words: "the guy next to me takes his calls on speaker" names a person, but no present)
            top = reading.matches[0].score
            others = [m.path for m in reading.matches[1:] if m.path in named and top - m.score <= USE_NAME_MARGIN]
            # A kind merely close in words must share the best one's department (no batteries beside building sets).
            dept = str(reading.category).split("/")[0]
            near = [m.path for m in reading.matches[1:]
                    if top - m.score <= GIFT_MARGIN and m.path.split("/")[0] == dept]
            kinds = list(dict.fromkeys([str(reading.category), *others, *near]))
            req.spare_kinds = [m.path for m in reading.matches[1:8]
                               if m.path not in kinds and top - m.score <= GIFT_SPARE_MARGIN]
            # Qualities asked for ("хочу без проводов", "размер 44", waterproof) narrow the kinds to those whose
            # products record them: the headphones that died are replaced, not joined by a speaker.
            if asked:
                kinds = [k for k in kinds if asked <= category_keys.get(k, set())] or kinds[:1]
            return kinds[:GIFT_KINDS], len(kinds) > 1
        return [str(reading.category)] + others[:NEXT_NEEDS], False

    def _thing_fit(self, req: SearchRequest, parsed: ParsedQuery, excluded: dict[str, list[Any]]) -> None:
        """For a request that names no category or brand: how close the thing it asks for comes to a category name.
        A short request is that thing; a longer one is cut to the phrase it asks for (``knowledge.wanted``)."""
        text = parsed.text or ""
        hanzi = len(re.findall(r"[\u4e00-\u9fff]", text))
        # A category the agent passes along with the shopper's own message (``said``) is one the same words were read
        # as: the thing those words ask for still decides ("a red lipstick that survives coffee" is no coffee).
        if (req.category and not req.said) or parsed.brand or req.brand or not text:
            return
        said = self.lexicon().spell_kinds(req.said or req.query)  # "a flashlite" asks for flashlights
        phrases = wanted_phrases(said, parsed.language)
        # The one asked for outright comes first ("my washing machine died … do you sell washing machines?").
        phrases.sort(key=lambda p: not _asked_outright(said, normalize(p).strip()))
        if parsed.need and not (phrases and (frame_spans(normalize(said))
                                             or _asked_outright(said, normalize(phrases[0]).strip()))):
            # A story read as a need is the need reading's, unless it also asks for a thing outright ("…老公说先买个
            # 沙发…你们这有沙发卖吗"): whether that thing is sold is said first.
            return
        if len(text.split()) > THING_WORDS or len(text) > 4 * THING_WORDS * 3 or hanzi > 2 * THING_WORDS - 2:
            # The thing asked for decides, not a category word elsewhere in the message ("looking for a red
            # lipstick that survives lunch and coffee" asks for no coffee). A problem told is the need reading's.
            # A category of the store, or an attribute alone ("纯素" in "能量棒有纯素的吗"; not "red" in "red wine"),
            # is nothing it fails to sell.
            said_thing = normalize(phrases[0]).strip() if phrases else ""
            at = normalize(said).find(said_thing) if said_thing else -1
            if at >= 0 and any(e.kind == "category" and s <= at < end
                               for e, s, end in self.lexicon().match(normalize(said))):
                return  # the phrase is the head of a kind named whole ("коврик" of «коврик для йоги нужен, не пвх»)
            if _NEGATED_THING.match(said_thing):
                return  # "有没有不含糖也没有麸质的": what it must not have, no thing of its own
            outright = _asked_outright(said, said_thing)
            # (a present's story opens with whatever it likes: «родкомитет собрал 5 тыс на подарок» asks for no
            # parents' committee)
            if ((has_need_cue(said) or is_gift(said)) and not outright) or not phrases \
                    or not _thing_like(said_thing, asked=outright) or any(
                    e.kind == "category" or (e.kind == "attr" and end - start >= len(said_thing))
                    for e, start, end in self.lexicon().match(said_thing)):
                return
            phrase, described = phrases[0], False
        elif parsed.category:
            return
        else:
            # "你们卖自行车吗" asks for "自行车"; a phrase the frames miss is the words themselves. "not leather",
            # "waterproof ones", "без сахара", a gift or a problem describe what is wanted: no kind to call unsold.
            framed = bool(phrases) and phrases[0] in text
            phrase = phrases[0] if framed else text
            # Qualities said beside a thing asked for by name ("想要个空气炸锅 五升的") describe that thing, which
            # may still be one the store does not sell; without such a thing they are what is wanted.
            named = framed and not re.search(r"\d", phrase) and not self.lexicon().match(normalize(phrase))
            # A need word beside such a thing describes it too ("сухой корм для кошки": dry food, no dry skin).
            # A body part said first ("face + lips cracking") is where the trouble is, no thing of its own.
            body = bool(uses_of(phrase)) and set(uses_of(phrase)) <= BODY_USES
            described = bool((parsed.attributes and not named) or parsed.exclude_terms or excluded
                             or is_gift(said) or (has_need_cue(said) and (not named or body))) \
                or ru_only_describes(phrase)
        try:
            profiles = get_profiles(self.settings.db_url, self.services.embedder)
            near, fit = profiles.name_fit(self.services.embedder.embed([phrase])[0])
        except Exception as exc:  # an aid only: without it the words still search
            log.warning("category name fit failed: %s", exc)
            return
        parsed.name_fit = round(fit, 4)
        # A word no product or category of the store is named by needs a closer fit to count as a name of one
        # ("bikes" comes near "Bike helmets", 0.70, and is none); a word the store names things by does not.
        if not described and (fit < NOT_SOLD_FIT or (fit < HEAD_FIT and (
                not profiles.names_by_head(phrase) or self._foreign_qualifier(phrase, near, fit, profiles)))):
            parsed.wanted = phrase
        elif fit >= NOT_SOLD_FIT:
            req.near_category = near

    def _priced_out(self, index: VectorIndex, req: SearchRequest, parsed: ParsedQuery,
                    excluded: dict[str, list[Any]], t0: float, category: str) -> bool:
        """Whether ``category`` has what the request asks for, only above its price ceiling."""
        if parsed.price_max is None:
            return False
        ceiling = parsed.price_max
        parsed.category, parsed.price_max = category, None
        try:
            return bool(self._search(index, req, parsed, excluded, t0).hits)
        finally:
            parsed.price_max = ceiling

    def _foreign_qualifier(self, phrase: str, near: str | None, fit: float, profiles: Any) -> bool:
        """Whether a word qualifying the thing asked for ("office" of "office chair", "hand" of "hand cream") makes
        it another kind of thing than the one the store sells by the same head word (camping chairs, face creams):
        the word takes the phrase further from that category's name than the head alone, and it is in no title of
        the category, nor a quality or kind the store knows ("folding chair", "sports watch" stay the store's).
        English phrases, whose head is last, and Russian ones that say what the thing is for («очки для чтения»
        beside «очки для плавания»)."""
        from knowledge.names import get_index, units

        if near is None:
            return False
        ru_for = re.match(r"^(?P<head>[а-яё -]+?)\s+для\s+(?P<use>[а-яё -]+)$", phrase, re.I)
        if ru_for is not None:
            # The store names the kind for one use («Очки для плавания», «Кремы для лица»): the same thing for
            # another use («очки для чтения», «крем для рук») is another kind.
            own = re.match(r"^(?P<head>.+?)\s+для\s+(?P<use>.+)$", profiles.name(near, "ru"), re.I)
            if own is None:
                return False
            return bool(_ru_lemmas(own.group("head")) & _ru_lemmas(ru_for.group("head"))) \
                and not _ru_lemmas(own.group("use")) & _ru_lemmas(ru_for.group("use"))
        if re.search(r"[^\x00-\x7f]", phrase):
            return False
        words = units(phrase)
        head = words[-1].surface
        # (a plain quality makes no other kind: "cold water" is water kept cold, not a thing the store lacks)
        qualifiers = [u for u in words[:-1] if u.script == "en" and len(u.surface) >= 3
                      and u.surface.lower() not in _PLAIN_QUALITIES]
        if not qualifiers:
            return False
        head_near, head_fit = profiles.name_fit(self.services.embedder.embed([head])[0])
        if head_near != near or head_fit - fit < QUALIFIER_DROP:
            return False
        index = get_index(self.settings.db_url)
        for u in qualifiers:
            if self.lexicon().match(u.surface):
                continue  # "waterproof", "kids", "hiking": a quality or a kind the store names
            pids = index.latin.get(u.surface, set()) | index.stems.get(u.key, set())
            if not any(index.profiles[p].category == near for p in pids if p in index.profiles):
                return True
        return False

    def search(self, req: SearchRequest) -> SearchOutput:
        t0 = time.perf_counter()
        req.query = clean_query(req.query)
        parsed, exclude_attrs = self.parse(req)
        try:
            index = self._index()
        except IndexUnavailable as exc:
            return self._fallback_output(req, parsed, t0, f"search index unavailable ({exc.message})", exc.hint)
        try:
            self._thing_fit(req, parsed, exclude_attrs)
            asked = (req.category, parsed.category, req.in_stock_only)
            # A thing the store does not sell ("dog food", "washing machines") is no need to map onto the nearest
            # category (that would be towels): ``_thing_fit`` said so by setting ``parsed.wanted``.
            tried, mix = self._apply_need(req, parsed) if parsed.wanted is None else ([], False)
            found, first = self._try_kinds(index, req, parsed, exclude_attrs, t0, tried, mix)
            ranged = parsed.price_min is not None and parsed.price_max is not None and is_gift(req.said or req.query)
            if found is None and first is not None and ranged:
                # "25-30 bucks" for a present: nothing of its kinds in the range, so under the ceiling.
                floor, parsed.price_min = parsed.price_min, None
                found, first = self._try_kinds(index, req, parsed, exclude_attrs, t0, tried, mix)
                if found is None:
                    parsed.price_min = floor
            if found is None and first is not None and req.spare_kinds and parsed.price_max is not None:
                # A present whose first kinds all cost more than the budget (winter boots for cold feet, under
                # $42): the other kinds that fit the person, under it, before the cheapest of the first.
                spare, req.spare_kinds = req.spare_kinds, []
                found, _ = self._try_kinds(index, req, parsed, exclude_attrs, t0, spare, True)
            if found is not None:
                return found
            if tried and first is not None and self._priced_out(index, req, parsed, exclude_attrs, t0, tried[0]):
                # A present's or a need's kinds all cost more than the budget ("trucks, around $30": the cheapest
                # remote-control car is $37): nothing found, with the kind kept, so the reply can offer the
                # cheapest of it as costing more, rather than whatever else the words match under the budget.
                parsed.category = tried[0]
                return first
            if tried:
                # Nothing of the categories the need points to fits the other conditions: the words alone decide.
                parsed.need = None
                req.category, parsed.category, req.in_stock_only = asked
            out = self._search(index, req, parsed, exclude_attrs, t0)
            if not out.hits and ranged and not tried:
                floor, parsed.price_min = parsed.price_min, None
                under = self._search(index, req, parsed, exclude_attrs, t0)
                if under.hits:
                    return under
                parsed.price_min = floor
            return out
        except ShopkeeperError:
            raise
        except Exception as exc:  # the engine failed mid-query (disk, corrupt segment): degrade, say so, log it
            log.exception("search index query failed")
            return self._fallback_output(req, parsed, t0, f"search index failed ({type(exc).__name__})",
                                         "run `shopkeeper index --rebuild`")

    def _try_kinds(self, index: VectorIndex, req: SearchRequest, parsed: ParsedQuery,
                   exclude_attrs: dict[str, list[Any]], t0: float, tried: list[str],
                   mix: bool) -> tuple[SearchOutput | None, SearchOutput | None]:
        """The kinds a need or a present points to, searched: a present's mixed, others in turn. Returns what was
        found (None when nothing of any kind fits) and the first kind's empty output."""
        if mix and len(tried) > 1:
            mixed = self._gift_mix(index, req, parsed, exclude_attrs, t0, tried)
            if mixed is not None:
                return mixed, None
        first: SearchOutput | None = None
        for i, category in enumerate(tried):
            parsed.category = category
            out = self._search(index, req, parsed, exclude_attrs, t0)
            if out.hits:
                if i:
                    log.info("need: nothing of the best category fits; %s does", category)
                return out, None
            first = first or out
        return None, first

    def _gift_mix(self, index: VectorIndex, req: SearchRequest, parsed: ParsedQuery,
                  exclude_attrs: dict[str, list[Any]], t0: float, kinds: list[str]) -> SearchOutput | None:
        """The best of each kind in turn (a mug, a tea, a thermos, then the second of each), or None when no kind
        has anything that fits."""
        found: list[tuple[str, SearchOutput]] = []
        for category in kinds:
            parsed.category = category
            out = self._search(index, req, parsed, exclude_attrs, t0)
            if out.hits:
                found.append((category, out))
        if not found:
            return None
        parsed.category = found[0][0]
        mixed: list[ProductHit] = []
        for row in itertools.zip_longest(*(out.hits for _, out in found)):
            mixed += [h for h in row if h is not None]
        first = found[0][1]
        # The kinds were chosen for the person on purpose: their words need not be in the titles to be sure of them.
        return first.model_copy(update={"hits": mixed[: req.limit], "took_ms": (time.perf_counter() - t0) * 1000,
                                        "low_confidence": False, "notice": None})

    def _fallback_output(self, req: SearchRequest, parsed: ParsedQuery, t0: float, why: str,
                         hint: str | None) -> SearchOutput:
        return SearchOutput(
            hits=self._fallback(req, parsed), parsed=parsed, mode="db-fallback",
            took_ms=(time.perf_counter() - t0) * 1000,
            notice=f"{why}: showing a simpler keyword search" + (f"; {hint}" if hint else ""),
        )

    def _analyze(self, index: VectorIndex, req: SearchRequest, parsed: ParsedQuery,
                 exclude_attrs: dict[str, list[Any]]) -> AnalyzedQuery:
        aq = analyze_query(parsed.text or req.query, index.vocabulary())
        if aq.corrected:
            # Understand the corrected words too ("wterproof hikng boots" -> waterproof, hiking boots).
            again, more_ex = self.parse(SearchRequest(aq.corrected, language=parsed.language))
            parsed.attributes = again.attributes or parsed.attributes
            if not parsed.need:  # a category read from a need stands: "who loves music" is not "gloves"
                parsed.category = again.category or parsed.category
            if parsed.price_min is None and parsed.price_max is None:
                parsed.price_min, parsed.price_max = again.price_min, again.price_max
                parsed.currency = again.currency
            for k, vs in more_ex.items():
                exclude_attrs.setdefault(k, vs)
            parsed.corrected = aq.corrected
        return aq

    def _said_bare_price(self, req: SearchRequest) -> tuple[Decimal | None, Decimal | None] | None:
        """The bare number of the shopper's own message, when the limits passed are that message's reading of it.

        The agent sends cleaned words ("непромокаемые ботинки") with the limits it read from the whole message (120
        roubles as 1.32 dollars): the store-currency reading stays open when they are the same limits."""
        if not req.said or (req.price_min is None and req.price_max is None):
            return None
        s = self.settings
        u = understand(req.said, req.language, store_currency=s.currency, fx=s.search.fx_rates,
                       lexicon=self.lexicon())
        p = u.parsed
        if u.bare_price is None or req.price_min != p.price_min or req.price_max != p.price_max:
            return None
        return u.bare_price

    def _bare_price_reading(self, req: SearchRequest, parsed: ParsedQuery) -> None:
        """A bare number in a Russian or Chinese request ("непромокаемые ботинки до 120") is read in the shopper's
        own money first ("до 3000" for a gift is roubles). When that reading leaves no product of the category
        asked for within the limits and the same number in the store's currency does, the shopper meant the
        store's prices (120 roubles buys no boots; 120 dollars does)."""
        bare, req.bare_price = req.bare_price, None
        category = req.category or parsed.category or req.near_category
        if bare is None or not category:
            return
        lo, hi = bare
        # The store's reading must also be a price of the kind: "в пределах 2 тыс" for a backpack is 2,000 roubles,
        # not 2,000 dollars, even with no backpack under 22 dollars (some product of the kind costs a third of it).
        plausible = hi is None or self._count_in_band(category, hi / 3, None) > 0
        if plausible and self._count_in_band(category, parsed.price_min, parsed.price_max) == 0 \
                and self._count_in_band(category, lo, hi) > 0:
            parsed.price_min, parsed.price_max = lo, hi
            parsed.currency = self.settings.currency

    def _measure_not_money(self, req: SearchRequest, parsed: ParsedQuery) -> None:
        """A floor with no money named, far above anything of the kind ("power bank at least 20000"): the figure is
        the thing's measure (its mAh), not a price, so it goes back to the words the titles are matched on."""
        category = req.category or parsed.category
        low = parsed.price_min
        if low is None or parsed.price_max is not None or parsed.currency or not category:
            return
        if self._count_in_band(category, low / 3, None) == 0:
            parsed.text = f"{parsed.text or req.query} {int(low)}".strip()
            parsed.price_min = None

    def _count_in_band(self, category: str, lo: Decimal | None, hi: Decimal | None) -> int:
        from knowledge.schema import Category, Product

        path = category.strip("/")
        with session_scope(self.settings.db_url) as s:
            q = select(func.count(Product.id)).join(Category, Category.id == Product.category_id).where(
                Product.active.is_(True), or_(Category.path == path, Category.path.startswith(path + "/")))
            if lo is not None:
                q = q.where(Product.price >= lo)
            if hi is not None:
                q = q.where(Product.price <= hi)
            return int(s.scalar(q) or 0)

    def _search(self, index: VectorIndex, req: SearchRequest, parsed: ParsedQuery,
                exclude_attrs: dict[str, list[Any]], t0: float) -> SearchOutput:
        self._bare_price_reading(req, parsed)
        self._measure_not_money(req, parsed)
        aq = self._analyze(index, req, parsed, exclude_attrs)
        cands = self._retrieve(index, req, parsed, exclude_attrs, aq)
        by_id = {c.id: c for c in cands}
        # Facts only for what will be shown (plus a margin for hits the hard checks drop), a chunk at a time.
        hits: list[ProductHit] = []
        # A bound ("more than 1.5 l") or a size is a requirement while something meets it; when nothing does, the
        # kind is shown as for any wish no product has (each card says its own size), rather than nothing at all.
        for bounded in (True, False):
            pos, step = 0, req.limit + 4
            while len(hits) < req.limit and pos < len(cands):
                chunk = [c.id for c in cands[pos : pos + step]]
                pos += step
                hits += [h for h in self._facts(chunk, parsed, req) if self._keeps(h, parsed, req, bounded=bounded)]
            # (so is a size no product comes in: "hiking boots in 52" shows the boots, each card with its sizes)
            if hits or not (any(parse_bound(v) for v in parsed.attributes.values()) or "size" in parsed.attributes):
                break
        for h in hits:
            c = by_id[h.product_id]
            h.score = round(c.final, 4)
            h.reason = self._reason(h, c, parsed)
        hits = hits[: req.limit]
        notice = None
        low = bool(hits) and self._low_confidence(hits, by_id, parsed)
        if low:
            notice = "low confidence: these results may not be what was asked; ask the shopper to say more"
        elif not hits:
            notice = "nothing matched every condition; try fewer conditions or a wider price range"
        return SearchOutput(hits=hits, parsed=parsed, mode=req.mode, took_ms=(time.perf_counter() - t0) * 1000,
                            notice=notice, low_confidence=low)

    def _filters(self, req: SearchRequest, parsed: ParsedQuery, exclude_attrs: dict[str, list[Any]]) -> Filters:
        ex: list[str] = []
        for key, values in exclude_attrs.items():
            ex += [f"{key}={v}" for v in values]
        for key, v in parsed.attributes.items():
            if v is False:
                ex.append(f"{key}=true")
        return Filters(
            price_min=float(parsed.price_min) if parsed.price_min is not None else None,
            price_max=float(parsed.price_max) if parsed.price_max is not None else None,
            # Only an explicit category is a hard filter, or one a confident need reading chose (the need's words
            # rarely share a word with the products that answer it, so a soft boost would not reach them).
            category=req.category or (parsed.category if parsed.need else None),
            brand=req.brand,
            in_stock=True if req.in_stock_only else None,
            store=req.store,
            exclude_attrs=ex,
            exclude_ids=list(req.exclude_ids),
        )

    def _retrieve(self, index: VectorIndex, req: SearchRequest, parsed: ParsedQuery,
                  exclude_attrs: dict[str, list[Any]], aq: AnalyzedQuery) -> list[_Candidate]:
        self._timing.ms = None
        if req.mode == "hybrid" and (model := self.ranker()) is not None:
            return self._rerank(self._learned(index, req, parsed, exclude_attrs, aq, model), parsed)
        text = parsed.text or req.query
        dense = None
        if req.mode in ("hybrid", "dense"):
            dense_text = aq.corrected or text
            dense = self.services.embedder.embed([dense_text])[0]
        sparse = Bm25Encoder.query(aq.terms, aq.weights) if req.mode in ("hybrid", "bm25") else None
        n = max(self.settings.search.prefetch // 2, req.limit * 5)
        iq = IndexQuery(
            dense=dense, sparse=sparse, mode=req.mode, fusion=self.settings.search.fusion, limit=n,
            # Each leg hands fusion at least as many candidates as a single leg would return alone.
            prefetch=max(self.settings.search.prefetch, n), filters=self._filters(req, parsed, exclude_attrs),
            weights=self.settings.search.fusion_weights,
            with_payload=["attrs", "category"],
        )
        return self._rerank(index.query(iq), parsed)

    # -- learned re-ranking ----------------------------------------------------------------------------------------

    def _pool(self, index: VectorIndex, req: SearchRequest, parsed: ParsedQuery,
              exclude_attrs: dict[str, list[Any]], aq: AnalyzedQuery) -> tuple[Pool, QueryText]:
        text = aq.corrected or parsed.text or req.query
        dense = self.services.embedder.embed([text])[0]
        sparse = Bm25Encoder.query(aq.terms, aq.weights)
        k = max(self.settings.search.rerank_candidates, req.limit)
        pool = gather(index, dense=dense, sparse=sparse, filters=self._filters(req, parsed, exclude_attrs), k=k)
        return pool, QueryText.of(text, index.vocabulary())

    def _learned(self, index: VectorIndex, req: SearchRequest, parsed: ParsedQuery,
                 exclude_attrs: dict[str, list[Any]], aq: AnalyzedQuery, model: RankModel) -> list[IndexHit]:
        """Both legs' candidates ordered by the model; scores scaled to 0..1 within the query, so the soft
        category and attribute boosts of ``_rerank`` weigh as much as they do after fusion."""
        pool, qt = self._pool(index, req, parsed, exclude_attrs, aq)
        t0 = time.perf_counter()
        if not pool.ids:
            self._timing.ms = 0.0
            return []
        s = model.score(featurize(qt, pool, doc_texts(self.settings.db_url, pool.ids)), pool.ids)
        lo, hi = float(s.min()), float(s.max())
        scaled = (s - lo) / (hi - lo) if hi > lo else np.ones_like(s)
        order = np.argsort(-s, kind="stable")
        self._timing.ms = (time.perf_counter() - t0) * 1000
        return [IndexHit(pool.ids[i], float(scaled[i]), pool.payload.get(pool.ids[i], {})) for i in order]

    def features(self, req: SearchRequest) -> tuple[list[int], Matrix]:
        """The candidates the learned re-ranker would see for ``req`` and their feature rows (for training: the
        same path as a hybrid search, up to the model)."""
        req.query = clean_query(req.query)
        parsed, exclude_attrs = self.parse(req)
        index = self._index()
        aq = self._analyze(index, req, parsed, exclude_attrs)
        pool, qt = self._pool(index, req, parsed, exclude_attrs, aq)
        return pool.ids, featurize(qt, pool, doc_texts(self.settings.db_url, pool.ids))

    def _rerank(self, raw: list[Any], parsed: ParsedQuery) -> list[_Candidate]:
        if not raw:
            return []
        top = max(h.score for h in raw) or 1.0
        wanted = {k: v for k, v in parsed.attributes.items() if v is not False}
        out = []
        refused = {c.strip("/") for c in parsed.exclude_categories}
        for rank, h in enumerate(raw):
            if refused & set(h.payload.get("category") or []):
                continue  # "he already has a tent": no tents
            attrs = set(h.payload.get("attrs") or [])
            matched = [k for k, v in wanted.items() if _bound_met(k, v, attrs) or any(
                _attr_token(k, x) in attrs for x in (material_kin(v) if k == "material" else (v,)))]
            attr_match = len(matched) / len(wanted) if wanted else 0.0
            cats = h.payload.get("category") or []
            cat_match = 1.0 if parsed.category and parsed.category.strip("/") in cats else 0.0
            # The retrieval score sets the order among equals; what the shopper asked for outweighs it.
            base = 0.5 * (h.score / top) + 0.5 / (1 + rank)
            # The category outweighs one attribute: a same-category product is at least a partial match.
            final = base + 0.6 * attr_match + 1.0 * cat_match
            out.append(_Candidate(h.id, base, attr_match, cat_match, final, matched))
        out.sort(key=lambda c: -c.final)
        return out

    def _keeps(self, h: ProductHit, parsed: ParsedQuery, req: SearchRequest, *, bounded: bool = True) -> bool:
        """Hard constraints, checked again on DB facts (the index payload could lag a price change)."""
        if parsed.price_max is not None and h.price > parsed.price_max:
            return False
        if parsed.price_min is not None and h.price < parsed.price_min:
            return False
        if req.in_stock_only and not h.in_stock:
            return False
        for key, want in parsed.attributes.items() if bounded else ():
            # "at least 5 m", "more than 1.7 l", a winter rating: a bound is a requirement of the products that
            # record the number, not a preference.
            if meets(h.attributes.get(key), want) is False and isinstance(h.attributes.get(key), int | float):
                return False
        size = parsed.attributes.get("size") if bounded else None
        sizes = h.attributes.get("sizes")
        if size is not None and isinstance(sizes, list) and sizes \
                and str(size).upper() not in {str(x).upper() for x in sizes}:
            return False  # "hiking boots in 45": a pair that does not come in 45 is no use to this shopper
        if parsed.exclude_terms:
            words = {t.term for t in tokens(h.title)} | {
                str(v).lower() for v in h.attributes.values() if isinstance(v, str)
            }
            title = " ".join(t.term for t in tokens(h.title))
            for term in parsed.exclude_terms:
                said = [t.term for t in tokens(term)]
                # A term of several words ("over-ear") is refused whole: "In-Ear" shares its "ear", not its kind.
                if (set(said) & words if len(said) < 2 else f" {' '.join(said)} " in f" {title} ") \
                        or term.lower() in words:
                    return False
                if _holds_kind_of(term, h):
                    return False
        return True

    def _low_confidence(self, hits: list[ProductHit], cands: dict[int, _Candidate], parsed: ParsedQuery) -> bool:
        top = cands[hits[0].product_id]
        asked = bool(parsed.category) or any(v is not False for v in parsed.attributes.values())
        if asked:
            return top.cat_match == 0 and top.attr_match == 0
        # Nothing structured was understood: check the words themselves against the top title.
        q = {t.term for t in tokens(parsed.corrected or parsed.text)}
        title = {t.term for t in tokens(hits[0].title)} | {t.term for t in tokens(hits[0].category or "")}
        return bool(q) and not (q & title)

    def _reason(self, h: ProductHit, c: _Candidate, parsed: ParsedQuery) -> str:
        lang = parsed.language
        lex = self.lexicon()
        parts: list[str] = []
        for key in c.matched:
            value = parsed.attributes[key]
            label = lex.label("attr", key, value, lang) or (
                key.replace("_", " ") if value is True
                else f"{key.replace('_', ' ')} {value}" if parse_bound(value) else f"{value}")
            parts.append(label.lower())
        if c.cat_match and h.category:
            parts.append(h.category)
        for term in parsed.exclude_terms:
            parts.append(_w("not", lang, w=term))
        if parsed.price_max is not None:
            parts.append(_w("under", lang, p=_money(parsed.price_max, h.currency, lang)))
        elif parsed.price_min is not None:
            parts.append(_w("over", lang, p=_money(parsed.price_min, h.currency, lang)))
        if h.in_stock:
            parts.append(_w("in_stock", lang))
        return " · ".join(parts)

    # -- DB facts --------------------------------------------------------------------------------------------------

    def _facts(self, ids: list[int], parsed: ParsedQuery, req: SearchRequest) -> list[ProductHit]:
        return product_hits(self.settings.db_url, ids, parsed.language)

    def _fallback(self, req: SearchRequest, parsed: ParsedQuery) -> list[ProductHit]:
        """Keyword search in the DB: titles in any language containing the query's words, cheapest match first."""
        from knowledge.schema import Product, ProductText

        words = [t.surface for t in tokens(parsed.text or req.query)][:8]
        if not words and parsed.category is None:
            return []
        with session_scope(self.settings.db_url) as s:
            q = select(ProductText.product_id).join(Product, Product.id == ProductText.product_id)
            q = q.where(Product.active.is_(True))
            if words:
                # Stems cut to their first letters still match inflected forms ("ботинки" ~ "ботинок").
                # SQLite lowercases ASCII only, so a capitalized Cyrillic first word is matched as such too.
                stems = {w[: max(3, len(w) - 2)] for w in words}
                q = q.where(or_(*[func.lower(ProductText.title).contains(v, autoescape=True)
                                  for st in stems for v in {st, st.capitalize()}]))
            if parsed.price_max is not None:
                q = q.where(Product.price <= parsed.price_max)
            if parsed.price_min is not None:
                q = q.where(Product.price >= parsed.price_min)
            ids = list(dict.fromkeys(s.scalars(q.limit(400))))
        hits = product_hits(self.settings.db_url, ids, parsed.language)
        stems = {t.term for t in tokens(parsed.text or req.query)}
        for h in hits:
            h.score = len(stems & {t.term for t in tokens(h.title)}) / max(1, len(stems))
            h.reason = _w("in_stock", parsed.language) if h.in_stock else ""
        hits = [h for h in hits if self._keeps(h, parsed, req)]
        hits.sort(key=lambda h: (-h.score, not h.in_stock, h.price))
        return hits[: req.limit]


# An excluded word that names a family ("no nuts", «без орехов», "不要坚果") excludes its members, which titles and
# attribute values name instead ("peanut", «арахисовый», "花生"): general food words, no store's products.
_KINDS_OF: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(r"^(?:nuts?|орех\w*|坚果)$", re.I),
     re.compile(r"peanut|almond|hazelnut|cashew|walnut|pistachio|pecan|macadamia|арахис|миндал|фундук|кешью|"
                r"грецк|фисташ|花生|杏仁|榛子|腰果|核桃|开心果", re.I)),
    (re.compile(r"^(?:dairy|молочн\w*|乳制品)$", re.I),
     re.compile(r"milk|cheese|yog(?:h)?urt|butter|cream|молок|молоч|сыр|йогурт|сливоч|牛奶|奶酪|酸奶|黄油|奶油", re.I)),
]


def _holds_kind_of(term: str, h: ProductHit) -> bool:
    """Whether ``h``'s title or attribute values name a member of the family ``term`` names."""
    text = " ".join([h.title, *(str(v) for v in h.attributes.values() if isinstance(v, str))])
    return any(family.match(term.strip()) and members.search(text) for family, members in _KINDS_OF)


def _money(amount: Decimal, currency: str, lang: str) -> str:
    from babel.numbers import format_currency

    whole = amount == amount.to_integral_value()
    try:
        return str(format_currency(amount, currency, locale={"zh": "zh_CN"}.get(lang, lang),
                                   format="¤#,##0" if whole else None, currency_digits=not whole))
    except (ValueError, LookupError):
        return f"{amount} {currency}"


def _bound_met(key: str, want: Any, tokens: set[str]) -> bool:
    """Whether the number a product's index tokens record under ``key`` meets a bound ("capacity_l=2.0" and ">1.7")."""
    if parse_bound(want) is None:
        return False
    for t in tokens:
        if t.startswith(f"{key}="):
            try:
                return meets(float(t.split("=", 1)[1]), want) is True
            except ValueError:
                return False
    return False


def _attr_token(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return f"{key}={'true' if value else 'false'}"
    return f"{key}={value}"


def product_hits(db_url: str, ids: list[int], language: str = "en") -> list[ProductHit]:
    """Shopper-facing facts for ``ids`` (in that order) from ``knowledge.store``: title in ``language``, price,
    stock, shelf location."""
    from knowledge.store import get_product_cards

    if not ids:
        return []
    fields = set(ProductHit.model_fields)
    with session_scope(db_url) as s:
        cards = get_product_cards(s, ids, language)
    return [ProductHit(**card.model_dump(include=fields)) for card in cards]


def product_detail(db_url: str, product_id: int | None, sku: str | None, language: str = "en") -> ProductDetail | None:
    from knowledge.schema import Edge, Product, Variant

    with session_scope(db_url) as s:
        if product_id is None and sku:
            product_id = s.scalar(select(Product.id).where(Product.sku == sku))
            if product_id is None:
                product_id = s.scalar(select(Variant.product_id).where(Variant.sku == sku))
        if product_id is None:
            return None
        p = s.get(Product, product_id, options=[selectinload(Product.texts), selectinload(Product.variants)])
        if p is None:
            return None
        texts = {t.lang: t for t in p.texts}
        text = texts.get(language) or texts.get(p.language)
        variants = [{"sku": v.sku, **(v.attributes or {}), **({"price": str(v.price)} if v.price is not None else {})}
                    for v in p.variants]
        comp_ids = list(s.scalars(
            select(Edge.dst_id).where(Edge.src_kind == "product", Edge.src_id == p.id, Edge.rel == "complements",
                                      Edge.dst_kind == "product").order_by(Edge.weight.desc()).limit(4)
        ))
        description = text.description if text else p.description
    hits = product_hits(db_url, [product_id], language)
    if not hits:
        return None
    return ProductDetail(**hits[0].model_dump(), description=description or "", variants=variants,
                         complements=product_hits(db_url, comp_ids, language))


_engines: dict[int, SearchEngine] = {}
_engines_lock = threading.Lock()


def get_engine(services: Any) -> SearchEngine:
    with _engines_lock:
        key = id(services)
        if key not in _engines:
            _engines[key] = SearchEngine(services.settings, services)
        return _engines[key]


__all__ = ["SearchEngine", "SearchRequest", "clean_query", "get_engine", "normalize", "product_detail",
           "product_hits"]
