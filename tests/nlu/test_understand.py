"""Whole readings, as the agent gets them: intents, primary, and entities from the right words."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from amiable.nlu.choices import SAFETY, DisputeType, Intent
from amiable.nlu.clean import clean
from amiable.nlu.normalize import normalize
from amiable.nlu.read import ReadingError, understand
from amiable.nlu.rules import read_rules

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


# -- Figures of speech, negations and the missed wordings of held-out set 6 -----------------
# Each case below is written for the test (not copied from a held-out set); the negatives
# check that the general fix did not open a hole elsewhere.


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "J'ai failli être mort de honte en lisant votre relance, je vous règle le 20.",
            Intent.DECEASED,
        ),
        (
            "Mon portable était mort tout le week-end, je vous vire les 60 € demain.",
            Intent.DECEASED,
        ),
        ("Sorry, my battery died before I could answer. I'll pay Friday.", Intent.DECEASED),
        ("I'm dying to get this sorted, can I pay £30 a month?", Intent.DECEASED),
        (
            "Je ne conteste absolument pas la somme, je voudrais juste payer en 4 fois.",
            Intent.DISPUTE,
        ),
        ("We're not disputing the invoice, we simply need 60 days.", Intent.DISPUTE),
        ("I just need a bit of breathing space, I'll pay on the 28th.", Intent.LEGAL_PROCEEDING),
        ("Arrêtez de vous inquiéter, le virement part lundi.", Intent.STOP_CONTACT),
    ],
)
def test_a_figure_of_speech_is_not_a_safety_intent(text: str, figure: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert figure not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # The figure beside the real thing: the real thing stands.
        ("Mort de rire en voyant la lettre… mais mon père est décédé en janvier.", Intent.DECEASED),
        ("Je ne conteste pas la dette, mais je conteste les 90 € de pénalités.", Intent.DISPUTE),
        (
            "Je ne conteste pas la facture ; les frais que vous avez ajoutés ne sont pas dus.",
            Intent.DISPUTE,
        ),
        (
            "I'm in a breathing space arrangement since March, a debt adviser set it up.",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_a_figure_of_speech_never_hides_what_is_said_beside_it(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    "text",
    [
        "JE SUIS PAS NICOLAS, arrêtez avec vos textos",
        "je ne suis pas Mme Sandrine Leroy",
        "I'm not Jennifer, you have been texting this number for weeks.",
        "This isn't Gary's phone any more.",
        "ce n'est pas le numéro de Julien",
        "You keep ringing me asking for a Douglas Pratt.",
    ],
)
def test_saying_one_is_not_the_person_named_is_a_wrong_person(text: str) -> None:
    assert Intent.WRONG_PERSON in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    "text",
    [
        "je ne suis pas mariée, c'est mon compagnon qui gère les factures",
        "ce n'est pas clair, de quelle facture s'agit-il ?",
        "I'm the wrong person to ask about invoices, please write to accounts@example.com",
        "C'est bien moi, je vous paie le 12.",
    ],
)
def test_what_only_looks_like_a_wrong_person_is_not(text: str) -> None:
    assert Intent.WRONG_PERSON not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    "text",
    [
        "Lâchez-nous avec vos relances !",
        "supprimez mon numéro de vos fichiers",
        "Never ordered anything from them. Remove me",
        "please take me off your list",
        "si vous m'appelez encore je porte plainte",
    ],
)
def test_more_ways_of_asking_to_stop(text: str) -> None:
    assert Intent.STOP_CONTACT in understand(text, RECEIVED).intents


def test_a_spouse_paying_the_deceased_own_loan_is_a_death_not_a_hardship() -> None:
    reading = understand(
        "Mon épouse nous a quittés en février. Je veux bien régler le crédit de ma femme "
        "mais je ne pourrai le faire qu'en 5 fois.",
        RECEIVED,
    )
    assert reading.intent is Intent.DECEASED
    assert Intent.PAYMENT_PLAN_REQUEST in reading.intents


@pytest.mark.parametrize(
    "text",
    [
        "Mon père s'est éteint à l'hôpital la semaine dernière.",
        "Ma mère est partie en quelques jours, une crise cardiaque. Que dois-je faire ?",
        "My dad passed last month and I'm handling his post.",
    ],
)
def test_a_death_said_with_a_euphemism(text: str) -> None:
    assert Intent.DECEASED in understand(text, RECEIVED).intents


def test_a_partner_who_left_is_not_a_death() -> None:
    reading = understand(
        "Mon mari est parti avec une autre, je suis seule avec 3 enfants.", RECEIVED
    )
    assert Intent.DECEASED not in reading.intents
    assert Intent.HARDSHIP in reading.intents


@pytest.mark.parametrize(
    "text",
    [
        "Avec ma petite pension il ne me reste presque rien, je peux verser 20 € par mois.",
        "Je ne touche que 900 € par mois, je peux faire 15 € par mois.",
        "la CAF a suspendu mes allocations depuis février",
    ],
)
def test_an_income_that_leaves_nothing_is_a_hardship_beside_a_plan(text: str) -> None:
    assert Intent.HARDSHIP in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "paid_on"),
    [
        ("Je vous ai fait ce matin un virement de 140 €.", date(2026, 3, 10)),
        ("Nous avons par contre réglé la facture 2231 le 2 mars.", date(2026, 3, 2)),
        ("Je vous informe avoir procédé au paiement le 6 mars.", date(2026, 3, 6)),
        ("I sent £70 on Monday, the rest will follow.", date(2026, 3, 9)),
        ("The £45 has gone through now.", date(2026, 3, 10)),
    ],
)
def test_more_ways_of_saying_it_is_paid(text: str, paid_on: date) -> None:
    reading = understand(text, RECEIVED)
    # (The model adds a dispute to "par contre réglé": the contrast reads like one.)
    assert Intent.ALREADY_PAID in reading.intents
    assert reading.date == paid_on


def test_settled_by_a_day_to_come_is_a_promise() -> None:
    reading = understand("avant jeudi c'est payé", RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date == date(2026, 3, 12)


def test_send_me_the_link_is_not_a_payment_made() -> None:
    reading = understand("envoyé moi le lien je paie de suite", RECEIVED)
    assert Intent.ALREADY_PAID not in reading.intents
    assert Intent.PAY_NOW in reading.intents


def test_a_hedged_day_is_no_promise_even_to_the_model() -> None:
    reading = understand("peut être le 20 si on me paie", RECEIVED)
    assert Intent.PROMISE_TO_PAY not in reading.intents
    assert reading.date is None


def test_monthly_amounts_in_the_future_tense_are_a_plan() -> None:
    reading = understand("je vous verserai 40 € par mois à compter du 5 avril", RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.installment_amount == Decimal("40.00")
    assert reading.date == date(2026, 4, 5)


def test_a_series_starting_next_month_is_dated_its_first_day() -> None:
    reading = understand(
        "Je peux verser 50 € tous les mois, dès le début du mois prochain.", RECEIVED
    )
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.date == date(2026, 4, 1)


def test_this_month_said_late_in_the_month_is_no_date() -> None:
    received = datetime.fromisoformat("2026-03-23T10:00:00+01:00")
    reading = understand("pas de salaire ce mois ci, je vous paierai à la paie", received)
    assert Intent.PROMISE_TO_PAY in reading.intents
    assert reading.date is None


def test_the_morning_of_a_conversation_is_not_the_plans_date() -> None:
    reading = understand(
        "Suite à notre échange de ce matin : 4 versements de 75 €, le premier le 2 avril.", RECEIVED
    )
    assert reading.date == date(2026, 4, 2)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("la machine a jamais marché, je paierai pas", DisputeType.GOODS_OR_SERVICES),
        ("Les assiettes sont arrivées cassées, je ne paie pas.", DisputeType.GOODS_OR_SERVICES),
        ("Livraison refusée le 3 mars, nous contestons la facture.", DisputeType.GOODS_OR_SERVICES),
        (
            "The total you quoted is wrong, the January payment is counted twice.",
            DisputeType.AMOUNT_INCORRECT,
        ),
        ("We have no contract with that company, we dispute this.", DisputeType.NOT_OWED),
        ("Je conteste : ce prêt, il avait fini de le rembourser en 2023.", DisputeType.NOT_OWED),
    ],
)
def test_the_kind_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents
    assert reading.dispute_type is kind


def test_fees_never_agreed_to_are_an_amount_dispute_not_a_debt_never_owed() -> None:
    reading = understand(
        "The balance should be £90, you added £40 of fees I never agreed to.", RECEIVED
    )
    assert reading.dispute_type is DisputeType.AMOUNT_INCORRECT


def test_too_much_at_once_is_no_dispute() -> None:
    reading = understand("£900 is too much in one go. Could I do 6 payments of 150?", RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert Intent.DISPUTE not in reading.intents


def test_not_recognising_the_name_asks_who_it_is() -> None:
    reading = understand("Who are you? I don't recognise the name on the letter.", RECEIVED)
    assert Intent.DISPUTE not in reading.intents


def test_a_stranger_who_never_had_an_account_is_only_the_wrong_person() -> None:
    reading = understand(
        "You have the wrong person, I'm Lee Hart not Lea Hartt, and I have never had an account "
        "with Orbit Mobile.",
        RECEIVED,
    )
    assert reading.intents == (Intent.WRONG_PERSON,)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Puis-je vous régler par chèque ? Je n'ai pas de carte.", Intent.PAY_NOW),
        ("Je souhaite être reçu dans vos bureaux avec mon avocat.", Intent.REQUEST_HUMAN),
    ],
)
def test_asking_how_to_pay_or_to_be_received(text: str, intent: Intent) -> None:
    assert understand(text, RECEIVED).intent is intent


# -- The general causes of held-out set 7's misses ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ma femme a perdu son CDD, on vit sur mon smic. je peux faire 30 € par mois",
        "France Travail n'a toujours pas versé mon allocation, je suis bloqué",
        "Notre atelier a été cambriolé, nous attendons l'indemnisation de l'assurance.",
        "I'm on jobseeker's at the moment, I can do £10 a month",
        "The shop flooded last month and the insurance claim is still open.",
        "my mum passed away in May and I've been off work since, could I do £25 a month?",
        "mon conseiller m'a dit de faire un dossier de surendettement, je n'ai rien fait encore",
    ],
)
def test_more_hardships(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.HARDSHIP in reading.intents, reading.evidence
    assert Intent.DECEASED not in reading.intents
    assert Intent.LEGAL_PROCEEDING not in reading.intents


@pytest.mark.parametrize(
    "text",
    [
        "quit calling my mother's house",
        "this was my late brother's number, please take it off your list",
        "Vous nous écrivez pour la société Durand Bâtiment : nous sommes une autre société, "
        "sans aucun lien avec votre débiteur. Merci de corriger vos fichiers.",
        "Il n'y a pas de Sophie à ce numéro.",
        "We bought the house from the Greens in May; they moved to Canada, no forwarding address.",
        "Nobody of that name has ever worked here and she is not a client of ours.",
    ],
)
def test_more_stops_and_wrong_people(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert {Intent.STOP_CONTACT, Intent.WRONG_PERSON} & set(reading.intents), reading.evidence


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("votre lien de paiement est mort, renvoyez-en un svp", Intent.DECEASED),
        (
            "We're bankrupt of ideas here, can you send the statement again?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "La liquidation de notre stock d'été est finie, nous paierons le 5.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon fils jouait avec le téléphone, je lui ai dit d'arrêter de m'envoyer des photos.",
            Intent.STOP_CONTACT,
        ),
        (
            "Je ne vous demande pas d'arrêter de m'écrire : je veux un échéancier.",
            Intent.STOP_CONTACT,
        ),
        (
            "Pour notre procédure de contrôle anti-fraude, merci de nous adresser un RIB signé.",
            Intent.DISPUTE,
        ),
    ],
)
def test_more_figures_of_speech(text: str, figure: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert figure not in reading.intents, reading.evidence


def test_the_holder_of_the_line_who_died_is_a_death() -> None:
    reading = understand("Le titulaire de cette ligne est mort en février.", RECEIVED)
    assert Intent.DECEASED in reading.intents


@pytest.mark.parametrize(
    "text",
    [
        "Votre courrier du 2 mars m'est bien parvenu.",
        "je serai en déplacement du 12 au 20, sans réseau",
        "Our summer sale cleared the stock, new address from April: PO Box 9.",
    ],
)
def test_a_message_with_nothing_in_it_is_never_a_death_nor_an_insult(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent not in {Intent.DECEASED, Intent.HOSTILE, *SAFETY}, reading


def test_back_on_is_not_an_absence_unless_a_day_follows() -> None:
    hardship = understand("My benefits were stopped, I can't pay until they're back on.", RECEIVED)
    assert Intent.HARDSHIP in hardship.intents
    away = understand("I am out of the office, back on Monday 16 March.", RECEIVED)
    assert away.intent is Intent.AUTO_REPLY


def test_a_company_promises_in_the_plural() -> None:
    reading = understand("Nous réglerons les deux factures le 31 mars.", RECEIVED)
    assert Intent.PROMISE_TO_PAY in reading.intents  # (the model adds a dispute at 0.55)
    assert reading.date == date(2026, 3, 31)


def test_having_it_paid_by_a_day_is_a_promise() -> None:
    reading = understand("I'll have the £60 paid by the 20th", RECEIVED)
    assert reading.intents == (Intent.PROMISE_TO_PAY,)
    assert reading.date == date(2026, 3, 20)


def test_sending_a_document_is_no_promise_to_the_rules() -> None:
    # (The model still reads one, at 0.83: a known weakness.)
    text = normalize("I'll send the signed form and my new address tomorrow.")
    assert Intent.PROMISE_TO_PAY not in read_rules(text).intents
    assert Intent.PROMISE_TO_PAY in read_rules(normalize("I'll send the £60 tomorrow.")).intents


def test_a_plan_starts_on_the_date_said_after_from() -> None:
    reading = understand(
        "Nous proposons 12 versements de 50 €, le 5 de chaque mois à compter du 5 mai.", RECEIVED
    )
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.date == date(2026, 5, 5)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Je conteste les pénalités de retard de 40 € que vous avez ajoutées.",
            DisputeType.AMOUNT_INCORRECT,
        ),
        (
            "I'll pay what I owe but I'm not paying the £60 for your collector's letter.",
            DisputeType.AMOUNT_INCORRECT,
        ),
        (
            "Le bail a pris fin en mars, ces loyers ne sont pas dus, je conteste.",
            DisputeType.NOT_OWED,
        ),
        ("We dispute it: the invoice was cancelled by a credit note in May.", DisputeType.NOT_OWED),
        (
            "They sent the wrong model, we returned them in April, so we dispute the invoice.",
            DisputeType.GOODS_OR_SERVICES,
        ),
    ],
)
def test_more_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents
    assert reading.dispute_type is kind


def test_asking_to_send_the_bank_details_is_a_wish_to_pay() -> None:
    reading = understand("Merci de nous transmettre votre RIB pour le règlement.", RECEIVED)
    assert Intent.PAY_NOW in reading.intents


# -- Held-out set 8: safety said indirectly ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Les obsèques de papa ont eu lieu mardi, c'est le notaire qui gère.", Intent.DECEASED),
        ("On l'a enterrée hier. Que faut-il faire de ce dossier ?", Intent.DECEASED),
        ("Since he's gone, his estate is being handled by my brother.", Intent.DECEASED),
        (
            "J'ai fait une proposition de consommateur avec un syndic autorisé en insolvabilité.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("My licensed insolvency trustee will send you the paperwork.", Intent.LEGAL_PROCEEDING),
        ("I've been off work since the factory closed, I can't pay this month.", Intent.HARDSHIP),
        ("my hours got slashed, I paid what I could", Intent.HARDSHIP),
        ("Please don't text this number anymore.", Intent.STOP_CONTACT),
    ],
)
def test_safety_said_indirectly(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("It's past the limitation period, I won't pay.", DisputeType.TIME_BARRED),
        ("je dois 80 pas 200, vos frais c'est du vol", DisputeType.AMOUNT_INCORRECT),
        (
            "The balance is $300 not $520, you charged interest on interest.",
            DisputeType.AMOUNT_INCORRECT,
        ),
        ("Je conteste les 30 € de frais de rappel.", DisputeType.AMOUNT_INCORRECT),
        (
            "The builder left the shed half-built, I dispute the bill.",
            DisputeType.GOODS_OR_SERVICES,
        ),
        (
            "Les tables livrées ne correspondent pas à la commande, nous refusons la facture.",
            DisputeType.GOODS_OR_SERVICES,
        ),
        (
            "Mon abonnement est résilié depuis juin, ces factures ne me concernent pas.",
            DisputeType.NOT_OWED,
        ),
    ],
)
def test_set_8s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents
    assert reading.dispute_type is kind


@pytest.mark.parametrize("text", ["Fraudsters. I've kept every letter.", "bande de fraudeurs"])
def test_calling_them_fraudsters_is_an_insult_not_a_fraud_alleged(text: str) -> None:
    # (To the rules; the model still adds a dispute to "bande de fraudeurs", at 0.55.)
    found = read_rules(normalize(text)).intents
    assert Intent.HOSTILE in found
    assert Intent.DISPUTE not in found


def test_a_fraud_alleged_is_still_a_dispute() -> None:
    reading = understand("This loan is a fraud, someone opened it in my name.", RECEIVED)
    assert reading.dispute_type is DisputeType.NOT_OWED


# Held-out set 9's general causes, in our own words --------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("jconé personne de ce nom a cette adresse", Intent.WRONG_PERSON),
        ("arété dapelé mon pere svp c pa lui", Intent.STOP_CONTACT),
        ("ma soeur é morte cet été, vot courier est arrivé chez elle", Intent.DECEASED),
        ("I live on SSDI since my heart attack, I can't pay this", Intent.HARDSHIP),
        ("The loan is my brother's, not mine. He moved to Spain.", Intent.WRONG_PERSON),
        ("Mrs Pike has never been a customer or a tenant of ours.", Intent.WRONG_PERSON),
        (
            "Cette dame n'a jamais été cliente chez nous, corrigez vos fichiers.",
            Intent.WRONG_PERSON,
        ),
        ("He passed in March. Leave his widow alone please.", Intent.STOP_CONTACT),
        ("Laissez ma mère tranquille, elle a 90 ans.", Intent.STOP_CONTACT),
        ("Please take my phone number off your mailing list.", Intent.STOP_CONTACT),
        ("Vous me réclamez 900 € alors que le jugement a fixé 400 €.", Intent.DISPUTE),
        ("I'm not liable: the car was sold before that date.", Intent.DISPUTE),
        ("Je me suis rétractée dans le délai, je ne dois rien.", Intent.DISPUTE),
    ],
)
def test_set_9s_safety_said_by_sms_or_indirectly(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED).evidence


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("I almost died laughing at your letter. Paying Friday.", Intent.DECEASED),
        ("j'ai failli mourir en voyant le montant, je paie le 20", Intent.DECEASED),
        ("Honestly I hope your agency goes bankrupt.", Intent.LEGAL_PROCEEDING),
        ("J'espère que votre cabinet fera faillite.", Intent.LEGAL_PROCEEDING),
        ("je conteste pas, je voulais juste payer en 3 fois", Intent.DISPUTE),
        ("C'est pas une erreur, c'est bien mon compte. Je paie lundi.", Intent.DISPUTE),
        ("Don't call me again, I have proof it's time-barred.", Intent.REQUEST_HUMAN),
    ],
)
def test_set_9s_figures_of_speech(text: str, not_it: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert not_it not in reading.intents, reading.evidence


def test_a_curse_on_the_creditor_does_not_hide_the_writers_own_bankruptcy() -> None:
    text = "I hope your firm goes bust too. I was made bankrupt last month."
    assert Intent.LEGAL_PROCEEDING in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    "text",
    [
        "The firm I worked at went into administration, I have had no wages since.",
        "L'usine pour laquelle je travaillais est en liquidation judiciaire, plus de salaire.",
        "Je monte un dossier de surendettement avec le CCAS, il n'est pas encore déposé.",
        "A debt adviser is helping me, I have not applied for a DRO yet.",
    ],
)
def test_an_employers_insolvency_or_a_file_not_yet_made_is_hardship(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.HARDSHIP in reading.intents
    assert Intent.LEGAL_PROCEEDING not in reading.intents, reading.evidence


def test_a_file_filed_is_still_a_procedure() -> None:
    text = "Mon dossier de surendettement a été déposé le 3 mars à la Banque de France."
    assert understand(text, RECEIVED).intent is Intent.LEGAL_PROCEEDING


@pytest.mark.parametrize(
    "text",
    [
        "Ce crédit est prescrit, je ne le réglerai pas.",
        "Je ne paierai la facture que lorsque le technicien sera revenu.",
        "Je vous enverrai 200 € lorsque ces pénalités auront été annulées.",
        "I'll pay the £80 once the admin charge is removed.",
    ],
)
def test_a_denial_or_a_condition_on_the_creditor_is_no_promise(text: str) -> None:
    assert Intent.PROMISE_TO_PAY not in understand(text, RECEIVED).intents


def test_the_amount_offered_under_a_condition_is_still_read() -> None:
    reading = understand(
        "Je vous enverrai 200 € lorsque ces pénalités auront été annulées.", RECEIVED
    )
    assert reading.amount == Decimal("200.00")


@pytest.mark.parametrize(
    ("text", "intent", "day"),
    [
        ("Je vous informe avoir posté le 2 mars un chèque de 90 € à votre ordre.", Intent.ALREADY_PAID, date(2026, 3, 2)),
        ("La somme de 300 € a été prélevée sur mon compte le 6.", Intent.ALREADY_PAID, date(2026, 3, 6)),
        ("Paiement par virement au plus tard le 25 mars.", Intent.PROMISE_TO_PAY, date(2026, 3, 25)),
        ("virement le 20, promis", Intent.PROMISE_TO_PAY, date(2026, 3, 20)),
        ("je passe au cabinet jeudi pour régler en espèces", Intent.PROMISE_TO_PAY, date(2026, 3, 12)),
        ("je vous avais dit que je payais le 28", Intent.PROMISE_TO_PAY, date(2026, 3, 28)),
        ("Payment of £640.00 will be made on 31 March.", Intent.PROMISE_TO_PAY, date(2026, 3, 31)),
        ("I can clear it all in a week", Intent.PROMISE_TO_PAY, date(2026, 3, 17)),
    ],
)  # fmt: skip
def test_set_9s_payments_made_and_promised(text: str, intent: Intent, day: date) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence
    assert reading.date == day


def test_a_paid_message_sending_its_proof_asks_for_nothing() -> None:
    text = "J'ai payé les 80 € le 2 mars, vous trouverez ci-joint mon relevé bancaire."
    assert Intent.REQUEST_INFO not in understand(text, RECEIVED).intents
    asked = understand("Je joins mon relevé. Pouvez-vous m'envoyer le décompte ?", RECEIVED)
    assert Intent.REQUEST_INFO in asked.intents


def test_a_schedule_set_by_the_commission_is_not_a_plan_asked_for() -> None:
    text = (
        "La commission de surendettement a imposé un échéancier fixé par la commission sur 60 mois."
    )
    reading = understand(text, RECEIVED)
    assert reading.intents == (Intent.LEGAL_PROCEEDING,)


@pytest.mark.parametrize(
    ("text", "count", "each"),
    [
        ("hi, i can pay 4 times? sorry for my english", 4, None),
        ("je peux donner 45 par moi", None, Decimal("45.00")),
        ("My shifts went down to 20 hours a week, I can do £10 a week.", None, Decimal("10.00")),
        ("Can we do two payments? $200 on the 12th and $200 on the 26th.", 2, Decimal("200.00")),
    ],
)
def test_set_9s_plans(text: str, count: int | None, each: Decimal | None) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.PAYMENT_PLAN_REQUEST in reading.intents, reading.evidence
    assert reading.installments == count
    assert reading.installment_amount == each


def test_the_day_a_job_was_lost_is_not_the_plans_date() -> None:
    reading = understand("got laid off monday. can do £30 a week", RECEIVED)
    assert reading.intents == (Intent.HARDSHIP, Intent.PAYMENT_PLAN_REQUEST)
    assert reading.date is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Je conteste donc les 95,40 € d'intérêts ajoutés.", DisputeType.AMOUNT_INCORRECT),
        ("They invoiced us $1,900 but our signed estimate was $1,450.", DisputeType.AMOUNT_INCORRECT),
        ("The correct balance is £120, not £410.", DisputeType.AMOUNT_INCORRECT),
        ("vos pénalités je les paierai jamais", DisputeType.AMOUNT_INCORRECT),
        ("What are these extra $60 in recovery costs? I dispute them.", DisputeType.AMOUNT_INCORRECT),
        ("Nous contestons : l'avoir de 200 € du 3 mars n'a pas été déduit.", DisputeType.AMOUNT_INCORRECT),
        ("Je n'ai jamais eu de forfait chez eux, on m'a volé mes papiers.", DisputeType.NOT_OWED),
        ("The lamp arrived cracked, I'm not paying for it.", DisputeType.GOODS_OR_SERVICES),
    ],
)  # fmt: skip
def test_set_9s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Le tribunal a débouté votre client de sa demande en 2024, il n'y a rien à payer.", Intent.DISPUTE),
        ("The small claims case was struck out, so nothing is owed.", Intent.DISPUTE),
        ("J'élève seule mes enfants avec le SMIC.", Intent.HARDSHIP),
        ("I'm bringing up two kids on one income since my wife left.", Intent.HARDSHIP),
        ("I'm an inpatient until next month, I can't deal with post.", Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_what_the_new_model_no_longer_carried_alone(text: str, intent: Intent) -> None:
    # Found by the rules, whatever the model's score.
    assert intent in read_rules(normalize(text)).intents


def test_a_hearing_or_a_lawyer_is_no_insolvency() -> None:
    text = "Je conteste cette somme, mon avocate vous écrira ; l'audience est fixée au 3 avril."
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.DISPUTE
    assert Intent.LEGAL_PROCEEDING not in reading.intents
    court = understand("Le tribunal de commerce a prononcé notre liquidation judiciaire.", RECEIVED)
    assert court.intent is Intent.LEGAL_PROCEEDING


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Je ne peux pas tout régler d'un coup : 150 € le 1er avril puis 150 € le 1er mai ?", Intent.PAYMENT_PLAN_REQUEST),
        ("je peux mettre 80 € aujourd'hui et 80 € le 20", Intent.PAYMENT_PLAN_REQUEST),
        ("La facture passera dans notre prochaine campagne de règlement.", Intent.PROMISE_TO_PAY),
        ("Your invoice is scheduled for our next payment run.", Intent.PROMISE_TO_PAY),
        ("Mon père s'engage à vous faire parvenir 300 € avant le 20 mars.", Intent.PROMISE_TO_PAY),
        ("envoyez le RIB je vous vire les 90 € dans la journée", Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_more_plans_and_promises(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence


def test_paying_nothing_this_month_is_no_promise_even_to_the_model() -> None:
    reading = understand("I can't pay anything this month, sorry", RECEIVED)
    assert Intent.PROMISE_TO_PAY not in reading.intents


def test_the_order_number_asked_for_is_a_request_for_information() -> None:
    text = "Pourriez-vous nous communiquer le numéro de bon de commande de la facture 771 ?"
    assert understand(text, RECEIVED).intent is Intent.REQUEST_INFO


# Held-out set 10's general causes, in our own words -------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("c'est pas moi, merci de plus m'appeler", Intent.STOP_CONTACT),
        ("I'm on unpaid leave caring for my mum after her fall.", Intent.HARDSHIP),
        ("Je suis en congé sans solde pour m'occuper de ma mère malade.", Intent.HARDSHIP),
        ("We filed for bankruptcy. Speak to my lawyer, not me.", Intent.STOP_CONTACT),
        ("Our order was cancelled in writing before delivery, we owe nothing.", Intent.DISPUTE),
        ("La commande a été annulée par écrit le 3 mars, avant la livraison.", Intent.DISPUTE),
        ("Le jugement de divorce met ce prêt à la charge de mon ex, cette dette n'est plus la mienne.", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_10s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("retrouvé un CDI, fini la galère ! je paie les 200 € le 20", Intent.HARDSHIP),
        ("If I ever lose my job I'll tell you; for now £50 is going out Friday.", Intent.HARDSHIP),
        ("non je ne suis pas en surendettement, je paie vendredi", Intent.LEGAL_PROCEEDING),
        ("I posted the signed form back to you yesterday.", Intent.ALREADY_PAID),
        ("I sent the money to the wrong account number and it bounced back. Bank details?", Intent.ALREADY_PAID),
        ("please stop the direct debit, I'll pay by card instead", Intent.STOP_CONTACT),
        ("I hold a power of attorney for my father, please send his letters to me.", Intent.DECEASED),
        ("J'ai changé de banque, mon ancien compte est clôturé : voici le nouveau RIB.", Intent.DISPUTE),
        ("Pouvez-vous me renvoyer l'échéancier par mail ? Je l'ai égaré.", Intent.PAYMENT_PLAN_REQUEST),
        ("J'ai pris rendez-vous avec un journaliste, bande de mafieux.", Intent.REQUEST_HUMAN),
        ("JE DOIS RIEN C PAS MA DETTE ARRETEZ", Intent.WRONG_PERSON),
    ],
)  # fmt: skip
def test_set_10s_things_not_meant(text: str, not_it: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert not_it not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent", "day"),
    [
        ("le mandat cash de 60 euros est parti lundi", Intent.ALREADY_PAID, date(2026, 3, 9)),
        ("Mon fils a fait le virement pour moi hier, 120 €", Intent.ALREADY_PAID, date(2026, 3, 9)),
        ("done, £45 just now", Intent.ALREADY_PAID, date(2026, 3, 10)),
        ("ugh fine, £70 on friday", Intent.PROMISE_TO_PAY, date(2026, 3, 13)),
        ("ill pay the £40 on the 20th", Intent.PROMISE_TO_PAY, date(2026, 3, 20)),
    ],
)
def test_set_10s_payments(text: str, intent: Intent, day: date) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence
    assert reading.date == day


def test_ill_stays_ill_when_no_verb_follows() -> None:
    assert "ill" in normalize("I'm ill this week").split()
    assert normalize("ill pay friday").startswith("i will pay")


@pytest.mark.parametrize(
    "text",
    [
        "Pouvez-vous me transmettre votre RIB afin que je règle la facture ?",
        "just send the IBAN so I can pay this off",
    ],
)
def test_asking_for_the_bank_details_with_no_day_is_a_wish_to_pay_now(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PAY_NOW, reading.evidence
    assert Intent.PROMISE_TO_PAY not in reading.intents
    dated = understand("Send me the IBAN, I'll transfer it tonight.", RECEIVED)
    assert set(dated.intents) == {Intent.PROMISE_TO_PAY, Intent.PAY_NOW}


def test_conditions_and_the_plans_first_payment_moved() -> None:
    text = "Nous réglerons 900 € dès réception d'un avoir pour la différence."
    assert Intent.PROMISE_TO_PAY not in understand(text, RECEIVED).intents
    moved = understand(
        "Fine with the plan, but can the first payment be on the 15th instead?", RECEIVED
    )
    assert moved.intent is Intent.PAYMENT_PLAN_REQUEST


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I used far less than you've billed, I dispute it.", DisputeType.AMOUNT_INCORRECT),
        ("I paid £100 on the 2nd, your letter still says £250, should be £150 now.", DisputeType.AMOUNT_INCORRECT),
        ("je devais 150e pas 290, je conteste", DisputeType.AMOUNT_INCORRECT),
        ("vos frais de 40 € c'est du racket, je conteste", DisputeType.AMOUNT_INCORRECT),
        ("Je conteste le calcul des intérêts, le taux est faux.", DisputeType.AMOUNT_INCORRECT),
        ("Half the boxes arrived crushed, we refuse to pay until a credit note comes.", DisputeType.GOODS_OR_SERVICES),
        ("The builder left the kitchen unfinished, I dispute the bill.", DisputeType.GOODS_OR_SERVICES),
        ("Je conteste : la résiliation de mon abonnement date de janvier.", DisputeType.NOT_OWED),
    ],
)  # fmt: skip
def test_set_10s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


def test_a_mental_health_breathing_space_is_the_procedure_not_a_hardship_too() -> None:
    text = "I'm in a mental health crisis breathing space, my debt adviser sent the notice."
    assert understand(text, RECEIVED).intents == (Intent.LEGAL_PROCEEDING,)
    inpatient = "Mental health crisis breathing space; I'm an inpatient and can't pay."
    assert Intent.HARDSHIP in understand(inpatient, RECEIVED).intents


# Held-out set 11's general causes, in our own words -------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Could you only contact me by post from now on? My husband reads my texts.", Intent.STOP_CONTACT),
        ("Je suis son tuteur : merci de ne plus le solliciter directement.", Intent.STOP_CONTACT),
        ("Notre société est en règlement préventif devant le tribunal de commerce d'Abidjan.", Intent.LEGAL_PROCEEDING),
        ("I'm in a Personal Insolvency Arrangement, your client is a listed creditor.", Intent.LEGAL_PROCEEDING),
        ("This was my nan's phone. We buried her on Tuesday.", Intent.DECEASED),
    ],
)  # fmt: skip
def test_set_11s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Je ne suis pas mort, malgré votre lettre aux héritiers. Envoyez-moi le décompte.", Intent.DECEASED),
        ("I'm sick with worry about this, just send the link.", Intent.HARDSHIP),
        ("I was going to pay Friday but I can't now.", Intent.HARDSHIP),
        ("I'm in a Personal Insolvency Arrangement through my PIP, Mr Byrne.", Intent.HARDSHIP),
        ("j'ai essayé de payer hier, ma carte a été refusée, un autre moyen ?", Intent.ALREADY_PAID),
        ("c'est prescrit, je n'ai rien payé depuis 2015", Intent.ALREADY_PAID),
        ("Je ne connais pas ce M. Morel qui signe vos lettres, je veux un responsable.", Intent.WRONG_PERSON),
        ("ce prêt c pas moi, on a utilisé ma carte d'identité volée", Intent.WRONG_PERSON),
        ("Le montant est juste, je ne le conteste pas. Je paie le 25.", Intent.DISPUTE),
        ("je paierai quand je vais me relever, inch'allah", Intent.PROMISE_TO_PAY),
        ("sorry, can't pay this month", Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_set_11s_things_not_meant(text: str, not_it: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert not_it not in reading.intents, reading.evidence


def test_a_dossier_prepared_to_be_filed_is_not_yet_a_procedure() -> None:
    text = "Nous préparons un dossier de surendettement qui sera déposé le mois prochain."
    reading = understand(text, RECEIVED)
    assert Intent.LEGAL_PROCEEDING not in reading.intents
    assert Intent.HARDSHIP in reading.intents


def test_a_cheque_mailed_then_the_rest_promised() -> None:
    reading = understand(
        "I mailed a check for $90 on Monday. I'll send the other $60 on the 20th.", RECEIVED
    )
    assert reading.intents[:2] == (Intent.ALREADY_PAID, Intent.PROMISE_TO_PAY)
    assert reading.date == date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "count", "each"),
    [
        ("Je propose de régler les 900 € en trois acomptes de 300 €.", 3, Decimal("300.00")),
        ("Can I pay $80 every 15 days starting Friday?", None, Decimal("80.00")),
        ("je peux payer 60 $ par paye, aux deux semaines", None, Decimal("60.00")),
    ],
)
def test_set_11s_plans(text: str, count: int | None, each: Decimal) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST, reading.evidence
    assert reading.installments == count
    assert reading.installment_amount == each


def test_an_offer_once_the_fees_are_cancelled_is_no_promise_but_keeps_its_amount() -> None:
    reading = understand("Je paierai les 280 € une fois ces frais annulés.", RECEIVED)
    assert Intent.PROMISE_TO_PAY not in reading.intents
    assert reading.amount == Decimal("280.00")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("La formation n'a assuré que trois séances sur dix, prestation non fournie.", DisputeType.GOODS_OR_SERVICES),
        ("Le canapé n'a jamais fonctionné correctement (le mécanisme), je refuse de payer.", DisputeType.GOODS_OR_SERVICES),
        ("Le meuble livré n'est pas celui commandé, je ne paierai pas.", DisputeType.GOODS_OR_SERVICES),
        ("I'm disputing the interest: the agreement says 9.9% APR.", DisputeType.AMOUNT_INCORRECT),
        ("Vous comptez deux fois la même facture, je dois 90 €, pas 180 €.", DisputeType.AMOUNT_INCORRECT),
        ("Paid Three direct in May, they closed the account, I dispute this.", DisputeType.NOT_OWED),
        ("J'ai rendu les clés en mars, je conteste ces loyers.", DisputeType.NOT_OWED),
    ],
)  # fmt: skip
def test_set_11s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


# Held-out set 12's general causes, in our own words -------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Vous réclamez 600 €. J'ai payé 250 € en janvier, il ne reste donc que 350 €.", Intent.DISPUTE),
        ("I've told you twice not to ring me at work. Write to me.", Intent.STOP_CONTACT),
        ("Quelqu'un a souscrit ce crédit en utilisant mon identité, j'ai porté plainte.", Intent.DISPUTE),
        ("Somebody opened this card using my details after my wallet was taken.", Intent.DISPUTE),
        ("Nous ne sommes pas la société Garage Martin de Lyon, simple homonymie de nom.", Intent.WRONG_PERSON),
        ("Hi, we are not the company you want, we're a different business with a similar name.", Intent.WRONG_PERSON),
        ("Under the Limitation Act you are out of time to recover this.", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_12s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        # What is left to live on is a hardship, not a debt contested.
        ("Après le loyer il ne me reste que 80 € pour le mois.", Intent.DISPUTE),
        ("The payment page doesn't load on my laptop, how else can I pay?", Intent.DISPUTE),
        ("Le lien ne fonctionne pas, je peux payer par virement ?", Intent.DISPUTE),
        ("Pouvez-vous me rappeler le montant de la prochaine mensualité ?", Intent.REQUEST_HUMAN),
        ("Il me reste combien sur mon plan, s'il vous plaît ?", Intent.PAYMENT_PLAN_REQUEST),
        ("After bills I have £30 left a week, I can't pay you anything.", Intent.PAYMENT_PLAN_REQUEST),
        ("Je suis absente. Nos virements fournisseurs sont effectués le 25 de chaque mois. Message automatique.", Intent.PAYMENT_PLAN_REQUEST),
        ("Vous m'appelez le dimanche. Je vous mets en demeure d'arrêter.", Intent.PROMISE_TO_PAY),
        ("Si ça continue je déposerai une plainte.", Intent.PROMISE_TO_PAY),
        ("Je paierai sans doute le 12, je ne sais pas encore.", Intent.PROMISE_TO_PAY),
        ("Remove the £30 admin fee and I'll pay the balance today.", Intent.PROMISE_TO_PAY),
        ("Je conteste cette facture et ne réglerai rien avant le jugement du 3 avril.", Intent.PROMISE_TO_PAY),
        ("La facture a été soldée par un avoir de votre client en février.", Intent.ALREADY_PAID),
        ("Sorry, I'm driving. Text me instead. (auto-reply)", Intent.STOP_CONTACT),
        ("Merci pour rien, vraiment.", Intent.ACKNOWLEDGEMENT),
    ],
)  # fmt: skip
def test_set_12s_things_not_meant(text: str, not_it: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert not_it not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "La CAF m'en a parlé : un dossier de surendettement, que je ferai peut-être.",
            Intent.HARDSHIP,
        ),
        (
            "The warehouse where I worked went bankrupt in May and I've been out of work since.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_12s_procedures_that_are_not_the_debtors(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.LEGAL_PROCEEDING not in reading.intents, reading.evidence
    assert intent in reading.intents


@pytest.mark.parametrize(
    ("text", "day", "amount"),
    [
        ("je passe à votre agence vendredi avec les espèces, 180 €", date(2026, 3, 13), Decimal("180.00")),
        ("gonna transfer $45 tomorrow, the rest when I can", date(2026, 3, 11), Decimal("45.00")),
        ("Je verserai 70 € le 20, le reste suivra quand je pourrai.", date(2026, 3, 20), Decimal("70.00")),
        ("je paierai pas le 12, mais le 16 c'est sûr, les 90 €", date(2026, 3, 16), Decimal("90.00")),
        ("Je ne pourrai pas honorer le versement prévu le 15, je vous réglerai le 24.", date(2026, 3, 24), None),
    ],
)  # fmt: skip
def test_set_12s_promises(text: str, day: date, amount: Decimal | None) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY, reading.evidence
    assert reading.date == day
    assert reading.amount == amount


def test_a_payment_sent_said_without_a_subject_is_no_promise() -> None:
    reading = understand("sent the £25 on monday as promised", RECEIVED)
    assert reading.intents == (Intent.ALREADY_PAID,)
    assert reading.date == date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("vos 40 € de frais je les dois pas", DisputeType.AMOUNT_INCORRECT),
        ("c'est 90 € que je vous dois, pas 130, vous avez compté la pénalité deux fois", DisputeType.AMOUNT_INCORRECT),
        ("J'ai jamais souscrit d'abonnement chez eux, je conteste.", DisputeType.NOT_OWED),
        ("Le bail a été résilié par courrier le 2 mai, je conteste ces loyers.", DisputeType.NOT_OWED),
        ("I don't believe I owe this, I dispute it.", DisputeType.NOT_OWED),
        ("The Limitation Act applies, the last payment was in 2017. I dispute this.", DisputeType.TIME_BARRED),
    ],
)  # fmt: skip
def test_set_12s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


def test_french_dont_is_not_english_dont() -> None:
    assert (
        normalize("le relevé, dont vous trouverez copie") == "le releve , dont vous trouverez copie"
    )
    assert normalize("i dont owe this") == "i do not owe this"
    assert normalize("30 € tout les mois") == "30 € tous les mois"


# Held-out set 13's general causes, in our own words -------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Je suis le fils de Mme Jeanne Roux, décédée en mai. Je vous réglerai les 90 € restants.", Intent.DECEASED),
        ("Nous avons acheté la maison l'an dernier, M. Petit n'y habite plus.", Intent.WRONG_PERSON),
        ("Our firm went into liquidation in March; put your claim in with the liquidator.", Intent.LEGAL_PROCEEDING),
    ],
)  # fmt: skip
def test_set_13s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("I'm speaking to a debt charity about possibly applying for a DRO; nothing has been submitted.", Intent.LEGAL_PROCEEDING),
        ("jpense faire un dossier de surendettement", Intent.LEGAL_PROCEEDING),
        ("Mon entreprise individuelle est en redressement judiciaire, déclarez votre créance au mandataire.", Intent.HARDSHIP),
        ("Je paierai quand j'aurai l'argent.", Intent.PROMISE_TO_PAY),
        ("Mon père est décédé. Est-ce que nous, ses enfants, on doit payer ?", Intent.PROMISE_TO_PAY),
        ("Please stop all enforcement action, I'm in a breathing space.", Intent.STOP_CONTACT),
        ("I lost my job and I cannot pay now.", Intent.PAY_NOW),
        ("Je veux régler les 150 € tout de suite, vous prenez la carte ?", Intent.PAYMENT_PLAN_REQUEST),
        ("J'ai bien reçu votre proposition d'échéancier, je vous réponds la semaine prochaine.", Intent.PAYMENT_PLAN_REQUEST),
        ("Je reconnais devoir la somme, mais je ne peux pas la payer en une fois : 6 mensualités ?", Intent.DISPUTE),
        ("t'es qui pour me parler comme ça ? minable", Intent.REQUEST_HUMAN),
        ("Je vous ai envoyé un mail ce matin avec les photos demandées.", Intent.ALREADY_PAID),
        ("La commission a validé un plan : vous recevrez 30 € par mois dès juillet.", Intent.PAYMENT_PLAN_REQUEST),
        ("?", Intent.REQUEST_INFO),
    ],
)  # fmt: skip
def test_set_13s_things_not_meant(text: str, not_it: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert not_it not in reading.intents, reading.evidence


def test_a_debt_acknowledged_but_not_its_fees_is_still_disputed() -> None:
    text = "Je reconnais devoir la facture. En revanche, les 35 € de frais ajoutés ne sont pas dus."
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents
    assert reading.dispute_type is DisputeType.AMOUNT_INCORRECT


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Can't pay on the 12th as agreed, can do the 18th instead.", date(2026, 3, 18)),
        (
            "Je ne pourrai pas payer vendredi, mais je ferai le virement lundi prochain.",
            date(2026, 3, 16),
        ),
        ("je règle les 200e ds 3 jours", date(2026, 3, 13)),
        ("Pour la facture je vous verse CHF 150.– ce jeudi.", date(2026, 3, 12)),
    ],
)
def test_set_13s_promised_days(text: str, day: date) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY, reading.evidence
    assert reading.date == day


def test_a_debit_moved_from_one_day_to_another_starts_on_the_new_one() -> None:
    reading = understand(
        "Pouvez-vous décaler mon prélèvement du 5 au 20 de chaque mois ?", RECEIVED
    )
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.date == date(2026, 3, 20)


def test_a_monthly_sum_after_a_slash_is_a_plan() -> None:
    reading = understand("Je propose 60€/mois dès que ma paie tombe.", RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST, reading.evidence
    assert reading.installment_amount == Decimal("60.00")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Je conteste les pénalités de retard de 22,40 €. Je paierai la facture, 180 €, mardi.", Decimal("180.00")),
        ("The £60 admin charges are outrageous. I'll repay the £300 once you take them off.", Decimal("300.00")),
        ("Je ne conteste que les frais. Le reste, soit 290 €, je le règle dès réception d'une facture rectifiée.", Decimal("290.00")),
    ],
)  # fmt: skip
def test_set_13s_amounts_offered_not_the_fees(text: str, amount: Decimal) -> None:
    assert understand(text, RECEIVED).amount == amount


def test_a_company_registration_line_under_a_signature_is_not_read() -> None:
    text = (
        "Bonjour,\n\nLa facture a été réglée hier par virement.\n\nCordialement,\nA. Morel\n"
        "SAS au capital de 12 000 € – RCS Nantes 812 000 111 – SIRET 812 000 111 00019"
    )
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.ALREADY_PAID
    assert reading.amount is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Je n'ai pas reçu la commande, le livreur dit livré mais personne n'est venu.", DisputeType.GOODS_OR_SERVICES),
        ("The repair was never carried out, nobody turned up. I dispute the invoice.", DisputeType.GOODS_OR_SERVICES),
        ("J'ai résilié ma box en juin, je conteste les factures suivantes.", DisputeType.NOT_OWED),
        ("It's me, but I only owed about £200, not £450. I dispute the balance.", DisputeType.AMOUNT_INCORRECT),
        ("la facture c 60€ pas 160€, vous avez rajouté 100€ de frais, je conteste", DisputeType.AMOUNT_INCORRECT),
        ("Livraison incomplète : 80 cartons au lieu des 100 commandés, nous contestons.", DisputeType.GOODS_OR_SERVICES),
    ],
)  # fmt: skip
def test_set_13s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


@pytest.mark.parametrize(
    ("text", "each"),
    [
        ("Could I do $40 every other Friday, starting this Friday?", Decimal("40.00")),
        ("je peux payer 25 euros tout les 15 jours ?", Decimal("25.00")),
        ("je vous propose 60 € tout les mois", Decimal("60.00")),
    ],
)
def test_fortnights_said_loosely_are_the_plans_period(text: str, each: Decimal) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST, reading.evidence
    assert reading.installment_amount == each


def test_a_guardian_offering_a_monthly_sum_for_the_debtor_asks_for_a_plan() -> None:
    text = "Sa seule ressource est l'AAH. Nous vous proposons 12 € par mois à compter du 1er avril."
    reading = understand(text, RECEIVED)
    assert reading.intents == (Intent.HARDSHIP, Intent.PAYMENT_PLAN_REQUEST), reading.evidence
    assert reading.installment_amount == Decimal("12.00")
    assert reading.date == date(2026, 4, 1)


def test_the_monthly_sum_the_creditor_asks_for_is_not_the_debtors_offer() -> None:
    reading = understand("Je ne peux pas payer les 80 € par mois que vous demandez.", RECEIVED)
    assert reading.installment_amount is None
    assert reading.amount is None


# Held-out set 14's general causes, in our own words -------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("vous vous basez sur un relevé estimé, mon compteur dit 9120, je vous dois bien moins", Intent.DISPUTE),
        ("I owe far less than that, your reading is an estimate.", Intent.DISPUTE),
        ("Ce n'est pas moi qui ai signé ce crédit : mon sac a été volé et mes papiers ont servi.", Intent.DISPUTE),
        ("Je reconnais devoir 300 € mais certainement pas 420 €.", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_14s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Ce n'est pas moi qui ai signé ce crédit : mon sac a été volé et mes papiers ont servi.", Intent.WRONG_PERSON),
        ("Mon ancien propriétaire garde ma caution de 600 €, elle doit être déduite.", Intent.WRONG_PERSON),
        ("I was going to pay today but the boiler broke. Can't pay now.", Intent.PAY_NOW),
        ("Is this about the old phone contract or the broadband?", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_14s_things_not_meant(text: str, not_it: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert not_it not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("😡😡🤬", Intent.HOSTILE),
        ("Mangez donc d'la marde", Intent.HOSTILE),
        ("Je suis prêt à régler les 240 €. Merci de me transmettre votre IBAN.", Intent.PAY_NOW),
        (
            "Est-ce que je pourrais payer 60 $ aux deux semaines à partir de jeudi?",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
        (
            "D'accord pour l'échéancier proposé, je ferai le premier versement vendredi.",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
    ],
)
def test_set_14s_primary(text: str, intent: Intent) -> None:
    assert understand(text, RECEIVED).intent is intent


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Je ne pourrai pas honorer le prélèvement du 15. Je vous propose de le faire le 25.", date(2026, 3, 25)),
        ("Can't do Thursday, wages are late this month. Friday instead, promise.", date(2026, 3, 13)),
        ("As executor: his account with you was settled by the estate on 2 March.", date(2026, 3, 2)),
    ],
)  # fmt: skip
def test_set_14s_days(text: str, day: date) -> None:
    assert understand(text, RECEIVED).date == day


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I never had a balance anywhere near £900, I dispute it.", DisputeType.AMOUNT_INCORRECT),
        ("I already paid £100 of this in May, so the balance in your letter is wrong.", DisputeType.AMOUNT_INCORRECT),
        ("I dispute this, I returned the router and cancelled in March.", DisputeType.NOT_OWED),
        ("Je ne reconnais pas cette dette, envoyez-moi le contrat.", DisputeType.NOT_OWED),
    ],
)  # fmt: skip
def test_set_14s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "ma machine a lâché, j'ai dû la remplacer, il me reste plus rien ce mois-ci",
            Intent.HARDSHIP,
        ),
        (
            "Votre facture repose sur un index estimé ; mon relevé réel est bien plus bas.",
            Intent.DISPUTE,
        ),
        ("The bill is based on an estimated reading, my meter shows much less.", Intent.DISPUTE),
    ],
)
def test_set_15s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


# Held-out sets 16 and 17's general causes, in our own words ------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Ce n'est pas mon dossier. Merci de supprimer mon numéro.", Intent.STOP_CONTACT),
        ("Please delete my details, I've asked twice.", Intent.STOP_CONTACT),
        ("jsui pas la bonne personne, merci de me lâcher", Intent.STOP_CONTACT),
        ("Our benefits were sanctioned in May, there's nothing coming in.", Intent.HARDSHIP),
        ("I've got nothing till next month, sorry.", Intent.HARDSHIP),
        (
            "Mon épouse, à qui étaient adressés vos courriers, s'est éteinte en mars. "
            "Je n'ai pas le courage de m'en occuper maintenant.",
            Intent.DECEASED,
        ),
        ("This letter was delivered to us by mistake, we're number 14.", Intent.WRONG_PERSON),
        ("Votre courrier a été déposé chez moi par erreur.", Intent.WRONG_PERSON),
        ("Je veux bien payer le principal, mais sans vos 45 € de frais.", Intent.DISPUTE),
    ],
)
def test_sets_16_and_17s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Vous pouvez me dire si c'est avec ou sans les frais ?",
        "Merci de supprimer l'ancien numéro de votre fichier et de noter le nouveau : 06 12 34 56 78.",
        "Je peux payer en 3 fois sans frais sur votre site ?",
    ],
)
def test_sets_16_and_17s_lookalikes_are_no_stop_and_no_dispute(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE not in reading.intents, reading.evidence
    assert Intent.STOP_CONTACT not in reading.intents, reading.evidence


def test_a_stranger_who_owes_nothing_is_only_the_wrong_person() -> None:
    reading = understand("I'm not Dana Kim and I don't owe anybody £300. Wrong number.", RECEIVED)
    assert reading.intents == (Intent.WRONG_PERSON,), reading.evidence


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Je conteste : jamais souscrit de crédit chez vous.", DisputeType.NOT_OWED),
        ("I dispute this: the card was in his sole name, I'm not a joint account holder.", DisputeType.NOT_OWED),
        ("Je conteste, le contrat a été annulé par jugement du tribunal en mai.", DisputeType.NOT_OWED),
        ("Je conteste la facture : le lave-linge n'a jamais marché.", DisputeType.GOODS_OR_SERVICES),
        ("I dispute the bill, the tiles arrived cracked.", DisputeType.GOODS_OR_SERVICES),
        ("Je conteste, la marchandise était périmée.", DisputeType.GOODS_OR_SERVICES),
        ("I dispute this: you charge 24% but the contract says 12%.", DisputeType.AMOUNT_INCORRECT),
        ("Je conteste : votre relance ne tient pas compte de l'avoir de 150 €.", DisputeType.AMOUNT_INCORRECT),
        ("We dispute the late payment interest on this statement.", DisputeType.AMOUNT_INCORRECT),
        ("I dispute this: after six years it can no longer be enforced.", DisputeType.TIME_BARRED),
    ],
)  # fmt: skip
def test_sets_16_and_17s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


@pytest.mark.parametrize(
    ("text", "count", "each"),
    [
        ("Nous proposons de régler les 4 800 € en quatre traites de 1 200 €.", 4, "1200.00"),
        ("Je voudrais payer en cinq tranches de 90 euros.", 5, "90.00"),
        ("Je peux verser 200 € tout de suite, puis 100 € par mois.", None, "100.00"),
        ("I can send £150 straight away and then £50 a month after that.", None, "50.00"),
    ],
)
def test_sets_16_and_17s_plans(text: str, count: int | None, each: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST, reading.evidence
    assert reading.installments == count
    assert reading.installment_amount == Decimal(each)


def test_a_payment_at_the_end_of_each_month_is_a_plan_not_a_promise() -> None:
    reading = understand("Je peux mettre 80 € chaque fin de mois jusqu'à la fin.", RECEIVED)
    assert reading.intents == (Intent.PAYMENT_PLAN_REQUEST,), reading.evidence


@pytest.mark.parametrize(
    ("text", "intent", "day"),
    [
        ("La facture n° 2231 du 02/03 a été réglée par chèque le 06/03.", Intent.ALREADY_PAID, date(2026, 3, 6)),
        ("Following your reminder dated 2 March: we paid on 27 February.", Intent.ALREADY_PAID, date(2026, 2, 27)),
        ("La facture du 15/02 sera réglée par virement le 20 mars.", Intent.PROMISE_TO_PAY, date(2026, 3, 20)),
        ("Cleared the lot on 4 March, leave me alone.", Intent.ALREADY_PAID, date(2026, 3, 4)),
        ("J'ai envoyé, le lundi 2 mars, un chèque de 80 €.", Intent.ALREADY_PAID, date(2026, 3, 2)),
        ("I shall be able to pay the balance on Friday.", Intent.PROMISE_TO_PAY, date(2026, 3, 13)),
    ],
)  # fmt: skip
def test_sets_16_and_17s_days(text: str, intent: Intent, day: date) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence
    assert reading.date == day


def test_a_pension_paid_in_is_no_payment_made() -> None:
    reading = understand(
        "I could manage £15 every month, starting when my pension is paid in on the 4th.", RECEIVED
    )
    assert Intent.ALREADY_PAID not in reading.intents, reading.evidence
    reading = understand("My account was settled in full on 2 March.", RECEIVED)
    assert Intent.ALREADY_PAID in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "day", "count"),
    [
        ("Could I do £100 now and £120 on 1 April?", date(2026, 3, 10), 2),
        ("Half now and the rest on the 30th, would that work?", date(2026, 3, 10), 2),
        ("La moitié maintenant et l'autre moitié le 25, ça irait ?", date(2026, 3, 10), 2),
        ("Je peux verser 200 € tout de suite, ensuite 100 € par mois.", date(2026, 3, 10), None),
    ],
)
def test_a_plan_that_starts_now_starts_the_day_it_is_said(
    text: str, day: date, count: int | None
) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST, reading.evidence
    assert reading.date == day
    assert reading.installments == count


def test_paying_now_alone_is_no_plan_day() -> None:
    reading = understand("Je veux régler les 120 € maintenant, vous avez un lien ?", RECEIVED)
    assert reading.date is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "J'ai rendez-vous avec un conseiller de la Banque de France pour voir si je "
            "dépose un dossier de surendettement.",
            Intent.HARDSHIP,
        ),
        ("Merci de m'envoyer un bulletin de versement, je règle dès réception.", Intent.PAY_NOW),
        ("J'ai bien reçu votre courrier du 3 et je vous en remercie.", Intent.ACKNOWLEDGEMENT),
        ("Nous avons bien reçu l'attestation, merci.", Intent.ACKNOWLEDGEMENT),
        ("You lot are a bunch of cowboys.", Intent.HOSTILE),
    ],
)
def test_sets_16_and_17s_primary(text: str, intent: Intent) -> None:
    assert understand(text, RECEIVED).intent is intent


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Je considère la dette prescrite et n'y donnerai pas suite.", Intent.PROMISE_TO_PAY),
        ("I've got no money to pay now, I lost my job.", Intent.PAY_NOW),
        ("J'ai payé l'enterrement de ma mère, il ne me reste rien.", Intent.ALREADY_PAID),
        (
            "Mon père est décédé ; la succession est confiée au liquidateur, Me Roy, notaire.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("J'ai rendez-vous à la CAF jeudi, je vous tiens au courant.", Intent.REQUEST_HUMAN),
    ],
)
def test_sets_16_and_17s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "amount", "each"),
    [
        ("I paid the first instalment of £60 on the 2nd, has it arrived?", "60.00", None),
        ("Je réglerai la première mensualité de 75 € vendredi.", "75.00", None),
        ("Could I put £25 by every week?", None, "25.00"),
        ("Je peux verser 20 000 FCFA chaque fin de mois.", None, "20000.00"),
        (
            "Votre relance porte sur 900 € mais oublie l'avoir AV-17 de 150 € : "
            "nous réglerons les 750 € le 20 mars.",
            "750.00",
            None,
        ),
    ],
)
def test_sets_16_and_17s_amounts(text: str, amount: str | None, each: str | None) -> None:
    reading = understand(text, RECEIVED)
    assert reading.amount == (Decimal(amount) if amount else None), reading.evidence
    assert reading.installment_amount == (Decimal(each) if each else None)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Pour les 900 €, c'est possible en 3 fois ?", "900.00"),
        ("Je propose de m'acquitter de la somme de 300 000 FCFA par versements mensuels de 50 000 FCFA.", "300000.00"),
        ("Nous demandons un échéancier pour le solde de 3 000 € restant dû, soit 1 000 € par mois.", "3000.00"),
        ("We propose to settle the $4,800.00 in four quarterly instalments of $1,200.00.", "4800.00"),
    ],
)  # fmt: skip
def test_a_plans_total_said_in_more_ways(text: str, total: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST, reading.evidence
    assert reading.amount == Decimal(total)


@pytest.mark.parametrize(
    "text",
    [
        "Je reconnais devoir 1 480 €, je peux verser 120 € par mois.",
        "Je peux payer 100 € le 10 et le reste le 25.",
    ],
)
def test_a_debt_named_or_a_first_payment_is_no_plans_total(text: str) -> None:
    assert understand(text, RECEIVED).amount is None


# Held-out set 18's general causes, in our own words ---------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Mon dossier a été envoyé à la Banque de France lundi.", Intent.LEGAL_PROCEEDING),
        ("dossier BDF déposé la semaine dernière", Intent.LEGAL_PROCEEDING),
        ("We filed Chapter 13 in May, speak to our attorney.", Intent.LEGAL_PROCEEDING),
        ("Je ne suis que caution, voyez avec l'emprunteur.", Intent.DISPUTE),
        ("J'ai formé opposition à l'injonction de payer.", Intent.DISPUTE),
        ("Mon fils est incarcéré jusqu'en mai, il n'a aucun revenu.", Intent.HARDSHIP),
        ("My partner is in prison and I can't cover this on my own.", Intent.HARDSHIP),
        ("I was in the hospital for three weeks.", Intent.HARDSHIP),
        ("Changed phones in April, no idea who Darren is.", Intent.WRONG_PERSON),
        ("Elle est décédée. Rayez ce numéro.", Intent.STOP_CONTACT),
        (
            "La commande est arrivée avec la vitre cassée, je l'ai renvoyée.",
            Intent.DISPUTE,
        ),
    ],
)
def test_set_18s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Could I come into your office on Monday and sort it out face to face?", Intent.REQUEST_HUMAN),
        ("Est-ce que je peux payer par mandat cash ?", Intent.PAY_NOW),
        ("Envoyez-moi la facture QR afin que je puisse régler rapidement.", Intent.PAY_NOW),
        ("J'ai réussi à vous verser 150 € le 2, je ne pourrai rien de plus ce mois-ci.", Intent.ALREADY_PAID),
        ("I posted you a cheque for £70 on Monday.", Intent.ALREADY_PAID),
        ("Can I pay in 3 lots of £50?", Intent.PAYMENT_PLAN_REQUEST),
    ],
)  # fmt: skip
def test_set_18s_primary(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence


def test_a_cheque_that_may_not_have_arrived_is_no_goods_dispute() -> None:
    reading = understand("I posted the cheque on Friday, tell me if it has not arrived.", RECEIVED)
    assert Intent.DISPUTE not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I dispute this: after six years they can't take me to court.", DisputeType.TIME_BARRED),
        ("Je conteste : les travaux n'ont jamais été terminés, il manque la porte.", DisputeType.GOODS_OR_SERVICES),
        ("I dispute it, the mortgage was paid off when we sold, nothing owing.", DisputeType.NOT_OWED),
        ("Je conteste les frais d'encaissement de 80 €.", DisputeType.AMOUNT_INCORRECT),
        ("I dispute the early termination fee.", DisputeType.AMOUNT_INCORRECT),
        ("Je conteste : j'ai annulé dans le délai de rétractation.", DisputeType.NOT_OWED),
        ("Je conteste cette relance tant que je n'ai pas reçu le détail.", DisputeType.OTHER),
    ],
)  # fmt: skip
def test_set_18s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


@pytest.mark.parametrize(
    ("text", "amount", "each"),
    [
        ("I'd like to pay the $2,400 in twelve equal monthly payments.", "2400.00", None),
        ("I can't do the $300 a month you want, $60 every two weeks is my max.", None, "60.00"),
    ],
)
def test_set_18s_amounts(text: str, amount: str | None, each: str | None) -> None:
    reading = understand(text, RECEIVED)
    assert reading.amount == (Decimal(amount) if amount else None), reading.evidence
    assert reading.installment_amount == (Decimal(each) if each else None)


@pytest.mark.parametrize(
    ("text", "amount", "count", "each"),
    [
        ("Drop the fees and I'll clear the rest in three monthly goes.", None, 3, None),
        ("Could I pay 3 lots of £40?", None, 3, "40.00"),
        ("Je propose de verser 150 dinars par mois.", None, None, "150.00"),
        ("Payment of AUD 640.00 will go out on Friday.", "640.00", None, None),
    ],
)
def test_set_18s_counts_and_currencies(
    text: str, amount: str | None, count: int | None, each: str | None
) -> None:
    reading = understand(text, RECEIVED)
    assert reading.amount == (Decimal(amount) if amount else None), reading.evidence
    assert reading.installments == count
    assert reading.installment_amount == (Decimal(each) if each else None)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Not me. I'm Kim Lee, not Kim Leigh.", Intent.WRONG_PERSON, None),
        ("J'ai fait faillite, c'est pas moi qui vais vous payer, voyez le syndic.", None, Intent.WRONG_PERSON),
        ("He passed last month. Do I have to pay it now that he's gone?", None, Intent.PAY_NOW),
        ("Le virement apparaîtra sur votre relevé demain.", None, Intent.REQUEST_INFO),
        ("Ne m'appelez plus au bureau, ça me met en difficulté vis-à-vis de mon employeur.", None, Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_set_18s_lookalikes(text: str, present: Intent | None, absent: Intent | None) -> None:
    reading = understand(text, RECEIVED)
    if present:
        assert present in reading.intents, reading.evidence
    if absent:
        assert absent not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I dispute this: I did not sign anything, my passport was stolen.", DisputeType.NOT_OWED),
        ("Je conteste, il y a forclusion.", DisputeType.TIME_BARRED),
        ("Je conteste : ces trois mois ne sont donc pas dus, j'avais résilié.", DisputeType.NOT_OWED),
        ("Je conteste : la facture n'est pas due, les pièces n'étaient pas conformes.", DisputeType.GOODS_OR_SERVICES),
        ("Je conteste la différence : le devis signé chez le garagiste indiquait 400 €.", DisputeType.AMOUNT_INCORRECT),
        ("I dispute it: I borrowed £300 and you're asking for £700.", DisputeType.AMOUNT_INCORRECT),
    ],
)  # fmt: skip
def test_set_15s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


@pytest.mark.parametrize(
    "text",
    [
        "Un dossier de surendettement est en préparation, il n'a pas encore été déposé auprès de la Banque de France.",
        "We are looking at her options, which may include a debt relief order. No application has been made yet.",
    ],
)
def test_an_insolvency_file_not_yet_made_is_hardship(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.LEGAL_PROCEEDING not in reading.intents, reading.evidence
    assert Intent.HARDSHIP in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("La facture FA-210 du 02/03 est validée. Elle sera réglée par virement le 20 mars.", date(2026, 3, 20)),
        ("Nous effectuerons un acompte de 500,00 € le 25 mars.", date(2026, 3, 25)),
        ("Le règlement de votre facture a été programmé pour le 31 mars.", date(2026, 3, 31)),
    ],
)  # fmt: skip
def test_a_business_payment_run_is_a_promise_not_a_dispute(text: str, day: date) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intents == (Intent.PROMISE_TO_PAY,), reading.evidence
    assert reading.date == day


def test_fees_said_to_be_illegal_are_disputed_beside_the_payment() -> None:
    reading = understand(
        "Vos frais de relance, c'est illégal. Je paie le reste vendredi.", RECEIVED
    )
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is DisputeType.AMOUNT_INCORRECT


# Held-out set 19's general causes, in our own words ---------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("That isn't my account, please take my email off that file.", Intent.STOP_CONTACT),
        (
            "Je vous écris pour que vous arrêtiez de lui écrire, elle est décédée.",
            Intent.STOP_CONTACT,
        ),
        ("Pourriez-vous suspendre les rappels le temps de la succession ?", Intent.STOP_CONTACT),
        ("mum's gone, please dinnae text here again", Intent.STOP_CONTACT),
        (
            "Notre fille est née à 28 semaines, elle est en néonatalogie depuis un mois.",
            Intent.HARDSHIP,
        ),
        ("Our twins are in the NICU, I can't think about bills right now.", Intent.HARDSHIP),
        ("The account holder was my mother. We held her funeral last week.", Intent.DECEASED),
        ("I've referred this to the Financial Ombudsman, please hold the account.", Intent.DISPUTE),
        ("J'ai saisi le médiateur de la consommation.", Intent.DISPUTE),
        (
            "Mon mari est décédé, je me retrouve seule et le prêt est à mon nom, laissez-moi du temps.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_19s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Sure, I'll pay the minute I win the lottery. Parasites.", Intent.HOSTILE),
        ("Je vous paie le 31 février, promis. Bande de voleurs.", Intent.HOSTILE),
        ("Je suis sûr de l'avoir réglée en janvier, vous pouvez vérifier ?", Intent.ALREADY_PAID),
    ],
)
def test_set_19s_primary(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Voici la preuve du virement de 300 € fait lundi.", Intent.REQUEST_INFO),
        ("Réglé le 2 par chèque, encaissé le 5 d'après mon relevé.", Intent.REQUEST_INFO),
        (
            "That card is from 2012, nothing paid on it since, it's statute barred.",
            Intent.ALREADY_PAID,
        ),
    ],
)
def test_set_19s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "amount", "each"),
    [
        ("I can't keep up the £80 a month we agreed. Could I do £30 a month?", None, "30.00"),
        ("Je propose 4 fois 75 euros, ça fait 300. On commence le 5 ?", "300.00", "75.00"),
        ("Puis-je payer les CHF 2'400.- en 8 mensualités ?", "2400.00", None),
        ("I'll send the transfer tonight for the whole 350, thanks", "350.00", None),
    ],
)
def test_set_19s_amounts(text: str, amount: str | None, each: str | None) -> None:
    reading = understand(text, RECEIVED)
    assert reading.amount == (Decimal(amount) if amount else None), reading.evidence
    assert reading.installment_amount == (Decimal(each) if each else None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Je conteste : le délai pour agir est expiré depuis 2022.", DisputeType.TIME_BARRED),
        ("I dispute the parking charge, I had a valid permit on display.", DisputeType.NOT_OWED),
        ("I dispute this: I cancelled within the 14 days and sent the laptop back.", DisputeType.NOT_OWED),
        ("Je conteste : le devis était de CHF 2'000.–, la facture dit 2'600.–.", DisputeType.AMOUNT_INCORRECT),
    ],
)  # fmt: skip
def test_set_19s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Je passe vous apporter le règlement à l'agence demain matin.", Intent.PROMISE_TO_PAY),
        ("Vous aurez affaire à mon avocat, on verra qui rira le dernier.", Intent.HOSTILE),
    ],
)
def test_set_19s_more_primaries(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence


@pytest.mark.parametrize(
    ("text", "count", "each"),
    [
        ("6 mensualités de 150 € c'est trop pour moi. On peut faire 10 fois 90 € ?", 10, "90.00"),
        ("Three payments of £200 is too much. Could I do 6 payments of £100?", 6, "100.00"),
    ],
)
def test_an_offer_turned_down_is_not_the_plan(text: str, count: int, each: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.installments == count, reading.evidence
    assert reading.installment_amount == Decimal(each)


def test_a_promise_beside_a_refusal_of_now_keeps_its_amount() -> None:
    reading = understand("Je vous règle les 320 € le 5, là c'est pas possible.", RECEIVED)
    assert reading.amount == Decimal("320.00")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Could I pay it over something like 12 months?", 12),
        ("I can only do £30 a month for about 10 months.", 10),
        ("Est-ce possible sur environ 8 mois ?", 8),
    ],
)
def test_a_count_said_roughly(text: str, count: int) -> None:
    reading = understand(text, RECEIVED)
    assert reading.installments == count, reading.evidence


def test_a_promise_of_part_under_ne_que() -> None:
    reading = understand("Je ne pourrai payer que 200 € le 15.", RECEIVED)
    assert reading.intents == (Intent.PROMISE_TO_PAY,), reading.evidence
    assert (reading.date, reading.amount) == (date(2026, 3, 15), Decimal("200.00"))


# Held-out set 20's general causes, in our own words ---------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Réglé hier. J'aimerais ne plus recevoir vos appels le dimanche.", Intent.STOP_CONTACT),
        ("Merci de cesser d'adresser vos courriers à cette adresse.", Intent.STOP_CONTACT),
        ("The power cuts killed my little cafe, I've shut the doors.", Intent.HARDSHIP),
        ("Ma bourse n'est toujours pas tombée, je paierai dès qu'elle arrive.", Intent.HARDSHIP),
        ("The drought ruined our harvest and we had to sell cattle at a loss.", Intent.HARDSHIP),
        ("La grêle a détruit la récolte, je ne peux rien verser ce mois-ci.", Intent.HARDSHIP),
        ("You're writing to Mr Ade. He has been dead since 2024.", Intent.DECEASED),
        ("Je suis la propriétaire ; mon ancienne locataire est partie sans laisser d'adresse.", Intent.WRONG_PERSON),
        ("I owe the rent, but I don't accept the £300 for redecoration, that's fair wear and tear.", Intent.DISPUTE),
        ("La Banque de France a accepté mon dossier, voyez avec eux.", Intent.LEGAL_PROCEEDING),
    ],
)  # fmt: skip
def test_set_20s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Sure, I'll pay on the 31st of never. Jog on.", Intent.HOSTILE),
        ("Je sollicite des délais de paiement sur dix-huit mois.", Intent.PAYMENT_PLAN_REQUEST),
        ("ok je vais voir avec ma femme", Intent.ACKNOWLEDGEMENT),
    ],
)
def test_set_20s_primary(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence


def test_a_plan_until_it_is_paid_off_is_no_payment_made() -> None:
    reading = understand(
        "Could I do £50 on the 20th, then £25 a week until it's paid off?", RECEIVED
    )
    assert Intent.ALREADY_PAID not in reading.intents, reading.evidence


# Held-out sets 21 and 22's general causes, in our own words ------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("C'est le portable de Marc, sa femme ici. Les obsèques ont eu lieu mardi, retirez-le de vos fichiers.", Intent.DECEASED),
        ("This is Linda's mobile, her husband here. Her funeral was on Monday. Please take her off your list.", Intent.DECEASED),
        ("This is Linda's mobile, her husband here. Her funeral was on Monday. Please take her off your list.", Intent.STOP_CONTACT),
        ("Je n'ai toujours pas reçu ma pension d'invalidité, je n'ai aucun revenu ce mois-ci.", Intent.HARDSHIP),
        ("Still waiting on Centrelink, nothing coming in until they sort my claim.", Intent.HARDSHIP),
        ("On m'a volé mon portefeuille avec mes papiers dedans et quelqu'un s'en est servi pour ouvrir une ligne.", Intent.DISPUTE),
        ("Ce n'est pas moi qui l'ai souscrit, ce contrat.", Intent.DISPUTE),
        ("Votre machine à laver fuit depuis le premier jour, je ne paie pas un appareil qui ne marche pas.", Intent.DISPUTE),
        ("Déjà réglé chez Orange en avril, ils ont dû oublier de vous prévenir.", Intent.DISPUTE),
        ("J'ai payé direct au garagiste en espèces, vous n'avez rien à me réclamer.", Intent.DISPUTE),
        ("Vous vous trompez pas de personne, vous vous trompez de montant : c'était 60 € pas 160.", Intent.DISPUTE),
        ("This is a shared office line. Priya left the company last year, I'm her replacement.", Intent.WRONG_PERSON),
        ("M. Girard ne fait plus partie de notre personnel depuis janvier.", Intent.WRONG_PERSON),
        ("I'm on a DRO since March, my adviser handles all my creditors. Call them not me.", Intent.STOP_CONTACT),
    ],
)  # fmt: skip
def test_sets_21_22s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A stranger is no dispute; "pas d'erreur de personne" is no wrong person.
        ("Vous vous trompez de personne, je ne connais pas ce monsieur.", Intent.DISPUTE),
        ("C'est bien moi, pas d'erreur de personne, je vous vire les 40 € vendredi.", Intent.WRONG_PERSON),
        ("C'est bien moi, pas d'erreur de personne, je vous vire les 40 € vendredi.", Intent.DISPUTE),
        ("oops I sent you the wrong photo, here is the receipt, paid £30 today", Intent.WRONG_PERSON),
        ("Je ne vous donnerai pas son numéro, c'est ma sœur que vous cherchez.", Intent.PROMISE_TO_PAY),
        ("My dad passed away two years ago, it's been hard but I'll pay the £80 on Friday.", Intent.DECEASED),
        ("Mon père est décédé il y a trois ans ; la facture est à mon nom, je la paierai le 20.", Intent.HARDSHIP),
        ("Mon ancien dossier de surendettement est clos depuis 2021. Je paie le 5.", Intent.LEGAL_PROCEEDING),
        ("Un de nos principaux clients est en redressement judiciaire, nous demandons un étalement en 3 fois.", Intent.LEGAL_PROCEEDING),
        ("L'assistante sociale étudie avec moi l'opportunité d'un dossier de surendettement ; rien n'a été déposé.", Intent.LEGAL_PROCEEDING),
        ("I was going to send £50 on Friday but the car broke down.", Intent.PROMISE_TO_PAY),
        ("Message automatique : M. Petit ne fait plus partie de la société. Écrivez à compta@exemple.fr.", Intent.WRONG_PERSON),
        ("I hope you all end up on the dole, you bunch of crooks.", Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_sets_21_22s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Bande de vautours. Vous l'aurez votre fric jeudi.", Intent.PROMISE_TO_PAY),
        ("My brother's been gone three years. I'll pay the £80 on Friday.", Intent.PROMISE_TO_PAY),
        ("Un de nos principaux clients est en redressement judiciaire, nous demandons un étalement en 3 fois.", Intent.HARDSHIP),
        ("If your man comes to my door again he'll regret it.", Intent.HOSTILE),
    ],
)  # fmt: skip
def test_sets_21_22s_primary(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence


def test_a_dispute_of_the_amount_said_as_a_mistake_is_of_the_amount() -> None:
    reading = understand("Vous vous trompez de montant, j'ai commandé pour 45 € pas 145.", RECEIVED)
    assert reading.intents == (Intent.DISPUTE,), reading.evidence
    assert reading.dispute_type is DisputeType.AMOUNT_INCORRECT


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Très bien, je vais en discuter avec ma femme ce soir.", Intent.ACKNOWLEDGEMENT),
        ("okay I'll talk to my wife and get back to you", Intent.ACKNOWLEDGEMENT),
        ("🤡🤡", Intent.HOSTILE),
        ("Je suis le tuteur de Mme Bernard. Le règlement de 210 € interviendra le 18.", Intent.PROMISE_TO_PAY),
        ("Je voulais juste savoir si mon virement de mardi est bien arrivé.", Intent.REQUEST_INFO),
        ("je vous vire 900 € le 20 et c'est soldé", Intent.PROMISE_TO_PAY),
        ("Serait-il possible de vous verser cinquante euros par mois ?", Intent.PAYMENT_PLAN_REQUEST),
    ],
)  # fmt: skip
def test_sets_21_22s_more_primaries(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Nous avons saisi le médiateur : aucun paiement n'interviendra avant son avis.", Intent.PROMISE_TO_PAY),
        ("je vous vire 900 € le 20 et c'est soldé", Intent.ALREADY_PAID),
        ("Je voudrais savoir si je peux payer en 3 fois.", Intent.REQUEST_INFO),
        ("Je voulais savoir si c'était possible d'étaler en plusieurs fois.", Intent.REQUEST_INFO),
        ("Non, vous ne vous trompez pas de personne, mais je ne peux pas payer avant mai.", Intent.WRONG_PERSON),
    ],
)  # fmt: skip
def test_sets_21_22s_more_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


def test_a_monthly_sum_spelled_out_is_the_instalment() -> None:
    reading = understand("Serait-il possible de vous verser cinquante euros par mois ?", RECEIVED)
    assert reading.installment_amount == Decimal("50.00")


@pytest.mark.parametrize(
    ("text", "day", "amount"),
    [
        # The year of a remittance line is no sum; the total paid is.
        ("REMITTANCE ADVICE\nPayment date: 2 March 2026\nINV-88  10 February 2026   £640.00\nTotal paid: £640.00", date(2026, 3, 2), "640.00"),
        ("We have short-paid: £1,310.00 was sent by BACS on 4 March.", date(2026, 3, 4), "1310.00"),
        ("Payment of $410 made on 6 March via BPAY, ref 5521.", date(2026, 3, 6), "410.00"),
        # An invoice's date (a range of invoices, a reference alone) is not the payment's.
        ("Notre règlement de 2 300,00 € (factures 2026-12 à 2026-19 du 15/01/2026) a été effectué à l'échéance du 05/03.", date(2026, 3, 5), "2300.00"),
    ],
)  # fmt: skip
def test_sets_21_22s_payments_made(text: str, day: date, amount: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.ALREADY_PAID in reading.intents, reading.evidence
    assert (reading.date, reading.amount) == (day, Decimal(amount))


@pytest.mark.parametrize(
    ("text", "day", "amount"),
    [
        ("ok pour 90 le 1er", date(2026, 4, 1), "90.00"),
        (
            "je vous vire 300 € next Friday depuis mon compte en France, promis",
            date(2026, 3, 13),
            "300.00",
        ),
    ],
)
def test_sets_21_22s_promises(text: str, day: date, amount: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY, reading.evidence
    assert (reading.date, reading.amount) == (day, Decimal(amount))


def test_a_swiss_monthly_sum_is_the_instalment_not_the_amount() -> None:
    reading = understand("Je sollicite un arrangement : CHF 150.– par mois dès le 25.", RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert (reading.amount, reading.installment_amount) == (None, Decimal("150.00"))


def test_a_stranger_saying_you_have_the_wrong_people_is_no_dispute() -> None:
    reading = understand("Vous vous trompez de monde, j'ai jamais acheté chez eux.", RECEIVED)
    assert reading.intents == (Intent.WRONG_PERSON,), reading.evidence


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nous contestons : les palettes livrées ne correspondaient pas à la commande, retournées le 3.", DisputeType.GOODS_OR_SERVICES),
        ("Not paying, the gutter repair was never carried out.", DisputeType.GOODS_OR_SERVICES),
        ("I dispute this: the table arrived with a cracked leg and nobody replaced it.", DisputeType.GOODS_OR_SERVICES),
        ("Je conteste, le carton est arrivé vide, j'ai fait une réclamation.", DisputeType.GOODS_OR_SERVICES),
        ("I dispute the bill: the phone went back under warranty in May.", DisputeType.GOODS_OR_SERVICES),
        ("je conteste, vous m'avez facturé 2 fois le même mois", DisputeType.AMOUNT_INCORRECT),
        ("Nous contestons : l'écart de 300 € correspond à des options jamais commandées.", DisputeType.AMOUNT_INCORRECT),
        ("We dispute the invoice: we only ever received 20 of the 24 units and have short-paid it.", DisputeType.AMOUNT_INCORRECT),
    ],
)  # fmt: skip
def test_sets_21_22s_kinds_of_dispute(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is kind


@pytest.mark.parametrize(
    "text",
    [
        "My brother died in March. I'm sorting out his affairs, what do I need to send you?",
        "His wife here. He passed away in May. What happens to his debts now, am I liable?",
        "I'm her executor: we lost her in June. Could you tell me the balance on her account?",
    ],
)
def test_an_heir_asking_is_a_death_and_a_question(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intents == (Intent.DECEASED, Intent.REQUEST_INFO), reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # The deceased's illness, an afternoon off, a direct debit stopping: no hardship.
        ("We lost him in January after a long illness. I'm his executor; please send me the balance.", Intent.HARDSHIP),
        ("Your fitter never came; I took the day off work for nothing. I dispute the call-out fee.", Intent.HARDSHIP),
        ("I cancelled the gym in March and the payments stopped going out, so I dispute these months.", Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_sets_21_22s_more_lookalikes_again(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


def test_she_passed_there_is_a_death() -> None:
    reading = understand(
        "Mum went into the hospice in May and she passed there last week.", RECEIVED
    )
    assert reading.intent is Intent.DECEASED, reading.evidence
    assert "rule:death_en->deceased" in reading.evidence


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("Paid £30 on Saturday, I'll do the rest next Friday.", (Intent.ALREADY_PAID, Intent.PROMISE_TO_PAY)),
        # The plan's first instalment, or a start day said apart, is no promise of its own.
        ("Accepteriez-vous 5 mensualités ? Je peux verser la première dès lundi.", (Intent.PAYMENT_PLAN_REQUEST,)),
        ("£10 a week is all I can do. Starting Monday.", (Intent.PAYMENT_PLAN_REQUEST,)),
        # An income a month is no offer.
        ("I live on £600 a month. I can't pay anything at the moment.", (Intent.HARDSHIP,)),
    ],
)  # fmt: skip
def test_sets_21_22s_payment_intents(text: str, intents: tuple[Intent, ...]) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intents == intents, reading.evidence


# Held-out set 23's general causes, in our own words ---------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Elle est partie rejoindre papi là-haut en janvier. Arrêtez d'appeler ici.", Intent.DECEASED),
        ("Depuis qu'on l'a perdu, c'est moi qui ouvre ses lettres.", Intent.DECEASED),
        ("Le garage est fermé depuis l'enterrement de papa, je relève son courrier.", Intent.DECEASED),
        ("Grandad's with the angels now, please stop writing to him.", Intent.DECEASED),
        ("On m'a attribué ce numéro en mars, la dame que vous cherchez l'avait avant.", Intent.WRONG_PERSON),
        ("I only got this number last month, whoever you want isn't me.", Intent.WRONG_PERSON),
        ("Je conteste : vous comptez deux fois la facture de juin.", Intent.DISPUTE),
        ("The original bill was £40, you want £95. I'll pay the £40 and not a penny more.", Intent.DISPUTE),
        ("le vélo il a jamais marché, je l'ai renvoyé", Intent.DISPUTE),
        ("Ça date de 2012. Vous n'avez plus le droit de me réclamer quoi que ce soit.", Intent.DISPUTE),
        ("It's from 2013, there's a six year limit on this.", Intent.DISPUTE),
        ("Paid in full on Monday. Enough with the calls now.", Intent.STOP_CONTACT),
        ("Ça suffit les appels, j'ai payé.", Intent.STOP_CONTACT),
        ("Un de nos clients vient de déposer le bilan, nous ne pouvons pas payer ce mois-ci.", Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_set_23s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Un de nos clients vient de déposer le bilan, nous ne pouvons pas payer ce mois-ci.", Intent.LEGAL_PROCEEDING),
        ("Je vous demande de me laisser payer petit à petit, je ne fuis pas ma dette.", Intent.DISPUTE),
        ("I'm a volunteer adviser at Citizens Advice writing for Mrs Hale; her authority is enclosed.", Intent.HARDSHIP),
        ("J'ai envoyé un mandat cash de 60 € hier.", Intent.REQUEST_INFO),
        ("J'ai payé 40 € hier, le reste suivra.", Intent.PROMISE_TO_PAY),
        ("Paid £30 on Monday and the rest will follow when I can.", Intent.PROMISE_TO_PAY),
        ("J'ai déposé une proposition de consommateur auprès d'un syndic, voyez avec lui.", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_23s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Je ne manquerai pas de vous faire parvenir la somme de 90 € le 20.", Intent.PROMISE_TO_PAY),
        ("pas possible le 12 finalement, je décale au 19", Intent.PROMISE_TO_PAY),
        ("ok je vois ça avec mon mari ce soir", Intent.ACKNOWLEDGEMENT),
        ("Le juge a homologué le plan de redressement de ma société, voyez avec le mandataire.", Intent.LEGAL_PROCEEDING),
    ],
)  # fmt: skip
def test_set_23s_primary(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("J'ai viré 100 € le 2, le solde suivra le 16.", (Intent.ALREADY_PAID, Intent.PROMISE_TO_PAY)),
        ("Sending the $45 tonight.", (Intent.PROMISE_TO_PAY,)),
        ("Je veux tout régler maintenant, il me faut le montant exact.", (Intent.PAY_NOW, Intent.REQUEST_INFO)),
    ],
)  # fmt: skip
def test_set_23s_intents(text: str, intents: tuple[Intent, ...]) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intents == intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "I shall be paying the outstanding 120 pounds by Thursday.",
            Intent.PROMISE_TO_PAY,
            "120.00",
        ),
        (
            "I sent the money through the bank on Monday, 1,500 cedis.",
            Intent.ALREADY_PAID,
            "1500.00",
        ),
    ],
)
def test_set_23s_amounts(text: str, intent: Intent, amount: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence
    assert reading.amount == Decimal(amount)


# Held-out set 24's general causes, in our own words ---------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Not my account, wrong Sarah. Please remove my number and email from your list.", Intent.STOP_CONTACT),
        ("We act for Ms Dunn, who disputes the debt. Do not contact our client directly.", Intent.STOP_CONTACT),
        ("Paid in full on the 2nd. Please stop the letters.", Intent.STOP_CONTACT),
        ("Je suis en difficulté, mon atelier a brûlé. Je pourrai verser 50 € par semaine.", Intent.HARDSHIP),
        ("The courier firm I work for went into liquidation, no wages this month.", Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_set_24s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The courier firm I work for went into liquidation, no wages this month.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("Pour la facture de l'hôpital, je propose 4 acomptes de 100 €.", Intent.HARDSHIP),
        ("Oh sure, I'll pay Friday. After pigs fly.", Intent.PROMISE_TO_PAY),
        ("Je vous paie demain, le jour où les poules auront des dents.", Intent.PROMISE_TO_PAY),
    ],
)
def test_set_24s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent", "day"),
    [
        ("En qualité de tutrice, je vous informe avoir procédé le 06/03 au règlement de 95,40 €.", Intent.ALREADY_PAID, date(2026, 3, 6)),
        ("je suis à la banque, envoyez l'IBAN et je fais le virement dans l'heure", Intent.PROMISE_TO_PAY, date(2026, 3, 10)),
    ],
)  # fmt: skip
def test_set_24s_payments(text: str, intent: Intent, day: date) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence
    assert reading.date == day


def test_a_closing_statement_asked_for_is_a_request() -> None:
    reading = understand("I cleared the balance on 2 March. Send me a closing statement.", RECEIVED)
    assert reading.intents == (Intent.ALREADY_PAID, Intent.REQUEST_INFO), reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "I'll pay you tomorrow. When pigs fly.",
        "Oui oui je vous règle demain. À la saint-glinglin.",
        "Je vous paie vendredi. Le 30 février, je veux dire.",
        "Sure, I'll send the money. The 31st of never.",
    ],
)
def test_mockery_in_a_sentence_of_its_own_blocks_the_promise(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.PROMISE_TO_PAY not in reading.intents, reading.evidence


def test_a_promise_beside_a_flight_is_still_a_promise() -> None:
    reading = understand("I'll pay on Friday when I fly back from Spain.", RECEIVED)
    assert Intent.PROMISE_TO_PAY in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Je refuse de payer : les plans de travail en chêne ont gondolé au bout d'une semaine.", DisputeType.GOODS_OR_SERVICES),
        ("We won't pay: the flowers for the wedding arrived wilted and three hours late.", DisputeType.GOODS_OR_SERVICES),
    ],
)  # fmt: skip
def test_a_kind_of_dispute_no_rule_names_is_the_models(text: str, kind: DisputeType) -> None:
    reading = understand(text, RECEIVED)
    assert reading.dispute_type is kind
    assert f"model:dispute_type={kind.value}" in " ".join(reading.evidence)


def test_a_kind_of_dispute_a_rule_names_is_the_rules() -> None:
    reading = understand("I dispute this, after six years the debt is statute barred.", RECEIVED)
    assert reading.dispute_type is DisputeType.TIME_BARRED
    assert not any("dispute_type" in evidence for evidence in reading.evidence)


# Held-out set 25's general causes (small businesses, their bookkeepers and lawyers).
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Le tribunal a ouvert une procédure de rétablissement professionnel me concernant.", Intent.LEGAL_PROCEEDING),
        ("We've filed a notice of intention to make a proposal; the trustee will contact you.", Intent.LEGAL_PROCEEDING),
        ("The company has been in examinership since Monday.", Intent.LEGAL_PROCEEDING),
        ("Please don't send any more reminders to the shop, the administrators have it.", Intent.STOP_CONTACT),
        ("Kindly do not contact the family directly; write to us as executors.", Intent.STOP_CONTACT),
        ("We lost our biggest customer in June and can only manage £200 a month.", Intent.HARDSHIP),
        ("The hail wiped out most of our vines, can we pay $300 a month?", Intent.HARDSHIP),
        ("La grêle a ravagé nos vergers, je vous propose 150 € par mois.", Intent.HARDSHIP),
        ("Cash flow's been wrecked since the flood.", Intent.HARDSHIP),
        ("Mon associé est décédé et je m'en sors pas seul, je peux faire 100 € par mois.", Intent.HARDSHIP),
        ("Je ne suis plus gérant de cette société depuis l'an dernier.", Intent.WRONG_PERSON),
        ("J'ai cédé mon commerce en mars, c'est le repreneur qui a passé ces commandes.", Intent.WRONG_PERSON),
        ("Your reminder does not take into account the credit note issued in May.", Intent.DISPUTE),
        ("Votre relance ne tient pas compte de notre acompte de 200 €.", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_25s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Mon associé est décédé et je m'en sors pas seul, je peux faire 100 € par mois.", Intent.DECEASED),
        ("Notre comptable envisage une procédure de sauvegarde si rien ne s'améliore.", Intent.LEGAL_PROCEEDING),
        ("We may have to go into liquidation if sales don't pick up.", Intent.LEGAL_PROCEEDING),
        ("Mail delivery failed: the message could not be delivered to the recipient.", Intent.DISPUTE),
        ("Je suis en réunion, je vous rappelle. (réponse automatique)", Intent.REQUEST_HUMAN),
        ("I sold the business to pay my debts, can I pay £50 a month?", Intent.WRONG_PERSON),
        ("je paierai le reste quand je pourrai", Intent.PROMISE_TO_PAY),
        (
            "Automatic reply: this mailbox is not monitored. Supplier payments are processed on the 15th and on the last working day of each month.",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
    ],
)  # fmt: skip
def test_set_25s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("fin de semaine c'est réglé", date(2026, 3, 13)),
        ("Je vous envoie 300 € vendredi et le reste quand je peux.", date(2026, 3, 13)),
        ("I'll send £100 on Friday and the rest when I can.", date(2026, 3, 13)),
    ],
)
def test_set_25s_promises(text: str, day: date) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY, reading.evidence
    assert reading.date == day


# Held-out set 26's general causes (dictated messages, the elderly, their families, the young).
def test_fees_called_shameful_are_a_dispute_of_the_amount() -> None:
    reading = understand(
        "ah bravo, encore des frais, trente euros pour un jour de retard, c'est honteux", RECEIVED
    )
    assert Intent.DISPUTE in reading.intents, reading.evidence
    assert reading.dispute_type is DisputeType.AMOUNT_INCORRECT


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("My mum was charged twice for the same appointment, please fix it.", Intent.DECEASED),
        ("C'est mon père qui avait ce contrat, il n'habite plus ici depuis des années.", Intent.DECEASED),
        ("Can someone ring me on Thursday? I'm off work then.", Intent.HARDSHIP),
        ("My name is spelt wrong on your letter, it's Siobhán.", Intent.WRONG_PERSON),
        ("Je n'ai jamais dit que je paierais lundi, j'ai dit que je rappellerais lundi.", Intent.PROMISE_TO_PAY),
        ("J'ai payé avec la communication structurée, c'est réglé depuis lundi.", Intent.PAY_NOW),
    ],
)  # fmt: skip
def test_set_26s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Pouvez-vous m'envoyer votre numéro de compte et la communication structurée pour que je paie ?",
        "please share the UPI ID, I will pay the full amount now itself",
    ],
)
def test_set_26s_wishes_to_pay_now(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PAY_NOW, reading.evidence
    assert reading.date is None


@pytest.mark.parametrize(
    ("text", "each"),
    [
        ("if you drop the interest I'll pay thirty pound a month", Decimal("30.00")),
        ("je peux verser quarante-cinq euros par mois", Decimal("45.00")),
        ("je vous paie cinquante piasses aux deux semaines, à chaque paye", Decimal("50.00")),
        ("Il commence le 12, puis le 12 de chaque mois, 45 € à chaque fois.", Decimal("45.00")),
    ],
)
def test_set_26s_plans_said_in_words(text: str, each: Decimal) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.PAYMENT_PLAN_REQUEST in reading.intents, reading.evidence
    assert reading.installment_amount == each
    assert reading.amount is None


@pytest.mark.parametrize(
    ("text", "intent", "day", "amount"),
    [
        ("oui bonjour je vous fais le virement le quinze de cent cinquante euros", Intent.PROMISE_TO_PAY, date(2026, 3, 15), Decimal("150.00")),
        ("I paid it on the fifth, forty five pounds fifty", Intent.ALREADY_PAID, date(2026, 3, 5), Decimal("45.50")),
        ("j'ai réglé deux cent trente-quatre virgule quatre-vingts euros le douze point", Intent.ALREADY_PAID, date(2026, 2, 12), Decimal("234.80")),
    ],
)  # fmt: skip
def test_set_26s_dictated_payments(text: str, intent: Intent, day: date, amount: Decimal) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is intent, reading.evidence
    assert (reading.date, reading.amount) == (day, amount)


# Held-out set 27's general causes (portal chat, second-language writers, long stories).
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I'll pay on the 25th. No need to keep chasing me every day.", Intent.STOP_CONTACT),
        ("Je paierai le 12, pas la peine de m'envoyer des messages tous les jours.", Intent.STOP_CONTACT),
        ("I am not this person, please check your data and do not send me anymore.", Intent.STOP_CONTACT),
        ("Mon mari est décédé en novembre. Je vous demande d'arrêter les messages sur son téléphone.", Intent.STOP_CONTACT),
        ("Ce numéro, je l'ai depuis mars, il appartenait à quelqu'un d'autre avant.", Intent.WRONG_PERSON),
        ("Je suis le nouveau locataire, l'ancien est parti en juillet.", Intent.WRONG_PERSON),
        ("We're the new tenants, the previous people moved out in May.", Intent.WRONG_PERSON),
        ("My father is not anymore with us since the summer.", Intent.DECEASED),
        ("We cancelled the after-school club in writing in June.", Intent.DISPUTE),
        ("The treatment was never finished, the work is still incomplete, so I am not paying.", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_27s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The clinic told me the dentist has left the practice and my treatment is still incomplete.", Intent.WRONG_PERSON),
        ("Mon mari est décédé, la voiture de location qu'il avait prise est à son nom, c'est difficile pour moi.", Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_set_27s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


def test_a_business_chat_bots_answer_is_automatic() -> None:
    reading = understand(
        "Hi! Thanks for reaching out to Karim's Barbers. We're closed right now, we'll get back"
        " to you within 24h.",
        RECEIVED,
    )
    assert reading.intents == (Intent.AUTO_REPLY,), reading.evidence


# Held-out set 28's general causes (a caseworker's inbox: people in crisis, their helpers).
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Your letter to Mr Alan Pryce came here. Alan was my uncle, he passed away on the 4th, the funeral is next week. I'm sorting his post.", Intent.DECEASED),
        ("Our father, who held the account, passed on the 9th of last month.", Intent.DECEASED),
        ("The debt adviser has put me in the 60-day pause, you should have been notified.", Intent.LEGAL_PROCEEDING),
        ("The judge signed my discharge in May and this debt was listed.", Intent.LEGAL_PROCEEDING),
        ("Depuis mon dossier Banque de France, le juge a tout effacé en janvier.", Intent.LEGAL_PROCEEDING),
        ("J'ai été libérée de ma faillite l'an passé, le syndic me l'a confirmé.", Intent.LEGAL_PROCEEDING),
        ("Mum's pension goes straight to the nursing home now, there is nothing left over to pay you.", Intent.HARDSHIP),
        ("Je reconnais la facture, mais je vous dois 320 €, pas 410 € : les frais, non.", Intent.DISPUTE),
        ("Mon père est décédé. Merci de ne plus adresser de courrier à son nom.", Intent.STOP_CONTACT),
        ("Ring me one more time and I'll complain to the regulator.", Intent.STOP_CONTACT),
    ],
)  # fmt: skip
def test_set_28s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Je suis absent jusqu'au 12 suite à un décès dans ma famille. Pour toute urgence, écrivez à l'accueil.", Intent.DECEASED),
        ("Out of the office on bereavement leave until Monday.", Intent.DECEASED),
        ("I paid for my gran's funeral on my card last month, so money is tight. Could I pay £30 a month?", Intent.ALREADY_PAID),
        ("We paid for a new boiler in March and it has never worked, I'm not paying the rest.", Intent.ALREADY_PAID),
        ("If I paid half today, would you write off the rest?", Intent.ALREADY_PAID),
        ("I'm not the person I was two years ago, I want to sort this out. Send me the link.", Intent.WRONG_PERSON),
        ("I'm on shift until 7 and can't have my phone, can someone call me after?", Intent.HARDSHIP),
        ("I'm in a Personal Insolvency Arrangement. My PIP's details are attached.", Intent.HARDSHIP),
        ("J'ai un litige avec mon assurance en ce moment, rien à voir avec vous. Je vous paie le 10.", Intent.DISPUTE),
        ("I'm disputing a charge with my credit card company so the card is blocked. How else can I pay?", Intent.DISPUTE),
        ("Ma sœur a déposé un dossier de surendettement. Moi je vais juste payer, 80 € le 5.", Intent.LEGAL_PROCEEDING),
        ("My brother went bankrupt last year; I'd like to pay mine before it gets there: $50 on the 1st and $50 on the 15th.", Intent.LEGAL_PROCEEDING),
        ("Remove the £60 fee and I'll pay the £200. Take it off and I'll pay today.", Intent.PROMISE_TO_PAY),
        ("I won't be able to make Friday's payment after all. Can somebody ring me to move it?", Intent.PROMISE_TO_PAY),
        ("Ring me one more time and I'll complain to the regulator.", Intent.REQUEST_HUMAN),
        ("Bonjour, je vous transmets l'attestation de la CAF comme convenu.", Intent.REQUEST_INFO),
        ("I made a consumer proposal with my trustee: I pay her every month and she pays you.", Intent.PAYMENT_PLAN_REQUEST),
    ],
)  # fmt: skip
def test_set_28s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent", "day", "amount"),
    [
        ("Ma sœur a fait un dossier de surendettement. Moi je vais juste payer : 80 € le 5.", Intent.PROMISE_TO_PAY, date(2026, 4, 5), Decimal("80.00")),
        ("Things are hard, but I can put £15 towards this on Friday when my wages go in.", Intent.PROMISE_TO_PAY, date(2026, 3, 13), Decimal("15.00")),
        ("Sent the e-transfer last night, $260, check your inbox.", Intent.ALREADY_PAID, date(2026, 3, 9), Decimal("260.00")),
    ],
)  # fmt: skip
def test_set_28s_payments(text: str, intent: Intent, day: date, amount: Decimal) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence
    assert (reading.date, reading.amount) == (day, amount)


def test_how_the_office_got_an_address_is_a_question() -> None:
    reading = understand("Je ne suis pas Mme Lenoir. D'où tenez-vous mon adresse ?", RECEIVED)
    assert set(reading.intents) == {Intent.WRONG_PERSON, Intent.REQUEST_INFO}, reading.evidence


# Held-out set 29's general causes (lawyers, payroll, notaries, accounts payable, councils).
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Ma compagne est partie en décembre en me laissant les factures et le petit. Ce mois-ci je ne peux rien.", Intent.HARDSHIP),
        ("Plombier, cloué au lit depuis ma chute. Zéro chantier, zéro rentrée, je peux pas vous payer maintenant.", Intent.HARDSHIP),
        ("bjr c la fille de mme Roux. maman est enterrée depuis lundi, envoyez plus rien ici svp", Intent.STOP_CONTACT),
        ("Je suis en redressement depuis janvier, mais je tiens à vous payer.", Intent.LEGAL_PROCEEDING),
        ("J'écris pour ma tante. Elle est partie en mai, d'un cancer. On trie ses papiers.", Intent.DECEASED),
        ("The tenant you are writing to vacated the flat last year. We do not hold forwarding details.", Intent.WRONG_PERSON),
        ("she's gone. stroke last month. please leave it for now", Intent.DECEASED),
        ("I'll pay the £90 I owe and not a penny of your fees.", Intent.DISPUTE),
        ("Our client requires you to cease direct contact with our client and to correspond only with this firm.", Intent.STOP_CONTACT),
        ("Please confirm that our client will not be contacted again.", Intent.STOP_CONTACT),
        ("I'd be grateful if this was the last text I got from you.", Intent.STOP_CONTACT),
        ("Une facture de gaz de 2018 ? Le délai de deux ans est dépassé depuis longtemps.", Intent.DISPUTE),
        ("M. Blanc a quitté le logement en juin ; nous ne sommes pas autorisés à communiquer sa nouvelle adresse.", Intent.WRONG_PERSON),
        ("Je vous demande de cesser immédiatement vos relances.", Intent.STOP_CONTACT),
        ("Happy to pay the £40 call-out, I'll do that Friday. The labour I'm not paying: the boiler still doesn't fire.", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_29s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("These fees would bankrupt a small country! I'll pay the £120 on Monday.", Intent.LEGAL_PROCEEDING),
        ("Mon ex-femme a déposé un dossier de surendettement, ce prêt est à mon nom seul. Je continue à payer, 60 € le 5.", Intent.LEGAL_PROCEEDING),
        ("Une amie m'a dit qu'avec un dossier de surendettement tout s'arrête, mais je préfère payer : 100 € vendredi.", Intent.LEGAL_PROCEEDING),
        ("Question bête : si je décède avant la fin du crédit, mes enfants devront-ils payer ?", Intent.DECEASED),
        ("Odd question: if I die before this is paid off, who pays it?", Intent.ALREADY_PAID),
        ("ce dossier est mort et enterré : j'ai tout réglé le 2 par chèque.", Intent.DECEASED),
        ("I won't be able to pay on Friday after all. Can someone call me?", Intent.PROMISE_TO_PAY),
        ("je devais vous payer lundi mais j'ai pas pu. rappelez-moi demain svp", Intent.PROMISE_TO_PAY),
        ("Hartley Print Ltd is NOT in administration, that was another firm. Your invoice will be paid on the 25th.", Intent.HARDSHIP),
        ("Sorry, wrong person – I sent our remittance to your colleague by mistake. We paid £300 on 2 March.", Intent.WRONG_PERSON),
        ("We acknowledge receipt of your letter. We are taking our client's instructions and will revert.", Intent.DISPUTE),
        ("I dispute nothing, I need the invoice reissued with our PO number.", Intent.DISPUTE),
        ("Thanks for your text. We're closed on Sundays. Pour ne plus recevoir nos SMS, répondez STOP.", Intent.STOP_CONTACT),
        ("Our former contact, Mrs Khan, is no longer with us – she has moved to our Bristol office.", Intent.DECEASED),
        ("Our former contact, Mrs Khan, is no longer with us – she has moved to our Bristol office.", Intent.WRONG_PERSON),
        ("Please remove this number from your system.", Intent.WRONG_PERSON),
        ("I'm the practice manager at Riverside Surgery. Your invoice will be paid on the 28th.", Intent.HARDSHIP),
        ("Lâchez-moi, je paierai quand je paierai.", Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_set_29s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "intent", "day", "amount"),
    [
        ("Le comptable public procédera au règlement de 2 400,00 € le 19 mars.", Intent.PROMISE_TO_PAY, date(2026, 3, 19), Decimal("2400.00")),
        ("Je vous confirme que ma cliente s'est acquittée le 2 mars de la somme de 850,00 €.", Intent.ALREADY_PAID, date(2026, 3, 2), Decimal("850.00")),
        ("Ma retraite vient d'être liquidée : je vais donc pouvoir vous régler les 390 € le 20 mars.", Intent.PROMISE_TO_PAY, date(2026, 3, 20), Decimal("390.00")),
        ("The hire on 2 March is accepted, the cancellation fee is not. We will pay £1,100.00 on 30 March.", Intent.PROMISE_TO_PAY, date(2026, 3, 30), Decimal("1100.00")),
        ("Further to the hearing on 5 March, our client will pay £900 by 4pm on 20 March.", Intent.PROMISE_TO_PAY, date(2026, 3, 20), Decimal("900.00")),
    ],
)  # fmt: skip
def test_set_29s_payments(text: str, intent: Intent, day: date, amount: Decimal) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence
    assert (reading.date, reading.amount) == (day, amount)


def test_an_absence_notice_saying_who_left_is_no_wrong_person() -> None:
    reading = understand(
        "This mailbox is no longer monitored. Mr Evans has left the company. Please write to"
        " accounts@example.co.uk.",
        RECEIVED,
    )
    assert reading.intents == (Intent.AUTO_REPLY,), reading.evidence


def test_a_promise_beside_a_procedure_ruled_out_is_read() -> None:
    # The procedure is the ex-husband's: the model's best guess, ruled out, is passed over.
    reading = understand(
        "Mon ex-mari a déposé un dossier de surendettement mais ce crédit est à mon nom."
        " Je continue à payer : 80 € le 5 comme d'habitude.",
        RECEIVED,
    )
    assert reading.intent is Intent.PROMISE_TO_PAY, reading.evidence
    assert (reading.date, reading.amount) == (date(2026, 4, 5), Decimal("80.00"))


# Held-out set 30's general causes (short mobile replies, SMS spelling, slang).
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my mum's dead mate. nothing left to pay u with", Intent.DECEASED),
        ("je pourrai pas payer le 20 comme prévu, mon camion a lâché et sans camion pas de boulot", Intent.HARDSHIP),
        ("l'appli m'a viré en mars sans raison, depuis je galère", Intent.HARDSHIP),
        ("redressement fiscal ce mois-ci, je peux faire que 20/mois", Intent.HARDSHIP),
        ("no work atm, can someone ring me?", Intent.HARDSHIP),
        ("my ex took out this loan in my name, not paying it", Intent.DISPUTE),
        ("text me dont call, im on nights", Intent.STOP_CONTACT),
        ("no idea who Kevin is, lose my number pls", Intent.STOP_CONTACT),
        ("y a quelqu'un de vrai dans cette boîte ?", Intent.REQUEST_HUMAN),
        ("proof of debt pls, s.77 CCA request", Intent.REQUEST_INFO),
        ("paiement fait ce matin, je peux avoir un reçu svp ?", Intent.REQUEST_INFO),
        ("my phone died thats why i missed u. ring me again?", Intent.REQUEST_HUMAN),
    ],
)  # fmt: skip
def test_set_30s_safety_and_requests_said_short(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("chill bro stop stressing, jvous paie samedi", Intent.STOP_CONTACT),
        ("j'ai un litige avec mon proprio mais rien à voir, je vous règle le 5", Intent.DISPUTE),
        ("IVA signed last week so i cant send the £15 a week anymore, the IP will write to u", Intent.PAYMENT_PLAN_REQUEST),
        ("payé à la semaine quand y a du boulot, je peux faire 20 par semaine", Intent.ALREADY_PAID),
        ("il m'a viré 50 € hier", Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_set_30s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


def test_a_sum_that_will_be_with_you_is_promised() -> None:
    reading = understand(
        "my cousin went bankrupt, not going down that road. the 90 will be with u on the 12th",
        RECEIVED,
    )
    assert reading.intents == (Intent.PROMISE_TO_PAY,), reading.evidence
    assert (reading.date, reading.amount) == (date(2026, 3, 12), Decimal("90.00"))


# Held-out set 31's general causes (everyday consumer debts: BNPL, phones, gyms, rent).
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("J'ai reçu la lettre de la Banque de France : mon dossier est passé en commission.", Intent.LEGAL_PROCEEDING),
        ("Dad's been gone since January, the probate solicitors are dealing with it.", Intent.DECEASED),
        ("Mon mari a vidé le compte commun, je me retrouve seule avec deux enfants.", Intent.HARDSHIP),
        ("Ma bourse n'a toujours pas été versée, je vous réglerai dès qu'elle arrive.", Intent.HARDSHIP),
        ("I paid the $30 at the front desk on the day, the clinic has its money.", Intent.DISPUTE),
        ("I would appreciate it if you stopped calling me at work.", Intent.STOP_CONTACT),
        ("Ma mère est décédée. Appelez-moi pas pour ça svp, écrivez au notaire.", Intent.STOP_CONTACT),
        ("Not me, I don't know him. This is my work phone, please remove it.", Intent.STOP_CONTACT),
    ],
)  # fmt: skip
def test_set_31s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("these fees are going to bankrupt me lol, send the link and i'll pay", Intent.LEGAL_PROCEEDING),
        ("ma cousine s'est retrouvée en surendettement avec ces crédits, moi je paie tout le 5.", Intent.LEGAL_PROCEEDING),
        ("My brother is dead to me. His bill is not my problem, I'm not him.", Intent.DECEASED),
        ("No need to stop calling, I just couldn't pick up. Try me after 6?", Intent.STOP_CONTACT),
        ("Si je payais tout avant la fin du mois, les frais seraient-ils annulés ?", Intent.PROMISE_TO_PAY),
        ("If I paid it all on Friday, would you drop the fees?", Intent.PROMISE_TO_PAY),
        ("Ce n'est pas moi qui ai oublié, la banque a rejeté le prélèvement. Je refais un virement demain.", Intent.WRONG_PERSON),
        ("Ma mère est décédée. Appelez-moi pas pour ça svp.", Intent.REQUEST_HUMAN),
        ("Mauvais numéro, je m'appelle pas Sophie.", Intent.STOP_CONTACT),
    ],
)  # fmt: skip
def test_set_31s_lookalikes(text: str, absent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert absent not in reading.intents, reading.evidence


# What the model alone may add, on its score: the policy, apart from any trained model.
@pytest.mark.parametrize(
    ("ruled", "intent", "probability", "added"),
    [
        # A death no rule read needs 0.8 ("frightened her half to death")...
        ({Intent.REQUEST_INFO: "info"}, Intent.DECEASED, 0.78, False),
        ({Intent.REQUEST_INFO: "info"}, Intent.DECEASED, 0.82, True),
        # ...an insolvency or a hardship is added from 0.5...
        ({}, Intent.LEGAL_PROCEEDING, 0.55, True),
        ({Intent.REQUEST_INFO: "info"}, Intent.HARDSHIP, 0.5, True),
        ({Intent.REQUEST_INFO: "info"}, Intent.HARDSHIP, 0.49, False),
        # ...but a stop needs 0.7: "Call me." scores 0.5-0.6 for one.
        ({Intent.REQUEST_HUMAN: "call_me"}, Intent.STOP_CONTACT, 0.6, False),
        ({Intent.REQUEST_HUMAN: "call_me"}, Intent.STOP_CONTACT, 0.72, True),
        # Beside a plan the rules read, a hardship needs 0.8, not "I can't pay all at once".
        ({Intent.PAYMENT_PLAN_REQUEST: "plan"}, Intent.HARDSHIP, 0.82, True),
        ({Intent.PAYMENT_PLAN_REQUEST: "plan"}, Intent.HARDSHIP, 0.78, False),
    ],
)
def test_what_the_model_alone_may_add(
    ruled: dict[Intent, str], intent: Intent, probability: float, added: bool
) -> None:
    from amiable.nlu.read import _settle
    from amiable.nlu.rules import RuleReading

    intents, _, evidence = _settle(
        RuleReading(intents=dict(ruled)), {intent: probability}, "je vous ecris"
    )
    assert (intent in intents) is added
    assert any(item.startswith(f"model:{intent.value}=") for item in evidence) is added


# Held-out sets 32 (French and English from abroad) and 33 (third parties writing).
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Mon père nous a quittés en mai. Son portable est coupé, inutile d'y envoyer des SMS.", Intent.STOP_CONTACT),
        ("Je paie le 30. D'ici là inutile de m'appeler.", Intent.STOP_CONTACT),
        ("I entered a PIA in March, the protective certificate lists your company.", Intent.LEGAL_PROCEEDING),
        ("I've been under debt review since last year, talk to my debt counsellor.", Intent.LEGAL_PROCEEDING),
        ("On EI since the layoff, I can do $25 a week.", Intent.HARDSHIP),
        ("If I had the money I'd pay you tomorrow. I don't.", Intent.HARDSHIP),
        ("L'usine a fermé et on a jamais eu nos deux dernières paies.", Intent.HARDSHIP),
        ("Pour l'instant je ne sais rien vous verser, désolée.", Intent.HARDSHIP),
        ("Je vis avec le revenu d'intégration du CPAS.", Intent.HARDSHIP),
        ("Chu pas Kevin, c'est mon cell depuis l'an passé.", Intent.WRONG_PERSON),
        ("C'est mon numéro depuis trois ans, je connais pas ce monsieur.", Intent.WRONG_PERSON),
        ("Mme Leroy n'a jamais été résidente de notre établissement.", Intent.WRONG_PERSON),
        ("This line has never belonged to a Mr Adeyemi, it's our office number.", Intent.WRONG_PERSON),
        ("def not Priya, new phone", Intent.WRONG_PERSON),
    ],
)  # fmt: skip
def test_sets_32_33s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


def test_an_heir_settling_the_deads_affairs_reports_a_death() -> None:
    # Paying the dead man's last bill is no hardship of the writer's (SPEC: deceased).
    reading = understand(
        "Mum's no longer with us. I'm putting her affairs in order: send the link and I'll pay the £40.",
        RECEIVED,
    )
    assert reading.intent is Intent.DECEASED
    assert Intent.HARDSHIP not in reading.intents


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("My sister keeps telling me to go under debt review, no thanks. £50 on the 20th.", Intent.LEGAL_PROCEEDING),
        ("Inutile de discuter, je paie le 15.", Intent.STOP_CONTACT),
        ("C'est mon numéro, appelez-moi après 18 h.", Intent.WRONG_PERSON),
        ("I had the money last week but the car broke down, I'll pay Friday.", Intent.WRONG_PERSON),
        ("Definitely not paying those fees.", Intent.WRONG_PERSON),
    ],
)  # fmt: skip
def test_sets_32_33s_lookalikes(text: str, absent: Intent) -> None:
    assert absent not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("If I were to file for bankruptcy, would you still chase me? Asking for now.", Intent.LEGAL_PROCEEDING),
        ("My mate went through sequestration, never again. £20 a week from Friday?", Intent.LEGAL_PROCEEDING),
        ("My brother in law went bankrupt last year, not me. I'll pay on the 20th.", Intent.LEGAL_PROCEEDING),
        ("Si je meurs avant d'avoir tout payé, qui paiera ?", Intent.ALREADY_PAID),
        ("What happens before I've paid it off, do the fees keep going?", Intent.ALREADY_PAID),
    ],
)  # fmt: skip
def test_sets_32_33s_procedures_and_payments_only_supposed(text: str, absent: Intent) -> None:
    assert absent not in understand(text, RECEIVED).intents


def test_this_arvo_is_today() -> None:
    reading = understand("all good, I'll pay the $60 this arvo", RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date == RECEIVED.date()


def test_a_bankruptcy_of_ones_own_still_reads() -> None:
    # The question's trap leaves the writer's own procedure alone.
    reading = understand("I went bankrupt in May. If I paid you anyway, would it count?", RECEIVED)
    assert Intent.LEGAL_PROCEEDING in reading.intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Talk to my trustee, not me, I've been bankrupt since March.", Intent.STOP_CONTACT),
        ("Voyez ça avec mon mandataire, pas avec moi.", Intent.STOP_CONTACT),
        ("Could you hold off calling for a couple of weeks, we buried Dad on Monday.", Intent.STOP_CONTACT),
        ("Please take my number off", Intent.STOP_CONTACT),
        ("There's no Kevin here, you have the wrong number.", Intent.WRONG_PERSON),
        ("The funeral wiped out my savings, can I pay £10 a month?", Intent.HARDSHIP),
        ("Ma retraite ne suffit plus à couvrir le loyer, je ne peux pas payer.", Intent.HARDSHIP),
        ("La société qui m'employait est en redressement judiciaire, je n'ai plus de salaire.", Intent.HARDSHIP),
        ("A debt relief order might be the best option for me, I'm seeing an adviser next week.", Intent.HARDSHIP),
        ("Vos pénalités n'ont jamais été détaillées, je ne les paierai pas.", Intent.DISPUTE),
        ("They kept adding charges after the account was frozen, which they are not allowed to do.", Intent.DISPUTE),
        ("Nous contestons les frais et vous réglerons le principal vendredi.", Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_sets_34_35s_safety_said_indirectly(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("You lot make me sick.", Intent.HARDSHIP),
        ("Vous me rendez malade avec vos relances.", Intent.HARDSHIP),
        ("I'll pay the £40 once my PIP lands.", Intent.HARDSHIP),
        ("Je paierai les 70 € quand la CAF m'aura versé l'AAH.", Intent.HARDSHIP),
        ("Je vous fais le virement depuis mon lit d'hôpital, envoyez le RIB.", Intent.HARDSHIP),
        ("Somebody opened this card in my name while I was in hospital.", Intent.HARDSHIP),
        ("Was off sick on Monday so I missed it, paying now.", Intent.HARDSHIP),
        ("Would paying £20 a week stop the letters?", Intent.STOP_CONTACT),
        ("Pour ne plus recevoir de messages de notre part, répondez STOP", Intent.STOP_CONTACT),
        ("Stop the monthly debit this once, I'll pay by card on the 28th.", Intent.STOP_CONTACT),
        ("I had to pick up Mum's prescriptions first, I'll pay Friday.", Intent.DISPUTE),
        ("My benefits got stopped after the review, I can't pay this month.", Intent.DISPUTE),
        ("Mon dossier est passé en commission à la MDPH la semaine dernière.", Intent.LEGAL_PROCEEDING),
        ("I've changed banks, the new details are below.", Intent.DISPUTE),
        ("We've had fraud attempts, please confirm your bank details before we pay.", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_sets_34_35s_lookalikes(text: str, absent: Intent) -> None:
    assert absent not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Je suis hospitalisée depuis un mois et je ne peux rien payer.", Intent.HARDSHIP),
        ("I'm in hospital and can't pay anything this month.", Intent.HARDSHIP),
        ("Votre action contre moi se prescrit par deux ans, elle est éteinte.", Intent.DISPUTE),
        ("Cette dette est prescrite depuis 2022.", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_the_lookalikes_guards_leave_the_real_ones(text: str, intent: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents, reading.evidence


def test_a_doctors_prescription_is_not_a_time_bar() -> None:
    reading = understand(
        "Je conteste : ce transport était prescrit par mon médecin, je ne dois rien.", RECEIVED
    )
    assert Intent.DISPUTE in reading.intents
    assert reading.dispute_type is not DisputeType.TIME_BARRED


def test_a_benefit_awaited_from_its_payer_is_a_promise_with_no_date() -> None:
    # SPEC: "quand je toucherai mon salaire" is a promise with `date` null; the CAF paying
    # the debtor is the same, not a condition put on the creditor.
    reading = understand("Je vous enverrai 50 € quand la CAF aura versé la prime.", RECEIVED)
    assert Intent.PROMISE_TO_PAY in reading.intents
    assert (reading.date, reading.amount) == (None, Decimal("50.00"))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("8 mensualités de 50 € le 10 de chaque mois, la première le 10 avril.", date(2026, 4, 10)),
        ("I was going to pay today but the app crashed, I'll do it Thursday.", date(2026, 3, 12)),
        ("Further to my voicemail earlier today, we will pay the £300 on the 25th.", date(2026, 3, 25)),
        ("I know the agreement said the 12th but I'll pay on the 20th.", date(2026, 3, 20)),
    ],
)  # fmt: skip
def test_the_payments_day_not_the_day_given_up(text: str, day: date) -> None:
    assert understand(text, RECEIVED).date == day


def test_a_sum_now_and_the_same_later_are_instalments() -> None:
    reading = understand("en deux fois : 80 maintenant et 80 le 20", RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert (reading.installments, reading.installment_amount) == (2, Decimal("80.00"))


def test_availability_for_a_call_is_no_payment_date() -> None:
    reading = understand(
        "Je voudrais un échéancier de 30 € par mois, je suis dispo demain pour en parler.", RECEIVED
    )
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Paying today.", date(2026, 3, 10)),
        ("paying the £40 on Friday, promise", date(2026, 3, 13)),
    ],
)
def test_paying_with_a_day_to_come_is_a_promise(text: str, day: date) -> None:
    reading = understand(text, RECEIVED)
    assert (reading.intent, reading.date) == (Intent.PROMISE_TO_PAY, day), reading.evidence


def test_not_paying_today_promises_no_day() -> None:
    assert understand("I'm not paying today.", RECEIVED).date is None


def test_a_sum_a_month_from_payday_is_a_plan_without_hardship() -> None:
    # SPEC: payday is a promise's time, no difficulty; the sum and its period make a plan.
    reading = understand("80 € par mois dès que je touche mon salaire", RECEIVED)
    assert reading.intents == (Intent.PAYMENT_PLAN_REQUEST,)
    assert reading.installment_amount == Decimal("80.00")


def test_an_income_a_month_is_no_plan_of_its_own() -> None:
    reading = understand("I'm on a pension, £900 a month. I can do £15 a month.", RECEIVED)
    assert reading.installment_amount == Decimal("15.00")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Invoice 118 (£1,200.00 + VAT = £1,440.00) will be paid on Friday.", "1440.00"),
        ("Nous réglerons 2 000,00 € HT, soit 2 400,00 € TTC, le 30.", "2400.00"),
        ("Nous demandons un étalement des 3 000 € HT en 3 mensualités de 1 000 €.", "3000.00"),
    ],
)
def test_the_sum_with_tax_is_what_is_paid(text: str, amount: str) -> None:
    assert understand(text, RECEIVED).amount == Decimal(amount)


def test_a_payment_on_ones_return_keeps_its_date() -> None:
    reading = understand(
        "je pars voir ma famille, je vous règle les 90 € à mon retour le 14", RECEIVED
    )
    assert (reading.intent, reading.date) == (Intent.PROMISE_TO_PAY, date(2026, 3, 14))


def test_an_absence_until_a_return_date_is_no_payment_date() -> None:
    reading = understand(
        "Absent du bureau, je traiterai votre demande dès mon retour le 14.", RECEIVED
    )
    assert reading.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Mme Girard nous a quittés en janvier (départ à la retraite) : écrivez à son successeur.",
        "Notre gestionnaire nous a quittés pour un autre cabinet, le dossier est suivi par M. Roy.",
    ],
)
def test_a_colleague_who_left_is_not_dead(text: str) -> None:
    assert Intent.DECEASED not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    "text",
    [
        "Notre père nous a quittés le 4 février, le notaire a le dossier.",
        "Mme Girard nous a quittés pour un autre poste. Son mari, votre client, est décédé en mai.",
    ],
)
def test_a_death_stands_beside_a_departure(text: str) -> None:
    assert Intent.DECEASED in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    "text",
    [
        "Je reconnais devoir l'abonnement jusqu'à fin mai, pas les mois de juin et juillet.",
        "Je reconnais devoir la facture de mars, certainement pas celle d'avril.",
        "We accept we owe the March invoice, but not the April one.",
    ],
)
def test_part_owed_part_not_is_a_dispute_of_the_amount(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert (reading.intent, reading.dispute_type) == (
        Intent.DISPUTE,
        DisputeType.AMOUNT_INCORRECT,
    ), reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Je reconnais devoir la somme, pas la peine de me relancer : je paie le 12.",
        "I accept that I owe the balance, but not able to pay it all at once.",
    ],
)
def test_owing_it_all_is_no_dispute(text: str) -> None:
    assert Intent.DISPUTE not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Set 37's general causes: suspicious, angry and complaining writers ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je paierai, mais je ne veux plus jamais entendre parler de vous ensuite.",
        "Je règle lundi, et que je ne revoie plus vos courriers après ça.",
        "ok je paie le 12, mais c'est la dernière fois que vous m'appelez chez ma mère",
        "Text me at work one more time and you'll regret it.",
    ],
)
def test_an_angry_last_word_is_a_stop(text: str) -> None:
    assert Intent.STOP_CONTACT in understand(text, RECEIVED).intents


def test_no_bailiff_needed_is_no_stop() -> None:
    reading = understand("Je règle les 60 € vendredi, inutile de m'envoyer un huissier.", RECEIVED)
    assert Intent.STOP_CONTACT not in reading.intents


def test_a_discharged_bankruptcy_that_included_the_debt_is_a_proceeding() -> None:
    reading = understand(
        "My bankruptcy was discharged in 2024 and this account was listed in the schedules.",
        RECEIVED,
    )
    assert Intent.LEGAL_PROCEEDING in reading.intents


def test_a_bankruptcy_ended_long_ago_is_no_proceeding() -> None:
    reading = understand("My bankruptcy was discharged in 2015, this is a new loan.", RECEIVED)
    assert Intent.LEGAL_PROCEEDING not in reading.intents


@pytest.mark.parametrize(
    "text",
    [
        "Une assistante sociale m'a parlé du surendettement, je vais sans doute monter un "
        "dossier. Pour l'instant je ne peux rien payer.",
        "Si vous continuez vos appels je dépose un dossier de surendettement, je vous préviens.",
    ],
)
def test_a_file_meant_or_threatened_is_no_proceeding(text: str) -> None:
    assert Intent.LEGAL_PROCEEDING not in understand(text, RECEIVED).intents


def test_a_figure_called_rubbish_is_a_dispute_of_the_amount() -> None:
    reading = understand("Your balance of £1,980 is rubbish, it was £900 at most.", RECEIVED)
    assert (reading.intent, reading.dispute_type) == (
        Intent.DISPUTE,
        DisputeType.AMOUNT_INCORRECT,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Before anything else I'd like to know if this debt is statute barred.",
        "Je sais que ma dette n'est pas prescrite. Je peux payer 30 € par mois.",
    ],
)
def test_a_time_bar_asked_about_or_denied_is_no_dispute(text: str) -> None:
    assert Intent.DISPUTE not in understand(text, RECEIVED).intents


def test_a_time_bar_claimed_is_a_dispute() -> None:
    reading = understand("Cette dette de 2017 est prescrite, je ne paierai rien.", RECEIVED)
    assert reading.dispute_type is DisputeType.TIME_BARRED


@pytest.mark.parametrize(
    "text",
    [
        "Prouvez-moi que je vous dois cette somme et je paierai.",
        "Show me the signed agreement and I'll pay.",
    ],
)
def test_proof_first_asks_for_the_proof_and_promises_nothing(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intents == (Intent.REQUEST_INFO,), reading.evidence


def test_paying_the_minute_a_fee_goes_is_a_condition() -> None:
    reading = understand("I'll pay the £80 the minute you take off the late fee.", RECEIVED)
    assert Intent.PROMISE_TO_PAY not in reading.intents
    assert reading.amount == Decimal("80.00")


def test_paying_the_minute_the_link_comes_still_wants_to_pay() -> None:
    assert (
        understand("I'll pay the minute you send me the link.", RECEIVED).intent is Intent.PAY_NOW
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Je peux faire 30 € par mois, pas plus, à partir du 14.", date(2026, 3, 14)),
        ("je ne paierai pas plus tard que le 14", date(2026, 3, 14)),
    ],
)
def test_a_cap_is_no_day_given_up(text: str, day: date) -> None:
    assert understand(text, RECEIVED).date == day


def test_clearing_at_a_sum_a_month_is_a_plan() -> None:
    reading = understand("I'll pay it off at £40 a month from the 1st.", RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.installment_amount == Decimal("40.00")


@pytest.mark.parametrize(
    "text",
    [
        "J'ai résilié en 2024 et j'ai l'accusé de réception du recommandé. Je ne dois rien.",
        "merci, j'ai bien reçu la copie du contrat",
    ],
)
def test_a_paper_held_or_received_is_not_asked_for(text: str) -> None:
    assert Intent.REQUEST_INFO not in understand(text, RECEIVED).intents


def test_a_paper_still_missing_is_asked_for() -> None:
    reading = understand(
        "J'ai bien reçu le mandat, envoyez-moi aussi la copie du contrat.", RECEIVED
    )
    assert Intent.REQUEST_INFO in reading.intents


def test_not_a_wrong_number_is_no_wrong_person() -> None:
    reading = understand("It's me, not a wrong number, but I owe £60 not £90.", RECEIVED)
    assert reading.intent is Intent.DISPUTE
    assert Intent.WRONG_PERSON not in reading.intents


@pytest.mark.parametrize(
    "text",
    [
        "C'est scandaleux, je vais saisir le médiateur au sujet de vos méthodes.",
        "I will be making a complaint to the Ombudsman about your letters.",
    ],
)
def test_a_complaint_threatened_is_no_dispute(text: str) -> None:
    assert Intent.DISPUTE not in understand(text, RECEIVED).intents


def test_a_complaint_lodged_with_the_mediator_is_a_dispute() -> None:
    reading = understand("J'ai saisi le médiateur de l'eau au sujet de cette facture.", RECEIVED)
    assert Intent.DISPUTE in reading.intents


# -- Set 36's general causes: the calendar and the purse ------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("I was gonna pay on the 13th but the bank was shut. Sending it on the 16th.", date(2026, 3, 16)),
        ("J'ai rendez-vous chez le notaire jeudi, je vous fais le virement vendredi.", date(2026, 3, 13)),
        ("Je vire le 9 avril, la banque est fermée le 8.", date(2026, 4, 9)),
        ("Je vous paie le 13, enfin non le 16.", date(2026, 3, 16)),
        ("I'll pay on the 13th, I mean the 16th.", date(2026, 3, 16)),
        ("I first said the 12th, then the 14th; it will now be the 20th.", date(2026, 3, 20)),
        ("Je vous avais annoncé le 12, ce sera le 20.", date(2026, 3, 20)),
        ("Je ne pourrai pas faire le prélèvement le 12, je paierai le 20.", date(2026, 3, 20)),
        ("J'ai rien payé le 5, je paie les 90 € le 20.", date(2026, 3, 20)),
        ("£50 is all I've got this week, it goes out on the 20th.", date(2026, 3, 20)),
    ],
)  # fmt: skip
def test_the_payments_day_among_days_said_for_something_else(text: str, day: date) -> None:
    assert understand(text, RECEIVED).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("je ne sais pas encore, je paie le 20", date(2026, 3, 20)),
        ("Le ferme du Moulin a reçu mon chèque le 2 mars.", date(2026, 3, 2)),
    ],
)
def test_a_day_near_a_negation_or_a_look_alike_word_is_kept(text: str, day: date) -> None:
    assert understand(text, RECEIVED).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("La facture FA-88 du 3 février est partie en virement le 6 mars.", date(2026, 3, 6)),
        ("Our cheque (invoice 4471, dated February 2) cleared on March 6.", date(2026, 3, 6)),
    ],
)
def test_an_invoices_date_is_not_the_payments(text: str, day: date) -> None:
    assert understand(text, RECEIVED).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Je vous règle le lendemain de Pâques.", date(2026, 4, 6)),
        ("I'll pay you the Monday after St Patrick's Day.", date(2026, 3, 23)),
        ("la paie tombe le dernier vendredi du mois, je vous fais 200 € ce jour-là", date(2026, 3, 27)),
    ],
)  # fmt: skip
def test_a_feast_day_or_a_payday_weekday_dates_a_promise(text: str, day: date) -> None:
    assert understand(text, RECEIVED).date == day


@pytest.mark.parametrize("text", ["I'll pay on 05/04.", "Paid in full on 03/04, ref 5521."])
def test_an_english_numeric_date_either_way_round_is_no_date(text: str) -> None:
    assert understand(text, RECEIVED, lang="en").date is None


def test_a_figure_quoted_is_not_the_sum_promised() -> None:
    reading = understand(
        "I'll pay on the 30th. Your letter says £640.10 but the app says £622.10?", RECEIVED
    )
    assert reading.amount is None


def test_the_outstanding_sum_a_letter_names_is_a_plans_total() -> None:
    reading = understand(
        "The letter says £900.00 is outstanding. Could I pay £100 a month for 9 months?", RECEIVED
    )
    assert reading.amount == Decimal("900.00")


def test_a_sum_given_up_is_not_the_plans() -> None:
    reading = understand(
        "I was going to send $200 on the 1st but can't. Can I do $100 on the 1st and $100 on "
        "the 15th?",
        RECEIVED,
    )
    assert (reading.amount, reading.installment_amount) == (None, Decimal("100.00"))


@pytest.mark.parametrize(
    "text",
    [
        "Les abonnements d'avril à juin que vous me réclamez (3 x 19,90 €) ne sont pas dus.",
        "You're billing me for March to June ($29.99 x 4) after I cancelled.",
        "My husband has died. He was paying you £40 a month by standing order.",
    ],
)
def test_months_billed_or_paid_before_are_no_plan(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.PAYMENT_PLAN_REQUEST not in reading.intents
    assert reading.installments is None, reading


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("la SARL a été liquidée le 3 mars, voyez la liquidatrice, Me Roux", Intent.LEGAL_PROCEEDING),
        ("I paid that bill in full to the phone company at the shop on the 3rd.", Intent.DISPUTE),
        ("M. Leroy avait sans doute ce numéro avant moi, l'opérateur me l'a attribué en mai.", Intent.WRONG_PERSON),
        ("Whoever you want must have had this number before me.", Intent.WRONG_PERSON),
        ("That's a zombie debt from 2014 and I'm not paying it.", Intent.DISPUTE),
        ("can i do 30 bucks every other friday till its paid off", Intent.PAYMENT_PLAN_REQUEST),
        ("£75 going over on Friday.", Intent.PROMISE_TO_PAY),
        ("Sent what I could – £20 – on Monday.", Intent.ALREADY_PAID),
        ("just cleared the last 80 this morning, am I done?", Intent.ALREADY_PAID),
        ("Please take my work number off the file.", Intent.STOP_CONTACT),
    ],
)  # fmt: skip
def test_set_36s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Je suis la liquidatrice de sa succession, que faut-il faire ?", Intent.LEGAL_PROCEEDING),
        ("can i do 30 bucks every other friday till its paid off", Intent.ALREADY_PAID),
        ("si je règle tout avant le 31, vous me faites une remise ?", Intent.PROMISE_TO_PAY),
        ("I'm in a Personal Insolvency Arrangement; my PIP is John Kelly of Kelly Insolvency.", Intent.HARDSHIP),
        ("Could someone call me while I'm off work for the holidays?", Intent.HARDSHIP),
        ("Your agent promised a callback and nobody called me back.", Intent.WRONG_PERSON),
    ],
)  # fmt: skip
def test_set_36s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Nobody called Sandra lives here.", Intent.WRONG_PERSON),
        ("My PIP has been stopped and I can't pay this month.", Intent.HARDSHIP),
    ],
)
def test_set_36s_look_alikes_keep_the_real_thing(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "intent", "found"),
    [
        ("would ye ever feck off", Intent.HOSTILE, True),
        ("Vous pouvez m'envoyer un mandat SEPA pour le prélèvement ?", Intent.REQUEST_INFO, False),
    ],
)
def test_set_36s_words_to_the_rules(text: str, intent: Intent, found: bool) -> None:
    assert (intent in read_rules(normalize(text)).intents) is found


@pytest.mark.parametrize(
    "text",
    [
        "Under Article 17 of the GDPR I ask for the erasure of all personal data you hold on me.",
        "J'exerce mon droit à l'effacement de mes données personnelles.",
    ],
)
def test_an_erasure_request_is_a_stop_and_no_proceeding(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.STOP_CONTACT in reading.intents
    assert Intent.LEGAL_PROCEEDING not in reading.intents


def test_a_copy_of_ones_data_is_asked_for_not_a_stop() -> None:
    reading = understand("Please send me a copy of the personal data you hold about me.", RECEIVED)
    assert Intent.STOP_CONTACT not in reading.intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Nous sommes en règlement collectif de dettes depuis janvier.", Intent.LEGAL_PROCEEDING),
        ("Je suis en concurso de acreedores à Valence, mon avocat vous a écrit.", Intent.LEGAL_PROCEEDING),
        ("Toutes les poursuites contre moi sont suspendues par le juge.", Intent.LEGAL_PROCEEDING),
        ("All enforcement action against me has been stayed by the court.", Intent.LEGAL_PROCEEDING),
        ("Mon contrat a été rompu par mon employeur la semaine dernière.", Intent.HARDSHIP),
        ("Je suis rapatriée sans solde depuis un mois.", Intent.HARDSHIP),
        ("Freelance gigs have dried up since the summer.", Intent.HARDSHIP),
        ("Plus aucune mission depuis le 3 février, je suis coincé.", Intent.HARDSHIP),
        ("Je touche 620 € d'allocations, c'est tout ce que j'ai.", Intent.HARDSHIP),
        ("I never signed up for anything with you, please delete me", Intent.STOP_CONTACT),
        ("C'est payé, faut arrêter maintenant.", Intent.STOP_CONTACT),
        ("There is no Michael on this boat.", Intent.WRONG_PERSON),
        ("Ce n'est pas moi, la titulaire du contrat est ma sœur.", Intent.WRONG_PERSON),
        ("The account holder is my nephew, not me.", Intent.WRONG_PERSON),
        ("Les frais de relance que vous ajoutez n'ont aucun fondement.", Intent.DISPUTE),
        ("Is it possible to pay it off in smaller chunks?", Intent.PAYMENT_PLAN_REQUEST),
        ("I'd like to know what the £40 late fee is for.", Intent.REQUEST_INFO),
        ("The rest will go out on Friday as usual.", Intent.PROMISE_TO_PAY),
        ("Cent cinquante euros demain par virement.", Intent.PROMISE_TO_PAY),
        ("Paying the whole £300 on Monday.", Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_set_38_and_39s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Je suis payée en francs suisses, c'est pour ça que le montant varie.", Intent.ALREADY_PAID),
        ("C'est réglé, on est quittes.", Intent.DECEASED),
        ("My daughter is travelling, she's fine, I just open her post.", Intent.DECEASED),
        ("I'm thinking about filing for Chapter 13, a lawyer says it may help.", Intent.LEGAL_PROCEEDING),
        ("My company in Leeds went into administration and none of us have been paid.", Intent.LEGAL_PROCEEDING),
        ("La boîte d'intérim a été placée en liquidation, je n'ai pas eu ma paie.", Intent.LEGAL_PROCEEDING),
        ("C'est mon colocataire qui est en surendettement, pas moi.", Intent.LEGAL_PROCEEDING),
        ("Une requête en règlement collectif de dettes sera déposée au tribunal le mois prochain.", Intent.LEGAL_PROCEEDING),
        ("Vous vous êtes trompés de date, pas de personne.", Intent.WRONG_PERSON),
        ("I don't want to speak to anyone, just email me the balance.", Intent.REQUEST_HUMAN),
        ("Mon chômage tombe le 5, je vous paie le 6.", Intent.HARDSHIP),
        ("Broke the screen of my phone lol, will pay Friday.", Intent.HARDSHIP),
        ("I was out of work in the spring but I'm back at the depot now, paying Friday.", Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_set_38_and_39s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I'm thinking about filing for Chapter 13, a lawyer says it may help.", Intent.HARDSHIP),
        (
            "My company in Leeds went into administration and none of us have been paid.",
            Intent.HARDSHIP,
        ),
        ("My partner died last month; the car loan was in her name.", Intent.DECEASED),
        ("The account holder is my father, he died in May.", Intent.DECEASED),
        ("Mon chômage tombe le 5, je vous paie le 6.", Intent.PROMISE_TO_PAY),
    ],
)
def test_set_38_and_39s_look_alikes_keep_the_real_thing(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_vous_m_appelez_moi_asks_for_no_call_in_the_rules() -> None:
    # (The model may still hear a call in it; the rules must not.)
    assert (
        Intent.REQUEST_HUMAN not in read_rules(normalize("Pourquoi vous m'appelez moi ?")).intents
    )
    assert Intent.REQUEST_HUMAN in read_rules(normalize("Appelez-moi demain.")).intents


def test_the_holder_who_died_is_no_wrong_person() -> None:
    reading = understand("The account holder is my father, he died in May.", RECEIVED)
    assert Intent.WRONG_PERSON not in reading.intents


def test_a_zero_sum_is_never_the_sum_paid() -> None:
    reading = understand("J'ai tout réglé, la facture de clôture est à 0 €.", RECEIVED)
    assert Intent.ALREADY_PAID in reading.intents
    assert reading.amount is None
    assert understand("J'ai réglé 45 € hier.", RECEIVED).amount == Decimal("45.00")


@pytest.mark.parametrize(
    ("text", "day", "each"),
    [
        # "tous les 15": the 15th of each month, the next one first.
        ("Je peux mettre 40 € tous les 15.", date(2026, 3, 15), Decimal("40.00")),
        ("Je peux faire 40 € chaque 15 du mois.", date(2026, 3, 15), Decimal("40.00")),
        # The period said before the sum.
        ("Chaque mois je peux vous verser 45 €.", None, Decimal("45.00")),
        ("Every Friday I can send £25.", None, Decimal("25.00")),
        # A start on one's return: the day said after it.
        ("Je peux faire 60 € par mois à partir de mon retour de mission le 2 avril.", date(2026, 4, 2), Decimal("60.00")),
    ],
)  # fmt: skip
def test_a_plans_recurring_day_and_sum(text: str, day: date | None, each: Decimal) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.PAYMENT_PLAN_REQUEST in reading.intents
    assert reading.installment_amount == each
    if day is not None:
        assert reading.date == day


def test_tous_les_15_jours_is_a_fortnight_not_a_day() -> None:
    reading = understand("Je peux faire 40 € tous les 15 jours.", RECEIVED)
    assert reading.installment_amount == Decimal("40.00")
    assert reading.date is None


def test_since_a_day_is_no_day_to_come_but_a_day_paid() -> None:
    promise = understand(
        "Plus de chantier depuis le 5, mais je vous paie dès que le client me règle.", RECEIVED
    )
    assert Intent.PROMISE_TO_PAY in promise.intents
    assert promise.date is None
    assert understand("C'est réglé depuis le 5.", RECEIVED).date == date(2026, 3, 5)


def test_a_sum_in_thousands_keeps_its_zeros_when_normalised() -> None:
    assert normalize("6 000 MAD par mois") == "6 000 mad par mois"
    assert normalize("stooooop") == "stoop"


@pytest.mark.parametrize(
    "text",
    [
        "On est en plein divorce, c'est le bazar, mais cette facture est à moi : je vire 90 € ce soir.",
        "We split up in the summer so everything is in my name now. I'll pay the £60 on Friday.",
        "Désolé du silence, on a eu un dégât des eaux à la boutique. Je vous règle les 240 € lundi.",
        "Sorry for the delay, we had a break-in at the office. Paying the invoice on the 20th.",
        "Merci pour le délai accordé après l'inondation, bien reçu votre courrier.",
        "Suite au cambriolage nous avons changé d'adresse : 12 rue des Lilas, Nantes.",
        "I've never had a car accident and I don't know who this Gary is.",
        "Mon père a été hospitalisé la semaine dernière, mais pour mon compte pas de souci, je paie samedi.",
        "My sister's been laid off so I'm helping her a bit, but I'll clear my balance on payday.",
        "Sorry for the slow reply, my uncle passed away and I was at the funeral. I'll pay the £75 Monday.",
        "Papa nous a quittés jeudi. Je vous rappelle après les obsèques.",
    ],
)
def test_an_event_named_without_its_cost_is_no_hardship(text: str) -> None:
    # SPEC: hardship is being unable to pay because of a difficulty; a flood, a divorce or
    # someone else's illness named as the background of a reply says no such thing.
    assert Intent.HARDSHIP not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    "text",
    [
        "On est en plein divorce et je ne peux rien payer ce mois-ci.",
        "Depuis la séparation je paie le loyer toute seule, j'y arrive plus.",
        "Our house flooded in March and we're in temporary accommodation, I can't pay this now.",
        "La tempête a arraché le toit, je dois d'abord payer le couvreur, je peux pas là.",
        "The hurricane shut the hotel I work at until further notice and I missed three weeks of shifts.",
        "Depuis les feux de forêt on a été évacués et l'atelier est fermé depuis un mois.",
        "My mum's in hospital and I've had to stop work to look after her, I can't keep up the payments.",
        "Ma grand-mère est décédée, je pars au pays pour l'enterrement, je vous paie à mon retour le 9.",
        "My nan died and I had to pay for the funeral, I've got nothing left this month.",
        "Entre les obsèques de ma tante et le loyer, il me reste 15 € sur le compte.",
        "Gyms were closed again this month and my coaching income has gone to zero.",
    ],
)
def test_an_event_with_what_it_did_to_the_purse_is_hardship(text: str) -> None:
    assert Intent.HARDSHIP in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Ma sœur est décédée en mai, le prêt était à nos deux noms et je ne peux plus payer seule.", Intent.DECEASED),
        ("Ma sœur est décédée en mai, le prêt était à nos deux noms et je ne peux plus payer seule.", Intent.HARDSHIP),
        ("My husband died in June, the credit is in my name only and I can't pay it on one wage.", Intent.HARDSHIP),
        ("Please stop. My daughter died in March. I can't keep reading these texts.", Intent.DECEASED),
        ("Why have you taken £40 twice this month? Refund the duplicate please.", Intent.DISPUTE),
        ("You took £80 instead of the £50 we agreed on the phone.", Intent.DISPUTE),
        ("The balance you quote (£2,900) is higher than what my IVA lists.", Intent.DISPUTE),
        ("Vous m'avez prélevé deux fois le 5, remboursez-moi.", Intent.DISPUTE),
        ("Le solde que vous m'indiquez (620 €) est faux, j'ai déjà payé trois échéances.", Intent.DISPUTE),
        ("Ce crédit, c'est à mon ex-mari de le payer, le juge l'a décidé.", Intent.DISPUTE),
        ("My brother is the one who owes you, not me. Leave me alone.", Intent.WRONG_PERSON),
        ("I think you want a different Sarah Jones, I've never lived in Hull.", Intent.WRONG_PERSON),
        ("My ex kept the van and the finance is in his name. Why do you text me?", Intent.WRONG_PERSON),
        ("Not mine, I only got this phone last month.", Intent.WRONG_PERSON),
        ("C'est mon ex qui avait le contrat, moi j'étais juste le contact.", Intent.WRONG_PERSON),
        ("I'm paying every week as agreed, you don't need to message me every day. Knock it off.", Intent.STOP_CONTACT),
        ("I'm in breathing space; you are not allowed to contact me about this debt.", Intent.STOP_CONTACT),
    ],
)  # fmt: skip
def test_set_40_to_42s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Mon frère est au chômage et je l'héberge, mais ça ne change rien : je paie mes 40 € le 12.", Intent.HARDSHIP),
        ("Not out of work or anything, I just forgot. Paying tomorrow.", Intent.HARDSHIP),
        ("Je vous propose 4 x 60 €, c'est tout ce que je peux.", Intent.HARDSHIP),
        ("Mon père est décédé le 2, je règle sa dernière facture vendredi.", Intent.HARDSHIP),
        ("Ma tante est décédée, voici l'acte de décès, le notaire vous écrira.", Intent.HARDSHIP),
        ("I'm not saying it's the wrong amount, you took £30 as agreed.", Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_40_to_42s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("As agreed with your colleague on the phone this morning, £120 on the 8th.", Intent.PROMISE_TO_PAY),
        ("Comme convenu avec Mme Roche hier, 90 € le 12.", Intent.PROMISE_TO_PAY),
        ("Tell Priya I have not forgotten: £45 on the 2nd.", Intent.PROMISE_TO_PAY),
        ("Can we push this month's payment to the 26th?", Intent.PROMISE_TO_PAY),
        ("Je voudrais juste décaler au 18 ce mois-ci.", Intent.PROMISE_TO_PAY),
        ("Spoke to Dan yesterday, confirming £30 a week from this Friday.", Intent.PAYMENT_PLAN_REQUEST),
        ("J'ai eu Karim au téléphone, on s'est entendus pour 80 $ aux deux semaines à partir de jeudi.", Intent.PAYMENT_PLAN_REQUEST),
        ("Could you stop the calls for a couple of weeks? My mother is in hospital.", Intent.STOP_CONTACT),
        ("my ex says he paid it off. did he?", Intent.REQUEST_INFO),
    ],
)  # fmt: skip
def test_set_42s_follow_ups(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Ma carte a été bloquée après une fraude, la banque m'en envoie une nouvelle, je paie dès réception.", Intent.DISPUTE),
        ("Got a replacement card after the fraud alert, send me the link and I'll pay now.", Intent.DISPUTE),
        ("Le virement du 4 est parti, ma banque l'avait bloqué pour suspicion de fraude.", Intent.DISPUTE),
        ("Mon assurance vous a versé directement les 300 € le 2 mars.", Intent.DISPUTE),
        ("Ce n'est pas moi qui conduisais, c'est mon fils, mais c'est bien mon contrat : je paie la franchise le 9.", Intent.WRONG_PERSON),
        ("Le compte joint est mort depuis juillet, je vous fais 30 € par mois par virement.", Intent.DECEASED),
        ("The account died when I closed it. I paid the last £20 on the 3rd.", Intent.DECEASED),
        ("Ma mère n'est pas décédée, elle est en maison de retraite ; envoyez-moi le RIB.", Intent.DECEASED),
        ("Mon fils a eu un accident de scooter, il est encore en rééducation. De quoi s'agit-il ?", Intent.DECEASED),
        ("Il dit que c'est réglé mais je préfère vérifier : reste-t-il quelque chose ?", Intent.ALREADY_PAID),
        ("Will paying the £50 stop the letters?", Intent.STOP_CONTACT),
    ],
)  # fmt: skip
def test_set_40_to_42s_look_alikes_of_safety(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("My dad died last week; the account holder was him, not me.", Intent.DECEASED),
        ("Mon père est décédé à l'hôpital où il était hospitalisé depuis mai.", Intent.DECEASED),
        (
            "Someone used my card details fraudulently to open this account, it's not my debt.",
            Intent.DISPUTE,
        ),
        (
            "Wrong person? No, it's definitely me, but I paid the shop directly in May.",
            Intent.DISPUTE,
        ),
    ],
)
def test_set_40_to_42s_look_alikes_keep_the_real_thing(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "each"),
    [
        ("Je ne peux plus tenir les 150 € par mois convenus, est-ce que 60 € par mois irait ?", Decimal("60.00")),
        ("I pay £400 a month in child support, so I can't manage the £120 a month. I could do £35 a month.", Decimal("35.00")),
        ("Could it come out weekly, £20, rather than £80 monthly?", Decimal("20.00")),
        ("Je voudrais passer mes mensualités de 90 à 60 € à partir du 5.", Decimal("60.00")),
        ("Il ne verse plus la pension alimentaire (900 € par mois), je ne peux proposer que 40 € par mois.", Decimal("40.00")),
        ("On m'a proposé au téléphone 4 x 90 €, je préfèrerais 8 x 45 €.", Decimal("45.00")),
        # A cap is the sum offered.
        ("Je touche 650 € par mois, je ne peux pas verser plus de 25 € par mois.", Decimal("25.00")),
    ],
)  # fmt: skip
def test_the_instalment_is_the_sum_offered_not_one_refused_or_replaced(
    text: str, each: Decimal
) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.PAYMENT_PLAN_REQUEST in reading.intents, reading
    assert reading.installment_amount == each, reading


def test_a_count_replaced_is_not_the_plans() -> None:
    reading = understand("On m'a proposé au téléphone 4 x 90 €, je préfèrerais 8 x 45 €.", RECEIVED)
    assert reading.installments == 8, reading
    assert understand("Instead of 12 payments, could we do 18?", RECEIVED).installments != 12


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I can do $30 every other Friday starting this Friday.", Intent.PAYMENT_PLAN_REQUEST),
        ("Je suis à jour de mon échéancier, arrêtez les relances.", Intent.ALREADY_PAID),
        ("The standing order went out on the 1st as usual.", Intent.ALREADY_PAID),
        ("Mon père est décédé, j'ai dû avancer les obsèques. Je reprends le 12 mars, promis.", Intent.PROMISE_TO_PAY),
        ("I'll restart the payments on the 4th.", Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_set_42s_plans_in_place(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("ok merci pour le rappel", Intent.REQUEST_HUMAN),
        ("Mon ex et moi on se dispute pour savoir qui paie, mais je vire 100 € le 3.", Intent.DISPUTE),
        ("I entered an IVA last week, so the £60 won't be going out on the 1st.", Intent.PROMISE_TO_PAY),
        ("I'm not paying this, the work was never done.", Intent.PROMISE_TO_PAY),
        ("Robert passed on March 2. He had set up a payment plan with you. Am I liable?", Intent.PAYMENT_PLAN_REQUEST),
        ("My husband's business went into liquidation and we can't pay anything until spring.", Intent.LEGAL_PROCEEDING),
        ("My wages didn't come through, the company's gone into administration.", Intent.LEGAL_PROCEEDING),
        ("I've applied to StepChange for a debt management plan. What now?", Intent.LEGAL_PROCEEDING),
        ("Je suis le patron, le garage est fermé depuis un mois. Je reprends lundi.", Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_set_42s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_an_agreements_date_is_not_the_payments() -> None:
    text = "Lors de notre accord du 14 janvier on avait dit le 25, pouvez-vous passer au 3 ?"
    assert understand(text, RECEIVED).date != date(2027, 1, 14)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("The bailiff asked for a Mr Dean Cole. He has never lived here. Don't come back.", Intent.STOP_CONTACT),
        ("This debt was discharged in my bankruptcy in 2019, I have the order.", Intent.DISPUTE),
        ("My mum died last month and the funeral cleaned me out. I'll pay on the 30th instead.", Intent.HARDSHIP),
        ("Split from my husband in May and bringing up two kids on the one income. £15 a month is all I can do.", Intent.HARDSHIP),
        ("Mon mari est décédé l'an dernier et depuis je n'y arrive plus seule. Je peux faire 25 € par mois.", Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_set_43s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Please don't stop the arrangement, I'll make up the missed payment on Friday.", Intent.STOP_CONTACT),
        ("arrêtez pas le plan svp, je vire les deux mensualités demain", Intent.STOP_CONTACT),
        ("Stop messing me about and tell me the real balance.", Intent.STOP_CONTACT),
        ("I know the statute of limitations doesn't help me, I'll pay it on Friday.", Intent.DISPUTE),
        ("Je sais bien que c'est pas prescrit, 40 € par mois à partir du 5 ?", Intent.DISPUTE),
        ("J'ai dû avancer ma prescription (médicaments pas remboursés), je règle les 60 € le 8.", Intent.DISPUTE),
        ("I'm not bankrupt and I'm not going bankrupt over £70. Send the link.", Intent.HARDSHIP),
        ("My sister's the one in the IVA, not me. I'll clear my balance on the 28th.", Intent.LEGAL_PROCEEDING),
        ("If I pay it all by Friday, will you drop the court claim?", Intent.PROMISE_TO_PAY),
        ("Je passe au tribunal le 14, mais je vous paie les 200 € le 9, comme ça c'est réglé.", Intent.ALREADY_PAID),
    ],
)  # fmt: skip
def test_set_43s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_a_court_date_or_a_bailiffs_visit_is_not_the_payments() -> None:
    text = "Je passe au tribunal le 14, mais je vous paie les 200 € le 9."
    assert understand(text, RECEIVED).date == date(2026, 4, 9)
    text = "Please call off the bailiff visit on Thursday, I'll bring £300 on Wednesday."
    assert understand(text, RECEIVED).date == date(2026, 3, 11)


def test_a_refusal_with_a_typographic_apostrophe_is_one() -> None:
    reading = understand("I can’t manage the £150 a month. I could do £40 a month.", RECEIVED)
    assert reading.installment_amount == Decimal("40.00"), reading


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Been in a hostel since I left the flat, can do £10 a week from Friday.", Intent.HARDSHIP),
        ("Je suis en foyer d'hébergement depuis mon départ, je peux faire 20 € par mois.", Intent.HARDSHIP),
        ("Mon CDD s'est terminé en mars, je cherche du travail. 25 € tous les 15 jours ?", Intent.HARDSHIP),
        ("Sam moved out owing his share. His share of the bill is his problem; I'll pay my half on Friday.", Intent.DISPUTE),
        ("Your bill estimates my usage at 3,900 kWh but I was barely there. Please look at it again.", Intent.DISPUTE),
        ("On me facture encore l'abonnement de l'ancien logement en plus du nouveau.", Intent.DISPUTE),
        ("Not my bill. Never lived at 22 Mill Road.", Intent.WRONG_PERSON),
        ("J'ai payé la facture hier. Vous pouvez arrêter les relances.", Intent.STOP_CONTACT),
        ("Please don't send anything to the old flat, he still lives there.", Intent.STOP_CONTACT),
        ("I would ask you not to write to me again until the estate is settled.", Intent.STOP_CONTACT),
        ("This has been my number since March. Not Paula. Delete it", Intent.STOP_CONTACT),
    ],
)  # fmt: skip
def test_set_44s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("J'ai réglé la facture de fin de contrat par CB hier soir.", Intent.HARDSHIP),
        ("Ma box est décédée, je l'ai renvoyée le 2, vous l'avez reçue ?", Intent.DECEASED),
        ("Don't stop the reminders, I need them. Paying the rest on the 1st.", Intent.STOP_CONTACT),
        ("Non non, continuez à m'envoyer les rappels. Prochain versement le 8.", Intent.STOP_CONTACT),
        ("My ex tells me he has been made bankrupt, but I'll pay my share on the 20th.", Intent.LEGAL_PROCEEDING),
        ("Je pense monter un dossier de surendettement, rien déposé encore.", Intent.LEGAL_PROCEEDING),
    ],
)  # fmt: skip
def test_set_44s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_an_account_opened_fraudulently_is_a_dispute_not_a_wrong_person() -> None:
    reading = understand(
        "This account was opened fraudulently in my name; I have never lived at that address.",
        RECEIVED,
    )
    assert Intent.DISPUTE in reading.intents and Intent.WRONG_PERSON not in reading.intents


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # The day said in the payment's sentence, not the one said in a sentence before it.
        ("La date limite est le 30. Je vous paierai avant, le 27.", date(2026, 3, 27)),
        ("My lease ends on the 31st. I'll pay you before I move, on the 24th.", date(2026, 3, 24)),
        # Negative: with no other sentence, the day beside the payment stays the day.
        ("Je vous paierai le 27, la date limite étant le 30.", date(2026, 3, 27)),
    ],
)
def test_the_day_in_the_payments_sentence_comes_before_one_said_elsewhere(
    text: str, day: date
) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.PROMISE_TO_PAY in reading.intents
    assert reading.date == day


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # Stops said as a channel, a place or hours shut.
        ("Kindly stop chasing me, my adviser has your letter.", Intent.STOP_CONTACT),
        ("No more letters for a month please, I'm dealing with it.", Intent.STOP_CONTACT),
        ("Please email only, I can't take calls.", Intent.STOP_CONTACT),
        ("pls dont ring, I'm on a ward all day", Intent.STOP_CONTACT),
        ("Don't call me between 9 and 5, I'm in class.", Intent.STOP_CONTACT),
        ("not before 7pm please, im driving", Intent.STOP_CONTACT),
        ("Text me, don't call. I'm on site.", Intent.STOP_CONTACT),
        ("Deal with my adviser, Mr Jones at the council, and not me.", Intent.STOP_CONTACT),
        ("Send it in writing. I won't discuss this over the phone.", Intent.STOP_CONTACT),
        ("C'est payé depuis mardi, donc on arrête les relances ok ?", Intent.STOP_CONTACT),
        ("Merci de me contacter par courriel uniquement.", Intent.STOP_CONTACT),
        ("pas d'appel avant 18h svp je suis au boulot", Intent.STOP_CONTACT),
        (
            "C'est le numéro de mon bureau, je veux que vous le supprimiez de votre dossier.",
            Intent.STOP_CONTACT,
        ),
        # Not the writer's number, nor the writer.
        (
            "Ce numéro vient de m'être attribué par mon opérateur, je ne connais personne.",
            Intent.WRONG_PERSON,
        ),
        ("This isn't my number, it belongs to my brother.", Intent.WRONG_PERSON),
        (
            "Je suis la voisine de M. Petit, merci de ne plus m'appeler pour lui.",
            Intent.WRONG_PERSON,
        ),
        # Procedures misspelt, abroad, or told as a court's stay.
        ("I filed for bankrupcy in March, my trustee has your details.", Intent.LEGAL_PROCEEDING),
        ("The court froze all my debts last month, this one included.", Intent.LEGAL_PROCEEDING),
        ("J'ai une procédure de sovraindebitamento ouverte à Turin.", Intent.LEGAL_PROCEEDING),
        # Hardship: a budget told in figures, work given up, money not found, sick pay.
        (
            "Je touche 900 € de retraite et mon loyer est de 500 €. Je peux verser 15 € par mois.",
            Intent.HARDSHIP,
        ),
        (
            "My wages are £1,200 a month and the rent is £800, so £20 a month is my limit.",
            Intent.HARDSHIP,
        ),
        (
            "I've had to give up work to look after my mum. I'll pay what I can later.",
            Intent.HARDSHIP,
        ),
        ("We can't find the money this month, trade has been awful.", Intent.HARDSHIP),
        ("I'm on SSP until March, sorry.", Intent.HARDSHIP),
        (
            "Mon salaire n'a pas été versé ce mois-ci, je ne sais pas quand je pourrai payer.",
            Intent.HARDSHIP,
        ),
        ("Following the fire at our workshop we are unable to trade for now.", Intent.HARDSHIP),
        # A spouse's death and the writer's one income: the writer's hardship, no death.
        (
            "My wife passed away in March and I'm on one income now. Can I pay £50 a month?",
            Intent.HARDSHIP,
        ),
        (
            "Mon papa est mort en juin, j'ai tout payé pour l'enterrement, mon compte est vide.",
            Intent.HARDSHIP,
        ),
        # Threats around the money.
        ("This is harassment and you will pay for it.", Intent.HOSTILE),
        # A payment without its subject, and the next one going out.
        ("sent 40 yesterday, more soon", Intent.ALREADY_PAID),
        ("The £90 goes out on the 28th.", Intent.PROMISE_TO_PAY),
    ],
)
def test_sets_45_to_47s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("I'm not asking you to stop calling me, I just want the figures.", Intent.STOP_CONTACT),
        ("Je n'ai jamais demandé d'arrêter de m'appeler, appelez-moi demain.", Intent.STOP_CONTACT),
        (
            "J'ai fait le virement avec le mauvais numéro de dossier, pouvez-vous corriger ?",
            Intent.WRONG_PERSON,
        ),
        (
            "Je n'habite plus en Belgique, écrivez-moi à ma nouvelle adresse à Lyon.",
            Intent.WRONG_PERSON,
        ),
        ("Je suis la voisine de M. Roy, il est décédé la semaine dernière.", Intent.WRONG_PERSON),
        (
            "My grandfather died in May. The loan is in his name, what do we do?",
            Intent.WRONG_PERSON,
        ),
        (
            "These charges will make me bankrupt! I'll pay the invoice, not the fee.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "My husband was made bankrupt years ago but this account is mine, send the link.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("I'm not sick anymore and back at work, I'll pay £40 on Friday.", Intent.HARDSHIP),
        (
            "J'étais hospitalisée mais je reprends le travail lundi, je vous règle le 20.",
            Intent.HARDSHIP,
        ),
        ("I work at the hospital, can someone call me after 6?", Intent.HARDSHIP),
        ("Universal Credit comes in on the 12th, I'll pay the £30 then.", Intent.HARDSHIP),
        ("My phone broke so I missed your text. I'll pay Friday.", Intent.HARDSHIP),
        ("January has been dead for the shop, but I'll pay you on the 5th.", Intent.DECEASED),
        (
            "My dad died last year and left me some money, so I can finally clear this.",
            Intent.DECEASED,
        ),
        ("Your agent asked my sister if I'd passed away. I'm fine, call me.", Intent.DECEASED),
        ("I broke my leg at work and can't pay this month.", Intent.DISPUTE),
        (
            "My direct debit stopped after I switched banks, can you set it up again?",
            Intent.DISPUTE,
        ),
        ("I don't know when I can pay now, the car needs fixing.", Intent.PAY_NOW),
        ("I will put your name on every review site.", Intent.PROMISE_TO_PAY),
        ("Éventuellement je paie lundi, je vous redis.", Intent.PROMISE_TO_PAY),
        ("Je voulais payer vendredi mais je sais pas quand je pourrai.", Intent.PROMISE_TO_PAY),
    ],
)
def test_sets_45_to_47s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


def test_a_payment_made_and_one_to_come_are_no_plan() -> None:
    reading = understand("I paid £60 on Monday and the other £60 goes out on the 20th.", RECEIVED)
    assert reading.intents[:2] == (Intent.ALREADY_PAID, Intent.PROMISE_TO_PAY)
    assert Intent.PAYMENT_PLAN_REQUEST not in reading.intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        # The creditor's own offer named is no plan asked for.
        (
            "Je refuse votre proposition d'échéancier en 10 mensualités, je conteste tout.",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
        (
            "Vous me proposez de payer en 4 fois ? Non, je n'ai jamais rien commandé.",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
        ("If I accept the 8 x £40 plan, will the default be removed?", Intent.PAYMENT_PLAN_REQUEST),
        # No file wanted; the funeral and the trip paid; a letter sent; the link received.
        (
            "Je ne veux pas passer par un dossier de surendettement, 2 fois 80 € ça irait ?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon oncle est décédé, j'ai payé le train et les obsèques, il ne me reste rien.",
            Intent.ALREADY_PAID,
        ),
        ("I sent you the form by recorded delivery on Monday.", Intent.ALREADY_PAID),
        ("Reçu le lien, merci", Intent.PAY_NOW),
        # Someone else's lost job, the writer fine; a Breathing Space's professional.
        ("Mon frère il a perdu son travail, mais moi ça va, je paie le 20.", Intent.HARDSHIP),
        (
            "My approved mental health professional has applied for a Breathing Space for me.",
            Intent.HARDSHIP,
        ),
        # An offer held back until the creditor agrees.
        ("if you knock off the interest i'll pay 300 friday", Intent.PROMISE_TO_PAY),
        ("si vous acceptez 40 % je vous verse 500 € dans la semaine", Intent.PROMISE_TO_PAY),
    ],
)
def test_sets_45_to_47s_other_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


def test_a_read_receipt_is_an_automatic_reply() -> None:
    text = "Lu : Relance dossier 4471\n\nVotre message a été lu le mardi 10 mars 2026 14:03."
    assert understand(text, RECEIVED).intent is Intent.AUTO_REPLY


def test_a_plan_asked_for_after_refusing_to_pay_at_once() -> None:
    reading = understand(
        "Je ne conteste pas, mais 400 € d'un coup c'est pas possible. 40 € par mois ?", RECEIVED
    )
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.installment_amount == Decimal("40.00")


def test_the_day_of_next_month_said_before_the_sum() -> None:
    reading = understand("I will pay the 5 of the next month £100.", RECEIVED)
    assert reading.date == date(2026, 4, 5)
    assert reading.amount == Decimal("100.00")


@pytest.mark.parametrize(
    "text",
    [
        "Pas possible payer 150 euro chaque mois. Possible 30 euro chaque mois ?",
        "Impossible de verser 150 € par mois, je peux 30 € par mois.",
    ],
)
def test_an_instalment_said_impossible_is_not_the_one_offered(text: str) -> None:
    assert understand(text, RECEIVED).installment_amount == Decimal("30.00")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # Nothing can be paid, said plainly, or despair said.
        ("Je ne peux rien vous verser ce mois-ci, désolée.", Intent.HARDSHIP),
        ("Honestly I can't pay a penny right now.", Intent.HARDSHIP),
        ("He has no access to any funds at the moment and cannot make payments.", Intent.HARDSHIP),
        ("Avec les enfants on a du mal à boucler le mois.", Intent.HARDSHIP),
        ("Je ne vois plus d'issue avec toutes ces dettes.", Intent.HARDSHIP),
        ("i can't see a way out of this anymore", Intent.HARDSHIP),
        ("Il n'y a plus rien sur mon compte depuis le 10.", Intent.HARDSHIP),
        ("Je ne suis pas en mesure de vous payer pour le moment.", Intent.HARDSHIP),
        ("entre les impôts et l'urssaf jsuis a sec", Intent.HARDSHIP),
        ("We're not able to pay anything this month, the season hasn't started.", Intent.HARDSHIP),
        # A filing for insolvency; a company that is not the debtor.
        ("Nous avons déposé le bilan lundi au tribunal de commerce.", Intent.LEGAL_PROCEEDING),
        (
            "Nous ne sommes pas votre débiteur : la société a changé de propriétaire.",
            Intent.WRONG_PERSON,
        ),
        # Paid to the creditor's client directly; only part outstanding.
        ("Il a déjà payé en liquide à votre client, au garage, le 2.", Intent.DISPUTE),
        ("I sent the money to the shop directly last week.", Intent.DISPUTE),
        (
            "The total on your letter is wrong, only invoice 42 (£300) is outstanding.",
            Intent.DISPUTE,
        ),
        # Payments said in the passive or just made.
        ("Toutes nos factures ont été réglées en novembre, dont la vôtre.", Intent.ALREADY_PAID),
        ("Your invoice 7731 was paid on 2 March by wire.", Intent.ALREADY_PAID),
        ("Je viens de vous envoyer le virement, vous l'avez ?", Intent.ALREADY_PAID),
        # A client's insolvency is the writer's hardship.
        (
            "My main client went into administration owing us £20,000, we're behind on everything.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_sets_48_and_49s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Je ne peux rien payer : mon dossier de surendettement a été déclaré recevable.",
            Intent.HARDSHIP,
        ),
        (
            "Je ne suis pas en mesure de régler en une fois, je propose 6 mensualités.",
            Intent.HARDSHIP,
        ),
        ("vous prenez paypal ? je veux en finir avec ce dossier", Intent.HARDSHIP),
        (
            "My accountant says I should go into a CVA but we're nowhere near that. £200 a month?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "I've no plans to go into an IVA, it was one bad month. Paying on the 25th.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "HMRC gave me time to pay, it's not bankruptcy or anything. £40 a month?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "They mentioned a DRO but I earn too much to qualify. £80 a month from the 1st.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("My main contractor went into administration owing us £42,000.", Intent.LEGAL_PROCEEDING),
        ("No one in this family is dead, thank God, but money is tight.", Intent.DECEASED),
        ("Just so there's no confusion, I'll pay invoice 12 on Friday.", Intent.WRONG_PERSON),
        ("John sold me the deli in March and he doesn't work here anymore.", Intent.DISPUTE),
        (
            "Les indemnités ne sont toujours pas arrivées, laissez-moi quelques mois.",
            Intent.DISPUTE,
        ),
        ("Je dis pas que je vous dois pas, mais faut attendre la saison.", Intent.DISPUTE),
    ],
)
def test_sets_48_and_49s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


def test_a_husband_says_it_was_paid_by_check() -> None:
    reading = understand(
        "My husband does the books. He says this was paid on March 3 by check #2281.", RECEIVED
    )
    assert Intent.ALREADY_PAID in reading.intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        # Money trouble denied beside a hard time.
        (
            "Entre ma mère malade et le travail je n'ai pas eu le temps, aucun souci d'argent : virement ce soir.",
            Intent.HARDSHIP,
        ),
        (
            "I'm caring for my husband since his stroke, it's not a money problem, I'll pay tomorrow.",
            Intent.HARDSHIP,
        ),
        (
            "C'est dur depuis son AVC mais on s'en sort financièrement, le prélèvement passera le 8.",
            Intent.HARDSHIP,
        ),
        # A crisis over.
        (
            "J'ai été hospitalisée en mars, c'est derrière moi, je vais bien. Virement fait ce matin.",
            Intent.HARDSHIP,
        ),
        (
            "I had a breakdown two years ago, I'm well now and back at work full time. Send me the link.",
            Intent.HARDSHIP,
        ),
        (
            "I was in hospital last month but I'm home now and doing a lot better, paying Thursday.",
            Intent.HARDSHIP,
        ),
        # A boiler that broke down is the goods', not the purse's.
        (
            "The boiler broke down two days after the service and nobody came back. Not paying for that.",
            Intent.HARDSHIP,
        ),
        # Someone else at a refuge; a Breathing Space read about; one's own instalment forgotten.
        (
            "My sister is staying at a refuge, I was helping her move. What did you need?",
            Intent.HARDSHIP,
        ),
        (
            "I read about Breathing Space online, could you freeze interest if I ever needed it?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Décès de ma tante cette semaine, j'ai oublié l'échéance, je fais le virement demain.",
            Intent.DECEASED,
        ),
        # A brother's struggle told after his death is no hardship of the writer's.
        (
            "My brother took his own life in May. He was struggling with money. I'm his next of kin.",
            Intent.HARDSHIP,
        ),
        ("je me suis encore fait du mal hier soir, arrêtez", Intent.ALREADY_PAID),
    ],
)
def test_sets_48s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("My brother took his own life in May. Please stop writing to his flat.", Intent.DECEASED),
        ("My car broke down and I need it for work. Can't now, sorry.", Intent.HARDSHIP),
        ("The van broke down and the repair took every penny I had.", Intent.HARDSHIP),
    ],
)
def test_set_48s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Je vous règle les 600 € dès que je touche les aides PAC.", Intent.HARDSHIP),
        ("merci pour le rib, c'est noté", Intent.PAY_NOW),
        (
            "La SARL est en dissolution anticipée à l'amiable, je suis le liquidateur amiable : virement le 15.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "J'avais prévu de vous payer vendredi mais mon client ne m'a pas payé. Je ne peux rien vous promettre.",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "Les indemnités de l'État pour le troupeau ne sont toujours pas arrivées.",
            Intent.DISPUTE,
        ),
    ],
)
def test_set_49s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


def test_goods_not_arrived_after_a_payment_are_still_a_dispute() -> None:
    text = "J'ai fait le virement il y a un mois et le colis n'est toujours pas arrivé."
    assert Intent.DISPUTE in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Could I pay £20 a month? I'd rather not have phone calls, email is fine.",
            Intent.STOP_CONTACT,
        ),
        ("that's my ex's phone, it was in his name not mine", Intent.WRONG_PERSON),
        (
            "The factory has cut everyone's shifts since May, so I can't clear it in one go.",
            Intent.HARDSHIP,
        ),
        ("mon taxi a pris feu, expertise en cours, je roule plus depuis 15 jours", Intent.HARDSHIP),
        (
            "My van was stolen last week. Could I pay £30 a week until I'm back on the road?",
            Intent.HARDSHIP,
        ),
        (
            "Nous réglerons la facture déduction faite des transactions frauduleuses.",
            Intent.DISPUTE,
        ),
        (
            "Rent arrears?? Universal Credit pays my housing element straight to the landlord.",
            Intent.DISPUTE,
        ),
        # A relative clearing the dead one's arrears: the death stands.
        (
            "My mom was the tenant, she passed away in May. I want to clear her arrears, how can I pay?",
            Intent.DECEASED,
        ),
        # A garage writing about a client who died: the death, no hardship of the writer's.
        (
            "La voiture de M. Perez est chez nous depuis son décès en juillet. Qui doit la récupérer ?",
            Intent.DECEASED,
        ),
    ],
)
def test_sets_50_to_52s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents


def test_a_reply_written_inside_the_quote_is_read() -> None:
    text = (
        "Bonjour, mes réponses dans le texte.\n\n"
        "Le mar. 3 mars 2026 à 10:05, Cabinet Roux <contact@roux.fr> a écrit :\n"
        "> Votre dette s'élève à 534,20 € dont 84,20 € de frais.\n\n"
        "Ces 84,20 € de frais, je les conteste.\n\n"
        "> Merci de régler sous huitaine.\n\n"
        "Je règle les 450 € lundi.\n\n"
        "> Cabinet Roux"
    )
    reading = understand(text, RECEIVED)
    assert reading.intents[:2] == (Intent.DISPUTE, Intent.PROMISE_TO_PAY)
    assert reading.date == date(2026, 3, 16)
    assert reading.amount == Decimal("450.00")


def test_a_reply_above_a_quote_still_ignores_the_quote() -> None:
    text = (
        "Je paierai vendredi.\n\n"
        "Le mar. 3 mars 2026 à 10:05, Cabinet Roux <contact@roux.fr> a écrit :\n"
        "> Votre dette s'élève à 534,20 €.\n"
        "> Répondez STOP pour ne plus recevoir nos messages."
    )
    reading = understand(text, RECEIVED)
    assert reading.intents == (Intent.PROMISE_TO_PAY,)
    assert reading.amount is None


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "not bankrupt or anything lol, just short till payday. £40 on the 25th",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "A friend of mine went bankrupt over a debt like this, so could we do 10 monthly payments?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon frère, qui a le même nom que moi, a déposé un dossier de surendettement. Moi je paie le 8.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "The dealership went into administration before fitting the towbar. I'm still paying on the 1st.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Le concessionnaire a été placé en liquidation, mais je continue de payer mes mensualités.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon dossier de surendettement est en cours de constitution, je ne l'ai pas encore déposé.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "The insurer is refusing to pay out, so I can only manage £50 a month for now.",
            Intent.DISPUTE,
        ),
        (
            "Mon père, qui s'était porté caution de mon prêt auto, est décédé. Cela change quelque chose ?",
            Intent.DECEASED,
        ),
        (
            "Le crédit était celui de mon père, décédé en 2023 ; j'ai tout repris à mon nom, virement demain.",
            Intent.DECEASED,
        ),
        (
            "You've got the right person but the wrong car, my finance was for a Fiesta.",
            Intent.WRONG_PERSON,
        ),
        (
            "You've got the wrong mileage on the report, so the excess charge is wrong.",
            Intent.WRONG_PERSON,
        ),
        (
            "Je vous demande de cesser de me considérer comme débitrice de cette somme.",
            Intent.STOP_CONTACT,
        ),
        (
            "The other driver's insurer accepted liability. Your invoice should go to them, not me.",
            Intent.STOP_CONTACT,
        ),
    ],
)
def test_sets_50_to_52s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Je vous enverrai le nouveau relevé après le changement de compteur.",
            Intent.PROMISE_TO_PAY,
        ),
        ("The arrears of £560 will be paid in full this Thursday.", Intent.ALREADY_PAID),
        (
            "My housing benefit goes in on Monday and I'll transfer the £260 that day.",
            Intent.HARDSHIP,
        ),
        ("le lien marche pas, ça me met carte refusée alors que j'ai l'argent", Intent.DISPUTE),
    ],
)
def test_set_52s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


def test_a_sum_sent_tonight_is_still_a_promise() -> None:
    reading = understand("je vous envoie les 80 € ce soir", RECEIVED)
    assert Intent.PROMISE_TO_PAY in reading.intents
    assert reading.date == date(2026, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "jvous envoie la lettre de la bdf ce soir",
        "Je vous adresse le courrier de la banque demain.",
    ],
)
def test_a_paper_sent_is_no_promise_the_rules_make(text: str) -> None:
    assert Intent.PROMISE_TO_PAY not in read_rules(normalize(text)).intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        # Review of the session's new rules: the words they use, said of something else.
        (
            "Pour éviter le dépôt de bilan, nous vous proposons 4 mensualités.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("There's no way out of this contract, I checked the terms.", Intent.HARDSHIP),
        ("I'm his colleague, he asked me to say he'll pay on Friday.", Intent.WRONG_PERSON),
    ],
)
def test_the_sessions_new_rules_keep_to_their_meaning(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # The creditor paid itself, named by its kind; an insurer that paid or should have.
        (
            "I settled the balance with the university's finance office on 2 June, I have the receipt.",
            Intent.DISPUTE,
        ),
        (
            "I paid the Trust's invoice on their own online payment page on 14 January.",
            Intent.DISPUTE,
        ),
        ("j'ai tout réglé à la mairie au guichet de la régie le 6 mai", Intent.DISPUTE),
        ("le 12 j'ai envoyé un chèque à l'ordre du trésor public", Intent.DISPUTE),
        ("insurance shouldve covered that, we met our deductible in january", Intent.DISPUTE),
        ("My insurance paid this claim on 8/30 by check to the hospital.", Intent.DISPUTE),
        # Sick pay late, half pay; a neighbour's bills; a number got last month.
        (
            "en arrêt depuis mon accident, les indemnités journalières arrivent avec 2 mois de retard",
            Intent.HARDSHIP,
        ),
        ("I'm on maternity leave and only getting half pay until June.", Intent.HARDSHIP),
        ("je suis pas Mme Joseph, envoyez plus ses factures ici", Intent.STOP_CONTACT),
        ("Who is Daniel Osei? Got this number a month ago.", Intent.WRONG_PERSON),
    ],
)
def test_sets_53_and_54s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "J'ai bien envoyé le justificatif de quotient familial à la mairie le 3 octobre.",
            Intent.DISPUTE,
        ),
        ("est-ce que je peux payer en espèces à la mairie ?", Intent.DISPUTE),
    ],
)
def test_sets_53_and_54s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


def test_a_number_long_held_is_no_rule_of_a_stranger() -> None:
    # (Only a number got recently says a stranger has it; the model may still read one.)
    text = "I've had this number for ten years, please stop calling."
    assert Intent.WRONG_PERSON not in read_rules(normalize(text)).intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Mon frère travaillait sur une plateforme, il a été tué lors d'une attaque le mois dernier.",
            Intent.DECEASED,
        ),
        (
            "I've been given a Breathing Space; the professional is at the hospital where I work nights.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Who is Kyle Brennan? This is the works phone for our dispatch desk.",
            Intent.WRONG_PERSON,
        ),
        (
            "Je viens de perdre mon contrat sur le paquebot, je peux faire 25 € par mois.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_55s_wordings(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents


def test_a_sister_who_just_lost_her_job_is_no_hardship_of_the_writers() -> None:
    text = "Ma sœur vient de perdre son emploi, je l'héberge, mais je paie les 150 € samedi."
    assert Intent.HARDSHIP not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "La mutuelle m'a remboursé la semaine passée. Je vous verse les 87,40 € vendredi.",
            Intent.ALREADY_PAID,
        ),
        (
            "The EOB shows plan paid $980.00, patient responsibility $260.00. I'll pay the $260 today.",
            Intent.ALREADY_PAID,
        ),
        (
            "Mon frère est au chômage et c'est dur pour lui, mais moi ça va. Je paie vendredi.",
            Intent.HARDSHIP,
        ),
        (
            "My wife fought cancer all year and her last scan was clear. I'll pay the $730 Monday.",
            Intent.HARDSHIP,
        ),
        (
            "Le reste, 210 €, je le règle début du mois prochain, après le versement de ma pension.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_53s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


def test_an_insurer_that_paid_the_bill_is_still_a_payment_made() -> None:
    reading = understand("Je dois rien, la mutuelle a tout payé. Arrêtez de m'écrire.", RECEIVED)
    assert {Intent.DISPUTE, Intent.ALREADY_PAID} <= set(reading.intents)


# -- A hardship the rules doubt, not rule out (24 Nov., 17th session) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the delay, we had a break-in at the office. Paying the invoice on the 20th.",
        "Mon père est décédé en février. Je vous écris au sujet de son compte.",
    ],
)
def test_an_event_without_its_cost_leaves_hardship_doubted_not_vetoed(text: str) -> None:
    rules = read_rules(normalize(clean(text).text))
    assert Intent.HARDSHIP not in rules.intents
    assert Intent.HARDSHIP in rules.doubted
    assert Intent.HARDSHIP not in rules.vetoed


@pytest.mark.parametrize(
    "text",
    [
        "My husband died in the spring and I'm raising three kids alone on a part-time wage now. Could we set up something small each month?",
        "Depuis le décès de mon mari je vis seule avec les enfants sur un mi-temps, je vous propose 30 € par mois.",
        "We had a flood in the shop in March and lost two months of takings. I'll pay the £400 when the insurer settles.",
    ],
)
def test_a_doubted_hardship_is_read_when_the_model_is_near_certain(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.HARDSHIP in reading.intents
    assert any(item.startswith("model:hardship=") for item in reading.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Mon frère est au chômage et je l'héberge mais ça ne change rien pour moi, je paie 40 € le 5.",
        "My brother lost his job and is staying with us, but that doesn't change anything for me, I'll pay £40 on the 5th.",
    ],
)
def test_someone_elses_trouble_said_to_change_nothing_is_no_hardship(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.HARDSHIP not in reading.intents
    assert Intent.PROMISE_TO_PAY in reading.intents


# -- Sets 56-58's general causes: building works, calendars, amounts ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je vis seul avec ma petite retraite, je peux vous envoyer 25 € par mois.",
        "On vit avec 1 100 € par mois à trois, je vous propose 40 € par mois.",
        "We're living on a state pension, so £15 a month is what I can do.",
        "I live on £650 a month. Could I pay £20 a month?",
        "Pas de boulot de novembre à février sur les chantiers, je peux faire 30 € par mois.",
        "There's no work over the winter at the marina, could I pay a little each month?",
        "Mon compte est à sec jusqu'au 5, désolé.",
        "Je ne sais rien payer ce mois-ci, je suis sur la mutuelle.",
    ],
)
def test_a_low_income_or_a_season_without_work_is_hardship(text: str) -> None:
    assert Intent.HARDSHIP in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    "text",
    [
        "I live in Leeds now, I'll pay £50 on Friday.",
        "Je vis avec ma compagne depuis mars, je vous paie 60 € vendredi.",
    ],
)
def test_where_or_with_whom_one_lives_is_no_hardship(text: str) -> None:
    assert Intent.HARDSHIP not in understand(text, RECEIVED).intents


def test_what_one_lives_on_is_an_income_not_the_instalment() -> None:
    reading = understand(
        "On vit avec 1 100 € par mois à trois, je vous propose 40 € par mois.", RECEIVED
    )
    assert reading.installment_amount == Decimal("40.00")
    assert understand(
        "I live on £650 a month. Could I pay £20 a month?", RECEIVED
    ).installment_amount == Decimal("20.00")


def test_a_widow_paying_her_own_credit_on_a_low_income_is_hardship_not_a_death() -> None:
    reading = understand(
        "Mon compagnon est décédé en juin. Le prêt est à mon nom et je vis avec 1 000 € par mois, je peux vous verser 25 € par mois.",
        RECEIVED,
    )
    assert Intent.HARDSHIP in reading.intents
    assert Intent.DECEASED not in reading.intents


@pytest.mark.parametrize(
    "text",
    ["Please stop the daily calls.", "not me. delete my numbr"],
)
def test_more_stops(text: str) -> None:
    assert Intent.STOP_CONTACT in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    "text",
    [
        "The grout you did is already cracking and you want paying?",
        "Half the sockets still don't work and you're billing me in full.",
        "I'll pay for the one lesson I took, not the other four.",
    ],
)
def test_work_failing_or_paid_only_in_part_is_a_dispute_of_the_goods(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents
    assert reading.dispute_type is DisputeType.GOODS_OR_SERVICES


@pytest.mark.parametrize(
    "text",
    [
        "Si l'artisan revient finir la salle de bain, je paierai le solde de 700 €.",
        "I'll pay the balance once your plumber comes back and fixes the leak.",
        "Le solde de 1 200 €, vous l'aurez quand la baie vitrée aura été remplacée.",
    ],
)
def test_a_sum_held_until_the_work_is_put_right_is_a_dispute_not_a_promise(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DISPUTE in reading.intents
    assert Intent.PROMISE_TO_PAY not in reading.intents


@pytest.mark.parametrize(
    ("text", "procedure"),
    [
        (
            "The kitchen company that fitted our units went into liquidation and the doors still don't close.",
            False,
        ),
        ("L'entreprise qui a posé nos fenêtres est en liquidation, et deux ne ferment pas.", False),
        ("Our company went into administration last week.", True),
        ("Notre société est en redressement judiciaire depuis lundi.", True),
    ],
)
def test_the_sellers_insolvency_is_not_the_writers(text: str, procedure: bool) -> None:
    assert (Intent.LEGAL_PROCEEDING in understand(text, RECEIVED).intents) is procedure


def test_a_contract_in_someone_elses_name_alone_is_a_wrong_person_not_identity_theft() -> None:
    other = understand(
        "C'est pas moi qui ai signé, c'est mon frère, le contrat est à son nom seul.", RECEIVED
    )
    assert Intent.WRONG_PERSON in other.intents
    theft = understand(
        "C'est pas moi qui ai commandé, c'est mon ex qui a utilisé ma carte.", RECEIVED
    )
    assert Intent.DISPUTE in theft.intents
    assert Intent.WRONG_PERSON not in theft.intents


def test_the_sum_owed_said_in_sms_spelling_is_an_amount_dispute() -> None:
    reading = understand("c pa 150 c 90 que je vous doi", RECEIVED)
    assert reading.dispute_type is DisputeType.AMOUNT_INCORRECT


# -- Set 57's general causes: feasts, seasons and times of day ------------------------------


@pytest.mark.parametrize(
    ("text", "received", "expected"),
    [
        ("je vous fais le virement avant midi", "2026-06-30T09:00:00+02:00", date(2026, 6, 30)),
        ("Payment going out before noon.", "2026-06-15T08:00:00+01:00", date(2026, 6, 15)),
        ("will pay after the weekend", "2026-06-26T10:00:00+02:00", date(2026, 6, 29)),
        ("je vous paie après le week-end", "2026-06-28T10:00:00+02:00", date(2026, 6, 29)),
        ("Je vous réglerai avant Noël.", "2026-12-01T10:00:00+01:00", date(2026, 12, 24)),
        ("I'll pay before Christmas.", "2026-12-01T10:00:00+00:00", date(2026, 12, 24)),
        ("I'll pay by Christmas.", "2026-12-01T10:00:00+00:00", date(2026, 12, 25)),
        (
            "Je touche ma pension le 9, je vous envoie les 80 € ce jour-là.",
            "2026-05-02T10:00:00+02:00",
            date(2026, 5, 9),
        ),
        ("J'ai réglé ce jour la somme de 120 €.", "2026-05-02T10:00:00+02:00", date(2026, 5, 2)),
        (
            "Ma prime tombe la semaine du 12, je vous vire tout cette semaine-là.",
            "2026-10-01T10:00:00+02:00",
            date(2026, 10, 12),
        ),
        (
            "Nous sommes en Bretagne du 3 au 6 avril. Le chèque de 240 € partira dès notre retour, mardi 7.",
            "2026-04-01T10:00:00+02:00",
            date(2026, 4, 7),
        ),
        (
            "eid this weekend, will send the £80 on the 30th",
            "2026-03-16T10:00:00+00:00",
            date(2026, 3, 30),
        ),
    ],
)
def test_the_payments_day_among_feasts_trips_and_times_of_day(
    text: str, received: str, expected: date
) -> None:
    assert understand(text, datetime.fromisoformat(received)).date == expected


@pytest.mark.parametrize(
    ("text", "received"),
    [
        (
            "Depuis le départ de mon mari à Noël je suis seule, je ne peux plus payer les 60 € par mois.",
            "2026-01-10T10:00:00+01:00",
        ),
        (
            "Pour la fête du 13 juin, le traiteur n'a livré que la moitié : je paierai 500 € quand l'avoir sera fait.",
            "2026-06-22T10:00:00+02:00",
        ),
    ],
)
def test_a_day_just_gone_is_never_the_payments(text: str, received: str) -> None:
    assert understand(text, datetime.fromisoformat(received)).date is None


# -- Sets 59-61's general causes: travel, formal letters, money awaited ---------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("J'ai réglé le camping sur place en partant, j'ai le reçu.", Intent.DISPUTE),
        ("I paid the deposit to the venue in May, why are you asking me for it?", Intent.DISPUTE),
        ("Paid today. Without prejudice to my complaint about your charges.", Intent.DISPUTE),
        (
            "Mon fils n'habite tout simplement plus ici et personne ici n'a de dette envers vous.",
            Intent.WRONG_PERSON,
        ),
        (
            "Mon voisin est décédé l'an dernier. Je n'ai aucun lien avec lui, cessez d'écrire ici.",
            Intent.WRONG_PERSON,
        ),
        (
            "My solicitor is filing for bankruptcy for me next month. Once it's filed you'll hear from the court.",
            Intent.HARDSHIP,
        ),
        (
            "Ma conseillère m'a parlé d'une proposition de consommateur mais j'aimerais l'éviter, je peux faire 50 $ par mois.",
            Intent.HARDSHIP,
        ),
        (
            "La cliente n'a pas introduit de requête en règlement collectif de dettes ; elle propose 20 € par mois.",
            Intent.HARDSHIP,
        ),
        (
            "The lodger who owes me three months' rent has gone bankrupt, so I'm short. £40 a month?",
            Intent.HARDSHIP,
        ),
        (
            "Mon dossier de surendettement est clos depuis 2024 : votre créance en faisait partie et a été effacée.",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_set_59_to_61s_safety_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("My solicitor is filing for bankruptcy for me next month.", Intent.LEGAL_PROCEEDING),
        (
            "The lodger who owes me three months' rent has gone bankrupt, so I'm short.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("J'ai réglé au guichet de la Poste lundi.", Intent.DISPUTE),
        ("I paid my copay at the front desk on the 2nd, here is the receipt.", Intent.DISPUTE),
    ],
)
def test_set_59_to_61s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "For the avoidance of doubt, I am not claiming that this debt is statute barred. I will pay £212 on 30 September.",
            Intent.DISPUTE,
        ),
        (
            "Un dépôt de dossier de surendettement n'est pas envisagé : Mme Roy propose 45 € par mois.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "I have been advised by a money adviser to apply for a Debt Relief Order, which I intend to do next month.",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_a_procedure_or_a_time_bar_disclaimed_or_to_come_is_none(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "C'est bien mon compte mais il a été piraté, les achats du 3 mars ce n'est pas moi.",
            Intent.DISPUTE,
        ),
        (
            "Yes it's definitely me, but my account was hacked and I never bought those credits.",
            Intent.DISPUTE,
        ),
        ("not mine pal, wrong number.", Intent.WRONG_PERSON),
        ("I'm between jobs at the moment, I'll clear it when I'm paid.", Intent.HARDSHIP),
        ("Je suis entre deux contrats, je vous règle dès que je reprends.", Intent.HARDSHIP),
    ],
)
def test_set_63s_safety_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_its_me_without_a_hack_is_still_no_dispute() -> None:
    reading = understand(
        "C'est bien moi, mais je n'ai pas reçu votre courrier. Vous pouvez le renvoyer ?", RECEIVED
    )
    assert Intent.DISPUTE not in reading.intents
    assert Intent.WRONG_PERSON not in reading.intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("in a breathing space since friday. dont chase me", Intent.STOP_CONTACT),
        (
            "I'm not your customer, a payment with your reference landed in my account by mistake.",
            Intent.WRONG_PERSON,
        ),
        (
            "I've never had an account with you, someone has mixed up two files.",
            Intent.WRONG_PERSON,
        ),
        ("Je ne suis pas votre cliente, vous avez mélangé deux dossiers.", Intent.WRONG_PERSON),
    ],
)
def test_set_62s_safety_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Sets 60 and 62's entities: forms, notices, just now, bank holidays ---------------------


def test_the_options_left_unticked_on_a_reply_form_are_not_the_writers_answer() -> None:
    text = (
        "Here is the reply form:\n[ ] I owe the amount claimed\n[ ] I do not owe any of it\n"
        "[X] I owe the debt and wish to pay by instalments\n[ ] I have already paid\n"
        "I can pay £50 per month from 1 May."
    )
    reading = understand(text, RECEIVED)
    assert reading.intents == (Intent.PAYMENT_PLAN_REQUEST,)
    assert reading.installment_amount == Decimal("50.00")


@pytest.mark.parametrize(
    ("text", "received", "expected"),
    [
        (
            "can i pay half now and half on the 30th?",
            "2026-03-13T10:00:00+00:00",
            date(2026, 3, 13),
        ),
        ("sent it last nite, 60 bucks", "2026-09-04T10:00:00-04:00", date(2026, 9, 3)),
        (
            "With the bank holiday on Monday, I will send the £410 on Tuesday 26th.",
            "2026-05-21T10:00:00+01:00",
            date(2026, 5, 26),
        ),
        (
            "paying the 40 quid on bank holiday monday",
            "2026-08-27T10:00:00+01:00",
            date(2026, 8, 31),
        ),
        (
            "Je viens de faire un virement de 100, le reste je vous le fais le 5 janvier.",
            "2026-12-21T10:00:00+01:00",
            date(2026, 12, 21),
        ),
        (
            "Further to your notice dated 12 November, I paid the arrears by card on 19 November.",
            "2026-11-23T10:00:00+00:00",
            date(2026, 11, 19),
        ),
    ],
)
def test_more_payment_days(text: str, received: str, expected: date) -> None:
    assert understand(text, datetime.fromisoformat(received)).date == expected


def test_the_right_to_dispute_told_is_no_dispute() -> None:
    reading = understand(
        "I understand I have 30 days to dispute the debt. I do not dispute it. Can we set up $75 a month from the 15th?",
        RECEIVED,
    )
    assert Intent.DISPUTE not in reading.intents
    assert reading.intents == (Intent.PAYMENT_PLAN_REQUEST,)


@pytest.mark.parametrize(
    "text",
    [
        "I will make one final payment of $200 on March 20 to settle it.",
        "The $300 will be paid when my first unemployment check comes.",
    ],
)
def test_more_promises_in_rules(text: str) -> None:
    assert Intent.PROMISE_TO_PAY in read_rules(normalize(text)).intents


def test_a_limit_set_in_haggling_is_no_hardship_unless_one_is_told() -> None:
    haggling = understand("Je peux mettre 25 € par mois, pas plus.", RECEIVED)
    assert haggling.intents == (Intent.PAYMENT_PLAN_REQUEST,)
    told = understand(
        "Je gagne 1 200 € et j'ai 650 € de loyer. Je peux faire 25 € par mois, pas plus.", RECEIVED
    )
    assert Intent.HARDSHIP in told.intents


# -- Set 64's general causes: the shortest replies -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fri", date(2026, 3, 13)),
        ("ok this weekend", date(2026, 3, 14)),
        ("2moro", date(2026, 3, 11)),
        ("busy all week sorry. sat", date(2026, 3, 14)),
        ("Lundi.", date(2026, 3, 16)),
    ],
)
def test_a_day_alone_answers_when_one_will_pay(text: str, expected: date) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intents == (Intent.PROMISE_TO_PAY,)
    assert reading.date == expected


@pytest.mark.parametrize(
    "text",
    ["I sat down to read your letter.", "what is this? who are you"],
)
def test_no_day_alone_no_promise(text: str) -> None:
    assert Intent.PROMISE_TO_PAY not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("paying sat", date(2026, 3, 14)),
        ("£25 sun", date(2026, 3, 15)),
        ("jai payé ier", date(2026, 3, 9)),
        ("je paie 2main", date(2026, 3, 11)),
        ("juste un délai jusqu'au 20 svp", date(2026, 3, 20)),
    ],
)
def test_short_days_in_sms(text: str, expected: date) -> None:
    reading = understand(text, RECEIVED)
    assert reading.date == expected
    assert reading.amount in (None, Decimal("25.00"))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("j'ai 9e sur mon compte mdr", Intent.HARDSHIP),
        ("le business ne marche plus, je n'ai rien en main", Intent.HARDSHIP),
        ("stpo", Intent.STOP_CONTACT),
        ("ce numéro est à moi, retirez le", Intent.STOP_CONTACT),
    ],
)
def test_set_64s_safety_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("il est mort le lien ? ça charge pas", Intent.DECEASED),
        ("c pas faux, jpaie le 8", Intent.DISPUTE),
        ("broke my arm lol. paid yday", Intent.HARDSHIP),
        ("pas de surendettement rien, juste un oubli, je règle demain", Intent.LEGAL_PROCEEDING),
        ("J'ai 500 € sur mon compte, je vous les vire.", Intent.HARDSHIP),
    ],
)
def test_set_64s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


# -- Sets 65-66's general causes: hostile writers, business letters ------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I owe you nothing. Stop. Harassing. Me.", Intent.STOP_CONTACT),
        ("Would ye ever give over calling me, I'm on nights.", Intent.STOP_CONTACT),
        ("end of the month. all of it. now go away.", Intent.STOP_CONTACT),
        ("Ma mère est décédée en mai. Laissez-nous faire notre deuil.", Intent.STOP_CONTACT),
        (
            "Je vous vire tout ce soir, et après je ne veux plus jamais voir votre nom.",
            Intent.STOP_CONTACT,
        ),
        ("Please do not contact our staff while the accounts are reviewed.", Intent.STOP_CONTACT),
        (
            "You have invoiced Acme Holdings, which is a separate legal entity from Acme Retail.",
            Intent.WRONG_PERSON,
        ),
        (
            "La SCI n'a aucun lien contractuel avec votre client : c'est une personne morale distincte.",
            Intent.WRONG_PERSON,
        ),
        (
            "This email address belongs to our accountants, we are not the company you want.",
            Intent.WRONG_PERSON,
        ),
        (
            "Le contrôle fiscal a vidé notre trésorerie, nous proposons 500 € par mois.",
            Intent.HARDSHIP,
        ),
        (
            "Notre chiffre d'affaires a chuté de 40 % depuis janvier, un échéancier serait possible ?",
            Intent.HARDSHIP,
        ),
        ("We're running on fumes until the season starts; can we pay monthly?", Intent.HARDSHIP),
        ("Nous traversons une période difficile mais nous réglerons 300 € le 15.", Intent.HARDSHIP),
        (
            "On a perdu beaucoup de clients cet hiver, on peut payer 50 000 FCFA par mois.",
            Intent.HARDSHIP,
        ),
        ("next week, promise.", Intent.PROMISE_TO_PAY),
    ],
)
def test_set_65_66s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Nous avons subi un redressement URSSAF ; nous ne sommes pas en procédure collective.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "We have instructed an insolvency practitioner with a view to a creditors' voluntary liquidation.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("Mon fils traverse une période difficile, je paie pour lui vendredi.", Intent.HARDSHIP),
        ("wrong no? nah it's me, new surname. paying friday", Intent.WRONG_PERSON),
    ],
)
def test_set_65_66s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    "text", ["appelez moi svp", "Call me back please", "pouvez vous me rappeler demain"]
)
def test_a_call_asked_for_is_no_stop(text: str) -> None:
    assert Intent.STOP_CONTACT not in understand(text, RECEIVED).intents


# -- Sets 67-68's general causes: the elderly, lives across borders ------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Retraitée, je perçois 870 € par mois ; je vous propose 20 € par mois.", Intent.HARDSHIP),
        (
            "Her income is limited to her state pension, fully committed to her care.",
            Intent.HARDSHIP,
        ),
        (
            "Don't send anyone round to my mother's house again. I'll pay on Friday.",
            Intent.STOP_CONTACT,
        ),
        ("Je reçois vos lettres pour M. Petit, je ne le connais pas.", Intent.WRONG_PERSON),
        ("Quelqu'un a utilisé mon passeport pour ouvrir ce crédit.", Intent.DISPUTE),
        ("I've only lived here since March, I don't have any debt in the UK.", Intent.DISPUTE),
        ("Your letter says £1,200 but I only had a £700 overdraft.", Intent.DISPUTE),
    ],
)
def test_set_67_68s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    "text",
    [
        "Je gagne 1 200 € par mois, je peux vous donner 300 € le 10.",
        "I get £1,200 a month from my pension. I'll pay £100 on the 10th.",
    ],
)
def test_an_income_of_a_thousand_or_more_told_is_no_hardship_by_itself(text: str) -> None:
    assert Intent.HARDSHIP not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Please stop estimating my bills, the real reading is 10422.", Intent.DISPUTE),
        ("450 € d'eau pour un mois ? Y a forcément une erreur.", Intent.DISPUTE),
        ("Je ne comprends pas la consommation estimée : le logement est vide.", Intent.DISPUTE),
        ("Si vous refaites la facture avec mon vrai index, je paie tout de suite.", Intent.DISPUTE),
        ("Je vous interdis de vous présenter à nouveau chez moi.", Intent.STOP_CONTACT),
        (
            "The trustee pays the arrears; you should file a claim, not call me.",
            Intent.STOP_CONTACT,
        ),
        ("Je n'ai jamais habité à Lens, vérifiez votre fichier.", Intent.WRONG_PERSON),
    ],
)
def test_set_69s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_stop_estimating_is_no_stop_and_a_refund_offered_after_a_new_bill_no_promise() -> None:
    assert (
        Intent.STOP_CONTACT not in understand("Please stop estimating my bills!", RECEIVED).intents
    )
    reading = understand(
        "Si vous refaites la facture avec mon vrai index, je paie tout de suite.", RECEIVED
    )
    assert Intent.PROMISE_TO_PAY not in reading.intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Mon mari est décédé il y a six ans. Je vous fais le virement de 40 € vendredi.",
            Intent.DECEASED,
        ),
        (
            "I'm on the widow's pension since Tom died, I can't stretch it. Would €10 a week do?",
            Intent.DECEASED,
        ),
        (
            "Toutes mes condoléances à votre collègue, j'ai appris le décès de son père. Bien reçu le plan.",
            Intent.DECEASED,
        ),
    ],
)
def test_set_67s_deaths_that_are_not_the_debtors(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


def test_a_relatives_subscription_after_a_death_stays_a_death() -> None:
    reading = understand(
        "Mon frère est décédé en août. Il avait un abonnement chez vous, je vous fais le virement des 59,98 € demain.",
        RECEIVED,
    )
    assert Intent.DECEASED in reading.intents


# -- Sets 70-72's general causes: consumer credit, farms, deaths and estates ---------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Nous sommes sous suspension des procédures pour 30 jours (médiation agricole).",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "The dairy co-op we supply went into receivership and our cheques bounced. I can't pay anything yet.",
            Intent.HARDSHIP,
        ),
        (
            "The flood took the whole crop this spring; once the insurance pays I'll settle.",
            Intent.HARDSHIP,
        ),
        ("We lost the whole planted crop to the river in May.", Intent.HARDSHIP),
        (
            "The creamery has been paying us 45 days late since June. Could we do $200 a month?",
            Intent.HARDSHIP,
        ),
        (
            "I broke my leg on the farm and I'm out of action for two months, I can't pay this yet.",
            Intent.HARDSHIP,
        ),
        (
            "Les pluies ont fait pourrir toute la récolte, je n'ai presque rien pu vendre.",
            Intent.HARDSHIP,
        ),
        (
            "Her life cover paid the whole loan off in April, there is nothing to chase.",
            Intent.DISPUTE,
        ),
        ("mdr 900 € pour une box que j'ai jamais reçue ??", Intent.DISPUTE),
        (
            "I've never done business with that company. Send me proof I signed something.",
            Intent.DISPUTE,
        ),
        ("Grandad went home to be with the Lord at Easter.", Intent.DECEASED),
        ("he died in march. ur texting his phone. pack it in", Intent.STOP_CONTACT),
        ("Mon frère est parti vivre en Espagne, il n'habite plus ici.", Intent.WRONG_PERSON),
        ("C'est le numéro de mon fils, il a 11 ans, arrêtez.", Intent.WRONG_PERSON),
        (
            "Votre courrier est adressé à ma sœur, elle vit au Canada depuis des années.",
            Intent.WRONG_PERSON,
        ),
        (
            "Je vous prie de déclarer votre créance au médiateur et de ne plus vous adresser directement à moi.",
            Intent.STOP_CONTACT,
        ),
    ],
)
def test_set_70_72s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Mon père est parti au Portugal l'an dernier, on n'a pas sa nouvelle adresse.",
            Intent.DECEASED,
        ),
        ("I'm out of action this week, I'll call you Monday.", Intent.AUTO_REPLY),
        ("The grain co-op we deliver to filed for bankruptcy last month.", Intent.LEGAL_PROCEEDING),
    ],
)
def test_set_70_72s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


def test_a_co_borrowers_death_with_the_survivors_difficulty_is_both_though_a_certificate_is_sent() -> (
    None
):
    reading = understand(
        "Mon mari, co-emprunteur, est décédé en juillet ; j'ai envoyé l'acte de décès à l'assureur. "
        "Seule avec mon salaire, je ne peux pas assumer les mensualités.",
        RECEIVED,
    )
    assert {Intent.DECEASED, Intent.HARDSHIP} <= set(reading.intents)


@pytest.mark.parametrize(
    "text",
    ["Mon chèque du 3 a-t-il bien été encaissé ?", "Did you receive my payment from Monday?"],
)
def test_a_payment_made_asked_about_is_no_promise(text: str) -> None:
    assert Intent.PROMISE_TO_PAY not in understand(text, RECEIVED).intents


# -- Sets 73-75's general causes: telecoms, parking, students -------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ma box est morte depuis deux semaines et vous voulez que je paie ?", Intent.DISPUTE),
        ("Vous m'avez coupé la fibre pendant un mois et vous facturez quand même.", Intent.DISPUTE),
        ("The broadband has been down for three weeks and you still bill me.", Intent.DISPUTE),
        ("I've already appealed this parking charge. Stop calling me.", Intent.DISPUTE),
        ("J'ai fait un recours contre l'amende auprès de l'ANTAI.", Intent.DISPUTE),
        (
            "Le véhicule serait prétendument entré dans la zone le 4 : il est autorisé.",
            Intent.DISPUTE,
        ),
        ("j'attends toujours ma CAF, elle a deux mois de retard", Intent.HARDSHIP),
        ("ma bourse crous n'est toujours pas arrivée, je paie dès qu'elle tombe", Intent.HARDSHIP),
        ("My student loan is late again, I'll pay when it lands.", Intent.HARDSHIP),
        ("je suis en alternance, je touche pas grand chose", Intent.HARDSHIP),
        (
            "Je suis en incapacité de travail et je ne perçois plus que les indemnités.",
            Intent.HARDSHIP,
        ),
        ("La ligne est au nom de mon ex-compagnon, pas au mien.", Intent.WRONG_PERSON),
    ],
)
def test_set_73_75s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Rendez-vous la semaine prochaine pour monter un dossier de surendettement, rien n'est déposé.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "La CAF a supprimé mon AAH et j'ai fait un recours devant le pôle social.",
            Intent.DISPUTE,
        ),
        ("Send me the breakdown of what I supposedly owe.", Intent.DISPUTE),
    ],
)
def test_set_73_75s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents


def test_calls_kept_away_from_work_are_no_hardship_unless_one_is_told() -> None:
    plain = understand(
        "Do not call my work again, my coworkers can hear everything. Email only.", RECEIVED
    )
    assert Intent.HARDSHIP not in plain.intents
    told = understand(
        "On m'a passé à mi-temps, je m'en sors plus. Arrêtez d'appeler au bureau, tout le monde est au courant.",
        RECEIVED,
    )
    assert Intent.HARDSHIP in told.intents


# -- Safety intents read where they are not: whose death, whose insolvency -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Pardon pour le retard, mon grand-oncle est décédé et on était tous à Lyon. Je vous paie jeudi.",
        "Excusez le retard, ma tante est décédée. J'ai réglé les 45 € ce matin.",
        "Sorry about the delay, my granddad passed away and I've been at my mum's. I've paid it now.",
        "my uncle passed away so sorry it's late. paying fri",
        "Ma marraine est décédée et m'a laissé un peu d'argent : je solde tout le 20.",
        "Once my share of the estate comes through from my late aunt I'll clear the £900 in full.",
    ],
)
def test_a_relatives_death_beside_the_writers_own_payment_is_no_death(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.DECEASED not in reading.intents, reading


@pytest.mark.parametrize(
    "text",
    [
        "Mon oncle est décédé. Je règle sa dernière facture vendredi depuis le compte de la succession.",
        "My aunt died last week. I'll pay her final bill from the estate on Friday.",
        "Mr Grant est décédé. Ici c'est sa femme, je vous paie ce soir ce qui reste.",
    ],
)
def test_a_relative_paying_the_dead_ones_debt_is_still_a_death(text: str) -> None:
    assert Intent.DECEASED in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    "text",
    [
        "The bakery I worked at went into administration and I haven't had a wage since.",
        "La petite entreprise qui m'employait est en liquidation judiciaire, j'attends l'AGS.",
        "My old agency went into liquidation owing me a month's pay, so I'm short.",
        "J'ai perdu mon travail, l'usine a été mise en redressement judiciaire en mai.",
    ],
)
def test_an_employers_insolvency_is_the_writers_hardship(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.LEGAL_PROCEEDING not in reading.intents, reading
    assert Intent.HARDSHIP in reading.intents, reading


@pytest.mark.parametrize(
    "text",
    [
        "I'm not on an IVA or anything, I just need a bit longer. £40 on the 30th.",
        "Faillite ? Moi ? Non merci, je paie le 12 comme convenu.",
        "My cousin went bankrupt, not me. I'll pay next week.",
        "I checked a DRO but I don't qualify, so could I do £20 a month?",
        "Ayant eu un plan de surendettement, aujourd'hui terminé, je souhaite vous régler 60 € lundi.",
        "I talked to a bankruptcy lawyer and decided not to file. I'll pay $50 a month.",
        "After that weekend I'm practically bankrupt haha, but I'll still pay Friday.",
        "Westfield Kitchens went into administration. Who do I pay the last £600 to now?",
        "Le cuisiniste a été placé en liquidation judiciaire : à qui dois-je régler le solde ?",
        "La mandataire judiciaire exerçant la curatelle de M. Roux vous prie de lui adresser le décompte.",
    ],
)
def test_a_procedure_denied_ended_someone_elses_or_the_creditors_is_none(text: str) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.LEGAL_PROCEEDING not in reading.intents, reading


@pytest.mark.parametrize(
    "text",
    [
        "Je suis en liquidation judiciaire depuis mars, adressez-vous au liquidateur.",
        "I've filed for bankruptcy, who do I give your details to?",
        "Mon dossier de surendettement a été déclaré recevable, à qui dois-je envoyer le courrier ?",
    ],
)
def test_the_writers_own_procedure_stands_beside_these_words(text: str) -> None:
    assert Intent.LEGAL_PROCEEDING in understand(text, RECEIVED).intents


# -- Sets 77-78's general causes: professional fees, scanned letters ------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "It's my number now and I'd rather not get any more texts about him.",
            Intent.STOP_CONTACT,
        ),
        ("Payment sent this morning. Please update your records.", Intent.ALREADY_PAID),
        ("We enclose a cheque for £75 in settlement.", Intent.ALREADY_PAID),
        ("Please find enclosed my cheque.", Intent.ALREADY_PAID),
        ("DESTINATAIRE INCONNU", Intent.WRONG_PERSON),
        ("Not known at this address.", Intent.WRONG_PERSON),
        ("Which address should I post the cheque to?", Intent.PAY_NOW),
        ("À quelle adresse dois-je envoyer le chèque ?", Intent.PAY_NOW),
        (
            "Notre client conteste : l'expertise facturée n'a jamais été réalisée, aucun rapport reçu.",
            Intent.DISPUTE,
        ),
        ("The invoice includes extras which my client never approved.", Intent.DISPUTE),
        (
            "We checked the file and the order is ours. Apologies for the delay, the invoice will be paid on the 15th.\n\nAnna Berg\nAccounts Payable",
            Intent.PROMISE_TO_PAY,
        ),
        ("Cheque to follow next week.", Intent.PROMISE_TO_PAY),
        (
            "Mon plus gros client a été placé en redressement judiciaire, je n'ai plus de trésorerie.",
            Intent.HARDSHIP,
        ),
        (
            "My wife was the one who signed up for it, she died last month. I can't pay it on my pension.",
            Intent.DECEASED,
        ),
    ],
)
def test_set_77_78s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("I'm away and reading email only occasionally until the 20th.", Intent.STOP_CONTACT),
        (
            "Out of office. I will pay close attention to your message on my return.",
            Intent.PROMISE_TO_PAY,
        ),
        ("Cheque to follow next week.", Intent.ALREADY_PAID),
        (
            "Our surveyor, Mr Kerr, passed away in May and the firm has closed, so I'm not sure who to talk to.",
            Intent.DECEASED,
        ),
        ("I've passed your letter on to my son, he handles the bills.", Intent.DECEASED),
        (
            "The postal tracking says the cheque was delivered to your office on Monday.",
            Intent.DISPUTE,
        ),
        (
            "I've been signed off since my operation. My sick pay is £120 a week, I can't pay anything now.",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
        (
            "Please tell me the balance so I can arrange payment.\n\nTom Reid\nSenior Adviser - Insolvency & Restructuring Team\nReid Partners LLP",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Can you confirm the figure?\n\nJane Moss | Licensed Insolvency Practitioner | Moss Recovery LLP",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "The shop shut in March - not bankrupt, I just stopped trading. I'm on benefits now.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "I enclose a postal order for the £1 statutory fee and ask for a copy of the agreement.",
            Intent.ALREADY_PAID,
        ),
    ],
)
def test_set_77_78s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Ci-joint mon chèque de 8O,00 € pour solder.", "amount", "80.00"),
        ("Je réglerai le solde de l 480,00 € le 8 avril.", "amount", "1480.00"),
        ("I will pay the £40 on 3 0ctober.", "date", "2026-10-03"),
    ],
)
def test_a_scanned_letters_figures_read_through_its_ocr_slips(
    text: str, field: str, value: str
) -> None:
    reading = understand(text, RECEIVED)
    assert str(getattr(reading, field)) == value, reading


def test_a_scanned_stamp_in_capitals_reads_through_a_zero_for_an_o() -> None:
    assert Intent.WRONG_PERSON in understand("lNC0NNU À CETTE ADRESSE", RECEIVED).intents


def test_a_signature_that_says_something_grave_is_kept() -> None:
    reading = understand("Merci de votre patience.\n\nMarie Roux\nmon mari est décédé", RECEIVED)
    assert Intent.DECEASED in reading.intents


# -- Set 76's general causes: insurance premiums and claims ---------------------------------


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "My grandad passed last week and I've been sorting the funeral. Could I have a few more weeks on my bill?",
            Intent.DECEASED,
        ),
        (
            "Notre chienne Praline est morte en mars, merci de résilier son assurance.",
            Intent.DECEASED,
        ),
        ("Our cat Miso was put down in June, please cancel the pet cover.", Intent.DECEASED),
        (
            "I haven't lost my job or anything, my card just expired. Take the £20 on the new one.",
            Intent.HARDSHIP,
        ),
        (
            "The policy was cancelled by your insurer and refunded. There is nothing to pay.",
            Intent.HARDSHIP,
        ),
        (
            "Je n'ai pas fait de dossier de surendettement et je ne compte pas le faire : 60 € le 5 mai.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "You turned down the claim for his knee surgery although the vet says the injury came later.",
            Intent.HARDSHIP,
        ),
        (
            "Your letter says I'm bankrupt. I'm not and never have been. What do I owe?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Pourriez-vous m'envoyer une copie de l'attestation de résiliation ? Mon nouvel assureur la demande.",
            Intent.DISPUTE,
        ),
        (
            "Je vous réglerai les 50 € le 30.\n\nCordialement,\nAnne Petit\nConseillère – Point conseil budget\nAccompagnement des familles en surendettement",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_set_76s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("There's nothing left to pay the premium with once the rent is out.", Intent.HARDSHIP),
        ("J'ai envoyé ma lettre de résiliation en janvier, je ne dois plus rien.", Intent.DISPUTE),
        (
            "My husband died in May. The policy was in his name, can I have a few weeks to sort it?",
            Intent.DECEASED,
        ),
    ],
)
def test_set_76s_intents_that_stand(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Sets 79-81's general causes: memberships, two languages, replies to the agent ---------


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("I paid it le 3 by virement, please check.", "date", "2026-03-03"),
        ("Yes I'll pay le 15 comme convenu.", "date", "2026-03-15"),
        ("I'll pay the whole thing la semaine prochaine, promise.", "date", "2026-03-16"),
        ("Will do the payment vendredi, £80 in full.", "date", "2026-03-13"),
        ("Je vous vire les 90 € next Friday.", "date", "2026-03-13"),
    ],
)
def test_a_date_said_in_the_writers_other_language_is_read(
    text: str, field: str, value: str
) -> None:
    reading = understand(text, RECEIVED)
    assert str(getattr(reading, field)) == value, reading


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Je prends l'option 3, les 6 mensualités.", Intent.PAYMENT_PLAN_REQUEST),
        ("I'll go with option 1, the four monthly payments.", Intent.PAYMENT_PLAN_REQUEST),
        ("D'accord pour le loyer, mais pas les 40 € de frais de relance.", Intent.DISPUTE),
        ("Happy to pay the balance but not the £25 late fee.", Intent.DISPUTE),
        (
            "J'ai donné les 80 € en main propre à la trésorière du club en janvier.",
            Intent.DISPUTE,
        ),
        ("La moitié est pour moi, l'autre c'est à lui qu'il faut la demander.", Intent.DISPUTE),
        (
            "Je ne suis pas la mère de cet enfant, il s'agit d'une erreur d'adresse.",
            Intent.WRONG_PERSON,
        ),
        ("Been in hospital since Monday, no idea when I'm back at work.", Intent.HARDSHIP),
        ("Je suis en congé parental non rémunéré jusqu'en juin.", Intent.HARDSHIP),
        ("Pas de SMS, je les lis pas. Appelez-moi.", Intent.STOP_CONTACT),
        ("My mother died on Sunday. Please don't write to her again.", Intent.STOP_CONTACT),
        ("I lost my job and filed for Chapter 7 last week.", Intent.LEGAL_PROCEEDING),
        ("I'm applying for a DRO next week, can't pay till then.", Intent.HARDSHIP),
    ],
)
def test_set_79_81s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("I'm applying for a DRO next week, can't pay till then.", Intent.LEGAL_PROCEEDING),
        (
            "My brother reckons I should just go bankrupt lol. No way, paying Friday.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "No, I have not filed for bankruptcy. I'd like 4 payments of £50.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Non, je n'ai jamais déposé de dossier de surendettement. Je paie le 5.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "La boîte de ma femme a été liquidée en mai, on ne peut faire que 50 € par mois.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "The gym went into administration and closed in May, yet you bill me for June.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Je pense faire un dossier de surendettement, votre plan à 80 € est impossible, rien n'est envoyé.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("The car's broken down and I need it for work, so not this week.", Intent.DISPUTE),
        ("Our client Mrs Lee has passed us your letter and disputes the fees.", Intent.DECEASED),
        (
            "Sorry for the late reply, there was a death in my husband's family. I'll pay jeudi.",
            Intent.DECEASED,
        ),
        (
            "Ma sœur est morte en mars, j'ai tout payé pour l'enterrement, je pourrai rien vous verser ce mois-ci.",
            Intent.DECEASED,
        ),
        (
            "Ma sœur est morte en mars, j'ai tout payé pour l'enterrement, je pourrai rien vous verser ce mois-ci.",
            Intent.ALREADY_PAID,
        ),
        ("It's my wife who got laid off, not me. I'll pay on the 3rd.", Intent.HARDSHIP),
        (
            "Si j'étais au chômage je comprendrais, mais c'était un oubli. Virement fait.",
            Intent.HARDSHIP,
        ),
        (
            "J'ai été hospitalisé en janvier mais je suis de retour au boulot. Je paie le 15.",
            Intent.HARDSHIP,
        ),
        ("Je n'ai jamais été licencié au club de tennis, c'est un homonyme.", Intent.HARDSHIP),
        (
            "J'ai bien vu « répondez STOP pour ne plus recevoir » mais je veux payer, l'IBAN ?",
            Intent.STOP_CONTACT,
        ),
        (
            "Paid today.\n\nRegards,\nAnn Cole\nCole & Co — Insolvency, Liquidation & Restructuring Advisors",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon mari est décédé l'an dernier, ce crédit est à mon nom. Je vous envoie 100 € le 5.",
            Intent.DECEASED,
        ),
    ],
)
def test_set_79_81s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Sets 82-83's general causes: changes of circumstances, co-ownership charges -----------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "J'habite ici depuis mars, la personne que vous cherchez est partie avant.",
            Intent.WRONG_PERSON,
        ),
        ("We're the letting agent for the flat, not the owner.", Intent.WRONG_PERSON),
        (
            "Procédure de rétablissement perso en cours, mon avocat vous écrira.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Le chauffage est en panne depuis décembre et on paie quand même l'entretien ?",
            Intent.DISPUTE,
        ),
        (
            "La répartition de l'appel de fonds est erronée, merci de recalculer ma quote-part.",
            Intent.DISPUTE,
        ),
        ("There's £90 of admin charges on the statement. I don't accept those.", Intent.DISPUTE),
        ("I owe the rent but not the £600 of legal costs you added.", Intent.DISPUTE),
        (
            "I've applied to the tribunal to decide whether the charge is reasonable.",
            Intent.DISPUTE,
        ),
        (
            "I sold the flat in May, the charges since then are for the buyer to pay.",
            Intent.DISPUTE,
        ),
        (
            "My tenant hasn't paid for four months and that rent covers the charges.",
            Intent.HARDSHIP,
        ),
        ("Mon locataire ne me paie plus depuis mars.", Intent.HARDSHIP),
        ("Mon nouveau poste est moins bien payé, je propose 10 mensualités.", Intent.HARDSHIP),
        ("I'm earning £400 less since I changed jobs, can we spread it?", Intent.HARDSHIP),
        (
            "The firm I relocated to Leeds for went into administration, I can't pay anything.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_82_83s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "I sold the flat in May, the charges since then are for the buyer to pay.",
            Intent.WRONG_PERSON,
        ),
        (
            "C'est ma voisine du dessus qui conteste les travaux, pas moi. Je paie le 10.",
            Intent.DISPUTE,
        ),
        ("Get lost.", Intent.HARDSHIP),
        (
            "Ce n'est pas que je ne peux pas payer, c'est que je refuse de payer pour rien.",
            Intent.HARDSHIP,
        ),
        ("Je travaille de nuit à l'hôpital, appelez après 15h svp.", Intent.HARDSHIP),
        ("Mon nouveau poste est moins bien payé, je propose 10 mensualités.", Intent.ALREADY_PAID),
        (
            "Mon mari a perdu son travail mais moi je travaille toujours, je paie samedi.",
            Intent.HARDSHIP,
        ),
        (
            "No, I'm not in any insolvency arrangement, that was my brother. £50 on the 1st.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Je pensais faire un dossier de surendettement mais finalement j'ai retrouvé un emploi. 50 € par mois ?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "The firm I relocated to Leeds for went into administration, I can't pay anything.",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_set_82_83s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_a_payment_said_well_made_is_still_a_payment() -> None:
    reading = understand("J'ai bien payé le péage le lendemain, j'ai le reçu.", RECEIVED)
    assert Intent.ALREADY_PAID in reading.intents


def test_a_cheque_being_mailed_on_a_day_to_come_is_a_promise_not_a_payment() -> None:
    reading = understand("Mailing a check for $200 Friday.", RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY, reading
    assert Intent.ALREADY_PAID not in reading.intents


def test_paid_off_in_a_plan_asked_for_is_no_payment_made() -> None:
    reading = understand("Could I do $50 a week until the balance is paid off?", RECEIVED)
    assert Intent.ALREADY_PAID not in reading.intents, reading


def test_a_firms_share_capital_in_a_signature_is_no_amount() -> None:
    reading = understand(
        "Je ferai le virement lundi.\n\nCordialement,\n\nJean Roux\nRoux SARL\nTél. 05 56 00 12 34 — Capital social 8 000 €",
        RECEIVED,
    )
    assert reading.intent is Intent.PROMISE_TO_PAY and reading.amount is None, reading


# -- Sets 85 and 87's general causes: numbers that are not the payment, guarantees ---------


@pytest.mark.parametrize(
    "text",
    [
        "Je ferai le virement de 480,00 € le 28/03, conformément à la facture F-2026-11 du 02/03.",
        "I'm making $1,600 a month now and rent takes most of it. I can't do more.",
        "Je rembourse déjà seule le crédit de la voiture, 310 € par mois, je ne peux rien de plus.",
        "My IVA is in place; I now pay £150 a month to my supervisor, so nothing to you directly.",
        "Le montant est faux : 2 mensualités de 35 € impayées, ça fait 70 €, pas 190 €.",
        "Votre relevé : 3 échéances de 40 € en retard (05/01, 05/02, 05/03). Je vous vire 120 € lundi.",
    ],
)
def test_amounts_and_dates_that_describe_are_no_plan(text: str) -> None:
    reading = understand(text, datetime.fromisoformat("2026-03-20T10:00:00+01:00"))
    assert Intent.PAYMENT_PLAN_REQUEST not in reading.intents, reading


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Je ne suis plus caution : la caution a été levée à la vente du fonds.", Intent.DISPUTE),
        (
            "Je vous oppose le bénéfice de discussion : poursuivez d'abord la société.",
            Intent.DISPUTE,
        ),
        ("I never guaranteed anything; any claim lies against the company.", Intent.DISPUTE),
        (
            "My personal guarantee is capped at £5,000, your demand for £9,000 is wrong.",
            Intent.DISPUTE,
        ),
        ("Kindly cease telephoning my home.", Intent.STOP_CONTACT),
        ("Do not contact the directors directly about company debts.", Intent.STOP_CONTACT),
    ],
)
def test_set_85_87s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "La société a été radiée, il n'y a jamais eu de procédure collective.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon comptable parle d'un redressement mais je préfère éviter d'en arriver là. 3 x 500 € ?",
            Intent.LEGAL_PROCEEDING,
        ),
        ("Bankrupt? No. Broke? Yes. £20 a week?", Intent.LEGAL_PROCEEDING),
        ("Please don't stop sending the statements, I need them.", Intent.STOP_CONTACT),
        (
            "Bien reçu, merci.\n\nCordialement,\nP. Morel\nMandataire judiciaire — Étude Morel & Associés",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_set_85_87s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Set 84's general causes: long letters ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "It's definitely my account, I just wanted to clear up a bit of confusion about my new name.",
            Intent.WRONG_PERSON,
        ),
        (
            "Désolé du retard : on a déménagé à Lyon en juillet. Je vous vire les 90 € vendredi.",
            Intent.WRONG_PERSON,
        ),
        (
            "Your letters scare people who don't know any better. I'll pay on the 5th anyway.",
            Intent.WRONG_PERSON,
        ),
        (
            "Si jamais je perdais mon emploi, pourrait-on suspendre les prélèvements ? Tout va bien pour l'instant.",
            Intent.HARDSHIP,
        ),
        ("If I ever lost my job, could the payments be paused? Just asking.", Intent.HARDSHIP),
        (
            "J'ai connu le chômage l'an dernier, mais ma situation est stable maintenant, j'ai un CDI. Envoyez-moi le lien.",
            Intent.HARDSHIP,
        ),
        (
            "I was made redundant in spring but I found a new job in September. Happy to pay it all now.",
            Intent.HARDSHIP,
        ),
        (
            "Auto-reply: I'm on sick leave and will not be checking my emails until 30 March.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_84s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_a_namesake_mix_up_is_still_a_wrong_person() -> None:
    reading = understand(
        "Il y a une confusion, je ne suis pas la personne que vous cherchez.", RECEIVED
    )
    assert Intent.WRONG_PERSON in reading.intents


# -- Set 86's general causes: fraud named without a disputed debt --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Could someone from your fraud team call me after 5pm?",
        "Out of the office until Monday. For urgent fraud queries call 0800 000 000.",
        "Je reçois tellement de SMS frauduleux que je vérifie : c'est bien vous ?",
        "I reported your number as a scam.",
        "My payment was held for suspected fraud, it has gone through now.",
        "My account was frozen while the bank investigates a fraud, I'll pay once it's released.",
    ],
)
def test_fraud_named_without_a_debt_disputed_is_no_dispute(text: str) -> None:
    assert Intent.DISPUTE not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_a_debt_run_up_by_a_fraudster_is_still_a_dispute() -> None:
    reading = understand("This loan is fraud, someone opened it in my name.", RECEIVED)
    assert Intent.DISPUTE in reading.intents


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Je ne suis plus au chômage depuis mai, je vous règle 100 € à la fin du mois.",
            Intent.HARDSHIP,
        ),
        (
            "Je n'ai pas de dossier de surendettement, je veux juste étaler en 3 fois.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Celui-ci je le paie vendredi. L'autre dossier, je le conteste, mais c'est un autre sujet.",
            Intent.DISPUTE,
        ),
    ],
)
def test_set_90s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Paid deux cents euros yesterday through the portal.", "amount", "200.00"),
        ("Can I pay the £300 en trois fois, £100 each, from the 1st?", "installments", "3"),
    ],
)
def test_money_counted_in_the_writers_other_language_is_read(
    text: str, field: str, value: str
) -> None:
    reading = understand(text, RECEIVED)
    assert str(getattr(reading, field)) == value, reading


def test_an_english_cent_is_still_no_hundred() -> None:
    reading = understand("I paid every cent of the £45 yesterday.", RECEIVED)
    assert reading.amount is not None and str(reading.amount) == "45.00", reading


# -- Sets 88 and 93's general causes: removals and storage, polite indirectness ------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "I'm writing about my late husband Tom's account. Send me the link and I'll pay it.",
            Intent.DECEASED,
        ),
        ("This is Paul's old phone, he has a new number now. Not me.", Intent.WRONG_PERSON),
        ("New number, whoever had it before must be who you want.", Intent.WRONG_PERSON),
        ("Mon père a tout réglé au gardien du site en espèces, j'ai le reçu.", Intent.DISPUTE),
        ("I've been waiting for the table to arrive before paying for it.", Intent.DISPUTE),
        ("I wonder whether there might have been a slight error in the balance.", Intent.DISPUTE),
        (
            "I'm not sure it matters, but I was declared bankrupt in May. Does it affect this?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Depuis le décès de mon frère j'aide sa veuve et mes finances sont un peu justes ce mois-ci.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_88_93s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "The movers lost the box with my late father's watch. I won't pay until that's settled.",
            Intent.DECEASED,
        ),
        (
            "Ce n'est pas une contestation, juste une question : l'assurance est-elle comprise ?",
            Intent.DISPUTE,
        ),
        (
            "Mon ancien colocataire a fait un dossier de surendettement. La dette est à quel nom ?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "On m'a parlé du surendettement mais ça ne me concerne pas, je n'en ai pas besoin.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Je ne fais l'objet d'aucune procédure de surendettement. Je règle le 28.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "A friend mentioned a DRO but my situation isn't anything like that bad. £30 a month?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "My neighbour has had to go through a debt relief order. We're fine; I'll pay on the 30th.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "J'ai été hospitalisée en janvier mais tout est rentré dans l'ordre. Je règle vendredi.",
            Intent.HARDSHIP,
        ),
        (
            "Bien reçu.\n\nMe Anne Roy\nCabinet Roy Avocats\nDroit des entreprises en difficulté : sauvegarde, redressement",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "My late father's account was closed years ago; this debt is mine. I will pay £100 on the 30th.",
            Intent.DECEASED,
        ),
    ],
)
def test_set_88_93s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Sets 91-92's general causes: dialects, online shopping ---------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "The mill's gone into administration and we've not been paid since June. I can't pay.",
            Intent.HARDSHIP,
        ),
        ("Never had no account with them in my life. Who are you?", Intent.DISPUTE),
        (
            "The jacket came in a size 10 instead of the 14 I ordered. Not paying for it.",
            Intent.DISPUTE,
        ),
        (
            "Je suis en congé parental non rémunéré, je ne peux rien régler avant septembre.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_91_92s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("J'ai pas fait de surendettement, moi ! Je vous règle demain.", Intent.LEGAL_PROCEEDING),
        (
            "Mum's in hospital so I'm staying at hers for a bit. I'm not skint, just letting you know.",
            Intent.HARDSHIP,
        ),
        (
            "The mill's gone into administration and we've not been paid since June. I can't pay.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Je suis en congé parental non rémunéré, je ne peux rien régler avant septembre.",
            Intent.AUTO_REPLY,
        ),
    ],
)
def test_set_91_92s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_an_absence_notice_is_still_an_auto_reply() -> None:
    assert understand("Je suis en congés jusqu'au 3 janvier.", RECEIVED).intent is Intent.AUTO_REPLY


# -- Sets 94-96's general causes: care bills, dictated messages, the self-employed ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day taken back as soon as said: the one said after it is the payment's.
        ("je vous fais le virement le 18 non pardon le 20", date(2026, 3, 20)),
        ("I'll pay on friday, no wait, saturday", date(2026, 3, 14)),
        ("je vous paie vendredi euh non jeudi, jeudi c'est mieux", date(2026, 3, 12)),
        ("I'll send it thursday um actually make that friday", date(2026, 3, 13)),
        (
            "I was told to pay by the 15th. Can I do the 20th instead? I'll pay it all then.",
            date(2026, 3, 20),
        ),
        (
            "je suis en vacances jusqu'au 20 mars, dès que je rentre je vous paie le 23",
            date(2026, 3, 23),
        ),
        # A "no" that takes nothing back.
        ("I'll pay on the 20th, no problem at all.", date(2026, 3, 20)),
        ("Je vous paie le 20, non ? Ça vous va ?", date(2026, 3, 20)),
    ],
)
def test_a_day_corrected_in_speech(text: str, expected: date) -> None:
    assert understand(text, RECEIVED).date == expected, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je vais vous payer trois cents euros euh non trois cent cinquante euros le 28", "350.00"),
        ("I'll pay £50, no more, on Friday.", "50.00"),
    ],
)
def test_a_sum_corrected_in_speech(text: str, expected: str) -> None:
    assert understand(text, RECEIVED).amount == Decimal(expected), understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Hello comma I have entered into an IVA full stop please write to my practitioner full stop",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "I'm like totally bankrupt this month lol, not officially, just broke till payday",
            Intent.HARDSHIP,
        ),
        (
            "Mon dossier de surendettement a été déclaré irrecevable, je ne peux pas payer.",
            Intent.HARDSHIP,
        ),
        (
            "my ex took out a phone contract in my name, I've reported it to the police",
            Intent.DISPUTE,
        ),
        ("c'est mon ex qui a pris l'abonnement à mon nom avec mes papiers", Intent.DISPUTE),
        (
            "Mon mari est décédé en juin, c'était lui qui avait le salaire. Je peux faire 20 euros par mois.",
            Intent.HARDSHIP,
        ),
        (
            "Can you send me your bank details? Once I have them I'll pay this afternoon.",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "I didn't see your letters until now, sorry. I can pay the whole £280 on the 20th.",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "Ma dette a été effacée par le juge, rétablissement personnel : vous n'avez plus le droit de me réclamer cette somme.",
            Intent.DISPUTE,
        ),
        (
            "C'est la maman de Kevin, il a plus ce numéro depuis qu'il est parti.",
            Intent.WRONG_PERSON,
        ),
        ("C'était mon locataire, il est parti sans laisser d'adresse.", Intent.WRONG_PERSON),
        ("Vous vous trompez, c'est pas 900 € que je dois mais 600.", Intent.DISPUTE),
        (
            "Il y a confusion : c'est moi qui ai envoyé une facture à votre client. Je ne dois rien.",
            Intent.DISPUTE,
        ),
        ("Uber deactivated my account two weeks ago. I'll pay when I can.", Intent.HARDSHIP),
        (
            "J'ai dû fermer mon salon pour m'occuper de mon père, laissez-moi un peu de temps.",
            Intent.HARDSHIP,
        ),
        (
            "Depuis le décès de mon mari je ne vis plus que de ma petite retraite, je ne suis pas en mesure de régler.",
            Intent.HARDSHIP,
        ),
        (
            "My mother died on 2 March. Your invoice for her transport to the hospital came after; I paid it by card.",
            Intent.DECEASED,
        ),
        ("La maladie l'a emportée la semaine dernière, c'était ma femme.", Intent.DECEASED),
        ("Je suis hospitalisée depuis trois semaines et je ne peux pas payer.", Intent.HARDSHIP),
        ("Salut, pour la facture je peux faire 3 x 80 € ?", Intent.PAYMENT_PLAN_REQUEST),
        ("Je suis donc dans l'impossibilité de vous régler quoi que ce soit.", Intent.HARDSHIP),
        ("My husband died in January. Please remove his name", Intent.STOP_CONTACT),
    ],
)
def test_set_94_96s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Hello comma I have entered into an IVA full stop please write to my practitioner full stop",
            Intent.STOP_CONTACT,
        ),
        (
            "I'm like totally bankrupt this month lol, not officially, just broke till payday",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon dossier de surendettement a été déclaré irrecevable, je ne peux pas payer.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "my ex took out a phone contract in my name, I've reported it to the police",
            Intent.WRONG_PERSON,
        ),
        (
            "My bank flagged the payment as fraud so it bounced. I'll put it through again tomorrow.",
            Intent.DISPUTE,
        ),
        (
            "Mon mari est décédé en juin, c'était lui qui avait le salaire. Je peux faire 20 euros par mois.",
            Intent.DECEASED,
        ),
        (
            "Send me the invoice first please. Once I get it I'll pay on the 25th.",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "envoyez-moi d'abord le décompte avant que je m'engage à quoi que ce soit",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "Je ne réglerai le solde qu'après réception d'une facture conforme.",
            Intent.PROMISE_TO_PAY,
        ),
        ("I will pay the $186.12 once you send me a corrected bill.", Intent.PROMISE_TO_PAY),
        (
            "Mon dossier de surendettement est recevable, vous n'avez plus le droit de me demander quoi que ce soit.",
            Intent.DISPUTE,
        ),
        ("C'était mon locataire, il est parti sans laisser d'adresse.", Intent.DECEASED),
        (
            "c'est pas moi euh enfin si c'est moi le titulaire, je vous fais le virement lundi",
            Intent.WRONG_PERSON,
        ),
        ("Vous vous trompez, c'est pas 900 € que je dois mais 600.", Intent.WRONG_PERSON),
        (
            "Il y a confusion : c'est moi qui ai envoyé une facture à votre client. Je ne dois rien.",
            Intent.WRONG_PERSON,
        ),
        (
            "Depuis le décès de mon mari je ne vis plus que de ma petite retraite, je ne suis pas en mesure de régler.",
            Intent.DECEASED,
        ),
        (
            "Your letter is addressed to the estate of John Hale. I am John Hale and very much alive.",
            Intent.DECEASED,
        ),
        # Care as what is billed, another's or denied, is no hardship of the writer's.
        ("Merci de m'envoyer la facture d'hospitalisation de ma mère.", Intent.HARDSHIP),
        ("I've never had surgery, you have the wrong John Carver.", Intent.HARDSHIP),
        ("you lot are scum, chasing sick people for money", Intent.HARDSHIP),
        ("Could I spread the £600 for Bella's surgery over 6 months?", Intent.HARDSHIP),
        ("Your statement ignores my explanation of benefits: I only owe $186.", Intent.HARDSHIP),
    ],
)
def test_set_94_96s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_a_plan_said_with_a_times_sign_after_the_bill_is_named() -> None:
    reading = understand("Salut, pour la facture je peux faire 3 x 80 € ?", RECEIVED)
    assert (reading.installments, reading.installment_amount) == (3, Decimal("80.00"))


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("I sent a cheque for 320 on Friday, should be with you soon", "amount", Decimal("320.00")),
        ("Je vous ai posté un chèque de 145 hier.", "amount", Decimal("145.00")),
        ("I'll post a cheque for the balance on Friday.", "amount", None),
        ("the full 212 went out of my account yesterday", "amount", Decimal("212.00")),
        (
            "can I split it, 200 today and 200 on april 15th",
            "installment_amount",
            Decimal("200.00"),
        ),
        # An income said by the month is not the instalment offered.
        (
            "I only get about £650 a month from my pension, could I do £20 a month?",
            "installment_amount",
            Decimal("20.00"),
        ),
    ],
)
def test_bare_sums_of_cheques_payments_listed_and_incomes(
    text: str, field: str, expected: Decimal | None
) -> None:
    assert getattr(understand(text, RECEIVED), field) == expected, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "I never agreed to the insurance add-on, so I owe 180 not 240.",
            DisputeType.AMOUNT_INCORRECT,
        ),
        (
            "Jamais signé pour l'option, je dois bien la facture mais pas les frais de relance.",
            DisputeType.AMOUNT_INCORRECT,
        ),
        ("I never signed anything with you, I owe you nothing.", DisputeType.NOT_OWED),
    ],
)
def test_a_part_owed_beside_a_charge_never_agreed(text: str, kind: DisputeType) -> None:
    assert understand(text, RECEIVED).dispute_type is kind, understand(text, RECEIVED)


# -- Sets 97-99's general causes: payments gone wrong, public debts, car finance -------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "La CAF me réclame un indu d'APL, je conteste ce montant.",
            Intent.DISPUTE,
        ),
        (
            "I'm on maternity leave and my maternity pay has been delayed. I'll pay £60 on the 20th when it comes.",
            Intent.HARDSHIP,
        ),
        (
            "Ne m'embêtez plus, ce PV a été annulé par l'officier du ministère public !",
            Intent.DISPUTE,
        ),
        ("Someone has cloned my number plates, that PCN isn't mine.", Intent.DISPUTE),
        (
            "I got the summons. Not disputing it, I'll pay the £150 on Friday.",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "je suis pas Mme Roux. je m'appelle Rousseau, vous avez le mauvais numéro",
            Intent.WRONG_PERSON,
        ),
        (
            "Depuis le décès de ma femme je ne dispose plus que de ma retraite. Je vous propose 30 € par mois.",
            Intent.HARDSHIP,
        ),
        ("ma carte est refusée, je réessaie jeudi avec une autre carte", Intent.PROMISE_TO_PAY),
        ("bande de rapaces, vous aurez vos 60 € lundi", Intent.PROMISE_TO_PAY),
        ("Le lien ne marche pas, renvoyez-le moi, je paie dès que je l'ai.", Intent.PAY_NOW),
        ("Do I have to pay the fee if I return the car early?", Intent.REQUEST_INFO),
        ("Est-ce que je dois payer les frais si je rends la voiture avant ?", Intent.REQUEST_INFO),
        ("si votre huissier touche à ma maison ça va mal finir", Intent.HOSTILE),
        (
            "I posted a cheque for £90 on the 2nd. It was never cashed, so I've cancelled it and will pay by transfer on Friday.",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "j'ai fait le virement sur un mauvais IBAN, je vous le refais jeudi",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "I've paid the £45 by card this morning, the direct debit had bounced.",
            Intent.ALREADY_PAID,
        ),
        (
            "Bonjour, c'est mon fils qui gère tous mes papiers depuis mon AVC, voyez avec lui.",
            Intent.OTHER,
        ),
    ],
)
def test_set_97_99s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "La CAF me réclame un indu d'APL, je conteste ce montant.",
            Intent.HARDSHIP,
        ),
        (
            "I receive pension credit, so I am exempt from the charge. I owe nothing.",
            Intent.HARDSHIP,
        ),
        (
            "J'ai l'attestation de fin de contrat et de solde à zéro, je ne vous dois rien.",
            Intent.HARDSHIP,
        ),
        ("Someone has cloned my number plates, that PCN isn't mine.", Intent.WRONG_PERSON),
        ("I got the summons. Not disputing it, I'll pay the £150 on Friday.", Intent.DISPUTE),
        (
            "Je réglerai les 80 € la semaine prochaine par chèque à l'ordre du Trésor public.",
            Intent.DISPUTE,
        ),
        ("Can I pay by cheque made payable to the council next week?", Intent.DISPUTE),
        ("want to get this fine paid off, do you take apple pay?", Intent.ALREADY_PAID),
        ("quel est le montant à payer si je résilie le contrat maintenant ?", Intent.DISPUTE),
        (
            "I had a text from someone claiming to be you. To be safe I'll pay on your website on the 12th.",
            Intent.DISPUTE,
        ),
        (
            "I paid a deposit to Autovia. Autovia went into administration and the car never came.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Merci d'adresser votre déclaration de créance à mon étude, pour la succession de M. Petit.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "The car was in the garage three times in four months with the same fault.",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
        (
            "StepChange think I may be eligible for a breathing space but I haven't applied yet.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon mari est décédé ; son compte a été clôturé par la banque, le prélèvement ne passera plus.",
            Intent.DISPUTE,
        ),
        (
            "I lost my job in May and the £80 direct debit has bounced twice because I simply don't have it. Could we reduce it to £30 a month?",
            Intent.DISPUTE,
        ),
        (
            "I posted a cheque for £90 on the 2nd. It was never cashed, so I've cancelled it and will pay by transfer on Friday.",
            Intent.ALREADY_PAID,
        ),
        ("j'ai fait le virement sur un mauvais IBAN, je vous le refais jeudi", Intent.ALREADY_PAID),
        ("Thank you for resending the payment link.", Intent.PAY_NOW),
        ("encore un lien de paiement ?? bande de vautours", Intent.PAY_NOW),
        ("I had a text with a payment link. Is it really from you or a scam?", Intent.PAY_NOW),
        ("Vous pouvez continuer à m'envoyer les rappels par SMS, ça m'aide.", Intent.STOP_CONTACT),
        ("Ok merci, c'est noté pour le rendez-vous à la trésorerie.", Intent.REQUEST_HUMAN),
        (
            "Je vous ai déposé ce matin le justificatif de domicile à l'accueil.",
            Intent.REQUEST_INFO,
        ),
        (
            "I'm the DWP appointee for my son, who has a learning disability. The loan is in his name.",
            Intent.WRONG_PERSON,
        ),
        (
            "I'm the DWP appointee for my son, who has a learning disability. The loan is in his name.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_97_99s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_a_day_right_after_a_payment_to_come_is_kept_after_a_forgotten_one() -> None:
    reading = understand(
        "je devais payer vendredi mais j'ai oublié, je paierai le 12 à la place", RECEIVED
    )
    assert reading.date == date(2026, 3, 12), reading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sum said, even as one that cannot be paid at once, is the total its instalments make.
        (
            "Je ne peux pas payer les 840 € d'un coup. Je propose 4 x 210 €, à partir du 5 avril.",
            Decimal("840.00"),
        ),
        (
            "I can't clear the £1,000 in one go. Could I do 5 monthly payments of £200?",
            Decimal("1000.00"),
        ),
        # A sum the instalments do not make is not the total.
        ("I owe £1,000. Could I do £150 a month for 5 months?", None),
    ],
)
def test_a_plans_total_is_the_sum_its_instalments_make(text: str, expected: Decimal | None) -> None:
    assert understand(text, RECEIVED).amount == expected, understand(text, RECEIVED)


# -- Sets 100-102's general causes: debtors out of reach, courts, tenants --------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Mon armateur a été placé en redressement judiciaire et ne nous verse plus nos salaires.",
            Intent.HARDSHIP,
        ),
        ("M. Durand a quitté notre foyer en mai sans laisser d'adresse.", Intent.WRONG_PERSON),
        ("my son is the tenant, not me. stop ringing my landline", Intent.WRONG_PERSON),
        ("My mum passed last Friday. What happens to her tenancy now?", Intent.DECEASED),
        (
            "She has asked us to tell you not to call the base about personal matters.",
            Intent.STOP_CONTACT,
        ),
        (
            "Mon assistante sociale m'aide pour le surendettement, on le dépose le mois prochain. Je ne peux rien payer.",
            Intent.HARDSHIP,
        ),
        (
            "I'm meeting with a bankruptcy attorney next week. I can't pay any of my bills.",
            Intent.HARDSHIP,
        ),
        (
            "My dad passed away in May and I paid for the funeral, so I've got nothing left this month.",
            Intent.HARDSHIP,
        ),
        ("Donnez-moi votre RIB et les 80 € partent ce soir.", Intent.PROMISE_TO_PAY),
        (
            "Your letter says I'm in bankruptcy. I have never filed for bankruptcy. Send me the link and I'll pay.",
            Intent.PAY_NOW,
        ),
    ],
)
def test_set_100_102s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Mon armateur a été placé en redressement judiciaire et ne nous verse plus nos salaires.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Le montant est faux : ma fille a quitté le logement en mars, vous comptez des loyers jusqu'en juin.",
            Intent.WRONG_PERSON,
        ),
        ("My wife is the account holder; she'll call you next week.", Intent.WRONG_PERSON),
        (
            "Mon assistante sociale m'aide pour le surendettement, on le dépose le mois prochain. Je ne peux rien payer.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "I'm meeting with a bankruptcy attorney next week. I can't pay any of my bills.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Your letter says I'm in bankruptcy. I have never filed for bankruptcy. Send me the link and I'll pay.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "You'll bankrupt me with these fees. I'll pay the £140, not a penny more.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "My late father's estate is in administration; the solicitors will deal with your claim.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "L'agence qui gérait mon logement a été placée en liquidation judiciaire ; j'ai payé mes loyers à l'agence.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "My dad passed away in May and I paid for the funeral, so I've got nothing left this month.",
            Intent.DECEASED,
        ),
        (
            "The solicitor handling my case died suddenly last month. Can someone call me?",
            Intent.DECEASED,
        ),
        (
            "Threatening court over £60? Everyone on the estate knows what you lot are.",
            Intent.DECEASED,
        ),
        (
            "Mon propriétaire est décédé en janvier, à qui dois-je payer le loyer maintenant ?",
            Intent.DECEASED,
        ),
        (
            "I am the court-appointed guardian of the estate of Ms Lee. Please write to me from now on.",
            Intent.DECEASED,
        ),
        (
            "vous avez pas la bonne adresse, j'ai déménagé en décembre, maintenant c'est 4 rue des Lilas à Bron",
            Intent.WRONG_PERSON,
        ),
        (
            "I lost my job last year but I'm back in full-time work since March. I'll pay the £200 on Friday.",
            Intent.HARDSHIP,
        ),
        ("I'll pay the £900 on the 3rd when my redundancy payment clears.", Intent.HARDSHIP),
        (
            "Auto-reply: I'm receiving treatment in hospital and not checking email.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_100_102s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    "text",
    [
        "C'est bien moi. Par contre 4 loyers de retard c'est n'importe quoi, j'ai eu un seul mois de retard.",
        "We were joint tenants. I'll pay my half, £500, on Friday. The other half has to come from him.",
    ],
)
def test_a_part_of_the_arrears_denied(text: str) -> None:
    assert Intent.DISPUTE in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Set 104's general causes: dates said every way ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je règle tout fin courant", date(2026, 3, 31)),
        ("Votre facture sera réglée début prochain.", date(2026, 4, 1)),
        ("ok je vous fais le virement ven. avant midi", date(2026, 3, 13)),
        ("je vous ai tout réglé ven. dernier, 130 €", date(2026, 3, 6)),
        ("I'll have the full £95 to you a week on Friday", date(2026, 3, 20)),
        ("wages clear overnight so I'll pay thu first thing", date(2026, 3, 12)),
        ("I paid the full $312.45 earlier today through the portal", date(2026, 3, 10)),
        (
            "The payment I made on the 5th bounced, my fault. I'll redo it on Friday",
            date(2026, 3, 13),
        ),
        ("My paycheck hits on the 22nd so I'll pay the $250 on the 23rd.", date(2026, 3, 23)),
        ("I get paid on the 25th, I'll pay you then.", date(2026, 3, 25)),
    ],
)
def test_set_104s_dates(text: str, expected: date) -> None:
    assert understand(text, RECEIVED).date == expected, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "c'est sa femme. Il nous a quittés le 2 mars. Je réglerai ce qu'il devait le 30.",
            Intent.DECEASED,
        ),
        (
            "Mum died on Saturday. I can't deal with this right now, please leave it until April.",
            Intent.STOP_CONTACT,
        ),
        (
            "£15 a week from Thursday? that's honestly the most I can do on my pension",
            Intent.HARDSHIP,
        ),
        (
            "mon patron me paie en retard depuis 2 mois, peut-être le 8 s'il me paie",
            Intent.HARDSHIP,
        ),
        ("you leeches will get your $200 on the 14th. happy now?", Intent.PROMISE_TO_PAY),
    ],
)
def test_set_104s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Vous vous êtes trompés : j'ai jamais dit le 12, j'ai dit le 22. Je paierai le 22.",
            Intent.WRONG_PERSON,
        ),
        ("The number you've got for me is wrong, it's 07700 900123 now.", Intent.WRONG_PERSON),
        ("Just so you know, from next month my payday moves to the 25th.", Intent.PROMISE_TO_PAY),
    ],
)
def test_set_104s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Sets 103 and 105's general causes: distressed writers, traders' procedures -------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "La commission a déclaré mon dossier irrecevable en février : il n'y a aucune procédure en cours. Je touche l'AAH et je ne peux pas payer.",
            Intent.HARDSHIP,
        ),
        (
            "My DRO application was turned down, so there is no DRO. After rent I have nothing left.",
            Intent.HARDSHIP,
        ),
        (
            "Mum died last week. She was so worried about this bill. I want it cleared for her, send me the link.",
            Intent.DECEASED,
        ),
        (
            "Mon fournisseur principal a été placé en liquidation judiciaire, ma boutique tourne à vide, je ne peux pas payer.",
            Intent.HARDSHIP,
        ),
        (
            "The developer I was subcontracting for went into liquidation owing me £38,000. I can do £150 a month.",
            Intent.HARDSHIP,
        ),
        (
            "Our accountant suggested we speak to an insolvency practitioner, but nothing has been filed. Cashflow is dire.",
            Intent.HARDSHIP,
        ),
        (
            "My dad passed away last month and I've had to shut the shop for three weeks. No money coming in at all.",
            Intent.HARDSHIP,
        ),
        (
            "J'ai déposé hier au greffe une déclaration de cessation des paiements pour ma société.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "HMRC presented a winding-up petition against our company on 3 March.",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_set_103_105s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "La commission a déclaré mon dossier irrecevable en février : il n'y a aucune procédure en cours. Je touche l'AAH et je ne peux pas payer.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "My DRO application was turned down, so there is no DRO. After rent I have nothing left.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon fournisseur principal a été placé en liquidation judiciaire, ma boutique tourne à vide, je ne peux pas payer.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "The developer I was subcontracting for went into liquidation owing me £38,000. I can do £150 a month.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Our accountant suggested we speak to an insolvency practitioner, but nothing has been filed. Cashflow is dire.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "My dad passed away last month and I've had to shut the shop for three weeks. No money coming in at all.",
            Intent.DECEASED,
        ),
        (
            "Is this legit? I've been a victim of fraud before. What company is this for?",
            Intent.DISPUTE,
        ),
        (
            "I don't owe anyone an explanation for being late, but I'll pay on the 15th.",
            Intent.DISPUTE,
        ),
        ("Disgusting company. Vultures, preying on sick people.", Intent.HARDSHIP),
        (
            "Bonjour, le restaurant a déménagé : nouvelle adresse 12 quai de la Fosse, Nantes.",
            Intent.WRONG_PERSON,
        ),
    ],
)
def test_set_103_105s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Set 106's general causes: French outside France, English around the world -------------


def test_the_rent_owned_but_not_the_repairs_is_a_dispute_of_the_amount() -> None:
    reading = understand(
        "Je dois bien le loyer de mars, mais pas les 300 € de remise en état. Je vous verse le loyer lundi.",
        RECEIVED,
    )
    assert (Intent.DISPUTE in reading.intents, reading.dispute_type) == (
        True,
        DisputeType.AMOUNT_INCORRECT,
    ), reading


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Citizens Advice mentioned a trust deed might be an option but nothing has been signed yet. I'm on Universal Credit.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("I have never applied for debt review. I'll pay the balance on the 25th.", Intent.DISPUTE),
        ("I'm getting paid on the 28th and I'll clear the £145 then.", Intent.ALREADY_PAID),
        (
            "Vous êtes des voleurs, je vais envoyer mes cousins à votre bureau, vous allez voir.",
            Intent.PROMISE_TO_PAY,
        ),
        ("What is this €86 for? I don't recognise the account number.", Intent.DISPUTE),
        ("The $560 was paid last week by direct debit. Please check again.", Intent.DISPUTE),
    ],
)
def test_set_106s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Sets 107-108's general causes: US consumer law, replies under quoted chains -------------


def test_an_answer_written_below_the_quote_is_read() -> None:
    text = (
        "On Tue, 1 Dec 2026 at 10:00, Ashby Collections wrote:\n"
        "> We have not received your payment of £75.00. Please pay immediately.\n"
        "> You have 7 days.\n\n"
        "I lost my job in October and I'm waiting on Universal Credit. I can't pay anything right now.\n\nHannah"
    )
    reading = understand(text, RECEIVED)
    assert Intent.HARDSHIP in reading.intents and reading.amount is None, reading


def test_a_quote_below_the_answer_is_still_cut() -> None:
    text = (
        "I'll pay on Friday.\n\nOn Tue, 1 Dec 2026 at 10:00, Ashby Collections wrote:\n"
        "> Stop ignoring us or we will see you in court.\n"
    )
    assert understand(text, RECEIVED).intents == (Intent.PROMISE_TO_PAY,), understand(
        text, RECEIVED
    )


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "my brother passed and im the one covering his funeral so i couldnt pay my bill this month. ill pay on the 5th",
            Intent.HARDSHIP,
        ),
        (
            "Mon assistante sociale m'aide à préparer un dossier de surendettement que je pense envoyer à la Banque de France le mois prochain. Je ne peux pas payer.",
            Intent.HARDSHIP,
        ),
        (
            "Vous m'écrivez à la mauvaise adresse depuis mon déménagement. Merci de noter la nouvelle : 14 rue Gambetta, Metz.",
            Intent.OTHER,
        ),
    ],
)
def test_set_107_108s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "My Chapter 13 got dismissed in August, so there's no stay anymore. Can I pay $100 a month?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "My Chapter 7 was discharged back in 2021 and that case is closed. I'll pay $120 on the 15th.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "je suis fiché FICP mais j ai pas de dossier de surendettement. je peux faire 20 € par mois",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon assistante sociale m'aide à préparer un dossier de surendettement que je pense envoyer à la Banque de France le mois prochain. Je ne peux pas payer.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "I'm not going to dispute it, it's my debt. Can we do 4 payments of $150?",
            Intent.DISPUTE,
        ),
        (
            "I'm not contesting the balance. I opened a dispute with Experian about the reporting date. I'll pay on the 30th.",
            Intent.DISPUTE,
        ),
        (
            "How old is this debt? I need to know if it's past the statute of limitations before I do anything.",
            Intent.DISPUTE,
        ),
        (
            "Si je paie un petit montant maintenant, ça fait repartir la prescription ?",
            Intent.DISPUTE,
        ),
        (
            "Mon médecin m'a prescrit un arrêt de travail jusqu'à fin juin, je ne peux rien payer pour l'instant.",
            Intent.DISPUTE,
        ),
        (
            "Vous pouvez m'envoyer votre RIB ? Je veux solder et ne plus en entendre parler.",
            Intent.STOP_CONTACT,
        ),
        ("What is the original creditor's name and account number?", Intent.PAY_NOW),
        (
            "Please update my address, your letters go to the wrong address. New address: 88 Birch St, Columbus.",
            Intent.WRONG_PERSON,
        ),
        ("Ma carte a été bloquée suite à une fraude, je vous paie les 85 € lundi.", Intent.DISPUTE),
        (
            "Payment will be made on Tuesday.\n\nGary\n\nTo stop receiving emails from us, reply UNSUBSCRIBE.",
            Intent.STOP_CONTACT,
        ),
    ],
)
def test_set_107_108s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("Merci de noter le nouveau numéro : 06 12 34 56 78, l'ancien ne marche plus.", False),
        ("I've moved abroad. Please use this email address from now on.", False),
        ("Je ne vous donnerai pas ma nouvelle adresse. Ne m'écrivez plus.", True),
    ],
)
def test_a_new_contact_given_is_no_stop(text: str, stop: bool) -> None:
    assert (Intent.STOP_CONTACT in understand(text, RECEIVED).intents) is stop, understand(
        text, RECEIVED
    )


# -- Set 110's general causes: high-cost credit ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "My hours were cut in half and I'm falling behind. How do I apply for breathing space?",
            Intent.HARDSHIP,
        ),
        (
            "My husband's building firm went into liquidation and his wage was our only income. I can't keep up.",
            Intent.HARDSHIP,
        ),
        ("Can someone from your hardship team call me after 5?", Intent.REQUEST_HUMAN),
    ],
)
def test_set_110s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "My hours were cut in half and I'm falling behind. How do I apply for breathing space?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "My husband's building firm went into liquidation and his wage was our only income. I can't keep up.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("Can someone from your hardship team call me after 5?", Intent.HARDSHIP),
        (
            "L'organisme qui m'a accordé ce mini-crédit a été placé en redressement judiciaire. À qui dois-je payer ?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Is this the old Wonga debt? I had a payout letter from Wonga's administrators in 2020.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Les panneaux n'ont jamais été raccordés et l'installateur a depuis été placé en liquidation judiciaire.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Je ne suis pas M. Alain Roussel, je suis sa veuve. Mon mari est décédé le 17 août.",
            Intent.WRONG_PERSON,
        ),
        (
            "Votre courrier dit que mon père est décédé, c'est faux, il est en EHPAD.",
            Intent.DECEASED,
        ),
    ],
)
def test_set_110s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


# -- Sets 109 and 111's general causes: family money, accounts payable -----------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "My ex has stopped paying child maintenance so money is really tight. I'll pay £45 on Thursday though.",
            Intent.HARDSHIP,
        ),
        (
            "Avec la saisie pour la pension alimentaire, il me reste 950 € par mois pour vivre. Je peux faire 25 € par mois.",
            Intent.HARDSHIP,
        ),
        (
            "Mon ex-compagnon a été placé en liquidation judiciaire et ne verse plus rien. Seule, je ne peux pas faire face.",
            Intent.HARDSHIP,
        ),
        (
            "My gran passed away on Sunday. She'd have wanted this paid. Can you send me a link?",
            Intent.DECEASED,
        ),
        (
            "I'm the cleaner there, this is my own phone. Stop ringing it, I've nothing to do with their bills.",
            Intent.WRONG_PERSON,
        ),
        (
            "Vos relances visent la société Morel, notre ancien voisin. Nous n'avons aucun lien avec cette société.",
            Intent.WRONG_PERSON,
        ),
        (
            "We are withholding payment on invoice 4410 because the last two deliveries were short by 30 cases.",
            Intent.DISPUTE,
        ),
    ],
)
def test_set_109_111s_intents(text: str, intent: Intent) -> None:
    assert intent in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Mon ex-compagnon a été placé en liquidation judiciaire et ne verse plus rien. Seule, je ne peux pas faire face.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("👍 passed to AP", Intent.DECEASED),
        (
            "La facture est payable à 60 jours fin de mois : elle n'est donc pas échue. Elle sera réglée le 31 mai.",
            Intent.DISPUTE,
        ),
        (
            "Le litige est levé : le bon de réception a été retrouvé. La facture part au paiement le 10.",
            Intent.DISPUTE,
        ),
        (
            "Our accountant suggested we look into a CVA, but we haven't started anything. We just can't pay suppliers now.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Notre expert-comptable nous conseille de demander l'ouverture d'une sauvegarde ; nous n'avons encore rien déposé.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Je veux régler la dette de ma mère pour qu'on n'en parle plus. Donnez-moi votre RIB.",
            Intent.WRONG_PERSON,
        ),
    ],
)
def test_set_109_111s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day after a day just said: the payday's morrow.
        ("Ma pension tombe le 12, je vous envoie les 60 € le lendemain.", date(2026, 3, 13)),
        ("My wages land on the 20th and I'll transfer the £90 the day after.", date(2026, 3, 21)),
        # The day after an event, or a day said for itself, is not the morrow of the day said.
        (
            "I'll transfer the £90 on 21 March, the day after I get back from Spain.",
            date(2026, 3, 21),
        ),
    ],
)
def test_the_day_after_a_day_said(text: str, expected: date) -> None:
    assert understand(text, RECEIVED).date == expected, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day of each month from a month named: that day in that month (read on 10 March).
        ("Je propose 40 € le 8 de chaque mois, à partir de juin.", date(2026, 6, 8)),
        ("tous les 15 du mois je vous vire 30 euros, dès mai", date(2026, 5, 15)),
        ("Could I pay £25 on the 3rd of every month starting in January?", date(2027, 1, 3)),
        ("£20 a month by standing order on the 28th, beginning in April.", date(2026, 4, 28)),
        # This month named, its day gone: the next month's.
        ("50 € le 5 de chaque mois à partir de mars, ça vous va ?", date(2026, 4, 5)),
        # A one-off day before a monthly series from a month: the one-off comes first.
        ("Je paie 100 € le 20 puis 50 € par mois à partir de juin.", date(2026, 3, 20)),
        # The month of the debt, not of a series.
        ("I'll pay the balance from January on the 20th.", date(2026, 3, 20)),
    ],
)
def test_a_day_of_each_month_from_a_month_named(text: str, expected: date) -> None:
    assert understand(text, RECEIVED).date == expected, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It's his sister here. Bill passed away in March; I'll send the £60 he owed you on Monday.",
            Intent.DECEASED,
        ),
        (
            "Merci pour vos condoléances. Je vous envoie le chèque pour solder son compte.",
            Intent.DECEASED,
        ),
        ("En tant qu'héritière de ma tante, je réglerai son dossier vendredi.", Intent.DECEASED),
        ("je ne veux plus que mon père reçoive vos courriers, il a 88 ans", Intent.STOP_CONTACT),
        ("Please do not contact Mr Hale directly; write to me as his deputy.", Intent.STOP_CONTACT),
        ("He's in hospital. Please don't contact him directly, call me.", Intent.STOP_CONTACT),
        (
            "The estate's attorney is named below. Do not contact members of her family.",
            Intent.STOP_CONTACT,
        ),
        ("I'm Sara Lynn, not Sarah Lynne - different date of birth too.", Intent.WRONG_PERSON),
        ("On s'appelle pareil mais j'ai une autre date de naissance.", Intent.WRONG_PERSON),
        ("I did pay £25 on Tuesday, check again.", Intent.ALREADY_PAID),
        ("Je ne pourrai pas régler le 8, je décale au 15.", Intent.PROMISE_TO_PAY),
        (
            "Envoyez-moi votre RIB : je fais le virement de 80 € vendredi dès réception.",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "I paid £200 on the 2nd but the transfer was returned. I'll send it again Monday.",
            Intent.PROMISE_TO_PAY,
        ),
    ],
)
def test_set_112_113s_intents(text: str, expected: Intent) -> None:
    assert expected in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Maybe I can pay on the 20th, I'll let you know.", Intent.PROMISE_TO_PAY),
        ("Once I have a copy of the contract I'll pay the £90 on Friday.", Intent.PROMISE_TO_PAY),
        (
            "Pouvez-vous m'envoyer une copie du contrat ? Dès réception je vous règle.",
            Intent.PROMISE_TO_PAY,
        ),
        ("If it's correct I'll pay it Friday.", Intent.PROMISE_TO_PAY),
        ("Envoyez le décompte. Si tout est correct, je réglerai lundi.", Intent.PROMISE_TO_PAY),
        ("i can pay it all right now, what's the link?", Intent.PROMISE_TO_PAY),
        (
            "C'est pas moi qui ai oublié, c'est la banque qui a rejeté le prélèvement.",
            Intent.WRONG_PERSON,
        ),
        (
            "Not me who set up the payment, my husband did. It went out on the 3rd.",
            Intent.WRONG_PERSON,
        ),
        (
            "I paid £200 on the 2nd but the transfer was returned. I'll send it again Monday.",
            Intent.ALREADY_PAID,
        ),
        ("Je paie le solde le 15 ; le dossier sera bien soldé ensuite ?", Intent.ALREADY_PAID),
        (
            "Not a formal breathing space or anything, I just need a few weeks.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "This mailbox is no longer monitored. Please stop sending emails to this address and write to ap@example.com instead. This is an automatic reply.",
            Intent.STOP_CONTACT,
        ),
        ("What's the account number with the original creditor?", Intent.PAY_NOW),
        (
            "I've been paying £15 a month since January. How much is left?",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
    ],
)
def test_set_112_113s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_a_transfer_confirmed_for_a_day_is_promised_that_day() -> None:
    reading = understand("Je vous confirme le virement de 60 € pour le 20.", RECEIVED)
    assert (reading.intent, reading.date, reading.amount) == (
        Intent.PROMISE_TO_PAY,
        date(2026, 3, 20),
        Decimal("60.00"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Votre lettre est pour M. Petit, qui habitait cet appartement avant nous.",
            Intent.WRONG_PERSON,
        ),
        (
            "Could you turn off the push notifications from your app? Five a day is too many.",
            Intent.STOP_CONTACT,
        ),
        ("I would ask that you do not write to her home address again.", Intent.STOP_CONTACT),
        ("I Zelled the $80 on Tuesday, can you confirm?", Intent.ALREADY_PAID),
        ("La facture de mars, je l'ai payée le 2 par carte.", Intent.ALREADY_PAID),
        ("Pour mémoire, nous vous avions réglé 1 200 € le 3 mars.", Intent.ALREADY_PAID),
        ("I made a final payment of £40 on 2 March before the IVA started.", Intent.ALREADY_PAID),
        ("La première mensualité de 90 € est partie le 1er comme prévu.", Intent.ALREADY_PAID),
        (
            "Sorry for the silence, my nan died and I was away. Sending the £50 on Friday.",
            Intent.PROMISE_TO_PAY,
        ),
    ],
)
def test_set_114s_intents(text: str, expected: Intent) -> None:
    assert expected in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Sorry for the silence, my nan died and I was away. Sending the £50 on Friday.",
            Intent.DECEASED,
        ),
        ("j'aurais bien payé lundi mais la banque a bloqué ma carte", Intent.ALREADY_PAID),
        ("Do you take Venmo? Want to get this paid today.", Intent.ALREADY_PAID),
        ("Not disputing anything, it's mine. Sending $40 tonight.", Intent.DISPUTE),
        (
            "The app I banked with is stuck in a bankruptcy and my savings are frozen. I'll pay Monday.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("c'est pas moi qui ai fait le virement, c'est ma femme, mardi, 90 €", Intent.WRONG_PERSON),
        ("who is this and why are you texting me a payment link", Intent.PAY_NOW),
        ("Is the payment link you sent genuine? My bank flagged it.", Intent.PAY_NOW),
        ("C'est quoi ce QR code de paiement que je reçois ?", Intent.PAY_NOW),
        (
            "J'ai soldé mon paiement en 3 fois dans l'application le 2 mars.",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
        ("Le virement permanent est bien en place depuis le 1er.", Intent.PAYMENT_PLAN_REQUEST),
    ],
)
def test_set_114s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_c_est_quoi_le_lien_asks_for_the_link() -> None:
    assert understand("c'est quoi le lien pour payer ?", RECEIVED).intent is Intent.PAY_NOW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The first payment's day, after a few words ("the first payment could go out on").
        (
            "I can do $50 a month, which would pay it off in 12 months. The first payment could go out on the 5th of next month.",
            date(2026, 4, 5),
        ),
        # A recurring day from next month on.
        (
            "Could I pay £30 a month by standing order on the 20th, starting next month?",
            date(2026, 4, 20),
        ),
        ("Je verse 40 € le 5 de chaque mois à partir du mois prochain.", date(2026, 4, 5)),
        # A date on the line after a sum: no cents, a day.
        ("Wero - Envoyé\n75,00 €\n08/03/2026 - Statut : Réussi", date(2026, 3, 8)),
    ],
)
def test_set_112_114s_dates(text: str, expected: date) -> None:
    assert understand(text, RECEIVED).date == expected, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "count", "each"),
    [
        # The count or sum refused, or the creditor's cited, gives way to the one offered.
        (
            "Je ne peux pas accepter 3 mensualités de 200 €. Je vous propose plutôt 6 mensualités de 100 €.",
            6,
            Decimal("100.00"),
        ),
        (
            "Your plan says £120 a month, I can't do that. £60 a month from the 1st?",
            None,
            Decimal("60.00"),
        ),
        # A refusal in the sentence before does not take the count offered after it.
        ("je peux pas tout payer d'un coup. 3 fois 45€ ca irait ?", 3, Decimal("45.00")),
    ],
)
def test_set_113_114s_counter_offers(text: str, count: int | None, each: Decimal) -> None:
    reading = understand(text, RECEIVED)
    assert (reading.installments, reading.installment_amount) == (count, each), reading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "le club est en liquidation, voyez avec le liquidateur, Me Durand à Caen",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "L'association est en redressement judiciaire depuis février ; merci de vous rapprocher de l'administrateur.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Nous ne contestons pas la location, mais la ligne « nettoyage » n'a jamais figuré sur le devis.",
            Intent.DISPUTE,
        ),
        ("The £90 setup charge was never on the signed quote.", Intent.DISPUTE),
        (
            "The hall heating never worked, we're not paying full whack for the evening.",
            Intent.DISPUTE,
        ),
        ("Our account is empty, we have nothing to pay you with right now.", Intent.HARDSHIP),
        (
            "Please stop telephoning her landline; the invoices you keep sending upset my father.",
            Intent.STOP_CONTACT,
        ),
        (
            "Payment went by BACS on 2 March. Please cease reminders to the ward.",
            Intent.STOP_CONTACT,
        ),
        ("The balance of £400.00 will be settled by BACS on 20 March.", Intent.PROMISE_TO_PAY),
    ],
)
def test_set_117s_intents(text: str, expected: Intent) -> None:
    assert expected in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Notre trésorier est décédé le mois dernier ; je reprends les comptes, virement vendredi.",
            Intent.DECEASED,
        ),
        ("Our treasurer died suddenly in May. Could you resend the invoices?", Intent.DECEASED),
        (
            "Les fleurs pour les obsèques de notre ancien maire n'ont jamais été livrées.",
            Intent.DECEASED,
        ),
        (
            "Le festival a été annulé, on a tout remboursé aux festivaliers, on ne peut rien payer.",
            Intent.ALREADY_PAID,
        ),
        (
            "Votre facture a été liquidée le 4 mars ; elle sera mandatée cette semaine.",
            Intent.LEGAL_PROCEEDING,
        ),
        ("Our finance administration team can tell you which PO applies.", Intent.LEGAL_PROCEEDING),
        (
            "Votre relance est prématurée : la facture sera payée au plus tard le 17 avril.",
            Intent.HARDSHIP,
        ),
        (
            "We stopped check #204, it never arrived. A new check for $90 goes out Monday.",
            Intent.DISPUTE,
        ),
        (
            "Please send your bank details on headed paper; our fraud policy forbids email.",
            Intent.DISPUTE,
        ),
        (
            "the invoices you keep sending are for the club, not me personally. we pay friday",
            Intent.STOP_CONTACT,
        ),
    ],
)
def test_set_117s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je suis au smic avec 2 enfants, 4 x 50 € ça irait ?", Intent.HARDSHIP),
        ("Depuis ma retraite mes revenus ont baissé, je propose 30 € par mois.", Intent.HARDSHIP),
        ("je suis en fin de droits, 15 € par semaine possible ?", Intent.HARDSHIP),
        ("I'm down to $9 till Friday. I'll send the $60 then.", Intent.HARDSHIP),
        ("sorry, been in and out of hospital with my knee. will pay monday", Intent.HARDSHIP),
        ("I can only work part time now, could I pay £20 a month?", Intent.HARDSHIP),
        (
            "Vous pouvez arrêter avec vos messages ? Il est mort la semaine dernière.",
            Intent.STOP_CONTACT,
        ),
        ("Je m'appelle bien Durand, mais Sophie Durand, et non Serge Durand.", Intent.WRONG_PERSON),
        ("Will have it paid end of March, £75.", Intent.PROMISE_TO_PAY),
        (
            "I'm paid on the last working day of each month, so I'll pay the £90 then.",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "Je passe à l'agence le 12 pour régler les 2 mensualités en retard.",
            Intent.PROMISE_TO_PAY,
        ),
    ],
)
def test_set_116s_intents(text: str, expected: Intent) -> None:
    assert expected in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("My son's been in and out of hospital, sorry. Paying the £80 tonight.", Intent.HARDSHIP),
        (
            "Je n'ai pas pu faire le virement hier, le site était en panne. Je le refais ce soir.",
            Intent.ALREADY_PAID,
        ),
        ("Je le refais ce soir ; vous ne le verrez sans doute arriver que lundi.", Intent.OTHER),
        ("Peut-être le 8 si la CAF a versé. Vous pouvez me rappeler ?", Intent.ALREADY_PAID),
        ("Est-ce que je dois payer le vendredi 27 ou le lundi 30 ?", Intent.PROMISE_TO_PAY),
        (
            "Je réglerai les 85 € le 30 si, et seulement si, vous retirez les frais.",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "I'll pay the £180 Friday. Your direct debit was taken a day early, so it bounced.",
            Intent.ALREADY_PAID,
        ),
        (
            "Je passe à l'agence le 12 pour régler les 2 mensualités en retard.",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
    ],
)
def test_set_116s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negation in the sentence before does not take back the day said after it.
        (
            "Ce mois-ci je touche presque rien. Dans deux semaines je vous fais le virement.",
            date(2026, 3, 24),
        ),
        # "Payday is the 25th": the payday gives way to the payment's own day.
        ("Payday is the 25th so I'll pay you on the 26th.", date(2026, 3, 26)),
    ],
)
def test_set_116s_dates(text: str, expected: date) -> None:
    assert understand(text, RECEIVED).date == expected, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        # Files being put together, options listed, a procedure over or turned down.
        (
            "Le dossier de surendettement est en cours de constitution, il sera déposé d'ici la fin du mois.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Je dépose mon dossier de surendettement la semaine prochaine avec l'assistante sociale.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "la cesf m'a parlé du surendettement mais je veux pas de dossier. 25 € par mois ?",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "We discussed all the options, including bankruptcy and a DRO; our client chose a debt management plan at £15 a month.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Our client's breathing space came to an end on 3 March; we propose £10 a month.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Absente jusqu'au 24. Pour les dossiers de surendettement en cours, contactez ma collègue.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "En ma qualité de curatrice de M. Roux, je vous informe que la facture a été réglée le 2.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Ma conseillère de l'UDAF est décédée le mois dernier ; le nouveau délégué vous écrira.",
            Intent.DECEASED,
        ),
        (
            "Our client has transferred to StepChange; a new proposal will follow.",
            Intent.ALREADY_PAID,
        ),
        (
            "Je ne suis pas Mme Rivière, je suis son assistante sociale : elle vit du RSA.",
            Intent.WRONG_PERSON,
        ),
    ],
)
def test_set_115s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("STOP. voyez avec ma curatrice", Intent.STOP_CONTACT),
        ("My husband walked out in May and I'm on my own now with two kids.", Intent.HARDSHIP),
        (
            "Je vous fais un virement de 150 € dans 15 jours, quand la mandataire aura débloqué l'argent.",
            Intent.PROMISE_TO_PAY,
        ),
        # A neighbour who is not the debtor is still a wrong person.
        ("Je ne suis pas Mme Peeters, je suis sa voisine du dessus.", Intent.WRONG_PERSON),
    ],
)
def test_set_115s_intents(text: str, expected: Intent) -> None:
    assert expected in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    "text",
    [
        "I've got an appointment with StepChange on Tuesday to go through everything.",
        "Please find attached our client's letter of authority. Debt Team, Citizens Advice",
        "Has my PayPlan proposal reached you?",
    ],
)
def test_an_adviser_named_is_no_hardship_rule(text: str) -> None:
    # Of 156 gold messages naming a debt adviser, 103 carried no hardship: the rules leave
    # it to what the message says of the writer's means (and to the model).
    assert Intent.HARDSHIP not in read_rules(normalize(text)).intents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The card terminal firm froze our payouts, we've got no cash coming in.", Intent.HARDSHIP),
        ("Cash is tight after the storm but I'll pay £100 on Friday.", Intent.HARDSHIP),
        (
            "We've had a very difficult season and cannot pay in one sum; £200 a month?",
            Intent.HARDSHIP,
        ),
        ("Depuis l'incendie on tourne à moitié. Je peux faire 100 € par semaine.", Intent.HARDSHIP),
        (
            "Je ne suis plus associé ni gérant de la SARL depuis la cession de mes parts.",
            Intent.WRONG_PERSON,
        ),
        (
            "Si vous m'envoyez l'avoir pour les 4 cartons de salades abîmés, je règle le reste.",
            Intent.DISPUTE,
        ),
        ("We set off against your invoice the £300 which your company owes us.", Intent.DISPUTE),
        (
            "My company went into administration in May and the administrators have sold the shop.",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_set_119s_intents(text: str, expected: Intent) -> None:
    assert expected in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("The fridge you sold us died twice in a week. We want a replacement.", Intent.DECEASED),
        (
            "Our head chef passed away in February and we closed for three weeks. £150 a month?",
            Intent.DECEASED,
        ),
        (
            "C'est la boulangerie d'à côté qui a été liquidée, pas nous ! Chèque lundi.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "We looked at a CVA with our accountant but decided against it. 6 instalments?",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_set_119s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Low literacy and phonetic spelling (set 120).
        ("jé tou payé a vot colègue vendredi par carte", Intent.ALREADY_PAID),
        ("dsl jé pa répondu. je vou pé les 80 e samedi", Intent.PROMISE_TO_PAY),
        ("payed £85 on the 3rd", Intent.ALREADY_PAID),
        ("my mum dyed in febuary wat do i need to send u", Intent.DECEASED),
        (
            "my aunt is deceased since april, i want to settle her $45, how do i pay",
            Intent.DECEASED,
        ),
        ("filed chaptr 7 last month my lawyer said u cant collect", Intent.LEGAL_PROCEEDING),
        # Employers and payroll (set 118).
        (
            "We have deducted £64.00 from Mr Shah's pay on 2 March and forwarded it to the court.",
            Intent.ALREADY_PAID,
        ),
        ("Final deduction of £52.30 was taken from his last pay on 6 March.", Intent.ALREADY_PAID),
        (
            "La retenue de mars (212,00 €) a été versée ce matin au commissaire de justice.",
            Intent.ALREADY_PAID,
        ),
        (
            "Merci de retirer l'adresse rh@exemple.fr de vos envois automatiques.",
            Intent.STOP_CONTACT,
        ),
        (
            "I was granted a Debt Relief Order on 2 March. Please tell my employer the attachment of earnings must stop.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "La commission a déclaré mon dossier recevable ; la saisie chez mon employeur doit être suspendue.",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_set_118_120s_intents(text: str, expected: Intent) -> None:
    assert expected in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "cé pa moi qui é oublié, cé la banque qui a rejeté le prelevemen. je refé le virement demin",
            Intent.WRONG_PERSON,
        ),
        ("Je suis désolé, je paye vendredi.", Intent.ALREADY_PAID),
        (
            "Notre gestionnaire de paie est décédée en janvier ; la retenue a été virée ce matin.",
            Intent.DECEASED,
        ),
        (
            "Un de nos collègues est décédé cette semaine, le virement partira mardi.",
            Intent.DECEASED,
        ),
        (
            "The debt belongs to my late brother's business, not to me. I dispute this garnishment.",
            Intent.DECEASED,
        ),
    ],
)
def test_set_118_120s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 5 du 4 je pé 230 e", date(2026, 4, 5)),
        ("je vé payé la semène prochène", date(2026, 3, 16)),
        ("debu du moi prochin je pé tou", date(2026, 4, 1)),
        ("a pres demain sans fote, 150 e", date(2026, 3, 12)),
        ("i cant pai til frieday, ill do it then", date(2026, 3, 13)),
        ("ill send £50 nextweek", date(2026, 3, 16)),
    ],
)
def test_set_120s_dates(text: str, expected: date) -> None:
    assert understand(text, RECEIVED).date == expected, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can I pay through UPI? I'm in India visiting family", Intent.PAY_NOW),
        (
            "Ma mère est décédée au bled, j'ai dû payer le rapatriement. J'ai plus rien, je pourrai pas payer l'échéance.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_122s_intents(text: str, expected: Intent) -> None:
    assert expected in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "Ma mère est décédée au bled, j'ai dû payer le rapatriement. J'ai plus rien, je pourrai pas payer l'échéance.",
            Intent.DECEASED,
        ),
        (
            "Hola, a lo mejor je pourrai payer le 8, je sais pas encore. Quelqu'un peut m'appeler ?",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "My lawyer said I don't need to file bankruptcy for this, so $60 a month?",
            Intent.LEGAL_PROCEEDING,
        ),
    ],
)
def test_set_122s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paid everything on Monday, stop calling please.", date(2026, 3, 9)),
        ("I'll pay mañana, promise", date(2026, 3, 11)),
    ],
)
def test_set_122s_dates(text: str, expected: date) -> None:
    assert understand(text, RECEIVED).date == expected, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Je ne peux pas régler les 890 € d'un coup, mais je vous verse 300 € le 20.",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "My state pension is all I have. I can send £20 each time, starting on the 20th.",
            Intent.HARDSHIP,
        ),
        (
            "The marketplace I sold through went into administration owing me three months of sales. £20 a month?",
            Intent.HARDSHIP,
        ),
        (
            "Paid on Friday: £2,340.00 straight to Marston Packaging's account. Please check with your client.",
            Intent.DISPUTE,
        ),
    ],
)
def test_set_121_123s_intents(text: str, expected: Intent) -> None:
    assert expected in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        (
            "The PayPal dispute was between me and a buyer and it's closed. I'll pay the invoice on the 30th.",
            Intent.DISPUTE,
        ),
        (
            "J'ai un litige avec un acheteur sur Vinted, mais ça ne concerne pas votre facture. Je règle lundi.",
            Intent.DISPUTE,
        ),
        ("J'ai payé directement à l'étude jeudi dernier, on m'a donné un reçu.", Intent.DISPUTE),
        (
            "The buyer who scammed me has filed for bankruptcy. Anyway, I'll pay the $95 on the 1st.",
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Not me who opened the ebay case, it was the buyer. I'll pay Saturday.",
            Intent.WRONG_PERSON,
        ),
        (
            "Le propriétaire est décédé en octobre ; depuis je paie son fils directement.",
            Intent.DECEASED,
        ),
        (
            "My pension is paid every four weeks; I can send £20 each time from the 20th.",
            Intent.ALREADY_PAID,
        ),
    ],
)
def test_set_121_123s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_a_weekday_with_its_day_in_brackets_is_one_promise() -> None:
    reading = understand("I'll pay £50 next Friday (the 20th), promise.", RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert (reading.date, reading.installments) == (date(2026, 3, 20), None)


def test_a_helpdesk_ticket_is_read_for_the_form_it_carries() -> None:
    text = (
        "From: Support <help@agency.example>\nSubject: [Ticket #4410] Web form\n\n"
        "This ticket was created automatically from the website contact form.\n"
        "--------------------\nName: Jo Blake\nAccount: 77-1\n"
        "Message: My father died last week. Where should I send the death certificate?\n"
        "--------------------"
    )
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.DECEASED
    assert Intent.AUTO_REPLY not in reading.intents


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # Asked not to write to the family or the directors (executors, administrators).
        (
            "We would ask that you correspond only with this office and that you do not write "
            "to or telephone the family.",
            Intent.STOP_CONTACT,
        ),
        (
            "The company is in administration. Please do not contact the company's directors "
            "directly.",
            Intent.STOP_CONTACT,
        ),
        ("I'm not Carlos Mendes, I don't owe you a thing.", Intent.WRONG_PERSON),
        # An income fallen or small, said beside an offer.
        (
            "Les cachets ont baissé de moitié, je ne peux pas payer d'un coup : 3 fois 50 € ?",
            Intent.HARDSHIP,
        ),
        ("Je ne touche plus qu'une petite retraite, je propose 20 € par mois.", Intent.HARDSHIP),
        ("My royalties have halved this year, could I pay £20 a month?", Intent.HARDSHIP),
        ("I broke my wrist and I'm off work till March. $30 a week?", Intent.HARDSHIP),
        (
            "Ma mère est décédée en janvier, aucune rentrée d'argent depuis. Je verserai 50 € "
            "par mois dès mai.",
            Intent.HARDSHIP,
        ),
        # The customer's procedure, the writer's claim lodged in it: the writer's difficulty.
        (
            "Notre client principal est en redressement judiciaire ; notre créance est déclarée "
            "auprès du mandataire. Nous proposons 300 € par mois.",
            Intent.HARDSHIP,
        ),
        # A widow paying her husband's balance: his death, not her difficulty.
        (
            "My husband passed away on Monday. I'll pay the $90 balance for him on Friday.",
            Intent.DECEASED,
        ),
    ],
)
def test_set_124_126s_safety_wordings(text: str, wanted: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert wanted in reading.intents, reading
    assert Intent.DECEASED not in reading.intents or wanted is Intent.DECEASED, reading
    assert Intent.LEGAL_PROCEEDING not in reading.intents or "administration" in text, reading


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("broke my arm lol, typing with one hand. paid yesterday", Intent.HARDSHIP),
        (
            "I tore my ACL last spring and I'm out for the season. I'll pay £40 Friday.",
            Intent.AUTO_REPLY,
        ),
        (
            "Ma mère est décédée en janvier. Je règle sa dernière facture de 50 € vendredi.",
            Intent.HARDSHIP,
        ),
        ("Les prix ont baissé, je paierai 40 € vendredi.", Intent.HARDSHIP),
    ],
)
def test_set_124_126s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Venmo'd you $60 this morning, ref 4471.", Intent.ALREADY_PAID),
        # Asked to stop calling someone else: an agent, with no dispute of the debt.
        (
            "Merci de cesser immédiatement de contacter mon agent, M. Roy. Il n'a rien à voir "
            "avec cette affaire.",
            Intent.STOP_CONTACT,
        ),
        # A card stolen and used is identity theft: a dispute, not a wrong person.
        (
            "Ma carte carburant a été volée le 2 mars, c'est pas moi qui ai fait ces pleins.",
            Intent.DISPUTE,
        ),
        # Those who pay the writer gone under: the writer's difficulty.
        ("The promoter went into administration and never paid me. I'm broke.", Intent.HARDSHIP),
        (
            "Our factoring company went into administration and our receivables are frozen.",
            Intent.HARDSHIP,
        ),
        (
            "Mon associé est décédé en mai, il n'y a plus de trésorerie, laissez-moi du temps.",
            Intent.HARDSHIP,
        ),
        ("I can start at £25 a month from the 1st of June.", Intent.PAYMENT_PLAN_REQUEST),
    ],
)
def test_set_124_126s_other_wordings(text: str, wanted: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is wanted, reading


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Le festival m'a payé en retard, je fais le virement de 90 € le 17.", Intent.ALREADY_PAID),
        (
            "Je pensais avoir payé mais le virement a été rejeté, je le refais demain.",
            Intent.ALREADY_PAID,
        ),
        (
            "Invoices are paid in our weekly payment run every Thursday.",
            Intent.PAYMENT_PLAN_REQUEST,
        ),
        ("Vous croyez vraiment que je vais payer ça ? C'est prescrit.", Intent.PROMISE_TO_PAY),
        ("Carry on and I'll post all your letters on Instagram.", Intent.PROMISE_TO_PAY),
        ("My brother will handle my post while I'm away in Spain.", Intent.AUTO_REPLY),
        ("The movers lost my late mother's china. I won't pay the £300.", Intent.DECEASED),
        (
            "Nous réglerons la facture dès réception de la preuve de livraison signée.",
            Intent.PROMISE_TO_PAY,
        ),
        # The writer's own festival company in a proceeding stays a proceeding.
        ("Our company filed for Chapter 11. The festival tents were torn.", Intent.HARDSHIP),
    ],
)
def test_set_124_126s_other_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # A fee to be taken off before paying the rest: the fee is disputed.
        ("If you waive the £45 admin fee I can pay the rest in 2 payments.", Intent.DISPUTE),
        ("Je ne conteste pas janvier, mais février et mars ne sont pas dus.", Intent.DISPUTE),
        ("Les fêtes m'ont mis à sec, je peux faire 30 € par mois dès février ?", Intent.HARDSHIP),
        ("Christmas has taken everything this year. Can I do £40 a month?", Intent.HARDSHIP),
        ("Back to school has wiped us out, could we pay £20 a week?", Intent.HARDSHIP),
        ("Avec le prix du fioul cet hiver je ne peux faire que 20 € par mois.", Intent.HARDSHIP),
        ("You've got Marco Bianchi. I'm Marta Bianchi, a different person.", Intent.WRONG_PERSON),
        (
            "Je ne fais plus partie de Lenoir SARL depuis juin. Merci de contacter directement "
            "leur comptabilité.",
            Intent.WRONG_PERSON,
        ),
        (
            "The account in the name of my husband: he died in May. I paid the £60 today so it "
            "can be closed.",
            Intent.DECEASED,
        ),
        (
            "Mon père nous a quittés dimanche. Je ne peux pas m'occuper de ça maintenant.",
            Intent.DECEASED,
        ),
        (
            "My dad died in March and I had to cover the funeral. I can't do anything until June.",
            Intent.HARDSHIP,
        ),
        ("Chq envoyé le 3, 240 €.", Intent.ALREADY_PAID),
    ],
)
def test_set_127_129s_wordings(text: str, wanted: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is wanted, reading


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        # Pets: their deaths are no death, their treatment no hardship of the writer's.
        (
            "Notre chat Félix est mort la semaine dernière, j'ai tout réglé ce matin.",
            Intent.DECEASED,
        ),
        ("harassing a guy whose dog just died, shame on you", Intent.DECEASED),
        ("Our cat Milo just finished his chemo; can we pay $200 a month?", Intent.HARDSHIP),
        ("I'll pay the balance of $300 for Bella's hip surgery on the 20th.", Intent.HARDSHIP),
        (
            "You lot are vultures, chasing people in January when everyone is skint.",
            Intent.HARDSHIP,
        ),
        ("u people r sick.", Intent.HARDSHIP),
        ("Créance non contestée. Nous demandons un échéancier en 3 fois.", Intent.DISPUTE),
        ("Nous ne contestons ni le principe ni le montant.", Intent.DISPUTE),
        ("Universal Credit stopped after a sanction, nothing coming in.", Intent.DISPUTE),
        ("Bien reçu, merci. Je regarde ça à mon retour de congés.", Intent.AUTO_REPLY),
    ],
)
def test_set_127_129s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # The day just said, taken up again: "ce jour-là", "that afternoon", "pay then".
        ("Ma prime tombe le 20 mars, je vous propose 100 € ce jour-là.", date(2026, 3, 20)),
        ("Back home on the 18th, I'll come by that afternoon and pay cash.", date(2026, 3, 18)),
        ("away on a job, back Friday, will pay then", date(2026, 3, 13)),
        ("jviens de payer 80€ sur le site", date(2026, 3, 10)),
    ],
)
def test_the_day_just_said_is_the_payments(text: str, day: date) -> None:
    assert understand(text, RECEIVED).date == day


def test_an_amount_each_of_listed_payments() -> None:
    reading = understand("2 versements, un le 20 avril et un le 20 mai ? 90 chacun", RECEIVED)
    assert (reading.installments, reading.installment_amount) == (2, Decimal("90.00"))


def test_a_cheque_to_expect_is_a_promise() -> None:
    reading = understand("Please expect our check for $900.00 on March 20.", RECEIVED)
    assert (reading.intent, reading.date) == (Intent.PROMISE_TO_PAY, date(2026, 3, 20))


def test_the_day_just_said_is_not_taken_without_a_payment() -> None:
    assert understand("Back on the 18th. I'll call you that afternoon.", RECEIVED).date is None


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Je vous règle les 60 € le 20, quand la paie sera versée.", Intent.PROMISE_TO_PAY),
        (
            "Le cabinet où j'exerce est en redressement judiciaire, mes honoraires sont bloqués.",
            Intent.HARDSHIP,
        ),
        (
            "Votre mandant a été placé en liquidation et a cédé ses contrats ; je conteste votre "
            "droit à me réclamer quoi que ce soit.",
            Intent.DISPUTE,
        ),
        ("We simply do not have the cash to clear your invoice; £200 a month?", Intent.HARDSHIP),
        ("Our monthly grant payment still hasn't arrived, so I can't pay yet.", Intent.HARDSHIP),
        ("Je vis sur mes économies depuis mars, impossible de payer.", Intent.HARDSHIP),
        (
            "The gym membership was in my late husband's name. He died in May. I'll pay the £30 "
            "on Friday.",
            Intent.DECEASED,
        ),
        (
            "Mon père est décédé. Vous lui réclamez 80 € ; je les réglerai le 10. Merci de mettre "
            "le dossier à mon nom.",
            Intent.DECEASED,
        ),
        ("Il n'y a pas de M. Duval ici, c'est le portable de ma fille.", Intent.WRONG_PERSON),
        ("There's no Mr Patel at this address.", Intent.WRONG_PERSON),
        ("You can't sell a loan to a 15 year old. I won't pay it.", Intent.DISPUTE),
        ("For the record, the £25 late fee is wrong, it was never in the terms.", Intent.DISPUTE),
        (
            "My husband died in June and I haven't been able to keep the shop open since.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_130_132s_wordings(text: str, wanted: Intent) -> None:
    reading = understand(text, RECEIVED)
    assert wanted in reading.intents and reading.intent is wanted, reading


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("La CAF a versé l'AAH en retard, je ne peux rien payer ce mois-ci.", Intent.ALREADY_PAID),
        (
            "J'ai été radiée après une procédure disciplinaire que je conteste en appel ; je n'ai "
            "plus aucun revenu.",
            Intent.DISPUTE,
        ),
        ("I'll do the transfer this evening once surgery finishes.", Intent.HARDSHIP),
        ("Vous harcelez une personne handicapée, bande de pourris.", Intent.HARDSHIP),
        ("Your treatment of disabled customers is disgusting.", Intent.HARDSHIP),
    ],
)
def test_set_130_132s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_a_day_given_up_then_another_said_after_but() -> None:
    reading = understand(
        "Pas le 12 comme prévu, je ne pourrai pas, mais le 19 sans faute.", RECEIVED
    )
    assert (reading.intent, reading.date) == (Intent.PROMISE_TO_PAY, date(2026, 3, 19))


@pytest.mark.parametrize(
    "text",
    [
        "Je vous ai envoyé par recommandé le 4 la copie du bail signé.",
        "Avez-vous reçu le certificat médical que je vous ai envoyé le 2 mars ?",
    ],
)
def test_a_paper_sent_is_no_payment(text: str) -> None:
    assert Intent.ALREADY_PAID not in understand(text, RECEIVED).intents


def test_a_cheque_whose_copy_is_sent_is_still_paid() -> None:
    text = "Ci-joint la copie du chèque de 96 € que je vous ai adressé le 2 mars."
    assert understand(text, RECEIVED).intent is Intent.ALREADY_PAID


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Your people keep calling my neighbours about my debt. Stop. Now.", Intent.STOP_CONTACT),
        (
            "Au divorce, le juge a attribué le prêt à mon ex-mari. Je ne suis donc plus concernée "
            "par les échéances.",
            Intent.DISPUTE,
        ),
        (
            "my mum died last month. found your letter about her car loan in her mail. she can't "
            "pay obviously. what do I do?",
            Intent.DECEASED,
        ),
        (
            "Je suis caution du prêt de mon fils ; il a été placé en liquidation judiciaire avec "
            "son entreprise et je ne peux pas payer.",
            Intent.HARDSHIP,
        ),
    ],
)
def test_set_133s_wordings(text: str, wanted: Intent) -> None:
    assert wanted in understand(text, RECEIVED).intents, understand(text, RECEIVED)


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Je suis absente jusqu'au 6 mars suite au décès d'un proche.", Intent.DECEASED),
        (
            "La vente sera signée le 27 mars ; le notaire vous réglera directement le solde ce "
            "jour-là.",
            Intent.DISPUTE,
        ),
        ("My redundancy payment arrives on 19 June and I'll clear it that day.", Intent.HARDSHIP),
        ("Keep harassing my workplace and see what happens.", Intent.STOP_CONTACT),
        ("I want to clear this today, is there a link?", Intent.PROMISE_TO_PAY),
    ],
)
def test_set_133s_look_alikes(text: str, not_it: Intent) -> None:
    assert not_it not in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def test_the_same_day_as_an_income_is_the_payments() -> None:
    reading = understand(
        "My redundancy payment arrives on 19 March and I'll clear it that day.", RECEIVED
    )
    assert (reading.intent, reading.date) == (Intent.PROMISE_TO_PAY, date(2026, 3, 19))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("no Kyle here. Remove this number pls", Intent.STOP_CONTACT),
        (
            "My husband just lost his job and we have twins. I'll pay $50 on the 25th.",
            Intent.HARDSHIP,
        ),
        ("Mon conjoint vient de perdre son emploi, je propose 30 € par mois.", Intent.HARDSHIP),
        ("C'est fait depuis le 5 !! Merci.", Intent.ALREADY_PAID),
    ],
)
def test_set_135s_wordings(text: str, wanted: Intent) -> None:
    assert wanted in understand(text, RECEIVED).intents, understand(text, RECEIVED)


def _reads_with_and_without(text: str, wanted: Intent | None, unwanted: Intent | None) -> None:
    """The reading holds `wanted` and not `unwanted` (either may be None)."""
    reading = understand(text, RECEIVED)
    assert wanted is None or wanted in reading.intents, reading
    assert unwanted is None or unwanted not in reading.intents, reading


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Fees said to be provided for nowhere are contested.
        (
            "Les 80 € de frais que vous avez rajoutés ne figurent nulle part, je règle le reste.",
            Intent.DISPUTE,
            None,
        ),
        # An idiom, not a wrong person.
        ("You've got the wrong end of the stick, I can do £30 a week.", None, Intent.WRONG_PERSON),
        # A screenshot sent is no payment to come.
        (
            "Virement fait lundi, je vous mets la capture.",
            Intent.ALREADY_PAID,
            Intent.PROMISE_TO_PAY,
        ),
        # Another quarrel, said to be nothing to do with this debt.
        (
            "I have a dispute with the builder about the extension, nothing to do with this loan. "
            "I'll pay the £60 on Friday.",
            Intent.PROMISE_TO_PAY,
            Intent.DISPUTE,
        ),
        ("Take the payment on the 21st instead please.", Intent.PROMISE_TO_PAY, None),
        ("Please don't take the payment on the 21st.", None, Intent.PROMISE_TO_PAY),
        # Whether one owes it, asked: no wish to pay now.
        ("Do I have to pay this now?", Intent.REQUEST_INFO, Intent.PAY_NOW),
        ("Est-ce que c'est à moi de payer maintenant ?", None, Intent.PAY_NOW),
        # A payment made for someone while the writer was somewhere, not paid to that place.
        (
            "My brother paid this for me on 3 May while I was at the hospital.",
            Intent.ALREADY_PAID,
            Intent.DISPUTE,
        ),
        # Another bill paid, this one promised.
        (
            "I already paid the plumber last week, that's a different bill. Yours I'll pay on the 9th.",
            Intent.PROMISE_TO_PAY,
            Intent.ALREADY_PAID,
        ),
        ("J'ai payé le garage hier. Pour vous ce sera le 12.", Intent.PROMISE_TO_PAY, None),
        (
            "J'ai payé la facture de gaz hier, pas la vôtre. La vôtre ce sera le 12.",
            None,
            Intent.ALREADY_PAID,
        ),
        # A funeral director's bill contested: the relative's funeral, not the debtor's death.
        (
            "Je conteste la facture des pompes funèbres pour les obsèques de ma mère : 400 € de trop.",
            Intent.DISPUTE,
            Intent.DECEASED,
        ),
        ("my maternity pay has run out and I can't pay this month", Intent.HARDSHIP, None),
        (
            "Ils ont quitté la maison en mars, je suis le nouveau locataire et je n'ai pas leur "
            "nouvelle adresse.",
            Intent.WRONG_PERSON,
            None,
        ),
        ("je verse 40 € par mois à partir du 5 avril", Intent.PAYMENT_PLAN_REQUEST, None),
        (
            "Je comptais appeler, je reviens vers vous à mon retour de Lyon.",
            None,
            Intent.AUTO_REPLY,
        ),
        ("Ma grand-mère n'est plus de ce monde depuis l'été.", Intent.DECEASED, None),
        (
            "Notre comptable est malheureusement décédée le mois dernier, renvoyez les factures.",
            None,
            Intent.DECEASED,
        ),
        (
            "I paid something on Monday but that was the council, not you. Yours goes out Friday.",
            Intent.PROMISE_TO_PAY,
            Intent.ALREADY_PAID,
        ),
        (
            "Vos courriers arrivent toujours chez lui. Merci de les interrompre.",
            Intent.STOP_CONTACT,
            None,
        ),
        (
            "Not asking for a hardship plan, just a later date: I'll pay on the 20th.",
            Intent.PROMISE_TO_PAY,
            Intent.HARDSHIP,
        ),
        (
            "I spoke to a bankruptcy lawyer but I'm not filing. Can I do $50 a month?",
            Intent.PAYMENT_PLAN_REQUEST,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "La créance détenue par votre client : envoyez-moi le décompte.",
            Intent.REQUEST_INFO,
            Intent.HARDSHIP,
        ),
        (
            "Je retire ma contestation, je vous règle les 90 € le 10.",
            Intent.PROMISE_TO_PAY,
            Intent.DISPUTE,
        ),
        (
            "My complaint with the garage has been resolved, send me the link to pay.",
            Intent.PAY_NOW,
            Intent.DISPUTE,
        ),
        (
            "Cette facture est peut-être prescrite. Peu importe, je vous fais un virement vendredi.",
            Intent.PROMISE_TO_PAY,
            Intent.DISPUTE,
        ),
        (
            "Je veux vérifier moi-même la prescription : quelle est la date du premier impayé ?",
            Intent.REQUEST_INFO,
            Intent.DISPUTE,
        ),
        (
            "He'll pay the £40 on Monday, his phone is broken so I'm texting for him.",
            Intent.PROMISE_TO_PAY,
            Intent.DISPUTE,
        ),
        (
            "Je prends acte du nouveau décompte, merci pour votre retour.",
            Intent.ACKNOWLEDGEMENT,
            Intent.REQUEST_INFO,
        ),
        (
            "arrêt maladie terminé, je reprends le travail lundi, je vous paie le 30",
            Intent.PROMISE_TO_PAY,
            Intent.HARDSHIP,
        ),
        ("I would ask that you do not telephone me again.", Intent.STOP_CONTACT, None),
        ("Jamais réservé de chambre chez vous de ma vie.", Intent.DISPUTE, None),
        ("Le site disait 30 € et vous me facturez 70 €, ça ne colle pas.", Intent.DISPUTE, None),
        ("I'm happy to pay the $90, not the full $400 you want for the rug.", Intent.DISPUTE, None),
        ("dans 10 jours c réglé", Intent.PROMISE_TO_PAY, Intent.ALREADY_PAID),
        (
            "ok je paie lundi\n« Votre solde est de 90 €. STOP SMS au 36111 »",
            Intent.PROMISE_TO_PAY,
            Intent.STOP_CONTACT,
        ),
        (
            "Lu : Relance dossier 4411\nVotre message a été lu le mardi 3 mars 2026 10:02.",
            Intent.AUTO_REPLY,
            Intent.ALREADY_PAID,
        ),
        (
            "Ok pour 3 versements mais de 80 € et pas 100, c'est mon maximum.",
            Intent.PAYMENT_PLAN_REQUEST,
            Intent.DISPUTE,
        ),
        (
            "Après le décès de mon oncle j'ai touché un petit héritage, envoyez-moi le RIB pour tout régler.",
            None,
            Intent.DECEASED,
        ),
        (
            "Je gère le camping seule depuis le décès de mon mari il y a 6 ans. Je règle vendredi.",
            Intent.PROMISE_TO_PAY,
            Intent.DECEASED,
        ),
    ],
)
def test_set_137_141s_wordings(text: str, wanted: Intent | None, unwanted: Intent | None) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_a_dispute_waited_on_suspends_reminders_without_a_stop() -> None:
    """Reminders suspended while the médiateur decides: a dispute, not contact refused;
    beside a death it is a stop."""
    held = understand(
        "Je conteste cette facture et j'ai saisi le médiateur. Merci de suspendre vos relances "
        "jusqu'à sa décision.",
        RECEIVED,
    )
    assert Intent.DISPUTE in held.intents and Intent.STOP_CONTACT not in held.intents
    grieving = understand(
        "Mon père est décédé le 2 mars. Merci de suspendre vos relances.", RECEIVED
    )
    assert Intent.STOP_CONTACT in grieving.intents


def test_counts_and_totals_around_what_is_paid_for() -> None:
    split = understand("Can I split the £600 sofa bill into 3?", RECEIVED)
    assert (split.amount, split.installments) == (Decimal("600"), 3)
    total = understand("We'd like to pay the £1,200 for the flat in four payments.", RECEIVED)
    assert (total.amount, total.installments) == (Decimal("1200"), 4)


def test_a_day_taken_back_is_no_second_payment() -> None:
    reading = understand("non je voulais dire le 18 pas le 8 ! je paie le 18", RECEIVED)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date == date(2026, 3, 18)


def test_the_whole_paid_then_takes_the_day_said() -> None:
    reading = understand("My tax refund lands on Friday. I'll pay the whole $300 then.", RECEIVED)
    assert (reading.intent, reading.date) == (Intent.PROMISE_TO_PAY, date(2026, 3, 13))


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "No need to ring me back, the payment went through this morning.",
            Intent.ALREADY_PAID,
            Intent.STOP_CONTACT,
        ),
        (
            "Je vous demande de cesser les prélèvements : le contrat est annulé.",
            None,
            Intent.STOP_CONTACT,
        ),
        ("Ok c'est noté, j'arrête de vous déranger, bonne soirée.", None, Intent.STOP_CONTACT),
        (
            "Je ne demande pas d'échéancier, je veux comprendre le nouveau montant.",
            None,
            Intent.PAYMENT_PLAN_REQUEST,
        ),
        (
            "Had a minor op in hospital, nothing serious. I'll pay the £45 on Monday.",
            Intent.PROMISE_TO_PAY,
            Intent.HARDSHIP,
        ),
        (
            "Malgré la maladie de ma femme on s'en sort, je paie les 50 € lundi.",
            Intent.PROMISE_TO_PAY,
            Intent.HARDSHIP,
        ),
        (
            "Nous recevons vos lettres pour l'ancien locataire. Merci de ne plus nous les envoyer.",
            Intent.STOP_CONTACT,
            None,
        ),
        (
            "Pourquoi je devrais continuer à payer pour une voiture qui ne roule pas ?",
            Intent.DISPUTE,
            None,
        ),
        ("who's Marcus? this is my work number", Intent.WRONG_PERSON, None),
        ("Je voudrais rembourser par anticipation mon crédit auto.", Intent.PAY_NOW, None),
        (
            "L'entreprise qui a posé nos fenêtres a été mise en liquidation ; les travaux ne sont "
            "pas terminés, je conteste.",
            Intent.DISPUTE,
            Intent.LEGAL_PROCEEDING,
        ),
        ("je vais payer 25 000 FCFA par mois à partir du 10", Intent.PAYMENT_PLAN_REQUEST, None),
    ],
)
def test_set_136s_wordings(text: str, wanted: Intent | None, unwanted: Intent | None) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_sms_peu_is_peux_only_after_its_subject() -> None:
    assert normalize("je peu pas payer") == "je peux pas payer"
    assert normalize("peu importe, un peu de temps") == "peu importe , un peu de temps"


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Notre responsable informatique nous a malheureusement quittés ; le virement part lundi.",
            Intent.PROMISE_TO_PAY,
            Intent.DECEASED,
        ),
        (
            "Our daughter's piano teacher passed away in May, so the last lessons never happened.",
            None,
            Intent.DECEASED,
        ),
        (
            "You're not talking to the wrong person, it is our account, but the invoice is wrong.",
            Intent.DISPUTE,
            Intent.WRONG_PERSON,
        ),
        (
            "Ce n'est pas une erreur de personne, mais le montant ne correspond pas.",
            Intent.DISPUTE,
            Intent.WRONG_PERSON,
        ),
        (
            "Je ne suis pas la bonne personne pour ça, je transfère à la comptabilité.",
            None,
            Intent.WRONG_PERSON,
        ),
        ("Who is Dana?? this is my personal whatsapp", Intent.WRONG_PERSON, None),
        (
            "je suis pas la gérante de cette société, je suis un particulier",
            Intent.WRONG_PERSON,
            None,
        ),
        (
            "I left Acme Print two years ago, no idea why I'm still getting these.",
            Intent.WRONG_PERSON,
            None,
        ),
        ("Your letter is for Acme Ltd, a completely different company.", Intent.WRONG_PERSON, None),
        (
            "We're in a dispute with our landlord over the heating, not with you. Yours goes out Friday.",
            Intent.PROMISE_TO_PAY,
            Intent.DISPUTE,
        ),
        ("vous voulez vraiment qu'on paye 2 000 € pour ça ?", Intent.DISPUTE, None),
        ("Our console shows 8 users and you're billing us for 20.", Intent.DISPUTE, None),
        ("The claim is overstated by some way.", Intent.DISPUTE, None),
        ("Les deux mensualités ont été réglées le 3 mai par virement.", Intent.ALREADY_PAID, None),
        (
            "La dernière échéance a été payée le 15/03/2019, votre demande est forclose.",
            Intent.DISPUTE,
            Intent.ALREADY_PAID,
        ),
        ("I've just approved the payment, it should clear tomorrow.", Intent.ALREADY_PAID, None),
        (
            "They persuaded me to authorise the transfer of £900 to a safe account.",
            None,
            Intent.ALREADY_PAID,
        ),
        (
            "On a payé le loyer hier, c'était le plus urgent. Pour vous ce sera vendredi.",
            Intent.PROMISE_TO_PAY,
            Intent.ALREADY_PAID,
        ),
        (
            "Brightfold Ltd entered a Company Voluntary Arrangement in June.",
            Intent.LEGAL_PROCEEDING,
            None,
        ),
        ("une fois le loyer payé il me reste 60 € pour le mois", Intent.HARDSHIP, None),
        ("Je suis en stage non rémunéré jusqu'en juin.", Intent.HARDSHIP, None),
        (
            "L'école est en liquidation : je dois payer à qui, vous ou le liquidateur ?",
            None,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Mon litige avec la banque est enfin réglé, je peux payer 3 x 100 à partir du 15.",
            Intent.PAYMENT_PLAN_REQUEST,
            Intent.DISPUTE,
        ),
        (
            "Nous avons envoyé la lettre de désinscription en août, l'année ne peut être due qu'au prorata.",
            Intent.DISPUTE,
            Intent.STOP_CONTACT,
        ),
        ("Cette facture est pas à moi, c'est mon ex qui a signé.", Intent.DISPUTE, None),
        ("Je m'oppose à toute nouvelle sollicitation par téléphone.", Intent.STOP_CONTACT, None),
        (
            "Je ne suis pas en mesure de régler les 900 € en une seule fois. "
            "Je sollicite un échéancier de 100 € par mois.",
            Intent.PAYMENT_PLAN_REQUEST,
            Intent.HARDSHIP,
        ),
        (
            "my mum went through an IVA years ago but this one is mine, I'll pay Friday",
            Intent.PROMISE_TO_PAY,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "j'ai payé la cantine hier mais pas encore votre facture, je la règle lundi",
            Intent.PROMISE_TO_PAY,
            Intent.ALREADY_PAID,
        ),
        (
            "Your letter quotes the wrong invoice number, it should be 5512. I'll pay on the 30th.",
            Intent.PROMISE_TO_PAY,
            Intent.DISPUTE,
        ),
    ],
)
def test_set_142_144s_wordings(text: str, wanted: Intent | None, unwanted: Intent | None) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_quoted_printable_and_glued_figures_give_the_amount() -> None:
    reading = understand("Je r=C3=A9glerai 250 =E2=82=AC le 3 avril.", RECEIVED)
    assert (reading.intent, reading.amount) == (Intent.PROMISE_TO_PAY, Decimal("250"))
    glued = understand("jai payé150e hier soir par CB", RECEIVED)
    assert (glued.intent, glued.amount) == (Intent.ALREADY_PAID, Decimal("150"))


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Stops said in a clause alone, by the one number kept, or as a refrain asked.
        ("Vous pouvez arrêter, j'en ai assez de vos SMS du dimanche.", Intent.STOP_CONTACT, None),
        (
            "Vous pouvez arrêter le prélèvement du 5 ? Je paierai par virement.",
            None,
            Intent.STOP_CONTACT,
        ),
        (
            "Please only text my personal mobile, my work phone is shared.",
            Intent.STOP_CONTACT,
            None,
        ),
        (
            "I only call the main number when I need help. I'll pay the £40 on Friday.",
            Intent.PROMISE_TO_PAY,
            Intent.STOP_CONTACT,
        ),
        ("Kindly refrain from telephoning my elderly mother.", Intent.STOP_CONTACT, None),
        ("Letters are fine. No more phone calls though.", Intent.STOP_CONTACT, None),
        # A stay in hospital or prison told as over is no hardship, unless its cost is said.
        (
            "J'étais hospitalisée tout le mois d'août, d'où le retard. Je fais le virement de 80 € lundi.",
            Intent.PROMISE_TO_PAY,
            Intent.HARDSHIP,
        ),
        (
            "J'étais hospitalisée en août et depuis je ne peux plus travailler, je ne peux rien payer.",
            Intent.HARDSHIP,
            None,
        ),
        (
            "I was in prison when these charges were added, so I never saw your letters. The £90 fee is wrong.",
            Intent.DISPUTE,
            Intent.HARDSHIP,
        ),
        ("sick to death of these texts, stop it", Intent.STOP_CONTACT, Intent.HARDSHIP),
        (
            "Wrong number, no idea who Paula is. Never had knee surgery either.",
            Intent.WRONG_PERSON,
            Intent.HARDSHIP,
        ),
        (
            "Je ne suis ni malade ni au chômage, j'ai juste oublié, je règle jeudi.",
            Intent.PROMISE_TO_PAY,
            Intent.HARDSHIP,
        ),
        (
            "Arrêtez d'appeler chez ma tante, je n'habite plus chez elle et elle est très malade.",
            Intent.STOP_CONTACT,
            Intent.HARDSHIP,
        ),
        (
            "Vous harcelez des gens qui sortent de l'hôpital, bande de vautours.",
            None,
            Intent.HARDSHIP,
        ),
        (
            "Stop calling me at work. I've just started a new job after two years out.",
            Intent.STOP_CONTACT,
            Intent.HARDSHIP,
        ),
        (
            "I'm the DWP appointee for my brother since his head injury; please write to me now.",
            None,
            Intent.HARDSHIP,
        ),
        # An employer's insolvency is the writer's hardship; a seller's is not the writer's.
        (
            "La scierie où je bossais a été mise en liquidation, je suis sans salaire depuis juin.",
            Intent.HARDSHIP,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Je travaillais comme serveuse dans un hôtel qui a été placé en liquidation en mai.",
            Intent.HARDSHIP,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "La clinique, qui devait me poser deux couronnes, a été placée en liquidation. "
            "Je conteste le solde.",
            Intent.DISPUTE,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "I heard the boatyard went into administration. Who should I be paying now?",
            None,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "I've spoken to a solicitor about bankruptcy but haven't filed anything. "
            "Right now I'm in a hostel and I can't pay more than £10 a month.",
            Intent.HARDSHIP,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "I'm in an IVA since March, my practitioner is writing to you.",
            Intent.LEGAL_PROCEEDING,
            None,
        ),
        # Disputes denied, or the debtor confirmed with a dispute to follow.
        (
            "Il ne conteste pas la dette mais il n'a aucun revenu pour l'instant, il ne peut rien payer.",
            Intent.HARDSHIP,
            Intent.DISPUTE,
        ),
        (
            "Ce n'est pas pour contester, j'aimerais juste qu'on me rappelle.",
            Intent.REQUEST_HUMAN,
            Intent.DISPUTE,
        ),
        (
            "I'm not saying it isn't mine, but I've got nothing at all until payday.",
            None,
            Intent.DISPUTE,
        ),
        ("The procedure went horribly wrong and I'm still in pain.", Intent.DISPUTE, None),
        (
            "Yes this is Dana Whitlock, but you've billed the wrong caravan pitch, mine is number 4.",
            None,
            Intent.WRONG_PERSON,
        ),
        ("Im not Declan, I've had this number since March.", Intent.WRONG_PERSON, None),
        # Papers sent, a payment by someone else, a condition on the creditor.
        ("Je vous envoie l'attestation de la CAF dès que je l'ai.", None, Intent.PROMISE_TO_PAY),
        ("I'll send you the death certificate on Monday.", Intent.DECEASED, Intent.PROMISE_TO_PAY),
        (
            "Je vends l'appartement : le notaire vous versera les 5 000 € à la signature le 12 mars.",
            Intent.PROMISE_TO_PAY,
            None,
        ),
        ("I'll clear the rest as soon as those late fees come off.", None, Intent.PROMISE_TO_PAY),
        # Not a payment told, nor a plan.
        (
            "Could I do £25 a week until the quad bike is paid off?",
            Intent.PAYMENT_PLAN_REQUEST,
            Intent.ALREADY_PAID,
        ),
        (
            "J'ai payé un abonnement annuel et la salle a fermé en mars, je conteste la dernière échéance.",
            Intent.DISPUTE,
            Intent.ALREADY_PAID,
        ),
        (
            "Nouveau RIB ci-joint : le prélèvement mensuel doit passer sur mon nouveau compte dès mai.",
            None,
            Intent.PAYMENT_PLAN_REQUEST,
        ),
        (
            "Merci d'avoir suspendu les relances pendant l'expertise de mon assureur.",
            Intent.ACKNOWLEDGEMENT,
            None,
        ),
    ],
)
def test_set_148_150s_wordings(text: str, wanted: Intent | None, unwanted: Intent | None) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_set_148_150s_plan_totals_halves_and_an_instalment_paid() -> None:
    # The total said with what it pays for, between the sum and the plan.
    total = understand("Je voudrais régler les 660 € de la cure thermale en 4 fois.", RECEIVED)
    assert (total.intent, total.amount, total.installments) == (
        Intent.PAYMENT_PLAN_REQUEST,
        Decimal("660"),
        4,
    )
    # Two halves are two instalments.
    halves = understand("Would it be OK to settle the saddle in two halves?", RECEIVED)
    assert (halves.intent, halves.installments) == (Intent.PAYMENT_PLAN_REQUEST, 2)
    # One instalment of a plan, paid: its amount is the payment's.
    paid = understand("J'ai réglé l'échéance de 48 € du 3 par carte.", RECEIVED)
    assert (paid.intent, paid.amount) == (Intent.ALREADY_PAID, Decimal("48"))
    # The debt quoted in a plan asked without a count stays out.
    owed = understand("Je dois 660 € à la cure, je peux payer 100 € par mois ?", RECEIVED)
    assert owed.amount is None and owed.installment_amount == Decimal("100")


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Another's insolvency: the employer's is hardship, the seller's is no one's here.
        (
            "The courier firm I drove for filed for bankruptcy, my last two cheques bounced.",
            Intent.HARDSHIP,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "The climbing gym went bankrupt in May and locked its doors. Why would I pay for it?",
            None,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "J'agis comme liquidateur de la succession de mon oncle, décédé en janvier.",
            Intent.DECEASED,
            Intent.LEGAL_PROCEEDING,
        ),
        ("I'll take you to court and bankrupt your shabby agency.", None, Intent.LEGAL_PROCEEDING),
        (
            "Une requête en règlement collectif de dettes est en préparation, "
            "elle n'a pas encore été introduite.",
            None,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "I lodged an insolvency declaration with the district court last week.",
            Intent.LEGAL_PROCEEDING,
            None,
        ),
        (
            "Le dossier de surendettement n'a pas encore été déposé à la Banque de France.",
            None,
            Intent.LEGAL_PROCEEDING,
        ),
        # Alive; a payment denied; a payday; manners, not the debt.
        (
            "Votre courrier est adressé à mes héritiers ? Je vous rassure, je suis bien vivant, et j'ai payé le 4.",
            Intent.ALREADY_PAID,
            Intent.DECEASED,
        ),
        (
            "J'ai payé ? Non, pas encore, je le fais mardi.",
            Intent.PROMISE_TO_PAY,
            Intent.ALREADY_PAID,
        ),
        (
            "I'm a nurse, paid on the 25th. Could we do 3 payments of £80 starting then?",
            Intent.PAYMENT_PLAN_REQUEST,
            Intent.ALREADY_PAID,
        ),
        (
            "Je ne suis pas d'accord avec vos méthodes, mais envoyez-moi le lien, je paie.",
            Intent.PAY_NOW,
            Intent.DISPUTE,
        ),
        (
            "Don't know who to pay first with all these cards. Can someone ring me?",
            Intent.REQUEST_HUMAN,
            Intent.WRONG_PERSON,
        ),
        (
            "My Chapter 7 case was dismissed in March. I can pay $90 a month from the 5th.",
            Intent.PAYMENT_PLAN_REQUEST,
            Intent.DISPUTE,
        ),
        (
            "L'augmentation promise n'est jamais arrivée, je vous paie 40 € le 3.",
            Intent.PROMISE_TO_PAY,
            Intent.DISPUTE,
        ),
        ("Je vous paierai quand l'AGS m'aura versé mes indemnités.", Intent.PROMISE_TO_PAY, None),
        ("Who is Tariq? I got this number last month.", Intent.WRONG_PERSON, None),
        (
            "Je ne donnerai aucune suite à vos courriers, cette dette est prescrite.",
            Intent.DISPUTE,
            Intent.PROMISE_TO_PAY,
        ),
        # Stops, promises by others, payments told, questions, calls.
        ("Please refrain from any direct contact with my client.", Intent.STOP_CONTACT, None),
        (
            "La succession va vous régler le solde de 230 € par chèque le 20 mars.",
            Intent.PROMISE_TO_PAY,
            None,
        ),
        ("c'est réglé depuis lundi", Intent.ALREADY_PAID, None),
        (
            "Please send me a paid-in-full letter for my mortgage application.",
            Intent.REQUEST_INFO,
            None,
        ),
        ("Who should I send the death certificate to?", Intent.REQUEST_INFO, None),
        ("Pouvez-vous me mettre en contact avec un conseiller ?", Intent.REQUEST_HUMAN, None),
    ],
)
def test_set_151_153s_wordings(text: str, wanted: Intent | None, unwanted: Intent | None) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_set_151_153s_costs_are_no_offer_and_a_condition_keeps_its_amount() -> None:
    # What the household pays elsewhere is not the instalment offered.
    weekly = understand(
        "Childcare is €950 a month now. Could I do €20 a week from Friday?", RECEIVED
    )
    assert (weekly.intent, weekly.installment_amount) == (
        Intent.PAYMENT_PLAN_REQUEST,
        Decimal("20"),
    )
    mortgage = understand(
        "My mortgage went up by £310 a month. Could I pay £15 a month for now?", RECEIVED
    )
    assert mortgage.installment_amount == Decimal("15")
    # The creditor itself, named before the offer, is no cost.
    nursery = understand("I can pay the nursery £50 a month from the 1st.", RECEIVED)
    assert nursery.installment_amount == Decimal("50")
    # A payment held until a corrected bill comes is no promise; its amount is still read.
    held = understand(
        "Dès réception d'une facture sans les pénalités, je vous réglerai les 300 €.", RECEIVED
    )
    assert Intent.PROMISE_TO_PAY not in held.intents and held.amount == Decimal("300")


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # A main contractor's administration owing the writer; a workplace of apprentices.
        (
            "Harbourside Homes went into administration owing us nearly £18k for the roofing. "
            "I can't pay your invoice this month.",
            Intent.HARDSHIP,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "The garage I was doing my apprenticeship with went into liquidation, I've been let go.",
            Intent.HARDSHIP,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Le salon où je faisais mon alternance a été mis en liquidation judiciaire en mai.",
            Intent.HARDSHIP,
            Intent.LEGAL_PROCEEDING,
        ),
        (
            "Notre société n'est ni en redressement ni en liquidation, le virement part le 12.",
            Intent.PROMISE_TO_PAY,
            Intent.LEGAL_PROCEEDING,
        ),
        ("carry on like this and I'll sue you lot into bankruptcy", None, Intent.LEGAL_PROCEEDING),
        # A partner's death, a father said not dead.
        (
            "Since my business partner died in March I've been running the bakery alone and "
            "can't pay anything this month.",
            Intent.HARDSHIP,
            Intent.DECEASED,
        ),
        (
            "Je gère les papiers de ma mère, elle est en maison de retraite. Elle est pas décédée hein.",
            None,
            Intent.DECEASED,
        ),
        # No plan asked: one no longer needed, pay-in-four purchases piled up.
        (
            "I was going to ask for a payment plan, but my sister helped and I've paid the £300 today.",
            Intent.ALREADY_PAID,
            Intent.PAYMENT_PLAN_REQUEST,
        ),
        (
            "J'ai cumulé plusieurs paiements en 4 fois et un découvert, je ne peux rien verser.",
            Intent.HARDSHIP,
            Intent.PAYMENT_PLAN_REQUEST,
        ),
    ],
)
def test_set_155_156s_wordings(text: str, wanted: Intent | None, unwanted: Intent | None) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_a_sum_refused_in_one_sentence_leaves_the_next_sentences_offer() -> None:
    reading = understand(
        "The balance is £900 and I can't do that in one go. £150 a month for 6 months?", RECEIVED
    )
    assert (reading.installment_amount, reading.installments, reading.amount) == (
        Decimal("150"),
        6,
        Decimal("900"),
    )
    # Refused in the same sentence, the sum is still not the offer.
    refused = understand("I can't manage the £150 a month, I could do £45 a month.", RECEIVED)
    assert refused.installment_amount == Decimal("45")


def test_a_companys_capital_in_its_legal_footer_is_no_amount() -> None:
    reading = understand(
        "Bonjour,\n\nLa facture sera réglée lors de notre prochain cycle de paiement, le 10 mars."
        "\n\nCordialement,\nÉlise Mercier – Comptabilité fournisseurs\n"
        "Groupe Alder SA – 3 avenue de l'Europe, 67300 Schiltigheim\n"
        "SA au capital de 2 400 000 € – RCS Strasbourg 389 004 117 – N° TVA FR44389004117\n"
        "Avant d'imprimer ce courriel, pensez à l'environnement.",
        RECEIVED,
    )
    assert reading.intent is Intent.PROMISE_TO_PAY and reading.amount is None


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # "Not before" said last stresses the day; said before a condition, it is one.
        ("I'll pay the £90 on Friday, not before.", Intent.PROMISE_TO_PAY, None),
        ("I'll pay, but not before you send the statement.", None, Intent.PROMISE_TO_PAY),
        # A pension lived on alone; a solicitor's client not to be contacted.
        (
            "I only have my state pension to live on. I can send £10 each month from the 1st.",
            Intent.HARDSHIP,
            None,
        ),
        (
            "All correspondence should come to this office; you should not contact our client directly.",
            Intent.STOP_CONTACT,
            None,
        ),
    ],
)
def test_set_157_159s_wordings(text: str, wanted: Intent | None, unwanted: Intent | None) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "intent", "day"),
    [
        # The day not kept, said with "n't" and "like I said,", gives way to the day kept.
        ("We didn't pay Thursday like I said, we paid Saturday.", Intent.ALREADY_PAID,
         date(2026, 3, 7)),
        ("Couldn't do the 12th like I said, I'll do the 20th.", Intent.PROMISE_TO_PAY,
         date(2026, 3, 20)),
        ("cannot manage the 12th as we said, ill do the 19th", Intent.PROMISE_TO_PAY,
         date(2026, 3, 19)),
        # "Until" says when it will go, not a day given up.
        ("The bank won't release it until Friday 13th, you'll get the £90 then.",
         Intent.PROMISE_TO_PAY, date(2026, 3, 13)),
    ],
)  # fmt: skip
def test_a_day_not_kept_with_nt_gives_way_to_the_day_kept(
    text: str, intent: Intent, day: date
) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents
    assert reading.date == day


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Someone else's firm, phone or debt.
        ("I have nothing to do with Hartley Joinery Ltd, please fix your records.",
         Intent.WRONG_PERSON, None),
        ("Left the firm in June, this is my own mobile now.", Intent.WRONG_PERSON, None),
        ("That's not Will's number any more, sorry.", Intent.WRONG_PERSON, None),
        ("It's not my bill, it's my brother's. He's fine, just never opens his post.",
         Intent.WRONG_PERSON, Intent.DECEASED),
        ("Vous me confondez sans doute avec mon cousin, il habite Lyon.",
         Intent.WRONG_PERSON, None),
        # ... and not when the writer's own account is set apart from another matter.
        ("I'm arguing with the builder, but that has nothing to do with this loan. "
         "I'll pay Friday.", Intent.PROMISE_TO_PAY, Intent.WRONG_PERSON),
        # A stop to the old address.
        ("Please don't send any more letters to my old address, my ex opens them.",
         Intent.STOP_CONTACT, None),
        # A bankruptcy meant, not filed.
        ("We're going to file for bankruptcy once we've seen the solicitor.",
         Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        # A parent's death told by the debtor who owes: hardship.
        ("I know I owe you and I'll sort it, but my dad died last week and I'm on unpaid leave.",
         Intent.HARDSHIP, Intent.DECEASED),
        # A customer who stopped paying the writer's firm.
        ("Mon principal client ne me paie plus depuis deux mois.", Intent.HARDSHIP, None),
        ("Our biggest customer still hasn't paid us since June.", Intent.HARDSHIP, None),
        ("Mon client m'a enfin payé, je vous règle demain.", Intent.PROMISE_TO_PAY,
         Intent.HARDSHIP),
        # Never bought anything: not owed; a purchase in instalments told is no plan asked.
        ("C'est quoi ce dossier ? J'ai jamais rien commandé chez eux.", Intent.DISPUTE, None),
        ("J'avais commandé en 3 fois, il reste la dernière, je la paie vendredi.",
         Intent.PROMISE_TO_PAY, Intent.PAYMENT_PLAN_REQUEST),
    ],
)  # fmt: skip
def test_set_160_to_162s_firms_phones_customers_and_plans_meant(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("We do not dispute your invoices; we can pay £300 a month from 1 July.",
         Intent.PAYMENT_PLAN_REQUEST, Intent.DISPUTE),
        # A company's or a person's arrangement completed is no procedure.
        ("Our IVA completed successfully last year and the supervisor issued the notice of "
         "completion. I'll pay on Friday.", Intent.PROMISE_TO_PAY, Intent.LEGAL_PROCEEDING),
        # A difficulty said over.
        ("J'ai été en arrêt maladie tout l'hiver mais c'est fini, je règle le solde demain.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        ("Après six mois de chômage j'ai repris un CDI, je vous règle tout samedi.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        # Half a funeral paid is no payment of the debt.
        ("J'ai payé la moitié de l'enterrement de mon père, je ne peux rien verser ce mois-ci.",
         Intent.HARDSHIP, Intent.ALREADY_PAID),
        # The plan agreed, asked how to pay; a plan agreed, asked to change.
        ("how do I pay the plan we agreed, by card?", Intent.PAY_NOW,
         Intent.PAYMENT_PLAN_REQUEST),
        ("can we change the plan we agreed to £25 a week?", Intent.PAYMENT_PLAN_REQUEST, None),
        # "Not me who is in…": who is in the procedure, not a wrong person.
        ("c'est pas moi qui suis en redressement, c'est mon frère, moi je paie le 20",
         Intent.PROMISE_TO_PAY, Intent.WRONG_PERSON),
    ],
)  # fmt: skip
def test_set_160_to_162s_disputes_denied_troubles_over_and_plans_agreed(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_the_offices_words_quoted_in_a_sentence_give_no_entities() -> None:
    reading = understand(
        'ur app says "Your plan: 4 x £30.00, first payment on 2 April 2026" but I want to '
        "pay the lot now",
        RECEIVED,
    )
    assert Intent.PAYMENT_PLAN_REQUEST not in reading.intents
    assert (reading.date, reading.installments, reading.installment_amount) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "intent", "day"),
    [
        # A day refused just after it is said gives way to the next ("le 15 jpeu pas").
        ("le 12 je peux pas, le 19 par contre ça marche", Intent.PROMISE_TO_PAY,
         date(2026, 3, 19)),
        ("the 13th is no good, the 16th works", Intent.PROMISE_TO_PAY, date(2026, 3, 16)),
        # A day not kept said with more words between ("pas pu faire le virement le 10").
        ("Je n'ai pas pu faire le virement le 12 comme prévu, je le fais le 20.",
         Intent.PROMISE_TO_PAY, date(2026, 3, 20)),
        # A payment thought sent, which bounced, is no day of the one to come.
        ("I'd sent the transfer on the 5th but it bounced, will redo it on Friday",
         Intent.PROMISE_TO_PAY, date(2026, 3, 13)),
    ],
)  # fmt: skip
def test_set_160_to_162s_days_given_up(text: str, intent: Intent, day: date) -> None:
    reading = understand(text, RECEIVED)
    assert intent in reading.intents
    assert reading.date == day


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # A bill met elsewhere, a credit note deducted: no sum paid or offered.
        ("can't pay today, the vet bill was £380, will pay next week", None),
        ("Nous réglerons à l'échéance du 31 mars, après déduction de l'avoir de 90 €.", None),
    ],
)
def test_set_160_to_162s_sums_not_paid(text: str, amount: Decimal | None) -> None:
    assert understand(text, RECEIVED).amount == amount


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("Est-ce que 15 € par mois ça irait ?", Intent.PAYMENT_PLAN_REQUEST, None),
        # A plan running, a fee added monthly, a monthly sum no longer met: no plan asked.
        ("pourquoi cette relance ? j'ai un échéancier en cours et je paie chaque mois",
         None, Intent.PAYMENT_PLAN_REQUEST),
        ("why are you charging me £12 every month? that was never agreed", None,
         Intent.PAYMENT_PLAN_REQUEST),
        ("je peux plus payer les 60 € par mois, j'ai plus rien", Intent.HARDSHIP,
         Intent.PAYMENT_PLAN_REQUEST),
        ("i said i'd pay on the 20th and i will, stop texting", Intent.PROMISE_TO_PAY, None),
        # A payment to come in the passive is no payment made.
        ("A cheque for £640 will be posted to you on Monday.", Intent.PROMISE_TO_PAY,
         Intent.ALREADY_PAID),
        ("Au boulot ils m'ont mis 10h par semaine au lieu de 25, je peux pas tout payer.",
         Intent.HARDSHIP, None),
    ],
)  # fmt: skip
def test_set_160_to_162s_plans_running_and_promises(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Professionals for the debtor.
        ("The £75 of fees added after his death is a sum which the estate does not accept.",
         Intent.DISPUTE, None),
        ("Please note we do not accept cheques at this office.", None, Intent.DISPUTE),
        ("You must not contact my client about this account.", Intent.STOP_CONTACT, None),
        ("Please correspond only with this office, not with Mrs Dale directly.",
         Intent.STOP_CONTACT, None),
        ("Votre créance n'a pas été déclarée au passif : elle est inopposable à la procédure.",
         Intent.DISPUTE, None),
        ("Our client was discharged from bankruptcy last year. He owes your client nothing.",
         Intent.DISPUTE, None),
        # Hardship in other words.
        ("on vit sur le RSA avec les deux petits, je peux faire 20 € par mois",
         Intent.HARDSHIP, None),
        ("j'ai manqué trois semaines de travail sans salaire, je paierai le 30",
         Intent.HARDSHIP, None),
        ("Mon frère est décédé, arrêtez d'appeler, je paierai quand je serai capable.",
         Intent.HARDSHIP, Intent.DECEASED),
        ("I lost my job at the hospital in May and can't pay anything yet.",
         Intent.HARDSHIP, None),
        # The writer's own firm, named by its form, is no employer.
        ("Ma boîte (SARL Dupuis) est en redressement judiciaire depuis lundi.",
         Intent.LEGAL_PROCEEDING, Intent.HARDSHIP),
        # A relative for a debtor in hospital: hardship only with the payments it stops.
        ("Je suis la fille de Mme Roux, elle est hospitalisée ; je règle sa facture samedi.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        ("Writing for my dad who's in hospital: can you send me a copy of the bill?",
         Intent.REQUEST_INFO, Intent.HARDSHIP),
        ("Je suis le fils de M. Petit, il est à l'hôpital et ne pourra pas payer ce mois-ci.",
         Intent.HARDSHIP, None),
        # A neighbour speaking for the debtor who lives there, or saying they left.
        ("Je suis la voisine de M. Blanc, il m'a demandé de vous dire qu'il passera payer lundi.",
         Intent.PROMISE_TO_PAY, Intent.WRONG_PERSON),
        ("Je suis la voisine de M. Blanc, il a déménagé, je ne sais pas où.",
         Intent.WRONG_PERSON, None),
        ("Elle est en voyage, je lui remettrai votre courrier à son retour.", None,
         Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_set_163_to_165s_professionals_relatives_and_neighbours(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Low pay or a pension as all there is.
        ("I'm on £8.20 an hour so I can't do it in one go, could I pay £30 a month?",
         Intent.HARDSHIP, None),
        ("He has about £25 a week left after rent. He can send £5 a week.", Intent.HARDSHIP,
         None),
        ("Ma fille gagne 650 € par mois, elle peut verser 20 € par mois.", Intent.HARDSHIP,
         None),
        ("My only income is my pension, I can send £15 a month.", Intent.HARDSHIP, None),
        ("I'm 79 and on a fixed income. $25 a month is the most I can do.", Intent.HARDSHIP,
         None),
        ("Ses ressources ne lui permettent pas de régler en une fois ; il propose 15 € par mois.",
         Intent.HARDSHIP, None),
        ("Je gagne 2 400 € par mois, je vous règle tout vendredi.", Intent.PROMISE_TO_PAY,
         Intent.HARDSHIP),
        # The creditor paid directly, on its site or in person.
        ("J'ai payé la facture directement sur l'espace client de la RATP le 3.",
         Intent.DISPUTE, None),
        ("I paid it in full to the water company themselves last month.", Intent.DISPUTE, None),
        # A claimed sum called wrong; a relative paying a dead son's bill; an apprentice's firm.
        ("The £420 you claim for cleaning is wrong, the report lists nothing.", Intent.DISPUTE,
         None),
        ("My husband died in May. I'd like to pay off his gas bill myself, how do I pay?",
         Intent.DECEASED, Intent.HARDSHIP),
        ("L'entreprise où j'étais en apprentissage est en liquidation judiciaire, je n'ai plus de "
         "salaire.",
         Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
    ],
)  # fmt: skip
def test_set_167_and_168s_small_incomes_creditors_paid_and_relatives(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    "text",
    [
        "I'm in a breathing space, u shouldnt be texting me about the gas bill",
        "You are not supposed to be calling me, my adviser has written to you.",
        "Vous n'êtes pas censés me contacter pendant la procédure.",
        "Vous ne devez plus m'appeler, passez par mon avocat.",
    ],
)
def test_being_told_the_office_should_not_contact_is_a_stop(text: str) -> None:
    assert Intent.STOP_CONTACT in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # A guardian or a relative who now handles the papers of a debtor in hospital or in a
        # care home tells who to write to, not what the illness does to the payments.
        ("Je suis le tuteur de mon oncle, qui vit en EHPAD depuis l'an dernier. Écrivez-moi "
         "désormais à l'adresse ci-dessous.", None, Intent.HARDSHIP),
        ("Ma grand-mère est à l'hôpital depuis Noël, c'est moi qui m'occupe de son courrier. "
         "Quel est le montant exact ?", Intent.REQUEST_INFO, Intent.HARDSHIP),
        ("Mum has been in a nursing home since spring and I hold power of attorney. Kindly "
         "send future letters to me.", None, Intent.HARDSHIP),
        ("I'm in hospital for a fortnight; my son will be dealing with my post until I'm back.",
         None, Intent.HARDSHIP),
        ("Mon frère est placé sous curatelle depuis son accident ; je vous propose 30 € par mois "
         "pour lui.", Intent.PAYMENT_PLAN_REQUEST, Intent.HARDSHIP),
        # Said with what it does to the payments, the illness is still a hardship.
        ("Je suis la tutrice de ma mère, en EHPAD : sa retraite passe entière dans les frais, "
         "elle ne peut plus rien payer.", Intent.HARDSHIP, None),
        ("I have power of attorney for Dad, who is in a care home. The fees take all his pension "
         "and he cannot pay anything towards this.", Intent.HARDSHIP, None),
    ],
)  # fmt: skip
def test_who_manages_a_sick_debtors_papers_tells_no_hardship_by_the_illness_alone(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    "text",
    [
        "Please stop texting my dad on this number, it's his care alarm phone.",
        "Ma grand-mère est à l'hôpital depuis Noël, c'est moi qui m'occupe de son courrier.",
        "Ma mère est entrée en maison de retraite le mois dernier, voici sa nouvelle adresse.",
        "My mother has moved into sheltered housing; please note her new address below.",
    ],
)
def test_a_relative_writing_about_a_living_parent_tells_no_death(text: str) -> None:
    assert Intent.DECEASED not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    "text",
    [
        "Dad passed on Sunday, please stop calling this number.",
        "Maman est partie le 3 mars, on s'occupe de tout avec le notaire.",
        "We buried my brother on Friday; who do I send the certificate to?",
    ],
)
def test_a_death_told_in_plain_words_is_still_read(text: str) -> None:
    assert Intent.DECEASED in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # A benefit come, or to come, as the money paid with, is no hardship.
        ("Je vous règle dimanche, ma pension d'invalidité est tombée.", Intent.PROMISE_TO_PAY,
         Intent.HARDSHIP),
        ("She'll clear the £60 once her PIP comes through next week.", None, Intent.HARDSHIP),
        ("I'd rather pay weekly, that's how my ESA is paid.", None, Intent.HARDSHIP),
        ("Mon RSA a été versé en retard, je ne peux payer que 20 € ce mois-ci.", Intent.HARDSHIP,
         None),
        # An automatic answer about a sick leave or a hospital stay.
        ("Auto-reply: off sick after an operation, I won't be reading messages until the 9th.",
         Intent.AUTO_REPLY, Intent.HARDSHIP),
        ("Le salon est fermé depuis l'incendie, je reviendrai vers vous quand on rouvrira, je ne "
         "peux rien payer d'ici là.", Intent.HARDSHIP, Intent.AUTO_REPLY),
        # An insult naming a patient; a recovery said.
        ("Shameful, harassing a cancer patient over a gym membership.", None, Intent.HARDSHIP),
        ("Opérée en mars, tout va mieux maintenant, je vous vire les 80 € vendredi.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        # Mockery and the threat idiom are no promise.
        ("Bien sûr que je vous paie lundi, et moi je suis le pape.", None, Intent.PROMISE_TO_PAY),
        ("Je vais lui régler son compte, à votre agent.", None, Intent.PROMISE_TO_PAY),
        ("I'll sort the lot alright, in court. See you there.", None, Intent.PROMISE_TO_PAY),
        # A machine dead; a thank-you for a text; a benefits decision appealed.
        ("La caisse enregistreuse que vous nous louez est morte depuis lundi, je refuse de payer "
         "la location.", None, Intent.DECEASED),
        ("Thank you for texting instead of calling, I'll read it tonight.", None,
         Intent.STOP_CONTACT),
        ("La CAF a supprimé mon RSA et je vais contester cette décision, je ne peux rien payer.",
         Intent.HARDSHIP, Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_169s_benefits_absences_and_figures_of_speech(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # The commercial court's preventive procedures; a mandataire's "must cease".
        ("Le tribunal de commerce a ouvert une procédure de conciliation pour notre SAS.",
         Intent.LEGAL_PROCEEDING, None),
        ("Un mandataire ad hoc a été désigné pour notre société le 3 mars.",
         Intent.LEGAL_PROCEEDING, None),
        ("Toutes vos relances auprès de mon client doivent cesser immédiatement.",
         Intent.STOP_CONTACT, None),
        # The creditor's procedure (franchisor, landlord), or a wholesaler's, is not ours.
        ("Notre franchiseur est en redressement judiciaire : à qui verser les redevances ?",
         None, Intent.LEGAL_PROCEEDING),
        ("Our landlord's bank has appointed receivers. Who gets the rent now?", None,
         Intent.LEGAL_PROCEEDING),
        ("Notre grossiste a été mis en liquidation, nos rayons sont vides, je ne peux pas payer "
         "le loyer.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("I went bankrupt in 2012 and was discharged in 2013, so spare me the lecture. I'll pay "
         "Friday.", Intent.PROMISE_TO_PAY, Intent.LEGAL_PROCEEDING),
        # A relative's death and one's own shop shut; a paid bill settled since a day.
        ("Ma mère est décédée le 2, j'ai dû fermer la boutique dix jours, d'où le retard. Je vous "
         "le règle le 25.", Intent.HARDSHIP, Intent.DECEASED),
        ("Les trois factures sont réglées depuis le 2 avril.", Intent.ALREADY_PAID, None),
        ("My payment of £80 last Tuesday was applied to my brother's account by mistake.",
         Intent.ALREADY_PAID, Intent.PROMISE_TO_PAY),
        # A namesake; the creditor paid directly with a day; another's contract on one's account.
        ("C'est bien mon nom mais je ne suis pas la bonne Sophie Durand, jamais habité Lille.",
         Intent.WRONG_PERSON, None),
        ("La facture a été réglée le 3 mars directement au fournisseur, voici le reçu.",
         Intent.DISPUTE, None),
        ("They've billed my flatmate's energy to my account, it was never in my name.",
         Intent.DISPUTE, None),
        # A sum now and the rest on a day; each month's invoice on its day.
        ("Je peux faire 300 € maintenant et le reste début avril.", Intent.PAYMENT_PLAN_REQUEST,
         None),
        ("I can do £150 today and the balance at the end of the month.",
         Intent.PAYMENT_PLAN_REQUEST, None),
        ("Je verse 300 € maintenant et on verra pour le reste.", Intent.PROMISE_TO_PAY,
         Intent.PAYMENT_PLAN_REQUEST),
        ("Je paie la facture de janvier le 5 et celle de février le 20.",
         Intent.PAYMENT_PLAN_REQUEST, None),
        ("He's asked me to let you know he'll pay the £90 on the 3rd, he's in hospital.",
         Intent.PROMISE_TO_PAY, None),
    ],
)  # fmt: skip
def test_set_170_and_171s_businesses_several_files_and_relatives(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_a_death_the_model_alone_guesses_is_no_fallback() -> None:
    text = (
        "J'ai cédé mon fonds de commerce par acte reçu par Maître Roux, notaire à Blois ; le prix "
        "est séquestré chez elle."
    )
    assert Intent.DECEASED not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Figures of speech and mockery.
        ("I'll pay on Monday, right after pigs learn to fly.", None, Intent.PROMISE_TO_PAY),
        ("Over my dead body will I pay that fee twice.", None, Intent.DECEASED),
        ("Y'all should be in jail for these fees lol", None, Intent.HARDSHIP),
        ("Your agent rang the wrong number three times before she reached me. I'll pay Friday.",
         Intent.PROMISE_TO_PAY, Intent.WRONG_PERSON),
        ("You've got the wrong number of zeros, it was $60 not $600.", Intent.DISPUTE,
         Intent.WRONG_PERSON),
        ("Thanks for the paid in full letter!", Intent.ACKNOWLEDGEMENT, Intent.ALREADY_PAID),
        ("I'd love to tell you the cheque is in the post, but I've lost my job and can't pay.",
         Intent.HARDSHIP, Intent.ALREADY_PAID),
        ("Bien reçu votre attestation de solde, merci !", Intent.ACKNOWLEDGEMENT,
         Intent.REQUEST_INFO),
        # Paid, in words of one's own account.
        ("The £220 left my account on 3 May, check your records.", Intent.ALREADY_PAID, None),
        ("Sent you $120 last Friday, confirmation AB-331.", Intent.ALREADY_PAID, None),
        # A letter's day of arrival is no second payment.
        ("Votre lettre datée du 3 est arrivée le 10 ; je réglerai les 95 € le 20.",
         Intent.PROMISE_TO_PAY, Intent.PAYMENT_PLAN_REQUEST),
        # Prescription asked about, not claimed.
        ("Is this debt statute barred or not? It's from 2016.", Intent.REQUEST_INFO,
         Intent.DISPUTE),
        ("Prescrit ou pas, vous êtes des voleurs.", None, Intent.DISPUTE),
        ("This card is from 2015 and well past the statute of limitations, I won't pay.",
         Intent.DISPUTE, None),
        # One's own firm sent to its administrator; a procedure over; a debt to be included.
        ("Ma boîte est en liquidation judiciaire, le liquidateur c'est Me Piet, voyez avec lui.",
         Intent.LEGAL_PROCEEDING, Intent.HARDSHIP),
        ("Ma boîte est en liquidation, pas de salaire depuis deux mois, je ne peux rien payer.",
         Intent.HARDSHIP, None),
        ("I filed Chapter 13 back in 2016, discharged long ago. I'll pay the $90 on the 1st.",
         Intent.PROMISE_TO_PAY, Intent.LEGAL_PROCEEDING),
        ("I went bankrupt in 2019 and was discharged; this debt should have been included.",
         Intent.LEGAL_PROCEEDING, None),
        # A job found again; a letter of a sick leave answered by a machine.
        ("Fini le chômage, nouveau CDI depuis mardi ! Je vous règle tout le 3.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        ("I'm on maternity leave and won't be checking email until March. This is an automated "
         "reply.", Intent.AUTO_REPLY, Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_set_172_to_174s_mockery_payments_told_and_procedures(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("This is his parents' number. He moved out years ago. Call him, not us.",
         Intent.STOP_CONTACT),
        ("I would be grateful if you would write rather than ring.", Intent.STOP_CONTACT),
        ("I'm only an authorised user on her card, not the account holder.", Intent.DISPUTE),
        ("Je règle ma part du crédit, pas celle de mon ex.", Intent.DISPUTE),
        ("I'll pay my half, not his, on the 10th.", Intent.DISPUTE),
        ("The studio shut down in May and you're billing me for June?", Intent.DISPUTE),
        ("La crèche a fermé en juin et vous me réclamez juillet ?", Intent.DISPUTE),
        ("Hounding a widow a week after her husband's funeral. Shameful.", Intent.DECEASED),
        ("Mon mari est décédé en mars, c'est lui qui avait le salaire. Je peux faire 30 € par mois.",
         Intent.HARDSHIP),
    ],
)  # fmt: skip
def test_set_172_to_174s_safety_said_plainly_or_by_the_way(text: str, wanted: Intent) -> None:
    assert wanted in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # The schedule claimed or contested is no plan offered.
        ("Vous me relancez pour 3 échéances, mais le vendeur n'a jamais livré le canapé.",
         Intent.PAYMENT_PLAN_REQUEST),
        ("Votre décompte ne tient pas compte des 2 mensualités prélevées en mai et juin.",
         Intent.PAYMENT_PLAN_REQUEST),
        ("You've split one order into three and added a fee to each.", Intent.PAYMENT_PLAN_REQUEST),
        ("4 fois 30 € de frais pour une facture de 19 € ? Non.", Intent.PAYMENT_PLAN_REQUEST),
        ("These admin fees are ridiculous. £15 each every month on two accounts.",
         Intent.PAYMENT_PLAN_REQUEST),
        # Papers sent, not money.
        ("Je vous envoie demain les coordonnées de mon avocat.", Intent.PROMISE_TO_PAY),
        ("I'll send you the administrator's details on Monday.", Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_a_schedule_claimed_or_papers_sent_are_no_payment_offered(
    text: str, unwanted: Intent
) -> None:
    assert unwanted not in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Je peux payer en 3 échéances de 100 € à partir du 5.", Intent.PAYMENT_PLAN_REQUEST),
        ("Je vous envoie demain les 150 €.", Intent.PROMISE_TO_PAY),
    ],
)
def test_offered_schedules_and_money_sent_still_read(text: str, wanted: Intent) -> None:
    assert wanted in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "received", "paid_on"),
    [
        ("Vos deux relances du 10 et du 12 juin ont croisé mon paiement : j'ai payé le 9.",
         "2026-06-15T09:00:00+02:00", "2026-06-09"),
        ("Your letters of 4 and 11 February crossed with our payment, made on 2 February.",
         "2026-02-16T10:00:00+00:00", "2026-02-02"),
    ],
)  # fmt: skip
def test_two_letters_days_are_not_the_day_paid(text: str, received: str, paid_on: str) -> None:
    reading = understand(text, datetime.fromisoformat(received))
    assert Intent.ALREADY_PAID in reading.intents
    assert reading.date == date.fromisoformat(paid_on)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Dictation; a claim schedule asked for; a plan agreed before.
        ("ma mère est des cédés en janvier merci de ne plus écrire", Intent.DECEASED, None),
        ("Pourriez-vous m'envoyer un échéancier à jour, s'il vous plaît ?", Intent.REQUEST_INFO,
         Intent.PAYMENT_PLAN_REQUEST),
        ("I agreed to pay £40 a month in March, but you took £80 this month. Refund it please.",
         Intent.DISPUTE, Intent.PAYMENT_PLAN_REQUEST),
        ("Je propose 30 € le 10 de chaque mois à partir de mars, jusqu'à solde.",
         Intent.PAYMENT_PLAN_REQUEST, Intent.ALREADY_PAID),
        # A procedure denied or over; an imposed plan; a farm's procedure opened.
        ("Je n'ai jamais déposé de dossier de surendettement. Je vous paie le 8.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        ("Nous avons été en sauvegarde en 2019, le plan est fini depuis 2024. Je règle jeudi.",
         Intent.PROMISE_TO_PAY, Intent.LEGAL_PROCEEDING),
        ("Un plan conventionnel de redressement est en place : mensualités de 40 € dès avril.",
         Intent.LEGAL_PROCEEDING, Intent.PAYMENT_PLAN_REQUEST),
        ("Le tribunal a désigné un conciliateur dans le cadre du règlement amiable agricole de "
         "mon exploitation.", Intent.LEGAL_PROCEEDING, None),
        ("La coopérative a été placée en liquidation ; le liquidateur a compensé ma dette.",
         None, Intent.LEGAL_PROCEEDING),
        # Paying in person; the dairy's pay as a payday; a closed automatic answer.
        ("Je passe payer à l'agence samedi matin.", Intent.PROMISE_TO_PAY, None),
        ("Je vous règle les 200 € le 10, quand la laiterie aura versé la paie du lait.",
         Intent.PROMISE_TO_PAY, None),
        ("We're working reduced hours over the holidays and replies may take a week. This is an "
         "automated response.", Intent.AUTO_REPLY, Intent.HARDSHIP),
        # Hardships in a farmer's words.
        ("J'ai versé 100 € comme je pouvais, j'ai rien de plus, la grêle a tout détruit.",
         Intent.HARDSHIP, None),
        ("Seul avec le troupeau et des dettes partout, je ne sais plus quoi faire.",
         Intent.HARDSHIP, None),
        ("After the failed harvest the bank pulled our overdraft. Could we pay €200 a month?",
         Intent.HARDSHIP, None),
        ("My son died in March and I haven't been back to work since.", Intent.HARDSHIP,
         Intent.DECEASED),
    ],
)  # fmt: skip
def test_set_175_to_177s_short_texts_the_year_end_and_farms(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "received", "first", "last"),
    [
        ("je passe payer entre Noël et le jour de l'an", "2026-12-10T10:00:00+01:00",
         "2026-12-26", "2026-12-31"),
        ("I'll clear it between Christmas and New Year.", "2026-12-28T10:00:00+00:00",
         "2026-12-28", "2026-12-31"),
        ("Je vous règle les 150 € la première semaine de janvier.", "2026-12-20T10:00:00+01:00",
         "2027-01-01", "2027-01-07"),
        ("I'll pay it the first week of March.", "2026-02-10T10:00:00+00:00", "2026-03-01",
         "2026-03-07"),
    ],
)  # fmt: skip
def test_the_turn_of_the_year_and_a_months_first_week(
    text: str, received: str, first: str, last: str
) -> None:
    reading = understand(text, datetime.fromisoformat(received))
    assert Intent.PROMISE_TO_PAY in reading.intents
    assert reading.date is not None
    assert date.fromisoformat(first) <= reading.date <= date.fromisoformat(last)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("paid it weds 64.50", "64.50"),
        ("jai payé le 12, 90", "90.00"),
        ("paid on the 3rd, 2025", None),
    ],
)
def test_a_short_texts_sum_said_after_the_day(text: str, amount: str | None) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.ALREADY_PAID in reading.intents
    assert reading.amount == (Decimal(amount) if amount else None)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("From November to March we barely cover the electricity, so the rent fell behind.",
         Intent.HARDSHIP),
        ("If the bank pulls the overdraft we'd have to call in administrators. Could we pay "
         "£500 a month?", Intent.HARDSHIP),
        ("L'hiver je fais à peine 20 % de mon chiffre, je propose 4 versements à partir de mai.",
         Intent.HARDSHIP),
        ("What I can do: £200 at the end of May, then £400 on 30 June.",
         Intent.PAYMENT_PLAN_REQUEST),
    ],
)  # fmt: skip
def test_a_seasonal_trades_words(text: str, wanted: Intent) -> None:
    assert wanted in understand(text, RECEIVED).intents


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Another's contract: the writer is not the debtor.
        ("La box est au nom de mon fils, le contrat est à son nom, pas au mien.",
         Intent.WRONG_PERSON, None),
        ("My flatmate opened the broadband in his own name. I was never on the account.",
         Intent.WRONG_PERSON, None),
        ("Je ne suis ni titulaire de ce contrat ni héritière de mon ex-mari.",
         Intent.WRONG_PERSON, None),
        # The creditor paid on its own customer area or till; a payment not taken off.
        ("Payé hier par CB sur mon espace client, 42 €, donc c'est réglé avec eux.",
         Intent.DISPUTE, None),
        ("She paid off the remaining £95 at our till on Monday, receipt attached.",
         Intent.DISPUTE, None),
        ("I paid £100 on the 3rd but your letter still shows the full £400 instead of £300.",
         Intent.DISPUTE, None),
        # Stops in other words; erasure of one's data (dev-042); not a credit report's entry.
        ("Calls to my mother's number need to stop, she is 88.", Intent.STOP_CONTACT, None),
        ("Merci de me contacter uniquement par courrier.", Intent.STOP_CONTACT, None),
        ("Je demande l'effacement de mes données personnelles.", Intent.STOP_CONTACT, None),
        ("If I pay it off, will you delete it from my credit report?", None,
         Intent.STOP_CONTACT),
        ("Your collectors keep calling my work, it has to stop.", Intent.STOP_CONTACT, None),
        # A file being put together, not filed; an answering machine named in a complaint.
        ("On monte un dossier de surendettement avec l'assistante sociale, on l'envoie le mois "
         "prochain.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("Vous avez laissé un message sur mon répondeur, rappelez-moi au 06 11 22 33 44.",
         Intent.REQUEST_HUMAN, Intent.AUTO_REPLY),
        ("Votre conseiller a laissé sur le répondeur familial un message détaillant ma dette, mes "
         "enfants l'ont entendu. Je demande que ce soit signalé à son responsable.", None,
         Intent.AUTO_REPLY),
    ],
)  # fmt: skip
def test_set_178_to_180s_contracts_payments_and_data(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("The handset I'm still paying off through the shop has been dead since May. Not paying "
         "for it.", None, Intent.DECEASED),
        ("Je suis l'administrateur des biens de Mme Lenoir, placée sous protection judiciaire. "
         "Merci d'écrire à mon cabinet.", None, Intent.LEGAL_PROCEEDING),
        ("La SRL a été déclarée en faillite hier, le curateur désigné est Me Piron.",
         Intent.LEGAL_PROCEEDING, None),
        ("Le magasin qui m'a vendu le canapé est maintenant en liquidation, mais je continue à "
         "payer le crédit : 45 € le 5 comme d'habitude.", Intent.PROMISE_TO_PAY,
         Intent.LEGAL_PROCEEDING),
        ("You have my date of birth wrong on your records, please correct it.", None,
         Intent.WRONG_PERSON),
    ],
)  # fmt: skip
def test_set_178_to_180s_machines_guardians_sellers_and_records(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Housing: rent held back until a repair, the estate office, a payment managed.
        ("I'll pay the arrears once you fix the boiler, it's been a month.", Intent.DISPUTE,
         Intent.PROMISE_TO_PAY),
        ("Tant que la fuite n'est pas réparée, je ne paierai pas le loyer.", Intent.DISPUTE, None),
        ("Until they sort my benefits out I've got nothing coming in.", Intent.HARDSHIP,
         Intent.DISPUTE),
        ("I'll return the keys to the estate office on the 31st.", None, Intent.DECEASED),
        ("I managed to pay £40 yesterday, that's all I can do this month.",
         Intent.ALREADY_PAID, None),
        ("Oh sure, I'll just conjure £900 out of thin air by Friday.", None,
         Intent.PROMISE_TO_PAY),
        ("Back in work now after the operation, so £120 on the 28th.", Intent.PROMISE_TO_PAY,
         Intent.HARDSHIP),
        # Away at sea; an employer's ship; créole.
        ("L'armateur du navire sur lequel je travaille est en liquidation, plus de salaire.",
         Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("Je vous paierai quand j'aurai retrouvé du travail, arrêtez d'appeler.",
         Intent.HARDSHIP, None),
        ("Papa an mwen mò jédi. Pa rélé ankò.", Intent.DECEASED, None),
        ("Pa ni lajan pou kounya, travay la fèmen.", Intent.HARDSHIP, None),
        # Fees refused, interest not in the agreement; a burial that took everything.
        ("Je ne conteste pas la facture mais je refuse les 60 € de frais ajoutés.",
         Intent.DISPUTE, None),
        ("The £75 of charges you've added are not in my agreement.", Intent.DISPUTE, None),
        ("My mother died in May and I spent all my savings on the funeral. Could I pay £20 a "
         "month?", Intent.HARDSHIP, Intent.DECEASED),
    ],
)  # fmt: skip
def test_set_181_to_183s_tenants_seafarers_and_overseas(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_the_creditor_paid_by_name_for_a_dead_parent_is_a_dispute() -> None:
    reading = understand(
        "Mon père est décédé. J'ai réglé moi-même ce qu'il devait à Free, 40 € le 2 mai.", RECEIVED
    )
    assert {Intent.DECEASED, Intent.DISPUTE, Intent.ALREADY_PAID} <= set(reading.intents)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # A signature not the writer's is a contest of the debt.
        ("This is not my signature on the credit agreement, someone forged it.", Intent.DISPUTE,
         None),
        ("Ce n'est pas ma signature au bas du contrat.", Intent.DISPUTE, None),
        ("I'll sign the form and send it back on Monday.", None, Intent.DISPUTE),
        # The balance or the bill said as it should be.
        ("J'ai déjà réglé 4 échéances, il devrait rester 300 € et non 540 €.", Intent.DISPUTE,
         None),
        ("The balance should be about £120 less than your letter says.", Intent.DISPUTE, None),
        ("The balance should be cleared by the 30th, I'm paying £120 on Friday.", None,
         Intent.DISPUTE),
        # Another's post, another's contact number, a namesake, a business sold, a like name.
        ("The man you're writing to moved out last year. Please stop sending his letters here.",
         Intent.STOP_CONTACT, None),
        ("My cousin gave my phone number as his emergency contact, the loan is his.",
         Intent.WRONG_PERSON, None),
        ("I sold the salon in May; these orders were placed by the new owner, not me.",
         Intent.WRONG_PERSON, None),
        ("Il y a deux Karim Haddad dans mon immeuble, ce crédit n'est pas le mien.",
         Intent.WRONG_PERSON, None),
        ("J'ai vendu la boulangerie en mars, les livraisons d'avril ont été commandées par le "
         "repreneur.", Intent.WRONG_PERSON, None),
        ("Vous avez écrit à une Mme Dubois mais moi c'est Mme Dubosc, je n'ai aucun crédit.",
         Intent.WRONG_PERSON, None),
        ("Nous sommes une autre société, sans aucun lien avec la nôtre... pardon, avec celle "
         "que vous citez : cette entreprise n'a aucun lien avec la nôtre.", Intent.WRONG_PERSON,
         None),
        # Paid by a relative, in the past.
        ("My daughter took care of the bill on Tuesday, so it's done.", Intent.ALREADY_PAID,
         Intent.PROMISE_TO_PAY),
        ("My daughter will take care of the bill on Tuesday.", None, Intent.ALREADY_PAID),
        # A letter never received is no undelivered goods; asking about prescription is no
        # claim of it; fees waived in exchange for a plan are no contest.
        ("Can you resend the statement? I never received the letter you mention.", None,
         Intent.DISPUTE),
        ("The parcel never arrived, I never received the goods.", Intent.DISPUTE, None),
        ("Je me renseigne sur les délais de prescription, de quand date le dernier paiement ?",
         None, Intent.DISPUTE),
        ("Si je paie en 4 fois, pouvez-vous retirer les frais ?", Intent.PAYMENT_PLAN_REQUEST,
         Intent.DISPUTE),
        ("If I pay it off in three goes, could you waive the fees?",
         Intent.PAYMENT_PLAN_REQUEST, Intent.DISPUTE),
        # A sum that grew over months is no plan; thanks for a breakdown is no request.
        ("How did the charges go from £20 to £140 in three months?", None,
         Intent.PAYMENT_PLAN_REQUEST),
        ("Thank you for sending me the breakdown, all clear now.", None, Intent.REQUEST_INFO),
        ("Je vous ferai un retour sur l'échéancier demain.", None, Intent.PROMISE_TO_PAY),
        ("When this is paid off, will my credit file be updated?", None, Intent.ALREADY_PAID),
        # Asked about, not filed.
        ("If I went bankrupt would this be written off? Thinking about it, I can't keep up "
         "with anything.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("Si je monte un dossier de surendettement, vous serez dedans ? Rien n'est fait encore, "
         "mais je n'y arrive plus.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        # A periodic sum put to the creditor is a plan.
        ("Would you accept £30 a week?", Intent.PAYMENT_PLAN_REQUEST, None),
        ("Accepteriez-vous 40 € par mois ?", Intent.PAYMENT_PLAN_REQUEST, None),
        ("Would you accept £300 in full and final settlement?", None,
         Intent.PAYMENT_PLAN_REQUEST),
        # Grief, not a difficulty: the debtor's death told by a partner.
        ("This is Dan's wife. Dan died on Friday. Please don't text this number, I can't cope "
         "with the messages.", Intent.DECEASED, None),
    ],
)  # fmt: skip
def test_set_184_to_186s_signatures_namesakes_and_questions(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_a_plan_refused_in_one_go_with_the_sum_not_in_words_is_still_read() -> None:
    # "cannot clear the £780 in one go" (a sign between the words) leaves the model's plan.
    reading = understand(
        "I can't clear the £780 in one go. Would you accept £65 a month? First payment on "
        "28 March.",
        RECEIVED,
    )
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert reading.installment_amount == Decimal("65.00")
    assert reading.date == date(2026, 3, 28)


def test_nothing_found_and_no_standalone_likely_is_other() -> None:
    from amiable.nlu.read import STANDALONE_FLOOR, _standalone

    scores = {intent: 0.001 for intent in Intent} | {Intent.HARDSHIP: 0.13}
    assert _standalone({}, scores, None, "i cannot clear it", frozenset()) is Intent.OTHER
    scores[Intent.ACKNOWLEDGEMENT] = STANDALONE_FLOOR
    assert _standalone({}, scores, None, "i cannot clear it", frozenset()) is (
        Intent.ACKNOWLEDGEMENT
    )


@pytest.mark.parametrize(
    ("text", "total", "count"),
    [
        ("We ask that the arrears of £2,400.00 be spread over the remaining six months.",
         Decimal("2400.00"), 6),
        ("Nous sollicitons l'étalement du solde de 9 000 € TTC sur trois mois.",
         Decimal("9000.00"), 3),
        ("Je propose d'étaler les 600 € sur les quatre prochains mois.", Decimal("600.00"), 4),
    ],
)  # fmt: skip
def test_a_plans_total_and_count_said_around_a_spread(
    text: str, total: Decimal, count: int
) -> None:
    reading = understand(text, RECEIVED)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST
    assert (reading.amount, reading.installments) == (total, count)


def test_a_payment_link_to_pay_today_is_no_dated_promise() -> None:
    reading = understand(
        "Please send me a payment link for the £40 so I can clear it today.", RECEIVED
    )
    assert reading.intent is Intent.PAY_NOW
    assert reading.date is None


def test_a_transfer_moved_to_another_day_is_promised() -> None:
    reading = understand(
        "Je ne pourrai pas payer jeudi comme prévu, je fais le virement lundi à la place.",
        RECEIVED,
    )
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date == date(2026, 3, 16)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Benefits and sick pay as the money paid with; a stranger's troubles; a team's name.
        ("I'll pay the £90 on the 12th when my statutory sick pay comes in.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        ("I get my disability check on the 5th, you'll have $80 then.", Intent.PROMISE_TO_PAY,
         Intent.HARDSHIP),
        ("Je vous paie 60 € dans 15 jours, le temps que ma pension d'invalidité arrive.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        ("Could someone from your financial support team ring me this afternoon?",
         Intent.REQUEST_HUMAN, Intent.HARDSHIP),
        ("I'd like the team who deal with mental health to call me, please.",
         Intent.REQUEST_HUMAN, Intent.HARDSHIP),
        # The debtor's death told by a relative too shaken to deal with it now.
        ("I'm Sam's sister. Sam passed away last week. Please don't send anything else to "
         "him, I'm not able to deal with this right now.", Intent.DECEASED, Intent.HARDSHIP),
        ("Please don't send anything else to him, he moved out in May.", Intent.STOP_CONTACT,
         None),
        # A relative's death and the writer not coping: hardship, no death notice.
        ("My husband died in March and I haven't been coping. I want to pay, but I can't at "
         "the moment.", Intent.HARDSHIP, Intent.DECEASED),
        # A parent who manages an ill son's post: no hardship said.
        ("I'm the appointee for my son, who has bipolar disorder; please copy me on his "
         "letters.", None, Intent.HARDSHIP),
        ("Please stop ringing my dad, I'm the account holder, not him.", Intent.STOP_CONTACT,
         Intent.WRONG_PERSON),
        ("What I don't accept is the £90 of late fees added while I was in hospital.",
         Intent.DISPUTE, None),
        # Calls at work, one channel refused, a threat that asks the calls to stop.
        ("je paie samedi, ne m'appelez juste pas au boulot", Intent.STOP_CONTACT, None),
        ("3 x 50 € à partir du 5, pas d'appel svp je réponds ici", Intent.STOP_CONTACT, None),
        ("Je n'ai pas eu d'appel de votre part, je paie le 10.", None, Intent.STOP_CONTACT),
        ("je règle lundi, envoyez plutôt un sms qu'un appel", Intent.STOP_CONTACT, None),
        ("ok pour jeudi, évitez d'appeler avant 18h", Intent.STOP_CONTACT, None),
        ("Vous m'appelez encore une fois au travail et vous aurez affaire à mon avocat.",
         Intent.STOP_CONTACT, None),
        ("Stop calling me in working hours, my manager can hear every word.",
         Intent.STOP_CONTACT, Intent.HARDSHIP),
        # A namesake told by two years of birth.
        ("Vous confondez : votre courrier parle d'une Julie Martin née en 1949, je suis née "
         "en 1987.", Intent.WRONG_PERSON, None),
        ("Your letter is about a David Jones born in 1950; I was born in 1992.",
         Intent.WRONG_PERSON, None),
        # Tense and commitment.
        ("We won't be paying the £80 on Friday after all, our IVA was approved.", None,
         Intent.PROMISE_TO_PAY),
        ("Was going to pay it all this week, now I can't, the car died.", None,
         Intent.PROMISE_TO_PAY),
        ("Whatever she promised about paying on the 15th isn't going to happen.", None,
         Intent.PROMISE_TO_PAY),
        ("I'm making the payment right now, £75.", Intent.PROMISE_TO_PAY, Intent.OTHER),
        ("Je vous ai renvoyé le mandat SEPA signé hier.", None, Intent.ALREADY_PAID),
        ("I would have paid last month if I'd had the sort code.", None, Intent.ALREADY_PAID),
        ("I was going to start paying £30 a month from June but I've lost my job.", None,
         Intent.PAYMENT_PLAN_REQUEST),
        ("Mum had been paying £20 a month until she went into hospital.", None,
         Intent.PAYMENT_PLAN_REQUEST),
        ("I'm already on a payment plan with you, stop texting me.", Intent.STOP_CONTACT,
         Intent.PAYMENT_PLAN_REQUEST),
        ("J'ai changé de banque, le prélèvement passera désormais sur mon compte Nickel.",
         None, Intent.PROMISE_TO_PAY),
        ("Happy to pay once I know what this bill is for.", None, Intent.PROMISE_TO_PAY),
        ("Je vous réglerai 300 € dès réception de votre accord écrit.", None,
         Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_set_187_to_189s_tense_channels_and_crises(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_a_debit_to_come_and_a_payment_to_confirm_are_promised() -> None:
    received = datetime.fromisoformat("2026-03-10T09:00:00+01:00")
    debit = understand("Les 64,20 € devraient être prélevés lundi prochain.", received)
    assert debit.intent is Intent.PROMISE_TO_PAY
    assert debit.date == date(2026, 3, 16)
    confirmed = understand("I can confirm payment on the 14th, £120.", received)
    assert confirmed.intents == (Intent.PROMISE_TO_PAY,)
    assert confirmed.date == date(2026, 3, 14)


def test_a_hardship_the_model_hears_beside_a_stranger_needs_a_near_certain_score() -> None:
    from amiable.nlu.read import HARDSHIP_BESIDE_WRONG_PERSON_THRESHOLD, _model_may_add
    from amiable.nlu.rules import RuleReading

    stranger = RuleReading(intents={Intent.WRONG_PERSON: "wrong_person_en"})
    present = {Intent.WRONG_PERSON}
    text = "wrong number . i am not gareth . i do not need this right now"
    assert not _model_may_add(Intent.HARDSHIP, 0.85, stranger, present, text)
    assert _model_may_add(
        Intent.HARDSHIP, HARDSHIP_BESIDE_WRONG_PERSON_THRESHOLD, stranger, present, text
    )


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # A relative's death and a plan paused: the writer's difficulty, no death notice.
        ("My mum died on Sunday, it's chaos here. Can I skip this month's £30 and restart in "
         "May?", None, Intent.DECEASED),
        ("Got let go yesterday, I won't manage the £100 a month any more.", Intent.HARDSHIP,
         None),
        ("Mon CDD n'est pas renouvelé, je ne sais pas comment je vais payer la suite.",
         Intent.HARDSHIP, None),
        ("Le retard de versement des subsides nous met en difficulté, 3 x 500 € possible ?",
         Intent.HARDSHIP, None),
        ("Your adviser said the interest was frozen but the balance keeps going up.",
         Intent.DISPUTE, None),
        ("Vous dites qu'il me reste 3 échéances alors que j'en ai payé 9 sur 10.",
         Intent.DISPUTE, None),
        ("J'ai réglé la dernière mensualité en avril, pouvez-vous clore le dossier ?",
         Intent.ALREADY_PAID, None),
        ("Vous accordez des remises si je paie tout d'un coup ?", Intent.REQUEST_INFO, None),
        ("Do you offer a discount for paying in full?", Intent.REQUEST_INFO, None),
        ("Could I switch to fortnightly, £25 every other Friday?", Intent.PAYMENT_PLAN_REQUEST,
         None),
        ("Sorry, the direct debit bounced; the money will be there on Monday for you to take.",
         Intent.PROMISE_TO_PAY, None),
        # Debits counted twice, plans running, arrears counted: no plan offered.
        ("Vous avez prélevé deux fois la mensualité de mars, remboursez-moi.", Intent.DISPUTE,
         Intent.PAYMENT_PLAN_REQUEST),
        ("Pouvez-vous régler ma facture en trois fois ?", Intent.PAYMENT_PLAN_REQUEST, None),
        ("How many payments are left on my plan?", Intent.REQUEST_INFO,
         Intent.PAYMENT_PLAN_REQUEST),
        ("I'm on the £60 a month plan; what's my balance now?", None,
         Intent.PAYMENT_PLAN_REQUEST),
        ("I used to be paying £25 a week to the credit union, can you send the statement?",
         None, Intent.PAYMENT_PLAN_REQUEST),
        ("Je règle les 2 échéances en retard (2 x 50 €) d'un coup vendredi.",
         Intent.PROMISE_TO_PAY, Intent.PAYMENT_PLAN_REQUEST),
        # A benefit's day, broke till payday, the seller's liquidation, a phone lost.
        ("Je paie le 20, c'est le jour où je touche les allocations familiales.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        ("bankrupt till payday mate, can't do anything this week", Intent.HARDSHIP,
         Intent.LEGAL_PROCEEDING),
        ("The furniture company has gone into administration; do I still owe the rest?", None,
         Intent.LEGAL_PROCEEDING),
        ("My company has gone into administration, the administrators are Smith & Co.",
         Intent.LEGAL_PROCEEDING, None),
        ("mon portable est tombé en panne, j'ai perdu tous vos sms, je vous rappelle", None,
         Intent.STOP_CONTACT),
        ("Si j'introduis une demande de règlement collectif de dettes, vous serez suspendus ? "
         "Je n'y arrive plus.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
    ],
)  # fmt: skip
def test_set_190_to_192s_plans_running_belgium_and_numbers(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "each"),
    [
        ("Je ne peux plus assurer les mensualités de 80 €, je propose 30 € par mois.",
         Decimal("30.00")),
        ("I'm on £90 a month at the moment. Could I do £45 a month instead?", Decimal("45.00")),
    ],
)  # fmt: skip
def test_the_instalment_offered_not_the_one_running(text: str, each: Decimal) -> None:
    reading = understand(text, RECEIVED)
    assert Intent.PAYMENT_PLAN_REQUEST in reading.intents
    assert reading.installment_amount == each


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # The dead one's debt taken over and paid by the writer: a death notice still.
        ("Dad died in January. I'll take the account over and pay the £120 he owed on Friday.",
         Intent.DECEASED, None),
        ("Our lodger was found dead in his room last week.", Intent.DECEASED, None),
        ("After the rent and the bills there's almost nothing left each month.",
         Intent.HARDSHIP, None),
        ("I paid in full in May, so there is nothing left to pay.", Intent.ALREADY_PAID,
         Intent.HARDSHIP),
        ("Je suis demandeuse d'asile, je touche l'ADA, je ne peux pas payer.", Intent.HARDSHIP,
         None),
        ("My adviser says a DRO may be possible, but nothing is done yet. I can't pay anything.",
         Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("I'm appointee for my sister, who has a learning disability; I manage her benefits.",
         None, Intent.HARDSHIP),
        # Not stops: the supply kept on, a worry.
        ("Please don't cut off the gas, I'll pay £50 tomorrow.", Intent.PROMISE_TO_PAY,
         Intent.STOP_CONTACT),
        ("I can't stop worrying about this, send me the link and I'll pay now.", Intent.PAY_NOW,
         Intent.STOP_CONTACT),
        ("J'ai changé de banque, voici le nouveau RIB pour les prélèvements.", None,
         Intent.PAYMENT_PLAN_REQUEST),
        ("J'ai tout filmé, je vais envoyer ça aux journalistes.", None, Intent.PROMISE_TO_PAY),
        ("Mon salaire est en retard, je règle le 12 sans faute.", Intent.PROMISE_TO_PAY,
         Intent.HARDSHIP),
        ("Mon salaire est en retard depuis deux mois, je n'ai plus rien.", Intent.HARDSHIP,
         None),
    ],
)  # fmt: skip
def test_set_193_to_195s_winter_bills_second_languages_and_north_america(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Set 196: procedures asked about, an employer's liquidation, paperwork, a refund hoped.
        ("My adviser says an IVA might suit me, but nothing has been applied for. I can't pay.",
         Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("Is it worth me applying for bankruptcy? I've no income at all now.", Intent.HARDSHIP,
         Intent.LEGAL_PROCEEDING),
        ("The garage where I worked went into liquidation owing me a month's wages, I can't pay "
         "this month.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("Mon père est décédé le 3 mai et je ne m'en sors pas avec tous ces papiers. Qui dois-je "
         "appeler ?", Intent.DECEASED, Intent.HARDSHIP),
        ("Please send a copy of the agreement under section 78; I enclose a postal order for "
         "the £1 fee.", None, Intent.ALREADY_PAID),
        ("If my tax refund comes through I might pay something in October.", None,
         Intent.HARDSHIP),
        # Set 197: the office's link named, a request sent by mistake, a phone dead, a form.
        ("Vos SMS contenaient chacun un lien de paiement, mais mon dossier de surendettement est "
         "recevable.", Intent.LEGAL_PROCEEDING, Intent.PAY_NOW),
        ("The text I got has a link to some site I don't know. Is it really you?",
         Intent.REQUEST_INFO, Intent.PAY_NOW),
        ("Le lien ne marche pas, vous pouvez m'en renvoyer un ?", Intent.PAY_NOW, None),
        ("Je vous ai envoyé une demande Paylib au lieu d'un paiement, je vous vire les 30 € ce "
         "soir.", Intent.PROMISE_TO_PAY, Intent.ALREADY_PAID),
        ("Nouveau numéro : mon ancien portable, il est mort hier.", None, Intent.DECEASED),
        ("I'll post the direct debit mandate form back tomorrow.", None, Intent.PROMISE_TO_PAY),
        ("Je passe à la Poste demain pour le mandat cash de 40 €.", Intent.PROMISE_TO_PAY, None),
        ("J'ai pu verser 30 € lundi, je ne peux pas plus ce mois-ci.", Intent.ALREADY_PAID, None),
        ("Put £15 in on Tuesday, that's all I have till payday.", Intent.ALREADY_PAID, None),
        ("He'll put £15 in on Tuesday.", Intent.PROMISE_TO_PAY, Intent.ALREADY_PAID),
        ("I paid £100 on the 3rd and you still show £250. It should be £150.", Intent.DISPUTE,
         None),
        ("I deliver for a food app and orders have dried up since January.", Intent.HARDSHIP,
         None),
    ],
)  # fmt: skip
def test_set_196_and_197s_summer_and_payment_apps(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_a_payment_just_made_is_dated_the_day_received() -> None:
    received = datetime.fromisoformat("2026-03-10T12:00:00+01:00")
    for text in ("Virement fait à l'instant, 45 €.", "Paid through the link 10 mins ago, £57.30"):
        reading = understand(text, received)
        assert reading.intent is Intent.ALREADY_PAID
        assert reading.date == date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Set 198: long letters and notices.
        ("Thank you for contacting the Revenues and Benefits service. Your enquiry has been "
         "logged. This mailbox is not monitored.", Intent.AUTO_REPLY, Intent.HARDSHIP),
        ("I am currently on sick leave and will return to the office on 2 March. Emails are not "
         "forwarded.", Intent.AUTO_REPLY, Intent.HARDSHIP),
        ("Je suis absente du bureau pour raisons familiales (décès) jusqu'au 14 avril.",
         Intent.AUTO_REPLY, Intent.DECEASED),
        ("I can confirm the invoice will be paid in full in our payment run on 28 November.",
         Intent.PROMISE_TO_PAY, Intent.ALREADY_PAID),
        ("Your invoice is included in the CVA and will be paid as a dividend by the supervisor.",
         Intent.LEGAL_PROCEEDING, Intent.PROMISE_TO_PAY),
        ("Would it be ok if I paid £20 every Friday from next week?",
         Intent.PAYMENT_PLAN_REQUEST, Intent.ALREADY_PAID),
        ("I'll pop into your office on Saturday and pay the £60 in cash.",
         Intent.PROMISE_TO_PAY, Intent.STOP_CONTACT),
        ("Votre courrier indique une date de naissance qui n'est pas la mienne, je n'ai jamais "
         "eu de compte chez vous.", Intent.WRONG_PERSON, None),
        ("Our bookings were cancelled when the client went into administration; can we pay in "
         "three instalments?", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("Je suis sa tutrice ; il est handicapé et vit en foyer de vie. Merci d'écrire chez moi.",
         None, Intent.HARDSHIP),
        ("L'assistante sociale m'a parlé de surendettement, mais je n'ai encore rien fait. Je "
         "ne peux rien payer.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        # Sets 199-201: courts, hospitals, texts.
        ("Should I apply for a DRO? I'm on benefits and can't pay anyone.", Intent.HARDSHIP,
         Intent.LEGAL_PROCEEDING),
        ("I signed a protected trust deed in May; my trustee has written to you.",
         Intent.LEGAL_PROCEEDING, None),
        ("Please don't cancel my son's dental treatment, I'll pay the £90 on the 1st.",
         Intent.PROMISE_TO_PAY, Intent.STOP_CONTACT),
        ("Je passe régler à la caisse de l'hôpital jeudi.", Intent.PROMISE_TO_PAY,
         Intent.HARDSHIP),
        ("Je suis étudiant, je touche que ma bourse, je peux faire 20 € par mois.",
         Intent.HARDSHIP, None),
        ("C'est payé : j'ai réglé le commissaire de justice directement hier.",
         Intent.ALREADY_PAID, Intent.DISPUTE),
        ("The insurer paid their share directly and I paid the excess at the desk.",
         Intent.ALREADY_PAID, Intent.DISPUTE),
    ],
)  # fmt: skip
def test_set_198_to_201s_long_letters_courts_hospitals_and_texts(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_wanting_to_pay_it_all_by_card_is_no_dated_promise() -> None:
    reading = understand(
        "Combien dois-je payer aujourd'hui ? Je souhaite régler la totalité par carte.", RECEIVED
    )
    assert Intent.PAY_NOW in reading.intents
    assert Intent.PROMISE_TO_PAY not in reading.intents


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Set 202: a procedure running named with its practitioner; bounces; questions.
        ("I've been in an IVA since 2024, this account is in it. Please speak to my insolvency "
         "practitioner.", Intent.LEGAL_PROCEEDING, None),
        ("Mon chat est mort après une opération à 700 € de véto, j'ai plus rien ce mois-ci. Je "
         "vous fais 40 € le 12.", Intent.PROMISE_TO_PAY, Intent.DECEASED),
        ("Votre message n'a pas pu être remis. Destinataire inconnu. Ceci est un message "
         "automatique.", Intent.AUTO_REPLY, Intent.WRONG_PERSON),
        ("Combien il reste à payer pour solder le dossier ?", Intent.REQUEST_INFO,
         Intent.PAY_NOW),
        # Set 203: relatives writing.
        ("The firm my husband works for went into administration; he hasn't been paid since "
         "March and can't pay anything.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("He's in hospital so I'm sorting his post. Can I pay his bill by card?", Intent.PAY_NOW,
         Intent.HARDSHIP),
        ("Not Kelly. This is my number, not hers. Stop texting me.", Intent.WRONG_PERSON, None),
        ("Il ne reste que 600 € à rembourser ; les 300 € d'écart ne correspondent à rien.",
         Intent.DISPUTE, None),
        ("thanks, passed it on to my son", None, Intent.DECEASED),
        ("She was made bankrupt in May; the Official Receiver is dealing with her estate.",
         Intent.LEGAL_PROCEEDING, Intent.DECEASED),
        ("Auto-reply: I'm away caring for my mother until the 9th.", Intent.AUTO_REPLY,
         Intent.HARDSHIP),
        ("Please call my mobile and I'll put Dad on speaker.", Intent.REQUEST_HUMAN,
         Intent.PROMISE_TO_PAY),
        # Set 204: the self-employed.
        ("je vous ai déjà dit de pas m'appeler sur le portable du boulot", Intent.STOP_CONTACT,
         None),
        ("les chantiers cet hiver c'est mort, impossible de payer", None,
         Intent.DECEASED),
        ("Mon comptable me parle de demander un rétablissement professionnel, j'ai pas encore "
         "décidé. J'ai plus un rond.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("Dès que Pajemploi m'aura versé mon salaire, je vous règle les 90 €.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        ("Money's tight until payday but I'll send the £120 on the 28th.",
         Intent.PROMISE_TO_PAY, Intent.HARDSHIP),
        ("Merci pour votre message ! Je suis en course. (Message d'absence WhatsApp Business)",
         Intent.AUTO_REPLY, None),
    ],
)  # fmt: skip
def test_set_202_to_204s_inbox_relatives_and_the_self_employed(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_the_retrainings_lost_labels_are_ruled_back() -> None:
    # A death said "she's gone" with her phone kept; a keeper liable for nothing before.
    assert (
        Intent.DECEASED
        in understand(
            "He's gone. Please stop calling his phone, we keep it for the voicemails.", RECEIVED
        ).intents
    )
    reading = understand(
        "I don't owe this. The previous keeper had the van when those charges were run up.",
        RECEIVED,
    )
    assert Intent.DISPUTE in reading.intents
    assert Intent.WRONG_PERSON not in reading.intents


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Set 205: reasons for paying late that are no hardship, and the dead one's own.
        ("I've been on sick leave, but that is not the reason I haven't paid: the boiler you "
         "fitted never worked.", Intent.DISPUTE, Intent.HARDSHIP),
        ("I've been off sick since March and can't pay anything.", Intent.HARDSHIP, None),
        ("My mother died on 2 May. She had been struggling with these bills for a year. "
         "Please update your records.", Intent.DECEASED, Intent.HARDSHIP),
        ("My mother died on 2 May and since then I'm struggling to pay anything.",
         Intent.HARDSHIP, None),
        ("I've been dealing with my uncle's post since he passed away and found your letter.",
         Intent.DECEASED, Intent.HARDSHIP),
        ("L'entreprise de ma femme a versé les salaires avec dix jours de retard. Je vous "
         "règle les 60 € le 14.", Intent.PROMISE_TO_PAY, Intent.ALREADY_PAID),
        ("Chèque envoyé hier, j'ai enfin reçu mon trop-perçu des impôts.",
         Intent.ALREADY_PAID, Intent.DISPUTE),
        ("I'm in a mental health crisis moratorium since Monday, the team sent you the form.",
         Intent.LEGAL_PROCEEDING, Intent.HARDSHIP),
        ("Since my husband left I've been paying the bills on my own. Could I do £30 a month "
         "from the 20th?", Intent.PAYMENT_PLAN_REQUEST, Intent.PROMISE_TO_PAY),
        # Set 206: stops that are not, and one that is.
        ("That hasn't been Leanne's number since 2023, take it off your system.",
         Intent.WRONG_PERSON, None),
        # (Not read as a move alone: the old address may be where the abuser lives.)
        ("I'm in a refuge now. Please don't send anything to my old address, he still lives "
         "there.", Intent.STOP_CONTACT, None),
        ("Stop adding charges to my account, the £35 fee isn't in my agreement.", None,
         Intent.STOP_CONTACT),
        ("Je ne serai plus joignable sur ce numéro à partir du 3, écrivez-moi par courrier.",
         None, Intent.STOP_CONTACT),
        ("I'll clear the £240 once you stop charging interest on it.", None,
         Intent.PROMISE_TO_PAY),
        ("arrêtez de m'appeler sur ce numéro, c'est le numéro du travail", Intent.STOP_CONTACT,
         Intent.WRONG_PERSON),
        ("Je touche le RSA, pas plus de 600 € par mois, je ne peux rien payer.",
         Intent.HARDSHIP, Intent.PAYMENT_PLAN_REQUEST),
        ("Je vous transmettrai mon nouveau RIB la semaine prochaine.", None,
         Intent.PROMISE_TO_PAY),
        ("Vous avez bien reçu mon courrier du 3 ?", None, Intent.ALREADY_PAID),
        ("Vous avez bien reçu mon virement du 3 ?", Intent.ALREADY_PAID, None),
        # Set 207: machines answering, and people talking about them.
        ("[Réponse automatique] Absent jusqu'au 12. Je réglerai les factures à mon retour.",
         Intent.AUTO_REPLY, Intent.PROMISE_TO_PAY),
        ("Automatic reply: this mailbox belonged to Ann Cole, who died on 3 May.",
         Intent.DECEASED, None),
        ("Réponse auto : mode Ne pas déranger activé, je lirai votre message plus tard.",
         Intent.AUTO_REPLY, Intent.STOP_CONTACT),
        ("Paid on the 4th. My out of office keeps sending your reminders round the office, "
         "please stop.", Intent.ALREADY_PAID, Intent.AUTO_REPLY),
        ("Our shop is closed for the bank holiday weekend and will reopen on Tuesday.",
         Intent.AUTO_REPLY, Intent.PROMISE_TO_PAY),
        ("Sorry, my auto-reply was on by mistake. I'll pay on Friday.", Intent.PROMISE_TO_PAY,
         Intent.AUTO_REPLY),
        ("Hello, it's a real person now. There is no Mr. Hughes at this number.",
         Intent.WRONG_PERSON, Intent.REQUEST_HUMAN),
        ("Il n'y a pas de M. Garnier à ce numéro.", Intent.WRONG_PERSON, None),
    ],
)  # fmt: skip
def test_set_205_to_207s_late_reasons_stops_and_machines(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_an_office_no_reply_address_in_a_quoted_header_is_no_automatic_answer() -> None:
    text = (
        "Got it, thanks.\n\nOn 2 Mar 2026, at 10:00, Collections <noreply@agency.example> "
        "wrote:\n> Your balance is £80."
    )
    assert clean(text).auto_reply_marker is None
    assert understand(text, RECEIVED).intent is Intent.ACKNOWLEDGEMENT
    assert clean("Ne pas répondre : message envoyé depuis une adresse noreply.").auto_reply_marker


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Set 209: deaths that are not the debtor's, and things that only die.
        ("My battery is fine now, the old one died. New number is 07700 900111.", None,
         Intent.DECEASED),
        ("Le lien que vous m'avez envoyé est mort, vous pouvez m'en renvoyer un ?",
         Intent.PAY_NOW, Intent.DECEASED),
        ("Si l'un de nous deux décède, l'assurance rembourse-t-elle le crédit ?",
         Intent.REQUEST_INFO, Intent.DECEASED),
        ("Suite au décès de notre gérant, la SARL a été placée en liquidation judiciaire.",
         Intent.LEGAL_PROCEEDING, Intent.DECEASED),
        ("Mon père est décédé en mars. Merci de mettre à jour mon dossier avec ma nouvelle "
         "adresse.", None, Intent.DECEASED),
        ("My wife passed away last year. This is about my own account: can I speak to "
         "someone?", Intent.REQUEST_HUMAN, Intent.DECEASED),
        ("Ma mère est décédée le 2 mai, voici l'acte de décès.", Intent.DECEASED, None),
        ("Il a fait un infarctus samedi et n'a pas survécu.", Intent.DECEASED, None),
        ("Notre chat n'a pas survécu à l'opération, je vous règle la facture vendredi.",
         Intent.PROMISE_TO_PAY, Intent.DECEASED),
        ("I'll pay the balance when the kitchen is fitted, not before.", None,
         Intent.PROMISE_TO_PAY),
        ("Je ne peux pas payer les 200 € par mois que vous demandez.", None,
         Intent.PAYMENT_PLAN_REQUEST),
        ("Je ne peux pas payer les 200 € par mois, mais je peux faire 50 € par mois.",
         Intent.PAYMENT_PLAN_REQUEST, None),
        # Set 210: procedures refused, withdrawn, ended, denied or only shouted about.
        ("Mon dossier de surendettement a été déclaré irrecevable, je n'ai toujours rien pour "
         "vous payer.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("J'avais déposé un dossier de surendettement mais je l'ai retiré en mai.", None,
         Intent.LEGAL_PROCEEDING),
        ("My trust deed failed last year and I'm not in any arrangement now.", None,
         Intent.LEGAL_PROCEEDING),
        ("I'm not the Mark Evans who went bankrupt, wrong man.", Intent.WRONG_PERSON,
         Intent.LEGAL_PROCEEDING),
        ("Vous allez pousser tout le monde au surendettement, bande de rapaces.", None,
         Intent.LEGAL_PROCEEDING),
        ("Mon dossier de surendettement a été déclaré recevable hier.",
         Intent.LEGAL_PROCEEDING, None),
        ("Nobody of that name lives here. Please take our address off your records.",
         Intent.STOP_CONTACT, None),
        ("£600 in one go is too much, could it be four payments?",
         Intent.PAYMENT_PLAN_REQUEST, None),
        ("Can I pay £40 every two weeks from this Friday? That fits with when I get paid.",
         Intent.PAYMENT_PLAN_REQUEST, Intent.PROMISE_TO_PAY),
        ("I can do £80 on the 2nd and another £80 on the 16th.", Intent.PAYMENT_PLAN_REQUEST,
         Intent.PROMISE_TO_PAY),
    ],
)  # fmt: skip
def test_set_209_and_210s_deaths_and_procedures(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Sets 208 and 211-213: long letters, disputes, dates, insurance.
        ("1. My mother fell behind with the payments after her fall. 2. She died on 3 May. "
         "Could someone from your bereavement team call me?", Intent.DECEASED, Intent.HARDSHIP),
        ("Mon frère est décédé en juin. En tant qu'héritier, je vous réglerai les 120 € le 15.",
         Intent.DECEASED, None),
        ("Ma femme est décédée en juin, je n'ai pas pu payer. Je vous verse 50 € le 15.",
         Intent.HARDSHIP, Intent.DECEASED),
        ("Mon employeur, la société Durand, a été placée en liquidation judiciaire et je suis "
         "licencié.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("L'assistante sociale m'a parlé d'un dossier de surendettement, je réfléchis à le "
         "déposer. Je ne peux rien payer.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("I sold the van in May. Speak to the new owner, not me.", Intent.WRONG_PERSON,
         Intent.STOP_CONTACT),
        ("Votre courrier est parti à une adresse qui n'est plus la mienne. Je paierai le 10.",
         Intent.PROMISE_TO_PAY, Intent.DISPUTE),
        ("J'ai saisi le médiateur de l'énergie, merci d'attendre son avis.", None,
         Intent.LEGAL_PROCEEDING),
        ("Notre société relève de l'autoliquidation de la TVA : la facture doit être HT.", None,
         Intent.LEGAL_PROCEEDING),
        ("Je travaille à temps partiel depuis mars et je ne peux pas payer plus de 30 € par "
         "mois.", Intent.HARDSHIP, None),
    ],
)  # fmt: skip
def test_set_208_and_211_to_213s_letters_disputes_and_insurance(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll pay the £85 next Tuesday week.", date(2025, 7, 22)),
        ("I'll pay the £85 Tuesday week.", date(2025, 7, 22)),
        ("I'll pay the £85 next Tuesday.", date(2025, 7, 15)),
        ("tomorrow week ill pay 40 quid", date(2025, 7, 18)),
    ],
)
def test_a_weekday_week_and_tomorrow_week(text: str, expected: date) -> None:
    # Received on Thursday 10 July 2025.
    received = datetime.fromisoformat("2025-07-10T10:00:00+01:00")
    assert understand(text, received).date == expected


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Sets 214-216: regional speech, public creditors, several things at once.
        ("I'm after paying it online there, £60.", Intent.ALREADY_PAID, Intent.PROMISE_TO_PAY),
        ("I'm going to pay it after payday.", Intent.PROMISE_TO_PAY, Intent.ALREADY_PAID),
        ("Re: Housing Benefit overpayment. I paid the £300 in full on 3 April.",
         Intent.ALREADY_PAID, Intent.HARDSHIP),
        ("I lost my job and I'm on Universal Credit now, I can't pay.", Intent.HARDSHIP, None),
        ("J'ai désinscrit mon fils de la cantine en janvier, je ne dois pas février.",
         Intent.DISPUTE, Intent.STOP_CONTACT),
        ("Désinscrivez-moi de vos listes, arrêtez de m'écrire.", Intent.STOP_CONTACT, None),
        ("I would like to request a meeting with a housing officer.", Intent.REQUEST_HUMAN,
         None),
        ("Am I entitled to a single person discount?", Intent.REQUEST_INFO, None),
        ("Je ne connais pas ce monsieur. Cette adresse est la mienne : merci de la supprimer "
         "de vos envois.", Intent.STOP_CONTACT, None),
        ("Appelez-moi pour que je paie par carte, svp.", Intent.PAY_NOW, None),
        ("I can do £30 a week from Friday. What's the balance now?", Intent.REQUEST_INFO,
         None),
        ("Les prélèvements sont-ils bien arrêtés depuis la mise en place de l'échéancier ?",
         Intent.REQUEST_INFO, Intent.PAYMENT_PLAN_REQUEST),
        ("Who is the original creditor and what's the account number?", Intent.REQUEST_INFO,
         Intent.PAY_NOW),
    ],
)  # fmt: skip
def test_set_214_to_216s_regional_speech_public_bills_and_several_things(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je fais le virement tantôt, 145 €.", date(2025, 7, 10)),
        ("Je vous paie vendredi. À tantôt !", date(2025, 7, 11)),
        ("I'll get it sorted the morra, £48.", date(2025, 7, 11)),
        ("I'll do the transfer now in a minute, £150.", date(2025, 7, 10)),
        ("Ch'est d'accord, ej vous paie l'reste el 28.", date(2025, 7, 28)),
    ],
)
def test_regional_days(text: str, expected: date) -> None:
    # Received on Thursday 10 July 2025.
    received = datetime.fromisoformat("2025-07-10T10:00:00+01:00")
    assert understand(text, received).date == expected


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Sets 217 and 219: vulnerable debtors, businesses' accounts payable.
        ("Steve died on Saturday. I can't cope with phone calls right now, please write.",
         Intent.DECEASED, Intent.HARDSHIP),
        ("My husband has just been made bankrupt and we lived on his wage. I can do £5 a week.",
         Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("I was made bankrupt in May, the Official Receiver has my case.",
         Intent.LEGAL_PROCEEDING, None),
        ("Veuillez écrire à sa curatrice, copie du jugement d'ouverture de la curatelle jointe.",
         None, Intent.LEGAL_PROCEEDING),
        ("We ceased acting for that company last year and hold no contact details for it.",
         Intent.WRONG_PERSON, None),
        ("Nos ventes se sont effondrées depuis les travaux, on peut faire 100 € par semaine.",
         Intent.HARDSHIP, None),
        ("Cash flow is very tight until the grant arrives; we'll pay when it lands.",
         Intent.HARDSHIP, None),
        ("Notre directeur, M. Lenoir, est décédé. La société poursuit son activité; le "
         "paiement suivra le 20.", Intent.PROMISE_TO_PAY, Intent.DECEASED),
        ("The £300 cleaning charge is nonsense, the flat was spotless.", Intent.DISPUTE, None),
    ],
)  # fmt: skip
def test_set_217_and_219s_vulnerable_debtors_and_accounts_payable(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_a_day_said_then_given_up_for_another() -> None:
    received = datetime.fromisoformat("2026-03-02T12:00:00+01:00")
    reading = understand("j'avais dit le 10 mais je pourrai pas, ce sera le 17, 40 euros", received)
    assert reading.date == date(2026, 3, 17)
    # The day said after "je pourrai pas payer" is the one not kept: no new day promised.
    reading = understand("je pourrai pas payer le 20 comme prévu", received)
    assert reading.date is None


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Sets 218 and 220-222: rambling messages, an ordinary week, scams, "what happens if".
        ("I lost nearly all my savings to a fake crypto investment platform and can't pay this "
         "month.", Intent.HARDSHIP, Intent.DISPUTE),
        ("J'ai perdu 8 000 € dans un faux placement, je ne peux pas payer d'un coup mais je "
         "peux faire 20 € par mois.", Intent.HARDSHIP, Intent.DISPUTE),
        ("The loan was opened in my name by scammers posing as a bank adviser. I owe nothing.",
         Intent.DISPUTE, None),
        ("We paid the invoice to the new bank details in good faith, and we owe nothing further.",
         Intent.DISPUTE, None),
        ("My wife's company went into liquidation and we live on my wage alone now.",
         Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("Does the six-year limitation period apply to this debt?", Intent.REQUEST_INFO,
         Intent.DISPUTE),
        ("This debt is statute barred, it's from 2014 and I won't pay.", Intent.DISPUTE, None),
        ("Mon père a 85 ans. S'il venait à décéder, qui paierait le reste ?",
         Intent.REQUEST_INFO, Intent.DECEASED),
        ("What happens to this debt if I die before it's paid off?", Intent.REQUEST_INFO,
         Intent.ALREADY_PAID),
        ("I honestly do not know the rules, can you explain the charges?", Intent.REQUEST_INFO,
         Intent.WRONG_PERSON),
        ("My late husband always paid on time, and so do I: I posted a cheque for £40 on "
         "Monday.", Intent.ALREADY_PAID, Intent.DECEASED),
        ("Mon père est décédé le 2 avril. Il avait réglé cette facture par chèque le 12 mars, "
         "copie jointe.", Intent.ALREADY_PAID, None),
    ],
)  # fmt: skip
def test_set_218_and_220_to_222s_scams_questions_and_rambling(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)


def test_a_payment_said_twice_is_one_payment_and_a_later_one_is_a_plan() -> None:
    received = datetime.fromisoformat("2026-09-24T10:00:00+02:00")  # a Thursday
    reading = understand("je vous envoie 40 euros samedi par virement, 40 euros samedi", received)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date == date(2026, 9, 26)
    reading = understand("je vous envoie 40 euros samedi et 40 euros le samedi d'après", received)
    assert reading.intent is Intent.PAYMENT_PLAN_REQUEST


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # Sets 224-225: what exactly is asked; two languages at once.
        ("Je change de banque, je vous enverrai mes nouvelles coordonnées pour le prélèvement.",
         None, Intent.PROMISE_TO_PAY),
        ("Pourquoi 250 € alors que j'avais un forfait à 15 € ?", Intent.DISPUTE, None),
        ("Où est-ce que j'envoie le chèque ?", Intent.PAY_NOW, None),
        ("Do I have to pay the full amount or are there other options?", Intent.REQUEST_INFO,
         Intent.PAY_NOW),
        ("My adviser says I should do a dossier de surendettement. I haven't done it yet. I "
         "can't pay anything.", Intent.HARDSHIP, Intent.LEGAL_PROCEEDING),
        ("I'm the new tenant; I believe she moved back to Spain.", Intent.WRONG_PERSON, None),
        ("Please address letters to our new address in Lyon. We have sold the house in Kent.",
         None, Intent.WRONG_PERSON),
        ("They sold the house last year and moved, no forwarding address.",
         Intent.WRONG_PERSON, None),
        ("I'll pay £140 on the 4th and the rest a week later, je vous envoie la preuve de "
         "virement each time.", None, Intent.ALREADY_PAID),
    ],
)  # fmt: skip
def test_set_224_and_225s_questions_and_two_languages(
    text: str, wanted: Intent | None, unwanted: Intent | None
) -> None:
    _reads_with_and_without(text, wanted, unwanted)
