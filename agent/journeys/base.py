"""What every journey shares: the turn it works on, calling a typed tool, and turning faults into safe results.

A journey reads the understanding and the conversation, calls typed tools through ``call`` (the tool's own role
check applies), and returns a ``JourneyResult``: the tool outputs (facts for verify), a template kind and its data
(for compose), and events for the channel (product cards, tables). Journeys do no I/O of their own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from agent.state import AgentContext, AgentState, JourneyResult
from agent.understand.models import Understanding
from shopkeeper.errors import IndexUnavailable, PermissionDenied, ShopkeeperError, StoreUnavailable
from tools.base import REGISTRY, Role, ToolContext

log = logging.getLogger(__name__)


@dataclass
class TurnView:
    """One turn as a journey sees it."""

    text: str
    language: str
    role: Role
    understanding: Understanding
    state: AgentState
    ctx: AgentContext
    tool_ctx: ToolContext

    @property
    def shown_ids(self) -> list[int]:
        return list(self.state.get("shown_product_ids") or [])

    @property
    def shown_prices(self) -> list[Decimal]:
        return [Decimal(p) for p in self.state.get("shown_prices") or []]

    @property
    def last_slots(self) -> dict[str, Any]:
        return dict(self.state.get("last_slots") or {})


def load_tools() -> None:
    """Import every tool module the assistant uses, so they are in ``tools.base.REGISTRY``."""
    import tools.cancel
    import tools.handoff
    import tools.inventory
    import tools.orders
    import tools.policies
    import tools.returns
    import tools.warranty

    try:
        import tools.catalog  # noqa: F401
    except ImportError:  # the catalog tools are optional until the search spine is installed
        log.warning("tools.catalog is not importable: search journeys will report the store unavailable")


async def call(view: TurnView, name: str, data: BaseModel | dict[str, Any]) -> Any:
    """Run tool ``name`` as this turn's role. The role check is the tool's own (``Tool.__call__``)."""
    load_tools()
    tool = REGISTRY.get(name)
    if tool is None:
        raise StoreUnavailable(f"the {name} tool is not installed", hint="pip install -e . (the catalog tools)")
    return await tool(data, view.tool_ctx)


def ensure_allowed(view: TurnView, name: str) -> None:
    """Raise the tool layer's refusal before a staff journey asks anything of its own ("which product?"): a shopper
    reaches no staff journey, not even its questions."""
    load_tools()
    tool = REGISTRY.get(name)
    if tool is not None:
        tool.require(view.tool_ctx.role)


def dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json")


def fault_result(exc: BaseException, intent: str) -> JourneyResult:
    """A safe result for a fault while serving a turn: what to tell the shopper, and what the operator can do."""
    if isinstance(exc, PermissionDenied):
        log.info("tool refused by role: %s", exc.message)
        kind = "refuse_role_host" if exc.role == "host" else "refuse_role"
        return JourneyResult(intent=intent, kind=kind, llm_ok=False, notices=["permission_denied"])
    if isinstance(exc, StoreUnavailable):
        busy = "locked" in exc.message.lower() or "busy" in exc.message.lower()
        hint = exc.hint or "run `shopkeeper demo` to build the demo store"
        return JourneyResult(intent=intent, kind="store_busy" if busy else "store_unavailable", llm_ok=False,
                             failed=True, notices=[f"{exc.message}: {hint}"])
    if isinstance(exc, IndexUnavailable):
        return JourneyResult(intent=intent, kind="store_unavailable", llm_ok=False, failed=True,
                             notices=[f"{exc.message}: {exc.hint or 'run `shopkeeper index`'}"])
    if isinstance(exc, ShopkeeperError):
        return JourneyResult(intent=intent, kind="error", llm_ok=False, failed=True, notices=[exc.message])
    log.exception("journey %s failed", intent, exc_info=exc)
    return JourneyResult(intent=intent, kind="error", llm_ok=False, failed=True,
                         notices=[f"internal error: {type(exc).__name__}"])


def hit_line(hit: dict[str, Any]) -> str:
    """A product as one compact fact line for the LLM prompt."""
    stock = f"in stock: {hit.get('stock_qty', 0)}" if hit.get("in_stock") else "out of stock"
    parts = [hit["title"], f"{hit['price']} {hit['currency']}", stock]
    if hit.get("location"):
        parts.append(str(hit["location"]))
    return " | ".join(parts)


def products_event(hits: list[dict[str, Any]], title: str | None = None) -> dict[str, Any]:
    return {"type": "products", "items": hits, "title": title}
