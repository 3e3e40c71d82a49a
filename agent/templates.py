"""Template replies per kind and language (en/ru/zh), with Babel for money, numbers and dates.

These are the replies when no LLM is configured, and the fallback whenever the LLM is slow, fails, or writes a
figure the tool results do not hold. They use only the fields a journey put in ``JourneyResult.data``, so they are
grounded by construction (the grounding tests check that too).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from agent import product_answers
from knowledge.text import told_not_named

LANGS = ("en", "ru", "zh")

_T: dict[str, dict[str, str]] = {
    "search_results": {
        "en": "Here is what I found for “{query}”:",
        "ru": "Вот что я нашёл по запросу «{query}»:",
        "zh": "为您找到“{query}”的相关商品：",
    },
    # Nothing has every yes/no asked for ("decaf", "waterproof"): the nearest, said to be such.
    "search_results_relaxed": {
        "en": "Nothing has everything you asked for; the nearest:",
        "ru": "Ничего не подходит по всем вашим условиям; ближайшее:",
        "zh": "没有完全符合您所有要求的商品；最接近的几款：",
    },
    "search_results_relaxed_cheaper": {
        "en": "Nothing below {limit} has everything you asked for; the nearest cheaper ones:",
        "ru": "Дешевле {limit} нет ничего, что подходит по всем вашим условиям; ближайшее подешевле:",
        "zh": "低于{limit}的商品中没有完全符合您所有要求的；最接近的几款：",
    },
    "search_results_cheaper": {
        "en": "Cheaper options, below {limit}:",
        "ru": "Варианты подешевле, дешевле {limit}:",
        "zh": "更便宜的选择（低于{limit}）：",
    },
    # The shopper's words were a story, not a query: quoting them back reads as a machine (a whole e-mail in quotes).
    "search_results_unquoted": {
        "en": "Here is what I found:",
        "ru": "Вот что я нашёл:",
        "zh": "为您找到以下商品：",
    },
    "search_empty_unquoted": {
        "en": "I found nothing for that{filters}. Try fewer words, a wider price range or another category.",
        "ru": "По этому запросу{filters} ничего не нашлось. Попробуйте меньше слов, шире диапазон цен или другую "
              "категорию.",
        "zh": "没有找到相关商品{filters}。请试试更少的关键词、更宽的价格范围或其他类别。",
    },
    "search_empty": {
        "en": "I found nothing for “{query}”{filters}. Try fewer words, a wider price range or another category.",
        "ru": "По запросу «{query}»{filters} ничего не нашлось. Попробуйте меньше слов, шире диапазон цен "
              "или другую категорию.",
        "zh": "没有找到“{query}”{filters}的商品。请试试更少的关键词、更宽的价格范围或其他类别。",
    },
    "search_above_budget": {
        # No query words here: the cards show the kind, and a figure beside words of the products' titles would read
        # as a claim about those products.
        "en": "Nothing{filters}, I'm afraid. The lowest-priced we have:",
        "ru": "Ничего{filters} не нашлось. Самые недорогие из того, что есть:",
        "zh": "没有{filters}的商品。目前最便宜的几款：",
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
    # Product lines under an A/B experiment's price display (agent.reply_variants): no count, or a count only when low.
    "in_stock_plain": {"en": "in stock", "ru": "в наличии", "zh": "有货"},
    "only_left": {"en": "only {qty} left", "ru": "осталось всего {qty} шт.", "zh": "仅剩 {qty} 件"},
    "product_unknown": {
        "en": "Which product do you mean? Search for it first, or tell me its name.",
        "ru": "Какой товар вы имеете в виду? Сначала найдите его или назовите его.",
        "zh": "您指的是哪件商品？请先搜索，或告诉我商品名称。",
    },
    "compare": {"en": "Side by side:", "ru": "Сравним:", "zh": "对比如下："},
    "sizes": {"en": "Sizes: {sizes}.", "ru": "Размеры: {sizes}.", "zh": "尺码：{sizes}。"},
    "location": {"en": "In the store: {where}.", "ru": "В магазине: {where}.", "zh": "店内位置：{where}。"},
    # "Where are the batteries?" (agent.journeys.where): the aisle and shelves, first.
    "where_many": {"en": "{subject} are in {place}", "ru": "{subject} — {place}", "zh": "{subject}在{place}"},
    "where_one": {"en": "{subject} is in {place}", "ru": "{subject} — {place}", "zh": "{subject}在{place}"},
    "where_them": {"en": "You'll find them in {place}", "ru": "Они здесь: {place}", "zh": "它们在{place}"},
    "where_also": {"en": "; some are also in {places}", "ru": "; ещё часть — {places}", "zh": "；另有部分在{places}"},
    # Things the store does not have (knowledge/names.py, knowledge/policy_names.py): say so, quoting the shopper,
    # and offer the nearest real items as such, each with its own facts.
    "name_unknown": {
        "en": "We don't have “{name}” in our store.",
        "ru": "У нас в магазине нет «{name}».",
        "zh": "我们店里没有“{name}”。",
    },
    "brand_unknown": {
        "en": "We don't carry the brand “{name}”.",
        "ru": "Бренда «{name}» у нас нет.",
        "zh": "我们不经营“{name}”这个品牌。",
    },
    "brand_list": {
        "en": "Brands we carry{where}: {brands}.",
        "ru": "Бренды{where}, которые у нас есть: {brands}.",
        "zh": "{where}我们经营的品牌有：{brands}。",
    },
    "brand_list_where": {"en": " in {category}", "ru": " в категории «{category}»", "zh": "{category}类"},
    # A product asked for in a colour or size it lacks: the same kind that has it.
    # (no colour or size named in it: the verifier would take it as said of the product before)
    "same_kind_in": {
        "en": "These of the same kind do:",
        "ru": "А у этих того же вида есть:",
        "zh": "同类里这几款有：",
    },
    "name_nearest": {
        "en": "The nearest we have (not the item you named):",
        "ru": "Ближайшее, что у нас есть (это не названный вами товар):",
        "zh": "我们最接近的商品（并非您所说的那款）：",
    },
    "policy_unknown": {
        "en": "We don't have “{name}”.",
        "ru": "У нас нет «{name}».",
        "zh": "我们没有“{name}”。",
    },
    "policy_list": {
        "en": "Our policies: {titles}. Ask me about any of them.",
        "ru": "Наши правила: {titles}. Спросите о любом из них.",
        "zh": "我们的政策有：{titles}。欢迎询问。",
    },
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
    "recommend_upsell": {
        "en": "A step up from {title}:",
        "ru": "Вариант получше, чем «{title}»:",
        "zh": "比{title}更好的选择：",
    },
    # The shopper is upset: no selling this turn (issue 11: no suggestion while the mood is negative).
    "recommend_paused": {
        "en": "Let's sort out what matters to you first. Tell me what went wrong and I'll help.",
        "ru": "Давайте сначала решим то, что для вас важно. Расскажите, что случилось, и я помогу.",
        "zh": "我们先解决您关心的问题。请告诉我发生了什么，我来帮您。",
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
        "en": "Please tell me your order number (it is in your confirmation e-mail) and the e-mail address or the "
              "last 4 digits of the phone number on the order, and I will check it.",
        "ru": "Назовите, пожалуйста, номер заказа (он есть в письме с подтверждением) и e-mail или последние "
              "4 цифры телефона, указанные в заказе, и я проверю.",
        "zh": "请告诉我您的订单号（在确认邮件中）以及下单时填写的邮箱或手机号后四位，我来帮您查询。",
    },
    "order_not_found": {
        "en": "I can't find an order with number {order_id}. Please check the number in your confirmation e-mail.",
        "ru": "Заказ с номером {order_id} не найден. Проверьте номер в письме с подтверждением.",
        "zh": "找不到订单号为{order_id}的订单。请核对确认邮件中的订单号。",
    },
    # Private data behind a second factor (tools/orders.py): the same reply for an unknown number and a wrong factor.
    "order_need_factor": {
        "en": "To show order {order_id}, I need to check that it is yours: please give the e-mail address on the "
              "order or the last 4 digits of its phone number.",
        "ru": "Чтобы показать заказ {order_id}, мне нужно убедиться, что он ваш: назовите e-mail, указанный в "
              "заказе, или последние 4 цифры телефона.",
        "zh": "为确认订单{order_id}是您本人的，请提供下单时填写的邮箱或手机号后四位。",
    },
    "order_not_verified": {
        "en": "I can't find order {order_id} with that e-mail or phone number. Please check both in your "
              "confirmation e-mail.",
        "ru": "Не нахожу заказ {order_id} с таким e-mail или телефоном. Проверьте их в письме с подтверждением.",
        "zh": "找不到与该邮箱或手机号匹配的订单{order_id}。请核对确认邮件中的信息。",
    },
    "order_locked": {
        "en": "I can't check any more orders from here right now (too many attempts). Please try again later"
              "{contact}.",
        "ru": "Сейчас я не могу проверить больше заказов (слишком много попыток). Попробуйте позже{contact}.",
        "zh": "尝试次数过多，暂时无法再查询订单。请稍后再试{contact}。",
    },
    "or_contact_both": {"en": " or contact the store: {phone}, {email}", "ru": " или свяжитесь с магазином: {phone}, "
                        "{email}", "zh": "，或联系门店：{phone}，{email}"},
    "or_contact_one": {"en": " or contact the store: {contact}", "ru": " или свяжитесь с магазином: {contact}",
                       "zh": "，或联系门店：{contact}"},
    "or_contact_none": {"en": " or contact the store", "ru": " или обратитесь в магазин", "zh": "，或联系门店"},
    "policy": {"en": "{title}: {body}", "ru": "{title}: {body}", "zh": "{title}：{body}"},
    "policy_missing": {
        "en": "I don't have that policy on file. Ask for a person and I'll file a ticket for the store's staff.",
        "ru": "У меня нет этих правил. Попросите соединить с человеком, и я оформлю обращение для сотрудников.",
        "zh": "我这里没有相关政策。您可以要求转人工，我会为门店员工创建工单。",
    },
    "handoff": {
        # A person can take the chat over from the staff page (/staff); until one does, nobody reads it live.
        "en": "I've filed ticket {ticket_id} with a summary of our conversation for the store's staff; a colleague "
              "can take over this chat from there, but no one has picked it up yet.",
        "ru": "Я оформил обращение {ticket_id} с кратким изложением нашего разговора для сотрудников магазина; "
              "сотрудник может подключиться к этому чату, но пока его никто не читает.",
        "zh": "我已为门店员工创建工单{ticket_id}，附上了我们对话的摘要；"
              "同事可以从那里接手这段对话，但目前还没有人在看。",
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
    # The honest hand-over (issue 9): what really happens, when staff work, how else to reach the store.
    "handoff_hours": {"en": " Staff handle tickets during opening hours: {hours}.",
                      "ru": " Сотрудники разбирают обращения в часы работы: {hours}.",
                      "zh": "员工在营业时间处理工单：{hours}。"},
    "handoff_contact_both": {"en": " For a quicker answer, call {phone} or write to {email}, quoting ticket "
                                   "{ticket_id}.",
                             "ru": " Чтобы получить ответ быстрее, позвоните по номеру {phone} или напишите на "
                                   "{email}, указав обращение {ticket_id}.",
                             "zh": "如需更快答复，请致电{phone}或发邮件至{email}，并注明工单{ticket_id}。"},
    "handoff_contact_one": {"en": " For a quicker answer, contact the store at {contact}, quoting ticket "
                                  "{ticket_id}.",
                            "ru": " Чтобы получить ответ быстрее, свяжитесь с магазином: {contact}, указав "
                                  "обращение {ticket_id}.",
                            "zh": "如需更快答复，请联系门店：{contact}，并注明工单{ticket_id}。"},
    "handoff_added": {"en": " Anything you write here is added to the ticket.",
                      "ru": " Всё, что вы напишете здесь, добавится к обращению.",
                      "zh": "您在这里发送的内容都会添加到工单中。"},
    "handoff_waiting": {
        "en": "Your request is with the store's staff (ticket {ticket_id}), and I've added this message to it.",
        "ru": "Ваш запрос передан сотрудникам магазина (обращение {ticket_id}), я добавил к нему это сообщение.",
        "zh": "您的请求已转给门店员工（工单{ticket_id}），这条消息也已添加到工单中。",
    },
    "handoff_waiting_more": {
        "en": " Meanwhile I can still answer questions about products, returns and delivery.",
        "ru": " Пока можно задавать мне вопросы о товарах, возврате и доставке.",
        "zh": "在此期间，您仍可以问我商品、退货和配送方面的问题。",
    },
    "handoff_waiting_note": {
        "en": "(Ticket {ticket_id} is with the store's staff; I've added this message to it.)",
        "ru": "(Обращение {ticket_id} у сотрудников магазина; я добавил к нему это сообщение.)",
        "zh": "（工单{ticket_id}已转给门店员工，这条消息也已添加到工单中。）",
    },
    "complaint": {
        "en": "I'm sorry about that. Tell me what went wrong (an order number helps), or ask for a person and I'll "
              "file a ticket for the store's staff.",
        "ru": "Мне очень жаль. Расскажите, что случилось (номер заказа поможет), или попросите соединить с "
              "сотрудником, и я оформлю обращение.",
        "zh": "非常抱歉。请告诉我出了什么问题（提供订单号会更快），或要求转人工，我会为门店员工创建工单。",
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
    "refuse_role_host": {
        "en": "That is for store managers. For a stream I can find products and build a sales script from them.",
        "ru": "Это доступно только менеджерам магазина. Для эфира я могу подобрать товары и составить по ним сценарий.",
        "zh": "这是店长才能使用的功能。直播方面，我可以帮您找商品，并据此写带货脚本。",
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
        # Verified streaming drops a failing sentence before it is shown; nothing shown is ever corrected.
        "en": "a sentence that did not match the store's data was left out",
        "ru": "фраза, не совпавшая с данными магазина, опущена",
        "zh": "已略去与门店数据不符的句子",
    },
    # What a shopper is told when something fails (agent.shopper_messages): a fixed sentence per stable code;
    # the technical cause goes only to the operator's log.
    "notice_handoff": {
        "en": "handed over to a person (ticket {ticket})",
        "ru": "передано сотруднику (обращение {ticket})",
        "zh": "已转交人工客服（工单 {ticket}）",
    },
    "err_unavailable": {
        "en": "The assistant is not available right now. Please try again later.",
        "ru": "Консультант сейчас недоступен. Пожалуйста, попробуйте позже.",
        "zh": "助手暂时无法使用，请稍后再试。",
    },
    "err_store_unavailable": {
        "en": "The store's information is not available right now. Please try again later.",
        "ru": "Данные магазина сейчас недоступны. Пожалуйста, попробуйте позже.",
        "zh": "门店信息暂时无法获取，请稍后再试。",
    },
    "err_input": {
        "en": "I couldn't use that message. Please rephrase it and send it again.",
        "ru": "Не удалось обработать сообщение. Пожалуйста, сформулируйте его иначе и отправьте снова.",
        "zh": "无法处理该消息，请换种说法后重新发送。",
    },
    "err_permission": {
        "en": "That isn't something I can do here.",
        "ru": "Здесь я не могу этого сделать.",
        "zh": "这里无法执行该操作。",
    },
    "err_session_invalid": {
        "en": "This conversation can't be continued. Please start a new chat.",
        "ru": "Этот разговор нельзя продолжить. Пожалуйста, начните новый чат.",
        "zh": "无法继续此对话，请开始新的对话。",
    },
    "err_too_large": {
        "en": "That message is too large. Please send a shorter one.",
        "ru": "Сообщение слишком большое. Пожалуйста, отправьте покороче.",
        "zh": "消息过大，请发送更短的消息。",
    },
}

# Direct answers (issue 16): the answer first, in a few phrasings; ``render`` picks one by the data's "variant" (a
# number the journey derives from the session and turn), so a conversation does not repeat itself word for word
# while tests stay deterministic. Fields: title, price, stock (an "in_stock" / "out_of_stock_word" phrase), qty,
# size, sizes, colour, asked (the colour asked for), cheap / dear (titles), diff (the price difference).
_V: dict[str, dict[str, tuple[str, ...]]] = {
    "ask_size_yes": {
        "en": ("Yes, the {title} {comes} in size {size} ({price}, {stock}).",
               "Yes, we have size {size} of the {title}: {price}, {stock}.",
               "Yes, {it_does}: the {title} {comes} in size {size}, {price}, {stock}."),
        "ru": ("Да, {title} есть в размере {size} ({price}, {stock}).",
               "Да, размер {size} есть: {title}, {price}, {stock}."),
        "zh": ("有的，{title}有{size}码（{price}，{stock}）。",
               "有，{title}有{size}码可选：{price}，{stock}。"),
    },
    # A "no" lists the sizes there are without naming the one asked for: the verifier reads "not in size 44" as a
    # claim that size 44 exists (negated size and colour claims are not read yet).
    "ask_size_no": {
        "en": ("No, the {title} {comes} only in sizes {sizes}.",
               "Sorry, no: the {title} {comes} in sizes {sizes} only."),
        "ru": ("Нет, {title} есть только в размерах {sizes}.",
               "К сожалению, нет: размеры товара {title} — {sizes}."),
        "zh": ("抱歉，{title}只有这些尺码：{sizes}。",
               "抱歉没有，{title}的尺码只有{sizes}。"),
    },
    "ask_sizes": {
        "en": ("The {title} {comes} in sizes {sizes} ({price}, {stock}).",),
        "ru": ("{title}: размеры {sizes} ({price}, {stock}).",),
        "zh": ("{title}的尺码有{sizes}（{price}，{stock}）。",),
    },
    "ask_colours": {
        "en": ("The {title} {is} {colour} ({price}, {stock}).",),
        "ru": ("Цвет товара {title}: {colour} ({price}, {stock}).",),
        "zh": ("{title}是{colour}（{price}，{stock}）。",),
    },
    "ask_size_none": {
        "en": ("The {title} {has} no size options ({price}, {stock}).",),
        "ru": ("У товара {title} нет выбора размеров ({price}, {stock}).",),
        "zh": ("{title}没有尺码选项（{price}，{stock}）。",),
    },
    "ask_colour_yes": {
        "en": ("Yes, the {title} {is} {colour} ({price}, {stock}).",
               "Yes, we have the {title} in {colour}: {price}, {stock}."),
        "ru": ("Да, {title} — цвет: {colour} ({price}, {stock}).",
               "Да, цвет товара {title} — {colour}: {price}, {stock}."),
        "zh": ("有的，{title}是{colour}（{price}，{stock}）。",
               "有，{title}有{colour}款：{price}，{stock}。"),
    },
    "ask_colour_no": {
        "en": ("No, the {title} {comes} only in {colour}.",
               "Sorry, no: the {title} {is} {colour}."),
        "ru": ("Нет, у товара {title} только такой цвет: {colour}.",
               "К сожалению, нет: цвет товара {title} — {colour}."),
        "zh": ("抱歉，{title}只有{colour}。",
               "抱歉没有，{title}只有{colour}款。"),
    },
    "ask_colour_unknown": {
        "en": ("I have no colour details for the {title}; the product card shows it ({price}, {stock}).",),
        "ru": ("Сведений о цвете товара {title} у меня нет; посмотрите карточку товара ({price}, {stock}).",),
        "zh": ("我没有{title}的颜色信息，请查看商品卡片（{price}，{stock}）。",),
    },
    "ask_stock_yes": {
        "en": ("Yes, the {title} {is} in stock: {qty} available, {price}.",
               "Yes, we have the {title}: {qty} in stock at {price}."),
        "ru": ("Да, {title} есть в наличии: {qty} шт., {price}.",
               "Да, в наличии {qty} шт.: {title}, {price}."),
        "zh": ("有货，{title}还有{qty}件，{price}。",
               "有货：{title}库存{qty}件，售价{price}。"),
    },
    "ask_stock_no": {
        "en": ("No, the {title} {is} out of stock right now ({price}).",
               "Sorry, the {title} {is} out of stock at the moment ({price})."),
        "ru": ("Нет, товара {title} сейчас нет в наличии ({price}).",
               "К сожалению, {title} сейчас нет в наличии ({price})."),
        "zh": ("抱歉，{title}目前缺货（{price}）。",
               "抱歉，{title}暂时缺货（{price}）。"),
    },
    "ask_price": {
        "en": ("The {title} {costs} {price} ({stock}).",
               "The {title} {is} {price}, {stock}."),
        "ru": ("{title} {costs} {price} ({stock}).",
               "Цена: {title} — {price} ({stock})."),
        "zh": ("{title}的价格是{price}（{stock}）。",
               "{title}售价{price}，{stock}。"),
    },
    # The difference is a sentence of its own, naming no product: it is a fact of the pair (``price_difference``),
    # not of either product, and a product named beside it would take it as its price. On a line of its own: a
    # title ending in "Max." must not glue the two sentences into one.
    "cheaper": {
        "en": ("The {cheap} {cheap_is} cheaper than the {dear}.\nThe difference is {diff}.",
               "The cheaper of the two is the {cheap}.\nThe price difference is {diff}."),
        "ru": ("{cheap} дешевле, чем {dear}.\nРазница в цене: {diff}.",
               "Дешевле из двух — {cheap}.\nРазница: {diff}."),
        "zh": ("{cheap}比{dear}便宜。\n差价为{diff}。",
               "两款中更便宜的是{cheap}。\n差价{diff}。"),
    },
    "same_price": {
        "en": ("Both cost the same: {price}.",),
        "ru": ("Оба стоят одинаково: {price}.",),
        "zh": ("两款价格相同，都是{price}。",),
    },
}

# Colour names for direct answers, by the canonical colour word the catalog and the slots use.
_COLOUR_NAMES: dict[str, dict[str, str]] = {
    "red": {"en": "red", "ru": "красный", "zh": "红色"},
    "blue": {"en": "blue", "ru": "синий", "zh": "蓝色"},
    "navy": {"en": "navy", "ru": "тёмно-синий", "zh": "藏青色"},
    "green": {"en": "green", "ru": "зелёный", "zh": "绿色"},
    "olive": {"en": "olive", "ru": "оливковый", "zh": "橄榄色"},
    "black": {"en": "black", "ru": "чёрный", "zh": "黑色"},
    "white": {"en": "white", "ru": "белый", "zh": "白色"},
    "grey": {"en": "grey", "ru": "серый", "zh": "灰色"},
    "brown": {"en": "brown", "ru": "коричневый", "zh": "棕色"},
    "yellow": {"en": "yellow", "ru": "жёлтый", "zh": "黄色"},
    "pink": {"en": "pink", "ru": "розовый", "zh": "粉色"},
    "purple": {"en": "purple", "ru": "фиолетовый", "zh": "紫色"},
    "orange": {"en": "orange", "ru": "оранжевый", "zh": "橙色"},
    "beige": {"en": "beige", "ru": "бежевый", "zh": "米色"},
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
    return _one_period(table.get(lang_of(language), table["en"]).format(**fields))


# «в наличии 89 шт.» closing a sentence: its own period ends it ("шт.." is never written; "..." is kept).
_DOUBLE_PERIOD = re.compile(r"(?<=[^.]\.)\.(?!\.)")


def _one_period(text: str) -> str:
    return _DOUBLE_PERIOD.sub("", text)


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


# How product lines show stock in the reply being rendered: an A/B experiment's variant for the session (knob
# "price_display"). A context variable rather than a parameter: it holds for every product line of one reply, and
# those lines are written by a dozen renderers that otherwise know nothing of sessions.
_display: contextvars.ContextVar[str] = contextvars.ContextVar("price_display", default="price_and_stock")
LOW_STOCK = 5  # "scarcity": at or below this many, the line says "only N left"; above it, just "in stock"


@contextlib.contextmanager
def price_display(style: str) -> Iterator[None]:
    """Render product lines in ``style`` ("price_and_stock", "price_only" or "scarcity") inside the block."""
    token = _display.set(style)
    try:
        yield
    finally:
        _display.reset(token)


def product_line(hit: dict[str, Any], language: str | None) -> str:
    qty = int(hit.get("stock_qty") or 0)
    style = _display.get()
    if not (hit.get("in_stock") and qty > 0):
        stock = t("out_of_stock_word", language)
    elif style == "price_only" or (style == "scarcity" and qty > LOW_STOCK):
        stock = t("in_stock_plain", language)
    elif style == "scarcity":
        stock = t("only_left", language, qty=qty)
    else:
        stock = t("in_stock", language, qty=qty)
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
    if kind not in _T:
        from agent import support_texts  # after-sales replies (returns, warranty, cancellations) live there

        text = support_texts.render(kind, lang, data)
        if text is not None:
            return text
        from agent import category_texts  # questions about a kind of product as a whole

        text = category_texts.render(kind, lang, data)
        if text is not None:
            return text
        from agent import forecast_texts  # demand-forecast replies for managers

        text = forecast_texts.render(kind, lang, data)
        if text is not None:
            return text
        from agent import ops_texts  # the store operating loop's replies for managers (tasks, counts, metrics)

        text = ops_texts.render(kind, lang, data)
        if text is not None:
            return text
        from agent import pricing_texts  # price proposals for managers ("what should we mark down")

        text = pricing_texts.render(kind, lang, data)
        if text is not None:
            return text
    return t(kind, lang, **data)


def _products(lang: str, data: dict[str, Any], head: str) -> str:
    lines = [head] + [f"{i}. {product_line(h, lang)}" for i, h in enumerate(data.get("hits", [])[:3], 1)]
    return "\n".join(lines)


def _search_results(lang: str, data: dict[str, Any]) -> str:
    if data.get("relaxed") and data.get("cheaper_than"):
        head = t("search_results_relaxed_cheaper", lang, limit=money(data["cheaper_than"], data["currency"], lang))
    elif data.get("relaxed"):
        head = t("search_results_relaxed", lang)
    elif data.get("cheaper_than"):
        head = t("search_results_cheaper", lang, limit=money(data["cheaper_than"], data["currency"], lang))
    elif told_not_named(str(data.get("query", ""))):
        head = t("search_results_unquoted", lang)
    else:
        head = t("search_results", lang, query=data.get("query", ""))
    # "Where are the batteries?": the aisle and shelves first, then the list as for any search.
    where = where_sentence(lang, data["where"]) if data.get("where") else ""
    if data.get("exists"):
        # "Do you have ...?": yes first, with how many the store has (agent.category_texts).
        from agent import category_texts

        where = " ".join(x for x in (category_texts.exists_sentence(lang, data["exists"]), where) if x)
    return (where + "\n" if where else "") + _products(lang, data, head)


def _search_clarify(lang: str, data: dict[str, Any]) -> str:
    return _products(lang, data, t("search_clarify", lang))


def _search_empty(lang: str, data: dict[str, Any]) -> str:
    filters = ""
    if data.get("price_max") is not None:
        filters = {"en": " under {p}", "ru": " дешевле {p}", "zh": "（低于{p}）"}[lang].format(
            p=money(data["price_max"], data.get("currency") or "USD", lang))
    if data.get("hits"):
        # Nothing within the budget, and the cheapest of the kind above it.
        return _products(lang, data, t("search_above_budget", lang, filters=filters.replace("（低于", "低于")
                                       .rstrip("）")))
    if told_not_named(str(data.get("query", ""))):
        return t("search_empty_unquoted", lang, filters=filters)
    return t("search_empty", lang, query=data.get("query", ""), filters=filters)


def _product_detail(lang: str, data: dict[str, Any]) -> str:
    """A product question: the direct answer first when the question asked something particular (a size, a colour,
    stock, the price), then where it is in the store; otherwise the product line, sizes and a short description."""
    p = data["product"]
    stop = "" if lang == "zh" else " "  # each part ends with its own full stop
    ask = data.get("ask") or {}
    answer = direct_answer(lang, p, ask, variant(data)) if ask.get("kind") else ""
    parsed = parse_location(str(p.get("location") or "")) if data.get("where_asked") and not answer else None
    if parsed is not None:
        # "where is the X?": where first, then the product line; no sizes or description (nobody asked).
        aisle, shelf = parsed
        here = where_sentence(lang, {"subject": str(p.get("title") or ""), "product": True,
                                     "places": [{"aisle": aisle, "shelves": [shelf] if shelf else []}]})
        return stop.join(x.strip() for x in (here, _full_stop(product_line(p, lang), lang)) if x.strip()).strip()
    parts = [answer] if answer else [_full_stop(product_line(p, lang), lang)]
    # The aisle only when asked, or on a full card ("tell me about X"): not after "how much is it?" (issue 16).
    if p.get("location") and (not answer or data.get("where_asked")):
        parts.append(t("location", lang, where=location(str(p["location"]), lang)))
    if not answer:
        sizes = product_sizes(p)
        if sizes:
            parts.append(t("sizes", lang, sizes=size_list(sizes, lang)))
        desc = _description(p, lang)
        if desc:
            parts.append(desc)
    text = stop.join(x.strip() for x in parts if x.strip()).strip()
    others = data.get("others") or []
    if others and ask.get("value"):
        text = _products(lang, {"hits": others}, text + "\n" + t("same_kind_in", lang))
    return text


_DESC_SKIP = re.compile(r"^(?:Sizes|Размеры|尺码|Brand|Бренд|品牌)\s*[:：]")
_DESC_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
DESCRIPTION_CHARS = 180


def _description(p: dict[str, Any], lang: str) -> str:
    """Whole sentences of the description that fit in ``DESCRIPTION_CHARS``: never a sentence cut with "…".

    The title (the description's first sentence in the demo catalog), the size line (said above, localized) and the
    brand (in the title) are left out."""
    title = str(p.get("title") or "").strip().rstrip(".。")
    kept: list[str] = []
    used = 0
    for sentence in _DESC_SPLIT.split(" ".join(str(p.get("description") or "").split())):
        body = sentence.strip()
        if not body or body.rstrip(".。") == title or _DESC_SKIP.match(body):
            continue
        if used + len(body) > DESCRIPTION_CHARS:
            break  # the next whole sentence does not fit: stop rather than cut it
        kept.append(body)
        used += len(body) + 1
    text = ""
    for body in kept:  # Chinese sentences run together; a Latin one (an English catalog) takes a space
        text += ("" if not text or text[-1] in "。！？" else " ") + body
    return text


def _compare(lang: str, data: dict[str, Any]) -> str:
    """Which is cheaper and by how much, first; then each product's line."""
    products = data["products"]
    lines = [f"{i}. {product_line(p, lang)}" for i, p in enumerate(products, 1)]
    head = cheaper_sentence(lang, products, variant(data)) or t("compare", lang)
    return "\n".join([head] + lines)


def cheaper_sentence(lang: str, products: list[dict[str, Any]], seed: int = 0) -> str:
    """"The A is cheaper than the B, by $12.00" for two products in one currency; "" otherwise."""
    if len(products) < 2:
        return ""
    a, b = products[0], products[1]
    if str(a.get("currency")) != str(b.get("currency")):
        return ""
    pa, pb = Decimal(str(a["price"])), Decimal(str(b["price"]))
    if pa == pb:
        return tv("same_price", lang, seed, price=money(pa, str(a["currency"]), lang))
    cheap, dear = (a, b) if pa < pb else (b, a)
    return tv("cheaper", lang, seed, cheap=cheap["title"], dear=dear["title"],
              diff=money(abs(pa - pb), str(a["currency"]), lang),
              cheap_is=product_answers.verbs(str(cheap["title"]), lang).get("is", "is"))


def price_difference(products: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The difference the compare reply states, as a fact of its own (verify reads it like any tool figure)."""
    if len(products) < 2 or str(products[0].get("currency")) != str(products[1].get("currency")):
        return None
    diff = abs(Decimal(str(products[0]["price"])) - Decimal(str(products[1]["price"])))
    return {"price_difference": str(diff), "currency": products[0]["currency"]}


# -- direct answers, sizes, colours, locations --------------------------------------------------------------------

def variant(data: dict[str, Any]) -> int:
    """Which phrasing to use: the journey's "variant" number (derived from the session and turn), else 0."""
    try:
        return int(data.get("variant") or 0)
    except (TypeError, ValueError):
        return 0


def tv(key: str, language: str | None, seed: int, **fields: Any) -> str:
    """One of the phrasings of ``key`` in ``language``, chosen by ``seed``, with ``fields`` filled in."""
    table = _V[key]
    choices = table.get(lang_of(language), table["en"])
    return _DOUBLE_STOP.sub(".", choices[seed % len(choices)].format(**fields))


_DOUBLE_STOP = re.compile(r"(?<=\.)\.(?=\s|$)")  # "7 шт." ending a sentence takes no second full stop


def _full_stop(text: str, lang: str) -> str:
    if lang == "zh":
        return text if text.endswith("。") else text + "。"
    return text if text.endswith(".") else text + "."


def _stock_phrase(p: dict[str, Any], lang: str) -> str:
    qty = int(p.get("stock_qty") or 0)
    return t("in_stock", lang, qty=qty) if p.get("in_stock") and qty > 0 else t("out_of_stock_word", lang)


def norm_size(value: Any) -> str:
    return str(value).strip().upper().replace(",", ".")


def product_sizes(p: dict[str, Any]) -> list[str]:
    """The sizes a product comes in: its "sizes" attribute, else its variants' sizes, in catalog order."""
    attrs = p.get("attributes") or {}
    raw = attrs.get("sizes") or attrs.get("size") or [v.get("size") for v in p.get("variants") or []
                                                      if isinstance(v, dict) and v.get("size")]
    values = raw if isinstance(raw, list) else [raw]
    out: list[str] = []
    for v in values:
        if v is not None and str(v).strip() and str(v) not in out:
            out.append(str(v).strip())
    return out


def size_list(sizes: list[str], lang: str) -> str:
    """Sizes as a shopper reads them: runs of whole numbers as ranges ("41–43, 45"), letters as they are."""
    try:
        numbers = [Decimal(s.replace(",", ".")) for s in sizes]
    except ArithmeticError:
        return _list(sizes, lang)
    if any(n != n.to_integral_value() for n in numbers):
        return _list(sizes, lang)
    ordered = sorted(set(int(n) for n in numbers))
    runs: list[list[int]] = []
    for n in ordered:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0]}–{run[-1]}")
        else:
            parts += [str(n) for n in run]
    return _list(parts, lang)


