"""Support turns the classifier alone misreads, through the real assistant (tests/agent/conftest.py): a short
after-sales request is no request for a person, and a grievance after talk of an order is no product search."""

from __future__ import annotations

from tests.agent.test_aftersales_journey import Chat, order, requests


async def test_a_bare_cancellation_asks_for_the_proof_and_files_no_ticket(assistant):
    o = order("o.status = 'PAID'", offset=6)
    chat = Chat(assistant)
    first = await chat.say(f"need to cancel {o['id']}")
    assert not [e for e in chat.events if e.type == "handoff"], first.text
    assert "e-mail" in first.text
    await chat.say(f"phone ends {o['phone'][-4:]}")
    assert [(k, i) for _, k, i in requests(chat.session)] == [("CANCELLATION", o["id"])]


async def test_a_grievance_after_an_order_status_is_a_complaint_not_a_search(assistant):
    o = order("o.status = 'SHIPPED'")
    chat = Chat(assistant)
    await chat.say(f"Заказ {o['id']}, телефон на {o['phone'][-4:]}. Обещали вчера, ничего нет.")
    done = await chat.say("«В пути» — это я и сама вижу. Мне нужны ботинки, а не статус.")
    assert done.intent == "complaint", done
    assert not [e for e in chat.events if e.type == "products"]
