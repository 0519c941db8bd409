"""Bank statements in, payments booked: import, match, book, and the queue of what is left.

    result = statement_import(database, tenant_id=…, data=…, filename=…, actor=…, now=…)
    result.counts()   # {"lines", "matched", "to_review", "unmatched", "duplicates", …}

1. The file is parsed (`payments.statements`: camt.052/053/054, MT940, OFX, CSV); a file
   imported before (same bytes) adds nothing, and so does a line already stored from
   another file (a camt.052 intraday report, then the day's camt.053): each line has a
   key, the bank's own reference where it gives one.
2. Every credit is matched (`payments.matching`): matched lines are booked at once on
   their case (`payments.record.payment_record`: the ledger allocates, promises and plans
   count it, a settled case stops and is thanked, a receipt is issued). A grouped payment
   is spread over its cases, each up to its balance, the rest on the last one (an
   over-payment, which a person refunds or places).
3. A debit that returns an earlier payment (a returned direct debit, a recalled
   transfer: the bank's reversal flag, a return reason, or a return transaction code) is
   found back — by the end-to-end id of the credit it returns, else by case and amount —
   and reversed on the ledger. Other debits are the office's own (fees, pay-overs):
   ignored, kept.
4. Whatever is not booked waits in the queue with its reason and its suggestion: a line
   with a problem, a doubtful match, no match. `line_confirm` books the suggestion,
   `line_assign` books it on the case a person names, `line_set_aside` closes it.

One bad line never stops the others: a booking the ledger refuses puts that line to
review with the refusal, inside its own savepoint.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ClauseElement

import amiable.models  # noqa: F401 - every table known: tasks name messages, cases…
from amiable.agent.choices import PlanStatus, PromiseStatus, TaskKind, TaskStatus
from amiable.agent.models import HumanTask, PaymentPlan, Promise, first_uncovered
from amiable.core.db import Database
from amiable.core.money import from_cents, to_cents
from amiable.ledger.balances import case_statement
from amiable.ledger.choices import EntryKind
from amiable.ledger.models import LedgerEntry
from amiable.ledger.rules import LedgerError
from amiable.payments.matching import CaseIndex, Match, match_line, text_keys
from amiable.payments.models import BankImport, BankLine, PaymentCheckout
from amiable.payments.record import (
    PaymentRefused,
    payment_record,
    payment_reverse,
    payment_task,
)
from amiable.payments.reference import case_id_of, case_ids_in_text
from amiable.payments.statements import CsvMapping, StatementError, parse_statements
from amiable.payments.statements.model import Direction, ParsedFile, StatementLine
from amiable.portfolio.keys import iban_key, name_key
from amiable.portfolio.models import Case, Claim, Debtor

MATCHED, TO_REVIEW, UNMATCHED = "matched", "to_review", "unmatched"
REVERSED, IGNORED, SET_ASIDE = "reversed", "ignored", "set_aside"
# Decided by the import, not yet done: booked (or reversed) by its next transactions. A
# line stays in these until its ledger entry exists, so an import cut off half-way is
# finished by importing the same file again; a person never decides such a line.
TO_BOOK, TO_REVERSE = "to_book", "to_reverse"
_OPEN_STATUSES = (TO_REVIEW, UNMATCHED)
_BATCH = 200  # lines booked per transaction
# ISO 20022 bank transaction codes of returns and reversals (family/sub-family), e.g.
# PMNT/RDDT/UPDD (unpaid direct debit), PMNT/RCDT/RRTN (returned transfer), PMNT/ICDT/RRTN.
_RETURN_SUBFAMILIES = frozenset({"UPDD", "RRTN", "PRDD", "RPCR", "ARET", "RCDD", "CHRG-BACK"})


@dataclass
class ImportResult:
    lines: int = 0
    matched: int = 0
    to_review: int = 0
    unmatched: int = 0
    duplicates: int = 0
    reversed: int = 0
    ignored: int = 0
    import_id: int | None = None
    file_seen_before: bool = False
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "lines": self.lines, "matched": self.matched, "to_review": self.to_review,
            "unmatched": self.unmatched, "duplicates": self.duplicates,
            "reversed": self.reversed, "ignored": self.ignored,
        }  # fmt: skip


def line_key(account: str | None, line: StatementLine, occurrence: int) -> str:
    """How a line is recognised in another file: the bank's reference (with the day: an
    MT940 customer reference may come back every month) when it gives one, else its
    content and its rank among identical lines of the statement."""
    if line.bank_reference:
        basis = (f"ref|{account}|{line.bank_reference}|{line.booking_date}|{line.direction}|"
                 f"{line.amount_cents}")  # fmt: skip
    else:
        basis = "|".join(
            str(part)
            for part in (
                "content", account, line.booking_date, line.value_date, line.direction,
                line.amount_cents, line.currency, line.end_to_end_id, line.structured_reference,
                line.remittance, line.counterparty_name, line.counterparty_iban, occurrence,
            )
        )  # fmt: skip
    return hashlib.sha256(basis.encode()).hexdigest()[:40]


def statement_import(
    database: Database,
    *,
    tenant_id: int,
    data: bytes,
    actor: str,
    now: datetime,
    filename: str | None = None,
    csv_mapping: CsvMapping | None = None,
) -> ImportResult:
    """Parse, store, match and book one bank file (StatementError if it is not one)."""
    [result] = statements_import(database, tenant_id=tenant_id, files=[(data, filename)],
                                 actor=actor, now=now, csv_mapping=csv_mapping)  # fmt: skip
    if isinstance(result, StatementError):
        raise result
    return result


@dataclass
class _Planned:
    result: ImportResult
    parsed: ParsedFile
    sha: str
    filename: str | None
    new: list[tuple[str, str | None, str, StatementLine]]


def statements_import(
    database: Database,
    *,
    tenant_id: int,
    files: Sequence[tuple[bytes, str | None]],
    actor: str,
    now: datetime,
    csv_mapping: CsvMapping | None = None,
) -> list[ImportResult | StatementError]:
    """Several files at once (the pages of a long statement): read on every core, matched
    against one index of the office, each stored and booked as its own import. A file
    that is not a statement gives its StatementError in its place; the others go."""
    parsed_files = parse_statements(files, csv_mapping=csv_mapping)
    results: list[ImportResult | StatementError] = []
    planned: list[_Planned] = []
    batch_keys: set[str] = set()  # a line on two pages of this batch is stored once
    for (data, filename), parsed in zip(files, parsed_files, strict=True):
        if isinstance(parsed, StatementError):
            results.append(parsed)
            continue
        result = ImportResult(warnings=list(parsed.warnings))
        results.append(result)
        keyed = _keyed_lines(parsed)
        result.lines = len(keyed)
        sha = hashlib.sha256(data).hexdigest()
        with database.read() as session:
            seen = session.scalar(
                select(BankImport.id).where(
                    BankImport.tenant_id == tenant_id, BankImport.sha256 == sha
                )
            )
            stored = (
                set()
                if seen is not None
                else _stored_keys(session, tenant_id, [k for k, _, _, _ in keyed])
            )
        if seen is not None:
            # The same file again adds nothing; what an interrupted import left is booked.
            result.duplicates, result.file_seen_before, result.import_id = len(keyed), True, seen
            lines_settle(database, import_id=seen, now=now, actor=actor)
            continue
        new = [item for item in keyed if item[0] not in stored and item[0] not in batch_keys]
        batch_keys.update(key for key, _, _, _ in new)
        result.duplicates = len(keyed) - len(new)
        planned.append(_Planned(result, parsed, sha, filename, new))
    if not planned:
        return results
    with database.read() as session:
        index = case_index(session, tenant_id, [line for p in planned for _, _, _, line in p.new])
    for plan in planned:
        _store_and_book(database, plan, index, tenant_id=tenant_id, actor=actor, now=now)
    return results


def _store_and_book(
    database: Database, plan: _Planned, index: CaseIndex, *, tenant_id: int, actor: str,
    now: datetime,
) -> None:  # fmt: skip
    result, parsed = plan.result, plan.parsed
    with database.write() as session:
        record = BankImport(
            tenant_id=tenant_id, sha256=plan.sha, filename=(plan.filename or "")[-200:] or None,
            format=parsed.format, statements=[_statement_summary(s) for s in parsed.statements],
            counts={}, imported_at=now, imported_by=actor[:100],
        )  # fmt: skip
        session.add(record)
        session.flush()
        result.import_id = record.id
        rows: list[BankLine] = []
        for key, account, statement_id, line in plan.new:
            row = _row(tenant_id, record.id, key, account, statement_id, line, now)
            _classify(row, line, index)
            session.add(row)
            rows.append(row)
        session.flush()
        for row in rows:
            if row.status in _OPEN_STATUSES:
                _task(session, row, now, known_new=True)
    lines_settle(database, import_id=record.id, now=now, actor=actor)
    with database.read() as session:
        statuses = Counter(
            session.scalars(select(BankLine.status).where(BankLine.import_id == record.id))
        )
    result.matched = statuses[MATCHED]
    result.to_review = statuses[TO_REVIEW]
    result.unmatched = statuses[UNMATCHED]
    result.reversed = statuses[REVERSED]
    result.ignored = statuses[IGNORED]
    with database.write() as session:
        imported = session.get(BankImport, record.id)
        if imported is not None:
            imported.counts = result.counts()


SMALL_FILE_LINES = 5_000
"""Up to this many lines, the cases a file may name are looked up by key; above, the
whole office is read once (cheaper than thousands of look-ups)."""


def case_index(session: Session, tenant_id: int, lines: Sequence[StatementLine]) -> CaseIndex:
    """The cases the lines may name, by their reference and their invoices'; the debtors
    the credits' payers may be, by IBAN and name key (indexed look-ups, a thousand keys at
    a time); and what the cases that weak evidence points at were asked for.

    A small file looks its cases up by the keys its texts hold (`reference_key`, indexed):
    instant on any office. A large one reads every case and invoice of the office as
    plain rows (Core, not the ORM: a million in seconds). Both give the matcher the same
    answers: every key a line's text can form is looked up either way."""
    connection = session.connection()
    credits = [line for line in lines if line.direction == Direction.CREDIT]
    small = len(lines) <= SMALL_FILE_LINES and _keys_complete(connection, tenant_id)
    index = (
        _index_by_keys(connection, tenant_id, lines) if small else CaseIndex.of_cases(
            _fetched(connection, select(Case.id, Case.reference, Case.currency, Case.status)
                     .where(Case.tenant_id == tenant_id)),
            _fetched(connection, select(Claim.case_id, Claim.reference)
                     .where(Claim.tenant_id == tenant_id, Claim.status != "cancelled")),
        )
    )  # fmt: skip
    # The lines a reference names are matched now, once; the others (payer's account or
    # name only) need the debtors they may be, and what those cases were asked for.
    weak: list[StatementLine] = []
    for line in credits:
        found = match_line(line, index)
        if found.case_ids:
            index.known[line] = found
        else:
            weak.append(line)
    ibans = sorted({iban_key(line.counterparty_iban) for line in weak if line.counterparty_iban})
    names = sorted({name_key(line.counterparty_name) for line in weak if line.counterparty_name})
    payers = select(Case.id, Case.reference, Case.currency, Case.status, Debtor.name_key,
                    Debtor.iban).join(Debtor, Debtor.id == Case.debtor_id)  # fmt: skip
    for column, keys in ((Debtor.iban, ibans), (Debtor.name_key, names)):
        for chunk in _chunks([key for key in keys if key], 1000):
            rows = connection.execute(
                payers.where(Debtor.tenant_id == tenant_id, column.in_(chunk))
            ).all()
            for row in rows:
                index.cases.rows.setdefault(row[0], tuple(row[:4]))
            index.add_debtors((row[0], row[4], row[5]) for row in rows)
    index.expected = expected_amounts(session, index.candidates_needing_amounts(weak))
    return index