def colour_name(colour: str, lang: str) -> str:
    return _COLOUR_NAMES.get(colour.lower(), {}).get(lang, colour)


_LOCATION = re.compile(r"^\s*aisle\s+(?P<a>[\w-]+)(?:\s*[,·]\s*shelf\s+(?P<s>[\w-]+))?\s*$", re.I)
_BACKROOM = {"en": "backroom", "ru": "склад", "zh": "仓库"}


def location(text: str, language: str | None) -> str:
    """A planogram location in the shopper's language: "Aisle 8, shelf B" -> «ряд 8, полка B» / "8号通道B层货架".

    A location in another format (an imported catalog's own words) is shown as it is."""
    lang = lang_of(language)
    if lang == "en":
        return text
    if text.strip().lower() == "backroom":
        return _BACKROOM[lang]
    parsed = parse_location(text)
    if parsed is None:
        return text
    aisle, shelf = parsed
    return place(aisle, [shelf] if shelf else [], lang)


def parse_location(text: str) -> tuple[str, str | None] | None:
    """("8", "B") from "Aisle 8, shelf B", ("8", None) from "Aisle 8"; None for a location in another format."""
    m = _LOCATION.match(text)
    return (m.group("a"), m.group("s")) if m else None


def place(aisle: str, shelves: list[str], language: str | None) -> str:
    """One aisle and its shelves in the shopper's language: "aisle 4, shelves B and C", «ряд 4, полки B и C»,
    "4号通道B、C层货架"; with one shelf, the form ``location`` gives for a single product."""
    lang = lang_of(language)
    if lang == "zh":
        return f"{aisle}号通道{'、'.join(shelves)}层货架" if shelves else f"{aisle}号通道"
    said = shelves[0] if len(shelves) == 1 else f"{', '.join(shelves[:-1])} {_AND[lang]} {shelves[-1]}"
    if lang == "ru":
        return f"ряд {aisle}, {'полка' if len(shelves) == 1 else 'полки'} {said}" if shelves else f"ряд {aisle}"
    return f"aisle {aisle}, {'shelf' if len(shelves) == 1 else 'shelves'} {said}" if shelves else f"aisle {aisle}"


