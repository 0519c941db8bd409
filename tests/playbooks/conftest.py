"""Golden files of the rendered templates: compared exactly, rewritten on request.

    .venv/bin/python -m pytest tests/playbooks --refresh-golden

writes tests/playbooks/golden/ from the current templates instead of comparing; review the
diff before committing it. (The option is registered here, so it is only known when this
folder is named on the command line; AMIABLE_REFRESH_GOLDEN=1 works from anywhere.)
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--refresh-golden",
        action="store_true",
        default=False,
        help="write the golden files of tests/playbooks instead of comparing with them",
    )


@pytest.fixture
def refresh_golden(request: pytest.FixtureRequest) -> bool:
    # `default=`: without this conftest among the initial ones the option is unknown.
    flag = bool(request.config.getoption("--refresh-golden", default=False))
    return flag or os.environ.get("AMIABLE_REFRESH_GOLDEN") == "1"


@pytest.fixture
def golden_dir() -> Path:
    return GOLDEN
