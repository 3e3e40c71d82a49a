"""Real tool results for the grounding eval: a fresh demo store, then the shop's own tools run against it.

Every fact an adversarial reply is built from comes from the same tool a journey calls (``search_products``,
``get_product``, ``order_status``, ``get_policy``), dumped to JSON the way the journey puts it in
``JourneyResult.facts``. Nothing here reads the verifier.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LANGS = ("en", "ru", "zh")
# A fixed "today" makes the store, and so every generated case, the same on every run for a seed.
STORE_TODAY = dt.date(2026, 11, 30)


@dataclass
class Scenario:
    """One turn's tool results as a journey would hand them to compose: ``facts`` is exactly what verify sees."""

    kind: str  # search | product | compare | order | policy
    language: str
    facts: list[dict[str, Any]]
    products: list[dict[str, Any]] = field(default_factory=list)  # the product dicts inside facts
    order: dict[str, Any] | None = None
    policy: dict[str, Any] | None = None
    short_names: dict[int, str] = field(default_factory=dict)  # product_id -> "Brand Model"


@dataclass
class FactPool:
    """All scenarios collected from one store, per language, plus what the generator needs to invent names."""

    scenarios: dict[str, list[Scenario]]
    vocabulary: str  # every title and brand of the store, lowercased: invented names must not occur in it
    brands: list[str]


def store_settings(root: Path) -> Any:
    """The ``Settings`` of a store directory made by ``build_store``: its own DB, index and cache, no LLM."""
    from shopkeeper.settings import DatabaseSettings, LLMSettings, Settings

    return Settings(data_dir=root, db=DatabaseSettings(url=f"sqlite:///{root / 'store.db'}"),
                    llm=LLMSettings(backend="none"))


def build_store(root: Path, seed: int, products: int = 400, *, with_index: bool = True) -> Any:
    """A demo store under ``root`` (its own data dir: DB, index, cache) and its ``Settings``."""
    from knowledge.demo import build_demo_store

    root.mkdir(parents=True, exist_ok=True)
    settings = store_settings(root)
    build_demo_store(settings.db_url, seed=seed, products=products, sales_days=14, today=STORE_TODAY)
    if with_index:
        from knowledge.indexing import build_index
        from knowledge.services import get_services

        build_index(settings, get_services(settings).embedder, rebuild=True)
    return settings


def _short_name(brand: str | None, en_title: str, zh_title: str) -> str | None:
    """"Brand Model": the words the English and Chinese titles share from the start (the demo writes both as
    "<brand> <model> ..."), so attribute words and nouns, which differ between the two, are left out."""
    if not brand or not en_title.startswith(brand):
        return None
    shared: list[str] = []
    for a, b in zip(en_title.split(), zh_title.split(), strict=False):
        if a != b:
            break
        shared.append(a)
    name = " ".join(shared)
    return name if len(shared) >= 2 and name != en_title else None


async def _collect(settings: Any, seed: int, n_products: int, n_orders: int, with_search: bool) -> FactPool:
    from sqlalchemy import func, select

    from knowledge.db import session_scope
    from knowledge.schema import Category, Order, Product, ProductText, Stock
    from tools.base import Role, ToolContext
    from tools.catalog import get_product, search_products
    from tools.catalog_models import GetProductInput, SearchInput
    from tools.orders import OrderStatusInput, order_status
    from tools.policies import PolicyInput, get_policy

    rng = random.Random(seed)
    db_url = settings.db_url
    with session_scope(db_url) as s:
        ids = list(s.scalars(select(Product.id).where(Product.active.is_(True)).order_by(Product.id)))
        qty = dict(s.execute(select(Stock.product_id, func.sum(Stock.qty_system)).group_by(Stock.product_id)).all())
        order_ids = list(s.scalars(select(Order.id).order_by(Order.id)))
        cats = [(c.path, c.names) for c in s.scalars(select(Category).order_by(Category.id)) if c.names]
        titles = list(s.scalars(select(ProductText.title))) + list(s.scalars(select(Product.title)))
        brands = sorted({b for b in s.scalars(select(Product.brand)) if b})
    # Out-of-stock products are rare in a store; take them all so "out of stock" claims have subjects.
    out_ids = [i for i in ids if (qty.get(i) or 0) <= 0]
    picks = out_ids[: n_products // 4]
    rest = [i for i in ids if i not in set(picks)]
    picks += rng.sample(rest, min(len(rest), n_products - len(picks)))
    order_picks = rng.sample(order_ids, min(len(order_ids), n_orders))

    ctx = {lang: ToolContext(role=Role.SHOPPER, settings=settings, locale=lang) for lang in LANGS}
    staff = {lang: ToolContext(role=Role.MANAGER, settings=settings, locale=lang) for lang in LANGS}
    scen: dict[str, list[Scenario]] = {lang: [] for lang in LANGS}
    details: dict[str, dict[int, dict[str, Any]]] = {lang: {} for lang in LANGS}
    for lang in LANGS:
        for pid in picks:
            d = (await get_product(GetProductInput(product_id=pid, language=lang), ctx[lang])).model_dump(mode="json")
            d.pop("complements", None)  # the product journey keeps complements out of the facts
            details[lang][pid] = d
    short = {pid: _short_name(details["en"][pid].get("brand"), details["en"][pid]["title"], details["zh"][pid]["title"])
             for pid in picks}
    short_names = {pid: name for pid, name in short.items() if name}
    for lang in LANGS:
        for pid in picks:
            d = details[lang][pid]
            scen[lang].append(Scenario("product", lang, [d], products=[d], short_names=short_names))
        for a, b in zip(picks[0::2], picks[1::2], strict=False):
            pair = [details[lang][a], details[lang][b]]
            scen[lang].append(Scenario("compare", lang, pair, products=pair, short_names=short_names))
        if with_search:
            for _path, names in cats:
                query = names.get(lang) or names.get("en")
                if not query:
                    continue
                out = await search_products(SearchInput(query=str(query), language=lang, limit=5), ctx[lang])
                dump = out.model_dump(mode="json")
                if len(dump["hits"]) >= 2:
                    scen[lang].append(Scenario("search", lang, [dump], products=list(dump["hits"]),
                                               short_names=short_names))
        for oid in order_picks:
            # As staff: the output is the shopper's after the second factor, without 240 look-ups from one client.
            o = (await order_status(OrderStatusInput(order_id=oid, language=lang), staff[lang])).model_dump(mode="json")
            scen[lang].append(Scenario("order", lang, [o], order=o))
        for kind, category in (("returns", None), ("returns", "electronics"), ("returns", "grocery"),
                               ("delivery", None), ("warranty", None)):
            found = await get_policy(PolicyInput(kind=kind, language=lang, category=category), ctx[lang])
            first = found.policies[0].model_dump(mode="json")  # the support journey keeps the first policy only
            scen[lang].append(Scenario("policy", lang, [first], policy=first))
    vocabulary = "\n".join(titles + brands).lower()
    return FactPool(scenarios=scen, vocabulary=vocabulary, brands=brands)


def collect_facts(settings: Any, seed: int, *, n_products: int = 120, n_orders: int = 80,
                  with_search: bool = True) -> FactPool:
    """Run the real tools on the store of ``settings`` and group their outputs into per-language scenarios."""
    return asyncio.run(_collect(settings, seed, n_products, n_orders, with_search))
