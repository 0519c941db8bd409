"""Import of a French office's export (cp1252, ';', dd/mm/yyyy, decimal commas) into SQLite."""

from __future__ import annotations

import csv
import resource
import time
from datetime import UTC, date, datetime
from pathlib import Path

from amiable.core.db import Database
from amiable.core.migrate import upgrade
from amiable.demo.generator import generate
from amiable.portfolio.imports.pipeline import import_file
from amiable.portfolio.imports.standard import STANDARD_FIELDS
from amiable.portfolio.tenants import tenant_ensure
from benchmarks.common import WORK, verdict

TARGET_ROWS_PER_SECOND = 20_000


def french_file(rows: int) -> Path:
    path = WORK / f"export-{rows}.csv"
    if path.exists():
        return path
    WORK.mkdir(exist_ok=True)
    written = 0
    with path.open("w", encoding="cp1252", errors="replace", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(STANDARD_FIELDS)
        for row in generate(cases=rows, seed=2026, today=date(2026, 11, 20)).rows():
            row["issue_date"] = _french_date(row["issue_date"])
            row["due_date"] = _french_date(row["due_date"])
            row["principal"] = row["principal"].replace(".", ",")
            writer.writerow([row[name] for name in STANDARD_FIELDS])
            written += 1
            if written == rows:
                break
    return path


def _children_cpu() -> float:
    """CPU seconds of this process's ended children: the reader process, once joined."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _french_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def run(*, quick: bool) -> None:
    rows = 20_000 if quick else 200_000
    path = french_file(rows)
    for parallel in (False, True):
        database_path = WORK / "import-bench.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database_path}{suffix}").unlink(missing_ok=True)
        database = Database(f"sqlite:///{database_path}")
        upgrade(database)
        with database.write() as session:
            tenant_ensure(session, slug="default", now=datetime.now(UTC))
        started = time.perf_counter()
        cpu_started, reader_started = time.process_time(), _children_cpu()
        summary = import_file(database, tenant="default", path=path, rejects_path=WORK / "rejects.csv",
                              parallel=parallel)  # fmt: skip
        elapsed = time.perf_counter() - started
        # CPU time per row and process: on a shared machine, wall time says as much about
        # the neighbours as about the import.
        writer_cpu, reader_cpu = time.process_time() - cpu_started, _children_cpu() - reader_started
        rate = rows / elapsed
        mode = "reader in a second process" if parallel else "one process"
        cpu = (f"writer {writer_cpu / rows * 1e6:.1f} µs + reader {reader_cpu / rows * 1e6:.1f} µs"
               if parallel else f"{writer_cpu / rows * 1e6:.1f} µs")  # fmt: skip
        print(f"import {rows:,} rows ({path.stat().st_size / 1e6:.0f} MB, {mode}): {elapsed:.1f} s, "
              f"{rate:,.0f} rows/s — {verdict(rate >= TARGET_ROWS_PER_SECOND)} (≥ {TARGET_ROWS_PER_SECOND:,}); "
              f"CPU per row: {cpu}")  # fmt: skip
        assert summary.imported == rows and summary.rejected == 0, summary.errors[:5]
        database.dispose()
