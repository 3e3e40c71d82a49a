"""Questions about a kind of product as a whole, answered first and from the catalog (issue 10's direct answers):
the cheapest or the most expensive ("what's your cheapest tent", «самый дорогой рюкзак», "最便宜的睡袋"), how many
("how many board games do you have", "桌游有多少款"), what they cost ("how much are jump ropes", «сколько стоят
спальники»), the spread between cheapest and dearest, and which of two kinds is cheaper ("tents or sleeping bags,
which is cheaper?", "帐篷和睡袋哪个便宜").

The ask is read from the shopper's words by rules; the kind of product and any attributes or price limits by the
search's own parser (``category_facts`` tool). None when the words ask none of these or name no kind of product the
store has: the journey the turn was routed to answers then. A question about one named product never gets here
(``product.answer_if_named`` runs first).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from agent.journeys import asks, names
from agent.journeys.base import TurnView, call, dump, hit_line, products_event
from agent.state import JourneyResult
from knowledge.names import BUDGET, zh_spelt_names
from tools.catalog_models import CategoryFactsInput, CategoryFactsOutput

CategoryAsk = Literal["cheapest", "dearest", "count", "range", "spread", "compare", "all_over", "all_under",
                      "basket"]

# "Are all your tents over $100?", «все палатки дороже 100 долларов?», "帐篷都超过100美元吗": a yes or no about every
# product of a kind, decided by its cheapest (over) or its dearest (under). The bound is the parser's price limit.
_ALL = re.compile(r"\b(?:all|every|each)\b|(?<![а-яё])(?:все|всё|каждый|каждая|каждое)(?![а-яё])|都|全部|所有", re.I)
_OVER = re.compile(r"\b(?:over|above|more than|at least|pricier than|more expensive than|upwards of)\b"
                   r"|дороже|больше|свыше|выше|не дешевле|超过|高于|以上|贵于|起步", re.I)
_UNDER = re.compile(r"\b(?:under|below|less than|cheaper than|at most|within|or less|or under|tops|max)\b"
                    r"|дешевле|меньше|ниже|не дороже|(?<![а-яё])до\s+\d|不到|低于|以下|以内|之内|便宜于", re.I)
# "Can I get a tent and a sleeping bag for under $200?", «можно купить палатку и спальник до 15000 рублей?»,
# "500块以内能买帐篷和睡袋吗": two kinds within one budget, decided by the sum of their cheapest.
_BASKET_ASK = re.compile(r"\b(?:can|could) (?:i|we|you) (?:get|buy|afford|find|grab)\b"
                         r"|\bif (?:i|we) (?:get|buy|grab|take|pick)\b"
                         r"|\b(?:will|would) (?:that|it|they) (?:come|be|cost)\b"
                         r"|\bis it possible to (?:get|buy)\b|\benough for\b|\bafford\b"
                         r"|(?<![а-яё])(?:можно|получится|выйдет|хватит|уложусь|уложиться|реально)(?![а-яё])"
                         r"|能买|买得到|够买|够不够|够吗|能不能买|可以买", re.I)
# "Will $80 be enough?", «уложусь в 80 баксов?», "50美元够吗": the budget is a bound without an "under" word.
_FITS = re.compile(r"\benough\b|(?<![а-яё])(?:уложусь|уложиться|уложимся|хватит)(?![а-яё])|够(?:吗|不够|了吗|用吗)",
                   re.I)
_AND_KIND = re.compile(r"\s+(?:and|plus|&|и|а также)\s+|[和跟加与及]|\s*\+\s*", re.I)
_YES_NO = re.compile(r"[?？]|吗|么|够不够|行不行|能不能|(?<![а-яё])ли(?![а-яё])|^\s*(?:are|do|does|is|will)\b", re.I)

# A spread is asked by name ("price range", «разброс цен», "价格区间") or by naming both ends ("cheapest vs most
# expensive, how big is the gap"); a bare "how much more" belongs to a comparison of two things.
_SPREAD = re.compile(
    r"\bprice (?:range|spread)\b|\bhow (?:big|wide|large) is the price range|\bgo from what to what\b"
    r"|(?<![а-яё])от\s+скольки\s+до\s+скольки|从多少(?:钱)?到多少"
    r"|разброс\w*\s+цен|ценов\w+\s+(?:разброс|диапазон|вилк)|(?:价格|价钱)(?:区间|范围)",
    re.I,
)
_TOLD_RANGE = re.compile(r"\s*(?:is|of|[:—–-]|это|составляет|—)?\s*(?:от|from|between|около|about|\$|€|£)?\s*\d")
_CHEAPEST = re.compile(
    r"\b(?:cheapest|least expensive|lowest[- ]priced|most affordable|lowest price)\b"
    r"|сам(?:ый|ая|ое|ые|ых|ым|ом|ого|ой|ую|ыми)\s+(?:дешёв|дешев|недорог|бюджетн)\w*|(?:дешевле|ниже)\s+всего"
    r"|минимальн\w+\s+цен"
    r"|最便宜|最低价|价格最低|最实惠",
    re.I,
)
_DEAREST = re.compile(
    r"\b(?:most expensive|priciest|dearest|highest[- ]priced|most premium|top[- ]of[- ]the[- ](?:range|line)|"
    r"top[- ]end|high[- ]end|flagship|fanciest|poshest|swankiest|most luxurious)\b"
    r"|\b(?:cheapest|lowest) (?:one )?and the (?:top|priciest|dearest|best) one\b"
    r"|сам(?:ый|ая|ое|ые|ых|ым|ом|ого|ой|ую|ыми)\s+дорог\w*|дороже\s+всего|максимальн\w+\s+цен"
    r"|(?<![а-яё])(?:сам(?:ый|ая|ое|ые)\s+)?(?:топов\w*|навороченн\w*|флагман\w*)(?![а-яё])"
    r"|最贵|最高价|价格最高|最高档|顶配|最高端",
    re.I,
)
_COUNT = re.compile(
    r"\bhow many\b|(?<![а-яё])(?:сколько|ск[оа]к[оа])\s+"
    r"(?:у\s+вас\s+|всего\s+|есть\s+|же\s+|вообще\s+|примерно\s+|сейчас\s+)*"
    r"(?:разных\s+)?(?:видов|моделей"
    r"|вариантов|позиций|наименований|штук|типов)"
    # "сколько теннисных ракеток ...": сколько before a noun phrase, not before a price ("сколько стоит", "сколько
    # денег") or a pronoun ("сколько они стоят").
    r"|(?<![а-яё])(?:сколько|ск[оа]к[оа])\s+(?:(?:у\s+вас|всего|вообще|же|сейчас|примерно|разных)\s+)*"
    r"(?!сто[ияю]|денег|руб|доллар|бакс|времени|лет|дней|раз|они|он|она|это|вы|у\s|ид[её]т|ждать|занима|работа|"
    r"доставк|час|минут|дн[яе]|недел|врем|обычно|нужно|надо|можно|будет)[а-яё]{3,}"
    # ("推荐几个充电宝": recommend a few, no count asked)
    # ("跟几个驴友约了": a few friends, no count asked)
    # ("打几个孔": a few holes said in a story; a count is asked as a question)
    r"|多少(?:款|种|个|样|类|件)|(?<![推荐来给挑选找买跟和与带约打挂装])几(?:款|种|个|样)"
    r"(?!人|朋友|驴友|同事|同学|孩子|小时|天|月|晚|次|星期|礼拜|姐妹|哥们|兄弟)[^，。,.\s]{0,8}(?:[吗呢？?]|$)",
    re.I,
)
_RANGE = re.compile(
    r"\bhow much (?:are|do|does|would|will|is|for)\b|\bwhat (?:do|does|would) .{1,60}\b(?:cost|go for|sell for)\b"
    r"|\bprices? (?:of|for|on)\b|\bhow (?:pricey|expensive) are\b|\bwhat(?:'s| is| are) (?:the )?prices?\b"
    r"|\bwhat do you charge\b|\bhow much do you charge\b"
    r"|сколько\s+(?:\w+\s+){0,3}?сто[ияю]т|ск[оа]ка\s+(?:\w+\s+){0,3}?сто[ияю]т|(?<![а-яё])поч[её]м|какие\s+цены"
    r"|от\s+скольки(?:\s+до\s+скольки)?"
    r"|цен[аыу]\s+на|какая\s+цена|по\s+какой\s+цене"
    r"|多少钱|什么价|价格(?:是)?多少|价位|怎么卖|啥价|几块钱",
    re.I,
)
_PRICE_COMPARE = re.compile(r"cheaper|less expensive|more expensive|pricier|costs? (?:more|less)|дешевле|дороже"
                            r"|\bhow much (?:more|less|extra)\b"
                            r"|便宜|贵", re.I)


# "Do you have ...?": a search whose reply says yes first when the store has such a thing (decided on the DB).
_EXISTS = re.compile(
    r"\b(?:do|does) (?:you|y'?all|u|the store|your store|your shop) (?:guys )?"
    r"(?:even |actually |still |currently |ever |also )?(?:have|sell|carry|stock|do)\b"
    r"|\b(?:have|got) (?:you|u) got\b|\bis there (?:a |an |any )?\w|\bare there any\b|\b(?:you )?got any\b"
    r"|\bany chance you (?:have|sell|carry)\b|\bdo you happen to have\b"
    r"|\b(?:you|u) (?:have|got|sell) (?:those|them|any)\b"
    # "u got running shoes in 44", "you guys have decaf?": the question said without "do"
    r"|^\s*(?:so\s+|and\s+|hey\s+|yo\s+)?(?:u|you|ya|y'?all)\s+(?:guys\s+)?(?:got|have|carry|sell|stock)\b"
    # "any tents under 100 bucks?": a question that opens with "any"
    r"|(?:^|[.!?]\s+)any\s+\w[^.!?]{0,60}\?"
    r"|есть\s+ли|нет\s+ли\s+у\s+вас|у\s+вас\s+(?:[\w-]+\s+){0,3}?(?:есть|бывают|бывает|имеются|найд[её]тся|продаются)"
    r"|(?<![а-яё])бывают\s*\?"
    r"|(?<![а-яё])есть\s+[^?]{1,80}\?|(?<![а-яё])есть\s*\?|(?:прода[ёе]те|продаются)\s+ли|прода[ёе]те\s*\?"
    r"|имеются\s+ли|найд[её]тся|бывают\s+(?:ли|у\s+вас)|можно\s+(?:ли\s+)?(?:у\s+вас\s+)?купить"
    r"|(?<![а-яё])есть\s+в\s+наличии|в\s+наличии\s*\?"
    # ("有什么办法…", "有什么能帮上忙的": the 么 of 什么 asks what, not whether there is)
    r"|有没有|有.{1,24}(?:[吗嘛]|(?<!什)么)|有[吗嘛么]|有[^，。？?！!]{1,12}没(?:有)?\s*[?？]?\s*$|卖不卖|"
    r"卖.{1,24}(?:[吗嘛]|(?<!什)么)|是否有|能买到|(?:还)?有货(?:不|吗|么|没)|有没有货",
    re.I,
)


# "hiking boots in 45?", "noise cancelling headphones under $80?": a kind with a condition, asked with nothing but a
# question mark, asks whether the store has one (a question word would ask something else of it).
_BARE_ASK = re.compile(r"^[^?？]{3,80}[?？]\s*$")
_QUESTION_WORD = re.compile(
    r"\b(?:how|what|whats|what's|which|why|when|where|who|whose|is|are|was|does|do|did|can|could|should|would|will|"
    r"or|vs|versus|than|cheaper|pricier|difference)\b"
    r"|(?<![а-яё])(?:сколько|скока|какой|какая|какие|какое|что|где|когда|почему|зачем|как|ли|или|чем|чей|кто|"
    r"дешевле|дороже)(?![а-яё])"
    r"|[\u4e00-\u9fff]", re.I)


def asks_exists(text: str) -> bool:
    return bool(_EXISTS.search(text)) or bool(_BARE_ASK.match(text.strip()) and not _QUESTION_WORD.search(text))


def without_exists_frame(text: str) -> str:
    """``text`` without its "do you have" frame («у вас имеются», "你们有…吗" keep no "у вас" or "你们")."""
    return _EXISTS.sub(" ", text)


async def existence(view: TurnView, *, name_checked: bool = False) -> dict[str, Any] | None:
    """The facts of the kind a "do you have ...?" names, when the store has at least one that fits; else None.

    Only for a kind: "do you have the Coastal Thread Nova 1500 jackets?" names one product, and "yes" to the brand's
    jackets would answer a question that was not asked (the search's own name check says whether it exists).
    ``name_checked``: the caller already resolved the words' names and found none the store lacks."""
    if names_something(view.text) or (not name_checked and await _names_something_unknown(view)):
        return None
    out = await _facts(view, view.text)
    # Only a kind the words name: "do you sell bicycles?" must not be answered yes with the bike helmets the search
    # found (the category the top hits share is a guess, good for a list, not for a yes).
    if out.parsed.category is None:
        return None
    if out.facts is not None and out.facts.count > 0:
        return dump(out.facts)
    if not (out.parsed.attributes or out.parsed.price_min is not None or out.parsed.price_max is not None
            or out.parsed.exclude_terms):
        return None
    # The kind is the store's, but nothing of it has all that was asked ("winter boots in a 47"): a plain "no"
    # first, with the kind's own name (its facts without the conditions), before the nearest are listed.
    kind = out.parsed.category
    plain = await _facts(view, kind.rsplit("/", 1)[-1].replace("-", " "), kind, priced=False)
    if plain.facts is None or plain.facts.category != kind:
        return None
    return {"none": True, "category": kind, "name": plain.facts.name}


def _superlative(words: str) -> bool:
    return bool(_CHEAPEST.search(words) or _DEAREST.search(words))


_BRACKETED = re.compile(r"\s*[(（][^()（）]{0,120}[)）]")


def ask_of(text: str) -> CategoryAsk | None:
    """What the words ask of a kind of product, by the most particular cue; None when they ask none of these."""
    # A remark in brackets qualifies the question ("(если сравнивать самые недорогие позиции)"); it asks nothing.
    text = _BRACKETED.sub(" ", text)
    if _BASKET_ASK.search(text) and _AND_KIND.search(text) and (_UNDER.search(text) or _FITS.search(text)) \
            and _YES_NO.search(text):
        return "basket"
    # "Are all of them under $50?" is one sentence: in a story the "all" («一整天都…»), the budget («…以内») and the
    # question mark come from different sentences and ask nothing of the kind's prices together.
    for sentence in _SENTENCE_END.split(text):
        if _ALL.search(sentence) and _YES_NO.search(sentence) and (_OVER.search(sentence) or _UNDER.search(sentence)):
            return "all_over" if _OVER.search(sentence) and not _UNDER.search(sentence) else "all_under"
    # Both ends named ("насколько самые дорогие дороже самых дешевых?") ask the spread, however it is phrased; a range
    # given with its figures («Ценовой диапазон — от 3 000 до 6 000 рублей», "price range: $30-50") is a budget told.
    spread = _SPREAD.search(text)
    if spread and _TOLD_RANGE.match(text, spread.end()):
        spread = None
    if spread or (_CHEAPEST.search(text) and _DEAREST.search(text)):
        return "spread"
    said, text = text, _compare_frame(text)
    cheapest, dearest = _CHEAPEST.search(text), _DEAREST.search(text)
    if (cheapest or dearest) and asks.is_comparison(text) and _PRICE_COMPARE.search(text) \
            and any(all(_superlative(p) for p in parts) or (len(parts) == 2 and not any(map(_superlative, parts)))
                    for parts in _compared_parts(said)):
        # «что дешевле — самый дешёвый спальник или самая дешёвая палатка?»: the two cheapest; so is one superlative
        # said apart from both kinds ("蓝牙音箱跟耳机 你们最便宜的那款 哪个更便宜").
        return "compare"
    if cheapest:
        return "cheapest"
    if dearest:
        return "dearest"
    if asks.is_comparison(text) and _PRICE_COMPARE.search(said) and _compared_parts(said):
        return "compare"
    if _RANGE.search(text):
        return "range"
    if _COUNT.search(text):
        return "count"
    return None


# What follows a comparison's question is no part of the second thing: "A or B - which one's cheaper and by how
# much? trying to keep it cheap", "A跟B比，哪个便宜？差多少钱", "... or the other way around".
_ZH_ASK = re.compile(r"(哪(?:个|款|种|样|一个)?(?:更|比较)?(?:便宜|贵|划算)(?:点|一点|些|一些)?).*$")
_ZH_THAN_FRAME = re.compile(r"(?:相)?比[，,\s]*(?=哪)")
_OTHER_WAY = re.compile(r"\s*(?:,\s*)?(?:or the other way (?:a)?round|or vice versa|или наоборот|还是反过来)\b.*$",
                        re.I)


# "Cheaper or pricier than", «дешевле или дороже»: one comparison asked both ways.
_BOTH_WAYS = re.compile(r"\b(cheaper|less expensive|pricier|more expensive|dearer)\s+or\s+(?:cheaper|less expensive"
                        r"|pricier|more expensive|dearer)\b|(дешевле|дороже)\s+или\s+(?:дешевле|дороже)", re.I)
# "..., and by how much?", «и на сколько?», "差多少钱": the difference is said anyway, and is no part of the second
# thing.
_BY_HOW_MUCH = re.compile(r"\s*[,;-]?\s*(?:and\s+)?(?:by how (?:much|many (?:dollars|bucks|euros|pounds))|"
                          r"what(?:'s|s| is) the (?:price )?difference|how much (?:more|less))"
                          r"\b.*$|\s*[,;]?\s*(?:и\s+)?на\s*(?:сколько|скока|скоко|скок)(?![а-яё]).*$"
                          # «…, и на какую сумму», «и какова разница»
                          r"|\s*[,;]?\s*(?:и\s+)?(?:на\s+какую\s+сумму|какова\s+разница|в\s+ч[её]м\s+разница)(?![а-яё]).*$"
                          r"|[，,。\s]*(?:差|贵|便宜)(?:了)?多少.*$", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")
# «йогурты дороже обычных»: the genitive comparison, written with «чем» so the two sides split.
_RU_GENITIVE_THAN = re.compile(r"(?<![а-яё])(дешевле|дороже)\s+(?=[а-яё]+(?:ых|их|ого|его|ой|ей|ов|ев)(?![а-яё]))",
                               re.I)


def _compare_frame(text: str) -> str:
    """The comparison alone: its own sentence ("у мужа непереносимость лактозы. безлактозные йогурты дороже
    обычных?"), without what follows its question, asked one way (its callers have cut the bracketed remarks)."""
    out = _BOTH_WAYS.sub(lambda m: m.group(1) or m.group(2), text)
    out = _RU_GENITIVE_THAN.sub(r"\1, чем ", out)
    sentences = [x for x in _SENTENCE_END.split(out) if x.strip()]
    asking = [x for x in sentences if asks.is_comparison(x) and _PRICE_COMPARE.search(x)]
    out = asking[0] if asking else out
    out = _OTHER_WAY.sub("", out)
    # ("how much more are the merino socks vs the regular ones?": a question that opens with it keeps its words)
    out = _BY_HOW_MUCH.sub(lambda m: m.group(0) if not out[:m.start()].strip() else "", out)
    out = _ZH_THAN_FRAME.sub("", out)
    return _ZH_ASK.sub(r"\1", out)


async def _facts(view: TurnView, words: str, category: str | None = None, *,
                 without: list[str] | None = None, priced: bool = True) -> CategoryFactsOutput:
    """The kind's figures; ``priced`` False leaves the shopper's price limit out (it is what is asked about)."""
    slots = view.understanding.slots
    out: CategoryFactsOutput = await call(view, "category_facts", CategoryFactsInput(
        query=words[:2000], language=view.language, price_min=slots.price_min if priced else None,
        price_max=slots.price_max if priced else None, category=category, without=without or []))
    return out


# What is left of a basket question once the price is cut: its frame words, not part of either kind.
_BASKET_FRAME = re.compile(r"^.*?\b(?:get|buy|afford|find|grab)\b\s*(?:both\s+)?|\b(?:for|with|within|under|below|"
                           r"less than|on|together|in total|altogether|budget|both)\b|[?？!！.。,，]"
                           r"|(?<![а-яё])(?:можно|ли|получится|выйдет|хватит|уложусь|уложиться|реально|купить|взять|"
                           r"вместе|за|до|в пределах|на)(?![а-яё])|能买到?|买得到|够买|够不够|能不能买|可以买|吗|呢|"
                           r"以内|之内|一起|加起来|总共|一共", re.I)


async def _unpriced_facts(view: TurnView, words: str) -> CategoryFactsOutput | None:
    """The kind's figures with no price limit: the shopper's price is what the question is about, and the tool reads
    a price in the words as a filter, so it is asked again with the words that name the kind only. None when the
    words still read as priced."""
    out = await _facts(view, words, priced=False)
    if out.parsed.price_min is None and out.parsed.price_max is None:
        return out
    out = await _facts(view, out.parsed.text.strip() or words, out.parsed.category, priced=False)
    return out if out.parsed.price_min is None and out.parsed.price_max is None else None


async def _basket(view: TurnView) -> JourneyResult | None:
    """ "Can I get a tent and a sleeping bag for under $200?": yes or no, by the sum of the two kinds' cheapest."""
    bound = view.understanding.slots.price_max
    if bound is None or names_something(view.text):
        return None
    parts = [p.strip() for p in _AND_KIND.split(_BASKET_FRAME.sub(" ", view.text), maxsplit=1) if p.strip()]
    if len(parts) != 2:
        return None
    sides = []
    for part in parts:
        side = await _unpriced_facts(view, part)  # "a sleeping bag for under $200": the budget is the question's
        if side is None or side.facts is None:
            return None
        sides.append(side)
    a, b = (side.facts for side in sides)
    assert a is not None and b is not None
    if a.category == b.category or a.currency != b.currency:
        return None
    total = a.cheapest.price + b.cheapest.price
    holds = total <= bound
    data: dict[str, Any] = {"a": dump(a), "b": dump(b), "total": str(total), "currency": a.currency}
    hits = [dump(a.cheapest), dump(b.cheapest)]
    lines = [f"cheapest {a.name}: {a.cheapest.price}; cheapest {b.name}: {b.cheapest.price}; together {total} "
             f"{a.currency}; asked: within {bound}: {'yes' if holds else 'no'}"] + [hit_line(h) for h in hits]
    return JourneyResult(
        intent="product_question",
        kind=f"category_basket_{'yes' if holds else 'no'}",
        data=data,
        facts=[dump(a), dump(b), {"price_total": str(total), "currency": a.currency}, {"query": view.text}],
        fact_lines=lines,
        events=[products_event(hits, title=f"{a.name} + {b.name}")],
        shown=[(int(h["product_id"]), str(h["price"])) for h in hits],
        slots={"query": view.text},
        tools=["category_facts"],
    )


async def _all_within(view: TurnView, ask: CategoryAsk) -> JourneyResult | None:
    """ "Are all your tents over $100?": yes or no, by the cheapest (over) or the dearest (under) of the kind."""
    slots = view.understanding.slots
    bound = slots.price_min if ask == "all_over" else slots.price_max
    if bound is None:
        return None
    out = await _unpriced_facts(view, view.text)
    # The words without the price ("睡袋都在318美元以下吗" -> "睡袋都在"): a price's digits are no model number.
    if out is None or names_something(out.parsed.text.strip() or view.text) or await _names_something_unknown(view):
        return None
    if out.facts is None or out.facts.count < 2:
        return None
    facts = dump(out.facts)
    over = ask == "all_over"
    holds = out.facts.price_min >= bound if over else out.facts.price_max <= bound
    edge = facts["cheapest"] if over else facts["dearest"]
    kind = f"category_{ask}_{'yes' if holds else 'no'}"
    lines = [f"{out.facts.name}: {out.facts.count} products, prices from {out.facts.price_min} to "
             f"{out.facts.price_max} {out.facts.currency}; asked: all {'over' if over else 'under'} {bound}: "
             f"{'yes' if holds else 'no'}", hit_line(edge)]
    return JourneyResult(
        intent="product_question",
        kind=kind,
        data={"facts": facts},
        facts=[facts, {"query": view.text}],
        fact_lines=lines,
        events=[products_event([edge], title=out.facts.name)],
        shown=[(int(edge["product_id"]), str(edge["price"]))],
        slots={"query": view.text, "category": out.facts.category},
        tools=["category_facts"],
    )


# "How much is it?", "сколько стоит этот?", "这个多少钱": a question about a product shown before, not about a kind.
_POINTS_BACK = re.compile(r"\b(?:it|this|these|those|them|that one)\b|(?<![а-яё])(?:это|этот|эта|эти"
                          r"|он|она|они|его|её|их|него|них|такой|такие)(?![а-яё])"
                          # "睡袋最贵的是那个": 那 after 是 at the end is the question word 哪 mistyped.
                          r"|(?:这|那(?!个\s*[?？]?\s*$))(?:个|款|件|双|些|种|一)|它", re.I)
# "最便宜的那个睡袋": 那个 after a superlative, before the kind's word, only points at the one the superlative picks.
_PICKED = re.compile(r"最(?:便宜|贵|好|大|小|轻|重)的(?:那|这)(?:个|款|件|双|种)(?=[\u4e00-\u9fff])")


def _points_back(text: str) -> bool:
    """A short question with a pronoun ("how much is it?", "а этот сколько стоит?") is about what was shown; in a
    longer one the kind is named ("forgot sunscreen, how much is it at yours?")."""
    short = len(text.split()) <= 6 and len(re.findall(r"[\u4e00-\u9fff]", text)) <= 10
    return short and bool(_POINTS_BACK.search(_PICKED.sub("", text)))


async def answer(view: TurnView) -> JourneyResult | None:
    """The direct answer to a question about a kind of product; None when the turn asks none (see the module)."""
    ask = ask_of(view.text)
    u = view.understanding
    if ask is None or u.slots.ordinal or (ask != "compare" and _points_back(view.text)):
        return None
    if u.slots.refine and ask not in ("compare", "all_over", "all_under", "spread"):
        # "cheaper ones?" refines what was shown; "X or Y, which is cheaper?", "are all X over $N?" do not
        return None
    if u.is_follow_up and ask in ("all_over", "all_under") and not _names_a_kind(view.text):
        return None  # "under 30 each?" after folding chairs: a limit on what was asked, not a kind's question
    if ask == "range" and names_something(view.text):
        return None  # "想买Alpenglow Drift X还是Vantor Terra，差多少钱": products named, not a kind
    if ask == "compare":
        return await _compare(view)
    if ask in ("all_over", "all_under"):
        return await _all_within(view, ask)
    if ask == "basket":
        return await _basket(view)
    if await _names_something_unknown(view, _kind_words(view.text)):
        return None  # "how much are Zorblax 9000 boots?": the routed journey says the store has no such thing
    # "Is your cheapest pair of headphones wireless?": the feature is asked of the cheapest, not a filter of them.
    feature = asks.feature_asked(view.text) if ask in ("cheapest", "dearest") else None
    # "最便宜那款充电宝是两万毫安的吗": a measure asked of the cheapest, not a filter of the kind.
    measure = asks.measure_asked(view.text) if ask in ("cheapest", "dearest") and feature is None else None
    out = await _facts(view, feature[1] if feature else measure[2] if measure else view.text)
    if out.facts is None:
        return None
    facts = dump(out.facts)
    kind = "category_one" if out.facts.count == 1 else f"category_{ask}"
    hits = [facts["cheapest"]] if out.facts.count == 1 else [facts["cheapest"], facts["dearest"]]
    if ask == "dearest":
        hits = hits[::-1]
    lines = [f"{out.facts.name}: {out.facts.count} products, prices from {out.facts.price_min} to "
             f"{out.facts.price_max} {out.facts.currency}"] + [hit_line(h) for h in hits]
    return JourneyResult(
        intent="product_question",
        kind=kind,
        data={"facts": facts, "feature": feature[0] if feature else None,
              "measure": {"key": measure[0], "value": measure[1]} if measure else None},
        facts=[facts, {"query": view.text}],
        fact_lines=lines,
        events=[products_event(hits, title=out.facts.name)],
        shown=[(int(h["product_id"]), str(h["price"])) for h in hits],
        slots={"query": view.text, "category": out.facts.category},
        tools=["category_facts"],
    )


# Words that point at a kind named elsewhere ("the ones that are not ...", «те, что без ...», "不防水的那些").
_FILLER = re.compile(r"\b(?:ones?|that|which|those|these|the|a|an|are|is|not|with|without|them|other|kind|any"
                     r"|non|regular|normal|ordinary|standard|plain|usual|basic|just)\b"
                     r"|(?<![а-яё])(?:те|та|тот|которые|который|что|без|с|со|другие|такие|не|обычн\w*|простые"
                     r"|простых|простой)(?![а-яё])|的|那些|这些|那种|这种|款|不|没有|带|普通", re.I)


def _no_kind_named(words: str) -> bool:
    return not re.sub(r"[\W_]+", "", _FILLER.sub(" ", words))


_LATIN = re.compile(r"[A-Za-z]{2,}")
_CYRILLIC_OR_HAN = re.compile(r"[а-яёА-ЯЁ\u4e00-\u9fff]")


# A model number follows its name ("云步5", "XR-77"); a count comes before its word ("4人", "2-местная"), and a
# Chinese amount has its unit after it ("晚上11点", "儿子8岁", "超过1.7升"): no model number.
# (a count of hours, nights, floors, people... is no model: "卧铺12小时", "住3晚", "5楼", "打8折")
_MODEL_NUMBER = re.compile(r"(?:[^\W\d_]\d|[A-Z]{2,}-?\d)"
                           r"(?![\d.]*\s*(?:[点岁升块元个人天号码米斤克分秒年月日周次件双条瓶包箱度寸毫公]"
                           r"|小时|分钟|[钟晚夜层楼倍折位口张台只支本盒袋罐趟站遍期届集]"
                           r"|(?:g|gb|tb|mah|ml|l|w|kg|mm|cm)(?![a-z])))", re.I)
# Latin words in a Russian or Chinese sentence that are units, sizes or connectors, not brands ("USB", "LED", "XL").
# (and chat words written in Latin inside Chinese or Russian: "WFH在家", "budget四五百", "练yoga")
_LATIN_COMMON = re.compile(r"^(?:x{0,3}[sml]|\d*xl|[kmgt]b|mah|kg|cm|mm|ml|km|usb|led|lcd|hd|wi-?fi|ok|okay|diy|vip|"
                           r"sd|tf|wfh|asap|btw|lol|omg|pls|plz|tmrw|gf|bf|bff|budget|yoga|gym|bbq|ktv|\d+k)$",
                           re.IGNORECASE)


def _latin_name(text: str) -> bool:
    """A Latin word that could be a brand or a model: not a unit or size, nor a word the store's lexicon reads as
    an attribute ("PVC", "TPE", "Type-C")."""
    from knowledge.names import switching_words
    from knowledge.query import default_lexicon
    from knowledge.text import normalize

    lexicon = default_lexicon()
    # («full-time инженер… budget 2k»: the writer switching language, no brand)
    switched = switching_words(m.group() for m in _LATIN.finditer(text))
    for m in _LATIN.finditer(text):
        word = m.group()
        if _LATIN_COMMON.match(word) or word in switched:
            continue
        if any(e.kind == "attr" for e, _, _ in lexicon.match(normalize(word))):
            continue
        return True
    return False
# Capitalised Russian words inside a sentence ("крем для лица Пирель Аврора"): a name, as shoppers write one.
_RU_CAPITALISED = re.compile(r"(?<=[\s«\"(])[А-ЯЁ][а-яё]{2,}")
_RU_CAPITALISED_PAIR = re.compile(r"(?<=[\s«\"(])[А-ЯЁ][а-яё]{2,}\s+[А-ЯЁ][а-яё]{2,}")


def _sentence_start(text: str, at: int) -> bool:
    """Does a sentence begin at ``at``? ("Добрый день. Подскажите, …": a capital there is no name.)"""
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?…"


def names_something(text: str, *, strict: bool = False) -> bool:
    """Words that name a product rather than a kind: a run of capitalised name words ("Trailmark Quest 4"), Latin
    words in a Russian or Chinese sentence (brands and models are written in Latin there), capitalised Russian words
    inside a sentence, or a model number after letters ("云步5", "XR-77").

    ``strict``: only what a holiday, a place or a day does not look like ("Father's Day", «8 Марта», «в Москве»): a
    capitalised run with a number in it, two capitalised Russian words in a row, Latin words or a model number."""
    run = asks.name_run(text)
    if run is not None and (not strict or any(c.isdigit() for c in run)):
        return True
    text = text.strip()
    if any(not _sentence_start(text, m.start())
           for m in (_RU_CAPITALISED_PAIR if strict else _RU_CAPITALISED).finditer(text)):
        return True
    # "预算3000" is a budget, not a model "算3".
    return bool(_CYRILLIC_OR_HAN.search(text) and (_latin_name(text) or _MODEL_NUMBER.search(BUDGET.sub(" ", text))))


# The ask's own words, which name nothing: "whats your priciest camera", "最便宜跟最贵的差多少钱", "多少刀".
_ASK_WORDS = (_CHEAPEST, _DEAREST, _SPREAD, _RANGE, _COUNT,
              re.compile(r"\b(?:so|well|um|uh)\b|差(?:价)?(?:是)?多少(?:钱|刀|块|美元)?|多少(?:刀|块|美元|美金)", re.I))


def _names_a_kind(text: str) -> bool:
    from knowledge.query import store_lexicon, understand

    return understand(text, lexicon=store_lexicon()).parsed.category is not None


def _kind_words(text: str) -> str:
    """The sentence that asks, without the words of the ask: what is left names the kind (or a product)."""
    sentences = [x for x in _SENTENCE_END.split(text) if x.strip()]
    asking = [x for x in sentences if ask_of(x) is not None]
    out = asking[0] if asking else text
    for pat in _ASK_WORDS:
        out = pat.sub(" ", out)
    return re.sub(r"\s+", " ", out).strip() or text


_MODEL_NUMBER_AFTER = re.compile(r"\s*\d{1,4}(?!\s*(?:лет|год|р|руб|тыс|к\b|\$|%|шт|мм|см|м\b|л\b))", re.I)


async def _names_something_unknown(view: TurnView, words: str | None = None) -> bool:
    """Does the turn (or ``words`` of it) name a product or brand the store does not have? A kind's figures must
    not answer for it."""
    from tools.names import ResolveNameInput

    res = await call(view, "resolve_name", ResolveNameInput(text=(words or view.text)[:2000]))
    if res.status == "unknown_brand":
        return True
    if res.status in names.UNKNOWN and view.language == "zh":
        # ("你们最便宜的头盔多少钱 骑小电驴戴的": words around a kind of the store, no name in Latin letters)
        said = words or view.text
        if res.status == "unknown_product" and not re.search(r"[A-Za-z]", said) and _names_a_kind(said):
            # ... unless a name spelt in Chinese sounds comes before the kind: "普拉克斯顿防晒霜多少钱" names a product.
            return any(_names_a_kind(word[m.end():]) for word in res.unknown_words for m in zh_spelt_names(word))
        return True
    if res.status not in names.UNKNOWN:
        return False
    # An unknown plain word ("спальники": the store says «спальные мешки») is the kind in other words; a name is
    # written as one: capitalised inside the sentence, with a number, or in Latin letters in a Russian sentence.
    for word in res.unknown_words:
        for m in re.finditer(re.escape(word), view.text, re.I):
            said = m.group(0)
            if any(c.isdigit() for c in said) or (said[:1].isupper() and not _sentence_start(view.text, m.start())) \
                    or (view.language == "ru" and _LATIN.search(said)) \
                    or _MODEL_NUMBER_AFTER.match(view.text, m.end()):
                # (a model number after it: «айфон 15 про», "galaxy s24")
                return True
    return False


def _compared_parts(text: str) -> list[list[str]]:
    """The two sides compared, in the order to try them: from the sentence that asks, then from each sentence that
    names two ("how much more do wireless earbuds cost vs wired ones? which kind is cheaper", «фен подарить или
    щётку электрическую. что из этого дешевле?»)."""
    found: list[list[str]] = []
    text = _BRACKETED.sub(" ", text)
    for words in (_compare_frame(text), *_SENTENCE_END.split(text)):
        for parts in (asks.compare_parts(words, min_len=2), asks.compare_parts(_compare_frame(words), min_len=2)):
            if parts and parts not in found:
                found.append(parts)
    return found


async def _compare(view: TurnView) -> JourneyResult | None:
    """Two kinds of product (or one kind with and without something), compared by their cheapest."""
    for parts in _compared_parts(view.text):
        if any(names_something(p) for p in parts):
            return None  # "the Trailmark Quest or the Atlas 2": products, compared by the product journey
        result = await _compare_sides(view, parts)
        if result is not None:
            return result
    return None


_PLAIN = re.compile(r"\b(?:regular|normal|ordinary|standard|plain|usual|basic|classic)\b"
                    r"|(?<![а-яё])(?:обычн|простые|простых|простой|стандартн)|普通|一般的|常规", re.I)


async def _compare_sides(view: TurnView, parts: list[str]) -> JourneyResult | None:
    sides = [await _facts(view, part) for part in parts]
    # "ok so jackets. the waterproof ones vs the ones that aren't": the kind is named outside both sides.
    whole = None
    if all(side.parsed.category is None for side in sides):
        whole = (await _facts(view, view.text)).parsed.category
    for i in (0, 1):
        mine, other = sides[i].parsed, sides[1 - i].parsed
        # "Waterproof boots or the ones that aren't?", «водонепроницаемая дешевле обычной?»: a side that names no
        # kind, or only a feature, is of the other side's kind (or the message's).
        fallback = other.category or whole
        featured = _no_kind_named(mine.text) or bool(mine.attributes) or bool(mine.exclude_terms)
        kind = fallback if mine.category is None and featured else None
        # "Decaf coffee or normal coffee?", "充电电池跟普通电池": the side without the other's feature lacks it.
        flags = [k for k, v in other.attributes.items() if v is True and k not in mine.attributes]
        if _PLAIN.search(parts[i]):
            # "the merino ones or the regular ones?", "比普通的贵多少": the plain side lacks the other's qualities.
            flags += [f"{k}={v}" for k, v in other.attributes.items()
                      if isinstance(v, str) and k not in mine.attributes]
        same_kind = (kind or mine.category) == fallback and not any(v is True for v in mine.attributes.values())
        without = flags if same_kind else []
        if mine.category is None and kind is None:
            return None  # a side that names no kind of the store ("что из этого"): the search's guess is no answer
        if kind is not None or without:
            sides[i] = await _facts(view, parts[i], kind, without=without)
    if any(s.facts is None for s in sides):
        return None
    a, b = (s.facts for s in sides)
    assert a is not None and b is not None
    if a.cheapest.product_id == b.cheapest.product_id or a.currency != b.currency:
        return None  # the two parts read as the same thing: nothing to compare
    lo, hi = (a, b) if a.price_min <= b.price_min else (b, a)
    diff = hi.price_min - lo.price_min
    if diff == 0:
        return None  # neither is cheaper: the routed journey shows them
    data: dict[str, Any] = {"lo": dump(lo), "hi": dump(hi), "price_difference": str(diff),
                            "currency": lo.currency}
    hits = [dump(lo.cheapest), dump(hi.cheapest)]
    return JourneyResult(
        intent="compare",
        kind="category_compare",
        data=data,
        facts=[dump(lo), dump(hi), {"price_difference": str(diff), "currency": lo.currency}, {"query": view.text}],
        fact_lines=[f"cheapest {lo.name}: " + hit_line(hits[0]), f"cheapest {hi.name}: " + hit_line(hits[1]),
                    f"difference: {diff} {lo.currency}"],
        events=[products_event(hits)],
        shown=[(int(h["product_id"]), str(h["price"])) for h in hits],
        tools=["category_facts"],
    )
