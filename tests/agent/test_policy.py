"""The dialogue policy as a pure function: hand-built readings and situations, DOMAIN.md's
duty table ("What a reply leads to") row by row, the answers to what the agent asked,
and messages that say several things at once."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from amiable.agent.negotiation import Bounds, PlanOption, Proposal, evaluate, offers, plan_for
from amiable.agent.policy import (
    CallbackScheduled,
    ChannelStopped,
    CollectionStopped,
    ContactInvalidated,
    CreditorInformed,
    Decision,
    DetailsRequested,
    DisputeOpened,
    Escalated,
    HoldPlaced,
    InfoSent,
    Offer,
    PaymentLinkSent,
    PlanAccepted,
    PlanOffered,
    PromiseRecorded,
    ProofRequested,
    Situation,
    decide,
)
from amiable.nlu.choices import DisputeType, Intent
from amiable.nlu.reading import Reading
from amiable.portfolio.choices import CaseStatus

TODAY = date(2026, 3, 3)  # a Tuesday
BALANCE = 125_000
BOUNDS = Bounds(max_instalments=6, min_instalment_cents=5_000, max_months=6)


def read(intent: Intent, *others: Intent, confidence: float = 0.95, **fields: Any) -> Reading:
    """A reading: the primary intent first, then the others in the reader's order."""
    return Reading(
        intent=intent, intents=(intent, *others), lang=fields.pop("lang", "fr"),
        confidence=confidence, **fields,
    )  # fmt: skip


def at(**overrides: Any) -> Situation:
    """An active consumer case of 1 250 € under the office's mandate, read on an e-mail."""
    base: dict[str, Any] = {
        "status": CaseStatus.ACTIVE, "balance_cents": BALANCE, "today": TODAY,
        "channel": "email", "bounds": BOUNDS,
    }  # fmt: skip
    return Situation(**{**base, **overrides})


def open_offers(options: tuple[PlanOption, ...], first_id: int = 10) -> tuple[Offer, ...]:
    return tuple(
        Offer(first_id + n, n + 1, option) for n, option in enumerate(options)
    )  # plan ids as respond numbers them


STANDARD = offers(BALANCE, BOUNDS, TODAY)  # full, 3x, 6x
CHOOSING = {"awaiting": "plan_choice", "offers": open_offers(STANDARD)}


def only(decision: Decision, kind: type) -> Any:
    found = [act for act in decision.acts if isinstance(act, kind)]
    assert len(found) == 1, decision.acts
    return found[0]


def none_of(decision: Decision, *kinds: type) -> bool:
    return not any(isinstance(act, kinds) for act in decision.acts)


# promise_to_pay ---------------------------------------------------------------------------


def test_a_dated_promise_is_recorded_confirmed_and_reported_to_the_creditor() -> None:
    decision = decide(read(Intent.PROMISE_TO_PAY, date=date(2026, 3, 20)), "le 20 mars", at())
    assert decision.types == ["promise_recorded", "creditor_informed"]
    assert only(decision, PromiseRecorded) == PromiseRecorded(BALANCE, date(2026, 3, 20))
    assert decision.reply == "reply_promise_confirm"
    assert decision.awaiting is None and not decision.escalated


def test_a_promise_for_today_is_a_payment_now_the_creditor_needs_no_report() -> None:
    decision = decide(read(Intent.PROMISE_TO_PAY, date=TODAY), "je paie aujourd'hui", at())
    assert decision.types == ["promise_recorded"]


@pytest.mark.parametrize(
    ("amount", "recorded"), [(Decimal("400"), 40_000), (Decimal("5000"), BALANCE)]
)
def test_a_promise_of_an_amount_is_recorded_for_that_amount_never_more_than_owed(
    amount: Decimal, recorded: int
) -> None:
    reading = read(Intent.PROMISE_TO_PAY, date=date(2026, 3, 13), amount=amount)
    decision = decide(reading, "…", at())
    assert only(decision, PromiseRecorded).amount_cents == recorded


