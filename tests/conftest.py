"""Shared fixtures. Database tests run on SQLite always, and on PostgreSQL when one
answers (AMIABLE_TEST_POSTGRES_URL, default the local server); otherwise those
runs are skipped with the reason."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from amiable.core.bootstrap import App
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.migrate import upgrade
from amiable.core.settings import Settings
from amiable.models import Base
from amiable.portfolio.tenants import tenant_ensure

SHARED = Path(__file__).resolve().parents[2] / "shared"
POSTGRES_URL = os.environ.get(
    "AMIABLE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def shared_data(*parts: str) -> Path:
    path = SHARED.joinpath("data", *parts)
    if not path.exists():
        pytest.skip(f"shared test data absent: {path}")
    return path


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per test session, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    database.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_url(worker_id: str) -> Iterator[str]:
    url = make_url(POSTGRES_URL)
    try:
        admin = create_engine(
            url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
        )
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:
        pytest.skip(
            f"PostgreSQL not reachable at {url.render_as_string(hide_password=True)}: {error}"
        )
    # The process id too: two test runs on one machine (a developer's and CI's) must not
    # drop each other's database.
    name = f"amiable_test_{worker_id}_{os.getpid()}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    test_url = url.set(database=name).render_as_string(hide_password=False)
    database = Database(test_url)
    upgrade(database)
    database.dispose()
    yield test_url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def worker_id(request: pytest.FixtureRequest) -> str:
    return getattr(request.config, "workerinput", {}).get("workerid", "main")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path
) -> Iterator[Database]:
    if request.param == "sqlite":
        path = tmp_path / "amiable.db"
        shutil.copyfile(sqlite_template, path)
        database = Database(f"sqlite:///{path}")
    else:
        database = Database(request.getfixturevalue("postgres_url"))
        tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
        with database.engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield database
    database.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def app(database: Database, clock: FixedClock) -> App:
    return App(
        settings=Settings(environment="test", database_url=database.url),
        database=database,
        clock=clock,
    )


@pytest.fixture
def tenant_id(database: Database, clock: FixedClock) -> int:
    with database.write() as session:
        return tenant_ensure(session, slug="default", now=clock.now()).id
