"""Fixtures shared by the agent tests."""

from __future__ import annotations

import pytest

from agent.assistant import Assistant
from tests.agent.assistant_support import make_settings, real_understander, shared_services


@pytest.fixture
async def assistant(tmp_path):
    """The real assistant on the shared demo store, with the real understander (skipped when it is not installed).

    Test modules that need another assistant (a keyword understander, a scripted model) define their own."""
    understander = real_understander()
    if understander is None:
        pytest.skip("the understander is not installed")
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=understander)
    yield a
    await a.aclose()