@pytest.mark.parametrize("day", [None, date(2026, 2, 27)])
def test_a_promise_without_a_usable_date_asks_for_one(day: date | None) -> None:
    decision = decide(read(Intent.PROMISE_TO_PAY, date=day), "je vais payer", at())
    assert decision.acts == (DetailsRequested("date"),)
    assert (decision.reply, decision.awaiting) == ("reply_ask_details", "promise_date")


def test_a_promise_beyond_thirty_days_is_the_creditor_s_to_grant() -> None:
    day = TODAY + timedelta(days=45)
    decision = decide(read(Intent.PROMISE_TO_PAY, date=day), "…", at())
    assert decision.types == ["creditor_informed", "escalated"]
    escalated = only(decision, Escalated)
    assert escalated.priority == 3 and not escalated.holds_case  # chasing goes on meanwhile
    assert decision.reply == "reply_proposal_forwarded"
    assert none_of(decision, PromiseRecorded)


def test_a_promise_in_several_instalments_is_a_plan() -> None:
    decision = decide(read(Intent.PROMISE_TO_PAY, installments=3), "en 3 fois", at())
    assert decision.types == ["plan_accepted", "payment_link_sent", "creditor_informed"]
    assert only(decision, PlanAccepted).option.count == 3


@pytest.mark.parametrize(
    ("reading", "text"),
    [
        (read(Intent.PROMISE_TO_PAY, date=date(2026, 3, 20)), "le 20"),
        # A date alone, which the reader keeps for messages that speak of paying.
        (read(Intent.OTHER, confidence=0.3), "le 20/03, ça vous va ?"),
        (read(Intent.ACKNOWLEDGEMENT), "ok le 20 mars"),
    ],
)
def test_the_answer_to_by_which_date_completes_the_promise(reading: Reading, text: str) -> None:
    decision = decide(reading, text, at(awaiting="promise_date"))
    assert only(decision, PromiseRecorded) == PromiseRecorded(BALANCE, date(2026, 3, 20))
    assert decision.reply == "reply_promise_confirm" and decision.awaiting is None


def test_two_dates_in_answer_to_by_which_date_are_not_guessed_between() -> None:
    reading = read(Intent.OTHER, confidence=0.3)
    decision = decide(reading, "le 10 ou le 20, je ne sais pas", at(awaiting="promise_date"))
    assert none_of(decision, PromiseRecorded)
    assert decision.reply is None and only(decision, Escalated).priority == 4


# payment_plan_request ---------------------------------------------------------------------


def test_a_plan_asked_without_figures_gets_the_mandate_s_plans() -> None:
    decision = decide(read(Intent.PAYMENT_PLAN_REQUEST), "en plusieurs fois ?", at())
    offered = only(decision, PlanOffered)
    assert offered.options == STANDARD and not offered.counter and not offered.hardship
    assert [option.key for option in offered.options] == ["full", "3x", "6x"]
    assert (decision.reply, decision.awaiting) == ("reply_plan_offer", "plan_choice")
    assert none_of(decision, CreditorInformed, PlanAccepted)


def test_a_plan_inside_the_bounds_is_accepted_at_once() -> None:
    decision = decide(read(Intent.PAYMENT_PLAN_REQUEST, installments=3), "en 3 fois", at())
    accepted = only(decision, PlanAccepted)
    assert accepted.plan_id is None and accepted.option.count == 3
    assert (
        only(decision, PaymentLinkSent).amount_cents == accepted.option.instalments[0].amount_cents
    )
    assert "inside the mandate" in only(decision, CreditorInformed).proposal
    assert decision.reply == "reply_plan_confirm"


def test_a_proposal_below_the_minimum_is_countered_and_the_creditor_told() -> None:
    reading = read(Intent.PAYMENT_PLAN_REQUEST, installment_amount=Decimal("10"))
    decision = decide(reading, "10 € par mois", at())
    offered = only(decision, PlanOffered)
    assert offered.counter and offered.options
    assert all(option.count <= 6 for option in offered.options)
    # The same counters as the negotiation gives for 10 € a month.
    verdict = evaluate(Proposal(instalment_cents=1_000), BALANCE, BOUNDS, TODAY)
    assert offered.options == verdict.counters
    assert "below the minimum" in only(decision, CreditorInformed).proposal
    assert (decision.reply, decision.awaiting) == ("reply_plan_offer", "plan_choice")


