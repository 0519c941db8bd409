"""Language from a handful of words, and normalised spelling."""

from __future__ import annotations

import pytest

from amiable.nlu.language import detect_language
from amiable.nlu.normalize import fold, normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok merci", "fr"),
        ("will pay tomorrow", "en"),
        ("g pa pu payé", "fr"),
        ("cant pay till payday", "en"),
        ("Bonjour, vous pouvez me rappeler ?", "fr"),
        ("Is there anyone I can talk to?", "en"),
        ("c pas moi", "fr"),
        ("stop texting me", "en"),
    ],
)
def test_short_messages_are_told_apart(text: str, expected: str) -> None:
    assert detect_language(text)[0] == expected


def test_the_hint_decides_when_the_words_do_not() -> None:
    assert detect_language("👍", hint="en")[0] == "en"
    assert detect_language("STOP", hint="fr")[0] == "fr"
    # ... but not against clear words.
    assert detect_language("je paierai demain", hint="en")[0] == "fr"


def test_fold_removes_case_accents_and_typographic_quotes() -> None:
    assert fold("J’AI DÉJÀ RÉGLÉ œuvre") == "j'ai deja regle oeuvre"


def test_fold_keeps_what_is_not_a_mark_and_lowers_compatibility_capitals() -> None:
    # Marks go wherever they are; signs, emoji and letters of other scripts stay.
    assert fold("Ça coûte 50 € 😡 Ω") == "ca coute 50 € 😡 ω"
    assert fold("x\u0301y\u0302\u0303") == "xy"
    # A compatibility form may decompose to capitals or to several letters.
    assert fold("Chapitre Ⅻ, ﬁn") == "chapitre xii, fin"
    assert fold("plain ascii, NO MARK") == "plain ascii, no mark"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("g pa pu payé", "j ai pas pu paye"),
        ("jpeu payer dem1 stp", "je peux payer demain s il te plait"),
        ("J'ai déjà réglé", "j ai deja regle"),
        ("I'm ill, can't pay", "i am ill , cannot pay"),
        ("STOOOOP", "stoop"),
        ("150,50 €", "150,50 €"),
        # An elided "c'" stays with its verb; only a lone SMS "c" is "c'est".
        ("c'était possible, c pas moi", "c etait possible , c est pas moi"),
        # SMS "sa" is "ça" before a verb; "sa mère", "sa nouvelle adresse" stay.
        ("sa fait 3 mois, sa va pas", "ca fait 3 mois , ca va pas"),
        ("sa mère est décédée, sa nouvelle adresse", "sa mere est decedee , sa nouvelle adresse"),
    ],
)
def test_normalize_spells_sms_and_contractions_out(text: str, expected: str) -> None:
    assert normalize(text) == expected
