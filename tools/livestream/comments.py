"""Viewers' comments answered for the host of a live stream, from the catalog facts of the stream's products.

A comment ("size M left??", "сколько стоит куртка?", "有黑色吗", "when would it arrive in Berlin") goes through
the assistant's own pieces, not a second parser: the guard's cleaning and abuse screen, the ``Understander`` (with
the stream's products as the dialogue's shown products, as in a host session), the product journey's reading of
what is asked (``agent.journeys.asks``) and its template answers (``templates.direct_answer``), and the support
journey's delivery answer (``agent.policy_answers``). Every figure comes from a tool result of this call
(``get_product``, ``search_products``, ``get_policy``, with the host's role) and the answer's ``facts`` carry them.

A comment that asks nothing (a greeting, spam, abuse) is classified and not answered. A question about a kind of
product the stream does not show says so and offers the stream's nearest product. The answer is in the viewer's
language, and in the host's language beside it when the two differ.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, Field

from tools.base import REGISTRY, Role, ToolContext
from tools.catalog_models import GetProductInput, SearchInput

log = logging.getLogger(__name__)

Language = Literal["en", "ru", "zh"]
CommentKind = Literal["question", "greeting", "spam", "abuse", "other"]
LANGUAGES: tuple[Language, ...] = ("en", "ru", "zh")


class StreamProducts(BaseModel):
    """What is on the stream: its products (the first is the one on screen unless ``current_id`` says otherwise)."""

    product_ids: list[int] = Field(min_length=1, max_length=50)
    current_id: int | None = None
    host_language: Language = "en"


class Comment(BaseModel):
    text: str = Field(min_length=1, max_length=2000)
    author: str | None = Field(default=None, max_length=100)
    language: Language | None = None  # detected from the text when missing


class CommentAnswer(BaseModel):
    kind: CommentKind
    answered: bool
    author: str | None = None
    comment: str
    language: str  # the viewer's
    text: str = ""  # the line for the host to read out, in the viewer's language ("" when not answered)
    host_language: str = "en"
    host_text: str | None = None  # the same answer in the host's language, when it differs from the viewer's
    asked: str | None = None  # price | size | colour | stock | feature | delivery | overview
    product_id: int | None = None
    in_stream: bool = True  # false: the viewer asked about something the stream does not show
    facts: list[dict[str, Any]] = Field(default_factory=list)  # the tool results every figure was taken from
    tools: list[str] = Field(default_factory=list)


# -- non-questions ------------------------------------------------------------------------------------------------

_SPAM = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:com|ru|cn|net|io|me|ly)\b|t\.me/|@\w{3,}|\b(?:subscribe|follow me|check my|"
    r"free followers|promo code at|dm me|earn \$?\d+)\b|подпис\w+ на|переходи\w*|заработ\w+|кликай|关注我|加微信|"
    r"加我|私信我|免费领",
    re.I,
)
_GREETING = re.compile(
    r"^\W*(?:hi+|hello+|hey+|yo|good (?:morning|evening|afternoon)|greetings|love (?:it|this|you)|wow+|nice+|cool+|"
    r"thanks?|thank you|привет\w*|здравствуй\w*|добр\w+ (?:день|вечер|утро)|салют|хай|спасибо|класс\w*|круто|"
    r"супер|你好|大家好|哈喽|嗨|谢谢|好看|太棒了|主播好|来了)(?!\w)",
    re.I,
)
_QUESTION_WORD = re.compile(
    r"\?|？|\b(?:how|what|which|when|where|why|is|are|do|does|can|will|any)\b|сколько|какой|какая|какие|когда|где|"
    r"есть ли|\bли\b|можно|吗|么|嗎|多少|几|什么|哪|有没有|是不是|能不能|怎么"
    # Requests are questions too: "tell me more", "покажи капюшон", "介绍一下".
    r"|\b(?:tell|show|explain)\b|расскаж\w*|покаж\w*|объясн\w*|介绍|说说|看看",
    re.I,
)
_QUESTION_INTENTS = {
    "search",
    "product_question",
    "compare",
    "recommend",
    "delivery",
    "policy_question",
    "store_info",
    "order_status",
    "return",
}
_DELIVERY = re.compile(
    r"\b(?:deliver\w*|shipping|ship|arrive|arrives|arrival|courier|postage)\b|достав\w*|придёт|придет|дойд\w*|"
    r"пришл\w+|отправ\w+|посылк\w*|快递|发货|配送|运费|到货|几天到|多久到|寄",
    re.I,
)


def _non_question(text: str, intent: str, asked: bool) -> CommentKind | None:
    from agent.guard import screen

    if screen(text) is not None:
        return "abuse"  # insults and attempts to steer the assistant get no answer on air
    if _SPAM.search(text):
        return "spam"
    if asked or intent in _QUESTION_INTENTS and _QUESTION_WORD.search(text):
        return None
    if _GREETING.search(text) or intent == "smalltalk":
        return "greeting"
    return None if _QUESTION_WORD.search(text) else "other"


# -- wording of our own (the figures inside are the templates') ---------------------------------------------------

_NOT_IN_STREAM = {
    "en": "That is not in today's stream; the closest thing we are showing is the {title}.",
    "ru": "Этого нет в сегодняшнем эфире; ближе всего то, что мы показываем: {title}.",
    "zh": "今天的直播里没有这个商品，最接近的是{title}。",
}
_NOT_IN_STREAM_SOLD = {
    "en": "We do have it in the store ({title}), but it is not in today's stream; the closest thing on the stream is "
    "the {near}.",
    "ru": "В магазине это есть ({title}), но не в сегодняшнем эфире; ближе всего из эфира: {near}.",
    "zh": "店里有这个商品（{title}），但不在今天的直播中；直播中最接近的是{near}。",
}
_NO_POLICY = {
    "en": "The store has no delivery terms to quote; please check the shop page.",
    "ru": "Условий доставки в магазине не записано; посмотрите страницу магазина.",
    "zh": "店铺没有可引用的配送说明，请查看店铺页面。",
}


class CommentAnswerer:
    """Answers comments about one stream's products. One per host connection; ``understander`` may be shared."""

    def __init__(self, ctx: ToolContext, stream: StreamProducts, *, understander: Any | None = None) -> None:
        if ctx.role not in (Role.HOST, Role.MANAGER):
            from shopkeeper.errors import PermissionDenied

            raise PermissionDenied(f"the {ctx.role.value} role may not answer stream comments", role=ctx.role.value)
        self.ctx = ctx
        self.stream = stream
        self._understander = understander
        self._details: dict[tuple[int, str], dict[str, Any]] = {}

    def understander(self) -> Any:
        if self._understander is None:
            self._understander = shared_understander(self.ctx)
        return self._understander

    async def answer(self, comment: Comment) -> CommentAnswer:
        import asyncio

        from agent.guard import clean_text, guess_language
        from agent.understand.models import DialogueContext

        text = clean_text(comment.text, max_chars=2000)
        guessed = guess_language(text, comment.language)
        language = guessed if guessed in LANGUAGES else "en"
        base = CommentAnswer(
            kind="other",
            answered=False,
            author=comment.author,
            comment=text,
            language=language,
            host_language=self.stream.host_language,
        )
        context = DialogueContext(shown_product_ids=list(self.stream.product_ids), language=language)
        understanding = await asyncio.to_thread(
            self.understander().understand, text, locale=language, context=context, use_llm=False
        )
        intent = understanding.intent.value
        from agent.journeys import asks

        ask = asks.product_ask(text)
        delivery = intent == "delivery" or bool(_DELIVERY.search(text))
        kind = _non_question(text, intent, ask is not None or delivery)
        if kind is not None:
            return base.model_copy(update={"kind": kind})
        base.kind = "question"
        if delivery and (ask is None or ask.kind not in ("size", "colour", "price")):
            return await self._delivery(base, text)
        return await self._product(base, text, understanding, ask)

    # -- delivery ---------------------------------------------------------------------------------------------------

    async def _delivery(self, base: CommentAnswer, text: str) -> CommentAnswer:
        from agent import policy_answers
        from shopkeeper.errors import NotFound
        from tools.policies import PolicyInput

        _load_tools()
        aspects = policy_answers.asked_aspects("delivery", text) or ["time", "cost"]
        lines: dict[str, str] = {}
        facts: list[dict[str, Any]] = []
        for lang in self._languages(base.language):
            try:
                out = await REGISTRY["get_policy"](PolicyInput(kind="delivery", language=lang, about=text), self.ctx)
            except NotFound:
                lines[lang] = _NO_POLICY[lang]
                continue
            policy = out.policies[0].model_dump(mode="json")
            facts.append(policy)
            lines[lang] = (
                policy_answers.answer(lang, policy, aspects)
                or policy_answers.answer(lang, policy, ["time", "cost"])
                or _NO_POLICY[lang]
            )
        return self._finish(base, lines, asked="delivery", facts=facts, tools=["get_policy"])

    # -- products ---------------------------------------------------------------------------------------------------

    async def _product(self, base: CommentAnswer, text: str, understanding: Any, ask: Any) -> CommentAnswer:
        from agent import product_answers, templates
        from agent.journeys import asks

        tools = ["get_product"]
        target = await self._which(text, understanding, base.language)
        if target.searched:
            tools.append("search_products")
        pid = target.product_id or self.stream.current_id or self.stream.product_ids[0]
        outside = target.outside
        lines: dict[str, str] = {}
        facts: list[dict[str, Any]] = []
        asked = "overview"
        for lang in self._languages(base.language):
            detail = await self._detail(pid, lang)
            facts.append(detail)
            if target.off_stream:
                other = await self._detail(outside, lang) if outside is not None else None
                if other is not None:
                    facts.append(other)
                lines[lang] = (
                    _NOT_IN_STREAM_SOLD[lang].format(title=other["title"], near=detail["title"])
                    if other is not None and other.get("in_stock")
                    else _NOT_IN_STREAM[lang].format(title=detail["title"])
                )
                asked = ask.kind if ask is not None else "overview"
                continue
            this_ask = ask
            if this_ask is None:
                letter = product_answers.letter_size(text, detail)
                this_ask = asks.Ask(kind="size", value=letter) if letter else None
            parts: list[str] = []
            if this_ask is not None and this_ask.kind == "feature" and this_ask.value:
                parts.append(product_answers.feature_answer(lang, detail, this_ask.value))
            elif this_ask is not None:
                parts.append(templates.direct_answer(lang, detail, this_ask.model_dump()))
            else:
                # Nothing particular asked ("tell me more"): its price, which the template says with its stock.
                parts.append(templates.direct_answer(lang, detail, {"kind": "price"}))
            asked = this_ask.kind if this_ask is not None else "overview"
            lines[lang] = ("" if lang == "zh" else " ").join(p for p in parts if p)
        answer = self._finish(base, lines, asked=asked, facts=facts, tools=tools)
        answer.product_id = pid
        answer.in_stream = not target.off_stream
        return answer

    async def _which(self, text: str, understanding: Any, language: str) -> _Target:
        """The stream product the comment is about, or the finding that it asks about something the stream does
        not show (with the store's own product of that kind when there is one, and the stream's nearest).

        No product named ("size M left??", "有黑色吗"): the product on screen. A product's name: that stream product,
        or, when the store's product of that name is not on the stream, that one. A kind of product the catalog's
        lexicon knows ("куртка", "tents", "帐篷"): the stream's product of that category (its colour preferred when
        one is said), else the store's best search hit for the comment, which is not on the stream."""
        import asyncio

        from agent.journeys import asks
        from knowledge.query import default_lexicon
        from knowledge.text import normalize

        _load_tools()
        ids = list(self.stream.product_ids)
        named = asks.name_run(text)
        if named:
            titles = {i: (await self._detail(i, language))["title"] for i in ids}
            best = max(ids, key=lambda i: _fits(named, titles[i]))
            if _fits(named, titles[best]) >= _NAME_FIT:
                return _Target(best)
        found = default_lexicon().match(normalize(text))
        categories = [e.key for e, _, _ in found if e.kind == "category"]
        colours = [str(e.value) for e, _, _ in found if e.kind == "attr" and e.key == "colour"]
        if named is None and not categories:
            for i in ids if colours else []:  # "is the black one waterproof?": the stream's black one
                colour = str(((await self._detail(i, "en")).get("attributes") or {}).get("colour") or "").lower()
                if colour and colour in colours:
                    return _Target(i)
            return _Target(None)
        paths = await asyncio.to_thread(_category_paths, self.ctx.svc().db_url, ids)
        for category in categories:
            same = [i for i in ids if paths.get(i, "").startswith(category)]
            if same:
                for i in same:
                    colour = str(((await self._detail(i, "en")).get("attributes") or {}).get("colour") or "").lower()
                    if colour and colour in colours:
                        return _Target(i)
                return _Target(self.stream.current_id if self.stream.current_id in same else same[0])
        query = (understanding.slots.query or "").strip() or asks.name_text(text).strip() or text
        out = await REGISTRY["search_products"](SearchInput(query=query, language=language, limit=50), self.ctx)
        hits = out.hits
        if named and not categories:
            # A name that is no stream product's: off the stream only when the store has a product of that name.
            hits = [h for h in hits if _fits(named, h.title) >= _NAME_FIT]
            if not hits:
                return _Target(None)
        on_stream = [h.product_id for h in out.hits if h.product_id in ids]
        outside = next((h.product_id for h in hits if h.product_id not in ids), None)
        return _Target(on_stream[0] if on_stream else None, outside=outside, off_stream=True, searched=True)

    async def _detail(self, pid: int, lang: str) -> dict[str, Any]:
        _load_tools()
        key = (pid, lang)
        if key not in self._details:
            out = await REGISTRY["get_product"](GetProductInput(product_id=pid, language=lang), self.ctx)
            data = out.model_dump(mode="json", exclude={"complements", "score", "reason"})
            self._details[key] = data
        return self._details[key]

    def _languages(self, viewer: str) -> list[str]:
        return list(dict.fromkeys([viewer, self.stream.host_language]))

    def _finish(
        self, base: CommentAnswer, lines: dict[str, str], *, asked: str, facts: list[dict[str, Any]], tools: list[str]
    ) -> CommentAnswer:
        from agent.grounding import verify_reply

        # The chat's own gate: each sentence checked against this comment's tool results; one that fails is dropped.
        checked: dict[str, str] = {}
        for lang, line in lines.items():
            verdict = verify_reply(line, facts, language=lang, default_currency=self.ctx.settings.currency)
            if not verdict.ok:
                log.warning("a comment answer sentence failed verification: %s", verdict.reason())
            checked[lang] = verdict.kept_text
        text = checked.get(base.language, "")
        host = checked.get(self.stream.host_language) if self.stream.host_language != base.language else None
        return base.model_copy(
            update={
                "answered": bool(text),
                "text": text,
                "host_text": host,
                "asked": asked,
                "facts": facts,
                "tools": tools,
            }
        )