def test_a_second_proposal_outside_the_bounds_goes_to_a_person() -> None:
    reading = read(Intent.PAYMENT_PLAN_REQUEST, installment_amount=Decimal("20"))
    decision = decide(reading, "20 € par mois", at(countered=1))
    assert decision.types == ["creditor_informed", "escalated"]
    escalated = only(decision, Escalated)
    assert escalated.priority == 3 and escalated.holds_case
    assert decision.reply == "reply_proposal_forwarded" and decision.awaiting is None


@pytest.mark.parametrize(
    "bounds", [None, Bounds(max_instalments=1, min_instalment_cents=0, max_months=0)]
)
def test_without_a_mandate_allowing_plans_every_plan_asked_is_forwarded(
    bounds: Bounds | None,
) -> None:
    decision = decide(read(Intent.PAYMENT_PLAN_REQUEST), "en plusieurs fois", at(bounds=bounds))
    assert decision.types == ["creditor_informed", "escalated"]
    assert decision.reply == "reply_proposal_forwarded"


# The answers to "which plan?" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("reading", "text", "number"),
    [
        (read(Intent.ACKNOWLEDGEMENT, confidence=0.2), "option 2", 2),
        (read(Intent.ACKNOWLEDGEMENT), "d'accord pour l'option 1", 1),
        (read(Intent.PAYMENT_PLAN_REQUEST), "Je choisis la proposition 3", 3),
        (read(Intent.OTHER), "je prends la deuxième", 2),
        (read(Intent.ACKNOWLEDGEMENT, lang="en"), "I'll take the first one", 1),
        (
            read(Intent.OTHER),
            "Après réflexion et en avoir parlé à mon épouse, la troisième proposition nous convient",
            3,
        ),
        (read(Intent.PAYMENT_PLAN_REQUEST, installments=6), "va pour les 6 mensualités", 3),
        (read(Intent.PAYMENT_PLAN_REQUEST, installment_amount=Decimal("420")), "420 € par mois", 2),
    ],
)
def test_the_plan_chosen_is_accepted_with_its_link(
    reading: Reading, text: str, number: int
) -> None:
    situation = at(**CHOOSING)
    decision = decide(reading, text, situation)
    chosen = situation.offers[number - 1]
    accepted = only(decision, PlanAccepted)
    assert accepted == PlanAccepted(chosen.option, chosen.plan_id, chosen.number)
    assert only(decision, PaymentLinkSent).amount_cents == chosen.option.instalments[0].amount_cents
    assert decision.reply == "reply_plan_confirm" and decision.awaiting is None
    # R124-5: a plan, not a payment at once, is reported to the creditor.
    assert (chosen.option.count > 1) == any(isinstance(a, CreditorInformed) for a in decision.acts)


@pytest.mark.parametrize("text", ["ok", "Oui", "d'accord", "ça me va", "yes please"])
def test_ok_to_the_one_plan_offered_accepts_it(text: str) -> None:
    single = open_offers((plan_for(BALANCE, 5, BOUNDS, TODAY),))
    decision = decide(read(Intent.ACKNOWLEDGEMENT), text, at(awaiting="plan_choice", offers=single))
    assert only(decision, PlanAccepted) == PlanAccepted(
        single[0].option, single[0].plan_id, single[0].number
    )


def test_ok_to_several_plans_asks_which_with_the_same_plans() -> None:
    decision = decide(read(Intent.ACKNOWLEDGEMENT), "ok", at(**CHOOSING))
    assert only(decision, PlanOffered).options == STANDARD
    assert (decision.reply, decision.awaiting) == ("reply_plan_offer", "plan_choice")
    assert none_of(decision, PlanAccepted)


@pytest.mark.parametrize("text", ["Merci.", "Bien reçu, merci", "Noted, thanks"])
def test_a_thank_you_to_the_one_plan_offered_is_not_a_yes(text: str) -> None:
    """Fixed: any acknowledgement counted as a yes, so "Merci." to a single plan offered
    committed the debtor to it."""
    single = open_offers((plan_for(BALANCE, 5, BOUNDS, TODAY),))
    decision = decide(read(Intent.ACKNOWLEDGEMENT), text, at(awaiting="plan_choice", offers=single))
    assert decision.acts == () and decision.reply is None


