"""``Assistant.reply(turn)``: the one entry every channel calls.

Events of one turn, in order: ``products`` / ``table`` / ``handoff`` as soon as a journey has them (cards render
while text streams), ``token``s of the reply, then exactly one ``done``. ``done.text`` is authoritative: when the
LLM's streamed text fails verification (or the model dies mid-stream), the tokens already sent are superseded by
``done.text`` (the template reply) and ``done.notices`` says why; a channel should replace what it showed with
``done.text``. On a fault the turn ends with an ``error`` event and a ``done`` whose text is a safe reply; ``reply``
never raises for user-caused or run-time faults, and the next turn of the same session works.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import weakref
from collections.abc import AsyncIterator
from typing import Any

from pydantic import TypeAdapter, ValidationError

from agent import templates
from agent.events import DoneEvent, ErrorEvent, Event, Turn
from agent.guard import RateLimiter, guess_language
from agent.llm.base import ChatModel
from agent.state import AgentContext
from shopkeeper.errors import ShopkeeperError
from shopkeeper.settings import Settings, get_settings

log = logging.getLogger(__name__)

_EVENT: TypeAdapter[Event] = TypeAdapter(Event)


class Assistant:
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        chat_model: ChatModel | None = None,
        services: Any | None = None,
        understander: Any | None = None,
    ) -> None:
        """``chat_model`` None: built from settings (``settings.llm.backend == "none"``: templates only).

        ``understander``: anything with ``.understand(text, *, locale, context, role)``; built from settings when None.
        """
        from knowledge.services import get_services

        self.settings = settings or get_settings()
        self.services = services or get_services(self.settings)
        self._chat_model_arg = chat_model
        self._understander = understander
        self._graph: Any = None
        self._context: AgentContext | None = None
        self._stack: contextlib.AsyncExitStack | None = None
        self._init_lock = asyncio.Lock()
        # One lock per session in use: weak values, so a lock goes when no turn holds or awaits it and a
        # long-running server does not keep one for every session it has ever seen.
        self._session_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        self.rate_limiter = RateLimiter()

    # -- set-up -------------------------------------------------------------------------------------------------

    def _chat_model(self) -> ChatModel | None:
        if self._chat_model_arg is not None:
            return self._chat_model_arg
        if self.settings.llm.backend == "none":
            return None
        try:
            from agent.llm.factory import get_chat_model

            return get_chat_model(self.settings)
        except ShopkeeperError as exc:
            log.warning("no chat model (%s): templates only", exc)
            return None

    def _build_understander(self, model: ChatModel | None) -> Any:
        try:
            from agent.understand.understander import Understander
        except ImportError:
            log.warning("agent.understand.understander is not installed: understanding falls back to search")
            return None
        wanted = self.settings.agent.llm_for_understanding
        if wanted is None:
            wanted = self.settings.llm.backend == "openai"
        llm = model if wanted else None
        try:
            return Understander(self.services.embedder, chat_model=llm, settings=self.settings)
        except Exception as exc:  # a broken model must not stop the assistant: the graph falls back
            log.warning("the understander could not be built: %s", exc)
            return None

    async def _ensure(self) -> tuple[Any, AgentContext]:
        async with self._init_lock:
            if self._graph is not None and self._context is not None:
                return self._graph, self._context
            from agent.checkpoint import open_checkpointer
            from agent.graph import build_graph
            from agent.journeys.base import load_tools

            load_tools()
            model = self._chat_model()
            understander = self._understander
            if understander is None:
                understander = await asyncio.to_thread(self._build_understander, model)
            stack = contextlib.AsyncExitStack()
            try:
                saver = await open_checkpointer(self.settings, stack)
            except BaseException:
                await stack.aclose()
                raise
            self._stack = stack
            self._graph = build_graph().compile(checkpointer=saver)
            self._context = AgentContext(settings=self.settings, services=self.services, chat_model=model,
                                         understander=understander, rate_limiter=self.rate_limiter)
            return self._graph, self._context

    # -- the API ------------------------------------------------------------------------------------------------

    async def reply(self, turn: Turn) -> AsyncIterator[Event]:
        language = guess_language(turn.text or "", turn.locale)
        try:
            graph, context = await self._ensure()
        except Exception as exc:
            for ev in self._failure(exc, language):
                yield ev
            return
        lock = self._session_locks.get(turn.session_id)
        if lock is None:
            lock = self._session_locks[turn.session_id] = asyncio.Lock()
        async with lock:  # one turn at a time per session: its state is read, then written
            config = {"configurable": {"thread_id": turn.session_id}}
            state_in = {"text": turn.text if turn.text is not None else "", "role": turn.role.value,
                        "locale": turn.locale, "session_id": turn.session_id, "channel": turn.channel}
            try:
                async for chunk in graph.astream(
                    state_in, config, context=context, stream_mode="custom", durability="exit"
                ):  # one checkpoint write per turn, not one per node
                    event = _to_event(chunk)
                    if event is not None:
                        yield event
                values = (await graph.aget_state(config)).values
            except Exception as exc:
                for ev in self._failure(exc, language):
                    yield ev
                return
        yield _done(values)

    async def session_state(self, session_id: str) -> dict[str, Any]:
        """The checkpointed state of a session (for the human-agent view, evals and debugging): plain JSON values,
        including the last turn's ``result`` (its tool facts) and the conversation fields."""
        graph, _ = await self._ensure()
        snapshot = await graph.aget_state({"configurable": {"thread_id": session_id}})
        return dict(snapshot.values)

    async def aclose(self) -> None:
        if self._stack is not None:
            stack, self._stack = self._stack, None
            await stack.aclose()
        self._graph = None
        self._context = None

    async def __aenter__(self) -> Assistant:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _failure(self, exc: BaseException, language: str) -> list[Event]:
        if isinstance(exc, ShopkeeperError):
            log.warning("turn failed: %s", exc)
            code, message = exc.code, exc.message + (f" ({exc.hint})" if exc.hint else "")
        else:
            log.exception("turn failed", exc_info=exc)
            code, message = "internal", f"internal error: {type(exc).__name__}"
        kind = "store_unavailable" if code == "store_unavailable" else "error"
        text = templates.t(kind, language)
        return [ErrorEvent(code=code, message=message),
                DoneEvent(text=text, intent="other", language=language, notices=[message])]


def _to_event(chunk: Any) -> Event | None:
    if not isinstance(chunk, dict) or "type" not in chunk:
        return None
    try:
        return _EVENT.validate_python(chunk)
    except ValidationError as exc:
        log.warning("dropped a malformed event %s: %s", chunk.get("type"), exc)
        return None


def _done(values: dict[str, Any]) -> DoneEvent:
    result = values.get("result") or {}
    notices = [n for n in values.get("notices") or [] if n]
    if values.get("escalated") and values.get("ticket_id") is not None:
        notices.append(f"handed over to a person (ticket {values['ticket_id']})")
    return DoneEvent(
        text=values.get("reply") or "",
        intent=str(result.get("intent") or "other"),
        language=values.get("language") or "en",
        grounded=bool(values.get("grounded", True)),
        used_llm=bool(values.get("used_llm")),
        notices=notices,
    )
