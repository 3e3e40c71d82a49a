"""Synthetic shelf photos drawn from the planogram, with their YOLO labels and the truth of which slots are empty.

A photo shows one shelf section (the positions of a ``ShelfPlan``) as a camera facing the shelf would: product facings
standing on the shelf board, each product in its own colours and shape with its brand and title on the pack, one
shelf-edge tag (price label) under each position, and gaps where a position is empty. Then what makes real photos
hard: uneven and tinted lighting, a tilted camera (perspective), blur, sensor noise, JPEG, and occluders (a hand,
a shopper's sleeve, a trolley) in front of the shelf. Only PIL and numpy: it runs in the core environment too.
"""

from __future__ import annotations

import hashlib
import io
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pydantic import BaseModel, Field

from knowledge.planogram import PlanSlot, ShelfPlan
from tools.vision.protocol import FACING, TAG, Box


class SlotTruth(BaseModel):
    position: int
    product_id: int
    empty: bool
    facings_planned: int
    facings_drawn: int
    occluded: float = 0.0  # share of the slot's facings hidden by an occluder


class ShelfPhoto(BaseModel):
    """What the generator drew: the label boxes and the slot truth for one photo."""

    shelf: str
    width: int
    height: int
    boxes: list[Box]
    slots: list[SlotTruth]
    seed: int

    @property
    def empty_positions(self) -> set[int]:
        return {s.position for s in self.slots if s.empty}


class SynthOptions(BaseModel):
    width: int = Field(default=640, ge=64)
    height: int = Field(default=384, ge=64)
    gap_rate: float = Field(default=0.25, ge=0, le=1)  # when empties are drawn at random
    partial_rate: float = Field(default=0.15, ge=0, le=1)  # a stocked slot showing fewer faces than planned
    occlusion_rate: float = Field(default=0.3, ge=0, le=1)
    perspective: float = Field(default=0.06, ge=0, le=0.3)  # max corner shift, as a share of the side
    blur: float = Field(default=1.4, ge=0)  # max Gaussian blur radius in pixels
    noise: float = Field(default=8.0, ge=0)  # max sensor noise (std, 0-255 scale)
    jpeg_quality: tuple[int, int] = (55, 95)


@lru_cache(maxsize=1)
def _font_path() -> str | None:
    try:
        import matplotlib

        path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans-Bold.ttf"
        return str(path) if path.exists() else None
    except ImportError:  # pragma: no cover - matplotlib is a core dependency
        return None


@lru_cache(maxsize=64)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = _font_path()
    if path:
        return ImageFont.truetype(path, max(6, size))
    return ImageFont.load_default(max(6, size))


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


@dataclass
class _Look:
    """How one product's pack looks: stable for a SKU, so every facing and every photo of it agree."""

    colour: tuple[int, int, int]
    band: tuple[int, int, int]
    text: tuple[int, int, int]
    shape: str  # box | bottle | can
    height: float  # share of the space between the boards
    width: float  # share of a facing's width
    stripes: bool
    words: list[str] = field(default_factory=list)


def _look(slot: PlanSlot) -> _Look:
    r = random.Random(_digest(slot.sku))
    hue = r.random()
    colour = _hsv(hue, r.uniform(0.35, 0.95), r.uniform(0.35, 0.95))
    band = _hsv((hue + r.uniform(0.3, 0.7)) % 1, r.uniform(0.0, 0.6), r.uniform(0.7, 1))
    text = (20, 20, 20) if sum(band) > 380 else (245, 245, 245)
    brand = (slot.brand or "").split()[:1]
    words = brand + [w for w in slot.title.split() if w not in brand][:2]
    return _Look(
        colour=colour,
        band=band,
        text=text,
        shape=r.choice(("box", "box", "bottle", "can")),
        height=r.uniform(0.55, 0.92),
        width=r.uniform(0.8, 0.95),
        stripes=r.random() < 0.3,
        words=words,
    )


def _hsv(h: float, s: float, v: float) -> tuple[int, int, int]:
    import colorsys

    r, g, b = colorsys.hsv_to_rgb(h, s, v)
    return int(r * 255), int(g * 255), int(b * 255)


