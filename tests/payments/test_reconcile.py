"""Bank statements against the office's cases: matched and booked, queued with a reason,
returned payments reversed, the same lines never twice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from amiable.agent.models import HumanTask
from amiable.ledger.balances import case_statement
from amiable.ledger.models import LedgerEntry
from amiable.payments.models import BankLine
from amiable.payments.reconcile import (
    LineError,
    line_assign,
    line_confirm,
    line_set_aside,
    statement_import,
)
from amiable.payments.reference import reference_text
from amiable.payments.statements import StatementError
from amiable.payments.statements.model import Direction, StatementLine
from amiable.payments.statements.writer import camt053
from amiable.portfolio.models import Case

from .conftest import DUPONT_IBAN, NOW, OFFICE_IBAN, Office

DAY = date(2026, 3, 4)
LATER = NOW + timedelta(days=1)


def credit(cents: int, text: str = "", **fields: object) -> StatementLine:
    return StatementLine(booking_date=DAY, value_date=DAY, amount_cents=cents, currency="EUR",
                         direction=Direction.CREDIT, remittance=text, **fields)  # type: ignore[arg-type]  # fmt: skip


def debit(cents: int, text: str = "", **fields: object) -> StatementLine:
    return StatementLine(booking_date=DAY + timedelta(days=3), value_date=None, amount_cents=cents,
                         currency="EUR", direction=Direction.DEBIT, remittance=text, **fields)  # type: ignore[arg-type]  # fmt: skip


def statement(lines: list[StatementLine], statement_id: str = "STMT-1") -> bytes:
    return camt053(lines, account_iban=OFFICE_IBAN, statement_id=statement_id, created_at=NOW)


def do_import(office: Office, data: bytes, at=LATER):  # type: ignore[no-untyped-def]
    return statement_import(office.database, tenant_id=1, data=data, actor="clerk@office",
                            now=at, filename="releve.xml")  # fmt: skip


def balance(office: Office, reference: str, on: date = DAY) -> int:
    with office.database.read() as session:
        case = session.get(Case, office.cases[reference])
        assert case is not None
        return int(case_statement(session, case, on).total_due * 100)


def lines_by_text(office: Office) -> dict[str, BankLine]:
    with office.database.read() as session:
        rows = {
            f"{row.remittance}|{row.amount_cents}": row for row in session.scalars(select(BankLine))
        }
        session.expunge_all()  # plain values after the session
    return rows


def a_day_of_payments(office: Office) -> list[StatementLine]:
    return [
        credit(20_000, "PAIEMENT", structured_reference=office.rf("DOS-1"), bank_reference="B1",
               end_to_end_id="E2E-DUPONT-1", counterparty_name="M JEAN DUPONT",
               counterparty_iban="FR7610107001011234567890129"),
        credit(30_000, "VIR SEPA DOSSIER DOS 2 MERCI", bank_reference="B2",
               counterparty_name="CURIE MARIE"),
        credit(45_000, "VIREMENT", bank_reference="B3", counterparty_name="MARTIN PAUL"),
        credit(8_000, "FACTURE 4411", bank_reference="B4", counterparty_name="L PETIT"),
        credit(9_999, "VIR DE X", bank_reference="B5", counterparty_name="INCONNU SARL"),
        debit(1_200, "FRAIS TENUE DE COMPTE", bank_reference="B6", bank_code="ACMT/MDOP/CHRG"),
        credit(53_000, "REGLEMENT DOS-3 ET DOS-4", bank_reference="B7",
               counterparty_name="GROUPE FAMILLE"),
    ]  # fmt: skip


def test_a_statement_is_matched_booked_and_what_is_doubtful_queued(office: Office) -> None:
    result = do_import(office, statement(a_day_of_payments(office)))

    assert result.counts() == {"lines": 7, "matched": 3, "to_review": 2, "unmatched": 1,
                               "duplicates": 0, "reversed": 0, "ignored": 1}  # fmt: skip
    rows = lines_by_text(office)
    # The RF reference in the structured field: booked on DOS-1, which owes 200 less.
    assert rows["PAIEMENT|20000"].status == "matched"
    assert rows["PAIEMENT|20000"].score == 100
    assert balance(office, "DOS-1") == 125_000 - 20_000
    # The case reference in the text, however spaced: DOS-2 paid in full, settled.
    assert rows["VIR SEPA DOSSIER DOS 2 MERCI|30000"].reason.startswith(
        "the transfer text names case DOS-2"
    )
    # A grouped payment: each case its balance, both settled.
    grouped = rows["REGLEMENT DOS-3 ET DOS-4|53000"]
    assert [(part["case_id"], part["amount_cents"]) for part in grouped.allocations] == [
        (office.cases["DOS-3"], 45_000), (office.cases["DOS-4"], 8_000)]  # fmt: skip
    with office.database.read() as session:
        statuses = {case.reference: case.status for case in session.scalars(select(Case))}
    assert statuses == {"DOS-1": "active", "DOS-2": "paid", "DOS-3": "paid", "DOS-4": "paid"}
    # A name alone is never proof; a four-digit invoice number neither: a person decides.
    name_only = rows["VIREMENT|45000"]
    assert (name_only.status, name_only.case_id) == ("to_review", office.cases["DOS-3"])
    assert "a name alone is not proof" in name_only.reason
    short_invoice = rows["FACTURE 4411|8000"]
    assert (short_invoice.status, short_invoice.case_id) == ("to_review", office.cases["DOS-4"])
    assert rows["VIR DE X|9999"].status == "unmatched"
    assert rows["FRAIS TENUE DE COMPTE|1200"].status == "ignored"
    # Each line waiting has one task in the work queue, with what a clerk needs.
    with office.database.read() as session:
        tasks = [(task.data["bank_line"], task.summary) for task in
                 session.scalars(select(HumanTask).where(HumanTask.kind == "payment"))]  # fmt: skip
    assert sorted(line for line, _ in tasks) == sorted(
        row.id for row in rows.values() if row.status in ("to_review", "unmatched")
    )
    assert all("Confirm the suggested case" in summary for _, summary in tasks)


def test_the_same_file_or_the_same_lines_again_add_nothing(office: Office) -> None:
    lines = a_day_of_payments(office)
    do_import(office, statement(lines))
    with office.database.read() as session:
        entries = session.scalar(select(func.count()).select_from(LedgerEntry))

    again = do_import(office, statement(lines))
    # The next day's statement repeats two lines (an intraday report, then the day's).
    overlap = do_import(office, statement([lines[0], lines[1], credit(5_000, office.rf("DOS-1"),
                                           bank_reference="B8")], "STMT-2"))  # fmt: skip

    assert again.file_seen_before and again.counts()["duplicates"] == 7
    assert (overlap.duplicates, overlap.matched) == (2, 1)
    with office.database.read() as session:
        assert session.scalar(select(func.count()).select_from(LedgerEntry)) == entries + 1
        assert session.scalar(select(func.count()).select_from(BankLine)) == 8


def test_the_payer_s_iban_with_the_amount_asked_is_a_match_without_it_a_suggestion(
    office: Office,
) -> None:
    result = do_import(office, statement([
        credit(125_000, "VIREMENT", bank_reference="I1", counterparty_iban=DUPONT_IBAN),
        credit(40_000, "VIREMENT", bank_reference="I2", counterparty_iban=DUPONT_IBAN),
    ]))  # fmt: skip

    rows = lines_by_text(office)
    assert (result.matched, result.to_review) == (1, 1)
    assert rows["VIREMENT|125000"].score == 92
    assert "not one it was asked for" in rows["VIREMENT|40000"].reason


def test_a_returned_direct_debit_reverses_the_payment_it_returns(office: Office) -> None:
    do_import(office, statement(a_day_of_payments(office)))
    assert balance(office, "DOS-2", DAY + timedelta(days=5)) == 0

    result = do_import(office, statement([
        debit(20_000, "RETOUR", bank_reference="R1", end_to_end_id="E2E-DUPONT-1",
              return_reason="AM04", bank_code="PMNT/RCDT/RRTN"),
        debit(30_000, "REJET DOS-2", bank_reference="R2", reversal=True),
    ], "STMT-R"))  # fmt: skip

    assert (result.reversed, result.to_review) == (2, 0)
    # The ledger reads as if neither payment came; DOS-2 is open and chased again.
    assert balance(office, "DOS-1", DAY + timedelta(days=5)) == 125_000
    assert balance(office, "DOS-2", DAY + timedelta(days=5)) == 30_000
    with office.database.read() as session:
        dos2 = session.get(Case, office.cases["DOS-2"])
        assert dos2 is not None and dos2.status == "active"


def test_a_return_with_nothing_to_reverse_waits_for_a_person(office: Office) -> None:
    result = do_import(office, statement([debit(7_700, "RETOUR", bank_reference="R9",
                                                 return_reason="MD06")]))  # fmt: skip
    assert result.to_review == 1
    [row] = lines_by_text(office).values()
    assert row.reason == "a return or chargeback, but no booked payment of this amount was found"


def test_a_person_confirms_assigns_or_sets_aside(office: Office) -> None:
    do_import(office, statement([
        credit(45_000, "VIREMENT", bank_reference="B3", counterparty_name="MARTIN PAUL"),
        credit(9_999, "VIR DE X", bank_reference="B5"),
        credit(1_000, "REMBOURSEMENT ASSURANCE", bank_reference="B9"),
    ]))  # fmt: skip
    rows = lines_by_text(office)
    with office.database.write() as session:
        with pytest.raises(LineError, match="no case 'DOS-99'"):
            line_assign(session, tenant_id=1, line_id=rows["VIR DE X|9999"].id,
                        case_reference="DOS-99", actor="anne", now=LATER)  # fmt: skip
        line_confirm(
            session, tenant_id=1, line_id=rows["VIREMENT|45000"].id, actor="anne", now=LATER
        )
        line_assign(session, tenant_id=1, line_id=rows["VIR DE X|9999"].id,
                    case_reference=reference_text(office.rf("DOS-1")), actor="anne", now=LATER)  # fmt: skip
        line_set_aside(session, tenant_id=1, line_id=rows["REMBOURSEMENT ASSURANCE|1000"].id,
                       reason="an insurer's refund", actor="anne", now=LATER)  # fmt: skip
        with pytest.raises(LineError, match="not waiting for a decision"):
            line_confirm(
                session, tenant_id=1, line_id=rows["VIREMENT|45000"].id, actor="anne", now=LATER
            )

    assert balance(office, "DOS-3") == 0
    assert balance(office, "DOS-1") == 125_000 - 9_999
    after = lines_by_text(office)
    assert [after[key].status for key in ("VIREMENT|45000", "VIR DE X|9999", "REMBOURSEMENT ASSURANCE|1000")] == [
        "matched", "matched", "set_aside"]  # fmt: skip
    with office.database.read() as session:
        assert session.scalars(select(HumanTask.status).where(HumanTask.kind == "payment")).all() == [
            "done", "done", "done"]  # fmt: skip


def test_a_payment_on_a_closed_case_or_in_another_currency_is_not_booked(office: Office) -> None:
    with office.database.write() as session:
        closed = session.get(Case, office.cases["DOS-2"])
        assert closed is not None
        closed.status = "closed"
    pound = StatementLine(booking_date=DAY, value_date=DAY, amount_cents=5_000, currency="GBP",
                          direction=Direction.CREDIT, remittance="DOS-3", bank_reference="G1")  # fmt: skip
    result = do_import(office, statement([credit(30_000, "DOS-2", bank_reference="C1"), pound]))

    assert (result.matched, result.to_review) == (0, 2)
    rows = lines_by_text(office)
    assert rows["DOS-2|30000"].reason.endswith("but the case is closed")
    assert rows["DOS-3|5000"].reason.endswith("the case is in EUR, the credit in GBP")


def test_a_hostile_file_is_refused_and_stores_nothing(office: Office) -> None:
    bomb = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>
<Document><BkToCstmrStmt>&lol2;</BkToCstmrStmt></Document>"""
    with pytest.raises(StatementError):
        do_import(office, bomb)
    with office.database.read() as session:
        assert session.scalar(select(func.count()).select_from(BankLine)) == 0


