"""The claims one sentence makes, each typed and placed: a price, a stock count, in or out of stock, a size, a
rating, an order state, a date, a carrier, a tracking code, a number of days, a percentage, a count of options,
or a plain number. Binding them to subjects and checking them is ``agent.grounding.verify``'s job.

Figures are read with the shared parser (knowledge.figures), so "1 299,00 ₽", "¥800", "$119.99", "3–5 days",
"30 дней", "30天", "三十天", "1万" and "10k" mean here what they mean in query understanding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from agent.grounding.locations import SaidPlace, find_places
from knowledge.figures import (
    EN_WORDS,
    NUMBER,
    NUMBER_RE,
    RU_WORDS,
    DateSpan,
    find_dates,
    find_money,
    readings,
    scaled_readings,
    zh_to_int,
)


@dataclass
class Claim:
    kind: str  # money stock_qty stock_flag rating size state date carrier code duration percent count number location
    start: int
    end: int
    text: str
    values: set[Decimal] = field(default_factory=set)
    currency: str | None = None
    word: str = ""  # stock_flag in/out, state name, size label, carrier name, code
    date: DateSpan | None = None
    role: str | None = None  # for dates: expected_delivery, delivered_on, shipped_on, placed_on
    negated: bool = False
    pair: tuple[set[Decimal], set[Decimal]] | None = None  # a range ("3–5 days"): both ends, read together
    qualifiers: tuple[str, ...] = ()  # express / standard / free / return / refund: which figures it may be
    place: SaidPlace | None = None  # a location: the aisle and shelves said (agent.grounding.locations)


_ZH_NUM = "[零〇一二两三四五六七八九十百千]+"
_EN_NUM = "|".join(EN_WORDS)
_RU_NUM = "|".join(RU_WORDS)
# A number as written, digits or words: "3", "1 299,00", "three", "три", "三十", "1万", "10k".
NUMX = (rf"(?:(?<![A-Za-z0-9.,])(?:\d+(?:[.,]\d+)?(?:\s?[kк](?![a-zа-я])|万|千)|{NUMBER_RE})|"
        rf"\b(?:{_EN_NUM})\b|(?<![а-яё])(?:{_RU_NUM})"
        rf"(?![а-яё])|(?<!第){_ZH_NUM})")


def number_values(token: str) -> set[Decimal]:
    t = token.strip().lower()
    if t in EN_WORDS:
        return {Decimal(EN_WORDS[t])}
    if t in RU_WORDS:
        return {Decimal(RU_WORDS[t])}
    if re.fullmatch(_ZH_NUM, t):
        n = zh_to_int(t)
        return {Decimal(n)} if n is not None else set()
    return scaled_readings(t)


_I = re.IGNORECASE
_DAY_UNIT = (r"(?:(?:business|working|calendar)\s+)?(?:days?|weeks?|months?|years?|hours?)\b|"
             r"(?:рабочих\s+|календарных\s+|раб\.\s*)?(?:дн(?:я|ей|ь|\.)|сут\w*|недел\w*|нед\.|месяц\w*|мес\.?(?![а-я])|"
             r"год(?:а)?(?![а-я])|лет(?![а-я])|"
             r"час\w*)|个?工作日|天|周|星期|个月|年(?![\d月])|小时")
_RANGE_SEP = r"\s*(?:–|-|—|to|до|到|至|~|or|или|或)\s*"
_DURATION = re.compile(rf"(?P<a>{NUMX})(?:{_RANGE_SEP}(?P<b>{NUMX}))?(?:\s*-\s*|\s*)(?P<unit>{_DAY_UNIT})", _I)
_PERCENT = re.compile(rf"(?P<a>{NUMX})\s?(?:%|％|percent\b|per cent\b|процент\w*)|百分之(?P<b>{_ZH_NUM}|\d+)", _I)
_COUNT = re.compile(
    rf"(?P<a>{NUMX})\s+(?:[a-z-]+\s+)?(?:options?|products?|items?|results?|choices?|models?|matches|variants?|"
    rf"picks?|suggestions?)\b|"
    # "Нашли 5 шт. подходящих товаров": pieces counted in plural things found (not "41 шт. товара «X»", its stock).
    rf"(?P<l>{NUMX})\s+шт\.?\s+(?:[а-яё]+(?:их|ых)\s+)?(?:вариантов|товаров|моделей|позиций|предложений)|"
    rf"(?P<b>{NUMX})\s+(?:(?!единиц|штук|шт\b|пар[аы]?\b)[а-яё]+\s+)?(?:вариант\w*|товар\w*|модел\w*|позици\w*|"
    rf"предложени\w*)|"
    # "这一款" is "this one", no count.
    rf"(?<![这那每换另])(?P<c>{NUMX})\s*(?:款|[个件](?:相关|匹配|符合条件的|合适的|类似的|不同的)?(?:的)?(?:商品|选择|结果|选项|产品)|"
    rf"种(?:商品|选择)?)|"
    # "搜索结果共5条", "匹配的商品有5件", "相关商品共5款": the results counted after their word.
    rf"(?:结果|(?:匹配|相关|符合条件|搜索到|找到)的?商品)\s*(?:共有|一共有?|总共有?|共|有)\s*(?P<f>{NUMX})\s*"
    rf"(?:条|个|件|款|种)|"
    # "Я подобрал 5 шт.", "нашёл для вас 3 шт.": pieces the assistant picked are the shown list, not stock.
    # "нашлось 5 поз.", "Показываю подходящие позиции, 5 шт.".
    rf"(?:подобрал\w*|наш[её]л\w*|нашлось|найден\w*|отобрал\w*|показал\w*|показыва\w*|выбрал\w*|"
    rf"в (?:выдаче|подборке|результатах(?: поиска)?|списке))(?:\s+подходящ\w+\s+(?:позици\w*|товар\w*))?"
    rf"\s*[—–:,-]?\s*"
    rf"(?:(?:для вас|вам|тебе)\s+)?(?:всего\s+)?(?P<e>{NUMX})\s*(?:шт\.?|штук\w*|поз\.|позици\w*)|"
    # "5 — столько товаров подходит", "5 — that's how many products match": the figure first, then what it counts.
    rf"(?P<g>{NUMX})\s*[—–:-]\s*(?:столько|that's how many|that is how many)\s+(?:[\w-]+\s+)?"
    rf"(?:товар\w*|вариант\w*|позици\w*|результат\w*|options?|products?|items?|results?|matches)|"
    # "Вариантов нашлось: 5", "Matching products: 5", "符合条件的商品：5款"
    # A table's row: "Matching items | 5", "Найдено | 5", "匹配商品 | 5".
    rf"(?:options?|products?|items?|results?|matches|вариант\w*|товар\w*|позици\w*|результат\w*|商品|结果|选择|"
    rf"найдено|нашлось|found)"
    # ("Here's what I found: 77 of the X in stock" counts stock, not results.)
    rf"(?:\s+[\w-]+){{0,2}}\s*[:：|\t]\s*(?P<d>{NUMX})(?![\d.,]?\d)"
    rf"(?!\s+(?:of\s+the|pairs?|units?|pieces?|in stock|шт))|"
    # "Подходящих позиций — 5", "Matching results — 5": a plural count word, a dash, the figure closing the clause.
    # «количество подходящих товаров — 5», «число позиций составляет 5», «Результатов поиска по запросу — 5».
    rf"(?:количество|число)\s+(?:[а-яё]+\s+)?(?:товаров|позиций|вариантов|результатов)\s*(?:[—–:]|составляет|равно)\s*"
    rf"(?P<m>{NUMX})|результатов(?:\s+поиска)?(?:\s+[а-яё]+){{0,3}}\s*[—–:]\s*(?P<n>{NUMX})|"
    rf"\((?:всего|итого|total)\s+(?P<o>{NUMX})\)|"
    # Spoken: "5 in all", "5 in total", "the number of matches is 5", "I pulled up 5, listed below", «подобрала вам
    # варианты, всего их 5», «подходящие товары — всего 5».
    rf"(?<![\d.,])(?P<s>{NUMX})\s+in\s+(?:all|total)\b|"
    rf"\bnumber of (?:matches|results|options|items|products|hits)\s+(?:is|was|:)\s*(?P<t>{NUMX})|"
    rf"\b(?:i'?ve got|i pulled up|i found|i'?ve found|came up with|turned up)\s+(?P<u>{NUMX})"
    rf"(?=\s*(?:[,.;:!]|$)|,?\s+(?:listed|here|below|for you))|"
    rf"(?:вариант\w*|товар\w*|позици\w*)[^.;!?]{{0,30}}?всего\s+(?:их\s+)?(?P<v>{NUMX})(?=\s*(?:[.;!,]|$))|"
    # «Количество товаров, соответствующих Вашему запросу, составляет 5», «товары в количестве 5 ед.», «перечень
    # подходящих товаров, общее количество — 5»: the formal register names the count after a clause.
    # «Совпадений с запросом: 5», «товаров по запросу — 5», «Количество товаров, соответствующих запросу, — 5».
    rf"(?:совпадений|товаров|позиций|вариантов|результатов)\s+(?:с|по)\s+(?:вашему\s+)?запрос\w*\s*[—–:]\s*"
    rf"(?P<z>{NUMX})|(?:количество|число)\s+(?:товаров|позиций|вариантов|результатов),[^.;!?]{{0,60}}?,\s*[—–]\s*"
    rf"(?P<Z>{NUMX})|"
    rf"(?:количество|число)\s+(?:товаров|позиций|вариантов|результатов)[^.;!?]{{0,60}}?\s(?:составляет|равно)\s+"
    rf"(?P<p>{NUMX})|(?:товар\w*|позици\w*|вариант\w*)\s+в\s+количестве\s+(?P<q>{NUMX})|"
    rf"(?:товар\w*|позици\w*)[^.;!?]{{0,40}}?общее\s+количество\s*[—–:]\s*(?P<r>{NUMX})|"
    rf"(?:вариантов|товаров|позиций|результатов|совпадений|options|products|items|results|matches)\s*[—–]\s*"
    rf"(?P<k>{NUMX})(?=\s*(?:[.!;:：,]|$))|"
    # Spoken: "there's 5 on the system that match", "I've got 5 coming up that match what you asked for".
    rf"(?<![\d.,$])(?P<w>{NUMX})\s+(?:[a-z']+\s+){{0,4}}?(?:(?:that|which)\s+)?(?:match|fit)(?:es)?\b(?!\s+(?:in|on))|"
    # «Подобрали для вас варианты, их 5», "符合您要求的商品一共5个": the count after its things.
    rf"(?:вариант\w*|товар\w*|позици\w*)[^.;!?]{{0,30}}?(?<![а-яё])их\s+(?P<x>{NUMX})(?=\s*(?:[.;!,]|$))|"
    rf"符合(?:您的?)?(?:要求|条件|需求)的?(?:商品|产品|宝贝)\s*(?:(?:一共|总共|共)(?:有)?|有)\s*"
    rf"(?P<y>{NUMX})\s*(?:个|件|款|种)", _I)
_STOCK_QTY = re.compile(
    rf"(?P<a>{NUMX})\s+(?:(?:pairs?|units?|pieces?|pcs|items?|of them)\s+)?(?:are\s+)?(?:still\s+)?"
    rf"(?:left|remaining|in stock|available|on hand|(?:sitting )?on (?:the|our) shel(?:f|ves)|"
    rf"in (?:the |our )?(?:store|shop|warehouse))\b|"
    rf"(?:we have|we've got|we hold|we still have|we carry|there are|there's|only|just)\s+(?P<b>{NUMX})\s+"
    rf"(?:pairs?|units?|pieces?|pcs|left|of (?:the|them|these|those)|in stock|on hand)\b|"
    # "Stock: 41", "stock level is 12", "остаток — 5": a stock figure named by its word.
    rf"\bstock(?:\s+(?:level|count))?\s*(?:[:：]|is|of|at)?\s*(?P<h>{NUMX})(?![\d.,]\d)|"
    # "qty on hand: 45", "Quantity: 12", "количество: 5", "数量：5": a count named by its word and a colon.
    rf"(?:\bqty|\bquantity|\bunits|\bon hand|количество|кол-во|数量)(?:\s+(?:on hand|in stock|available))?\s*[:：]\s*"
    rf"(?P<j>{NUMX})(?![\d.,]\d)|"
    rf"остат(?:ок|ка|ки)\s*(?:[:—–-]|составляет)?\s*(?P<i>{NUMX})|"
    rf"(?P<c>{NUMX})\s+(?:units?|pieces?|pcs)\b|"
    # "77 of the Pixelon Edge Pro cable in stock": the count, the product, then "in stock".
    rf"(?<![\d.,])(?P<l>{NUMX})\s+of\s+the\s+[^.;!?]{{1,100}}?\s+(?:in stock|left|on hand)\b|"
    rf"(?:в наличии|осталось|остался|осталась)\s*:?\s*(?:всего\s+|только\s+)?(?P<d>{NUMX})\s*"
    rf"(?:шт\.?|штук\w*|пар\w*|единиц\w*)?|"
    # «есть 5 шт.» is stock; a bare «есть 40» is as often a size («По размерам: у X есть 40»).
    rf"(?<![а-яё])есть\s*:?\s*(?:всего\s+|только\s+)?(?P<k>{NUMX})\s*(?:шт\.?|штук\w*|пар\w*|единиц\w*)|"
    rf"(?P<e>{NUMX})\s*(?:шт\.?|штук\w*|пар\w*|единиц\w*)(?:\s+в наличии)?|"
    rf"(?:有货|库存|现货|仅剩|还剩|剩余|剩下|只剩|还有)\s*[:：]?\s*(?P<f>{NUMX})\s*(?:件|个|双|台|套)?|"
    rf"(?P<g>{NUMX})\s*(?:件|双|台|套)(?:库存|现货|有货)?", _I)
_RATING = re.compile(
    r"(?P<a>\d(?:[.,]\d)?)\s*-?\s*(?:/\s*5|out of 5|stars?|★|звезд\w*|балл\w*(?:\s+из\s+5)?|из 5|星|分(?!钟))|"
    r"(?:rated|rating(?: of)?|рейтинг\w*|оценк\w*|评分|评级)\s*[:：]?\s*(?P<b>\d(?:[.,]\d)?)"
    r"(?:\s*(?:/\s*5|out of 5|из 5|stars?|звезд\w*|星|分(?!钟)))?", _I)
_SIZE_ONE = r"(?:\d{1,2}(?:[.,]5)?|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)"
_SIZE = re.compile(
    # "Size information for the X: 3XL is offered", "Size details for X: M": a label line naming the product.
    rf"\bsize\s+(?:information|info|details|availability)\b[^.!?;]{{0,120}}?[:：]\s*"
    rf"(?P<info>{_SIZE_ONE}(?:\s*(?:,|and|or|/)\s*{_SIZE_ONE})*)(?![A-Za-z0-9])|"
    # "Sizes for the X include 3XL", "Размерный ряд X включает 3XL": the list after its verb, the name between.
    rf"(?:\bsizes?\b|размер\w*)\s*:?[^.!?;:]{{0,120}}?"
    rf"(?:\binclude[sd]?|\bincluding|\bcome in|\bare|\bthere(?:'s|’s| is)|"
    rf"включа\w*|есть)\s*[:：]?\s*(?:an?\s+)?(?P<inc>{_SIZE_ONE}(?:\s*(?:,|and|or|и|или|/)\s*{_SIZE_ONE})*)(?![A-Za-z0-9А-Яа-яЁё])|"
    # "X有XXS这个尺码": the label, then "this size".
    rf"(?<![A-Za-z0-9])(?P<this>\d{{2}}(?:\.5)?|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)\s*(?:这个|这一|这种|这款)\s*(?:尺码|码)|"
    rf"(?:\bsizes?\b|размер\w*|尺码|码数|鞋码|欧码)\s*(?:里面?|中)?(?:[:：]|有|为|是|包括|包含|可选)?\s*(?P<list>{_SIZE_ONE}(?:\s*(?:,|and|or|и|или|/|、|和|或)\s*"
    rf"{_SIZE_ONE})*)(?![A-Za-z0-9А-Яа-яЁё])|"
    # "comes in a 42", "в 42 размере", "45-го размера": the label before its word, or after "in a".
    rf"\bin an?\s+(?P<ina>\d{{2}}(?:[.,]5)?|XXS|XS|XL|XXL|XXXL|[2-5]XL)(?![\w%-]|[.,]\d|"
    rf"\s*[-–]?\s*(?:days?|weeks?|hours?|minutes?|months?|years?|percent|packs?|pieces?|pcs|units?|items?|ml|"
    rf"cm|mm|kg|l\b|g\b))|"
    rf"\bin\s+(?P<inx>XXS|XS|XL|XXL|XXXL|[2-5]XL)\b|"
    # "the size options ... XXS is one of them", "if you need a XXS, the X is offered in that size".
    rf"\bsizes?\b[^.!?;]{{0,120}}?(?<![\w.,])(?P<them>{_SIZE_ONE})\s+is\s+one\s+of\s+them\b|"
    # "for the X, 3XL is one of the size options": the list named after the label.
    rf"(?<![\w.,])(?P<opt>{_SIZE_ONE})\s+is\s+(?:one\s+of\s+the|among\s+the|in\s+the)\s+(?:available\s+)?"
    rf"(?:size\s+options|sizes(?:\s+(?:on offer|available|we (?:carry|have|stock)))?)\b|"
    rf"\b(?:need|want|wear|take)\s+(?:an?\s+|size\s+)?(?P<need>\d{{2}}(?:[.,]5)?|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)"
    rf"(?![\w%-])(?=[^.!?]{{0,120}}\b(?:in|of) (?:that|this) size)|"
    # "does it come in 37", "XL is one of its sizes", "есть 38 у X": a size asked about or said to exist.
    rf"\bcomes?\s+in\s+(?:size\s+)?(?P<cin>\d{{2}}(?:[.,]5)?|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)(?![\w%-]|[.,]\d)|"
    rf"(?<![\w.,])(?P<one>\d{{2}}(?:[.,]5)?|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)\s+is\s+(?:one of (?:its|the|their) sizes|"
    rf"(?:an?\s+)?(?:available|offered|stocked)\s+size)\b|"
    rf"(?<![а-яё])есть\s+(?P<est>\d{{2}}(?:[.,]5)?|XXS|XS|XL|XXL|XXXL|[2-5]XL)(?:-?(?:й|го))?\s+(?:размер\w*\s+)?у\s|"
    rf"(?<![\w.,])(?P<pre>\d{{2}}(?:[.,]5)?|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)(?:-?(?:й|го|м|ом))?(?:\s+|-)"
    rf"размер(?:е|а|у)?(?![а-яё])|"
    rf"(?<![A-Za-z0-9])(?P<zh>\d{{2}}(?:\.5)?|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)\s*"
    rf"(?:的)?(?:尺码|码数|码|号(?![a-z\d]|通道|货架|楼|店|订单|门|线))", _I)
# Colours in en/ru/zh, each under one English name (the catalog's attribute values are English).
COLOURS: dict[str, tuple[str, str, str]] = {
    # name: (English, Russian stem with its endings, Chinese)
    "red": ("red", "красн", "红色"), "blue": ("blue", "син(?:ий|яя|ее|ие|его|ей|ем|юю|им|их)|голуб", "蓝色"),
    "green": ("green", "зел[её]н", "绿色"), "black": ("black", "ч[её]рн", "黑色"),
    "white": ("white", "бел(?:ый|ая|ое|ые|ого|ой|ом|ую|ых)", "白色"),
    "grey": ("gr[ae]y", "сер(?:ый|ая|ое|ые|ого|ой|ом|ую|ых)", "灰色"),
    "brown": ("brown", "коричнев", "棕色|褐色|咖啡色"), "orange": ("orange", "оранжев", "橙色"),
    "yellow": ("yellow", "ж[её]лт", "黄色"), "pink": ("pink", "розов", "粉色|粉红色"),
    "purple": ("purple|violet", "фиолетов", "紫色"), "beige": ("beige", "бежев", "米色|米黄色"),
    "navy": ("navy", "темно-син", "藏青色|海军蓝"), "silver": ("silver", "серебрист", "银色"),
}
_COLOUR_RE = [(name, re.compile(rf"(?<![A-Za-z])(?:{en})(?![A-Za-z])|(?<![а-яё])(?:{ru})[а-яё]*|{zh}", _I))
              for name, (en, ru, zh) in COLOURS.items()]


def colour_forms(name: str) -> re.Pattern[str]:
    """Every way a colour is written, for finding it in a product's own texts."""
    return dict(_COLOUR_RE)[name]


