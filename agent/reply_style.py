"""What a model sentence must not do even when every figure in it is true (issue 16): narrate itself ("The shop
assistant would say, ..."), echo the prompt's labels ("Reply:", "Shopper:"), or judge ("better", "лучше", "更好")
where no fact says so. Grounding checks figures and names; this checks the manner, for model sentences only.
"""

from __future__ import annotations

import re

_META = re.compile(
    r"\b(?:shop|store|sales)\s+assistant\b|\bwould say\b|\bas an ai\b|\blanguage model\b|\bthe facts? (?:given|say)"
    r"|консультант\w*\s+(?:бы\s+)?сказал|продав\w+\s+(?:бы\s+)?сказал|ассистент\w*\s+(?:бы\s+)?сказал"
    r"|языков\w+ модел|по данным фактам|作为.{0,6}助手|(?:店员|助手|导购)会说|根据(?:所给|提供)的?事实",
    re.I,
)
# Talk about the reply instead of the reply: "Here is a short sentence in Russian:", "Вот ответ по-русски".
_ABOUT_REPLY = re.compile(
    r"\b(?:in (?:english|russian|chinese)|(?:short|one|this) sentences?|here (?:is|are) (?:a|an|some|the) "
    r"(?:answer|reply|sentence|suggestion)s?)\b|по-русски|по-английски|предложени\w*\s+(?:по-|на\s+)|用中文|一句话",
    re.I,
)
_LABEL = re.compile(
    r"^\s*(?:shopper|assistant|reply|answer|facts|покупатель|ответ|факты|顾客|回答|回复|事实)\s*[:：]", re.I
)
# Judgements a product's facts rarely state. A word the facts themselves use ("Best-seller") is allowed.
_JUDGEMENT = re.compile(
    r"\b(?:better|best|worse|worst|superior|inferior|ideal|perfect|excellent|amazing|outstanding|top-notch"
    r"|high-quality|must-have)\b"
    r"|(?<![а-яё])(?:лучше|лучш\w+|хуже|худш\w+|идеальн\w+|отличн\w+|превосходн\w+|безупречн\w+)(?![а-яё])"
    r"|更好|最好|更差|最差|最佳|完美|优秀|一流|首选|顶级",
    re.I,
)


def style_problems(sentence: str, facts_text: str) -> list[str]:
    """Why ``sentence`` (from the model) must not be shown; [] when its manner is fine.

    ``facts_text``: this turn's facts as the model saw them, so a word they contain is not an unfounded judgement."""
    problems: list[str] = []
    if _META.search(sentence):
        problems.append("narrates the assistant instead of answering")
    if _LABEL.search(sentence):
        problems.append("echoes a prompt label")
    if _ABOUT_REPLY.search(sentence):
        problems.append("talks about the reply instead of answering")
    if sentence.rstrip().endswith((":", "：")):
        problems.append("a lead-in to a list that is not there")
    if sentence.rstrip().rstrip("\"'»”」)）").endswith(("?", "？")):
        # Seen: "您需要购买防水登山靴吗？" with three boots in the facts. Asking is the circuit breaker's job (the
        # templates' clarifying question); the model is there to say what the facts answer.
        problems.append("asks the shopper instead of answering")
    facts = facts_text.lower()
    for m in _JUDGEMENT.finditer(sentence):
        if m.group(0).lower() not in facts:
            problems.append(f"judgement no fact supports: {m.group(0)!r}")
            break
    return problems
