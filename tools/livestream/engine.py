"""The script engine: products' facts in, a timed script out, every sentence verified against those facts.

1. Each block gets its required lines (a product: hook, two catalog features, the DB price, stock urgency only when
   stock is really low) and a queue of optional ones (the description's selling sentence, a third feature, the
   rating, a viewer question; Q&A prompts; agenda lines).
2. Lines are added from the queues, product blocks first, until the spoken text fills the length (within
   ``fill_tolerance``); when the queues run dry, recap blocks re-present each product for viewers who joined later
   (what hosts do on long streams), with a poll or Q&A between them. Too much text: optional lines go, last first.
3. Every sentence is checked by the claim-level verifier (``agent.grounding``) against its own block's facts when
   it is written, and the whole script once more against all of them (as the chat's reply gate reads it). A
   sentence that fails is replaced by the plainest template of its kind, or dropped when that fails too.
4. Budgets: each block's spoken seconds (units / rate) scaled to add up to the length exactly.
"""

from __future__ import annotations

import hashlib
import logging
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel.numbers import format_currency, format_decimal

from shopkeeper.errors import InputRejected
from shopkeeper.settings import Settings
from tools.livestream import phrases, timing
from tools.livestream.facts import ProductFacts
from tools.livestream.models import Line, LineKind, Script, ScriptInput, ScriptProduct, Segment, SegmentKind

log = logging.getLogger(__name__)

MIN_RATING = 4.0  # a rating is a selling point only when it is good; a 3.4 is not said on air
MAX_RECAP_ROUNDS = 40  # a 120-minute stream on one product still ends


@dataclass
class _Block:
    kind: SegmentKind
    product: ProductFacts | None = None
    round: int = 1
    lines: list[Line] = field(default_factory=list)
    optional: list[tuple[LineKind, str, str]] = field(default_factory=list)  # (kind, text, fallback) not yet used


@dataclass
class _Added:
    block: _Block
    line: Line


# Where a line goes in its block: the hook first, what the product is and does, then the price and stock, then
# the question to viewers.
_ORDER: dict[str, int] = {
    "greeting": 0,
    "agenda": 1,
    "hook": 0,
    "recap": 0,
    "pitch": 1,
    "feature": 2,
    "rating": 3,
    "price": 4,
    "urgency": 5,
    "sold_out": 5,
    "poll": 0,
    "qa": 1,
    "question": 6,
    "promo": 0,
    "closing": 0,
}


def _place(block: _Block, line: Line) -> None:
    """Insert ``line`` after every line of its rank or an earlier one (its kind's place in ``_ORDER``)."""
    rank = _ORDER.get(line.kind, 9)
    at = next((i for i, x in enumerate(block.lines) if _ORDER.get(x.kind, 9) > rank), len(block.lines))
    block.lines.insert(at, line)