# Through the API: upload, the queue, one click --------------------------------------------


def test_the_api_takes_a_statement_and_a_person_s_decision(office: Office) -> None:
    from fastapi.testclient import TestClient

    from amiable.core.bootstrap import App
    from amiable.core.clock import FixedClock
    from amiable.core.settings import Settings
    from amiable.portfolio.models import Tenant
    from amiable.portfolio.tenants import api_key_create
    from amiable.web.app import create_app

    application = App(settings=Settings(environment="test", database_url=office.database.url,
                                        worker_interval=0),
                      database=office.database, clock=FixedClock(LATER))  # fmt: skip
    with office.database.write() as session:
        tenant = session.scalars(select(Tenant)).one()
        key = api_key_create(session, tenant=tenant, name="clerk", now=LATER).secret
    client = TestClient(create_app(application), headers={"Authorization": f"Bearer {key}"})
    data = statement([credit(45_000, "VIREMENT", bank_reference="B3", counterparty_name="MARTIN PAUL"),
                      credit(9_999, "VIR DE X", bank_reference="B5")])  # fmt: skip

    imported = client.post("/api/v1/statements", files={"file": ("releve.xml", data)})
    assert imported.status_code == 200
    assert {k: imported.json()[k] for k in ("lines", "matched", "to_review", "unmatched")} == {
        "lines": 2, "matched": 0, "to_review": 1, "unmatched": 1}  # fmt: skip
    [waiting] = client.get("/api/v1/bank-lines").json()
    assert (waiting["case"], waiting["amount"], waiting["payer"]) == (
        "DOS-3",
        "450.00",
        "MARTIN PAUL",
    )
    confirmed = client.post(f"/api/v1/bank-lines/{waiting['id']}/confirm")
    assert confirmed.status_code == 200 and confirmed.json()["status"] == "matched"
    again = client.post(f"/api/v1/bank-lines/{waiting['id']}/confirm")
    assert again.status_code == 409
    [stranger] = client.get("/api/v1/bank-lines", params={"status": "unmatched"}).json()
    assigned = client.post(f"/api/v1/bank-lines/{stranger['id']}/assign", json={"case": "DOS-1"})
    assert assigned.json()["case"] == "DOS-1" and balance(office, "DOS-1") == 125_000 - 9_999
    junk = client.post("/api/v1/statements", files={"file": ("x.xml", b"\x00\x01binary")})
    assert junk.status_code == 422 and junk.json()["error"]["code"] == "not_a_statement"


