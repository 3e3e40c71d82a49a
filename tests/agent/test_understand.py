"""Understanding with the real multilingual USE model and the real classifier (trained once per session)."""

from __future__ import annotations

import os
import time
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from agent.llm.scripted import ScriptedChatModel
from agent.understand import DialogueContext, Intent, Slots, Understander
from agent.understand.classifier import IntentClassifier
from agent.understand.dataset import load_examples
from agent.understand.models import Understanding
from agent.understand.rules import rule_hits
from knowledge.embeddings import Embedder, make_embedder
from shopkeeper.errors import DataError
from shopkeeper.settings import AgentSettings, EmbeddingSettings


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return make_embedder(EmbeddingSettings())


@pytest.fixture(scope="session")
def cache_dir() -> Path:
    # The suite-wide cache (tests/conftest.py): the classifier trains once for all tests that use the real dataset.
    return Path(os.environ["SHOPKEEPER_CACHE_DIR"]) / "understand"


@pytest.fixture(scope="session")
def understander(embedder: Embedder, cache_dir: Path) -> Understander:
    return Understander(embedder, None, AgentSettings(), cache_dir=cache_dir, store_currency="USD")


@pytest.fixture
def shown() -> DialogueContext:
    return DialogueContext(
        last_intent=Intent.SEARCH,
        last_slots=Slots(query="running shoes", attributes={"waterproof": True}),
        shown_product_ids=[11, 12, 13],
        shown_prices=[Decimal("80"), Decimal("60"), Decimal("100")],
        language="en",
    )


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("do you have waterproof hiking boots", Intent.SEARCH),
        ("покажите зимние куртки для мальчика", Intent.SEARCH),
        ("想买一双黑色的运动鞋", Intent.SEARCH),
        ("what's your return policy on electronics", Intent.POLICY_QUESTION),
        ("сколько стоит доставка в Казань", Intent.DELIVERY),
        ("你们几点关门", Intent.STORE_INFO),
        ("what's out of stock in aisle 4", Intent.MANAGER_QUERY),
        ("что нужно уценить на этой неделе", Intent.MANAGER_QUERY),
        ("script for a 5-minute stream on our winter jackets", Intent.SCRIPT_REQUEST),
        ("thank you so much!", Intent.SMALLTALK),
        ("你好", Intent.SMALLTALK),
        ("what's the capital of France", Intent.OTHER),
    ],
)
def test_clear_turns_in_three_languages(understander: Understander, text: str, intent: Intent) -> None:
    u = understander.understand(text)
    assert u.intent == intent, (text, u.intent, u.confidence, u.alternatives)
    assert 0.0 <= u.confidence <= 1.0
    assert not u.is_follow_up


def test_languages_and_locale_fallback(understander: Understander) -> None:
    assert understander.understand("где мой заказ 1234").language == "ru"
    assert understander.understand("我的订单1234在哪").language == "zh"
    assert understander.understand("12345", locale="ru-RU").language == "ru"
    ctx = DialogueContext(language="zh")
    assert understander.understand("iphone 15", context=ctx).language == "zh"


@pytest.mark.parametrize(
    ("text", "intent", "order_id"),
    [
        ("where is my order 1234", Intent.ORDER_STATUS, 1234),
        ("где мой заказ №5521", Intent.ORDER_STATUS, 5521),
        ("订单4410到哪了", Intent.ORDER_STATUS, 4410),
        ("I want to return order 6212, the size is wrong", Intent.RETURN, 6212),
        ("хочу вернуть заказ 6212", Intent.RETURN, 6212),
        ("订单6212我要退货", Intent.RETURN, 6212),
    ],
)
def test_order_rules_combine_with_classifier(understander: Understander, text: str, intent: Intent,
                                             order_id: int) -> None:
    u = understander.understand(text)
    assert u.intent == intent
    assert u.slots.order_id == order_id
    assert u.confidence > 0.8


@pytest.mark.parametrize("text", ["can I talk to a human", "соедините с оператором", "转人工"])
def test_human_request_rule(understander: Understander, text: str) -> None:
    u = understander.understand(text)
    assert u.intent == Intent.HUMAN_REQUEST and u.confidence > 0.9


@pytest.mark.parametrize("text", ["call me back about order 5512 please",
                                  "пусть мне перезвонит сотрудник по заказу 5512", "订单5512的事给我回电话"])
def test_a_person_asked_for_beats_an_order_number(understander: Understander, text: str) -> None:
    # Annotation rule 1 (human_request) comes before rule 4 (order_status): the order-number rule stands aside.
    assert "order_number" not in {h.rule for h in rule_hits(text)}
    assert understander.understand(text).intent == Intent.HUMAN_REQUEST


