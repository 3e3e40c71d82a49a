"""Tool-calling mode (``settings.llm.tool_calling``): a capable model picks one tool among those the role may use.

The offer is ``tools_for(role)``; the call still goes through the typed ``Tool`` with its role check, so a model
(or a shopper talking it into something) naming a manager tool from a shopper session is refused by the tool layer.
The output is shaped into the same ``JourneyResult`` a journey would give, so compose and verify work the same way.
Returns None when the model picks nothing usable: the graph then takes the routed journey.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from pydantic import ValidationError

from agent.journeys.base import TurnView, dump, fault_result, hit_line, load_tools, products_event
from agent.llm.base import ChatMessage, ToolCall
from agent.state import JourneyResult
from shopkeeper.errors import LLMUnavailable, PermissionDenied
from tools.base import REGISTRY, tools_for

log = logging.getLogger(__name__)

SYSTEM = ("You are a shop assistant. Call exactly one tool that answers the shopper. "
          "Use the shopper's words for queries; never invent ids.")


def offered(view: TurnView) -> list[dict[str, Any]]:
    load_tools()
    return [t.json_schema() for t in tools_for(view.role)]


def _messages(view: TurnView) -> list[ChatMessage]:
    context = ""
    if view.shown_ids:
        context = f"\nProducts on screen (ids in order): {json.dumps(view.shown_ids[:6])}"
    return [ChatMessage(role="system", content=SYSTEM),
            ChatMessage(role="user", content=f"Language: {view.language}{context}\nShopper: {view.text[:500]}")]


def shape(name: str, out: Any, view: TurnView) -> JourneyResult | None:
    """The journey-shaped result of one tool's output (None for a tool without a reply shape)."""
    data = dump(out)
    if name in ("search_products", "stream_products"):
        hits = data["hits"]
        if not hits:
            return JourneyResult(intent="search", kind="search_empty", facts=[data], failed=True,
                                 data={"query": data["parsed"]["text"]}, fact_lines=["no products found"],
                                 tools=[name])
        return JourneyResult(intent="search", kind="search_results", facts=[data],
                             data={"query": data["parsed"]["text"], "hits": hits, "currency": hits[0]["currency"]},
                             fact_lines=[hit_line(h) for h in hits[:4]], events=[products_event(hits)],
                             shown=[(int(h["product_id"]), str(h["price"])) for h in hits], tools=[name])
    if name == "get_product":
        data.pop("complements", None)
        return JourneyResult(intent="product_question", kind="product_detail", data={"product": data},
                             facts=[data], fact_lines=[hit_line(data)], events=[products_event([data])],
                             tools=[name])
    if name == "order_status":
        lines = [f"order {data['order_id']}: status {data['status']}", f"total {data['total']} {data['currency']}"]
        if data.get("expected_delivery"):
            lines.append(f"expected delivery: {data['expected_delivery']}")
        return JourneyResult(intent="order_status", kind="order_status", data={"order": data}, facts=[data],
                             fact_lines=lines, tools=[name])
    if name == "get_policy":
        first = data["policies"][0]
        return JourneyResult(intent="policy_question", kind="policy", data={"policy": first}, facts=[first],
                             fact_lines=[f"{first['title']}: {' '.join(first['body'].split())[:500]}"], tools=[name])
    if name == "out_of_stock":
        rows = [[r["sku"], r["title"], r["aisle"], r["shelf"], r["qty_system"], r["qty_shelf"]] for r in data["rows"]]
        summary = {"aisle": data["aisle"], "total": data["total"]}
        return JourneyResult(intent="manager_query", kind="out_of_stock", data=summary, facts=[summary, {"rows": rows}],
                             llm_ok=False, tools=[name],
                             events=[{"type": "table", "title": "Out of stock", "rows": rows,
                                      "columns": ["SKU", "Product", "Aisle", "Shelf", "System qty", "Shelf qty"]}]
                             if rows else [])
    return None


async def run(view: TurnView) -> JourneyResult | None:
    model = view.ctx.chat_model
    if model is None:
        return None
    try:
        choice: ToolCall | None = await asyncio.to_thread(model.call_tool, _messages(view), offered(view))
    except LLMUnavailable as exc:
        log.warning("tool choice failed, taking the routed journey: %s", exc.message)
        return None
    if choice is None:
        return None
    tool = REGISTRY.get(choice.name)
    if tool is None:
        log.warning("the model asked for an unknown tool %r", choice.name)
        return None
    args = dict(choice.arguments)
    if "language" in tool.input_model.model_fields and not args.get("language"):
        args["language"] = view.language
    try:
        parsed = tool.input_model.model_validate(args)
    except ValidationError:  # the model's arguments, not the shopper's words: fall back to the routed journey
        log.warning("the model gave bad arguments for %s", choice.name)
        return None
    try:
        out = await tool(parsed, view.tool_ctx)  # the role check happens here, whatever the model chose
    except PermissionDenied as exc:
        log.warning("tool-calling refused %s for role %s", choice.name, view.role.value)
        return fault_result(exc, view.understanding.intent.value)
    except Exception as exc:
        return fault_result(exc, view.understanding.intent.value)
    return shape(choice.name, out, view)
