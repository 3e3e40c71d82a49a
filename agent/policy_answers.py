"""Policy questions that ask one thing get that thing first (issue 16): "how many days do I have to return?" is
answered "You have 30 days of delivery to return an item.", not with the whole returns policy.

``asked_aspects(kind, text)`` reads what the shopper asked about a policy of ``kind`` (the return window, a refund,
the receipt, opened or used items; the free-delivery threshold, the delivery cost or time, the carriers; the
warranty's length; the store's hours, address, phone, e-mail) from cue words in en/ru/zh. ``answer(lang, policy,
aspects)`` says it: from the policy's structured ``fields`` where they hold it (the figures a reply may quote, so
every figure passes the verifier), else the one sentence of the policy's own text that states it. "" when nothing
asked can be said that way: the caller then gives the policy's text as before.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from babel import Locale

from agent.templates import lang_of, money

Aspect = str

_I = re.IGNORECASE
# Per policy kind, the aspects in the order they are tried; a question gets at most two of them answered.
_CUES: dict[str, list[tuple[Aspect, re.Pattern[str]]]] = {
    "returns": [
        (
            "opened",
            re.compile(
                r"\bopened\b|\bunboxed\b|\bunsealed\b|\bopen(?:ed)? (?:box"
                r"|package|packaging)\b|out of the (?:box|package)"
                r"|without (?:the |its )?(?:box|packaging)|вскрыт|распаков|открыл|открыт\w* (?:упаков|короб)"
                r"|без (?:упаковки|коробки)|拆封|拆开|开封|开箱|打开(?:了|过)",
                _I,
            ),
        ),
        (
            "used",
            re.compile(
                # "never used", «не носил», "没穿过" say the opposite: the item is unused.
                r"(?<!never )(?<!not )(?<!n't )(?<!n't been )\b(?:used|worn|wore|washed)\b|\btried (?:it |them )?on\b"
                r"|(?<!не)(?<!не )(?:использова|носил|надевал|стирал)|поношен|б/у"
                r"|(?<![没未不])(?:用过|穿过|使用过|戴过|洗过)",
                _I,
            ),
        ),
        (
            "refund",
            re.compile(
                r"\brefund|money back|\b(?:credit |debit )?card\b"
                r"|payment method|store credit|\bcash\b|get (?:my |the )?money"
                r"|деньг|денег|возврат (?:средств|оплаты)|карт[уыеа]\b|способ оплаты|наличн"
                r"|退款|退钱|钱.{0,4}退|卡里|到卡|原路|到账",
                _I,
            ),
        ),
        ("receipt", re.compile(r"\breceipts?\b|proof of purchase|чек\w*|квитанц|收据|小票|发票|凭证", _I)),
        (
            "window",
            re.compile(
                r"\bhow (?:many|much time|long)\b|\bdays?\b|\bweeks?\b"
                r"|\bmonths?\b|\bwindow\b|\bdeadline\b|\btime limit\b"
                r"|\buntil when\b|\bby when\b|\btoo late\b|\bstill\b"
                r"|сколько (?:дней|времени|есть)|срок|как долго|дн(?:ей|я)\b"
                r"|недел|месяц|до какого|поздно|几天|多少天|多久|多长时间|期限|天内|还能|超过|过了",
                _I,
            ),
        ),
    ],
    "delivery": [
        (
            "free",
            re.compile(
                r"\bfree\b|no (?:delivery |shipping )?(?:charge|fee)|minimum (?:order|spend|amount)|\bthreshold\b"
                r"|over (?:some|what|a certain|which) amount|бесплатн|от какой суммы|минимальн|免费|免运费|包邮|满多少"
                r"|满.{0,4}免",
                _I,
            ),
        ),
        (
            "cost",
            re.compile(
                r"\bhow much\b|\bcosts?\b|\bprice\b|\bfees?\b|\bcharges?\b|\bpay\b|сколько стоит|стоимост|стоит|цена"
                r"|(?<!бес)платн|заплатить|多少钱|运费|费用|收费|价格|几块",
                _I,
            ),
        ),
        (
            "time",
            re.compile(
                r"\bhow (?:long|fast|quickly|soon)\b|\bdays?\b|\bwhen will\b|\bexpress\b|\bnext[- ]day\b|\bovernight\b"
                r"|\btakes?\b|сколько (?:идёт|идет|дней|времени|ждать|едет)|как (?:долго|быстро)|срок|дн(?:ей|я)\b"
                r"|экспресс|когда (?:придёт|придет|привезут|доставят)"
                r"|多久|几天|多长时间|多快|时效|加急|什么时候(?:到|送)",
                _I,
            ),
        ),
        (
            "carriers",
            re.compile(
                r"\bcarriers?\b|\bcouriers?\b|\bups\b|\bfedex\b|\busps\b|\bdhl\b|which (?:company|service)|ship with"
                r"|перевозчик|курьерск\w* служб|служб\w* доставки|какой компани|через кого|快递公司|物流公司|哪家快递"
                r"|什么快递|哪个快递",
                _I,
            ),
        ),
    ],
    "warranty": [
        ("receipt", re.compile(r"\breceipts?\b|proof of purchase|чек\w*|квитанц|收据|小票|发票|凭证", _I)),
        (
            "length",
            re.compile(
                r"\bhow (?:long|many)\b|\bmonths?\b|\byears?\b|\blength\b|\bperiod\b|\bduration\b|\blasts?\b|\bexpire"
                r"|сколько|срок|как долго|месяц|\bгод|\bлет\b|多久|多长|几年|几个月|期限|保修期|多少个月|多少年",
                _I,
            ),
        ),
    ],
    "store_info": [
        (
            "hours",
            re.compile(
                r"\bhours\b|\bopen\b|\bopening\b|\bclos(?:e|es|ing)\b|what time|\bwhen (?:are|do) you\b"
                r"|час\w* работ|работаете|открыт|открыва|закрыва|во сколько|график|режим|营业|几点|开门|关门|上班",
                _I,
            ),
        ),
        (
            "address",
            re.compile(
                r"\baddress\b|where (?:is|are) (?:the |your )?(?:store|shop|you)\b|\blocated\b|find you\b"
                r"|\bdirections\b|get there|адрес|где (?:вы|находит|магазин)|как (?:добраться|пройти|проехать)"
                r"|地址|在哪|位置|怎么走|怎么去",
                _I,
            ),
        ),
        ("contact", re.compile(r"\bcontact\b|reach you|get in touch|связаться|контакт|联系", _I)),
        ("phone", re.compile(r"\bphone\b|\bcall\b|\btelephone\b|телефон|позвонить|звонить|电话|号码|致电", _I)),
        ("email", re.compile(r"\be-?mail\b|почт|имейл|емейл|邮箱|邮件", _I)),
    ],
}
MAX_ASPECTS = 2


def asked_aspects(kind: str, text: str) -> list[Aspect]:
    """What ``text`` asks about a policy of ``kind``, at most two things, in the order they are answered; [] when it
    asks about the policy as a whole ("what's your return policy?", "how do I return a jacket?")."""
    found = [aspect for aspect, cue in _CUES.get(kind, []) if cue.search(text)]
    if "phone" in found and "email" in found:
        found = [a for a in found if a not in ("phone", "email")] + ["contact"]
    if "contact" in found:
        found = [a for a in found if a not in ("phone", "email")]
    if "free" in found:
        found = [a for a in found if a != "cost"]  # the free-delivery answer says the fee below the threshold
    return found[:MAX_ASPECTS]


def aspects_of(kind: str) -> list[Aspect]:
    """Every aspect a question about a policy of ``kind`` may ask."""
    return [aspect for aspect, _ in _CUES.get(kind, [])]


def answer(lang: str, policy: dict[str, Any], aspects: list[Aspect]) -> str:
    """The direct answer to ``aspects`` from ``policy`` (a ``get_policy`` result), naming the policy it rests on;
    "" when none of them can be said from its fields or a sentence of its text."""
    lang = lang_of(lang)
    fields = dict(policy.get("fields") or {})
    body = " ".join(str(policy.get("body") or "").split())
    said: list[str] = []
    for aspect in aspects:
        sayer = _SAYERS.get(aspect)
        sentence = sayer(lang, fields, body) if sayer is not None else ""
        if sentence and sentence not in said:
            said.append(_stop(sentence, lang))
    if not said:
        return ""
    title = str(policy.get("title") or "").strip()
    if title and policy.get("kind") != "store_info":  # hours and an address rest on no "policy" a shopper names
        said[0] = said[0][:-1] + _NAMED[lang].format(title=title) + said[0][-1]
    return ("" if lang == "zh" else " ").join(said)


_NAMED = {"en": " (our “{title}” policy)", "ru": " (по правилам «{title}»)", "zh": "（依据《{title}》）"}


def _stop(text: str, lang: str) -> str:
    text = text.strip()
    if lang == "zh":
        return text if text[-1] in "。！？" else text + "。"
    return text if text[-1] in ".!?" else text + "."


# -- helpers ----------------------------------------------------------------------------------------------------------

_SENTENCES = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")


def body_sentence(body: str, cue: re.Pattern[str]) -> str:
    """The first sentence of a policy's text that ``cue`` finds, as it is written; "" when none does."""
    for sentence in _SENTENCES.split(body):
        if sentence.strip() and cue.search(sentence):
            return sentence.strip()
    return ""


