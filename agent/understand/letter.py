"""The request inside a message written as a letter or a forum post.

Shoppers write to a store the way they write e-mails and posts: a greeting ("Good afternoon,", «Добрый день!»,
"您好！", "姐妹们！！"), a story, the request, a sign-off ("Many thanks, Joanne", «С уважением, Нина Павловна»,
"谢谢！").
The greeting and the sign-off are no part of the request: read as words, they made searches for "hello ... joanne",
names read as products the store lacks, and «Уважаемые коллеги» a request for staff. A forum post closes with its own
summary ("TL;DR: hiking boots, size 39, NO leather, under $180"); the story before it only explains, so the summary is
the request. Everything else is left as written.
"""

from __future__ import annotations

import re

# A greeting opens the message and ends at its own punctuation or line break: "Hi there," "Dear Sir or Madam,"
# "Hello Shopkeeper team!" «Добрый день!» «Уважаемые коллеги!» "您好！" "姐妹们！！". Only when something follows.
_GREETING = re.compile(
    r"^\s*(?:"
    r"(?:hi|hello|hey|hiya|greetings|dear|good\s+(?:morning|afternoon|evening|day))"
    r"(?:\s+(?:there|all|everyone|folks|guys|team|sir\s+or\s+madam|sir/madam|sir|madam|"
    r"(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})))?"
    r"|(?:добрый\s+(?:день|вечер)|доброе\s+утро|доброго\s+времени\s+суток|здравствуйте|здравствуй|приветствую"
    r"|всем\s+(?:привет|hi|hello|хай)|привет(?:\s+всем)?|(?:уважаем|дорог)(?:ые|ая|ой|ый)\s+[^!,.\n]{1,40})"
    r"|(?:您好|你好|大家好|hello|hi|姐妹们|宝子们|家人们|各位(?:好|朋友|姐妹)?|亲)"
    r")\s*(?:[,!.:;—–\n，！。：；~～]\s*)+(?=\S)",
    re.IGNORECASE,
)

# A sign-off closes the message: the phrase, then at most a signature to the end (a name, "Claire (Freddie's mum)",
# "The Fernandes family", a firm's name: it starts with a capital and asks nothing).
# (on a line of its own, a signature is a few words: "Thanks!\nAlso do you have it in blue" keeps its request)
_OWN_LINE = r"[\s,.!]*\n\s*[^?\s]+(?:[ \t]+[^?\s]+){0,4}"
_SIGNATURE_EN = rf"(?:\s*[,—–]\s*(?-i:[A-Z])[^?\n]{{0,60}}|{_OWN_LINE})?"
_SIGNATURE_RU = rf"(?:\s*[,—–]\s*(?-i:[А-ЯЁ])[^?\n]{{0,60}}|{_OWN_LINE})?"
_CLOSE = r"[\s,.!:;—–~～，。！…🙏🙂😊❤️]*"
_SENTENCE_START = r"(?:(?<=[.!?…)\n])|(?<=[.!?…)]\s)|^)\s*"
_SIGN_OFF = re.compile(
    _SENTENCE_START + r"(?:"
    r"(?:(?:many|huge|big|with)\s+)?thanks(?:\s+(?:so|very|ever\s+so)\s+much|\s+a\s+lot|\s+in\s+advance|\s+again"
    r"|\s+for\s+(?:your|any)\s+help)*"
    r"|thank\s+you(?:\s+(?:so|very|ever\s+so)\s+much|\s+in\s+advance|\s+for\s+(?:your|any)\s+help)*|cheers|ta"
    r"|(?:best|kind|warm|warmest)\s+(?:regards|wishes)|regards|best|all\s+the\s+best|sincerely"
    r"|yours\s+(?:faithfully|sincerely|truly)|much\s+appreciated|any\s+help\s+(?:much\s+)?appreciated"
    rf"){_SIGNATURE_EN}{_CLOSE}$"
    r"|" + _SENTENCE_START + r"(?:"
    r"с\s+уважением|заранее\s+(?:спасибо|благодар(?:ю|им|на|ен))(?:\s+за\s+(?:помощь|ответ))?"
    r"|(?:большое\s+)?спасибо(?:\s+(?:большое|заранее|за\s+(?:помощь|ответ)))?|благодарю(?:\s+за\s+[а-яё]+)?"
    r"|хорошего\s+дня|всего\s+доброго|с\s+наилучшими\s+пожеланиями"
    rf"){_SIGNATURE_RU}{_CLOSE}$"
    r"|(?<=[。！？!?.,，~～\s])\s*(?:谢谢(?:您|你们|啦)?|多谢|感谢(?:您|回复)?|万分感谢|麻烦(?:您|你们)?了|辛苦了|此致敬礼)"
    rf"{_CLOSE}$",
    re.IGNORECASE,
)

# "TL;DR:", "tldr", "TL/DR", "tl dr": what follows is the post's own summary of its request.
_TLDR = re.compile(r"(?<![\w])(?:tl\s?;\s?dr|tl\s?/\s?dr|tl\s?dr|tldr)(?![\w])[\s:：.,—–-]*", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_LONGEST = 8000
# "贵店" / "贵司" is a letter's polite "your store": the frames that read "你们店" do not know it.
_ZH_YOUR_STORE = re.compile(r"贵(?:店|司|公司|商店|商城|处)")


def letter_body(text: str) -> str:
    """``text`` without the greeting and the sign-off of a letter, and a post's TL;DR summary in place of the post
    when it has one (a summary of at least three words); otherwise unchanged."""
    if len(text) > _LONGEST:
        return text  # refused as too long further on, with its own length said
    parts = _TLDR.split(text)
    if len(parts) > 1:
        summary = parts[-1].strip()
        if len(_WORD.findall(summary)) >= 3:
            text = summary
    body = _GREETING.sub("", text, count=1)
    for _ in range(2):  # "Thanks in advance! Kind regards, Margaret" closes twice
        cut = _SIGN_OFF.sub("", body).rstrip()
        if cut == body.rstrip() or not cut:
            break
        body = cut
    body = _ZH_YOUR_STORE.sub("你们店", body).strip()
    return body if body and body != text.strip() else text


__all__ = ["letter_body"]
