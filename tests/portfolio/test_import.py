"""`amiable import` as an office uses it: its own export, re-imports, mistakes."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.conftest import shared_data
from tests.portfolio.factories import claim_row, write_csv

from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.jobs import Job
from amiable.ledger.models import LedgerEntry
from amiable.portfolio.actions import creditor_upsert, mandate_record
from amiable.portfolio.imports.mappings import mapping_save
from amiable.portfolio.imports.pipeline import ImportFailed, import_file
from amiable.portfolio.models import Case, CaseEvent, Claim, ContactPoint, Creditor, Debtor


def run(database: Database, clock: FixedClock, path: Path, **options: object):  # type: ignore[no-untyped-def]
    return import_file(database, tenant="default", path=path, clock=clock,
                       rejects_path=path.with_suffix(".rejects.csv"), **options)  # type: ignore[arg-type]  # fmt: skip


def count(database: Database, model: type) -> int:
    with database.read() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    """An office's export: two consumers, one with two invoices, one business with a title."""
    return write_csv(tmp_path / "relances.csv", [
        claim_row(),
        claim_row(claim_ref="FAC-2", issue_date="10/02/2026", due_date="12/03/2026", principal="1 020,00"),
        claim_row(case_ref="DOS-2", debtor_ref="DEB-2", debtor_name="Hélène Bérard", email="", phone="",
                  claim_ref="FAC-3", principal="75"),
        claim_row(case_ref="DOS-3", debtor_ref="DEB-3", debtor_type="business", debtor_name="Garage Lefèvre SARL",
                  siren="732829320", nature="b2b_invoice", claim_ref="FAC-4", principal="4 800,00",
                  has_title="oui", email="compta@garage-lefevre.example.fr"),
    ])  # fmt: skip


def test_an_office_export_becomes_cases_claims_and_an_itemised_ledger(
    database: Database, clock: FixedClock, tenant_id: int, office_file: Path
) -> None:
    summary = run(database, clock, office_file)

    assert (summary.imported, summary.updated, summary.unchanged, summary.rejected) == (4, 0, 0, 0)
    with database.read() as session:
        cases = {c.reference: c for c in session.execute(select(Case)).scalars()}
        assert sorted(cases) == ["DOS-1", "DOS-2", "DOS-3"]
        assert cases["DOS-1"].placed_cents == 18050 + 102000
        assert [c.reference for c in cases["DOS-1"].claims] == ["FAC-1", "FAC-2"]
        assert cases["DOS-3"].debtor.type == "business" and cases["DOS-3"].claims[0].has_title
        principal = session.execute(
            select(func.sum(LedgerEntry.amount_cents)).where(LedgerEntry.kind == "principal")
        ).scalar_one()
        assert principal == 18050 + 102000 + 7500 + 480000
        contacts = {(c.kind, c.value) for c in cases["DOS-1"].debtor.contact_points}
        assert contacts == {("email", "jean.dupont@example.com"), ("phone", "+33639980001"),
                            ("postal", "12 rue des Lilas, 69003 Lyon")}  # fmt: skip
        opened = (
            session.execute(
                select(CaseEvent)
                .where(CaseEvent.case_id == cases["DOS-1"].id)
                .order_by(CaseEvent.id)
            )
            .scalars()
            .all()
        )
        assert [e.type for e in opened] == ["case_opened"]
        assert opened[0].reason == "import of relances.csv, row 2"
        assert opened[0].data == {"creditor": "CRED-001", "debtor": "DEB-1", "claims": [
            {"claim": "FAC-1", "principal": "180.50", "due_date": "2026-02-04", "nature": "b2c_sale"},
            {"claim": "FAC-2", "principal": "1020.00", "due_date": "2026-03-12", "nature": "b2c_sale"},
        ]}  # fmt: skip


def test_a_claim_added_later_to_a_case_is_its_own_event(database: Database, clock: FixedClock, tenant_id: int,
                                                        tmp_path: Path) -> None:  # fmt: skip
    run(database, clock, write_csv(tmp_path / "a.csv", [claim_row()]))
    run(
        database,
        clock,
        write_csv(tmp_path / "b.csv", [claim_row(claim_ref="FAC-9", principal="12")]),
    )
    with database.read() as session:
        found = session.execute(select(CaseEvent.type, CaseEvent.data).order_by(CaseEvent.id)).all()
    assert [event_type for event_type, _ in found] == ["case_opened", "claim_added"]
    assert found[1][1] == {
        "claim": "FAC-9",
        "principal": "12.00",
        "due_date": "2026-02-04",
        "nature": "b2c_sale",
    }