def test_a_promise_for_the_first_of_a_month_is_not_option_one() -> None:
    """Fixed: "premier" in "le premier avril" was read as "the first option"."""
    reading = read(Intent.PROMISE_TO_PAY, date=date(2026, 4, 1))
    decision = decide(reading, "Je paierai tout le premier avril.", at(**CHOOSING))
    assert none_of(decision, PlanAccepted)
    assert only(decision, PromiseRecorded) == PromiseRecorded(BALANCE, date(2026, 4, 1))


@pytest.mark.parametrize(
    "text",
    [
        "C'est la deuxième fois que je vous demande le détail de cette somme",
        "Pouvez-vous me renvoyer la première lettre ?",
    ],
)
def test_an_ordinal_that_is_not_a_choice_chooses_nothing(text: str) -> None:
    """Fixed: any ordinal anywhere in the message chose that option."""
    decision = decide(read(Intent.REQUEST_INFO), text, at(**CHOOSING))
    assert none_of(decision, PlanAccepted)
    assert decision.reply == "reply_info"


def test_a_yes_that_carries_its_own_date_is_a_promise_not_a_plan() -> None:
    """Fixed: "D'accord, je paierai le 20 mars" accepted the single plan offered."""
    single = open_offers((plan_for(BALANCE, 5, BOUNDS, TODAY),))
    reading = read(Intent.PROMISE_TO_PAY, date=date(2026, 3, 20))
    decision = decide(
        reading, "D'accord, je paierai le 20 mars.", at(awaiting="plan_choice", offers=single)
    )
    assert none_of(decision, PlanAccepted)
    assert only(decision, PromiseRecorded).due_on == date(2026, 3, 20)


def test_a_yes_that_carries_its_own_figures_is_a_proposal() -> None:
    """Fixed: "Ok, je préfère payer 100 € par mois" asked again which plan."""
    reading = read(Intent.PAYMENT_PLAN_REQUEST, installment_amount=Decimal("100"))
    decision = decide(reading, "Ok, je préfère payer 100 € par mois.", at(**CHOOSING))
    offered = only(decision, PlanOffered)
    assert offered.counter  # 13 instalments of 100 €: countered inside the bounds
    assert any(isinstance(act, CreditorInformed) for act in decision.acts)


def test_an_option_that_does_not_exist_asks_again() -> None:
    decision = decide(read(Intent.ACKNOWLEDGEMENT), "option 4", at(**CHOOSING))
    assert none_of(decision, PlanAccepted)
    assert decision.reply == "reply_plan_offer" and decision.awaiting == "plan_choice"


@pytest.mark.parametrize("text", ["option 2", "ok"])
def test_a_choice_after_the_offer_lapsed_gets_today_s_plans_not_the_old_ones(text: str) -> None:
    """Fixed: with the plans offered expired (or built on another balance), "option 2"
    was an acknowledgement with nothing to do: no answer at all."""
    balance = 100_000  # a payment came since the plans were offered
    situation = at(awaiting="plan_choice", offers=(), balance_cents=balance)
    decision = decide(read(Intent.ACKNOWLEDGEMENT, confidence=0.2), text, situation)
    assert none_of(decision, PlanAccepted)
    offered = only(decision, PlanOffered)
    assert offered.options == offers(balance, BOUNDS, TODAY)
    assert all(option.total_cents + option.discount_cents == balance for option in offered.options)
    assert (decision.reply, decision.awaiting) == ("reply_plan_offer", "plan_choice")


def test_a_choice_after_the_offer_lapsed_without_a_mandate_goes_to_a_person() -> None:
    situation = at(awaiting="plan_choice", offers=(), bounds=None)
    decision = decide(read(Intent.ACKNOWLEDGEMENT, confidence=0.2), "option 2", situation)
    assert decision.types == ["creditor_informed", "escalated"]
    assert none_of(decision, PlanAccepted, PlanOffered)


# pay_now, already_paid, request_human, request_info ---------------------------------------


