"""Keyword rules must not hold a phrase copied from a held-out line.

A phrase copied into a rule from a scored line makes that line (and the report) right by construction. The check:
every literal phrase a rule can match (two or more words, or three or more CJK characters) that occurs in a
held-out line must also occur in a training line, i.e. it came from the language the rules were written from, not
from the lines they are scored on.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from typing import Any

from agent.understand import rules
from agent.understand.dataset import DEFAULT_DATASET, load_examples

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_VARIANTS = 64


def _strings(items: Any) -> list[str] | None:
    """Every text a regex sequence can match, when it is plain text (literals, optional letters, alternatives of
    plain text, spaces); None when it holds anything else (classes, wildcards, open repeats)."""
    out = [""]
    for op, arg in items:
        if op is _c.AT:
            continue
        if op is _c.LITERAL:
            options = [chr(arg)]
        elif op is _c.IN and arg == [(_c.CATEGORY, _c.CATEGORY_SPACE)]:
            options = [" "]
        elif op is _c.SUBPATTERN:
            options = _strings(arg[-1])  # type: ignore[assignment]
        elif op is _c.BRANCH:
            branches = [_strings(b) for b in arg[1]]
            if any(b is None for b in branches):
                return None
            options = [x for b in branches for x in b or []]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] in (0, 1) and (arg[1] == 1 or (
                arg[1] == _c.MAXREPEAT and list(arg[2]) == [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_SPACE)])])):
            inner = _strings(arg[2])
            if inner is None:
                return None
            options = ([""] if arg[0] == 0 else []) + inner
        else:
            return None
        if options is None:
            return None
        out = [a + b for a in out for b in options][:_MAX_VARIANTS]
    return out


def _phrase(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _long_enough(text: str, *, complete: bool) -> bool:
    words, cjk = len(text.split()), len(_CJK.findall(text))
    return (words >= 2 or cjk >= 3) if complete else (words >= 3 or cjk >= 4)


def _phrases(items: Any, *, complete: bool = True) -> set[str]:
    """Phrases a regex sequence holds: the whole sequence when it is plain text, else its plain-text runs and the
    phrases of its groups and alternatives. A run cut by regex syntax is a fragment and must be longer to count."""
    whole = _strings(items)
    if whole is not None:
        return {p for p in map(_phrase, whole) if _long_enough(p, complete=complete)}
    out: set[str] = set()
    run: list[Any] = []

    def flush() -> None:
        texts = _strings(run) or []
        out.update(p for p in map(_phrase, texts) if _long_enough(p, complete=False))
        run.clear()

    for op, arg in items:
        if _strings([(op, arg)]) is not None:
            run.append((op, arg))
            continue
        flush()
        if op is _c.SUBPATTERN:
            out |= _phrases(arg[-1])
        elif op is _c.BRANCH:
            for branch in arg[1]:
                out |= _phrases(branch)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            out |= _phrases(arg[2], complete=False)
    flush()
    return out


def _literal_phrases(pattern: str) -> set[str]:
    return _phrases(list(_parser.parse(pattern, re.IGNORECASE)))


def _rule_patterns() -> list[re.Pattern[str]]:
    return [v for v in vars(rules).values() if isinstance(v, re.Pattern)]


def test_phrase_extraction_reads_alternatives() -> None:
    phrases = _literal_phrases(r"\b(talk to a person|operator)\b|(人工客服)|(позовите менеджера)")
    assert phrases == {"talk to a person", "人工客服", "позовите менеджера"}
    # Alternatives and optional letters expand; a fragment cut by a character class must be longer to count.
    assert _literal_phrases(r"\bbeing a (bot|robot)\b|плохо продаю?тся") == {
        "being a bot", "being a robot", "плохо продаются", "плохо продатся"}
    assert _literal_phrases(r"who gets [a-z]+") == set()


# Phrases that are in a held-out line and in no training line, checked by hand, with the reason they are not copies.
_REVIEWED = {
    # In the smalltalk rule since the first commit (18d6270), before the blind_b split existed; the blind_b line
    # holding it is a complaint ("质量就这样？"), which the rule does not help.
    "就这样",
}
# The splits whose errors were read while rules were written (test, blind_a) are development sets: the routing
# report names them so. Only blind_b is held out.
HELD_OUT_SPLITS = ("blind_b",)


def test_rules_hold_no_phrase_copied_from_a_held_out_line() -> None:
    patterns = _rule_patterns()
    assert len(patterns) > 10, "the rule module's patterns were not found"
    phrases = set().union(*(_literal_phrases(p.pattern) for p in patterns))
    assert len(phrases) > 50
    train = " \n ".join(e.text.lower() for e in load_examples(DEFAULT_DATASET, split="train"))
    held_out = [e.text.lower() for split in HELD_OUT_SPLITS for e in load_examples(DEFAULT_DATASET, split=split)]
    assert len(held_out) > 500
    copied = sorted(p for p in phrases - _REVIEWED if p not in train and any(p in line for line in held_out))
    assert not copied, f"rule phrases found in held-out lines but in no training line: {copied}"
