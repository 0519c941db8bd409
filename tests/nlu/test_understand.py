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


# ---------------------------------------------------------------------------- amounts
# Which of the amounts said is the one paid, promised or offered (SPEC): not the claimed
# debt, a fee, an income, a count, nor one refused.


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # A refusal or a fee in the sentence before does not reach the next sentence's amount.
        ("I won't pay the £20 admin charge. The £90 for the phone I will pay on Friday.", "90.00"),
        # A refusal stops at the next number: the second amount is the one offered.
        ("Je ne dois pas 450 €, seulement 200 €, que je vous verse vendredi.", "200.00"),
        # "Pas plus de 100 €" caps the offer, it does not refuse it.
        ("Je ne peux pas vous verser plus de 100 € le 15.", "100.00"),
        # A salary saying when is no income figure when a comma parts it from the amount.
        ("Je vous réglerai à la réception de mon salaire, 150 €.", "150.00"),
        # A salary and its day are not a second payment: one promise, its own amount.
        ("Mon salaire de 1 400 € arrive le 5, je vous verse 100 € le 6.", "100.00"),
        ("I get paid £1,600 on the 25th, I'll pay £150 on the 26th.", "150.00"),
        ("Je touche 1 200 € par mois, je peux vous verser 200 € le 5.", "200.00"),
        # The whole a payment is taken from, and the sum asked for, are not paid.
        ("Sur les 600 € demandés je vous règle 200 € le 10.", "200.00"),
        ("Vous demandez 600 €. Je vous propose 200 € lundi.", "200.00"),
        # A stated sum is the amount, not the first of the parts listed before it.
        ("Je règle les 2 loyers (300 € et 280 €), soit 580 € au total, lundi.", "580.00"),
        # A price written without its currency: a decimal comma and two decimals.
        ("d'accord, 64,50 samedi par carte", "64.50"),
        # The plural article before a bare number names euros ("les 35 … je vous les vire").
        ("les 35 de la cotisation, je vous les vire lundi", "35.00"),
        # A franc case, read in its currency.
        ("J'ai réglé CHF 480.- par e-banking hier.", "480.00"),
        ("Je vous règle 20 000 F CFP le 15.", "20000.00"),
        ("cest regle depuis lundi, 40 e par virement", "40.00"),
        # A cheque enclosed with a letter.
        ("Please find enclosed a cheque for £85 in full settlement.", "85.00"),
    ],
)
def test_the_amount_paid_promised_or_offered(text: str, amount: str) -> None:
    assert understand(text, RECEIVED).amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        # What a bare number counts is no amount.
        "Je vais régler les 3 factures vendredi.",
        "j'ai payé les 2 échéances hier",
        "I'll pay the 2 bills on Friday.",
        # Refused, claimed or earned, not offered.
        "Je ne paierai pas les 240 € de la commande.",
        "I won't pay the £95 late fee.",
        "Je devais vous payer 200 € le 5 mais j'ai perdu mon travail.",
        "J'ai perdu mon emploi, je touche 850 € d'ARE, je ne peux rien payer pour l'instant.",
        "Pouvez-vous m'envoyer le détail des 480 € réclamés ?",
        "Vous me réclamez 1 250 € alors que j'ai résilié le contrat en 2022.",
    ],
)
def test_no_amount_is_read_from_a_count_a_refusal_or_a_claim(text: str) -> None:
    assert understand(text, RECEIVED).amount is None


def test_an_amount_offered_in_a_dispute_is_read_without_a_payment_intent() -> None:
    reading = understand(
        "Je conteste les 30 € de pénalités, mais je veux bien payer les 240 € de la commande.",
        RECEIVED,
    )
    assert reading.intent is Intent.DISPUTE
    assert reading.amount == Decimal("240.00")
    assert reading.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Could I pay £40 now and the remaining £40 on the 28th?",
        "Je vous envoie 40 € aujourd'hui et encore 40 € le 28, c'est possible ?",
    ],
)
def test_equal_payments_listed_are_the_instalments_of_a_plan(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert (reading.installments, reading.installment_amount) == (2, Decimal("40.00"))
    assert reading.amount is None


def test_the_instalment_is_the_amount_the_count_times_makes_the_total() -> None:
    reading = understand(
        "Je propose de régler les 450 € en 3 fois : 150 € le 10 mai, le 10 juin et le 10 juillet.",
        RECEIVED,
    )
    assert reading.installments == 3
    assert reading.installment_amount == Decimal("150.00")
    assert reading.amount == Decimal("450.00")


def test_a_weekly_amount_in_sms_spelling_is_the_instalment() -> None:
    reading = understand("jpeu vs donné 25e par semene a partir de vendredi", RECEIVED)
    assert reading.installment_amount == Decimal("25.00")
    assert reading.amount is None


def test_a_monthly_amount_in_cfp_francs_is_the_instalment() -> None:
    reading = understand("Je peux verser 12 000 F CFP par mois à partir du 15.", RECEIVED)
    assert reading.installment_amount == Decimal("12000.00")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # "des" before a bare number after a payment word.
        ("je vous fais le virement des 90 demain", "90.00"),
        # A "k" glued to a bare number is thousands.
        ("I can do 2.5k by Friday", "2500.00"),
    ],
)
def test_bare_amounts_after_an_article_or_in_thousands(text: str, amount: str) -> None:
    assert understand(text, RECEIVED).amount == Decimal(amount)


@pytest.mark.parametrize("text", ["Can pay the 21st", "je paierai le 1er", "can pay on the 3rd"])
def test_a_day_of_the_month_is_not_an_amount(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.amount is None


def test_a_plans_total_with_remaining_before_the_count_is_its_amount() -> None:
    reading = understand(
        "je peux régler les 300 € restants en trois fois : le 5 et le 25", RECEIVED
    )
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.amount == Decimal("300.00")


def test_a_plans_total_paid_at_a_monthly_pace_is_its_amount() -> None:
    reading = understand("I can pay the £400 at £40 a month.", RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.amount == Decimal("400.00")
    assert reading.installment_amount == Decimal("40.00")


def test_payments_by_dates_are_no_total() -> None:
    reading = understand("I will pay £100 by 15 June and £100 by 15 July", RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.amount is None


def test_a_monthly_offer_alone_is_a_plan_not_a_hardship() -> None:
    assert understand("je peux faire 40€/mois", RECEIVED).intents == (Intent.PAYMENT_PLAN_REQUEST,)
    said = understand("je suis au chômage, je peux faire 40€/mois", RECEIVED)
    assert said.intents[:2] == (Intent.HARDSHIP, Intent.PAYMENT_PLAN_REQUEST)


def test_one_payment_with_the_rest_left_open_is_a_promise_of_part() -> None:
    reading = understand("je peux mettre 80 € le 20 et on verra pour le reste", RECEIVED)
    assert reading.intents == (Intent.PROMISE_TO_PAY,)
    assert reading.amount == Decimal("80.00")
    assert reading.date == date(2026, 3, 20)
    plan = understand("je peux mettre 80 € le 20 et 80 € le 30", RECEIVED)
    assert plan.intent is Intent.PAYMENT_PLAN_REQUEST


def test_a_death_notice_asking_to_stop_calling_keeps_both() -> None:
    reading = understand(
        "Je suis sa fille, ma mère est décédée le 2. Pouvez-vous cesser d'appeler chez elle ?",
        RECEIVED,
    )
    assert reading.intents == (Intent.DECEASED, Intent.STOP_CONTACT)
    assert reading.date is None
