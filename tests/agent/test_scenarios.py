"""Scripted debtors, French and English, talking to the agent end to end.

Each scenario is a conversation with the office of conftest (Alcyon Gestion collecting
1 250 € for Opaline Télécom from Jean Dupont, or from a business, or from an English
debtor): the message is stored and read as a real one (`amiable converse`), answered by
`agent.respond`, and, where time matters, the scheduler and the agent's daily pass run
over the following days. Each asserts what was sent (template, channel, recipient,
words), what was recorded (case status, promises, plans, contact points, events) and
what was escalated (people's tasks and their priority) — and what must not happen: no
answer that names the debt to a stranger, no plan on a disputed case, no message after a
stop on that channel, nothing sent after a legal stop, no commitment to stale figures.

Scenarios that show a bug outside the dialogue policy are marked `xfail(strict=True)`
with the file and the fix in the reason."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.agent.conftest import CONFIG, DEBTOR_MAIL, DEBTOR_MOBILE, NOW, Say, office_setup
from tests.portfolio.factories import claim_row

from amiable.agent.converse import Line, converse
from amiable.agent.models import HumanTask, PaymentPlan, Promise
from amiable.agent.respond import Turn, answer_pending, respond
from amiable.agent.worker import agent_pass
from amiable.channels.intake import reply_record
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.core.db import Database
from amiable.payments.record import payment_record
from amiable.payments.reference import case_payment_reference, reference_text
from amiable.playbooks.rendering import template_renderer
from amiable.playbooks.worker import run_once
from amiable.portfolio.models import Case, CaseEvent, ContactPoint

RENDER = template_renderer(CONFIG.portal_url, CONFIG.secret)
# The bugs the xfail scenarios show are no database's: they run on SQLite only.
SQLITE_ONLY = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
EURO = "\u00a0€"
BALANCE_FR = f"1\u202f250,00{EURO}"
CREDITOR = "Opaline"

BUSINESS_MAIL = "compta@garage-lefevre.example"
ENGLISH_MAIL = "john.smith@example.co.uk"
ENGLISH_MOBILE = "+447700900123"


# The offices --------------------------------------------------------------------------


@pytest.fixture
def business(database: Database, tenant_id: int, tmp_path: Path) -> Database:
    """The office, its debtor a company (SIREN 732 829 320) owing an invoice of 1 250 €."""
    row = claim_row(
        debtor_type="business", debtor_name="Garage Lefèvre SARL", siren="732829320",
        nature="b2b_invoice", issue_date="05/12/2025", due_date="04/01/2026",
        principal="1250,00", email=BUSINESS_MAIL, phone="06 12 34 56 78",
    )  # fmt: skip
    return office_setup(database, tmp_path, rows=[row])


@pytest.fixture
def english(database: Database, tenant_id: int, tmp_path: Path) -> Database:
    """The office, its debtor in London (jurisdiction GB, language en, pounds)."""
    row = claim_row(
        debtor_name="John Smith", email=ENGLISH_MAIL, phone="07700 900123",
        address="10 Downing Street", postcode="SW1A 2AA", city="London", country="GB",
        currency="GBP", issue_date="05/12/2025", due_date="04/01/2026", principal="1250,00",
    )  # fmt: skip
    database = office_setup(database, tmp_path, rows=[row])
    with database.read() as session:
        case = session.scalars(select(Case)).one()
        assert (case.jurisdiction, case.currency, case.debtor.language) == ("GB", "GBP", "en")
    return database


@pytest.fixture
def small(database: Database, tenant_id: int, tmp_path: Path) -> Database:
    """A debt of 150 € under a mandate allowing instalments of 25 € or more."""
    row = claim_row(issue_date="05/12/2025", due_date="04/01/2026", principal="150,00",
                    phone="06 12 34 56 78")  # fmt: skip
    return office_setup(database, tmp_path, rows=[row], min_instalment="25")


# Speaking, and reading what happened ---------------------------------------------------


def talk(
    database: Database,
    text: str,
    *,
    channel: str | None = None,
    at: datetime = NOW,
    sender: str | None = None,
    subject: str | None = None,
    in_reply_to: int | None = None,
) -> Turn:
    """The debtor (or whoever writes from `sender`) says `text`; the agent answers.
    `in_reply_to`: the outbound message it answers (threaded by our token or Message-ID)."""
    if sender is None and subject is None and in_reply_to is None:
        return converse(database, tenant="default", case_reference="DOS-1",
                        line=Line(text, channel, at), config=CONFIG, now=at)  # fmt: skip
    with database.write() as session:
        case = session.scalars(select(Case)).one()
        inbound = reply_record(
            session, case=case, channel=channel or "email", provider="test",
            dedup_key=f"test:{uuid.uuid4().hex}", text=text, sender=sender, received_at=at,
            now=at, subject=subject,
        )  # fmt: skip
        inbound.in_reply_to_id = in_reply_to
        return respond(session, inbound, config=CONFIG, now=at)


@dataclass(frozen=True)
class Sent:
    template: str
    channel: str
    recipient: str
    text: str
    subject: str | None
    lang: str
    tone: str
    key: str


@dataclass(frozen=True)
class Task:
    kind: str
    priority: int
    status: str
    reason: str
    summary: str
    due_at: datetime


@dataclass(frozen=True)
class Book:
    """Everything the office's database says of the case, as plain values."""

    status: str
    state: dict[str, Any]
    promises: list[tuple[int, date, str]]
    plans: list[tuple[str, str, int]]  # option key, status, balance it was built on
    tasks: list[Task]
    sent: list[Sent]
    events: list[tuple[str, dict[str, Any]]]
    points: dict[str, tuple[str, list[str]]]  # value → (status, opted-out channels)

    @property
    def templates(self) -> list[str]:
        return [message.template for message in self.sent]

    @property
    def types(self) -> list[str]:
        return [kind for kind, _ in self.events]

    def event(self, kind: str) -> dict[str, Any]:
        found = [data for each, data in self.events if each == kind]
        assert len(found) == 1, (kind, self.types)
        return found[0]

    def plan_statuses(self) -> list[str]:
        return [status for _, status, _ in self.plans]