_CODE = re.compile(r"(?<![\w-])(?<!\d[.,])(?!(?:USD|US|EUR|GBP|RUB|CNY|RMB|JPY|CAD|AUD|HKD|CHF|INR)\d)"
                   r"(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{5,}(?![\w-])|"
                   r"(?<![\d.,])\d{9,}(?![\d.,])")
# How to write something ("the last 4 digits of the phone"): a format, not a fact of the store.
_INPUT_FORMAT = re.compile(
    r"(?:last|first|последн\w*|первы\w*|后|前)\s*\d{1,2}\s*(?:digits?|characters?|цифр\w*|символ\w*|位)", _I)
# A number counting the reply's own words or the shopper's time ("2 quick notes", "3 things to check", "in 2
# minutes", "пара моментов: 2 совета", "3个建议"): nothing the store's facts could make true or false.
_DISCOURSE_COUNT = re.compile(
    rf"(?P<n>{NUMX})\s+(?:[a-z]+\s+)?(?:tips?|notes?|things?|reasons?|ways?|questions?|steps?|points?|ideas?|"
    r"details?|remarks?|minutes?|seconds?|clicks?)\b|"
    rf"(?P<r>{NUMX})\s+(?:[а-яё]+\s+)?(?:совет\w*|замечани\w*|момент\w*|вопрос\w*|шаг\w*|причин\w*|способ\w*|"
    r"пункт\w*|минут\w*|секунд\w*|клик\w*)|"
    rf"(?P<z>{NUMX})\s*(?:个建议|条建议|点建议|个问题|个步骤|步|分钟|秒钟?|个小贴士|点提示|条提示)", _I)
