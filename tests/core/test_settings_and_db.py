import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import select, text

from amiable.core.db import Database
from amiable.core.migrate import current_revision, head_revision, upgrade
from amiable.core.settings import Settings
from amiable.portfolio.models import Tenant


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMIABLE_DATABASE_URL", "postgresql+psycopg://u@db/x")
    monkeypatch.setenv("AMIABLE_DEFAULT_TENANT", "etude-martin")
    settings = Settings()
    assert settings.database_url == "postgresql+psycopg://u@db/x"
    assert settings.default_tenant == "etude-martin"


def test_the_default_database_is_a_sqlite_file_in_the_working_directory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AMIABLE_DATABASE_URL", raising=False)
    assert Settings(_env_file=None).database_url == "sqlite:///amiable.db"  # type: ignore[call-arg]


def test_production_refuses_the_development_secret() -> None:
    with pytest.raises(ValidationError, match="AMIABLE_SECRET_KEY"):
        Settings(environment="production")
    assert Settings(environment="production", secret_key="x" * 40).environment == "production"


def test_migrations_reach_head_and_running_them_again_changes_nothing(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'a.db'}")
    upgrade(database)
    upgrade(database)
    assert current_revision(database) == head_revision(database)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(database: Database) -> None:
    if not database.is_sqlite:
        pytest.skip("SQLite only")
    with database.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_concurrent_writers_queue_instead_of_failing(database: Database) -> None:
    """BEGIN IMMEDIATE on SQLite: eight threads each add a tenant; none gets 'database is locked'."""
    failures: list[BaseException] = []

    def add(number: int) -> None:
        try:
            with database.write() as session:
                session.execute(
                    select(Tenant.id)
                ).all()  # a read first: the classic upgrade deadlock
                session.add(Tenant(slug=f"t{number}", name="x", created_at=datetime.now(UTC)))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=add, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with database.read() as session:
        assert len(session.execute(select(Tenant)).all()) == 8


def test_instants_are_stored_in_utc_and_read_back_aware(database: Database) -> None:
    paris_morning = datetime(2026, 3, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    with database.write() as session:
        session.add(Tenant(slug="t", name="t", created_at=paris_morning))
    with database.read() as session:
        stored = session.execute(select(Tenant.created_at)).scalar_one()
    assert stored == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    assert stored.tzinfo is not None


def test_a_naive_datetime_is_refused(database: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), database.write() as session:
        session.add(Tenant(slug="t", name="t", created_at=datetime(2026, 3, 1, 10, 0)))
        session.flush()


def test_a_read_session_never_writes(database: Database) -> None:
    with database.read() as session:
        session.add(Tenant(slug="ghost", name="x", created_at=datetime.now(UTC)))
        session.flush()
    with database.read() as session:
        assert session.execute(select(Tenant).where(Tenant.slug == "ghost")).first() is None
