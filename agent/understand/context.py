"""Multi-turn references: "show me cheaper ones", "а подешевле?", "有便宜点的吗", "in blue", "the second one".

A turn is a follow-up when the conversation has shown products (or was searching) and the turn is little more
than a reference to them: a refinement with no new product words, or an ordinal. Then the intent comes from the
context and the slots are the last ones merged with this turn's, instead of a fresh classification of two words.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from agent.understand.models import DialogueContext, Intent, Sentiment, Slots, Understanding
from agent.understand.slots import find_ordinal, next_size, size_step, spell_counts

PRODUCT_INTENTS = {Intent.SEARCH, Intent.RECOMMEND, Intent.PRODUCT_QUESTION, Intent.COMPARE}
CENT = Decimal("0.01")

# Words a follow-up may carry beside the refinement itself ("show me cheaper ones", "а есть подешевле?").
_FOLLOW_FILLER = re.compile(
    r"\b(show|me|us|some|any|ones?|cheaper|pricier|similar|more|less|expensive|affordable|something|stuff|"
    r"in|do|you|have|got|anything|a|an|the|bit|little|please|pls|what|about|how|is|are|there|those|these|that|"
    r"this|ok|okay|then|and|or|maybe|options?|instead|like|it|them|one|tell|about|more|of|first|second|third|"
    r"fourth|fifth|last|1st|2nd|3rd|4th|5th|number|item|product|with|can|i|see|give|find|get|lower|higher|price|"
    r"prices|end|version|colou?r|model|quality|premium|fancier|alternatives?|others?|just|only|pair|whats|what's|"
    r"details|info|specs|hmm|well|so|but|too|much|very|really|other|different|dont|don't|want|not|no|for|size|"
    r"bigger|smaller|larger|needs?|has|to|be|must|should|which|make|skip|kind|sort|type|none|made|they|its|"
    r"ones|go|without|any|ooh|oh|wow|hm+|ugh|lol|pricey|steep|bit|bucks|actually|rather|let'?s|try|up|down|than)\b"
    r"|(?<![а-яё])(а|и|но|ну|есть|ли|покажи|покажите|мне|что-то|что-нибудь|что|подешевле|дешевле|подороже|"
    r"дороже|похожие|похожее|похожий|аналоги?|варианты?|вариант|модели?|в|во|на|по|цене|цвете|цвет|такой|такие|"
    r"такое|это|эти|этих|этот|эта|тот|та|те|тех|чем|про|о|об|расскажи|расскажите|подробнее|можно|пожалуйста|нет|у|вас|"
    r"ещё|еще|бы|тогда|других|другие|другой|чуть|немного|подешевше|бюджетнее|товар|первый|второй|третий|"
    r"четвертый|четвёртый|пятый|последний|первая|вторая|третья|первое|второе|третье|первую|вторую|третью|для|"
    r"чтобы|с|со|был|была|были|было|должен|должна|должны|должно|нужен|нужна|нужны|нужно|которые|который|"
    r"которая|из|без|"
    r"первого|второго|третьего|какой|какая|какие|хочу|давай|давайте|там|не|так|дорого|слишком|только|лишь|именно)(?![а-яё])"
    r"|有|吗|的|呢|没有|要|换|个|款|件|吧|我|想|一下|给|看看|颜色|色|那|这|就|只|还|请|来|便宜|点|一点|些|更|再|贵|"
    r"能|那种|这种|种|可以|得|不|"
    r"高端|类似|差不多|同款|第|一|二|三|四|五|最后|介绍|详细|说说|怎么样|如何|其他|别的|太|了|呀|啊",
    re.IGNORECASE,
)


def _leftover(text: str) -> str:
    """What remains after removing follow-up words, colours and numbers: new product words, if any."""
    # The colour words and the refinement's own words ("a size bigger", "cheaper") are not a new query.
    from agent.understand.slots import _COLOURS, _REFINE

    rest = text.lower()
    for _, pattern in _REFINE:
        rest = pattern.sub(" ", rest)
    rest = _FOLLOW_FILLER.sub(" ", rest)
    for en, ru, zh in _COLOURS.values():
        rest = re.sub(rf"\b(?:{en})\b|(?:{ru})[а-яё]*|(?:{zh})", " ", rest)
    return re.sub(r"[\W\d_]+", " ", rest).strip()


def has_new_query(text: str) -> bool:
    return bool(_leftover(text))


def resolve_ordinal(ordinal: int | None, context: DialogueContext) -> int | None:
    """-1 ("the last one") becomes the last shown position; other ordinals pass through."""
    if ordinal == -1:
        return len(context.shown_product_ids) or None
    return ordinal


# Words that call what was shown too dear: "way too pricey", «дороговато», "太贵了".
_TOO_DEAR = re.compile(r"\btoo (?:pricey|expensive|dear|much|steep)\b|\bout of (?:my|our) (?:budget|price range)\b|"
                       r"(?<![а-яё])(?:дорог\w*|дороговат\w*)(?![а-яё])|太贵|贵了|有点贵", re.IGNORECASE)


def follow_up(
    text: str, slots: Slots, context: DialogueContext | None, *, compare: bool = False
) -> tuple[Intent, Slots, float] | None:
    """(intent, merged slots, confidence) when ``text`` refers back to what was shown; None for a fresh turn."""
    if context is None:
        return None
    shown = context.shown_product_ids
    in_products = bool(shown) or context.last_intent in PRODUCT_INTENTS
    if not in_products:
        return None
    ordinal = resolve_ordinal(find_ordinal(text), context)
    new_words = has_new_query(text)
    switched: str | None = None
    # "and white if you've got a big white kettle", "cheaper power banks? those r way too much for a 12yo": the kind
    # asked about before, named again with more to say about it, is the same request edited.
    same_kind = context.last_slots is not None \
        and _same_kind(text, context.last_slots.category or context.shown_category)
    if same_kind:
        new_words = False
    dropped = given_up(text)

    if ordinal is not None and shown and _TOO_DEAR.search(text):
        # "the first ones are way too pricey, what about under 80": a new limit (or "cheaper") for the same request;
        # the ordinal only says which were too dear.
        ordinal = None
        limit = constraints_only(text, with_reason=True)
        if limit is not None and limit.price_max is not None:
            slots = slots.model_copy(update={"ordinal": None, "price_max": limit.price_max,
                                             "currency": limit.currency, "refine": "attribute"})
        else:
            slots = slots.model_copy(update={"ordinal": None, "refine": "cheaper"})
    if ordinal is not None and shown:
        merged = slots.model_copy(deep=True)
        merged.ordinal = ordinal
        if not 1 <= ordinal <= len(shown):
            # "the fifth one" when three were shown: a follow-up we cannot resolve -> low confidence, so the
            # circuit breaker asks which one was meant instead of describing the wrong product.
            return Intent.COMPARE if compare else Intent.PRODUCT_QUESTION, merged, 0.3
        return Intent.COMPARE if compare else Intent.PRODUCT_QUESTION, merged, 0.9

    if slots.refine in (None, "attribute") and context.last_slots is not None:
        added = constraints_only(text, with_reason=True)
        # (a bare number after shoes were shown: the reader name resolution cuts such a size with)
        from knowledge.names import BARE_SHOE_SIZE

        shoe = BARE_SHOE_SIZE.search(text) if str(context.last_slots.category or "").startswith("footwear/") else None
        if shoe is not None and (added is None or "size" not in added.attributes):
            # "ой не, 39, в 38 всегда жмёт" after running shoes: a shoe size said alone, the first one the new one
            added = (added or Slots()).model_copy(update={"attributes": {**(added.attributes if added else {}),
                                                                         "size": shoe.group("n")}})
        if added is None:
            last_kind = context.last_slots.category
            added = _named_in_passing(text, last_kind) or _bare_figure(text, last_kind)
        if added is None and same_kind:
            added = constraints_only(text, with_reason=True, kind_named=True) or _constraints_of(text)
        if added is None and dropped:
            added = Slots()  # "actually any colour": the last request with a constraint less
        if added is not None:
            # "only waterproof ones please", "не кожаные", "要防水的": the last request with these constraints added.
            slots = _with_constraints(slots, added)
            new_words = False
        elif refers_back(text) and (context.last_slots.category or context.last_slots.query) \
                and not _support_cue(text):
            # "do any of them charge off usb? sick of buying batteries", "粉色的有没有", «а такой же, но без сахара?»:
            # the words point at what was shown, so a kind they name is the reason or a feature, not a new request.
            added = constraints_only(text, with_reason=True, kind_named=True) or Slots()
            # "ok flashlights then. rechargeable ones": a kind chosen instead, with the constraints so far
            kind = switched = _switched_kind(text, context.last_slots.category)
            slots = _with_constraints(slots.model_copy(update={"category": kind, "query": None}), added)
            new_words = False
    if new_words and slots.refine in ("cheaper", "pricier") and _only_talk_around(text):
        # "ok those look good but anything cheaper?", «а подешевле есть? это дороговато для меня», "这几个都两百多了
        # 有便宜点的吗": the words around "cheaper" are what the shopper thinks of the list, not a new request.
        new_words = False
    if slots.refine is None or new_words:
        return None
    if slots.refine in ("cheaper", "pricier") and slots.price_max is None and slots.price_min is None:
        # «и подешевле бы, до 6 тыщ», "cheaper? 50 max": the figure said is the bound, not the cheapest shown
        said = constraints_only(text, with_reason=True)
        if said is not None and (said.price_max is not None or said.price_min is not None):
            slots = slots.model_copy(update={"price_max": said.price_max, "price_min": said.price_min,
                                             "currency": said.currency})
    merged = _merge(context.last_slots, slots)
    for key in dropped:
        if key == "price":
            if slots.price_max is None and slots.price_min is None:
                merged.price_max = merged.price_min = None
            continue
        if key not in slots.attributes:  # (not one said again in this very turn)
            merged.attributes.pop(key, None)
        if key in slots.exclude_attrs:  # "any colour but black": this turn's refusal stands
            merged.exclude_attrs[key] = list(slots.exclude_attrs[key])
        else:
            merged.exclude_attrs.pop(key, None)
    if switched:
        merged.query = text  # the story that led to the last kind is no query for the new one
    step = size_step(text)
    if step and merged.attributes.get("size") is not None:
        # "a size bigger" after size 42 asks for 43: the size the last request named, one step on.
        bumped = next_size(merged.attributes["size"], step)
        if bumped is not None:
            merged.attributes["size"] = bumped
    prices = context.shown_prices
    if slots.refine == "cheaper" and prices and slots.price_max is None:
        # Just under the CHEAPEST shown price, not the median: the shopper has seen all of them and asks for
        # something cheaper than what is on screen. The search journey applies the same bound.
        merged.price_max = min(prices) - CENT
        merged.price_min = None
    elif slots.refine == "pricier" and prices and slots.price_min is None:
        merged.price_min = max(prices) + CENT  # above the most expensive shown, for the same reason
        merged.price_max = None
    # A turn read as small talk or a store question that still showed products (an unsure reading answered with a
    # list to pick from) was a search: a constraint after it edits that search.
    intent = Intent.SEARCH if context.last_intent in (None, Intent.SEARCH, Intent.PRODUCT_QUESTION, Intent.COMPARE) \
        or (shown and context.last_intent in (Intent.STORE_INFO, Intent.OTHER, Intent.SMALLTALK, Intent.ORDER_STATUS,
                                              Intent.COMPLAINT)) \
        else context.last_intent
    return intent, merged, 0.85


# Words that point back at what was shown: "any of them", "chocolate ones", «такой же», «из них», "粉色的有没有",
# "要能充电的".
_BACK_REF = re.compile(
    r"\b(?:any|some|all|none|one|either|both) of (?:them|those|these)\b|\b(?:those|these|them)\b|"
    r"\b[a-z]+ ones?\b|\bcan (?:it|they) be\b|\bdo(?:es)? (?:it|they) (?:come|have)\b|"
    r"(?<![а-яё])(?:так(?:ой|ая|ое|ие|их|ую)\s+же|из\s+них|они|у\s+них)(?![а-яё])|"
    r"^\s*а\s+[^?]*(?<![а-яё])(?:бывает|бывают|есть)(?![а-яё])|"
    # «твердый какой-нибудь», «что-нибудь попроще»: one of the kind shown, with a quality
    r"^\s*(?:[а-яё]+\s+)?как(?:ой|ая|ое|ие|ую)-?нибудь(?:\s+[а-яё]+)?[\s.!?]*$|"
    r"[\u4e00-\u9fff0-9.]{1,8}的(?:有吗|有没有|吗|呢|吧)|^\s*要[\u4e00-\u9fff0-9.]{1,8}的(?=\s|$|[，,。])",
    re.IGNORECASE)


def _understood(text: str, *, store: bool = False) -> Any:
    """The search parser's reading of ``text`` (``knowledge.query.Understanding``; the store's own lexicon when
    ``store``), or None when it fails: a parser bug must not lose the turn."""
    try:
        from knowledge.query import store_lexicon, understand

        return understand(text, lexicon=store_lexicon() if store else None)
    except Exception:
        return None


def _constraint_slots(u: Any, attributes: dict[str, Any] | None = None) -> Slots:
    """A reading's constraints as slots (its price, attributes and exclusions, nothing of its kind or words)."""
    p = u.parsed
    return Slots(price_min=p.price_min, price_max=p.price_max, currency=p.currency,
                 attributes=dict(p.attributes if attributes is None else attributes),
                 exclude_terms=list(p.exclude_terms), exclude_attrs={k: list(v) for k, v in u.exclude_attrs.items()})


