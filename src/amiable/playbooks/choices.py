"""Vocabularies of the playbooks: channels of a step, tones, conditions, anchors."""

from __future__ import annotations

from amiable.core.choices import Choice


class StepChannel(Choice):
    EMAIL = "email", "E-mail", "E-mail", "blue"
    SMS = "sms", "SMS", "SMS", "blue"
    LETTER = "letter", "Courrier", "Letter", "blue"
    CALL = "call", "Appel (tâche pour un humain)", "Call (task for a person)", "purple"


class Tone(Choice):
    """How firm a message is. Never threatening, whatever the tone (compliance.md §1.2)."""

    PREVENTIF = "preventif", "Préventif", "Preventive", "green"
    CORDIAL = "cordial", "Cordial", "Cordial", "blue"
    FERME = "ferme", "Ferme", "Firm", "orange"


class Anchor(Choice):
    """What a step's delay counts from."""

    PLACEMENT = "placement", "Date de prise en charge", "Placement date", "grey"
    DUE_DATE = "due_date", "Échéance de la créance", "Claim due date", "grey"
    PREVIOUS = "previous", "Étape précédente", "Previous step", "grey"


class Condition(Choice):
    """What must hold for a step to run; a step whose condition fails is skipped."""

    NO_REPLY = (
        "no_reply",
        "Pas de réponse depuis l'étape précédente",
        "No reply since the previous step",
        "grey",
    )
    NOT_DUE_YET = "not_due_yet", "Créance pas encore échue", "Claim not yet due", "grey"
    OVERDUE = "overdue", "Créance échue", "Claim overdue", "grey"
    HAS_EMAIL = "has_email", "Adresse e-mail valide", "Valid e-mail address", "grey"
    HAS_MOBILE = "has_mobile", "Mobile valide", "Valid mobile number", "grey"
    HAS_PHONE = "has_phone", "Téléphone valide", "Valid phone number", "grey"
    HAS_ADDRESS = "has_address", "Adresse postale", "Postal address", "grey"


class DebtorSegment(Choice):
    CONSUMER = "consumer", "Particulier", "Consumer", "grey"
    BUSINESS = "business", "Professionnel", "Business", "grey"
    ANY = "any", "Tous", "Any", "grey"