def test_re_importing_the_same_file_changes_nothing(database: Database, clock: FixedClock, tenant_id: int,
                                                     office_file: Path) -> None:  # fmt: skip
    run(database, clock, office_file)
    before = (
        count(database, CaseEvent),
        count(database, LedgerEntry),
        count(database, ContactPoint),
    )

    again = run(database, clock, office_file)

    assert (again.imported, again.updated, again.unchanged, again.rejected) == (0, 0, 4, 0)
    assert (
        count(database, CaseEvent),
        count(database, LedgerEntry),
        count(database, ContactPoint),
    ) == before


def test_a_changed_row_updates_its_claim_and_the_ledger_records_the_difference(
    database: Database, clock: FixedClock, tenant_id: int, tmp_path: Path
) -> None:
    run(database, clock, write_csv(tmp_path / "v1.csv", [claim_row()]))
    changed = write_csv(
        tmp_path / "v2.csv", [claim_row(principal="150,50", email="jean@example.org")]
    )

    summary = run(database, clock, changed)

    assert (summary.imported, summary.updated, summary.unchanged) == (0, 1, 0)
    with database.read() as session:
        entries = session.execute(select(LedgerEntry.kind, LedgerEntry.component, LedgerEntry.amount_cents)
                                  .order_by(LedgerEntry.id)).all()  # fmt: skip
        assert entries == [("principal", None, 18050), ("adjustment", "principal", -3000)]
        case = session.execute(select(Case)).scalar_one()
        assert case.placed_cents == 15050
        updated = session.execute(
            select(CaseEvent).where(CaseEvent.type == "claim_updated")
        ).scalar_one()
        assert updated.data["changes"]["principal_cents"] == {"from": 18050, "to": 15050}
        # A new address is added beside the old one, which stays on file.
        emails = {c.value for c in case.debtor.contact_points if c.kind == "email"}
        assert emails == {"jean.dupont@example.com", "jean@example.org"}


def test_bad_rows_are_reported_and_kept_aside_while_good_rows_go_in(
    database: Database, clock: FixedClock, tenant_id: int, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "mixed.csv", [
        claim_row(),
        claim_row(case_ref="DOS-2", debtor_ref="DEB-2", claim_ref="FAC-2", principal="-40"),
        claim_row(case_ref="DOS-3", debtor_ref="DEB-3", claim_ref="FAC-3", siren="123", debtor_type="business",
                  nature="b2b_invoice"),
        claim_row(case_ref="DOS-4", debtor_ref="DEB-4", claim_ref="FAC-4", due_date="01/01/2026"),
        claim_row(case_ref="DOS-5", debtor_ref="DEB-5", claim_ref="FAC-1"),  # same invoice number again
    ])  # fmt: skip

    summary = run(database, clock, path)

    assert (summary.imported, summary.rejected) == (1, 4)
    assert summary.errors == [
        {"row": 3, "field": "principal", "reason": "must be more than zero, got '-40'"},
        {"row": 4, "field": "siren", "reason": "invalid SIREN/SIRET '123'"},
        {
            "row": 5,
            "field": "due_date",
            "reason": "due date 01/01/2026 is before the issue date 05/01/2026",
        },
        {"row": 6, "field": "claim_ref", "reason": "duplicate claim FAC-1 (first on row 2)"},
    ]
    with Path(summary.rejects_file or "").open(encoding="utf-8-sig") as stream:
        rejects = list(csv.DictReader(stream, delimiter=";"))
    assert [(r["_row"], r["_fields"], r["principal"]) for r in rejects] == [
        ("3", "principal", "-40"), ("4", "siren", "180,50"), ("5", "due_date", "180,50"), ("6", "claim_ref", "180,50"),
    ]  # fmt: skip
    assert count(database, Case) == 1
    with database.read() as session:
        job = session.execute(select(Job)).scalar_one()
        assert (job.status, job.counts) == (
            "partial",
            {"imported": 1, "updated": 0, "unchanged": 0, "rejected": 4},
        )


