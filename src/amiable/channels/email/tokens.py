"""Reply tokens and Message-IDs: how an answer or a bounce finds its way back to a message.

Every outbound e-mail carries a token naming its outbox row, in two places:

* the Reply-To, ``reply+<token>@domain`` (sub-addressing), so that a debtor's answer is
  threaded back to the message it answers even when the mail client drops the
  In-Reply-To and References headers (many do, and people also answer old messages);
* the envelope sender, ``bounces+<token>@domain`` (VERP), so that a bounce is tied to
  its message even when the remote server returns none of the original headers.

The token is the message id plus a truncated HMAC-SHA256, so a token cannot be forged
to attach a stranger's text to someone else's case. It is lowercase letters and digits
only, with no separator: some mail servers lowercase the local part, and ``-``, ``.``
and ``+`` carry meaning for some of them (Gmail ignores dots; Postfix and qmail may use
``-`` as the sub-address delimiter).

Layout: ``<id in base 36><MAC: 80 bits in lowercase base 32, 16 characters>``. The id
comes first and has a variable length; the MAC has a fixed length, read from the end.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from email.utils import parseaddr

# 80 bits: the brief asks for at least 64. A forger needs 2**80 tries per message, and
# every try is a mail the office would receive.
_MAC_BYTES = 10
_MAC_CHARS = 16  # 80 bits in base 32, no padding
_MAX_ID = 2**63 - 1  # the outbox id is a BIGINT
_MAX_ID_CHARS = 13  # len of _MAX_ID in base 36
_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"
# A versioned purpose string: a MAC made for something else with the same secret can
# never be replayed as a reply token.
_PURPOSE = b"amiable/email/reply-token/v1:"
_MIN_SECRET_BYTES = 16

_TOKEN_SHAPE = re.compile(rf"^[1-9a-z][0-9a-z]{{0,{_MAX_ID_CHARS - 1}}}[a-z2-7]{{{_MAC_CHARS}}}$")
_DOMAIN = re.compile(
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$"
)
_LOCAL_PART = re.compile(r"^[a-z0-9!#$%&'*/=?^_`{|}~.-]{1,64}$", re.IGNORECASE)


def reply_token(message_id: int, secret: bytes) -> str:
    """The token of outbound message `message_id`: id in base 36, then its MAC."""
    _check_secret(secret)
    if isinstance(message_id, bool) or not isinstance(message_id, int):
        raise TypeError(f"message id must be an int, not {type(message_id).__name__}")
    if not 0 < message_id <= _MAX_ID:
        raise ValueError(f"message id out of range: {message_id}")
    return _base36(message_id) + _mac(message_id, secret)


def read_reply_token(token: str, secret: bytes) -> int | None:
    """The message id a token names, or None when the token is garbled or forged.

    Case-insensitive (servers may upper- or lowercase the local part) and
    constant-time on the MAC, so a forger learns nothing from timing."""
    _check_secret(secret)
    if not isinstance(token, str):
        return None
    token = token.strip().lower()
    if not is_token_shaped(token):
        return None
    message_id = int(token[:-_MAC_CHARS], 36)
    if message_id > _MAX_ID:
        return None
    expected = _mac(message_id, secret)
    if not hmac.compare_digest(expected, token[-_MAC_CHARS:]):
        return None
    return message_id


def is_token_shaped(text: str) -> bool:
    """True when `text` has the form of a token (its MAC is not checked).

    Used to pick our token out of sub-addresses without mistaking a debtor's own
    ``name+newsletter@…`` tag for one."""
    return bool(_TOKEN_SHAPE.match(text))


def reply_address(mailbox: str, token: str) -> str:
    """``reply+<token>@domain`` for the configured mailbox ``reply@domain``.

    Works for any mailbox: the bounce address ``bounces+<token>@domain`` is built the
    same way. The mailbox must accept sub-addresses (Postfix ``recipient_delimiter = +``,
    Gmail, Fastmail and Microsoft 365 do)."""
    local, domain = _split_mailbox(mailbox)
    token = token.lower()
    if not is_token_shaped(token):
        raise ValueError(f"not a reply token: {token!r}")
    return f"{local}+{token}@{domain}"


def token_from_address(address: str) -> str | None:
    """The token in ``reply+<token>@domain`` (display name and angle brackets allowed),
    lowercased; None when the address carries no token-shaped sub-address."""
    if not isinstance(address, str) or "\n" in address or "\r" in address:
        return None
    _, addr_spec = parseaddr(address)
    local, at, _ = addr_spec.rpartition("@")
    if not at:
        return None
    _, plus, tag = local.partition("+")
    tag = tag.lower()
    if not plus or not is_token_shaped(tag):
        return None
    return tag


def message_id(domain: str, outbound_id: int, idempotency_key: str) -> str:
    """The Message-ID of an outbound message, the same on every attempt to send it.

    A retried send (a worker died after handing the message to the relay but before
    recording it) then carries the same Message-ID, and receivers that de-duplicate on
    it show one message. The idempotency key's hash keeps ids unique across two
    installations that reuse the same domain and restart their ids from 1."""
    domain = domain.strip().lower()
    if not _DOMAIN.match(domain):
        raise ValueError(f"not a domain name: {domain!r}")
    if isinstance(outbound_id, bool) or not isinstance(outbound_id, int) or outbound_id <= 0:
        raise ValueError(f"outbound id must be a positive int: {outbound_id!r}")
    if not idempotency_key:
        raise ValueError("idempotency key is empty")
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:20]
    return f"<amiable.{outbound_id}.{digest}@{domain}>"


def _mac(message_id: int, secret: bytes) -> str:
    digest = hmac.new(secret, _PURPOSE + str(message_id).encode("ascii"), hashlib.sha256)
    return base64.b32encode(digest.digest()[:_MAC_BYTES]).decode("ascii").lower()


def _base36(number: int) -> str:
    digits = []
    while number:
        number, remainder = divmod(number, 36)
        digits.append(_DIGITS36[remainder])
    return "".join(reversed(digits))


def _check_secret(secret: bytes) -> None:
    if not isinstance(secret, bytes | bytearray):
        raise TypeError("the token secret must be bytes")
    if len(secret) < _MIN_SECRET_BYTES:
        raise ValueError(f"the token secret must have at least {_MIN_SECRET_BYTES} bytes")


def _split_mailbox(mailbox: str) -> tuple[str, str]:
    local, at, domain = mailbox.strip().rpartition("@")
    if not at or not _LOCAL_PART.match(local) or not _DOMAIN.match(domain.lower()):
        raise ValueError(f"not a mailbox address: {mailbox!r}")
    if "+" in local:
        raise ValueError(f"the mailbox already has a sub-address: {mailbox!r}")
    return local, domain.lower()
