"""The thing a message asks for by its kind, cut out of a longer message.

"we just moved into a tiny flat, need a washing machine that fits under the counter" asks for a washing machine;
«корм для кошки стерилизованной есть? роял канин» asks for cat food; "家里冰箱坏了 想换个双开门的" for a fridge.
Matched as a whole against the store's category profiles, such a message lands on whatever shares its other words
(food containers, sleeping bags); the phrase alone says whether the store sells that kind of thing at all.

The phrase is found by the frames shoppers ask in (need / looking for / do you sell ..., нужна / ищу / ... есть?,
有没有 / 想买个 / ...有吗), by what broke ("my fridge died", «микроволновка сдохла», "冰箱坏了") and, for Russian, by
the first inanimate noun in the nominative or accusative with its adjectives (Russian word order leaves the thing
anywhere in the sentence). Nothing here knows a store: whether the phrase is sold is the caller's question.
"""

from __future__ import annotations

import re
from typing import Any

# Heads that name no kind of thing: a need or a request for advice, not a product ("need something warm").
_GENERIC_EN = frozenset(
    [
        "something", "anything", "stuff", "one", "ones", "thing", "things", "gift", "gifts", "present", "presents",
        "idea", "ideas", "help", "advice", "tips", "recommendation", "recommendations", "recs", "rec", "it", "this",
        "that", "them", "more", "other", "else", "option", "options", "product", "products", "item", "items", "way",
        "new", "good", "nice", "cheap", "decent", "quality", "same", "kind", "sort", "type", "replacement", "somewhere",
        "someone", "every", "price", "prices", "deal", "deals", "solution", "solutions", "fix",
        # chat shorthand for "something" ("want smth for HER")
        "smth", "sth", "smthg", "smthn", "somethin"
    ]
)
_EN_STOP = frozenset(
    [
        "for", "that", "which", "who", "whose", "to", "with", "without", "under", "below", "over", "above", "around",
        "about", "in", "on", "at", "from", "because", "so", "but", "and", "or", "pls", "please", "plz", "asap", "size",
        "like", "than", "by", "if", "when", "since", "as", "is", "are", "was", "were", "be", "been", "has", "have",
        "had", "can", "could", "would", "should", "will", "my", "your", "his", "her", "our", "their", "me", "us", "him",
        "them", "i", "we", "you", "he", "she", "they", "it", "its", "there", "here", "now", "today", "tonight",
        "tomorrow", "soon", "just", "really", "very", "too", "also", "still", "rn", "lol", "thanks", "thx", "cheers",
        "u", "ya", "got", "do", "does", "did", "hi", "hello", "hey", "whats", "what's", "what", "how", "where", "who",
        "any", "anything", "need", "needs", "want", "wants", "looking", "searching", "shopping", "buy", "get",
        "order", "recommend", "suggest", "im", "i'm", "kindly", "next", "near", "beside",
        # a clause going on after the thing ("a hot drink before anyone is up", "a lamp while she reads")
        "before", "after", "while", "until", "till", "during", "into", "onto", "each", "every", "all", "then"
    ]
)
# Quantities and containers in front of the thing: "a pack of marlboro", "2 bottles of red wine".
_EN_DET = re.compile(
    # (a count in words too: "two new sleeping bags" is sleeping bags, not "two new sleeping")
    r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|some|any|the|new|another|"
    r"couple|few|pair|dozen|pack|packet|box|bottle|bottles|bag|bags|case|crate|"
    r"carton|set|kilo|kg|of|more|good|decent|cheap|cheapest|best|nice|proper|simple|basic|bunch|bouquet|fresh|"
    # ("a large tin of pale emulsion": the size and the container are no part of the thing)
    r"large|small|big|little|tin|tins|tub|tubs|can|cans|jar|jars|pot|pots|tube|tubes|roll|rolls|"
    r"\d+(?:[.,]\d+)?(?:\s*"
    r"(?:inch|in|\"|kg|l|litre|liter|gb|tb))?)\s+)+",
    re.IGNORECASE,
)
_EN_FRAME = re.compile(
    # ("do you also sell…", "do you by any chance have…": an adverb between the frame and its verb)
    r"\b(?:(?:do|does|d'?ya|d'?you|can)\s+(?:you|u|ya|y'?all)(?:\s+guys|\s+all)?"
    r"(?:\s+(?:also|even|still|maybe|perhaps|actually|by\s+any\s+chance))?\s+(?:sell|have|carry|stock|got|do|"
    # ("that doesnt need a screen": what the thing must do without, no thing asked for)
    r"get)|(?:you|u)\s+(?:guys\s+)?(?:sell|carry|stock)|(?<!nt )(?<!'t )(?<!’t )(?<!not )(?<!never )"
    r"(?:need|needs|needed|want|wants|wanted|looking\s+for|"
    r"searching\s+for|shopping\s+for|after)|(?:can|could)\s+i\s+(?:order|get|buy|have)|(?:got|have)\s+any|"
    # "show me some wireless headphones", "find me a tent": the imperative asks for what follows.
    # ("give me" and "get me" also tell what a thing does to someone: "leather boots give me blisters").
    r"(?:show|find|bring)\s+(?:me|us)|(?:is|are)\s+there(?:\s+(?:a|an|any))?|"
    r"(?:cheapest|best)|(?:recommend|suggest)|(?:doctor|dr|gp)\s+prescribed(?:\s+me)?)\s+(?P<x>[a-z\d][\w'-]*(?:\s+[\w'\"/-]+){0,6})",
    re.IGNORECASE,
)
# "robot vacuum recs?", "nappies size 4 pls", "pack of marlboro gold and a lighter": a short message that opens
# with the thing.
_EN_OPENING = re.compile(r"^\s*(?P<x>[a-z\d][\w'-]*(?:\s+[\w'-]+){0,4})", re.IGNORECASE)
OPENING_WORDS = 10
# "show me …", "find us …": the frame above reads the thing; the verb that opens the message is none.
_EN_IMPERATIVE = re.compile(r"^\s*(?:show|find|bring)\s+(?:me|us)\b", re.IGNORECASE)
_EN_TELLS = frozenset(["is", "are", "was", "were", "has", "have", "had", "does", "did", "doesn't", "don't", "isn't",
                       "aren't", "wasn't", "can't", "won't", "keeps", "keep", "looks", "looked", "broke", "came",
                       "arrived", "smells", "feels", "fell", "stopped", "i", "we"])
