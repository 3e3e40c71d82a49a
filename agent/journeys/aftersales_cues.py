"""What after-sales action a shopper's words ask for, in en/ru/zh: a return, a warranty claim for a defect, a
cancellation, or a discount the policies do not give; and whether the words are a request or only a question.

Cheap, high-precision word lists (DESIGN §2: rules before models). They decide nothing on their own: the journey
still needs the order proved, and the tools decide eligibility from the policy's figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Action = Literal["return", "warranty", "cancellation", "discount"]

_I = re.IGNORECASE

# A defect: something broke or does not work. "Noise cancelling" and "leak-proof" are product words, not defects.
DEFECT = re.compile(
    r"\bleak(?!-?proof)|\bleaking|\bleaks\b|\bbroke\b|\bbroken\b|\bbreaks\b|stopped working|"
    r"(?:does ?n[o']?t|do ?n[o']?t|won'?t|will not|doesnt|dont|wont)\s+"
    r"(?:work|turn on|switch on|charge|close|zip|hold|stay)|not working|"
    r"\bdefect|\bfaulty\b|\bfault\b|fell apart|falling apart|came apart|coming apart|came off|coming off|\btorn\b|"
    r"\bripped\b|\btear\b|\bcrack(?:ed|s)?\b|\bpeel(?:ing|ed)\b|\bmalfunction|\bdead\b|\bsplit\b|\bsnapped\b|"
    r"\bfrayed\b|\bseam\b|(?:come|came|coming|comes|gone|went|got|worked) loose\b|\bwobbl(?:es|y|ing)\b|"
    r"\bfell off\b|\bfalling off\b|"
    r"\bzipp?er\b.{0,20}(?:stuck|jammed|off)|\bwet inside\b|soaks? through|let(?:s)? water in|"
    r"\bquality (?:problem|issue)|\bdamaged\b|"
    # ("told me to cut out caffeine": to give something up, no sound dropping)
    r"(?:cuts?|cutting) out(?!\s+(?:the|a|an|some|any|most|more|caffeine|sugar|salt|alcohol|meat|dairy|gluten|carbs|"
    r"coffee|\w+ing)\b)|\bcrackl|stopped (?:charging|turning on|"
    r"switching on|holding|closing|heating|lighting up)|(?:switch|shut|turn)(?:s|es|ing)? (?:itself )?"
    r"(?:off|down)|won'?t hold (?:a )?charge|stopped charging|not charging|no sound|"
    r"слома|полома|слетел|течёт|течет|протека|промока|пропуска\w* воду|не работает|перестал\w* работать|"
    r"не включается|не заряжается|не закрывается|\bбрак|дефект|неисправ|порвал|порвал|разорвал|рвётся|треснул|"
    r"трещин|отклеил|отвалил|развалил|расклеил|разошёлся|разошелся|разошлись|лопнул|облез|испорчен|повреждён|"
    r"тріснул|шатается|болтается|расшатал|"
    r"поврежден|некачествен|заел|выключается|отключается|не держит заряд|глючит|не заряжа|разошлась|разошлось|"
    r"не сцепля\w*|"
    # "перестал заряжать", "перестало играть левое ухо": it stopped doing what it is for.
    r"перестал\w*\s+(?:\w+\s+)?(?:заряжа\w*|включа\w*|игра\w*|греть|светить|крутит\w*|держа\w*|закрыва\w*|"
    r"застёгива\w*|застегива\w*|реагир\w*|звучать|ловить|нагрева\w*|сохнуть)|"
    r"坏了|坏掉|损坏|漏水|渗水|进水|漏气|不工作|不能用|用不了|没法用|无法使用|故障|质量问题|开胶|脱胶|破了|破损|"
    r"裂了|裂开|开裂|断了|脱落|掉了|开不了机|无法开机|充不上电|不能充电|失灵|卡住|拉不上|瑕疵|次品|自动关机|断断续续|没声音|充不进电|不开机|死机|"
    r"没反应|不亮了?|锁不住|"
    # Cantonese, folded to Simplified: 开唔到机 (won't turn on), 充唔到电 / 叉唔到电 (won't charge), 坏咗 (broke).
    r"开唔到机|开唔着|着唔到|充唔到电|叉唔到电|坏咗|烂咗|冇反应|冇声|甩咗|甩线|断咗|爆咗|穿咗|漏咗|"
    # ("嗓子冒烟": a dry throat, no device on fire)
    r"焦味|糊味|(?<!嗓子)(?<!喉咙)冒烟|不出热风|只出冷风|不加热|不制热|不转了|杂音|滋滋",
    _I,
)
RETURN = re.compile(
    r"(?<![a-z])return(?!\s+(?:policy|window|period))|(?<![a-z])go back\b|\bsend (?:[\w']+ ){0,3}back|\bsend back|"
    r"\bbring (?:it|them) back|"
    r"(?<![a-z])refund|money back|"
    # ("we have exchange gift in office", "a gift exchange": presents swapped at a party, nothing sent back)
    r"(?<!gift )(?<!present )\bexchange\b(?!\s+(?:gifts?|presents?))|take (?:it|them) back|"
    r"вернуть|верн(?:у|ём|ем|ите)\b|возврат|сдать обратно|обменять|обмен\b|верните деньги|вернуть деньги|деньги назад|"
    r"сдать|"
    # 推货: 退货 typed by pinyin with the wrong first syllable (tui4 → tui1), a common slip
    r"退货|推货|退回|退款|退钱|换货|退掉|退了|[想要能可]退|退一下|退吗|"
    # Cantonese 退返 / 攞返啲钱 (give back, get the money back); Ukrainian «повернути» in a Russian message
    r"退返|攞返|拎返|поверн(?:ути|уть|іть)",
    _I,
)
WARRANTY_WORD = re.compile(r"warrant|guarantee|repair|гаранти|ремонт|保修|质保|保固|维修|修理|整返|修返", _I)
CANCEL = re.compile(
    # (not a membership, a subscription or a trip the shopper called off: "cancelled my gym membership")
    # (nor noise cancelling: "do any of those have noise cancelling?")
    r"(?<![a-z])(?<!noise )(?<!noise-)(?<!noise)cancel(?!l?ing\s+(?:head|ear|mic))"
    r"(?!(?:l?ed|l?ing|s)?\s+(?:my|our|the|a)\s+(?:\w+\s+)?"
    r"(?:membership|subscription|plan|trip|flight|holiday|vacation|booking|wedding|party|class|lessons?)\b)"
    r"|(?<![a-z])cancell?ation(?!\s+of\s+(?:my|our|the)\s+(?:\w+\s+)?(?:membership|subscription|trip|flight))|call off|"
    r"don'?t want (?:it|the order) any ?more|\bundo (?:my|the|this|that) (?:order|purchase)|"
    # "undo mine before you ship it", "pull back order 1918", "stop the order before it ships"
    r"\bundo (?:mine|it|this|that)\b|\bpull (?:back (?:my |the |this )?order|(?:my |the |this )?order back)|"
    r"\bstop (?:my |the |this )?order\b|"
    r"отмен|отказаться от заказа|не нужен больше|аннулир\w*|"
    r"取消(?!降噪)|退订(?!单)|不(?:想)?要了|撤回|撤单|撤销订单",
    _I,
)
DISCOUNT = re.compile(
    r"\bdiscount|\bcoupon|\bcompensat|\bprice ?match|\bpartial refund|refund (?:the|part of the) difference|"
    r"\bvoucher|\bcredit (?:me|for)|\bstore credit|\bgift card|\bfree (?:one|gift)|\bpromo(?:tion(?:al)?)? ?code|"
    r"\bprice (?:has )?(?:dropped|drop|went down|is lower|fell)|\bcheaper now|\bloyal|\bregular customer|"
    r"(?:refund|money back for|pay back) (?:the |my )?(?:shipping|delivery)|(?:shipping|delivery) (?:fee|cost|charge|"
    r"money) back|\bgoodwill|"
    # "I'd like the shipping cost refunded for the delay"
    r"(?:shipping|delivery|postage)(?: fees?| costs?| charges?)? (?:refunded|reimbursed|returned|credited)|"
    r"скидк|компенсац|купон|промокод|промо-код|бонус|балл|сертификат|частичн\w* возврат|разниц\w* в цене|"
    r"подешевел|цена (?:снизилась|упала|стала ниже)|постоянн\w+ (?:клиент|покупател)|"
    r"(?:верн\w+|возврат\w*) (?:деньги |денег )?за доставку|стоимость доставки верн|"
    r"折扣|打折|优惠券|优惠码|促销码|补偿|赔偿|差价|返现|便宜点给|降价|退运费|运费退|积分|老客户|会员价|代金券|礼品卡",
    _I,
)
# Asking whether a policy or programme exists ("do you have a price match policy?") is a policy question, not a
# request for a concession.
POLICY_EXISTS = re.compile(
    r"\b(?:do|does) (?:you|your (?:shop|store))(?: guys)? (?:have|offer|do)\b.{0,40}\b(?:polic|program|scheme)|"
    r"есть ли у вас.{0,40}(?:политик|программ)|у вас есть.{0,40}(?:политик|программ)|"
    r"(?:你们|贵店|店里)有.{0,12}(?:政策|计划|制度)吗",
    _I,
)
# A request, as opposed to a question about the rules ("how do I return...?", "what is your warranty?").
REQUEST = re.compile(
    r"\b(?:i want|i'?d like|i would like|i need|please|i'?m returning|help me|can you|could you|i wish|"
    r"start a|make a|file a|open a|i have to|let me|need to|want to|wanna|have to|gotta)\b|"
    r"хочу|хотел|хотела|прошу|нужно|надо|помогите|оформите|оформить|можете|сделайте|"
    r"我要|我想|请(?!假)|帮我|申请|麻烦|唔该|帮手",  # (请假: leave from work)
    _I,
)
# The shopper speaks of a purchase of theirs: "I bought", "my boots", "купил", "我买的".
# This time's purchase, after a story of the last one ("so this year no down at all", «в этот раз», "这次想换一个"):
# what went wrong before is why the new thing has its conditions, no claim on the old one.
THIS_TIME = re.compile(r"\b(?:this (?:year|time)|next time|a new one|get a new)\b|"
                       r"(?<![а-яё])(?:в этот раз|на этот раз|теперь хочу|теперь нужн\w*)(?![а-яё])|"
                       r"这次|这回|重新买|再买一|想换一个|换个新的", re.IGNORECASE)
PURCHASE = re.compile(
    # "used it for three months", "пользовалась полгода", "用了三个月": a thing the shopper has had for a while.
    r"\bused (?:it|them) for\b|пользовал\w*|用了\S{1,3}(?:个月|天|周|星期|年)|"
    r"\bi (?:bought|ordered|purchased|got|received)|\b(?:it|they|parcel|package|order) (?:arrived|came)\b|"
    r"\bmy (?:order|boots|jacket|tent|purchase|item|package|\w+s)\b|\bthey\b|"
    # (whole words: «мой» is no part of «посудомойка»)
    r"купил|купила|покупал\w*|заказал|заказала|получил|получила|пришл[оаи]|доставили|мой заказ|"
    r"(?<![а-яё])(?:моя|мои|мой|мою|моё|мое)(?![а-яё])|"
    r"我买的|我买了|买的|收到|到货|我的订单|我订的",
    _I,
)


# A question about the rules rather than a request to act: "how do I return...", "можно ли вернуть", "怎么退货".
QUESTION = re.compile(
    r"^\s*(?:how|can i|could i|what|is it possible|do you|are)\b|\bhow (?:do|can|long)\b|\?\s*$|"
    r"\bкак\b|можно ли|сколько дней|какие|\?\s*$|"
    r"如何|怎么|怎样|能不能|可以.{0,12}吗|吗[？?]?\s*$|[？?]\s*$",
    _I,
)
# A question about an order's progress: it ends an after-sales request that was waiting for its order.
STATUS_QUESTION = re.compile(
    r"\bwhere is|\bstatus\b|\btrack|when will|has it (?:shipped|arrived)|"
    r"где мой|где заказ|статус|отслед|когда придёт|когда придет|когда доставят|"
    r"到哪|物流|状态|什么时候到|发货了吗",
    _I,
)


# A defect told in the past or perfect tense is of something the shopper has ("it broke", "сломалась", "坏了"), not
# a wish in a search ("boots that don't leak").
OWNED_DEFECT = re.compile(
    r"\b(?:broke|stopped|came apart|fell apart|came off|came loose|come loose|ripped|cracked|snapped|leaked|"
    r"started leaking|"
    r"(?:is|are|keeps?) leaking|leaks? (?:after|since|when|in)|has (?:a )?(?:hole|tear|crack))\b|"
    r"слома(?:л|ла|ло|ли|лся|лась|лось|лись)\b|порвал|отклеил|отвалил|тр[еі]снул|перестал|протекл|промокл|"
    r"лопнул|разош|потекл|не работает|не включается|"
    r"\b(?:has|have|had) (?:started|stopped)\b|"
    r"(?:坏|裂|破|断|开胶|脱胶|漏水|掉|失灵|卡住|没反应|不亮)了|不能用了|用不了了|坏咗|烂咗|开唔到机",
    _I,
)


# "Our trip has been cancelled", «поездку отменили», "行程取消了": something else called off, which is why the shopper
# writes; not a request to cancel the order.
OTHER_CANCELLED = re.compile(
    r"\b(?:trip|flight|holiday|vacation|event|plans?|wedding|party|concert|match|class|course|tour|visit)\s+"
    r"(?:has |had |have |was |were |got |is |are )?(?:been |just )?(?:cancell?ed|called off)|"
    r"(?:cancell?ed|called off)\s+(?:my |our |the )?(?:trip|flight|holiday|vacation|plans?|event|wedding|party)|"
    # «я всё отменила ради этого дня», «отменил все дела»: the shopper's own plans, given up for the delivery.
    r"(?:вс[её]|все дела|свои дела|дела|планы)\s+отменил\w*|отменил\w*\s+(?:вс[её]|все дела|дела|планы)\b|"
    r"(?:поездк|отпуск|рейс|поход|мероприяти|свадьб|концерт|план|путешестви|тур|командировк)\w*\s+(?:\w+\s+)?"
    r"(?:отмен\w*|сорвал\w*)|отмен\w*\s+(?:\w+\s+)?(?:поездк|отпуск|рейс|поход|свадьб|концерт|путешестви|тур)\w*|"
    r"(?:行程|旅行|航班|活动|计划|婚礼|出行|旅游|出差|演出|比赛)\S{0,4}取消",
    _I,
)
# Never used, never opened: an item that goes back unused is a return, even when the shopper says it "does not work"
# with their phone ("买错了，我的手机用不了，盒子都没打开过").
UNUSED = re.compile(
    r"\bnever (?:been )?(?:used|worn|opened|run in)|\bunused\b|\bunopened\b|\bunworn\b|still (?:sealed|in the box)|"
    r"\bwith (?:the )?tags\b|\btags? (?:are )?still on\b|still has (?:the |its |all the )?tags|"
    r"не (?:распаковал|пользовал|носил|открывал|вскрывал)\w*|в (?:заводской |оригинальной )?"
    r"упаковке|упаковка (?:целая|не вскрыта)|бирк\w* (?:на месте|не срезан\w*|не отрезан\w*)|с бирками|"
    # Cantonese 冇 / 未 ("not yet"), 着 / 著 (worn), 吊牌仲喺度 (the tags are still on)
    r"(?:没(?:有)?|冇|未)(?:打开|拆|用|穿|开封|着|著|开)过?|未(?:拆封|使用|开封)|全新|吊牌(?:还|都|仲)?(?:在|喺度)",
    _I,
)


# The shopper cannot give the second factor: "I don't have her email", «почту его не помню», "她的邮箱我记不清了".
NO_FACTOR = re.compile(
    r"\b(?:don'?t|do not|can'?t|cannot|doesn'?t)\s+(?:have|know|remember|recall|find)\b.{0,30}"
    r"(?:e-?mail|phone|number|digits)|\bno idea\b.{0,20}(?:e-?mail|phone)|"
    r"(?:почт|e-?mail|имейл|мейл|телефон|номер)\w*.{0,30}(?:не (?:помню|знаю)|нет у меня|забыл\w*)|"
    r"(?:не (?:помню|знаю)|нет у меня|забыл\w*).{0,30}(?:почт|e-?mail|имейл|мейл|телефон|номер)|"
    r"(?:邮箱|手机号?|电话).{0,10}(?:记不清|不记得|不知道|忘了|没有)|(?:记不清|不记得|不知道|忘了).{0,10}(?:邮箱|手机|电话)",
    _I,
)


@dataclass(frozen=True)
class Cue:
    action: Action
    defect: bool  # the words describe a fault (a quality problem)
    request: bool  # asked for, not only asked about
    purchase: bool  # the shopper speaks of something they bought


# The words a typo most often hides ("retrun", "возрат", "cancle"): a word one edit (or one swap) away from one of
# these is read as it. Long words only, so short ones are never bent into another.
KEYWORDS = ("return", "refund", "cancel", "warranty", "возврат", "вернуть", "отменить", "отмена", "гарантия")
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]{5,}")


def fix_typos(text: str) -> str:
    from rapidfuzz.distance import OSA

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        for key in KEYWORDS:
            if low != key and abs(len(low) - len(key)) <= 1 and OSA.distance(low, key) == 1:
                return key
        return word

    return _WORD.sub(fix, text)


# The body's own trouble is no product's defect: "my lips crack every winter", "heels split", «губы трескаются».
_BODY_TROUBLE = re.compile(
    r"\b(?:lips|skin|hands|heels|feet|knuckles|fingers|nails|gums)\s+(?:\w+\s+){0,3}?(?:crack|split|peel|bleed)\w*|"
    r"(?<![а-яё])(?:губы|кожа|руки|пятки|пальцы|дёсны|десны)\s+(?:[а-яё]+\s+){0,2}?"
    r"(?:трескают|треска|шелуш|лопают|кровоточ)[а-яё]*|(?:嘴唇|皮肤|脚后跟|手)(?:干)?(?:裂|开裂|脱皮|出血)|"
    # "腰都要断了" (my back is killing me): an ache said as a break
    r"(?:腰|腿|脖子|颈椎|背|后背|肩膀|胳膊|手腕|脚)(?:都|也)?(?:快|要|快要)?(?:断|废|裂)了",
    re.IGNORECASE)


def read_cue(text: str) -> Cue | None:
    """The after-sales action ``text`` asks for, or None. A defect is a warranty claim; a return, a cancellation
    or a discount is what the words name (a cancellation wins over a return: "cancel and refund")."""
    text = OTHER_CANCELLED.sub(" ", fix_typos(text))
    defect = bool(DEFECT.search(_BODY_TROUBLE.sub(" ", text))) and not (RETURN.search(text) and UNUSED.search(text))
    request = bool(REQUEST.search(text))
    purchase = bool(PURCHASE.search(text)) or (defect and bool(OWNED_DEFECT.search(text)))
    action: Action | None
    if CANCEL.search(text):
        action = "cancellation"
    elif DISCOUNT.search(text) and not (POLICY_EXISTS.search(text) and not purchase):
        action = "discount"
    elif defect:
        action = "warranty"
    elif RETURN.search(text):
        action = "return"
    elif WARRANTY_WORD.search(text) and (request or re.search(r"\bclaim\b|\d{3,}", text)):
        action = "warranty"
    else:
        action = None
    if action is None:
        return None
    return Cue(action=action, defect=defect, request=request, purchase=purchase)
