"""The real YOLO worker in the vision environment: train from yaml with no network, detect, errors, the CLI.

Needs the vision environment (``./run vision-setup``); skipped with that reason when it is absent. The model here is
trained for one epoch on a handful of photos: these tests check the pipeline, evals/vision measures the quality.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge.demo import build_demo_store
from knowledge.planogram import load_shelf, parse_shelf_id
from shopkeeper.errors import ConfigError
from shopkeeper.settings import DatabaseSettings, Settings, VisionSettings
from tools.vision.analyze import YoloDetector, analyze_photo
from tools.vision.client import VisionFailed, config_dir, run_worker, vision_python
from tools.vision.dataset import sections, split_by_aisle, store_sections, write_dataset
from tools.vision.offline import offline_env
from tools.vision.protocol import DetectRequest, DetectResult, Progress, TrainRequest, TrainResult
from tools.vision.synth import render

pytestmark = pytest.mark.slow

PYTHON = vision_python(Settings())
if PYTHON is None:
    pytest.skip("the vision environment (.venv-vision) is not installed: ./run vision-setup", allow_module_level=True)


def _no_network_prefix() -> list[str]:
    """``unshare -n``: the worker gets a network namespace with no interface at all, where it works as root."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode == 0:
        return [unshare, "-n"]
    return []


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("vision_worker")
    url = f"sqlite:///{root / 'store.db'}"
    build_demo_store(url, seed=7, products=300, sales_days=5)
    settings = Settings(data_dir=root, db=DatabaseSettings(url=url), vision=VisionSettings(imgsz=160))
    train, val, _test = split_by_aisle(store_sections(url, 6))
    data = write_dataset(root / "dataset", train, val or train, n_train=8, n_val=4, seed=3)
    req = TrainRequest(
        data_yaml=data.data_yaml,
        out_dir=str(root / "runs"),
        epochs=1,
        imgsz=160,
        batch=4,
        config_dir=str(config_dir(settings)),
    )
    prefix = _no_network_prefix()
    proc = subprocess.run(
        [*prefix, str(PYTHON), "-m", "tools.vision.worker"],
        input=req.model_dump_json(),
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env=offline_env(Path(req.config_dir)),
        timeout=900,
        check=False,
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines and lines[-1]["kind"] == "result", proc.stderr[-2000:]
    result = TrainResult.model_validate(lines[-1]["result"])
    progress = [Progress.model_validate(m) for m in lines if m["kind"] == "progress"]
    return {"settings": settings, "data": data, "result": result, "progress": progress, "offline": bool(prefix)}


def test_training_from_yaml_works_without_any_network(world):
    result: TrainResult = world["result"]
    weights = Path(result.weights)
    assert weights.exists() and weights.stat().st_size > 1_000_000
    assert result.epochs == 1 and result.seconds > 0
    stages = {p.stage for p in world["progress"]}
    assert {"train", "epoch"} <= stages
    last = [p for p in world["progress"] if p.stage == "train"][-1]
    assert last.done == last.total  # the progress bar reaches its end
    fonts = Path(config_dir(world["settings"])) / "Ultralytics"
    assert (fonts / "Arial.ttf").exists() and (fonts / "Arial.Unicode.ttf").exists()
    if not world["offline"]:
        pytest.skip("trained, but `unshare -n` is not available here to prove no network was used")


def test_detect_returns_boxes_and_timings_for_each_image(world):
    settings: Settings = world["settings"]
    images = sorted((Path(world["data"].root) / "images" / "val").glob("*.jpg"))[:3]
    det = run_worker(
        settings,
        DetectRequest(
            weights=world["result"].weights,
            images=[str(p) for p in images],
            imgsz=160,
            conf=0.001,
            config_dir=str(config_dir(settings)),
        ),
        DetectResult,
    )
    assert [d.image for d in det.images] == [str(p) for p in images]
    assert det.device == "cpu" and det.load_seconds > 0
    for d in det.images:
        assert (d.width, d.height) == (640, 384) and d.ms > 0
        assert all(0 <= b.x1 <= b.x2 <= 1 and b.cls in (0, 1) for b in d.boxes)


def test_worker_errors_come_back_as_clear_errors(world, tmp_path):
    settings: Settings = world["settings"]
    req = DetectRequest(weights=str(tmp_path / "missing.pt"), images=[], config_dir=str(config_dir(settings)))
    with pytest.raises(VisionFailed) as err:
        run_worker(settings, req, DetectResult)
    assert "missing.pt" in str(err.value)
    nowhere = settings.model_copy(update={"vision": VisionSettings(python=tmp_path / "no-python")})
    with pytest.raises(ConfigError) as err2:
        run_worker(nowhere, req, DetectResult)
    assert "vision-setup" in str(err2.value)


def test_analyze_with_a_users_weights_by_path(world, tmp_path):
    settings: Settings = world["settings"]
    own = tmp_path / "my-shelf-model.pt"
    shutil.copyfile(world["result"].weights, own)
    plan = sections(load_shelf(settings.db_url, parse_shelf_id("1-A")), 6)[0]
    img, _photo = render(plan, {plan.slots[0].position}, seed=1)
    photo = tmp_path / "shelf.jpg"
    img.save(photo)
    result = analyze_photo(settings, photo, plan.shelf, YoloDetector(settings, own), record=False)
    assert [r.position for r in result.readings] == [s.position for s in plan.slots]
    assert result.ms > 0


def test_cli_analyze_dry_run(world, tmp_path, monkeypatch):
    from shopkeeper.cli import app
    from shopkeeper.settings import get_settings

    settings: Settings = world["settings"]
    plan = sections(load_shelf(settings.db_url, parse_shelf_id("1-B")), 6)[0]
    img, _ = render(plan, set(), seed=2)
    photo = tmp_path / "b.jpg"
    img.save(photo)
    monkeypatch.setenv("SHOPKEEPER_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("SHOPKEEPER_DB__URL", settings.db_url)
    monkeypatch.setenv("SHOPKEEPER_VISION__IMGSZ", "160")
    get_settings.cache_clear()
    try:
        res = CliRunner().invoke(
            app,
            [
                "vision",
                "analyze",
                str(photo),
                "--shelf",
                str(plan.shelf),
                "--weights",
                world["result"].weights,
                "--dry-run",
            ],
        )
        bad = CliRunner().invoke(app, ["vision", "analyze", str(photo), "--shelf", "aisle four"])
    finally:
        get_settings.cache_clear()
    assert res.exit_code == 0, res.output
    assert f"Shelf {plan.shelf}" in res.output and "position" in res.output
    assert bad.exit_code == 1 and "not a shelf id" in bad.output
