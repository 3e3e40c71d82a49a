"""The graph, wiring only: guard → understand → journey (or tool-calling) → compose → verify → (escalate?).

Node functions are small adapters over the modules that do the work (guard, journeys, compose, grounding);
run-time dependencies arrive as the typed ``AgentContext`` (LangGraph ``context_schema``), never as globals.
Events for the channel (product cards, tables, tokens) go out through the run's stream writer (stream mode
"custom"), so cards reach the channel before the reply's tokens.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from agent import templates
from agent.compose import compose
from agent.guard import check_turn
from agent.journeys import category_asks, escalate, ops, product, recommend, search, smalltalk, support
from agent.journeys import livestream as livestream_journey
from agent.journeys.base import TurnView, fault_result
from agent.journeys.personal import redact
from agent.reply_policy import experiment_mode
from agent.reply_variants import price_display_for, system_prompt_for
from agent.state import (
    HISTORY_TURNS,
    REMEMBERED,
    TURN_DEFAULTS,
    AgentContext,
    AgentState,
    JourneyResult,
    dialogue_context,
)
from agent.stream_verify import VerifiedReply
from agent.understand.context import constraint_mood
from agent.understand.models import Intent, Understanding
from agent.understand.rules import DELIVERY
from knowledge.corrections import apply_corrections
from tools.base import Role, ToolContext

log = logging.getLogger(__name__)

Ctx = Runtime[AgentContext]

_BLOCK_KIND = {"injection": "refuse_injection", "abuse": "refuse_abuse", "too_long": "input_too_long",
               "empty": "input_empty", "encoding": "input_encoding", "rate_limited": "rate_limited"}

ROUTES = {
    Intent.SEARCH: "search",
    Intent.PRODUCT_QUESTION: "product",
    Intent.COMPARE: "product",
    Intent.RECOMMEND: "recommend",
    Intent.ORDER_STATUS: "support",
    Intent.RETURN: "support",
    Intent.DELIVERY: "support",
    Intent.POLICY_QUESTION: "support",
    Intent.STORE_INFO: "support",
    Intent.COMPLAINT: "support",
    Intent.HUMAN_REQUEST: "escalate",
    Intent.SMALLTALK: "smalltalk",
    Intent.MANAGER_QUERY: "ops",
    Intent.SCRIPT_REQUEST: "livestream",
    Intent.OTHER: "clarify",
}
JOURNEYS = ("search", "product", "recommend", "support", "escalate", "smalltalk", "ops", "livestream", "clarify",
            "tool_calling")


def _emit(runtime: Ctx, event: dict[str, Any]) -> None:
    runtime.stream_writer(event)


def _view(state: AgentState, runtime: Ctx) -> TurnView:
    ctx = runtime.context
    u = Understanding.model_validate(state["understanding"])
    language = state.get("language") or u.language or "en"
    role = Role(state.get("role") or "shopper")
    tool_ctx = ToolContext(role=role, session_id=state.get("session_id") or "local", locale=language,
                           settings=ctx.settings, services=ctx.services, client_id=state.get("client_id"),
                           verified_orders=frozenset(int(i) for i in state.get("verified_order_ids") or []))
    return TurnView(text=state.get("text") or "", language=language, role=role, understanding=u, state=state,
                    ctx=ctx, tool_ctx=tool_ctx)


# -- guard ------------------------------------------------------------------------------------------------------

def guard_node(state: AgentState, runtime: Ctx) -> dict[str, Any]:
    ctx = runtime.context
    verdict = check_turn(state.get("text"), session_id=state.get("session_id") or "local",
                         locale=state.get("locale"), max_chars=ctx.settings.agent.max_input_chars,
                         session_language=state.get("language"))
    update: dict[str, Any] = dict(TURN_DEFAULTS)
    update["language"] = verdict.language
    # A correction inside the message ("size forty two no wait forty three") is read as the shopper meant it.
    update["text"] = apply_corrections(verdict.text) if verdict.text else verdict.text
    if verdict.blocked:
        data: dict[str, Any] = {}
        if verdict.blocked == "too_long":
            raw = state.get("text") or ""
            data = {"length": f"{len(raw):,}", "limit": f"{ctx.settings.agent.max_input_chars:,}"}
        # The measured length and the limit are this turn's facts: the refusal quotes them, and is verified.
        result = JourneyResult(intent="other", kind=_BLOCK_KIND[verdict.blocked], data=data, llm_ok=False,
                               facts=[data] if data else [], notices=[f"input refused: {verdict.blocked}"])
        update.update(blocked=verdict.blocked, route="blocked", result=result.model_dump(mode="json"),
                      notices=list(result.notices))
    return update


def after_guard(state: AgentState) -> str:
    return "compose" if state.get("blocked") else "understand"


# -- understand -------------------------------------------------------------------------------------------------

def _fallback(text: str, language: str) -> Understanding:
    """When understanding itself fails: a low-confidence search, which the circuit breaker turns into a question."""
    from agent.understand.models import Slots

    return Understanding(language=language, intent=Intent.SEARCH, confidence=0.0, slots=Slots(query=text),
                         source="rules")


async def understand_node(state: AgentState, runtime: Ctx) -> dict[str, Any]:
    ctx = runtime.context
    text, language = state.get("text") or "", state.get("language") or "en"
    notices: list[str] = []
    try:
        if ctx.understander is None:
            raise RuntimeError("no understander configured")
        u: Understanding = await asyncio.to_thread(ctx.understander.understand, text, locale=state.get("locale"),
                                                   context=dialogue_context(state), role=state.get("role"))
    except Exception as exc:  # understanding must never end a session
        log.warning("understanding failed, falling back to a search: %s", exc)
        u = _fallback(text, language)
        notices.append("understanding unavailable: showing a search")
    # A need or a gift the classifier took for a complaint or advice ("my feet get soaked on walks"): a search.
    if (as_search := await asyncio.to_thread(search.as_need, u, text, role=state.get("role") or "shopper",
                                             shown=bool(state.get("shown_product_ids")),
                                             store_currency=ctx.settings.currency, services=ctx.services)) is not None:
        u = as_search
    u = constraint_mood(u, excludes_from_shown=_excludes(text, u, state, ctx))
    u = _no_person_asked(u, text, state)
    u = _still_the_order(u, text, state)
    if state.get("locale") is None and u.language in templates.LANGS:
        language = u.language
    update: dict[str, Any] = {"understanding": u.model_dump(mode="json"), "language": language, "notices": notices}
    if escalate.waiting(state) and await _released(state, ctx):
        # A person released the session: the assistant takes it back, and escalation may happen again.
        update.update(escalated=False, ticket_id=None, failure_count=0)
    update["route"] = _route(u, {**state, **update}, ctx)  # type: ignore[typeddict-item]
    return update


async def _released(state: AgentState, ctx: AgentContext) -> bool:
    from tools.handoff import TicketInput, handoff_status

    tool_ctx = ToolContext(role=Role(state.get("role") or "shopper"), session_id=state.get("session_id") or "local",
                           settings=ctx.settings, services=ctx.services)
    try:
        out = await handoff_status(TicketInput(ticket_id=int(state["ticket_id"] or 0)), tool_ctx)
    except Exception as exc:  # unknown ticket or DB fault: keep the flag, the session stays with the person
        log.info("hand-over status unknown: %s", exc)
        return False
    return out.state == "released"  # "taken": a person holds the session, still not the assistant's


def _no_person_asked(u: Understanding, text: str, state: AgentState) -> Understanding:
    """A hand-over the classifier read into an after-sales message that asks for no person ("need to cancel 1187",
    "phone on the account is … if you need it" after "your e-mail or phone?"): the order's business, not a person."""
    from agent.understand.rules import asks_for_person

    if u.intent != Intent.HUMAN_REQUEST or asks_for_person(text):
        return u
    as_order = u.model_copy(update={"intent": Intent.ORDER_STATUS})
    if not support.continues_order_lookup(as_order, state, text, Role(state.get("role") or "shopper")):
        return u
    return as_order


