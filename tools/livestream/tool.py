"""``generate_stream_script``: a live-stream script for a host or manager (never a shopper: the role check is the
tool layer's own). Products by id, or found for a topic by the catalog search; the LLM may write the hooks.
"""

from __future__ import annotations

import asyncio
import logging

from agent.llm.base import ChatMessage, ChatModel
from shopkeeper.errors import InputRejected, LLMUnavailable
from shopkeeper.settings import Settings
from tools.base import STAFF, ToolContext, tool
from tools.catalog_models import SearchInput, SearchOutput
from tools.livestream.engine import build_script
from tools.livestream.facts import ProductFacts, load_products
from tools.livestream.markdown import plan_fact
from tools.livestream.models import Script, ScriptInput

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "zh": "Chinese"}
HOOK_PROMPT = (
    "You write the opening line a live-stream host says to present one product. One short, lively sentence, only "
    "in the language named. Name the product exactly as given. No prices, numbers, stock, discounts or claims that "
    "the facts do not make. No quotes, no labels."
)


def hooks_enabled(settings: Settings) -> bool:
    if settings.livestream.llm_hooks is not None:
        return settings.livestream.llm_hooks
    return settings.llm.backend == "openai"


def hook_messages(p: ProductFacts, language: str) -> list[ChatMessage]:
    facts = "; ".join([*p.features[:3], *([p.pitch] if p.pitch else [])]) or "-"
    user = (
        f"Language: {LANGUAGE_NAMES.get(language, language)}\nProduct: {p.title}\nFacts: {facts}\n"
        + {"en": "Line:", "ru": "Фраза:", "zh": "开场白："}[language]
    )
    return [ChatMessage(role="system", content=HOOK_PROMPT), ChatMessage(role="user", content=user)]


async def llm_hooks(
    model: ChatModel, products: list[ProductFacts], language: str, settings: Settings
) -> dict[int, str]:
    """The model's hook per product (unverified: ``build_script`` verifies each). A model fault costs only the
    hooks not yet written: the templates stand in for them."""
    from agent.grounding import split_sentences
    from agent.llm.factory import guarded_stream

    out: dict[int, str] = {}
    for p in products:
        pieces: list[str] = []
        try:
            async for piece in guarded_stream(
                model,
                hook_messages(p, language),
                first_token_timeout_s=settings.llm.first_token_timeout_s,
                total_timeout_s=settings.llm.timeout_s,
                max_tokens=settings.livestream.llm_hook_max_tokens,
                temperature=settings.llm.temperature,
            ):
                pieces.append(piece)
        except LLMUnavailable as exc:
            log.warning("the LLM failed writing stream hooks (%s); templates write the rest", exc.message)
            break
        sentences = [s.strip() for s in split_sentences("".join(pieces).strip(), language) if s.strip()]
        if sentences:
            out[p.product_id] = sentences[0]
    return out


async def _topic_ids(data: ScriptInput, ctx: ToolContext) -> list[int]:
    from tools.base import REGISTRY

    search = REGISTRY.get("search_products")
    if search is None:
        import tools.catalog  # noqa: F401  (registers search_products)

        search = REGISTRY["search_products"]
    out: SearchOutput = await search(
        SearchInput(
            query=str(data.topic),
            language=data.language,
            limit=ctx.settings.livestream.topic_products,
            in_stock_only=True,
        ),
        ctx,
    )
    return [h.product_id for h in out.hits]


async def generate(data: ScriptInput, ctx: ToolContext, *, model: ChatModel | None = None) -> Script:
    """The script for ``data``; ``model``: the chat model for hooks (default: the configured one, when
    ``hooks_enabled``)."""
    settings = ctx.settings
    ids = list(data.product_ids) or await _topic_ids(data, ctx)
    if not ids:
        raise InputRejected(f"no products in stock for {data.topic!r}")
    products = await asyncio.to_thread(load_products, settings.db_url, ids, data.language, settings.livestream)
    hooks: dict[int, str] = {}
    if model is None and hooks_enabled(settings):
        from agent.llm.factory import get_chat_model

        model = get_chat_model(settings)
    if model is not None:
        hooks = await llm_hooks(model, products, data.language, settings)
    req = data.model_copy(update={"product_ids": [p.product_id for p in products]})
    script = await asyncio.to_thread(build_script, req, products, settings, hooks=hooks)
    script.facts.append(plan_fact(script))
    return script


@tool(
    "generate_stream_script",
    roles=STAFF,
    description="A timed live-stream script (opening, a segment per product with real features, price and "
    "stock, polls, the promotion, closing) for product ids or a catalog topic, in en/ru/zh.",
)
async def generate_stream_script(data: ScriptInput, ctx: ToolContext) -> Script:
    return await generate(data, ctx)
