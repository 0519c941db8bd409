"""`amiable import`: a file in, a summary out, every bad row reported and kept aside.

Reading (readers, invoices) → mapping to the standard fields → validation
(standard) → preparation of what each row writes (writer.prepare) → batches written
by the writer, one transaction each. Everything up to the preparation needs no
database, so for a file of a few megabytes it runs in a second process while this
one writes (parallel). A batch the database refuses is retried row by row inside
savepoints, so one bad row never costs the others. A dry run does all of it in one
transaction and rolls back.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from amiable.core.bulk import stored_form
from amiable.core.clock import Clock, SystemClock
from amiable.core.collector import fewer_collections
from amiable.core.db import Database
from amiable.core.jobs import Job
from amiable.portfolio.imports.parallel import (
    ChildFailed,
    validated_in_child,
    worth_a_second_process,
)
from amiable.portfolio.imports.readers import ReadError, open_table
from amiable.portfolio.imports.standard import (
    ALL_FIELDS,
    RowError,
    RowOptions,
    StandardRow,
    map_headers,
    missing_required,
    validate_texts,
)
from amiable.portfolio.imports.writer import BatchOutcome, PortfolioWriter, PreparedRow
from amiable.portfolio.models import ColumnMapping, Creditor, Mandate
from amiable.portfolio.tenants import tenant_get

INVOICE_SUFFIXES = {".pdf", ".xml"}
MAX_ERRORS_IN_SUMMARY = 1000


class ImportFailed(Exception):
    """The file as a whole cannot be imported (unreadable, required columns missing)."""


@dataclass
class ImportSummary:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    errors_truncated: bool = False
    creditors_created: list[str] = field(default_factory=list)
    creditors_without_mandate: list[str] = field(default_factory=list)
    rejects_file: str | None = None
    job_id: int | None = None
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def add(self, outcome: BatchOutcome) -> None:
        self.imported += outcome.imported
        self.updated += outcome.updated
        self.unchanged += outcome.unchanged
        for reference in outcome.created_creditors:
            if reference not in self.creditors_created:
                self.creditors_created.append(reference)


@dataclass(frozen=True)
class Source:
    headers: list[str]
    # (row number, one cell per header, why the row is suspect) for each row.
    cells: Callable[[], Iterator[tuple[int, list[str], str | None]]]
    fixed_mapping: bool = False
    stripped: bool = False  # cells come without surrounding blanks


def open_source(path: Path, *, delimiter: str | None = None, encoding: str | None = None) -> Source:
    if path.suffix.lower() in INVOICE_SUFFIXES:
        from amiable.portfolio.imports import invoices

        try:
            invoice_rows = invoices.read_invoice(path)
        except invoices.InvoiceError as error:
            raise ImportFailed(f"{path.name}: {error}") from error
        headers = list(invoice_rows[0]) if invoice_rows else []
        return Source(headers, lambda: (
            (n, [row.get(header, "") for header in headers], None) for n, row in enumerate(invoice_rows, 1)
        ), True)  # fmt: skip
    try:
        table = open_table(path, delimiter=delimiter, encoding=encoding)
    except ReadError as error:
        raise ImportFailed(f"{path.name}: {error}") from error
    return Source(list(table.headers), table.cells, stripped=table.stripped)


def load_mapping(
    session: Session, tenant_id: int, mapping: str | None
) -> tuple[dict[str, str] | None, dict[str, Any]]:
    """A saved mapping by name, or a JSON file {"columns": {...}, "options": {...}}."""
    if not mapping:
        return None, {}
    saved = session.execute(
        select(ColumnMapping).where(
            ColumnMapping.tenant_id == tenant_id, ColumnMapping.name == mapping
        )
    ).scalar_one_or_none()
    if saved is not None:
        return dict(saved.columns), dict(saved.options or {})
    path = Path(mapping)
    if path.suffix == ".json" and path.exists():
        document = json.loads(path.read_text(encoding="utf-8"))
        return dict(document.get("columns", {})), dict(document.get("options", {}))
    raise ImportFailed(f"no saved mapping named {mapping!r} (see `amiable mapping list`)")


def import_file(
    database: Database,
    *,
    tenant: str,
    path: Path,
    creditor: str | None = None,
    mapping: str | None = None,
    dry_run: bool = False,
    rejects_path: Path | None = None,
    batch_size: int = 2000,
    clock: Clock | None = None,
    on_progress: Callable[[int], None] | None = None,
    parallel: bool | None = None,
) -> ImportSummary:
    """Import one file. `parallel`: read and validate in a second process while this one
    writes (by default for files of a few megabytes and more, where it pays)."""
    clock = clock or SystemClock()
    with database.read() as session:
        tenant_id = tenant_get(session, tenant).id
        columns, options = load_mapping(session, tenant_id, mapping)
    source = open_source(path, delimiter=options.get("delimiter"), encoding=options.get("encoding"))
    mapped = map_headers(source.headers, columns)
    row_options = RowOptions(
        default_creditor=creditor,
        decimal_mark=options.get("decimal_mark"),
        date_format=options.get("date_format"),
        constants=options.get("constants", {}),
    )
    missing = missing_required(mapped, row_options)
    if missing:
        raise ImportFailed(
            f"{path.name}: required columns missing: {', '.join(missing)} "
            f"(found: {', '.join(source.headers) or 'no header'})"
        )
    if (
        "creditor_ref" not in mapped
        and not creditor
        and "creditor_ref" not in row_options.constants
    ):
        raise ImportFailed(
            f"{path.name}: no creditor_ref column; name the creditor with --creditor"
        )

    summary = ImportSummary(dry_run=dry_run)
    job_id = None if dry_run else _job_start(database, tenant_id, path, creditor, mapping, clock)
    summary.job_id = job_id
    rejects = _Rejects(rejects_path or Path(f"{path.stem}.rejects.csv"), source.headers)
    writer = PortfolioWriter(
        tenant_id=tenant_id, actor=f"import:{job_id}" if job_id else "import:dry-run",
        source=f"import of {path.name}", now=clock.now(),
    )  # fmt: skip
    try:
        with fewer_collections():
            _run(
                database,
                source,
                mapped,
                row_options,
                writer,
                summary,
                rejects,
                batch_size,
                dry_run,
                on_progress,
                parallel=worth_a_second_process(path) if parallel is None else parallel,
            )
    except (ReadError, ChildFailed) as error:
        # A file that breaks half-way (a truncated spreadsheet): what was read is kept.
        if job_id:
            _job_finish(database, job_id, summary, clock, error=str(error))
        raise ImportFailed(f"{path.name}: {error}") from error
    except Exception as error:
        if job_id:
            _job_finish(database, job_id, summary, clock, error=f"{type(error).__name__}: {error}")
        raise
    finally:
        rejects.close()
    summary.rejects_file = str(rejects.path) if rejects.count else None
    summary.creditors_without_mandate = _creditors_without_mandate(
        database, tenant_id, writer, summary
    )
    if job_id:
        _job_finish(database, job_id, summary, clock)
    return summary


@dataclass
class _Chunk:
    """Rows ready for the writer and refused rows from one stretch of the file."""

    rows: list[PreparedRow]
    rejected: list[tuple[dict[str, str], list[RowError]]]
    read: int  # rows read from the start of the file

    # Sent to the writer process as plain tuples: a named tuple pickles through a
    # Python-level __getnewargs__ and loads through a Python-level __new__, which
    # doubled the cost of sending a row.
    def __getstate__(self) -> tuple[list[tuple[Any, ...]], list[Any], int]:
        return [tuple(row) for row in self.rows], self.rejected, self.read

    def __setstate__(self, state: tuple[list[tuple[Any, ...]], list[Any], int]) -> None:
        rows, self.rejected, self.read = state
        self.rows = list(map(PreparedRow._make, rows))


def _validated_chunks(source: Source, mapped: Mapping[str, str], options: RowOptions, chunk_size: int,
                      prepare: Callable[[list[StandardRow]], list[PreparedRow]]) -> Iterator[_Chunk]:  # fmt: skip
    """Read, validate and prepare the whole file, in chunks; duplicates within the file
    are refused."""
    headers = source.headers
    # A row's texts in ALL_FIELDS order are picked from its cells in one C call; a
    # field the file lacks points past the last cell, at a blank added there.
    blank = len(headers)
    texts_of = itemgetter(*(headers.index(mapped[name]) if name in mapped else blank
                            for name in ALL_FIELDS))  # fmt: skip
    # As in `validate_row`, the mapping's constants stand in for blank cells.
    raw_constants = [options.constants.get(name) or "" for name in ALL_FIELDS]
    constants = [constant.strip() for constant in raw_constants]
    seen_claims: dict[tuple[str, str], int] = {}
    valid: list[StandardRow] = []
    chunk = _Chunk([], [], 0)
    for number, cells, problem in source.cells():
        chunk.read += 1
        if problem:
            values = dict(zip(headers, cells, strict=False))
            chunk.rejected.append((values, [RowError(number, "row", problem)]))
            continue
        cells.append("")
        texts = texts_of(cells)
        if not source.stripped:
            texts = [(text or raw).strip() for text, raw in zip(texts, raw_constants, strict=True)]
        elif options.constants:
            texts = [text or constant for text, constant in zip(texts, constants, strict=True)]
        result = validate_texts(number, texts, options)
        if isinstance(result, list):
            chunk.rejected.append((dict(zip(headers, cells, strict=False)), result))
        elif (
            first := seen_claims.setdefault((result.creditor_ref, result.claim_ref), number)
        ) != number:
            reason = f"duplicate claim {result.claim_ref} (first on row {first})"
            values = dict(zip(headers, cells, strict=False))
            chunk.rejected.append((values, [RowError(number, "claim_ref", reason)]))
        else:
            valid.append(result)
        if len(valid) >= chunk_size:
            chunk.rows, valid = prepare(valid), []
            yield chunk
            chunk = _Chunk([], [], chunk.read)
    chunk.rows = prepare(valid)
    yield chunk


def _run(database: Database, source: Source, mapped: Mapping[str, str], options: RowOptions,
         writer: PortfolioWriter, summary: ImportSummary, rejects: _Rejects, batch_size: int,
         dry_run: bool, on_progress: Callable[[int], None] | None, parallel: bool) -> None:  # fmt: skip
    dry_session = database.write_session() if dry_run else None
    if dry_session is not None:
        dry_session.begin()
    # Preparing needs no database, only the form its values are stored in: so the reader
    # process does it too, and the writer is left with what depends on the database.
    form = stored_form(database.engine.dialect.name)
    prepare = partial(writer.prepare, form=form)
    chunks = (
        validated_in_child(_validated_chunks, source, mapped, options, batch_size, prepare)
        if parallel
        else _validated_chunks(source, mapped, options, batch_size, prepare)
    )
    try:
        for chunk in chunks:
            for values, errors in chunk.rejected:
                _reject(summary, rejects, values, errors)
            if chunk.rows:
                errors = _write_batch(database, dry_session, writer, chunk.rows, summary)
                by_number = {row.number: row for row in chunk.rows} if errors else {}
                for error in errors:
                    row = by_number[error.row].standard(form)
                    _reject(summary, rejects, _as_written(row, mapped), [error])
            if on_progress:
                on_progress(chunk.read)
    finally:
        if dry_session is not None:
            dry_session.rollback()
            dry_session.close()


def _as_written(row: StandardRow, mapped: Mapping[str, str]) -> dict[str, str]:
    """A row the database refused, back under the file's headers for the rejects file."""
    values = {}
    for name, header in mapped.items():
        value = getattr(row, name, None)
        values[header] = "" if value is None else str(value)
    return values


