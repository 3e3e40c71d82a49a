"""Livestream journey (host, manager): "script for a 10-minute stream on our winter jackets" -> a timed script.

The products come from a staff-only search (``stream_products``), the script from the staff-only script engine
(``generate_stream_script``, tools/livestream): both role rules live in the tool layer, so a shopper's session
never reaches either. The script is Markdown whose every sentence the engine verified against the products' facts;
those facts (and the plan its headings show) are this turn's facts, so the reply gate checks it once more.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from agent.journeys.base import TurnView, call, dump, fault_result, hit_line, products_event
from agent.state import JourneyResult
from tools.base import STAFF, ToolContext, tool
from tools.catalog_models import SearchInput, SearchOutput
from tools.livestream.models import Promotion, Script, ScriptInput
from tools.livestream.tool import generate_stream_script  # noqa: F401  (registers the tool)

# Words of the request itself, not of its topic ("script for a 5-minute stream on our winter jackets").
_NOISE_WORDS = {
    "write",
    "make",
    "give",
    "me",
    "prepare",
    "create",
    "a",
    "an",
    "the",
    "for",
    "on",
    "about",
    "our",
    "my",
    "of",
    "script",
    "outline",
    "plan",
    "stream",
    "live",
    "livestream",
    "broadcast",
    "minute",
    "minutes",
    "please",
    "напиши",
    "сделай",
    "подготовь",
    "сценарий",
    "план",
    "эфира",
    "эфир",
    "стрима",
    "стрим",
    "трансляции",
    "про",
    "о",
    "об",
    "для",
    "наш",
    "наши",
    "нашего",
    "наших",
    "минутного",
    "минут",
    "пожалуйста",
}
_NOISE_RE = re.compile(r"^\d+(-?minute|-?min|-?минутн\w*)?$", re.IGNORECASE)
_ZH_NOISE = re.compile(r"请|帮我|写|做|准备|一个|一份|\d+分钟|分钟|直播|脚本|大纲|稿|关于|我们|的")
# "a 10-minute stream", "10 min", "на 15 минут", "15-минутного", "10分钟"
_MINUTES = re.compile(r"(\d{1,3})\s*-?\s*(?:minutes?|mins?\b|минут\w*|мин\b|分钟)", re.IGNORECASE)
# "with code WINTER15 for 15% off", "промокод WINTER15 на 15%", "优惠码WINTER15 打15%": the host's offer
_CODE = re.compile(r"(?:\bcode|промокод\w*|\bкод\w*|优惠码)\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]{1,23})", re.IGNORECASE)
_PERCENT = re.compile(r"(\d{1,2})\s*%")


class StreamProductsInput(BaseModel):
    topic: str = Field(min_length=1, max_length=300)
    language: str | None = None
    limit: int = Field(default=4, ge=1, le=10)


@tool("stream_products", roles=STAFF, description="Products and their real facts for a live-stream segment plan.")
async def stream_products(data: StreamProductsInput, ctx: ToolContext) -> SearchOutput:
    from tools.base import REGISTRY

    search = REGISTRY["search_products"]
    out: SearchOutput = await search(
        SearchInput(query=data.topic, language=data.language, limit=data.limit, in_stock_only=True), ctx
    )
    return out


def topic_of(view: TurnView) -> str:
    text = view.understanding.slots.query or view.text
    text = _PERCENT.sub(" ", _CODE.sub(" ", text))
    if view.language == "zh":
        cleaned = _ZH_NOISE.sub("", text)
    else:
        words = [
            w for w in re.split(r"[\s,.:;!?]+", text) if w and w.lower() not in _NOISE_WORDS and not _NOISE_RE.match(w)
        ]
        cleaned = " ".join(words)
    return cleaned.strip() or text


def minutes_of(text: str, default: int) -> int:
    m = _MINUTES.search(text)
    return max(1, min(120, int(m.group(1)))) if m else default


def promotion_of(text: str) -> Promotion | None:
    """The offer the host names in the request (a code and a percentage), or None."""
    code, percent = _CODE.search(text), _PERCENT.search(text)
    if not code or not percent or not 1 <= int(percent.group(1)) <= 90:
        return None
    return Promotion(code=code.group(1).upper(), percent_off=int(percent.group(1)))


async def run(view: TurnView) -> JourneyResult:
    intent = "script_request"
    topic = topic_of(view)
    try:
        found = await call(
            view,
            "stream_products",
            StreamProductsInput(
                topic=topic, language=view.language, limit=view.tool_ctx.settings.livestream.topic_products
            ),
        )
    except Exception as exc:
        return fault_result(exc, intent)
    hits = [dump(h) for h in found.hits]
    if not hits:
        return JourneyResult(
            intent=intent,
            kind="script",
            data={"topic": topic, "hits": []},
            facts=[dump(found)],
            llm_ok=False,
            failed=True,
            tools=["stream_products"],
        )
    language = view.language if view.language in ("en", "ru", "zh") else "en"
    req = ScriptInput(
        product_ids=[h["product_id"] for h in hits],
        theme=topic,
        language=language,
        minutes=minutes_of(view.text, view.tool_ctx.settings.livestream.default_minutes),
        promotion=promotion_of(view.text),
    )
    try:
        script: Script = await call(view, "generate_stream_script", req)
    except Exception as exc:
        return fault_result(exc, intent)
    return JourneyResult(
        intent=intent,
        kind="script",
        data={"topic": topic, "hits": hits, "markdown": script.markdown, "minutes": script.minutes},
        facts=script.facts,
        fact_lines=[hit_line(h) for h in hits],
        events=[products_event(hits, title=topic)],
        llm_ok=False,  # the script's sentences were written and verified by the engine (its LLM hooks included)
        tools=["stream_products", "generate_stream_script"],
    )
