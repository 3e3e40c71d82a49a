"""Livestream journey (host), minimal for now: a short stream outline built from real catalog facts.

The facts come from a host/manager-only tool (``stream_products``) so the role rule lives in the tool layer; the
outline itself is a template: opening, product segments with real price and stock, interaction, closing.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from agent.journeys.base import TurnView, call, dump, fault_result, hit_line, products_event
from agent.state import JourneyResult
from tools.base import STAFF, ToolContext, tool
from tools.catalog_models import SearchInput, SearchOutput

# Words of the request itself, not of its topic ("script for a 5-minute stream on our winter jackets").
_NOISE_WORDS = {
    "write", "make", "give", "me", "prepare", "create", "a", "an", "the", "for", "on", "about", "our", "my", "of",
    "script", "outline", "plan", "stream", "live", "livestream", "broadcast", "minute", "minutes", "please",
    "напиши", "сделай", "подготовь", "сценарий", "план", "эфира", "эфир", "стрима", "стрим", "трансляции", "про",
    "о", "об", "для", "наш", "наши", "нашего", "наших", "минутного", "минут", "пожалуйста",
}
_NOISE_RE = re.compile(r"^\d+(-?minute|-?минутн\w*)?$", re.IGNORECASE)
_ZH_NOISE = re.compile(r"请|帮我|写|做|准备|一个|一份|\d+分钟|分钟|直播|脚本|大纲|稿|关于|我们|的")


class StreamProductsInput(BaseModel):
    topic: str = Field(min_length=1, max_length=300)
    language: str | None = None
    limit: int = Field(default=4, ge=1, le=10)


@tool("stream_products", roles=STAFF, description="Products and their real facts for a live-stream segment plan.")
async def stream_products(data: StreamProductsInput, ctx: ToolContext) -> SearchOutput:
    from tools.base import REGISTRY

    search = REGISTRY["search_products"]
    out: SearchOutput = await search(SearchInput(query=data.topic, language=data.language, limit=data.limit,
                                                 in_stock_only=True), ctx)
    return out


def topic_of(view: TurnView) -> str:
    text = view.understanding.slots.query or view.text
    if view.language == "zh":
        cleaned = _ZH_NOISE.sub("", text)
    else:
        words = [w for w in re.split(r"[\s,.:;!?]+", text)
                 if w and w.lower() not in _NOISE_WORDS and not _NOISE_RE.match(w)]
        cleaned = " ".join(words)
    return cleaned.strip() or text


async def run(view: TurnView) -> JourneyResult:
    intent = "script_request"
    topic = topic_of(view)
    try:
        out = await call(view, "stream_products", StreamProductsInput(topic=topic, language=view.language))
    except Exception as exc:
        return fault_result(exc, intent)
    hits = [dump(h) for h in out.hits]
    return JourneyResult(
        intent=intent,
        kind="script",
        data={"topic": topic, "hits": hits},
        facts=[dump(out)],
        fact_lines=[hit_line(h) for h in hits],
        events=[products_event(hits, title=topic)] if hits else [],
        llm_ok=False,
        failed=not hits,
        tools=["stream_products"],
    )