def test_pay_now_sends_the_link_for_the_whole_balance() -> None:
    decision = decide(read(Intent.PAY_NOW), "je veux payer", at())
    assert decision.acts == (PaymentLinkSent(BALANCE),)
    assert decision.reply == "reply_payment_link" and not decision.escalated


def test_already_paid_asks_for_proof_and_a_person_checks() -> None:
    decision = decide(read(Intent.ALREADY_PAID), "j'ai déjà payé", at())
    assert decision.types == ["proof_requested", "escalated"]
    assert only(decision, ProofRequested) == ProofRequested()
    escalated = only(decision, Escalated)
    assert escalated.priority == 3 and escalated.holds_case  # chasing paused meanwhile
    assert decision.reply == "reply_proof_request"


@pytest.mark.parametrize(
    ("today", "by"),
    [(TODAY, date(2026, 3, 4)), (date(2026, 3, 6), date(2026, 3, 9))],  # Tue → Wed, Fri → Mon
)
def test_a_person_asked_for_calls_back_the_next_business_day(today: date, by: date) -> None:
    decision = decide(read(Intent.REQUEST_HUMAN), "rappelez-moi", at(today=today))
    assert decision.acts == (CallbackScheduled(by),)
    assert decision.reply == "reply_callback" and decision.escalated


def test_a_question_about_the_debt_gets_the_breakdown() -> None:
    decision = decide(read(Intent.REQUEST_INFO), "c'est quoi cette somme ?", at())
    assert decision.acts == (InfoSent("breakdown"),)
    assert decision.reply == "reply_info" and not decision.escalated


@pytest.mark.parametrize(
    "text",
    [
        "Pouvez-vous m'envoyer une copie de la facture ?",
        "Can you send me a copy of the invoice?",
        "Je veux voir le contrat.",
    ],
)
def test_a_document_asked_for_is_sent_by_a_person_the_breakdown_at_once(text: str) -> None:
    """Fixed: the agent sent the breakdown and recorded the request as answered; the
    answer then asks the debtor to write again to get the copy they had just asked for."""
    decision = decide(read(Intent.REQUEST_INFO), text, at())
    assert only(decision, InfoSent).what == "document"
    escalated = only(decision, Escalated)
    assert escalated.priority == 3 and not escalated.holds_case
    assert decision.reply == "reply_info"


# hostile, unclear, silent ---------------------------------------------------------------


def test_a_hostile_message_gets_no_answer_and_a_person_reads_it() -> None:
    decision = decide(read(Intent.HOSTILE), "bande d'escrocs", at())
    escalated = only(decision, Escalated)
    assert escalated.priority == 3 and not escalated.holds_case
    assert decision.reply is None


@pytest.mark.parametrize(
    "reading",
    [read(Intent.OTHER), read(Intent.OTHER, confidence=0.2), read(Intent.HOSTILE, confidence=0.2)],
)
def test_what_cannot_be_read_goes_to_a_person_unanswered(reading: Reading) -> None:
    decision = decide(reading, "…", at())
    assert decision.types == ["escalated"] and only(decision, Escalated).priority == 4
    assert decision.reply is None


@pytest.mark.parametrize("intent", [Intent.AUTO_REPLY, Intent.ACKNOWLEDGEMENT])
def test_an_auto_reply_or_a_thank_you_needs_nothing(intent: Intent) -> None:
    decision = decide(read(intent), "Merci", at())
    assert decision.acts == () and decision.reply is None and not decision.escalated


# The safety readings ---------------------------------------------------------------------


def test_a_death_stops_collection_and_is_answered_discreetly() -> None:
    decision = decide(read(Intent.DECEASED), "mon père est décédé", at())
    assert decision.types == ["collection_stopped", "escalated"]
    assert only(decision, CollectionStopped).cause == "deceased"
    escalated = only(decision, Escalated)
    assert escalated.priority == 1 and escalated.holds_case
    assert decision.reply == "reply_deceased"


