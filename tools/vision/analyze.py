"""Analyse a shelf photo: detect facings and tags, map them to the planogram's positions, record gaps and phantom
stock in the store. The detector is a ``ShelfDetector``: the YOLO worker by default, anything with ``detect``
otherwise (a user's own model behind the same protocol).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from pydantic import BaseModel

from knowledge.planogram import RecordedReading, ShelfId, SlotReading, load_shelf, record_readings
from shopkeeper.errors import InputRejected
from shopkeeper.settings import Settings
from tools.vision.client import config_dir, default_weights, run_worker
from tools.vision.protocol import DetectRequest, DetectResult, ImageDetections
from tools.vision.slots import read_slots


class ShelfDetector(Protocol):
    def detect(self, images: list[Path]) -> list[ImageDetections]: ...


class YoloDetector:
    """YOLO weights run by the vision worker: ``weights`` is the user's own file or the trained default."""

    def __init__(self, settings: Settings, weights: Path | None = None) -> None:
        self.settings = settings
        self.weights = (weights or default_weights(settings)).resolve()

    def detect(self, images: list[Path], warmup: int = 1) -> list[ImageDetections]:
        # One untimed run first: the first inference of a fresh process is slow, and `ms` should be the warm one.
        return self.run(images, warmup=warmup).images

    def run(self, images: list[Path], warmup: int = 0) -> DetectResult:
        if not self.weights.exists():
            raise InputRejected(
                f"no detector weights at {self.weights}",
                hint="train them with `shopkeeper vision train`, or pass --weights PATH",
            )
        v = self.settings.vision
        req = DetectRequest(
            weights=str(self.weights),
            images=[str(p.resolve()) for p in images],
            imgsz=v.imgsz,
            conf=min(0.1, v.conf),
            device=v.device,
            config_dir=str(config_dir(self.settings)),
            warmup=warmup,
        )
        return run_worker(self.settings, req, DetectResult, timeout_s=v.timeout_s + 2 * len(images))


class Analysis(BaseModel):
    shelf: str
    photo: str
    readings: list[SlotReading]
    recorded: list[RecordedReading]
    boxes: int
    ms: float

    @property
    def gaps(self) -> list[int]:
        return [r.position for r in self.readings if r.state == "empty"]


def analyze_photo(
    settings: Settings, photo: Path, shelf: ShelfId, detector: ShelfDetector, *, record: bool = True
) -> Analysis:
    """Read one photo of ``shelf``; with ``record`` the gaps, phantom stock and restocks go to the store."""
    if not photo.is_file():
        raise InputRejected(f"no such photo: {photo}")
    plan = load_shelf(settings.db_url, shelf)
    found = detector.detect([photo])[0]
    readings = read_slots(plan, found.boxes, conf=settings.vision.conf)
    recorded = record_readings(settings.db_url, plan, readings, photo=str(photo)) if record else []
    return Analysis(
        shelf=str(shelf), photo=str(photo), readings=readings, recorded=recorded, boxes=len(found.boxes), ms=found.ms
    )