_NAME_FIT = 85.0  # rapidfuzz partial ratio of a name said to a product title: the same product


@dataclass
class _Target:
    product_id: int | None  # None: the product on screen
    outside: int | None = None  # the store's product the viewer asked about, not on the stream
    off_stream: bool = False
    searched: bool = False


def _fits(name: str, title: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.partial_ratio(name.lower(), title.lower()))


def _category_paths(db_url: str, ids: list[int]) -> dict[int, str]:
    """Each product's category path ("apparel/jackets"): the lexicon names categories by path."""
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Category, Product

    with session_scope(db_url) as s:
        rows = s.execute(
            select(Product.id, Category.path)
            .join(Category, Product.category_id == Category.id)
            .where(Product.id.in_(ids))
        ).all()
    return {int(pid): str(path) for pid, path in rows}


def _load_tools() -> None:
    import tools.catalog  # registers get_product and search_products
    import tools.policies  # noqa: F401  (registers get_policy)


_shared: dict[int, Any] = {}


def shared_understander(ctx: ToolContext) -> Any:
    """One understander per Settings object (its classifier is trained once and cached on disk)."""
    from agent.understand.understander import Understander

    settings = ctx.settings
    found = _shared.get(id(settings))
    if found is None:
        found = _shared[id(settings)] = Understander(ctx.svc().embedder, chat_model=None, settings=settings)
    return found
