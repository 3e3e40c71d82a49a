"""Product cards: a photo with a caption when the catalog has an image, else a text message; two inline buttons.

Every figure on a card (price, stock, aisle) is the tool result the core sent in its ``products`` event, as on the
web's cards. Button presses come back as callback queries carrying ``CardAction`` (Telegram allows 64 bytes).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Literal

from aiogram.filters.callback_data import CallbackData
from aiogram.types import FSInputFile, InlineKeyboardButton, InlineKeyboardMarkup

from agent.templates import money
from channels.telegram.texts import t
from tools.catalog_models import ProductHit

CAPTION_LIMIT = 1024  # Telegram's limit for a photo caption


class CardAction(CallbackData, prefix="card"):
    action: Literal["more", "cart"]
    product_id: int
    lang: str  # the language the card was shown in: the follow-up speaks it too


def price_text(amount: Decimal, currency: str, language: str) -> str:
    try:
        return money(amount, currency, language)
    except (ValueError, LookupError):  # a currency code babel does not know
        return f"{amount} {currency}"


def card_text(hit: ProductHit, language: str) -> str:
    lines = [hit.title]
    sub = " · ".join(x for x in (hit.brand, hit.category) if x)
    if sub:
        lines.append(sub)
    stock = (
        t("in_stock", language, n=hit.stock_qty) if hit.in_stock and hit.stock_qty > 0 else t("out_of_stock", language)
    )
    lines.append(f"💰 {price_text(hit.price, hit.currency, language)} · {stock}")
    if hit.location:
        lines.append(f"📍 {hit.location}")
    if hit.reason:
        lines.append(hit.reason)
    return "\n".join(lines)[:CAPTION_LIMIT]


def card_keyboard(hit: ProductHit, language: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=t("btn_more", language),
                    callback_data=CardAction(action="more", product_id=hit.product_id, lang=language).pack(),
                ),
                InlineKeyboardButton(
                    text=t("btn_cart", language),
                    callback_data=CardAction(action="cart", product_id=hit.product_id, lang=language).pack(),
                ),
            ]
        ]
    )


def photo_of(hit: ProductHit, images_dir: Path) -> str | FSInputFile | None:
    """What to send as the card's photo: an http(s) URL as is (Telegram fetches it), a file inside ``images_dir``
    (uploaded), or None for a text card. A path that leaves ``images_dir`` is refused: the catalog is data, and a
    row must not be able to make the bot upload any file of the server."""
    url = (hit.image_url or "").strip()
    if not url:
        return None
    if url.startswith(("https://", "http://")):
        return url
    if "://" in url:
        return None
    root = images_dir.resolve()
    path = (root / url).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    return FSInputFile(path)
