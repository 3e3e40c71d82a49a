"""Which subjects a sentence names: products (by title or brand), orders (by number), policies (by kind); and the
product-like names it uses that no subject of this turn carries (an invented product or brand).

Titles are matched by their words, not whole: a reply says "the Alpen Parka" for "Alpen Parka Men's, blue". Russian
words are compared by their stem (first letters), Chinese by character pairs, so "палатку Summit" names "Палатка
Summit" and "登山靴" names "防水登山靴".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.grounding.subjects import Facts, Subject
from knowledge.figures import find_dates, find_money

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*|[А-Яа-яЁё0-9]+(?:-[А-Яа-яЁё0-9]+)*|[\u4e00-\u9fff]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Words of shop talk that are capitalised in titles and headings but name nothing ("Standard Delivery").
_COMMON = frozenset(re.findall(r"\S+", """
    a an the and or of for with in on at to by from our your my this that these those it is are was be has have new
    men's women's kids mens womens men women kid unisex set pack size sizes colour color price total order orders
    item items
    product products delivery shipping express standard free returns return refund warranty store shop aisle shelf
    tracking number status expected delivered shipped paid pending cancelled returned hello hi yes no thanks sorry
    here there what which who how when where why you we i please also only just all each every one two three option
    options choice choices today tomorrow monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december usd eur rub cny gbp rmb sku ok us it's i'm
    xxs xs xl xxl xxxl we're you're don't can't won't let's great good best nice sure absolutely unfortunately
    currently note however"""))
_SPEAKER_I = re.compile(r"\s+I(?:['’](?:d|ll|m|ve))?(?=\s|$)")
_CONTRACTION = re.compile(r"['’](?:ll|s|d|re|ve)$")
# What a speaking voice opens with ("Yep Stridewell Zephyr boots come in 39", "Got 29 of the X"): never a name's
# first word. Kept apart from _COMMON, which also decides which title words identify a product.
_FILLERS = frozenset(re.findall(r"\S+", """yep yeah yup mhm mm hmm okay alright right so well honestly oh um uh hey
    got thx fyi btw lmk cool perfect awesome there's here's that's"""))
# Title-cased shop wording that names no product ("Contact Customer Service", "Please Allow 3-5 Business Days").
# Kept apart from _COMMON, which also decides which title words identify a product.
_SERVICE_WORDS = frozenset(re.findall(r"\S+", """
    allow contact customer customers service services support team care help center centre desk business days day
    working weeks week hours hour click collect pickup pick-up checkout cart account sign log login email e-mail
    call chat online agent please thank thanks welcome dear regards best payment payments policy policies terms
    conditions faq info information details view track trace find out more learn see via next black sale sales
    deal deals offer offers discount discounts coupon code visit us website top pick picks favorite favourite
    favorites favourites seller sellers bestseller bestsellers choice arrival arrivals edition limited hot update
    updates tip tips re fwd fw"""))
# An order named by its number, with the marks that may stand between the word and the number: "order #1042",
# "order ID 1042", "order nº 1042", "order ref. #1042", "order with number 1042", "purchase #1042", "заказ N1042",
# "заказ под № 1042", "订单No.1042", "单号1042", "编号1042的订单".
_ORDER_MARK = (r"(?:№|#|nº|n°|no\.?|n(?=\s?\d)|id\b|ref(?:erence)?\b\.?|number|num\.|"
               r"with(?: the| an?)?\s+(?:number|id\b|no\.?|№|#)|"
               r"номер(?:ом)?|под|с номером|号|编号)")
ORDER_RE = re.compile(
    # «доступно для заказа 5 шт.»: "for ordering", not an order's number.
    rf"(?:\border|(?<!для )(?<!к )(?<!под )заказ\w*|订单|(?<![快递运])单号)\s*[(（]?\s*"
    rf"(?:{_ORDER_MARK}\s*[:：]?\s*){{0,3}}[:：]?\s*(?P<n>\d{{3,}})|"
    rf"\bpurchase\s*(?:{_ORDER_MARK}\s*[:：]?\s*){{1,3}}(?P<p>\d{{3,}})|"
    r"编号\s*(?P<z>\d{3,})\s*的?订单", re.IGNORECASE)