_LIST_MARKER = re.compile(r"(?m)^\s*\d{1,2}[.)]\s")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\b|\d+-?(?:й|я|е|го|му|м|ой|ая|ое)(?![а-я])|第\s?\d+|#\s?\d{1,2}\b|"
                      r"(?:segment|блок|环节|option|вариант)\s*\d{1,2}\b", _I)
# Out of stock, in its many wordings. An in-stock word right after an out-of-stock one is part of it ("закончился
# на складе" is out of stock, not "на складе"); "back in stock soon" says it is not in stock now.
_STOCK_PLACE = r"(?:\s+(?:на складе|в наличии|в продаже|в магазине|in stock|at the moment|right now|for now))?"
_OUT_OF_STOCK = re.compile(
    r"(?:out[- ]of[- ]stock|not in stock|(?<!almost )(?<!nearly )sold[- ]out|"
    r"(?:don't|do not) have any (?:left|in stock)|unavailable|not available|"
    r"(?:isn't|aren't|wasn't|is not|are not) (?:currently |presently |yet |now )?(?:available|in stock)|"
    # "Товара «X» сейчас нет.": "there is none now" closing the clause.
    r"(?<![а-яё])(?:сейчас|пока|уже|временно|больше|в магазине|на складе) нет(?=\s*(?:[.!;,]|$))|\b(?:no|zero) stock\b|"
    r"no longer (?:available|in stock|sold|carried|stocked)|(?:have|has|'ve|had) (?:just )?run out|"
    r"\b(?:we|they|it) (?:just )?ran out|none (?:are |is )?(?:left|in stock|available|on hand)|"
    r"nothing (?:left|available)|"
    r"\bwe(?:'re| are) (?:all |completely |currently )?out\b(?! of)(?=\s*(?:atm|rn|right now|now|at the moment|for now|"
    r"[.,;!]|$))|"
    r"\bshowing (?:nothing|none|zero)\b|"
    r"no (?:more |units |pairs |pieces )?(?:left|in stock)|"
    r"(?:we're|we are) (?:all |completely |temporarily |currently )?out of (?!\d|time)|all gone|"
    r"(?:(?:will|should) be |expected |coming )back in stock|back in stock (?:soon|shortly|next)|"
    r"restock(?:ed|ing)? (?:soon|shortly|next)|awaiting (?:a )?restock|"
    r"нет в наличии|в наличии нет|нет на складе|на складе нет|нет в продаже|закончил\w*|кончил\w*|распродан\w*|"
    r"раскуп\w*|распродал\w*|не осталось|ничего не осталось|отсутству\w*|недоступ\w*|снят\w* с продажи|"
    r"(?:его|её|ее|их|товара) (?:сейчас |пока |уже |больше |временно )?нет(?![а-яё])(?! в наличии)|"
    r"(?:скоро|снова|вновь|опять) (?:появ\w*|поступ\w*|будет в наличии)|"
    r"ожида\w* поступлени[а-яё]*(?![а-яё])(?! (?:оплат|денег|средств))|"
    r"缺货|无货|没有货|没货|(?<!快)(?<!快要)售罄|无库存|没有库存|暂无库存|(?<!快)(?<!快要)卖完|卖光|售完|断货|已下架|无现货|没有现货|"
    r"(?<!不需要)(?<!无需)(?<!不用)(?<!不必)等待补货|补货中|预计补货|(?:暂|暂时)?不可(?:售|购买)|(?:不能|无法)购买|买不到|(?:被)?抢光|(?:暂时)?没有了|停售|暂停销售|"
    r"库存为(?:零|0)(?![\d.])|不在售|"
    # "一件库存都没有", "一双都没有了": not a single one left.
    r"(?:一|1)\s*(?:件|个|双|台|套|只|瓶|包|盒)(?:库存|现货|存货)?(?:都|也)(?:没有|没)了?|"
    # "на складе пусто", "остаток нулевой", "Наличие X: нет", "fresh out of", "zero units of X".
    r"(?<![а-яё])пусто(?![а-яё])|(?:已经?|都)?(?:清空|卖空)|"
    r"(?:остаток|остатки|запас)\s+(?:сейчас\s+|на складе\s+|по складу\s+){0,2}(?:нулев\w*|равен нулю)|"
    r"库存没(?:有)?了|没库存了|库存清零|"
    r"(?<=[:：])\s*нет(?=\s*(?:[.!;,]|$))|\bfresh out of\b|\bnot avail\.|"
    # A table's stock cell answered no: "X | USD 5.99 | нет", "X\t无".
    r"(?<=[|\t])\s*(?:нет|no|none|无|没有|否)(?=\s*(?:[|\t]|$))|\bzero (?:units?|pieces?|pairs?|items?)\b|"
    # Back-ordered: it can be ordered but is not on hand ("it's back-ordered", "on backorder", "под заказ").
    r"\bback[- ]?order(?:ed)?\b|"
    # A field answered no: "In stock: no", "Available: no", "有货：否".
    r"\b(?:in[- ]stock|available|availability)\s*[:：]\s*(?:no|none)\b(?!\s+(?:longer|more)\b)|"
    r"(?:有货|现货|有库存)\s*[:：]\s*(?:否|无|没有)|(?<![а-яё])(?:только\s+)?под заказ(?![а-яё])|预订中|需预订)"
    + _STOCK_PLACE, _I)