@pytest.mark.parametrize("text", ["do you price match if it's cheaper elsewhere",
                                  "в другом магазине на 3000 дешевле, сравняете цену?", "买贵了能补差价吗"])
def test_price_matching_is_a_policy_not_a_comparison(understander: Understander, text: str) -> None:
    assert "compare_words" not in {h.rule for h in rule_hits(text)}
    assert understander.understand(text).intent == Intent.POLICY_QUESTION


def test_live_flowers_are_not_a_live_person() -> None:
    assert "human" not in {h.rule for h in rule_hits("нужны живые цветы к празднику")}
    assert "human" in {h.rule for h in rule_hits("хватит автоответов, нужен живой")}


def test_policy_beats_return_word(understander: Understander) -> None:
    # "return" is in the words, but the question is about the rules: rules tip, the classifier still decides.
    u = understander.understand("how many days do I have to return something?")
    assert u.intent == Intent.POLICY_QUESTION


@pytest.mark.parametrize("text", ["show me cheaper ones", "а подешевле?", "有便宜点的吗"])
def test_cheaper_follow_up(understander: Understander, shown: DialogueContext, text: str) -> None:
    u = understander.understand(text, context=shown)
    assert u.is_follow_up and u.source == "context"
    assert u.intent == Intent.SEARCH
    assert u.slots.refine == "cheaper"
    assert u.slots.price_max == Decimal("59.99")  # just under the cheapest shown
    assert u.slots.query == "running shoes"
    assert u.slots.attributes.get("waterproof") is True


@pytest.mark.parametrize("text", ["in blue", "а в синем есть?", "蓝色的有吗"])
def test_colour_follow_up(understander: Understander, shown: DialogueContext, text: str) -> None:
    u = understander.understand(text, context=shown)
    assert u.is_follow_up and u.intent == Intent.SEARCH
    assert u.slots.attributes["colour"] == "blue"
    assert u.slots.query == "running shoes"


@pytest.mark.parametrize(("text", "ordinal"),
                         [("the second one", 2), ("а второй?", 2), ("第二个", 2), ("the last one", 3), ("#1", 1)])
def test_ordinal_follow_up(understander: Understander, shown: DialogueContext, text: str, ordinal: int) -> None:
    u = understander.understand(text, context=shown)
    assert u.is_follow_up and u.source == "context"
    assert u.intent == Intent.PRODUCT_QUESTION
    assert u.slots.ordinal == ordinal
    assert shown.shown_product_ids[ordinal - 1] in shown.shown_product_ids


def test_follow_up_edges(understander: Understander, shown: DialogueContext) -> None:
    out_of_range = understander.understand("the fifth one", context=shown)
    assert out_of_range.is_follow_up and out_of_range.confidence < 0.5  # the circuit breaker asks which one
    both = understander.understand("compare the first and second", context=shown)
    assert both.intent == Intent.COMPARE
    fresh = understander.understand("show me winter jackets", context=shown)
    assert not fresh.is_follow_up and fresh.intent == Intent.SEARCH
    no_context = understander.understand("the second one")
    assert not no_context.is_follow_up


def test_sentiment_rides_along(understander: Understander) -> None:
    u = understander.understand("THIS IS THE WORST SERVICE EVER!!!")
    assert u.sentiment.label == "negative"
    assert u.intent == Intent.COMPLAINT


def test_llm_asked_only_below_threshold(embedder: Embedder, cache_dir: Path) -> None:
    llm = ScriptedChatModel(json_replies=[{"intent": "delivery"}])
    confident = Understander(embedder, llm, AgentSettings(intent_confidence=0.0), cache_dir=cache_dir,
                             store_currency="USD")
    assert confident.understand("hmm what about that").source != "llm"
    assert not llm.calls

    unsure = Understander(embedder, llm, AgentSettings(intent_confidence=0.999), cache_dir=cache_dir,
                          store_currency="USD")
    u = unsure.understand("hmm what about that")
    assert u.source == "llm" and u.intent == Intent.DELIVERY
    assert u.confidence >= 0.999
    assert llm.calls and llm.calls[0].kind == "json"
    assert "delivery" in llm.calls[0].messages[0].content

    off = Understander(embedder, llm, AgentSettings(intent_confidence=0.999, llm_for_understanding=False),
                       cache_dir=cache_dir, store_currency="USD")
    assert off.understand("hmm what about that").source != "llm"


@pytest.mark.parametrize("llm", [ScriptedChatModel(fail=True),
                                 ScriptedChatModel(json_replies=[{"intent": "buy_everything"}]),
                                 ScriptedChatModel(json_replies=["not json at all"])])