def _draw_pack(draw: ImageDraw.ImageDraw, look: _Look, x1: float, y1: float, x2: float, y2: float) -> None:
    w, h = x2 - x1, y2 - y1
    if look.shape == "bottle":
        neck = w * 0.3
        draw.rectangle((x1 + (w - neck) / 2, y1, x1 + (w + neck) / 2, y1 + h * 0.2), fill=look.colour)
        draw.rounded_rectangle((x1, y1 + h * 0.15, x2, y2), radius=max(1, int(w * 0.25)), fill=look.colour)
    elif look.shape == "can":
        draw.rectangle((x1, y1 + w * 0.08, x2, y2 - w * 0.08), fill=look.colour)
        draw.ellipse((x1, y1, x2, y1 + w * 0.16), fill=tuple(min(255, c + 40) for c in look.colour))
        draw.ellipse((x1, y2 - w * 0.16, x2, y2), fill=look.colour)
    else:
        draw.rectangle((x1, y1, x2, y2), fill=look.colour, outline=tuple(max(0, c - 50) for c in look.colour))
    if look.stripes:
        for k in range(3):
            yy = y1 + h * (0.25 + 0.2 * k)
            draw.rectangle((x1, yy, x2, yy + h * 0.04), fill=look.band)
    band_y1, band_y2 = y1 + h * 0.4, y1 + h * 0.62
    draw.rectangle((x1 + w * 0.06, band_y1, x2 - w * 0.06, band_y2), fill=look.band)
    size = int(min(w / 5, (band_y2 - band_y1) / 2.6))
    if size >= 5:
        font = _font(size)
        for i, word in enumerate(look.words[:2]):
            draw.text(
                (x1 + w * 0.1, band_y1 + 2 + i * (size + 2)),
                word[: max(1, int(w * 0.8 / (size * 0.6)))],
                fill=look.text,
                font=font,
            )


