"""The template wording of a live-stream script, per language: several phrasings of each line, chosen with a seed.

Every phrasing says only what its fields hold ({title}, {price}, {feature}, {qty}, {rating}, {category}, {theme},
{code}, {percent}, {a}, {b}); the fields come from the store DB (tools.livestream.facts) or the host's request. No
phrasing states a figure of its own: a number in a template would be a claim no catalog backs.
"""

from __future__ import annotations

import random

P: dict[str, dict[str, list[str]]] = {
    "greeting": {
        "en": [
            "Hi everyone, and welcome to our live stream: {theme}!",
            "Hello and welcome, everyone! Today's stream is all about {theme}.",
            "Welcome in, friends! Grab a seat, today we're talking {theme}.",
        ],
        "ru": [
            "Всем привет и добро пожаловать на наш эфир: {theme}!",
            "Здравствуйте, друзья! Сегодня в эфире: {theme}.",
            "Привет всем, кто с нами! Тема сегодняшнего эфира: {theme}.",
        ],
        "zh": [
            "大家好，欢迎来到我们的直播间！今天的主题是：{theme}。",
            "欢迎各位朋友！今天我们聊聊{theme}。",
            "家人们好！今天直播的主题是{theme}。",
        ],
    },
    "greeting_plain": {
        "en": ["Hi everyone, and welcome to our live stream!"],
        "ru": ["Всем привет и добро пожаловать на наш эфир!"],
        "zh": ["大家好，欢迎来到我们的直播间！"],
    },
    "agenda": {
        "en": [
            "Stay with us: I'll walk you through each product with its real price and what's in stock.",
            "Say hi in the chat and tell me where you're watching from!",
            "Hit follow so you don't miss a thing, and keep your questions coming in the chat.",
        ],
        "ru": [
            "Оставайтесь с нами: я покажу каждый товар с настоящей ценой и наличием.",
            "Напишите в чат, откуда вы нас смотрите!",
            "Подписывайтесь, чтобы ничего не пропустить, и задавайте вопросы в чате.",
        ],
        "zh": [
            "请留在直播间，我会逐一介绍每件商品的真实价格和库存。",
            "在评论区打个招呼，告诉我你从哪里来看直播！",
            "点个关注不迷路，有问题随时在评论区提。",
        ],
    },
    "agenda_promo": {
        "en": ["And stay to the end: there's a special offer for everyone watching."],
        "ru": ["И досмотрите до конца: для зрителей эфира есть специальное предложение."],
        "zh": ["记得看到最后，直播间观众有专属优惠。"],
    },
    "hook": {
        "en": [
            "Next up: the {title}!",
            "Take a look at this one: the {title}.",
            "Here's one I really like: the {title}.",
            "Now let me show you the {title}.",
        ],
        "ru": [
            "Следующий товар — {title}!",
            "Посмотрите вот на это: {title}.",
            "А вот то, что мне очень нравится: {title}.",
            "Теперь покажу вам: {title}.",
        ],
        "zh": ["接下来是{title}！", "来看看这个：{title}。", "这个我特别喜欢：{title}。", "现在给大家展示{title}。"],
    },
    "recap_hook": {
        "en": [
            "For everyone who just joined: the {title}.",
            "One more look at the {title}.",
            "Back to the {title}, since many of you asked.",
        ],
        "ru": [
            "Для тех, кто только присоединился: {title}.",
            "Ещё раз посмотрим: {title}.",
            "Возвращаемся к товару {title} — многие спрашивали.",
        ],
        "zh": ["刚进直播间的朋友看过来：{title}。", "再带大家看一下{title}。", "很多人在问，我们再回到{title}。"],
    },
    "pitch": {"en": ["{pitch}"], "ru": ["{pitch}"], "zh": ["{pitch}"]},
    "feature_first": {
        "en": ["First thing to know: {feature}.", "Let's start with this: {feature}.", "Look at this: {feature}."],
        "ru": ["Первое, что важно: {feature}.", "Начнём с главного: {feature}.", "Обратите внимание: {feature}."],
        "zh": ["先说重点：{feature}。", "首先：{feature}。", "大家看这里：{feature}。"],
    },
    "feature": {
        "en": [
            "Another plus: {feature}.",
            "And here's a detail: {feature}.",
            "Also worth knowing: {feature}.",
            "On top of that: {feature}.",
        ],
        "ru": [
            "Ещё один плюс: {feature}.",
            "И вот деталь: {feature}.",
            "Также стоит знать: {feature}.",
            "А ещё: {feature}.",
        ],
        "zh": ["还有亮点：{feature}。", "再看细节：{feature}。", "另外：{feature}。", "不仅如此：{feature}。"],
    },
    "rating": {
        "en": ["Shoppers rate it {rating} out of 5."],
        "ru": ["Оценка покупателей — {rating} из 5."],
        "zh": ["买家给它打了{rating}分。"],
    },
    "price": {
        "en": ["It's yours for {price}.", "The price: {price}.", "And the price is {price}."],
        "ru": ["Цена — {price}.", "Стоит {price}.", "И цена: {price}."],
        "zh": ["售价{price}。", "价格是{price}。", "到手价{price}。"],
    },
    "urgency": {
        "en": [
            "Only {qty} left, so don't wait!",
            "Heads up: only {qty} left in stock.",
            "We're down to {qty}, grab one while you can.",
        ],
        "ru": [
            "Осталось всего {qty} шт., не откладывайте!",
            "Внимание: в наличии всего {qty} шт.",
            "Осталось {qty} шт. — успейте взять.",
        ],
        "zh": ["只剩{qty}件了，抓紧下单！", "注意：库存只剩{qty}件。", "仅剩{qty}件，先到先得。"],
    },
    "sold_out": {
        "en": ["It's sold out right now, so ask in the chat and we'll tell you when it's back."],
        "ru": ["Этого товара сейчас нет в наличии: спросите в чате, и мы скажем, когда он снова появится."],
        "zh": ["这款目前缺货，可以在评论区留言，到货后告诉大家。"],
    },
    "question": {
        "en": [
            "Who here already has something like this? Tell me in the chat!",
            "What would you use it for? Type it in the chat.",
            "Questions about this one? Ask away in the chat.",
        ],
        "ru": [
            "У кого уже есть что-то похожее? Напишите в чат!",
            "Для чего вам пригодился бы такой товар? Пишите в чат.",
            "Есть вопросы по этому товару? Задавайте в чате.",
        ],
        "zh": [
            "谁已经有类似的东西了？在评论区告诉我！",
            "你会用它来做什么？打在评论区。",
            "对这个有疑问吗？尽管在评论区问。",
        ],
    },
    "poll": {
        "en": [
            "Quick poll: the {a} or the {b}? Vote in the chat!",
            "Let's vote: which would you take, the {a} or the {b}? Tell me in the chat.",
        ],
        "ru": [
            "Быстрый опрос: {a} или {b}? Голосуйте в чате!",
            "Голосуем: что бы вы выбрали — {a} или {b}? Пишите в чат.",
        ],
        "zh": ["快速投票：{a}还是{b}？在评论区投票！", "来投个票：{a}和{b}你选哪个？告诉我。"],
    },
    "poll_same": {
        "en": ["Quick poll: which of these two would you take? Vote in the chat!"],
        "ru": ["Быстрый опрос: какой из этих двух вы бы выбрали? Голосуйте в чате!"],
        "zh": ["快速投票：这两款你选哪个？在评论区投票！"],
    },
    "qa": {
        "en": [
            "Let's take your questions now: sizes, stock, delivery, anything.",
            "I'm reading the chat: keep the questions coming.",
            "If you're unsure which one fits you, ask me in the chat and I'll help.",
        ],
        "ru": [
            "Отвечаю на ваши вопросы: размеры, наличие, доставка — что угодно.",
            "Я читаю чат: пишите свои вопросы.",
            "Если сомневаетесь, что выбрать, спросите в чате, я помогу.",
        ],
        "zh": [
            "现在来回答大家的问题：尺码、库存、配送都可以问。",
            "我在看评论区，有问题继续提。",
            "不确定选哪款的，在评论区问我，我帮你挑。",
        ],
    },
    "qa_more": {
        "en": [
            "Tell me which one you'd pick and why.",
            "New here? Ask me about anything you've seen so far.",
            "Want a closer look at something? Say so in the chat.",
        ],
        "ru": [
            "Напишите, что бы вы выбрали и почему.",
            "Только присоединились? Спрашивайте о любом товаре из эфира.",
            "Хотите рассмотреть что-то поближе? Напишите в чат.",
        ],
        "zh": [
            "告诉我你会选哪款，为什么。",
            "刚来的朋友，对前面的商品有问题都可以问。",
            "想近距离看看哪款？在评论区说一声。",
        ],
    },
    "promo": {
        "en": [
            "Here's today's offer: use code {code} for {percent}% off.",
            "Special for this stream: {percent}% off with code {code}.",
        ],
        "ru": [
            "Специальное предложение: скидка {percent}% по коду {code}.",
            "Только для зрителей эфира: скидка {percent}% по коду {code}.",
        ],
        "zh": ["今天的福利：使用优惠码{code}立减{percent}%。", "直播间专享：优惠码{code}享受{percent}%折扣。"],
    },
    "closing": {
        "en": [
            "That's all for today, thank you so much for watching!",
            "Thanks for spending this time with us, see you next stream!",
        ],
        "ru": ["На сегодня всё, спасибо, что были с нами!", "Спасибо, что смотрели, до встречи в следующем эфире!"],
        "zh": ["今天的直播就到这里，感谢大家的观看！", "谢谢大家的陪伴，我们下次直播再见！"],
    },
    "closing_promo": {
        "en": ["Don't forget your code {code} before you go."],
        "ru": ["Не забудьте код {code}, пока он действует."],
        "zh": ["离开前别忘了使用优惠码{code}。"],
    },
}

