"""Field parsers for imported values. Each takes the text as the office wrote it and
returns the normalised value or raises `FieldError` saying what is wrong with it."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal

import phonenumbers
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from stdnum.exceptions import ValidationError
from stdnum.fr import siren as siren_number
from stdnum.fr import siret as siret_number

from amiable.core.money import AmountError, parse_amount

# The most that a single claim may plausibly be in this product's trade; above it the
# row is refused as a probable column shift (a phone number read as an amount…).
MAX_PRINCIPAL = Decimal("100000000.00")
EARLIEST_DATE = date(1950, 1, 1)
LATEST_DATE = date(2100, 12, 31)

# ISO 4217 codes a European office meets; a typo like "EURO" or "E" is refused.
CURRENCIES = frozenset(
    "EUR GBP USD CHF CAD AUD JPY SEK NOK DKK PLN CZK HUF RON BGN XPF XOF XAF MAD TND DZD".split()
)

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y", "%Y%m%d", "%Y/%m/%d")
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[a-z]{2,}$")
_TRUE = {"true", "1", "yes", "y", "oui", "o", "vrai", "x"}
_FALSE = {"false", "0", "no", "n", "non", "faux", ""}
_COUNTRIES = {
    "france": "FR",
    "belgique": "BE",
    "belgium": "BE",
    "suisse": "CH",
    "switzerland": "CH",
    "luxembourg": "LU",
    "united kingdom": "GB",
    "uk": "GB",
    "royaume-uni": "GB",
    "allemagne": "DE",
    "germany": "DE",
    "espagne": "ES",
    "spain": "ES",
    "italie": "IT",
    "italy": "IT",
    "monaco": "MC",
}


class FieldError(ValueError):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def fold(text: str) -> str:
    """Lower-case, accents removed, separators collapsed: for matching headers and words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def text(field: str, value: str, *, required: bool = False, max_length: int = 200) -> str | None:
    value = " ".join(value.split())
    if not value:
        if required:
            raise FieldError(field, "missing")
        return None
    if len(value) > max_length:
        raise FieldError(field, f"longer than {max_length} characters")
    return value


def reference(field: str, value: str, *, required: bool = True) -> str | None:
    value = value.strip()
    if not value:
        if required:
            raise FieldError(field, "missing")
        return None
    if len(value) > 64:
        raise FieldError(field, "longer than 64 characters")
    if any(ord(c) < 32 for c in value):
        raise FieldError(field, "contains control characters")
    return value


def parse_date(field: str, value: str, *, date_format: str | None = None) -> date | None:
    value = value.strip()
    if not value:
        return None
    # Spreadsheet exports sometimes add a midnight time to dates.
    value = re.sub(r"[ T]00:00(:00(\.0+)?)?$", "", value)
    formats = (date_format,) if date_format else _DATE_FORMATS
    for candidate in formats:
        try:
            parsed = datetime.strptime(value, candidate).date()
        except ValueError:
            continue
        if not EARLIEST_DATE <= parsed <= LATEST_DATE:
            raise FieldError(field, f"implausible date {value!r}")
        return parsed
    expected = date_format or "dd/mm/yyyy or yyyy-mm-dd"
    raise FieldError(field, f"not a date: {value!r} (expected {expected})")


def parse_principal(field: str, value: str, *, decimal_mark: str | None = None) -> Decimal:
    if not value.strip():
        raise FieldError(field, "missing")
    try:
        amount = parse_amount(value, decimal_mark=decimal_mark)
    except AmountError as error:
        raise FieldError(field, str(error)) from None
    if amount <= 0:
        raise FieldError(field, f"must be more than zero, got {value.strip()!r}")
    if amount > MAX_PRINCIPAL:
        raise FieldError(field, f"implausible amount {value.strip()!r}")
    return amount


def parse_rate(field: str, value: str) -> Decimal | None:
    """An annual rate in percent ("12", "12,5 %")."""
    value = value.strip().rstrip("%").strip()
    if not value:
        return None
    try:
        rate = parse_amount(value, max_decimals=4)
    except AmountError as error:
        raise FieldError(field, str(error)) from None
    if not Decimal(0) <= rate <= Decimal(100):
        raise FieldError(field, f"a yearly rate in percent between 0 and 100, got {value!r}")
    return rate


def parse_bool(field: str, value: str) -> bool:
    folded = value.strip().lower()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise FieldError(field, f"expected true or false, got {value.strip()!r}")


def parse_currency(field: str, value: str) -> str:
    code = value.strip().upper() or "EUR"
    code = {"€": "EUR", "£": "GBP", "$": "USD"}.get(code, code)
    if code not in CURRENCIES:
        raise FieldError(field, f"unknown currency {value.strip()!r}")
    return code


def parse_country(field: str, value: str) -> str:
    value = value.strip()
    if not value:
        return "FR"
    if re.fullmatch(r"[A-Za-z]{2}", value):
        return value.upper()
    code = _COUNTRIES.get(value.lower())
    if code is None:
        raise FieldError(field, f"unknown country {value!r} (use a two-letter ISO code)")
    return code


def parse_siren(field: str, value: str) -> tuple[str | None, str | None]:
    """A SIREN, or a SIRET (whose first nine digits are the SIREN): (siren, siret)."""
    digits = re.sub(r"[\s.\-]", "", value)
    if not digits:
        return None, None
    try:
        if len(digits) == 14:
            siret = siret_number.validate(digits)
            return siret[:9], siret
        return siren_number.validate(digits), None
    except ValidationError:
        raise FieldError(field, f"invalid SIREN/SIRET {value.strip()!r}") from None


def parse_iban(field: str, value: str) -> str | None:
    if not value.strip():
        return None
    try:
        return str(IBAN(value).compact)
    except SchwiftyException:
        raise FieldError(field, f"invalid IBAN {value.strip()!r}") from None


def parse_email(field: str, value: str) -> str | None:
    value = value.strip().lower()
    if not value:
        return None
    value = value.removeprefix("mailto:")
    if len(value) > 254 or not _EMAIL.match(value):
        raise FieldError(field, f"not an e-mail address: {value!r}")
    return value


def parse_phone(field: str, value: str, *, country: str) -> str | None:
    """E.164, with the debtor's country as the default region for national numbers."""
    if not value.strip():
        return None
    try:
        number = phonenumbers.parse(value, country or "FR")
    except phonenumbers.NumberParseException:
        raise FieldError(field, f"not a phone number: {value.strip()!r}") from None
    if not phonenumbers.is_possible_number(number):
        raise FieldError(field, f"not a phone number: {value.strip()!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