class ScriptBuilder:
    """Builds one script; ``verify(text, facts, previous)`` is the claim-level check (``agent.grounding``)."""

    def __init__(
        self, req: ScriptInput, products: list[ProductFacts], settings: Settings, *, hooks: dict[int, str] | None = None
    ) -> None:
        self.req = req
        self.lang = req.language
        self.products = products
        self.settings = settings
        self.cfg = settings.livestream
        self.rate = float(self.cfg.rates.get(self.lang) or self.cfg.rates.get("en") or 150.0)
        self.hooks = hooks or {}
        key = f"{req.seed}|{req.language}|{[p.product_id for p in products]}|{req.minutes}"
        self.rng = random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))
        self.theme = req.theme.strip()
        self.promo_fact: dict[str, Any] | None = (
            {"promotion": {"code": req.promotion.code, "percent_off": req.promotion.percent_off}}
            if req.promotion
            else None
        )
        self.replaced = 0
        self.llm_hooks = 0
        self._feature_turn: dict[int, int] = {}
        self._verdicts: dict[tuple[str, int | None, str | None], bool] = {}

    # -- facts and verification ----------------------------------------------------------------------------------

    def _common_facts(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = [{"topic": self.theme}] if self.theme else []
        return out + ([self.promo_fact] if self.promo_fact else [])

    def scope_of(self, block: _Block) -> int | None:
        """A product block's sentences are checked against that product alone (its id): a figure true of another
        product of the stream must not pass in this one's segment. Other blocks: every product (None)."""
        return block.product.product_id if block.product is not None else None

    def facts_of(self, scope: int | None) -> list[dict[str, Any]]:
        if scope is None:
            return self.all_facts()
        return [p.detail for p in self.products if p.product_id == scope] + self._common_facts()

    def all_facts(self) -> list[dict[str, Any]]:
        return [p.detail for p in self.products] + self._common_facts()

    def _ok(self, text: str, scope: int | None, previous: str | None = None) -> bool:
        """The verifier's verdict; remembered per (text, scope, previous sentence), since recaps and prompts
        repeat sentences and checking a Chinese sentence costs tens of milliseconds."""
        from agent.grounding import verify_reply, verify_sentence

        key = (text, scope, previous)
        if key not in self._verdicts:
            facts = self.facts_of(scope)
            if previous is not None:
                ok = verify_sentence(
                    text, facts, language=self.lang, default_currency=self.settings.currency, previous=previous
                ).ok
            else:
                ok = verify_reply(text, facts, language=self.lang, default_currency=self.settings.currency).ok
            self._verdicts[key] = ok
        return self._verdicts[key]

    def _line(
        self, block: _Block, kind: LineKind, text: str, fallback: str | None, source: str = "template"
    ) -> Line | None:
        """``text`` if it verifies against the block's facts, else ``fallback`` if that does, else nothing."""
        scope = self.scope_of(block)
        if self._ok(text, scope):
            return Line(kind=kind, text=text, source="llm" if source == "llm" else "template")
        self.replaced += 1
        log.info("script sentence failed verification (%s): %r", kind, text[:200])
        if fallback and fallback != text and self._ok(fallback, scope):
            return Line(kind=kind, text=fallback)
        return None

    def _add(self, block: _Block, kind: LineKind, text: str, fallback: str | None = None) -> None:
        line = self._line(block, kind, text, fallback)
        if line is not None:
            _place(block, line)

    # -- wording -------------------------------------------------------------------------------------------------

    def money(self, p: ProductFacts) -> str:
        return format_currency(Decimal(str(p.detail["price"])), str(p.detail["currency"]), locale=self.lang)

    def _category(self, p: ProductFacts) -> str:
        """The product's category as a common noun in a sentence ("the tents or the sleeping bags")."""
        name = str(p.detail.get("category") or "").strip()
        return name[:1].lower() + name[1:] if self.lang != "zh" else name

    def _next_feature(self, p: ProductFacts) -> str | None:
        if not p.features:
            return None
        i = self._feature_turn.get(p.product_id, 0)
        self._feature_turn[p.product_id] = i + 1
        return p.features[i % len(p.features)]

    def _feature_line(self, b: _Block, feature: str) -> tuple[str, str]:
        """The block's first feature is introduced as such, later ones as "another plus"; no lead-in twice in one
        block."""
        said = sum(1 for line in b.lines if line.kind == "feature") + sum(1 for k, *_ in b.optional if k == "feature")
        key = "feature_first" if said == 0 else "feature"
        used = [line.text for line in b.lines] + [text for _, text, _ in b.optional]
        variants = phrases.variants(key, self.lang)
        fresh = [v for v in variants if not any(u.startswith(v.split("{feature}")[0]) for u in used)] or variants
        return self.rng.choice(fresh).format(feature=feature), variants[0].format(feature=feature)

    def _stock_lines(self, block: _Block, p: ProductFacts) -> None:
        if not p.in_stock:
            self._add(block, "sold_out", phrases.first("sold_out", self.lang))
        elif p.low_stock:
            qty = format_decimal(p.stock_qty, locale=self.lang)
            self._add(
                block,
                "urgency",
                phrases.pick("urgency", self.lang, self.rng, qty=qty),
                phrases.first("urgency", self.lang, qty=qty),
            )

    # -- blocks --------------------------------------------------------------------------------------------------

    def opening(self) -> _Block:
        b = _Block("opening")
        plain = phrases.first("greeting_plain", self.lang)
        greet = phrases.pick("greeting", self.lang, self.rng, theme=self.theme) if self.theme else plain
        self._add(b, "greeting", greet, plain)
        agenda = list(phrases.variants("agenda", self.lang))
        self.rng.shuffle(agenda)
        b.optional = [("agenda", a, "") for a in agenda]
        if self.promo_fact:
            b.optional.insert(0, ("agenda", phrases.first("agenda_promo", self.lang), ""))
        return b

    def product(self, p: ProductFacts, round_: int) -> _Block:
        b = _Block("product", product=p, round=round_)
        title = p.title
        if round_ == 1:
            template = phrases.pick("hook", self.lang, self.rng, title=title)
            hook = self.hooks.get(p.product_id)
            line = self._line(b, "hook", hook, None, source="llm") if hook else None
            if line is not None:
                self.llm_hooks += 1
                b.lines.append(line)
            else:
                self._add(b, "hook", template, phrases.first("hook", self.lang, title=title))
            n_required = 2  # two catalog features always; a third one is optional
        else:
            self._add(
                b,
                "recap",
                phrases.pick("recap_hook", self.lang, self.rng, title=title),
                phrases.first("recap_hook", self.lang, title=title),
            )
            n_required = 1
        for _ in range(min(n_required, len(p.features))):
            feature = self._next_feature(p)
            if feature:
                self._add(b, "feature", *self._feature_line(b, feature))
        price = self.money(p)
        self._add(
            b,
            "price",
            phrases.pick("price", self.lang, self.rng, price=price),
            phrases.first("price", self.lang, price=price),
        )
        self._stock_lines(b, p)
        if round_ == 1 and p.pitch:
            b.optional.append(("pitch", p.pitch, ""))
        for _ in range(max(0, min(3, len(p.features)) - n_required) if round_ == 1 else min(1, len(p.features))):
            feature = self._next_feature(p)
            if feature:
                b.optional.append(("feature", *self._feature_line(b, feature)))
        rating = p.detail.get("rating")
        if round_ == 1 and rating is not None and float(rating) >= MIN_RATING:
            said = format_decimal(Decimal(str(rating)), locale=self.lang)
            b.optional.append(("rating", phrases.first("rating", self.lang, rating=said), ""))
        b.optional.append(
            ("question", phrases.pick("question", self.lang, self.rng), phrases.first("question", self.lang))
        )
        return b

    def interaction(self, pair: list[ProductFacts]) -> _Block:
        b = _Block("interaction")
        if len(pair) == 2:
            a, c = (self._category(x) for x in pair)
            if a and c and a != c:
                self._add(
                    b,
                    "poll",
                    phrases.pick("poll", self.lang, self.rng, a=a, b=c),
                    phrases.first("poll_same", self.lang),
                )
            else:
                self._add(b, "poll", phrases.first("poll_same", self.lang))
        else:
            self._add(b, "qa", phrases.pick("qa", self.lang, self.rng), phrases.first("qa", self.lang))
        qa = list(phrases.variants("qa", self.lang)) + list(phrases.variants("qa_more", self.lang))
        self.rng.shuffle(qa)
        b.optional = [("qa", q, "") for q in qa if all(q != line.text for line in b.lines)]
        return b

    def promotion(self) -> _Block | None:
        if self.req.promotion is None:
            return None
        b = _Block("promotion")
        fields = {"code": self.req.promotion.code, "percent": self.req.promotion.percent_off}
        self._add(
            b,
            "promo",
            phrases.pick("promo", self.lang, self.rng, **fields),
            phrases.first("promo", self.lang, **fields),
        )
        return b

    def closing(self) -> _Block:
        b = _Block("closing")
        self._add(b, "closing", phrases.pick("closing", self.lang, self.rng), phrases.first("closing", self.lang))
        if self.req.promotion is not None:
            self._add(b, "closing", phrases.first("closing_promo", self.lang, code=self.req.promotion.code))
        return b

    # -- filling to the length -----------------------------------------------------------------------------------

    def spoken_s(self, blocks: list[_Block]) -> float:
        n = sum(timing.units(line.text, self.lang) for b in blocks for line in b.lines if line.spoken)
        return timing.seconds_of(n, self.rate)

    def build_blocks(self) -> list[_Block]:
        target = self.req.minutes * 60
        low, high = target * (1 - self.cfg.fill_tolerance), target * (1 + self.cfg.fill_tolerance)
        body: list[_Block] = []
        for i, p in enumerate(self.products):
            body.append(self.product(p, 1))
            if i % 2 == 1:
                body.append(self.interaction(self.products[i - 1 : i + 1]))
        if len(self.products) % 2 == 1:
            body.append(self.interaction(self.products[-2:] if len(self.products) > 1 else []))
        head, tail = [self.opening()], [b for b in (self.promotion(), self.closing()) if b is not None]
        added: list[_Added] = []

        def blocks() -> list[_Block]:
            return head + body + tail

        def fill() -> None:
            # Product blocks first, in order, one optional line each per pass; then the others.
            while self.spoken_s(blocks()) < low:
                order = [b for b in body if b.kind == "product"] + head + [b for b in body if b.kind != "product"]
                progressed = False
                for b in order:
                    if self.spoken_s(blocks()) >= low:
                        return
                    while b.optional:
                        kind, text, fallback = b.optional.pop(0)
                        line = self._line(b, kind, text, fallback or None)
                        if line is not None:
                            _place(b, line)
                            added.append(_Added(b, line))
                            progressed = True
                            break
                if not progressed:
                    return

        fill()
        rounds = 1
        while self.spoken_s(blocks()) < low and rounds < MAX_RECAP_ROUNDS:
            rounds += 1
            for i, p in enumerate(self.products):
                if self.spoken_s(blocks()) >= low:
                    break
                body.append(self.product(p, rounds))
                if i % 2 == 1 or len(self.products) == 1:
                    body.append(self.interaction(self.products[i - 1 : i + 1] if i else []))
            fill()
        while self.spoken_s(blocks()) > high and added:
            last = added.pop()
            last.block.lines.remove(last.line)
        if self.spoken_s(blocks()) > high:
            raise InputRejected(
                f"{len(self.products)} products do not fit in {self.req.minutes} minutes: "
                "choose fewer products or a longer stream"
            )
        return [b for b in blocks() if b.lines]

    # -- the whole script as the reply gate reads it -------------------------------------------------------------

    def recheck(self, blocks: list[_Block]) -> None:
        """Each sentence once more against every product of the stream, with the sentence before it (the chat's
        gate reads the script that way). A sentence failing there is replaced by its plainest template, or
        dropped."""
        from agent.grounding import split_sentences

        previous: str | None = None

        def passes(text: str) -> tuple[bool, str | None]:
            prev = previous
            for sentence in split_sentences(text, self.lang):
                if sentence.strip():
                    if not self._ok(sentence, None, prev):
                        return False, prev
                    prev = sentence
            return True, prev

        for b in blocks:
            for line in list(b.lines):
                ok, after = passes(line.text)
                if ok:
                    previous = after
                    continue
                self.replaced += 1
                log.info("script sentence failed against the whole stream's facts: %r", line.text[:200])
                fix = self._fallback_of(b, line)
                fixed = fix is not None and fix != line.text and passes(fix)[0]
                if fix is not None and fixed:
                    b.lines[b.lines.index(line)] = Line(kind=line.kind, text=fix)
                    previous = passes(fix)[1]
                else:
                    b.lines.remove(line)

    def _fallback_of(self, b: _Block, line: Line) -> str | None:
        """The plainest template of a line's kind, when it has one without fields of its own."""
        p = b.product
        if line.kind == "hook" and p is not None:
            return phrases.first("hook", self.lang, title=p.title)
        if line.kind == "price" and p is not None:
            return phrases.first("price", self.lang, price=self.money(p))
        if line.kind in ("question", "qa", "closing"):
            return phrases.first(line.kind, self.lang)
        return None

    # -- the script ----------------------------------------------------------------------------------------------

    def build(self) -> Script:
        blocks = self.build_blocks()
        self.recheck(blocks)
        spoken = [
            timing.seconds_of(sum(timing.units(x.text, self.lang) for x in b.lines if x.spoken), self.rate)
            for b in blocks
        ]
        total = self.req.minutes * 60
        plan = timing.budgets(spoken, total)
        segments: list[Segment] = []
        start = 0
        for b, seconds in zip(blocks, plan, strict=True):
            segments.append(
                Segment(
                    kind=b.kind,
                    product_id=b.product.product_id if b.product else None,
                    title=b.product.title if b.product else None,
                    round=b.round,
                    lines=b.lines,
                    start_s=start,
                    seconds=seconds,
                    units=sum(timing.units(x.text, self.lang) for x in b.lines if x.spoken),
                )
            )
            start += seconds
        products = [
            ScriptProduct(
                product_id=p.product_id,
                title=p.title,
                price=Decimal(str(p.detail["price"])),
                currency=str(p.detail["currency"]),
                stock_qty=p.stock_qty,
                in_stock=p.in_stock,
                daily_sales=p.daily_sales,
                low_stock=p.low_stock,
            )
            for p in self.products
        ]
        return Script(
            language=self.lang,
            theme=self.theme,
            minutes=self.req.minutes,
            seconds=total,
            rate_per_min=self.rate,
            rate_unit="characters" if self.lang == "zh" else "words",
            segments=segments,
            products=products,
            promotion=self.req.promotion,
            llm_hooks=self.llm_hooks,
            replaced=self.replaced,
            spoken_seconds=round(sum(spoken), 1),
            facts=self.all_facts(),
        )


def build_script(
    req: ScriptInput, products: list[ProductFacts], settings: Settings, *, hooks: dict[int, str] | None = None
) -> Script:
    """The script for ``req`` over ``products`` (their facts from ``tools.livestream.facts.load_products``);
    ``hooks``: LLM-written hook lines per product id, each verified here and replaced by a template if it fails."""
    if not products:
        raise InputRejected("no products to build a script around")
    from tools.livestream.markdown import render

    script = ScriptBuilder(req, products, settings, hooks=hooks).build()
    script.markdown = render(script)
    return script
