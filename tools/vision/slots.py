"""Detections to planogram slots: which positions of a shelf section hold product, and which are gaps.

The detector finds two things: product facings and shelf-edge tags (one per position, left there when the shelf
above is empty). Gaps are not detected as such: a position is a gap when no facing stands in its stretch of shelf.
The stretches come from the planogram (a position is as wide as its facings) placed on the photo through the tags:
tags are matched to positions by a robust 1-D fit (pairs of tags against pairs of positions, most agreeing wins),
then the shelf coordinate is interpolated piecewise between matched tags, which follows a tilted camera.
"""

from __future__ import annotations

import itertools
import random

import numpy as np

from knowledge.planogram import ShelfPlan, SlotReading
from tools.vision.protocol import FACING, TAG, Box

MAX_HYPOTHESES = 20_000


def _expected(plan: ShelfPlan) -> tuple[np.ndarray, np.ndarray]:
    """Slot centres and slot boundaries in shelf units (0..1, facing-proportional)."""
    f = np.array([s.facings for s in plan.slots], dtype=float)
    edges = np.concatenate([[0.0], np.cumsum(f)]) / f.sum()
    return (edges[:-1] + edges[1:]) / 2, edges


def _dedupe(tags: list[Box], min_gap: float) -> list[Box]:
    out: list[Box] = []
    for t in sorted(tags, key=lambda b: -b.conf):
        if all(abs(t.cx - o.cx) >= min_gap for o in out):
            out.append(t)
    return sorted(out, key=lambda b: b.cx)


def _fit(centres: np.ndarray, tags: np.ndarray, tol: float) -> tuple[float, float, dict[int, int]]:
    """x = a * e + b mapping shelf units to image x, and the tag matched to each slot (slot index -> tag index)."""
    n, m = len(centres), len(tags)
    best: tuple[int, float, float, float] = (-1, 0.0, 1.0, 0.0)  # inliers, -error, a, b
    if m >= 2:
        pairs = [
            (i, j, k, k2)
            for i, j in itertools.combinations(range(m), 2)
            for k, k2 in itertools.combinations(range(n), 2)
        ]
        if len(pairs) > MAX_HYPOTHESES:
            pairs = random.Random(0).sample(pairs, MAX_HYPOTHESES)
        for i, j, k, k2 in pairs:
            a = (tags[j] - tags[i]) / (centres[k2] - centres[k])
            if not 0.3 <= a <= 3.0:  # the section fills between a third and three times the frame
                continue
            b = tags[i] - a * centres[k]
            d = np.abs((a * centres + b)[:, None] - tags[None, :])
            close = d.min(axis=0) < tol * a
            # Ties (missing tags leave several fits equally good) go to the fit that frames the section as the
            # camera is set up to: centred in the photo, filling it.
            framing = abs(b + a / 2 - 0.5) + abs(a - 1) / 2
            score = (int(close.sum()), -float(d.min(axis=0)[close].sum()) - framing, a, b)
            if score[:2] > best[:2]:
                best = score
    if best[0] < 2:
        # One tag or none: assume the camera frames the section (a = 1) and align the one tag if there is one.
        a = 1.0
        b = float(tags[0] - centres[int(np.argmin(np.abs(centres - tags[0])))]) if m == 1 else 0.0
    else:
        a, b = best[2], best[3]
    # Match each slot to its nearest tag (one tag per slot, nearest first), then refit on the matches.
    match: dict[int, int] = {}
    used: set[int] = set()
    pred = a * centres + b
    for d, k, t in sorted((abs(pred[k] - tags[t]), k, t) for k in range(n) for t in range(m)):
        if d < tol * a and k not in match and t not in used:
            match[k] = t
            used.add(t)
    if len(match) >= 2:
        ks = np.array(sorted(match))
        a, b = (float(v) for v in np.polyfit(centres[ks], tags[[match[k] for k in ks]], 1))
    return a, b, match


