"""Writes validated rows into the portfolio, a batch at a time.

A batch is read in a handful of queries (creditors, claims, debtors, contact
points, cases by reference), every row is planned in memory — including the
checks that need the database, such as a case that belongs to another debtor —
and only then written with bulk inserts and updates. A row found wrong while
planning is rejected with its reason and writes nothing; the rows around it go in.

Ids are allocated here rather than returned by the database so that the inserts
can run as plain `executemany` (see `IdAllocator`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.orm import Session

from amiable.core.bulk import bulk_insert
from amiable.core.db import table_of
from amiable.core.money import to_cents
from amiable.ledger.models import LedgerEntry
from amiable.portfolio import events
from amiable.portfolio.imports.standard import RowError, StandardRow
from amiable.portfolio.models import Case, CaseEvent, Claim, ContactPoint, Creditor, Debtor

_DEBTOR_FIELDS = (
    "type", "name", "siren", "siret", "vat_number", "iban", "address", "postcode",
    "city", "country", "language",
)  # fmt: skip
_CLAIM_FIELDS = (
    "nature", "issue_date", "due_date", "principal_cents", "currency", "has_title",
    "title_date", "contract_rate", "description",
)  # fmt: skip


class IdAllocator:
    """Hands out primary keys for bulk inserts inside one write transaction.

    SQLite: the transaction holds the write lock (BEGIN IMMEDIATE), so MAX(id)+1
    onwards is ours until it commits. PostgreSQL: blocks of values from the
    table's own sequence, so concurrent writers never collide.
    """

    def __init__(self, session: Session, table: str) -> None:
        self._session = session
        self._table = table
        self._postgres = session.get_bind().dialect.name == "postgresql"
        self._block: list[int] = []
        self._next: int | None = None

    def take(self) -> int:
        if self._postgres:
            if not self._block:
                self._block = list(
                    self._session.execute(
                        text(
                            "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, 500)"
                        ),
                        {"t": f'"{self._table}"'},
                    ).scalars()
                )[::-1]
            return self._block.pop()
        if self._next is None:
            self._next = (
                self._session.execute(
                    text(f'SELECT COALESCE(MAX(id), 0) FROM "{self._table}"')
                ).scalar_one()
                + 1
            )
        value, self._next = self._next, self._next + 1
        return value


@dataclass
class BatchOutcome:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    created_creditors: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    """Everything a batch will write, gathered before any write."""

    creditors: list[dict[str, Any]] = field(default_factory=list)
    debtors: list[dict[str, Any]] = field(default_factory=list)
    debtor_updates: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    new_cases: dict[int, dict[str, Any]] = field(default_factory=dict)
    openings: dict[int, list[dict[str, str]]] = field(default_factory=dict)
    new_debtors: set[int] = field(default_factory=set)
    case_placed: dict[int, int] = field(default_factory=dict)
    case_notices: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    claim_updates: list[dict[str, Any]] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


class PortfolioWriter:
    """Writes rows for one tenant; `actor` and `source` end up in every event."""

    def __init__(self, *, tenant_id: int, actor: str, source: str, now: datetime) -> None:
        self.tenant_id = tenant_id
        self.actor = actor
        self.source = source
        self.now = now
        self._creditor_ids: dict[str, int] = {}

    def write(self, session: Session, rows: Sequence[StandardRow]) -> BatchOutcome:
        outcome = BatchOutcome()
        plan = _Plan()
        ids = {name: IdAllocator(session, name) for name in ("creditor", "debtor", "case", "claim")}
        known_creditors = dict(self._creditor_ids)
        self._resolve_creditors(session, rows, known_creditors, ids["creditor"], plan, outcome)
        claims = self._load_claims(session, rows, known_creditors)
        pending = []
        for row in rows:
            existing = claims.get((known_creditors[row.creditor_ref], row.claim_ref))
            if existing is not None and existing["source_fingerprint"] == row.fingerprint:
                outcome.unchanged += 1
            else:
                pending.append(row)
        debtors = self._load_debtors(session, pending)
        contacts = self._load_contacts(session, [d["id"] for d in debtors.values()])
        cases = self._load_cases(session, pending)
        for row in pending:
            creditor_id = known_creditors[row.creditor_ref]
            existing_claim = claims.get((creditor_id, row.claim_ref))
            problem = self._check(row, creditor_id, cases.get(row.case_ref), existing_claim)
            if problem:
                outcome.errors.append(problem)
                continue
            debtor, debtor_changes = self._plan_debtor(row, debtors, ids["debtor"], plan)
            contacts_added = self._plan_contacts(row, debtor["id"], contacts, plan)
            case, case_is_new = self._plan_case(
                row, creditor_id, debtor["id"], cases, ids["case"], plan
            )
            if case_is_new:
                # A new case's first claims are listed in its opening event, not one event each.
                opening = self._event(events.case_opened, case["id"], row, creditor=row.creditor_ref,
                                      debtor=row.debtor_ref, claims=[])  # fmt: skip
                plan.events.append(opening)
                plan.openings[case["id"]] = opening["data"]["claims"]
            if debtor["id"] not in plan.new_debtors and (debtor_changes or contacts_added):
                # The timeline shows where a known debtor's new details came from.
                plan.events.append(self._event(events.debtor_updated, case["id"], row, debtor=row.debtor_ref,
                                               changes=debtor_changes or {},
                                               contact_points_added=contacts_added))  # fmt: skip
            if existing_claim is None:
                claim_id = ids["claim"].take()
                values = _claim_values(row)
                # Kept so that a repeated claim in the same batch is seen as an update.
                claims[(creditor_id, row.claim_ref)] = {
                    "id": claim_id, "case_id": case["id"], "source_fingerprint": row.fingerprint, **values,
                }  # fmt: skip
                self._plan_new_claim(row, claim_id, creditor_id, case["id"], values, plan)
                outcome.imported += 1
            else:
                self._plan_claim_update(row, existing_claim, case["id"], plan)
                outcome.updated += 1
        self._execute(session, plan)
        self._creditor_ids = known_creditors
        return outcome

    def forget_uncommitted(self, committed: dict[str, int]) -> None:
        """After a rolled-back batch, keep only creditors known to be in the database."""
        self._creditor_ids = dict(committed)

    @property
    def creditor_ids(self) -> dict[str, int]:
        return dict(self._creditor_ids)

    # -- loading ---------------------------------------------------------------

    def _resolve_creditors(self, session: Session, rows: Sequence[StandardRow], known: dict[str, int],
                           allocator: IdAllocator, plan: _Plan, outcome: BatchOutcome) -> None:  # fmt: skip
        wanted = {
            row.creditor_ref: row.creditor_name for row in rows if row.creditor_ref not in known
        }
        if not wanted:
            return
        found = session.execute(
            select(Creditor.reference, Creditor.id).where(
                Creditor.tenant_id == self.tenant_id, Creditor.reference.in_(wanted)
            )
        )
        known.update(dict(found.all()))
        for reference, name in wanted.items():
            if reference in known:
                continue
            # Unknown creditor: created, and without a mandate nobody is contacted
            # for it until the office completes it (CPCE R124-3).
            known[reference] = allocator.take()
            plan.creditors.append({
                "id": known[reference], "tenant_id": self.tenant_id, "reference": reference,
                "name": name or reference, "country": "FR", "is_natural_person": False,
                "created_at": self.now, "updated_at": self.now,
            })  # fmt: skip
            outcome.created_creditors.append(reference)

    def _load_claims(self, session: Session, rows: Sequence[StandardRow], creditors: dict[str, int]) -> dict[tuple[int, str], dict[str, Any]]:  # fmt: skip
        columns = [Claim.id, Claim.creditor_id, Claim.reference, Claim.case_id, Claim.source_fingerprint,
                   Claim.principal_cents, *(getattr(Claim, name) for name in _CLAIM_FIELDS if name != "principal_cents")]  # fmt: skip
        result = session.execute(
            select(*columns).where(
                Claim.tenant_id == self.tenant_id,
                # The creditor too, so that the lookup is an index search, not a scan of
                # every claim of the office (the unique key is tenant, creditor, reference).
                Claim.creditor_id.in_({creditors[row.creditor_ref] for row in rows}),
                Claim.reference.in_({row.claim_ref for row in rows}),
            )
        )
        wanted = {(creditors[row.creditor_ref], row.claim_ref) for row in rows}
        claims = {}
        for found in result.mappings():
            key = (found["creditor_id"], found["reference"])
            if key in wanted:
                claims[key] = dict(found)
        return claims

    def _load_debtors(
        self, session: Session, rows: Sequence[StandardRow]
    ) -> dict[str, dict[str, Any]]:
        if not rows:
            return {}
        result = session.execute(
            select(
                Debtor.id, Debtor.reference, *(getattr(Debtor, name) for name in _DEBTOR_FIELDS)
            ).where(
                Debtor.tenant_id == self.tenant_id,
                Debtor.reference.in_({row.debtor_ref for row in rows}),
            )
        )
        return {found["reference"]: dict(found) for found in result.mappings()}

    def _load_contacts(
        self, session: Session, debtor_ids: list[int]
    ) -> dict[int, set[tuple[str, str]]]:
        contacts: dict[int, set[tuple[str, str]]] = {}
        if debtor_ids:
            result = session.execute(
                select(ContactPoint.debtor_id, ContactPoint.kind, ContactPoint.value).where(
                    ContactPoint.debtor_id.in_(debtor_ids)
                )
            )
            for debtor_id, kind, value in result:
                contacts.setdefault(debtor_id, set()).add((kind, value))
        return contacts

    def _load_cases(
        self, session: Session, rows: Sequence[StandardRow]
    ) -> dict[str, dict[str, Any]]:
        if not rows:
            return {}
        result = session.execute(
            select(
                Case.id,
                Case.reference,
                Case.creditor_id,
                Case.debtor_id,
                Case.currency,
                Case.formal_notice_on,
                Debtor.reference.label("debtor_ref"),
            )
            .join(Debtor, Debtor.id == Case.debtor_id)
            .where(
                Case.tenant_id == self.tenant_id, Case.reference.in_({row.case_ref for row in rows})
            )
        )
        return {found["reference"]: dict(found) for found in result.mappings()}

    # -- planning --------------------------------------------------------------

    def _check(self, row: StandardRow, creditor_id: int, case: dict[str, Any] | None,
               claim: dict[str, Any] | None) -> RowError | None:  # fmt: skip
        if case is not None:
            if case["creditor_id"] != creditor_id:
                return RowError(
                    row.row, "case_ref", f"case {row.case_ref} belongs to another creditor"
                )
            if case["debtor_ref"] != row.debtor_ref:
                return RowError(
                    row.row,
                    "case_ref",
                    f"case {row.case_ref} belongs to debtor {case['debtor_ref']}",
                )
            if case["currency"] != row.currency:
                return RowError(
                    row.row, "currency", f"case {row.case_ref} is in {case['currency']}"
                )
        if claim is not None and case is not None and claim["case_id"] != case["id"]:
            return RowError(row.row, "claim_ref", f"claim {row.claim_ref} belongs to another case")
        if claim is not None and case is None:
            return RowError(row.row, "claim_ref", f"claim {row.claim_ref} belongs to another case")
        return None

    def _plan_debtor(self, row: StandardRow, debtors: dict[str, dict[str, Any]], allocator: IdAllocator,
                     plan: _Plan) -> tuple[dict[str, Any], dict[str, Any] | None]:  # fmt: skip
        """The row's debtor, created or updated; with the changes made to a known one."""
        values = _debtor_values(row)
        debtor = debtors.get(row.debtor_ref)
        if debtor is None:
            debtor = {"id": allocator.take(), "reference": row.debtor_ref, **values}
            debtors[row.debtor_ref] = debtor
            plan.debtors.append({**debtor, "tenant_id": self.tenant_id, "timezone": "Europe/Paris",
                                 "created_at": self.now, "updated_at": self.now})  # fmt: skip
            plan.new_debtors.add(debtor["id"])
            return debtor, None
        # Only what the row states replaces what is on file; a blank cell erases nothing.
        changes = {k: {"from": debtor.get(k), "to": v} for k, v in values.items()
                   if v is not None and debtor.get(k) != v}  # fmt: skip
        if changes:
            debtor.update({k: change["to"] for k, change in changes.items()})
            plan.debtor_updates.append({"_id": debtor["id"], **{k: debtor[k] for k in _DEBTOR_FIELDS},
                                        "updated_at": self.now})  # fmt: skip
        return debtor, changes

    def _plan_contacts(self, row: StandardRow, debtor_id: int, contacts: dict[int, set[tuple[str, str]]],
                       plan: _Plan) -> list[str]:  # fmt: skip
        known = contacts.setdefault(debtor_id, set())
        added = []
        postal = ", ".join(
            part for part in (row.address, " ".join(filter(None, (row.postcode, row.city)))) if part
        )
        for kind, value in (("email", row.email), ("phone", row.phone), ("postal", postal)):
            if value and (kind, value) not in known:
                known.add((kind, value))
                added.append(f"{kind}: {value}")
                plan.contacts.append({
                    "tenant_id": self.tenant_id, "debtor_id": debtor_id, "kind": kind, "value": value,
                    "status": "valid", "consent": "unknown", "source": self.source[:40],
                    "created_at": self.now, "updated_at": self.now,
                })  # fmt: skip
        return added

    def _plan_case(self, row: StandardRow, creditor_id: int, debtor_id: int, cases: dict[str, dict[str, Any]],
                   allocator: IdAllocator, plan: _Plan) -> tuple[dict[str, Any], bool]:  # fmt: skip
        case = cases.get(row.case_ref)
        if case is not None:
            if row.formal_notice_date and case["formal_notice_on"] != row.formal_notice_date:
                case["formal_notice_on"] = row.formal_notice_date
                plan.case_notices.append(
                    {
                        "_id": case["id"],
                        "formal_notice_on": row.formal_notice_date,
                        "updated_at": self.now,
                    }
                )
            return case, False
        case = {"id": allocator.take(), "reference": row.case_ref, "creditor_id": creditor_id,
                "debtor_id": debtor_id, "currency": row.currency, "debtor_ref": row.debtor_ref,
                "formal_notice_on": row.formal_notice_date}  # fmt: skip
        cases[row.case_ref] = case
        new_case = {
            "id": case["id"], "tenant_id": self.tenant_id, "reference": row.case_ref,
            "creditor_id": creditor_id, "debtor_id": debtor_id, "status": "new",
            "currency": row.currency, "jurisdiction": row.country if row.country in {"FR", "GB", "US"} else "FR",
            "placed_cents": 0, "formal_notice_on": row.formal_notice_date,
            "opened_at": self.now, "updated_at": self.now,
        }  # fmt: skip
        plan.cases.append(new_case)
        plan.new_cases[case["id"]] = new_case
        return case, True

    def _plan_new_claim(self, row: StandardRow, claim_id: int, creditor_id: int, case_id: int,
                        values: dict[str, Any], plan: _Plan) -> None:  # fmt: skip
        cents = values["principal_cents"]
        plan.claims.append({
            "id": claim_id, "tenant_id": self.tenant_id, "case_id": case_id, "creditor_id": creditor_id,
            "reference": row.claim_ref, "status": "open", "source_fingerprint": row.fingerprint,
            "created_at": self.now, "updated_at": self.now, **values,
        })  # fmt: skip
        plan.entries.append(self._entry(case_id, claim_id, "principal", None, cents, row,
                                        f"principal of claim {row.claim_ref}"))  # fmt: skip
        self._add_placed(plan, case_id, cents)
        summary = {"claim": row.claim_ref, "principal": str(row.principal),
                   "due_date": row.due_date.isoformat(), "nature": row.nature}  # fmt: skip
        opening = plan.openings.get(case_id)
        if opening is not None:
            opening.append(summary)
        else:
            plan.events.append(self._event(events.claim_added, case_id, row, **summary))

    def _plan_claim_update(
        self, row: StandardRow, claim: dict[str, Any], case_id: int, plan: _Plan
    ) -> None:
        values = _claim_values(row)
        changes = {
            k: {"from": claim.get(k), "to": v} for k, v in values.items() if claim.get(k) != v
        }
        claim.update(values)
        claim["source_fingerprint"] = row.fingerprint
        plan.claim_updates.append({"_id": claim["id"], **values, "source_fingerprint": row.fingerprint,
                                   "updated_at": self.now})  # fmt: skip
        if "principal_cents" in changes:
            # The ledger is append-only: a new principal is an adjustment, not an edit.
            delta = values["principal_cents"] - changes["principal_cents"]["from"]
            plan.entries.append(self._entry(case_id, claim["id"], "adjustment", "principal", delta, row,
                                            f"principal of claim {row.claim_ref} changed by the creditor"))  # fmt: skip
            self._add_placed(plan, case_id, delta)
        if changes:
            plan.events.append(
                self._event(
                    events.claim_updated, case_id, row, claim=row.claim_ref, changes=changes
                )
            )

    @staticmethod
    def _add_placed(plan: _Plan, case_id: int, cents: int) -> None:
        new_case = plan.new_cases.get(case_id)
        if new_case is not None:
            new_case["placed_cents"] += cents
        else:
            plan.case_placed[case_id] = plan.case_placed.get(case_id, 0) + cents

    def _entry(self, case_id: int, claim_id: int, kind: str, component: str | None, cents: int,
               row: StandardRow, reason: str) -> dict[str, Any]:  # fmt: skip
        return {
            "tenant_id": self.tenant_id, "case_id": case_id, "claim_id": claim_id, "kind": kind,
            "component": component, "amount_cents": cents, "currency": row.currency,
            "effective_on": row.issue_date, "recorded_at": self.now,
            "reason": f"{reason} ({self.source}, row {row.row})"[:300], "external_reference": None,
        }  # fmt: skip

    def _event(self, factory: Any, case_id: int, row: StandardRow, **data: Any) -> dict[str, Any]:
        return factory(tenant_id=self.tenant_id, case_id=case_id, at=self.now, actor=self.actor,
                       reason=f"{self.source}, row {row.row}", **data)  # fmt: skip

    # -- writing ---------------------------------------------------------------

    def _execute(self, session: Session, plan: _Plan) -> None:
        for model, rows in (
            (Creditor, plan.creditors), (Debtor, plan.debtors), (ContactPoint, plan.contacts),
            (Case, plan.cases), (Claim, plan.claims), (LedgerEntry, plan.entries), (CaseEvent, plan.events),
        ):  # fmt: skip
            bulk_insert(session, table_of(model), rows)
        _bulk_update(session, Debtor, plan.debtor_updates)
        _bulk_update(session, Claim, plan.claim_updates)
        _bulk_update(session, Case, plan.case_notices)
        if plan.case_placed:
            table = table_of(Case)
            session.execute(
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values(
                    placed_cents=table.c.placed_cents + bindparam("delta"),
                    updated_at=bindparam("now"),
                ),
                [
                    {"_id": case_id, "delta": delta, "now": self.now}
                    for case_id, delta in plan.case_placed.items()
                ],
            )


def _bulk_update(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = model.__table__
    columns = [key for key in rows[0] if key != "_id"]
    # Bind names must differ from column names in an UPDATE … SET.
    session.execute(
        update(table)
        .where(table.c.id == bindparam("_id"))
        .values({c: bindparam(f"new_{c}") for c in columns}),
        [{"_id": row["_id"], **{f"new_{c}": row[c] for c in columns}} for row in rows],
    )


def _debtor_values(row: StandardRow) -> dict[str, Any]:
    return {"type": row.debtor_type, "name": row.debtor_name, "siren": row.siren, "siret": row.siret,
            "vat_number": row.vat_number, "iban": row.iban, "address": row.address,
            "postcode": row.postcode, "city": row.city, "country": row.country, "language": row.language}  # fmt: skip


def _claim_values(row: StandardRow) -> dict[str, Any]:
    return {"nature": row.nature, "issue_date": row.issue_date, "due_date": row.due_date,
            "principal_cents": to_cents(row.principal), "currency": row.currency, "has_title": row.has_title,
            "title_date": row.title_date, "contract_rate": row.contract_rate, "description": row.description}  # fmt: skip