# "We have no Trailmark tent left"; texted: "No Courtside Football in stock rn" ("No, it is in stock" is a yes).
_HAVE_NONE = re.compile(r"\b(?:have|has|got|there(?:'s| is| are))\s+no\s[^.!?;]{1,90}?\b(left|in stock|available)\b|"
                        r"^\W*(?:no|zero)\s(?!worries|problem|prob\b|doubt)"
                        r"(?:(?!\b(?:is|are|was|were|do|does)\b)[^.!?;,]){1,90}?\b(left|in stock|available)\b")
_STOCK_GAP = re.compile(r"[\s:：,，—–-]*(?:уже\s*|已经|已|都|全部|均|暂时|目前)?[\s:：]*")
_IN_STOCK = re.compile(
    r"in[- ]stock|available (?:now|today|to (?:buy|order|purchase)|for (?:purchase|pickup|pick-up|order))|"
    # Few left is still in stock: "only a few left", "осталось мало", "库存紧张".
    r"(?:only )?a few left|last few|limited stock|low (?:in )?stock|selling fast|(?:almost|nearly) sold out|"
    r"осталось (?:совсем |очень )?мало|мало осталось|последние (?:штуки|пары|экземпляры)|заканчива\w*|"
    r"仅剩少量|少量现货|库存紧张|所剩无几|快(?:要)?(?:卖完|售罄)|"
    r"(?:is|are) (?:now |currently |still )?available|on hand(?! to\b)|ready to ship|ships? (?:today|right away)|"
    r"(?<=\S )available(?=\s*(?:[.!]|$))|"
    r"(?:can|could) be (?:picked up|collected|bought|ordered) (?:today|right now|now)|"
    r"(?:can|could) (?:buy|order|purchase|grab|pick up)(?=[^.!?]{0,90}\b(?:right now|now|today)\b)|"
    r"в наличии|в продаже|на складе|есть в магазине|имеется|"
    r"(?<![а-яё])доступ\w* (?:для|к) (?:заказу|заказа|покупке|покупки)|"
    r"ships? from stock|\b(?:available|availability)\s*[:：]\s*yes\b|(?<!not )\bavail\.|"
    r"(?<=[|\t])\s*(?:есть|да|yes|有|是)(?=\s*(?:[|\t]|$))|"
    r"можно (?:купить|забрать|заказать)(?=[^.!?]{0,40}(?:сейчас|сегодня))|"
    r"(?:сейчас|сегодня) можно (?:купить|забрать)|"
    r"well[- ]stocked|in good supply|plenty (?:of (?:them|it|units) )?(?:left|available|on hand)|"
    r"в достатке|(?<![а-яё])есть(?=\s*(?:[,.;!—–]|$))|(?:库存|现货|货源|货量|备货)(?:很|十分|非常)?(?:充足|充裕|充沛)|"
    r"(?:不需要|无需|不用|不必)等待?补货|有货|有库存|有存货|库存是有的|现货|在售|可售|(?:可以|可|能|就能|就可以)(?:直接|立即|马上|立刻|现在)(?:购买|下单|买)|"
    r"现在就(?:可以|能)(?:购买|下单|买)|(?:今天|现在|当天|马上|随时)(?:就)?(?:能|可以|可)(?:直接)?(?:买到|购买|下单|提货|取货|发货)|"
    r"(?:能|可以)(?:马上|立即|立刻)?(?:买到|提货|取货)", _I)
STATE_WORDS: dict[str, tuple[str, ...]] = {
    "pending": ("pending", "awaiting payment", "waiting for payment", "waiting on payment", "payment pending",
                "unpaid", "ожидает оплаты", "ждёт оплаты", "ждет оплаты", "в ожидании оплаты",
                "в статусе ожидания оплаты", "в обработке",
                "待付款", "待处理", "未付款", "处理中", "没有付款", "没付款", "尚未付款", "待支付", "等待付款",
                "等待支付"),
    "paid": ("paid", "payment has been received", "payment was received", "payment received", "payment confirmed",
             "оплачен", "оплата получена", "оплата поступила", "оплата прошла", "已付款", "已支付", "已经付款",
             "款项已经收到", "款项已收到", "已收到款项", "已收到付款",
             "已经支付", "付款成功", "支付成功"),
    # Chinese: only the perfective forms (已/已经…): a bare 送达 is also "expected to arrive" (预计送达).
    "shipped": ("shipped", "dispatched", "has been sent", "was sent out", "выслан", "已发出", "on its way",
                "on the way", "in transit", "out for delivery", "left our warehouse", "handed to the carrier",
                "handed over to the carrier", "отправлен", "в пути", "отгружен", "уже едет", "едет к вам",
                "передан в службу доставки", "передан в доставку", "передан курьеру", "передан перевозчику", "已发货",
                "已经发货", "已寄出", "已经寄出", "运输中", "在途", "配送中", "派送中", "正在配送", "正在派送",
                "已出库", "已揽收", "已离开我们的仓库", "已离开仓库", "正在把它送往"),
    "delivered": ("delivered", "arrived", "a completed delivery",
                  "handed over to you", "reached you", "been received by you", "доставлен",
                  "доставили", "вручен", "вручён", "вручили", "уже у вас", "получен вами", "已送达", "已经送达",
                  "已签收", "已经签收", "已交付", "已经交付", "已妥投", "已收货"),
    "returned": ("returned", "came back to us", "back with us as a return", "получен нами обратно",
                 "получен обратно", "в качестве возврата", "принят обратно", "приняли обратно", "принят назад",
                 "came back as a return", "sent back to us", "was sent back",
                 "возвращён", "возвращен", "вернулся к нам", "вернулся на склад", "пришёл обратно", "пришел обратно",
                 "оформлен как возврат", "оформлен возврат", "возврат оформлен", "已退货", "已经退货", "已退回",
                 "已经退回", "退货完成"),
    "cancelled": ("cancelled", "canceled", "voided", "called off", "отменён", "отменен", "отменили", "аннулирован",
                  "已取消", "已经取消", "被取消", "已作废", "已撤销"),
}
# Chinese says "not yet shipped" in one word ("未发货", "还没发货"): the state, negated.
_NEGATED_STATE_WORDS: dict[str, tuple[str, ...]] = {
    "shipped": ("未发货", "没发货", "没有发货", "还没发货", "尚未发货", "还未发货"),
    "delivered": ("未送达", "没送达", "没有送达", "还没送达", "尚未送达", "还未送达", "未签收", "没有签收", "还没签收",
                  "尚未签收", "还没到"),
}
_STATE_FORMS = sorted([(w, state, False) for state, ws in STATE_WORDS.items() for w in ws]
                      + [(w, state, True) for state, ws in _NEGATED_STATE_WORDS.items() for w in ws],
                      key=lambda x: -len(x[0]))
