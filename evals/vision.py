"""Vision eval: the shelf detector and the slot reading on held-out synthetic shelves.

A demo store is built in a temporary directory (fixed seed); its planogram is cut into camera sections of
``vision.positions_per_photo`` positions, and the sections are split by aisle: aisles 5, 10, 15... are the held-out
test set (products the detector never saw), aisles 1, 6, 11... validate during training (model selection), the rest
train. A YOLO detector is built from ``yolov8n.yaml`` and trained on the CPU (time measured), then on the test photos:

- detection mAP50 (and mAP50-95) per class (facing, shelf-edge tag), by ultralytics' validator;
- gap recall and precision per planogram position (``tools/vision/slots.py`` on the detector's boxes), next to the
  same reading on the generator's own labels (the upper bound the detector could reach) in the same run;
- wall and CPU milliseconds per image of the detector (warm, one image at a time, at the chosen image size).

Held-out here means unseen aisles and seeds of the same generator: the slot-reading rules were developed on photos
of this generator (other seeds), so they are not measured on anything their author did not shape. No openly
licensed real shelf photos could be fetched on this machine (no network beyond package registries).

    python -m evals vision [--epochs 25] [--train-images 160] [--test-images 60] [--weights PATH]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from evals.report import REPORTS_DIR, markdown_table, print_table, sha256_files, write_report
from knowledge.demo import build_demo_store
from knowledge.planogram import ShelfPlan
from shopkeeper.settings import Settings
from tools.vision.client import config_dir, run_worker
from tools.vision.dataset import read_truth, split_by_aisle, store_sections, write_dataset
from tools.vision.protocol import (
    DetectRequest,
    DetectResult,
    Progress,
    TrainRequest,
    TrainResult,
    ValRequest,
    ValResult,
)
from tools.vision.slots import read_slots
from tools.vision.synth import ShelfPhoto


def _recorded_training(weights: Path) -> tuple[float | None, int | None]:
    """Training time and epochs of given weights, from the ``results.csv`` ultralytics wrote beside their run
    (``run/weights/best.pt`` -> ``run/results.csv``); (None, None) for weights from elsewhere."""
    import csv

    path = weights.parent.parent / "results.csv"
    if not path.exists():
        return None, None
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if not rows or "time" not in rows[-1]:
        return None, None
    return float(rows[-1]["time"]), int(float(rows[-1]["epoch"]))


def _gap_counts(rows: list[tuple[ShelfPhoto, ShelfPlan, set[int]]]) -> dict[str, float]:
    tp = fp = fn = tn = 0
    for photo, _plan, pred in rows:
        truth = photo.empty_positions
        every = {s.position for s in photo.slots}
        tp += len(truth & pred)
        fp += len(pred - truth)
        fn += len(truth - pred)
        tn += len(every - truth - pred)
    recall = tp / (tp + fn) if tp + fn else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "recall": recall, "precision": precision}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals vision", description=__doc__)
    ap.add_argument("--products", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7, help="demo store seed")
    ap.add_argument("--data-seed", type=int, default=11, help="seed of the drawn photos")
    ap.add_argument("--train-images", type=int, default=160)
    ap.add_argument("--val-images", type=int, default=40)
    ap.add_argument("--test-images", type=int, default=60)
    ap.add_argument("--epochs", type=int, default=25)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--mosaic", type=float, default=0.0, help="ultralytics' mosaic augmentation (0: off)")
    ap.add_argument("--imgsz", type=int, default=None, help="default: settings vision.imgsz")
    ap.add_argument(
        "--weights",
        type=Path,
        help="measure these weights instead of training (training time: the results.csv beside them, if any)",
    )
    ap.add_argument("--keep", type=Path, help="keep the data set and weights in this folder")
    ap.add_argument("--reports-dir", type=Path, default=REPORTS_DIR)
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="shopkeeper-vision-eval-"))
    work = args.keep.resolve() if args.keep else tmp
    work.mkdir(parents=True, exist_ok=True)
    try:
        settings = Settings(data_dir=work)
        v = settings.vision
        imgsz = args.imgsz or v.imgsz
        db_url = f"sqlite:///{work / 'store.db'}"
        build_demo_store(db_url, seed=args.seed, products=args.products, sales_days=30)
        train, val, test = split_by_aisle(store_sections(db_url, v.positions_per_photo))
        print(f"sections: train {len(train)}, val {len(val)}, test {len(test)} (held-out aisles)")
        data = write_dataset(
            work / "dataset",
            train,
            val,
            test=test,
            n_train=args.train_images,
            n_val=args.val_images,
            n_test=args.test_images,
            seed=args.data_seed,
        )
        cfg = str(config_dir(settings))

        train_s: float | None = None
        epochs: int | None = args.epochs
        if args.weights:
            weights = args.weights.resolve()
            train_s, epochs = _recorded_training(weights)
        else:
            last = [0.0]

            def show(p: Progress) -> None:
                if p.stage == "epoch" and time.monotonic() - last[0] > 1:
                    last[0] = time.monotonic()
                    print(f"epoch {p.done}/{p.total} mAP50(val) {p.info.get('mAP50', 0):.3f}", flush=True)

            tr = run_worker(
                settings,
                TrainRequest(
                    data_yaml=data.data_yaml,
                    model_yaml=v.model_yaml,
                    out_dir=str(work / "runs"),
                    epochs=args.epochs,
                    imgsz=imgsz,
                    batch=args.batch,
                    mosaic=args.mosaic,
                    device=v.device,
                    seed=0,
                    config_dir=cfg,
                ),
                TrainResult,
                progress=show,
            )
            train_s = tr.seconds
            weights = Path(tr.weights)

        val_res = run_worker(
            settings,
            ValRequest(
                weights=str(weights),
                data_yaml=data.data_yaml,
                imgsz=imgsz,
                device=v.device,
                config_dir=cfg,
                split="test",
            ),
            ValResult,
        )
        truth = read_truth(Path(data.splits["test"].truth))
        images = [str(Path(data.root) / "images" / "test" / name) for name, _, _ in truth]
        det = run_worker(
            settings,
            DetectRequest(
                weights=str(weights),
                images=images,
                imgsz=imgsz,
                conf=min(0.1, v.conf),
                device=v.device,
                config_dir=cfg,
                warmup=3,
            ),
            DetectResult,
        )
        model_rows, oracle_rows = [], []
        for (_name, photo, plan), found in zip(truth, det.images, strict=True):
            pred = {r.position for r in read_slots(plan, found.boxes, conf=v.conf) if r.state == "empty"}
            model_rows.append((photo, plan, pred))
            oracle = {r.position for r in read_slots(plan, photo.boxes, conf=0.0) if r.state == "empty"}
            oracle_rows.append((photo, plan, oracle))
        gm, go = _gap_counts(model_rows), _gap_counts(oracle_rows)
        ms = [d.ms for d in det.images]
        cpu = [d.cpu_ms for d in det.images]
        dataset_sha = sha256_files(sorted(Path(data.root).glob("truth_*.jsonl")))
        occluded = [r for r in model_rows if any(s.occluded > 0.5 for s in r[0].slots)]
        metrics: dict[str, float | int | str | bool | None] = {
            "map50": round(val_res.map50, 4),
            "map50_95": round(val_res.map50_95, 4),
            "map50_facing": round(val_res.per_class_map50.get("facing", 0.0), 4),
            "map50_tag": round(val_res.per_class_map50.get("tag", 0.0), 4),
            "gap_recall": round(gm["recall"], 4),
            "gap_precision": round(gm["precision"], 4),
            "gap_recall_labels_upper_bound": round(go["recall"], 4),
            "gap_precision_labels_upper_bound": round(go["precision"], 4),
            "latency_p50_ms": round(float(np.percentile(ms, 50)), 1),
            "latency_p95_ms": round(float(np.percentile(ms, 95)), 1),
            "cpu_ms_per_image_mean": round(statistics.fmean(cpu), 1),
            "latency_target_300ms_met": bool(np.percentile(ms, 95) <= 300),
            "train_seconds": round(train_s, 1) if train_s is not None else None,
            "epochs": epochs,
            "imgsz": imgsz,
            "batch": args.batch if train_s is not None else None,
            "mosaic": args.mosaic if not args.weights else None,
            "test_images": len(images),
            "test_slots": gm["tp"] + gm["fp"] + gm["fn"] + gm["tn"],
            "test_gaps": gm["tp"] + gm["fn"],
            "weights_mb": round(weights.stat().st_size / 1e6, 2),
            "device": det.device,
        }
        sub = _gap_counts(occluded) if occluded else None
        table = [
            ["detector", gm["tp"], gm["fp"], gm["fn"], gm["recall"], gm["precision"]],
            ["generator labels (upper bound)", go["tp"], go["fp"], go["fn"], go["recall"], go["precision"]],
        ]
        if sub:
            table.append(
                [
                    f"detector, photos with a slot >50% occluded ({len(occluded)})",
                    sub["tp"],
                    sub["fp"],
                    sub["fn"],
                    sub["recall"],
                    sub["precision"],
                ]
            )
        cols = ["slots read from", "gaps found", "false gaps", "gaps missed", "recall", "precision"]
        print_table("gap reading on held-out aisles", cols, table)
        dataset: dict[str, Any] = {
            "kind": "synthetic shelf photos (tools/vision/synth.py) of the demo store's planogram",
            "store_seed": args.seed,
            "products": args.products,
            "data_seed": args.data_seed,
            "train_images": args.train_images,
            "val_images": args.val_images,
            "test_images": args.test_images,
            "split": "by aisle: test = aisles 5,10,15...; val = 1,6,11...; train = the rest",
            "options": data.options.model_dump(),
        }
        body = [
            "## Gap reading per planogram position",
            "",
            markdown_table(cols, table),
            "The upper bound reads the generator's own labels (boxes hidden >60% by an occluder are not "
            "labelled, so a fully hidden position reads as a gap there too).",
            "",
            "## Notes",
            "",
            f"- Detector: `{v.model_yaml}` built from yaml (no pretrained weights), trained on the CPU "
            f"({det.device}); latency is one image at a time after 3 warm-up runs, wall time of ultralytics' "
            "pre-process + model + NMS inside the worker, on a shared 2-core machine.",
            "- Held-out: aisles (and so products) never seen in training, drawn with other seeds; the same "
            "generator, so lighting/perspective/occlusion come from the same distributions. The slot-reading "
            "rules were developed on photos of this generator: treat the gap figures as a development-grade "
            "measurement of the pipeline, not of real shelves.",
            "- Real photos: none measured; no openly licensed in-store photos could be obtained offline here.",
        ]
        md, _ = write_report(
            "vision",
            metrics,
            dataset=dataset,
            body_md="\n".join(body),
            title="Shelf vision: detection, gap reading, latency",
            reports_dir=args.reports_dir,
            dataset_sha256=dataset_sha,
        )
        print_table("vision", ["metric", "value"], [[k, v] for k, v in metrics.items()])
        print(f"report: {md}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0
