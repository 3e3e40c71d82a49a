"""High-precision keyword rules that combine with the classifier instead of replacing it.

Each rule that fires gives a likelihood ratio for one intent; the understander multiplies the classifier's
probabilities by the ratios and renormalizes (a naive-Bayes update). So a strong cue ("order 1234", "operator",
"сценарий эфира") nearly decides, a weak cue ("shipping") only tips a close call, and the classifier still wins
when the words point elsewhere ("how many days do I have to return" has "return" but is a policy question).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.understand.models import Intent

_I = re.IGNORECASE


@dataclass(frozen=True)
class RuleHit:
    intent: Intent
    ratio: float  # likelihood ratio: >1 supports the intent
    rule: str  # name, for logs and the eval's report


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), _I)


# Order numbers after an order word: "order 1234", "order #55", "заказ №123", "订单1234", "1234号订单".
ORDER_ID = _rx(
    r"\border\b(?:\s+(?:no\.?|number|num|id))?\s*[#:]?\s*(?P<en>\d{2,12})\b",
    r"заказ[а-яё]*\s*(?:№|номер|#|n)?\s*:?\s*(?P<ru>\d{2,12})",
    r"(?:订单号?|单号)\s*(?:是|为)?\s*[:：#]?\s*(?P<zh>\d{2,12})",
    r"(?P<zh2>\d{2,12})\s*号?(?:订单|单)",
)
# A figure with a unit after it is a product spec ("Vista 200 lm", "20000 mAh", "500 мл", "800流明"), not an order.
_UNIT_AFTER = (r"\s?(?:lm|лм|mah|мач|ml|мл|kg|кг|mm|мм|cm|см|gb|гб|tb|тб|g|г|w|вт|l|л|mp|мп|rpm|"
               # a temperature or a distance of a story ("supposed to hit 100 degrees"): no order number
               r"°|degrees?|deg|градус\w*|miles?|km|км|"
               r"流明|毫安|毫升|毫米|厘米|公斤|千克|克|瓦|升|度|公里)(?![a-zа-яё])")
_BARE_NUMBER = re.compile(r"(?<![\d.,])#?(\d{3,10})(?![\d.,%])(?!" + _UNIT_AFTER + ")", re.IGNORECASE)
# A number the support journeys may take for an order's, in any message: none with a unit after it.
ORDER_NUMBER = re.compile(r"(?<!\d)(\d{3,9})(?!\d)(?!" + _UNIT_AFTER + ")", re.IGNORECASE)
_STATUS_CUES = _rx(
    r"\b(news|update|status|track(ing)?|shipped|dispatched|arrive|make it|where'?s|on its way|moving)\b",
    r"(новост|статус|трек|отправ|отгруз|придёт|придет|успеет|едет|в пути|где\b)",
    r"(消息|动静|状态|物流|发货|发了|到了吗|能到|到哪|在哪)",
)
_PRICE_CUES = _rx(r"[$€£₽¥]|\b(under|below|less than|budget|bucks|dollars|usd|eur)\b",
                  r"(до|дешевле|руб|₽|тыс)", r"(元|块|以内|以下|预算)")

HUMAN = _rx(
    r"\b(human|real person|actual person|live (agent|person|rep|chat with a person)|operator|representative|"
    r"real (human|agent|assistant|answer from a person)|someone real|actual employee|staff member|"
    r"customer (care|service)|(speak|talk|chat) (to|with) (a |the |your |an? )?(manager|supervisor|person|someone|"
    r"human|staff|employee|boss)|store manager|your manager|member of staff|not (a|this) bot|don'?t want a bot|"
    r"call me (back|on|at|about|asap|please|pls|today|tomorrow)|give me a (call|ring)|phone me|ring me|"
    r"(someone|somebody|anyone) (to )?(call|phone|ring|come (over|here))|"
    r"(get|fetch|bring|find) me (a|the|your|some) (manager|supervisor|human|person|boss)|"
    r"i (want|need|demand) (a|the|your) (manager|supervisor|boss))\b",
    # «по 500 с человека» is a share per person, not a person asked for
    r"(оператор|жив(ой|ого|ому|ым)\s+(человек|оператор|консультант|сотрудник|агент)|с человеком|"
    r"(?<!\d с )(?<!\d на )\bчеловека\b|"
    # (a class teacher, «классной руководительнице», is no manager)
    r"позовите|менеджер[аоу]?\b|"
    r"(?<!классной )(?<!классному )(?<!классная )(?<!классного )(?<!классным )(?<!классном )руководител|"
    r"начальник|управляющ|директор|старшего|консультант|"
    r"(позов|дай|нуж|свяж|соедин|перевед|переключ)\w*\s+(\w+\s+)?(сотрудник|живо(й|го|му)\b|живым\b)|"
    r"службу поддержки|из поддержки|не хочу с ботом|перезвон|позвоните мне|"
    r"свяжитесь со мной|"
    r"(поговорить|пообщаться|связаться|разговаривать)\s+с\s+(\w+\s+)?(сотрудник|менеджер|специалист|администратор))",
    r"(人工|真人|转接|店长|经理|负责人|工作人员|主管|客服代表|接线员|活人|(?<![一二三两几\d])回电话?|给我打电话|打给我|"
    r"(叫|喊|找)(个|一个)人|店员过来|服务员过来)",
)
# A letter's salutation ("Dear Customer Service,", "Hello support team:") addresses the store; it asks for no person.
_SALUTATION = re.compile(
    r"^\s*(?:dear|hello|hi|hey|good (?:morning|afternoon|evening)|to)\s+(?:the\s+)?(?:[\w'&-]+\s+){0,3}?"
    r"(?:customer (?:care|service|support)|support|service|team|staff)(?:\s+(?:team|department|desk))?\s*[,:;!\n-]",
    re.IGNORECASE,
)
_BOT_TALK = _rx(r"\b(are you a (bot|robot|human|real person|ai)|are you real|being a (bot|robot))\b",
                r"(ты (бот|робот|человек)|ботом|робот)", r"(你是机器人|你是真人|机器人)")

RETURN_ACTION = _rx(
    r"\b(return(ing)?|refund|send (it |them |this |these )?back|sending (it |them )?back|exchange|swap|"
    r"money back|take (it |them )?back|bring (it |them )?back|give (it |them )?back)\b",
    # («всё поменялось»: plans changed, nothing exchanged)
    r"((?<![а-яё])верн|возврат|обмен|поменя(?!л(?:ось|ись|ся|ась))|сдать|сдам|рефанд|"
    r"отправ\w* (его |её |их )?(назад|обратно))",
    # "换成…看看" is "let me look at … instead": browsing, not an exchange; so are "还是换成磨好的粉吧" and
    # "换成四个人能住的" (what to show instead). "把鞋换成大一号的" exchanges a thing the shopper has.
    r"(退货|退款|退掉|退回|退了|我要退|想退|能退|换货|把[^，,。？?\s]{1,10}换成|"
    r"换成(?![^，,。？?]{0,12}看看)(?![^，,。？?\s]{1,12}(?:的|吧)[吧呢啊]?(?:[\s，,。？?！!]|$))|换一|寄回|寄还|退钱)",
)
POLICY_MARKERS = _rx(
    r"\b(policy|policies|how (many|long)|days?|window|period|conditions?|rules?|allowed|am i still|"
    r"without (the )?(receipt|box|tags?|packaging)|receipt|final sale|who gets|warranty|guarantee|fee|"
    r"free|opened|used|worn|sale items)\b",
    r"(услови|политик|правил|сколько дней|срок|можно ли|ещё можно|еще можно|без чека|без коробки|чек[аи]?\b|"
    r"гаранти|бесплатн|платн|подлежат|вскрыт|со скидкой)",
    r"(政策|规定|几天|多少天|期限|还能|是不是|条件|小票|包装|保修|免费|收费|手续费|拆封|打折)",
)

STREAM = _rx(
    r"\b(stream|streaming|livestream|live ?stream|live show|going live|go live|on air|broadcast|on live|"
    r"the live|tonight'?s live|run of show|show flow|viewers|co-?host|giveaway|drop the link|"
    r"(the )?chat (says|is (asking|saying)|keeps)|in the comments)\b",
    r"(эфир|стрим|трансляц|лайв|зрител|соведущ|\bшоу\b|подписчик|розыгрыш|в чате|пишут в чат)",
    # (Not "家人们" / "宝子们": a Xiaohongshu post calls its readers so too; a shopper's "求推荐 宝子们" is no show.)
    r"(直播|开播|主播|口播|带货|观众|节目|弹幕|上链接|粉丝团|连麦|下播|憋单|逼单|福袋)",
)
SCRIPT_WORDS = _rx(
    r"\b(script|intro|hook|lines|pitch|say|talking points|outline|rundown|patter|cue cards?|storyboard|"
    r"announcement|write|draft|plan|voiceover|banter|opening|call to action|what (do|should|can) i say)\b",
    r"(сценари|скрипт|текст|реплик|тезис|напиш|набросай|план|хук|фраз|объявлени|раскадровк|говорить|распиш|"
    r"начало|закадр|что (им )?ответить|как ответить|что сказать)",
    r"(脚本|话术|台词|文案|开场|流程|口播|写|提词|怎么回|咋回|怎么接|几句|钩子|说点什么|说辞)",
)

MANAGER = _rx(
    r"\b(aisles?|shel(f|ves)|restock(ed|ing)?|out of stock|mark ?downs?|stock (report|levels?|count)|inventory|"
    r"revenue|sales|sold|sell-?through|margins?|footfall|shrinkage|overstock(ed)?|reorder|forecast|skus?|"
    r"lots|expir\w*|tasks?|shift|back ?room|warehouse|run (out|dry)|sell out|slow[- ]moving|slow movers|"
    r"dead (stock|weight)|write-?offs?)\b",
    r"(\bряд[ауе]?\b|\bряду\b|полк[аеиу]|полок|пополн|уцен|остатк|выручк|продаж|продал|продались|марж|"
    r"оборачиваем|недостач|дозаказ|артикул|парти[яий]|задач|смен[аы]|подсобк|склад|выкладк|проходимост|"
    r"прогноз|закончится|раскупят|продаю?тся плохо|плохо продаю?тся|продаваемост|неликвид|залежал|списан)",
    r"(货架|通道|补货|缺货|清货|库存|营业额|销量|销售额|卖了多少|毛利|售罄|损耗|批次|任务|早班|仓库|预测|客流|"
    r"积压|卖断|卖光|卖得(慢|快|好|最好|不好)|滞销|动销|报损)",
)

# Forecast questions (agent/journeys/forecast.py): what runs out, what to reorder, demand ahead.
FORECAST_RUN_OUT = _rx(
    r"\b(run(s|ning)? (out|dry)|sell(s|ing)? out|stock ?outs?)\b",
    r"(законч|раскупят|кончится|не хватит)",
    r"(卖断|卖光|断货|售罄|不够卖)",
)
FORECAST_REORDER = _rx(
    r"\b(re-?order\w*|order more|what (should|do) (we|i) order)\b",
    r"(дозаказ|перезаказ|что заказать|сколько заказать)",
    r"(补货建议|订货|该补多少|要补多少)",
)
FORECAST_DEMAND = _rx(
    r"\b(demand|forecast)\b",
    r"(спрос|прогноз)",
    r"(需求|预测)",
)


def forecast_question(text: str) -> str | None:
    """"run_out", "reorder" or "demand" when ``text`` asks a forecast question (run-out wins over the others)."""
    for name, rx in (("run_out", FORECAST_RUN_OUT), ("reorder", FORECAST_REORDER), ("demand", FORECAST_DEMAND)):
        if rx.search(text):
            return name
    return None


STORE_INFO = _rx(
    r"\b(opening hours|open(ing)? times?|are you open|you (guys )?open|what time do you (open|close)|closing time|"
    r"close today|address|parking|car park|park(ing)? lot|directions|phone number|branch(es)?|metro|bus|"
    r"wheelchair|toilets?|restrooms?|fitting rooms?|lifts?|elevators?|(?<!no )wifi|entrance)\b",
    r"(часы работы|график работы|во сколько (вы )?(открыва|закрыва)|вы работаете|вы открыты|открыты\b|адрес|"
    # «наушники для метро», «в автобусе укачивает»: where a thing is used, not where the store is
    r"парковк|филиал|(?<!для )(?<!в )(?:метро|автобус)|остановк|туалет|примерочн|лифт|как добраться|вход)",
    r"(营业时间|几点(开|关)门|开门|关门|营业|地址|停车|分店|地铁|公交|卫生间|厕所|试衣间|电梯|怎么去|门店)",
)
DELIVERY = _rx(
    r"\b(ship(ping)?|deliver(y|ies|ed)?|courier|postage|post (it|to)|pickup point|parcel locker|"
    r"click and collect|express)\b",
    r"(доставк|доставля|доставит|привез|курьер|отправля|пересылк|самовывоз|постамат|пункт выдачи|шл[её]те|"
    r"высылает|высылаете)",
    r"(运费|配送|包邮|快递|送货|送到|寄到|发货到|发往|寄往|自提|次日达|当日达|能送|能寄)",
)
# Price matching is a policy ("will you match it?"), although its words are a comparison's.
PRICE_MATCH = _rx(
    r"\b(price[- ]match(ing)?|match (the|their|a|that|this) price|price guarantee|beat (the|their|a) price)\b",
    r"(сравняете цену|сравняете стоимость|уравняете цену|вернёте разницу|вернете разницу|компенсируете разниц)",
    r"(保价|价保|补差价|退差价|比价政策)",
)
# "Is the A lighter than the B?", "A легче, чем B?": a comparative with "than" and a thing after it (a figure after
# it is a limit instead: "cheaper than $50", "дешевле чем 5000").
_NOT_A_FIGURE = r"(?!\s*(?:[$€£¥₽]\s*)?\d)"
COMPARE = _rx(
    r"\b(vs\.?|versus|compare|comparison|difference|differ(ent)?|better than|stack up|side by side)\b",
    rf"\b(?!(?:less|more|other|rather|older|under|over)\b)[a-z]{{3,}}er\s+than\b{_NOT_A_FIGURE}",
    r"(сравн|\bпротив\b|разниц|отлича|лучше чем|чем .* лучше)",
    rf"(?<![а-яё])[а-яё]{{3,}}(?:ее|ей|ше|же|че|ле)\s*,?\s+чем(?![а-яё]){_NOT_A_FIGURE}",
    r"(对比|比较|比一下|区别|不同|差别|哪个(更|好)|还是.*好|对比一下)",
)
_ORDINAL_PAIR = _rx(
    r"\b(first|second|third|1st|2nd|3rd|last)\b.*\b(first|second|third|fourth|1st|2nd|3rd|4th|last)\b",
    r"(перв|втор|трет|последн)[а-яё]*\b.*\b(перв|втор|трет|четв[её]рт|последн)",
    r"(第[一二三四1234]|最后).*(第[一二三四1234]|最后)",
)
SMALLTALK_ONLY = _rx(
    r"^\W*(hi|hello|hey+|heya|yo|sup|hiya|thanks?|thank you|thx|ty|cheers|bye|goodbye|bye bye|see (you|ya)|"
    r"good (morning|evening|afternoon|night)|morning|ok(ay)?|cool|lol|haha+|nice|great)"
    r"(\s+(there|again|a lot|so much|very much|mate|all|guys|bot))*[\s!.,:)(]*$",
    r"^\W*(привет\w*|здравствуй\w*|здрасьте|здорово|здарова|спасибо|спс|благодарю|пока|до свидания|доброе утро|"
    r"добрый (день|вечер)|ок|окей|хорошо|ахах\w*|хаха\w*|ясно|понятно)([\s,]+(большое|огромное|всем|тебе|вам))*"
    r"[\s!.,:)(]*$",
    r"^\W*(你好|您好|嗨|哈喽|谢谢|多谢|谢啦|再见|拜拜|早上好|早|晚上好|晚安|好的|哈哈+|在吗|在不在|有人吗)+[\s!！?？。.,，~～:)(]*$",
)

THANKS_BYE = _rx(
    r"\b(thanks|thank you|thx|ty|cheers|bye|goodbye|see (you|ya)|talk soon|ttyl|that'?s all|that'?s it)\b",
    r"(спасибо|спасибки|спс|благодарю|пока\b|до связи|до свидания|это вс[её]|на сегодня вс[её])",
    r"(谢谢|谢了|谢啦|多谢|拜拜|再见|回聊|就这些|就这样)",
)
RECOMMEND = _rx(
    r"\b(recommend\w*|suggest\w*|advice|advise|ideas?|inspo|gift|present|what should i (get|buy|bring)|"
    r"what would you (get|pick|choose|buy)|your (top )?pick|help me (choose|pick))\b",
    r"(посовет|порекоменд|подскаж|иде[яий]|подар|что взять|что купить|что выбрать|помогите выбрать)",
    r"(推荐|建议|送什么|礼物|买什么好|买啥|选哪|帮我(选|挑))",
)
SEARCH = _rx(
    r"\b(show me|looking for|searching for|do you (have|sell|carry|stock)|got any|i need|i want to buy)\b",
    r"(покажи|ищу|продаёте|продаете|есть ли у вас|нужн[аыо]? )",
    r"(给我看看|有没有(?!人)|找一|想买|要一)",  # "有没有人管" asks whether anybody cares, not for a thing
)


# A letter's signature ("С уважением, офис-менеджер ООО «Вектор»", "Kind regards, Anna, store manager at ..."): who
# writes, not a person asked for.
_SIGN_OFF = re.compile(r"(?:\b(?:(?:best|kind|warm)\s+)?regards|\bsincerely|\byours\s+(?:truly|faithfully)|"
                       r"с\s+уважением|всего\s+(?:доброго|хорошего)|此致)\b.{0,120}$", re.IGNORECASE | re.DOTALL)


# A role named alone («руководитель», "store manager", "经理") asks for that person in a short message ("менеджера!")
# or beside a verb of asking; in a story it is a character («а руководитель строго следит за сахаром», «до 3 тыс. на
# человека», "our office manager ordered…").
_BARE_ROLE = re.compile(
    r"(?:человека|менеджер\w*|руководител\w*|начальник\w*|управляющ\w*|директор\w*|старшего|консультант\w*"
    r"|经理|负责人|工作人员|主管|店长|staff member|store manager|your manager|customer (?:care|service)"
    r"|member of staff)",
    re.IGNORECASE,
)
_ASK_VERB = re.compile(
    r"\b(?:call|speak|talk|get|put|transfer|connect|want|need|fetch|bring|find|let me|can i|could i)\b"
    r"|позов|позвать|соедин|переключ|перевед|свяж|дайте|хочу|нужен|нужна|нужно|можно|пригласите|поговор|попросите"
    r"|找|叫|转|喊",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.!?。！？\n])\s*")
_SELF = re.compile(r"(?:-|\b(?:i'?m|i am|as)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?|(?<![а-яё])я\s+(?:\w+\s+)?|我是\S{0,4})$",
                   re.IGNORECASE)


def _short(text: str) -> bool:
    return len(text.split()) <= 6 and len(re.findall(r"[\u4e00-\u9fff]", text)) <= 12


def asks_for_person(text: str) -> bool:
    """The words ask for a person outright ("real person", «оператор», "转人工"); a letter's "Dear Customer Service"
    does not, nor a role named in a story with no asking beside it."""
    body = _SIGN_OFF.sub(" ", _SALUTATION.sub(" ", text, count=1))
    short = _short(body)
    for sentence in _SENTENCES.split(body):
        for m in HUMAN.finditer(sentence):
            bare = _BARE_ROLE.fullmatch(m.group(0).strip()) is not None
            if bare and _SELF.search(sentence[: m.start()]):
                continue  # the writer's own job: «Я офис-менеджер, к 8 Марта нужно…», "I'm the office manager"
            if short or not bare or _ASK_VERB.search(sentence):
                return True
    return False


def rule_hits(text: str, *, negative: bool = False) -> list[RuleHit]:
    """The rules ``text`` triggers; ``negative``: the turn's sentiment is clearly negative (a complaint cue)."""
    hits: list[RuleHit] = []
    has_order = bool(ORDER_ID.search(text))
    returns = bool(RETURN_ACTION.search(text))
    policy = bool(POLICY_MARKERS.search(text))
    human = asks_for_person(text)
    if has_order and not human:  # "call me back about order 5512" asks for a person: rule 1 beats rule 4
        hits.append(RuleHit(Intent.RETURN if returns else Intent.ORDER_STATUS, 6.0, "order_number"))
    elif (not has_order and not human and _BARE_NUMBER.search(text) and _STATUS_CUES.search(text)
          and not _PRICE_CUES.search(text) and not returns):
        hits.append(RuleHit(Intent.ORDER_STATUS, 3.0, "number_with_status_words"))
    if human:
        hits.append(RuleHit(Intent.HUMAN_REQUEST, 8.0, "human"))
    elif _BOT_TALK.search(text):
        hits.append(RuleHit(Intent.SMALLTALK, 2.0, "bot_talk"))
    if returns:
        if policy:
            hits.append(RuleHit(Intent.POLICY_QUESTION, 2.5, "return_rules"))
        else:
            hits.append(RuleHit(Intent.RETURN, 3.0, "return_action"))
    if STREAM.search(text):
        scripted = bool(SCRIPT_WORDS.search(text))
        name = "stream_script" if scripted else "stream"
        hits.append(RuleHit(Intent.SCRIPT_REQUEST, 12.0 if scripted else 3.0, name))
    if MANAGER.search(text):
        hits.append(RuleHit(Intent.MANAGER_QUERY, 3.0, "store_ops_words"))
    elif forecast_question(text):
        hits.append(RuleHit(Intent.MANAGER_QUERY, 3.0, "forecast_words"))
    if STORE_INFO.search(text):
        hits.append(RuleHit(Intent.STORE_INFO, 2.5, "store_facts"))
    if DELIVERY.search(text) and not has_order:
        hits.append(RuleHit(Intent.DELIVERY, 2.0, "delivery_words"))
    if PRICE_MATCH.search(text):
        hits.append(RuleHit(Intent.POLICY_QUESTION, 4.0, "price_match"))
    elif COMPARE.search(text) or _ORDINAL_PAIR.search(text):
        hits.append(RuleHit(Intent.COMPARE, 2.5, "compare_words"))
    if SMALLTALK_ONLY.search(text.strip()):
        hits.append(RuleHit(Intent.SMALLTALK, 10.0, "greeting_or_thanks"))
    if THANKS_BYE.search(text):
        hits.append(RuleHit(Intent.SMALLTALK, 2.5, "thanks_or_bye"))
    if RECOMMEND.search(text):
        hits.append(RuleHit(Intent.RECOMMEND, 2.0, "advice_words"))
    if SEARCH.search(text):
        hits.append(RuleHit(Intent.SEARCH, 1.5, "browse_words"))
    if negative:
        hits.append(RuleHit(Intent.COMPLAINT, 2.0, "negative_sentiment"))
    return hits