_EN_ASKS_RECS = re.compile(r"^\s*(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})\s+"
                           r"(?:recs?|recommendations?|pls|please|plz)\b", re.IGNORECASE)
_EN_BROKE = re.compile(
    r"\b(?:my|our|the|his|her)\s+(?:old\s+)?(?P<x>[a-z][\w'-]*(?:\s+(?!finally|suddenly|completely|totally|just)[a-z][\w'-]*)?)\s+"
    r"(?:just\s+|has\s+|have\s+|is\s+|are\s+|finally\s+|suddenly\s+|completely\s+|totally\s+)?"
    r"(?:broke|broken|died|dead|blew|stopped working|packed up|gave up|is done|is ancient|is falling apart|"
    r"are falling apart|smears?)\b",
    re.IGNORECASE,
)

_ZH_MEASURE = r"(?:[一两二三四五六七八九十几\d]*[个台辆双件条把只瓶盒包箱束款些支副套部本张块袋罐点])?"
# A thing may carry one 的-modifier ("无钢圈的文胸") and Latin words with spaces ("macbook air").
_ZH_X = r"(?P<x>(?:[\u4e00-\u9fff]{1,6}的)?[\u4e00-\u9fffA-Za-z0-9]+?(?: [A-Za-z0-9]+)*?)"
_ZH_FRAMES = [
    re.compile(r"有没有" + _ZH_MEASURE + _ZH_X + r"(?:[吗呢啊吧的\s，。？！?,!]|$)"),
    re.compile(r"(?:卖|有)" + _ZH_X + r"吗"),
    # "有狗窝卖不": the A-not-A question after the thing
    re.compile(r"(?:^|[\s，。？！?,!])有" + _ZH_X + r"卖(?:不|没|么)(?:[\s，。？！?,!]|$)"),
    re.compile(r"(?:^|[\s，。？！?,!])" + _ZH_X + r"有(?:正品|现货|货|卖)吗"),
    re.compile(r"(?:^|[\s，。？！?,!])" + _ZH_X + r"(?:有吗|有货吗|有卖吗|卖吗|有没有)"),
    # ("想要个空气炸锅": 要 before a measure word is "want one")
    # "你家有空调不？", "你们这有猫砂不": the store asked, the A-not-A question after the thing
    re.compile(r"(?:你家|你们家|你们这边|你们这儿|你们这|你们|你这儿|你这|店里)(?:有没有|有)" + _ZH_X
               + r"(?:不|没|么|没有)(?:[\s，。？！?,!]|$)"),
    # "最急的就是洗衣机", "家里就缺个烤箱": what is missing most
    re.compile(r"(?:最急的|最缺的|最需要的|急需|就缺|还缺)(?:就是|是)?" + _ZH_MEASURE + _ZH_X
               + r"(?:[\s，。？！?,!]|$)"),
    # "我想送她一个婴儿推车": a present said by its thing
    re.compile(r"送(?:她|他|给她|给他|我妈|我爸)?" + r"[一两\d]+[个台辆双件条把只瓶盒包箱款支副套部本张袋罐]" + _ZH_X
               + r"(?:[吗呢啊吧了\s，。？！?,!]|$)"),
    # "有啥猫粮推荐不", "有什么耳机推荐": the thing before the ask for a recommendation
    re.compile(r"有(?:啥|什么|没有什么)" + _ZH_X + r"(?:推荐|好推荐|可以推荐)"),
    re.compile(r"(?:想|要|准备|打算|帮我|给我)?(?:(?<![别不])买(?![了过])|换(?![了过])|找|囤|带|订|抢|(?<=[想要])整|整(?=[一两几\d]*[个台辆双件条把只瓶盒包箱款支副套部本张袋罐])|来(?![了过自])|(?:要|推荐)(?=[一两\d]*[个台辆双件条把只瓶盒包箱款支副套部本张袋罐]))"
               + _ZH_MEASURE + _ZH_X
               + r"(?:[吗呢啊吧了\s，。？！?,!]|$)"),
]
_ZH_BROKE = re.compile(r"(?:车上|车里|屋里|家里|我的|我家)?的?"
                       r"(?P<x>[\u4e00-\u9fff]{2,4}?)(?:坏了|坏掉了|不能用了|用不了了|没了|用完了)")