def _same_kind(text: str, last_kind: str | None) -> bool:
    """Whether ``text`` names the kind the last request was about, and no other."""
    u = _understood(text) if last_kind else None
    if u is None:
        return False
    from agent.journeys.category_asks import asks_exists  # (the journeys import this module: read when asked)

    # ("есть треккинговые ботинки 52 размера?": a question of its own, answered yes or no for the kind)
    return u.parsed.category == last_kind and not _new_present(text, True) and not asks_exists(text)


def _constraints_of(text: str) -> Slots:
    """Every constraint ``text`` says, whatever else it tells (a kind named again with a story around it), read
    with the store's own lexicon: what its kinds record (a sleeping bag's comfort temperature for "零下也不冷的")."""
    u = _understood(spell_counts(text), store=True)
    return Slots() if u is None else _constraint_slots(u)


def refers_back(text: str) -> bool:
    return bool(_BACK_REF.search(text))


def _only_talk_around(text: str) -> bool:
    """Whether a turn names no kind of product, no present and no support matter: its words are talk."""
    u = _understood(text)
    return u is not None and u.parsed.category is None and u.parsed.brand is None and not _support_cue(text) \
        and not _new_present(text, False)


def constraints_only(text: str, *, with_reason: bool = False, kind_named: bool = False) -> Slots | None:
    """The constraints of a turn that adds only constraints to the last request (attributes, exclusions, a price,
    a size), as slots; None when the turn names something of its own ("tent for 4") or no constraint at all.

    ``with_reason``: words of its own are allowed when they are the constraint's reason (below), not a support
    matter: "waterproof obviously, we're going to Scotland". ``kind_named``: a kind the words name does not make
    them a request of their own (the caller knows they point back at what was shown)."""
    if (bare := _BARE_SIZE.match(text)) is not None:
        return Slots(attributes={"size": bare.group("s").upper()})
    from knowledge.query import group_size

    u = _understood(spell_counts(text))
    if u is None:
        return None  # read as a fresh request instead
    p = u.parsed
    attributes = dict(p.attributes)
    # "wait the kids are coming too, so 4 of us", «нас четверо будет»: who is going is how many the thing is for,
    # and the rest of the turn is its reason.
    group = group_size(text) if p.category is None and "persons" not in attributes else None
    if group is not None:
        attributes["persons"] = group
        with_reason = True
    if not attributes and with_reason and p.category is None:
        # "the forecast says storms all weekend so it has to keep the rain out", "那边这季节老下雨": a problem told
        # whose use is a quality the store records (waterproof), for the thing already asked for.
        attributes = _use_flags(text)
    has_constraint = bool(attributes or p.exclude_terms or u.exclude_attrs or p.price_min is not None
                          or p.price_max is not None)
    if not has_constraint or (p.category is not None and not kind_named):
        return None
    if has_new_query(u.rest) and not (with_reason and not _support_cue(text) and not _new_present(text, kind_named)):
        return None
    return _constraint_slots(u, attributes)


