"""An imported catalog's titles may read like claims ("SHELVES 5-Tier Metal Shelf" like "shelf 5"): words of a
product's own name claim nothing, and a place said of the product is still checked (found on the Home Depot store,
where the reply listing such a product was dropped as a wrong location)."""

from __future__ import annotations

import pytest

from agent.grounding import verify_reply

HIT = {"product_id": 7, "sku": "HD-7", "title": "SHELVES 5-Tier Metal Shelf", "price": "49.00", "currency": "USD",
       "in_stock": True, "stock_qty": 3, "location": "Aisle 2, shelf B", "category": "Shelving"}
FACTS = [{"hits": [HIT], "total": 1}, {"query": "metal shelf"}]


@pytest.mark.parametrize("text", [
    "Here is what I found for “metal shelf”:\n1. SHELVES 5-Tier Metal Shelf: $49.00, 3 in stock",
    "The SHELVES 5-Tier Metal Shelf is in aisle 2, shelf B.",
])
def test_a_title_that_reads_like_a_place_claims_nothing(text: str) -> None:
    verdict = verify_reply(text, FACTS, language="en")
    assert verdict.ok, verdict.reason()


def test_a_wrong_place_of_that_product_is_still_caught() -> None:
    assert not verify_reply("The SHELVES 5-Tier Metal Shelf is in aisle 4.", FACTS, language="en").ok