_ZH_LEAD = re.compile(r"^(?:家里|家里的|我家|我们家|我的|他的|她的|孩子的|宝宝的|你们这里|你们这|你们家|你们|你家|"
                      # ("有没有那种不含乳糖的": which sort, then the words that describe it)
                      r"那种|这种|那个|这个|这里|这)")
# "西红柿 土豆 鸡蛋", "婴儿车 要能上飞机的那种": a message that opens with nouns alone.
_ZH_OPENING = re.compile(r"^(?P<x>[\u4e00-\u9fffA-Za-z0-9]{2,12})(?:\s|，|,|$)")
_ZH_GENERIC = frozenset({"东西", "什么", "啥", "一些", "点", "礼物", "推荐", "个", "些", "一个", "新的", "哪款",
                         "哪个", "货", "正品", "现货", "库存", "存货", "卖的", "的卖"})

_RU_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?", re.IGNORECASE)
_RU_FRAME_AFTER = re.compile(
    r"(?<![а-яё])(?<!не )(?:нужн[аоыей]\w*|нужен|"
    # («роюсь в сумке по полчаса ищу ключи»: searching for one's own things, no shopping)
    r"(?<!полчаса )(?<!часами )(?<!по часу )(?<!вечно )(?<!постоянно )(?<!всё время )(?<!все время )"
    r"(?<!каждый раз )(?:ищу|ищем|ищет)|хочу|хотим|хочет|посоветуйте|подскажите|порекомендуйте|"
    r"продаете|продаёте|продаются|купить|заказать|закажу|интересу\w+|есть\s+ли(?:\s+у\s+вас)?|у\s+вас\s+есть|есть\s+у\s+вас|"
    # «врач выписал амоксициллин»: what a doctor prescribed is what is asked for
    r"(?:врач|доктор)\s+выписал\w*|"
    # an office letter: «Для офиса требуется лазерное МФУ», «необходим чайник», «прошу подобрать термос»
    r"требу(?:ется|ются)|необходим[аоы]?|прошу\s+подобрать|подберите|"
    r"(?:имеются|имеется)\s+ли(?:\s+у\s+вас)?(?:\s+в\s+продаже)?|в\s+продаже|нет\s+ли(?:\s+у\s+вас)?)"
    r"(?![а-яё])",
    re.IGNORECASE,
)
# Words that are no thing wanted however they parse: greetings, the frame's own words, time and amount words.
_RU_SKIP = frozenset(
    [
        "здравствуйте", "добрый", "день", "вечер", "утро", "привет", "пожалуйста", "спасибо", "есть", "размер", "рост",
        "бюджет", "тысяча", "тыща", "штука", "вчера", "сегодня", "завтра", "утром", "вечером", "неделя", "год", "лет",
        "месяц", "раз", "время", "вопрос", "цена", "деньги", "рубль", "доллар", "магазин", "наличие", "заказ", "сайт",
        "подарок", "сувенир", "презент", "идея", "совет", "вариант",
        # «чёт для тренировок» is «что-то» in chat, not the noun «чёт»
        "чёт", "чет", "чето", "чёто"
    ]
)