# A constraint given up in a follow-up: "colour no issue", "any colour is fine", "forget the budget", «цвет не
# важен», «любого цвета», "颜色无所谓", "什么颜色都行". Each key with the words that name it in en/ru/zh.
_GIVEN_UP_KEYS: dict[str, str] = {
    "colour": r"colou?rs?|shades?|цвет(?:а|у|ом)?|расцветк\w*|颜色|色",
    "material": r"materials?|fabric|материал\w*|ткан\w*|材质|材料|面料",
    "size": r"sizes?|размер\w*|尺码|码数|大小",
    "price": r"budget|price|money|cost|бюджет\w*|цен[аыу]|деньги|预算|价格|价钱|钱",
}
_INDIFFERENT_AFTER = (r"(?:is\s+|'s\s+)?(?:no issue|not an issue|no problem|(?:does\s*n'?t|does not|don'?t) matter|"
                      r"not important|isn'?t important|is not important|whatever|no object|any|flexible|"
                      r"не важ\w*|неваж\w*|любо\w*|без разницы|не принципиал\w*|вс[её] равно|не имеет значения|"
                      r"无所谓|不重要|随便|都行|都可以|不限|没关系|没要求)")
_INDIFFERENT_BEFORE = (r"(?:any|whatever|forget(?: about)?(?: the)?|never ?mind(?: the)?|ignore(?: the)?|drop(?: the)?|"
                       r"skip(?: the)?|no|don'?t care about(?: the)?|любо\w*|забуд\w*(?: про)?|неважно какого)")


