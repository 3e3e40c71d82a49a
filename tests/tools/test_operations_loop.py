"""The store operating loop closed end to end: gap photo -> event -> task -> restock recorded -> new photo -> task
verified -> metric updated; and the same with a restock reported but the gap still there -> task failed.

The photos are synthetic (tools/vision/synth.py) and go through the real analyzer (slot mapping, recording of
readings, tools/vision/analyze.py + slots.py). The detector is the generator's own labels for each photo (a perfect
detector), as in tests/tools/test_vision_planogram.py: no trained YOLO weights exist in the test environment, and
training them takes minutes (evals/vision measures the real detector). The tools are called as the manager would.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.demo import build_demo_store
from knowledge.planogram import GAP_SEEN, PHANTOM_STOCK, SHELF_RESTOCKED_SEEN, ShelfPlan, load_shelf, parse_shelf_id
from knowledge.schema import Location, LocationKind, Lot, Stock, StoreEvent, Task, TaskKind, TaskState
from shopkeeper.errors import InputRejected, PermissionDenied
from shopkeeper.settings import DatabaseSettings, Settings
from tools.base import Role, ToolContext
from tools.inventory import OutOfStockInput, out_of_stock
from tools.operations import tasks
from tools.operations.context import velocity
from tools.operations.events import COUNT_ENTERED, EXPIRY_SOON, STOCK_MISMATCH, STOCK_MOVED, TASK_STATE
from tools.operations.loop import analyze_and_act, plan_tasks
from tools.operations.metrics import compute
from tools.operations.rules import speed_of
from tools.operations.tool import (
    EnterCountInput,
    ListTasksInput,
    MetricsInput,
    ReportDoneInput,
    enter_count,
    list_tasks,
    loop_metrics,
    report_task_done,
)
from tools.vision.protocol import ImageDetections
from tools.vision.synth import ShelfPhoto, SynthOptions, render

CLEANISH = SynthOptions(occlusion_rate=0, partial_rate=0)
T0 = dt.datetime.combine(dt.date.today(), dt.time(10, 0))  # opening hours 8-22: due times are plain additions


class LabelDetector:
    """The generator's labels of the photos it drew: what a perfect detector would return."""

    def __init__(self) -> None:
        self.labels: dict[Path, ShelfPhoto] = {}

    def photo(self, plan: ShelfPlan, empty: set[int], path: Path, seed: int) -> Path:
        img, truth = render(plan, empty, seed=seed, options=CLEANISH)
        img.save(path)
        self.labels[path] = truth
        return path

    def detect(self, images: list[Path]) -> list[ImageDetections]:
        return [
            ImageDetections(
                image=str(p),
                width=self.labels[p].width,
                height=self.labels[p].height,
                boxes=self.labels[p].boxes,
                ms=0.0,
                cpu_ms=0.0,
            )
            for p in images
        ]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Settings:
    path = tmp_path_factory.mktemp("ops_store")
    url = f"sqlite:///{path / 'store.db'}"
    build_demo_store(url, seed=7, products=300, sales_days=40)
    return Settings(data_dir=path, db=DatabaseSettings(url=url))


def _set(settings: Settings, product_id: int, location_id: int, *, shelf: int, seen: int | None, back: int) -> None:
    with session_scope(settings.db_url) as s:
        st = s.execute(
            select(Stock).where(Stock.location_id == location_id, Stock.product_id == product_id)
        ).scalar_one()
        st.qty_system, st.qty_shelf = shelf, seen
        br = s.execute(
            select(Stock)
            .join(Location, Location.id == Stock.location_id)
            .where(Stock.product_id == product_id, Location.kind == LocationKind.BACKROOM)
        ).scalar_one()
        br.qty_system = back