def book(database: Database) -> Book:
    with database.read() as session:
        case = session.scalars(select(Case)).one()
        return Book(
            status=case.status,
            state=dict(case.agent_state or {}),
            promises=[
                (p.amount_cents, p.due_on, p.status)
                for p in session.scalars(select(Promise).order_by(Promise.id))
            ],
            plans=[
                (p.option_key, p.status, p.balance_cents)
                for p in session.scalars(select(PaymentPlan).order_by(PaymentPlan.id))
            ],
            tasks=[
                Task(t.kind, t.priority, t.status, t.reason, t.summary, t.due_at)
                for t in session.scalars(select(HumanTask).order_by(HumanTask.id))
            ],
            sent=[
                Sent(
                    m.template,
                    m.channel,
                    m.recipient or "",
                    m.body_text,
                    m.subject,
                    m.lang,
                    m.tone,
                    m.idempotency_key,
                )
                for m in session.scalars(select(OutboundMessage).order_by(OutboundMessage.id))
            ],
            events=[
                (e.type, dict(e.data or {}))
                for e in session.scalars(select(CaseEvent).order_by(CaseEvent.id))
            ],
            points={
                p.value: (p.status, list(p.opted_out_channels or []))
                for p in session.scalars(select(ContactPoint))
            },
        )


def acted(turn: Turn) -> list[str]:
    return [action["type"] for action in turn.actions]


def answer(turn: Turn) -> dict[str, Any]:
    reply = turn.to_json()["reply"]
    assert reply is not None, turn.to_json()
    return reply


def days(database: Database, *offsets: int, start: datetime = NOW) -> None:
    """The agent's daily pass and the scheduler, on each of these days after `start`."""
    for offset in offsets:
        at = start + timedelta(days=offset)
        agent_pass(database, config=CONFIG, now=at)
        run_once(database, owner="w", render=RENDER, now=at)


def pay(database: Database, cents: int, at: datetime, reference: str, currency: str = "EUR") -> Any:
    with database.write() as session:
        case = session.scalars(select(Case)).one()
        return payment_record(
            session, case=case, amount_cents=cents, currency=currency, effective_on=at.date(),
            external_reference=reference, actor="bank", now=at,
        )  # fmt: skip


def utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def names_the_debt(text: str) -> bool:
    """Whether a message says anything of the debt: its amount, creditor or reference."""
    return any(
        needle in text for needle in ("DOS-1", CREDITOR, "1 250", "1\u202f250", "1250", "€", "£")
    )


# French: promises --------------------------------------------------------------------


def test_fr_a_dated_promise_is_recorded_confirmed_and_nothing_is_chased_before_it(
    office: Database, say: Say
) -> None:
    turn = say("Bonjour, je vous réglerai la totalité le vendredi 20 mars.")
    assert acted(turn) == ["promise_recorded", "creditor_informed"]
    reply = answer(turn)
    assert (reply["template"], reply["channel"], reply["to"]) == (
        "reply_promise_confirm", "email", DEBTOR_MAIL,
    )  # fmt: skip
    assert f"régler {BALANCE_FR} au plus tard le 20 mars 2026" in reply["text"]
    after = book(office)
    assert after.status == "promised"
    assert after.promises == [(125_000, date(2026, 3, 20), "pending")]
    assert after.event("creditor_informed")["rule"] == "CPCE R124-5"
    assert after.tasks == []  # nothing for a person
    # Without the promise, a reminder goes on 11 March and an SMS on 16 March.
    days(office, 8, 13)
    assert book(office).templates == ["reply_promise_confirm"]
    days(office, 16)  # Thursday 19 March: the day before
    assert book(office).templates == ["reply_promise_confirm", "promise_reminder"]


def test_fr_a_promise_without_a_date_asks_for_it_then_le_20_records_it(
    office: Database, say: Say
) -> None:
    first = say("Je vais payer, promis.")
    assert acted(first) == ["details_requested"]
    assert answer(first)["template"] == "reply_ask_details"
    assert "à quelle date vous pensez effectuer ce règlement" in answer(first)["text"]
    asked = book(office)
    assert asked.promises == [] and asked.status == "active"
    assert asked.state["awaiting"] == "promise_date"
    second = say("le 20", at=NOW + timedelta(hours=2))
    assert acted(second) == ["promise_recorded", "creditor_informed"]
    assert answer(second)["template"] == "reply_promise_confirm"
    after = book(office)
    assert after.promises == [(125_000, date(2026, 3, 20), "pending")]
    assert after.status == "promised" and after.state["awaiting"] is None
    assert after.templates == ["reply_ask_details", "reply_promise_confirm"]


