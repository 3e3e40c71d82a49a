"""The understanding prompt keeps its long part fixed (a local model evaluates it once) and holds no held-out line."""

from __future__ import annotations

from agent.understand.dataset import DEFAULT_DATASET, load_examples
from agent.understand.llm import build_messages, worked_examples
from agent.understand.models import Intent


def test_prefix_is_the_same_for_every_turn() -> None:
    a = build_messages("где мой заказ 5521?", [(Intent.ORDER_STATUS, 0.4), (Intent.DELIVERY, 0.3)])
    b = build_messages("有没有狗绳", [(Intent.SEARCH, 0.5)])
    assert a[0].role == b[0].role == "system"
    assert a[0].content == b[0].content  # nothing of the turn or its candidates leaks into the prefix
    assert "где мой заказ 5521?" in a[1].content and "order_status, delivery" in a[1].content
    assert "有没有狗绳" in b[1].content and "有没有狗绳" not in b[0].content


def test_worked_examples_cover_every_intent_in_three_languages_from_training_lines_only() -> None:
    examples = worked_examples()
    assert {intent for _, intent in examples} == set(Intent)
    assert len(examples) == 3 * len(Intent)
    held_out = {e.text for e in load_examples(DEFAULT_DATASET) if e.split != "train"}
    train = {(e.text, e.intent) for e in load_examples(DEFAULT_DATASET, split="train")}
    assert all((text, intent) in train for text, intent in examples)
    assert not held_out & {text for text, _ in examples}