def _keys_complete(connection: Connection, tenant_id: int) -> bool:
    """Every case and invoice has its reference key (rows written some other way than the
    import and the migration would not be found by key: then the office is read whole)."""
    return not any(
        connection.execute(
            select(model.id)
            .where(model.tenant_id == tenant_id, model.reference_key.is_(None))
            .limit(1)
        ).first()
        for model in (Case, Claim)
    )


def _index_by_keys(
    connection: Connection, tenant_id: int, lines: Sequence[StatementLine]
) -> CaseIndex:
    keys: set[str] = set()
    wanted: set[int] = set()
    for line in lines:
        keys.update(key for _, _, key in text_keys(line.remittance))
        if line.structured_reference:
            case_id = case_id_of(line.structured_reference)
            if case_id is not None:
                wanted.add(case_id)
        wanted.update(case_ids_in_text(line.remittance))
    claims: list[Any] = []
    for chunk in _chunks(sorted(keys), 1000):
        wanted.update(
            connection.execute(
                select(Case.id).where(Case.tenant_id == tenant_id, Case.reference_key.in_(chunk))
            ).scalars()
        )
        claims += connection.execute(
            select(Claim.case_id, Claim.reference).where(
                Claim.tenant_id == tenant_id, Claim.reference_key.in_(chunk),
                Claim.status != "cancelled",
            )
        ).all()  # fmt: skip
    wanted.update(case_id for case_id, _ in claims)
    cases: list[Any] = []
    for chunk in _chunks(sorted(wanted), 1000):
        cases += connection.execute(
            select(Case.id, Case.reference, Case.currency, Case.status).where(
                Case.tenant_id == tenant_id, Case.id.in_(chunk)
            )
        ).all()
    return CaseIndex.of_cases(cases, claims)