@pytest.mark.parametrize(("business", "where"), [(False, "Banque de France"), (True, "BODACC")])
def test_insolvency_or_over_indebtedness_stops_collection_today(business: bool, where: str) -> None:
    decision = decide(read(Intent.LEGAL_PROCEEDING), "…", at(business=business))
    assert only(decision, CollectionStopped).cause == "legal_proceeding"
    escalated = only(decision, Escalated)
    assert escalated.priority == 1 and where in escalated.suggestion
    assert decision.reply == "reply_legal_stop"
    assert none_of(decision, PlanOffered, PaymentLinkSent)


def test_a_wrong_person_invalidates_the_contact_point_without_holding_the_case() -> None:
    decision = decide(read(Intent.WRONG_PERSON), "mauvais numéro", at(channel="sms"))
    assert decision.types == ["contact_invalidated", "escalated"]
    escalated = only(decision, Escalated)
    assert escalated.priority == 3 and not escalated.holds_case
    assert decision.reply == "reply_wrong_person"


@pytest.mark.parametrize(
    ("amount", "contested"),
    [(Decimal("200"), 20_000), (Decimal("1250"), None), (None, None)],
)
def test_a_dispute_opens_with_its_type_and_contested_part(
    amount: Decimal | None, contested: int | None
) -> None:
    reading = read(Intent.DISPUTE, amount=amount, dispute_type=DisputeType.AMOUNT_INCORRECT)
    decision = decide(reading, "je conteste", at())
    assert only(decision, DisputeOpened) == DisputeOpened("amount_incorrect", contested)
    escalated = only(decision, Escalated)
    assert escalated.priority == 2 and escalated.holds_case
    assert decision.reply == "reply_dispute_ack"


def test_a_dispute_without_a_type_is_other() -> None:
    decision = decide(read(Intent.DISPUTE), "je conteste", at())
    assert only(decision, DisputeOpened).dispute_type == "other"


@pytest.mark.parametrize(
    ("channel", "jurisdiction", "stopped", "reply"),
    [
        ("email", "FR", "email", "reply_stop_confirm"),
        ("sms", "FR", "sms", None),  # the carrier confirms an SMS STOP
        ("call", "FR", "all", None),
        ("email", "US", "all", "reply_stop_confirm"),  # a written cease stops everything
        ("sms", "US", "sms", None),
        ("email", "GB", "email", "reply_stop_confirm"),
    ],
)
def test_stop_stops_that_channel_and_is_confirmed_once_in_writing(
    channel: str, jurisdiction: str, stopped: str, reply: str | None
) -> None:
    situation = at(channel=channel, jurisdiction=jurisdiction)
    decision = decide(read(Intent.STOP_CONTACT), "STOP", situation)
    assert only(decision, ChannelStopped).channel == stopped
    escalated = only(decision, Escalated)
    assert escalated.priority == 3 and not escalated.holds_case
    assert ("post only" in escalated.suggestion) == (stopped == "all")
    assert decision.reply == reply


def test_hardship_holds_the_case_and_offers_the_gentlest_plans() -> None:
    decision = decide(read(Intent.HARDSHIP), "j'ai perdu mon emploi", at())
    assert decision.types == ["hold_placed", "plan_offered", "escalated"]
    assert only(decision, HoldPlaced).kind == "hardship"
    offered = only(decision, PlanOffered)
    assert offered.hardship and all(option.count > 1 for option in offered.options)
    assert offered.options[0].key == "6x-hardship"
    assert only(decision, Escalated).priority == 2
    assert (decision.reply, decision.awaiting) == ("reply_hardship", "plan_choice")
    assert none_of(decision, PlanAccepted, PaymentLinkSent)  # offered, never imposed


def test_hardship_with_an_affordable_offer_inside_offers_the_debtor_s_own_plan() -> None:
    reading = read(Intent.HARDSHIP, Intent.PAYMENT_PLAN_REQUEST, installment_amount=Decimal("250"))
    decision = decide(reading, "j'ai perdu mon emploi, je peux donner 250 € par mois", at())
    offered = only(decision, PlanOffered)
    assert [(o.count, o.instalment_cents) for o in offered.options] == [(5, 25_000)]
    assert none_of(decision, PlanAccepted)  # for the debtor to confirm
    assert decision.awaiting == "plan_choice"