# The same states as phrases are built, not as fixed strings: people say "is waiting for your payment", "is out
# with the carrier", "已经送到您手上了", "ждёт вашей оплаты". Read before the fixed words; the first reading of a span
# wins. (state, negated, pattern)
_STATE_PHRASES: list[tuple[str, bool, re.Pattern[str]]] = [(state, neg, re.compile(p, re.I)) for state, neg, p in [
    # -- en
    ("returned", False, r"\breturned\b|\bcame back\b|\bsent back\b|\b(?:processed|closed|received back|booked|"
                        r"marked|logged|handled|registered)(?:\s+(?:in|on|into)\s+(?:the|our)\s+\w+)? as a return\b|"
                        r"\breceived back\b|"
                        r"\breturn (?:has been |was )?(?:processed|completed|received)\b"),
    ("cancelled", False, r"\bcancell?ed\b|\bvoided\b|\bcalled off\b|\bno longer active\b|\bannulled\b|"
                         r"\bwithdrawn\b"),
    ("pending", False, r"\b(?:await|wait)(?:s|ing)?\s+(?:for\s+|on\s+)?(?:your\s+|ur\s+|the\s+|a\s+)?payment|"
                       r"\bpayment\b[^.!?;]{0,20}?\b(?:is\s+|still\s+)*(?:pending|outstanding|due|awaited|required)\b|"
                       r"\bon hold\b[^.!?;]{0,20}\bpayment\b|\buntil\s+(?:the\s+|your\s+)?payment\b|"
                       r"\b(?:needs|requires)\s+(?:your\s+|a\s+)?payment\b|\bunpaid\b"),
    ("paid", False, r"\bpayment\s+(?:has\s+been\s+|was\s+|is\s+)?(?:received|confirmed|accepted|processed|completed|"
                    r"went through|cleared)\b|\bpaid\s+(?:for|in full)\b"),
    # Being packed says it has not left yet: read as "not shipped" (true of a paid order, false of a delivered one).
    ("shipped", True, r"\b(?:being|been)\s+(?:prepared|packed|picked and packed)(?:\s+for\s+(?:shipping|shipment|"
                      r"dispatch))?\b|\b(?:preparing|packing)\s+(?:it|your order|the order)\b|"
                      r"\bawaiting (?:shipment|dispatch)\b"),
    ("shipped", False, r"\bin transit\b|\bon (?:its|the|their) way\b|\ben route\b|\bout for delivery\b|"
                       r"\b(?:out\s+)?with the (?:carrier|courier)\b|"
                       r"\b(?:handed|passed|given)\s+(?:it\s+)?(?:over\s+)?to\s+(?:the\s+)?(?:carrier|courier|shipping)|"
                       r"\bpicked up by (?:the )?(?:carrier|courier)|\bleft (?:our|the) (?:warehouse|facility|store)\b|"
                       r"\b(?:has|have|was|been|were)\s+(?:already\s+)?(?:sent|mailed|posted)(?:\s+out)?\b|"
                       r"\b(?:dispatched|shipped)\b|\btravell?ing to you\b|\bheading (?:your way|to you)\b"),
    ("delivered", False, r"\bdelivered\b|\b(?:has|have|had)\s+(?:already\s+)?arrived\b|\barrived\b|"
                         r"\breached you\b|\b(?:got|made it)\s+to you\b|\bin your hands\b|"
                         r"\bhanded\s+(?:it\s+)?(?:over\s+)?to you\b|"
                         r"\bsigned for\b|\b(?:you(?:'ve| have)?\s+)(?:already\s+)?(?:received|got) it\b|"
                         r"\bdropped off\b|\bleft at your (?:door|address)"),
    # -- ru
    ("pending", False, r"(?<![а-яё])(?:ожидает|ожидают|жд[её]т|ждут|жд[её]м)\s+(?:[а-яё]+\s+){0,2}оплат[а-яё]*|"
                       r"(?:нужно|необходимо|надо)\s+оплатить|требу(?:ет|ется)\s+оплат[аы]|"
                       r"оплат[а-яё]*\s+(?:ещё\s+|еще\s+|пока\s+)?не\s+(?:поступил|получен|прошл|внесен)[а-яё]*|"
                       # «платёж по нему пока не поступил»
                       r"плат[её]ж\w*\s+(?:[а-яё]+\s+){0,3}?(?:ещё\s+|еще\s+|пока\s+)?не\s+(?:поступил|получен|прош[её]л)\w*|"
                       r"после\s+оплаты|"
                       r"(?<![а-яё])не\s+(?:был\s+)?оплачен[а-яё]*|неоплачен[а-яё]*|(?<![а-яё])без\s+оплаты|"
                       r"оплат[а-яё]*\s+по\s+н(?:ему|ей)\s+(?:ещё\s+|еще\s+|пока\s+)?не\s+(?:поступил|прошл)[а-яё]*|"
                       r"жд[её]т,?\s+(?:когда|пока)\s+(?:поступит|придёт|придет|пройдёт|пройдет)\s+оплат[а-яё]*"),
    ("paid", False, r"(?<![а-яё])(?<!не )оплачен[а-яё]*|получили\s+(?:вашу\s+)?оплату|"
                    r"оплат[а-яё]*\s+(?:успешно\s+)?(?:получен|поступил|прошл|"
                    r"подтвержд)[а-яё]*"),
    ("shipped", True, r"(?<![а-яё])(?:собирается|собираем|собирают|упаковыва[а-яё]*|комплектуется|"
                      r"готов(?:ится|им|ят)\s+к\s+отправке|ожидает\s+отправки|ждёт\s+отправки|ждет\s+отправки)"),
    ("returned", False, r"статус\w*\s*[:—–-]?\s*[«\"„“]?\s*возврат(?![а-яё])|"
                        r"возвращ[её]н[а-яё]*|вернул[а-яё]*\s+(?:к нам|на (?:наш\s+)?склад|обратно|в магазин)|"
                        r"оформлен[а-яё]*\s+(?:как\s+)?возврат|возврат\s+(?:уже\s+)?(?:оформлен|принят|получен|"
                        r"заверш[её]н)|приняли\s+возврат|прош[её]л\w*\s+возврат|оформлен\w*\s+на\s+возврат|вы\s+(?:его\s+|её\s+|ее\s+|заказ\s+)?вернули|пришл?[её]?л?\s+обратно|"
                        r"пришло обратно|пришла обратно"),
    ("shipped", False, r"отправ(?:лен(?!и[яеюй])|или)[а-яё]*|(?<![а-яё])в пути|(?<![а-яё])(?:уже\s+)?едет|"
                       r"(?:передан|передали)[а-яё]*\s+(?:в\s+)?(?:службу доставки|доставку|курьер|перевозчик|"
                       r"транспортн)[а-яё]*|отгруж(?!ать)[а-яё]*|выслан[а-яё]*|покинул[а-яё]*\s+склад|уехал[а-яё]*|"
                       r"доставляется|в доставке|(?<![а-яё])вез(?:[её]т|ут|[её]м)(?![а-яё])|уш[её]л\s+со\s+склада"),
    ("delivered", False, r"доставлен(?!и[яеюй])[а-яё]*|доставили|вруч[её]н(?!и[яеюй])[а-яё]*|вручили|"
                         r"(?<![а-яё])(?:уже\s+)?у вас(?![а-яё])|"
                         r"получен[а-яё]*\s+вами|(?<!платёж )(?<!платеж )(?<![а-яё])(?:получен|выдан)(?![а-яё])|"
                         r"доставка\s+(?:успешно\s+)?завершена|вы\s+(?:уже\s+)?(?:его\s+|её\s+|ее\s+|заказ\s+)?получили|привезли"),
    ("cancelled", False, r"отмен[её]н[а-яё]*|отменили|аннулирован[а-яё]*|снят\w*\s+с\s+оформлени\w*|"
                         r"отмена\s+(?:заказа\s+)?(?:подтвержден|"
                         r"оформлен)[а-яё]*"),
    # -- zh (the perfective 已/了 forms; a bare verb is often a plan: "预计送达")
    ("pending", False, r"(?:待|等待|等候|正在等待|正等待|等)(?:您|你)?(?:的)?(?:付款|支付)|"
                       r"(?:未|没|还没|尚未|还未|没有)(?:有)?(?:完成)?(?:付款|支付)|"
                       # "还没收到付款": the payment has not come in
                       r"(?:未|没|还没|尚未|还未|没有)(?:有)?收到(?:您的)?(?:付款|款项|货款)"),
    ("paid", False, r"(?:已|已经)(?:完成)?(?:付款|支付)|(?:付款|支付)(?:已)?(?:成功|完成)|"
                    r"(?:款项|货款|付款)(?:已|已经)?收到(?:了|啦)?|(?:已|已经)收到(?:您的)?(?:款项|货款|付款)|"
                    # "已经付过款了": paid, said with 过
                    r"(?:已|已经)?付过款"),
    ("shipped", True, r"正在备货|备货中|正在打包|打包中|待发货|等待发货|准备发货|正在准备发货"),
    ("shipped", False, r"(?:已|已经)(?:发货|寄出|发出|出库|揽收|交(?:给|由)(?:快递|物流|承运商))|"
                       r"(?<![未没])发货了|(?:已|已经)?揽件|(?:运输|配送|派送|送货)(?:途)?中|在(?:运输|配送)?途中|(?:正)?在路上|正在(?:配送|派送|运输)|待收货"),
    ("delivered", False, r"(?:已|已经)(?:被|成功|妥妥|顺利|安全)?(?:被)?(?:送达|送到|签收|妥投|交付|收货|"
                         r"收到(?!(?:您的)?(?:款项|货款|付款)))|"
                         r"送到(?:了)?(?:您|你)(?:的)?手上|(?:已|已经)到(?:了|达)(?!账)|(?<![未没])(?:签收|送达)了|"
                         r"(?:已|已经)完成(?:配送|派送|交付|签收)|(?:已|已经)(?:妥善)?送(?:货|到)?上门|(?:已|已经)妥善送达|"
                         r"(?:您|你)(?:已经|已)?(?:收到|签收)了|"
                         # "已由收件人签收", "已经由您本人签收": signed for, by whom
                         r"(?:已|已经)由(?:收件人|收货人|您|你|本人|客户)(?:本人)?(?:签收|收货)"),
    ("returned", False, r"(?:已|已经)(?:被|作|做)?(?:办理|完成)?(?:了)?(?:退货|退回)|"
                        r"作为退货(?:收回|退回|处理|入库|回到)|"
                        r"退货(?:已经?)?(?:完成|成功|办理完|处理完|入库)|"
                        r"(?:作|做)退货处理"),
    ("cancelled", False, r"(?:已|已经|被)(?:被)?(?:取消|作废|撤销|关闭)|取消(?:掉)?了|交易关闭|订单关闭"),
]]
# "will be delivered" says the order has not reached that state yet: read like a negation.
_FUTURE = re.compile(r"(?:\bwill(?: be)?|\bshould be|\bis expected to be|\bto be|\bбудет|\bскоро будет|"
                     r"将|将会|即将)\s*$", _I)