def _morph() -> Any:
    from knowledge.text import _morph as morph  # cached there

    return morph()


# Whose the thing is ("my mom's blood pressure meds"): the person is no part of the thing.
_EN_WHOSE = re.compile(r"^(?:my|his|her|our|their|your)\s+[a-z]+'s\s+", re.I)


def _en_clean(phrase: str) -> str | None:
    words: list[str] = []
    for w in re.split(r"\s+", _EN_DET.sub("", _EN_WHOSE.sub("", phrase.strip()))):
        bare = w.strip("'\"?!.,;:()").lower()
        if not bare or bare in _EN_STOP or re.fullmatch(r"[\d/.,r-]+|\d+\w*", bare):
            break
        words.append(bare)
        if len(words) == 3:
            break
    if not words or words[-1] in _GENERIC_EN or words[0] in _GENERIC_EN:
        return None
    return " ".join(words)


def _en(text: str) -> list[str]:
    out: list[str] = []
    for pat in (_EN_BROKE, _EN_FRAME):
        for found in pat.finditer(text):
            x = _en_clean(found.group("x"))
            if x:
                out.append(x)
    recs = _EN_ASKS_RECS.match(text)
    if recs:
        x = _en_clean(recs.group("x"))
        if x:
            out.append(x)
    for asked in re.findall(r"(?:^|(?<=[.!?\n]))\s*([^.!?\n]+)\?", text):
        # "baby won't nap. blackout curtains for the nursery?": a sentence that is a thing and what it is for
        q = _EN_OPENING.match(asked)
        x = _en_clean(q.group("x")) if q and len(asked.split()) <= 8 else None
        rest = asked.lower().split(x, 1)[1].split() if x and x in asked.lower() else None
        if x and rest is not None and (not rest or rest[0] in ("for", "in", "with", "that", "pls", "please")) \
                and not asked.strip().lower().startswith(x + "s"):
            out.append(x)
    m = _EN_OPENING.match(text)
    if m and len(text.split()) <= OPENING_WORDS and not _EN_IMPERATIVE.match(text):
        x = _en_clean(m.group("x"))
        after = text[m.start():].lower().split(x, 1)[1].split() if x and x in text.lower() else []
        # "the hat is not warm at all": a thing the sentence tells about, not one it asks for
        if x and not (after and after[0].strip(",.!?") in _EN_TELLS):
            out.append(x)
    return out


# People and what a thing would do are no thing: "带孩子去露营", "买个能装30升左右的".
# The people a Chinese request names (a present's recipient, whose child): no thing asked for, no taste told.
ZH_PEOPLE = (r"儿子|女儿|孩子|宝宝|老公|老婆|妈|爸|爷爷|奶奶|姥姥|姥爷|外婆|外公|朋友|同事|侄|外甥|孙子|孙女|老师|同学|"
             r"闺蜜|男友|女友|哥|姐|弟|妹|婆|公公|岳父|岳母|领导|室友")
_ZH_NOT_THING = re.compile(ZH_PEOPLE + r"|\d+\s*(?:岁|周岁)|^(?:能|要|可以|会|想)"
                           # a form of address opening a message ("老铁，…", "亲，…")
                           r"|^(?:老铁|亲|亲们|老板|兄弟|哥们|姐妹|宝子|家人们|朋友们)$"
                           # which one of a kind ("买一个最便宜的"), not a kind
                           r"|^(?:最|更|比较)")


