"""Writes validated rows into the portfolio, a batch at a time.

Writing is two steps. `prepare` works out everything a row will write that the
database cannot change — the debtor's details, the contact points it states, the
claim's values in their stored form (see `core.bulk`), the texts of its ledger
entry and events — with no database at hand: an import runs it in its reader
process, alongside the writing. `write` then reads a batch's existing records in
a handful of queries (creditors, claims, debtors, contact points, cases by
reference), plans every row in memory — including the checks that need the
database, such as a case that belongs to another debtor — allocates the ids, and
only then writes with bulk inserts and updates. A row found wrong while planning
is rejected with its reason and writes nothing; the rows around it go in.

Ids are allocated here rather than returned by the database so that the inserts
can run as plain `executemany` (see `IdAllocator`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from itertools import count
from typing import Any, NamedTuple

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.orm import Session

from amiable.core.bulk import StoredForm, insert_stored, select_matching, stored_form_of
from amiable.core.db import table_of
from amiable.core.money import to_cents
from amiable.ledger.models import LedgerEntry
from amiable.portfolio import events
from amiable.portfolio.imports.standard import RowError, StandardRow
from amiable.portfolio.keys import name_key, reference_key
from amiable.portfolio.models import Case, CaseEvent, Claim, ContactPoint, Creditor, Debtor

_DEBTOR_FIELDS = (
    "type", "name", "siren", "siret", "vat_number", "iban", "address", "postcode",
    "city", "country", "language",
)  # fmt: skip
_CLAIM_FIELDS = (
    "nature", "issue_date", "due_date", "principal_cents", "currency", "has_title",
    "title_date", "contract_rate", "description",
)  # fmt: skip
_JURISDICTIONS = frozenset({"FR", "GB", "US"})

# The columns each insert fills, in the order the planned tuples hold them.
_CREDITOR_COLUMNS = ("id", "tenant_id", "reference", "name", "country", "is_natural_person",
                     "created_at", "updated_at")  # fmt: skip
_DEBTOR_COLUMNS = ("id", "tenant_id", "reference", *_DEBTOR_FIELDS, "timezone", "name_key",
                   "created_at", "updated_at")  # fmt: skip
_CONTACT_COLUMNS = ("tenant_id", "debtor_id", "kind", "value", "status", "consent", "source",
                    "created_at", "updated_at")  # fmt: skip
_CASE_COLUMNS = ("id", "tenant_id", "reference", "creditor_id", "debtor_id", "status", "currency",
                 "jurisdiction", "placed_cents", "formal_notice_on", "opened_at", "updated_at",
                 "reference_key")  # fmt: skip
_PLACED = _CASE_COLUMNS.index("placed_cents")
_CLAIM_COLUMNS = ("id", "tenant_id", "case_id", "creditor_id", "reference", "status",
                  "source_fingerprint", "created_at", "updated_at", "reference_key",
                  *_CLAIM_FIELDS)  # fmt: skip
_ENTRY_COLUMNS = ("tenant_id", "case_id", "claim_id", "kind", "component", "amount_cents",
                  "currency", "effective_on", "recorded_at", "reason", "external_reference")  # fmt: skip
_EVENT_COLUMNS = ("tenant_id", "case_id", "type", "occurred_at", "actor", "reason", "data")
_OCCURRED_AT, _DATA = _EVENT_COLUMNS.index("occurred_at"), _EVENT_COLUMNS.index("data")
_CASE_OPENED = events.EventType.CASE_OPENED.value
_CLAIM_ADDED = events.EventType.CLAIM_ADDED.value


class PreparedRow(NamedTuple):
    """A validated row as what it will write whatever the database holds, values in
    the stored form of the database it was prepared for. Plain data, cheap to send
    from the reader process to the writer: the StandardRow it came from does not
    travel with it, and is rebuilt only for the rare paths (see `standard`)."""

    number: int
    creditor_ref: str
    creditor_name: str | None
    claim_ref: str
    fingerprint: str
    debtor_ref: str
    debtor: tuple[Any, ...]  # in _DEBTOR_FIELDS order (all text)
    contacts: tuple[tuple[str, str], ...]  # (kind, value) as the row states them
    case_ref: str
    currency: str
    jurisdiction: str
    formal_notice: Any  # the formal notice date, stored form
    claim: tuple[Any, ...]  # in _CLAIM_FIELDS order, stored form
    principal: str  # str() of the validated amount, whose exponent the cents do not keep
    summary: Any  # the claim as its case's events list it: stored form of a JSON object
    entry_reason: str
    event_reason: str

    @property
    def cents(self) -> int:
        cents: int = self.claim[3]
        return cents

    @property
    def issue_date(self) -> Any:
        return self.claim[1]

    def standard(self, form: StoredForm) -> StandardRow:
        """The validated row this was prepared from (in `form`): for updates and rejects."""
        (debtor_type, debtor_name, siren, siret, vat_number, iban, address, postcode, city, country,
         language) = self.debtor  # fmt: skip
        nature, issue_date, due_date, _, currency, has_title, title_date, rate, description = (
            self.claim
        )
        contacts = dict(self.contacts)
        return StandardRow(
            row=self.number, creditor_ref=self.creditor_ref, creditor_name=self.creditor_name,
            case_ref=self.case_ref, debtor_ref=self.debtor_ref, debtor_type=debtor_type,
            debtor_name=debtor_name, siren=siren, siret=siret, vat_number=vat_number, iban=iban,
            email=contacts.get("email"), phone=contacts.get("phone"), address=address,
            postcode=postcode, city=city, country=country, language=language,
            claim_ref=self.claim_ref, issue_date=form.read_day(issue_date),
            due_date=form.read_day(due_date), principal=Decimal(self.principal),
            currency=currency, nature=nature, has_title=bool(has_title),
            title_date=form.read_day(title_date), contract_rate=form.read_decimal(rate),
            formal_notice_date=form.read_day(self.formal_notice), description=description,
            fingerprint=self.fingerprint,
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
        self._next: Any = None

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
            start = self._session.execute(
                text(f'SELECT COALESCE(MAX(id), 0) FROM "{self._table}"')
            ).scalar_one()
            # A C-level counter: a batch takes thousands of ids.
            self._next = count(start + 1).__next__
        value: int = self._next()
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
    """Everything a batch will write, gathered before any write: rows to insert as
    tuples of stored values in the order of the _…_COLUMNS above (lists, where a value
    is settled later in the batch), updates as dicts of Python values."""

    creditors: list[tuple[Any, ...]] = field(default_factory=list)
    debtors: list[tuple[Any, ...]] = field(default_factory=list)
    debtor_updates: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[tuple[Any, ...]] = field(default_factory=list)
    cases: list[list[Any]] = field(default_factory=list)
    new_cases: dict[int, list[Any]] = field(default_factory=dict)
    openings: dict[int, list[Any]] = field(default_factory=dict)
    opening_events: list[list[Any]] = field(default_factory=list)
    new_debtors: set[int] = field(default_factory=set)
    case_placed: dict[int, int] = field(default_factory=dict)
    case_notices: list[dict[str, Any]] = field(default_factory=list)
    claims: list[tuple[Any, ...]] = field(default_factory=list)
    claim_updates: list[dict[str, Any]] = field(default_factory=list)
    entries: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[list[Any]] = field(default_factory=list)


class _Claim:
    """A claim already in the database or planned in this batch."""

    __slots__ = ("case_id", "fingerprint", "first_row", "id", "values")

    def __init__(self, claim_id: int, case_id: int, fingerprint: str | None,
                 first_row: PreparedRow | None = None) -> None:  # fmt: skip
        self.id = claim_id
        self.case_id = case_id
        self.fingerprint = fingerprint
        # Python values by _CLAIM_FIELDS, read only for an update (see `_claim_values_of`).
        self.values: dict[str, Any] | None = None
        self.first_row = first_row


class _Case:
    """A case already in the database or planned in this batch."""

    __slots__ = ("creditor_id", "currency", "debtor_ref", "formal_notice", "id")

    def __init__(self, case_id: int, creditor_id: int, debtor_ref: str, currency: str,
                 formal_notice: Any) -> None:  # fmt: skip
        self.id = case_id
        self.creditor_id = creditor_id
        self.debtor_ref = debtor_ref
        self.currency = currency
        self.formal_notice = formal_notice  # stored form


class PortfolioWriter:
    """Writes rows for one tenant; `actor` and `source` end up in every event."""

    def __init__(self, *, tenant_id: int, actor: str, source: str, now: datetime) -> None:
        self.tenant_id = tenant_id
        self.actor = actor
        self.source = source
        self.now = now
        self._creditor_ids: dict[str, int] = {}

    # -- preparing (no database) -------------------------------------------------

    def prepare(self, rows: Iterable[StandardRow], form: StoredForm) -> list[PreparedRow]:
        """What each row will write whatever the database holds, in `form`."""
        day, boolean, decimal = form.day, form.boolean, form.decimal
        string, json_object = form.json_string, form.json_object
        source = self.source
        prepared = []
        for row in rows:
            postcode, city = row.postcode, row.city
            place = f"{postcode} {city}" if postcode and city else postcode or city
            postal = f"{row.address}, {place}" if row.address and place else row.address or place
            contacts = []
            if row.email:
                contacts.append(("email", row.email))
            if row.phone:
                contacts.append(("phone", row.phone))
            if postal:
                contacts.append(("postal", postal))
            due_date = row.due_date
            claim = (row.nature, day(row.issue_date), day(due_date), to_cents(row.principal),
                     row.currency, boolean(row.has_title), day(row.title_date),
                     decimal(row.contract_rate), row.description)  # fmt: skip
            number, claim_ref, principal = row.row, row.claim_ref, str(row.principal)
            prepared.append(PreparedRow(
                number, row.creditor_ref, row.creditor_name, claim_ref, row.fingerprint,
                row.debtor_ref,
                (row.debtor_type, row.debtor_name, row.siren, row.siret, row.vat_number, row.iban,
                 row.address, postcode, city, row.country, row.language),
                tuple(contacts), row.case_ref, row.currency,
                row.country if row.country in _JURISDICTIONS else "FR",
                day(row.formal_notice_date), claim, principal,
                json_object({"claim": string(claim_ref), "principal": string(principal),
                             "due_date": string(due_date.isoformat()), "nature": string(row.nature)}),
                f"principal of claim {claim_ref} ({source}, row {number})"[:300],
                f"{source}, row {number}"[:300],
            ))  # fmt: skip
        return prepared

    # -- writing -------------------------------------------------------------------

    def write(self, session: Session, rows: Sequence[StandardRow] | Sequence[PreparedRow]) -> BatchOutcome:  # fmt: skip
        """Write a batch. Prepared rows must have been prepared for this database's
        stored form; plain validated rows are prepared here."""
        form = stored_form_of(session)
        batch: Sequence[PreparedRow] = (
            self.prepare(rows, form)  # type: ignore[arg-type]
            if rows and isinstance(rows[0], StandardRow)
            else rows  # type: ignore[assignment]
        )
        outcome = BatchOutcome()
        plan = _Plan()
        ids = {name: IdAllocator(session, name) for name in ("creditor", "debtor", "case", "claim")}
        now = form.instant(self.now)
        known_creditors = dict(self._creditor_ids)
        self._resolve_creditors(
            session, batch, known_creditors, ids["creditor"], form, plan, outcome
        )
        claims = self._load_claims(session, batch, known_creditors)
        pending = []
        for row in batch:
            existing = claims.get((known_creditors[row.creditor_ref], row.claim_ref))
            if existing is not None and existing.fingerprint == row.fingerprint:
                outcome.unchanged += 1
            else:
                pending.append(row)
        debtors = self._load_debtors(session, pending)
        contacts = self._load_contacts(session, [debtor_id for debtor_id, _ in debtors.values()])
        cases = self._load_cases(session, pending, debtors)
        self._load_claim_values(session, claims, pending, known_creditors)
        take_debtor, take_case, take_claim = ids["debtor"].take, ids["case"].take, ids["claim"].take
        tenant_id, actor, source = self.tenant_id, self.actor, self.source[:40]
        for row in pending:
            creditor_id = known_creditors[row.creditor_ref]
            existing_claim = claims.get((creditor_id, row.claim_ref))
            case = cases.get(row.case_ref)
            if case is not None or existing_claim is not None:
                problem = self._check(row, creditor_id, case, existing_claim)
                if problem:
                    outcome.errors.append(problem)
                    continue

            # The debtor, created or updated with what the row states.
            debtor_changes: dict[str, Any] | None = None
            known_debtor = debtors.get(row.debtor_ref)
            if known_debtor is None:
                debtor_id = take_debtor()
                debtors[row.debtor_ref] = (debtor_id, row.debtor)
                zone = debtor_time_zone(row.debtor[9], row.debtor[7])
                plan.debtors.append((debtor_id, tenant_id, row.debtor_ref, *row.debtor, zone,
                                     name_key(row.debtor[1]), now, now))  # fmt: skip
                plan.new_debtors.add(debtor_id)
            else:
                debtor_id, on_file = known_debtor
                if row.debtor != on_file:
                    debtor_changes = self._plan_debtor_update(
                        row, debtor_id, on_file, debtors, plan
                    )

            # Its contact points: those not on file yet are added, none is removed.
            known_contacts = contacts.get(debtor_id)
            if known_contacts is None:
                known_contacts = contacts[debtor_id] = set()
            contacts_added = []
            for contact in row.contacts:
                if contact not in known_contacts:
                    known_contacts.add(contact)
                    contacts_added.append(contact)
                    plan.contacts.append((tenant_id, debtor_id, *contact, "valid", "unknown", source, now, now))  # fmt: skip

            if case is None:
                case = cases[row.case_ref] = self._plan_case(
                    row, creditor_id, debtor_id, take_case(), now, plan
                )
            elif row.formal_notice is not None and case.formal_notice != row.formal_notice:
                case.formal_notice = row.formal_notice
                plan.case_notices.append({"_id": case.id, "formal_notice_on": form.read_day(row.formal_notice),
                                          "updated_at": self.now})  # fmt: skip
            if debtor_id not in plan.new_debtors and (debtor_changes or contacts_added):
                # The timeline shows where a known debtor's new details came from.
                self._add_event(plan, events.debtor_updated, case.id, row, form, debtor=row.debtor_ref,
                                changes=debtor_changes or {},
                                contact_points_added=[f"{kind}: {value}" for kind, value in contacts_added])  # fmt: skip

            if existing_claim is None:
                claim_id = take_claim()
                # Kept so that a repeated claim in the same batch is seen as an update.
                claims[(creditor_id, row.claim_ref)] = _Claim(
                    claim_id, case.id, row.fingerprint, row
                )
                plan.claims.append((claim_id, tenant_id, case.id, creditor_id, row.claim_ref, "open",
                                    row.fingerprint, now, now, reference_key(row.claim_ref),
                                    *row.claim))  # fmt: skip
                plan.entries.append((tenant_id, case.id, claim_id, "principal", None, row.cents,
                                     row.currency, row.issue_date, now, row.entry_reason, None))  # fmt: skip
                _add_placed(plan, case.id, row.cents)
                opening = plan.openings.get(case.id)
                if opening is not None:
                    # A new case's first claims are listed in its opening event, not one event each.
                    opening.append(row.summary)
                else:
                    # As events.claim_added would make it (a test checks it does).
                    plan.events.append([tenant_id, case.id, _CLAIM_ADDED, now, actor,
                                        row.event_reason, row.summary])  # fmt: skip
                outcome.imported += 1
            else:
                self._plan_claim_update(row, existing_claim, case.id, form, now, plan)
                outcome.updated += 1
        self._execute(session, form, plan)
        self._creditor_ids = known_creditors
        return outcome

    def forget_uncommitted(self, committed: dict[str, int]) -> None:
        """After a rolled-back batch, keep only creditors known to be in the database."""
        self._creditor_ids = dict(committed)

    @property
    def creditor_ids(self) -> dict[str, int]:
        return dict(self._creditor_ids)

    # -- loading ---------------------------------------------------------------

    def _resolve_creditors(self, session: Session, rows: Sequence[PreparedRow], known: dict[str, int],
                           allocator: IdAllocator, form: StoredForm, plan: _Plan,
                           outcome: BatchOutcome) -> None:  # fmt: skip
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
        now = form.instant(self.now)
        for reference, name in wanted.items():
            if reference in known:
                continue
            # Unknown creditor: created, and without a mandate nobody is contacted
            # for it until the office completes it (CPCE R124-3).
            known[reference] = allocator.take()
            plan.creditors.append((known[reference], self.tenant_id, reference, name or reference,
                                   "FR", form.boolean(False), now, now))  # fmt: skip
            outcome.created_creditors.append(reference)

    def _load_claims(self, session: Session, rows: Sequence[PreparedRow],
                     creditors: dict[str, int]) -> dict[tuple[int, str], _Claim]:  # fmt: skip
        # Searched by the unique key (tenant, creditor, reference): an index search each.
        found = select_matching(
            session, table_of(Claim), ("creditor_id", "reference", "id", "case_id", "source_fingerprint"),
            ("tenant_id", "creditor_id", "reference"),
            ((self.tenant_id, creditors[row.creditor_ref], row.claim_ref) for row in rows),
        )  # fmt: skip
        return {
            (creditor_id, reference): _Claim(claim_id, case_id, fingerprint)
            for creditor_id, reference, claim_id, case_id, fingerprint in found
        }

    def _load_claim_values(self, session: Session, claims: dict[tuple[int, str], _Claim],
                           pending: Sequence[PreparedRow], creditors: dict[str, int]) -> None:  # fmt: skip
        """The values of the claims that pending rows will update, as Python values:
        what an update compares and reports."""
        to_update = {}
        for row in pending:
            claim = claims.get((creditors[row.creditor_ref], row.claim_ref))
            if claim is not None:
                to_update[claim.id] = claim
        if not to_update:
            return
        result = session.execute(
            select(Claim.id, *(getattr(Claim, name) for name in _CLAIM_FIELDS)).where(
                Claim.id.in_(to_update)
            )
        )
        for claim_id, *values in result:
            to_update[claim_id].values = dict(zip(_CLAIM_FIELDS, values, strict=True))

    def _load_debtors(
        self, session: Session, rows: Sequence[PreparedRow]
    ) -> dict[str, tuple[int, tuple[Any, ...]]]:
        """reference -> (id, values in _DEBTOR_FIELDS order)."""
        found = select_matching(
            session, table_of(Debtor), ("reference", "id", *_DEBTOR_FIELDS), ("tenant_id", "reference"),
            ((self.tenant_id, row.debtor_ref) for row in rows),
        )  # fmt: skip
        return {reference: (debtor_id, tuple(values)) for reference, debtor_id, *values in found}

    def _load_contacts(
        self, session: Session, debtor_ids: list[int]
    ) -> dict[int, set[tuple[str, str]]]:
        contacts: dict[int, set[tuple[str, str]]] = {}
        found = select_matching(session, table_of(ContactPoint), ("debtor_id", "kind", "value"),
                                ("debtor_id",), ((debtor_id,) for debtor_id in debtor_ids))  # fmt: skip
        for debtor_id, kind, value in found:
            contacts.setdefault(debtor_id, set()).add((kind, value))
        return contacts

    def _load_cases(self, session: Session, rows: Sequence[PreparedRow],
                    debtors: dict[str, tuple[int, tuple[Any, ...]]]) -> dict[str, _Case]:  # fmt: skip
        found = select_matching(
            session, table_of(Case),
            ("reference", "id", "creditor_id", "debtor_id", "currency", "formal_notice_on"),
            ("tenant_id", "reference"), ((self.tenant_id, row.case_ref) for row in rows),
        )  # fmt: skip
        # A case's debtor is usually the row's, loaded already; the others are looked up.
        references = {debtor_id: reference for reference, (debtor_id, _) in debtors.items()}
        others = {row[3] for row in found if row[3] not in references}
        if others:
            wanted = ((debtor_id,) for debtor_id in others)
            references.update(
                select_matching(session, table_of(Debtor), ("id", "reference"), ("id",), wanted)
            )
        return {
            reference: _Case(case_id, creditor_id, references[debtor_id], currency, notice)
            for reference, case_id, creditor_id, debtor_id, currency, notice in found
        }

    # -- planning --------------------------------------------------------------

    @staticmethod
    def _check(row: PreparedRow, creditor_id: int, case: _Case | None,
               claim: _Claim | None) -> RowError | None:  # fmt: skip
        if case is not None:
            if case.creditor_id != creditor_id:
                return RowError(
                    row.number, "case_ref", f"case {row.case_ref} belongs to another creditor"
                )
            if case.debtor_ref != row.debtor_ref:
                return RowError(
                    row.number,
                    "case_ref",
                    f"case {row.case_ref} belongs to debtor {case.debtor_ref}",
                )
            if case.currency != row.currency:
                return RowError(
                    row.number, "currency", f"case {row.case_ref} is in {case.currency}"
                )
        if claim is not None and (case is None or claim.case_id != case.id):
            return RowError(
                row.number, "claim_ref", f"claim {row.claim_ref} belongs to another case"
            )
        return None

    def _plan_debtor_update(self, row: PreparedRow, debtor_id: int, on_file: tuple[Any, ...],
                            debtors: dict[str, tuple[int, tuple[Any, ...]]], plan: _Plan) -> dict[str, Any]:  # fmt: skip
        """The changes a row makes to a known debtor: only what the row states replaces
        what is on file; a blank cell erases nothing."""
        changes = {
            name: {"from": old, "to": new}
            for name, old, new in zip(_DEBTOR_FIELDS, on_file, row.debtor, strict=True)
            if new is not None and old != new
        }
        if changes:
            merged = tuple(
                old if new is None else new for old, new in zip(on_file, row.debtor, strict=True)
            )
            debtors[row.debtor_ref] = (debtor_id, merged)
            plan.debtor_updates.append({"_id": debtor_id, **dict(zip(_DEBTOR_FIELDS, merged, strict=True)),
                                        "name_key": name_key(merged[1]), "updated_at": self.now})  # fmt: skip
        return changes

    def _plan_case(self, row: PreparedRow, creditor_id: int, debtor_id: int, case_id: int, now: Any,
                   plan: _Plan) -> _Case:  # fmt: skip
        new_case = [case_id, self.tenant_id, row.case_ref, creditor_id, debtor_id, "new", row.currency,
                    row.jurisdiction, 0, row.formal_notice, now, now, reference_key(row.case_ref)]  # fmt: skip
        plan.cases.append(new_case)
        plan.new_cases[case_id] = new_case
        # As events.case_opened would make it (a test checks it does). The list of
        # claims fills as the batch's rows add them; its data is stored in `_execute`.
        claims: list[Any] = []
        event = [self.tenant_id, case_id, _CASE_OPENED, now, self.actor, row.event_reason,
                 (row.creditor_ref, row.debtor_ref, claims)]  # fmt: skip
        plan.events.append(event)
        plan.opening_events.append(event)
        plan.openings[case_id] = claims
        return _Case(case_id, creditor_id, row.debtor_ref, row.currency, row.formal_notice)

    def _plan_claim_update(self, row: PreparedRow, claim: _Claim, case_id: int, form: StoredForm,
                           now: Any, plan: _Plan) -> None:  # fmt: skip
        values = _claim_values(row.standard(form))
        known = _claim_values_of(claim, form)
        changes = {
            k: {"from": known.get(k), "to": v} for k, v in values.items() if known.get(k) != v
        }
        claim.values = values
        claim.fingerprint = row.fingerprint
        plan.claim_updates.append({"_id": claim.id, **values, "source_fingerprint": row.fingerprint,
                                   "updated_at": self.now})  # fmt: skip
        if "principal_cents" in changes:
            # The ledger is append-only: a new principal is an adjustment, not an edit.
            delta = values["principal_cents"] - changes["principal_cents"]["from"]
            reason = (f"principal of claim {row.claim_ref} changed by the creditor "
                      f"({self.source}, row {row.number})")[:300]  # fmt: skip
            plan.entries.append((self.tenant_id, case_id, claim.id, "adjustment", "principal", delta,
                                 row.currency, row.issue_date, now, reason, None))  # fmt: skip
            _add_placed(plan, case_id, delta)
        if changes:
            self._add_event(plan, events.claim_updated, case_id, row, form, claim=row.claim_ref,
                            changes=changes)  # fmt: skip

    def _add_event(self, plan: _Plan, factory: Any, case_id: int, row: PreparedRow,
                   form: StoredForm, **data: Any) -> None:  # fmt: skip
        made = factory(tenant_id=self.tenant_id, case_id=case_id, at=self.now, actor=self.actor,
                       reason=f"{self.source}, row {row.number}", **data)  # fmt: skip
        event = [made[name] for name in _EVENT_COLUMNS]
        event[_OCCURRED_AT] = form.instant(event[_OCCURRED_AT])
        event[_DATA] = form.json(event[_DATA])
        plan.events.append(event)

    # -- writing ---------------------------------------------------------------

    def _execute(self, session: Session, form: StoredForm, plan: _Plan) -> None:
        string, json_array, json_object = form.json_string, form.json_array, form.json_object
        for event in plan.opening_events:
            creditor_ref, debtor_ref, claims = event[_DATA]
            # As events.case_opened(creditor=…, debtor=…, claims=[…]) would store it.
            event[_DATA] = json_object({"creditor": string(creditor_ref), "debtor": string(debtor_ref),
                                        "claims": json_array(claims)})  # fmt: skip
        for model, columns, rows in (
            (Creditor, _CREDITOR_COLUMNS, plan.creditors), (Debtor, _DEBTOR_COLUMNS, plan.debtors),
            (ContactPoint, _CONTACT_COLUMNS, plan.contacts), (Case, _CASE_COLUMNS, plan.cases),
            (Claim, _CLAIM_COLUMNS, plan.claims), (LedgerEntry, _ENTRY_COLUMNS, plan.entries),
            (CaseEvent, _EVENT_COLUMNS, plan.events),
        ):  # fmt: skip
            insert_stored(session, table_of(model), columns, rows)
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


def _add_placed(plan: _Plan, case_id: int, cents: int) -> None:
    new_case = plan.new_cases.get(case_id)
    if new_case is not None:
        new_case[_PLACED] += cents
    else:
        plan.case_placed[case_id] = plan.case_placed.get(case_id, 0) + cents


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


def _claim_values(row: StandardRow) -> dict[str, Any]:
    return {"nature": row.nature, "issue_date": row.issue_date, "due_date": row.due_date,
            "principal_cents": to_cents(row.principal), "currency": row.currency, "has_title": row.has_title,
            "title_date": row.title_date, "contract_rate": row.contract_rate, "description": row.description}  # fmt: skip


def _claim_values_of(claim: _Claim, form: StoredForm) -> dict[str, Any]:
    """A known claim's values: loaded from the database, or those of the row that
    planned it earlier in the batch."""
    if claim.values is None:
        assert claim.first_row is not None
        claim.values = _claim_values(claim.first_row.standard(form))
    return claim.values


@lru_cache(maxsize=65_536)
def debtor_time_zone(country: str | None, postcode: str | None) -> str:
    """The debtor's time zone from where they live (Martinique is not Paris); the first of
    several plausible ones, and Paris when the place is unknown (compliance.places)."""
    from amiable.compliance.places import place_for

    try:
        return place_for(country or "FR", postcode).time_zones[0]
    except (ValueError, LookupError):
        return "Europe/Paris"
