"""Every table, imported in one place for Alembic and for `Base.metadata`."""

from amiable.agent.models import HumanTask, PaymentPlan, Promise
from amiable.channels.models import DeliveryEvent, InboundMessage, OutboundMessage
from amiable.core.db import Base
from amiable.core.jobs import Job
from amiable.ledger.models import InterestRate, LedgerEntry
from amiable.payments.models import (
    BankImport,
    BankLine,
    PaymentCheckout,
    Payover,
    PayoverItem,
    Receipt,
    WebhookEvent,
)
from amiable.playbooks.models import ScheduledAction, TenantPlaybook
from amiable.portfolio.models import (
    ApiKey,
    Case,
    CaseEvent,
    Claim,
    ColumnMapping,
    ContactPoint,
    Creditor,
    Debtor,
    Mandate,
    Tenant,
)

__all__ = [
    "ApiKey",
    "BankImport",
    "BankLine",
    "Base",
    "Case",
    "CaseEvent",
    "Claim",
    "ColumnMapping",
    "ContactPoint",
    "Creditor",
    "Debtor",
    "DeliveryEvent",
    "HumanTask",
    "InboundMessage",
    "InterestRate",
    "Job",
    "LedgerEntry",
    "Mandate",
    "OutboundMessage",
    "PaymentCheckout",
    "PaymentPlan",
    "Payover",
    "PayoverItem",
    "Promise",
    "Receipt",
    "ScheduledAction",
    "Tenant",
    "TenantPlaybook",
    "WebhookEvent",
]
