"""Smalltalk: greetings, thanks, goodbyes. A template; no tools, no model."""

from __future__ import annotations

import re

from agent.journeys.base import TurnView
from agent.state import JourneyResult

_THANKS = re.compile(r"thank|thx|cheers|спасибо|благодар|谢谢|多谢|感谢", re.IGNORECASE)
_BYE = re.compile(r"\bbye\b|goodbye|see you|до свидания|пока|再见|拜拜", re.IGNORECASE)


async def run(view: TurnView) -> JourneyResult:
    kind = "thanks" if _THANKS.search(view.text) else "goodbye" if _BYE.search(view.text) else "greeting"
    return JourneyResult(intent="smalltalk", kind="smalltalk", data={"kind": kind}, llm_ok=False)