_AND = {"en": "and", "ru": "и", "zh": "和"}


def where_sentence(lang: str, where: dict[str, Any]) -> str:
    """The answer to "where are the batteries?", from the places a journey grouped from its hits' locations:
    "Batteries are in aisle 4, shelves B and C." / «Батарейки — ряд 4, полки B и C.» / "电池在4号通道B、C层货架。";
    the main aisle first, then up to two others briefly ("; some are also in aisle 7, shelf A").

    ``where``: {"subject": a category or product name or "", "product": bool, "places": [{"aisle", "shelves"} |
    {"raw": a location in another format}, ...]}. "" when there are no places: nothing is said about location."""
    said = [place(p["aisle"], list(p.get("shelves") or []), lang) if p.get("aisle") else str(p.get("raw") or "")
            for p in where.get("places") or []]
    said = [s for s in said if s]
    if not said:
        return ""
    subject = str(where.get("subject") or "")
    if not subject:
        key = "where_them"
    elif lang == "en" and product_answers.en_plural(subject):
        key = "where_many"  # "Batteries are in", "the … Hiking Boots are in"
    else:
        key = "where_one"  # "Chocolate is in"; ru and zh need no verb agreement
    head = t(key, lang, subject=subject, place=said[0])
    if len(said) == 1:
        return _full_stop(head, lang)
    also = t("where_also", lang, places=f" {_AND[lang]} ".join(said[1:3]) if lang != "zh" else "和".join(said[1:3]))
    return _full_stop(f"{head}{also}", lang)