def _stock(settings: Settings, product_id: int) -> tuple[int, int | None, int]:
    """(shelf qty by the system, shelf qty seen, back room qty)."""
    with session_scope(settings.db_url) as s:
        rows = s.execute(
            select(Stock, Location)
            .join(Location, Location.id == Stock.location_id)
            .where(Stock.product_id == product_id)
        ).all()
        shelf = next(st for st, loc in rows if loc.kind == LocationKind.SHELF)
        back = sum(st.qty_system for st, loc in rows if loc.kind == LocationKind.BACKROOM)
        return shelf.qty_system, shelf.qty_shelf, back


def _task(settings: Settings, location_id: int, kind: TaskKind) -> Task:
    with session_scope(settings.db_url) as s:
        t = (
            s.execute(select(Task).where(Task.location_id == location_id, Task.kind == kind).order_by(Task.id.desc()))
            .scalars()
            .first()
        )
        assert t is not None
        s.expunge(t)
        return t


def _kinds(settings: Settings, location_id: int) -> list[str]:
    with session_scope(settings.db_url) as s:
        return [
            e.kind
            for e in s.execute(
                select(StoreEvent).where(StoreEvent.location_id == location_id).order_by(StoreEvent.at, StoreEvent.id)
            ).scalars()
        ]


def _manager(settings: Settings) -> ToolContext:
    return ToolContext(role=Role.MANAGER, settings=settings, session_id="mgr-1")