_LETTER = "[A-Za-zА-Яа-яЁё]"  # (Chinese has no spaces: its words are bounded by nothing)


def _given_up_pattern(words: str, price: bool) -> re.Pattern[str]:
    after = rf"(?<!{_LETTER})(?:{words})(?!{_LETTER})[\s,:-]*{_INDIFFERENT_AFTER}(?!{_LETTER})"
    # ("no budget" would be a shopper without money: only forgetting or ignoring it gives the budget up)
    lead = r"(?:forget(?: about)?(?: the)?|never ?mind(?: the)?|ignore(?: the)?|забуд\w*(?: про)?)" if price \
        else _INDIFFERENT_BEFORE
    before = rf"(?<!{_LETTER}){lead}\s*(?:{words})(?!{_LETTER})"
    any_zh = rf"(?:什么|啥)\s*(?:{words})\s*都(?:行|可以|好|ok)"  # ("什么颜色的有" only asks which)
    return re.compile(f"{after}|{before}|{any_zh}", re.I)


_GIVEN_UP = {key: _given_up_pattern(words, key == "price") for key, words in _GIVEN_UP_KEYS.items()}


def given_up(text: str) -> set[str]:
    """The keys a turn says no longer matter ("colour no issue" -> {"colour"}); "price" for the budget."""
    return {key for key, pattern in _GIVEN_UP.items() if pattern.search(text)}