def test_fr_a_promise_then_silence_is_broken_after_its_grace_and_chasing_resumes_firmer(
    office: Database, say: Say
) -> None:
    say("Je vous réglerai la totalité le vendredi 13 mars.")
    days(office, 9, 10)  # the reminder the day before; the 13th itself
    days(office, 12)  # Sunday 15: still within the two days' grace
    assert book(office).promises[0][2] == "pending"
    days(office, 13)  # Monday 16 March: broken
    after = book(office)
    assert after.promises == [(125_000, date(2026, 3, 13), "broken")]
    assert after.status == "active"
    assert after.state["broken"] == 1
    assert "promise_broken" in after.types
    assert after.templates == ["reply_promise_confirm", "promise_reminder", "broken_promise"]
    assert after.sent[-1].tone == "ferme"  # one tone firmer


# French: plans -------------------------------------------------------------------------


def test_fr_a_plan_asked_without_figures_gets_options_then_option_2_is_accepted(
    office: Database, say: Say
) -> None:
    offered = say("Est-ce que je peux payer en plusieurs fois ?")
    assert acted(offered) == ["plan_offered"]
    text = answer(offered)["text"]
    assert answer(offered)["template"] == "reply_plan_offer"
    assert "Option 1 : paiement en une fois" in text
    assert f"Option 2 : 3 mensualités de 420,00{EURO}" in text
    assert f"Option 3 : 6 mensualités de 210,00{EURO}" in text
    assert book(office).plan_statuses() == ["offered", "offered", "offered"]
    assert book(office).status == "active"
    chosen = say("option 2", at=NOW + timedelta(hours=3))
    assert acted(chosen) == ["plan_accepted", "payment_link_sent", "creditor_informed"]
    confirm = answer(chosen)
    assert confirm["template"] == "reply_plan_confirm" and confirm["to"] == DEBTOR_MAIL
    assert "en 3 mensualités" in confirm["text"]
    assert "(option 2)" in confirm["text"]  # the option the debtor chose, as they chose it
    assert CONFIG.portal_url in confirm["text"]  # the link for the first instalment
    after = book(office)
    assert after.plans == [("full", "superseded", 125_000), ("3x", "accepted", 125_000),
                           ("6x", "superseded", 125_000)]  # fmt: skip
    assert after.status == "on_plan"
    assert after.event("payment_link_sent")["amount"] == "420.00"
    assert after.tasks == []


def test_fr_ok_to_the_one_plan_offered_accepts_it(small: Database) -> None:
    """A hardship message with an offer inside the mandate: the debtor's own plan, offered
    for confirmation and not imposed; their "ok" accepts it."""
    turn = talk(small, "J'ai perdu mon emploi, je peux donner 30 € par mois.")
    assert acted(turn) == ["hold_placed", "plan_offered", "escalated"]
    assert turn.actions[1]["hardship"] is True
    assert [len(plan["instalments"]) for plan in turn.actions[1]["plans"]] == [5]
    reply = answer(turn)
    assert reply["template"] == "reply_hardship"
    assert f"Option 1 : 5 mensualités de 30,00{EURO}" in reply["text"]
    assert "Points conseil budget" in reply["text"]  # free debt advice
    held = book(small)
    assert held.status == "hardship_hold"
    assert held.plans == [("5x", "offered", 15_000)]  # offered, not accepted
    assert [(t.kind, t.priority) for t in held.tasks] == [("escalation", 2)]
    accepted = talk(small, "ok", at=NOW + timedelta(days=1))
    assert acted(accepted) == ["plan_accepted", "payment_link_sent", "creditor_informed"]
    assert answer(accepted)["template"] == "reply_plan_confirm"
    after = book(small)
    assert after.plans == [("5x", "accepted", 15_000)]
    # A person still holds the case: lifting the hardship hold is theirs.
    assert after.status == "hardship_hold"
    assert [(t.kind, t.priority, t.status) for t in after.tasks] == [("escalation", 2, "open")]


def test_fr_a_too_low_proposal_is_countered_the_creditor_told_then_option_1_accepted(
    office: Database, say: Say
) -> None:
    turn = say("Je vous propose 10 € par mois.")
    assert acted(turn) == ["plan_offered", "creditor_informed"]
    assert turn.actions[0]["counter"] is True
    reply = answer(turn)
    assert reply["template"] == "reply_plan_offer"
    assert "elle va au-delà de ce que notre client nous autorise à accepter" in reply["text"]
    countered = book(office)
    assert "below the minimum" in countered.event("creditor_informed")["proposal"]
    assert countered.state["countered"] == 1 and countered.tasks == []
    assert countered.plans[0][:2] == ("6x", "offered")  # the closest first
    chosen = say("d'accord pour l'option 1", at=NOW + timedelta(days=1))
    assert acted(chosen) == ["plan_accepted", "payment_link_sent", "creditor_informed"]
    after = book(office)
    assert after.status == "on_plan"
    assert after.plan_statuses() == ["accepted", "superseded", "superseded"]
    assert after.state["countered"] == 0


