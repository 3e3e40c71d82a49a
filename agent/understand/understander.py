"""``Understander.understand(text)``: language, intent, slots, sentiment, follow-ups. Cheap first, LLM last.

Order of work for one turn:
1. language from script (locale, then the session's language, when the text does not say);
2. sentiment (the trained classifier over embeddings, n-grams and the lexicon; ``sentiment_model.py``);
3. a follow-up to what was shown ("cheaper", "the second one") is resolved from the context and stops here;
4. the classifier's calibrated probabilities, updated by keyword rules (likelihood ratios);
   A session's role is a prior too: a manager mostly asks about operations, a live-stream host mostly wants
   lines to say, so their sessions tip close calls that way (a shopper's session gets no such prior: the tool
   layer refuses manager tools, and the shopper is told so);
5. only when the result is still below ``intent_confidence`` and an LLM is allowed: the LLM picks among the
   intents with a JSON answer; faults or nonsense keep the classifier's answer;
6. slots: the catalog parser for product intents, plus order id, aisle, ordinal and refinement.
"""

from __future__ import annotations

import logging
import re
import time
from decimal import Decimal
from pathlib import Path

import numpy as np

from agent.llm.base import ChatModel
from agent.understand import sentiment as sentiment_mod
from agent.understand.classifier import IntentClassifier
from agent.understand.context import PRODUCT_INTENTS, follow_up, has_new_query
from agent.understand.language import base_language, guess_language
from agent.understand.llm import ask_intent
from agent.understand.models import DialogueContext, Intent, Slots, Understanding
from agent.understand.rules import COMPARE, RuleHit, find_bare_number, rule_hits
from agent.understand.sentiment_model import SentimentClassifier
from agent.understand.slots import extract_slots
from knowledge.embeddings import Embedder
from knowledge.figures.money import find_money
from shopkeeper.settings import AgentSettings, Settings, get_settings

log = logging.getLogger(__name__)

# Strong rules decide the source label: the turn was routed by them rather than by the classifier.
_STRONG_RATIO = 6.0
# Likelihood ratio of a session's role for the intents that role exists for: enough to tip a close call
# ("do we have oat milk left" from a manager is an ops question), not to override clear words.
_ROLE_PRIOR = {"manager": (Intent.MANAGER_QUERY, 3.0), "host": (Intent.SCRIPT_REQUEST, 3.0)}
_SEARCH_SLOT_INTENTS = PRODUCT_INTENTS | {Intent.SCRIPT_REQUEST}