def test_hardship_with_an_offer_outside_the_mandate_goes_to_the_creditor_not_our_plans() -> None:
    """Fixed: the mandate's plans (210 € a month) were offered to a debtor who had just
    said 30 € was what they could give, and their proposal was never reported (R124-5)."""
    reading = read(Intent.HARDSHIP, Intent.PAYMENT_PLAN_REQUEST, installment_amount=Decimal("30"))
    decision = decide(reading, "j'ai perdu mon emploi, je peux donner 30 € par mois", at())
    assert decision.types == ["hold_placed", "creditor_informed", "escalated"]
    assert "below the minimum" in only(decision, CreditorInformed).proposal
    escalated = only(decision, Escalated)
    assert escalated.priority == 2 and "submit the debtor's proposal" in escalated.suggestion
    assert none_of(decision, PlanOffered, PlanAccepted)
    assert decision.reply == "reply_hardship" and decision.awaiting is None


@pytest.mark.parametrize(
    ("other", "reply"),
    [
        (Intent.LEGAL_PROCEEDING, "reply_legal_stop"),
        (Intent.DISPUTE, "reply_dispute_ack"),
        (Intent.STOP_CONTACT, "reply_stop_confirm"),
        (Intent.WRONG_PERSON, "reply_wrong_person"),
        (Intent.DECEASED, "reply_deceased"),
    ],
)
def test_no_plan_is_offered_when_hardship_comes_with_another_stop(
    other: Intent, reply: str
) -> None:
    """Fixed: "J'ai déposé un dossier de surendettement" (legal_proceeding + hardship)
    offered payment plans on a case whose collection had just been stopped."""
    decision = decide(read(other, Intent.HARDSHIP), "…", at())
    assert none_of(decision, PlanOffered, PlanAccepted, PaymentLinkSent)
    assert decision.awaiting is None and decision.reply == reply


def test_hardship_without_a_mandate_holds_without_plans() -> None:
    decision = decide(read(Intent.HARDSHIP), "…", at(bounds=None))
    assert decision.types == ["hold_placed", "escalated"]


def test_several_safety_readings_make_one_task_the_most_urgent_first() -> None:
    reading = read(Intent.DECEASED, Intent.WRONG_PERSON, Intent.DISPUTE)
    decision = decide(reading, "…", at())
    assert decision.types == [
        "collection_stopped", "contact_invalidated", "dispute_opened", "escalated",
    ]  # fmt: skip
    escalated = only(decision, Escalated)
    assert escalated.priority == 1 and escalated.holds_case
    assert escalated.why.startswith("the debtor's death") and "dispute" in escalated.why
    assert decision.reply == "reply_deceased"  # the first one answers


def test_safety_wins_over_the_payment_intent_beside_it() -> None:
    reading = read(Intent.DISPUTE, Intent.PROMISE_TO_PAY, date=date(2026, 3, 20))
    decision = decide(reading, "je conteste mais je paierai le 20", at())
    assert none_of(decision, PromiseRecorded)
    assert decision.reply == "reply_dispute_ack"


# Multi-intent messages --------------------------------------------------------------------


def test_information_asked_beside_a_promise_is_a_person_s_to_send() -> None:
    """Fixed: an `info_sent` act was recorded though the answer (the promise's) carries
    no breakdown and no document: the timeline said something was sent that was not."""
    reading = read(Intent.PROMISE_TO_PAY, Intent.REQUEST_INFO, date=date(2026, 3, 20))
    decision = decide(reading, "je paierai le 20, envoyez-moi la facture", at())
    assert decision.types == ["promise_recorded", "creditor_informed", "escalated"]
    escalated = only(decision, Escalated)
    assert escalated.priority == 4 and not escalated.holds_case
    assert none_of(decision, InfoSent)
    assert decision.reply == "reply_promise_confirm"


def test_a_plan_request_beside_pay_now_follows_the_primary_intent() -> None:
    reading = read(Intent.PAYMENT_PLAN_REQUEST, Intent.PAY_NOW, installments=3)
    decision = decide(reading, "…", at())
    assert decision.reply == "reply_plan_confirm"


# A settled case; a case a person holds ----------------------------------------------------