def test_broken_llm_keeps_classifier_answer(embedder: Embedder, cache_dir: Path, understander: Understander,
                                            llm: ScriptedChatModel) -> None:
    expected = understander.understand("where can I find the fitting rooms")
    # A threshold above 1 makes every turn "unsure": this clear turn may score 0.9999 with the classifier.
    unsure = Understander(embedder, llm, AgentSettings(intent_confidence=1.01), cache_dir=cache_dir,
                          store_currency="USD")
    u = unsure.understand("where can I find the fitting rooms")
    assert llm.calls  # it was asked...
    assert u.source != "llm"  # ...and its fault or nonsense was ignored
    assert u.intent == expected.intent and u.confidence == pytest.approx(expected.confidence)


def test_classifier_cache_is_reused(embedder: Embedder, cache_dir: Path, understander: Understander) -> None:
    started = time.perf_counter()
    again = Understander(embedder, None, AgentSettings(), cache_dir=cache_dir, store_currency="USD")
    assert again.classifier.loaded_from_cache
    assert time.perf_counter() - started < 5
    texts = ["where is my order", "покажи кроссовки", "有蓝色的吗"]
    assert np.allclose(again.classifier.predict(texts), understander.classifier.predict(texts))
    assert again.classifier.cache_path == understander.classifier.cache_path


def test_changed_dataset_gets_its_own_cache(embedder: Embedder, tmp_path: Path) -> None:
    rows = ["text,intent,lang,split"]
    words = {"search": ["boots", "jackets", "socks", "hats", "lamps", "mugs", "bags", "scarves"],
             "smalltalk": ["hi", "hello", "thanks", "bye", "good morning", "cheers", "hey there", "see you"],
             "other": ["weather", "football score", "capital of peru", "tell a joke about math", "what is pi",
                       "who won", "moon distance", "news today"]}
    for intent, items in words.items():
        rows += [f"{w},{intent},en,train" for w in items]
    csv = tmp_path / "small.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    first = IntentClassifier(embedder, dataset_path=csv, cache_dir=tmp_path / "c")
    assert not first.loaded_from_cache and first.cache_path and first.cache_path.is_file()
    assert IntentClassifier(embedder, dataset_path=csv, cache_dir=tmp_path / "c").loaded_from_cache
    csv.write_text("\n".join([*rows, "sandals,search,en,train"]) + "\n", encoding="utf-8")
    changed = IntentClassifier(embedder, dataset_path=csv, cache_dir=tmp_path / "c")
    assert not changed.loaded_from_cache and changed.cache_path != first.cache_path


def test_bad_dataset_says_what_is_wrong(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("text,intent\nhello,greeting\n", encoding="utf-8")
    with pytest.raises(DataError, match="unknown intent 'greeting'"):
        load_examples(bad)
    no_header = tmp_path / "nohead.csv"
    no_header.write_text("hello,smalltalk\n", encoding="utf-8")
    with pytest.raises(DataError, match="needs columns"):
        load_examples(no_header)
    bad_role = tmp_path / "role.csv"
    bad_role.write_text("text,intent,role\nsales today?,manager_query,boss\n", encoding="utf-8")
    with pytest.raises(DataError, match="unknown role 'boss'"):
        load_examples(bad_role)


def test_scoring_set_may_say_who_asked(tmp_path: Path) -> None:
    scored = tmp_path / "roles.csv"
    scored.write_text("text,intent,role\nsales today?,manager_query,manager\nhi,smalltalk,\n", encoding="utf-8")
    assert [(e.role, e.split) for e in load_examples(scored)] == [("manager", "test"), (None, "test")]


def _prob(u: Understanding, intent: Intent) -> float:
    return u.confidence if u.intent == intent else dict(u.alternatives).get(intent, 0.0)


@pytest.mark.parametrize(("text", "role", "intent"), [
    ("燕麦奶还有多少", "manager", Intent.MANAGER_QUERY),
    ("winter jackets, 5 minutes", "host", Intent.SCRIPT_REQUEST),
])
def test_session_role_is_a_prior(understander: Understander, text: str, role: str, intent: Intent) -> None:
    plain, staff = understander.understand(text), understander.understand(text, role=role)
    assert _prob(staff, intent) > _prob(plain, intent)
    assert understander.understand(text, role="shopper") == plain  # shoppers get no prior


def test_dataset_meets_the_brief() -> None:
    from collections import Counter

    counts = Counter((e.intent, e.lang, e.split) for e in load_examples())
    for intent in Intent:
        for lang in ("en", "ru", "zh"):
            assert counts[(intent, lang, "train")] >= 30, (intent, lang)
            assert counts[(intent, lang, "test")] >= 12, (intent, lang)
            assert counts[(intent, lang, "blind_a")] >= 5 and counts[(intent, lang, "blind_b")] >= 5, (intent, lang)
    train = {e.text.lower() for e in load_examples(split="train")}
    for split in ("test", "blind_a", "blind_b"):
        assert not any(e.text.lower() in train for e in load_examples(split=split)), split
