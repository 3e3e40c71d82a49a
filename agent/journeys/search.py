"""Search journey: find products, follow up on what was shown ("cheaper", "in blue"), say so when nothing fits.

Follow-ups reuse the last search's words and filters. "Cheaper" keeps every new result below the cheapest price
shown before (unless understanding already set a price limit), and never repeats the products already shown.
Low confidence shows what a search found and asks a clarifying question instead of guessing.
A question that names a particular product or brand ("do you have the Zorblax Hyperboots 9000?") is resolved first
(``agent.journeys.names``): one the store does not have is said so, with the nearest real items offered as such;
one it has comes first among the results, with its own facts.
"""

from __future__ import annotations

import logging
import re
from decimal import Decimal
from typing import Any

from agent import templates
from agent.journeys import category_asks, names, where
from agent.journeys.aftersales_cues import THIS_TIME
from agent.journeys.base import TurnView, call, dump, fault_result, hit_line, products_event
from agent.journeys.personal import ORDER_CUE
from agent.journeys.product import tells_a_story
from agent.state import JourneyResult
from agent.understand.context import CENT, refers_back
from agent.understand.models import Intent, Slots, Understanding
from knowledge import needs
from knowledge.bounds import meets, parse_bound
from knowledge.names import zh_spelt_names
from knowledge.wanted import wanted_phrases
from tools.catalog_models import SearchInput
from tools.names import NameResolution

log = logging.getLogger(__name__)

SHOW = 6
PINNED = 3  # products a name question resolved to, shown first

# Intents a need or a gift is often mistaken for: "my feet get soaked" reads as a complaint, "a gift for my dad who
# likes camping" as a request for advice on a product, "something to keep leftovers fresh" as no intent at all.
_NEED_LOOKALIKES = {Intent.COMPLAINT, Intent.OTHER, Intent.RECOMMEND, Intent.SMALLTALK, Intent.MANAGER_QUERY,
                    Intent.SCRIPT_REQUEST}
# "I need to…", "something for…", "хочу…", "надо…", "想…": a use the shopper wants served.
_USE_FRAME = re.compile(
    r"\b(?:need to|needs to|have to|got to|want to|wanna|trying to|something (?:to|for)|anything (?:to|for)|"
    r"what (?:do|should|can) i (?:get|use|buy)|how (?:do|can) i|(?:need|want) something|"
    r"something (?:she|he|they|i|we|you) can)\b"
    r"|(?<![а-яё])(?:надо|нужно|хочу|хочется|хотелось бы|чем бы|что-нибудь для|что-то для|чтобы)(?![а-яё])"
    r"|想|需要|要买|用来|怎么办|有什么能",
    re.IGNORECASE,
)


# "Do you have laptops?", "卖自行车吗", "есть микроволновки?": a question about having a kind of thing, which the
# classifier sometimes files under store information or a question about a product on screen.
_THING_LOOKALIKES = {Intent.STORE_INFO, Intent.OTHER, Intent.SMALLTALK}
_STORE_WORDS = re.compile(
    # "open" of the store, not an "open plan office" or an "open fire"
    # ("hours" of a store, not "hot for a few hours", "12 hours", "all day and hours")
    r"\b(?:(?<!few )(?<!\d )(?<!\d)(?<!of )(?<!for )(?<!many )(?<!all )(?<!two )(?<!three )(?<!and )(?<!an )(?<!per )"
    r"hours?|"
    # ("my close friend": a friend, not closing time)
    r"open(?! plan| fire| air| space| office)|opening|close(?! friends?| family| relatives?| buddy| pal| mates?| to)|"
    r"closing|address|located|location|parking|"
    r"phone number|(?<!no )wi-?fi|toilets?|"
    r"restrooms?|gift cards?|vouchers?|loyalty|membership|payment|pay|cash|(?:credit|debit|bank|club) cards?|"
    r"by card|polic(?:y|ies)|rules?|guarantee|price match|service|services)\b"
    # "телефон" and "карта" alone are no store question: «телефон садится» is a need, «карта памяти» a product.
    r"|(?<![а-яё])(?:часы|работаете|адрес|открыт\w*|закрыт\w*|парковк\w*|оплат\w*|картой|"
    r"(?:номер\w*|ваш\w*)\s+телефон\w*|телефон\w*\s+(?:магазин\w*|для связи)|"
    r"(?:бонусн|клубн|подарочн|банковск)\w*\s+карт\w*|"
    r"сертификат\w*|политик\w*|правил\w*|услуг\w*)(?![а-яё])"
    r"|营业|地址|几点|停车|电话|付款|支付|会员|礼品卡|政策|规定|服务",
    re.IGNORECASE,
)


# Words that tie a broken thing to this store ("the kettle I got from you", «ваш чайник», "你们的水壶"): a complaint.
_FROM_US = re.compile(r"\b(?:from you|from your|you sold|your (?:store|shop)|from (?:this|the) (?:store|shop))\b"
                      r"|(?<![а-яё])(?:у вас|ваш\w*|от вас)(?![а-яё])|你们|你家|贵店|在这买|在你们", re.IGNORECASE)


# "Do you sell …?" in so many words: a question about the store's range, whatever else the message tells.
_SELLS = re.compile(r"\b(?:do|does)\s+(?:you|u|ya)\s+(?:guys\s+|all\s+)?(?:sell|carry|stock)\b"
                    r"|(?<![а-яё])(?:продаете|продаёте|продаются|торгуете|можно\s+(?:у\s+вас\s+)?(?:купить|оформить)|"
                    r"оформляете|нет\s+ли\s+у\s+вас|есть\s+ли\s+у\s+вас)(?![а-яё])"
                    r"|你们(?:这|这里|店里)?(?:有)?卖|有[^，。？?！!\s]{1,8}卖吗|能买到", re.IGNORECASE)
_SELL_ASK_LOOKALIKES = {Intent.COMPLAINT, Intent.STORE_INFO, Intent.OTHER, Intent.SMALLTALK, Intent.RETURN}

_ZH_HAVE_ASK = re.compile(r"有没有|有货|有卖|有现货|吗|多少钱|怎么卖")
_ZH_FRAME = re.compile(r"^\s*(?:请问)?(?:你们|您们|贵店|店里|这里)?(?:有没有|有没|有)|[吗呢吧]?\s*[？?！!。]*\s*$")


def _thing_question(text: str) -> bool:
    """A short question about having a kind of thing ("do you have laptops", "есть микроволновки?", "有沙发吗")."""
    from knowledge.query import blank, frame_spans
    from knowledge.text import normalize

    norm = normalize(text).strip()
    spans = frame_spans(norm)
    if not spans and not norm.endswith(("?", "？")):
        return False
    rest = re.sub(r"[\s?？!！.,，。]+", " ", blank(norm, spans)).strip()
    return bool(rest) and len(rest.split()) <= 4 and len(rest) <= 30


