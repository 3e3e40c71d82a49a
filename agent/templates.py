"""Template replies per kind and language (en/ru/zh), with Babel for money, numbers and dates.

These are the replies when no LLM is configured, and the fallback whenever the LLM is slow, fails, or writes a
figure the tool results do not hold. They use only the fields a journey put in ``JourneyResult.data``, so they are
grounded by construction (the grounding tests check that too).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LANGS = ("en", "ru", "zh")

_T: dict[str, dict[str, str]] = {
    "search_results": {
        "en": "Here is what I found for “{query}”:",
        "ru": "Вот что я нашёл по запросу «{query}»:",
        "zh": "为您找到“{query}”的相关商品：",
    },
    "search_results_cheaper": {
        "en": "Cheaper options, below {limit}:",
        "ru": "Варианты подешевле, дешевле {limit}:",
        "zh": "更便宜的选择（低于{limit}）：",
    },
    "search_empty": {
        "en": "I found nothing for “{query}”{filters}. Try fewer words, a wider price range or another category.",
        "ru": "По запросу «{query}»{filters} ничего не нашлось. Попробуйте меньше слов, шире диапазон цен "
              "или другую категорию.",
        "zh": "没有找到“{query}”{filters}的商品。请试试更少的关键词、更宽的价格范围或其他类别。",
    },
    "search_clarify": {
        "en": "I'm not sure I understood. Did you mean products like these? Tell me more (type, size, budget).",
        "ru": "Не уверен, что понял. Вы ищете что-то из этого? Уточните, пожалуйста (тип, размер, бюджет).",
        "zh": "我不太确定您的意思。您是在找这些商品吗？请告诉我更多信息（类型、尺码、预算）。",
    },
    "product_line": {
        "en": "{title}: {price}, {stock}",
        "ru": "{title}: {price}, {stock}",
        "zh": "{title}：{price}，{stock}",
    },
    "in_stock": {"en": "{qty} in stock", "ru": "в наличии {qty} шт.", "zh": "有货 {qty} 件"},
    "out_of_stock_word": {"en": "out of stock", "ru": "нет в наличии", "zh": "缺货"},
    "product_unknown": {
        "en": "Which product do you mean? Search for it first, or tell me its name.",
        "ru": "Какой товар вы имеете в виду? Сначала найдите его или назовите его.",
        "zh": "您指的是哪件商品？请先搜索，或告诉我商品名称。",
    },
    "compare": {"en": "Side by side:", "ru": "Сравним:", "zh": "对比如下："},
    "recommend": {
        "en": "With {title}, shoppers often take:",
        "ru": "К товару «{title}» часто берут:",
        "zh": "购买{title}的顾客常一起购买：",
    },
    "recommend_none": {
        "en": "I have no suggestions to go with {title} yet.",
        "ru": "Пока мне нечего предложить к товару «{title}».",
        "zh": "暂时没有与{title}搭配的推荐。",
    },
    "order_status": {
        "en": "Order {order_id}: {status}.{detail}",
        "ru": "Заказ {order_id}: {status}.{detail}",
        "zh": "订单{order_id}：{status}。{detail}",
    },
    "order_expected": {"en": " Expected delivery: {date}.", "ru": " Ожидаемая доставка: {date}.",
                       "zh": "预计送达：{date}。"},
    "order_delivered": {"en": " Delivered on {date}.", "ru": " Доставлен {date}.", "zh": "已于{date}送达。"},
    "order_tracking": {"en": " {carrier} tracking: {tracking}.", "ru": " Отслеживание {carrier}: {tracking}.",
                       "zh": "{carrier}运单号：{tracking}。"},
    "order_need_number": {
        "en": "Please tell me your order number (it is in your confirmation e-mail), and I will check it.",
        "ru": "Назовите, пожалуйста, номер заказа (он есть в письме с подтверждением), и я проверю.",
        "zh": "请告诉我您的订单号（在确认邮件中），我来帮您查询。",
    },
    "order_not_found": {
        "en": "I can't find an order with number {order_id}. Please check the number in your confirmation e-mail.",
        "ru": "Заказ с номером {order_id} не найден. Проверьте номер в письме с подтверждением.",
        "zh": "找不到订单号为{order_id}的订单。请核对确认邮件中的订单号。",
    },
    "policy": {"en": "{title}: {body}", "ru": "{title}: {body}", "zh": "{title}：{body}"},
    "policy_missing": {
        "en": "I don't have that policy on file. A colleague can help: just ask for a person.",
        "ru": "У меня нет этих правил. Вам поможет сотрудник: просто попросите соединить с человеком.",
        "zh": "我这里没有相关政策。可以请人工客服帮您。",
    },
    "handoff": {
        "en": "I've asked a colleague to take over (ticket {ticket_id}). They will see our conversation, so you "
              "won't need to repeat yourself.",
        "ru": "Я передал разговор сотруднику (обращение {ticket_id}). Он увидит нашу переписку, повторять "
              "ничего не придётся.",
        "zh": "我已请同事接手（工单号{ticket_id}）。他们能看到我们的对话，您无需重复说明。",
    },
    "handoff_failed": {
        "en": "I couldn't reach a colleague right now. Please try again in a moment or contact the store directly.",
        "ru": "Сейчас не удалось связаться с сотрудником. Попробуйте чуть позже или обратитесь в магазин.",
        "zh": "暂时无法联系到同事。请稍后再试或直接联系门店。",
    },
    "handoff_pending": {
        "en": " A colleague has been asked to join (ticket {ticket_id}).",
        "ru": " Сотрудник уже получил ваше обращение ({ticket_id}).",
        "zh": "同事已收到您的请求（工单号{ticket_id}）。",
    },
    "complaint": {
        "en": "I'm sorry about that. Tell me what went wrong (an order number helps), or ask for a person and a "
              "colleague will take over.",
        "ru": "Мне очень жаль. Расскажите, что случилось (номер заказа поможет), или попросите соединить с "
              "сотрудником.",
        "zh": "非常抱歉。请告诉我出了什么问题（提供订单号会更快），或要求转人工，同事会接手。",
    },
    "greeting": {
        "en": "Hello! I can find products, check an order or answer questions about returns and delivery.",
        "ru": "Здравствуйте! Я могу найти товары, проверить заказ или ответить на вопросы о возврате и доставке.",
        "zh": "您好！我可以帮您找商品、查订单，或解答退换货和配送问题。",
    },
    "thanks": {"en": "You're welcome! Anything else?", "ru": "Пожалуйста! Чем ещё помочь?",
               "zh": "不客气！还有什么可以帮您？"},
    "goodbye": {"en": "Goodbye, and thanks for visiting!", "ru": "До свидания, спасибо, что зашли!",
                "zh": "再见，欢迎再来！"},
    "clarify": {
        "en": "Sorry, I didn't quite get that. Are you looking for a product, an order, or store information?",
        "ru": "Извините, я не совсем понял. Вы ищете товар, хотите узнать о заказе или о магазине?",
        "zh": "抱歉，我没太明白。您是想找商品、查订单，还是了解门店信息？",
    },
    "refuse_injection": {
        "en": "I can't do that. I can help with products, orders, returns and delivery.",
        "ru": "Этого я сделать не могу. Я помогаю с товарами, заказами, возвратом и доставкой.",
        "zh": "这个我做不到。我可以帮您处理商品、订单、退货和配送的问题。",
    },
    "refuse_abuse": {
        "en": "Let's keep it friendly. How can I help with your shopping?",
        "ru": "Давайте общаться вежливо. Чем могу помочь с покупками?",
        "zh": "请文明交流。有什么购物方面的问题我可以帮您？",
    },
    "refuse_role": {
        "en": "Sorry, that is only available to store staff.",
        "ru": "Извините, это доступно только сотрудникам магазина.",
        "zh": "抱歉，此功能仅供门店员工使用。",
    },
    "input_too_long": {
        "en": "Your message is too long ({length} characters; the limit is {limit}). Please send a shorter question.",
        "ru": "Сообщение слишком длинное ({length} символов; предел {limit}). Пожалуйста, задайте вопрос короче.",
        "zh": "消息太长（{length}个字符，上限{limit}）。请发送更简短的问题。",
    },
    "input_empty": {
        "en": "I didn't receive any text. What are you looking for?",
        "ru": "Я не получил текста. Что вы ищете?",
        "zh": "没有收到文字。您在找什么？",
    },
    "input_encoding": {
        "en": "I couldn't read that message (it is not valid text). Please type it again.",
        "ru": "Не удалось прочитать сообщение (это не текст). Пожалуйста, напишите ещё раз.",
        "zh": "无法读取该消息（不是有效文本）。请重新输入。",
    },
    "rate_limited": {
        "en": "You're sending messages very quickly. Please wait a minute and try again.",
        "ru": "Вы отправляете сообщения слишком часто. Подождите минуту и попробуйте снова.",
        "zh": "您发送消息过于频繁。请稍等一分钟再试。",
    },
    "store_unavailable": {
        "en": "The store's data is not available right now, so I can't answer that. "
              "(Operator: run `shopkeeper demo` to build the demo store, or check the database settings.)",
        "ru": "Данные магазина сейчас недоступны, поэтому я не могу ответить. "
              "(Оператору: запустите `shopkeeper demo` или проверьте настройки базы данных.)",
        "zh": "门店数据暂时不可用，无法回答。（运维：运行 `shopkeeper demo` 构建演示门店，或检查数据库设置。）",
    },
    "store_busy": {
        "en": "The store's database is busy right now. Please try again in a moment.",
        "ru": "База данных магазина сейчас занята. Попробуйте ещё раз через минуту.",
        "zh": "门店数据库正忙，请稍后再试。",
    },
    "error": {
        "en": "Something went wrong on my side. Please try again.",
        "ru": "У меня что-то пошло не так. Пожалуйста, попробуйте ещё раз.",
        "zh": "我这边出了点问题，请再试一次。",
    },
    # Plural forms by CLDR category (Babel's plural rules): "1 товар", "22 товара", "25 товаров".
    "out_of_stock:one": {"en": "{count} product is out of stock{where}.", "ru": "Нет в наличии{where}: {count} товар."},
    "out_of_stock:few": {"ru": "Нет в наличии{where}: {count} товара."},
    "out_of_stock": {
        "en": "{count} products are out of stock{where}.",
        "ru": "Нет в наличии{where}: {count} товаров.",
        "zh": "{where}共有{count}件商品缺货。",
    },
    "out_of_stock_none": {
        "en": "Nothing is out of stock{where}.",
        "ru": "Всё в наличии{where}.",
        "zh": "{where}没有缺货商品。",
    },
    "aisle": {"en": " in aisle {aisle}", "ru": " в проходе {aisle}", "zh": "{aisle}号通道"},
    "ops_unsupported": {
        "en": "I can answer stock questions such as “what's out of stock in aisle 4” for now.",
        "ru": "Пока я отвечаю на вопросы о наличии, например «что закончилось в проходе 4».",
        "zh": "目前我可以回答库存问题，例如“4号通道有什么缺货”。",
    },
    "script_outline": {
        "en": "Stream outline: {topic}\n{body}",
        "ru": "План эфира: {topic}\n{body}",
        "zh": "直播大纲：{topic}\n{body}",
    },
    "script_none": {
        "en": "I found no products for “{topic}” to build a stream around.",
        "ru": "Не нашёл товаров по теме «{topic}» для эфира.",
        "zh": "没有找到与“{topic}”相关的商品来安排直播。",
    },
    "notice_llm": {
        "en": "the language model is unavailable: short answer",
        "ru": "языковая модель недоступна: краткий ответ",
        "zh": "语言模型不可用：简短回答",
    },
    "notice_corrected": {
        "en": "the answer was corrected to the store's figures",
        "ru": "ответ исправлен по данным магазина",
        "zh": "回答已按门店数据更正",
    },
}

_STATUS = {
    "pending": {"en": "pending (awaiting payment)", "ru": "ожидает оплаты", "zh": "待付款"},
    "paid": {"en": "paid, being prepared", "ru": "оплачен, собирается", "zh": "已付款，备货中"},
    "shipped": {"en": "shipped", "ru": "отправлен", "zh": "已发货"},
    "delivered": {"en": "delivered", "ru": "доставлен", "zh": "已送达"},
    "returned": {"en": "returned", "ru": "возвращён", "zh": "已退货"},
    "cancelled": {"en": "cancelled", "ru": "отменён", "zh": "已取消"},
}

_SEP = {"en": " ", "ru": " ", "zh": ""}


def lang_of(language: str | None) -> str:
    return language if language in LANGS else "en"


def t(key: str, language: str | None, **fields: Any) -> str:
    """The template ``key`` in ``language`` (English when missing), with ``fields`` filled in."""
    table = _T[key]
    return table.get(lang_of(language), table["en"]).format(**fields)


def plural(key: str, language: str | None, count: int, **fields: Any) -> str:
    """Like ``t``, choosing ``key:one`` / ``key:few`` / ... by the language's plural rule for ``count``."""
    lang = lang_of(language)
    form = Locale.parse(lang).plural_form(count)
    variant = _T.get(f"{key}:{form}", {})
    if lang in variant:
        return variant[lang].format(count=count, **fields)
    return t(key, lang, count=count, **fields)


