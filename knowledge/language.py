"""The one language detector: which language a text is in, en/ru/zh reliably from script, others coarsely.

Every caller uses it: the guard (the reply language of a turn), understanding (``guess_language`` with how sure it
is), query analysis (``shop_language``: which analyser reads a query) and the verifier (``dominant_language``: is a
reply sentence in the asked language). It lives in ``knowledge`` so both knowledge and agent can import it.

Script decides first (Han, Cyrillic, Latin, and a few others), because it is instant and right on two-word
messages where statistical detectors guess. Inside a script, cheap markers split languages coarsely (Ukrainian
letters, German umlauts, Japanese kana...). Text that carries no language of its own -- numbers, emoji, a bare
product code like "iphone 15 pro", transliterated Russian ("privet, gde moi zakaz") or pinyin -- takes the
fallback (the turn's locale, else the session's language), so a Russian session stays Russian when the shopper
types a brand name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

SHOP_LANGUAGES = ("en", "ru", "zh")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())

Reason = Literal["script", "markers", "english_words", "transliteration", "fallback", "default"]


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # ISO 639-1 code
    confident: bool  # False when the text itself did not say (fallback or default used)
    reason: Reason


# Common English words: a Latin text with none of them is more likely a brand, a code or another language.
_EN_WORDS = _words(
    """a an the i me my you your we our us it its is are was were be been am do does did done have has had
    not no yes ok okay and or but if so to of in on at for with from by about as up out over under than then
    this that these those there here what which who whom whose when where why how can could would should will
    shall may might must please pls plz thanks thank hi hello hey bye want need looking look show find get got
    any some all more less cheap cheaper expensive price cost much many one ones size colour color new good best
    buy sell order return refund delivery deliver shipping store shop open close where's what's i'm don't
    can't it's im dont cant u ur wanna gonna give tell let just like also too very really still yet now today
    tomorrow week day time"""
)

# Frequent transliterated Russian and pinyin words: Latin letters, but not English.
_TRANSLIT_RU = _words(
    """privet privetik zdravstvuite zdravstvuyte spasibo pozhaluista pozhaluysta pojaluista gde moi moy moj moya
    zakaz zakaza khochu hochu kupit' kupit skolko stoit est' nuzhno nuzhen nuzhna mne kak dela poka tovar
    dostavka vozvrat deshevle podeshevle kurtka krossovki chto eto ochen' ochen horosho khorosho nado mozhno"""
)
_TRANSLIT_ZH = _words(
    """nihao ni hao xiexie xie zaijian wo yao duoshao qian ma ne shenme zenme meiyou you mei dingdan tuihuo
    kuaidi pianyi dian hao de le shi bu"""
)
# Pinyin words like "de", "le", "hao", "you" also occur in other text, so pinyin needs several of these.
_PINYIN_STRONG = _words("nihao xiexie zaijian duoshao shenme zenme meiyou dingdan tuihuo kuaidi pianyi")

# Letters that single out a Cyrillic or Latin-script language (coarse on purpose).
_CYRILLIC_MARKERS: tuple[tuple[str, str], ...] = (
    ("uk", "іїєґ"),
    ("be", "ўі"),
    ("kk", "әғқңөұүһ"),
    ("sr", "јљњћђџ"),
    ("mk", "ѓќѕ"),
)
_LATIN_MARKERS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("de", "äöüß", _words("der die das und ist nicht ich ein eine mit für wie was wo haben")),
    ("fr", "éèêëçàùœ", _words("le la les est et je vous une des pour avec où combien merci bonjour")),
    ("es", "ñ¿¡áéíóú", _words("el los las es y que por para una dónde cuánto gracias hola quiero")),
    ("it", "àèìòù", _words("il lo gli che è per una dove quanto grazie ciao voglio sono")),
    ("pt", "ãõçáâêô", _words("o os as é que não uma para obrigado olá quero onde quanto")),
    ("pl", "ąęłńśźżó", _words("jest nie i w na się że dzień dobry dziękuję gdzie ile")),
    ("tr", "ığşçöü", _words("ve bir bu için ne nerede merhaba teşekkürler kaç")),
    ("vi", "ăâđêôơư", _words("là và của có không tôi bạn cảm ơn xin chào")),
)

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def _script_counts(text: str) -> dict[str, int]:
    counts = {"han": 0, "kana": 0, "hangul": 0, "cyrillic": 0, "latin": 0, "other": 0}
    other: dict[str, int] = {}
    for ch in text:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2A6DF:
            counts["han"] += 1
        elif 0x3040 <= o <= 0x30FF:
            counts["kana"] += 1
        elif 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
            counts["hangul"] += 1
        elif 0x0400 <= o <= 0x052F:
            counts["cyrillic"] += 1
        elif ch.isalpha() and o < 0x250:
            counts["latin"] += 1
        elif ch.isalpha():
            code = _other_script(o)
            if code:
                other[code] = other.get(code, 0) + 1
                counts["other"] += 1
    counts.update({f"x:{k}": v for k, v in other.items()})
    return counts


def _other_script(o: int) -> str | None:
    """Scripts that (nearly) name one language; good enough for a coarse answer."""
    ranges = (
        (0x0600, 0x06FF, "ar"),
        (0x0590, 0x05FF, "he"),
        (0x0370, 0x03FF, "el"),
        (0x0E00, 0x0E7F, "th"),
        (0x0900, 0x097F, "hi"),
        (0x10A0, 0x10FF, "ka"),
        (0x0530, 0x058F, "hy"),
    )
    for lo, hi, code in ranges:
        if lo <= o <= hi:
            return code
    return None