def _homography(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """3x3 matrix H with dst ~ H @ src for four point pairs (the direct linear transform, solved exactly)."""
    a, b = [], []
    for (x, y), (u, v) in zip(src, dst, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    h = np.linalg.solve(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
    return np.append(h, 1.0).reshape(3, 3)


def _apply(hm: np.ndarray, pts: np.ndarray) -> np.ndarray:
    p = np.c_[pts, np.ones(len(pts))] @ hm.T
    return p[:, :2] / p[:, 2:3]


def render(
    plan: ShelfPlan, empty: Iterable[int] | None = None, *, seed: int = 0, options: SynthOptions | None = None
) -> tuple[Image.Image, ShelfPhoto]:
    """Draw one photo of ``plan``'s positions. ``empty``: positions to leave empty; None draws them at random with
    ``options.gap_rate``. Returns the image and its labels and truth."""
    opt = options or SynthOptions()
    rng = random.Random(seed)
    W, H = opt.width, opt.height
    empties = {s.position for s in plan.slots if rng.random() < opt.gap_rate} if empty is None else set(empty)

    back = tuple(rng.randint(150, 225) for _ in range(3))
    img = Image.new("RGB", (W, H), back)
    draw = ImageDraw.Draw(img)
    # Back panel texture: pegboard holes or vertical panel seams.
    if rng.random() < 0.5:
        step = rng.randint(14, 24)
        hole = tuple(max(0, c - 60) for c in back)
        for yy in range(step // 2, H, step):
            for xx in range(step // 2, W, step):
                draw.ellipse((xx - 1.5, yy - 1.5, xx + 1.5, yy + 1.5), fill=hole)
    else:
        for xx in range(0, W, rng.randint(80, 160)):
            draw.line((xx, 0, xx, H), fill=tuple(max(0, c - 30) for c in back), width=2)

    top = rng.uniform(0.03, 0.10) * H  # underside of the shelf above
    board = rng.uniform(0.74, 0.82) * H  # top of this shelf's board
    edge_h = rng.uniform(0.09, 0.13) * H  # the board's front face, where the tags sit
    board_col = tuple(rng.randint(40, 120) for _ in range(3))
    draw.rectangle((0, 0, W, top), fill=tuple(min(255, c + 20) for c in board_col))
    draw.rectangle((0, board, W, board + edge_h), fill=board_col)
    draw.rectangle((0, board + edge_h, W, H), fill=tuple(max(0, c - 25) for c in board_col))

    ml, mr = rng.uniform(0.0, 0.05) * W, rng.uniform(0.0, 0.05) * W
    span = W - ml - mr
    total = plan.total_facings
    boxes: list[Box] = []
    truth: list[SlotTruth] = []
    x = ml
    tag_col = rng.choice(((250, 250, 250), (255, 236, 120), (255, 255, 255)))
    for slot in plan.slots:
        sw = span * slot.facings / total
        look = _look(slot)
        drawn = 0
        if slot.position not in empties:
            shown = slot.facings
            if slot.facings > 1 and rng.random() < opt.partial_rate:
                shown = rng.randint(1, slot.facings - 1)
            start = 0 if rng.random() < 0.5 else slot.facings - shown
            fw = sw / slot.facings
            ph = (board - top) * look.height
            for k in range(start, start + shown):
                pw = fw * look.width
                x1 = x + k * fw + (fw - pw) / 2 + rng.uniform(-0.04, 0.04) * fw
                y2 = board + rng.uniform(-0.005, 0.005) * H
                y1 = y2 - ph * rng.uniform(0.97, 1.0)
                _draw_pack(draw, look, x1, y1, x1 + pw, y2)
                boxes.append(Box(cls=FACING, x1=x1, y1=y1, x2=x1 + pw, y2=y2))
                drawn += 1
        # The shelf-edge tag stays when the shelf above it is empty: it is how the slot is found.
        tw = min(sw * 0.8, W * rng.uniform(0.07, 0.10))
        th = edge_h * rng.uniform(0.55, 0.75)
        tx1 = x + (sw - tw) / 2 + rng.uniform(-0.02, 0.02) * (sw - tw)
        ty1 = board + (edge_h - th) / 2
        draw.rectangle((tx1, ty1, tx1 + tw, ty1 + th), fill=tag_col, outline=(90, 90, 90))
        fsize = int(th / 2.6)
        if fsize >= 5:
            price = f"${(_digest(slot.sku) % 9000) / 100 + 1:.2f}"
            draw.text((tx1 + 2, ty1 + 1), price, fill=(10, 10, 10), font=_font(fsize))
            draw.text((tx1 + 2, ty1 + 2 + fsize), slot.sku[-8:], fill=(60, 60, 60), font=_font(max(5, fsize - 3)))
        boxes.append(Box(cls=TAG, x1=tx1, y1=ty1, x2=tx1 + tw, y2=ty1 + th))
        truth.append(
            SlotTruth(
                position=slot.position,
                product_id=slot.product_id,
                empty=slot.position in empties,
                facings_planned=slot.facings,
                facings_drawn=drawn,
            )
        )
        x += sw

    mask = np.zeros((H, W), dtype=bool)
    if rng.random() < opt.occlusion_rate:
        occ = Image.new("L", (W, H), 0)
        od = ImageDraw.Draw(occ)
        kind = rng.choice(("hand", "sleeve", "trolley"))
        col = (
            tuple(rng.randint(120, 230) for _ in range(3))
            if kind == "hand"
            else tuple(rng.randint(10, 200) for _ in range(3))
        )
        cx = rng.uniform(0.1, 0.9) * W
        if kind == "hand":
            shape = (cx - W * 0.06, H * rng.uniform(0.2, 0.5), cx + W * 0.06, H * 1.05)
            od.ellipse(shape, fill=255)
        elif kind == "sleeve":
            y0 = rng.uniform(0.25, 0.6) * H
            od.polygon([(cx - W * 0.3, H), (cx - W * 0.2, y0), (cx - W * 0.1, y0), (cx, H)], fill=255)
        else:
            od.rectangle((cx - W * 0.15, H * rng.uniform(0.6, 0.75), cx + W * 0.15, H), fill=255)
        img.paste(Image.new("RGB", (W, H), col), mask=occ)
        mask = np.asarray(occ) > 0

    # Labels keep what is still mostly visible; the slot truth records how much of each slot was hidden.
    kept: list[Box] = []
    hidden_by_slot: dict[int, list[float]] = {}
    for b in boxes:
        xa, ya, xb, yb = int(max(0, b.x1)), int(max(0, b.y1)), int(min(W, b.x2)), int(min(H, b.y2))
        area = max(1, (xb - xa) * (yb - ya))
        hidden = float(mask[ya:yb, xa:xb].sum()) / area
        if hidden < 0.6:
            kept.append(b)
        if b.cls == FACING:
            pos = _slot_of(plan, ml, span, (b.x1 + b.x2) / 2)
            hidden_by_slot.setdefault(pos, []).append(hidden)
    for t in truth:
        h = hidden_by_slot.get(t.position)
        t.occluded = round(float(np.mean(h)), 3) if h else 0.0

    # Lighting: overall gain, a side-to-side gradient, a vignette, a colour cast; then noise.
    arr = np.asarray(img, dtype=np.float64)
    gx = np.linspace(-1, 1, W)[None, :]
    gy = np.linspace(-1, 1, H)[:, None]
    side = 1 + rng.uniform(-0.25, 0.25) * gx
    vignette = 1 - rng.uniform(0, 0.35) * (gx**2 + gy**2) / 2
    gain = rng.uniform(0.55, 1.3) * side * vignette
    cast = np.array([rng.uniform(0.85, 1.15) for _ in range(3)])
    arr = arr * gain[..., None] * cast
    nrng = np.random.default_rng(seed)
    arr += nrng.normal(0, rng.uniform(0, opt.noise), arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))

    # Perspective: the camera is not square to the shelf. Boxes follow their corners.
    if opt.perspective > 0:
        p = opt.perspective
        src = np.array([[0, 0], [W, 0], [W, H], [0, H]], dtype=float)
        dst = src + np.array([[rng.uniform(-p, p) * W, rng.uniform(-p, p) * H] for _ in range(4)])
        fwd = _homography(src, dst)
        inv = _homography(dst, src)
        img = img.transform(
            (W, H),
            Image.Transform.PERSPECTIVE,
            tuple((inv / inv[2, 2]).flatten()[:8]),
            Image.Resampling.BILINEAR,
            fillcolor=(30, 30, 30),
        )
        warped: list[Box] = []
        for b in kept:
            c = _apply(fwd, np.array([[b.x1, b.y1], [b.x2, b.y1], [b.x2, b.y2], [b.x1, b.y2]]))
            warped.append(
                Box(
                    cls=b.cls,
                    x1=float(c[:, 0].min()),
                    y1=float(c[:, 1].min()),
                    x2=float(c[:, 0].max()),
                    y2=float(c[:, 1].max()),
                )
            )
        kept = warped
    radius = rng.uniform(0, opt.blur)
    if radius > 0.3:
        img = img.filter(ImageFilter.GaussianBlur(radius))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(*opt.jpeg_quality))
    buf.seek(0)
    img = Image.open(buf).convert("RGB")

    norm = [
        Box(cls=b.cls, x1=max(0.0, b.x1 / W), y1=max(0.0, b.y1 / H), x2=min(1.0, b.x2 / W), y2=min(1.0, b.y2 / H))
        for b in kept
    ]
    norm = [b for b in norm if b.w > 0.004 and b.h > 0.004]
    photo = ShelfPhoto(shelf=str(plan.shelf), width=W, height=H, boxes=norm, slots=truth, seed=seed)
    return img, photo


def _slot_of(plan: ShelfPlan, left: float, span: float, x: float) -> int:
    acc = left
    for s in plan.slots:
        acc += span * s.facings / plan.total_facings
        if x < acc:
            return s.position
    return plan.slots[-1].position


def yolo_lines(photo: ShelfPhoto) -> str:
    """The photo's labels in YOLO text format: ``cls cx cy w h`` per line, normalised."""
    return "".join(f"{b.cls} {b.cx:.6f} {b.cy:.6f} {b.w:.6f} {b.h:.6f}\n" for b in photo.boxes)
