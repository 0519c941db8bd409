"""Database access: one engine per URL, read sessions and write transactions.

SQLite (the embedded default) runs in WAL mode with foreign keys on; a write
transaction starts with `BEGIN IMMEDIATE`, so two writers queue on the lock at
the start instead of failing half-way with "database is locked". Reads use a
plain deferred transaction and never block the writer. PostgreSQL uses the
same code; its isolation is the server default (read committed).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import BigInteger, Connection, Engine, Integer, Table, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

# Big integers on PostgreSQL (10M+ cases, many more events); SQLite needs INTEGER
# for its rowid alias to auto-increment.
BigId = BigInteger().with_variant(Integer(), "sqlite")

_WRITE = "amiable_write"


class Base(DeclarativeBase):
    pass


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, **kwargs: Any) -> Engine:
    if is_sqlite(url):
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # 64 MB of page cache (negative = KiB): imports touch many index pages.
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = "IMMEDIATE" if connection.get_execution_options().get(_WRITE) else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """The process's handle on one database."""

    def __init__(self, url: str, **engine_options: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_options)
        self._writer = self.engine.execution_options(**{_WRITE: True})
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything it writes is rolled back."""
        with self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on error."""
        with self._write_sessions() as session, session.begin():
            yield session

    def write_session(self) -> Session:
        """A session whose transactions are write transactions; the caller begins,
        commits or rolls back (a dry run rolls back a whole import)."""
        return self._write_sessions()

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in a write transaction, committed when the block ends."""
        with self._writer.begin() as connection:
            yield connection

    def dispose(self) -> None:
        self.engine.dispose()


def table_of(model: Any) -> Table:
    """The Core table behind a mapped class, typed for `insert()`/`update()`."""
    table: Table = model.__table__
    return table
