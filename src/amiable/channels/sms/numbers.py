"""Phone numbers for the SMS channel: one canonical form, E.164, and no guessing.

Debtor files arrive with numbers typed every way a clerk can type them ("06 12 34 56 78",
"+33 (0)6…", "0033…", "0692 …" for Réunion). Providers want E.164, and an SMS sent to the
wrong number discloses a debt to a stranger, so a number we cannot read with certainty is
refused with a reason the clerk can act on, never completed by a guess.

Two readings are deliberately different:

- `to_e164` is strict: it is used before sending, and accepts only numbers the numbering
  plan says are valid.
- `inbound_e164` is lenient: it reads the sender of a message that already arrived. A
  debtor's "STOP" from a number range newer than our metadata must still be honoured, so a
  *possible* number is enough there.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, PhoneNumberType

__all__ = ["InvalidNumber", "inbound_e164", "is_mobile", "to_e164"]

# Overseas departments and collectivities dialled inside the French national plan
# ("0692…" reaches Réunion from Paris) but carrying their own country code in E.164.
_FRENCH_PLAN_OVERSEAS = ("RE", "YT", "GP", "MQ", "GF", "BL", "MF", "PM")

_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


class InvalidNumber(ValueError):
    """A phone number we refuse, with the reason in plain words for the clerk."""

    def __init__(self, reason: str, raw: str = "") -> None:
        super().__init__(f"{reason}: {raw!r}" if raw else reason)
        self.reason = reason
        self.raw = raw


def to_e164(raw: str, default_region: str = "FR") -> str:
    """The number in E.164 ("+33612345678"), or `InvalidNumber` saying why not.

    `default_region` reads national numbers ("06…" is French with "FR", "07700…" British
    with "GB"). A French national number of an overseas department ("0692 12 34 56") is
    resolved to its own country code (+262) only when exactly one overseas plan accepts it
    and the metropolitan plan does not: that is the numbering plan speaking, not a guess.
    When both accept it, the number is refused as ambiguous.
    """
    text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        raise InvalidNumber("empty phone number", str(raw))
    region = default_region.upper()
    number = _parse(text, region)
    if number.extension:
        raise InvalidNumber("has an extension, which an SMS cannot reach", text)
    overseas = _french_overseas(text, region, number)
    if phonenumbers.is_valid_number(number):
        # "0596…" reads as a metropolitan number and as Martinique's: refuse to pick one.
        # Special-service numbers (08…) are the same service from everywhere.
        national = phonenumbers.national_significant_number(number)
        if overseas and not national.startswith("8"):
            raise InvalidNumber(
                "ambiguous between metropolitan France and an overseas department: "
                "write it with its country code (+33, +262, +590, +594, +596…)",
                text,
            )
        return _e164(number)
    if len(overseas) == 1:
        return overseas.pop()
    country_code = number.country_code or 0
    number_region = phonenumbers.region_code_for_country_code(country_code)
    if number_region == "ZZ":
        raise InvalidNumber(f"unknown country code +{country_code}", text)
    raise InvalidNumber(f"not a valid number for {number_region}", text)


def is_mobile(e164: str) -> bool:
    """Whether an SMS can reach this number: a mobile, or a plan that cannot tell.

    The US and Canada do not distinguish mobile from fixed numbers in their plan
    (FIXED_LINE_OR_MOBILE); refusing those would close the channel there, so they count as
    mobile and the provider's delivery receipt tells the rest.
    """
    if not isinstance(e164, str) or not e164.startswith("+"):
        raise InvalidNumber("not in E.164 form (must start with +)", str(e164))
    number = _parse(e164, "ZZ")
    if not phonenumbers.is_valid_number(number):
        raise InvalidNumber("not a valid number", e164)
    return phonenumbers.number_type(number) in _MOBILE_TYPES


def inbound_e164(raw: str, default_region: str = "FR") -> str:
    """The sender of an inbound message in E.164, accepting any *possible* number.

    Providers hand us "+33612345678", "0033612345678" or "33612345678". Whatever the
    metadata thinks of the range, a message from it exists and must be read (it may say
    STOP). Only text that cannot be a phone number at all is refused.
    """
    text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        raise InvalidNumber("empty sender number", str(raw))
    if text.startswith("00"):
        text = "+" + text[2:]
    candidates = [text]
    if text.isdigit():
        candidates.append("+" + text)
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, default_region.upper())
        except NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            return _e164(number)
    raise InvalidNumber("not a phone number", raw)


def _parse(text: str, region: str) -> PhoneNumber:
    try:
        return phonenumbers.parse(text, region)
    except NumberParseException as error:
        raise InvalidNumber("not a phone number", text) from error


def _e164(number: PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _french_overseas(text: str, region: str, number: PhoneNumber) -> set[str]:
    """Every overseas E.164 a French national number can mean (national form only)."""
    found: set[str] = set()
    if region != "FR" or number.country_code != 33 or text.startswith(("+", "00")):
        return found
    for overseas_region in _FRENCH_PLAN_OVERSEAS:
        try:
            candidate = phonenumbers.parse(text, overseas_region)
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number(candidate):
            found.add(_e164(candidate))
    return found
