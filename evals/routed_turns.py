"""Timing whole shopper turns through ``Assistant.reply`` with no LLM (the routed, template path).

Shared by ``evals/latency.py`` (the demo store) and ``evals/search_homedepot.py`` (54,667 imported products with the
learned re-ranker): a turn is timed from the call to its ``done`` event, one new session per turn, after one
warm-up turn that loads the embedder, the index, the classifiers and the name index.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any


@dataclass
class TurnTimes:
    """Seconds per turn, by language and by the intent the turn was routed to, plus the answers seen."""

    seconds: list[float] = field(default_factory=list)
    by_lang: dict[str, list[float]] = field(default_factory=dict)
    by_intent: dict[str, list[float]] = field(default_factory=dict)
    error_events: int = 0
    samples: dict[str, list[str]] = field(default_factory=dict)  # question → [lang, question, intent, reply]
    warm_up_s: float = 0.0


def time_turns(settings: Any, plan: list[tuple[str, str]], turns: int, *, services: Any | None = None,
               reply_chars: int = 90) -> TurnTimes:
    """Ask ``turns`` questions of ``plan`` (cycled) as (language, text) pairs and time each whole turn.

    ``services``: the ``knowledge.services.Services`` to use (an eval that already loaded the embedder and opened the
    index passes its own); built from settings when None.
    """
    import time

    from agent.assistant import Assistant
    from agent.events import Turn

    assistant = Assistant(settings, chat_model=None, services=services)
    out = TurnTimes(by_lang={lang: [] for lang, _ in plan})

    async def one(session: str, lang: str, question: str) -> tuple[float, str]:
        started = time.perf_counter()
        intent = "?"
        async for ev in assistant.reply(Turn(session_id=session, text=question, locale=lang)):
            kind = getattr(ev, "type", "")
            out.error_events += kind == "error"
            if kind == "done":
                intent = str(getattr(ev, "intent", "?"))
                if question not in out.samples:
                    text = " ".join(str(getattr(ev, "text", "")).split())
                    cut = text[:reply_chars] + ("…" if len(text) > reply_chars else "")
                    out.samples[question] = [lang, question, intent, cut]
        return time.perf_counter() - started, intent

    async def drive() -> None:
        out.warm_up_s, _ = await one("warm", *plan[0])
        for i in range(turns):
            lang, question = plan[i % len(plan)]
            elapsed, intent = await one(f"turn-{i}", lang, question)
            out.seconds.append(elapsed)
            out.by_lang[lang].append(elapsed)
            out.by_intent.setdefault(intent, []).append(elapsed)
        aclose = getattr(assistant, "aclose", None)
        if callable(aclose):
            await aclose()  # in this loop: the checkpointer's connection belongs to it

    asyncio.run(drive())
    return out