def find_order_id(text: str) -> int | None:
    """An order number named with an order word ("order 1234", "заказ №55", "订单1234"), or the shopper's own
    correction of it right after ("order 1183 — sorry, 1138")."""
    m = ORDER_ID.search(text)
    if not m:
        return None
    digits = next(g for g in m.groups() if g)
    return corrected_number(text, int(digits))


_NUMBER_AT = re.compile(r"(?<!\d)\d{3,12}(?!\d)")
# Words of a shopper taking back a number just typed: "1183 — sorry, 1138", «1072, то есть 1027», «1692… ой, нет,
# 1962», "1245，不对，是1254". Only between two numbers of the same length, close together.
CORRECTION_CUE = re.compile(
    r"\b(?:sorry|i mean|i meant|correction|oops|no wait|actually|typo)\b|то есть|\bой\b|\bнет\b|вернее|точнее|"
    r"извин|в смысле|ошиб|опечат|不对|不是|说错|打错|写错|应该是|更正|纠正|不好意思|抱歉|对不起",
    re.IGNORECASE,
)


def corrected_number(text: str, number: int) -> int:
    """``number``, or the number the shopper put in its place right after it, as many times as they did."""
    found = list(_NUMBER_AT.finditer(text))
    for here, after in zip(found, found[1:], strict=False):
        if int(here.group(0)) != number or len(after.group(0)) != len(here.group(0)):
            continue
        gap = text[here.end():after.start()]
        if len(gap) <= 30 and CORRECTION_CUE.search(gap):
            number = int(after.group(0))
    return number


def find_bare_number(text: str) -> int | None:
    """The only 3+-digit number in ``text`` when there is exactly one (a bare order number in a status question)."""
    found = _BARE_NUMBER.findall(text)
    return int(found[0]) if len(found) == 1 else None
