"""Support that acts, end to end through Assistant.reply on the real demo store (issue 11, item 3): a defect starts
a warranty claim, returns and cancellations are made or refused by the policy's figures and the order's state, and
each refusal is a clear reply. Every reply shown passed verification."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import uuid
from typing import Any

import pytest

from agent.assistant import Assistant
from agent.events import Turn
from tests.agent.assistant_support import KeywordUnderstander, make_settings, shared_services, store_dir
from tests.agent.test_private_orders import leaks


@pytest.fixture
async def assistant(tmp_path):
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=KeywordUnderstander())
    yield a
    await a.aclose()


def db() -> contextlib.closing[sqlite3.Connection]:
    return contextlib.closing(sqlite3.connect(store_dir() / "store.db"))


def order(where: str, offset: int = 0) -> dict[str, Any]:
    with db() as conn:
        row = conn.execute(
            "select o.id, o.status, o.carrier, o.tracking_number, o.placed_at, o.expected_delivery, o.delivered_at,"
            " o.total, c.email, c.phone from orders o join customers c on c.id = o.customer_id"
            f" where {where} order by o.id limit 1 offset ?", (offset,)).fetchone()
    if row is None:
        pytest.skip(f"no order where {where}")
    keys = ("id", "status", "carrier", "tracking", "placed_at", "expected", "delivered_at", "total", "email", "phone")
    return dict(zip(keys, row, strict=True))


GENERAL_ONLY = ("not exists (select 1 from order_lines l join products p on p.id = l.product_id join categories k "
                "on k.id = p.category_id where l.order_id = o.id and (k.path like 'electronics%' or "
                "k.path like 'grocery%'))")


def requests(session: str) -> list[tuple[str, str, int]]:
    with db() as conn:
        return conn.execute("select reference, kind, order_id from support_requests where session_id = ?",
                            (session,)).fetchall()


def status_of(order_id: int) -> str:
    with db() as conn:
        return str(conn.execute("select status from orders where id = ?", (order_id,)).fetchone()[0])


class Chat:
    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.session = f"aftersales-{uuid.uuid4().hex[:8]}"
        self.client = f"203.0.113.{uuid.uuid4().hex[:6]}"
        self.events: list[Any] = []

    async def say(self, text: str) -> Any:
        turn = Turn(session_id=self.session, text=text, client_id=self.client)
        events = [ev async for ev in self.assistant.reply(turn)]
        self.events += events
        done = events[-1]
        assert done.type == "done" and done.grounded, done
        return done


async def test_they_leak_starts_a_warranty_claim_once_the_order_is_proved(assistant):
    o = order("o.status = 'DELIVERED' and " + GENERAL_ONLY)
    chat = Chat(assistant)
    first = await chat.say("I bought hiking boots 3 weeks ago and they leak")
    assert "order number" in first.text and "e-mail" in first.text
    second = await chat.say(f"it was order {o['id']}")
    assert str(o["id"]) in second.text and "e-mail" in second.text
    assert leaks(chat.events, o) == [] and requests(chat.session) == []
    third = await chat.say(f"my email is {o['email']}")
    made = requests(chat.session)
    assert [(k, i) for _, k, i in made] == [("WARRANTY", o["id"])]
    assert made[0][0] in third.text and "warranty claim" in third.text


async def test_a_cancellation_in_russian_changes_the_order_and_gives_a_reference(assistant):
    o = order("o.status = 'PAID'", offset=4)
    chat = Chat(assistant)
    done = await chat.say(f"Отмените, пожалуйста, заказ {o['id']}, телефон заканчивается на {o['phone'][-4:]}")
    made = requests(chat.session)
    assert [(k, i) for _, k, i in made] == [("CANCELLATION", o["id"])]
    assert made[0][0] in done.text and "отменён" in done.text
    assert status_of(o["id"]) == "CANCELLED"


async def test_a_return_in_chinese_inside_the_window_is_created(assistant):
    recent = (dt.date.today() - dt.timedelta(days=25)).isoformat()
    o = order(f"o.status = 'DELIVERED' and o.delivered_at >= '{recent}' and " + GENERAL_ONLY)
    chat = Chat(assistant)
    done = await chat.say(f"我要退货，订单{o['id']}，邮箱{o['email']}")
    made = requests(chat.session)
    assert [(k, i) for _, k, i in made] == [("RETURN", o["id"])]
    assert made[0][0] in done.text and "退货编号" in done.text


async def test_cancelling_a_shipped_order_fails_with_a_clear_reply(assistant):
    o = order("o.status = 'SHIPPED'", offset=2)
    chat = Chat(assistant)
    done = await chat.say(f"Please cancel order {o['id']}, email {o['email']}")
    assert "already shipped" in done.text and "return" in done.text
    assert requests(chat.session) == [] and status_of(o["id"]) == "SHIPPED"


async def test_returning_outside_the_window_fails_with_a_clear_reply(assistant):
    old = (dt.date.today() - dt.timedelta(days=45)).isoformat()
    o = order(f"o.status = 'DELIVERED' and o.delivered_at < '{old}' and " + GENERAL_ONLY)
    chat = Chat(assistant)
    done = await chat.say(f"I want to return order {o['id']}, my phone ends in {o['phone'][-4:]}")
    assert "return period ended" in done.text and "30 days" in done.text
    assert requests(chat.session) == []


async def test_another_customers_order_cannot_be_cancelled(assistant):
    o = order("o.status = 'PAID'", offset=5)
    other = order(f"c.email != '{o['email']}'")
    chat = Chat(assistant)
    done = await chat.say(f"cancel order {o['id']}, my email is {other['email']}")
    assert "can't find order" in done.text
    assert requests(chat.session) == [] and status_of(o["id"]) == "PAID"
    assert leaks(chat.events, o) == []


async def test_a_discount_the_policies_do_not_give_is_refused(assistant):
    o = order("o.status = 'DELIVERED'", offset=7)
    chat = Chat(assistant)
    done = await chat.say(f"My order {o['id']} arrived late, I want a 20% discount as compensation")
    assert "can't offer a discount" in done.text and "30 days" in done.text
    assert requests(chat.session) == []


async def test_a_question_about_returns_gets_the_policy_not_an_action(assistant):
    chat = Chat(assistant)
    done = await chat.say("how do I return a jacket?")
    assert "30 days" in done.text and requests(chat.session) == []


async def test_after_the_returns_policy_the_order_in_the_next_message_starts_the_return(assistant):
    recent = (dt.date.today() - dt.timedelta(days=25)).isoformat()
    o = order(f"o.status = 'DELIVERED' and o.delivered_at >= '{recent}' and " + GENERAL_ONLY, offset=1)
    chat = Chat(assistant)
    first = await chat.say("how can I return something I bought?")
    assert "30 days" in first.text and "order number" in first.text and requests(chat.session) == []
    await chat.say(f"order {o['id']}, {o['email']}")
    assert [(k, i) for _, k, i in requests(chat.session)] == [("RETURN", o["id"])]


async def test_a_status_question_ends_a_waiting_request(assistant):
    o = order("o.status = 'PAID'", offset=6)
    chat = Chat(assistant)
    await chat.say("I want to cancel an order")
    done = await chat.say(f"where is my order {o['id']}? email {o['email']}")
    assert requests(chat.session) == [] and status_of(o["id"]) == "PAID"
    assert str(o["id"]) in done.text


async def test_asking_for_a_person_while_cancelling_does_both(assistant):
    o = order("o.status = 'PAID'", offset=7)
    chat = Chat(assistant)
    done = await chat.say(f"Cancel order {o['id']} right now, email {o['email']}, and I want to talk to a human!")
    made = requests(chat.session)
    assert [(k, i) for _, k, i in made] == [("CANCELLATION", o["id"])] and status_of(o["id"]) == "CANCELLED"
    with db() as conn:
        tickets = conn.execute("select id from events where kind = 'escalation' and "
                               "json_extract(payload, '$.session_id') = ?", (chat.session,)).fetchall()
    assert len(tickets) == 1
    assert made[0][0] in done.text and f"ticket {tickets[0][0]}" in done.text


@pytest.mark.parametrize(("ask", "cannot", "words"), [
    ("my neighbour asked me to cancel her order {id}", "I don't have her email or her phone number", "can't change"),
    ("Отмените заказ {id}, это заказ мужа", "Почту его не помню, телефон тоже не знаю", "не могу его изменить"),
    ("帮我妈取消订单{id}", "她的邮箱和手机号我都记不清了", "无法修改"),
])
async def test_without_the_proof_nothing_changes_and_the_buyer_is_told_how(assistant, ask, cannot, words):
    """Someone acting for the buyer who cannot give the e-mail or phone: no change, no ticket, the reason and the
    store's contact instead of the same question again."""
    o = order("o.status = 'PAID'", offset=7)
    chat = Chat(assistant)
    await chat.say(ask.format(id=o["id"]))
    done = await chat.say(cannot)
    assert words in done.text and str(o["id"]) in done.text, done.text
    assert requests(chat.session) == [] and status_of(o["id"]) == "PAID"
    assert not any(getattr(e, "type", "") == "handoff" for e in chat.events)
    assert leaks(chat.events, o) == []