# "not currently in stock", "не всегда в наличии", "不再有货": a word or two may stand between.
_NEGATION = re.compile(r"(?:\bnot|n't|\bnever|\bno|\byet to|\bне|\bещё не|未|没|还没|尚未|没有|不|无法)\s*"
                       r"(?:(?:been|be|yet|currently|presently|always|ещё|сейчас|пока|всегда|再)\s*){0,2}$",
                       _I)
CARRIERS = ("ups", "usps", "fedex", "dhl", "dpd", "gls", "tnt", "royal mail", "canada post", "сдэк", "cdek",
            "почта россии", "boxberry", "sf express", "顺丰", "中通", "圆通", "申通", "韵达", "京东物流", "ems")
_DATE_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("delivered_on", re.compile(
        r"delivered|arrived|received|got it|handed (?:it )?over(?! to the (?:carrier|courier))|handed (?:it )?to you|"
        r"signed for|dropped off|reached you|came on|confirmed delivery|"
        r"передал\w*\s+(?:вам|лично)|"
        r"доставлен\w*|доставили|вручен\w*|вручён\w*|вручил\w*|получил\w*|получен\w*|выдан\w*|отдал\w*|привезли|пришл\w*|пришёл|"
        r"доставк\w*\s+(?:состоял\w*|был\w*|прошл\w*|завершен\w*)|"
        r"送达|送到|签收|收到|妥投|交付|收货(?!地址)|送货上门|配送上门", _I)),
    ("expected_delivery", re.compile(
        r"expect|arriv|should|estimat\w*|\beta\b|\bdue\b|scheduled|look (?:out )?for it|will (?:be|get|reach|come)|"
        r"reach(?:es)? you|planned|"
        r"ожида\w*|прибуд\w*|прибыть|придёт|придет|привез[её]м|привез[её]т|привезут|"
        r"запланирова\w*|будет у вас|доставим|доставят|ждите|планиру\w*|"
        r"ориентировочн\w*|плановая|по плану|"
        r"预计|预期|预估|将于|将在|到货|留意收货|会送到|能送到|可送达|计划|安排", _I)),
    ("shipped_on", re.compile(
        r"shipped|dispatched|sent|handed (?:it )?(?:over )?to the|carrier|courier picked|picked (?:it )?up|scanned out|"
        r"\bdid (?:it|they|(?:the|my|your|our) (?:order|parcel|package)) (?:ship|go out|leave)\b|"
        r"left (?:us|the|our)|went out|"
        r"отправ\w*|передан\w*|передали|уехал\w*|уш[её]л|покинул\w*|отгруз\w*|отгруж\w*|выслан\w*|выслали|забрал\w*|"
        r"发货|寄出|发出|出库|揽收|交给了?快递|交到了?快递|交由|取件|取走", _I)),
    ("placed_on", re.compile(
        r"placed|ordered|order date|dates? from|made (?:on|(?:the|this|your|an?) (?:order|purchase))|created|purchased|"
        r"bought|submitted|checked out|came in|check-?out|place order|"
        r"(?:purchase|order)(?:\s+(?:no\.?\s*|#\s*)?\d+)? (?:went through|was completed)|"
        r"размещ\w*|разместили|(?:we|мы)\s+(?:have\s+|'ve\s+)?received\s+(?:your\s+|the\s+)?"
        r"(?:order|purchase)|поступил\w*\s+(?:в систему|к нам)|"
        r"оформ\w*|сделан\w*|сделали|заказали|заказывал\w*|покупк\w*|создан\w*|дата заказа|купили|заказ\w*\s+от|"
        r"下单|下的单|(?<![剩留])下的(?=[。，！？,.!?；;]|$)|订购|创建|生成|购买|提交|购于|拍下", _I)),
    # "Delivery date: …", "送达时间：…": the day it arrived or the day it is expected, whichever the order has.
    ("delivery", re.compile(r"\bdelivery(?:\s+date)?(?=\s*[:：—–-]|\s+(?:on|is|was)\b)|\bdate of delivery|"
                            r"(?:дата|день|срок)\s+доставки|доставка(?=\s*[:—–-])|"
                            r"送达(?:日期|时间)|到货(?:日期|时间)|配送日期|交付日期", _I)),
]
_EXPECTED_WORDS = dict(_DATE_ROLES)["expected_delivery"]