# A problem told as a story with none of the need words above ("my scalp itches by evening") is taken for a need
# only when the store's category profiles recognise it clearly: above this similarity (stricter than the one that
# picks a category in search), and not when the mood is angry (an angry story is a complaint first).
STORY_SCORE = 0.45
STORY_MOOD = -0.6
# What ties a grievance to this store: a purchase, an order, a delivery, money back, the staff, the site.
_TIED_TO_STORE = re.compile(
    r"\b(?:bought|buy|purchased?|order(?:ed|s)?|received|arrived|deliver(?:y|ed)|package|parcel|shipping|shipped|"
    r"courier|refunds?|charged|money|paid|pay|customer service|support|staff|employees?|manager|cashier|"
    r"assistant|bot|website|site|app|checkout|account|e-?mails?|emailed|called|phone call|reply|"
    # waiting for the store, not for a bus
    r"(?:waiting|waited) (?:for )?(?:my |the |an? |your )?(?:order|delivery|refund|reply|response|parcel|package|"
    r"courier|weeks|days|ages|hours)|"
    r"replied|respon(?:se|d)|answer(?:ed)?|you|your|store|shop|scam|rip-?off|product|item|returns?|returned|"
    r"warranty|quality|discount|price|sale|receipt|service|box|boxes|packag\w*|arrived|"
    # "it came broken", not "the heating came on"
    r"came(?! on\b| up\b| out\b| home\b| back\b)|(?:i|we) got|used|"
    # (the shop's till, not "till noon")
    r"security|guard|counter|fitting rooms?|(?:at|the|behind) till|aisles?)\b"
    # («ничего не купили»: nothing bought yet, nothing to complain of)
    r"|(?<![а-яё])(?<!не )(?:купил\w*" + needs.RU_LIFE_PURCHASE + r"|покуп\w*|заказ\w*|получил\w*|доставк\w*|"
    r"доставил\w*|посылк\w*|курьер\w*|"
    r"возврат\w*|верн\w*|деньг\w*|списал\w*|оплат\w*|поддержк\w*|сотрудник\w*|продав\w*|менеджер\w*|"
    r"магазин\w*|сайт\w*|приложени\w*|ждал\w*|(?:жду|ждём|ждем) (?:уже|заказ|доставк|ответ|возврат|деньг|курьер)\w*|"
    r"ответ\w*|вы|вас|вам|ваш\w*|товар\w*|"
    r"гаранти\w*|качеств\w*|скидк\w*|чек\w*|обслуживани\w*|бот\w*|упаков\w*|"
    r"(?<!собрать )(?<!собирать )коробк(?![а-яё]*\s+(?:собира|собер|в\s+школ))\w*|пришл[аои]|привезл\w*|"
    r"кассир\w*|консультант\w*|охранник\w*|подорожа\w*|заплат\w*|звонк\w*|письм\w*|перезвон\w*)(?![а-яё])|б/у"
    r"|买的|买了|买小|买大|购买|订单|下单|收到|快递|物流|发货|到货|退款|退货|换货|客服|店|网站|商品|质量|等了|回复|你们|您|"
    r"价格|折扣|发票|保修|服务|机器人|包装|箱子|送到|到的时候|收银|保安|涨价|二手",
    re.IGNORECASE,
)


# A thing that failed soon or a claim that did not hold: "after 2 days", "a week old", "first wash", «в первый же»,
# «через месяц», 才用一周, 第一次; a product's own words quoted back («непромокаемые», "waterproof", “防水”).
_SOON_FAILED = re.compile(
    # "my new jacket", "the brand new kettle": goods just bought ("sick of buying new ones" is no such thing)
    r"\b(?:(?:my|our|his|her|their|the|this|these|brand)\s+new|(?:a|one|two|\d+) (?:days?|weeks?|months?) old|"
    r"after (?:one|a|an|two|three|\d+) "
    r"(?:days?|weeks?|months?|wash(?:es)?|uses?)|(?:on|after) the first (?:use|wash|walk|night|day|try)|"
    r"first (?:time|use|wash|walk|night)|within (?:days|a week|hours)|what the ad promised|like the photos?)\b"
    # ("свет вырубают через день": every other day, not a thing that failed after a day)
    r"|(?<![а-яё])(?:нов(?:ый|ая|ое|ые|ую)|(?<!ют )(?<!ят )(?<!ут )(?<!ат )через (?:день|неделю|месяц|два|три|пару)|"
    r"в первый же|с первого|"
    r"первой же|первую же|первом же|им неделя|ему неделя|ей неделя|неделю назад купил\w*)(?![а-яё])"
    # ("第一次去露营": a first trip, not a thing that failed on its first use)
    r"|才用|第一次(?!去|来|跟|和|带|出|参加|露营|爬|当|养|自己)|第一晚|第一天|没几天|刚买|新买|洗一次|洗了一次|一次就|"
    r"说是|一周就|一个月就|到手就"
    r"|[«\"“][^»\"”]{2,24}[»\"”]",
    re.IGNORECASE,
)
# Irony and verdicts on goods that mark a complaint, not a need: "great, just great", «спасибо большое», 呵呵, 🙃.
_VERDICT = re.compile(
    r"\b(?:thanks a lot|just great|brilliant\.|so embarrassing|pointless|really poor|poor quality|rip-?off|"
    r"disappointed|not impressed|unacceptable|rude|useless product)\b"
    r"|спасибо большое|просто отлично|стыдоба|разочарован\w*|отличный товар|за такие деньги|качество ужасн\w*"
    r"|(?<![а-яё])(?:прекрасно|дешёвка|дешевка|фу)(?![а-яё])|\b(?:ew|brilliant)\b"
    # ("隔音太差": the flat's walls are poor, no verdict on the store)
    r"|🙃|呵呵|谢谢你们啊|真行啊|真是谢谢|什么破|(?<!隔音)(?<!采光)(?<!信号)(?<!网速)(?<!光线)(?<!睡眠)(?<!视力)太差|好产品|失望|态度|"
    r"真棒|垃圾|恶心|尴尬死了"
    # Done with the store: "are you kidding me", "never ordering from you again", «больше у вас ничего заказывать не
    # буду», «издеваетесь», 再也不在你们这买了
    r"|\b(?:are you kidding|you'?re kidding|never (?:order|buy|shop)\w* (?:from|with|here)|"
    r"won'?t (?:be )?(?:order|buy|shop)\w* (?:from|with|here))\b"
    r"|издева\w*|больше (?:у вас |у тебя )?(?:ничего )?(?:не )?(?:буду |стану )?(?:заказывать|покупать|брать)"
    r"|再也不(?:在你们|来|买|找)",
    re.IGNORECASE,
)


def grievance(text: str) -> bool:
    """A complaint about the store, its staff or service, or about goods that failed soon or broke a promise: never
    read as a need, however much of a problem it tells ("the zipper on my new jacket broke after 2 days",
    "店里音乐开那么大声，吵死了")."""
    return bool(_TIED_TO_STORE.search(text)) or disappointed(text)


def disappointed(text: str) -> bool:
    """Irony, a verdict, or a promise quoted back ("are you kidding me", «"В пути" — это я и сама вижу», 呵呵): the
    shopper is let down, whatever thing the words name."""
    return bool(_SOON_FAILED.search(text) or _VERDICT.search(text))


