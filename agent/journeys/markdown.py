"""Markdown journey (a manager asks "what should we mark down" / «что уценить» / "哪些商品该降价"): the pending price
proposals with their drivers, as a table, and where to decide on them. Reached from the ops journey.

The tool is manager-only: anyone else gets the tool layer's refusal; this journey never checks the role itself.
Deciding stays with a person in the console (or the CLI): the chat lists, it does not approve.
"""

from __future__ import annotations

import re
from typing import Any

from agent import pricing_texts
from agent.journeys.base import TurnView, call, fault_result
from agent.state import JourneyResult
from tools.pricing.manager import ProposalsInput

INTENT = "manager_query"
_MARKDOWN = re.compile(
    r"\bmark(?:ed|ing)?[ -]?downs?\b|\bmark\s+\w+(?:\s+\w+)?\s+down\b|\bprice proposals?\b|\bclearance\b|"
    r"\b(?:reduce|lower|cut|drop)\s+(?:the\s+|its\s+|their\s+)?prices?\b|"
    r"\b(?:what|which)\b.*\bdiscount|\bdiscount\b.*\b(?:what|which)\b|"
    r"уцен|ценов\w* предложени|предложени\w* по цен|сни(?:зить|жать|жение|зим)\w* цен|(?:что|какие).*скидк|"
    r"降价|减价|调价|打折|价格建议|清仓",
    re.IGNORECASE,
)


def wants(text: str) -> bool:
    return bool(_MARKDOWN.search(text))


def _lang(view: TurnView) -> str:
    return view.language if view.language in ("en", "ru", "zh") else "en"


async def run(view: TurnView) -> JourneyResult:
    lang = _lang(view)
    try:
        out = await call(view, "price_proposals", ProposalsInput(state="proposed", language=lang, limit=50))
    except Exception as exc:
        return fault_result(exc, INTENT)
    rows: list[list[Any]] = [
        [r.id, r.sku, r.title, str(r.current_price), str(r.proposed_price), r.change_pct, " ".join(r.drivers)]
        for r in out.rows
    ]
    data: dict[str, Any] = {"count": out.total}
    if not rows:
        return JourneyResult(
            intent=INTENT,
            kind="pricing_markdowns_none",
            data=data,
            facts=[data],
            llm_ok=False,
            tools=["price_proposals"],
        )
    return JourneyResult(
        intent=INTENT,
        kind="pricing_markdowns",
        data=data,
        facts=[data, {"rows": rows}],
        llm_ok=False,
        events=[
            {"type": "table", "title": pricing_texts.TITLE[lang], "columns": pricing_texts.COLUMNS[lang], "rows": rows}
        ],
        tools=["price_proposals"],
    )