# Headings of the Markdown (not spoken): what the host sees above each block.
HEADINGS: dict[str, dict[str, str]] = {
    "title": {"en": "Live stream script", "ru": "Сценарий эфира", "zh": "直播脚本"},
    "opening": {"en": "Opening", "ru": "Начало", "zh": "开场"},
    "product": {"en": "Product", "ru": "Товар", "zh": "商品"},
    "recap": {"en": "Recap", "ru": "Повтор", "zh": "回顾"},
    "interaction": {"en": "Interaction", "ru": "Вовлечение", "zh": "互动"},
    "promotion": {"en": "Offer", "ru": "Предложение", "zh": "优惠"},
    "closing": {"en": "Closing", "ru": "Финал", "zh": "结尾"},
    "seconds": {"en": "s", "ru": "с", "zh": "秒"},
}


def variants(key: str, language: str) -> list[str]:
    table = P[key]
    return table.get(language) or table["en"]


def pick(key: str, language: str, rng: random.Random, **fields: object) -> str:
    """One phrasing of ``key``, chosen by ``rng`` (seeded by the request: the same input, the same script)."""
    return rng.choice(variants(key, language)).format(**fields)


def first(key: str, language: str, **fields: object) -> str:
    """The first (plainest) phrasing: what a sentence that failed verification falls back to."""
    return variants(key, language)[0].format(**fields)
