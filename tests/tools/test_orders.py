"""order_status on the real demo store: figures come from the DB only behind a second factor checked by the tool;
an unknown number and a wrong factor fail the same way; failures are limited per client and per order."""

from __future__ import annotations

import asyncio
import sqlite3
import uuid

import pytest

from shopkeeper.errors import NotFound, TooManyAttempts, VerificationRequired
from shopkeeper.settings import DatabaseSettings, Settings, SupportSettings
from tools.base import Role, ToolContext
from tools.orders import OrderStatusInput, order_status


@pytest.fixture(scope="module")
def settings(demo_db_url, tmp_path_factory):
    return Settings(data_dir=tmp_path_factory.mktemp("orders"), db=DatabaseSettings(url=demo_db_url))


def _ctx(settings: Settings, role: Role = Role.SHOPPER, *, client: str | None = None,
         session: str = "t", verified: frozenset[int] = frozenset()) -> ToolContext:
    # Each test is its own client, so the limiter's counts of one test never reach another.
    return ToolContext(role=role, session_id=session, client_id=client or f"test-{uuid.uuid4().hex}", locale="en",
                       settings=settings, verified_orders=verified)


@pytest.fixture
def ctx(settings):
    return _ctx(settings)


def _rows(url: str, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(url.split("///", 1)[1]) as conn:
        return conn.execute(sql, args).fetchall()


def _order(url: str, where: str = "1=1", offset: int = 0) -> tuple[int, str, str, str]:
    """(order id, status, e-mail, phone) of an order with a customer."""
    return _rows(url, "select o.id, o.status, c.email, c.phone from orders o join customers c on c.id=o.customer_id "
                      f"where {where} order by o.id limit 1 offset ?", offset)[0]


async def test_order_status_matches_the_db(ctx, demo_db_url):
    oid, status, email, _ = _order(demo_db_url, "o.status='SHIPPED'")
    (total,), = _rows(demo_db_url, "select total from orders where id=?", oid)
    out = await order_status(OrderStatusInput(order_id=oid, email=email), ctx)
    assert out.order_id == oid and out.status == status.lower()
    assert float(out.total) == pytest.approx(float(total))
    assert out.lines and all(line.qty > 0 for line in out.lines)
    assert "email" not in out.model_dump() and "customer_name" not in out.model_dump()


async def test_titles_come_in_the_asked_language(ctx, demo_db_url):
    oid, _, _, phone = _order(demo_db_url)
    out = await order_status(OrderStatusInput(order_id=oid, phone_last4=phone[-4:], language="ru"), ctx)
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in line.title) for line in out.lines)


async def test_unknown_order_is_not_found(ctx):
    with pytest.raises(NotFound, match="999999"):
        await order_status(OrderStatusInput(order_id=999999, email="anna@example.com"), ctx)


def test_order_number_is_required():
    with pytest.raises(ValueError):
        OrderStatusInput.model_validate({})


async def test_no_factor_gets_nothing_and_checks_nothing(ctx, demo_db_url):
    oid, *_ = _order(demo_db_url, offset=1)
    with pytest.raises(VerificationRequired) as info:
        await order_status(OrderStatusInput(order_id=oid), ctx)
    assert "shipped" not in str(info.value).lower() and "delivered" not in str(info.value).lower()


async def test_wrong_factor_and_unknown_number_fail_the_same_way(settings, demo_db_url):
    oid, _, email, phone = _order(demo_db_url, offset=2)
    wrong_digits = f"{(int(phone[-4:]) + 1) % 10000:04d}"
    errors = []
    for query in (OrderStatusInput(order_id=oid, email="someone.else@example.com"),
                  OrderStatusInput(order_id=oid, phone_last4=wrong_digits),
                  OrderStatusInput(order_id=oid, email=email, phone_last4=wrong_digits),  # every factor must match
                  OrderStatusInput(order_id=987654, email=email)):
        with pytest.raises(NotFound) as info:
            await order_status(query, _ctx(settings))
        errors.append(str(info.value).replace(str(query.order_id), "N"))
    assert len(set(errors)) == 1  # nothing tells an unknown number from a wrong factor


async def test_email_is_compared_case_and_space_insensitively(ctx, demo_db_url):
    oid, _, email, phone = _order(demo_db_url, offset=3)
    out = await order_status(OrderStatusInput(order_id=oid, email=f"  {email.upper()} "), ctx)
    assert out.order_id == oid
    out = await order_status(OrderStatusInput(order_id=oid, phone_last4=phone), ctx)  # the full number works too
    assert out.order_id == oid


async def test_manager_needs_no_factor_and_a_host_does(settings, demo_db_url):
    oid, status, *_ = _order(demo_db_url, offset=4)
    out = await order_status(OrderStatusInput(order_id=oid), _ctx(settings, Role.MANAGER))
    assert out.status == status.lower()
    with pytest.raises(VerificationRequired):
        await order_status(OrderStatusInput(order_id=oid), _ctx(settings, Role.HOST))


async def test_a_session_that_proved_the_order_asks_again_without_the_factor(settings, demo_db_url):
    oid, *_ = _order(demo_db_url, offset=5)
    assert (await order_status(OrderStatusInput(order_id=oid), _ctx(settings, verified=frozenset({oid})))).order_id
    with pytest.raises(VerificationRequired):  # another order is not covered
        await order_status(OrderStatusInput(order_id=oid + 1), _ctx(settings, verified=frozenset({oid})))


async def test_failures_on_one_order_lock_it_for_everyone(settings, demo_db_url):
    oid, _, email, _ = _order(demo_db_url, offset=6)
    for i in range(settings.support.order_failures_per_order):
        with pytest.raises(NotFound):  # each attempt from a different client
            await order_status(OrderStatusInput(order_id=oid, email=f"guess{i}@example.com"), _ctx(settings))
    with pytest.raises(TooManyAttempts):  # even the right factor, from a fresh client: nothing is checked
        await order_status(OrderStatusInput(order_id=oid, email=email), _ctx(settings))


async def test_a_hundred_order_numbers_from_one_client_are_stopped_until_the_window_passes(demo_db_url, tmp_path):
    window = 2.0
    settings = Settings(data_dir=tmp_path, db=DatabaseSettings(url=demo_db_url),
                        support=SupportSettings(client_window_s=window))
    client = f"203.0.113.{uuid.uuid4().int % 250}-{uuid.uuid4().hex[:6]}"
    (first, last), = _rows(demo_db_url, "select min(id), max(id) from orders")
    outcomes: list[str] = []
    for n in range(100):
        # A new session id each time: rotating sessions does not reset a client's count.
        ctx = _ctx(settings, client=client, session=f"rot-{n}")
        try:
            await order_status(OrderStatusInput(order_id=first + 20 + n, email="guess@example.com"), ctx)
            outcomes.append("data")
        except NotFound:
            outcomes.append("checked")
        except TooManyAttempts:
            outcomes.append("stopped")
    assert "data" not in outcomes
    assert outcomes.index("stopped") <= settings.support.order_numbers_per_client
    assert outcomes.count("checked") <= settings.support.order_numbers_per_client
    # The right factor on a real order, from the same client, is not even checked while the window lasts.
    oid, _, email, _ = _order(demo_db_url, f"o.id < {first + 20}", offset=10)  # never tried above
    with pytest.raises(TooManyAttempts):
        await order_status(OrderStatusInput(order_id=oid, email=email), _ctx(settings, client=client))
    await asyncio.sleep(window + 0.2)
    out = await order_status(OrderStatusInput(order_id=oid, email=email), _ctx(settings, client=client))
    assert out.order_id == oid and last >= oid
