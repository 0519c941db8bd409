"""Cleaning keeps the debtor's own words and nothing the agency wrote."""

from __future__ import annotations

import pytest

from amiable.nlu.clean import clean


def test_quoted_reply_with_the_agency_amount_is_cut() -> None:
    text = (
        "Je règle vendredi.\n\nLe 12 mars 2026 à 10:02, Cabinet Durand <relance@durand.fr> a écrit :\n"
        "> Vous restez devoir 1 250,00 € au titre de la facture F-118."
    )
    cleaned = clean(text)
    assert cleaned.text == "Je règle vendredi."
    assert cleaned.had_history


def test_outlook_header_block_is_history_but_a_line_starting_with_de_is_not() -> None:
    outlook = "OK pour moi\n\nDe : Service recouvrement\nEnvoyé : lundi 3 mars\nObjet : Relance\nMontant 300 €"
    assert clean(outlook).text == "OK pour moi"
    sentence = "De : mon côté je paierai le 15.\nMerci de patienter."
    assert "je paierai le 15" in clean(sentence).text


def test_english_on_wrote_and_original_message_are_history() -> None:
    assert (
        clean("Paid today.\n\nOn Tue, 3 Mar 2026 at 10:02, Agency wrote:\nYou owe £300").text
        == "Paid today."
    )
    assert clean("Will pay Friday\n-----Original Message-----\nFrom: x").text == "Will pay Friday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bonjour,\n\nDe quelle facture s'agit-il ?\n\nCordialement,\nJeanne Roux\n06 12 34 56 78",
            "Bonjour,\n\nDe quelle facture s'agit-il ?",
        ),
        (
            "Noted, thanks.\n\nBest regards,\nTom Hale\nAccounts Payable | Hale Ltd",
            "Noted, thanks.",
        ),
        ("Le virement est parti.\n\nEnvoyé de mon iPhone", "Le virement est parti."),
        ("ok\n-- \nPaul", "ok"),
    ],
)
def test_signatures_and_device_footers_are_cut(text: str, expected: str) -> None:
    assert clean(text).text == expected


def test_a_speaking_line_after_a_closing_word_is_kept() -> None:
    # "Merci." then a real sentence: not a signature block.
    assert clean("Merci.\nJe paierai le 15.").text == "Merci.\nJe paierai le 15."


def test_a_message_that_is_only_a_closing_keeps_its_words() -> None:
    assert clean("Merci !").text == "Merci !"
    assert clean("Thanks,\nBen").text.startswith("Thanks")


def test_html_is_turned_into_text_and_its_blockquote_dropped() -> None:
    cleaned = clean(
        "<html><body><p>Je paie le 5&nbsp;mars</p><blockquote>Vous devez 300 €</blockquote></body></html>"
    )
    assert cleaned.had_html
    assert cleaned.text == "Je paie le 5 mars"


def test_an_e_mail_address_in_angle_brackets_is_not_html() -> None:
    assert not clean("Écrivez-moi à <jeanne@exemple.fr> svp").had_html


def test_legal_footer_is_cut_and_auto_reply_marker_kept() -> None:
    cleaned = clean(
        "Réponse automatique : je suis absente jusqu'au 3 janvier.\n"
        "Ce message et toutes les pièces jointes sont confidentiels."
    )
    assert "confidentiels" not in cleaned.text
    assert cleaned.auto_reply_marker is not None


@pytest.mark.parametrize(
    "text",
    [
        "Merci\nSTOP SMS",
        "Thanks\nWrong number",
        "Je paie vendredi.\nCordialement\nP.S. mon mari est décédé",
    ],
)
def test_what_follows_a_closing_is_kept_when_it_says_something_grave(text: str) -> None:
    assert clean(text).text == text


def test_a_reply_written_below_the_quote_is_read_and_the_quote_is_not() -> None:
    cleaned = clean("> Vous devez 450,00 € avant le 15/03.\n\nok je paierai vendredi")
    assert cleaned.text == "ok je paierai vendredi"
    assert cleaned.had_history


