"""Saved column mappings: an office maps its export once, then imports with `--mapping NAME`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.portfolio.imports.standard import ALL_FIELDS, REQUIRED_FIELDS
from amiable.portfolio.models import ColumnMapping

_OPTIONS = {"decimal_mark", "date_format", "delimiter", "encoding", "constants"}


class MappingError(ValueError):
    pass


def mapping_save(session: Session, *, tenant_id: int, name: str, columns: dict[str, str],
                 options: dict[str, Any], now: datetime) -> ColumnMapping:  # fmt: skip
    unknown = sorted(set(columns) - set(ALL_FIELDS))
    if unknown:
        raise MappingError(
            f"unknown standard fields: {', '.join(unknown)} (known: {', '.join(ALL_FIELDS)})"
        )
    constants = options.get("constants", {})
    bad_constants = sorted(set(constants) - set(ALL_FIELDS))
    if bad_constants:
        raise MappingError(f"unknown standard fields in constants: {', '.join(bad_constants)}")
    missing = [f for f in REQUIRED_FIELDS if f not in columns and f not in constants]
    if missing:
        raise MappingError(f"the mapping must give {', '.join(missing)}")
    if set(options) - _OPTIONS:
        raise MappingError(f"unknown options: {sorted(set(options) - _OPTIONS)}")
    if options.get("decimal_mark") not in (None, ",", "."):
        raise MappingError("decimal_mark is ',' or '.'")
    mapping = session.execute(
        select(ColumnMapping).where(
            ColumnMapping.tenant_id == tenant_id, ColumnMapping.name == name
        )
    ).scalar_one_or_none()
    if mapping is None:
        mapping = ColumnMapping(tenant_id=tenant_id, name=name, created_at=now)
        session.add(mapping)
    mapping.columns = columns
    mapping.options = options
    session.flush()
    return mapping