def direct_answer(lang: str, p: dict[str, Any], ask: dict[str, Any], seed: int = 0) -> str:
    """The answer to what the shopper asked about one product, first: yes/no on a size, a colour or stock; the price.

    ``ask``: {"kind": "size" | "colour" | "stock" | "price" | "feature", "value": the size, colour or feature asked
    for}."""
    kind, value = ask.get("kind"), ask.get("value")
    fields = {"title": p["title"], "price": money(p["price"], p["currency"], lang), "stock": _stock_phrase(p, lang),
              **product_answers.verbs(str(p["title"]), lang)}  # "the Trail Boots cost", "the Tent costs"
    if kind == "size":
        sizes = product_sizes(p)
        if not sizes:
            return tv("ask_size_none", lang, seed, **fields)
        if not value:
            return tv("ask_sizes", lang, seed, sizes=size_list(sizes, lang), **fields)
        wanted = norm_size(value)
        match = next((s for s in sizes if norm_size(s) == wanted), None)
        if match is not None:
            return tv("ask_size_yes", lang, seed, size=match, **fields)
        return tv("ask_size_no", lang, seed, size=value, sizes=size_list(sizes, lang), **fields)
    if kind == "colour":
        colours = product_colours(p)
        if not colours:
            return tv("ask_colour_unknown", lang, seed, **fields)
        if not value:
            said = _list([colour_name(c, lang) for c in colours], lang)
            return tv("ask_colours", lang, seed, colour=said, **fields)
        asked = str(value).lower()
        if asked in colours:
            return tv("ask_colour_yes", lang, seed, colour=colour_name(asked, lang), **fields)
        said = _list([colour_name(c, lang) for c in colours], lang)
        return tv("ask_colour_no", lang, seed, asked=colour_name(asked, lang), colour=said, **fields)
    if kind == "stock":
        qty = int(p.get("stock_qty") or 0)
        if p.get("in_stock") and qty > 0:
            return tv("ask_stock_yes", lang, seed, qty=qty, **fields)
        return tv("ask_stock_no", lang, seed, **fields)
    if kind == "price":
        return tv("ask_price", lang, seed, **fields)
    if kind == "feature" and value:  # "is the X waterproof?": yes or no from its own attribute, first
        return product_answers.feature_answer(lang, p, str(value))
    return ""