def _fetched(connection: Connection, query: ClauseElement) -> list[Any]:
    """All the rows of a large read, fetched by the driver's own cursor in one call (a
    million rows through SQLAlchemy's row objects cost seconds more). The query's values
    are the caller's own integers and constants, written into the SQL by the dialect."""
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def expected_amounts(session: Session, case_ids: Iterable[int]) -> dict[int, set[int]]:
    """What each case was asked for, in cents: its booked balance (principal, fees and
    corrections less payments: interest computed since is not in it), a pending promise,
    the next instalment of its plan, an open checkout."""
    ids = sorted(set(case_ids))
    expected: dict[int, set[int]] = {case_id: set() for case_id in ids}
    signs = {
        EntryKind.PAYMENT.value: -1, EntryKind.REVERSAL.value: 1, EntryKind.PRINCIPAL.value: 1,
        EntryKind.INTEREST.value: 1, EntryKind.INDEMNITY.value: 1, EntryKind.FEE.value: 1,
        EntryKind.ADJUSTMENT.value: 1,
    }  # fmt: skip
    for chunk in _chunks(ids, 5000):
        balances: Counter[int] = Counter()
        for case_id, kind, cents in session.execute(
            select(LedgerEntry.case_id, LedgerEntry.kind, func.sum(LedgerEntry.amount_cents))
            .where(LedgerEntry.case_id.in_(chunk))
            .group_by(LedgerEntry.case_id, LedgerEntry.kind)
        ):
            balances[case_id] += signs.get(kind, 0) * int(cents or 0)
        for case_id, cents in balances.items():
            if cents > 0:
                expected[case_id].add(cents)
        for case_id, amount, paid in session.execute(
            select(Promise.case_id, Promise.amount_cents, Promise.paid_cents).where(
                Promise.case_id.in_(chunk), Promise.status == PromiseStatus.PENDING.value
            )
        ):
            expected[case_id].update({amount, amount - paid} - {0})
        for plan in session.scalars(
            select(PaymentPlan).where(
                PaymentPlan.case_id.in_(chunk), PaymentPlan.status == PlanStatus.ACCEPTED.value
            )
        ):
            uncovered = first_uncovered(plan.instalments, plan.paid_cents)
            if uncovered is not None:
                item, due = uncovered
                expected[plan.case_id].update({int(item["amount_cents"]), due})
        for case_id, cents in session.execute(
            select(PaymentCheckout.case_id, PaymentCheckout.amount_cents).where(
                PaymentCheckout.case_id.in_(chunk), PaymentCheckout.status == "open"
            )
        ):
            expected[case_id].add(cents)
    return expected