def money(amount: Any, currency: str, language: str | None) -> str:
    return format_currency(Decimal(str(amount)), currency, locale=lang_of(language))


def number(value: Any, language: str | None) -> str:
    return format_decimal(Decimal(str(value)), locale=lang_of(language))


def date(value: Any, language: str | None) -> str:
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return format_date(day, format="long", locale=lang_of(language))


def status(value: str, language: str | None) -> str:
    return _STATUS.get(value, {}).get(lang_of(language), value)


def product_line(hit: dict[str, Any], language: str | None) -> str:
    qty = int(hit.get("stock_qty") or 0)
    stock = t("in_stock", language, qty=qty) if hit.get("in_stock") and qty > 0 else t("out_of_stock_word", language)
    return t("product_line", language, title=hit["title"], price=money(hit["price"], hit["currency"], language),
             stock=stock)


def join(parts: list[str], language: str | None) -> str:
    return _SEP[lang_of(language)].join(p for p in parts if p)


def render(kind: str, language: str | None, data: dict[str, Any]) -> str:
    """The whole template reply of one kind, from a journey's data."""
    lang = lang_of(language)
    renderer = _RENDERERS.get(kind)
    if renderer is not None:
        return renderer(lang, data)
    return t(kind, lang, **data)


def _products(lang: str, data: dict[str, Any], head: str) -> str:
    lines = [head] + [f"{i}. {product_line(h, lang)}" for i, h in enumerate(data.get("hits", [])[:3], 1)]
    return "\n".join(lines)


