"""Bulk inserts and look-ups for the hot paths (imports, demo loads).

On SQLite, SQLAlchemy's per-row parameter processing costs more than SQLite's own
work, so rows go straight to the driver's `executemany` as tuples, each value
already in its *stored form*: exactly the text SQLAlchemy itself would store (dates
`YYYY-MM-DD`, instants `YYYY-MM-DD HH:MM:SS.ffffff` in UTC, decimals as text, JSON
as text, booleans 0/1), so the ORM reads them back unchanged. Because a stored form
is plain data, it can be computed anywhere, before the write transaction — an
import's reader process does it while the writer writes. PostgreSQL takes the
ordinary Core path, and its stored form is the Python value itself.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Table, and_, bindparam, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from amiable.core.types import ExactDecimal, UTCDateTime

_Converter = Callable[[Any], Any]
_INSERTS: dict[tuple[str, tuple[str, ...]], str] = {}


@dataclass(frozen=True)
class StoredForm:
    """How values of each kind are handed to the driver, for one dialect; and back
    (`read_…`) for the kinds whose stored form is not the Python value's."""

    name: str
    day: Callable[[date | None], Any]
    instant: Callable[[datetime | None], Any]
    decimal: Callable[[Decimal | None], Any]
    boolean: Callable[[bool | None], Any]
    json: Callable[[Any], Any]
    read_day: Callable[[Any], Any]
    read_decimal: Callable[[Any], Any]
    # A JSON document assembled from parts in this form, as `json` would store it
    # whole: a string, an array of such parts, an object whose values are such parts.
    json_string: Callable[[str], Any]
    json_array: Callable[[list[Any]], Any]
    json_object: Callable[[dict[str, Any]], Any]

    @property
    def raw(self) -> bool:
        """True when rows go to the driver as they are (SQLite)."""
        return self.name == "sqlite"


def _same(value: Any) -> Any:
    return value


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# The last instant converted and its text, as one tuple: replaced whole and read
# once, so that two threads importing at once never pair one's instant with the
# other's text.
_last_instant: list[tuple[datetime | None, str]] = [(None, "")]


def _instant(value: datetime | None) -> str | None:
    # A batch stamps every row with the same instant: convert it once.
    if value is None:
        return None
    last_value, last_text = _last_instant[0]
    if value is last_value:
        return last_text
    if value.tzinfo is None:
        raise ValueError("naive datetime refused: store instants as aware UTC values")
    text = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    _last_instant[0] = (value, text)
    return text


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(Decimal(value))