def _names_a_budget(slots: Slots) -> bool:
    return slots.price_max is not None or slots.price_min is not None


def _constrained_kind(text: str, slots: Slots) -> bool:
    """A category of the store named first (or as the thing wanted), with an exclusion on it, and no defect."""
    from agent.journeys.aftersales_cues import OWNED_DEFECT
    from knowledge.query import default_lexicon
    from knowledge.search import category_leads

    if OWNED_DEFECT.search(text) or needs.has_replace_cue(text):
        return False
    excludes = slots.exclude_attrs or slots.exclude_terms or False in slots.attributes.values()  # "不要无线的"
    # The kind comes first, as a request names it ("шапку, но не…", "耳机 不要…"); a complaint tells of the thing
    # ("the jacket looked nothing like the photos", "箱子里装的是拖鞋不是运动鞋"). The same lexicon as the slots.
    return slots.category is not None and bool(excludes) and category_leads(text, default_lexicon())


def _opens_with_request(text: str) -> bool:
    """The first words ask for something ("Подскажите …", "looking for …", "推荐个 …"), before any story."""
    from knowledge.query import frame_spans
    from knowledge.text import normalize

    norm = normalize(text)
    return any(start <= 3 for start, _ in frame_spans(norm[:80]))


def _said_ceiling(text: str) -> Decimal | None:
    """The price ceiling the turn's own words say ("再便宜点 一百以内的有吗"), in the store's money; None when none."""
    from knowledge.query import understand

    return understand(text).parsed.price_max


def has_replace_cue_of_ours(text: str) -> bool:
    """A thing bought here that failed ("the kettle I got from you stopped working"): support's, never a search."""
    from agent.journeys.aftersales_cues import OWNED_DEFECT

    return bool(OWNED_DEFECT.search(text)) and bool(_FROM_US.search(text))


def _kind_first(text: str, slots: Slots) -> bool:
    """A kind of the store said first, as a request names it, with no defect and no replacement told: «полотенце для
    новорожденного… завтра первое купание, а мы ничего не купили, муж в панике» is shopping in a hurry."""
    from agent.journeys.aftersales_cues import OWNED_DEFECT
    from knowledge.query import default_lexicon
    from knowledge.search import category_leads

    return slots.category is not None and not OWNED_DEFECT.search(text) and not needs.has_replace_cue(text) \
        and category_leads(text, default_lexicon())


def _story_is_need(text: str, u: Understanding, services: Any) -> bool:
    from knowledge.category_profiles import get_profiles

    words = len(text.split()) if not re.search(r"[\u4e00-\u9fff]", text) else len(text) // 2
    if services is None or words < 4 or u.sentiment.score <= STORY_MOOD:
        return False
    try:
        reading = needs.read_need(text, get_profiles(services.settings.db_url, services.embedder), services.embedder)
    except Exception:  # profiles are an aid: without them the classifier's intent stands
        return False
    return bool(reading.matches) and reading.matches[0].score >= STORY_SCORE


# Ordering a thing is buying it ("can I order a couple bottles of red wine", «молоко … закиньте в заказ»), not a
# question about an order: with a thing asked for, these words are no support cue.
_BUYING = re.compile(r"\b(?:can|could|may)\s+(?:i|we)\s+(?:order|buy|get)\b|\bi'?d like to order\b"
                     r"|(?<![а-яё])(?:заказать|закажу|закиньте\s+в\s+заказ|добавьте\s+в\s+заказ)(?![а-яё])"
                     r"|(?:我想|我要|能)(?:订|下单)", re.IGNORECASE)


# "What should I take", «чё взять», «что можно купить», "买什么好": the shopper asks what to buy.
_WHAT_TO_BUY = re.compile(r"\bwhat (?:should|can|could|do|shall) (?:i|we) (?:buy|get|take|bring|pack|give|gift)\b"
                          r"|(?<![а-яё])(?:что|чё|че|чего)\s+(?:бы\s+)?(?:мне\s+|нам\s+)?(?:можно\s+)?"
                          r"(?:брать|взять|купить|подарить|прихватить)(?![а-яё])"
                          r"|(?:买|带|送|准备)(?:点)?(?:什么|啥)", re.IGNORECASE)


_SCRIPT = re.compile(r"\bscripts?\b|сценари|скрипт|脚本|话术", re.IGNORECASE)


# What a person bought once, told in a present's story ("pots and pans all bought online in a hurry", «купил себе
# палатку в прошлом году», "网上随便凑合买的"): no purchase from the store to ask about.
_BOUGHT = re.compile(r"\b(?:bought|purchased?)\b|(?<![а-яё])(?:купил\w*|покупк\w*)|买的|买了|买过", re.IGNORECASE)


def _support_words(text: str) -> bool:
    if not needs.support_cue(text):
        return False
    if needs.GIFT.search(text) and not _FROM_US.search(text) and not needs.support_cue(_BOUGHT.sub(" ", text)):
        return False
    return not (_BUYING.search(text) and not needs.support_cue(_BUYING.sub(" ", text)) and wanted_phrases(text, ""))


GIFT_CONFIDENCE = 0.9
NEED_CONFIDENCE = 0.7


# What goes with a thing: the recommend journey's cross-sell, not a need.
_GOES_WITH = re.compile(r"\b(?:go(?:es)? (?:well )?with|pairs? with|match(?:es)?|to go with)\b|"
                        r"(?<![а-яё])(?:к нему|к ней|к ним|подойд[её]т к|в пару)(?![а-яё])|搭配|配什么|配啥", re.I)