def product_colours(p: dict[str, Any]) -> list[str]:
    attrs = p.get("attributes") or {}
    raw = attrs.get("colour") or attrs.get("color") or attrs.get("colours") or []
    values = raw if isinstance(raw, list) else [raw]
    for v in p.get("variants") or []:
        if isinstance(v, dict) and (v.get("colour") or v.get("color")):
            values.append(v.get("colour") or v.get("color"))
    out: list[str] = []
    for v in values:
        word = str(v).strip().lower()
        if word and word not in out:
            out.append(word)
    return out


def _recommend(lang: str, data: dict[str, Any]) -> str:
    items = data.get("hits", [])
    if not items:
        return t("recommend_none", lang, title=data["base_title"])
    head = "recommend_upsell" if data.get("mode") == "upsell" else "recommend"
    lines = [t(head, lang, title=data["base_title"])]
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
    if data.get("aspects"):
        from agent.policy_answers import answer  # "how many days?": that, not the whole policy (issue 16)

        direct = answer(lang, p, list(data["aspects"]))
        if direct:
            return direct
    body = " ".join(str(p.get("body", "")).split())
    if len(body) > POLICY_CHARS:
        body = whole_sentences(body, POLICY_CHARS)
    return t("policy", lang, title=p["title"], body=body)