@pytest.mark.parametrize("status", [CaseStatus.PAID, CaseStatus.CLOSED])
@pytest.mark.parametrize(
    "reading",
    [
        read(Intent.PROMISE_TO_PAY, date=date(2026, 3, 20)),
        read(Intent.PAYMENT_PLAN_REQUEST, installments=3),
        read(Intent.PAY_NOW),
        read(Intent.HARDSHIP),
    ],
)
def test_a_settled_case_gets_a_safe_answer_and_no_commitment(
    status: CaseStatus, reading: Reading
) -> None:
    decision = decide(reading, "…", at(status=status, balance_cents=0))
    assert decision.acts == () and decision.reply == "reply_closed"


def test_on_a_settled_case_a_wrong_person_or_a_death_is_still_answered_discreetly() -> None:
    paid = at(status=CaseStatus.PAID, balance_cents=0)
    wrong = decide(read(Intent.WRONG_PERSON), "…", paid)
    assert wrong.acts == (ContactInvalidated(),) and wrong.reply == "reply_wrong_person"
    dead = decide(read(Intent.DECEASED), "…", paid)
    assert dead.acts == () and dead.reply == "reply_deceased"


def test_on_a_settled_case_a_stop_is_honoured_and_an_sms_stop_not_answered() -> None:
    by_mail = decide(read(Intent.STOP_CONTACT), "…", at(status=CaseStatus.PAID, balance_cents=0))
    assert by_mail.acts == (ChannelStopped("email"),) and by_mail.reply == "reply_closed"
    by_sms = decide(
        read(Intent.STOP_CONTACT),
        "STOP",
        at(status=CaseStatus.PAID, balance_cents=0, channel="sms"),
    )
    assert by_sms.acts == (ChannelStopped("sms"),) and by_sms.reply is None


def test_a_dispute_of_a_settled_case_goes_to_a_person() -> None:
    decision = decide(read(Intent.DISPUTE), "…", at(status=CaseStatus.PAID, balance_cents=0))
    escalated = only(decision, Escalated)
    assert escalated.priority == 3 and not escalated.holds_case
    assert none_of(decision, DisputeOpened) and decision.reply == "reply_closed"


@pytest.mark.parametrize(
    "status", [CaseStatus.DISPUTED, CaseStatus.HARDSHIP_HOLD, CaseStatus.ESCALATED]
)
def test_a_case_a_person_holds_gets_a_holding_answer(status: CaseStatus) -> None:
    reading = read(Intent.PROMISE_TO_PAY, date=date(2026, 3, 20))
    decision = decide(reading, "je paierai le 20", at(status=status))
    assert none_of(decision, PromiseRecorded)
    escalated = only(decision, Escalated)
    assert escalated.priority == 3 and decision.reply == "reply_human_review"


@pytest.mark.parametrize("status", [CaseStatus.LEGAL_STOP, CaseStatus.HANDED_OVER])
def test_a_case_under_a_legal_stop_gets_no_automated_answer(status: CaseStatus) -> None:
    decision = decide(read(Intent.PAY_NOW), "je veux payer", at(status=status))
    assert decision.types == ["escalated"] and only(decision, Escalated).priority == 2
    assert decision.reply is None


def test_under_a_hardship_hold_the_debtor_may_take_a_plan_offered() -> None:
    situation = at(status=CaseStatus.HARDSHIP_HOLD, **CHOOSING)
    decision = decide(read(Intent.ACKNOWLEDGEMENT, confidence=0.2), "option 3", situation)
    assert only(decision, PlanAccepted).option == STANDARD[2]


def test_under_a_hardship_hold_a_lapsed_offer_is_not_renewed_by_the_agent() -> None:
    situation = at(status=CaseStatus.HARDSHIP_HOLD, awaiting="plan_choice", offers=())
    decision = decide(read(Intent.ACKNOWLEDGEMENT, confidence=0.2), "option 1", situation)
    assert none_of(decision, PlanOffered, PlanAccepted)
    assert decision.reply == "reply_human_review"


def test_a_thank_you_on_a_held_case_needs_nothing() -> None:
    decision = decide(read(Intent.ACKNOWLEDGEMENT), "merci", at(status=CaseStatus.DISPUTED))
    assert decision.acts == () and decision.reply is None
