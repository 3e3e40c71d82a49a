"""The "add to cart" button: a per-chat cart of products the shopper was shown, in this process's memory.

The store has no cart or checkout of its own yet, so the cart lives in the channel: lines keep the card as shown
(title, price and currency from the ``products`` event, i.e. from the store DB at that moment). A restart empties
it; a cart shared with the web and a checkout belong in ``tools/`` when the store grows one.
"""

from __future__ import annotations

from collections import OrderedDict
from decimal import Decimal

from pydantic import BaseModel

from tools.catalog_models import ProductHit

MAX_SHOWN = 5000  # cards remembered for button presses, across chats (oldest forgotten first)
MAX_LINES = 50


class CartLine(BaseModel):
    product_id: int
    title: str
    price: Decimal
    currency: str
    qty: int = 1


class CartBook:
    def __init__(self) -> None:
        self._shown: OrderedDict[tuple[int, int], ProductHit] = OrderedDict()
        self._carts: dict[int, dict[int, CartLine]] = {}

    def remember(self, chat_id: int, cards: list[ProductHit]) -> None:
        for hit in cards:
            key = (chat_id, hit.product_id)
            self._shown[key] = hit
            self._shown.move_to_end(key)
        while len(self._shown) > MAX_SHOWN:
            self._shown.popitem(last=False)

    def shown(self, chat_id: int, product_id: int) -> ProductHit | None:
        return self._shown.get((chat_id, product_id))

    def add(self, chat_id: int, product_id: int) -> CartLine | None:
        """Add one of a product shown in this chat; None when this chat was never shown it (or it was forgotten)."""
        hit = self.shown(chat_id, product_id)
        if hit is None:
            return None
        cart = self._carts.setdefault(chat_id, {})
        line = cart.get(product_id)
        if line is None:
            if len(cart) >= MAX_LINES:
                return None
            line = cart[product_id] = CartLine(
                product_id=product_id, title=hit.title, price=hit.price, currency=hit.currency, qty=0
            )
        line.qty += 1
        return line

    def lines(self, chat_id: int) -> list[CartLine]:
        return list(self._carts.get(chat_id, {}).values())

    def count(self, chat_id: int) -> int:
        return sum(line.qty for line in self.lines(chat_id))

    def totals(self, chat_id: int) -> dict[str, Decimal]:
        """The sum per currency (a catalog may price in more than one)."""
        out: dict[str, Decimal] = {}
        for line in self.lines(chat_id):
            out[line.currency] = out.get(line.currency, Decimal(0)) + line.price * line.qty
        return out
