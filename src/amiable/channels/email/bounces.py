"""Reading bounces: which address failed, how badly, and which message it was.

Two kinds of returned mail arrive at the bounce address:

* **Delivery status notifications** (RFC 3464): ``multipart/report;
  report-type=delivery-status`` with a ``message/delivery-status`` part holding one
  block of fields for the report and one per recipient (Final-Recipient, Action,
  Status, Diagnostic-Code). Postfix, Exim, Gmail, Microsoft 365 and most relays send
  these; they are read field by field.
* **Plain-text bounces** from older or odder servers ("Undelivered Mail Returned to
  Sender", qmail's "failure notice"): recognised only when they come from a mailer
  daemon (or with an empty return path) AND say so in their subject or first lines,
  then read by pattern: the failed address, the SMTP reply next to it.

An auto-reply ("Absence", "Out of office", ``Auto-Submitted: auto-replied`` from a
person) is not a bounce: `parse_bounce` returns None, and the reader sees it.

Which message bounced comes from, in order of trust: our VERP token in the address
the bounce was sent to (``bounces+<token>@domain``: the envelope recipient, or the
Delivered-To / X-Original-To / To headers a server wrote), then the token in the
returned headers' Reply-To, then the returned Message-ID. The token is only picked
here; `tokens.read_reply_token` checks its MAC.

Severity, per recipient, is about the *address*: `permanent` means "this address
will not take mail, stop e-mailing it". A failed delivery with a 5.x.x status is
permanent for the address classes (X.0 other, X.1 addressing, X.2 mailbox, X.4
routing, X.5 protocol), except a full mailbox (X.2.2: RFC 3463 calls it persistent
and transient alike). A 5.x.x about the message or about us (X.3 system, e.g. 5.3.4
too big; X.6 content; X.7 policy and reputation) says nothing about the address: it
is a soft failure, else a spam block at one provider would mark every one of its
users dead. When in doubt, soft: a wrongly hard bounce silences a good address for
ever, a wrongly soft one costs a retry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser, HeaderParser
from email.utils import getaddresses
from typing import Literal

from amiable.channels.email.tokens import token_from_address

Kind = Literal["hard", "soft", "delayed"]
_ACTIONS = ("failed", "delayed", "delivered", "relayed", "expanded")
_FAILURES = ("failed", "delayed")

_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_REPLY_CODE = re.compile(r"(?<![\d.])([245]\d\d)(?:[ -]|$)", re.MULTILINE)
_ADDRESS = re.compile(r"[A-Za-z0-9._%+=&'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_MESSAGE_ID_LINE = re.compile(r"^Message-ID:[ \t]*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_DAEMONS = frozenset(
    {"mailer-daemon", "mailer_daemon", "mailerdaemon", "postmaster", "mail-daemon"}
)
_DAEMON_NAMES = re.compile(r"mail delivery (sub)?system|mailer[- ]daemon", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered mail|returned mail|returned to sender|delivery status notification"
    r"|delivery (has )?fail|delivery failure|mail delivery failed|failure notice"
    r"|could not be delivered|non remis|non distribuable|échec de (la )?remise|message non délivré"
    r"|delayed mail|delivery delayed|warning: message .* delayed",
    re.IGNORECASE,
)
_BOUNCE_PHRASES = re.compile(
    r"could not be delivered|couldn't be delivered|was not delivered|delivery has failed"
    r"|permanent error|permanent fatal errors|the following address(es)? failed"
    r"|i'm afraid i wasn't able to deliver|delivery to the following recipients? failed"
    r"|undelivered mail returned to sender|message could not be delivered",
    re.IGNORECASE,
)
_DELAY_PHRASES = re.compile(
    r"delayed mail|delivery (is )?delayed|still being retried|will (continue|keep) trying"
    r"|has not yet been delivered|message .* delayed|warning: message",
    re.IGNORECASE,
)
_PERMANENT_PHRASES = re.compile(
    r"user unknown|unknown user|no such (user|mailbox)|does not exist|doesn't exist"
    r"|mailbox unavailable|address rejected|invalid (recipient|mailbox)|permanent",
    re.IGNORECASE,
)
# Where a plain-text bounce starts quoting the returned message.
_RETURNED_COPY = re.compile(
    r"^(-+ ?(this is a copy of|original message|below this line|returned message|"
    r"undelivered message)|original message follows|--- below this line"
    r"|(return-path|received|dkim-signature|message-id|from|to|subject|date):)",
    re.IGNORECASE | re.MULTILINE,
)
# Headers naming the address the bounce was delivered to: our VERP bounce address.
_ENVELOPE_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To", "To")
# Headers of the returned message that carry our token.
_RETURNED_TOKEN_HEADERS = ("Return-Path", "Reply-To", "Sender", "From")
_MAX_TEXT = 200_000  # enough for any explanation; keeps the patterns linear on huge mail


@dataclass(frozen=True, slots=True)
class BouncedRecipient:
    """One recipient of a bounce report. `status` is the RFC 3463 code ("5.1.1"),
    `diagnostic` the remote server's words, whitespace-normalised ("" if none)."""

    address: str
    action: str
    status: str
    diagnostic: str
    permanent: bool