async def test_gap_photo_to_verified_restock_and_updated_metrics(store, tmp_path, monkeypatch):
    shelf = parse_shelf_id("4-B:1-6")
    plan = load_shelf(store.db_url, shelf)
    gap, phantom = plan.slots[1], plan.slots[4]
    for slot in plan.slots:  # a clean shelf: every other slot stocked by the system and seen so
        _set(store, slot.product_id, slot.location_id, shelf=8, seen=8, back=5)
    _set(store, gap.product_id, gap.location_id, shelf=0, seen=None, back=10)  # empty, units in the back room
    _set(store, phantom.product_id, phantom.location_id, shelf=5, seen=None, back=0)  # the system believes in 5
    cam = LabelDetector()

    # 1. The gap photo: events, then tasks by the rules.
    clock = {"now": T0}
    monkeypatch.setattr("tools.operations.tool.now_utc", lambda: clock["now"])
    monkeypatch.setattr("tools.operations.metrics.now_utc", lambda: clock["now"])
    photo1 = cam.photo(plan, {gap.position, phantom.position}, tmp_path / "gap.jpg", seed=5)
    analysis, report = analyze_and_act(store, photo1, shelf, cam, now=T0)
    assert sorted(analysis.gaps) == sorted([gap.position, phantom.position])
    assert _kinds(store, gap.location_id) == [GAP_SEEN, TASK_STATE]
    assert _kinds(store, phantom.location_id) == [GAP_SEEN, PHANTOM_STOCK, TASK_STATE]
    assert len(report.tasks_created) == 2
    restock = _task(store, gap.location_id, TaskKind.RESTOCK)
    count = _task(store, phantom.location_id, TaskKind.COUNT)  # phantom stock, nothing in the back room
    assert restock.state == count.state == TaskState.OPEN
    assert restock.payload["reason"] == "restock_gap" and count.payload["reason"] == "count_phantom"
    with session_scope(store.db_url) as s:
        speed = speed_of(velocity(s, gap.product_id, T0.date(), store.operations.velocity_days), store.operations)
    hours = {
        "fast": store.operations.restock_due_fast_h,
        "normal": store.operations.restock_due_h,
        "slow": store.operations.restock_due_slow_h,
    }[speed]
    assert dt.datetime.fromisoformat(restock.payload["due_at"]) == T0 + dt.timedelta(hours=hours)

    # The manager sees both, and the phantom item is in "out of stock in aisle 4" (the system alone says 5 units).
    listed = await list_tasks(ListTasksInput(aisle="aisle 4"), _manager(store))
    assert {restock.id, count.id} <= {r.id for r in listed.rows}
    oos = {r.product_id: r for r in (await out_of_stock(OutOfStockInput(aisle="4", limit=500), _manager(store))).rows}
    assert oos[phantom.product_id].phantom and not oos[gap.product_id].phantom

    # Metrics while the gap is open: out now, 20 minutes so far.
    early = compute(store, now=T0 + dt.timedelta(minutes=20))
    row = next(r for r in early.products if r.product_id == gap.product_id)
    assert row.out_now and row.hours_out_of_stock == pytest.approx(1 / 3, abs=0.01)

    # 2. Restock recorded: 6 units from the back room to the shelf, reported done at 10:30.
    clock["now"] = T0 + dt.timedelta(minutes=30)
    done = await report_task_done(ReportDoneInput(task_id=restock.id, qty_moved=6), _manager(store))
    assert done.task.state == "done" and done.task.done_at == clock["now"]
    assert _stock(store, gap.product_id) == (6, 0, 4)
    assert STOCK_MOVED in _kinds(store, gap.location_id)

    # 3. A new photo at 10:45 shows the slot filled: the task is verified by the camera, the gap spell closes.
    t2 = T0 + dt.timedelta(minutes=45)
    photo2 = cam.photo(plan, {phantom.position}, tmp_path / "filled.jpg", seed=6)
    _, report2 = analyze_and_act(store, photo2, shelf, cam, now=t2)
    assert report2.verified == [restock.id] and report2.failed == []
    checked = _task(store, gap.location_id, TaskKind.RESTOCK)
    assert checked.state == TaskState.VERIFIED and checked.verified_at == t2
    steps = [(h["from"], h["to"], h["by"]) for h in checked.payload["history"]]
    assert steps == [(None, "open", "operations"), ("open", "done", "manager:mgr-1"), ("done", "verified", "camera")]
    assert checked.payload["history"][-1]["check"]["photo"] == str(photo2)
    assert SHELF_RESTOCKED_SEEN in _kinds(store, gap.location_id)
    # The phantom slot, still empty, joined its open count task instead of opening a second one.
    assert report2.tasks_joined == [count.id] and report2.tasks_created == []

    # 4. The metric is updated: 45 minutes out of stock, restocked in 0.75 h, lost sales = velocity x hours.
    clock["now"] = T0 + dt.timedelta(hours=2)
    after = await loop_metrics(MetricsInput(days=1, aisle="4"), _manager(store))
    row = next(r for r in after.products if r.product_id == gap.product_id)
    assert not row.out_now and row.hours_out_of_stock == pytest.approx(0.75, abs=0.01)
    assert row.lost_units == pytest.approx(row.velocity * 0.75 / 24, abs=0.01)
    assert after.restocks_verified >= 1 and after.restock_hours_median == pytest.approx(0.75, abs=0.01)
    ph = next(r for r in after.products if r.product_id == phantom.product_id)
    assert ph.out_now and ph.hours_out_of_stock == pytest.approx(2.0, abs=0.01)

    # 5. The phantom count: staff count 0, which agrees with the camera: verified, the system booked down to 0.
    counted = await enter_count(EnterCountInput(task_id=count.id, qty=0), _manager(store))
    assert counted.task.state == "verified"
    assert _stock(store, phantom.product_id)[:2] == (0, 0)
    assert {STOCK_MISMATCH, COUNT_ENTERED} <= set(_kinds(store, phantom.location_id))
    with pytest.raises(InputRejected):  # a checked task takes no more counts
        await enter_count(EnterCountInput(task_id=count.id, qty=1), _manager(store))