# Another kind taken instead of the one asked about: "ok flashlights then", "actually a headlamp instead",
# «тогда лучше фонарик», "那就手电筒吧", "还是换成手电筒".
_SWITCH = re.compile(r"\b(?:then|instead(?! of)|rather(?! than))\b"
                     r"|^\s*(?:ok(?:ay)?|fine|alright|actually|let'?s (?:do|go with))\b"
                     r"|(?<![а-яё])(?:тогда|лучше|давайте)(?![а-яё])|那就|还是换成|换成|改成", re.I)


def _switched_kind(text: str, last_kind: str | None) -> str | None:
    """The kind a turn takes instead of the last one ("ok flashlights then"), or None."""
    if not _SWITCH.search(text):
        return None
    from knowledge.query import store_lexicon, understand

    named = understand(text, lexicon=store_lexicon()).parsed.category
    return named if named and named != last_kind else None


def _named_in_passing(text: str, last_kind: str | None) -> Slots | None:
    """The constraints of a turn that names a kind only in its reason ("bigger than 1.7 liters please, we go through
    a lot of tea"): the kind asked before records what the turn constrains, the kind named records none of it."""
    if not last_kind:
        return None
    added = constraints_only(text, with_reason=True, kind_named=True)
    if added is None or _support_cue(text) or _new_present(text, False):
        return None
    from knowledge.query import store_lexicon, understand

    lex = store_lexicon()
    named = understand(text, lexicon=lex).parsed.category
    keys = {*added.attributes, *added.exclude_attrs}
    if named is None or named == last_kind or not keys & lex.category_keys.get(last_kind, set()) \
            or keys & lex.category_keys.get(named, set()):
        return None
    return added


