"""Blind judging packets for the replies eval, and their keys.

For each generated turn a packet shows the question (with its history), the turn's facts and the candidate replies
labelled A, B, C... in an order shuffled per turn and per round (seeded: the same round rebuilt gives the same
packets). Variants whose shown text is identical share one label (a judge cannot tell them apart anyway); a turn
where all of them are identical is not put in a packet at all and counts as a tie. The key, which label is which
variant, is written to a separate file the judges must not open. The order of the turns is
shuffled per round too, and the turns are split into files of about ``per_file`` turns.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from evals.replies_generate import GeneratedTurn

LABELS = "ABCDEF"
LANG_NAMES = {"en": "English", "ru": "Russian", "zh": "Chinese"}
MAX_FACTS_CHARS = 5000
TICKET_WORDS = r"[Tt]icket|обращени[еяю]|заявк[аиу]|тикет[а-я]*|工单"
IDENTICAL = "(identical)"  # the key's file for turns whose variants all showed the same text: not judged, a tie


class TurnKey(BaseModel):
    """Which variants stand behind each label of one turn in one round."""

    turn: str
    file: str
    labels: dict[str, list[str]]  # "A" -> ["model"], "B" -> ["template", "template_model"] (identical texts)


def comparable_text(g: GeneratedTurn, variant: str) -> str:
    """The shown text with this variant's own hand-over ticket number masked: each variant files its own ticket,
    so "ticket 7" and "ticket 8" are the same reply. Only the number right after a ticket word is masked (a bare
    "18" would also hit "18:00" or "+1-555")."""
    reply = g.variants[variant]
    facts = reply.facts if reply.facts is not None else g.facts
    text = reply.text.strip()
    for fact in facts:
        if isinstance(fact, dict) and isinstance(fact.get("ticket_id"), int):
            text = re.sub(rf"({TICKET_WORDS})(\s*(?:№|#)?\s*){fact['ticket_id']}(?!\d)", r"\1\2#", text)
    return text


def assign_labels(g: GeneratedTurn, rng: random.Random) -> dict[str, list[str]]:
    """Group variants with the same shown text, shuffle the groups, label them A, B, ..."""
    groups: dict[str, list[str]] = {}
    for variant in sorted(g.variants):
        groups.setdefault(comparable_text(g, variant), []).append(variant)
    ordered = sorted(groups.values())
    rng.shuffle(ordered)
    if len(ordered) > len(LABELS):
        raise ValueError(f"turn {g.turn}: {len(ordered)} distinct replies, at most {len(LABELS)} can be labelled")
    return {LABELS[i]: variants for i, variants in enumerate(ordered)}


def _quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in (text.strip() or "(nothing shown)").splitlines())


def _fact_lines(facts: list[Any]) -> list[str]:
    """One JSON object a line; a search result's hits each on their own line."""
    lines: list[str] = []
    for fact in facts:
        if isinstance(fact, dict) and isinstance(fact.get("hits"), list):
            rest = {k: v for k, v in fact.items() if k != "hits"}
            if rest:
                lines.append(json.dumps(rest, ensure_ascii=False, sort_keys=True))
            lines += ["hit: " + json.dumps(h, ensure_ascii=False, sort_keys=True) for h in fact["hits"]]
        else:
            lines.append(json.dumps(fact, ensure_ascii=False, sort_keys=True))
    return lines


def facts_text(g: GeneratedTurn) -> str:
    """The turn's tool results, cut (with a note) only past a length no judge reads."""
    if not g.facts:
        return "(no tool results this turn)"
    lines = _fact_lines(g.facts)
    out: list[str] = []
    size = 0
    for i, line in enumerate(lines):
        if size + len(line) > MAX_FACTS_CHARS:
            out.append(f"... ({len(lines) - i} more lines not shown)")
            break
        out.append(line)
        size += len(line)
    return "\n".join(out)