def _zh_clean(x: str) -> str | None:
    # "有沙发卖吗": the 卖 of the frame is no part of the thing.
    x = re.split(r"[和跟与、]", _ZH_LEAD.sub("", x).rstrip("的了"))[0].removesuffix("卖")
    x = re.sub(r"[一两二三四五六七八九十几\d]+[个台辆双件条把只瓶盒包箱束款些支副套部本张块袋罐斤]$", "", x)
    if re.match(r"(?:啥|什么|点啥|点什么|哪些|哪种|上|下|着|走|东西)", x):
        # "有没有啥能帮我省点力", "有没有东西帮得上忙" (Cantonese 有冇嘢幫到手): anything that helps, no thing named
        return None
    if "的" in x and len(x.rsplit("的", 1)[1]) >= 2:
        x = x.rsplit("的", 1)[1]  # "小户型用的布艺沙发": the thing is what follows its description
    if len(x) < 2 or x in _ZH_GENERIC or _ZH_NOT_THING.search(x) \
            or re.fullmatch(r"[\d一两二三四五六七八九十几]+\w?", x):
        return None
    return x


def _zh_nouns_only(x: str) -> bool:
    """Whether ``x`` is nouns (with numbers and qualities): "纯牛奶一箱" is; "下个月去三亚" is not."""
    import jieba.posseg

    flags = [w.flag for w in jieba.posseg.cut(x) if w.word.strip()]
    return bool(flags) and flags[-1][:1] in ("n", "e", "m", "q") and \
        all(f[:1] in ("n", "e", "m", "q", "a", "b") for f in flags) and any(f[:1] in ("n", "e") for f in flags)


def _zh(text: str) -> list[str]:
    out: list[str] = []
    for pat in (_ZH_BROKE, *_ZH_FRAMES):
        for found in pat.finditer(text):
            x = _zh_clean(found.group("x"))
            if x:
                out.append(x)
    m = _ZH_OPENING.match(text.strip())
    opening = m.group("x") if m else ""
    if "的" in opening and not _zh_nouns_only(opening):
        opening = opening.rsplit("的", 1)[1]  # "卡罗拉的雨刮器 来一对": what it is for, then the thing
    if opening and _zh_nouns_only(opening):
        x = _zh_clean(opening)
        if x:
            out.insert(0, x)  # a message that opens with its thing ("充电宝 能带上飞机的") asks for that first
    return out


def _thing_parse(words: list[str], i: int) -> Any:
    """The reading of ``words[i]`` as the thing named: the dictionary's likeliest, unless that is an oblique case and
    the word follows an adjective in the nominative that agrees with another reading («стиральные машины» is plural,
    not «машины» of one machine)."""
    morph = _morph()
    parses = morph.parse(words[i])
    first = parses[0]
    if "NOUN" not in first.tag or {"nomn", "accs"} & set(first.tag.grammemes):
        return first
    before = morph.parse(words[i - 1])[0].tag if i > 0 else None
    if before is None or not ("ADJF" in before and {"nomn", "accs"} & set(before.grammemes)):
        return first
    for q in parses[1:]:
        if q.normal_form == first.normal_form and "NOUN" in q.tag and {"nomn", "accs"} & set(q.tag.grammemes) \
                and q.tag.number == before.number:
            return q
    return first


