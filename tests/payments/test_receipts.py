"""A receipt for every payment (R124-6 CPCE): issued with the booking, kept as PDF,
sent on the debtor's channel, downloadable from the debtor page for that case only."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from pypdf import PdfReader
from sqlalchemy import select
from tests.agent.conftest import CONFIG

from amiable.agent.worker import agent_pass
from amiable.channels.models import OutboundMessage
from amiable.core.bootstrap import App
from amiable.core.clock import FixedClock
from amiable.core.settings import Settings
from amiable.payments.models import Receipt
from amiable.payments.reconcile import statement_import
from amiable.payments.statements.model import Direction, StatementLine
from amiable.payments.statements.writer import camt053
from amiable.web.app import create_app

from .conftest import NOW, OFFICE_IBAN, Office

LATER = NOW + timedelta(days=1)


def _pay(office: Office, lines: list[tuple[str, int, str]]) -> None:
    day = LATER.date()
    data = camt053(
        [StatementLine(booking_date=day, value_date=day, amount_cents=cents, currency="EUR",
                       direction=Direction.CREDIT, structured_reference=office.rf(case),
                       bank_reference=reference, counterparty_name="PAYEUR")
         for case, cents, reference in lines],
        account_iban=OFFICE_IBAN, statement_id="S-R", created_at=LATER,
    )  # fmt: skip
    statement_import(office.database, tenant_id=1, data=data, actor="test", now=LATER)


@pytest.fixture
def client(office: Office) -> TestClient:
    settings = Settings(environment="test", database_url=office.database.url,
                        portal_url=CONFIG.portal_url, secret_key=SecretStr(CONFIG.secret.decode()),
                        worker_interval=0)  # fmt: skip
    return TestClient(create_app(App(settings=settings, database=office.database,
                                     clock=FixedClock(LATER))))  # fmt: skip


def test_each_payment_gets_its_receipt_kept_as_pdf_and_sent(
    office: Office, client: TestClient
) -> None:
    _pay(office, [("DOS-1", 20_000, "P1"), ("DOS-2", 30_000, "P2")])
    with office.database.read() as session:
        receipts = {r.case_id: (r.number, r.amount_cents, r.balance_after_cents, r.allocation)
                    for r in session.scalars(select(Receipt))}  # fmt: skip
    partial = receipts[office.cases["DOS-1"]]
    assert partial[0].startswith("Q-2026-") and partial[1:3] == (20_000, 105_000)
    assert partial[3] == [{"claim": "FAC-2025-1187", "component": "principal", "amount": "200.00"}]

    report = agent_pass(office.database, config=CONFIG, now=LATER)

    assert report["receipts_sent"] == 2 and report["thanked"] == 0
    with office.database.read() as session:
        messages = {m.case_id: m for m in session.scalars(
            select(OutboundMessage).where(OutboundMessage.template == "payment_receipt"))}  # fmt: skip
        pdfs = {
            r.case_id: (r.number, r.pdf, r.message_id) for r in session.scalars(select(Receipt))
        }
        session.expunge_all()
    number, pdf, message_id = pdfs[office.cases["DOS-1"]]
    assert pdf is not None and message_id == messages[office.cases["DOS-1"]].id
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert number in text and "R124-6" in text and "Jean Dupont" in text
    body = messages[office.cases["DOS-1"]].body_text
    assert f"quittance n° {number}" in body and "Reste dû après ce règlement" in body
    assert "solde votre dossier" in messages[office.cases["DOS-2"]].body_text  # settled: thanked
    # The PDF link in the message opens the receipt, for this case only.
    link = next(word for word in body.split() if word.endswith(".pdf"))
    path = link.removeprefix(CONFIG.portal_url.removesuffix("/p"))
    response = client.get(path)
    assert response.status_code == 200 and response.content == pdf
    other_number = pdfs[office.cases["DOS-2"]][0]
    assert client.get(path.replace(number, other_number)).status_code == 404
    assert client.get(path.replace("/p/", "/p/x").replace(number, number)).status_code in (403, 404)
    # Another pass sends nothing again, and no separate thanks follows the settling receipt.
    again = agent_pass(office.database, config=CONFIG, now=LATER + timedelta(hours=1))
    assert (again["receipts_sent"], again["thanked"]) == (0, 0)