@dataclass(frozen=True, slots=True)
class Bounce:
    """A returned message: what failed, which message, how badly.

    `kind`: ``hard`` when an address is dead, ``soft`` when a delivery failed for a
    reason that may pass (full mailbox, policy, size), ``delayed`` when the relay is
    still trying. `source` says how it was read: ``dsn`` (RFC 3464 fields) or
    ``text`` (patterns on a plain-text bounce)."""

    recipients: list[BouncedRecipient]
    original_message_id: str | None
    token: str | None
    kind: Kind
    source: Literal["dsn", "text"]


class BounceParseError(ValueError):
    """A delivery report that could not be read: a bounce, but of what is unknown."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def parse_bounce(raw: bytes, *, envelope_recipient: str | None = None) -> Bounce | None:
    """The bounce in `raw`, or None when it is not one (a reply, an auto-reply, a
    delivery success report, unreadable bytes).

    `envelope_recipient` is the address the mail was delivered to when the inbound
    side knows it (the IMAP folder's Delivered-To, a webhook's recipient field).
    Raises `BounceParseError` only for a declared delivery report from which no
    recipient, token or Message-ID can be read."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise TypeError(f"parse_bounce reads bytes, not {type(raw).__name__}")
    try:
        message = BytesParser(policy=policy.default).parsebytes(bytes(raw))
        report = _report_part(message)
        is_bounce = report is not None or _looks_like_bounce(message)
    except Exception:  # the parser is lenient; what it still cannot read is no bounce
        return None
    if not is_bounce:
        return None
    try:
        if report is not None:
            return _read_report(message, report, envelope_recipient)
        return _read_text_bounce(message, envelope_recipient)
    except BounceParseError:
        raise
    except Exception as error:  # a bounce, but broken in a way not foreseen here
        raise BounceParseError(f"unreadable bounce: {type(error).__name__}: {error}") from error


def _read_report(
    message: Message, report: Message, envelope_recipient: str | None
) -> Bounce | None:
    blocks = _field_blocks(report)
    read = [_recipient(block) for block in blocks if _is_recipient_block(block)]
    recipients = [recipient for recipient in read if recipient is not None]
    source: Literal["dsn", "text"] = "dsn"
    if not recipients:
        recipients = _text_recipients(message)
        source = "text"
    token = _token(message, blocks, envelope_recipient)
    original = _original_message_id(message)
    if not recipients and token is None and original is None:
        raise BounceParseError(
            "a delivery report with no readable recipient, token or original Message-ID"
        )
    if recipients and not any(recipient.action in _FAILURES for recipient in recipients):
        return None  # a success report (delivered, relayed, expanded): nothing bounced
    return Bounce(recipients, original, token, _kind(recipients, message), source)