def _ru_phrase_at(words: list[str], i: int) -> str | None:
    """The noun at ``words[i]`` with the adjectives around it that agree with it, when it is a thing."""
    morph = _morph()
    p = _thing_parse(words, i)
    tag = p.tag
    if "NOUN" not in tag or "anim" in tag or not ({"nomn", "accs"} & set(tag.grammemes)):
        return None
    if p.normal_form in _RU_SKIP or words[i].lower() in _RU_SKIP or len(words[i]) < 3:
        return None
    if i > 0 and "PREP" in morph.parse(words[i - 1])[0].tag:
        return None  # «для кошки», «на выпускной»: what it is for, not what is wanted
    parts = [words[i]]
    for j in (i - 1, i + 1):
        if 0 <= j < len(words):
            q = morph.parse(words[j])[0]
            if "ADJF" in q.tag and q.tag.number == tag.number and (tag.number == "plur" or q.tag.gender == tag.gender) \
                    and q.normal_form not in _RU_EVALUATIVE and (j < i or q.tag.case == tag.case):
                parts = [words[j], *parts] if j < i else [*parts, words[j]]
    # What it is for, when that makes it a kind of its own: «очки для чтения» are no «очки для плавания».
    at = i + 1 + (1 if parts[-1] != words[i] else 0)
    if at + 1 < len(words) and words[at].lower() in ("для", "от") and "NOUN" in morph.parse(words[at + 1])[0].tag \
            and "anim" not in morph.parse(words[at + 1])[0].tag:
        return " ".join([*(_nominative(w) for w in parts), words[at], words[at + 1]])
    # Said back in the nominative: «у нас нет „узкая стиралка“», not «„узкую стиралку“».
    return " ".join(_nominative(w) for w in parts)


def _nominative(word: str) -> str:
    p = _morph().parse(word)[0]
    form = p.inflect({"nomn"}) if "accs" in p.tag else None
    return str(form.word) if form is not None else word


_RU_LEAD_FRAME = re.compile(r"^\s*(?:(?:а|и|ну)\s+)?(?:можно\s+(?:ли\s+)?(?:у\s+вас\s+)?|"
                            r"у\s+(?:вас|тебя)(?:\s+есть)?|есть(?:\s+ли)?(?:\s+у\s+вас)?)\s*",
                            re.IGNORECASE)
_RU_ASKED = re.compile(r"^\s*(?:(?:а|и|ну)\s+)?(?:(?:сам|сама|само|сами)\s+)?(?P<x>[а-яё-]+(?:\s+[а-яё-]+)?)\s+"
                       r"(?:у\s+(?:вас|тебя)\s+)?(?:есть|продаете|продаёте|продаются|продается|продаётся|имеются"
                       r"|бывают|бывает)(?![а-яё])", re.IGNORECASE)
# Words of price and quality, said of any thing: no part of what the thing is («недорогой пылесос»).
_RU_EVALUATIVE = frozenset(["недорогой", "дешёвый", "дешевый", "хороший", "новый", "простой", "нормальный",
                            "качественный", "любой", "какой-нибудь", "лучший", "бюджетный", "минимальный", "базовый",
                            "необходимый"])
_RU_FILLER = frozenset(["пожалуйста", "плиз", "срочно", "а", "ну", "вот", "ещё", "еще", "мне", "нам"])
_RU_GREETING = re.compile(r"^\W*(?:здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|привет)\W*", re.IGNORECASE)


def _ru_first_thing(words: list[str], within: int) -> str | None:
    """The first noun among the first ``within`` words, when it is a thing (not a person, nor after a preposition):
    «сыну костюм на выпускной нужен» gives «костюм»; «у ребенка температура» gives nothing."""
    morph = _morph()
    words = [w for w in words if w.lower() not in _RU_FILLER]
    if len(words) > 1 and words[0].lower() == "бы":
        words = words[1:]  # «мне бы билеты на концерт»: "I'd like", then the thing
    elif words and words[0].lower() in ("чтоб", "чтобы", "что", "бы"):
        return None  # «хочу, чтоб чай горячий был»: what should happen, not a thing
    for i, w in enumerate(words[:within]):
        tag = morph.parse(w)[0].tag
        if {"VERB", "INFN"} & set(tag.grammemes):
            return None  # «пишу диплом ночами»: what the shopper does, not what they ask for
        if "NOUN" in tag and not ("anim" in tag and "datv" in tag):
            return _ru_phrase_at(words, i)
        if "NOUN" in tag:
            continue  # a recipient («сыну», «жене») before the thing
    return None


# What broke, said verb first as Russian often does: «на даче сломался насос», «перегорел чайник».
_RU_BROKE = re.compile(r"(?<![а-яё])(?:сломал(?:ся|ась|ось|ись)|сгорел[аио]?|перегорел[аио]?|сдох(?:ла|ло|ли)?|"
                       r"накрыл(?:ся|ась|ось|ись)|потек(?:ла|ло|ли)?|потёк|порвал(?:ся|ась|ось|ись)|"
                       r"разбил(?:ся|ась|ось|ись))\s+(?:у\s+(?:нас|меня)\s+)?(?P<x>[а-яё-]+(?:\s+[а-яё-]+)?)",
                       re.IGNORECASE)


