"""Secure payment links: a signed, expiring token naming one case.

    https://office.example/p/<token>

The token is `<case id, base 36>-<last valid day, days since 2000-01-01, base 36>-<MAC>`,
the MAC an HMAC-SHA256 of both under the office's secret with a versioned purpose
string, truncated to 80 bits in lowercase base 32. Changing the case or the day breaks
the MAC; a link is refused the day after its last valid day. It carries nothing
personal: the page reads the case when it is opened, so the amounts shown are always
the ledger's of the day.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, timedelta

LINK_DAYS = 30
"""How long a link sent to a debtor stays valid."""

_EPOCH = date(2000, 1, 1)
_PURPOSE = b"amiable/portal/link/v1:"
_MAC_CHARS = 16
_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_MIN_SECRET_BYTES = 16


class LinkError(ValueError):
    """A link that is not ours, was altered, or has expired; `expired` tells which."""

    def __init__(self, message: str, *, expired: bool = False, case_id: int | None = None) -> None:
        super().__init__(message)
        self.expired = expired
        # An expired link was ours: the page may say whom to contact for a new one.
        self.case_id = case_id


@dataclass(frozen=True, slots=True)
class Link:
    case_id: int
    expires_on: date  # its last valid day


def link_token(case_id: int, expires_on: date, secret: bytes) -> str:
    _check_secret(secret)
    if case_id <= 0:
        raise ValueError("a case id is positive")
    body = f"{_base36(case_id)}-{_base36((expires_on - _EPOCH).days)}"
    return f"{body}-{_mac(body, secret)}"


def read_link_token(token: str, secret: bytes, today: date) -> Link:
    """The case and last day a token names; LinkError if forged, altered or expired."""
    _check_secret(secret)
    parts = token.strip().lower().split("-")
    if len(parts) != 3 or len(token) > 60:
        raise LinkError("not a payment link")
    case_part, day_part, mac = parts
    body = f"{case_part}-{day_part}"
    if not hmac.compare_digest(mac, _mac(body, secret)):
        raise LinkError("this payment link is not valid")
    try:
        link = Link(int(case_part, 36), _EPOCH + timedelta(days=int(day_part, 36)))
    except (ValueError, OverflowError):
        raise LinkError("not a payment link") from None
    if today > link.expires_on:
        raise LinkError(
            f"this payment link expired on {link.expires_on.isoformat()}",
            expired=True,
            case_id=link.case_id,
        )
    return link


def payment_link(base_url: str, case_id: int, today: date, secret: bytes) -> tuple[str, date]:
    """The link to send today, and its last valid day."""
    expires_on = today + timedelta(days=LINK_DAYS)
    return f"{base_url.rstrip('/')}/{link_token(case_id, expires_on, secret)}", expires_on


def _mac(body: str, secret: bytes) -> str:
    digest = hmac.new(secret, _PURPOSE + body.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii").lower()[:_MAC_CHARS]


def _base36(number: int) -> str:
    if number < 0:
        raise ValueError("negative")
    digits = ""
    while True:
        number, rest = divmod(number, 36)
        digits = _DIGITS36[rest] + digits
        if number == 0:
            return digits


def _check_secret(secret: bytes) -> None:
    if len(secret) < _MIN_SECRET_BYTES:
        raise ValueError(f"the link secret must have at least {_MIN_SECRET_BYTES} bytes")
