"""Bulk inserts for the hot paths (imports, demo loads).

On SQLite, SQLAlchemy's per-row parameter processing costs more than SQLite's own
work, so rows go straight to the driver's `executemany`, each value converted
once to exactly the text SQLAlchemy itself would store (dates `YYYY-MM-DD`,
instants `YYYY-MM-DD HH:MM:SS.ffffff` in UTC, JSON as text, booleans 0/1), so
the ORM reads them back unchanged. PostgreSQL takes the ordinary Core path.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Table, insert
from sqlalchemy.orm import Session

from amiable.core.types import ExactDecimal, UTCDateTime

_Converter = Callable[[Any], Any]
_STATEMENTS: dict[tuple[str, tuple[str, ...]], tuple[str, list[_Converter]]] = {}


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    if session.get_bind().dialect.name != "sqlite":
        session.execute(insert(table), list(rows))
        return
    columns = tuple(rows[0])
    sql, converters = _prepared(table, columns)
    pick = itemgetter(*columns)
    # Only dates, instants, decimals, booleans and JSON need converting; the rest passes as is.
    to_convert = [
        (index, convert) for index, convert in enumerate(converters) if convert is not _same
    ]
    values = []
    for row in rows:
        picked = pick(row)
        value = list(picked) if len(columns) > 1 else [picked]
        for index, convert in to_convert:
            value[index] = convert(value[index])
        values.append(value)
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, values)
    finally:
        cursor.close()


def _prepared(table: Table, columns: tuple[str, ...]) -> tuple[str, list[_Converter]]:
    key = (table.name, columns)
    if key not in _STATEMENTS:
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" for _ in columns)
        converters = [_converter(table.c[name].type) for name in columns]
        _STATEMENTS[key] = (f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', converters)
    return _STATEMENTS[key]


def _converter(column_type: Any) -> _Converter:
    if isinstance(column_type, UTCDateTime):
        return _instant
    if isinstance(column_type, ExactDecimal):
        return _decimal
    if isinstance(column_type, Date):
        return _day
    if isinstance(column_type, Boolean):
        return _boolean
    if isinstance(column_type, JSON):
        return _json
    return _same


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
