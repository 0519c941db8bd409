"""Versioned rate tables: the French legal interest rate and the ECB refinancing rate.

Both change by semester (1 January, 1 July). Each row says where the number comes from
and how far it was checked (`VerificationStatus`, the [V] / [V2] / unverified tags of
compliance.md). A semester with no row is *unknown*: looking it up raises
`RateUnavailable`, never a guess. The shipped tables live in `ledger/data/*.csv` and
must be refreshed every semester.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Literal

from amiable.ledger.choices import LegalRateCategory, VerificationStatus

LEGAL_CSV = "legal_interest_rates.csv"
ECB_CSV = "ecb_refinancing_rates.csv"


@dataclass(frozen=True, order=True, slots=True)
class Semester:
    """A calendar half-year: `Semester(2026, 2)` runs from 1 July to 31 December 2026."""

    year: int
    half: Literal[1, 2]

    @classmethod
    def of(cls, day: date) -> Semester:
        return cls(day.year, 1 if day.month <= 6 else 2)

    @classmethod
    def parse(cls, text: str) -> Semester:
        """Parse "2026-S2"."""
        year, _, half = text.upper().partition("-S")
        if half not in ("1", "2"):
            raise ValueError(f"not a semester: {text!r}")
        return cls(int(year), 1 if half == "1" else 2)

    @property
    def start(self) -> date:
        return date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> date:
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    def next(self) -> Semester:
        return Semester(self.year, 2) if self.half == 1 else Semester(self.year + 1, 1)

    def __str__(self) -> str:
        return f"{self.year}-S{self.half}"


@dataclass(frozen=True, slots=True)
class RateRow:
    """One semester's rate in one table, with its provenance."""

    table: Literal["legal", "ecb"]
    semester: Semester
    rate: Decimal  # annual percent: Decimal("2.62") means 2.62 %
    status: VerificationStatus
    source: str
    category: LegalRateCategory | None = None  # legal table only

    @property
    def effective_from(self) -> date:
        return self.semester.start

    def describe(self) -> str:
        """E.g. "legal rate 2026-S1 (other) 2.62 %" or "ECB rate 2025-S2 2.15 %"."""
        if self.table == "ecb":
            return f"ECB rate {self.semester} {self.rate:.2f} %"
        return f"legal rate {self.semester} ({self.category}) {self.rate:.2f} %"


class RateUnavailable(LookupError):
    """No row for the semester: the rate is not known (yet), and must not be guessed."""

    def __init__(self, semester: Semester, table: str = "rate") -> None:
        super().__init__(f"no {table} for {semester}")
        self.semester = semester
        self.table = table


class RateTables:
    """The legal-rate and ECB tables, looked up by day (the semester containing it).

    Never changed once built (new rates make new tables): the calculator keeps what it
    derives from an instance (each semester's rate and rule) for the next statements."""

    def __init__(self, *, legal: Iterable[RateRow], ecb: Iterable[RateRow]) -> None:
        self._legal: dict[tuple[Semester, LegalRateCategory], RateRow] = {}
        self._ecb: dict[Semester, RateRow] = {}
        for row in legal:
            if row.table != "legal" or row.category is None:
                raise ValueError(f"not a legal-rate row: {row}")
            key = (row.semester, row.category)
            if key in self._legal:
                raise ValueError(f"two legal rates for {row.semester} ({row.category})")
            self._legal[key] = row
        for row in ecb:
            if row.table != "ecb":
                raise ValueError(f"not an ECB row: {row}")
            if row.semester in self._ecb:
                raise ValueError(f"two ECB rates for {row.semester}")
            self._ecb[row.semester] = row

    @classmethod
    def load_default(cls) -> RateTables:
        """The tables shipped with the package (`amiable/ledger/data/*.csv`)."""
        return _default_tables()

    @classmethod
    def from_csv(cls, *, legal: str, ecb: str) -> RateTables:
        """Build tables from CSV texts in the shipped format (lines starting "#" are notes)."""
        return cls(legal=parse_legal_csv(legal), ecb=parse_ecb_csv(ecb))

    @property
    def legal_rows(self) -> tuple[RateRow, ...]:
        return tuple(sorted(self._legal.values(), key=lambda row: (row.semester, row.category)))

    @property
    def ecb_rows(self) -> tuple[RateRow, ...]:
        return tuple(sorted(self._ecb.values(), key=lambda row: row.semester))

    def legal_rate(self, day: date, creditor_is_natural_person: bool) -> RateRow:
        """CMF L313-2: the rate depends on the *creditor* (natural person, or other cases)."""
        return self.legal_rate_for(Semester.of(day), creditor_is_natural_person)

    def legal_rate_for(self, semester: Semester, creditor_is_natural_person: bool) -> RateRow:
        category = (
            LegalRateCategory.NATURAL_PERSON
            if creditor_is_natural_person
            else LegalRateCategory.OTHER
        )
        row = self._legal.get((semester, category))
        if row is None:
            raise RateUnavailable(semester, f"legal interest rate ({category})")
        return row

    def ecb_rate(self, day: date) -> RateRow:
        """The ECB main refinancing rate in force on the first day of the day's semester."""
        return self.ecb_rate_for(Semester.of(day))

    def ecb_rate_for(self, semester: Semester) -> RateRow:
        row = self._ecb.get(semester)
        if row is None:
            raise RateUnavailable(semester, "ECB refinancing rate")
        return row


def parse_legal_csv(text: str) -> list[RateRow]:
    return [
        RateRow(
            table="legal",
            semester=_semester(record["effective_from"]),
            rate=_rate(record["rate"]),
            status=VerificationStatus(record["status"]),
            source=record["source"],
            category=LegalRateCategory(record["category"]),
        )
        for record in _records(text)
    ]


def parse_ecb_csv(text: str) -> list[RateRow]:
    return [
        RateRow(
            table="ecb",
            semester=_semester(record["effective_from"]),
            rate=_rate(record["rate"]),
            status=VerificationStatus(record["status"]),
            source=record["source"],
        )
        for record in _records(text)
    ]


def _records(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _semester(text: str) -> Semester:
    day = date.fromisoformat(text)
    if (day.month, day.day) not in ((1, 1), (7, 1)):
        raise ValueError(f"a rate takes effect on 1 January or 1 July, not {text}")
    return Semester.of(day)


def _rate(text: str) -> Decimal:
    try:
        rate = Decimal(text)
    except InvalidOperation as error:
        raise ValueError(f"not a rate: {text!r}") from error
    if not rate.is_finite() or rate < 0:
        raise ValueError(f"not a rate: {text!r}")
    return rate


@cache
def _default_tables() -> RateTables:
    data = resources.files("amiable.ledger").joinpath("data")
    return RateTables.from_csv(
        legal=data.joinpath(LEGAL_CSV).read_text(encoding="utf-8"),
        ecb=data.joinpath(ECB_CSV).read_text(encoding="utf-8"),
    )
