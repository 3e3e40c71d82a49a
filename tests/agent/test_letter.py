"""Issue 10 (session 30, development18): messages written as letters and forum posts. The greeting and the sign-off
are no part of the request, and a post's TL;DR is its request; a short message, a thanks that asks something and a
name inside the request are left as written."""

from __future__ import annotations

import pytest

from agent.understand.letter import letter_body
from agent.understand.shopper_text import shopper_text


@pytest.mark.parametrize(("text", "body"), [
    ("Good evening,\n\nI need a kettle for the office, under £40.\n\nKind regards,\nPriya Shah",
     "I need a kettle for the office, under £40."),
    ("Dear Sir or Madam, do you sell waterproof gloves? Yours faithfully, A. Brown",
     "do you sell waterproof gloves?"),
    ("Hello there! Looking for a tent for four. Thanks so much, The Okoro family", "Looking for a tent for four."),
    ("Hi, any torches? Cheers, Dev (night shift)", "any torches?"),
    ("Здравствуйте! Ищем термосы для отдела, до 2000 ₽ за штуку. Заранее благодарю. С уважением, Ольга Петровна.",
     "Ищем термосы для отдела, до 2000 ₽ за штуку."),
    ("Уважаемые коллеги! Нужны кружки на 30 человек.", "Нужны кружки на 30 человек."),
    ("您好！请问贵店有登山杖吗？麻烦了，谢谢！", "请问你们店有登山杖吗？"),
    ("姐妹们！！想买个保温杯 200以内", "想买个保温杯 200以内"),
])
def test_greeting_and_sign_off_are_cut(text: str, body: str) -> None:
    assert letter_body(text) == body


def test_a_posts_tldr_is_its_request() -> None:
    post = ("Long story. My flatmate borrowed my old lamp (again) and the one left flickers, which is hell during "
            "exam season.\n\nTL;DR: desk lamp with warm light, under $30?")
    assert letter_body(post) == "desk lamp with warm light, under $30?"
    assert letter_body("tldr - need socks, wool, size 42") == "need socks, wool, size 42"


@pytest.mark.parametrize("text", [
    "thanks",  # nothing but the sign-off: kept, the journeys answer a thanks
    "Great. Thank you! Is it waterproof",  # the sentence after the thanks asks: no signature
    "Thanks, and do you have it in blue",
    "Спасибо, а есть синие?",
    "Boots in 44.\nThanks!\nAlso do you have them in brown",  # a request on its own line is no signature
    "Best boots for rain?",
    "Hello",
    "您好",
    "tl;dr ok",  # a summary of fewer than three words is not taken
])
def test_what_is_no_letter_is_left_as_written(text: str) -> None:
    assert letter_body(text) == text


def test_shopper_text_reads_the_letter() -> None:
    assert shopper_text("Hi there,\nDo you have hiking boots in size 44?\nThanks, Mike") == \
        "Do you have hiking boots in size 44?"
