"""What keeps ultralytics off the network: ``YOLO_OFFLINE=1`` (its online check answers "no" without a DNS look-up,
so nothing is synced or downloaded) and a project config dir (``YOLO_CONFIG_DIR``) holding the fonts it would
otherwise fetch for plots and labels (``Arial.ttf``, ``Arial.Unicode.ttf``: matplotlib's DejaVu Sans copied under
those names). Weights are never fetched either: models are built from a yaml, or loaded from a path.

No ultralytics import here: the core process prepares the directory and the environment for the worker.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

FONT_NAMES = ("Arial.ttf", "Arial.Unicode.ttf")


def _dejavu() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


def prepare_config_dir(config_dir: Path) -> Path:
    """Create ``config_dir/Ultralytics`` with the fonts in place; returns ``config_dir``."""
    target = config_dir / "Ultralytics"
    target.mkdir(parents=True, exist_ok=True)
    for name in FONT_NAMES:
        if not (target / name).exists():
            shutil.copyfile(_dejavu(), target / name)
    return config_dir


def offline_env(config_dir: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a vision worker process: offline, with the prepared config dir."""
    env = dict(os.environ if base is None else base)
    env.update(
        {
            "YOLO_OFFLINE": "1",
            "YOLO_CONFIG_DIR": str(config_dir),
            "YOLO_VERBOSE": "False",
            "HF_HUB_OFFLINE": "1",
            # The core's OMP setting is right for inference on shared cores too.
            "OMP_WAIT_POLICY": env.get("OMP_WAIT_POLICY", "PASSIVE"),
        }
    )
    return env