# Classification: what each new line is -------------------------------------------------------


def _classify(row: BankLine, line: StatementLine, index: CaseIndex) -> None:
    if line.direction == Direction.DEBIT:
        if _is_return(line):
            # The cases the return names, where the payment it undoes is looked for.
            match = match_line(line, index)
            row.status, row.reason = TO_REVERSE, "a return: the payment it undoes is looked for"
            row.allocations = [{"case_id": case_id, "planned": True} for case_id in match.case_ids]
        else:
            row.status, row.reason = IGNORED, "a debit that returns no payment (the office's own)"
        return
    match = match_line(line, index)
    row.score = match.score
    row.case_id = match.case_ids[0] if match.case_ids else None
    if line.problem:
        row.status, row.reason = TO_REVIEW, f"{line.problem}; {match.reason}"[:300]
    elif line.reversal:
        row.status = TO_REVIEW
        row.reason = f"the bank reverses an earlier debit: a person checks it; {match.reason}"[:300]
    elif match.auto:
        row.status, row.reason = TO_BOOK, match.reason[:300]
        row.allocations = [{"case_id": case_id, "planned": True} for case_id in match.case_ids]
    elif match.case_ids:
        row.status, row.reason = TO_REVIEW, match.reason[:300]
    else:
        row.status, row.reason = UNMATCHED, match.reason[:300]