def as_need(u: Understanding, text: str, *, role: str, shown: bool, store_currency: str = "USD",
            services: Any = None) -> Understanding | None:
    """A need, a problem or a gift the classifier read as something else, as a search; None to keep ``u``.

    The test is cheap and errs towards keeping the classifier's intent: a turn with words of an order, a delivery,
    a return or a person stays where it was routed; so does advice on products already shown ("what goes with
    it") and a staff question in a staff session. The category the need points to is read later, by search, from
    the store's category profiles."""
    from agent.journeys.aftersales_cues import read_cue
    from agent.understand.rules import SMALLTALK_ONLY, asks_for_person
    from agent.understand.slots import extract_slots

    if role == "shopper" and u.intent == Intent.MANAGER_QUERY and u.source == "context":
        # A shopper's turn carried on from one the classifier took for a manager's ("ground please, we dont have a
        # grinder" after "coffee for the office"): the shopping goes on; a shopper has no manager's question.
        return u.model_copy(update={"intent": Intent.SEARCH})
    if u.intent == Intent.RECOMMEND and shown and u.slots.ordinal is None and not _GOES_WITH.search(text) \
            and (u.slots.attributes or u.slots.exclude_attrs):
        # "外套请推荐防水的，预算六百元以内", «посоветуйте без орехов»: advice that narrows what is on screen to what it
        # must (not) be is the search going on; "what goes with it" and "something better" stay the recommend
        # journey's (it had answered "customers also bought a wool hat").
        return u.model_copy(update={"intent": Intent.SEARCH})
    if u.is_follow_up or u.slots.order_id is not None:
        return None
    if role == "shopper" and u.intent == Intent.MANAGER_QUERY and (
            needs.is_gift(text) or _WHAT_TO_BUY.search(text)):
        # «у девушки др… чё можно взять косарь-полтора», «едем на фест… чё взять»: a shopper asking what to buy,
        # which the classifier took for a staff question; a shopper has none.
        return u.model_copy(update={"intent": Intent.SEARCH, "confidence": NEED_CONFIDENCE, "source": "rules"})
    if role == "shopper" and u.intent in _SELL_ASK_LOOKALIKES | {Intent.POLICY_QUESTION} and needs.is_gift(text) \
            and not needs.support_cue(text) and read_cue(text) is None and _WHAT_TO_BUY.search(text):
        # "we have exchange gift in office… what can I give": a present to choose, with no word of an order, a
        # return or a policy asked about.
        return u.model_copy(update={"intent": Intent.SEARCH, "confidence": GIFT_CONFIDENCE, "source": "rules"})
    if role == "shopper" and not shown and u.intent in _SELL_ASK_LOOKALIKES | {Intent.PRODUCT_QUESTION} \
            and needs.is_gift(text) and tells_a_story(text, strict_names=True) and not needs.support_cue(text) \
            and read_cue(text) is None \
            and (u.slots.price_max is not None or _WHAT_TO_BUY.search(text)) \
            and not category_asks.names_something(text, strict=True):
        # A present told at length with nothing on screen, with a budget or a "what to get" («Племяннику 10 лет…
        # Хочу на др что-то в эту тему, budget 2k», «Соседка помогла с переездом… thank you чем-то приятным, до
        # 2000») asks for no product's details, no chat and no complaint: it is a present to choose.
        return u.model_copy(update={"intent": Intent.SEARCH, "confidence": GIFT_CONFIDENCE, "source": "rules"})
    if u.intent == Intent.SEARCH and u.confidence < GIFT_CONFIDENCE and needs.is_gift(text) \
            and not needs.support_cue(text):
        # The classifier's unsure search of a present ("bday party sat for a kid in my sons class… $20ish"): sure.
        return u.model_copy(update={"confidence": GIFT_CONFIDENCE})
    structured = u.slots.category is not None and bool(u.slots.exclude_attrs or u.slots.attributes
                                                       or u.slots.price_max is not None)
    if u.intent == Intent.SEARCH and u.confidence < NEED_CONFIDENCE and not needs.support_cue(text) \
            and not has_replace_cue_of_ours(text) \
            and (_kind_first(text, u.slots) or _constrained_kind(text, u.slots) or structured
                 or set(needs.uses_of(text)) - needs.BODY_USES):
        # "earphones for the gym, not the wireless kind … my ears get sweaty": a kind of the store said first, as
        # a request names it, a kind with what it must (not) be ("要几个装吃的的盒子 不要塑料的"), or a problem the
        # need map knows ("上夜班 白天得补觉 楼上在装修"): no reason to ask what is meant.
        return u.model_copy(update={"confidence": NEED_CONFIDENCE})
    if u.intent == Intent.HUMAN_REQUEST:
        # "Guy next to me takes all his calls on speaker. How do I block him out without getting fired": the
        # classifier's guess of a person wanted, with no word of one (a person, an agent, 人工), and a problem the
        # need map knows. Read as the need it tells; without one the hand-over stands.
        # A role named in a story («а руководитель строго следит за сахаром») asks for nobody (asks_for_person);
        # a present to choose or a kind of the store's named is shopping too.
        if asks_for_person(text):
            return None
        if role == "shopper" and not needs.support_cue(text) and read_cue(text) is None \
                and (needs.is_gift(text) or u.slots.category is not None):
            return u.model_copy(update={"intent": Intent.SEARCH, "confidence": NEED_CONFIDENCE, "source": "rules"})
        if not set(needs.uses_of(text)) - needs.BODY_USES:
            return None
        u = u.model_copy(update={"intent": Intent.OTHER})
    if u.intent == Intent.RECOMMEND and not shown and tells_a_story(text, strict_names=True) \
            and not _GOES_WITH.search(text):
        # «Работаю посменно… Прошу порекомендовать, в чём брать с собой горячую еду»: advice asked with nothing on
        # screen and no product named is a need told at length; "better than X" needs an X.
        return u.model_copy(update={"intent": Intent.SEARCH, "confidence": NEED_CONFIDENCE, "source": "rules"})
    if SMALLTALK_ONLY.search(text.strip()):
        return None  # "在吗？", "有人吗" ("anyone there?") are a greeting, not a question about having "在" or "人"
    located = _where_search(u, text, role=role, store_currency=store_currency)
    if located is not None:
        return located
    # (an unsure policy question too: «сломался пылесос… Нет ли у вас чего-нибудь недорогого?» asks for no policy)
    lookalike = u.intent in _SELL_ASK_LOOKALIKES or (
        u.intent == Intent.POLICY_QUESTION and u.confidence < NEED_CONFIDENCE and not needs.support_cue(text))
    if role == "shopper" and lookalike and _SELLS.search(text) \
            and not (_SOON_FAILED.search(text) or _VERDICT.search(text)) and wanted_phrases(text, u.language):
        # "…сломался насос… Продаёте такие?", «мне бы билеты на концерт, у вас можно купить?», "你们这有沙发卖吗":
        # whether the store sells a thing, however it is told; search says so when it does not.
        asked = extract_slots(text, u.language, search=True, store_currency=store_currency)
        return u.model_copy(update={"intent": Intent.SEARCH, "slots": asked, "source": "rules"})
    from agent.understand.rules import STREAM

    # A stream script asked for in so many words stays the host's business (a shopper is told so); one the
    # classifier only guessed ("writing my thesis … something for the desk") is a need.
    staff_only = (u.intent in (Intent.MANAGER_QUERY, Intent.SCRIPT_REQUEST) and role != "shopper") or (
        u.intent == Intent.SCRIPT_REQUEST and bool(STREAM.search(text) or _SCRIPT.search(text)))
    if _support_words(text) or _STORE_WORDS.search(text) or staff_only:
        return None
    if u.intent in (Intent.COMPLAINT, Intent.RETURN, Intent.OTHER) and category_asks.asks_exists(text) \
            and not _FROM_US.search(category_asks.without_exists_frame(text)):
        # «кроссы для бега в 41-м у вас имеются? старые порвались»: asks whether the store has a kind, the thing
        # that broke being the shopper's own old one, not one bought here.
        asked = extract_slots(text, u.language, search=True, store_currency=store_currency)
        if asked.category is not None:
            return u.model_copy(update={"intent": Intent.SEARCH, "slots": asked, "source": "rules"})
    if u.intent == Intent.MANAGER_QUERY and role == "shopper" and category_asks.asks_exists(text):
        # «имеются ли у Вас в продаже очки для чтения?»: a shopper asking whether the store has a thing, in the
        # formal words staff use; search says whether it does (and so when it sells nothing of the kind).
        asked = extract_slots(text, u.language, search=True, store_currency=store_currency)
        return u.model_copy(update={"intent": Intent.SEARCH, "slots": asked, "source": "rules",
                                    "confidence": max(u.confidence, GIFT_CONFIDENCE)})
    if u.intent == Intent.COMPLAINT and _opens_with_request(text):
        # «Подскажите печенье к чаю… Устала уже читать составы в магазине»: a request for a kind said first; the
        # weariness after it is about shopping in general, no grievance against this store.
        asked = extract_slots(text, u.language, search=True, store_currency=store_currency)
        if asked.category is not None:
            return u.model_copy(update={"intent": Intent.SEARCH, "slots": asked, "source": "rules"})
    if u.intent in (Intent.COMPLAINT, Intent.RETURN, Intent.ORDER_STATUS) and THIS_TIME.search(text) \
            and not ORDER_CUE.search(text):
        # "last summer my down sleeping bag turned into a soggy pancake … so this year no down at all please and
        # under eighty bucks": what went wrong before is why this purchase has its conditions; a kind with a budget
        # or a refusal, asked for this time, is shopping.
        asked = extract_slots(text, u.language, search=True, store_currency=store_currency)
        if asked.category is not None and (asked.price_max is not None or asked.exclude_attrs):
            return u.model_copy(update={"intent": Intent.SEARCH, "slots": asked, "source": "rules",
                                        "confidence": NEED_CONFIDENCE})
    if u.intent == Intent.COMPLAINT and grievance(text) and not (needs.GIFT.search(text) and not _FROM_US.search(text)):
        # ("the handle came off his hammer" in a Father's Day present's story is why he needs a new one)
        return None  # a complaint about the store, its staff or goods that failed: the complaint journey answers
    if u.intent == Intent.RECOMMEND and shown and not (needs.is_gift(text) and not refers_back(text)):
        # "What goes with it?" is about what is on screen; "gift for my dad under 50" is a request of its own.
        return None
    thing = _thing_question(text) and u.intent in _THING_LOOKALIKES
    described = u.intent in _NEED_LOOKALIKES and (needs.is_gift(text) or needs.has_need_cue(text)
                                                  or bool(_USE_FRAME.search(text)) or u.intent == Intent.RECOMMEND)
    if not (thing or described) and u.intent in _NEED_LOOKALIKES and needs.has_replace_cue(text) \
            and not _FROM_US.search(text):
        # "The bulb in the hall blew", «перегорела лампочка», "灯泡坏了": a thing of a kind the store sells needs
        # replacing. Not a complaint about the store's own goods: those name the store or the purchase.
        described = extract_slots(text, u.language, search=True, store_currency=store_currency).category is not None
    if not (thing or described) and u.intent in (Intent.COMPLAINT, Intent.OTHER) and _story_is_need(text, u, services):
        described = True
    if not (thing or described) and u.intent == Intent.ORDER_STATUS and not ORDER_CUE.search(text) \
            and _story_is_need(text, u, services):
        # "…moving to minneapolis … my feet are gonna freeze off … 150 max": no order named, no word of one (the
        # figure is the budget); a problem told, which the need map reads.
        described = True
    # A thing that broke at home, with no word of buying it here, is to be replaced, not returned ("冰箱坏了 想换个
    # 双开门的": 换 is "get another", the classifier read "exchange").
    replacing = u.intent == Intent.RETURN and needs.has_replace_cue(text) and not _FROM_US.search(text)
    # "给我妈买个母亲节礼物 … 买了直接寄回去": a present to be sent on, read as a return for its "send back".
    replacing = replacing or (u.intent == Intent.RETURN and bool(needs.GIFT.search(text))
                              and not _FROM_US.search(text) and not ORDER_CUE.search(text))
    if not (thing or described) and (u.intent in _NEED_LOOKALIKES or replacing) and wanted_phrases(text, u.language):
        # Asks for a thing by its kind ("looking for a sofa bed for the spare room", "冰箱坏了 想换个双开门的"):
        # search answers, and says so when the store sells nothing of that kind.
        described = True
    slots: Slots | None = None
    if not (thing or described) and u.intent == Intent.COMPLAINT:
        # A complaint that reached here is no grievance about the store (checked above). "The tea at my office is
        # vile. I'd like to bring my own ... Under 30 dollars": one that ends in a budget is shopping; so is
        # "шапку, но не шерстяную, колется ужасно" / "耳机 不要无线的 有线就好 打游戏延迟受不了", a kind of thing with
        # what it must not be, the strong words its reason.
        slots = extract_slots(text, u.language, search=True, store_currency=store_currency)
        described = (_names_a_budget(slots) and not needs.has_replace_cue(text)) or _constrained_kind(text, slots) \
            or _kind_first(text, slots)
    if not (thing or described) and u.intent == Intent.MANAGER_QUERY and role == "shopper":
        # "coffee for the office, we go through a ton of it": a shopper naming a kind of the store is shopping.
        slots = extract_slots(text, u.language, search=True, store_currency=store_currency)
        described = slots.category is not None
    if not (thing or described or u.intent == Intent.OTHER):
        return None
    if slots is None:
        slots = extract_slots(text, u.language, search=True, store_currency=store_currency)
    if not (thing or described) and slots.category is None:
        return None  # no intent and no category of the store named: the clarifying question stays
    update: dict[str, Any] = {"intent": Intent.SEARCH, "slots": slots, "source": "rules"}
    if needs.is_gift(text) or (u.intent == Intent.MANAGER_QUERY and role == "shopper" and slots.category):
        # A present told in so many words is decided here: its kinds come from the need map, not a question back;
        # so is a kind of the store a shopper names.
        update["confidence"] = max(u.confidence, GIFT_CONFIDENCE)
    elif (described and set(needs.uses_of(text)) - needs.BODY_USES) or _kind_first(text, slots):
        # A problem the need map knows ("嘴巴就裂口子 一张嘴就出血"), or a kind of the store said first as a request
        # names it («повербанк в дорогу, едем на машине…»): what answers it is decided, not asked back.
        update["confidence"] = max(u.confidence, NEED_CONFIDENCE)
    return u.model_copy(update=update)


