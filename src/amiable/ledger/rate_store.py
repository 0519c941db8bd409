"""Rates the office records on top of the shipped tables.

The legal rate and the ECB rate change every semester. The package ships what was
known when it was released; when a new semester's rate is published (or a shipped
"unverified" value is checked), the office records it here and every balance uses
it from then on. A recorded row replaces the shipped row of the same semester.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.ledger.choices import LegalRateCategory, VerificationStatus
from amiable.ledger.models import InterestRate
from amiable.ledger.rates import RateRow, RateTables, Semester

_cache: dict[str, tuple[tuple[object, ...], RateTables]] = {}


class RateError(ValueError):
    pass


def rate_record(
    session: Session,
    *,
    table: str,
    semester: str,
    rate: Decimal,
    source: str,
    now: datetime,
    recorded_by: str,
    status: str = VerificationStatus.VERIFIED,
    category: str | None = None,
) -> InterestRate:
    """Record (or correct) one semester's rate."""
    if table not in ("legal", "ecb"):
        raise RateError("the table is 'legal' (CMF L313-2) or 'ecb' (L441-10 C. com.)")
    if table == "legal" and category not in [m.value for m in LegalRateCategory]:
        raise RateError(
            f"a legal rate needs --category {' or '.join([m.value for m in LegalRateCategory])}"
        )
    if table == "ecb" and category:
        raise RateError("the ECB rate has no category")
    if status not in [m.value for m in VerificationStatus]:
        raise RateError(f"status is one of {', '.join([m.value for m in VerificationStatus])}")
    if not Decimal(-5) <= rate <= Decimal(50):
        raise RateError(f"implausible yearly rate {rate} %")
    if not source.strip():
        raise RateError("say where the rate comes from (the arrêté, the ECB decision…)")
    try:
        starts = Semester.parse(semester).start
    except ValueError as error:
        raise RateError(str(error)) from None
    row = session.execute(
        select(InterestRate).where(
            InterestRate.rate_table == table,
            InterestRate.category == (category or ""),
            InterestRate.effective_from == starts,
        )
    ).scalar_one_or_none()
    if row is None:
        row = InterestRate(rate_table=table, category=category or "", effective_from=starts)
        session.add(row)
    row.rate = rate
    row.status = status
    row.source = source.strip()
    row.recorded_at = now
    row.recorded_by = recorded_by
    session.flush()
    return row


def rate_tables(session: Session) -> RateTables:
    """The shipped tables with the recorded rows laid over them.

    The recorded rows are a handful: they are read each time, and the merged tables
    rebuilt only when their content differs from the last call's.
    """
    stored = session.execute(
        select(InterestRate.rate_table, InterestRate.category, InterestRate.effective_from, InterestRate.rate,
               InterestRate.status, InterestRate.source, InterestRate.recorded_by, InterestRate.recorded_at)
        .order_by(InterestRate.id)
    ).all()  # fmt: skip
    key = tuple(tuple(row) for row in stored)
    cached = _cache.get("tables")
    if cached and cached[0] == key:
        return cached[1]
    shipped = RateTables.load_default()
    legal = {(row.semester, row.category): row for row in shipped.legal_rows}
    ecb = {row.semester: row for row in shipped.ecb_rows}
    for table, category, starts, rate, status, source, who, when in stored:
        semester = Semester.of(starts)
        described = f"{source} (recorded by {who} on {when:%d/%m/%Y})"
        if table == "ecb":
            ecb[semester] = RateRow("ecb", semester, rate, VerificationStatus(status), described)
        else:
            kind = LegalRateCategory(category)
            legal[(semester, kind)] = RateRow(
                "legal", semester, rate, VerificationStatus(status), described, kind
            )
    tables = RateTables(legal=legal.values(), ecb=ecb.values())
    _cache["tables"] = (key, tables)
    return tables
