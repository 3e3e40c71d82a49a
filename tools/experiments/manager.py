"""The manager's typed experiment tools: list the experiments, read one's results per variant, define one, start
or stop one. Manager-only (tools/base.py role check): a shopper's or host's session cannot reach them."""

from __future__ import annotations

import asyncio

from pydantic import BaseModel, Field

from tools.base import Role, ToolContext, tool
from tools.experiments import hooks, store
from tools.experiments.models import ExperimentResults, ExperimentSpec
from tools.experiments.results import DEFAULT_MIN_SAMPLE, summarize


class ExperimentsInput(BaseModel):
    active_only: bool = False


class ExperimentsOutput(BaseModel):
    experiments: list[ExperimentSpec]


@tool(
    "experiments",
    roles={Role.MANAGER},
    description="The A/B experiments on chat sessions: name, variants with weights and what each changes.",
)
async def experiments(data: ExperimentsInput, ctx: ToolContext) -> ExperimentsOutput:
    rows = await asyncio.to_thread(store.list_experiments, ctx.settings.db_url, data.active_only)
    return ExperimentsOutput(experiments=rows)


class ResultsInput(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    min_sample: int = Field(default=DEFAULT_MIN_SAMPLE, ge=1, le=1_000_000)


def _results(db_url: str, name: str, min_sample: int) -> ExperimentResults:
    spec, rows = store.sessions_of(db_url, name)
    return summarize(spec, rows, min_sample)


@tool(
    "experiment_results",
    roles={Role.MANAGER},
    description="Results of one A/B experiment per variant: add-to-cart and hand-over rates and conversation "
    "length with 95% intervals, significance tests against the control, and a minimum-sample warning.",
)
async def experiment_results(data: ResultsInput, ctx: ToolContext) -> ExperimentResults:
    return await asyncio.to_thread(_results, ctx.settings.db_url, data.name, data.min_sample)


class CreateOutput(BaseModel):
    experiment: ExperimentSpec


@tool(
    "experiment_create",
    roles={Role.MANAGER},
    description="Define a new A/B experiment (variants with weights and what each changes); it starts at once.",
)
async def experiment_create(data: ExperimentSpec, ctx: ToolContext) -> CreateOutput:
    spec = await asyncio.to_thread(store.create, ctx.settings.db_url, data)
    hooks.forget_cache()
    return CreateOutput(experiment=spec)


class ActiveInput(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    active: bool


@tool(
    "experiment_set_active",
    roles={Role.MANAGER},
    description="Start or stop an A/B experiment (a stopped one keeps its sessions and results).",
)
async def experiment_set_active(data: ActiveInput, ctx: ToolContext) -> CreateOutput:
    spec = await asyncio.to_thread(store.set_active, ctx.settings.db_url, data.name, data.active)
    hooks.forget_cache()
    return CreateOutput(experiment=spec)