def _write_batch(database: Database, dry_session: Session | None, writer: PortfolioWriter,
                 batch: list[PreparedRow], summary: ImportSummary) -> list[RowError]:  # fmt: skip
    if dry_session is not None:
        return _write_with_fallback(dry_session, writer, batch, summary)
    committed = writer.creditor_ids
    try:
        with database.write() as session:
            return _write_with_fallback(session, writer, batch, summary)
    except Exception:
        writer.forget_uncommitted(committed)
        raise


def _write_with_fallback(session: Session, writer: PortfolioWriter, batch: list[PreparedRow],
                         summary: ImportSummary) -> list[RowError]:  # fmt: skip
    try:
        with session.begin_nested():
            outcome = writer.write(session, batch)
    except (IntegrityError, DBAPIError):
        # Something only the database could see: find the row, keep the others.
        errors: list[RowError] = []
        for row in batch:
            before = writer.creditor_ids
            try:
                with session.begin_nested():
                    single = writer.write(session, [row])
            except (IntegrityError, DBAPIError) as error:
                writer.forget_uncommitted(before)
                reason = str(error.orig).splitlines()[0] if error.orig else str(error)
                errors.append(RowError(row.number, "row", f"refused by the database: {reason}"))
                continue
            summary.add(single)
            errors.extend(single.errors)
        return errors
    summary.add(outcome)
    return outcome.errors