class _Mask:
    def __init__(self, text: str) -> None:
        self.chars = list(text)

    def blank(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.chars[i] = " "

    @property
    def text(self) -> str:
        return "".join(self.chars)


_UNITS = [("day", r"day|дн|сут|天|日|工作日"), ("week", r"week|недел|нед|周|星期"), ("month", r"month|месяц|мес|月"),
          ("year", r"year|год|лет|年"), ("hour", r"hour|час|小时")]
_QUALIFIERS = [("express", re.compile(r"express|expedited|next[- ]day|экспресс|срочн|加急|快速|特快", _I)),
               ("standard", re.compile(r"standard|regular|normal|обычн|стандартн|普通|标准", _I)),
               ("free", re.compile(r"\bfree\b|no (?:delivery |shipping )?charge|\bwaived\b|бесплатн|не взима\w*|"
                                   r"免运费|包邮|免费|免收", _I)),
               # "5–7 days after the return reaches us": the time to a refund, counted from the returned parcel.
               ("refund", re.compile(r"refund|money back|возврат\w*\s+(?:денежных\s+)?(?:денег|средств)|деньг|钱|退款|"
                                     r"退还|返还|到账|"
                                     r"after (?:the|your) return (?:reaches|arrives|is received|gets)|"
                                     r"(?:после|с момента) (?:получения|поступления|приёма|приема) (?:нами\s+)?"
                                     r"возврата|收到退货后|退货到仓后",
                                     _I)),
               ("return", re.compile(r"\breturn|send (?:it |them |items? )?back|bring (?:it |them )?back|"
                                 r"take (?:it |them )?back|"
                                 r"вернуть|возврат|сдать обратно|退货|退回|可退|可以退|能退|退换", _I))]


def unit_class(word: str) -> str:
    """"business days" -> "day", "месяца" -> "month", "个工作日" -> "day"."""
    low = word.lower()
    for name, pattern in _UNITS:
        if re.search(pattern, low):
            return name
    return "day"


_THAT_IS = re.compile(r"\s*(?:这是|这就是|这个是|that's|that is|this is|это)", _I)


_IF_CLAUSE = re.compile(r"\s*(?:if|when|should you|если|когда|при|如果|若|要是)(?![a-zа-яё])", re.I)


def _qualifiers(text: str, start: int, end: int) -> tuple[str, ...]:
    """The policy variants a figure's clause names: "express delivery takes 1–2 days" is about the express
    figures; "5–7 days after we receive the return we refund" may be the return's or the refund's."""
    # Within the figure's own clause: "standard delivery 3–5 days, returns within 30 days" are two.
    left = max(text.rfind(p, 0, start) for p in ",，;；")
    if left > 0:
        # "If you choose standard delivery, its cost is $5.99": the condition before names what the figure is.
        before = max(text.rfind(p, 0, left) for p in ",，;；")
        if _IF_CLAUSE.match(text, before + 1):
            left = before
    if left >= 0 and _IF_CLAUSE.match(text, left + 1):
        # "Delivery is free of charge, if the order total exceeds $50": the clause before says what the condition is
        # for.
        left = max(text.rfind(p, 0, left) for p in ",，;；")
    right = min((i for i in (text.find(p, end) for p in ",，;；") if i >= 0), default=len(text))
    if _THAT_IS.match(text, right + 1):
        # "14.99美刀，这是加急配送的费用", "3–5 days — that's for express": the next clause names what the figure is.
        right = min((i for i in (text.find(p, right + 1) for p in ",，;；") if i >= 0), default=len(text))
    return tuple(name for name, pattern in _QUALIFIERS if pattern.search(text, left + 1, right))


_ZH_UNIT = "(?:件|个|双|台|套|只|瓶|包|盒|副|把|条|顶)"
# The unit a price is for, right after it: "14,99 $ за 1 шт.", "$5 a piece", "US$124.99一件", "每件": one item is
# what the figure buys, not how many are in stock.
_PER_UNIT = re.compile(
    r"\s*(?:(?:each|apiece|a (?:piece|pair|unit|pack)|per (?:piece|pair|unit|item|pack)|"
    r"/\s*(?:pc|pcs|unit|piece|ea))\b|"
    r"(?:за|/)\s*(?:1\s*|одн[уа]\s*)?(?:шт\.?|штук[уа]|единицу|пару|упаковку)(?![а-яё])|"
    # "81.99美元/件", "15.99一件", "9.99美元/件一件": the unit may be written more than once.
    rf"(?:/\s*{_ZH_UNIT}|/?\s*(?:一|1|每)\s*{_ZH_UNIT})+)", _I)


# The same unit written before the price: "一件USD 9.99", "每件8.99美元", "за штуку — 12,49 $", "per unit: $5".
_PER_UNIT_BEFORE = re.compile(
    r"(?:(?<![\d一二三四五六七八九十])(?:一|1|每)\s*(?:件|个|双|台|套|只|瓶|包|盒|副|把|条|顶)(?:的?(?:价格|售价|单价))?"
    r"(?:是|为|要|只要|仅)?|(?<![а-яё])за\s+(?:1\s*|одн[уа]\s*)?(?:шт\.?|штук[уа]|единицу|пару|упаковку)|"
    r"\b(?:per (?:piece|pair|unit|item|pack)|a piece|each)\b)\s*[:：—–-]?\s*$", _I)


def _first_group(m: re.Match[str], names: str) -> tuple[str, int, int] | None:
    for g in names:
        if m.groupdict().get(g):
            return m[g], m.start(g), m.end(g)
    return None


# A plan, not a state: "预计送达", "should be delivered", "скоро будет доставлен" (read as a negation of the state).
_PLAN = re.compile(r"(?:预计|预期|将|将会|即将|会|能|可以|大约|大概|预估)\s*$|(?:预计|预期|预估|有望)[^，。；！？,;]*$|"
                   r"\b(?:should|will|would|could|may|might|expected to|going to|set to|due to)\s+(?:be\s+)?$", re.I)


_AMOUNT_AFTER = re.compile(r"\s*[:：—–-]?\s*(?:a total of\s+|in total\s+|in full\s+|only\s+|just\s+)?"
                           r"(?:[$€£¥￥₽]|usd|us\$|\d)", _I)


def _amount_paid(text: str, end: int, state: str) -> bool:
    """"You paid $166.96" states an amount (the order's total), not the order's state."""
    return state == "paid" and bool(_AMOUNT_AFTER.match(text, end))


# "付款完成后我们才会开始处理": a state followed by "after" is a condition for what comes next, not the order's state.
_AFTER_IT = re.compile(r"\s*(?:后|之后|以后)")


def _by_carrier(text: str, end: int) -> bool:
    m = re.match(r"\s+(?:by|via|with|through)\s+(?:the\s+)?([\w&.-]+(?:\s+[\w&.-]+)?)", text[end:end + 40])
    return m is not None and any(m.group(1).startswith(c.lower()) for c in CARRIERS)


def _planned(text: str, start: int) -> bool:
    return bool(_PLAN.search(text[max(0, start - 30):start]))


# Russian may put the negation after the participle: "отправлен не будет", "доставлен так и не был".
# "отправлен не будет" negates the state before it; "отменён и не будет отправлен" negates the participle after it.
_NEGATION_AFTER = re.compile(r"\s*(?:(?:так|ещё|еще|пока|уже)\s+)*(?:и\s+)?не\s+(?:будет|был[аио]?)(?![а-яё])"
                             r"(?!\s+(?:[а-яё]+\s+)?[а-яё]+(?:[её]н|ан|ян|ит|ут|ыт)[аоы]?(?![а-яё]))", _I)


def _negated(text: str, start: int, end: int | None = None) -> bool:
    before = text[max(0, start - 24):start]
    after = end is not None and bool(_NEGATION_AFTER.match(text, end))
    return bool(_NEGATION.search(before) or _FUTURE.search(before)) or after


# "We don't have the Alpen Parka in stock", "У нас нет парки Alpen в наличии", "目前没有派克大衣的现货": the negation
# stands before the product's name, within the same clause.
_HAVE_NOT = re.compile(r"(?:\b(?:don't|do not|doesn't|does not|didn't|did not|no longer|aren't|isn't)\s+"
                       r"(?:currently\s+|presently\s+|yet\s+)?(?:have|has|carry|carries|stock|keep|got)\b|"
                       r"(?<![а-яё])нет(?![а-яё])|(?<![а-яё])не\s+(?:имеем|держим|осталось)|(?:没有|没)(?!问题))"
                       r"[^.!?;,，。！？；]*$", _I)


def _have_not(text: str, start: int) -> bool:
    return bool(_HAVE_NOT.search(text[max(0, start - 90):start]))


_CLAUSE_END = re.compile(r"[;；!?！？。\u2600-\u27bf\U0001f300-\U0001faff]")


# What stands between a quoted question and the date that answers it: '" — on ', '» — ', '”——于'.
_ANSWER_ONLY = re.compile(r"[\s\"'»”」』)\]—–:,-]*(?:(?:on|at|в|на|于|是)\s*)?", re.I)


# "оформленный Вами заказ № 1081 был доставлен": a participle naming the order ("the order you placed"), not the
# event the date is of; the verb after it is.
# Chinese says it the same way ("亲拍下的订单1015在…寄出了", "您下的订单"), and so does "the order you placed".
_ATTRIBUTE = re.compile(r"оформленн\w*(?:\s+(?:вами|у нас))?(?=\s+заказ)|размещённ\w*(?=\s+заказ)|"
                        r"размещенн\w*(?=\s+заказ)|"
                        r"(?:拍下|下单|下)的(?=(?:这笔|这个|那笔)?\d*号?订单|那一?单)|"
                        r"\b(?:order|purchase)(?:\s+#?\d+)?\s+(?:that\s+)?you\s+(?:placed|put in|made)\b", _I)


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _date_role(text: str, start: int, end: int) -> str | None:
    """Which of an order's dates a date is: the role word nearest before it ("handed to the carrier on ...")."""
    # "亲拍下的订单 … 寄出", "the order you placed … went out": the words naming the order are not the date's event.
    before = _ATTRIBUTE.sub(_spaces, text[max(0, start - 60):start])
    # Only the date's own clause: "was sent back to us — the return went through 👍 On Oct 5th you placed it".
    clauses = _CLAUSE_END.split(before)
    before = clauses[-1]
    if len(clauses) > 1 and _ANSWER_ONLY.fullmatch(before):
        # "You asked "when did it ship?" — on Nov 24, 2026": the answer's role is in the question before it.
        before = clauses[-2] + before
    best: tuple[int, str, int] | None = None
    for role, pattern in _DATE_ROLES:
        for m in pattern.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), role, m.start())
    if best:
        # "should be delivered on", "预计送达": a delivery still planned is the expected one.
        if best[1] == "delivered_on" and _planned(before, best[2]):
            return "expected_delivery"
        if best[1] == "delivery" and _EXPECTED_WORDS.search(before[:best[2]]):
            return "expected_delivery"  # "Expected delivery: …", "预计送达时间"
        return best[1]
    # Chinese and Russian often put the verb after the date: "您于2026年11月30日下的单", "2026-11-03 вручили".
    clauses = re.split(r"[,，;；。.!?]", _ATTRIBUTE.sub(_spaces, text[end:]))
    after = clauses[0][:60]
    if len(clauses) > 1 and not re.search(r"\w", after):
        after = clauses[1][:60]  # "2026.9.14，您提交了这笔订单": the date alone, its verb in the next clause
    first: tuple[int, str] | None = None
    for role, pattern in _DATE_ROLES:
        found = pattern.search(after)
        if found and (first is None or found.start() < first[0]):
            first = (found.start(), role)
    return first[1] if first else None


