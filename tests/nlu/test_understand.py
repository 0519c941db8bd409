"""Whole readings, as the agent gets them: intents, primary, and entities from the right words."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from amiable.nlu.choices import DisputeType, Intent
from amiable.nlu.read import ReadingError, understand

# A Tuesday.
RECEIVED = datetime.fromisoformat("2026-03-10T18:30:00+01:00")


def test_a_promise_with_a_day_of_month_and_an_amount() -> None:
    reading = understand("Bonjour, je vous règle les 120 € le 15. Cordialement, Paul", RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date == date(2026, 3, 15)
    assert reading.amount == Decimal("120.00")
    assert reading.lang == "fr"


def test_entities_follow_the_paid_part_when_paid_and_promised() -> None:
    reading = understand("j'ai déjà versé 60 € hier, le reste (40 €) je le paie vendredi", RECEIVED)
    assert reading.intents[:2] == (Intent.ALREADY_PAID, Intent.PROMISE_TO_PAY)
    assert reading.date == date(2026, 3, 9)
    assert reading.amount == Decimal("60.00")


def test_the_quoted_agency_message_never_supplies_entities() -> None:
    text = (
        "Je paierai demain.\n\nLe 9 mars 2026 à 10:00, Cabinet Roux a écrit :\n"
        "> Vous devez 480,00 € avant le 20 mars."
    )
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date == date(2026, 3, 11)
    assert reading.amount is None


def test_a_salary_promise_has_no_date() -> None:
    reading = understand("je vous paierai quand je toucherai mon salaire", RECEIVED)
    assert Intent.PROMISE_TO_PAY in reading.intents
    assert reading.date is None


def test_a_moved_date_takes_the_new_one() -> None:
    reading = understand("pas le 15, je vous paie plutôt le 22", RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date == date(2026, 3, 22)


def test_a_plan_reads_count_instalment_and_first_date() -> None:
    reading = understand(
        "Je vous propose de payer en 4 fois 50 €, premier versement le 1er avril.", RECEIVED
    )
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.installments == 4
    assert reading.installment_amount == Decimal("50.00")
    assert reading.date == date(2026, 4, 1)


def test_a_condition_on_the_creditor_is_not_a_promise_but_keeps_the_offer() -> None:
    reading = understand(
        "les frais sont abusifs. si vous les retirez je peux payer en 2 fois", RECEIVED
    )
    assert reading.intent is Intent.DISPUTE
    assert Intent.PROMISE_TO_PAY not in reading.intents
    assert reading.dispute_type is DisputeType.AMOUNT_INCORRECT
    assert reading.installments == 2


def test_a_death_date_is_not_a_payment_date() -> None:
    reading = understand("Mon père est décédé le 2 mars, je m'occupe de la succession.", RECEIVED)
    assert reading.intent is Intent.DECEASED
    assert reading.date is None


def test_hostile_wrapped_around_a_payment_adds_nothing() -> None:
    reading = understand("bande de vautours, j'ai payé hier", RECEIVED)
    assert reading.intents == (Intent.ALREADY_PAID,)
    assert reading.date == date(2026, 3, 9)


def test_english_promise_resolved_in_the_senders_offset() -> None:
    late_evening = datetime.fromisoformat("2026-12-31T21:40:00-08:00")
    reading = understand("will pay $75 tomorrow", late_evening)
    assert reading.lang == "en"
    assert reading.date == date(2027, 1, 1)
    assert reading.amount == Decimal("75.00")


@pytest.mark.parametrize(
    ("text", "intent"), [("👍", Intent.ACKNOWLEDGEMENT), ("🖕🖕", Intent.HOSTILE)]
)
def test_an_emoji_alone_is_read(text: str, intent: Intent) -> None:
    assert understand(text, RECEIVED).intent is intent


def test_an_absence_notice_about_sick_leave_is_an_auto_reply_not_hardship() -> None:
    reading = understand(
        "Je suis en arrêt maladie et ne consulte pas ma messagerie. Je reviendrai vers vous "
        "à mon retour le 2 avril.",
        RECEIVED,
    )
    assert reading.intents == (Intent.AUTO_REPLY,)


def test_sick_leave_with_an_offer_is_hardship() -> None:
    reading = understand("je suis en arret maladie, je peux faire 30€ par mois", RECEIVED)
    assert reading.intent is Intent.HARDSHIP
    assert Intent.PAYMENT_PLAN_REQUEST in reading.intents


def test_safety_intents_outrank_payment_ones() -> None:
    reading = understand("Je conteste ces frais, mais je paierai le principal vendredi.", RECEIVED)
    assert reading.intent is Intent.DISPUTE
    assert Intent.PROMISE_TO_PAY in reading.intents


@pytest.mark.parametrize(
    ("text", "received_at", "error"),
    [
        ("", RECEIVED, "empty"),
        ("x" * 100_001, RECEIVED, "too long"),
        ("ok", datetime(2026, 3, 10, 12, 0), "offset"),
    ],
)
def test_unreadable_input_is_refused_with_the_reason(
    text: str, received_at: datetime, error: str
) -> None:
    with pytest.raises(ReadingError, match=error):
        understand(text, received_at)