_ORDER_TALK = frozenset({Intent.ORDER_STATUS.value, Intent.COMPLAINT.value, Intent.RETURN.value})


def _still_the_order(u: Understanding, text: str, state: AgentState) -> Understanding:
    """A grievance right after talk of an order ("«В пути» — это я и сама вижу. Мне нужны ботинки, а не статус",
    "are you kidding me? never ordering from you again") is still about that order, not a search for boots."""
    if u.intent not in escalate.SHOPPING or state.get("last_intent") not in _ORDER_TALK:
        return u
    if not search.disappointed(text):
        return u
    return u.model_copy(update={"intent": Intent.COMPLAINT, "is_follow_up": False})


def _route(u: Understanding, state: AgentState, ctx: AgentContext) -> str:
    if escalate.waiting(state):
        return "escalate"  # waiting for a person: the message goes to the ticket (escalate.while_waiting)
    if escalate.should_escalate(u, state):
        return "escalate"
    route = ROUTES.get(u.intent, "clarify")
    low = u.confidence < ctx.settings.agent.intent_confidence and not u.is_follow_up and u.source != "context"
    if (route != "support" or low) and support.belongs_here(u, state, state.get("text") or "",
                                                                      Role(state.get("role") or "shopper")):
        # The answer to "which order?" or "your e-mail?": a bare number or address the classifier cannot place.
        return "support"
    if low and route not in ("escalate", "smalltalk"):
        # Circuit breaker: never guess. Show what a search finds and ask.
        return "clarify"
    if (ctx.settings.llm.tool_calling and ctx.chat_model is not None
            and route in ("search", "product", "support", "ops") and support.tool_calling_may_serve(u, state)):
        return "tool_calling"
    return route