def _search_results(lang: str, data: dict[str, Any]) -> str:
    if data.get("cheaper_than"):
        head = t("search_results_cheaper", lang, limit=money(data["cheaper_than"], data["currency"], lang))
    else:
        head = t("search_results", lang, query=data.get("query", ""))
    return _products(lang, data, head)


def _search_clarify(lang: str, data: dict[str, Any]) -> str:
    return _products(lang, data, t("search_clarify", lang))


def _search_empty(lang: str, data: dict[str, Any]) -> str:
    filters = ""
    if data.get("price_max") is not None:
        filters = {"en": " under {p}", "ru": " дешевле {p}", "zh": "（低于{p}）"}[lang].format(
            p=money(data["price_max"], data.get("currency") or "USD", lang))
    return t("search_empty", lang, query=data.get("query", ""), filters=filters)


def _product_detail(lang: str, data: dict[str, Any]) -> str:
    p = data["product"]
    stop = "。" if lang == "zh" else ". "
    parts = [product_line(p, lang) + stop]
    if p.get("location"):
        parts.append(str(p["location"]) + stop)
    desc = " ".join(str(p.get("description") or "").split())
    if len(desc) > 180:
        desc = desc[:180].rsplit(" ", 1)[0] + "…"
    parts.append(desc)
    return "".join(parts).strip()