def test_a_forwarded_web_form_keeps_its_fields() -> None:
    text = (
        "-------- Message transféré --------\n"
        "Sujet : [Contact] Mon dossier\n"
        "De : Site web <web@cabinet.example>\n\n"
        "Nom : Léa Martin\nDossier : AB-104\nMessage : Je conteste les frais ajoutés."
    )
    cleaned = clean(text)
    assert (
        cleaned.text
        == "Nom : Léa Martin\nDossier : AB-104\nMessage : Je conteste les frais ajoutés."
    )
    assert cleaned.had_history


def test_a_forwarded_letter_of_the_office_is_not_the_debtors() -> None:
    text = (
        "De : Cabinet Rivière\nEnvoyé : lundi 2 mars 2026 09:00\nÀ : Paul Dumas\n"
        "Objet : Relance\n\nMonsieur, votre facture de 80 € reste impayée. Message : merci de régler."
    )
    assert clean(text).text == ""


def test_an_answer_below_a_rule_under_the_quote_is_read() -> None:
    text = (
        "From: North Agency\nSent: Monday 2 March 2026 09:00\nTo: Sam Reed\nSubject: Reminder\n\n"
        "Your invoice of £80 is overdue.\n\n---\n\nPaid on Friday by transfer.\nSam"
    )
    assert clean(text).text.startswith("Paid on Friday by transfer.")


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        # Quoted-printable left undecoded, a soft line break inside a word.
        (
            "Je r=C3=A9glerai 90 =E2=82=AC le 3 f=C3=A9vrier, c'est le maximum pour l'inst=\nant.",
            "Je réglerai 90 € le 3 février, c'est le maximum pour l'instant.",
        ),
        # An "=" in ordinary text is left alone, and a soft break with it.
        ("total = 40 =\n50 a=b", "total = 40 =\n50 a=b"),
        # UTF-8 read as Windows-1252.
        ("jâ€™ai rÃ©glÃ© 50 â‚¬ hier", "j’ai réglé 50 € hier"),
        # French as written keeps its accents next to quote marks.
        ("Voilà « ok », payé’", "Voilà « ok », payé’"),
        # A figure glued to the word before or after.
        ("jai payé150e hier", "jai payé 150e hier"),
        ("will send £50on friday", "will send £50 on friday"),
        # A reference keeps its digits.
        ("ref FAC2291, 150 €", "ref FAC2291, 150 €"),
    ],
)
def test_transfer_encodings_and_glued_figures_are_undone(raw: str, read: str) -> None:
    assert clean(raw).text == read


def test_the_offices_sms_pasted_back_in_quotation_marks_is_cut() -> None:
    pasted = (
        "« Cabinet Orme : M. LEROY, votre solde de 212,00 € reste dû. Payez sur orme.fr "
        "ou répondez OUI pour être rappelé. STOP au 36180 »\nc pas moi ce numéro"
    )
    assert clean(pasted).text == "c pas moi ce numéro"
    below = 'STOP\n\n"Reminder: your balance of £88.00 is overdue, pay online at pay.example.com"'
    assert clean(below).text == "STOP"


def test_a_transcript_or_a_receipt_in_quotation_marks_is_the_writers_own() -> None:
    voice = (
        "Voice message · Transcript:\n\"hi it's Dana, I'll pay the forty pounds on Friday thanks\""
    )
    assert "I'll pay the forty pounds on Friday" in clean(voice).text
    receipt = (
        "je vous colle la confirmation :\n« Votre paiement de 42,50 € a bien été pris en compte "
        "le 17/09 à 21:43. »\nmerci"
    )
    assert "42,50 €" in clean(receipt).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Votre robot m'a dit « vous devez 450 € avant le 12 » alors que j'ai tout payé",
         "Votre robot m'a dit \"\" alors que j'ai tout payé"),
        ('your bot just said "Your balance of £80.00 is due on 3 May" - wrong, I paid',
         'your bot just said "" - wrong, I paid'),
        # The writer's own words in quotation marks stay: no office's artefact says them.
        ('I said "I will pay on Friday" and I meant it', 'I said "I will pay on Friday" and I meant it'),
    ],
)  # fmt: skip
def test_the_offices_message_quoted_inside_a_sentence_is_cut(text: str, kept: str) -> None:
    assert clean(text).text == kept
