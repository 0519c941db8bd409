"""Providers' webhooks: SMS receipts and replies, inbound e-mail, payments.

    POST /webhooks/{tenant}/sms/{provider}/status     a delivery receipt
    POST /webhooks/{tenant}/sms/{provider}/inbound    a debtor's SMS (GET too: OVH calls so)
    POST /webhooks/{tenant}/email/inbound             an e-mail, signed (X-Amiable-Signature)
    POST /webhooks/{tenant}/payments/stripe           Stripe's events (Stripe-Signature)

No API key here: each request is authenticated by the provider's own signature (Twilio's
X-Twilio-Signature, our HMAC for e-mail) or, for providers that sign nothing (OVH), by a
secret token in the callback URL. A forged or garbled request is refused with 403/400
and a reason, and nothing is recorded; one delivered twice is recorded once (200 both
times, so that the provider stops retrying).
"""

from __future__ import annotations

import base64
import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select

from amiable.channels.config import ChannelConfig, ChannelConfigError, channels_from, secret
from amiable.channels.email.webhook import WebhookRejected as MailRejected
from amiable.channels.email.webhook import verify_and_parse
from amiable.channels.intake import email_intake, sms_intake, sms_receipt
from amiable.channels.sms.gateway import SmsGateway
from amiable.channels.sms.gateway import WebhookRejected as SmsRejected
from amiable.core.bootstrap import App
from amiable.payments.online import provider_event_apply
from amiable.payments.stripe import WebhookRejected as StripeRejected
from amiable.payments.stripe import read_webhook
from amiable.portfolio.models import Tenant

router = APIRouter(prefix="/webhooks", tags=["webhooks"])

MAX_BODY = 30 * 2**20
"""The largest body read (an e-mail of 25 MB, base64, in JSON)."""


def _refused(status: int, code: str, reason: str) -> JSONResponse:
    return JSONResponse(
        status_code=status, content={"error": {"code": code, "message": reason, "details": {}}}
    )


async def _body(request: Request) -> bytes | None:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            return None
    return body


def _tenant(application: App, slug: str) -> tuple[int, ChannelConfig] | None:
    with application.database.read() as session:
        tenant = session.scalars(select(Tenant).where(Tenant.slug == slug)).first()
        if tenant is None:
            return None
        return tenant.id, ChannelConfig.of(tenant.channels)


def _gateway(application: App, config: ChannelConfig, provider: str) -> SmsGateway | None:
    if config.sms is None or config.sms.provider != provider:
        return None
    return channels_from(config, application.environ, clock=application.clock).sms


# One operation per method: a route serving both would publish the same operation ID twice
# in the OpenAPI schema.
@router.post("/{tenant}/sms/{provider}/{kind}", operation_id="sms_webhook_post")
@router.get("/{tenant}/sms/{provider}/{kind}", operation_id="sms_webhook_get")
async def sms_webhook(tenant: str, provider: str, kind: str, request: Request) -> JSONResponse:
    application: App = request.app.state.amiable
    if kind not in ("status", "inbound"):
        return _refused(404, "not_found", f"no SMS webhook {kind!r}")
    found = _tenant(application, tenant)
    if found is None:
        return _refused(404, "not_found", f"no tenant {tenant!r}")
    tenant_id, config = found
    try:
        gateway = _gateway(application, config, provider)
    except ChannelConfigError as error:
        return _refused(503, "not_configured", str(error))
    if gateway is None:
        return _refused(404, "not_configured", f"SMS provider {provider!r} is not configured")
    body = await _body(request)
    if body is None:
        return _refused(413, "too_large", f"the body exceeds {MAX_BODY} bytes")
    url = str(request.url)
    headers = dict(request.headers)
    now = application.clock.now()
    try:
        if kind == "status":
            update = gateway.parse_status_callback(url=url, headers=headers, body=body)
            recorded = sms_receipt(application.database, update, tenant_id=tenant_id, now=now)
            return JSONResponse({"recorded": recorded})
        inbound = gateway.parse_inbound(url=url, headers=headers, body=body)
    except SmsRejected as error:
        return _refused(403, "rejected", error.reason)
    intake = sms_intake(application.database, inbound, tenant_id=tenant_id, now=now)
    return JSONResponse(_described(intake))


@router.post("/{tenant}/email/inbound")
async def email_webhook(tenant: str, request: Request) -> JSONResponse:
    application: App = request.app.state.amiable
    found = _tenant(application, tenant)
    if found is None:
        return _refused(404, "not_found", f"no tenant {tenant!r}")
    tenant_id, config = found
    if config.email is None or not config.inbound.webhook_secret_env:
        return _refused(404, "not_configured", "inbound e-mail is not configured")
    try:
        webhook_secret = secret(config.inbound.webhook_secret_env, application.environ)
        token_secret = secret(config.email.token_secret_env, application.environ)
    except ChannelConfigError as error:
        return _refused(503, "not_configured", str(error))
    body = await _body(request)
    if body is None:
        return _refused(413, "too_large", f"the body exceeds {MAX_BODY} bytes")
    now = application.clock.now()
    try:
        mail = verify_and_parse(
            body=body, headers=dict(request.headers), secret=webhook_secret.encode(), now=now
        )
    except MailRejected as error:
        return _refused(403 if "signature" in error.reason else 400, "rejected", error.reason)
    payload: dict[str, Any] = json.loads(body)
    raw = base64.b64decode(payload["raw"])
    intake = email_intake(
        application.database,
        raw,
        tenant_id=tenant_id,
        token_secret=token_secret.encode(),
        now=now,
        provider="webhook",
        envelope_recipient=mail.recipient or None,
    )
    return JSONResponse(_described(intake))


def _described(intake: Any) -> dict[str, Any]:
    return {
        "inbound_id": intake.inbound_id,
        "case_id": intake.case_id,
        "status": intake.status,
        "reason": intake.reason,
        "duplicate": intake.duplicate,
    }


@router.post("/{tenant}/payments/stripe")
async def stripe_webhook(tenant: str, request: Request) -> JSONResponse:
    """Stripe's events, verified on the raw body (Stripe-Signature, with a timestamp
    tolerance both ways), applied once per event id."""
    application: App = request.app.state.amiable
    found = _tenant(application, tenant)
    if found is None:
        return _refused(404, "not_found", f"no tenant {tenant!r}")
    tenant_id, config = found
    if config.payments is None or config.payments.provider != "stripe":
        return _refused(404, "not_configured", "Stripe is not configured")
    try:
        webhook_secret = secret(config.payments.webhook_secret_env, application.environ)
    except ChannelConfigError as error:
        return _refused(503, "not_configured", str(error))
    body = await _body(request)
    if body is None:
        return _refused(413, "too_large", f"the body exceeds {MAX_BODY} bytes")
    now = application.clock.now()
    try:
        event = read_webhook(body, request.headers.get("stripe-signature"), webhook_secret,
                             tolerance=config.payments.webhook_tolerance_seconds, now=now)  # fmt: skip
    except StripeRejected as error:
        return _refused(400, "rejected", error.reason)
    with application.database.write() as session:
        outcome = provider_event_apply(session, tenant_id=tenant_id, event=event, now=now)
    return JSONResponse({"event": event.event_id, "outcome": outcome})