def test_fr_a_second_too_low_proposal_after_a_counter_goes_to_a_person(
    office: Database, say: Say
) -> None:
    say("Je vous propose 10 € par mois.")
    turn = say("Je peux mettre 30 € par mois, pas plus.", at=NOW + timedelta(days=1))
    assert acted(turn) == ["creditor_informed", "escalated"]
    assert answer(turn)["template"] == "reply_proposal_forwarded"
    assert "nous l'avons donc transmise à notre client" in answer(turn)["text"]
    after = book(office)
    assert after.status == "escalated"
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 3)]
    assert "30.00" in after.tasks[0].reason
    assert "accepted" not in after.plan_statuses()  # no plan the debtor did not choose
    assert after.state["awaiting"] is None


# French: payments -----------------------------------------------------------------------


def test_fr_pay_now_gets_the_secure_link_and_the_account_s_iban(office: Database, say: Say) -> None:
    turn = say("Je veux payer maintenant, envoyez-moi le lien.")
    assert acted(turn) == ["payment_link_sent"]
    reply = answer(turn)
    assert reply["template"] == "reply_payment_link"
    assert CONFIG.portal_url in reply["text"]
    with office.read() as session:
        transfer_reference = reference_text(
            case_payment_reference(session.scalars(select(Case.id)).one())
        )
    assert "FR76 3000 6000 0112 3456 7890 189" in reply["text"]
    assert f"référence {transfer_reference}" in reply["text"]  # the case's ISO 11649 reference
    after = book(office)
    assert after.status == "active" and after.tasks == [] and after.promises == []
    assert after.event("payment_link_sent")["amount"] == "1250.00"


def test_fr_already_paid_asks_for_proof_and_a_person_checks(office: Database, say: Say) -> None:
    turn = say("J'ai déjà réglé cette somme par virement la semaine dernière.")
    assert acted(turn) == ["proof_requested", "escalated"]
    reply = answer(turn)
    assert reply["template"] == "reply_proof_request"
    assert "la date et le montant du paiement" in reply["text"]
    after = book(office)
    assert after.status == "escalated"  # chasing paused while a person looks
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 3)]
    assert "bank lines" in after.event("escalated")["suggestion"]


# French: disputes -----------------------------------------------------------------------

CONTESTED = "Je conteste le montant : 200 € de frais de résiliation ne sont pas dus."


def test_fr_a_dispute_suspends_collection_and_goes_to_a_person(office: Database, say: Say) -> None:
    turn = say(CONTESTED)
    assert acted(turn) == ["dispute_opened", "escalated"]
    reply = answer(turn)
    assert reply["template"] == "reply_dispute_ack"
    assert "nous suspendons le recouvrement des sommes contestées" in reply["text"]
    after = book(office)
    assert after.status == "disputed"
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 2)]
    assert "dispute" in after.tasks[0].reason
    assert after.plans == [] and after.promises == []
    # No plan on a disputed case: a person answers.
    asked = say("Je peux payer en 3 fois ?", at=NOW + timedelta(hours=1))
    assert acted(asked) == ["escalated"]
    assert answer(asked)["template"] == "reply_human_review"
    assert book(office).plans == []
    days(office, 1, 8, 13)
    assert book(office).templates == ["reply_dispute_ack", "reply_human_review"]


@SQLITE_ONLY
def test_fr_the_contested_amount_is_recorded_on_the_dispute(office: Database, say: Say) -> None:
    say(CONTESTED)
    assert book(office).event("dispute_opened").get("contested") == "200.00"


@SQLITE_ONLY
def test_fr_a_dispute_in_the_middle_of_a_plan_stops_the_plan(office: Database, say: Say) -> None:
    say("Je peux payer en 3 fois ?")
    assert book(office).status == "on_plan"
    turn = say(
        "Finalement je conteste cette facture, le service n'a jamais fonctionné.",
        at=NOW + timedelta(days=2),
    )
    assert acted(turn) == ["dispute_opened", "escalated"]
    assert answer(turn)["template"] == "reply_dispute_ack"
    disputed = book(office)
    assert disputed.status == "disputed"
    assert "accepted" not in disputed.plan_statuses()  # no longer followed
    days(office, 9, 14, 40)  # the instalments' dates pass
    after = book(office)
    assert after.status == "disputed"
    assert after.templates == ["reply_plan_confirm", "reply_dispute_ack"]  # no reminder
    assert "accepted" not in after.plan_statuses()  # no longer followed
    assert "plan_broken" not in after.types and "broken" not in after.state


def test_fr_a_dispute_in_the_middle_of_a_plan_stops_every_message(
    office: Database, say: Say
) -> None:
    say("Je peux payer en 3 fois ?")
    say("Finalement je conteste cette facture, le service n'a jamais fonctionné.",
        at=NOW + timedelta(days=2))  # fmt: skip
    days(office, 9, 14)  # the first instalment's reminder would go on the 9th
    after = book(office)
    assert after.status == "disputed"
    assert after.templates == ["reply_plan_confirm", "reply_dispute_ack"]
    assert after.event("dispute_opened")["dispute_type"] == "goods_or_services"


