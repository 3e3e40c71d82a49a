"""The first node of every turn: input limits, language guess, prompt-injection and abuse screening.

Rate limits are not here: they sit at the channel's edge, keyed by client rather than by a session id a client could
rotate (channels.web.edge, shopkeeper.limits).

Screening is a refusal with a log line, never a permission: roles are enforced by the tool layer whatever the text
says, so a missed injection still cannot reach a manager tool. The patterns catch the common attempts in en/ru/zh
so the assistant answers them plainly instead of passing them to a model.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from knowledge.language import reply_language
from shopkeeper.errors import InputRejected

log = logging.getLogger(__name__)

_INJECTION = [
    # English
    r"\bignore\b.{0,40}\b(previous|prior|above|all|earlier|your)\b.{0,30}\b(instructions?|rules|prompts?|directions)",
    r"\bdisregard\b.{0,40}\b(instructions?|rules|prompts?)",
    r"\bforget\b.{0,30}\b(instructions?|rules|everything you)",
    r"\byou are now\b.{0,40}\b(manager|admin|administrator|owner|developer|root|staff|dan|system)",
    r"\bact as\b.{0,30}\b(manager|admin|administrator|owner|developer|root)",
    r"\bsystem\s*prompt\b",
    r"^\s*(system|assistant|developer)\s*:",
    r"\b(reveal|show|print|repeat)\b.{0,30}\b(your|the)\b.{0,20}\b(instructions|prompt|rules)",
    r"\bjailbreak\b|\bdeveloper mode\b|\bdo anything now\b",
    r"\blist (all|every) (customers?|users?|orders?|emails?|passwords?)",
    r"\b(give|apply|set)\b.{0,30}\b(9\d|100)\s?% (off|discount)",
    # Russian
    # Whole words: «отменить, пока не отправили» is a cancellation, not "cancel the rules" («от-правил-и»).
    r"\b(игнорируй|проигнорируй|забудь|отмени)\b.{0,40}\b(инструкци|правил|указани|промпт)",
    r"ты\s+(теперь|сейчас)\s+.{0,30}(менеджер|админ|администратор|владел|разработчик)",
    r"системн\w*\s+(промпт|подсказк|инструкци)",
    r"(покажи|выведи|перечисли)\s+(всех|все)\s+(клиент|покупател|заказ|пользовател|email|парол)",
    # Chinese
    r"(忽略|无视|忘记|忘掉).{0,10}(之前|以前|上面|所有|先前).{0,10}(指令|指示|规则|提示)",
    r"你现在是.{0,10}(经理|管理员|店长|开发者|系统)",
    r"系统提示",
    r"(列出|显示|给我).{0,6}(所有|全部).{0,6}(客户|顾客|用户|订单|密码)",
]
_INJECTION_RE = [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in _INJECTION]

_ABUSE = [r"\b(fuck|cunt|retard)\w*", r"(сука|бляд|пизд|хуй|ебан)\w*", r"(傻逼|操你|他妈的)"]
_ABUSE_RE = [re.compile(p, re.IGNORECASE) for p in _ABUSE]

SUPPORTED = ("en", "ru", "zh")


def guess_language(text: str, locale: str | None = None, session: str | None = None) -> str:
    """The reply language: the channel's locale when it is one we speak, else the text's (``knowledge.language``),
    else the conversation's."""
    return reply_language(text, locale, session)


def clean_text(raw: str | bytes | None, *, max_chars: int) -> str:
    """Normalise and bound the input; raise ``InputRejected`` with a reason a shopper can act on."""
    if raw is None:
        raise InputRejected("the message is empty", hint="type a question")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputRejected("the message is not valid UTF-8 text", hint="send plain text") from exc
    if len(raw) > max_chars * 4:
        # Refuse early: no normalising of a 100 KB message.
        raise InputRejected(f"the message is too long ({len(raw):,} characters; the limit is {max_chars:,})",
                            hint="send a shorter question")
    text = unicodedata.normalize("NFC", raw)
    # Control and format characters (zero-width, bidi overrides) are dropped; newlines and tabs become spaces.
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\n\r\t":
            kept.append(" ")
        elif cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    text = re.sub(r"\s+", " ", "".join(kept)).strip()
    if not text:
        raise InputRejected("the message is empty", hint="type a question")
    if len(text) > max_chars:
        raise InputRejected(f"the message is too long ({len(text):,} characters; the limit is {max_chars:,})",
                            hint="send a shorter question")
    return text


def screen(text: str) -> str | None:
    """``"injection"`` or ``"abuse"`` when the text tries to steer the assistant or insults; else None."""
    for pattern in _INJECTION_RE:
        if pattern.search(text):
            return "injection"
    for pattern in _ABUSE_RE:
        if pattern.search(text):
            return "abuse"
    return None


@dataclass
class GuardVerdict:
    text: str
    language: str
    blocked: str | None = None  # "empty" | "too_long" | "encoding" | "injection" | "abuse"
    message: str | None = None


def check_turn(raw: str | bytes | None, *, session_id: str, locale: str | None, max_chars: int,
               session_language: str | None = None) -> GuardVerdict:
    """Everything the guard node decides about one incoming message (``session_language``: the conversation's so
    far, for a message that does not say)."""
    preview = raw[:2000] if isinstance(raw, str) else ""
    try:
        text = clean_text(raw, max_chars=max_chars)
    except InputRejected as exc:
        kind = "too_long" if "too long" in exc.message else ("encoding" if "UTF-8" in exc.message else "empty")
        return GuardVerdict(text="", language=guess_language(preview, locale, session_language), blocked=kind,
                            message=exc.message)
    language = guess_language(text, locale, session_language)
    why = screen(text)
    if why:
        log.warning("guard refused a message: %s", why, extra={"session": session_id, "reason": why})
        return GuardVerdict(text=text, language=language, blocked=why)
    return GuardVerdict(text=text, language=language)
