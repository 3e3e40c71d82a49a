"""The vision worker: ``<vision python> -m tools.vision.worker`` reads one request (JSON) on stdin, writes JSON lines
on stdout (progress, then the result or an error) and exits. The only module that imports ultralytics and torch.

It runs in the vision environment (``./run vision-setup``), so it imports nothing of the project but the protocol.
ultralytics' own console output goes to stderr, keeping stdout for the protocol.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ValidationError

from tools.vision.protocol import (
    CLASSES,
    Box,
    DetectRequest,
    DetectResult,
    ImageDetections,
    Progress,
    TrainRequest,
    TrainResult,
    ValRequest,
    ValResult,
    WorkerError,
)


def _emit(out: IO[str], msg: BaseModel) -> None:
    out.write(msg.model_dump_json() + "\n")
    out.flush()


def _device(name: str) -> str:
    if name != "auto":
        return name
    import torch

    return "0" if torch.cuda.is_available() else "cpu"


def _offline(config_dir: str) -> None:
    # Set before ultralytics is imported: it reads them at import time.
    os.environ["YOLO_OFFLINE"] = "1"
    os.environ["YOLO_CONFIG_DIR"] = config_dir


def train(req: TrainRequest, out: IO[str]) -> TrainResult:
    _offline(req.config_dir)
    from ultralytics import YOLO

    model = YOLO(req.model_yaml)  # the architecture only: weights start random, nothing is downloaded
    state = {"batch": 0}

    def on_epoch_start(trainer: Any) -> None:
        state["batch"] = 0

    def on_batch_end(trainer: Any) -> None:
        state["batch"] += 1
        nb = max(1, len(trainer.train_loader))
        _emit(
            out,
            Progress(
                stage="train",
                done=trainer.epoch * nb + state["batch"],
                total=trainer.epochs * nb,
                info={"epoch": trainer.epoch + 1},
            ),
        )

    def on_fit_epoch_end(trainer: Any) -> None:
        m = {
            k.split("/")[-1].replace("(B)", ""): float(v)
            for k, v in (trainer.metrics or {}).items()
            if isinstance(v, int | float)
        }
        _emit(
            out,
            Progress(
                stage="epoch",
                done=min(trainer.epoch + 1, trainer.epochs),
                total=trainer.epochs,
                info={k: round(v, 4) for k, v in m.items() if k in {"mAP50", "mAP50-95"}},
            ),
        )

    model.add_callback("on_train_epoch_start", on_epoch_start)
    model.add_callback("on_train_batch_end", on_batch_end)
    model.add_callback("on_fit_epoch_end", on_fit_epoch_end)
    t0 = time.perf_counter()
    model.train(
        data=req.data_yaml,
        epochs=req.epochs,
        imgsz=req.imgsz,
        batch=req.batch,
        device=_device(req.device),
        workers=req.workers,
        project=req.out_dir,
        name="run",
        exist_ok=True,
        plots=False,
        verbose=False,
        seed=req.seed,
        deterministic=False,
        amp=False,
        pretrained=False,
        cache="ram",
        patience=0,
        fliplr=0.5,
        mosaic=req.mosaic,
        close_mosaic=max(1, req.epochs // 5) if req.mosaic else 0,
    )
    seconds = time.perf_counter() - t0
    run = Path(req.out_dir) / "run" / "weights"
    weights = run / "best.pt" if (run / "best.pt").exists() else run / "last.pt"
    metrics = {
        k: float(v) for k, v in (getattr(model.trainer, "metrics", None) or {}).items() if isinstance(v, int | float)
    }
    return TrainResult(weights=str(weights), epochs=req.epochs, seconds=seconds, metrics=metrics)


def detect(req: DetectRequest, out: IO[str]) -> DetectResult:
    _offline(req.config_dir)
    t0 = time.perf_counter()
    from ultralytics import YOLO

    device = _device(req.device)
    model = YOLO(req.weights)
    load = time.perf_counter() - t0
    kwargs: dict[str, Any] = {"imgsz": req.imgsz, "conf": req.conf, "device": device, "verbose": False}
    for path in req.images[:1] * req.warmup:
        model.predict(path, **kwargs)
    found: list[ImageDetections] = []
    for i, path in enumerate(req.images):
        w0, c0 = time.perf_counter(), time.process_time()
        result = model.predict(path, **kwargs)[0]
        ms, cpu_ms = (time.perf_counter() - w0) * 1000, (time.process_time() - c0) * 1000
        h, w = (int(v) for v in result.orig_shape)
        boxes = [
            Box(cls=int(c), x1=float(b[0]), y1=float(b[1]), x2=float(b[2]), y2=float(b[3]), conf=float(p))
            for b, c, p in zip(
                result.boxes.xyxyn.tolist(), result.boxes.cls.tolist(), result.boxes.conf.tolist(), strict=True
            )
        ]
        found.append(ImageDetections(image=path, width=w, height=h, boxes=boxes, ms=ms, cpu_ms=cpu_ms))
        _emit(out, Progress(stage="detect", done=i + 1, total=len(req.images)))
    return DetectResult(images=found, load_seconds=load, device=device)


def validate(req: ValRequest, out: IO[str]) -> ValResult:
    _offline(req.config_dir)
    from ultralytics import YOLO

    model = YOLO(req.weights)
    m = model.val(
        data=req.data_yaml,
        imgsz=req.imgsz,
        split=req.split,
        device=_device(req.device),
        plots=False,
        verbose=False,
        batch=8,
        workers=0,
    )
    per_class = {
        CLASSES[int(c)]: float(ap)
        for c, ap in zip(m.box.ap_class_index, m.box.ap50, strict=True)
        if int(c) < len(CLASSES)
    }
    return ValResult(map50=float(m.box.map50), map50_95=float(m.box.map), per_class_map50=per_class)


def _exit_with_parent() -> None:
    """A worker whose parent died (killed, not just interrupted) stops too, instead of training on for nobody."""
    import threading

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(2)
            if os.getppid() != parent:
                os._exit(3)

    threading.Thread(target=watch, daemon=True).start()


def main() -> int:
    _exit_with_parent()
    # Keep stdout for the protocol: whatever the libraries print goes to stderr.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    try:
        raw = json.loads(sys.stdin.read() or "{}")
        op = raw.get("op")
        result: BaseModel
        if op == "train":
            result = train(TrainRequest.model_validate(raw), out)
        elif op == "detect":
            result = detect(DetectRequest.model_validate(raw), out)
        elif op == "val":
            result = validate(ValRequest.model_validate(raw), out)
        else:
            _emit(out, WorkerError(message=f"unknown op {op!r}", hint="one of train, detect, val"))
            return 2
    except (ValidationError, json.JSONDecodeError) as exc:
        _emit(out, WorkerError(message=f"bad request: {exc}"))
        return 2
    except FileNotFoundError as exc:
        _emit(out, WorkerError(message=f"file not found: {exc.filename or exc}"))
        return 1
    except Exception as exc:  # the worker's last word must reach the core as JSON, whatever failed
        _emit(out, WorkerError(message=f"{type(exc).__name__}: {exc}"))
        return 1
    out.write(json.dumps({"kind": "result", "result": result.model_dump()}) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
