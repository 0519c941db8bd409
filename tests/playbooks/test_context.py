"""The message context of a real case: the ledger's amounts to the cent, the office's payment
means, and no recovery fee line ever put before a consumer. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_currency
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.ledger.balances import case_statement
from amiable.ledger.choices import Component
from amiable.ledger.models import LedgerEntry
from amiable.ledger.rules import Statement
from amiable.payments.reference import case_id_of, case_payment_reference, reference_text
from amiable.playbooks.context import (
    FirstLetterView,
    MessageContextError,
    PromiseView,
    RecoveryFeeRefused,
    message_context,
    money_text,
)
from amiable.playbooks.templates import render
from amiable.portfolio.actions import creditor_upsert, mandate_record
from amiable.portfolio.imports.standard import RowOptions, StandardRow, validate_row
from amiable.portfolio.imports.writer import PortfolioWriter
from amiable.portfolio.models import Case, Tenant

AS_OF = date(2026, 6, 30)  # inside 2026 S1, whose legal rates are known [V]
NARROW_NBSP, NBSP = "\u202f", "\u00a0"


def claim_row(number: int, **values: str) -> StandardRow:
    row = validate_row(number, {"creditor_ref": "OPA", "creditor_name": "Opaline Télécom SAS",
                                "case_ref": "D-2026-0042", "debtor_ref": "DEB-1", **values}, RowOptions())  # fmt: skip
    assert isinstance(row, StandardRow), row
    return row


def consumer_rows() -> list[StandardRow]:
    debtor = {"debtor_type": "consumer", "debtor_name": "Camille  Martin", "address": "12 rue des Lilas",
              "postcode": "69003", "city": "Lyon", "nature": "b2c_sale", "formal_notice_date": "2026-03-01"}  # fmt: skip
    return [
        claim_row(1, claim_ref="FAC-2026-0117", issue_date="2026-01-05", due_date="2026-02-04",
                  principal="180.50", **debtor),
        claim_row(2, claim_ref="FAC-2026-0342", issue_date="2026-03-02", due_date="2026-04-01",
                  principal="1069.50", **debtor),
    ]  # fmt: skip


def business_rows() -> list[StandardRow]:
    debtor = {"debtor_type": "business", "debtor_name": "Menuiserie Roux SAS", "siren": "732829320",
              "nature": "b2b_invoice", "address": "3 chemin des Forges", "postcode": "38000", "city": "Grenoble"}  # fmt: skip
    return [claim_row(1, claim_ref="OT-F-88412", issue_date="2026-04-01", due_date="2026-05-01",
                      principal="1600.00", **debtor)]  # fmt: skip


def open_case(database: Database, clock: FixedClock, tenant_id: int, rows: list[StandardRow],
              *, mandate: bool = True) -> None:  # fmt: skip
    """Given an office (agency with a client account), a creditor under mandate, a case."""
    now = clock.now()
    with database.write() as session:
        tenant = session.get(Tenant, tenant_id)
        assert tenant is not None
        tenant.name, tenant.address, tenant.postcode, tenant.city = (
            "Alcyon Gestion",
            "24 rue Garibaldi",
            "69006",
            "Lyon",
        )
        tenant.phone, tenant.email = "+33472000000", "contact@alcyon-gestion.example"
        tenant.client_account_iban = "FR7630004000031234567890143"
        PortfolioWriter(tenant_id=tenant_id, actor="test", source="test", now=now).write(
            session, rows
        )
        creditor, _ = creditor_upsert(
            session,
            tenant_id=tenant_id,
            reference="OPA",
            now=now,
            address="8 quai Saint-Antoine",
            postcode="69002",
            city="Lyon",
        )
        if mandate:
            mandate_record(session, creditor=creditor, reference="M-OPA-1", signed_on=date(2026, 1, 1),
                           basis="Factures impayées d'abonnement téléphonique (contrat n° OT-558120)",
                           fee_basis="percent_of_collected", fee_rate_percent=Decimal("12"), now=now,
                           max_instalments=3, min_instalment=Decimal("50"), max_plan_months=3)  # fmt: skip


def post(database: Database, clock: FixedClock, kind: str, cents: int, on: date,
         claim_reference: str | None = None) -> None:  # fmt: skip
    with database.write() as session:
        case = the_case(session)
        claim_id = next((c.id for c in case.claims if c.reference == claim_reference), None)
        session.add(LedgerEntry(tenant_id=case.tenant_id, case_id=case.id, claim_id=claim_id, kind=kind,
                                amount_cents=cents, currency="EUR", effective_on=on,
                                recorded_at=clock.now(), reason="test"))  # fmt: skip


def the_case(session: Session) -> Case:
    return session.execute(select(Case)).unique().scalar_one()


def test_the_context_quotes_the_ledger_to_the_cent(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    open_case(database, clock, tenant_id, consumer_rows())
    post(database, clock, "payment", 10_000, AS_OF)
    with database.read() as session:
        case = the_case(session)
        context = message_context(session, case=case, as_of=AS_OF, channel="letter", lang="fr")
        statement = case_statement(session, case, AS_OF)
    balance = context.balance
    due = statement.due_by_component
    assert (balance.principal, balance.interest, balance.indemnity, balance.fees) == (
        due[Component.PRINCIPAL], due[Component.INTEREST], due[Component.INDEMNITY], due[Component.FEE],
    )  # fmt: skip
    assert balance.total_due == statement.total_due
    assert balance.payments_received == statement.total_received == Decimal("100.00")
    # Legal rate 2026 S1, other cases, 2.62 %, from the formal notice of 1 March 2026:
    # FAC-0117 122 days on 180.50 = 1.58; FAC-0342 90 days (from 2 April) on 1 069.50 = 6.91.
    # The 100.00 paid on 30 June goes to the oldest claim, interest first: 1.58 + 98.42.
    assert balance.interest == Decimal("6.91")
    assert balance.principal == Decimal("1151.58")  # 180.50 - 98.42 + 1 069.50
    assert balance.total_due == Decimal("1158.49")
    assert balance.principal + balance.interest + balance.accessories == balance.total_due
    assert [(c.reference, c.amount, c.balance) for c in balance.claims] == [
        ("FAC-2026-0117", Decimal("180.50"), Decimal("82.08")),
        ("FAC-2026-0342", Decimal("1069.50"), Decimal("1076.41")),
    ]
    assert all(isinstance(amount, Decimal) for amount in (balance.principal, balance.total_due))


def test_the_context_describes_office_creditor_debtor_and_payment_means(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    open_case(database, clock, tenant_id, consumer_rows())
    with database.read() as session:
        case = the_case(session)
        case_id = case.id
        context = message_context(session, case=case, as_of=AS_OF, channel="email",
                                  lang="fr", portal_url="https://pay.example/p/TOKEN")  # fmt: skip
    assert context.agency.name == "Alcyon Gestion"
    assert context.agency.address_lines == ("24 rue Garibaldi", "69006 Lyon")
    assert context.agency.phone == "04 72 00 00 00"
    assert context.agency.collector_type == "agency"
    assert context.creditor.name == "Opaline Télécom SAS"
    assert context.creditor.address == "8 quai Saint-Antoine, 69002 Lyon"
    assert (context.debtor.name, context.debtor.type) == ("Camille Martin", "consumer")
    assert context.debtor.salutation == "Madame, Monsieur,"
    assert context.case_reference == "D-2026-0042"
    assert context.basis == "Factures impayées d'abonnement téléphonique (contrat n° OT-558120)"
    assert context.payment.iban == "FR76 3000 4000 0312 3456 7890 143"
    # The transfer reference is the case's ISO 11649 one, which reconciliation reads first.
    assert context.payment.reference == reference_text(case_payment_reference(case_id))
    assert case_id_of(context.payment.reference) == case_id
    assert context.payment.portal_url == "https://pay.example/p/TOKEN"
    assert (context.plan.max_instalments, context.plan.min_instalment) == (3, Decimal("50.00"))
    assert context.first_letter is None
    assert context.legal.l111_8.startswith(
        "Les frais de recouvrement entrepris sans titre exécutoire"
    )


def test_the_first_letter_recorded_on_the_case_is_recalled(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    open_case(database, clock, tenant_id, consumer_rows())
    with database.write() as session:
        case = the_case(session)
        case.first_letter_reference, case.first_letter_on = "AG-2026-0042-L1", date(2026, 5, 4)
    with database.read() as session:
        context = message_context(session, case=the_case(session), as_of=AS_OF, channel="sms",
                                  lang="en", tone="ferme")  # fmt: skip
        text = render("reminder", channel="sms", lang="en", tone="ferme", context=context).text
    assert context.first_letter == FirstLetterView("AG-2026-0042-L1", date(2026, 5, 4))
    assert "our letter AG-2026-0042-L1 of 04/05/2026" in text
    assert "€1,258.49" in text  # no payment on this case
    assert context.debtor.salutation == "Dear Camille Martin,"


def test_a_real_case_renders_its_first_letter_with_the_ledger_amounts(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    open_case(database, clock, tenant_id, consumer_rows())
    post(database, clock, "payment", 10_000, AS_OF)
    with database.read() as session:
        context = message_context(session, case=the_case(session), as_of=AS_OF, channel="letter", lang="fr",
                                  first_letter=FirstLetterView("AG-2026-0042-L1", AS_OF))  # fmt: skip
        text = render(
            "first_letter", channel="letter", lang="fr", tone="cordial", context=context
        ).text
    assert f"- Principal : 1{NARROW_NBSP}151,58{NBSP}€" in text
    assert f"- Intérêts : 6,91{NBSP}€" in text
    assert f"- Total restant dû : 1{NARROW_NBSP}158,49{NBSP}€" in text
    assert "Notre référence : AG-2026-0042-L1 du 30 juin 2026" in text


def test_a_recovery_fee_posted_for_a_consumer_never_reaches_the_message(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    open_case(database, clock, tenant_id, consumer_rows())
    post(database, clock, "fee", 1_500, date(2026, 5, 2), "FAC-2026-0117")
    with database.read() as session:
        case = the_case(session)
        statement = case_statement(session, case, AS_OF)
        context = message_context(session, case=case, as_of=AS_OF, channel="letter", lang="fr",
                                  first_letter=FirstLetterView("AG-2026-0042-L1", AS_OF))  # fmt: skip
    # The ledger refuses the fee (L111-8) and says so; the context shows what it charges.
    assert any("refused" in warning and "L111-8" in warning for warning in statement.warnings)
    assert context.balance.fees == context.balance.accessories == Decimal("0.00")
    assert context.balance.total_due == statement.total_due == Decimal("1258.49")
    text = render("first_letter", channel="letter", lang="fr", tone="cordial", context=context).text
    assert f"- Autres accessoires : 0,00{NBSP}€" in text
    assert "dont frais" not in text and "15,00" not in text


def test_a_statement_charging_a_consumer_fee_is_refused_outright(
    database: Database, clock: FixedClock, tenant_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should the ledger ever charge a consumer a fee, no message is built at all."""
    open_case(database, clock, tenant_id, consumer_rows())

    def statement_with_a_fee(session: Session, case: Case, as_of: date) -> Statement:
        real = case_statement(session, case, as_of)
        first = replace(
            real.claims[0], charged={**real.claims[0].charged, Component.FEE: Decimal("15.00")}
        )
        return replace(real, claims=(first, *real.claims[1:]))

    monkeypatch.setattr("amiable.playbooks.context.case_statement", statement_with_a_fee)
    with database.read() as session, pytest.raises(RecoveryFeeRefused, match="L111-8"):
        message_context(session, case=the_case(session), as_of=AS_OF, channel="sms", lang="fr")


