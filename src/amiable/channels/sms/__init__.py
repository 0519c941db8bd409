"""The SMS channel's adapters: numbers, segments, the `SmsGateway` port, Twilio and OVH.

Pure adapters, no database: the outbox worker turns an `outbound_message` row into an
`SmsMessage` (its idempotency key as `reference`), calls `send`, and stores the receipt;
the webhook routes pass the raw request to `parse_status_callback` / `parse_inbound` and
run `is_stop` on every inbound text before anything else.
"""

from amiable.channels.sms.gateway import (
    DeliveryStatus,
    DeliveryUpdate,
    InboundSms,
    SmsError,
    SmsGateway,
    SmsMessage,
    SmsPermanentError,
    SmsReceipt,
    SmsTransientError,
    WebhookRejected,
    is_stop,
)
from amiable.channels.sms.numbers import InvalidNumber, inbound_e164, is_mobile, to_e164
from amiable.channels.sms.ovh import OvhSmsGateway
from amiable.channels.sms.segments import SegmentInfo, cost_estimate, gsm_safe, segment_count
from amiable.channels.sms.twilio import TwilioGateway

__all__ = [
    "DeliveryStatus",
    "DeliveryUpdate",
    "InboundSms",
    "InvalidNumber",
    "OvhSmsGateway",
    "SegmentInfo",
    "SmsError",
    "SmsGateway",
    "SmsMessage",
    "SmsPermanentError",
    "SmsReceipt",
    "SmsTransientError",
    "TwilioGateway",
    "WebhookRejected",
    "cost_estimate",
    "gsm_safe",
    "inbound_e164",
    "is_mobile",
    "is_stop",
    "segment_count",
    "to_e164",
]