def _read_text_bounce(message: Message, envelope_recipient: str | None) -> Bounce:
    recipients = _text_recipients(message)
    return Bounce(
        recipients,
        _original_message_id(message),
        _token(message, [], envelope_recipient),
        _kind(recipients, message),
        "text",
    )


# --- The delivery-status part ---------------------------------------------------


def _report_part(message: Message) -> Message | None:
    """The RFC 3464 status part: message/delivery-status, or its RFC 6533 form for
    internationalised addresses."""
    for part in _walk(message):
        if part.get_content_type() in ("message/delivery-status", "message/global-delivery-status"):
            return part
    return None


def _walk(message: Message) -> list[Message]:
    """The parts of the report itself, not of the message it returns."""
    parts = [message]
    if message.get_content_maintype() == "multipart" and isinstance(message.get_payload(), list):
        for part in message.get_payload():
            if isinstance(part, Message):
                parts += _walk(part)
    return parts


def _field_blocks(part: Message) -> list[dict[str, str]]:
    """The report's blocks of fields, names lowercased, values unfolded."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [_fields_of(block) for block in payload if isinstance(block, Message)]
    if isinstance(payload, str):
        text = _decoded_payload(part)
        parser = HeaderParser(policy=policy.compat32)
        return [
            _fields_of(parser.parsestr(block))
            for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n"))
            if block.strip()
        ]
    return []


def _fields_of(block: Message) -> dict[str, str]:
    fields: dict[str, str] = {}
    for name, value in block.raw_items():
        fields.setdefault(name.lower(), _normalise(str(value)))
    return fields


def _is_recipient_block(block: dict[str, str]) -> bool:
    return any(name in block for name in ("final-recipient", "original-recipient", "action"))


def _recipient(block: dict[str, str]) -> BouncedRecipient | None:
    address = _typed_address(block.get("final-recipient", "")) or _typed_address(
        block.get("original-recipient", "")
    )
    diagnostic = block.get("diagnostic-code", "")
    status = _status(block.get("status", ""), diagnostic)
    action = _action(block.get("action", ""), status)
    if not address and not status:
        return None
    status = status or (
        "5.0.0" if action == "failed" else "4.0.0" if action == "delayed" else "2.0.0"
    )
    return BouncedRecipient(address, action, status, diagnostic, _permanent(action, status))


def _typed_address(value: str) -> str:
    """``rfc822; user@example.com`` -> ``user@example.com`` (RFC 3464 2.3.2)."""
    _, _, address = value.rpartition(";")
    return address.strip().strip("<>").strip()


def _status(status_field: str, diagnostic: str) -> str:
    """The RFC 3463 code; a vague X.0.0 sharpened by the diagnostic's own code of the
    same class (Exim reports 5.0.0 and puts "550 5.1.1" in the diagnostic)."""
    found = _STATUS.search(status_field)
    from_diagnostic = _STATUS.search(diagnostic)
    if found is None:
        return _code(from_diagnostic) if from_diagnostic else _from_reply_code(diagnostic)
    if (
        found.group(2) == "0"
        and found.group(3) == "0"
        and from_diagnostic is not None
        and from_diagnostic.group(1) == found.group(1)
    ):
        return _code(from_diagnostic)
    return _code(found)


def _code(match: re.Match[str]) -> str:
    return f"{match.group(1)}.{int(match.group(2))}.{int(match.group(3))}"


def _from_reply_code(text: str) -> str:
    found = _REPLY_CODE.search(text)
    return f"{found.group(1)[0]}.0.0" if found else ""


def _action(action_field: str, status: str) -> str:
    action = action_field.split(" ", 1)[0].strip().lower()
    if action in _ACTIONS:
        return action
    # Missing or unknown: the status class says it (RFC 3464 2.3.3 lists five).
    return {"5": "failed", "4": "delayed", "2": "delivered"}.get(status[:1], "failed")


def _permanent(action: str, status: str) -> bool:
    return action == "failed" and address_is_dead(status)


def address_is_dead(status: str) -> bool:
    """True when an RFC 3463 status says the address itself will not take mail (see
    the module docstring): 5.0, 5.1, 5.2 but 5.2.2, 5.4, 5.5. Shared with the SMTP
    transport, which reads the same codes in a refusal at RCPT."""
    found = _STATUS.fullmatch(status.strip())
    if found is None or found.group(1) != "5":
        return False
    subject, detail = found.group(2), found.group(3)
    if subject == "2":
        return int(detail) != 2  # 5.2.2 mailbox full: soft
    return subject in ("0", "1", "4", "5")


def _kind(recipients: list[BouncedRecipient], message: Message) -> Kind:
    if any(recipient.action == "failed" and recipient.permanent for recipient in recipients):
        return "hard"
    if any(recipient.action == "failed" for recipient in recipients):
        return "soft"
    if any(recipient.action == "delayed" for recipient in recipients):
        return "delayed"
    return "delayed" if _is_delay_notice(message) else "soft"


# --- Plain-text bounces -----------------------------------------------------------


def _looks_like_bounce(message: Message) -> bool:
    """A mailer daemon (or the null sender) saying, in its subject or its first
    lines, that mail was not delivered. A person's auto-reply never passes: it comes
    from the person, with a return path."""
    sender = _header(message, "From")
    addresses = [address for _, address in getaddresses([sender])]
    local_parts = {address.rpartition("@")[0].lower() for address in addresses}
    from_daemon = bool(local_parts & _DAEMONS) or bool(_DAEMON_NAMES.search(sender))
    null_sender = _header(message, "Return-Path").replace(" ", "") in ("<>", "")
    null_sender = null_sender and "Return-Path" in message
    if not (from_daemon or null_sender):
        return False
    subject = _header(message, "Subject")
    opening = _explanation(message)[:2000]
    return bool(
        _BOUNCE_SUBJECT.search(subject)
        or _BOUNCE_PHRASES.search(opening)
        or _DELAY_PHRASES.search(subject)
    )


def _is_delay_notice(message: Message) -> bool:
    return bool(
        _DELAY_PHRASES.search(_header(message, "Subject"))
        or _DELAY_PHRASES.search(_explanation(message)[:2000])
    )


def _text_recipients(message: Message) -> list[BouncedRecipient]:
    """Failed addresses in the human explanation, each with the paragraph that
    names it (or the next one carrying an SMTP reply) as diagnostic."""
    explanation = _explanation(message)
    cut = _RETURNED_COPY.search(explanation)
    if cut:
        explanation = explanation[: cut.start()]
    paragraphs = [_normalise(p) for p in re.split(r"\n[ \t]*\n", explanation) if p.strip()]
    ignored = _own_addresses(message)
    delayed = _is_delay_notice(message)
    recipients: list[BouncedRecipient] = []
    seen: set[str] = set()
    for index, paragraph in enumerate(paragraphs):
        for address in _ADDRESS.findall(paragraph):
            key = address.lower()
            if key in seen or key in ignored or token_from_address(address) is not None:
                continue
            if address.rpartition("@")[0].lower() in _DAEMONS:
                continue
            seen.add(key)
            diagnostic = _diagnostic_near(paragraphs, index)
            status = _status("", diagnostic) or _status_from_words(explanation, delayed)
            action = "delayed" if delayed else "failed"
            if delayed and status.startswith("5."):
                action = "failed"
            recipients.append(
                BouncedRecipient(address, action, status, diagnostic, _permanent(action, status))
            )
    return recipients


def _diagnostic_near(paragraphs: list[str], index: int) -> str:
    for paragraph in paragraphs[index : index + 3]:
        if _STATUS.search(paragraph) or _REPLY_CODE.search(paragraph):
            return paragraph
    return paragraphs[index]


def _status_from_words(text: str, delayed: bool) -> str:
    if delayed:
        return "4.0.0"
    return "5.0.0" if _PERMANENT_PHRASES.search(text) else "4.0.0"


def _own_addresses(message: Message) -> set[str]:
    """The bounce's own sender and recipients: never the failed address."""
    values = [_header(message, name) for name in ("From", "To", "Sender", "Reply-To")]
    values += [_header(message, name) for name in _ENVELOPE_HEADERS]
    return {address.lower() for _, address in getaddresses(values) if address}