def test_a_business_owes_the_40_euro_indemnity_and_may_be_shown_fees(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    open_case(database, clock, tenant_id, business_rows())
    post(database, clock, "fee", 2_500, date(2026, 6, 1), "OT-F-88412")
    with database.read() as session:
        context = message_context(session, case=the_case(session), as_of=AS_OF, channel="email",
                                  lang="en", first_letter=FirstLetterView("AG-1", date(2026, 6, 2)))  # fmt: skip
        statement = case_statement(session, the_case(session), AS_OF)
    assert context.balance.indemnity == Decimal("40.00")
    assert context.balance.fees == Decimal("25.00")
    assert context.balance.accessories == Decimal("65.00")
    assert context.balance.total_due == statement.total_due
    assert context.debtor.salutation == "Dear Sir or Madam,"
    rendered = render("first_letter", channel="email", lang="en", tone="cordial", context=context)
    assert "- Other sums (accessories): €65.00" in rendered.text
    assert "  of which costs: €25.00" in rendered.text


def test_without_a_mandate_in_force_no_message_can_be_written(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    open_case(database, clock, tenant_id, consumer_rows(), mandate=False)
    with database.read() as session, pytest.raises(MessageContextError, match="R124-3"):
        message_context(session, case=the_case(session), as_of=AS_OF, channel="letter", lang="fr")


def test_unknown_channel_language_or_tone_is_refused(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    open_case(database, clock, tenant_id, consumer_rows())
    with database.read() as session:
        case = the_case(session)
        for options in ({"channel": "fax", "lang": "fr"}, {"channel": "sms", "lang": "de"},
                        {"channel": "sms", "lang": "fr", "tone": "menacant"}):  # fmt: skip
            with pytest.raises(MessageContextError):
                message_context(session, case=case, as_of=AS_OF, **options)


def test_the_promise_given_by_the_caller_reaches_the_templates(
    database: Database, clock: FixedClock, tenant_id: int
) -> None:
    open_case(database, clock, tenant_id, consumer_rows())
    with database.write() as session:
        case = the_case(session)
        case.first_letter_reference, case.first_letter_on = "AG-2026-0042-L1", date(2026, 5, 4)
    promise = PromiseView(amount=Decimal("300.00"), due_on=date(2026, 7, 1))
    with database.read() as session:
        context = message_context(session, case=the_case(session), as_of=AS_OF, channel="email",
                                  lang="fr", promise=promise)  # fmt: skip
        rendered = render(
            "promise_reminder", channel="email", lang="fr", tone="cordial", context=context
        )
    assert rendered.subject == "Dossier D-2026-0042 : votre règlement prévu le 1er juillet 2026"
    assert f"régler 300,00{NBSP}€ le 1er juillet 2026" in rendered.text


@settings(max_examples=300, deadline=None)
@given(
    cents=st.integers(min_value=-(10**11), max_value=10**11),
    currency=st.sampled_from(["EUR", "GBP", "USD", "CHF", "XPF"]),
    lang=st.sampled_from(["fr", "en"]),
)
def test_amounts_are_written_exactly_as_babel_writes_them(
    cents: int, currency: str, lang: str
) -> None:
    amount = Decimal(cents).scaleb(-2)
    locale = {"fr": "fr_FR", "en": "en_GB"}[lang]
    assert money_text(amount, currency, lang) == format_currency(amount, currency, locale=locale)


def test_the_client_account_is_shown_only_to_those_who_can_pay_into_it() -> None:
    from amiable.playbooks.context import payment_view
    from amiable.portfolio.models import Tenant

    euro = Tenant(name="Alcyon Gestion", client_account_iban="FR7630006000011234567890189")
    pound = Tenant(name="Alcyon UK", client_account_iban="GB33BUKB20201555555555")
    assert payment_view(euro, 1, None, "EUR").iban == "FR76 3000 6000 0112 3456 7890 189"
    # A pound debt is not sent to a euro account, nor a euro debt to a pound one.
    assert payment_view(euro, 1, "https://pay.example/p/x", "GBP").iban is None
    assert payment_view(pound, 1, None, "GBP").iban == "GB33 BUKB 2020 1555 5555 55"
    assert payment_view(pound, 1, None, "EUR").iban is None