def render_turn(g: GeneratedTurn, labels: dict[str, list[str]]) -> str:
    parts = [f"## Turn `{g.turn}` ({LANG_NAMES.get(g.lang, g.lang)})", ""]
    if g.history:
        parts.append("Earlier in this conversation:")
        for step in g.history:
            parts += [f"- Shopper: {step.text}", f"- Assistant: {step.reply.strip() or '(nothing)'}"]
        parts.append("")
    parts += ["Shopper now:", _quote(g.text), "", "Facts (this turn's tool results):", "```", facts_text(g), "```", ""]
    for label, variants in labels.items():
        parts += [f"**{label}**", _quote(g.variants[variants[0]].text), ""]
        own = g.variants[variants[0]].facts
        if own is not None and _without_tickets(own) != _without_tickets(g.facts):
            # This candidate's conversation reached other tool results (a tie in ranking, a different search):
            # it is judged against its own facts.
            parts += [
                f"Facts candidate {label} answered from (they differ from the above):",
                "```",
                "\n".join(_fact_lines(own)),
                "```",
                "",
            ]
    return "\n".join(parts)


def _without_tickets(facts: list[Any]) -> list[Any]:
    return [{k: v for k, v in f.items() if k != "ticket_id"} if isinstance(f, dict) else f for f in facts]


def build_round(
    generated: Sequence[GeneratedTurn], round_no: int, *, seed: int = 16, per_file: int = 60
) -> tuple[dict[str, str], list[TurnKey]]:
    """Packet files (name -> Markdown) and the key for one round. Turns whose variants all showed the same text go
    to the key only (a tie nobody is asked about); the others are split into files of about ``per_file``."""
    order = sorted(generated, key=lambda g: g.turn)
    random.Random(f"{seed}:order:{round_no}").shuffle(order)
    keys: list[TurnKey] = []
    judged: list[tuple[GeneratedTurn, dict[str, list[str]]]] = []
    for g in order:
        labels = assign_labels(g, random.Random(f"{seed}:labels:{round_no}:{g.turn}"))
        if len(labels) == 1:
            keys.append(TurnKey(turn=g.turn, file=IDENTICAL, labels=labels))
        else:
            judged.append((g, labels))
    n_files = max(1, round(len(judged) / per_file))
    size = max(1, -(-len(judged) // n_files))
    files: dict[str, str] = {}
    for f in range(n_files):
        chunk = judged[f * size : (f + 1) * size]
        if not chunk:
            continue
        name = f"packet_{f + 1:02d}.md"
        body = [
            f"# Replies, round {round_no}, {name} ({len(chunk)} turns)",
            "",
            "Judge by `evals/replies_judging.md`. Write one JSON line per turn into "
            f"`verdicts_{f + 1:02d}.jsonl` beside this file. Do not open `key.json`.",
            "",
        ]
        for g, labels in chunk:
            keys.append(TurnKey(turn=g.turn, file=name, labels=labels))
            body.append(render_turn(g, labels))
        files[name] = "\n".join(body).rstrip() + "\n"
    return files, keys


def write_round(
    generated: Sequence[GeneratedTurn], round_no: int, out_dir: Path, *, seed: int = 16, per_file: int = 60
) -> list[Path]:
    """Write ``round{N}/packet_XX.md`` and ``round{N}/key.json``; verdict files already there are kept."""
    files, keys = build_round(generated, round_no, seed=seed, per_file=per_file)
    folder = out_dir / f"round{round_no}"
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("packet_*.md"):
        if stale.name not in files:
            stale.unlink()
    paths = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    key = {"round": round_no, "seed": seed, "turns": [k.model_dump() for k in keys]}
    (folder / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return paths


def load_key(folder: Path) -> dict[str, TurnKey]:
    data: dict[str, Any] = json.loads((folder / "key.json").read_text("utf-8"))
    return {row["turn"]: TurnKey.model_validate(row) for row in data["turns"]}