class Understander:
    """One per process: holds the trained classifier (thread-safe to call from the graph's worker threads)."""

    def __init__(
        self,
        embedder: Embedder,
        chat_model: ChatModel | None = None,
        settings: AgentSettings | Settings | None = None,
        *,
        cache_dir: Path | str | None = None,
        dataset_path: Path | str | None = None,
        store_currency: str | None = None,
    ) -> None:
        full = settings if isinstance(settings, Settings) else get_settings()
        self.settings: AgentSettings = settings if isinstance(settings, AgentSettings) else full.agent
        self.chat_model = chat_model
        self.store_currency = store_currency or full.currency
        cache = Path(cache_dir) if cache_dir else full.cache_path / "understand"
        self.classifier = IntentClassifier(embedder, dataset_path=dataset_path, cache_dir=cache)
        self.sentiment = SentimentClassifier(embedder, cache_dir=cache)

    # -- public --------------------------------------------------------------------------------------------------

    def understand(self, text: str, *, locale: str | None = None, context: DialogueContext | None = None,
                   use_llm: bool = True, role: str | None = None) -> Understanding:
        """What the turn means. Never raises on odd text; ``use_llm=False`` forces the cheap path (evals).

        ``role`` is the session's role (``tools.base.Role`` value): a prior on the intents that role asks about.
        """
        started = time.perf_counter()
        text = (text or "").strip()
        fallback = base_language(locale) or (context.language if context else None)
        language = guess_language(text, fallback).language
        mood = self.sentiment.analyse(text, language) if text else sentiment_mod.score(text, language)
        if not text:
            return Understanding(language=language, intent=Intent.OTHER, confidence=0.0, sentiment=mood)

        base = extract_slots(text, language, search=False)
        resolved = follow_up(text, base, context, compare=bool(COMPARE.search(text)))
        if resolved is not None:
            intent, slots, confidence = resolved
            if intent in _SEARCH_SLOT_INTENTS and slots.query is None and context and context.last_slots:
                slots.query = context.last_slots.query
            return Understanding(language=language, intent=intent, confidence=confidence, slots=slots,
                                 sentiment=mood, source="context", is_follow_up=True)

        # The complaint cue stays the lexicon's reading, as the routing rules were measured with: the classifier
        # also finds calm negatives ("it's late, where is it?"), which are order or return questions, not complaints.
        negative = sentiment_mod.lexicon_value(text, language) <= -0.45
        ranked, source = self._classify(text, negative=negative, bare_refine=base.refine is not None
                                        and not has_new_query(text), role=role)
        intent, confidence = ranked[0]
        if (confidence < self.settings.intent_confidence and self.chat_model is not None
                and self.settings.llm_for_understanding is not False and use_llm):
            picked = ask_intent(self.chat_model, text, ranked)
            if picked is not None:
                # Two opinions that agree are worth more than either; a lone LLM answer is trusted just enough to
                # act on (the threshold), never more than the classifier would have been on a clear case.
                prob = dict(ranked)[picked]
                confidence = max(self.settings.intent_confidence, prob if picked == intent else 0.0)
                intent, source = picked, "llm"
        slots = self._slots(text, language, intent, base)
        if intent == Intent.PRODUCT_QUESTION and asks_for_a_kind(text, slots, context):
            # "do you have a two-person tent?": a question about a kind of thing, not about a product on screen or
            # one named. Both readings want products of that kind, so their probabilities add up.
            probs = dict(ranked)
            intent, source = Intent.SEARCH, "rules"
            confidence = probs.get(Intent.SEARCH, 0.0) + probs.get(Intent.PRODUCT_QUESTION, 0.0)
            slots = self._slots(text, language, intent, base)
        alternatives = [(i, round(p, 4)) for i, p in ranked if i != intent][:3]
        log.debug("understood %r as %s %.2f via %s in %.1f ms", text[:60], intent.value, confidence, source,
                  (time.perf_counter() - started) * 1000)
        return Understanding(language=language, intent=intent, confidence=round(min(max(confidence, 0.0), 1.0), 4),
                             slots=slots, sentiment=mood, source=source, alternatives=alternatives)

    # -- parts ---------------------------------------------------------------------------------------------------

    def _classify(self, text: str, *, negative: bool, bare_refine: bool = False, role: str | None = None
                  ) -> tuple[list[tuple[Intent, float]], str]:
        probs = self.classifier.predict([text])[0]
        hits = rule_hits(text, negative=negative)
        if role in _ROLE_PRIOR:
            prior_intent, ratio = _ROLE_PRIOR[role]
            hits.append(RuleHit(prior_intent, ratio, f"{role}_session"))
        if bare_refine:
            # "cheaper?" with nothing shown yet: still a search (the journey asks what for), not a comparison.
            hits.append(RuleHit(Intent.SEARCH, 20.0, "bare_refinement"))
        ranked, source = combine(self.classifier.intents, probs, hits)
        return ranked, source

    def _slots(self, text: str, language: str, intent: Intent, base: Slots) -> Slots:
        if intent in _SEARCH_SLOT_INTENTS:
            slots = extract_slots(text, language, search=True, store_currency=self.store_currency)
        else:
            slots = base
        if intent in (Intent.ORDER_STATUS, Intent.RETURN, Intent.COMPLAINT) and slots.order_id is None:
            bare = find_bare_number(text)  # "any news on 4456?"
            if bare is not None and not self._is_budget(text, language, bare):
                slots.order_id = bare
        return slots

    def _is_budget(self, text: str, language: str, number: int) -> bool:
        """Whether ``number`` is the shopper's money ("around 150 bucks", "500左右", «тысяч до 5000»): a budget told
        in a story of a problem is no order number."""
        # Read in the language's own money, so the bound is the figure as said (not converted to the store's).
        home = {"ru": "RUB", "zh": "CNY"}.get(base_language(language) or "en", "USD")
        priced = extract_slots(text, language, search=True, store_currency=home)
        said = [Decimal(str(v)) for v in (priced.price_min, priced.price_max) if v is not None]
        # "around 150" reads as up to 165: a bound near the number is that number.
        return any(v > 0 and abs(v - number) <= Decimal("0.2") * number for v in said) \
            or any(number in {int(x) for x in m.values} for m in find_money(text))