def _is_return(line: StatementLine) -> bool:
    if line.reversal or line.return_reason:
        return True
    code = (line.bank_code or "").upper()
    return any(part in _RETURN_SUBFAMILIES for part in code.split("/"))


# Acting on each line: book, reverse, or queue ------------------------------------------------


def lines_settle(database: Database, *, import_id: int, now: datetime, actor: str) -> int:
    """Book (or reverse) the lines an import decided, a batch per transaction, each line
    locked and checked still undone; returns how many were settled."""
    with database.read() as session:
        ids = list(
            session.scalars(
                select(BankLine.id)
                .where(BankLine.import_id == import_id, BankLine.status.in_((TO_BOOK, TO_REVERSE)))
                .order_by(BankLine.id)
            )
        )
    for chunk in _chunks(ids, _BATCH):
        with database.write() as session:
            for row in session.scalars(
                select(BankLine)
                .where(BankLine.id.in_(chunk))
                .order_by(BankLine.id)
                .with_for_update()
            ):
                planned = [int(part["case_id"]) for part in row.allocations]
                if row.status == TO_BOOK:
                    row.status = MATCHED
                    _book(session, row, planned, now, actor)
                elif row.status == TO_REVERSE:
                    _reverse(session, row, Match(tuple(planned), 0, ""), now, actor)
                if row.status in _OPEN_STATUSES:
                    _task(session, row, now)
    return len(ids)