def _compare(lang: str, data: dict[str, Any]) -> str:
    lines = [t("compare", lang)] + [f"{i}. {product_line(p, lang)}" for i, p in enumerate(data["products"], 1)]
    return "\n".join(lines)


def _recommend(lang: str, data: dict[str, Any]) -> str:
    items = data.get("hits", [])
    if not items:
        return t("recommend_none", lang, title=data["base_title"])
    lines = [t("recommend", lang, title=data["base_title"])]
    for i, h in enumerate(items[:3], 1):
        reason = f" — {h['reason']}" if h.get("reason") else ""
        lines.append(f"{i}. {product_line(h, lang)}{reason}")
    return "\n".join(lines)


def _order_status(lang: str, data: dict[str, Any]) -> str:
    o = data["order"]
    detail: list[str] = []
    if o.get("delivered_on") and o["status"] == "delivered":
        detail.append(t("order_delivered", lang, date=date(o["delivered_on"], lang)))
    elif o.get("expected_delivery") and o["status"] in ("paid", "shipped", "pending"):
        detail.append(t("order_expected", lang, date=date(o["expected_delivery"], lang)))
    if o.get("tracking_number") and o["status"] in ("shipped", "delivered"):
        detail.append(t("order_tracking", lang, carrier=o.get("carrier") or "", tracking=o["tracking_number"]))
    text = t("order_status", lang, order_id=o["order_id"], status=status(o["status"], lang), detail="".join(detail))
    return text.replace("г..", "г.")  # Russian long dates end with "г." already


