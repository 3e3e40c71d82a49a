"""Upsert validated product records into the store by (source, external_id), in batches of Core statements."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, delete, insert, select, update

from knowledge.importers.records import ProductRecord
from knowledge.schema import Base, LocationKind

T = Base.metadata.tables
IMPORT_LOCATION = {"store": "main", "aisle": "WH", "shelf": "-", "position": 0}


def slugify(name: str) -> str:
    slug = re.sub(r"[^\w]+", "-", name.strip().lower()).strip("-")
    return slug[:60] or "item"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class RowRejectedError(RuntimeError):
    """Raised only if no SKU can be found for a product (practically impossible: the last candidate is a hash)."""


class StoreWriter:
    """Writes one import's products; keeps the category and location look-ups it needs between batches."""

    def __init__(self, conn: Connection, source: str) -> None:
        self.conn = conn
        self.source = source
        self.categories: dict[str, int] = dict(conn.execute(select(T["categories"].c.path, T["categories"].c.id)).all())
        self._location: int | None = None

    # -- categories ---------------------------------------------------------------------------------------------
    def category_id(self, names: list[str], lang: str) -> int | None:
        parent: int | None = None
        path = ""
        for name in names:
            path = f"{path}/{slugify(name)}" if path else slugify(name)
            if path not in self.categories:
                cat = T["categories"]
                new_id = self.conn.execute(
                    insert(cat).returning(cat.c.id),
                    {
                        "path": path[:400],
                        "parent_id": parent,
                        "department": path.split("/")[0][:100],
                        "names": {lang: name, **({} if lang == "en" else {"en": name})},
                    },
                ).scalar_one()
                self.categories[path] = new_id
            parent = self.categories[path]
        return parent

    def location_id(self) -> int:
        if self._location is None:
            loc = T["locations"]
            found = self.conn.execute(
                select(loc.c.id).where(*[loc.c[k] == v for k, v in IMPORT_LOCATION.items()])
            ).scalar()
            if found is None:
                found = self.conn.execute(
                    insert(loc).returning(loc.c.id),
                    {**IMPORT_LOCATION, "kind": LocationKind.WAREHOUSE.name, "label": "Warehouse (imported stock)"},
                ).scalar_one()
            self._location = int(found)
        return self._location

    # -- products -----------------------------------------------------------------------------------------------
    def _free_skus(self, table: Table, wanted: list[str]) -> set[str]:
        taken = set(self.conn.execute(select(table.c.sku).where(table.c.sku.in_(wanted))).scalars())
        return {s for s in wanted if s not in taken}

    def _sku_candidates(self, desired: str, key: str, limit: int) -> list[str]:
        """The SKU the file asks for, then the same prefixed with the source, then a hash of the row's id."""
        digest = hashlib.sha1(f"{self.source}/{key}".encode()).hexdigest()[:16]
        return [c[:limit] for c in (desired, f"{self.source}-{desired}", f"{self.source}-{digest}")]

    def _unique_sku(self, candidates: list[str], free: set[str], used: set[str]) -> str:
        for candidate in candidates:
            if candidate in free and candidate not in used:
                used.add(candidate)
                return candidate
        raise RowRejectedError(f"no free SKU among {', '.join(candidates)}")  # pragma: no cover - hash collision

    def write(self, records: list[ProductRecord]) -> tuple[int, int]:
        """Insert new products and update known ones; returns (inserted, updated)."""
        products = T["products"]
        now = _now()
        ids = [r.external_id for r in records]
        existing: dict[str, tuple[int, str]] = {
            ext: (pid, sku)
            for pid, ext, sku in self.conn.execute(
                select(products.c.id, products.c.external_id, products.c.sku).where(
                    products.c.source == self.source, products.c.external_id.in_(ids)
                )
            )
        }
        fresh = [r for r in records if r.external_id not in existing]
        candidates = {
            r.external_id: self._sku_candidates((r.sku or r.external_id)[:64], r.external_id, 64) for r in fresh
        }
        free = self._free_skus(products, [c for cs in candidates.values() for c in cs])
        used: set[str] = set()

        def values(r: ProductRecord) -> dict[str, Any]:
            return {
                "title": r.title,
                "description": r.description,
                "language": r.language,
                "brand": r.brand,
                "category_id": self.category_id(r.category_path, r.language),
                "attributes": r.attributes,
                "price": r.price,
                "currency": r.currency,
                "image_url": r.image_url,
                "rating": r.rating,
                "review_count": r.review_count,
                "active": r.active,
                "updated_at": now,
            }

        product_ids: dict[str, tuple[int, str]] = dict(existing)
        if fresh:
            rows = [
                {
                    **values(r),
                    "source": self.source,
                    "external_id": r.external_id,
                    "created_at": now,
                    "sku": self._unique_sku(candidates[r.external_id], free, used),
                    "perishable": False,
                }
                for r in fresh
            ]
            result = self.conn.execute(
                insert(products).returning(
                    products.c.id, products.c.external_id, products.c.sku, sort_by_parameter_order=True
                ),
                rows,
            )
            for pid, ext, sku in result:
                product_ids[ext] = (pid, sku)
        updates = [r for r in records if r.external_id in existing]
        if updates:
            self.conn.execute(
                update(products).where(products.c.id == bindparam("b_id")),
                [{**values(r), "b_id": existing[r.external_id][0]} for r in updates],
            )
        self._texts(records, product_ids)
        self._edges(records, product_ids)
        self._variants_and_stock(records, product_ids)
        return len(fresh), len(updates)

    def _texts(self, records: list[ProductRecord], ids: dict[str, tuple[int, str]]) -> None:
        texts = T["product_texts"]
        for lang in {r.language for r in records}:
            group = [r for r in records if r.language == lang]
            pids = [ids[r.external_id][0] for r in group]
            self.conn.execute(delete(texts).where(texts.c.product_id.in_(pids), texts.c.lang == lang))
            self.conn.execute(
                insert(texts),
                [
                    {"product_id": ids[r.external_id][0], "lang": lang, "title": r.title, "description": r.description}
                    for r in group
                ],
            )

    def _edges(self, records: list[ProductRecord], ids: dict[str, tuple[int, str]]) -> None:
        edges = T["edges"]
        pids = [ids[r.external_id][0] for r in records]
        self.conn.execute(
            delete(edges).where(edges.c.src_kind == "product", edges.c.src_id.in_(pids), edges.c.rel == "in")
        )
        rows = []
        for r in records:
            cat = self.category_id(r.category_path, r.language)
            if cat is not None:
                rows.append(
                    {
                        "src_kind": "product",
                        "src_id": ids[r.external_id][0],
                        "rel": "in",
                        "dst_kind": "category",
                        "dst_id": cat,
                        "weight": 1.0,
                        "reason": None,
                    }
                )
        if rows:
            self.conn.execute(insert(edges), rows)

    def _variants_and_stock(self, records: list[ProductRecord], ids: dict[str, tuple[int, str]]) -> None:
        variants, stock = T["variants"], T["stock"]
        pids = [ids[r.external_id][0] for r in records]
        known = {
            (pid, sku): vid
            for vid, pid, sku in self.conn.execute(
                select(variants.c.id, variants.c.product_id, variants.c.sku).where(variants.c.product_id.in_(pids))
            )
        }
        stock_rows: list[tuple[int, int | None, int]] = []  # (product, variant, qty)
        for r in records:
            pid, psku = ids[r.external_id]
            for i, v in enumerate(r.variants, 1):
                sku = (v.sku or f"{psku}-{i}")[:80]
                vid = known.get((pid, sku))
                if vid is None:
                    free = self._free_skus(variants, [sku])
                    if sku not in free:
                        sku = f"{psku}-{hashlib.sha1(f'{r.external_id}/{sku}'.encode()).hexdigest()[:10]}"[:80]
                    vid = self.conn.execute(
                        insert(variants).returning(variants.c.id),
                        {"product_id": pid, "sku": sku, "attributes": v.attributes, "price": v.price},
                    ).scalar_one()
                    known[(pid, sku)] = vid
                else:
                    self.conn.execute(
                        update(variants).where(variants.c.id == vid), {"attributes": v.attributes, "price": v.price}
                    )
                if v.stock_qty is not None:
                    stock_rows.append((pid, vid, v.stock_qty))
            if r.stock_qty is not None and not any(v.stock_qty is not None for v in r.variants):
                stock_rows.append((pid, None, r.stock_qty))
        if not stock_rows:
            return  # no stock in the file: none invented
        loc = self.location_id()
        current = {
            (pid, vid): sid
            for sid, pid, vid in self.conn.execute(
                select(stock.c.id, stock.c.product_id, stock.c.variant_id).where(
                    and_(stock.c.product_id.in_({p for p, _, _ in stock_rows}), stock.c.location_id == loc)
                )
            )
        }
        now = _now()
        for pid, vid, qty in stock_rows:
            sid = current.get((pid, vid))
            if sid is None:
                self.conn.execute(
                    insert(stock),
                    {
                        "product_id": pid,
                        "variant_id": vid,
                        "location_id": loc,
                        "qty_system": qty,
                        "qty_shelf": None,
                        "updated_at": now,
                    },
                )
            else:
                self.conn.execute(update(stock).where(stock.c.id == sid), {"qty_system": qty, "updated_at": now})