def _boolean(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def _read_day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _read_decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


# What json.dumps writes for a string (ensure_ascii), without its per-call set-up,
# which costs more than the encoding of a short text.
_json_string: Callable[[str], str] = json.encoder.encode_basestring_ascii


def _json_array(items: list[str]) -> str:
    # json.dumps' own separators: ", " between items, ": " after a key.
    return "[" + ", ".join(items) + "]"


def _json_object(members: dict[str, str]) -> str:
    return (
        "{" + ", ".join([f"{_json_string(key)}: {value}" for key, value in members.items()]) + "}"
    )


SQLITE = StoredForm("sqlite", _day, _instant, _decimal, _boolean, _json, _read_day, _read_decimal,
                    _json_string, _json_array, _json_object)  # fmt: skip
# Elsewhere SQLAlchemy's own types convert the Python values.
PYTHON = StoredForm("python", _same, _same, _same, _same, _same, _same, _same, _same, list, dict)


def stored_form(dialect_name: str) -> StoredForm:
    return SQLITE if dialect_name == "sqlite" else PYTHON


def stored_form_of(session: Session) -> StoredForm:
    return stored_form(session.get_bind().dialect.name)


def insert_stored(session: Session, table: Table, columns: Sequence[str],
                  rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """Insert `rows`, each a sequence of values in `columns` order and in the stored
    form of the session's dialect (see `stored_form_of`)."""
    if not rows:
        return
    if not stored_form_of(session).raw:
        session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    columns, rows = _without_null_columns(table, columns, rows)
    key = (table.name, tuple(columns))
    sql = _INSERTS.get(key)
    if sql is None:
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" for _ in columns)
        sql = _INSERTS[key] = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
    cursor = _driver_cursor(session)
    try:
        cursor.executemany(sql, rows)
    except sqlite3.Error as error:
        raise _as_sqlalchemy_error(sql, error) from error
    finally:
        cursor.close()


def _without_null_columns(table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
                          ) -> tuple[Sequence[str], Sequence[Sequence[Any]]]:  # fmt: skip
    """The columns and rows without the columns that are None in every row.

    sqlite3 binds None slowly: it looks for an adapter for it each time, which costs
    five times the binding of a text. Left out of the statement, a column without a
    default in the schema is NULL all the same; and in imports most optional columns
    (a claim's title date, a ledger entry's external reference…) are None throughout."""
    first = rows[0]
    empty = {
        index
        for index, name in enumerate(columns)
        if first[index] is None
        and table.c[name].server_default is None
        and all(row[index] is None for row in rows)
    }
    if not empty:
        return columns, rows
    kept = [index for index in range(len(columns)) if index not in empty]
    if len(kept) == 1:
        (only,) = kept
        return [columns[only]], [(row[only],) for row in rows]
    pick = itemgetter(*kept)
    return [columns[index] for index in kept], list(map(pick, rows))


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows given as dicts of Python values (all with the same keys)."""
    if not rows:
        return
    columns = tuple(rows[0])
    form = stored_form_of(session)
    if not form.raw:
        session.execute(insert(table), list(rows))
        return
    pick = itemgetter(*columns)
    # Only dates, instants, decimals, booleans and JSON need converting; the rest passes as is.
    to_convert = [
        (index, convert)
        for index, name in enumerate(columns)
        if (convert := _converter(form, table.c[name].type)) is not _same
    ]
    values = []
    for row in rows:
        picked = pick(row)
        value = list(picked) if len(columns) > 1 else [picked]
        for index, convert in to_convert:
            value[index] = convert(value[index])
        values.append(value)
    insert_stored(session, table, columns, values)


def _converter(form: StoredForm, column_type: Any) -> _Converter:
    if isinstance(column_type, UTCDateTime):
        return form.instant
    if isinstance(column_type, ExactDecimal):
        return form.decimal
    if isinstance(column_type, Date):
        return form.day
    if isinstance(column_type, Boolean):
        return form.boolean
    if isinstance(column_type, JSON):
        return form.json
    return _same


def select_matching(session: Session, table: Table, columns: Sequence[str], key: Sequence[str],
                    keys: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:  # fmt: skip
    """`columns` of the rows of `table` whose `key` columns equal one of `keys`, as
    tuples in stored form. `key` should lead an index: each wanted key is one search.

    SQLite is handed the wanted keys as a table of VALUES joined to `table`: its
    planner then searches the index once per key. Given `a IN (…) AND b IN (…)`
    instead, it would search every combination — 10 creditors × 2,000 invoice
    numbers is 20,000 searches for 2,000 claims."""
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        return []
    width = len(key)
    if not stored_form_of(session).raw:
        # PostgreSQL searches the index with the IN lists as arrays; pairs that match
        # column by column but not together are dropped here.
        found = session.execute(
            select(*(table.c[name] for name in (*key, *columns))).where(
                and_(*(table.c[name].in_({k[i] for k in wanted}) for i, name in enumerate(key)))
            )
        )
        exact = set(wanted)
        return [tuple(row[width:]) for row in found if tuple(row[:width]) in exact]
    names = ", ".join(f"k{i}" for i in range(width))
    on = " AND ".join(f't."{name}" = w.k{i}' for i, name in enumerate(key))
    selected = ", ".join(f't."{name}"' for name in columns)
    assert width <= 3, "see _PART_SIZES"
    one_key = "(" + ", ".join("?" * width) + ")"
    cursor = _driver_cursor(session)
    try:
        rows = []
        # A statement of a thousand keys takes SQLite longer to compile than to run,
        # so the keys go in parts of a few fixed sizes, whose statements the driver
        # compiles once and keeps (it caches a connection's last 128).
        start = 0
        for size in _parts(len(wanted)):
            part = wanted[start : start + size]
            start += size
            sql = (
                f"WITH w({names}) AS (VALUES {', '.join([one_key] * size)}) "
                f'SELECT {selected} FROM w JOIN "{table.name}" t ON {on}'
            )
            try:
                cursor.execute(sql, [value for wanted_key in part for value in wanted_key])
                rows += cursor.fetchall()
            except sqlite3.Error as error:
                raise _as_sqlalchemy_error(sql, error) from error
        return rows
    finally:
        cursor.close()


# Part sizes for look-ups: powers of 4, so that any number of keys is a few parts,
# and a part never binds more than 999 variables (the lowest limit a SQLite build
# has) for keys of up to three columns.
_PART_SIZES = (256, 64, 16, 4, 1)


def _parts(count: int) -> Iterator[int]:
    for size in _PART_SIZES:
        while count >= size:
            yield size
            count -= size


def _as_sqlalchemy_error(sql: str, error: sqlite3.Error) -> BaseException:
    """The driver's error as SQLAlchemy raises it (IntegrityError…), so that callers
    handle the raw path's failures as they do the ordinary ones: an import's savepoint
    fallback, in particular, catches SQLAlchemy's errors."""
    return DBAPIError.instance(sql, None, error, sqlite3.Error, hide_parameters=True)


def _driver_cursor(session: Session) -> Any:
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def update_by_id(model: Any) -> Any:
    """UPDATE … WHERE id = :row_id, for executemany over rows made by `by_id`: the
    columns set are the rows' other keys (one statement for a batch of updates)."""
    table = model.__table__
    return update(table).where(table.c.id == bindparam("row_id"))


def by_id(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows keyed as `update_by_id` reads them: their "id" as "row_id" (SQLAlchemy
    reserves a column's own name for the value it sets)."""
    return [{"row_id": row["id"], **{k: v for k, v in row.items() if k != "id"}} for row in rows]