# "Where are the batteries?", «в каком ряду палатки», "帐篷放在哪": read as a search the classifier was unsure of, a
# staff question (the aisle words) or a question about the store (where its toilets are). One that names a category
# of the store is a search whose answer starts with the aisle (``agent.journeys.where``), not a guess: the circuit
# breaker's question back would not help. A staff session's aisle questions stay with the ops journey.
_WHERE_LOOKALIKES = {Intent.SEARCH, Intent.STORE_INFO, Intent.OTHER, Intent.SMALLTALK, Intent.MANAGER_QUERY}
WHERE_CONFIDENCE = 0.9


def _where_search(u: Understanding, text: str, *, role: str, store_currency: str) -> Understanding | None:
    from agent.understand.slots import extract_slots

    if not where.asks_where(text) or needs.support_cue(text):
        return None
    if u.intent == Intent.PRODUCT_QUESTION and u.confidence < WHERE_CONFIDENCE:
        # "Ridgeway Vista 200流明头灯在哪里？": a named product's place, answered by the product journey (its card
        # starts with the aisle), not the unsure classifier's question back.
        return u.model_copy(update={"confidence": WHERE_CONFIDENCE})
    if u.intent not in _WHERE_LOOKALIKES or (u.intent == Intent.MANAGER_QUERY and role != "shopper"):
        return None
    slots = extract_slots(text, u.language, search=True, store_currency=store_currency)
    if slots.category is None:
        return None  # "where are the toilets", "where is the store": not a kind of product
    if u.intent == Intent.SEARCH:
        return u.model_copy(update={"confidence": max(u.confidence, WHERE_CONFIDENCE)}) \
            if u.confidence < WHERE_CONFIDENCE else None
    return u.model_copy(update={"intent": Intent.SEARCH, "slots": slots, "source": "rules",
                                "confidence": max(u.confidence, WHERE_CONFIDENCE)})


