"""Does the store carry this kind of thing at all? ("washing machines", "айфоны есть?", "有没有狗绳").

``knowledge.names`` decides whether a *named* product or brand exists; a request made only of ordinary words
("washing machines") comes out of it as ``generic`` and would be searched, and search always finds something
(towels). This module decides, from the catalog itself, that a short request names a kind of thing no product,
category or attribute of the store is about, so the reply can say "we don't sell that" and offer the nearest real
items only as such.

The test is strict on purpose (a false "we don't sell it" loses a sale): the request is short (1-3 words, a thing
rather than a story), none of its words is a word of any product's titles, category names or attribute values (exact
word, stem or lemma; for Chinese, half of the character pairs), and its head word is not a word the store uses in its
descriptions or policies (which would make it a need or a use: "помыть голову"). Words of gift and request framing
("gift", "подарок", "礼物") are never things the store fails to carry.
"""

from __future__ import annotations

from knowledge.names import NameIndex, Unit, units

MAX_WORDS = 3
# Words that frame a request rather than name a thing: a gift or a use is a recommendation, not a missing product.
_NOT_THING = frozenset(" ".join([
    "gift gifts present presents idea ideas something anything stuff thing things for my his her kid kids wife",
    "husband mom dad mum mother father friend son daughter boyfriend girlfriend",
    "подарок подарки подарка идея что-нибудь что-то чёт чет чето чёто вещь для маме папе мужу жене ребенку другу",
    "подруге сыну дочке",
    "礼物 送礼 东西 送给",
    # question words left when the question names nothing («…домой. Что посоветуете?»)
    "what which how where when why who что чё че как какой какая какое какие где куда когда почему зачем кто",
    "什么 啥 哪个 哪些 怎么",
    # chat, not things
    "hi hello hey thanks thank ok okay yes no bye please спасибо привет да нет пока пожалуйста 谢谢 你好 好的 再见",
]).split())


def _strict(idx: NameIndex, u: Unit) -> bool:
    """Whether some product's own words hold ``u`` (no fuzzy match: "mower" is not "power")."""
    if u.script == "en":
        return bool(idx.latin.get(u.surface) or idx.stems.get(u.key))
    if u.script == "ru":
        return bool(idx.cyr.get(u.surface) or idx.lemmas.get(u.key))
    if u.script == "zh":
        grams = {u.surface[i : i + 2] for i in range(len(u.surface) - 1)} or {u.surface}
        return sum(bool(idx.zh_bigrams.get(g)) for g in grams) / len(grams) >= 0.5
    return False


def _words(name: str) -> list[Unit]:
    """Units of ``name``, Chinese runs cut into words (a run may hold a whole sentence: "家里灯泡坏了要换个")."""
    from knowledge.text import zh_tokens

    out: list[Unit] = []
    for u in units(name):
        if u.script == "zh" and len(u.surface) > 2:
            out += [Unit(w, "zh") for w, _, _ in zh_tokens(u.surface) if w.strip()]
        elif u.script != "num":
            out.append(u)
    return out


def zh_noun_last(text: str) -> bool:
    """Whether a Chinese phrase ends in a noun ("狗绳", "洗衣机"), not in a state ("手冷": cold hands, a need)."""
    from knowledge.text import zh_tagged

    tagged = [t for t in zh_tagged(text) if t[0].strip() and t[0] not in "的了吗呢吧啊呀"]
    return bool(tagged) and tagged[-1][1].startswith("n")


def not_carried(idx: NameIndex, name: str, *, asked: bool = True) -> list[str]:
    """The words of ``name`` (the shopper's words for a thing, question frame already cut) when the store carries
    nothing of that kind; an empty list when it may (or when the words are not a short name of a thing).

    ``asked``: the words came in a question about having a thing ("do you sell …", "есть ли …", "有没有…", "…?").
    Without one, only a single word is taken for a thing: "sore feet", "руки мерзнут" are needs, not products."""
    if not idx.profiles:
        return []
    us = _words(name)
    if not 1 <= len(us) <= MAX_WORDS or (not asked and len(us) > 1):
        return []
    if any(u.script == "zh" for u in us) and not zh_noun_last(name):
        return []
    if any(u.surface in _NOT_THING or u.key in _NOT_THING for u in us):
        return []
    if any(_strict(idx, u) for u in us):
        return []
    head = us[-1]
    if head.script in ("en", "ru") and (idx.is_generic(head) or idx.misspelt_generic(head)):
        return []  # "dumbells": the store's dumbbells, misspelt
    return [u.surface for u in us]


__all__ = ["MAX_WORDS", "not_carried", "zh_noun_last"]