# A figure said alone, and whether it is a floor or a ceiling: «надо на 20000 минимум», "at least 20000".
_BARE_FIGURE = re.compile(r"(?<![\d.,])(?P<n>\d{2,6})(?![\d.,%$€£¥₽])")
_FLOOR = re.compile(r"\b(?:at least|min(?:imum)?|or more|plus)\b|(?<![а-яё])(?:минимум|не меньше|от|хотя бы)(?![а-яё])"
                    r"|至少|以上|起码|最少", re.I)
_CEILING = re.compile(r"\b(?:at most|max(?:imum)?|or less|tops)\b|(?<![а-яё])(?:максимум|не больше|до)(?![а-яё])"
                      r"|以内|以下|最多", re.I)


def _bare_figure(text: str, last_kind: str | None) -> Slots | None:
    """A figure said alone after a kind whose products record one measure in its range ("надо на 20000 минимум"
    after power banks: 20000 mAh at least); None when no measure or several could be meant, or when the figure is
    money."""
    if not last_kind:
        return None
    from knowledge.query import parse_price, store_lexicon

    found = list(_BARE_FIGURE.finditer(text))
    money = parse_price(text)
    if len(found) != 1 or money.price_max is not None or money.price_min is not None:
        return None
    n = int(found[0].group("n"))
    ranges = store_lexicon().category_ranges.get(last_kind, {})
    keys = [k for k, (low, high) in ranges.items() if low < high and low <= n <= high]
    if len(keys) != 1:
        return None
    op = ">=" if _FLOOR.search(text) else "<=" if _CEILING.search(text) else None
    return Slots(attributes={keys[0]: f"{op}{n}" if op else n})


def _use_flags(text: str) -> dict[str, Any]:
    """Yes/no qualities of the store (waterproof, insulated) that the uses of a told problem name."""
    from knowledge import needs
    from knowledge.query import default_lexicon
    from knowledge.text import normalize

    lex = default_lexicon()
    return {str(e.key): True for use in needs.uses_of(text) for e, _, _ in lex.match(normalize(use))
            if e.kind == "attr" and e.value is True}


# A letter size said alone after clothes were shown: "L", "shes an XS", «у него M», "我穿XL". Alone, a letter is
# too little for the parser to call a size; after a list of clothes it can be nothing else.
_BARE_SIZE = re.compile(
    r"^\s*(?:(?:she|he|i|they)(?:'s|s| is| am|'m| are| wears?| takes?)\s+(?:an?\s+|size\s+)?|size\s+|"
    r"(?:у\s+(?:него|неё|нее|меня|нас)\s+|размер\s+|носит\s+)|(?:我|他|她)?穿\s*)?"
    r"(?P<s>xxxl|xxl|xl|xs|s|m|l)(?:\s*(?:size|размер\w*|码|号))?\s*(?:pls|please|пожалуйста|的|的呢|呢|的有吗|有吗)?"
    r"[\s.!?)？！。]*$",
    re.IGNORECASE)


def _new_present(text: str, kind_named: bool) -> bool:
    """"gift for my dad under 50", «подарок папе до 3000» after tents: a present for someone is a request of its own,
    not a reason for the last one's new limit, unless the words point back at what was shown ("would any of them
    make a gift for my dad?")."""
    from knowledge.needs import GIFT

    # Said in gift words: "it has to be vegan, my sister is" names a person, but is the reason for the constraint.
    return not kind_named and bool(GIFT.search(text)) and not refers_back(text)


# A constraint told with a story around it: "only not black, he's had three black ones", «лучше без тефлона, я
# читала что он вредный», "500ml左右就行 太大背着重", "waterproof obviously, we're going to Scotland". In a
# conversation about products, a turn that names a constraint and no kind of thing edits the last request; the
# story is why. Turns about an order, a return, a defect, a person or the store are never read this way.
def _support_cue(text: str) -> bool:
    from agent.journeys.aftersales_cues import CANCEL, OWNED_DEFECT, RETURN
    from agent.understand.rules import DELIVERY, HUMAN, ORDER_ID, POLICY_MARKERS, RETURN_ACTION, STORE_INFO, STREAM

    # "nut free", "sugar-free" describe products; "free returns" asks about a policy.
    text = re.sub(r"\w+[\s-]free\b", " ", text, flags=re.IGNORECASE)
    # "we will surf the whole day", "all day long": how long the thing is used, no policy's days
    text = re.sub(r"\b(?:the\s+whole|all|every|each|per)\s+day\b", " ", text, flags=re.IGNORECASE)
    return any(p.search(text) for p in (ORDER_ID, HUMAN, RETURN_ACTION, POLICY_MARKERS, STORE_INFO, DELIVERY, STREAM,
                                        OWNED_DEFECT, CANCEL, RETURN, _OWNED))


