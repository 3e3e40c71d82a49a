"""Private data behind a second factor, end to end through Assistant.reply on the real demo store (issue 9, item 4),
and the honest hand-over (item 7): what a shopper is told, what reaches the ticket, and what a waiting session does.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from typing import Any

import pytest

from agent import templates
from agent.assistant import Assistant
from agent.events import Turn
from tests.agent.assistant_support import (
    KeywordUnderstander,
    done_of,
    make_settings,
    of_type,
    shared_services,
    store_dir,
)


@pytest.fixture
async def assistant(tmp_path):
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=KeywordUnderstander())
    yield a
    await a.aclose()


async def say(assistant: Assistant, text: str, *, session: str, client: str, role: str = "shopper",
              locale: str | None = None) -> list[Any]:
    turn = Turn.model_validate({"session_id": session, "role": role, "text": text, "locale": locale,
                                "client_id": client})
    return [ev async for ev in assistant.reply(turn)]


def _client() -> str:
    return f"198.51.100.{uuid.uuid4().hex[:8]}"  # each test its own client: the limiter's counts stay apart


def _db() -> contextlib.closing[sqlite3.Connection]:
    return contextlib.closing(sqlite3.connect(store_dir() / "store.db"))


def order_with(where: str, offset: int) -> dict[str, Any]:
    """An order with a customer, and everything about it that must not leak before verification."""
    with _db() as conn:
        row = conn.execute(
            "select o.id, o.status, o.carrier, o.tracking_number, o.placed_at, o.expected_delivery, o.delivered_at,"
            " o.total, c.email, c.phone from orders o join customers c on c.id = o.customer_id"
            f" where {where} order by o.id limit 1 offset ?", (offset,)).fetchone()
    keys = ("id", "status", "carrier", "tracking", "placed_at", "expected", "delivered_at", "total", "email", "phone")
    return dict(zip(keys, row, strict=True))


def leaks(events: list[Any], order: dict[str, Any], language: str = "en") -> list[str]:
    """Order data (status, dates, carrier, tracking, total) found in the reply text or any event."""
    blob = " ".join(e.model_dump_json() for e in events)
    found = []
    for value in (order["tracking"], order["carrier"]):
        if value and value in blob:
            found.append(value)
    for status in ("pending", "paid", "shipped", "delivered", "returned", "cancelled"):
        word = templates.status(status, language)
        if word in blob or f'"{status}"' in blob:
            found.append(word)
    for key in ("placed_at", "expected", "delivered_at"):
        if order[key]:
            day = str(order[key])[:10]
            if day in blob or templates.date(day, language) in blob:
                found.append(day)
    if f"{float(order['total']):,.2f}" in blob:
        found.append(str(order["total"]))
    return found


async def test_anonymous_lookup_and_wrong_factor_get_no_order_data(assistant):
    order, client = order_with("o.status='SHIPPED'", 0), _client()
    asked = await say(assistant, f"where is my order {order['id']}", session="anon", client=client)
    assert not leaks(asked, order)
    assert str(order["id"]) in done_of(asked).text and "e-mail" in done_of(asked).text
    assert (await assistant.session_state("anon"))["pending_order_id"] == order["id"]
    wrong = await say(assistant, "my email is someone.else@example.com", session="anon", client=client)
    assert not leaks(wrong, order)
    assert "can't find" in done_of(wrong).text
    # An unknown number with any factor reads exactly like a wrong factor.
    unknown = await say(assistant, "where is my order 987654, email someone.else@example.com", session="anon2",
                        client=client)
    assert done_of(unknown).text.replace("987654", "N") == done_of(wrong).text.replace(str(order["id"]), "N")


async def test_right_factor_in_two_messages_then_follow_ups_without_it(assistant):
    order, client = order_with("o.status='SHIPPED'", 1), _client()
    await say(assistant, f"where is my order {order['id']}", session="two", client=client)
    shown = await say(assistant, f"my email is {order['email'].upper()}", session="two", client=client)
    done = done_of(shown)
    assert done.text.startswith(f"Order {order['id']}: shipped") and order["tracking"] in done.text
    state = await assistant.session_state("two")
    assert state["verified_order_ids"] == [order["id"]] and state["pending_order_id"] is None
    again = done_of(await say(assistant, "and where is my order now?", session="two", client=client))
    assert again.text.startswith(f"Order {order['id']}: shipped")
    # The e-mail was masked before it reached the history (and so the checkpoint and any hand-over summary).
    state = await assistant.session_state("two")
    assert order["email"].lower() not in json.dumps(state).lower()
    assert any("[e-mail]" in item["text"] for item in state["history"])


@pytest.mark.parametrize("lang,template", [
    ("ru", "заказ {id}, телефон ...{last4}"),
    ("zh", "订单{id} 手机尾号{last4}"),
    ("en", "order {id}, phone ending in {last4}"),
])
async def test_number_and_phone_digits_in_one_message(assistant, lang, template):
    order, client = order_with("o.status='DELIVERED'", {"ru": 2, "zh": 3, "en": 4}[lang]), _client()
    text = template.format(id=order["id"], last4=order["phone"][-4:])
    done = done_of(await say(assistant, text, session=f"one-{lang}", client=client, locale=lang))
    assert str(order["id"]) in done.text and templates.status("delivered", lang) in done.text
    history = (await assistant.session_state(f"one-{lang}"))["history"]
    assert order["phone"][-4:] not in json.dumps(history)


async def test_bare_four_digits_after_the_question_are_the_phone(assistant):
    order, client = order_with("o.status='DELIVERED'", 5), _client()
    await say(assistant, f"где мой заказ {order['id']}", session="bare", client=client, locale="ru")
    done = done_of(await say(assistant, order["phone"][-4:], session="bare", client=client, locale="ru"))
    assert done.text.startswith(f"Заказ {order['id']}: доставлен")


async def test_manager_gets_the_order_without_a_factor(assistant):
    order = order_with("o.status='SHIPPED'", 2)
    done = done_of(await say(assistant, f"where is order {order['id']}", session="mgr-o", client=_client(),
                             role="manager"))
    assert done.text.startswith(f"Order {order['id']}: shipped")


async def test_a_hundred_order_numbers_from_one_client_are_stopped(assistant):
    client = _client()
    with _db() as conn:
        (first,) = conn.execute("select min(id) from orders").fetchone()
    texts = []
    for n in range(100):
        # A new session for every try: the count is the client's, so rotating sessions does not help.
        events = await say(assistant, f"order {first + 40 + n}, email guess{n}@example.com", session=f"scan-{n}",
                           client=client)
        texts.append(done_of(events).text)
    stopped = [i for i, text in enumerate(texts) if "too many attempts" in text]
    assert stopped and stopped[0] <= 10 and stopped == list(range(stopped[0], 100))
    assert "contact the store" in texts[-1] and "help@example.com" in texts[-1]
    # Later, the right factor on a real order from the same client gets no data either (the window has not passed).
    order = order_with(f"o.id < {first + 40}", 30)  # a real order, never tried above
    events = await say(assistant, f"order {order['id']}, email {order['email']}", session="scan-late", client=client)
    assert not leaks(events, order) and "too many attempts" in done_of(events).text


async def test_hand_over_says_what_really_happens(assistant):
    client = _client()
    await say(assistant, "waterproof hiking boots, write to me at anna.k@example.com", session="ho", client=client)
    events = await say(assistant, "I want to talk to a person", session="ho", client=client)
    ticket = of_type(events, "handoff")[0].ticket_id
    text = done_of(events).text
    assert f"ticket {ticket}" in text and done_of(events).grounded
    with _db() as conn:
        (payload,) = conn.execute("select payload from events where id=?", (ticket,)).fetchone()
    summary = json.loads(payload)["summary"]
    assert "waterproof hiking boots" in summary and "[e-mail]" in summary and "anna.k@" not in summary
    # When staff work and how else to reach the store come from the store-info policy in the DB.
    assert "09:00–21:00" in text and "+1-555-010-2030" in text and "help@example.com" in text
    # No promise that anyone is reading now or will join this chat.
    for untrue in ("will see our conversation", "will take over", "is reading", "has been asked to join",
                   "won't need to repeat"):
        assert untrue not in text


@pytest.mark.parametrize("lang", ["ru", "zh"])
async def test_hand_over_in_russian_and_chinese(assistant, lang):
    text = {"ru": "соедините с оператором", "zh": "转人工"}[lang]
    events = await say(assistant, text, session=f"ho-{lang}", client=_client(), locale=lang)
    ticket = of_type(events, "handoff")[0].ticket_id
    done = done_of(events)
    assert str(ticket) in done.text and "+1-555-010-2030" in done.text and done.language == lang


async def test_messages_in_a_waiting_session_go_to_the_ticket(assistant):
    client = _client()
    events = await say(assistant, "I want to talk to a person", session="wait", client=client)
    ticket = of_type(events, "handoff")[0].ticket_id
    # Not a catalog question: added to the ticket, and the reply says the request is with staff.
    done = done_of(await say(assistant, "hello? my parcel is lost, call me at +1-555-222-3344", session="wait",
                             client=client))
    assert done.text.startswith(templates.t("handoff_waiting", "en", ticket_id=ticket)) and done.grounded
    # A catalog question is still answered, under the same line.
    search = await say(assistant, "waterproof hiking boots", session="wait", client=client)
    assert done_of(search).text.startswith(templates.t("handoff_waiting_note", "en", ticket_id=ticket))
    assert of_type(search, "products")
    with _db() as conn:
        (payload,) = conn.execute("select payload from events where id=?", (ticket,)).fetchone()
    messages = json.loads(payload)["messages"]
    assert [m["text"] for m in messages] == ["hello? my parcel is lost, call me at [phone]", "waterproof hiking boots"]
    assert (await assistant.session_state("wait"))["escalated"] is True


async def test_an_order_question_while_waiting_is_not_looked_up(assistant):
    order, client = order_with("o.status='SHIPPED'", 3), _client()
    events = await say(assistant, "I want to talk to a person", session="wait-o", client=client)
    ticket = of_type(events, "handoff")[0].ticket_id
    events = await say(assistant, f"where is my order {order['id']}, email {order['email']}", session="wait-o",
                       client=client)
    assert not leaks(events, order)
    assert done_of(events).text.startswith(templates.t("handoff_waiting", "en", ticket_id=ticket))