def _explanation(message: Message) -> str:
    """The report's human-readable text: its text/plain parts (HTML stripped when
    there is no plain text), never the returned message."""
    plain: list[str] = []
    html: list[str] = []
    for part in _walk(message):
        content_type = part.get_content_type()
        if part.get_content_disposition() == "attachment":
            continue
        if content_type == "text/plain":
            plain.append(_decoded_payload(part))
        elif content_type == "text/html":
            html.append(_decoded_payload(part))
    if plain:
        text = "\n\n".join(plain)
    else:
        text = re.sub(r"<br\s*/?>|</p>|</div>|</tr>", "\n\n", "\n".join(html), flags=re.IGNORECASE)
        text = re.sub(r"<[^>]*>", " ", text).replace("&lt;", "<").replace("&gt;", ">")
        text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    return text.replace("\r\n", "\n")[:_MAX_TEXT]


# --- Tying the bounce to our message -------------------------------------------------


def _returned_headers(message: Message) -> Message | None:
    """The headers of the message that bounced, from a message/rfc822 or
    text/rfc822-headers part (RFC 3462), or quoted in a plain-text bounce."""
    for part in _walk(message):
        content_type = part.get_content_type()
        if content_type in ("message/rfc822", "message/global"):
            payload = part.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                return payload[0]
        if content_type in ("text/rfc822-headers", "message/global-headers"):
            return HeaderParser(policy=policy.default).parsestr(_decoded_payload(part).lstrip())
    explanation = _explanation(message)
    copy = _RETURNED_COPY.search(explanation)
    if copy is None:
        return None
    quoted = explanation[copy.start() :]
    start = re.search(r"^[A-Za-z-]+:", quoted, re.MULTILINE)
    if start is None:
        return None
    return HeaderParser(policy=policy.default).parsestr(quoted[start.start() :])