def test_amounts_finer_than_a_cent_or_in_an_unknown_currency_wait_with_the_reason(
    office: Office,
) -> None:
    good = statement([credit(10_000, office.rf("DOS-1"), bank_reference="OK")]).decode()
    entry = good[good.index("<Ntry>") : good.index("</Ntry>") + len("</Ntry>")]
    fine = entry.replace(">100.00<", ">18.15001<").replace("OK", "FINE")
    strange = entry.replace('Ccy="EUR"', 'Ccy="XYZ"').replace("OK", "ODD")
    data = good.replace(entry, entry + fine + strange).encode()

    result = do_import(office, data)

    assert (result.matched, result.to_review) == (1, 2)
    with office.database.read() as session:
        problems = sorted(
            session.scalars(select(BankLine.problem).where(BankLine.problem.is_not(None)))
        )
    assert any("18.15001" in problem and "cent" in problem for problem in problems), problems
    assert any("XYZ" in problem for problem in problems), problems
    assert balance(office, "DOS-1") == 125_000 - 10_000  # only the good line was booked


def test_an_import_cut_off_while_booking_is_finished_by_importing_the_file_again(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    import amiable.payments.reconcile as reconcile

    data = statement([credit(20_000, "PAIEMENT", structured_reference=office.rf("DOS-1"),
                             bank_reference="K1"),
                      credit(30_000, "DOS-2", bank_reference="K2")])  # fmt: skip
    real = reconcile.payment_record

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the machine stopped")

    monkeypatch.setattr(reconcile, "payment_record", failing)
    with pytest.raises(RuntimeError):
        do_import(office, data)
    with office.database.read() as session:
        assert sorted(session.scalars(select(BankLine.status))) == ["to_book", "to_book"]
    assert balance(office, "DOS-1") == 125_000  # nothing booked, nothing lost

    monkeypatch.setattr(reconcile, "payment_record", real)
    again = do_import(office, data)

    assert again.file_seen_before
    with office.database.read() as session:
        assert sorted(session.scalars(select(BankLine.status))) == ["matched", "matched"]
    assert balance(office, "DOS-1") == 125_000 - 20_000 and balance(office, "DOS-2") == 0
    do_import(office, data)  # and a third time: nothing more
    assert balance(office, "DOS-1") == 125_000 - 20_000


def test_the_pages_of_a_statement_are_imported_together_each_as_its_own_import(
    office: Office,
) -> None:
    from amiable.payments.reconcile import statements_import

    first = statement([credit(20_000, "P1", structured_reference=office.rf("DOS-1"), bank_reference="Q1"),
                       credit(10_000, "DOS-4", bank_reference="Q2")], "PAGE-1")  # fmt: skip
    # The second page repeats the first's last line (banks overlap pages) and adds one.
    second = statement([credit(10_000, "DOS-4", bank_reference="Q2"),
                        credit(30_000, "DOS-2", bank_reference="Q3")], "PAGE-2")  # fmt: skip

    results = statements_import(office.database, tenant_id=1, actor="test", now=LATER,
                                files=[(first, "p1.xml"), (b"%PDF-1.4 junk", "scan.pdf"),
                                       (second, "p2.xml")])  # fmt: skip

    one, refused, two = results
    assert isinstance(refused, StatementError) and "a PDF" in str(refused)
    assert not isinstance(one, StatementError) and not isinstance(two, StatementError)
    assert (one.matched, two.matched, two.duplicates) == (2, 1, 1)
    assert one.import_id != two.import_id
    assert balance(office, "DOS-4") == 0 and balance(office, "DOS-2") == 0
