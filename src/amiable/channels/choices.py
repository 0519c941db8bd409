"""The channels' vocabularies: where an outbound message stands, what a call gave."""

from __future__ import annotations

from amiable.core.choices import Choice


class MessageStatus(Choice):
    """Where an outbound message stands. Providers' own statuses are mapped to these;
    one that cannot be mapped is kept in the delivery event, never stored here."""

    QUEUED = "queued", "En file d'envoi", "Queued", "grey"
    SENDING = "sending", "En cours d'envoi", "Sending", "blue"
    SENT = "sent", "Envoyé", "Sent", "blue"
    DELIVERED = "delivered", "Remis", "Delivered", "green"
    OPENED = "opened", "Ouvert", "Opened", "green"
    FAILED = "failed", "Échec", "Failed", "red"
    BOUNCED = "bounced", "Rejeté (adresse invalide)", "Bounced", "red"
    DEAD = "dead", "Abandonné après plusieurs essais", "Given up after retries", "red"
    DONE = "done", "Traité (appel)", "Done (call)", "green"


PROGRESS = {
    MessageStatus.QUEUED: 0,
    MessageStatus.SENDING: 1,
    MessageStatus.SENT: 2,
    MessageStatus.DELIVERED: 3,
    MessageStatus.OPENED: 4,
    MessageStatus.FAILED: 5,
    MessageStatus.BOUNCED: 5,
    MessageStatus.DEAD: 5,
    MessageStatus.DONE: 5,
}
"""A receipt never moves a message backwards: "delivered" after "opened" (receipts
arrive out of order) keeps "opened"; a failure is final."""


class CallOutcome(Choice):
    """What a call gave. Those that carry the debtor's words feed the same actions as a
    written reply (they are read as one); the others are facts about the line."""

    REACHED = "reached", "Joint", "Reached", "green"
    VOICEMAIL = "voicemail", "Messagerie", "Voicemail", "grey"
    NO_ANSWER = "no_answer", "Pas de réponse", "No answer", "grey"
    WRONG_NUMBER = "wrong_number", "Faux numéro", "Wrong number", "red"
    PROMISE = "promise", "Promesse de paiement", "Promise to pay", "cyan"
    PLAN_REQUEST = "plan_request", "Demande d'échéancier", "Asks for a payment plan", "cyan"
    DISPUTE = "dispute", "Contestation", "Dispute", "orange"
    HARDSHIP = "hardship", "Difficultés", "Hardship", "orange"
    ALREADY_PAID = "already_paid", "Dit avoir payé", "Says already paid", "green"
    STOP = "stop", "Demande l'arrêt des appels", "Asks not to be called", "red"
    CALL_BACK = "call_back", "À rappeler", "Call back", "blue"