def _book(session: Session, row: BankLine, case_ids: list[int], now: datetime, actor: str) -> None:
    """Book the line's amount on its case(s); a refusal puts the line to review."""
    if not case_ids:
        row.status, row.reason = TO_REVIEW, "no case to book on"
        return
    cases = [session.get(Case, case_id) for case_id in case_ids]
    if any(case is None or case.tenant_id != row.tenant_id for case in cases):
        row.status, row.reason = TO_REVIEW, "the case named is not this office's"
        return
    left = row.amount_cents
    allocations: list[dict[str, Any]] = []
    try:
        with session.begin_nested():
            for position, case in enumerate(cases):
                assert case is not None
                last = position == len(cases) - 1
                if last:
                    share = left
                else:
                    due = to_cents(case_statement(session, case, row.booking_date).total_due)
                    share = min(left, max(due, 0))
                if share <= 0:
                    continue
                suffix = f":{position}" if len(cases) > 1 else ""
                recorded = payment_record(
                    session, case=case, amount_cents=share, currency=row.currency,
                    effective_on=row.value_date or row.booking_date,
                    external_reference=f"bank:{row.line_key}{suffix}", actor=actor, now=now,
                    reason=_payment_reason(row),
                )  # fmt: skip
                left -= share
                allocations.append({"case_id": case.id, "amount_cents": share,
                                    "entry_id": recorded.entry_id,
                                    "overpaid": recorded.balance_cents < 0})  # fmt: skip
    except (PaymentRefused, LedgerError) as refused:
        row.status = TO_REVIEW
        row.reason = f"not booked: {refused}; {row.reason}"[:300]
        return
    row.allocations = allocations
    row.case_id = case_ids[0]
    row.resolved_at = now
    row.resolved_by = actor
    if any(part["overpaid"] for part in allocations):
        # The money is booked; the surplus is owed back or placed by a person.
        _task(session, row, now, reason="over-payment: the case owes the debtor a refund "
                                        "or a person places the surplus")  # fmt: skip


def _payment_reason(row: BankLine) -> str:
    who = row.counterparty_name or "unknown payer"
    return f"bank transfer from {who} on {row.booking_date.isoformat()}: {row.reason}"


def _reverse(
    session: Session, row: BankLine, match: Match | None, now: datetime, actor: str
) -> None:
    """A returned payment: find the credit it returns and reverse its booking."""
    payments = _returned_payments(session, row, match)
    if not payments:
        row.status = TO_REVIEW
        row.reason = "a return or chargeback, but no booked payment of this amount was found"
        return
    payment = payments[0]
    case = session.get(Case, payment.case_id)
    assert case is not None
    why = f"returned by the bank ({row.return_reason or row.bank_code or 'reversal'})"
    try:
        with session.begin_nested():
            reversed_ = payment_reverse(
                session, case=case, payment=payment, effective_on=row.booking_date,
                external_reference=f"bank:{row.line_key}", actor=actor, now=now, reason=why,
            )  # fmt: skip
    except (PaymentRefused, LedgerError) as refused:
        row.status, row.reason = TO_REVIEW, f"return not booked: {refused}"[:300]
        return
    row.status, row.case_id, row.score = REVERSED, case.id, 100
    row.reason = f"{why}: payment {payment.external_reference} of case {case.reference} reversed"
    row.allocations = [{"case_id": case.id, "amount_cents": -payment.amount_cents,
                        "entry_id": reversed_.entry_id, "reverses": payment.id}]  # fmt: skip
    row.resolved_at, row.resolved_by = now, actor


def _returned_payments(session: Session, row: BankLine, match: Match | None) -> list[LedgerEntry]:
    """Payments not yet reversed that this return may undo, the likeliest first: the
    credit with the same end-to-end id, else a payment of that amount on the case."""
    reversed_ids = select(LedgerEntry.reverses_id).where(LedgerEntry.reverses_id.is_not(None))
    query = select(LedgerEntry).where(
        LedgerEntry.tenant_id == row.tenant_id,
        LedgerEntry.kind == EntryKind.PAYMENT.value,
        LedgerEntry.id.not_in(reversed_ids),
    )
    if row.end_to_end_id:
        credits = session.scalars(
            select(BankLine).where(
                BankLine.tenant_id == row.tenant_id, BankLine.end_to_end_id == row.end_to_end_id,
                BankLine.direction == Direction.CREDIT.value, BankLine.status == MATCHED,
            )
        ).all()  # fmt: skip
        keys = [f"bank:{credit.line_key}" for credit in credits]
        if keys:
            found = session.scalars(
                query.where(LedgerEntry.external_reference.in_(keys)).order_by(LedgerEntry.id)
            ).all()
            exact = [entry for entry in found if entry.amount_cents == row.amount_cents]
            if exact:
                return list(exact)
    case_ids = list(match.case_ids) if match is not None else []
    if not case_ids and row.counterparty_iban:
        case_ids = list(
            session.scalars(
                select(Case.id)
                .join(Debtor, Debtor.id == Case.debtor_id)
                .where(Case.tenant_id == row.tenant_id,
                       Debtor.iban == iban_key(row.counterparty_iban))
            )
        )  # fmt: skip
    if not case_ids:
        return []
    return list(
        session.scalars(
            query.where(
                LedgerEntry.case_id.in_(case_ids), LedgerEntry.amount_cents == row.amount_cents
            ).order_by(LedgerEntry.effective_on.desc(), LedgerEntry.id.desc())
        )
    )


