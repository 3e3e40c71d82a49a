"""``Assistant.reply(turn)``: the one entry every channel calls.

Events of one turn, in order: ``products`` / ``table`` / ``handoff`` as soon as a journey has them (cards render
while text streams), ``token``s of the reply, then exactly one ``done``. Every ``token`` is a whole sentence (or
several) that was verified against this turn's tool results, in the shopper's language, before it was sent; a
sentence that fails is never sent (``agent.stream_verify``). What was sent is never taken back: ``done.text`` is
exactly the concatenation of the turn's ``token`` texts, so a channel shows tokens as they come and keeps them
(LLM down, slow, cut mid-stream or garbled: the template's verified sentences follow what was shown, and
``done.notices`` says why). ``done.grounded`` is true when every sentence shown passed verification. On a fault the
turn ends with an ``error`` event, a verified safe sentence as a ``token``, and a ``done`` whose text is the whole
of what was streamed; ``reply`` never raises for user-caused or run-time faults, and the next turn of the same
session works.
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
from agent.events import DoneEvent, Event, TokenEvent, Turn
from agent.guard import guess_language
from agent.llm.base import ChatModel
from agent.shopper_messages import error_event, public_code, shopper_notices
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
            from agent.grounding import warm_up

            # The verifier's Chinese dictionary takes seconds to load (``start`` runs this before the first turn).
            await asyncio.to_thread(warm_up)
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
                                         understander=understander)
            return self._graph, self._context

    # -- the API ------------------------------------------------------------------------------------------------

    async def reply(self, turn: Turn) -> AsyncIterator[Event]:
        from agent.understand.shopper_text import shopper_text

        # Traditional Chinese, full-width digits, digits said one by one, a dictated e-mail: read in the forms the
        # rules know (agent/understand/shopper_text.py); the meaning is the shopper's.
        text = shopper_text(turn.text) if turn.text else turn.text
        language = guess_language(text or "", turn.locale)
        streamed: list[str] = []  # every token text sent this turn: done.text must be exactly their concatenation
        try:
            graph, context = await self._ensure()
        except Exception as exc:
            for ev in self._sealed(self._failure(exc, language), streamed, language):
                yield ev
            return
        lock = self._session_locks.get(turn.session_id)
        if lock is None:
            lock = self._session_locks[turn.session_id] = asyncio.Lock()
        async with lock:  # one turn at a time per session: its state is read, then written
            config = {"configurable": {"thread_id": turn.session_id}}
            state_in = {"text": text if text is not None else "", "role": turn.role.value,
                        "locale": turn.locale, "session_id": turn.session_id, "channel": turn.channel,
                        "client_id": turn.client_id}
            try:
                async for chunk in graph.astream(
                    state_in, config, context=context, stream_mode="custom", durability="exit"
                ):  # one checkpoint write per turn, not one per node
                    event = _to_event(chunk)
                    if event is not None:
                        if isinstance(event, TokenEvent):
                            streamed.append(event.text)
                        yield event
                values = (await graph.aget_state(config)).values
            except Exception as exc:
                for ev in self._sealed(self._failure(exc, language), streamed, language):
                    yield ev
                return
        done = _done(values)
        from tools.experiments.hooks import turn_ended  # A/B outcomes: turns and hand-over per session

        await turn_ended(self.settings, turn.session_id, turn.role.value, values)
        if done.text != "".join(streamed):
            # Never "correct" what a shopper already read: a graph that replaced its reply after streaming is a bug.
            log.error("the reply differs from the sentences streamed; done carries what was streamed")
            done.text = "".join(streamed)
        yield done

    async def session_state(self, session_id: str) -> dict[str, Any]:
        """The checkpointed state of a session (for the human-agent view, evals and debugging): plain JSON values,
        including the last turn's ``result`` (its tool facts) and the conversation fields."""
        graph, _ = await self._ensure()
        snapshot = await graph.aget_state({"configurable": {"thread_id": session_id}})
        return dict(snapshot.values)

    async def start(self) -> None:
        """Do the slow set-up before the first shopper arrives (a server calls this at start-up): the graph, the
        classifiers and the verifier's dictionaries, and the store's name index (seconds for a few thousand
        products). Without it the first turn pays for all of that. Never raises: a fault shows in that turn."""
        try:
            await self._ensure()
            from knowledge.names import get_index

            await asyncio.to_thread(get_index, self.settings.db_url)
            # The category profiles (needs, gifts, things not sold): embedded once per catalog version, not per turn.
            from knowledge.category_profiles import get_profiles

            await asyncio.to_thread(get_profiles, self.settings.db_url, self.services.embedder)
            understander = self._context.understander if self._context else None
            if understander is not None and getattr(understander, "chat_model", None) is not None:
                from agent.understand.llm import warm_up as warm_llm_prefix

                # The understanding prompt's fixed prefix, evaluated once now: an unsure turn then pays ~1.6 s, not 30.
                await asyncio.to_thread(warm_llm_prefix, understander.chat_model)
        except Exception as exc:  # the first turn reports the same fault to the shopper, cleanly
            log.warning("warming the assistant up failed: %s", exc)

    async def aclose(self) -> None:
        if self._stack is not None:
            stack, self._stack = self._stack, None
            await stack.aclose()
        if self._context is not None and self._chat_model_arg is None and self._context.chat_model is not None:
            # The model came from the factory: stop it (the llama.cpp worker process) with the assistant that
            # started it, rather than at interpreter exit.
            from agent.llm.factory import reset_chat_model

            await asyncio.to_thread(reset_chat_model)
        self._graph = None
        self._context = None

    async def __aenter__(self) -> Assistant:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _sealed(self, events: list[Event], streamed: list[str], language: str) -> list[Event]:
        """A fault's events with its safe reply sent as verified tokens after what was already streamed, so the
        ``done`` text is still exactly the turn's tokens."""
        from agent.stream_verify import verified_tokens

        out: list[Event] = []
        for event in events:
            if isinstance(event, DoneEvent):
                tokens = verified_tokens(event.text, facts=[], language=language,
                                         default_currency=self.settings.currency, after="".join(streamed))
                out += [TokenEvent(text=t) for t in tokens]
                streamed += tokens
                event.text = "".join(streamed)
            out.append(event)
        return out

    def _failure(self, exc: BaseException, language: str) -> list[Event]:
        # The shopper gets a stable code and a fixed sentence. The cause may quote a URL with its password or a
        # driver's message: it goes only to the operator's log (masked by shopkeeper.logs' redaction).
        code = public_code(exc)
        if isinstance(exc, ShopkeeperError):
            log.warning("turn failed (%s): %s", code, exc)
        else:
            log.exception("turn failed (%s)", code, exc_info=exc)
        text = templates.t("err_store_unavailable" if code == "store_unavailable" else "error", language)
        return [error_event(code, language), DoneEvent(text=text, intent="other", language=language)]


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
    # Only sentences from the fixed, localized notice set reach the shopper; the rest is logged for the operator.
    ticket = values.get("ticket_id") if values.get("escalated") else None
    notices = shopper_notices(values.get("notices") or [], values.get("language"), ticket_id=ticket,
                              session_id=values.get("session_id"))
    return DoneEvent(
        text=values.get("reply") or "",
        intent=str(result.get("intent") or "other"),
        language=values.get("language") or "en",
        grounded=bool(values.get("grounded", True)),
        used_llm=bool(values.get("used_llm")),
        notices=notices,
    )
