"""Segment counts, exact: what each text costs before it is sent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from amiable.channels.sms.segments import (
    SegmentInfo,
    cost_estimate,
    gsm_safe,
    is_gsm7,
    segment_count,
)


def test_160_gsm_characters_are_one_sms_and_161_are_two() -> None:
    assert segment_count("a" * 160) == SegmentInfo("GSM-7", 160, 1)
    assert segment_count("a" * 161) == SegmentInfo("GSM-7", 161, 2)
    assert segment_count("a" * 306) == SegmentInfo("GSM-7", 306, 2)
    assert segment_count("a" * 307) == SegmentInfo("GSM-7", 307, 3)


def test_an_empty_text_is_nothing_to_send() -> None:
    assert segment_count("") == SegmentInfo("GSM-7", 0, 0)


def test_extension_characters_cost_two_septets() -> None:
    assert segment_count("€") == SegmentInfo("GSM-7", 2, 1)
    assert segment_count("[x]{y}~|^\\") == SegmentInfo("GSM-7", 18, 1)
    # 159 + 2 = 161 septets: no longer a single SMS.
    assert segment_count("a" * 158 + "€") == SegmentInfo("GSM-7", 160, 1)
    assert segment_count("a" * 159 + "€") == SegmentInfo("GSM-7", 161, 2)


def test_a_euro_sign_at_the_153_boundary_moves_whole_to_the_next_part() -> None:
    # 152 septets leave one in the first part: the escape pair cannot be split, so the
    # euro opens part two. A naive ceil(306 / 153) would say 2.
    text = "a" * 152 + "€" + "a" * 152
    assert segment_count(text) == SegmentInfo("GSM-7", 306, 3)
    # One septet earlier the pair fits in the first part.
    text = "a" * 151 + "€" + "a" * 153
    assert segment_count(text) == SegmentInfo("GSM-7", 306, 2)


def test_an_emoji_turns_the_text_to_ucs2_and_costs_two_units() -> None:
    assert segment_count("Merci 🙂") == SegmentInfo("UCS-2", 8, 1)
    assert segment_count("🙂" * 35) == SegmentInfo("UCS-2", 70, 1)
    assert segment_count("🙂" * 35 + "a") == SegmentInfo("UCS-2", 71, 2)


def test_ucs2_is_70_for_one_sms_and_67_per_part() -> None:
    assert segment_count("ê" * 70) == SegmentInfo("UCS-2", 70, 1)
    assert segment_count("ê" * 71) == SegmentInfo("UCS-2", 71, 2)
    assert segment_count("ê" * 134) == SegmentInfo("UCS-2", 134, 2)
    assert segment_count("ê" * 135) == SegmentInfo("UCS-2", 135, 3)


def test_a_surrogate_pair_is_not_split_across_parts() -> None:
    # 66 units then an emoji: it cannot straddle parts one and two.
    text = "ê" * 66 + "🙂" + "ê" * 66
    assert segment_count(text) == SegmentInfo("UCS-2", 134, 3)


def test_french_letters_follow_the_3gpp_table() -> None:
    # In the GSM default alphabet: é è à ù É and the capital Ç (position 0x09).
    assert is_gsm7("éèàùÉÇ")
    # Not in it: the small ç and the circumflex and diaeresis vowels.
    for letter in "çêâîôûëïœ":
        assert not is_gsm7(letter), letter
    assert segment_count("Votre échéance est à régler").encoding == "GSM-7"
    assert segment_count("Nous avons bien reçu").encoding == "UCS-2"
    assert segment_count("Vous êtes prié de régler").encoding == "UCS-2"


def test_a_french_reminder_with_an_e_circumflex_costs_ucs2_parts() -> None:
    text = (
        "Bonjour, votre dossier 2026-0042 reste impayé. Vous pouvez régler 120,00 € "
        "en ligne ou nous répondre ici pour convenir d'un échéancier : nous sommes prêts "
        "à vous aider."
    )
    assert len(text) == 168
    assert segment_count(text) == SegmentInfo("UCS-2", 168, 3)
    # Without the ê the same reminder is GSM-7: 171 characters, the € counting twice.
    plain = text.replace("prêts", "disposés")
    assert len(plain) == 171
    assert segment_count(plain) == SegmentInfo("GSM-7", 172, 2)


def test_cost_is_parts_times_price_in_decimal() -> None:
    assert cost_estimate("a" * 161, Decimal("0.0450")) == Decimal("0.0900")
    assert cost_estimate("", Decimal("0.0450")) == Decimal("0")
    with pytest.raises(TypeError):
        cost_estimate("a", 0.045)  # type: ignore[arg-type]


def test_gsm_safe_swaps_punctuation_only_when_that_keeps_gsm7() -> None:
    # Babel's French amount (narrow no-break space) and a typographic apostrophe.
    text = "Merci d’avoir réglé 1\u202f234,56\u00a0€ « rapidement »…"
    assert segment_count(text).encoding == "UCS-2"
    safe = gsm_safe(text)
    assert safe == 'Merci d\'avoir réglé 1 234,56 € " rapidement "...'
    assert segment_count(safe).encoding == "GSM-7"


def test_gsm_safe_never_changes_letters() -> None:
    # The ç forces UCS-2 anyway: the text comes back untouched, typography included.
    text = "Nous avons bien reçu votre paiement – merci !"
    assert gsm_safe(text) == text
    assert gsm_safe("Déjà réglé") == "Déjà réglé"


def test_gsm_safe_composes_decomposed_accents() -> None:
    decomposed = "re\u0301gle\u0301"  # "réglé" typed with combining accents
    assert segment_count(decomposed).encoding == "UCS-2"
    assert gsm_safe(decomposed) == "réglé"
    assert segment_count(gsm_safe(decomposed)).encoding == "GSM-7"