def _task(
    session: Session, row: BankLine, now: datetime, reason: str | None = None,
    known_new: bool = False,
) -> None:  # fmt: skip
    """The line in the work queue, once: a person confirms, assigns or sets it aside."""
    exists = None if known_new else session.scalar(
        select(HumanTask.id).where(
            HumanTask.tenant_id == row.tenant_id, HumanTask.kind == TaskKind.PAYMENT.value,
            HumanTask.status == TaskStatus.OPEN.value,
            HumanTask.data["bank_line"].as_integer() == row.id,
        )
    )  # fmt: skip
    if exists is not None:
        return
    amount = f"{from_cents(row.amount_cents)} {row.currency}"
    summary = "\n".join(
        part
        for part in (
            f"{row.direction.capitalize()} of {amount} booked by the bank on "
            f"{row.booking_date.isoformat()}.",
            f"Payer: {row.counterparty_name or '—'} ({row.counterparty_iban or 'no IBAN'}).",
            f"Text: {row.remittance or '—'}",
            f"Structured reference: {row.structured_reference}" if row.structured_reference else "",
            f"Why it waits: {reason or row.reason}",
            "Confirm the suggested case, assign another, or set the line aside.",
        )
        if part
    )
    payment_task(session, tenant_id=row.tenant_id, case_id=row.case_id, reason=reason or row.reason,
                 summary=summary, data={"bank_line": row.id, "amount_cents": row.amount_cents},
                 now=now, priority=2 if row.status == TO_REVIEW else 3)  # fmt: skip


# The queue: a person's decision --------------------------------------------------------------


class LineError(ValueError):
    """A decision that cannot apply to this line (not in the queue, unknown case…)."""


def line_confirm(
    session: Session, *, tenant_id: int, line_id: int, actor: str, now: datetime
) -> BankLine:
    """Book the line on the case the matcher suggested."""
    row = _queued(session, tenant_id, line_id)
    if row.case_id is None:
        raise LineError(f"line {line_id} has no suggested case: assign one")
    return _decide(session, row, [row.case_id], actor, now)


def line_assign(
    session: Session, *, tenant_id: int, line_id: int, case_reference: str, actor: str,
    now: datetime,
) -> BankLine:  # fmt: skip
    """Book the line on the case a person names (by its reference or its RF reference)."""
    row = _queued(session, tenant_id, line_id)
    case_id = case_id_of(case_reference)
    query = select(Case.id).where(Case.tenant_id == tenant_id)
    query = (
        query.where(Case.id == case_id)
        if case_id
        else query.where(Case.reference == case_reference)
    )
    found = session.scalar(query)
    if found is None:
        raise LineError(f"no case {case_reference!r} in this office")
    return _decide(session, row, [found], actor, now)


def line_set_aside(
    session: Session, *, tenant_id: int, line_id: int, reason: str, actor: str, now: datetime
) -> BankLine:
    """Not a debtor's payment (or settled outside): closed with the person's reason."""
    row = _queued(session, tenant_id, line_id)
    row.status, row.reason = SET_ASIDE, f"set aside by {actor}: {reason}"[:300]
    row.resolved_at, row.resolved_by = now, actor
    _close_tasks(session, row, actor, now)
    return row


def _queued(session: Session, tenant_id: int, line_id: int) -> BankLine:
    row = session.scalars(
        select(BankLine)
        .where(BankLine.id == line_id, BankLine.tenant_id == tenant_id)
        .with_for_update()
    ).first()
    if row is None:
        raise LineError(f"no bank line {line_id} in this office")
    if row.status not in _OPEN_STATUSES:
        raise LineError(f"line {line_id} is {row.status}, not waiting for a decision")
    return row


