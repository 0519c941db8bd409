"""Vocabularies of the agent: what it does (one name everywhere: case events, the API,
`amiable converse`), and the states of promises, plans and the people's work queue."""

from __future__ import annotations

from amiable.core.choices import Choice


class ActionType(Choice):
    """What the agent did about a message. Each is also the case event's type."""

    PROMISE_RECORDED = "promise_recorded", "Promesse enregistrée", "Promise recorded", "cyan"
    DETAILS_REQUESTED = (
        "details_requested",
        "Précision demandée au débiteur",
        "Details asked of the debtor",
        "blue",
    )
    PLAN_OFFERED = "plan_offered", "Échéancier proposé", "Payment plan offered", "cyan"
    PLAN_ACCEPTED = "plan_accepted", "Échéancier accepté", "Payment plan accepted", "green"
    PAYMENT_LINK_SENT = "payment_link_sent", "Lien de paiement envoyé", "Payment link sent", "blue"
    PROOF_REQUESTED = "proof_requested", "Justificatif demandé", "Proof of payment asked", "blue"
    DISPUTE_OPENED = "dispute_opened", "Contestation ouverte", "Dispute opened", "orange"
    HOLD_PLACED = "hold_placed", "Relances suspendues", "Collection put on hold", "orange"
    COLLECTION_STOPPED = "collection_stopped", "Recouvrement arrêté", "Collection stopped", "red"
    CHANNEL_STOPPED = "channel_stopped", "Canal arrêté", "Channel stopped", "red"
    CONTACT_INVALIDATED = (
        "contact_invalidated",
        "Coordonnée invalidée (mauvaise personne)",
        "Contact point invalidated (wrong person)",
        "red",
    )
    INFO_SENT = "info_sent", "Informations envoyées", "Information sent", "blue"
    CALLBACK_SCHEDULED = "callback_scheduled", "Rappel programmé", "Call-back scheduled", "purple"
    ESCALATED = "escalated", "Confié à un humain", "Escalated to a person", "purple"
    CREDITOR_INFORMED = (
        "creditor_informed",
        "Proposition à transmettre au créancier (R124-5)",
        "Proposal to report to the creditor (R124-5)",
        "grey",
    )
    REPLY_QUEUED = "reply_queued", "Réponse mise en file d'envoi", "Reply queued", "blue"
    NO_REPLY = "no_reply", "Pas de réponse", "No answer sent", "grey"


class PromiseStatus(Choice):
    PENDING = "pending", "En attente", "Pending", "cyan"
    KEPT = "kept", "Tenue", "Kept", "green"
    PARTLY_KEPT = "partly_kept", "Partiellement tenue", "Partly kept", "orange"
    BROKEN = "broken", "Non tenue", "Broken", "red"
    CANCELLED = "cancelled", "Annulée", "Cancelled", "grey"


class PlanStatus(Choice):
    OFFERED = "offered", "Proposé", "Offered", "blue"
    ACCEPTED = "accepted", "En cours", "Running", "cyan"
    COMPLETED = "completed", "Terminé", "Completed", "green"
    BROKEN = "broken", "Rompu", "Broken", "red"
    EXPIRED = "expired", "Expiré", "Expired", "grey"
    SUPERSEDED = "superseded", "Remplacé", "Superseded", "grey"


class TaskKind(Choice):
    ESCALATION = "escalation", "Escalade", "Escalation", "purple"
    CALLBACK = "callback", "Rappel demandé", "Call-back", "purple"
    REVIEW = "review", "À relire", "Review", "grey"
    # A bank line or provider payment a person must place: confirm, reassign, set aside.
    PAYMENT = "payment", "Paiement à rapprocher", "Payment to reconcile", "orange"


class TaskStatus(Choice):
    OPEN = "open", "À traiter", "Open", "purple"
    DONE = "done", "Traitée", "Done", "green"
    CANCELLED = "cancelled", "Annulée", "Cancelled", "grey"
