"""A tenant's channel settings, and the adapters built from them.

Stored as JSON on the tenant (`tenant.channels`), checked here. Secrets are never stored:
the settings name the environment variable that holds each one (`password_env`), so the
database and its backups carry no password, token or key.

    {
      "email": {"smtp_host": "smtp.example.fr", "smtp_port": 587, "security": "starttls",
                "username": "relay-user", "password_env": "AMIABLE_SMTP_PASSWORD",
                "sender_name": "Alcyon Gestion — Recouvrement",
                "sender_address": "recouvrement@alcyon.example",
                "reply_mailbox": "reponse@alcyon.example", "domain": "alcyon.example",
                "token_secret_env": "AMIABLE_REPLY_TOKEN_SECRET"},
      "sms": {"provider": "twilio", "account_sid": "AC…", "auth_token_env": "AMIABLE_TWILIO_TOKEN",
              "from_number": "+33…", "status_callback_url": "https://…/webhooks/…"},
      "inbound": {"webhook_secret_env": "AMIABLE_INBOUND_SECRET",
                  "imap": {"host": "imap.example.fr", "port": 993, "security": "tls",
                           "username": "reponse@alcyon.example", "password_env": "…"}},
      "letters": {"registered_templates": ["formal_reminder"]},
      "payments": {"provider": "stripe", "api_key_env": "AMIABLE_STRIPE_KEY",
                   "webhook_secret_env": "AMIABLE_STRIPE_WEBHOOK_SECRET"}
    }
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from amiable.channels.email.compose import Sender
from amiable.channels.email.transport import EmailTransport, SmtpTransport
from amiable.channels.sms.gateway import SmsGateway
from amiable.channels.sms.ovh import OvhSmsGateway
from amiable.channels.sms.twilio import TwilioGateway
from amiable.core.clock import Clock


class ChannelConfigError(ValueError):
    """The settings are incomplete or wrong, or a secret they name is not set."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CreditorSender(_Strict):
    """A creditor's own identity on the messages sent for it (a credit department
    writing in its company's name): its display name, and its address when the relay
    may send from that domain."""

    sender_name: str
    sender_address: str | None = None