# French: hardship ---------------------------------------------------------------------


def test_fr_hardship_with_an_offer_outside_the_mandate_is_held_and_reported_not_pressed(
    office: Database, say: Say
) -> None:
    turn = say("J'ai perdu mon emploi, je peux donner 30 € par mois.")
    assert acted(turn) == ["hold_placed", "creditor_informed", "escalated"]
    reply = answer(turn)
    assert reply["template"] == "reply_hardship"
    assert "Nous suspendons nos relances" in reply["text"]
    assert "mensualités de" not in reply["text"]  # the mandate's plans not pressed on them
    after = book(office)
    assert after.status == "hardship_hold"
    assert after.plans == []
    assert "30.00" in after.event("creditor_informed")["proposal"]
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 2)]
    assert "submit the debtor's proposal" in after.event("escalated")["suggestion"]
    days(office, 1, 8, 13)
    assert book(office).templates == ["reply_hardship"]


def test_fr_over_indebtedness_stops_collection_and_offers_no_plan(
    office: Database, say: Say
) -> None:
    turn = say("J'ai déposé un dossier de surendettement à la Banque de France.")
    # The filing alone is the procedure, no hardship besides: collection stops, no hold.
    assert acted(turn) == ["collection_stopped", "escalated"]
    assert answer(turn)["template"] == "reply_legal_stop"
    after = book(office)
    assert after.status == "legal_stop"
    assert after.plans == [] and after.state["awaiting"] is None
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 1)]
    assert "Banque de France" in after.event("escalated")["suggestion"]


def test_fr_over_indebtedness_with_a_hardship_is_stopped_never_merely_held(
    office: Database, say: Say
) -> None:
    turn = say(
        "Je suis au chômage depuis mars et j'ai déposé un dossier de surendettement "
        "à la Banque de France."
    )
    # The stop answers both: a hold beside it would end one day and let chasing resume.
    assert "hold_placed" not in acted(turn)
    assert acted(turn)[0] == "collection_stopped"
    assert book(office).status == "legal_stop"


# French: a business in insolvency, its accountant -------------------------------------


def test_fr_a_business_in_liquidation_stops_collection_and_nothing_more_is_sent(
    business: Database,
) -> None:
    turn = talk(business, "Notre société a été placée en liquidation judiciaire le 20 février.",
                sender=BUSINESS_MAIL, subject="Dossier DOS-1")  # fmt: skip
    assert acted(turn) == ["collection_stopped", "escalated"]
    reply = answer(turn)
    assert (reply["template"], reply["to"]) == ("reply_legal_stop", BUSINESS_MAIL)
    assert "mandataire judiciaire" in reply["text"]
    after = book(business)
    assert after.sent[0].subject == "Re: Dossier DOS-1"  # in the thread they wrote in
    assert after.status == "legal_stop"
    assert after.event("collection_stopped")["cause"] == "legal_proceeding"
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 1)]
    assert utc(after.tasks[0].due_at) - NOW <= timedelta(hours=4)  # today
    assert "BODACC" in after.event("escalated")["suggestion"]
    days(business, 1, 8, 13)  # no letter, no reminder, no SMS
    assert book(business).templates == ["reply_legal_stop"]
    again = talk(business, "Vous avez bien reçu notre message ?", at=NOW + timedelta(days=16),
                 sender=BUSINESS_MAIL)  # fmt: skip
    assert again.reply is None  # a person answers, if anyone does
    assert book(business).templates == ["reply_legal_stop"]


def test_fr_an_accountant_asking_for_the_invoice_from_an_unknown_address_is_answered_there(
    business: Database,
) -> None:
    accountant = "cabinet@compta-martin.example"
    # The garage forwarded our e-mail to its accountant, who answers it.
    ours = answer(talk(business, "Bonjour, quel est le détail de la somme ?"))
    with business.read() as session:
        ours_id = session.scalars(
            select(OutboundMessage.id).where(OutboundMessage.recipient == ours["to"])
        ).one()
    turn = talk(business, "Bonjour, je suis l'expert-comptable du garage Lefèvre. Pouvez-vous "
                "m'envoyer une copie de la facture FAC-1 ?", sender=accountant,
                subject="Facture FAC-1", in_reply_to=ours_id)  # fmt: skip
    assert acted(turn) == ["info_sent", "escalated"]
    assert turn.actions[0]["what"] == "document"
    reply = answer(turn)
    assert (reply["template"], reply["channel"], reply["to"]) == ("reply_info", "email", accountant)
    assert "Facture n° FAC-1" in reply["text"] and "Total restant dû" in reply["text"]
    after = book(business)
    assert [message.recipient for message in after.sent] == [BUSINESS_MAIL, accountant]
    # The copy itself is a person's to send; the case is not held for it.
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 3)]
    assert after.status == "active"
    assert accountant not in after.points  # an unknown address is not made a contact point