def extract_claims(sentence: str, skip: list[tuple[int, int]], name_spans: list[tuple[int, int]]) -> list[Claim]:
    """Every claim in ``sentence``. ``skip``: spans already understood (order numbers); ``name_spans``: product
    names, whose digits are part of the name ("Trail Boots 2024"), not figures."""
    claims: list[Claim] = []
    mask = _Mask(sentence)
    for s, e in skip:
        mask.blank(s, e)
    # Places first: "4号通道" is no date (the 4th), "в 4-м ряду" no ordinal, an aisle's digits no bare number.
    for said in find_places(mask.text):
        # A product's own title may read like a place ("SHELVES 5-Tier Metal Shelf"): words of a name claim nothing.
        if not any(s <= said.start and said.end <= e for s, e in name_spans):
            claims.append(Claim("location", said.start, said.end, said.text, place=said))
        mask.blank(said.start, said.end)
    for span in find_dates(mask.text):
        claims.append(Claim("date", span.start, span.end, span.text, date=span,
                            role=_date_role(sentence, span.start, span.end)))
        mask.blank(span.start, span.end)
    # Sizes before ordinals: "45-го размера" is a size label, not "the 45th". A title's own words are no size.
    unnamed = _Mask(mask.text)
    for s, e in name_spans:
        unnamed.blank(s, e)
    for m in _SIZE.finditer(unnamed.text):
        group = next(g for g in ("info", "list", "zh", "ina", "inx", "pre", "inc", "this", "cin", "one", "est", "them",
                                 "opt", "need") if m[g])
        raw = m[group]
        # The claim stands where its labels do: "Sizes for the X include 3XL" is about X, named before them.
        at = m.start(group) if group in ("inc", "info") else m.start()
        for part in re.split(r"\s*(?:,|and|or|и|или|/|、|和|或)\s*", raw, flags=_I):
            if part:
                claims.append(Claim("size", at, m.end(), m.group(0), word=part.upper().replace(",", ".")))
        mask.blank(m.start(), m.end())
    for pattern in (_LIST_MARKER, _ORDINAL, _INPUT_FORMAT, _DISCOURSE_COUNT):
        for m in pattern.finditer(mask.text):
            mask.blank(m.start(), m.end())
    for m in _CODE.finditer(mask.text):
        if re.fullmatch(r"\d+(?:[.,]\d+)?-[A-Za-zА-Яа-я]+", m.group(0)):
            continue  # "24-month", "2-person": a number and its unit, read below
        claims.append(Claim("code", m.start(), m.end(), m.group(0), word=m.group(0)))
        mask.blank(m.start(), m.end())
    for mon in find_money(mask.text):
        claims.append(Claim("money", mon.start, mon.end, mon.text, set(mon.values), mon.currency))
        mask.blank(mon.start, mon.end)
        per = _PER_UNIT.match(mask.text, mon.end)
        if per:
            mask.blank(per.start(), per.end())  # "14.99美元一件", "$5 a piece": what the price is for, no stock count
        per = _PER_UNIT_BEFORE.search(mask.text, 0, mon.start)
        if per:
            mask.blank(per.start(), per.end())  # "一件US$9.99", "за штуку 12,49 $": the unit first, then its price
    for m in re.finditer(rf"(?P<n>{_ZH_NUM})\s?(?:元|块)", mask.text):
        n = zh_to_int(m["n"])
        if n is not None:
            claims.append(Claim("money", m.start(), m.end(), m.group(0), {Decimal(n)}, "CNY"))
            mask.blank(m.start(), m.end())
    for s, e in name_spans:
        mask.blank(s, e)  # a title's own figures ("Batteries AA 12 pcs", "Socks 1 pair") are its name
    for m in _PERCENT.finditer(mask.text):
        raw = m["a"] or m["b"]
        claims.append(Claim("percent", m.start(), m.end(), m.group(0), number_values(raw)))
        mask.blank(m.start(), m.end())
    for m in _DURATION.finditer(mask.text):
        pair = (number_values(m["a"]), number_values(m["b"])) if m["b"] else None
        claims.append(Claim("duration", m.start(), m.end(), m.group(0), number_values(m["a"]), word=m["unit"],
                            pair=pair))
        mask.blank(m.start(), m.end())
    none_left = [m.span() for m in _OUT_OF_STOCK.finditer(mask.text.lower())]
    for kind, pattern, groups in (("count", _COUNT, "abcdefgklmnopqrstuvwxyzZ"),
                                  ("stock_qty", _STOCK_QTY, "abcdefghijkl"),
                                  ("rating", _RATING, "ab")):
        for m in pattern.finditer(mask.text):
            got = _first_group(m, groups)
            if got is None:
                continue
            raw, s, e = got
            values = number_values(raw)
            if kind == "stock_qty" and any(a <= s and e <= b for a, b in none_left):
                values = set()  # "一件库存都没有": "not a single one" counts nothing; the out-of-stock claim says it
            if values:
                claims.append(Claim(kind, s, e, m.group(0), values))
            mask.blank(m.start(), m.end())
    for m in NUMBER.finditer(mask.text):
        claims.append(Claim("number", m.start(), m.end(), m.group(0), readings(m.group(0))))
    for name, pattern in _COLOUR_RE:
        for m in pattern.finditer(mask.text):  # a colour in a title is the title's, not a claim
            claims.append(Claim("colour", m.start(), m.end(), m.group(0), word=name))
    low = sentence.lower()
    unnamed_low = unnamed.text.lower()  # "无线耳机", "No Limits Jacket": a title's own words negate nothing
    out_spans = [m.span() for m in _OUT_OF_STOCK.finditer(low)]
    # "We have no Trailmark tent left": the claim stands at its end, after the name it is about.
    out_spans += [m.span(1) if m.group(1) else m.span(2) for m in _HAVE_NONE.finditer(unnamed_low)
                  if not any(s < m.end() and m.start() < e for s, e in out_spans)]
    for s, e in out_spans:
        # "aren't sold out", "没卖完", "не распродан": the negation of out of stock is in stock.
        claims.append(Claim("stock_flag", s, e, sentence[s:e], word="out", negated=_negated(low, s)))
    for m in _IN_STOCK.finditer(low):
        # An in-stock word next to an out-of-stock one is its place, and the negative wins: "в наличии
        # отсутствует", "на складе закончились", "现货已售罄".
        if not any(s <= m.start() < e or m.start() <= s < m.end()
                   or _STOCK_GAP.fullmatch(low[m.end():s]) or _STOCK_GAP.fullmatch(low[e:m.start()])
                   for s, e in out_spans):
            claims.append(Claim("stock_flag", m.start(), m.end(), m.group(0), word="in",
                                negated=_negated(low, m.start()) or _have_not(unnamed_low, m.start())))
    taken: list[tuple[int, int]] = []
    for state, said_not, pattern in _STATE_PHRASES:
        for m in pattern.finditer(low):
            if any(s < m.end() and m.start() < e for s, e in taken) or _planned(low, m.start()) \
                    or _amount_paid(low, m.end(), state) or _AFTER_IT.match(low, m.end()):
                continue
            taken.append(m.span())
            claims.append(Claim("state", m.start(), m.end(), m.group(0), word=state,
                                negated=said_not or _negated(low, m.start(), m.end())))
    # Longest wording first: "handed over to you" is delivered, "handed over to the carrier" shipped.
    for w, state, said_not in _STATE_FORMS:
        word_re = rf"(?<![\w]){re.escape(w)}" if w.isascii() else re.escape(w)
        if re.search(r"[а-яё]н$", w):
            word_re += r"(?!и[яеюйе])"  # "дата вручения", "отправление": the noun, not the state
        for m in re.finditer(word_re, low):
            if any(s < m.end() and m.start() < e for s, e in taken) or _amount_paid(low, m.end(), state) \
                    or _AFTER_IT.match(low, m.end()):
                continue
            if _FUTURE.search(low[max(0, m.start() - 24):m.start()]) and _by_carrier(low, m.end()):
                continue  # "your order will be delivered by UPS": who carries it (a carrier claim), not its state
            taken.append(m.span())
            claims.append(Claim("state", m.start(), m.end(), m.group(0), word=state,
                                negated=said_not or _negated(low, m.start(), m.end())))
    for carrier in CARRIERS:
        carrier_re = rf"(?<![\w]){re.escape(carrier)}(?![\w])" if carrier.isascii() else re.escape(carrier)
        for m in re.finditer(carrier_re, low):
            claims.append(Claim("carrier", m.start(), m.end(), sentence[m.start():m.end()], word=carrier))
    for c in claims:
        if c.kind in ("money", "duration", "percent"):
            c.qualifiers = _qualifiers(sentence, c.start, c.end)
    return sorted(claims, key=lambda c: c.start)