_POLICY_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("warranty", re.compile(r"warrant|guarantee|гаранти|保修|质保|保固", re.IGNORECASE)),
    ("returns", re.compile(r"return|refund|exchange|send (?:it |them |items? )?back|bring (?:it |them )?back|"
                           r"возврат|вернуть|обмен|退货|退款|换货|退回|可退", re.IGNORECASE)),
    ("delivery", re.compile(r"deliver|shipping|courier|express|доставк|курьер|экспресс|配送|运费|快递|送货|加急",
                            re.IGNORECASE)),
    ("store_info", re.compile(r"\bopen|hours|address|parking|часы|адрес|парков|营业|地址|停车", re.IGNORECASE)),
]


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # product | order | policy | echo (a name only the shopper used)
    subjects: list[Subject] = field(default_factory=list)
    text: str = ""
    score: int = 0  # how much of a title matched: the most specific title wins a place
    weak: bool = False  # a policy named by a common word ("delivery"): a claim binds to it only failing others


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end): Latin/Cyrillic words lowercased, Han runs cut into character pairs."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        if _HAN.match(word):
            if len(word) == 1:
                out.append((word, m.start(), m.end()))
            for i in range(len(word) - 1):
                out.append((word[i:i + 2], m.start() + i, m.start() + i + 2))
        else:
            # "the Mug's $11.49", "Tea’s sold out": a possessive or "is" run into the name is not part of it.
            low = re.sub(r"['’]s$", "", word.lower()) if re.match(r"[a-z]", word, re.I) else word.lower()
            out.append((low.replace("ё", "е"), m.start(), m.end()))
    return out


def _same(a: str, b: str) -> bool:
    """Token equality, tolerant of Russian and English inflection ("палатку"/"палатка", "boots"/"boot")."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit() or _HAN.match(a):
        return False
    n = min(len(a), len(b))
    if n < 4:
        return False
    stem = max(4, max(len(a), len(b)) - 2)
    return a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 2


def _title_tokens(title: str) -> list[str]:
    return [t for t, _, _ in tokens(title) if t not in _COMMON or t.isdigit()]


def _match_title(title: str, sent_tokens: list[tuple[str, int, int]]) -> tuple[int, int, int] | None:
    """(matched token count, start, end) of ``title`` named in a sentence, or None."""
    wanted = _title_tokens(title)
    if not wanted:
        return None
    hits: list[tuple[int, int]] = []
    word_spots: list[tuple[int, int]] = []
    digit_spots: list[tuple[int, int]] = []
    matched = 0
    for w in dict.fromkeys(wanted):
        spots = [(s, e) for t, s, e in sent_tokens if _same(t, w)]
        if spots:
            matched += 1
            hits += spots
            (digit_spots if w.isdigit() else word_spots).extend(spots)
    need = 1 if len(wanted) == 1 else 2
    unique = set(wanted)
    # In a Russian or Chinese title the Latin words are its brand and model ("Torqmax Storm"); in an English one,
    # every word is Latin.
    latin = {w for w in unique if re.match(r"[a-z]", w)} if any(re.match(r"[^\x00-\x7f]", w) for w in unique) \
        else {w for w in unique if not w.isdigit()}
    latin_hit = sum(1 for w in latin if any(_same(t, w) for t, _, _ in sent_tokens))
    # "Brightline Peak" names "Brightline Peak 防水登山靴": its Latin words carry the name, Han pairs describe it.
    named_by_words = latin_hit >= 2 and latin_hit / len(latin) >= 0.6
    if matched < need or (matched / len(unique) < 0.34 and not named_by_words):
        head = _head_run(wanted, sent_tokens)
        return head if head is not None and head[0] >= need else None
    # A lone number or a lone pair of Han characters is too weak to name a product.
    if matched == 1 and (wanted[0].isdigit() or len(wanted[0]) < 3):
        return None
    # The name is where its words stand together; words of it scattered over the sentence are not one mention.
    # Its numbers ("Nova 2") belong to it only right next to its words: "Nova 2: 2 left" keeps the count.
    words = sorted(set(word_spots)) or sorted(set(hits))
    clusters: list[list[tuple[int, int]]] = [[words[0]]]
    for s, e in words[1:]:
        if s - clusters[-1][-1][1] <= 12:
            clusters[-1].append((s, e))
        else:
            clusters.append([(s, e)])
    best = max(clusters, key=len)
    start, end = best[0][0], best[-1][1]
    for s, e in sorted(set(digit_spots)):
        if 0 <= s - end <= 2:
            end = e
        elif 0 <= start - e <= 2:
            start = s
    return matched, start, end


def _head_run(wanted: list[str], sent_tokens: list[tuple[str, int, int]]) -> tuple[int, int, int] | None:
    """The title's first words, in order and side by side ("Brightnest Summit 2" for "Brightnest Summit 2 20 cm
    Non-Stick Frying Pan"): a short name, brand and model, as people write it. (count, start, end) or None."""
    best: tuple[int, int, int] | None = None
    for i in range(len(sent_tokens)):
        k = 0
        while k < len(wanted) and i + k < len(sent_tokens) and _same(sent_tokens[i + k][0], wanted[k]) \
                and (k == 0 or sent_tokens[i + k][1] - sent_tokens[i + k - 1][2] <= 2):
            k += 1
        if k >= 2 and any(not w.isdigit() for w in wanted[1:k]) and (best is None or k > best[0]):
            best = (k, sent_tokens[i][1], sent_tokens[i + k - 1][2])
    return best