def test_fr_a_stranger_naming_a_business_s_case_is_not_answered_there(business: Database) -> None:
    """A case reference anyone could type is not a key: the answer goes to the debtor's
    own address, never to an unknown one that did not answer one of our messages."""
    stranger = "quelquun@example.org"
    turn = talk(business, "Bonjour, pouvez-vous m'envoyer le détail du dossier DOS-1 ?",
                sender=stranger, subject="Dossier DOS-1")  # fmt: skip
    assert answer(turn)["to"] == BUSINESS_MAIL
    assert stranger not in {message.recipient for message in book(business).sent}


# French: several things at once ----------------------------------------------------------


def test_fr_a_promise_with_a_request_for_the_invoice_is_recorded_and_the_copy_is_a_task(
    office: Database, say: Say
) -> None:
    turn = say(
        "Je vous réglerai la totalité le 20 mars. Pouvez-vous m'envoyer une copie de la facture ?"
    )
    assert acted(turn) == ["promise_recorded", "creditor_informed", "escalated"]
    assert answer(turn)["template"] == "reply_promise_confirm"
    after = book(office)
    assert after.status == "promised"  # the task does not hold the case
    assert after.promises == [(125_000, date(2026, 3, 20), "pending")]
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 4)]
    assert "info_sent" not in after.types  # nothing was sent that the timeline would claim


def test_fr_hardship_and_stop_by_e_mail_confirm_the_stop_and_offer_no_plan(
    office: Database, say: Say
) -> None:
    turn = say("Je suis au chômage depuis janvier, arrêtez de m'écrire.")
    assert acted(turn) == ["channel_stopped", "hold_placed", "escalated"]
    reply = answer(turn)
    assert (reply["template"], reply["to"]) == ("reply_stop_confirm", DEBTOR_MAIL)
    after = book(office)
    assert after.status == "hardship_hold"
    assert after.points[DEBTOR_MAIL] == ("valid", ["email"])
    assert after.plans == [] and after.state["awaiting"] is None
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 2)]


# French: death, wrong person, stop ------------------------------------------------------


def test_fr_a_death_announced_by_a_relative_gets_a_discreet_answer(
    office: Database, say: Say
) -> None:
    turn = say("Bonjour, je suis sa fille : mon père Jean Dupont est décédé le mois dernier.")
    assert acted(turn) == ["collection_stopped", "escalated"]
    reply = answer(turn)
    assert reply["template"] == "reply_deceased"
    assert "condoléances" in reply["text"]
    assert not names_the_debt(reply["text"]) and not names_the_debt(reply["subject"] or "")
    assert "recouvrement" not in reply["text"]
    after = book(office)
    assert after.status == "legal_stop"
    assert after.event("collection_stopped")["cause"] == "deceased"
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 1)]
    days(office, 1, 8, 13)
    assert book(office).templates == ["reply_deceased"]  # nothing more, to anyone


@SQLITE_ONLY
def test_fr_a_relative_writing_from_their_own_address_is_answered_there(office: Database) -> None:
    relative = "marie.dupont@example.org"
    turn = talk(office, "Mon père Jean Dupont est décédé le 12 février.", sender=relative)
    assert acted(turn) == ["collection_stopped", "escalated"]
    assert answer(turn)["to"] == relative


def test_fr_a_wrong_person_by_sms_is_answered_there_discreetly_and_never_used_again(
    office: Database, say: Say
) -> None:
    turn = say("Vous vous trompez de numéro, je ne connais pas ce monsieur.", channel="sms")
    assert acted(turn) == ["contact_invalidated", "escalated"]
    reply = answer(turn)
    assert (reply["template"], reply["channel"], reply["to"]) == (
        "reply_wrong_person", "sms", DEBTOR_MOBILE,
    )  # fmt: skip
    assert not names_the_debt(reply["text"])
    after = book(office)
    assert after.points[DEBTOR_MOBILE][0] == "wrong_person"
    assert after.points[DEBTOR_MAIL][0] == "valid"
    assert after.status == "active"  # the debtor is still chased, elsewhere
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 3)]
    # The debtor, by e-mail, is answered by e-mail.
    later = say("Je vais payer, promis.", channel="email", at=NOW + timedelta(hours=1))
    assert answer(later)["to"] == DEBTOR_MAIL
    days(office, 1, 8, 13)  # the playbook's e-mail reminder goes; its SMS does not
    sent = book(office).sent
    assert [m.recipient for m in sent if m.recipient == DEBTOR_MOBILE] == [DEBTOR_MOBILE]
    assert [m.template for m in sent if m.channel == "sms"] == ["reply_wrong_person"]


def test_fr_stop_by_sms_stops_sms_without_an_sms_answer_and_e_mails_still_go(
    office: Database, say: Say
) -> None:
    turn = say("STOP", channel="sms")
    assert acted(turn) == ["channel_stopped", "escalated"]
    assert turn.reply is None  # the carrier confirms an SMS STOP
    after = book(office)
    assert after.points[DEBTOR_MOBILE] == ("valid", ["sms"])
    assert after.points[DEBTOR_MAIL] == ("valid", [])
    assert after.status == "active" and after.sent == []
    assert "no_reply" in after.types
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 3)]
    days(office, 1, 8, 13)
    sent = book(office).sent
    assert not [m for m in sent if m.channel == "sms"]
    assert "reminder" in [m.template for m in sent if m.channel == "email"]