def test_a_row_contradicting_the_database_is_rejected_alone(database: Database, clock: FixedClock,
                                                            tenant_id: int, tmp_path: Path) -> None:  # fmt: skip
    run(database, clock, write_csv(tmp_path / "first.csv", [claim_row()]))
    path = write_csv(tmp_path / "second.csv", [
        claim_row(debtor_ref="DEB-9", claim_ref="FAC-9"),  # DOS-1 belongs to DEB-1
        claim_row(case_ref="DOS-7", debtor_ref="DEB-7", claim_ref="FAC-7"),
        claim_row(case_ref="DOS-8", debtor_ref="DEB-8"),  # FAC-1 is on DOS-1 already
        claim_row(claim_ref="FAC-10", currency="GBP"),
    ])  # fmt: skip

    summary = run(database, clock, path)

    assert summary.imported == 1
    assert [(e["row"], e["field"], e["reason"]) for e in summary.errors] == [
        (2, "case_ref", "case DOS-1 belongs to debtor DEB-1"),
        (4, "claim_ref", "claim FAC-1 belongs to another case"),
        (5, "currency", "case DOS-1 is in EUR"),
    ]
    with database.read() as session:
        assert set(session.execute(select(Debtor.reference)).scalars()) == {"DEB-1", "DEB-7"}


def test_a_file_without_the_required_columns_is_refused_whole(database: Database, clock: FixedClock,
                                                              tenant_id: int, tmp_path: Path) -> None:  # fmt: skip
    path = write_csv(
        tmp_path / "short.csv", [claim_row()], headers=("creditor_ref", "debtor_ref", "principal")
    )
    with pytest.raises(
        ImportFailed, match="required columns missing: debtor_name, claim_ref, due_date"
    ):
        run(database, clock, path)
    assert count(database, Case) == 0


def test_an_unknown_creditor_is_created_and_flagged_until_its_mandate_is_recorded(
    database: Database, clock: FixedClock, tenant_id: int, tmp_path: Path
) -> None:
    rows = [
        claim_row(creditor_ref=""),
        claim_row(creditor_ref="CRED-KNOWN", case_ref="DOS-2", claim_ref="F2"),
    ]
    path = write_csv(tmp_path / "c.csv", rows)
    with database.write() as session:
        known, _ = creditor_upsert(
            session, tenant_id=tenant_id, reference="CRED-KNOWN", name="EDF", now=clock.now()
        )
        mandate_record(session, creditor=known, reference="M-1", signed_on=date(2025, 1, 1), basis="factures",
                       fee_basis="percent_of_collected", fee_rate_percent=Decimal("12"), now=clock.now())  # fmt: skip

    summary = run(database, clock, path, creditor="CRED-NEW")

    assert summary.creditors_created == ["CRED-NEW"]
    assert summary.creditors_without_mandate == ["CRED-NEW"]
    with database.read() as session:
        new = session.execute(select(Creditor).where(Creditor.reference == "CRED-NEW")).scalar_one()
        assert new.mandates == []


def test_a_dry_run_reports_everything_and_writes_nothing(database: Database, clock: FixedClock,
                                                         tenant_id: int, office_file: Path) -> None:  # fmt: skip
    summary = run(database, clock, office_file, dry_run=True)
    assert (summary.imported, summary.rejected, summary.dry_run) == (4, 0, True)
    assert (count(database, Case), count(database, Creditor), count(database, Job)) == (0, 0, 0)


def test_cases_spanning_batches_are_not_duplicated(database: Database, clock: FixedClock, tenant_id: int,
                                                   tmp_path: Path) -> None:  # fmt: skip
    rows = [
        claim_row(claim_ref=f"FAC-{n}", case_ref=f"DOS-{n % 3}", debtor_ref=f"DEB-{n % 3}")
        for n in range(10)
    ]
    summary = run(database, clock, write_csv(tmp_path / "b.csv", rows), batch_size=3)
    assert summary.imported == 10
    assert (count(database, Case), count(database, Debtor), count(database, Claim)) == (3, 3, 10)