async def test_restock_reported_but_photo_still_shows_the_gap_fails_and_reopens(store, tmp_path, monkeypatch):
    shelf = parse_shelf_id("5-A:1-6")
    plan = load_shelf(store.db_url, shelf)
    gap = plan.slots[2]
    for slot in plan.slots:
        _set(store, slot.product_id, slot.location_id, shelf=6, seen=6, back=3)
    _set(store, gap.product_id, gap.location_id, shelf=0, seen=None, back=12)
    cam = LabelDetector()
    t0 = T0 + dt.timedelta(hours=3)
    monkeypatch.setattr("tools.operations.tool.now_utc", lambda: t0 + dt.timedelta(minutes=20))

    analyze_and_act(store, cam.photo(plan, {gap.position}, tmp_path / "a.jpg", seed=11), shelf, cam, now=t0)
    first = _task(store, gap.location_id, TaskKind.RESTOCK)
    await report_task_done(ReportDoneInput(task_id=first.id), _manager(store))  # reported, nothing moved

    t1 = t0 + dt.timedelta(minutes=40)
    _, report = analyze_and_act(store, cam.photo(plan, {gap.position}, tmp_path / "b.jpg", seed=12), shelf, cam, now=t1)
    failed = tasks_by_id(store, first.id)
    assert report.failed == [first.id] and failed.state == TaskState.FAILED and failed.verified_at == t1
    assert failed.payload["history"][-1]["note"] == "photo still shows a gap"
    # The gap is still there, so the loop opens a new restock task for it: nothing is forgotten.
    assert len(report.tasks_created) == 1
    again = _task(store, gap.location_id, TaskKind.RESTOCK)
    assert again.id != first.id and again.state == TaskState.OPEN
    m = compute(store, now=t1)
    assert next(r for r in m.products if r.product_id == gap.product_id).out_now
    assert m.tasks_by_state.get("failed", 0) >= 1
    listed = await list_tasks(ListTasksInput(state="failed"), _manager(store))
    assert first.id in {r.id for r in listed.rows}


def tasks_by_id(settings: Settings, task_id: int) -> Task:
    with session_scope(settings.db_url) as s:
        t = tasks.get(s, task_id)
        s.expunge(t)
        return t


def test_scans_turn_mismatches_phantoms_and_expiring_lots_into_count_tasks_once(store):
    at = T0 + dt.timedelta(hours=5)
    first = plan_tasks(store, now=at)
    assert first.events > 0 and first.tasks_created
    with session_scope(store.db_url) as s:
        kinds = {e.kind for e in s.execute(select(StoreEvent).where(StoreEvent.at == at)).scalars()}
        assert {PHANTOM_STOCK, EXPIRY_SOON} <= kinds
        expiring = s.execute(select(Lot).where(Lot.qty > 0, Lot.expires_on <= at.date() + dt.timedelta(days=3)))
        lots = {lot.code for lot in expiring.scalars()}
        lot_tasks = {t.payload.get("lot") for t in s.execute(select(Task).where(Task.kind == TaskKind.COUNT)).scalars()}
        assert lots <= lot_tasks
        every = s.execute(select(StoreEvent).where(StoreEvent.at == at, StoreEvent.kind != TASK_STATE)).scalars()
        assert all("handled" in e.payload or "no_task" in e.payload for e in every)
    # The slot restocked in the first test shows fewer faces than the units moved there: faces seen are a lower
    # bound, not a count, so that is no mismatch.
    restocked = load_shelf(store.db_url, parse_shelf_id("4-B:1-6")).slots[1]
    assert STOCK_MISMATCH not in _kinds(store, restocked.location_id)
    again = plan_tasks(store, now=at + dt.timedelta(minutes=5))
    assert again.events == 0 and again.tasks_created == []


async def test_a_shopper_or_host_cannot_reach_the_loop_tools(store):
    for role in (Role.SHOPPER, Role.HOST):
        ctx = ToolContext(role=role, settings=store)
        for fn, data in (
            (list_tasks, ListTasksInput()),
            (report_task_done, ReportDoneInput(task_id=1)),
            (enter_count, EnterCountInput(task_id=1, qty=3)),
            (loop_metrics, MetricsInput()),
        ):
            with pytest.raises(PermissionDenied):
                await fn(data, ctx)
