"""Knowledge-graph edges of the demo store: in, complements, substitute_of, bought_with."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from typing import Any

from knowledge.demo.catalog import CategoryRow, ProductRow
from knowledge.demo.taxonomy import COMPLEMENTS


def _edge(
    src_kind: str, src: int, rel: str, dst_kind: str, dst: int, weight: float = 1.0, reason: str | None = None
) -> dict[str, Any]:
    return {
        "src_kind": src_kind,
        "src_id": src,
        "rel": rel,
        "dst_kind": dst_kind,
        "dst_id": dst,
        "weight": weight,
        "reason": reason,
    }


def complement_map(products: list[ProductRow], in_stock: dict[int, int], seed: int) -> dict[int, list[tuple[int, str]]]:
    """For products of categories with a complement rule: 2 partner products each (in stock preferred)."""
    rng = random.Random(seed * 23 + 1)
    by_cat: dict[str, list[ProductRow]] = defaultdict(list)
    for p in products:
        if p.category.spec is not None:
            by_cat[p.category.spec.slug].append(p)
    out: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for src, dst, reason in COMPLEMENTS:
        partners = [q for q in by_cat.get(dst, []) if in_stock.get(q.id, 0) > 0] or by_cat.get(dst, [])
        if not partners:
            continue
        for p in by_cat.get(src, []):
            for q in rng.sample(partners, min(2, len(partners))):
                out[p.id].append((q.id, reason))
    return out


def build_edges(
    categories: list[CategoryRow],
    products: list[ProductRow],
    complements: dict[int, list[tuple[int, str]]],
    bought_with: Counter[tuple[int, int]],
) -> list[dict[str, Any]]:
    edges = [_edge("category", c.id, "in", "category", c.parent_id) for c in categories if c.parent_id]
    edges += [_edge("product", p.id, "in", "category", p.category.id) for p in products]
    for pid, partners in complements.items():
        edges += [_edge("product", pid, "complements", "product", q, 1.0, reason) for q, reason in partners]

    # Substitutes: neighbours by price in the same category that share the first attribute's value.
    by_cat: dict[int, list[ProductRow]] = defaultdict(list)
    for p in products:
        by_cat[p.category.id].append(p)
    for group in by_cat.values():
        group.sort(key=lambda p: p.price)
        for i, p in enumerate(group):
            first_key = next(iter(p.attributes), None)
            found = 0
            for q in group[i + 1 : i + 8]:
                ratio = float(q.price) / float(p.price)
                if ratio > 1.25 or found == 2:
                    break
                if first_key is None or q.attributes.get(first_key) == p.attributes.get(first_key):
                    name = p.category.names["en"].lower()
                    weight = round(1.0 - (ratio - 1.0), 3)
                    edges.append(
                        _edge(
                            "product",
                            p.id,
                            "substitute_of",
                            "product",
                            q.id,
                            weight,
                            f"similar {name} at a similar price",
                        )
                    )
                    edges.append(
                        _edge(
                            "product",
                            q.id,
                            "substitute_of",
                            "product",
                            p.id,
                            weight,
                            f"similar {name} at a similar price",
                        )
                    )
                    found += 1

    # Bought together: co-occurrence counts in the orders, both directions, weight = orders that had both.
    for (a, b), n in bought_with.items():
        edges.append(_edge("product", a, "bought_with", "product", b, float(n), None))
        edges.append(_edge("product", b, "bought_with", "product", a, float(n), None))

    unique: dict[tuple[Any, ...], dict[str, Any]] = {}
    for e in edges:
        unique.setdefault((e["src_kind"], e["src_id"], e["rel"], e["dst_kind"], e["dst_id"]), e)
    return list(unique.values())
