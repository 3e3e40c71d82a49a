"""Customers (names in en/ru/zh) and orders in every state, with lines, totals, carriers and consistent dates."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import string
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from knowledge.demo.catalog import ProductRow
from knowledge.schema import OrderStatus

FIRST = {
    "en": ("Olivia", "Liam", "Emma", "Noah", "Ava", "James", "Mia", "Lucas", "Grace", "Ethan", "Chloe", "Daniel"),
    "ru": ("Анна", "Иван", "Мария", "Алексей", "Елена", "Дмитрий", "Ольга", "Сергей", "Наталья", "Павел"),
    "zh": ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "杰", "婷"),
}
LAST = {
    "en": ("Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Taylor", "Clark", "Lewis"),
    "ru": ("Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов"),
    "zh": ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"),
}
LATIN = {
    "ru": ("anna", "ivan", "maria", "alexey", "elena", "dmitry", "olga", "sergey", "natalia", "pavel"),
    "zh": ("wei", "fang", "na", "min", "jing", "lei", "yang", "yan", "jie", "ting"),
}
CITIES = {
    "en": ("Seattle", "Denver", "Austin", "Portland", "Boston", "Chicago"),
    "ru": ("Москва", "Санкт-Петербург", "Казань", "Екатеринбург", "Новосибирск"),
    "zh": ("上海", "北京", "广州", "深圳", "杭州", "成都"),
}
CARRIERS = ("UPS", "FedEx", "USPS", "DHL")
STATUS_WEIGHTS = {
    OrderStatus.PENDING: 0.08,
    OrderStatus.PAID: 0.10,
    OrderStatus.SHIPPED: 0.15,
    OrderStatus.DELIVERED: 0.50,
    OrderStatus.RETURNED: 0.07,
    OrderStatus.CANCELLED: 0.10,
}
FIRST_ORDER_ID = 1001  # order numbers shoppers quote look like "order 1042"


@dataclass
class PeopleRows:
    customers: list[dict[str, Any]]
    orders: list[dict[str, Any]]
    lines: list[dict[str, Any]]
    bought_with: Counter[tuple[int, int]]


def build_customers(count: int, seed: int, today: dt.date) -> list[dict[str, Any]]:
    rng = random.Random(seed * 13 + 5)
    rows = []
    for cid in range(1, count + 1):
        lang = rng.choices(("en", "ru", "zh"), weights=(0.5, 0.25, 0.25))[0]
        fi, li = rng.randrange(len(FIRST[lang])), rng.randrange(len(LAST[lang]))
        first, last = FIRST[lang][fi], LAST[lang][li]
        if lang == "zh":
            name, local = last + first, f"{LATIN['zh'][fi]}{cid}"
        elif lang == "ru":
            # Feminine first names (ending in -а/-я) take the feminine surname: Анна Иванова.
            name = f"{first} {last}а" if first[-1] in "ая" else f"{first} {last}"
            local = f"{LATIN['ru'][fi % len(LATIN['ru'])]}.{cid}"
        else:
            name, local = f"{first} {last}", f"{first.lower()}.{last.lower()}{cid}"
        rows.append(
            {
                "id": cid,
                "name": name,
                "email": f"{local}@example.com",
                "phone": f"+1-555-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                "language": lang,
                "city": rng.choice(CITIES[lang]),
                "created_at": dt.datetime.combine(today - dt.timedelta(days=rng.randint(30, 900)), dt.time(12)),
            }
        )
    return rows


def _tracking(carrier: str, rng: random.Random) -> str:
    if carrier == "UPS":
        return "1Z" + "".join(rng.choices(string.ascii_uppercase + string.digits, k=16))
    if carrier == "USPS":
        return "9400" + "".join(rng.choices(string.digits, k=18))
    if carrier == "FedEx":
        return "".join(rng.choices(string.digits, k=12))
    return "".join(rng.choices(string.digits, k=10))


def build_orders(
    products: list[ProductRow],
    customers: list[dict[str, Any]],
    count: int,
    complements: dict[int, list[int]],
    seed: int,
    today: dt.date,
) -> PeopleRows:
    rng = random.Random(seed * 17 + 9)
    now = dt.datetime.combine(today, dt.time(9, 0))
    cum = list(itertools.accumulate(p.popularity for p in products))
    by_id = {p.id: p for p in products}
    statuses = list(STATUS_WEIGHTS)
    status_cum = list(itertools.accumulate(STATUS_WEIGHTS.values()))
    orders: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    pairs: Counter[tuple[int, int]] = Counter()
    for n in range(count):
        oid = FIRST_ORDER_ID + n
        # The first orders cycle through every status, so even a tiny store has each one.
        status = statuses[n] if n < len(statuses) else rng.choices(statuses, cum_weights=status_cum)[0]
        customer = customers[rng.randrange(len(customers))]
        chosen: list[ProductRow] = []
        for _ in range(rng.choices((1, 2, 3, 4), weights=(0.45, 0.3, 0.15, 0.1))[0]):
            prev = chosen[-1] if chosen else None
            if prev is not None and prev.id in complements and rng.random() < 0.5:
                p = by_id[rng.choice(complements[prev.id])]
            else:
                p = rng.choices(products, cum_weights=cum)[0]
            if p not in chosen:
                chosen.append(p)
        total = Decimal("0.00")
        for p in chosen:
            qty = rng.choices((1, 2, 3), weights=(0.75, 0.18, 0.07))[0]
            lines.append({"order_id": oid, "product_id": p.id, "variant_id": None, "qty": qty, "unit_price": p.price})
            total += p.price * qty
        ids = sorted(p.id for p in chosen)
        for a, b in itertools.combinations(ids, 2):
            pairs[(a, b)] += 1
        orders.append(
            {
                "id": oid,
                "customer_id": customer["id"],
                "status": status.name,
                "total": total,
                "currency": "USD",
                "delivery_city": customer["city"],
                **_dates(status, now, rng),
            }
        )
    for i, row in enumerate(lines, 1):
        row["id"] = i
    return PeopleRows(customers, orders, lines, pairs)


def _dates(status: OrderStatus, now: dt.datetime, rng: random.Random) -> dict[str, Any]:
    """Dates that agree with the status: a shipped order has a ship date and an expected delivery, and so on."""
    hours = dt.timedelta(hours=1)
    ages = {
        OrderStatus.PENDING: (1, 30),
        OrderStatus.PAID: (2, 60),
        OrderStatus.SHIPPED: (48, 150),
        OrderStatus.DELIVERED: (120, 24 * 120),
        OrderStatus.RETURNED: (24 * 15, 24 * 120),
        OrderStatus.CANCELLED: (5, 24 * 60),
    }
    lo, hi = ages[status]
    placed = now - rng.randint(lo, hi) * hours
    out: dict[str, Any] = {
        "placed_at": placed,
        "updated_at": placed,
        "carrier": None,
        "tracking_number": None,
        "shipped_at": None,
        "delivered_at": None,
        "expected_delivery": None,
    }
    if status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.RETURNED):
        carrier = rng.choice(CARRIERS)
        shipped = min(placed + rng.randint(12, 36) * hours, now - hours)
        transit = rng.randint(3, 5)  # the delivery policy's standard 3-5 business days
        out.update(
            carrier=carrier,
            tracking_number=_tracking(carrier, rng),
            shipped_at=shipped,
            expected_delivery=(shipped + dt.timedelta(days=transit)).date(),
            updated_at=shipped,
        )
        if status is not OrderStatus.SHIPPED:
            delivered = min(shipped + dt.timedelta(days=rng.randint(2, 6), hours=rng.randint(0, 8)), now - hours)
            out.update(delivered_at=delivered, updated_at=delivered)
            if status is OrderStatus.RETURNED:
                out["updated_at"] = min(delivered + dt.timedelta(days=rng.randint(2, 25)), now - hours)
    elif status is OrderStatus.CANCELLED:
        out["updated_at"] = placed + rng.randint(1, 20) * hours
    elif status is OrderStatus.PAID:
        out["updated_at"] = placed + dt.timedelta(minutes=rng.randint(1, 30))
    return out