def _whole_name(name: str, sentence: str) -> tuple[int, int] | None:
    """Where ``name`` stands whole in ``sentence`` (any case, any spacing), or None."""
    parts = name.split()
    if len(name) < 3 or not parts:
        return None
    m = re.search(r"\s+".join(re.escape(p) for p in parts), sentence, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def find_mentions(sentence: str, facts: Facts) -> list[Mention]:
    """Subjects named in ``sentence``, each at its place; overlapping product matches keep the most specific."""
    sent_tokens = tokens(sentence)
    low = sentence.lower()
    found: list[Mention] = []
    scored: list[tuple[int, Mention]] = []
    for s in facts.of_kind("product"):
        best: tuple[int, int, int] | None = None
        for name in s.names:
            whole = _whole_name(name, sentence)
            if whole:
                best = (100 + len(name.split()), *whole)  # the longer of two whole titles is the one named
                break
            got = _match_title(name, sent_tokens)
            if got and (best is None or got[0] > best[0]):
                best = got
        if best:
            scored.append((best[0], Mention(best[1], best[2], "product", [s], sentence[best[1]:best[2]], best[0])))
    # The most specific title wins a place; titles matching equally well share it (the claim fits either).
    for score, m in sorted(scored, key=lambda x: -x[0]):
        same_place = [f for f in found if f.kind == "product" and f.start < m.end and m.start < f.end]
        if not same_place:
            found.append(m)
        elif same_place[0].score == score:
            same_place[0].subjects += m.subjects
    brands: dict[str, list[Subject]] = {}
    for s in facts.of_kind("product"):
        if s.brand:
            brands.setdefault(s.brand.lower(), []).append(s)
    for brand, subjects in brands.items():
        for bm in re.finditer(rf"(?<![\w]){re.escape(brand)}(?![\w])", low):
            if not any(f.start <= bm.start() and bm.end() <= f.end for f in found):
                found.append(Mention(bm.start(), bm.end(), "product", subjects, sentence[bm.start():bm.end()]))
    orders = {s.key: s for s in facts.of_kind("order")}
    # "Итого по заказу: 373,96 долларов" is the order's total, not order number 373; "Дата заказа: 2026-11-29" is
    # a date, not order number 2026.
    amounts = [(mon.start, mon.end) for mon in find_money(sentence)]
    amounts += [(d.start, d.end) for d in find_dates(sentence)]
    for om in ORDER_RE.finditer(sentence):
        group = next(g for g in "npz" if om[g])
        if any(a < om.end(group) and om.start(group) < b for a, b in amounts) \
                or re.match(r"[.,]\d", sentence[om.end(group):]):
            continue
        subj = orders.get(om[group])
        found.append(Mention(om.start(), om.end(), "order", [subj] if subj else [], om.group(0)))
    for key, subj in orders.items():
        for om in re.finditer(rf"(?<![\d]){re.escape(key)}(?!\d)", sentence):
            if not any(f.start <= om.start() and om.end() <= f.end for f in found):
                found.append(Mention(om.start(), om.end(), "order", [subj], om.group(0)))
    for kind, pattern in _POLICY_WORDS:
        subjects = [s for s in facts.of_kind("policy") if (s.policy_kind or "").lower().startswith(kind)
                    or s.key.lower().startswith(kind)]
        for pm in pattern.finditer(sentence):
            found.append(Mention(pm.start(), pm.end(), "policy", subjects, pm.group(0), weak=True))
    for s in facts.of_kind("policy"):
        for name in s.names:
            if len(name) >= 3 and name.lower() in low:
                i = low.index(name.lower())
                found.append(Mention(i, i + len(name), "policy", [s], name))
    return sorted(found, key=lambda f: f.start)


# --- names that may be invented -----------------------------------------------------------------------------------

_CONNECTORS = frozenset({"the", "of", "and", "de", "&"})
_W = r"[A-Za-z0-9'’&.+-]"  # Latin only: a Han or Cyrillic letter after a brand ("UPS运单号") ends the name
_CAP_RUN = re.compile(
    rf"(?<![A-Za-z0-9])(?:[A-Z]{_W}*|[A-Za-z]*\d+[A-Za-z]{_W}*|[A-Z]{{2,}}\d*)"
    rf"(?:[ \u00a0-](?:[A-Z]{_W}*|\d+[A-Za-z]*|[A-Za-z]+\d{_W}*|&|of|de|the|and))*"
)
# A quoted question is an example of what to ask ("what's out of stock in aisle 4"), not a name.
_QUOTED_QUESTION = re.compile(r"^(?:what|which|how|where|when|who|is|are|do|does|can|что|как|где|когда|какой|какие|"
                              r"есть ли)\b|\?|什么|哪|吗|怎么|多少|多久|几[件个天双台号]|有没有|能不能",
                              re.IGNORECASE)
# Quoted after a status word or a button verb, a text is a label of the shop's system («Возврат», "Place order"),
# not a product.
_QUOTED_LABEL = re.compile(r"(?:\bstatus(?: of)?|\bstate|\blabel(?:led)?|\bmarked(?: as)?|\bhit|\bclick(?:ed)?|"
                           r"\bpress(?:ed)?|\btap(?:ped)?|\bselect(?:ed)?|\bbutton|статус\w*|состояни\w*|"
                           r"отметк\w*|нажал\w*|нажмите|нажали|кнопк\w*|状态(?:为|是)?|点击了?|点了|按钮|标记为)\s*[:：]?\s*$",
                           re.IGNORECASE)
# …or before one: 'is in “Pending payment” status', «в «Оплачен» статусе», “已发货”状态.
_LABEL_AFTER = re.compile(r"\s*(?:status|state|label|button|статус\w*|состояни\w*|状态)\b", re.IGNORECASE)
_QUOTED = re.compile(r"«([^»]{2,80})»|“([^”]{2,80})”|\"([^\"]{2,80})\"|「([^」]{2,80})」|《([^》]{2,80})》")


def _known_in(name: str, texts: list[str]) -> bool:
    """Is ``name`` one of ``texts``' own names: a substring, or all its words inside one text?"""
    low = name.lower().strip(" .,!?:;'\"")
    if not low:
        return True
    words = [t for t, _, _ in tokens(low)]
    for text in texts:
        tl = text.lower()
        if low in tl:
            return True
        tw = [t for t, _, _ in tokens(tl)]
        if words and all(any(_same(w, x) for x in tw) for w in words):
            return True
    return False


def _subject_texts(facts: Facts) -> list[str]:
    out: list[str] = []
    for s in facts.subjects:
        out.append(" ".join(s.names + ([s.brand] if s.brand else []) + s.strings
                            + ([s.carrier] if s.carrier else []) + ([s.tracking] if s.tracking else [])))
    return out + facts.loose_strings


def capitalised_word(word: str) -> bool:
    return word[:1].isupper() and any(ch.isalpha() for ch in word[1:])


_CYR_CAPITAL = re.compile(r"(?<![А-Яа-яЁё])[А-ЯЁ][а-яё]{3,}(?![А-Яа-яЁё])")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
# "这款", "该件", "同款": a determiner and a measure word, not a brand, however rare jieba finds the pair.
_ZH_DETERMINER = re.compile(r"^[这那该此本同新每各某][款个双件顶瓶台只套盒包条张种份支把]$")
_ZH_COMMON_FREQUENCY = 100  # jieba frequency above which a word is common wording, not a made-up brand


def _native_names(sentence: str, facts: Facts) -> list[tuple[int, int, str]]:
    """Brand-like names in Cyrillic or Chinese script: a capitalised Russian word no dictionary knows ("Велмора"),
    or a rare Chinese word right before a product noun of the facts ("雪狐星T恤", "云岭帽子")."""
    from knowledge.text import ru_word_known, zh_tagged, zh_tokens, zh_word_frequency

    out: list[tuple[int, int, str]] = []
    fact_text = " ".join(_subject_texts(facts) + facts.shopper_words).lower()
    product_text = " ".join(" ".join(s.names + s.strings) for s in facts.of_kind("product")).lower()
    for m in _CYR_CAPITAL.finditer(sentence):
        word = m.group(0)
        if word.lower().replace("ё", "е") not in fact_text.replace("ё", "е") and not ru_word_known(word):
            out.append((m.start(), m.end(), word))
    if _HAN_WORD.search(sentence):
        toks = [t for t in zh_tokens(sentence) if t[0].strip()]
        tagged = zh_tagged(sentence)
        noun_at = {start for _, flag, start, _ in tagged if flag.startswith("n")}
        for i, (word, start, end) in enumerate(toks):
            if not _HAN_WORD.fullmatch(word) or word in fact_text or _ZH_DETERMINER.match(word) \
                    or _ZH_SHOP_WORD.fullmatch(word):
                continue
            following = sentence[end:end + 2].strip()
            nxt = toks[i + 1][0] if i + 1 < len(toks) and toks[i + 1][1] == end else ""
            # A product noun of the facts follows ("帽子", "T恤", "LED灯泡"): the rare word before it is a name.
            if zh_word_frequency(word) >= _ZH_COMMON_FREQUENCY:
                continue
            if len(following) == 2 and _HAN.search(following) and not re.search(r"\d", following) \
                    and following.lower() in product_text:
                out.append((start, end + 2, word + following))
            elif start in noun_at and re.fullmatch(r"[A-Za-z]{2,}", nxt) and not _SIZE_LABEL.fullmatch(nxt) \
                    and re.search(rf"(?<![a-z]){re.escape(nxt.lower())}(?![a-z])",
                                                                  product_text):
                out.append((start, toks[i + 1][2], word + nxt))
        out += _zh_proper_before_noun(tagged, fact_text, product_text)
        out += _zh_run_before_noun(sentence, facts, fact_text)
    return out


# Characters that end a phrase before a noun: "您看中的桌游", "有桌游", "和桌游" name no one.
_ZH_PARTICLES = re.compile(r"[的了是有在和与及或把被给让为从向对也都还就很最更这那该此本每各某个款件只双套台]")


def _zh_run_before_noun(sentence: str, facts: Facts, fact_text: str) -> list[tuple[int, int, str]]:
    """A made-up word glued to a product noun of the facts, however jieba cuts it ("极光熊桌游" for "家庭桌游"): the
    Han characters right before the noun, after the last particle, that the facts do not have and no dictionary
    knows as a common word."""
    from knowledge.text import zh_tagged, zh_word_frequency

    nouns: set[str] = set()
    for subj in facts.of_kind("product"):
        for run in _HAN_WORD.findall(" ".join(subj.names)):
            nouns.update({run, run[-2:]})
    out: list[tuple[int, int, str]] = []
    for noun in nouns:
        for m in re.finditer(re.escape(noun), sentence):
            before = re.search(r"[\u4e00-\u9fff]+$", sentence[:m.start()])
            if not before:
                continue
            run = _ZH_PARTICLES.split(before.group(0))[-1]
            # Words the facts have ("防水" of "防水登山靴") describe the noun; only what stands before them may be
            # a name.
            while len(run) >= 2 and any(run[i:].lower() in fact_text for i in range(len(run) - 1)):
                run = run[:min(i for i in range(len(run) - 1) if run[i:].lower() in fact_text)]
            if len(run) < 2 or run.lower() in fact_text or _ZH_SHOP_WORD.fullmatch(run) \
                    or zh_word_frequency(run) >= _ZH_COMMON_FREQUENCY:
                continue
            # A made-up brand is nouns ("极光熊": 极光/n 熊/nr); a verb or an adverb ("介绍", "马上") names no one.
            if all(flag.startswith("n") for word, flag, _, _ in zh_tagged(run) if word.strip()):
                out.append((m.start() - len(run), m.end(), run + noun))
    return out


# Shop talk that jieba finds rare but that names no brand: "新款Voltix", "正品帽子", "经典款".
_ZH_SHOP_WORD = re.compile(r"同款|新款|特价|正品|爆款|热销|热卖|上新|新品|精品|精选|限量|官方|专柜|网红|人气|"
                           r"在售|有货|现货|[\u4e00-\u9fff]{1,3}[款版]")
_SIZE_LABEL = re.compile(r"X{0,3}[SML]|[2-5]XL", re.IGNORECASE)  # "可选XS码": a size after the verb, not a name
_NAME_TAGS = frozenset({"nr", "ns", "nrt", "nz", "nrfg"})


def _zh_proper_before_noun(tagged: list[tuple[str, str, int, int]], fact_text: str,
                           product_text: str) -> list[tuple[int, int, str]]:
    """Nouns before a product noun of the facts, one of them a proper name by its part of speech ("极光熊马克杯":
    极光/n 熊/nr + 马克杯): a brand the facts do not have. "儿童马克杯" or "新款马克杯" name no one."""
    out: list[tuple[int, int, str]] = []
    for i, (word, _, _, end) in enumerate(tagged):
        if not (_HAN_WORD.fullmatch(word) and word.lower() in product_text):
            continue
        j = i - 1
        prefix: list[tuple[str, str, int, int]] = []
        while j >= 0 and _HAN.match(tagged[j][0]) and tagged[j][1].startswith("n") \
                and tagged[j][0].lower() not in product_text:
            prefix.insert(0, tagged[j])
            j -= 1
        if not prefix or not any(flag in _NAME_TAGS for _, flag, _, _ in prefix):
            continue
        name = "".join(w for w, _, _, _ in prefix)
        if len(name) >= 2 and name.lower() not in fact_text and not _ZH_DETERMINER.match(name):
            out.append((prefix[0][2], end, name + word))
    return out


# "You asked "does it come in 37?" — yes, it does", «есть 38?» — да, есть, “有没有47码”——有的: the answer says yes
# to the quoted question, so the question's words are the reply's own claim.
_YES_AFTER = re.compile(r"\s*[—–-]{1,2}\s*(?:yes\b|yep\b|sure\b|да(?![а-яё])|есть(?![а-яё])|конечно|"
                        r"有的|有(?!没)|可以|是的|对)", re.IGNORECASE)


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Where ``sentence`` quotes something: a name or words said, not claims of its own. A quoted question answered
    with a yes is not among them: the reply asserts what it asked."""
    return [m.span() for m in _QUOTED.finditer(sentence)
            if not (_QUOTED_QUESTION.search(next(g for g in m.groups() if g).strip())
                    and _YES_AFTER.match(sentence, m.end()))]


_OPENING_QUOTES = {"“": "”", "«": "»", '"': '"', "「": "」", "《": "》"}


def echoed_spans(sentence: str, shopper_words: list[str]) -> list[tuple[int, int]]:
    """Where ``sentence`` quotes the shopper's own words in full, however long ("Here is what I found for “my son
    keeps losing his gloves … kids ones in black”"): what they said, not a claim of the reply. Only the words this
    turn's facts hold as the shopper's, so a reply cannot hide a claim of its own in quotes."""
    low = sentence.lower()
    spans: list[tuple[int, int]] = []
    for words in shopper_words:
        w = words.strip().lower()
        if len(w) < 2:
            continue
        at = low.find(w)
        while at >= 0:
            end = at + len(w)
            close = _OPENING_QUOTES.get(sentence[at - 1]) if at > 0 else None
            if close is not None and sentence[end:end + 1] == close:
                spans.append((at - 1, end + 1))
            at = low.find(w, at + 1)
    return spans


def unknown_names(sentence: str, facts: Facts, language: str) -> tuple[list[tuple[int, int, str]],
                                                                       list[tuple[int, int, str]]]:
    """(invented, echoed): product-like names in ``sentence`` that no subject carries; echoed ones are the
    shopper's own words (a reply may repeat them, but must say nothing about them as a product)."""
    candidates: list[tuple[int, int, str]] = []
    figures = [(f.start, f.end) for f in find_money(sentence)] + [(d.start, d.end) for d in find_dates(sentence)]
    for m in _CAP_RUN.finditer(sentence):
        text, base = m.group(0), m.start()
        # "29 Nov 2026": a run that starts inside a date or an amount starts after it.
        inside = max((e for s, e in figures if s <= base < e), default=None)
        if inside is not None:
            text, base = text[inside - base:], inside
        cut = min((s for s, e in figures if base <= s < m.end()), default=None)
        if cut is not None:
            text = text[:cut - base]  # "Lumiere Quest Pro3.99 美元": the name ends where the price starts
        raw = text
        text = text.strip(" .-")
        # "the X I'd go for", "the X'll run you", "the X's in stock": the speaker's "I" and a contraction end a name.
        if (me := _SPEAKER_I.search(text)) is not None:
            text = text[:me.start()]
        text = _CONTRACTION.sub("", text).strip(" .-")
        if not text:
            continue
        words = [w for w in re.split(r"[ \u00a0]+", text) if w]
        # "The Zorblax 9000", "2 Zorblax", "Both the Alpen Parka": words before a name's capitalised run are not
        # the name (a name does not go on with a lowercase "the").
        while words and (words[0].lower() in _COMMON or words[0].lower().strip(",.!") in _FILLERS
                         or words[0].isdigit() or (len(words) > 1 and words[1] in _CONNECTORS)):
            words = words[1:]
        if not words:
            continue
        start = base + raw.index(words[0])
        text = text[text.index(words[0]):]
        # "we carry the Voltix Edge Lite and it's in stock": a name does not end on a connector.
        while len(words) > 1 and words[-1].lower() in _CONNECTORS:
            words.pop()
            text = text[:text.rindex(words[-1]) + len(words[-1])]
        content = [w for w in words if w.lower().strip(".,") not in _COMMON]
        if not content or all(w.lower().strip(".,!?:;") in _SERVICE_WORDS or re.fullmatch(r"[\d.,/–-]+", w)
                              or w.lower().strip(".,!?:;") in _FILLERS or _SIZE_LABEL.fullmatch(w.strip(".,!?:;"))
                              for w in content):
            continue
        # A number with its unit or ending ("60W", "2nd", "500ml") is a figure, not a name.
        words = [w for w in words if not re.fullmatch(r"\d+(?:[.,]\d+)?[A-Za-z]{1,3}", w)]
        if not words:
            continue
        # A range or a bare short figure ("3-5", "1/2") is not a model number: "Allow 3-5 Business Days".
        has_model = any(re.search(r"\d", w) and (re.search(r"[A-Za-z]", w) or len(w) >= 3)
                        and not re.fullmatch(r"\d{1,3}(?:[.,]\d+)?[-–/]\d{1,3}(?:[.,]\d+)?", w) for w in words)
        if len(words) == 1 and not capitalised_word(words[0]) and language == "en":
            continue  # a lone code ("x2") is checked as a figure
        at_start = not sentence[:start].strip(" \"'“«(-*•\n")
        capitalised = [w for w in content if w[:1].isupper()]
        if language != "en":
            # Latin letters inside Russian or Chinese text are names: brands, titles, codes.
            if not (capitalised or has_model):
                continue
        elif not has_model and (len(capitalised) < 2 or (at_start and len(capitalised) < 3)):
            continue
        candidates.append((start, start + len(text), text))
    for m in _QUOTED.finditer(sentence):
        inner = next(g for g in m.groups() if g)
        # A name is capitalised; «синий», "waterproof" in quotes are words the reply quotes, not a product.
        if _QUOTED_LABEL.search(sentence[max(0, m.start() - 30):m.start()]) or _LABEL_AFTER.match(sentence, m.end()):
            continue
        if not _QUOTED_QUESTION.search(inner.strip()) and not inner.strip()[:1].islower():
            candidates.append((m.start(), m.end(), inner))
    candidates += _native_names(sentence, facts)
    texts = _subject_texts(facts)
    invented: list[tuple[int, int, str]] = []
    echoed: list[tuple[int, int, str]] = []
    for start, end, name in candidates:
        if re.fullmatch(r"[\d\s.,:/-]+", name) or _known_in(name, texts):
            continue
        if _known_in(name, facts.shopper_words):
            echoed.append((start, end, name))
        else:
            invented.append((start, end, name))
    return invented, echoed
