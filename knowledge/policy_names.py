"""Does the store have the policy a shopper named? "Do you have a price match policy?", "lifetime warranty?".

A shopper names a policy with a head noun ("policy", "program", "guarantee", "политика", "программа", "政策",
"计划") and words that say what it is about ("price match", "лояльности", "会员"), or with a kind noun itself and a
qualifier ("lifetime warranty", "пожизненная гарантия", "终身保修"). The store's policies each have a kind
(returns, delivery, warranty, store_info). The name is known when its topic words belong to a kind the store has;
a qualifier that promises no time limit ("lifetime") is known only when that policy has no limit in its figures.
No policy-like phrase at all: the status is ``none`` and the caller answers as before.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field

PolicyNameStatus = Literal["known", "unknown", "none"]

# Words that say which kind of policy a phrase is about (stems; matched as prefixes of words).
_TOPIC: dict[str, tuple[str, ...]] = {
    "returns": ("return", "refund", "exchang", "возврат", "вернуть", "обмен", "退货", "退款", "换货", "退换"),
    "delivery": ("deliver", "shipping", "ship", "courier", "доставк", "курьер", "配送", "运费", "快递", "送货", "邮寄"),
    "warranty": ("warrant", "гаранти", "保修", "质保", "保固"),
    "store_info": ("hour", "opening", "address", "parking", "часы", "адрес", "парков", "营业", "地址", "停车"),
}
# Head nouns that name a policy without saying what it is about.
_HEAD_EN = r"polic(?:y|ies)|program(?:me)?s?|scheme|plan|club|membership|guarantee|rules?|service|promise|card"
_HEAD_RU = r"политик[а-я]*|программ[а-я]*|правил[а-я]*|систем[а-я]*|услуг[а-я]*|карт[а-я]*|клуб[а-я]*"
_HEAD_ZH = r"政策|计划|制度|服务|保障|承诺|规定|卡|俱乐部|活动"
# Kind nouns that are themselves policy names ("warranty", "гарантия", "保修").
_KIND_EN = r"warrant(?:y|ies)|returns?|refunds?|delivery|shipping"
_KIND_RU = r"гаранти[а-я]*|возврат[а-я]*|доставк[а-я]*"
_KIND_ZH = r"保修|质保|退货|退款|配送|包邮"
# Qualifiers that promise no time limit: true only of a policy without a day or month figure.
_UNLIMITED = re.compile(r"lifetime|for life|forever|unlimited|never expir|пожизненн|бессрочн|навсегда|вечн|"
                        r"终身|永久|无限期|不限期", re.IGNORECASE)
_FILLER = {"a", "an", "the", "your", "any", "you", "have", "do", "is", "there", "what", "whats", "what's", "about",
           "store", "shop", "our", "this", "that", "of", "for", "with", "on", "offer", "provide", "give", "got", "has",
           "know", "tell", "me", "explain", "support", "sell", "does", "can", "i", "get", "how", "long", "much",
           "у", "вас", "есть", "ли", "а", "какая", "какие", "какой", "ваша", "ваши", "в", "на", "по", "магазине", "это",
           "предлагаете", "действует", "бывает", "расскажите", "про", "о", "об", "и", "сколько", "длится", "ваш"}


def _tail(words: list[str]) -> list[str]:
    """The modifier words right before a head noun (up to the first filler word, reading backwards)."""
    out: list[str] = []
    for w in reversed(words):
        if w.lower() in _FILLER:
            break
        out.insert(0, w)
    return out


def _lead(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if w.lower() in _FILLER:
            break
        out.append(w)
    return out


class PolicyRef(BaseModel):
    key: str
    kind: str
    title: str
    fields: dict[str, Any] = Field(default_factory=dict)


class PolicyResolution(BaseModel):
    status: PolicyNameStatus
    name: str = ""  # the shopper's words for the policy, as a reply quotes them
    kind: str | None = None  # the store's kind it matches, when known
    reason: str = ""  # why unknown: "no such topic" | "no unlimited term"
    policies: list[PolicyRef] = Field(default_factory=list)  # the store's policies (what a reply may offer)


def _topic(words: str) -> str | None:
    low = words.lower()
    for kind, stems in _TOPIC.items():
        if any(re.search(rf"(?<![a-zа-яё]){re.escape(s)}", low) for s in stems):
            return kind
    return None


def _phrases(text: str) -> list[tuple[str, str, bool]]:
    """(phrase as written, its topic words, whether the head is a kind noun) for each policy-like phrase."""
    out: list[tuple[str, str, bool]] = []
    word = r"[A-Za-z][\w'-]*"
    kind_en = rf"(?:{_KIND_EN})\b(?!\s+(?:{_HEAD_EN})\b)"  # "return policy" is one phrase, its head "policy"
    for m in re.finditer(rf"((?:{word}\s+){{0,3}})({_HEAD_EN}|{kind_en})\b", text, re.IGNORECASE):
        mods = _tail(m.group(1).split())
        head = m.group(2)
        is_kind = re.fullmatch(_KIND_EN, head, re.IGNORECASE) is not None
        if mods or is_kind:
            phrase = " ".join([*mods, head])
            out.append((phrase, " ".join(mods) if not is_kind else phrase, is_kind))
    cyr = r"[А-Яа-яЁё][а-яё-]*"
    for m in re.finditer(rf"((?:{cyr}\s+){{0,2}})({_HEAD_RU}|{_KIND_RU})((?:\s+{cyr}){{0,2}})", text, re.IGNORECASE):
        before = _tail(m.group(1).split())
        after = _lead(m.group(3).split())
        head = m.group(2)
        is_kind = re.fullmatch(_KIND_RU, head, re.IGNORECASE) is not None
        # "политика возврата": the topic follows; "пожизненная гарантия": the qualifier comes first.
        mods = before + after
        if mods or is_kind:
            phrase = " ".join([*before, head, *after])
            out.append((phrase, phrase if is_kind else " ".join(mods), is_kind))
    for m in re.finditer(rf"([\u4e00-\u9fff]{{0,6}}?)({_HEAD_ZH}|(?:{_KIND_ZH})(?!{_HEAD_ZH}))", text):
        lead = re.sub(r"^(?:请问|你们|您们|贵店|店里|这里|有没有|是否有|提供|支持|们|有|的|吗)+", "", m.group(1))
        lead = re.sub(r"的$", "", lead)
        head = m.group(2)
        is_kind = re.fullmatch(_KIND_ZH, head) is not None
        if lead or is_kind:
            out.append((lead + head, lead + head if is_kind else lead, is_kind))
    return out


def _limited(fields: dict[str, Any]) -> bool:
    return any(k.endswith(("_days", "_months", "_years")) and v for k, v in fields.items())


def resolve_policy(text: str, policies: list[PolicyRef]) -> PolicyResolution:
    """Whether the policy ``text`` names is one of ``policies`` (the store's, in the shopper's language)."""
    kinds = {p.kind for p in policies}
    for phrase, topic_words, is_kind in _phrases(text):
        kind = _topic(topic_words)
        if kind is None:
            if is_kind:
                continue
            return PolicyResolution(status="unknown", name=phrase, reason="no such topic", policies=policies)
        if kind not in kinds:
            return PolicyResolution(status="unknown", name=phrase, reason="no policy of that kind", policies=policies)
        if _UNLIMITED.search(phrase):
            own = [p for p in policies if p.kind == kind]
            if own and all(_limited(p.fields) for p in own):
                return PolicyResolution(status="unknown", name=phrase, kind=kind, reason="no unlimited term",
                                        policies=policies)
        return PolicyResolution(status="known", name=phrase, kind=kind, policies=policies)
    return PolicyResolution(status="none", policies=policies)


def store_policies(db_url: str, language: str) -> list[PolicyRef]:
    """The store's general policies (not the category-specific variants) in ``language``, else English."""
    from knowledge.db import session_scope
    from knowledge.store import get_policies

    with session_scope(db_url) as s:
        found = get_policies(s, None, language)
    return [PolicyRef(key=p.key, kind=p.kind, title=p.title, fields=dict(p.fields))
            for p in found if not p.category_path]


__all__ = ["PolicyRef", "PolicyResolution", "resolve_policy", "store_policies"]