def test_fr_stop_then_a_payment_settles_the_case_and_thanks_once_by_e_mail(
    office: Database, say: Say
) -> None:
    say("STOP", channel="sms")
    at = NOW + timedelta(days=2)
    recorded = pay(office, 125_000, at, "bank:tx-stop")
    assert recorded.settled and recorded.balance_cents == 0
    days(office, 2, 9)
    after = book(office)
    assert after.status == "paid"
    assert "payment_received" in after.types
    assert [(m.template, m.channel, m.recipient) for m in after.sent] == [
        ("payment_receipt", "email", DEBTOR_MAIL),
    ]  # once (the receipt, which says the case is settled), by e-mail, never by SMS


# French: a person, hostility, a settled case, the same message twice -------------------


def test_fr_a_person_asked_for_calls_back_the_next_business_day(office: Database, say: Say) -> None:
    turn = say("Je voudrais parler à quelqu'un, rappelez-moi.")
    assert acted(turn) == ["callback_scheduled"]
    reply = answer(turn)
    assert reply["template"] == "reply_callback"
    assert "vous rappellera d'ici le 4 mars 2026" in reply["text"]
    after = book(office)
    assert after.status == "escalated"
    assert [(t.kind, t.priority) for t in after.tasks] == [("callback", 2)]
    assert utc(after.tasks[0].due_at) <= datetime(2026, 3, 4, 18, tzinfo=UTC)


def test_fr_a_hostile_message_gets_no_answer_and_a_person_reads_it(
    office: Database, say: Say
) -> None:
    turn = say("Allez vous faire voir, bande d'escrocs.")
    assert acted(turn) == ["escalated"]
    assert turn.reply is None
    after = book(office)
    assert after.sent == [] and "no_reply" in after.types
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 3)]
    assert after.status == "active"  # no hold for an insult


def test_fr_a_message_on_a_settled_case_gets_reply_closed_and_nothing_is_recorded(
    office: Database, say: Say
) -> None:
    assert pay(office, 125_000, NOW - timedelta(days=1), "bank:tx-1").settled
    before = book(office)
    turn = say("Je vous réglerai la totalité le vendredi 20 mars.")
    assert turn.actions == []
    assert answer(turn)["template"] == "reply_closed"
    assert "Ce dossier est réglé et clos" in answer(turn)["text"]
    after = book(office)
    assert after.status == "paid"
    assert after.promises == [] and after.plans == [] and after.tasks == []
    new = after.types[len(before.types) :]
    assert new == ["reply_received", "reply_queued"]


def test_fr_the_same_message_handled_twice_is_answered_once(office: Database) -> None:
    with office.write() as session:
        case = session.scalars(select(Case)).one()
        inbound_id = reply_record(
            session, case=case, channel="email", provider="test", dedup_key="mail:1",
            text="Je vous réglerai la totalité le vendredi 20 mars.", sender=DEBTOR_MAIL,
            received_at=NOW, now=NOW,
        ).id  # fmt: skip
    first = answer_pending(office, config=CONFIG, now=NOW)
    second = answer_pending(office, config=CONFIG, now=NOW + timedelta(minutes=1))
    assert (first.answered, second.answered, second.silent) == (1, 0, 0)
    # Run again by hand (a retry, a person's "run the agent again"): still one answer.
    with office.write() as session:
        respond(session, session.get(InboundMessage, inbound_id), config=CONFIG,
                now=NOW + timedelta(minutes=2))  # fmt: skip
    after = book(office)
    assert after.templates == ["reply_promise_confirm"]
    assert after.sent[0].key == f"reply:{inbound_id}"


@SQLITE_ONLY
def test_fr_the_same_message_handled_twice_records_once(office: Database) -> None:
    with office.write() as session:
        case = session.scalars(select(Case)).one()
        inbound = reply_record(
            session, case=case, channel="email", provider="test", dedup_key="mail:1",
            text="Je vous réglerai la totalité le vendredi 20 mars.", sender=DEBTOR_MAIL,
            received_at=NOW, now=NOW,
        )  # fmt: skip
        respond(session, inbound, config=CONFIG, now=NOW)
        respond(session, inbound, config=CONFIG, now=NOW + timedelta(minutes=1))
    after = book(office)
    assert after.promises == [(125_000, date(2026, 3, 20), "pending")]
    assert after.types.count("promise_recorded") == 1


# Hard turns: stale offers ----------------------------------------------------------------


def test_an_expired_offer_chosen_commits_to_nothing_and_today_s_plans_are_offered(
    office: Database, say: Say
) -> None:
    say("Est-ce que je peux payer en plusieurs fois ?")
    turn = say("option 2", at=NOW + timedelta(days=16))  # the offer lasted 15 days
    assert "plan_accepted" not in acted(turn)
    assert acted(turn) == ["plan_offered"]
    assert answer(turn)["template"] == "reply_plan_offer"
    after = book(office)
    assert "accepted" not in after.plan_statuses()
    assert after.plan_statuses() == ["superseded"] * 3 + ["offered"] * 3
    assert after.status == "active" and after.promises == []
    # The new plans start from the day of the answer, not from the old offer's dates.
    firsts = [plan["instalments"][0]["due_on"] for plan in turn.actions[0]["plans"]]
    assert all(date.fromisoformat(str(day)) > date(2026, 3, 19) for day in firsts)