# Something the shopper already has: "the black one I bought is broken" is about that item, not a new constraint.
_OWNED = re.compile(r"\b(?:i|we|you)(?:'ve| have)?\s+(?:bought|ordered|got|received|sent)\b|\bbroken\b|"
                    r"(?<![а-яё])(?:купил[аи]?|заказал[аи]?|получил[аи]?|сломан\w*)(?![а-яё])|买的|买了|收到的|坏的",
                    re.IGNORECASE)


def _with_constraints(slots: Slots, added: Slots) -> Slots:
    out = slots.model_copy(deep=True)
    out.refine = "attribute"
    out.attributes = {**out.attributes, **added.attributes}
    out.exclude_terms = list(dict.fromkeys([*out.exclude_terms, *added.exclude_terms]))
    out.exclude_attrs = {**out.exclude_attrs, **added.exclude_attrs}
    for name in ("price_min", "price_max", "currency"):
        if getattr(added, name) is not None:
            setattr(out, name, getattr(added, name))
    # "not black" names black only to exclude it: it is never a wanted colour.
    out.attributes = {k: v for k, v in out.attributes.items() if v not in out.exclude_attrs.get(k, [])}
    return out


def _merge(last: Slots | None, new: Slots) -> Slots:
    """The last turn's search slots with this turn's on top (attributes merged key by key)."""
    if last is None:
        return new.model_copy(deep=True)
    merged = last.model_copy(deep=True)
    merged.order_id = None
    merged.ordinal = None
    for name in ("price_min", "price_max", "currency", "category", "brand", "aisle"):
        value = getattr(new, name)
        if value is not None:
            setattr(merged, name, value)
    merged.attributes = {**last.attributes, **new.attributes}
    merged.exclude_terms = list(dict.fromkeys([*last.exclude_terms, *new.exclude_terms]))
    merged.exclude_attrs = {k: list(dict.fromkeys([*last.exclude_attrs.get(k, []), *new.exclude_attrs.get(k, [])]))
                            for k in {**last.exclude_attrs, **new.exclude_attrs}}
    # A value now excluded is no longer wanted ("black boots" -> "not black after all").
    merged.attributes = {k: v for k, v in merged.attributes.items() if v not in merged.exclude_attrs.get(k, [])}
    merged.refine = new.refine
    # The query stays the last one: "in blue" refines "running shoes", it does not replace it.
    return merged


# Below this a turn is angry whatever it asks for: exclusions do not make it calm.
_FURY = -0.7


def constraint_mood(u: Understanding, *, excludes_from_shown: bool = False) -> Understanding:
    """A follow-up that only adds constraints ("не кожаные", "none of the leather ones", "不要真皮的") says "no" to
    an attribute, not to the shop: its negation words are not a mood, so it does not count as a negative turn (two
    of them in a row would otherwise hand a calm shopper over to a person). ``excludes_from_shown``: products are on
    screen and the turn, read as a search, excludes something ("только не черный, у него уже три черных было"): it
    edits that list even when it was not read as a follow-up, unless it is furious."""
    s = u.slots
    if u.sentiment.score >= 0:
        return u
    if excludes_from_shown and s.order_id is None and u.sentiment.score > _FURY:
        return u.model_copy(update={"sentiment": Sentiment(source=u.sentiment.source)})
    if not (u.is_follow_up and s.refine == "attribute"):
        return u
    negated = any(v is False or k.endswith("_free") for k, v in s.attributes.items())
    if not (s.exclude_terms or s.exclude_attrs or negated):
        return u
    return u.model_copy(update={"sentiment": Sentiment(source=u.sentiment.source)})