class EmailSettings(_Strict):
    smtp_host: str
    smtp_port: int = Field(587, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = None
    sender_name: str
    sender_address: str
    reply_mailbox: str
    domain: str
    token_secret_env: str
    creditors: dict[str, CreditorSender] = Field(default_factory=dict)
    """Per creditor reference, the identity to send under instead of the tenant's."""


class SmsSettings(_Strict):
    provider: Literal["twilio", "ovh"]
    sender: str = ""
    status_callback_url: str | None = None
    base_url: str | None = None
    # Twilio
    account_sid: str | None = None
    auth_token_env: str | None = None
    from_number: str | None = None
    messaging_service_sid: str | None = None
    # OVHcloud
    application_key: str | None = None
    application_secret_env: str | None = None
    consumer_key_env: str | None = None
    service_name: str | None = None
    callback_secret_env: str | None = None


class ImapSettings(_Strict):
    host: str
    port: int = Field(993, ge=1, le=65535)
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str
    password_env: str
    folder: str = "INBOX"


class InboundSettings(_Strict):
    webhook_secret_env: str | None = None
    imap: ImapSettings | None = None


class LetterSettings(_Strict):
    registered_templates: tuple[str, ...] = ("formal_reminder",)
    """Letters sent registered with proof of delivery (LRAR): a formal notice is."""


class PaymentSettings(_Strict):
    """The online payment provider of the debtor page (bank transfers need none)."""

    provider: Literal["stripe"]
    api_key_env: str
    webhook_secret_env: str
    api_base: str | None = None  # Stripe's by default; a local fake in tests
    payment_methods: tuple[str, ...] | None = None  # e.g. ("card", "sepa_debit")
    webhook_tolerance_seconds: int = Field(300, ge=30, le=3600)


class ChannelConfig(_Strict):
    email: EmailSettings | None = None
    sms: SmsSettings | None = None
    inbound: InboundSettings = InboundSettings()
    letters: LetterSettings = LetterSettings()
    payments: PaymentSettings | None = None

    @classmethod
    def of(cls, stored: Mapping[str, Any] | None) -> ChannelConfig:
        try:
            return cls.model_validate(stored or {})
        except ValidationError as error:
            problems = "; ".join(
                f"{'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}"
                for problem in error.errors()
            )
            raise ChannelConfigError(f"channel settings refused: {problems}") from None


def secret(name: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The value of the environment variable a setting names; refused when unset."""
    environ = os.environ if environ is None else environ
    if not name:
        raise ChannelConfigError("a secret's environment variable is not named")
    value = environ.get(name)
    if not value:
        raise ChannelConfigError(f"the environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class EmailChannel:
    """The e-mail port of a tenant: where mail goes, under which identity, and the key
    that signs the reply tokens threading answers back."""

    transport: EmailTransport
    sender: Sender
    token_secret: bytes
    by_creditor: Mapping[str, Sender] = field(default_factory=dict)

    def sender_for(self, creditor: str | None) -> Sender:
        """The identity of the tenant, or of the creditor when it has its own."""
        return self.by_creditor.get(creditor or "", self.sender)


@dataclass(frozen=True)
class Channels:
    """The ports one tenant's messages go through (None: channel not configured)."""

    email: EmailChannel | None = None
    sms: SmsGateway | None = None
    sms_sender: str = ""
    registered_templates: tuple[str, ...] = ("formal_reminder",)


def channels_from(
    config: ChannelConfig,
    environ: Mapping[str, str] | None = None,
    http: httpx.Client | None = None,
    clock: Clock | None = None,
) -> Channels:
    """Build the adapters the settings describe; `clock` dates what providers send
    undated (a Twilio reply carries no time: it is received now)."""
    email = None
    if config.email is not None:
        settings = config.email
        password = secret(settings.password_env, environ) if settings.username else None
        email = EmailChannel(
            transport=SmtpTransport(
                settings.smtp_host,
                settings.smtp_port,
                settings.security,
                username=settings.username,
                password=password,
            ),
            sender=Sender(
                name=settings.sender_name,
                address=settings.sender_address,
                reply_mailbox=settings.reply_mailbox,
                domain=settings.domain,
            ),
            token_secret=secret(settings.token_secret_env, environ).encode(),
            by_creditor={
                reference: Sender(
                    name=own.sender_name,
                    address=own.sender_address or settings.sender_address,
                    reply_mailbox=settings.reply_mailbox,
                    domain=settings.domain,
                )
                for reference, own in settings.creditors.items()
            },
        )
    sms: SmsGateway | None = None
    if config.sms is not None:
        sms = _sms_gateway(config.sms, environ, http, clock)
    return Channels(
        email=email,
        sms=sms,
        sms_sender=config.sms.sender if config.sms else "",
        registered_templates=config.letters.registered_templates,
    )


def _sms_gateway(
    settings: SmsSettings,
    environ: Mapping[str, str] | None,
    http: httpx.Client | None,
    clock: Clock | None,
) -> SmsGateway:
    try:
        if settings.provider == "twilio":
            return TwilioGateway(
                account_sid=settings.account_sid or "",
                auth_token=secret(settings.auth_token_env, environ),
                from_number=settings.from_number,
                messaging_service_sid=settings.messaging_service_sid,
                status_callback_url=settings.status_callback_url,
                client=http,
                base_url=settings.base_url or "https://api.twilio.com",
                clock=clock,
            )
        return OvhSmsGateway(
            application_key=settings.application_key or "",
            application_secret=secret(settings.application_secret_env, environ),
            consumer_key=secret(settings.consumer_key_env, environ),
            service_name=settings.service_name or "",
            sender=settings.sender or None,
            callback_secret=secret(settings.callback_secret_env, environ),
            client=http,
            endpoint=settings.base_url or "https://eu.api.ovh.com/1.0",
            clock=clock,
        )
    except ValueError as error:
        if isinstance(error, ChannelConfigError):
            raise
        raise ChannelConfigError(f"sms settings refused: {error}") from error