def test_a_plan_chosen_after_a_payment_changed_the_balance_binds_no_one_to_the_old_plan(
    office: Database, say: Say
) -> None:
    say("Est-ce que je peux payer en plusieurs fois ?")
    pay(office, 25_000, NOW + timedelta(days=1), "bank:tx-part")
    turn = say("option 2", at=NOW + timedelta(days=2))
    assert "plan_accepted" not in acted(turn)
    after = book(office)
    assert "accepted" not in after.plan_statuses()
    # What is offered now is built on what is owed now.
    assert [balance for _, status, balance in after.plans if status == "offered"] == [100_000] * 3
    assert f"1\u202f000,00{EURO}" in answer(turn)["text"]
    assert BALANCE_FR not in answer(turn)["text"]


# English -----------------------------------------------------------------------------------


def test_en_a_promise_is_recorded_and_confirmed_in_english(english: Database) -> None:
    turn = talk(english, "I will pay the full amount on 13 March.")
    assert acted(turn) == ["promise_recorded", "creditor_informed"]
    reply = answer(turn)
    assert (reply["template"], reply["to"]) == ("reply_promise_confirm", ENGLISH_MAIL)
    assert "commitment to pay £1,250.00 by 13 March 2026" in reply["text"]
    assert turn.reply is not None and turn.reply.lang == "en"
    after = book(english)
    assert after.status == "promised"
    assert after.promises == [(125_000, date(2026, 3, 13), "pending")]
    assert after.sent[0].lang == "en"


def test_en_a_plan_request_then_a_choice(english: Database) -> None:
    offered = talk(english, "Can I pay in instalments?")
    assert acted(offered) == ["plan_offered"]
    assert "Option 2: 3 monthly instalments of £420.00" in answer(offered)["text"]
    chosen = talk(english, "I'll take option 3", at=NOW + timedelta(hours=1))
    assert acted(chosen) == ["plan_accepted", "payment_link_sent", "creditor_informed"]
    assert answer(chosen)["template"] == "reply_plan_confirm"
    after = book(english)
    assert after.status == "on_plan"
    assert [key for key, status, _ in after.plans if status == "accepted"] == ["6x"]
    assert {m.lang for m in after.sent} == {"en"}


def test_en_a_dispute_suspends_collection(english: Database) -> None:
    turn = talk(english, "I dispute this invoice, the service never worked.")
    assert acted(turn) == ["dispute_opened", "escalated"]
    reply = answer(turn)
    assert reply["template"] == "reply_dispute_ack"
    assert "we have suspended the collection of the disputed amounts" in reply["text"]
    after = book(english)
    assert after.status == "disputed"
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 2)]
    assert after.plans == []


def test_en_hardship_holds_and_points_to_free_advice(english: Database) -> None:
    turn = talk(english, "I lost my job and I cannot pay anything right now.")
    assert acted(turn)[0] == "hold_placed" and acted(turn)[-1] == "escalated"
    reply = answer(turn)
    assert reply["template"] == "reply_hardship"
    assert "We have suspended our reminders" in reply["text"]
    assert "MoneyHelper" in reply["text"] and "StepChange" in reply["text"]
    after = book(english)
    assert after.status == "hardship_hold"
    assert "accepted" not in after.plan_statuses()  # offered, never imposed
    assert [(t.kind, t.priority) for t in after.tasks] == [("escalation", 2)]


def test_en_stop_by_e_mail_is_confirmed_once_and_e_mail_is_never_used_again(
    english: Database,
) -> None:
    turn = talk(english, "Please stop emailing me.")
    assert acted(turn) == ["channel_stopped", "escalated"]
    reply = answer(turn)
    assert (reply["template"], reply["channel"], reply["to"]) == (
        "reply_stop_confirm", "email", ENGLISH_MAIL,
    )  # fmt: skip
    assert "this message is the only confirmation" in reply["text"]
    after = book(english)
    assert after.points[ENGLISH_MAIL] == ("valid", ["email"])
    later = talk(english, "Can I pay in instalments?", channel="sms", at=NOW + timedelta(hours=1))
    assert answer(later)["channel"] == "sms" and answer(later)["to"] == ENGLISH_MOBILE
    days(english, 1, 8, 13)
    mails = [m for m in book(english).sent if m.channel == "email"]
    assert [m.template for m in mails] == ["reply_stop_confirm"]


def test_en_a_wrong_person_by_sms_is_answered_discreetly_in_english(english: Database) -> None:
    turn = talk(english, "Wrong number, I don't know this person.", channel="sms")
    assert acted(turn) == ["contact_invalidated", "escalated"]
    reply = answer(turn)
    assert (reply["template"], reply["channel"], reply["to"]) == (
        "reply_wrong_person", "sms", ENGLISH_MOBILE,
    )  # fmt: skip
    assert "Your number has been removed from our records" in reply["text"]
    assert not names_the_debt(reply["text"])
    after = book(english)
    assert after.points[ENGLISH_MOBILE][0] == "wrong_person"
    assert after.status == "active"
