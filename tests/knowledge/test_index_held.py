"""While another process (a running server) holds the embedded index, `shopkeeper index` refuses with a message
that names the way out, instead of taking the held index for a missing one and wiping it with a rebuild."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from knowledge.demo import build_demo_store
from knowledge.index import IndexHeld, open_index
from knowledge.indexing import build_index
from knowledge.services import Services
from shopkeeper.settings import DatabaseSettings, Settings

HOLD = """
import sys, time
from pathlib import Path
from shopkeeper.settings import DatabaseSettings, Settings
from knowledge.index import open_index
index = open_index(Settings(data_dir=Path(sys.argv[1]), db=DatabaseSettings(url=sys.argv[2])))
print("held", flush=True)
time.sleep(120)
"""


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root: Path = tmp_path_factory.mktemp("index_held")
    url = f"sqlite:///{root / 'store.db'}"
    build_demo_store(url, seed=3, products=40, sales_days=5)
    settings = Settings(data_dir=root, db=DatabaseSettings(url=url))
    build_index(settings, Services(settings).embedder)
    return settings


def test_a_held_index_is_not_rebuilt_under_its_holder(indexed: Settings) -> None:
    embedder = Services(indexed).embedder
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(indexed.data_dir), indexed.db_url],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = sorted(p.name for p in (indexed.index_path / "products").iterdir())
        for rebuild in (False, True):
            with pytest.raises(IndexHeld) as info:
                build_index(indexed, embedder, rebuild=rebuild)
            assert "open in another process" in info.value.message \
                and "SHOPKEEPER_INDEX__FOLLOW_S" in (info.value.hint or "")  # the server follows the DB itself
        assert sorted(p.name for p in (indexed.index_path / "products").iterdir()) == before
    finally:
        holder.kill()
        holder.wait(timeout=30)
    time.sleep(0.2)
    index = open_index(indexed)  # released: this process opens it, nothing was lost
    try:
        assert index.count() == 40
    finally:
        index.close()