def after_understand(state: AgentState) -> str:
    return state.get("route") or "clarify"


# -- journeys ---------------------------------------------------------------------------------------------------

def _excludes(text: str, u: Understanding, state: AgentState, ctx: AgentContext) -> bool:
    """Products are on screen and ``text``, read as a search, leaves something out ("not black", «без тефлона»)."""
    if not state.get("shown_product_ids") or u.sentiment.score >= 0:
        return False
    from agent.understand.slots import extract_slots

    s = extract_slots(text, u.language, search=True, store_currency=ctx.settings.currency)
    return bool(s.exclude_terms or s.exclude_attrs or any(v is False for v in s.attributes.values()))


def _journey(run: Callable[[TurnView], Awaitable[JourneyResult]]) -> Callable[[AgentState, Ctx],
                                                                             Awaitable[dict[str, Any]]]:
    async def node(state: AgentState, runtime: Ctx) -> dict[str, Any]:
        view = _view(state, runtime)
        try:
            result = await run(view)
        except Exception as exc:  # a journey bug or fault gives a safe reply, never a dead session
            result = fault_result(exc, view.understanding.intent.value)
        for event in result.events:
            _emit(runtime, event)  # cards and tables first: the channel renders them while text streams
        update: dict[str, Any] = {"result": result.model_dump(mode="json"),
                                  "notices": list(state.get("notices") or []) + result.notices}
        # Conversation fields the journey keeps (a pending order number...), and the turn's text with any e-mail
        # or phone number masked, so neither reaches history, summaries or the checkpoint.
        update.update({k: v for k, v in result.remember.items() if k in REMEMBERED})
        update.setdefault("text", redact(state.get("text") or ""))
        update.setdefault("pending_order_id", None)  # a number waits one turn for its factor, then is forgotten
        update.setdefault("pending_action", None)  # so does an after-sales action waiting for its order
        update.setdefault("refused", None)  # and the refusal a shopper may dispute next turn
        return update

    return node


async def _escalate(view: TurnView) -> JourneyResult:
    if escalate.waiting(view.state):
        answer = _RUNS[ROUTES[view.understanding.intent]] if escalate.answerable(view) else None
        return await escalate.while_waiting(view, answer)
    reason = escalate.should_escalate(view.understanding, view.state) or "human_request"
    if support.acts(view):
        # "Cancel order 1042, and get me a manager": do what can be done now, then hand over (escalate_after).
        acted = await support.run(view)
        acted.escalate = reason
        return acted
    return await escalate.run(view, reason)


async def _support(view: TurnView) -> JourneyResult:
    if (view.understanding.intent == Intent.STORE_INFO
            or (view.understanding.intent == Intent.DELIVERY and not DELIVERY.search(view.text))) \
            and category_asks.ask_of(view.text) is not None:
        # «сколько у вас вообще настолок?» reads like a question about the store; it asks how many of a kind ("台灯
        # 最便宜的到最贵的": a price range, no delivery, when no word of delivery is said).
        kinds = await _category_ask(view)
        if kinds is not None:
            return kinds
    if view.understanding.intent == Intent.DELIVERY and view.role == Role.SHOPPER and _asks_for_a_thing(view):
        # "can I order a bunch of fresh flowers for delivery tomorrow?": whether the store sells the thing comes
        # before how it is delivered.
        res = await search.run(view)
        if res.kind == "name_unknown":
            return res
    if view.understanding.intent == Intent.COMPLAINT and not support.acts(view):
        # A complaint that is not (yet) an escalation: apologise and offer a person.
        return JourneyResult(intent="complaint", kind="complaint", llm_ok=False)
    return await support.run(view)


