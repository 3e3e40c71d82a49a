"""Per-turn sentiment in -1..1 (en/ru/zh lexicons plus cues) and its trend over the session, for escalation.

The lexicon is instant and explainable in a hand-over ticket ("worst", "!!!", caps), but it only sees the words it
lists: "my boots leak and nobody answers" has none. The trained classifier (``sentiment_model.py``) reads meaning
from the multilingual embeddings and takes this lexicon's signals as features; ``score`` here stays the
lexicon-only reading (the baseline of ``python -m evals sentiment`` and the fallback when no model is loaded).
Cues: shouting in capitals, "!!!", swearing, negation flipping the next cue word ("not good", "не плохо", "不好").
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from typing import Literal

from agent.understand.models import Sentiment

# word stem -> weight. Russian entries are stems (matched at a word start); English whole words or prefixes.
_NEG_EN = {
    "worst": 2.5, "terrible": 2.0, "awful": 2.0, "horrible": 2.0, "disgusting": 2.0, "useless": 2.0,
    "unacceptable": 2.2, "ridiculous": 1.6, "pathetic": 2.0, "scam": 2.2, "rubbish": 1.8, "garbage": 1.8,
    "trash": 1.6, "broke": 1.0, "broken": 1.2, "disappointed": 1.6, "disappointing": 1.6, "angry": 1.8,
    "furious": 2.4, "annoyed": 1.4, "annoying": 1.4, "rude": 1.6, "bad": 1.0, "poor": 1.0, "hate": 2.0,
    "never again": 2.0, "fed up": 1.8, "cheated": 2.0, "lied": 1.6, "joke": 0.8, "waste": 1.4, "wrong": 0.6,
    "late": 0.6, "still waiting": 1.0, "unhappy": 1.6, "shocked": 1.2, "gross": 1.6, "nonsense": 1.4,
    "crap": 2.0, "sucks": 2.0, "damn": 1.2, "wtf": 2.2, "fuck": 2.6, "fucking": 2.6, "shit": 2.4,
}
_POS_EN = {
    "thanks": 1.0, "thank": 1.0, "great": 1.2, "awesome": 1.6, "amazing": 1.6, "love": 1.4, "perfect": 1.6,
    "excellent": 1.6, "good": 0.8, "nice": 0.8, "helpful": 1.2, "cheers": 0.8, "appreciate": 1.2, "lifesaver": 1.6,
    "happy": 1.0, "wonderful": 1.6, "star": 0.8, "brilliant": 1.6, "cool": 0.6,
}
_NEG_RU = {
    "худш": 2.5, "ужас": 2.2, "отвратит": 2.2, "кошмар": 2.0, "бесполезн": 2.0, "неприемлем": 2.2, "развод": 2.0,
    "обман": 2.0, "дешёвк": 1.6, "дешевк": 1.6, "сломал": 1.0, "разочаров": 1.6, "бесит": 1.8, "бешенств": 2.4,
    "злой": 1.6, "груб": 1.6, "плох": 1.2, "ненавиж": 2.0, "больше никогда": 2.0, "сыт": 1.0, "издевательств": 2.0,
    "безобрази": 2.0, "позор": 2.0, "недовол": 1.6, "мерзост": 1.8, "враньё": 1.8, "вранье": 1.8, "чушь": 1.4,
    "жалк": 1.6, "возмут": 2.0, "бред": 1.4, "отстой": 2.0, "хрен": 1.8, "блин": 1.0, "черт": 1.2, "чёрт": 1.2,
    "задолбал": 2.2, "достал": 1.6, "нахуй": 2.8, "хуй": 2.6, "хуйн": 2.6, "пиздец": 2.6, "бля": 2.2,
    "до сих пор нет": 1.2, "на ветер": 1.4, "в шоке": 1.2, "без толку": 1.4,
}
_POS_RU = {
    "спасиб": 1.0, "благодар": 1.0, "отличн": 1.2, "супер": 1.4, "класс": 1.2, "прекрасн": 1.6, "люблю": 1.4,
    "замечательн": 1.6, "хорош": 0.8, "помог": 0.8, "молодец": 1.4, "круто": 1.4, "спас": 1.0, "рад": 0.8,
}
_NEG_ZH = {
    "最差": 2.5, "太差": 2.2, "垃圾": 2.0, "恶心": 2.0, "没用": 2.0, "不能接受": 2.2, "骗": 2.0, "坑": 1.6,
    "坏了": 1.0, "失望": 1.6, "烦": 1.4, "气死": 2.4, "生气": 1.8, "态度差": 1.8, "态度太差": 2.0, "讨厌": 1.8,
    "再也不": 2.0, "受够": 2.0, "离谱": 1.6, "糟糕": 1.8, "太烂": 2.2, "差劲": 2.0, "不满": 1.6, "投诉": 1.6,
    "废话": 1.4, "可悲": 1.6, "白花钱": 1.6, "质量差": 1.8, "太慢": 1.2, "还没到": 0.8, "没人管": 1.6,
    "妈的": 2.6, "他妈": 2.6, "靠": 1.0, "操": 2.4, "shit": 2.4,
}
_POS_ZH = {
    "谢谢": 1.0, "感谢": 1.0, "太好了": 1.4, "真棒": 1.6, "很好": 1.0, "不错": 1.0, "喜欢": 1.2, "完美": 1.6,
    "厉害": 1.2, "靠谱": 1.2, "开心": 1.2, "满意": 1.4, "帮了大忙": 1.6, "谢啦": 1.0,
}
_NEGATORS = re.compile(r"\b(not|never|no|isn'?t|wasn'?t|don'?t|didn'?t)\s+$|(не|нет|ни)\s+$|(不|没|没有|别)$", re.I)

_LEX = {"en": (_NEG_EN, _POS_EN), "ru": (_NEG_RU, _POS_RU), "zh": (_NEG_ZH, _POS_ZH)}
Label = Literal["negative", "neutral", "positive"]


# A cue word that is another word when these follow it: "没用过" is "never used" (an unused item), not "没用" (useless);
# "操作" is "how do I do it", not the swear word; "靠谱" is "reliable".
_NOT_THE_WORD = {"没用": ("过", "完"), "操": ("作", "场", "心", "练", "控", "办", "纵", "持", "守", "劳", "盘"),
                 "靠": ("谱", "近", "边", "着", "窗")}
# ... or when these come before it: "麻烦你" is "would you please", not "annoying".
_NOT_AFTER = {"烦": ("麻",)}


def _matches(text: str, lang: str, entries: dict[str, float]) -> list[tuple[int, float]]:
    out: list[tuple[int, float]] = []
    for word, weight in entries.items():
        if lang == "zh" or " " in word:
            start = 0
            while (i := text.find(word, start)) >= 0:
                if not (text.startswith(_NOT_THE_WORD.get(word, ()), i + len(word))
                        or text[:i].endswith(_NOT_AFTER.get(word, ()))):
                    out.append((i, weight))
                start = i + len(word)
        else:
            boundary = r"\b" + re.escape(word) + (r"\w*" if lang == "ru" else r"\b")
            out.extend((m.start(), weight) for m in re.finditer(boundary, text))
    return out


SIGNALS_VERSION = "3"  # bump when the cue logic of ``signals`` changes: trained models re-key on it


@dataclass(frozen=True)
class LexiconSignals:
    """What the lexicon saw in one turn: cue-word weights (after negation) and the typographic cues."""

    negative: float  # sum of negative word weights (>= 0)
    positive: float  # sum of positive word weights (>= 0)
    cues: float  # shouting, "!!!", "???", emoticons: signed

    @property
    def total(self) -> float:
        return self.positive - self.negative + self.cues

    def features(self) -> list[float]:
        """The signals squashed into -1..1, as classifier features."""
        return [math.tanh(self.total / 2.5), math.tanh(self.negative / 2.0), math.tanh(self.positive / 2.0),
                math.tanh(self.cues)]


def signals(text: str, lang: str) -> LexiconSignals:
    """Lexicon and cue signals of ``text`` (``lang``'s lexicon plus the English one for swearing)."""
    lowered = text.lower()
    neg_total = pos_total = 0.0
    langs = [lang] if lang in _LEX else ["en"]
    if lang != "en":
        langs.append("en")  # English swearing and "wtf" cross every language
    for code in langs:
        neg, pos = _LEX[code]
        for sign, entries in ((-1.0, neg), (1.0, pos)):
            for start, weight in _matches(lowered, code, entries):
                before = lowered[max(0, start - 12):start]
                flipped = bool(_NEGATORS.search(before))
                # "not bad" is mildly positive; "not good" is negative but softer than "bad".
                value = (-0.5 if flipped else 1.0) * sign * weight
                if value < 0:
                    neg_total -= value
                else:
                    pos_total += value
    cues = 0.0
    letters = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.7:
        cues -= 1.2  # shouting
    bangs = len(re.findall(r"[!！]", text))
    if bangs >= 2:
        cues += -0.6 * min(bangs, 5) / 2 if pos_total - neg_total + cues <= 0 else 0.3
    if re.search(r"[?？]{3,}", text):
        cues -= 0.4
    if re.search(r"[:;]-?\)|\)\)|😊|🙂|😀|😂|❤|👍", text):
        cues += 0.6
    if re.search(r"[:;]-?\(|😡|😠|🤬|👎|😤", text):
        cues -= 1.0
    return LexiconSignals(neg_total, pos_total, cues)


def lexicon_value(text: str, lang: str) -> float:
    """The lexicon's reading in -1..1 (tanh-squashed sum of signals)."""
    return max(-1.0, min(1.0, round(math.tanh(signals(text, lang).total / 2.5), 3)))


def score(text: str, lang: str) -> Sentiment:
    """Lexicon-only sentiment of one turn, labelled at +-0.25."""
    s = lexicon_value(text, lang)
    label: Label = "negative" if s <= -0.25 else "positive" if s >= 0.25 else "neutral"
    return Sentiment(score=s, label=label, intensity=abs(s) if label != "neutral" else 0.0, source="lexicon")


Band = Literal["none", "mild", "moderate", "strong"]


def intensity_band(intensity: float) -> Band:
    """Words for an intensity: "mild" (< 0.45), "moderate" (< 0.7), else "strong"; 0 is "none" (neutral)."""
    if intensity <= 0.0:
        return "none"
    return "mild" if intensity < 0.45 else "moderate" if intensity < 0.7 else "strong"


NEGATIVE = -0.35  # a turn at or below this is clearly negative (the escalate journey's line)
Direction = Literal["worsening", "persisting", "improving", "steady"]


@dataclass(frozen=True)
class Trend:
    escalate: bool
    reason: str  # "persisting", "worsening", "very_negative" or ""
    mean_recent: float
    direction: Direction = "steady"


def _direction(seq: list[float]) -> Direction:
    """Which way the mood moves at the end of ``seq`` (scores, oldest first)."""
    if len(seq) < 2:
        return "steady"
    before, now = seq[-2], seq[-1]
    if now <= NEGATIVE and before < 0 and now < before - 0.2:
        return "worsening"  # clearly negative and clearly lower than a negative turn
    if len(seq) >= 3 and seq[-3] > before > now and now <= -0.3:
        return "worsening"  # sliding down three turns in a row
    if now <= NEGATIVE and before <= NEGATIVE:
        return "persisting"
    if now > before + 0.2:
        return "improving"
    return "steady"


def trend(history: list[float], current: float | None = None, *, window: int = 3) -> Trend:
    """Read the session's sentiment: escalate when negativity persists or worsens (DESIGN §2, escalate).

    - persisting: the last two turns both <= -0.35;
    - worsening: a clearly negative turn (<= -0.35) more than 0.2 below a negative one, or three turns in a row
      each lower than the one before, ending <= -0.3;
    - very_negative: one turn <= -0.8 (abuse or fury is not worth a second try).
    ``direction`` reads the last turns as worsening, persisting, improving (up by more than 0.2) or steady.
    """
    seq = [*history, current] if current is not None else list(history)
    recent = seq[-window:]
    mean = sum(recent) / len(recent) if recent else 0.0
    direction = _direction(seq)
    if seq and seq[-1] <= -0.8:
        return Trend(True, "very_negative", mean, direction)
    if len(seq) >= 2 and seq[-1] <= NEGATIVE and seq[-2] <= NEGATIVE:
        return Trend(True, "persisting", mean, direction)
    if direction == "worsening":
        return Trend(True, "worsening", mean, direction)
    return Trend(False, "", mean, direction)


def trail(history: list[float], *, last: int = 6) -> str:
    """The session's mood for a person taking over: ``"-0.05 → -0.52 → -0.85 (worsening)"``, oldest first."""
    seq = list(history)[-last:]
    if not seq:
        return "no turns yet"
    return " → ".join(f"{s:+.2f}" for s in seq) + f" ({_direction(seq)})"


def lexicon_signature() -> str:
    """A hash of what ``signals`` reads (the word lists, the negators, ``SIGNALS_VERSION``): models trained on the
    signals are keyed by it, so editing a weight retrains them while other edits to this module do not."""
    text = repr(sorted((k, sorted(n.items()), sorted(p.items())) for k, (n, p) in _LEX.items()))
    return hashlib.sha256(f"{text}{_NEGATORS.pattern}{SIGNALS_VERSION}".encode()).hexdigest()[:8]
