"""YOLO data sets of synthetic shelf photos: camera sections cut from the store's planogram, drawn by ``synth``.

Shelves are split by aisle between training and held-out sets, so a held-out photo shows products (colours, packs,
names) the detector never saw in training, not just a new arrangement of known ones.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from knowledge.planogram import ShelfId, ShelfPlan, list_shelves, load_shelf
from tools.vision.protocol import CLASSES
from tools.vision.synth import ShelfPhoto, SynthOptions, render, yolo_lines


def sections(plan: ShelfPlan, size: int) -> list[ShelfPlan]:
    """Cut a shelf into camera sections of ``size`` positions (the last may be shorter)."""
    out = []
    for i in range(0, len(plan.slots), size):
        part = plan.slots[i : i + size]
        shelf = ShelfId(
            store=plan.shelf.store,
            aisle=plan.shelf.aisle,
            shelf=plan.shelf.shelf,
            first=part[0].position,
            last=part[-1].position,
        )
        out.append(ShelfPlan(shelf=shelf, slots=part))
    return out


def store_sections(db_url: str, size: int, store: str = "main") -> list[ShelfPlan]:
    """Every camera section of every shelf in the store, in aisle order."""
    out: list[ShelfPlan] = []
    for aisle, shelf, _n in list_shelves(db_url, store):
        out.extend(sections(load_shelf(db_url, ShelfId(store=store, aisle=aisle, shelf=shelf)), size))
    return out


def split_by_aisle(plans: list[ShelfPlan]) -> tuple[list[ShelfPlan], list[ShelfPlan], list[ShelfPlan]]:
    """(train, validation, test) sections by aisle: aisles 5, 10, 15... are the test set, which training never sees
    (``evals/vision`` measures on it); aisles 1, 6, 11... validate during training (choosing the best epoch)."""

    def aisle(p: ShelfPlan) -> int:
        a = p.shelf.aisle
        return int(a) if a.isdigit() else sum(a.encode())

    test = [p for p in plans if aisle(p) % 5 == 0]
    val = [p for p in plans if aisle(p) % 5 == 1]
    train = [p for p in plans if aisle(p) % 5 not in (0, 1)]
    return train, val, test


class SplitInfo(BaseModel):
    name: str
    images: int
    truth: str  # JSON lines: one ShelfPhoto per image, with its file name


class DatasetInfo(BaseModel):
    root: str
    data_yaml: str
    splits: dict[str, SplitInfo]
    options: SynthOptions


def write_split(
    root: Path,
    name: str,
    plans: list[ShelfPlan],
    count: int,
    seed: int,
    options: SynthOptions,
    progress: Callable[[int, int], None] | None = None,
) -> SplitInfo:
    img_dir, lab_dir = root / "images" / name, root / "labels" / name
    img_dir.mkdir(parents=True, exist_ok=True)
    lab_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    truth_path = root / f"truth_{name}.jsonl"
    with truth_path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            plan = plans[rng.randrange(len(plans))]
            img, photo = render(plan, seed=seed * 100_003 + i, options=options)
            stem = f"{name}_{i:05d}"
            img.save(img_dir / f"{stem}.jpg", quality=95)
            (lab_dir / f"{stem}.txt").write_text(yolo_lines(photo), encoding="utf-8")
            fh.write(
                json.dumps(
                    {"image": f"{stem}.jpg", "photo": photo.model_dump(), "plan": plan.model_dump()}, ensure_ascii=False
                )
                + "\n"
            )
            if progress:
                progress(i + 1, count)
    return SplitInfo(name=name, images=count, truth=str(truth_path))


def write_dataset(
    root: Path,
    train: list[ShelfPlan],
    val: list[ShelfPlan],
    *,
    n_train: int,
    n_val: int,
    seed: int = 0,
    options: SynthOptions | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    test: list[ShelfPlan] | None = None,
    n_test: int = 0,
) -> DatasetInfo:
    """Draw a training, a validation (and optionally a test) split and write ultralytics' ``data.yaml``."""
    if not train or not val or (n_test and not test):
        raise ValueError("every split needs at least one shelf section")
    opt = options or SynthOptions()
    root = root.resolve()
    wanted = [("train", train, n_train), ("val", val, n_val)] + ([("test", test or [], n_test)] if n_test else [])

    def report(name: str) -> Callable[[int, int], None] | None:
        return (lambda d, t: progress(name, d, t)) if progress else None

    splits = {
        name: write_split(root, name, plans, n, seed * 3 + k + 1, opt, report(name))
        for k, (name, plans, n) in enumerate(wanted)
    }
    names = "".join(f"  {i}: {n}\n" for i, n in enumerate(CLASSES))
    lines = "".join(f"{name}: images/{name}\n" for name in splits)
    data_yaml = root / "data.yaml"
    data_yaml.write_text(f"path: {root}\n{lines}names:\n{names}", encoding="utf-8")
    return DatasetInfo(root=str(root), data_yaml=str(data_yaml), splits=splits, options=opt)


def read_truth(path: Path | str) -> list[tuple[str, ShelfPhoto, ShelfPlan]]:
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            rows.append((d["image"], ShelfPhoto.model_validate(d["photo"]), ShelfPlan.model_validate(d["plan"])))
    return rows
