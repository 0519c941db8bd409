"""Case events: append-only, typed, each saying why it happened.

One small factory per type returns the row to insert, so bulk writers (imports)
and single actions write the same shape. `reason` names the rule, step, file row
or reading behind the event — what the office reads when it asks "why?".
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from amiable.core.choices import Choice


class EventType(Choice):
    CASE_OPENED = "case_opened", "Dossier ouvert", "Case opened", "blue"
    CLAIM_ADDED = "claim_added", "Créance ajoutée", "Claim added", "blue"
    CLAIM_UPDATED = "claim_updated", "Créance modifiée", "Claim updated", "grey"
    DEBTOR_UPDATED = "debtor_updated", "Débiteur modifié", "Debtor updated", "grey"
    CONTACT_POINT_ADDED = "contact_point_added", "Coordonnée ajoutée", "Contact point added"
    LEDGER_ENTRY_POSTED = "ledger_entry_posted", "Écriture passée", "Ledger entry posted"
    STATUS_CHANGED = "status_changed", "Statut modifié", "Status changed", "purple"
    MESSAGE_QUEUED = "message_queued", "Message mis en file d'envoi", "Message queued", "blue"
    ACTION_DEFERRED = "action_deferred", "Action reportée", "Action deferred", "grey"
    ACTION_BLOCKED = "action_blocked", "Action bloquée", "Action blocked", "red"
    ACTION_SKIPPED = "action_skipped", "Étape sautée", "Step skipped", "grey"
    MESSAGE_SENT = "message_sent", "Message envoyé", "Message sent", "blue"
    MESSAGE_FAILED = "message_failed", "Message non remis", "Message not delivered", "red"
    REPLY_RECEIVED = "reply_received", "Réponse reçue", "Reply received", "cyan"
    CONTACT_POINT_INVALIDATED = (
        "contact_point_invalidated",
        "Coordonnée invalidée",
        "Contact point invalidated",
        "orange",
    )
    CHANNEL_OPTED_OUT = "channel_opted_out", "Opposition sur un canal", "Channel opted out", "red"
    CALL_OUTCOME_RECORDED = "call_outcome_recorded", "Appel traité", "Call outcome recorded", "blue"
    # Money and commitments (payments, agent): what the debtor paid, and what it kept.
    PAYMENT_RECEIVED = "payment_received", "Paiement reçu", "Payment received", "green"
    PROMISE_KEPT = "promise_kept", "Promesse tenue", "Promise kept", "green"
    PROMISE_PARTLY_KEPT = (
        "promise_partly_kept",
        "Promesse partiellement tenue",
        "Promise partly kept",
        "orange",
    )
    PROMISE_BROKEN = "promise_broken", "Promesse non tenue", "Promise broken", "red"
    PLAN_COMPLETED = "plan_completed", "Échéancier terminé", "Payment plan completed", "green"
    PLAN_BROKEN = "plan_broken", "Échéancier rompu", "Payment plan broken", "red"
    PAYMENT_REVERSED = "payment_reversed", "Paiement annulé", "Payment reversed", "red"
    RECEIPT_ISSUED = "receipt_issued", "Quittance délivrée", "Receipt issued", "green"


def event(
    event_type: Choice,
    *,
    tenant_id: int,
    case_id: int,
    at: datetime,
    actor: str,
    reason: str,
    **data: Any,
) -> dict[str, Any]:
    return {
        "tenant_id": tenant_id,
        "case_id": case_id,
        "type": event_type.value,
        "occurred_at": at,
        "actor": actor,
        "reason": reason[:300],
        "data": _jsonable(data),
    }


def case_opened(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.CASE_OPENED, **kwargs)


def claim_added(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.CLAIM_ADDED, **kwargs)


def claim_updated(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.CLAIM_UPDATED, **kwargs)


def debtor_updated(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.DEBTOR_UPDATED, **kwargs)


def ledger_entry_posted(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.LEDGER_ENTRY_POSTED, **kwargs)


def message_queued(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.MESSAGE_QUEUED, **kwargs)


def action_deferred(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.ACTION_DEFERRED, **kwargs)


def action_blocked(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.ACTION_BLOCKED, **kwargs)


def action_skipped(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.ACTION_SKIPPED, **kwargs)


def message_sent(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.MESSAGE_SENT, **kwargs)


def message_failed(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.MESSAGE_FAILED, **kwargs)


def reply_received(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.REPLY_RECEIVED, **kwargs)


def contact_point_invalidated(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.CONTACT_POINT_INVALIDATED, **kwargs)


def channel_opted_out(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.CHANNEL_OPTED_OUT, **kwargs)


def call_outcome_recorded(**kwargs: Any) -> dict[str, Any]:
    return event(EventType.CALL_OUTCOME_RECORDED, **kwargs)


_PLAIN = frozenset({str, int, bool})


def _jsonable(value: Any) -> Any:
    """Event data is JSON: dates as ISO text, amounts as decimal strings."""
    if value is None or type(value) in _PLAIN:
        return value
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