def _asks_for_a_thing(view: TurnView) -> bool:
    from knowledge.wanted import wanted_phrases

    # A thing to order, not the delivery itself ("do you deliver to Canada?" asks for none).
    return any(not DELIVERY.search(p) for p in wanted_phrases(view.text, view.language)[:1]) \
        and bool(_ORDER_VERB.search(view.text))


# (or asks whether the store has it: «Интересует наличие стиральной машины … с доставкой»)
_ORDER_VERB = re.compile(r"\b(?:order|buy|get|send|in stock)\b|заказ\w*|куп\w*|(?<![а-яё])наличи[еия]|订|买|送|有货",
                         re.I)


async def _clarify(view: TurnView) -> JourneyResult:
    if view.understanding.intent in (Intent.OTHER,) and view.understanding.confidence >= 0.5:
        # Still a question about a kind of product when the words say so ("最贵的睡袋?" read as other).
        kinds = await _category_ask(view) if category_asks.ask_of(view.text) is not None else None
        return kinds or JourneyResult(intent="other", kind="clarify", llm_ok=False, failed=True)
    # "X есть в наличии?": the product's answer; "how much are tents?": the kind's facts; not a question back.
    answered = await _named_or_kind(view)
    if answered is not None:
        return answered
    res = await search.run(view, clarify=True)
    if res.kind in ("search_clarify", "name_unknown"):  # a thing the store does not have is said so, not asked
        return res
    if res.kind == "search_results" and res.data.get("exists"):  # "do you have X?" of a kind it has: yes or no
        return res
    return JourneyResult(intent="other", kind="clarify", llm_ok=False, failed=True, notices=res.notices)


async def _search(view: TurnView) -> JourneyResult:
    return await _named_or_kind(view) or await search.run(view)


async def _product(view: TurnView) -> JourneyResult:
    return await _named_or_kind(view) or await product.run(view)


async def _named_or_kind(view: TurnView) -> JourneyResult | None:
    """A turn that names one product and asks about it ("X有38码吗") gets the product's direct answer (issue 16);
    one that asks about a kind of product as a whole ("your cheapest tent?", "tents or sleeping bags, which is
    cheaper?") gets the kind's facts (issue 10); None otherwise, and the routed journey answers."""
    ask = category_asks.ask_of(view.text)
    if ask is not None and ask != "range":
        # "The cheapest / most expensive / how many / which is cheaper" asks about a kind even when the words name a
        # product line; and the named comparison would call "sleeping bags" a product the store does not have.
        kinds = await _category_ask(view)
        if kinds is not None:
            return kinds
    return await product.answer_if_named(view) or (await _category_ask(view) if ask == "range" else None)


async def _category_ask(view: TurnView) -> JourneyResult | None:
    try:
        return await category_asks.answer(view)
    except Exception as exc:  # the routed journey answers instead: a fault here must not cost the turn
        log.warning("category question not answered (%s): %s", type(exc).__name__, exc)
        return None


async def _tool_calling(view: TurnView) -> JourneyResult:
    from agent import toolcalling

    res = await toolcalling.run(view)
    if res is not None:
        return support.after_tool_call(view, res)
    route = ROUTES.get(view.understanding.intent, "clarify")
    return await _RUNS[route](view)


_RUNS: dict[str, Callable[[TurnView], Awaitable[JourneyResult]]] = {
    "search": _search,
    "product": _product,
    "recommend": recommend.run,
    "support": _support,
    "escalate": _escalate,
    "smalltalk": smalltalk.run,
    "ops": ops.run,
    "livestream": livestream_journey.run,
    "clarify": _clarify,
    "tool_calling": _tool_calling,
}


# -- compose and verify -----------------------------------------------------------------------------------------

async def compose_node(state: AgentState, runtime: Ctx) -> dict[str, Any]:
    ctx = runtime.context
    result = JourneyResult.model_validate(state["result"])
    language = state.get("language") or "en"
    session, role = state.get("session_id") or "local", state.get("role") or "shopper"
    policy = experiment_mode(ctx.settings, session, role, result.intent, language)
    composed = await compose(question=state.get("text") or "", language=language, result=result,
                             model=ctx.chat_model, settings=ctx.settings,
                             emit=lambda e: _emit(runtime, e), policy=policy,
                             system_prompt=system_prompt_for(ctx.settings, session, role),
                             price_display=price_display_for(ctx.settings, session, role))
    # composed.text is what the channel was shown, sentence by sentence, each verified before it left.
    return {"reply": composed.text, "template_reply": composed.template, "used_llm": composed.used_llm,
            "grounded": composed.grounded, "notices": list(state.get("notices") or []) + composed.notices}


