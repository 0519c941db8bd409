"""Vocabularies of the portfolio: debtors, contact points, cases, claims, mandates."""

from __future__ import annotations

from amiable.core.choices import Choice


class CollectorType(Choice):
    AGENCY = "agency", "Société de recouvrement", "Collection agency"
    COMMISSAIRE = "commissaire", "Commissaire de justice", "Commissaire de justice (bailiff)"
    IN_HOUSE = "in_house", "Service crédit interne", "In-house credit department"


class ContactKind(Choice):
    EMAIL = "email", "E-mail", "E-mail"
    PHONE = "phone", "Téléphone", "Phone"
    POSTAL = "postal", "Adresse postale", "Postal address"


class ContactStatus(Choice):
    """Whether a contact point may be used. Only `valid` ones are ever contacted."""

    VALID = "valid", "Valide", "Valid", "green"
    BOUNCED = "bounced", "En échec (rebond)", "Bounced", "orange"
    OPTED_OUT = "opted_out", "Opposition du débiteur", "Opted out", "red"
    WRONG_PERSON = "wrong_person", "Mauvaise personne", "Wrong person", "red"


class Consent(Choice):
    """Consent to be contacted on a channel (needed for some channels, recorded for all)."""

    UNKNOWN = "unknown", "Non renseigné", "Unknown", "grey"
    GIVEN = "given", "Donné", "Given", "green"
    WITHDRAWN = "withdrawn", "Retiré", "Withdrawn", "red"


class CaseStatus(Choice):
    """Where a case stands. The side states stop every scheduled contact."""

    NEW = "new", "Nouveau", "New", "grey"
    ACTIVE = "active", "En cours", "Active", "blue"
    PROMISED = "promised", "Promesse de paiement", "Promise to pay", "cyan"
    ON_PLAN = "on_plan", "Échéancier en cours", "On a payment plan", "cyan"
    PAID = "paid", "Soldé", "Paid", "green"
    CLOSED = "closed", "Clôturé", "Closed", "grey"
    DISPUTED = "disputed", "Contesté", "Disputed", "orange"
    HARDSHIP_HOLD = "hardship_hold", "Difficultés : suspendu", "Hardship hold", "orange"
    LEGAL_STOP = "legal_stop", "Arrêt légal", "Legal stop", "red"
    ESCALATED = "escalated", "À traiter par un humain", "Escalated to a human", "purple"
    HANDED_OVER = "handed_over", "Transmis au judiciaire", "Handed over to court recovery", "red"

    @property
    def stops_chasing(self) -> bool:
        return self in _NO_CONTACT


_NO_CONTACT = frozenset(
    {
        CaseStatus.PAID,
        CaseStatus.CLOSED,
        CaseStatus.DISPUTED,
        CaseStatus.HARDSHIP_HOLD,
        CaseStatus.LEGAL_STOP,
        CaseStatus.ESCALATED,
        CaseStatus.HANDED_OVER,
    }
)


class ClaimStatus(Choice):
    OPEN = "open", "Ouverte", "Open", "blue"
    SETTLED = "settled", "Réglée", "Settled", "green"
    CANCELLED = "cancelled", "Annulée", "Cancelled", "grey"


class FeeBasis(Choice):
    """How the agency is paid under the mandate (never charged to a consumer debtor)."""

    PERCENT_OF_COLLECTED = (
        "percent_of_collected",
        "Pourcentage des sommes encaissées",
        "Percentage of amounts collected",
    )
    FLAT_PER_CASE = "flat_per_case", "Forfait par dossier", "Flat fee per case"


class JobStatus(Choice):
    QUEUED = "queued", "En attente", "Queued", "grey"
    RUNNING = "running", "En cours", "Running", "blue"
    SUCCEEDED = "succeeded", "Terminé", "Succeeded", "green"
    PARTIAL = "partial", "Terminé avec rejets", "Finished with rejects", "orange"
    FAILED = "failed", "Échec", "Failed", "red"
