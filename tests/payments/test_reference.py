"""The case's ISO 11649 transfer reference: made, printed, read back, found in text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iso11649

from amiable.payments.reference import (
    case_id_of,
    case_ids_in_text,
    case_payment_reference,
    reference_text,
)

_CASE_IDS = st.integers(min_value=1, max_value=10**20 - 1)
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@given(_CASE_IDS)
def test_a_reference_is_valid_iso_11649_and_names_its_case_back(case_id: int) -> None:
    reference = case_payment_reference(case_id)
    assert iso11649.is_valid(reference)
    assert len(reference) <= 25  # "RF", two check digits, at most 21 characters
    assert case_id_of(reference) == case_id
    assert case_id_of(reference_text(reference).lower()) == case_id  # as printed, as typed


@given(_CASE_IDS, st.data())
def test_a_single_typo_never_names_another_case(case_id: int, data: st.DataObject) -> None:
    reference = case_payment_reference(case_id)
    position = data.draw(st.integers(min_value=2, max_value=len(reference) - 1))
    typo = data.draw(st.sampled_from(_ALPHABET).filter(lambda c: c != reference[position]))
    assert case_id_of(reference[:position] + typo + reference[position + 1 :]) is None


def test_known_values_and_what_is_not_ours() -> None:
    assert case_payment_reference(1) == "RF29A00000001"
    assert reference_text("RF29A00000001") == "RF29 A000 0000 1"
    assert case_id_of("RF18 5390 0754 7034") is None  # a valid RF reference, not amiable's
    assert case_id_of("RF29A00000000") is None  # bad check digits
    assert case_id_of("DOS-2026-0042") is None
    with pytest.raises(ValueError, match="positive"):
        case_payment_reference(0)


def test_references_are_found_in_remittance_text_however_spaced() -> None:
    first, second = case_payment_reference(4242), case_payment_reference(77)
    text = f"VIR SEPA {reference_text(first)} PAIEMENT DOSSIER ET {second.lower()} MERCI"
    assert case_ids_in_text(text) == [4242, 77]
    assert case_ids_in_text(f"{first} {first}") == [4242]
    assert case_ids_in_text("FACTURE RF99 1234 PAIEMENT") == []