def _follow_up_slots(view: TurnView) -> tuple[dict[str, Any], Decimal | None]:
    """This turn's slots merged over the last search's, and the "cheaper than" bound when there is one."""
    u = view.understanding
    slots = u.slots.model_dump(exclude_none=True, exclude_defaults=True)
    last = view.last_slots
    cheaper_than: Decimal | None = None
    follow = u.is_follow_up or u.slots.refine is not None
    if follow and last:
        merged = {k: v for k, v in last.items() if k in ("query", "price_min", "price_max", "category", "brand",
                                                          "attributes", "exclude_terms", "exclude_attrs",
                                                          "currency")}
        merged.update({k: v for k, v in slots.items() if k not in ("refine", "ordinal")})
        if u.slots.refine is not None and u.slots.category is None and last.get("query"):
            # "都太贵了…有没有便宜点的 四百以内", «а подешевле? хотелось бы до 4 тыс уложиться»: what is left of a
            # "cheaper" turn once its budget is read is talk, not a new thing to look for.
            merged["query"] = last["query"]
        slots = merged
    if u.slots.refine == "cheaper" and view.shown_prices:
        cheaper_than = min(view.shown_prices)
        if u.slots.price_max is None or Decimal(str(u.slots.price_max)) >= cheaper_than:
            slots["price_max"] = str(cheaper_than - CENT)
        slots.pop("price_min", None)
    if u.slots.refine == "pricier" and view.shown_prices:
        slots["price_min"] = str(max(view.shown_prices) + CENT)
        slots.pop("price_max", None)
    return slots, cheaper_than


def _carried_attributes(slots: dict[str, Any], follow: bool) -> dict[str, Any]:
    attrs = dict(slots.get("attributes") or {})
    if follow:
        return attrs
    # A fresh turn's words are parsed again by search (with the store's own lexicon); only what the cleaned words
    # lost -- a negation read as a flag, "not waterproof" or "not wired ones" (wireless) -- has to travel beside them.
    return {k: v for k, v in attrs.items() if isinstance(v, bool) or k.endswith("_free")}


# Amounts where less does not do, even when first asked: "a tent for 4 people" is not answered by a 1-person tent
# (a 6-person one does), nor "a 64 GB card" by a 32 GB one. Other amounts (60 W, 40 L) are wishes the ranking weighs.
AT_LEAST = frozenset({"persons", "capacity_gb", "capacity_mah"})


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _contradicts(h: dict[str, Any], wanted: dict[str, Any], amounts: frozenset[str] | None) -> bool:
    """Whether product ``h`` records a value against ``wanted``: another yes/no, or less of an amount (all amounts
    when ``amounts`` is None, else only those keys). A fact the product does not record contradicts nothing."""
    attrs = h.get("attributes") or {}
    for k, v in wanted.items():
        if k not in attrs:
            continue
        if isinstance(v, bool) and attrs[k] != v:
            return True
        if isinstance(v, str) and not parse_bound(v) and isinstance(attrs[k], str) and attrs[k].lower() != v.lower():
            return True  # another form or colour than the one asked ("over-ear", carried into "cheaper")
        if (amounts is None or k in amounts or parse_bound(v)) and meets(attrs[k], v) is False \
                and _is_number(attrs[k]):
            return True  # "at least 5 m", a winter rating: a bound never gives way
        if (amounts is None or k in amounts) and _is_number(v) and _is_number(attrs[k]) and attrs[k] < v:
            return True
    return False


def _by_agreement(hits: list[dict[str, Any]], wanted: dict[str, Any]) -> list[dict[str, Any]]:
    def agree(h: dict[str, Any]) -> int:
        attrs = h.get("attributes") or {}
        return sum(1 for k, v in wanted.items() if attrs.get(k) == v or meets(attrs.get(k), v) is True)

    return sorted(hits, key=lambda h: -agree(h))


def _keep_wanted(hits: list[dict[str, Any]], wanted: dict[str, Any]) -> list[dict[str, Any]]:
    """A follow-up that adds a constraint ("only waterproof ones") is a filter: products that match more of the
    wanted attributes first, and none that contradict a wanted yes/no flag or fall short of a wanted amount ("for 4
    people": a 1-person tent does not do; a 6-person one does). When nothing has it all, the new yes/no ask holds
    and amounts give way; with nothing at all, the nearest are shown."""
    if not wanted:
        return hits
    kept = [h for h in hits if not _contradicts(h, wanted, None)] \
        or [h for h in hits if not _contradicts(h, wanted, frozenset())] or hits
    return _by_agreement(kept, wanted)