def _latin_language(text: str) -> tuple[str | None, Reason]:
    """A Latin-script text: English, another language by markers, transliteration, or unknown (None)."""
    lowered = text.lower()
    words = [w for w in _WORD.findall(lowered)]
    if not words:
        return None, "fallback"
    ru_hits = sum(w in _TRANSLIT_RU for w in words)
    zh_strong = sum(w in _PINYIN_STRONG for w in words)
    zh_hits = sum(w in _TRANSLIT_ZH for w in words)
    en_hits = sum(w in _EN_WORDS for w in words)
    if ru_hits and ru_hits >= en_hits:
        return "ru", "transliteration"
    if (zh_strong or zh_hits >= 3) and zh_hits > en_hits:
        return "zh", "transliteration"
    best: tuple[str | None, int] = (None, 0)
    for code, letters, stop in _LATIN_MARKERS:
        score = 2 * sum(ch in letters for ch in lowered) + 3 * sum(w in stop for w in words)
        if score > best[1]:
            best = (code, score)
    if best[0] and best[1] > 2 * en_hits + 1:
        return best[0], "markers"
    if en_hits:
        return "en", "english_words"
    return None, "fallback"


def guess_language(text: str, fallback: str | None = None) -> LanguageGuess:
    """The language of ``text`` with how sure we are; ``fallback`` is used when the text does not say."""
    text = unicodedata.normalize("NFKC", text or "")
    c = _script_counts(text)
    # A Han character carries about a word; Cyrillic and Latin letters are counted per letter. Weighting Han by 3
    # makes "我要iPhone 15" Chinese and "чехол на iPhone" Russian, which is how shoppers mean them.
    han = c["han"] * 3
    scores = {"zh": han, "cyrillic": c["cyrillic"], "latin": c["latin"], "kana": c["kana"] * 3,
              "hangul": c["hangul"] * 3, "other": c["other"]}
    if c["kana"]:
        scores["kana"] += han  # Japanese writes Han with kana; kana alone decides it is not Chinese
        scores["zh"] = 0
    script = max(scores, key=lambda k: scores[k])
    if scores[script] == 0:
        return _fallback(fallback)
    # Latin mixed into Cyrillic or Han text is brands and codes: the other script decides.
    if script == "latin" and (c["cyrillic"] >= 2 or c["han"] >= 1 or c["kana"] or c["hangul"]):
        script = max(("zh", "cyrillic", "kana", "hangul"), key=lambda k: scores[k])
    if script == "zh":
        return LanguageGuess("zh", True, "script")
    if script == "kana":
        return LanguageGuess("ja", True, "script")
    if script == "hangul":
        return LanguageGuess("ko", True, "script")
    if script == "other":
        code = max((k for k in c if k.startswith("x:")), key=lambda k: c[k])[2:]
        return LanguageGuess(code, True, "script")
    if script == "cyrillic":
        lowered = text.lower()
        for code, letters in _CYRILLIC_MARKERS:
            if any(ch in letters for ch in lowered) and not any(ch in "ыэъ" for ch in lowered):
                return LanguageGuess(code, True, "markers")
        return LanguageGuess("ru", True, "script")
    lang, reason = _latin_language(text)
    if reason == "transliteration":
        # Transliterated Russian or pinyin: the shopper's language, but keep the session's when it is known.
        return LanguageGuess(fallback or lang or "en", False, "transliteration")
    if lang is None:
        return _fallback(fallback)
    return LanguageGuess(lang, True, reason)


def _fallback(fallback: str | None) -> LanguageGuess:
    if fallback:
        return LanguageGuess(fallback, False, "fallback")
    return LanguageGuess("en", False, "default")


def detect_language(text: str, fallback: str | None = None) -> str:
    """ISO 639-1 code of ``text``; ``fallback`` (the locale or the session's language) when the text is ambiguous."""
    return guess_language(text, fallback).language


def base_language(locale: str | None) -> str | None:
    """``"ru-RU"`` -> ``"ru"``, ``"zh_Hans_CN"`` -> ``"zh"``; None stays None."""
    if not locale:
        return None
    return re.split(r"[-_]", locale.strip(), maxsplit=1)[0].lower() or None


def dominant_language(text: str) -> str | None:
    """The language whose script carries most of ``text`` (Han weighted by 3, as in ``guess_language``), without
    the shopper-input rule that a few Han or Cyrillic letters outweigh Latin brand names. For checking that a
    generated reply is in the asked language (en, ru or zh, told apart by script); None when the text has no
    letters."""
    c = _script_counts(unicodedata.normalize("NFKC", text or ""))
    scores = {"zh": c["han"] * 3, "ru": c["cyrillic"], "latin": c["latin"]}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0:
        return None
    # Among the assistant's languages only English is written in Latin script; the check is about script.
    return "en" if best == "latin" else best


def shop_language(text: str, default: str = "en") -> str:
    """The shop language whose analyser reads ``text``: "zh" for Chinese (and Han-written Japanese), "ru" for any
    Cyrillic language, else ``default`` (English and other Latin-script text alike)."""
    lang = guess_language(text, None)
    if not lang.confident:
        return default
    if lang.language in ("zh", "ja"):
        return "zh"
    if lang.language in ("ru", "uk", "be", "kk", "sr", "mk"):
        return "ru"
    return default


def reply_language(text: str, locale: str | None = None, session: str | None = None) -> str:
    """The language to reply in: the channel's locale when it is one the shop speaks, else the text's; a text that
    says nothing of its language ("L", "44") keeps the conversation's (``session``)."""
    base = base_language(locale)
    if base in SHOP_LANGUAGES:
        return base
    if session in SHOP_LANGUAGES and not guess_language(text, None).confident:
        return str(session)
    return shop_language(text, "en")