def _ru(text: str) -> list[str]:
    out: list[str] = []
    text = _RU_GREETING.sub("", text)
    # «у вас стиральные машины есть?», «есть стиральные машины?»: the frame before the thing is no part of it.
    text = _RU_LEAD_FRAME.sub("", text)
    # Each sentence may ask («Шлем я, может, у вас и куплю, а сам велосипед у вас бывает?»); the first one that
    # does is the thing asked for.
    for sentence in [text, *re.split(r"(?<=[.?!,;])\s+", text)[1:]]:
        m = _RU_ASKED.match(_RU_LEAD_FRAME.sub("", sentence))
        if m and m.group("x").split()[0].lower() not in _RU_SKIP:
            out.append(m.group("x").lower())
            break
    for b in _RU_BROKE.finditer(text):
        x = _ru_first_thing(_RU_WORD.findall(b.group("x")), 2)
        if x:
            out.append(x.lower())
    # The message's opening words («корм для кошки есть?», «сыну костюм на выпускной нужен»), then the words after
    # an asking verb («посоветуйте узкую стиралку»): Russian puts the thing first or right after the verb. A message
    # that opens with its thing keeps it first («контейнеры для еды, но не пластиковые, хочу обеды на работу носить»).
    x = _ru_first_thing(_RU_WORD.findall(text), 3)
    if x:
        out.append(x.lower())
    for f in _RU_FRAME_AFTER.finditer(text):
        x = _ru_first_thing(_RU_WORD.findall(text[f.end():]), 3)
        if x:
            out.append(x.lower())
    for f in _RU_AVAILABILITY.finditer(text):
        x = _ru_genitive_thing(_RU_WORD.findall(text[f.end():])[:4])
        if x:
            out.append(x.lower())
    return list(dict.fromkeys(out))


# «Интересует наличие стиральной машины», «прошу сообщить о наличии и стоимости чайника»: the thing in the genitive.
_RU_AVAILABILITY = re.compile(r"(?<![а-яё])(?:наличи[еия]|стоимост[ьи]|цен[ауы])(?:\s+и\s+(?:стоимост[ьи]|цен[еыу]|"
                              r"сроках?\s+поставки))?(?![а-яё])", re.IGNORECASE)


def _ru_genitive_thing(words: list[str]) -> str | None:
    """The first inanimate noun of ``words`` in the genitive with the adjectives before it, said in the nominative
    («стиральной машины» -> «стиральная машина»); None when the words start with anything else."""
    morph = _morph()
    parts: list[str] = []
    for w in words:
        p = next((q for q in morph.parse(w) if "gent" in q.tag and ({"ADJF", "NOUN"} & set(q.tag.grammemes))), None)
        if p is None:
            return None
        if "NOUN" in p.tag:
            if "anim" in p.tag or p.normal_form in _RU_SKIP:
                return None
            if len(w) < 3:
                return None  # «с уважением»: a preposition read as an abbreviation
            agree = {"nomn", p.tag.number or "sing"} | ({p.tag.gender} if p.tag.number != "plur" and p.tag.gender
                                                       else set())
            nom = [next((q for q in morph.parse(x) if "gent" in q.tag and "ADJF" in q.tag), morph.parse(x)[0])
                   for x in parts]
            forms = [q.inflect(agree) for q in nom] + [p.inflect({"nomn"})]
            return " ".join(str(f.word) if f is not None else w for f, w in zip(forms, [*parts, w], strict=True))
        parts.append(w)
    return None


def wanted_phrases(text: str, lang: str) -> list[str]:
    """The phrases ``text`` asks for as things, most likely first; empty when it names none ("something warm for
    my dad", "my feet get wet")."""
    if lang == "zh" or re.search(r"[\u4e00-\u9fff]", text):
        return list(dict.fromkeys(_zh(text)))
    if lang == "ru" or re.search(r"[а-яё]", text, re.IGNORECASE):
        return _ru(text)
    return list(dict.fromkeys(_en(text)))


__all__ = ["wanted_phrases"]