def _original_message_id(message: Message) -> str | None:
    returned = _returned_headers(message)
    if returned is not None:
        value = _header(returned, "Message-ID")
        found = re.search(r"<[^<>\s]+>", value)
        if found:
            return found.group()
    found = _MESSAGE_ID_LINE.search(_explanation(message))
    return found.group(1) if found else None


def _token(
    message: Message, blocks: list[dict[str, str]], envelope_recipient: str | None
) -> str | None:
    candidates = [envelope_recipient or ""]
    candidates += [_header(message, name) for name in _ENVELOPE_HEADERS]
    returned = _returned_headers(message)
    if returned is not None:
        candidates += [_header(returned, name) for name in _RETURNED_TOKEN_HEADERS]
    for value in candidates:
        for _, address in getaddresses([value]):
            token = token_from_address(address)
            if token is not None:
                return token
    return None


# --- Small readers that never raise -------------------------------------------------


def _header(message: Message, name: str) -> str:
    """A header's unfolded text, "" when absent or unparseable."""
    try:
        value = message.get(name)
    except Exception:  # a header the policy cannot parse: read its raw form
        value = next((raw for key, raw in message.raw_items() if key.lower() == name.lower()), None)
    return "" if value is None else _normalise(str(value))


def _decoded_payload(part: Message) -> str:
    try:
        if isinstance(part, EmailMessage) and part.get_content_maintype() == "text":
            content = part.get_content()
            if isinstance(content, str):
                return content
    except Exception:  # unknown charset, broken transfer encoding: fall back to bytes
        pass
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        charset = part.get_content_charset() or "utf-8"
        try:
            return payload.decode(charset, "replace")
        except LookupError:
            return payload.decode("utf-8", "replace")
    raw = part.get_payload()
    return raw if isinstance(raw, str) else ""


def _normalise(text: str) -> str:
    return " ".join(text.split())
