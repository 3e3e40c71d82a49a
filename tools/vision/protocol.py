"""The JSON contract between the core process and the vision worker (``python -m tools.vision.worker``).

The worker reads one request from stdin and writes JSON lines to stdout: progress lines while it works, then one
result line. Both sides import only this module and pydantic, so the contract cannot drift.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

# Detector classes. Gaps are not a class: a gap is a planogram slot with no facing in it (tools/vision/slots.py),
# which the shelf-edge tags let us place even when the shelf above them is empty.
CLASSES = ("facing", "tag")
FACING, TAG = 0, 1


class Box(BaseModel):
    """An axis-aligned box in image coordinates normalised to 0..1."""

    cls: int = Field(ge=0)
    x1: float
    y1: float
    x2: float
    y2: float
    conf: float = 1.0

    @property
    def cx(self) -> float:
        return (self.x1 + self.x2) / 2

    @property
    def cy(self) -> float:
        return (self.y1 + self.y2) / 2

    @property
    def w(self) -> float:
        return self.x2 - self.x1

    @property
    def h(self) -> float:
        return self.y2 - self.y1


class TrainRequest(BaseModel):
    op: Literal["train"] = "train"
    data_yaml: str  # the YOLO dataset description (tools/vision/dataset.py writes it)
    model_yaml: str = "yolov8n.yaml"
    out_dir: str
    epochs: int = Field(default=30, ge=1)
    imgsz: int = Field(default=320, ge=64)
    batch: int = Field(default=8, ge=1)
    # Mosaic augmentation puts four photos into one at a quarter of the size: shelf photos come at one scale, and at
    # 320 px it shrinks facings and tags below what the detector can learn quickly (off by default; see evals/vision).
    mosaic: float = Field(default=0.0, ge=0, le=1)
    device: str = "auto"
    workers: int = Field(default=0, ge=0)
    seed: int = 0
    config_dir: str  # YOLO_CONFIG_DIR: settings and the font ultralytics would otherwise download


class TrainResult(BaseModel):
    weights: str
    epochs: int
    seconds: float
    metrics: dict[str, float] = Field(default_factory=dict)


class DetectRequest(BaseModel):
    op: Literal["detect"] = "detect"
    weights: str
    images: list[str]
    imgsz: int = 320
    conf: float = 0.25
    device: str = "auto"
    config_dir: str
    warmup: int = Field(default=1, ge=0)  # untimed runs before timing, so latency is the warm figure


class ImageDetections(BaseModel):
    image: str
    width: int
    height: int
    boxes: list[Box]
    ms: float  # wall time of this image's inference (pre-process + model + NMS)
    cpu_ms: float  # process CPU time of the same, summed over threads


class DetectResult(BaseModel):
    images: list[ImageDetections]
    load_seconds: float
    device: str


class ValRequest(BaseModel):
    op: Literal["val"] = "val"
    weights: str
    data_yaml: str
    imgsz: int = 320
    device: str = "auto"
    config_dir: str
    split: str = "val"


class ValResult(BaseModel):
    map50: float
    map50_95: float
    per_class_map50: dict[str, float]


class Progress(BaseModel):
    """A progress line: ``stage`` (epoch, image), how far, and a few figures to show."""

    kind: Literal["progress"] = "progress"
    stage: str
    done: int
    total: int
    info: dict[str, float] = Field(default_factory=dict)


class WorkerError(BaseModel):
    kind: Literal["error"] = "error"
    message: str
    hint: str | None = None
