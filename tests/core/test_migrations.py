"""The migrations build exactly the tables the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from amiable.core.db import Base, Database
from amiable.core.migrate import current_revision, head_revision


def test_the_migrated_schema_matches_the_models(database: Database) -> None:
    import amiable.models  # noqa: F401 - registers every table on Base.metadata

    assert current_revision(database) == head_revision(database)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