def test_a_saved_mapping_reads_an_office_own_columns(database: Database, clock: FixedClock, tenant_id: int,
                                                     tmp_path: Path) -> None:  # fmt: skip
    headers = ("Client", "Nom", "Pièce", "Émise", "Échue", "Montant")
    path = tmp_path / "export.csv"
    path.write_text("Client|Nom|Pièce|Émise|Échue|Montant\nC42|Lina Moreau|P-1|2026.01.05|2026.02.04|1.250\n",
                    encoding="utf-8")  # fmt: skip
    with database.write() as session:
        mapping_save(session, tenant_id=tenant_id, name="sage", now=clock.now(),
                     columns=dict(zip(("debtor_ref", "debtor_name", "claim_ref", "issue_date", "due_date",
                                       "principal"), headers, strict=True)),
                     options={"decimal_mark": ",", "date_format": "%Y.%m.%d",
                              "constants": {"creditor_ref": "CRED-SAGE"}})  # fmt: skip

    summary = run(database, clock, path, mapping="sage")

    assert (summary.imported, summary.rejected) == (1, 0), summary.errors
    with database.read() as session:
        claim = session.execute(select(Claim)).scalar_one()
        assert (claim.principal_cents, claim.due_date) == (125000, date(2026, 2, 4))


def test_json_and_xlsx_exports_import_the_same_way(database: Database, clock: FixedClock, tenant_id: int,
                                                   tmp_path: Path) -> None:  # fmt: skip
    from openpyxl import Workbook

    rows = [
        claim_row(claim_ref="J-1", principal="180.5"),
        claim_row(claim_ref="J-2", principal="20"),
    ]
    (tmp_path / "cases.json").write_text(json.dumps({"rows": rows}), encoding="utf-8")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(rows[0]))
    # Spreadsheet cells hold real dates and numbers, not text.
    typed = {"issue_date": date(2026, 1, 5), "due_date": date(2026, 2, 4), "principal": 99.9}
    sheet.append([typed.get(key, value) for key, value in claim_row(claim_ref="X-1").items()])
    workbook.save(tmp_path / "cases.xlsx")

    from_json = run(database, clock, tmp_path / "cases.json")
    from_xlsx = run(database, clock, tmp_path / "cases.xlsx")

    assert (from_json.imported, from_xlsx.imported, from_json.rejected + from_xlsx.rejected) == (
        2,
        1,
        0,
    )
    with database.read() as session:
        amounts = dict(session.execute(select(Claim.reference, Claim.principal_cents)).all())
    assert amounts == {"J-1": 18050, "J-2": 2000, "X-1": 9990}