def read_slots(plan: ShelfPlan, boxes: list[Box], conf: float = 0.35) -> list[SlotReading]:
    """One reading per planogram position of ``plan``, from the detector's boxes (normalised coordinates)."""
    centres, edges = _expected(plan)
    facings = [b for b in boxes if b.cls == FACING and b.conf >= conf]
    weak = [b for b in boxes if b.cls == FACING and b.conf < conf]
    tags = [b for b in boxes if b.cls == TAG and b.conf >= conf]
    if tags:  # keep the tag row: tags of another shelf in the frame would be matched to the wrong positions
        row = float(np.median([t.cy for t in tags]))
        tags = [t for t in tags if abs(t.cy - row) < 0.12]
    min_width = float(np.diff(edges).min())
    tags = _dedupe(tags, min_width * 0.35)
    tx = np.array([t.cx for t in tags], dtype=float)
    a, b, match = _fit(centres, tx, tol=min_width * 0.5)

    # Shelf units -> image x: through the matched tags (piecewise), the straight fit beyond them.
    if len(match) >= 2:
        ks = sorted(match)
        ke, kx = centres[ks], tx[[match[k] for k in ks]]

        def to_x(e: np.ndarray) -> np.ndarray:
            inside = np.interp(e, ke, kx)
            return np.where((e < ke[0]) | (e > ke[-1]), a * e + b + _offset(e, ke, kx, a, b), inside)
    else:

        def to_x(e: np.ndarray) -> np.ndarray:
            return a * e + b

    bounds = to_x(edges)
    tag_row = float(np.median([t.cy for t in tags])) if tags else 1.0
    facings = [f for f in facings if f.cy < tag_row]
    # Where each planned facing should stand, on the photo; the facings' row is offset from the tags' row when the
    # camera is tilted (vertical lines lean), so that offset is measured and taken out before facings are placed.
    f = np.array([s.facings for s in plan.slots], dtype=float)
    grid = np.concatenate([edges[k] + (np.arange(int(n)) + 0.5) / f.sum() for k, n in enumerate(f)])
    gx = to_x(grid)
    fx = np.array([b.cx for b in facings], dtype=float)
    pitch = float(np.median(np.diff(gx))) if len(gx) > 1 else float(bounds[-1] - bounds[0])
    fx = fx - _row_shift(fx, gx, pitch)
    readings: list[SlotReading] = []
    for k, slot in enumerate(plan.slots):
        left, right = float(bounds[k]), float(bounds[k + 1])
        if right <= 0.0 or left >= 1.0 or right - left <= 0:
            readings.append(SlotReading(position=slot.position, state="unknown"))
            continue
        inside = [b for b, x in zip(facings, fx, strict=True) if left <= x < right]
        if inside:
            readings.append(
                SlotReading(
                    position=slot.position,
                    state="stocked",
                    facings_seen=len(inside),
                    confidence=max(b.conf for b in inside),
                )
            )
        elif len(match) < 2 and len(facings) < 2:
            # Neither two shelf tags nor two facings to place the shelf by: an empty look here is no evidence of a
            # gap (a photo of something else, or a detector that sees nothing, must not fill the store with gaps).
            readings.append(SlotReading(position=slot.position, state="unknown"))
        else:
            doubt = max((f.conf for f in weak if left <= f.cx < right), default=0.0)
            # Without two tags the slot is placed by the camera's framing and the facings' row alone: less sure.
            sure = 1.0 if len(match) >= 2 else 0.5
            readings.append(SlotReading(position=slot.position, state="empty", confidence=(1.0 - doubt) * sure))
    return readings


def _offset(e: np.ndarray, ke: np.ndarray, kx: np.ndarray, a: float, b: float) -> np.ndarray:
    """Beyond the outermost matched tags, continue the straight fit from the outermost tag (no jump at the join)."""
    left = kx[0] - (a * ke[0] + b)
    right = kx[-1] - (a * ke[-1] + b)
    return np.where(e < ke[0], left, right)


def _row_shift(fx: np.ndarray, gx: np.ndarray, pitch: float) -> np.ndarray:
    """The offset of detected facings from where the plan puts them, as a straight line in x (a tilted camera makes
    it grow across the photo). Found by voting over shifts within a facing's width, then a fit on the agreeing ones."""
    if len(fx) < 2 or len(gx) == 0 or pitch <= 0:
        return np.zeros_like(fx)

    def resid(shift: np.ndarray) -> np.ndarray:
        moved = fx - shift
        return moved - gx[np.abs(moved[:, None] - gx[None, :]).argmin(axis=1)]

    best_u, best_n = 0.0, -1
    for u in np.linspace(-0.6, 0.6, 25) * pitch:
        n = int((np.abs(resid(np.full_like(fx, u))) < 0.2 * pitch).sum())
        if n > best_n or (n == best_n and abs(u) < abs(best_u)):
            best_u, best_n = float(u), n
    shift = np.full_like(fx, best_u)
    for _ in range(3):
        r = resid(shift) + shift  # the total offset of each facing from its nearest planned place
        keep = np.abs(r - shift) < 0.3 * pitch
        if keep.sum() >= 3 and np.ptp(fx[keep]) > pitch:
            v, u = np.polyfit(fx[keep], r[keep], 1)
            shift = u + v * fx
        elif keep.any():
            shift = np.full_like(fx, float(np.median(r[keep])))
    return shift