def _num(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    d = Decimal(str(value))
    return int(d) if d == d.to_integral_value() else None


def _range(value: Any) -> tuple[int, int] | None:
    if isinstance(value, list | tuple) and len(value) == 2:
        a, b = _num(value[0]), _num(value[1])
        if a is not None and b is not None:
            return a, b
    return None


def _ru_form(count: int, one: str, few: str, many: str) -> str:
    form = Locale.parse("ru").plural_form(count)
    return {"one": one, "few": few}.get(form, many)


def _money(amount: Any, fields: dict[str, Any], lang: str) -> str:
    """ "$50" for a whole amount, "$5.99" otherwise, in the policy's currency (the store's: USD when unsaid)."""
    text = money(amount, str(fields.get("currency") or "USD"), lang)
    d = Decimal(str(amount))
    return re.sub(r"[.,]00(?!\d)", "", text) if d == d.to_integral_value() else text


def _days(value: int | tuple[int, int], lang: str, business: bool) -> str:
    """ "3–5 business days" / «3–5 рабочих дней» / "3–5个工作日"; "30 days" / «30 дней» / "30天"."""
    n = f"{value[0]}–{value[1]}" if isinstance(value, tuple) else str(value)
    last = value[1] if isinstance(value, tuple) else value
    if lang == "zh":
        return f"{n}个工作日" if business else f"{n}天"
    if lang == "ru":
        if business:
            return f"{n} {_ru_form(last, 'рабочий день', 'рабочих дня', 'рабочих дней')}"
        return f"{n} {_ru_form(last, 'день', 'дня', 'дней')}"
    return f"{n} business days" if business else f"{n} {'day' if last == 1 else 'days'}"


_BUSINESS = re.compile(r"business day|working day|рабочих|工作日", _I)


# -- returns ----------------------------------------------------------------------------------------------------------

_FROM_DELIVERY = re.compile(r"of delivery|from delivery|после получения|с момента получения|签收后|收货后", _I)
_FROM_PURCHASE = re.compile(r"of purchase|from purchase|после покупки|с даты покупки|购买后|购买之日", _I)


def _window(lang: str, fields: dict[str, Any], body: str) -> str:
    days = _num(fields.get("return_days"))
    if days is None:
        return body_sentence(body, re.compile(r"\d+\s*(?:days?|дн|天)", _I))
    anchor = "delivery" if _FROM_DELIVERY.search(body) else "purchase" if _FROM_PURCHASE.search(body) else ""
    quality = bool(fields.get("quality_issues_only"))
    said = _days(days, lang, False)
    if lang == "zh":
        start = {"delivery": "签收后", "purchase": "购买后"}.get(anchor, "")
        return f"{start}{said}内可以退货" + ("（仅限质量问题）" if quality else "")
    if lang == "ru":
        start = {"delivery": " с момента получения", "purchase": " после покупки"}.get(anchor, "")
        return f"Вернуть товар можно в течение {said}{start}" + (
            " — только при проблемах с качеством" if quality else ""
        )
    start = {"delivery": " of delivery", "purchase": " of purchase"}.get(anchor, "")
    return f"You can return an item within {said}{start}" + (" — only for a quality problem" if quality else "")


_REFUND = re.compile(r"refund|money|payment method|деньги|средств|способ оплаты|退款|原路", _I)


def _refund(lang: str, fields: dict[str, Any], body: str) -> str:
    # The refund method is no field of its own: the sentence of the policy that says where the money goes.
    return body_sentence(body, _REFUND)


_RECEIPT = re.compile(r"receipt|proof of purchase|чек|квитанц|收据|小票|发票|凭证", _I)


def _receipt(lang: str, fields: dict[str, Any], body: str) -> str:
    found = body_sentence(body, _RECEIPT)
    if found:
        return found
    needed = fields.get("receipt_required", fields.get("proof_of_purchase"))
    if not isinstance(needed, bool):
        return ""
    if needed:
        return {"en": "Yes, you need the receipt", "ru": "Да, нужен чек", "zh": "需要提供收据"}[lang]
    return {"en": "No, you don't need a receipt", "ru": "Нет, чек не нужен", "zh": "不需要收据"}[lang]


_OPENED = re.compile(r"opened|open box|вскрыт|распакован|拆封|开封", _I)
_CONDITION = re.compile(r"unused|original packaging|не использовал|упаковк|未使用|包装完好", _I)
_YES = {"en": "Yes", "ru": "Да", "zh": "可以"}
_NO = {"en": "No", "ru": "Нет", "zh": "不可以"}


def _lead(word: str, sentence: str, lang: str) -> str:
    """ "Yes, opened items are accepted…": a yes/no before the policy's own sentence."""
    if lang == "zh":
        return f"{word}，{sentence}"
    first = sentence[:1]
    keep = len(sentence) > 1 and sentence[1:2].isupper()  # "USB-C cables…" keeps its capital
    return f"{word}, {sentence if keep else first.lower() + sentence[1:]}"


def _opened(lang: str, fields: dict[str, Any], body: str) -> str:
    ok = fields.get("opened_ok")
    sentence = body_sentence(body, _OPENED)
    if isinstance(ok, bool) and sentence:
        return _lead(_YES[lang] if ok else _NO[lang], sentence, lang)
    return sentence or body_sentence(body, _CONDITION)


def _used(lang: str, fields: dict[str, Any], body: str) -> str:
    sentence = body_sentence(body, _CONDITION)
    condition = str(fields.get("condition") or "")
    if sentence and "unused" in condition.lower():
        return _lead(_NO[lang], sentence, lang)  # the policy takes back unused items only
    return sentence


# -- delivery ---------------------------------------------------------------------------------------------------------


def _free(lang: str, fields: dict[str, Any], body: str) -> str:
    over = fields.get("free_shipping_over")
    if isinstance(over, bool) or not isinstance(over, int | float | Decimal):
        return body_sentence(body, re.compile(r"free|бесплатн|免运费|包邮|免费", _I))
    free = _money(over, fields, lang)
    fee = fields.get("standard_fee")
    rest = ""
    if fee is not None:
        rest = {
            "en": "; below that, standard delivery costs {fee}",
            "ru": "; для заказов на меньшую сумму стандартная доставка стоит {fee}",
            "zh": "；未满则标准配送运费{fee}",
        }[lang].format(fee=_money(fee, fields, lang))
    return {
        "en": "Delivery is free for orders over {free}",
        "ru": "Доставка бесплатна для заказов от {free}",
        "zh": "订单满{free}免运费",
    }[lang].format(free=free) + rest


def _cost(lang: str, fields: dict[str, Any], body: str) -> str:
    fee, express = fields.get("standard_fee"), fields.get("express_fee")
    if fee is None:
        return body_sentence(body, re.compile(r"cost|fee|\$|стоит|стоимост|运费|费用", _I))
    parts = [
        {"en": "Standard delivery costs {fee}", "ru": "Стандартная доставка стоит {fee}", "zh": "标准配送运费{fee}"}[
            lang
        ].format(fee=_money(fee, fields, lang))
    ]
    if fields.get("free_shipping_over") is not None:
        parts[0] += {
            "en": " (free for orders over {free})",
            "ru": " (бесплатно для заказов от {free})",
            "zh": "（订单满{free}免运费）",
        }[lang].format(free=_money(fields["free_shipping_over"], fields, lang))
    if express is not None:
        parts.append(
            {"en": "express delivery costs {fee}", "ru": "экспресс-доставка — {fee}", "zh": "加急配送运费{fee}"}[
                lang
            ].format(fee=_money(express, fields, lang))
        )
    return ("；" if lang == "zh" else "; ").join(parts)


def _time(lang: str, fields: dict[str, Any], body: str) -> str:
    standard, express = _range(fields.get("standard_days")), _range(fields.get("express_days"))
    if standard is None:
        return body_sentence(body, re.compile(r"\d\s*(?:–|-)?\s*\d*\s*(?:business |working )?days?|дн|工作日|天", _I))
    business = bool(_BUSINESS.search(body))
    parts = [
        {"en": "Standard delivery takes {d}", "ru": "Стандартная доставка занимает {d}", "zh": "标准配送需{d}"}[
            lang
        ].format(d=_days(standard, lang, business))
    ]
    if express is not None:
        parts.append(
            {"en": "express delivery takes {d}", "ru": "экспресс-доставка — {d}", "zh": "加急配送需{d}"}[lang].format(
                d=_days(express, lang, business)
            )
        )
    return ("；" if lang == "zh" else "; ").join(parts)


def _carriers(lang: str, fields: dict[str, Any], body: str) -> str:
    names = [str(c) for c in fields.get("carriers") or [] if str(c).strip()]
    if not names:
        return body_sentence(body, re.compile(r"ship with|carrier|отправляем|перевозчик|发货|快递", _I))
    if lang == "zh":
        listed = "、".join(names[:-1]) + ("和" if len(names) > 1 else "") + names[-1]
        return f"我们通过{listed}发货"
    joiner = {"en": " and ", "ru": " и "}[lang]
    listed = ", ".join(names[:-1]) + (joiner if len(names) > 1 else "") + names[-1]
    return {"en": "We ship with {c}", "ru": "Мы отправляем через {c}"}[lang].format(c=listed)


# -- warranty ---------------------------------------------------------------------------------------------------------


def _length(lang: str, fields: dict[str, Any], body: str) -> str:
    months = _num(fields.get("warranty_months"))
    if months is None:
        return body_sentence(body, re.compile(r"\d+\s*-?\s*(?:months?|years?|месяц|год|лет|个月|年)", _I))
    covers = str(fields.get("covers") or "").strip()
    if lang == "zh":
        return f"保修期为{months}个月"
    if lang == "ru":
        return f"Гарантия — {months} {_ru_form(months, 'месяц', 'месяца', 'месяцев')}"
    against = f" against {covers}" if covers and covers.isascii() else ""
    return f"The warranty lasts {months} {'month' if months == 1 else 'months'}{against}"


# -- store information ------------------------------------------------------------------------------------------------


def _hours(lang: str, fields: dict[str, Any], body: str) -> str:
    from agent.journeys.contact import format_hours  # the one reading of the hours field the hand-over also uses

    said = format_hours(fields.get("hours"), lang)
    if said is None:
        return body_sentence(body, re.compile(r"\d{1,2}[:.]\d{2}", _I))
    return {"en": "We're open {h}", "ru": "Мы работаем: {h}", "zh": "营业时间：{h}"}[lang].format(h=said)


def _address(lang: str, fields: dict[str, Any], body: str) -> str:
    address = str(fields.get("address") or "").strip()
    if not address:
        return body_sentence(body, re.compile(r"address|find us|адрес|地址", _I))
    return {"en": "We're at {a}", "ru": "Наш адрес: {a}", "zh": "地址：{a}"}[lang].format(a=address)


def _phone(lang: str, fields: dict[str, Any], body: str) -> str:
    phone = str(fields.get("phone") or "").strip()
    if not phone:
        return body_sentence(body, re.compile(r"phone|call|телефон|电话", _I))
    return {"en": "You can call us on {p}", "ru": "Наш телефон: {p}", "zh": "电话：{p}"}[lang].format(p=phone)


def _email(lang: str, fields: dict[str, Any], body: str) -> str:
    email = str(fields.get("email") or "").strip()
    if not email:
        return body_sentence(body, re.compile(r"e-?mail|почт|邮箱", _I))
    return {"en": "You can email us at {e}", "ru": "Наша почта: {e}", "zh": "邮箱：{e}"}[lang].format(e=email)


def _contact(lang: str, fields: dict[str, Any], body: str) -> str:
    phone, email = str(fields.get("phone") or "").strip(), str(fields.get("email") or "").strip()
    if phone and email:
        return {
            "en": "You can call us on {p} or email {e}",
            "ru": "Телефон: {p}, почта: {e}",
            "zh": "电话：{p}，邮箱：{e}",
        }[lang].format(p=phone, e=email)
    return _phone(lang, fields, body) if phone else _email(lang, fields, body)


_SAYERS = {
    "window": _window,
    "refund": _refund,
    "receipt": _receipt,
    "opened": _opened,
    "used": _used,
    "free": _free,
    "cost": _cost,
    "time": _time,
    "carriers": _carriers,
    "length": _length,
    "hours": _hours,
    "address": _address,
    "phone": _phone,
    "email": _email,
    "contact": _contact,
}