def _policy(lang: str, data: dict[str, Any]) -> str:
    p = data["policy"]
    body = " ".join(str(p.get("body", "")).split())
    if len(body) > 400:
        cut = body[:400]
        for stop in (". ", "。", "! "):
            if stop in cut:
                cut = cut[: cut.rfind(stop) + len(stop)]
                break
        body = cut.strip()
    return t("policy", lang, title=p["title"], body=body)


def _out_of_stock(lang: str, data: dict[str, Any]) -> str:
    where = t("aisle", lang, aisle=data["aisle"]) if data.get("aisle") else ""
    if not data.get("total"):
        return t("out_of_stock_none", lang, where=where)
    return plural("out_of_stock", lang, int(data["total"]), where=where)


def _script(lang: str, data: dict[str, Any]) -> str:
    if not data.get("hits"):
        return t("script_none", lang, topic=data.get("topic", ""))
    heads = {
        "en": ("Opening: greet viewers and introduce {topic}.", "Segment {i}: {line}.",
               "Interaction: ask viewers which one they would pick.",
               "Closing: thank viewers; remind them of the top pick."),
        "ru": ("Начало: поприветствуйте зрителей и представьте тему «{topic}».", "Блок {i}: {line}.",
               "Вовлечение: спросите зрителей, что бы они выбрали.",
               "Финал: поблагодарите зрителей и напомните о главном товаре."),
        "zh": ("开场：问候观众，介绍{topic}。", "环节{i}：{line}。", "互动：问观众会选哪一款。",
               "结尾：感谢观众，再次推荐主打商品。"),
    }[lang]
    body = [heads[0].format(topic=data.get("topic", ""))]
    body += [heads[1].format(i=i, line=product_line(h, lang)) for i, h in enumerate(data["hits"][:4], 1)]
    body += [heads[2], heads[3]]
    return t("script_outline", lang, topic=data.get("topic", ""), body="\n".join(body))


def _handoff(lang: str, data: dict[str, Any]) -> str:
    if data.get("ticket_id") is None:
        return t("handoff_failed", lang)
    return t("handoff", lang, ticket_id=data["ticket_id"])


def _smalltalk(lang: str, data: dict[str, Any]) -> str:
    return t(data.get("kind", "greeting"), lang)


_RENDERERS = {
    "search_results": _search_results,
    "search_clarify": _search_clarify,
    "search_empty": _search_empty,
    "product_detail": _product_detail,
    "compare": _compare,
    "recommend": _recommend,
    "order_status": _order_status,
    "policy": _policy,
    "out_of_stock": _out_of_stock,
    "script": _script,
    "handoff": _handoff,
    "smalltalk": _smalltalk,
}