POLICY_CHARS = 400


def whole_sentences(text: str, limit: int) -> str:
    """The first sentences of ``text`` that fit in ``limit`` characters, always at least the first one whole: a
    reply never ends in a sentence cut off (nor with "…")."""
    kept = ""
    for sentence in _DESC_SPLIT.split(text):
        body = sentence.strip()
        if not body:
            continue
        joined = body if not kept else kept + ("" if kept[-1] in "。！？" else " ") + body
        if kept and len(joined) > limit:
            break
        kept = joined
    return kept


def _out_of_stock(lang: str, data: dict[str, Any]) -> str:
    where = t("aisle", lang, aisle=data["aisle"]) if data.get("aisle") else ""
    if not data.get("total"):
        return t("out_of_stock_none", lang, where=where)
    return plural("out_of_stock", lang, int(data["total"]), where=where)


def _script(lang: str, data: dict[str, Any]) -> str:
    if data.get("markdown"):  # the script engine's script (tools/livestream), each sentence verified there
        return str(data["markdown"])
    if not data.get("hits"):
        return t("script_none", lang, topic=data.get("topic", ""))
    heads = {
        "en": ("Opening: greet viewers and introduce {topic}.", "Segment {i}: {line}.",
               "Interaction: ask viewers which one they would pick.",
               "Closing: thank viewers; remind them of the top pick."),
        "ru": ("Начало: поприветствуйте зрителей и представьте тему «{topic}».", "Блок {i}: {line}.",
               "Вовлечение: спросите зрителей, что бы они выбрали.",
               "Финал: поблагодарите зрителей и напомните о главном товаре."),
        "zh": ("开场：问候观众，介绍“{topic}”。", "环节{i}：{line}。", "互动：问观众会选哪一款。",
               "结尾：感谢观众，再次推荐主打商品。"),
    }[lang]
    body = [heads[0].format(topic=data.get("topic", ""))]
    body += [heads[1].format(i=i, line=product_line(h, lang)) for i, h in enumerate(data["hits"][:4], 1)]
    body += [heads[2], heads[3]]
    return t("script_outline", lang, topic=data.get("topic", ""), body="\n".join(body))


