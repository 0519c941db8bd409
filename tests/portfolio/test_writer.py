"""The writer's hot path: rows prepared apart from the database, values in their
stored form, look-ups by key, bulk inserts; and what it must keep equal to the
slow, obvious way of doing the same."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from tests.portfolio.factories import claim_row

from amiable.core.bulk import (
    PYTHON,
    SQLITE,
    StoredForm,
    bulk_insert,
    insert_stored,
    select_matching,
)
from amiable.core.clock import FixedClock
from amiable.core.db import Database, table_of
from amiable.portfolio import events
from amiable.portfolio.imports.standard import RowOptions, StandardRow, validate_row
from amiable.portfolio.imports.writer import PortfolioWriter
from amiable.portfolio.models import CaseEvent, Claim, Creditor

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)

ROWS = [
    claim_row(),
    claim_row(claim_ref="FAC-2", principal="1 250,5", email="", phone="", address="", city=""),
    claim_row(case_ref="", debtor_ref="DEB-3", debtor_type="business", debtor_name="Garage Lefèvre SARL",
              siren="732 829 320 00074", nature="b2b_invoice", claim_ref="FAC-3", has_title="oui",
              title_date="01/06/2026", contract_rate="12,5 %", formal_notice_date="15/10/2026",
              description="Facture « réparations »", iban="FR76 3000 6000 0112 3456 7890 189",
              vat_number="FR44732829320", creditor_name="Crédit Mutuel", language="EN", postcode=""),
]  # fmt: skip


def validated(values: dict[str, str]) -> StandardRow:
    row = validate_row(2, values, RowOptions())
    assert isinstance(row, StandardRow), row
    return row


@pytest.mark.parametrize("form", [SQLITE, PYTHON], ids=["sqlite", "python"])
def test_a_prepared_row_gives_back_the_row_it_was_prepared_from(form: StoredForm) -> None:
    writer = PortfolioWriter(tenant_id=1, actor="t", source="test", now=NOW)
    rows = [validated(values) for values in ROWS]

    prepared = writer.prepare(rows, form)

    for row, ready in zip(rows, prepared, strict=True):
        rebuilt = ready.standard(form)
        assert (rebuilt, vars(rebuilt)) == (row, vars(row))


@pytest.mark.parametrize(
    "text", ["FAC-1", "", 'quote " and \\ back', "accent é, ß and \u2028", "\x01"]
)
def test_json_assembled_from_parts_is_what_json_dumps_would_store(text: str) -> None:
    summary = {"claim": text, "principal": "1.50", "due_date": "2026-02-04", "nature": "b2c_sale"}
    stored_summary = SQLITE.json_object(
        {key: SQLITE.json_string(value) for key, value in summary.items()}
    )
    opening = SQLITE.json_object({"creditor": SQLITE.json_string(text), "debtor": SQLITE.json_string("D"),
                                  "claims": SQLITE.json_array([stored_summary, stored_summary])})  # fmt: skip

    assert stored_summary == json.dumps(summary)
    expected = events.case_opened(tenant_id=1, case_id=1, at=NOW, actor="a", reason="r",
                                  creditor=text, debtor="D", claims=[summary, summary])["data"]  # fmt: skip
    assert opening == json.dumps(expected)
    # Elsewhere the parts are the Python values themselves.
    assert PYTHON.json_object({"a": PYTHON.json_array([summary])}) == {"a": [summary]}


def test_events_written_in_bulk_are_those_the_event_factories_make(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    writer = PortfolioWriter(
        tenant_id=tenant_id, actor="import:1", source="import of f.csv", now=clock.now()
    )
    with database.write() as session:
        writer.write(session, [validated(claim_row())])
    with database.write() as session:
        writer.write(session, [validated(claim_row(claim_ref="FAC-2", principal="20"))])

    with database.read() as session:
        found = session.execute(select(CaseEvent).order_by(CaseEvent.id)).scalars().all()
        made = [
            events.case_opened(tenant_id=tenant_id, case_id=found[0].case_id, at=clock.now(), actor="import:1",
                               reason="import of f.csv, row 2", creditor="CRED-001", debtor="DEB-1",
                               claims=[{"claim": "FAC-1", "principal": "180.50", "due_date": "2026-02-04",
                                        "nature": "b2c_sale"}]),
            events.claim_added(tenant_id=tenant_id, case_id=found[0].case_id, at=clock.now(), actor="import:1",
                               reason="import of f.csv, row 2", claim="FAC-2", principal="20.00",
                               due_date="2026-02-04", nature="b2c_sale"),
        ]  # fmt: skip
        assert [{name: getattr(event, name) for name in made[0]} for event in found] == made


def test_a_claim_repeated_in_one_batch_is_written_then_updated(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    """The API may send the same claim twice in a request: the second is an update."""
    writer = PortfolioWriter(tenant_id=tenant_id, actor="api", source="API", now=clock.now())
    with database.write() as session:
        outcome = writer.write(
            session, [validated(claim_row()), validated(claim_row(principal="200"))]
        )

    assert (outcome.imported, outcome.updated) == (1, 1)
    with database.read() as session:
        assert session.execute(select(Claim.principal_cents)).scalar_one() == 20000
        updated = session.execute(
            select(CaseEvent).where(CaseEvent.type == "claim_updated")
        ).scalar_one()
        assert updated.data["changes"] == {"principal_cents": {"from": 18050, "to": 20000}}


def test_look_ups_by_key_find_exactly_the_keys_asked_for(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    writer = PortfolioWriter(tenant_id=tenant_id, actor="t", source="t", now=clock.now())
    rows = [validated(claim_row(creditor_ref=f"C{n % 2}", case_ref=f"DOS-{n % 2}", claim_ref=f"F{n}"))
            for n in range(300)]  # fmt: skip
    with database.write() as session:
        writer.write(session, rows)
    with database.read() as session:
        creditors = dict(session.execute(select(Creditor.reference, Creditor.id)).all())
        wanted = [(tenant_id, creditors[f"C{n % 2}"], f"F{n}") for n in range(0, 300, 3)]
        # F1 is C1's: the creditor and the reference each exist, but not together.
        crossed = [(tenant_id, creditors["C0"], "F1"), (tenant_id, creditors["C0"], "nowhere")]

        found = select_matching(session, table_of(Claim), ("reference",),
                                ("tenant_id", "creditor_id", "reference"), wanted + crossed + wanted)  # fmt: skip

        assert sorted(reference for (reference,) in found) == sorted(key[2] for key in wanted)
        assert select_matching(session, table_of(Claim), ("id",), ("id",), []) == []


def test_bulk_inserts_leave_out_no_value(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    """Columns that are None throughout a batch are left out of the statement; a
    column None in some rows only is written as it is."""
    table = table_of(Creditor)
    columns = ("tenant_id", "reference", "name", "siren", "email", "country", "is_natural_person",
               "created_at", "updated_at")  # fmt: skip
    with database.write() as session:
        form = SQLITE if database.is_sqlite else PYTHON
        now, no = form.instant(clock.now()), form.boolean(False)
        insert_stored(session, table, columns, [
            (tenant_id, "A", "Alpha", None, None, "FR", no, now, now),
            (tenant_id, "B", "Beta", "732829320", None, "FR", no, now, now),
        ])  # fmt: skip
        insert_stored(
            session, table, columns, [(tenant_id, "C", "Gamma", None, None, "FR", no, now, now)]
        )
    with database.read() as session:
        found = session.execute(
            select(
                Creditor.reference, Creditor.siren, Creditor.email, Creditor.is_natural_person
            ).order_by(Creditor.reference)
        ).all()
        assert [tuple(row) for row in found] == [
            ("A", None, None, False), ("B", "732829320", None, False), ("C", None, None, False),
        ]  # fmt: skip
        assert session.execute(select(func.count()).select_from(Creditor)).scalar_one() == 3


def test_a_decimal_rate_and_a_title_survive_the_stored_form(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    writer = PortfolioWriter(tenant_id=tenant_id, actor="t", source="t", now=clock.now())
    with database.write() as session:
        writer.write(session, [validated(ROWS[2])])
    with database.read() as session:
        claim = session.execute(select(Claim)).scalar_one()
        assert (claim.contract_rate, claim.has_title, str(claim.title_date)) == (
            Decimal("12.5"),
            True,
            "2026-06-01",
        )


def test_rows_given_as_dicts_of_python_values_are_converted_once(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    rows = [
        {"tenant_id": tenant_id, "reference": reference, "name": reference, "country": "FR",
         "is_natural_person": natural, "created_at": clock.now(), "updated_at": clock.now()}
        for reference, natural in (("A", True), ("B", False))
    ]  # fmt: skip
    with database.write() as session:
        bulk_insert(session, table_of(Creditor), rows)
    with database.read() as session:
        found = session.execute(select(Creditor).order_by(Creditor.reference)).scalars().all()
        assert [(c.reference, c.is_natural_person, c.created_at) for c in found] == [
            ("A", True, clock.now()),
            ("B", False, clock.now()),
        ]