# A product's name as written in any of the store's languages: two or more capitalised Latin words ("Northpeak Flow
# Pro", "Cedar & Stone Core"), also inside a Russian or Chinese sentence.
_NAME_RUN = re.compile(r"(?<![A-Za-z0-9'])[A-Z][\w'-]*(?:\s*&\s*[A-Z][\w'-]*)?(?:\s+[A-Z0-9][\w'-]*)+")


# "the smartwatch", "этих кроссовок", "那个水壶": a particular product is meant, even with nothing on screen.
_THIS_ONE = re.compile(
    r"\b(?:the|this|that|these|those|it|its|they|them)\b"
    r"|(?<![а-яё])(?:эт(?:от|а|о|и|их|им|ой|у|ого)|тот|та|те|того|тех|он|она|оно|они)(?![а-яё])"
    r"|这个|那个|这款|那款|这双|那双|这件|那件|它",
    re.I,
)


def _of_a_person(text: str, m: re.Match[str]) -> bool:
    """Whether a Russian «он/она/они» stands for the person a message names («мужу куртку…, он на велике гоняет»),
    not for a product."""
    from knowledge.needs import RECIPIENT

    return m.group(0).lower() in ("он", "она", "они") and bool(RECIPIENT.search(text[:m.start()]))


def asks_for_a_kind(text: str, slots: Slots, context: DialogueContext | None) -> bool:
    """A product question that only asks whether the store has a kind of thing ("do you have a two-person tent?",
    "двухместная палатка есть?", "有双人帐篷吗"): a question of having, a category of the store named, and no
    particular product meant (nothing shown, no ordinal, no name, no "the/this/этот/那个")."""
    from knowledge.query import frame_spans
    from knowledge.text import normalize

    if context is not None and context.shown_product_ids:
        return False
    if slots.ordinal is not None or slots.category is None:
        return False
    if _NAME_RUN.search(text) or any(not _of_a_person(text, m) for m in _THIS_ONE.finditer(text)):
        return False
    if re.search(r"[\u4e00-\u9fff]", text) and "有" not in text:
        return False  # a Chinese question of having says 有 ("有没有…", "…有吗"); "…吗" alone asks anything
    # The question may be one clause of several ("零食棒有不含坚果的吗 孩子过敏": the allergy is why).
    clauses = [text, *(c for c in re.split(r"[\s，,。！!？?；;]+", text) if c)]
    # A request for a kind with no question in it ("колонка блютуз на дачу, чтоб bass нормальный был") asks for
    # that kind as much as "do you have one?" does.
    # ("pink kettle?": a kind with a condition and a question mark asks whether there is one; "колонка подключается
    # к двум телефонам сразу?" asks what a product does)
    return any(frame_spans(normalize(c)) for c in clauses) or not _ASKS.search(text) or _conditioned_bare_ask(text)


def _conditioned_bare_ask(text: str) -> bool:
    from agent.journeys.category_asks import asks_exists
    from knowledge.query import store_lexicon, understand

    if not asks_exists(text):
        return False
    p = understand(text, lexicon=store_lexicon()).parsed
    return bool(p.attributes or p.exclude_terms or p.price_max is not None or p.price_min is not None)


# Words of a question (about a product's facts, not whether the store has one).
_ASKS = re.compile(r"[?？]|\b(?:how|what|which|when|why|does|is|are|can|will|or not|tell me|wonder\w*|whether)\b"
                   r"|(?<![а-яё])(?:сколько|как|какой|какая|какие|когда|почему|зачем|ли|или|скажите|подскажите|"
                   r"расскажите)(?![а-яё])|吗|呢|多少|怎么|什么|哪|几|是不是|还是", re.IGNORECASE)


def combine(intents: list[Intent], probs: np.ndarray, hits: list[RuleHit]) -> tuple[list[tuple[Intent, float]], str]:
    """Naive-Bayes update of classifier probabilities by rule likelihood ratios; ranked intents and the source."""
    post = np.asarray(probs, dtype=np.float64).copy()
    index = {i: k for k, i in enumerate(intents)}
    for hit in hits:
        if hit.intent in index:
            post[index[hit.intent]] *= hit.ratio
    post /= post.sum()
    order = np.argsort(-post)
    ranked = [(intents[k], float(post[k])) for k in order]
    top = ranked[0][0]
    clf_top = intents[int(np.argmax(probs))]
    strong = any(h.intent == top and h.ratio >= _STRONG_RATIO for h in hits)
    source = "rules" if strong or top != clf_top else "classifier"
    return ranked, source