def _reject(
    summary: ImportSummary, rejects: _Rejects, values: Mapping[str, str], errors: list[RowError]
) -> None:
    summary.rejected += 1
    for error in errors:
        if len(summary.errors) < MAX_ERRORS_IN_SUMMARY:
            summary.errors.append(error.as_dict())
        else:
            summary.errors_truncated = True
    rejects.write(values, errors)


class _Rejects:
    """The rejects file: the rejected rows as they were, with the reasons in front."""

    def __init__(self, path: Path, headers: list[str]) -> None:
        self.path = path
        self.headers = headers
        self.count = 0
        self._file: Any = None
        self._writer: Any = None

    def write(self, values: Mapping[str, str], errors: list[RowError]) -> None:
        if self._file is None:
            self._file = self.path.open("w", encoding="utf-8-sig", newline="")
            self._writer = csv.writer(self._file, delimiter=";")
            self._writer.writerow(["_row", "_fields", "_reasons", *self.headers])
        self.count += 1
        self._writer.writerow([
            errors[0].row, ", ".join(e.field for e in errors), "; ".join(e.reason for e in errors),
            *(values.get(header, "") for header in self.headers),
        ])  # fmt: skip

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def _creditors_without_mandate(database: Database, tenant_id: int, writer: PortfolioWriter,
                               summary: ImportSummary) -> list[str]:  # fmt: skip
    references = set(writer.creditor_ids) | set(summary.creditors_created)
    if not references:
        return []
    with database.read() as session:
        with_mandate = set(
            session.execute(
                select(Creditor.reference)
                .join(Mandate, Mandate.creditor_id == Creditor.id)
                .where(Creditor.tenant_id == tenant_id, Creditor.reference.in_(references))
            ).scalars()
        )
    return sorted(references - with_mandate)


def _job_start(database: Database, tenant_id: int, path: Path, creditor: str | None,
               mapping: str | None, clock: Clock) -> int:  # fmt: skip
    with database.write() as session:
        job = Job(tenant_id=tenant_id, kind="import", status="running", created_at=clock.now(),
                  started_at=clock.now(), params={"file": path.name, "creditor": creditor, "mapping": mapping})  # fmt: skip
        session.add(job)
        session.flush()
        return job.id


def _job_finish(
    database: Database, job_id: int, summary: ImportSummary, clock: Clock, error: str | None = None
) -> None:
    with database.write() as session:
        job = session.get(Job, job_id)
        assert job is not None
        job.counts = {
            k: getattr(summary, k) for k in ("imported", "updated", "unchanged", "rejected")
        }
        job.finished_at = clock.now()
        job.error = error
        job.status = "failed" if error else ("partial" if summary.rejected else "succeeded")
        if summary.rejects_file:
            job.log = f"rejects: {summary.rejects_file}"
