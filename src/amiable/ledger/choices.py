"""Ledger vocabularies: what an entry is, which part of a claim it touches, what kind of claim.

Every value is stored as-is (they are `StrEnum`s) and has a French and an English label
for the UI: `EntryKind.FEE.label("fr") == "Frais"`. Other modules import these names;
renaming a value is a data migration.
"""

from __future__ import annotations

from enum import StrEnum


class _Vocabulary(StrEnum):
    """A `StrEnum` whose members carry an FR/EN label."""

    def label(self, lang: str = "fr") -> str:
        """The label in `lang` ("fr" or "en"); English for any other language."""
        french, english = _LABELS[type(self).__name__][self.value]
        return french if lang == "fr" else english

    @classmethod
    def choices(cls, lang: str = "fr") -> list[tuple[str, str]]:
        """(value, label) pairs in declaration order, for forms and filters."""
        return [(member.value, member.label(lang)) for member in cls]


class EntryKind(_Vocabulary):
    """What a ledger entry records."""

    PRINCIPAL = "principal"  # the amount of the claim, one entry per claim at import
    INTEREST = "interest"  # interest posted by hand, on top of what the calculator computes
    INDEMNITY = "indemnity"  # an indemnity posted by hand (the €40 is computed, not posted)
    FEE = "fee"  # a fee posted on the claim (never toward a consumer: L111-8 CPCE)
    PAYMENT = "payment"  # money received from the debtor
    ADJUSTMENT = "adjustment"  # a signed correction of one component (credit note, waiver…)
    # A payment undone (a returned direct debit, a chargeback, a refund): it names the
    # payment, which the ledger then reads as never received, from the reversal's date.
    REVERSAL = "reversal"


class Component(_Vocabulary):
    """The parts a claim is itemised into (R124-4 CPCE: principal, interest, accessories)."""

    PRINCIPAL = "principal"
    INTEREST = "interest"
    INDEMNITY = "indemnity"
    FEE = "fee"


class ClaimNature(_Vocabulary):
    """Where the claim comes from; decides the interest regime and the limitation period."""

    B2B_INVOICE = "b2b_invoice"  # invoice between professionals (C. com. L441-10)
    B2C_SALE = "b2c_sale"  # goods or services sold by a professional to a consumer
    CONSUMER_CREDIT = "consumer_credit"  # consumer loan (C. consom. L312-1 ff.)
    OTHER = "other"  # anything else (C2C, non-professional creditor…)


class DebtorType(_Vocabulary):
    """Who owes: a consumer (natural person outside their trade) or a business."""

    CONSUMER = "consumer"
    BUSINESS = "business"


class VerificationStatus(_Vocabulary):
    """How far a legal number was checked (the [V] / [V2] / unverified tags of compliance.md)."""

    VERIFIED = "verified"  # [V]: seen in a primary text (JORF arrêté, Légifrance, ECB)
    SECONDARY = "secondary"  # [V2]: confirmed only by a secondary source
    UNVERIFIED = "unverified"  # from memory or not found: to be checked before relying on it


class LegalRateCategory(_Vocabulary):
    """The two legal interest rates of CMF L313-2, chosen by the *creditor's* quality."""

    NATURAL_PERSON = "natural_person"  # creditor is a natural person not acting professionally
    OTHER = "other"  # all other cases, e.g. a company collecting from anyone


# Keyed by class name, then value: StrEnum members of different vocabularies compare
# equal when their values match ("principal"), so they cannot share one dictionary.
_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "EntryKind": {
        "principal": ("Principal", "Principal"),
        "interest": ("Intérêts", "Interest"),
        "indemnity": ("Indemnité", "Indemnity"),
        "fee": ("Frais", "Fee"),
        "payment": ("Paiement", "Payment"),
        "adjustment": ("Régularisation", "Adjustment"),
        "reversal": ("Paiement annulé", "Payment reversed"),
    },
    "Component": {
        "principal": ("Principal", "Principal"),
        "interest": ("Intérêts", "Interest"),
        "indemnity": ("Indemnité forfaitaire", "Fixed indemnity"),
        "fee": ("Frais", "Fees"),
    },
    "ClaimNature": {
        "b2b_invoice": ("Facture entre professionnels", "Business invoice"),
        "b2c_sale": ("Vente à un consommateur", "Consumer sale"),
        "consumer_credit": ("Crédit à la consommation", "Consumer credit"),
        "other": ("Autre créance", "Other claim"),
    },
    "DebtorType": {
        "consumer": ("Consommateur", "Consumer"),
        "business": ("Professionnel", "Business"),
    },
    "VerificationStatus": {
        "verified": ("Vérifié (texte officiel)", "Verified (primary text)"),
        "secondary": ("Source secondaire", "Secondary source"),
        "unverified": ("Non vérifié", "Unverified"),
    },
    "LegalRateCategory": {
        "natural_person": (
            "Créancier personne physique n'agissant pas pour des besoins professionnels",
            "Creditor is a natural person not acting professionally",
        ),
        "other": ("Tous les autres cas", "All other cases"),
    },
}