def test_e_invoices_import_as_b2b_claims_and_a_bad_buyer_siren_is_named(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    folder = shared_data("facturx-samples")

    ubl = run(database, clock, folder / "ubl-21-en16931.xml")
    factur_x = run(database, clock, folder / "invoice_EN16931.pdf")

    assert (ubl.imported, ubl.rejected) == (1, 0), ubl.errors
    # The Factur-X samples' buyer SIREN is made up and fails its check digit.
    assert factur_x.errors == [
        {"row": 1, "field": "siren", "reason": "invalid SIREN/SIRET '987654321'"}
    ]
    with database.read() as session:
        case = session.execute(select(Case)).scalar_one()
        claim = case.claims[0]
        assert (claim.reference, claim.principal_cents, claim.due_date) == (
            "F124212",
            20803,
            date(2026, 7, 16),
        )
        assert (claim.nature, case.debtor.type, case.debtor.siren) == (
            "b2b_invoice",
            "business",
            "787878784",
        )
        assert case.creditor.reference == "999999998"


@pytest.mark.parametrize("parallel", [False, True], ids=["one-process", "reader-process"])
def test_reading_in_a_second_process_gives_the_same_result(database: Database, clock: FixedClock, tenant_id: int,
                                                           tmp_path: Path, parallel: bool) -> None:  # fmt: skip
    run(database, clock, write_csv(tmp_path / "first.csv", [claim_row()]))
    rows = [
        claim_row(case_ref=f"DOS-{n}", debtor_ref=f"DEB-{n}", claim_ref=f"F-{n}")
        for n in range(2, 30)
    ]
    rows[3]["principal"] = "zéro"
    rows[5]["claim_ref"] = "F-2"  # a duplicate of the first row of this file
    rows[7].update(case_ref="DOS-1", claim_ref="F-X")  # DOS-1 belongs to DEB-1
    path = write_csv(tmp_path / "big.csv", rows)

    summary = run(database, clock, path, parallel=parallel, batch_size=4)

    assert (summary.imported, summary.rejected) == (25, 3)
    assert sorted((e["row"], e["field"]) for e in summary.errors) == [(5, "principal"), (7, "claim_ref"),
                                                                        (9, "case_ref")]  # fmt: skip
    with Path(summary.rejects_file or "").open(encoding="utf-8-sig") as stream:
        rejected = {r["_row"]: r for r in csv.DictReader(stream, delimiter=";")}
    assert rejected["9"]["claim_ref"] == "F-X" and rejected["9"]["debtor_ref"] == "DEB-9"
    assert count(database, Claim) == 26


def test_a_spreadsheet_that_breaks_half_way_fails_with_its_reason(database: Database, clock: FixedClock,
                                                                  tenant_id: int, tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(ImportFailed, match=r"broken\.xlsx"):
        run(database, clock, path)
    assert count(database, Case) == 0


def test_a_known_debtor_whose_details_change_leaves_a_trace_on_the_case(
    database: Database, clock: FixedClock, tenant_id: int, tmp_path: Path
) -> None:
    run(database, clock, write_csv(tmp_path / "a.csv", [claim_row()]))
    moved = claim_row(
        address="4 place Bellecour", postcode="69002", email="jean.dupont@example.net"
    )

    run(database, clock, write_csv(tmp_path / "b.csv", [moved]))

    with database.read() as session:
        event = session.execute(
            select(CaseEvent).where(CaseEvent.type == "debtor_updated")
        ).scalar_one()
        reason, data = event.reason, event.data
    assert reason == "import of b.csv, row 2"
    assert data["changes"] == {"address": {"from": "12 rue des Lilas", "to": "4 place Bellecour"},
                                     "postcode": {"from": "69003", "to": "69002"}}  # fmt: skip
    assert data["contact_points_added"] == ["email: jean.dupont@example.net",
                                                  "postal: 4 place Bellecour, 69002 Lyon"]  # fmt: skip


@pytest.mark.parametrize("parallel", [False, True], ids=["one-process", "reader-process"])
def test_a_row_the_database_refuses_is_rejected_alone_as_it_was_read(
    database: Database, clock: FixedClock, tenant_id: int, tmp_path: Path, parallel: bool
) -> None:
    """What only the database sees (here a trigger) costs one row, not its batch."""
    if database.is_sqlite:
        create = ["CREATE TRIGGER refuse_claim BEFORE INSERT ON claim WHEN NEW.reference = 'FAC-BAD' "
                  "BEGIN SELECT RAISE(ABORT, 'claim refused'); END"]  # fmt: skip
        drop = "DROP TRIGGER refuse_claim"
    else:
        create = [
            "CREATE FUNCTION refuse_claim() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.reference = 'FAC-BAD' THEN RAISE EXCEPTION 'claim refused'; END IF; RETURN NEW; END $$",
            "CREATE TRIGGER refuse_claim BEFORE INSERT ON claim FOR EACH ROW EXECUTE FUNCTION refuse_claim()",
        ]  # fmt: skip
        drop = "DROP FUNCTION refuse_claim() CASCADE"
    with database.engine.begin() as connection:
        for statement in create:
            connection.exec_driver_sql(statement)
    rows = [
        claim_row(case_ref=f"DOS-{n}", debtor_ref=f"DEB-{n}", claim_ref=f"FAC-{n}")
        for n in range(6)
    ]
    rows[3].update(claim_ref="FAC-BAD", title_date="01/02/2026", has_title="oui")
    try:
        summary = run(
            database, clock, write_csv(tmp_path / "r.csv", rows), parallel=parallel, batch_size=4
        )
    finally:
        with database.engine.begin() as connection:
            connection.exec_driver_sql(drop)

    assert (summary.imported, summary.rejected) == (5, 1)
    assert [(e["row"], e["field"]) for e in summary.errors] == [(5, "row")]
    assert summary.errors[0]["reason"].startswith("refused by the database: ")
    assert "claim refused" in summary.errors[0]["reason"]
    with Path(summary.rejects_file or "").open(encoding="utf-8-sig") as stream:
        (rejected,) = csv.DictReader(stream, delimiter=";")
    # The row as validated, under the file's headers.
    assert (rejected["_row"], rejected["claim_ref"], rejected["principal"], rejected["due_date"],
            rejected["has_title"], rejected["phone"]) == ("5", "FAC-BAD", "180.50", "2026-02-04", "True",
                                                          "+33639980001")  # fmt: skip
    assert count(database, Claim) == 5
    assert count(database, Case) == 5


def test_an_import_leaves_the_cycle_collector_as_it_found_it(
    database: Database, clock: FixedClock, tenant_id: int, office_file: Path
) -> None:
    import gc

    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    run(database, clock, office_file)
    assert (gc.get_threshold(), gc.get_freeze_count()) == (thresholds, frozen)