def _keep_carried(hits: list[dict[str, Any]], wanted: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
    """Constraints carried into a "cheaper" turn (or a first turn's own): (products, whether some yes/no ask had to
    give way). A head count, a card's or a power bank's capacity (``AT_LEAST``) never gives way: no 1-person tent
    is a cheaper option for four, and none shown means the reply says nothing matched. When no product keeps every
    yes/no ask ("decaf"), the nearest that keep the head count are shown, and the reply says they lack something
    asked for."""
    if not wanted:
        return hits, False
    full = [h for h in hits if not _contradicts(h, wanted, None)]
    if full:
        return _by_agreement(full, wanted), False
    # A form or a material carried into "cheaper" gives way first ("nothing below $38.99 is merino; the nearest"),
    # then the yes/no asks ("vegan" outlasts "for dry skin"); a head count or a capacity never does.
    flags = {k: v for k, v in wanted.items() if not isinstance(v, str) or parse_bound(v)}
    amounts = {k: v for k, v in flags.items() if not isinstance(v, bool)}
    for keep in (flags, amounts):
        near = [h for h in hits if not _contradicts(h, keep, AT_LEAST)]
        if near:
            return _by_agreement(near, wanted), True
    return [], False


ABOVE_BUDGET = 3


async def _above_budget(view: TurnView, data: SearchInput, out: Any) -> list[dict[str, Any]]:
    """Nothing of the kind within the shopper's price ceiling: the cheapest of that kind without the ceiling, so the
    reply can say how far the budget falls short instead of only "nothing found". Only when the wider search is
    sure of the kind (its top hits share a category and fit the request); the other conditions stay."""
    if out.parsed.price_max is None:
        return []
    try:
        wider = await call(view, "search_products", data.model_copy(update={"price_max": None, "limit": SHOW * 2}))
    except Exception as exc:  # an offer only: without it the reply says nothing was found
        log.warning("above-budget search failed (%s): %s", type(exc).__name__, exc)
        return []
    if wider.low_confidence or not wider.hits:
        return []
    hits = [dump(h) for h in wider.hits]
    kind = _main_category(hits)
    same = [h for h in hits if h.get("category") == kind and h.get("in_stock")]
    return sorted(same, key=lambda h: Decimal(str(h["price"])))[:ABOVE_BUDGET]


def _without_price(text: str) -> str:
    """``text`` without its price phrases: "<an eight-word product title> under 13" is a name with a budget, not a
    story."""
    from knowledge.query import blank, parse_price
    from knowledge.text import normalize

    norm = normalize(text)
    return blank(norm, parse_price(norm).spans)


def _cheaper_than_most(prices: list[Decimal], cheapest: Decimal) -> Decimal | None:
    """The middle price of the first three shown, when it is above the cheapest: the next bound for "cheaper"."""
    first = sorted(prices[:3])
    if len(first) < 2 or first[len(first) // 2] <= cheapest:
        return None
    return first[len(first) // 2]


def _main_category(hits: list[dict[str, Any]]) -> str | None:
    top = [h.get("category") for h in hits[:3] if h.get("category")]
    return max(set(top), key=top.count) if top else None


async def run(view: TurnView, *, clarify: bool = False) -> JourneyResult:
    intent = "search"
    slots, cheaper_than = _follow_up_slots(view)
    query = str(slots.get("query") or view.text).strip() or view.text
    refining = view.understanding.slots.refine is not None
    # Shown products are dropped here rather than by the index filter: "cheaper" bounds the price anyway, and
    # this keeps follow-ups independent of how a given index implements id exclusion.
    # "Only waterproof ones" may well be among the products on screen: an attribute refinement shows them again.
    exclude = set(view.shown_ids) if refining and view.understanding.slots.refine != "attribute" else set()
    carried = _carried_attributes(slots, refining or view.understanding.is_follow_up)
    # "without sugar", "only waterproof": yes/no; "for 4 people" (an amount carried from an earlier turn): at least
    hard = {k: v for k, v in carried.items() if isinstance(v, bool) or _is_number(v) or parse_bound(v)}
    hard.update({k: v for k, v in (slots.get("attributes") or {}).items()
                 if k in AT_LEAST and _is_number(v) and k not in hard})
    if view.understanding.slots.refine in ("cheaper", "pricier"):
        # "这几个都小贵" after over-ear wired headphones: cheaper ones of that form, not cheaper earbuds
        hard.update({k: v for k, v in carried.items() if isinstance(v, str) and k != "size" and not parse_bound(v)})
    data = SearchInput(
        query=query[:2000],
        language=view.language,
        limit=SHOW * 4 if refining or hard else SHOW,
        price_min=slots.get("price_min"),
        price_max=slots.get("price_max"),
        category=slots.get("category"),
        brand=slots.get("brand"),
        # The structured request: exclusions always (the words sent no longer hold them); wanted attributes from
        # earlier turns, or those the words sent no longer hold ("без сахара" -> sugar_free, "not wireless").
        attributes=carried,
        exclude_terms=list(slots.get("exclude_terms") or [])[:20],
        exclude_attrs=dict(slots.get("exclude_attrs") or {}),
        # A follow-up's words edit the last request ("only waterproof ones"): they ask for no thing of their own.
        said=None if refining or view.understanding.is_follow_up else view.text[:4000],
    )
    pinned: list[dict[str, Any]] = []
    try:
        # A need or a gift is a description, not a name: "we don't have 'dad likes fixing things'" would be wrong.
        sl = view.understanding.slots
        # A request with exclusions describes what it wants ("不含糖的巧克力"): it names no particular product.
        # So does a story ("after a shower my hair takes half a day to dry"): names are short.
        # The question's frame ("你们有…吗") is no part of the story's length.
        bare = _ZH_FRAME.sub("", view.text)
        han = len(re.findall(r"[\u4e00-\u9fff]", bare))
        # A Chinese story runs on in clauses; one clause asking whether a thing with a foreign name spelt in
        # sounds is there ("奥斯卡罗暮行越野跑鞋有货吗") is none, while advice asked for ("头戴式的降燥耳机推荐下")
        # describes.
        one_named_ask = not re.search(r"[，,。；;！!？?、\s]", bare.strip()) and bool(_ZH_HAVE_ASK.search(view.text)) \
            and bool(zh_spelt_names(bare))
        story = len(_without_price(view.text).split()) > 8 or han > 16 or (han > 9 and not one_named_ask)
        described = (needs.is_gift(view.text) or needs.has_need_cue(view.text) or bool(sl.exclude_terms) or story
                     or bool(sl.exclude_attrs) or any(k.endswith("_free") for k in sl.attributes))
        # A description names no product, unless it carries a name anyway ("крем для лица Пирель Аврора",
        # "the Vantor Helix 4400 hiking boots", read as a need or a story): whether that name exists is checked
        # first. A gift's holidays and places ("8 Марта", "Father's Day") are no names.
        name_anyway = not needs.is_gift(view.text) and category_asks.names_something(view.text, strict=True)
        named = None if refining or (described and not name_anyway) else await names.resolve(view)
        if named is not None and named.status in names.UNKNOWN:
            return await names.unknown_name_result(view, named, intent)
        if named is not None and named.product_ids:
            pinned = await names.product_cards(view, named.product_ids[:PINNED])
        out = await call(view, "search_products", data)
        # A name that matched nothing of the store (capitals that were only a greeting) leaves the kind to decide.
        unnamed = named is None or not (named.product_ids or named.brand)
        thing = out.parsed.wanted  # set by search: a kind of thing asked for that the store does not sell
        if unnamed and not refining and not view.understanding.is_follow_up and thing is not None:
            # A kind of thing no category of the store comes near: say so, and offer the nearest only as such.
            res = NameResolution(name=thing, status="unknown_product", unknown_words=thing.split())
            return await names.unknown_name_result(view, res, intent, kind=True)
    except Exception as exc:  # every fault becomes a safe reply; the next turn works
        return fault_result(exc, intent)
    hits = [dump(h) for h in out.hits if h.product_id not in exclude]
    if cheaper_than is not None:
        # The promise of "cheaper" is kept in code, whatever the ranking returned.
        hits = [h for h in hits if Decimal(str(h["price"])) < cheaper_than]
        looser = _cheaper_than_most(view.shown_prices, cheaper_than)
        # ("再便宜点 一百以内的有吗": a ceiling the shopper said is never widened)
        said_max = _said_ceiling(view.text)
        if said_max is not None and said_max < cheaper_than:
            looser = None
        # (none under it that keeps what was asked counts as none: a cheaper 0.5 l flask is no answer to "750 ml")
        if looser is not None and not any(not _contradicts(h, hard, None) for h in hits):
            # Nothing under the cheapest shown: cheaper than most of what was shown still answers "cheaper?"
            # (the reply names the bound it kept).
            wider = data.model_copy(update={"price_max": looser - CENT})
            try:
                wide_out = await call(view, "search_products", wider)
            except Exception as exc:
                return fault_result(exc, intent)
            wide = [dump(h) for h in wide_out.hits if h.product_id not in exclude and Decimal(str(h.price)) < looser]
            # The wider bound only when it finds one that keeps every ask, or when nothing was under the narrow one:
            # otherwise the nearest under the cheapest shown say more ("nothing below $89.99 has everything").
            if not hits or any(not _contradicts(h, hard, None) for h in wide):
                data, out, cheaper_than, hits = wider, wide_out, looser, wide
    kind_of = view.last_slots.get("shown_category")
    if kind_of and slots.get("category") and not str(kind_of).startswith(str(slots["category"])) \
            and slots.get("category") != view.last_slots.get("category"):
        kind_of = None  # "ok flashlights then": another kind taken instead of the one shown
    if refining and kind_of:
        # "Cheaper ones" means more of the same kind: keep the category of what was shown when any match it.
        # None of that kind left means "nothing cheaper": say so rather than show something else.
        hits = [h for h in hits if h.get("category") == kind_of]
    relaxed = False
    if view.understanding.slots.refine == "attribute":
        hits = _keep_wanted(hits, dict(slots.get("attributes") or {}))
    elif hard:
        hits, relaxed = _keep_carried(hits, hard)
    if pinned:
        # The product the shopper named comes first, with its own facts, wherever the ranking put it.
        named_ids = {h["product_id"] for h in pinned}
        hits = pinned + [h for h in hits if h["product_id"] not in named_ids]
    hits = hits[:SHOW]
    notices = [out.notice] if out.notice else []
    # The shopper's words (a reply may quote them) and the named products shown first are facts too.
    facts = [dump(out), {"query": query}] + ([{"pinned": pinned}] if pinned else [])
    remember = {k: v for k, v in slots.items() if k not in ("refine", "ordinal")}
    remember["query"] = query
    # Search may read a bare number in the store's money ("ботинки до 120"): the next turn keeps what was applied.
    for key in ("price_min", "price_max"):
        applied = getattr(out.parsed, key)
        if remember.get(key) is not None and applied is not None and Decimal(str(remember[key])) != applied:
            remember[key] = str(applied)
    exists = None
    # A problem or a person told around the question ("it rains nonstop there, got any waterproof trainers?")
    # still asks it.
    if hits and not refining and category_asks.asks_exists(view.text):
        # "Do you have ...?" is answered yes or no first when the words name a kind of the store (the DB decides,
        # not ranking), and the list is then no guess to clarify.
        try:
            # A description (a story, a need, exclusions) was found to name nothing particular already.
            exists = await category_asks.existence(view, name_checked=named is not None or described)
        except Exception as exc:  # the list alone answers then
            log.warning("existence not checked (%s): %s", type(exc).__name__, exc)
        if exists is not None:
            facts.append(exists)
            clarify = False
    if not hits and not refining and data.category and (data.exclude_attrs or data.exclude_terms):
        # "要几个装吃的的盒子 不要塑料的 也别玻璃的" when every box is plastic or glass: the nearest of the kind,
        # said to lack something asked, rather than nothing at all.
        loose = data.model_copy(update={"exclude_attrs": {}, "exclude_terms": []})
        try:
            loose_out = await call(view, "search_products", loose)
        except Exception as exc:  # the empty answer stands
            log.warning("nearest without the exclusions not found (%s): %s", type(exc).__name__, exc)
        else:
            if loose_out.hits:
                hits, relaxed = [dump(h) for h in loose_out.hits][:SHOW], True
                facts.append(dump(loose_out))
    if not hits:
        # (the ceiling is the store's money by now: «не дороже 15» converted is said in dollars, not as "0,17 ₽")
        empty = {"query": query, "price_max": data.price_max, "currency": view.ctx.settings.currency}
        # ("и подешевле бы, до 6 тыщ" when no tent costs that little: how far the ceiling said falls short)
        # (only when that ceiling is the bound that fell short: «便宜点的 四百以内» above the cheapest shown found
        # nothing new under the cheapest, and the dearer ones are no answer)
        said_max = _said_ceiling(view.text)
        said_ceiling = said_max is not None and (cheaper_than is None or said_max <= cheaper_than)
        above = None if (refining or cheaper_than is not None) and not said_ceiling \
            else await _above_budget(view, data, out)
        if above:
            # "120元以下的防水登山鞋": none that cheap; the cheapest of the kind, offered as costing more.
            facts.append({"hits": above, "above_budget": True})
            return JourneyResult(
                intent=intent, kind="search_empty", facts=facts, notices=notices, failed=True,
                data={**empty, "currency": above[0]["currency"], "hits": above},
                fact_lines=[f"No products found for: {query} within the budget; cheapest of the kind:"]
                + [hit_line(h) for h in above], events=[products_event(above, title=query)],
                shown=[(int(h["product_id"]), str(h["price"])) for h in above], slots=remember,
                tools=["search_products"],
            )
        return JourneyResult(
            intent=intent, kind="search_empty", facts=facts, notices=notices, failed=True, data=empty,
            fact_lines=[f"No products found for: {query}"], slots=remember, tools=["search_products"],
        )
    currency = hits[0]["currency"]
    remember["shown_category"] = _main_category(hits) or kind_of
    # Search's own doubt (the top hit fits nothing asked: "непромокаемые ботинки" under 1.32 dollars finds a
    # yoghurt) makes the list a question back, unless a product was named or a "do you have" was answered.
    if out.low_confidence and not pinned and exists is None and not refining:
        clarify = True
    kind = "search_clarify" if clarify else "search_results"
    payload = {"query": query, "hits": hits, "currency": currency,
               "cheaper_than": str(cheaper_than) if cheaper_than is not None else None, "exists": exists,
               "relaxed": relaxed}
    if cheaper_than is not None:
        facts.append({"cheaper_than": str(cheaper_than), "currency": currency})
    lines = [hit_line(h) for h in hits[:4]]
    # "Where are the batteries?": the aisle and shelves of what was found, first (from the hits' own locations).
    found_at = where.places(hits, pinned=pinned, category=_main_category(hits)) \
        if not clarify and where.asks_where(view.text) else None
    if found_at is not None:
        payload["where"] = found_at
        answer = templates.where_sentence(templates.lang_of(view.language), found_at)
        lines = [f"answer first: {answer}"] + lines[:3]
    return JourneyResult(
        intent=intent,
        kind=kind,
        data=payload,
        facts=facts,
        fact_lines=lines,
        events=[products_event(hits, title=query)],
        notices=notices,
        failed=clarify,
        shown=[(int(h["product_id"]), str(h["price"])) for h in hits],
        slots=remember,
        tools=["search_products"],
    )