# An order no earlier test has already returned or cancelled (the store is shared by the module's tests).
UNTOUCHED = "not exists (select 1 from support_requests r where r.order_id = o.id)"


async def test_undoing_a_delivered_unused_order_written_in_traditional_chinese_is_a_return(assistant):
    # Traditional characters and full-width digits (shopper_text folds both), and "不想要了" on an order that has
    # arrived: a cancellation refused as delivered becomes the return the shopper means, the item being unopened.
    recent = (dt.date.today() - dt.timedelta(days=20)).isoformat()
    o = order(f"o.status = 'DELIVERED' and o.delivered_at >= '{recent}' and {UNTOUCHED} and " + GENERAL_ONLY, offset=1)
    wide = str(o["id"]).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    chat = Chat(assistant)
    done = await chat.say(f"訂單{wide}的東西不想要了，還沒拆封。電郵{o['email']}")
    made = requests(chat.session)
    assert [(k, i) for _, k, i in made] == [("RETURN", o["id"])]
    assert made[0][0] in done.text and "退货编号" in done.text


async def test_a_dictated_email_proves_the_order(assistant):
    recent = (dt.date.today() - dt.timedelta(days=20)).isoformat()
    o = order(f"o.status = 'DELIVERED' and o.delivered_at >= '{recent}' and {UNTOUCHED} and " + GENERAL_ONLY, offset=2)
    local, domain = str(o["email"]).split("@")
    said = f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
    chat = Chat(assistant)
    done = await chat.say(f"I want to return order {o['id']}, never opened. my email is {said}")
    made = requests(chat.session)
    assert [(k, i) for _, k, i in made] == [("RETURN", o["id"])]
    assert made[0][0] in done.text
