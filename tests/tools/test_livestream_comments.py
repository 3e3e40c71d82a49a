"""Viewers' comments answered for a stream host from the demo store: every price and stock figure in an answer is the
store's own (read here from the DB, not from the tool), in en/ru/zh; greetings, spam and abuse get no answer; a
question about something the stream does not show says so; a shopper cannot use it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from agent import templates
from agent.grounding import verify_reply
from knowledge.db import session_scope
from knowledge.schema import Category, Product, Stock
from shopkeeper.errors import PermissionDenied
from tests.knowledge.search_support import indexed_demo, services_for
from tools.base import Role, ToolContext
from tools.livestream.comments import Comment, CommentAnswerer, StreamProducts


def _jackets(db_url: str) -> list[tuple[int, Decimal, str, int, list[str], str]]:
    """(id, price, currency, stock, sizes, colour) of the demo store's in-stock jackets sold in size M."""
    with session_scope(db_url) as s:
        qty = func.sum(Stock.qty_system)
        rows = s.execute(
            select(Product.id, Product.price, Product.currency, qty, Product.attributes)
            .join(Category, Product.category_id == Category.id)
            .join(Stock, Stock.product_id == Product.id)
            .where(Category.path == "apparel/jackets")
            .group_by(Product.id)
            .having(qty > 0)
            .order_by(Product.id)
        ).all()
    return [
        (int(r[0]), Decimal(r[1]), str(r[2]), int(r[3]), list(r[4].get("sizes") or []), str(r[4].get("colour")))
        for r in rows
        if "M" in (r[4].get("sizes") or []) and r[4].get("colour")
    ]


@pytest.fixture(scope="module")
def ctx(demo_db_url: str) -> ToolContext:
    settings = indexed_demo(demo_db_url)
    return ToolContext(role=Role.HOST, settings=settings, services=services_for(settings))


@pytest.fixture(scope="module")
def stream(demo_db_url: str) -> list[tuple[int, Decimal, str, int, list[str], str]]:
    found = _jackets(demo_db_url)
    assert len(found) >= 2, "the demo store has in-stock jackets in size M"
    return found[:2]


def _answerer(ctx: ToolContext, stream: list, host: str = "en") -> CommentAnswerer:
    return CommentAnswerer(ctx, StreamProducts(product_ids=[p[0] for p in stream], host_language=host))


async def test_size_question_in_english_quotes_the_db_price_and_stock(ctx, stream) -> None:
    pid, price, currency, stock, _, _ = stream[0]
    a = await _answerer(ctx, stream).answer(Comment(text="size M left??", author="kim"))
    assert a.kind == "question" and a.answered and a.in_stream
    assert a.product_id == pid and a.asked == "size"
    assert "M" in a.text and templates.money(price, currency, "en") in a.text and str(stock) in a.text
    assert a.host_text is None  # the host reads English too
    assert a.author == "kim"


async def test_russian_price_question_quotes_the_db_price_beside_the_hosts_english(ctx, stream) -> None:
    pid, price, currency, stock, _, _ = stream[0]
    a = await _answerer(ctx, stream).answer(Comment(text="сколько стоит куртка?"))
    assert a.language == "ru" and a.answered and a.asked == "price" and a.product_id == pid
    assert templates.money(price, currency, "ru") in a.text and str(stock) in a.text
    assert a.host_text is not None and templates.money(price, currency, "en") in a.host_text
    assert any(f.get("product_id") == pid and Decimal(str(f["price"])) == price for f in a.facts)
    # Both lines pass the chat's claim-level verifier against the answer's own facts.
    for text, lang in [(a.text, "ru"), (a.host_text, "en")]:
        verdict = verify_reply(text, a.facts, language=lang, default_currency=ctx.settings.currency)
        assert verdict.ok, verdict.reason()


async def test_chinese_questions_get_the_db_stock_and_colour(ctx, stream) -> None:
    pid, price, currency, stock, _, colour = stream[0]
    answerer = _answerer(ctx, stream, host="ru")
    a = await answerer.answer(Comment(text="还有货吗"))
    assert a.language == "zh" and a.answered and a.asked == "stock" and a.product_id == pid
    assert str(stock) in a.text and templates.money(price, currency, "zh") in a.text
    assert a.host_text is not None and str(stock) in a.host_text  # the Russian host's line, same figures
    b = await answerer.answer(Comment(text=f"有{templates.colour_name(colour, 'zh')}吗"))
    assert b.asked == "colour" and b.answered and templates.colour_name(colour, "zh") in b.text


async def test_a_named_stream_product_is_the_one_answered(ctx, stream) -> None:
    pid, price, currency, _, _, _ = stream[1]
    first = (await _answerer(ctx, stream).answer(Comment(text="how much?"))).facts[0]["title"]
    title = str((await _answerer(ctx, [stream[1]]).answer(Comment(text="how much?"))).facts[0]["title"])
    assert title != first
    a = await _answerer(ctx, stream).answer(Comment(text=f"how much is the {title}?"))
    assert a.product_id == pid and templates.money(price, currency, "en") in a.text


async def test_delivery_question_quotes_the_delivery_policy(ctx, stream) -> None:
    a = await _answerer(ctx, stream).answer(Comment(text="when would it arrive in Berlin"))
    assert a.kind == "question" and a.answered and a.asked == "delivery"
    fields = a.facts[0]["fields"]
    low, high = fields["standard_days"]
    assert f"{low}–{high}" in a.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hello everyone!!", "greeting"),
        ("привет из Казани", "greeting"),
        ("主播好", "greeting"),
        ("check my channel www.best-deals.com", "spam"),
        ("подписывайтесь на t.me/freebies", "spam"),
        ("you fucking idiot", "abuse"),
    ],
)
async def test_comments_that_ask_nothing_are_classified_and_not_answered(ctx, stream, text, kind) -> None:
    a = await _answerer(ctx, stream).answer(Comment(text=text))
    assert a.kind == kind and not a.answered and a.text == "" and a.facts == []


async def test_a_product_not_on_the_stream_is_said_to_be_elsewhere(ctx, stream) -> None:
    a = await _answerer(ctx, stream).answer(Comment(text="do you have a two-person tent?"))
    assert a.kind == "question" and a.answered and not a.in_stream
    assert a.product_id in {p[0] for p in stream}  # the nearest stream product is offered
    assert "not in today's stream" in a.text


def test_a_shopper_cannot_answer_stream_comments(ctx, stream) -> None:
    shopper = ToolContext(role=Role.SHOPPER, settings=ctx.settings, services=ctx.services)
    with pytest.raises(PermissionDenied):
        _answerer(shopper, stream)