def verify_node(state: AgentState, runtime: Ctx) -> dict[str, Any]:
    """Bookkeeping after the reply: each sentence was verified in compose before it was streamed
    (``agent.stream_verify``), and what was shown is never replaced, so the reply stands as composed."""
    result = JourneyResult.model_validate(state["result"])
    reply = state.get("reply") or ""
    from agent import grounding

    # ``grounded`` is a verdict, not a default: the reply as shown (template or LLM) is read claim by claim.
    verdict = grounding.verify_reply(reply, result.facts, language=state.get("language") or "en",
                                     default_currency=runtime.context.settings.currency)
    if not verdict.ok:
        log.error("reply shown with unverified claims (kind %s): %s", result.kind, verdict.reason())
    update: dict[str, Any] = {"reply": reply, "notices": list(state.get("notices") or []),
                              "grounded": bool(state.get("grounded", True)) and verdict.ok,
                              "used_llm": bool(state.get("used_llm"))}
    update.update(_remember(state, result, reply))
    return update


def _remember(state: AgentState, result: JourneyResult, reply: str) -> dict[str, Any]:
    """Carry the conversation forward: what was shown, the slots, sentiment, failures, a short history."""
    update: dict[str, Any] = {"turns": int(state.get("turns") or 0) + 1}
    if state.get("blocked"):
        return update
    u = Understanding.model_validate(state["understanding"]) if state.get("understanding") else None
    if u is not None:
        update["sentiment_history"] = (list(state.get("sentiment_history") or []) + [u.sentiment.score])[-10:]
        if result.intent not in ("smalltalk", "other"):
            update["last_intent"] = u.intent.value
    if result.slots is not None:
        update["last_slots"] = result.slots
    if result.shown is not None:
        update["shown_product_ids"] = [i for i, _ in result.shown]
        update["shown_prices"] = [p for _, p in result.shown]
    update["failure_count"] = int(state.get("failure_count") or 0) + 1 if result.failed else 0
    if result.kind == "handoff":
        update["escalated"] = True
        update["ticket_id"] = result.data.get("ticket_id")
        update["failure_count"] = 0
    history = list(state.get("history") or [])
    history += [{"role": "shopper", "text": (state.get("text") or "")[:300]},
                {"role": "assistant", "text": reply[:300]}]
    update["history"] = history[-2 * HISTORY_TURNS:]
    return update


def after_verify(state: AgentState) -> str:
    if state.get("escalated"):
        return END
    if int(state.get("failure_count") or 0) >= escalate.FAILURES or (state.get("result") or {}).get("escalate"):
        return "escalate_after"
    return END


async def escalate_after_node(state: AgentState, runtime: Ctx) -> dict[str, Any]:
    """Repeated failure, or a journey that acted and asks for a person too: hand over, and say so after the reply
    already given."""
    view = _view(state, runtime)
    result = await escalate.run(view, (state.get("result") or {}).get("escalate") or "repeated_failure")
    if result.kind != "handoff":
        return {}
    for event in result.events:
        _emit(runtime, event)
    extra = templates.render("handoff", view.language, result.data)
    # Through the same gate as every reply: verified sentence by sentence, appended to what was already shown.
    gate = VerifiedReply(facts=result.facts, language=view.language, default_currency=view.ctx.settings.currency,
                         emit=lambda e: _emit(runtime, e), after=state.get("reply") or "")
    gate.offer_text(extra, source="template")
    return {"reply": (state.get("reply") or "") + gate.text, "escalated": True,
            "ticket_id": result.data.get("ticket_id"), "failure_count": 0}


def build_graph() -> StateGraph[AgentState, AgentContext, AgentState, AgentState]:
    g: StateGraph[AgentState, AgentContext, AgentState, AgentState] = StateGraph(
        AgentState, context_schema=AgentContext)
    g.add_node("guard", guard_node)
    g.add_node("understand", understand_node)
    for name in JOURNEYS:
        g.add_node(name, _journey(_RUNS[name]))  # type: ignore[call-overload]
    g.add_node("compose", compose_node)
    g.add_node("verify", verify_node)
    g.add_node("escalate_after", escalate_after_node)
    g.add_edge(START, "guard")
    g.add_conditional_edges("guard", after_guard, ["understand", "compose"])
    g.add_conditional_edges("understand", after_understand, list(JOURNEYS))
    for name in JOURNEYS:
        g.add_edge(name, "compose")
    g.add_edge("compose", "verify")
    g.add_conditional_edges("verify", after_verify, ["escalate_after", END])
    g.add_edge("escalate_after", END)
    return g
