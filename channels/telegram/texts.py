"""The Telegram channel's own words, in en/ru/zh: buttons, card labels, voice and hand-over notes.

The assistant's replies come from the core (verified sentences); these are only the channel's frame around them.
Staff-chat posts are in English (``staff_*``): the staff group is the store's working room, not the shopper's.
"""

from __future__ import annotations

from typing import Any

LANGS = ("en", "ru", "zh")

_T: dict[str, dict[str, str]] = {
    "start": {
        "en": "Hello! I'm the {store} assistant. Ask me about products, prices, stock, your order or our policies, "
        "in a message or a voice message.",
        "ru": "Здравствуйте! Я помощник магазина {store}. Спросите о товарах, ценах, наличии, заказе или правилах "
        "магазина — текстом или голосовым сообщением.",
        "zh": "您好！我是{store}的购物助手。可以用文字或语音问我商品、价格、库存、订单或店铺政策。",
    },
    "btn_more": {"en": "🔎 More like this", "ru": "🔎 Похожие", "zh": "🔎 类似商品"},
    "btn_cart": {"en": "🛒 Add to cart", "ru": "🛒 В корзину", "zh": "🛒 加入购物车"},
    "in_stock": {"en": "{n} in stock", "ru": "в наличии: {n}", "zh": "有货：{n}"},
    "out_of_stock": {"en": "out of stock", "ru": "нет в наличии", "zh": "缺货"},
    "cart_added": {
        "en": "Added to your cart: {title} ({count} items in the cart)",
        "ru": "Добавлено в корзину: {title} (в корзине товаров: {count})",
        "zh": "已加入购物车：{title}（购物车共 {count} 件）",
    },
    "cart_stale": {
        "en": "This card is no longer available: please ask again.",
        "ru": "Эта карточка устарела, спросите ещё раз.",
        "zh": "此商品卡片已过期，请重新询问。",
    },
    "cart_empty": {"en": "Your cart is empty.", "ru": "Корзина пуста.", "zh": "购物车是空的。"},
    "cart_title": {"en": "Your cart:", "ru": "Ваша корзина:", "zh": "您的购物车："},
    "cart_total": {"en": "Total: {total}", "ru": "Итого: {total}", "zh": "合计：{total}"},
    "heard": {"en": "🎤 I heard: “{text}”", "ru": "🎤 Я услышал: «{text}»", "zh": "🎤 我听到的是：“{text}”"},
    "voice_silent": {
        "en": "I couldn't make out any words in that voice message. Could you say it again, or type it?",
        "ru": "Не удалось разобрать слова в голосовом сообщении. Повторите, пожалуйста, или напишите.",
        "zh": "没能听清这条语音里的内容，请再说一遍或直接输入文字。",
    },
    "voice_too_long": {
        "en": "That voice message is too long for me (up to {seconds} seconds). Please send a shorter "
        "one or type your question.",
        "ru": "Голосовое сообщение слишком длинное (не больше {seconds} секунд). Отправьте покороче "
        "или напишите вопрос.",
        "zh": "这条语音太长了（最长 {seconds} 秒）。请发送更短的语音或直接输入问题。",
    },
    "voice_unreadable": {
        "en": "I couldn't read that audio file. Please record the voice message again or type your question.",
        "ru": "Не удалось прочитать этот аудиофайл. Запишите голосовое сообщение ещё раз или напишите вопрос.",
        "zh": "无法读取这个音频文件。请重新录制语音或直接输入问题。",
    },
    "voice_unavailable": {
        "en": "Voice messages can't be read right now. Please type your question.",
        "ru": "Сейчас не получается распознавать голосовые сообщения. Напишите вопрос, пожалуйста.",
        "zh": "暂时无法识别语音消息，请直接输入问题。",
    },
    "unsupported": {
        "en": "I can read text and voice messages. Please type your question or record it.",
        "ru": "Я понимаю текст и голосовые сообщения. Напишите вопрос или запишите его голосом.",
        "zh": "我可以理解文字和语音消息。请输入问题或发送语音。",
    },
    "staff_joined": {
        "en": "👤 {name} from our staff has joined the chat.",
        "ru": "👤 К чату подключился сотрудник магазина: {name}.",
        "zh": "👤 店员 {name} 已加入对话。",
    },
    "staff_says": {"en": "👤 {name}: {text}", "ru": "👤 {name}: {text}", "zh": "👤 {name}：{text}"},
    "staff_left": {
        "en": "The staff member has handed the chat back to me, the assistant. How can I help?",
        "ru": "Сотрудник вернул чат мне, помощнику. Чем могу помочь?",
        "zh": "店员已将对话交还给我（购物助手）。有什么可以帮您？",
    },
    "notice": {"en": "ℹ️ {text}", "ru": "ℹ️ {text}", "zh": "ℹ️ {text}"},
    "more_rows": {"en": "… {n} more rows", "ru": "… ещё строк: {n}", "zh": "……还有 {n} 行"},
    # The staff group.
    "staff_ticket": {
        "en": "🆘 Hand-over #{ticket} ({reason})\nShopper: {who}\nLanguage: {lang}\n\n{summary}\n\n"
        "Reply to this message to answer the shopper (it takes the chat over); reply /release to "
        "hand the chat back to the assistant."
    },
    "staff_shopper": {"en": "💬 #{ticket} {who}: {text}"},
    "staff_taken": {"en": "#{ticket} is now held by {name}."},
    "staff_released": {"en": "#{ticket} is back with the assistant."},
    "staff_conflict": {"en": "#{ticket}: {reason}"},
    "staff_not_telegram": {"en": "#{ticket} came from the web chat: answer it on the /staff page."},
    "staff_not_allowed": {"en": "Only the store's listed staff may answer shoppers from this chat."},
    "staff_undelivered": {
        "en": "#{ticket}: the reply is stored on the ticket, but Telegram did not deliver it ({reason})."
    },
}


def lang_of(code: str | None) -> str:
    """en/ru/zh from a Telegram ``language_code`` ("ru", "zh-hans", "en-US"); English otherwise."""
    head = (code or "").lower().split("-")[0].split("_")[0]
    return head if head in LANGS else "en"


def t(key: str, language: str | None, **fields: Any) -> str:
    table = _T[key]
    text = table.get(language or "en") or table["en"]
    return text.format(**fields) if fields else text
