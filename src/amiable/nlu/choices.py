"""Vocabularies of the reader: the intents a message can carry and the kinds of dispute.

The order of `Intent` is the SPEC's priority order: the first intent present in a message
is its primary one, the one that decides what the agent does next.
"""

from __future__ import annotations

from amiable.core.choices import Choice


class Intent(Choice):
    DECEASED = "deceased", "Décès du débiteur", "Debtor deceased", "red"
    LEGAL_PROCEEDING = (
        "legal_proceeding",
        "Procédure collective ou surendettement",
        "Insolvency or over-indebtedness",
        "red",
    )
    WRONG_PERSON = "wrong_person", "Mauvaise personne", "Wrong person", "red"
    DISPUTE = "dispute", "Contestation", "Dispute", "orange"
    ALREADY_PAID = "already_paid", "Déjà payé", "Already paid", "green"
    STOP_CONTACT = "stop_contact", "Demande d'arrêt des relances", "Asks to stop contact", "red"
    HARDSHIP = "hardship", "Difficultés financières", "Hardship", "orange"
    PAYMENT_PLAN_REQUEST = (
        "payment_plan_request",
        "Demande d'échéancier",
        "Payment plan request",
        "cyan",
    )
    PROMISE_TO_PAY = "promise_to_pay", "Promesse de paiement", "Promise to pay", "cyan"
    PAY_NOW = "pay_now", "Veut payer maintenant", "Wants to pay now", "green"
    REQUEST_HUMAN = "request_human", "Demande un interlocuteur", "Asks for a person", "purple"
    REQUEST_INFO = "request_info", "Demande d'information", "Asks for information", "blue"
    HOSTILE = "hostile", "Hostile", "Hostile", "grey"
    AUTO_REPLY = "auto_reply", "Réponse automatique", "Automatic reply", "grey"
    ACKNOWLEDGEMENT = "acknowledgement", "Accusé de réception", "Acknowledgement", "grey"
    OTHER = "other", "Autre", "Other", "grey"


PRIORITY: tuple[Intent, ...] = tuple(Intent)
"""Intents from the most to the least decisive (SPEC: first present = primary)."""

SAFETY: frozenset[Intent] = frozenset(
    {
        Intent.DECEASED,
        Intent.LEGAL_PROCEEDING,
        Intent.WRONG_PERSON,
        Intent.DISPUTE,
        Intent.STOP_CONTACT,
        Intent.HARDSHIP,
    }
)
"""Intents that stop or hold chasing: missing one means chasing someone the law protects."""

STANDALONE: frozenset[Intent] = frozenset(
    {Intent.HOSTILE, Intent.AUTO_REPLY, Intent.ACKNOWLEDGEMENT, Intent.OTHER}
)
"""Intents that only stand alone: beside an actionable intent they add nothing."""

PAYMENT: tuple[Intent, ...] = (
    Intent.ALREADY_PAID,
    Intent.PAYMENT_PLAN_REQUEST,
    Intent.PROMISE_TO_PAY,
)
"""Intents whose entities (date, amount) are read, highest priority first."""


class DisputeType(Choice):
    AMOUNT_INCORRECT = "amount_incorrect", "Montant contesté", "Amount contested", "orange"
    GOODS_OR_SERVICES = (
        "goods_or_services",
        "Litige sur la prestation",
        "Goods or services",
        "orange",
    )
    NOT_OWED = "not_owed", "Dette non due", "Not owed", "orange"
    TIME_BARRED = "time_barred", "Prescription invoquée", "Time-barred", "orange"
    OTHER = "other", "Autre contestation", "Other dispute", "orange"


class Channel(Choice):
    EMAIL = "email", "E-mail", "E-mail"
    SMS = "sms", "SMS", "SMS"
    CHAT = "chat", "Messagerie du portail", "Portal chat"
    WHATSAPP = "whatsapp", "WhatsApp", "WhatsApp"
    LETTER = "letter", "Courrier", "Letter"