def _handoff(lang: str, data: dict[str, Any]) -> str:
    if data.get("ticket_id") is None:
        return t("handoff_failed", lang)
    parts = [t("handoff", lang, ticket_id=data["ticket_id"]), _staff_hours(lang, data), _handoff_contact(lang, data),
             t("handoff_added", lang)]
    return "".join(parts)


def _staff_hours(lang: str, data: dict[str, Any]) -> str:
    return t("handoff_hours", lang, hours=data["hours"]) if data.get("hours") else ""


def _handoff_contact(lang: str, data: dict[str, Any]) -> str:
    phone, email, ticket = data.get("phone"), data.get("email"), data["ticket_id"]
    if phone and email:
        return t("handoff_contact_both", lang, phone=phone, email=email, ticket_id=ticket)
    if phone or email:
        return t("handoff_contact_one", lang, contact=phone or email, ticket_id=ticket)
    return ""


def _handoff_waiting(lang: str, data: dict[str, Any]) -> str:
    """A message in a session waiting for a person: it went to the ticket; what else the shopper can do."""
    if data.get("answer_kind"):
        note = t("handoff_waiting_note", lang, ticket_id=data["ticket_id"])
        return note + "\n" + render(str(data["answer_kind"]), lang, data.get("answer") or {})
    parts = [t("handoff_waiting", lang, ticket_id=data["ticket_id"]), _staff_hours(lang, data),
             _handoff_contact(lang, data), t("handoff_waiting_more", lang)]
    return "".join(parts)