def _decide(
    session: Session, row: BankLine, case_ids: list[int], actor: str, now: datetime
) -> BankLine:
    if row.direction == Direction.DEBIT.value:
        match = Match(tuple(case_ids), 100, "assigned by a person")
        _reverse(session, row, match, now, actor)
        if row.status != REVERSED:
            raise LineError(row.reason)
    else:
        row.status, row.reason, row.score = MATCHED, f"confirmed by {actor}", 100
        _book(session, row, case_ids, now, actor)
        if row.status != MATCHED:
            raise LineError(row.reason)
    _close_tasks(session, row, actor, now)
    return row


def _close_tasks(session: Session, row: BankLine, actor: str, now: datetime) -> None:
    for task in session.scalars(
        select(HumanTask).where(
            and_(HumanTask.tenant_id == row.tenant_id, HumanTask.kind == TaskKind.PAYMENT.value,
                 HumanTask.status == TaskStatus.OPEN.value,
                 HumanTask.data["bank_line"].as_integer() == row.id)
        )
    ):  # fmt: skip
        task.status, task.closed_at, task.closed_by = TaskStatus.DONE.value, now, actor


# Helpers -------------------------------------------------------------------------------------


def _keyed_lines(parsed: ParsedFile) -> list[tuple[str, str | None, str, StatementLine]]:
    keyed = []
    for statement in parsed.statements:
        account = statement.account_iban or statement.account_other
        occurrences: Counter[tuple[object, ...]] = Counter()
        for line in statement.lines:
            identity = (line.booking_date, line.amount_cents, line.direction, line.remittance,
                        line.counterparty_name, line.end_to_end_id)  # fmt: skip
            occurrences[identity] += 1
            key = line_key(account, line, occurrences[identity])
            keyed.append((key, account, statement.statement_id, line))
    return keyed


def _stored_keys(session: Session, tenant_id: int, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(keys, 500):
        found.update(
            session.scalars(
                select(BankLine.line_key).where(
                    BankLine.tenant_id == tenant_id, BankLine.line_key.in_(chunk)
                )
            )
        )
    return found


def _row(
    tenant_id: int, import_id: int, key: str, account: str | None, statement_id: str,
    line: StatementLine, now: datetime,
) -> BankLine:  # fmt: skip
    return BankLine(
        tenant_id=tenant_id, import_id=import_id, line_key=key, account=(account or "")[:40] or None,
        statement_id=statement_id[:100], booking_date=line.booking_date, value_date=line.value_date,
        amount_cents=line.amount_cents, currency=line.currency[:3], direction=line.direction.value,
        bank_reference=_cut(line.bank_reference, 100), end_to_end_id=_cut(line.end_to_end_id, 100),
        structured_reference=_cut(line.structured_reference, 40), remittance=line.remittance[:2000],
        counterparty_name=_cut(line.counterparty_name, 200),
        counterparty_iban=_cut(iban_key(line.counterparty_iban) if line.counterparty_iban else None, 34),
        bank_code=_cut(line.bank_code, 40), reversal=line.reversal,
        return_reason=_cut(line.return_reason, 10), problem=_cut(line.problem, 300),
        status=UNMATCHED, case_id=None, score=0, reason="", allocations=[], created_at=now,
    )  # fmt: skip


def _cut(text: str | None, size: int) -> str | None:
    return text[:size] if text else None


def _statement_summary(statement: Any) -> dict[str, Any]:
    return {
        "id": statement.statement_id, "account": statement.account_iban or statement.account_other,
        "currency": statement.currency,
        "from": statement.from_date.isoformat() if statement.from_date else None,
        "to": statement.to_date.isoformat() if statement.to_date else None,
        "opening_cents": statement.opening_balance_cents,
        "closing_cents": statement.closing_balance_cents, "lines": len(statement.lines),
    }  # fmt: skip


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
