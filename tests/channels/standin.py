"""A stand-in for the core that speaks its event protocol (used where the real Assistant is beside the point)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from decimal import Decimal

from fastapi import FastAPI

from agent.events import DoneEvent, Event, ProductsEvent, TokenEvent, Turn
from tools.catalog_models import ProductHit


class StandIn:
    """Speaks the core's event protocol; replies name the session and count its turns, so cross-talk shows."""

    def __init__(self) -> None:
        self.turns: dict[str, int] = {}
        self.closed = False

    async def reply(self, turn: Turn) -> AsyncIterator[Event]:
        n = self.turns[turn.session_id] = self.turns.get(turn.session_id, 0) + 1
        text = turn.text or ""
        if "explode" in text:
            yield TokenEvent(text="Let me ")
            raise RuntimeError("stand-in failure")
        answer = f"[{turn.session_id} #{n}] you said: {text}"
        for word in answer.split(" "):
            await asyncio.sleep(0)
            yield TokenEvent(text=word + " ")
        if "boots" in text:
            hit = ProductHit(product_id=1, sku="B-1", title="Trail boots", brand="Acme", price=Decimal("99.90"),
                             currency="USD", in_stock=True, stock_qty=4, location="Aisle 4, shelf B",
                             reason="waterproof · under 120")
            yield ProductsEvent(items=[hit])
        yield DoneEvent(text=answer, intent="search" if "boots" in text else "other", language=turn.locale or "en")

    async def aclose(self) -> None:
        self.closed = True


def create_app() -> FastAPI:
    """``uvicorn --factory tests.channels.standin:create_app``: the real web app over the stand-in core."""
    from channels.web.app import create_app as real_create_app

    return real_create_app(assistant=StandIn())