def _order_locked(lang: str, data: dict[str, Any]) -> str:
    phone, email = data.get("phone"), data.get("email")
    if phone and email:
        contact = t("or_contact_both", lang, phone=phone, email=email)
    elif phone or email:
        contact = t("or_contact_one", lang, contact=phone or email)
    else:
        contact = t("or_contact_none", lang)
    return t("order_locked", lang, contact=contact)


def _smalltalk(lang: str, data: dict[str, Any]) -> str:
    return t(data.get("kind", "greeting"), lang)


def _list(items: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(items)


def _name_unknown(lang: str, data: dict[str, Any]) -> str:
    """"We don't have X" (or "we don't carry brand X" and the brands we do), then the nearest items, marked so."""
    brand = bool(data.get("brand_unknown"))
    lines = [t("brand_unknown" if brand else "name_unknown", lang, name=data.get("name", ""))]
    if data.get("brands"):
        category = str(data.get("category") or "")
        if lang == "en":  # "in hiking boots": a category name mid-sentence
            category = category[:1].lower() + category[1:]
        where = t("brand_list_where", lang, category=category) if category else ""
        lines[0] = join([lines[0], t("brand_list", lang, where=where, brands=_list(data["brands"], lang))], lang)
    hits = data.get("hits") or []
    if hits:
        lines.append(t("name_nearest", lang))
        lines += [f"{i}. {product_line(h, lang)}" for i, h in enumerate(hits[:3], 1)]
    return "\n".join(lines)


def _policy_unknown(lang: str, data: dict[str, Any]) -> str:
    head = t("policy_unknown", lang, name=data.get("name", ""))
    titles = [str(x) for x in data.get("titles") or []]
    return join([head, t("policy_list", lang, titles=_list(titles, lang))], lang) if titles else head


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
    "handoff_waiting": _handoff_waiting,
    "order_locked": _order_locked,
    "smalltalk": _smalltalk,
    "name_unknown": _name_unknown,
    "policy_unknown": _policy_unknown,
}
