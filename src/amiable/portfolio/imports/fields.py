"""Field parsers for imported values. Each takes the text as the office wrote it and
returns the normalised value or raises `FieldError` saying what is wrong with it."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

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
    ("EUR", "GBP", "USD", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
     "RON", "BGN", "XPF", "XOF", "XAF", "MAD", "TND", "DZD")
)  # fmt: skip

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y", "%Y%m%d", "%Y/%m/%d")
_MIDNIGHT = re.compile(r"[ T]00:00(:00(\.0+)?)?$")
# The two shapes nearly every file uses, read without strptime; whatever they do not
# settle (an impossible day, a time suffix, another shape) goes the long way.
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_FRENCH_DATE = re.compile(r"([0-9]{2})/([0-9]{2})/([0-9]{4})")
# Thousands grouped by spaces in a plain amount (see _plain_amount).
_GROUPED = re.compile(r"[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3}){1,3}")
_GROUP_SPACES = str.maketrans("", "", " \u00a0\u202f")
_SIREN_SEPARATORS = re.compile(r"[\s.\-]")
_CONTROL = re.compile(r"[\x00-\x1f]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD"}
# A French number as usually written: +33, 0033 or 0, then nine digits, with at most one
# space, dot or dash between digits. `parse_phone` builds its E.164 form directly.
_PHONE_SHAPE = re.compile(r"\+?[0-9](?:[ .\-]?[0-9])*")
_PHONE_SEPARATORS = str.maketrans("", "", " .-")
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


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, accents removed, separators collapsed: for matching headers and words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _NON_WORD.sub("_", text).strip("_")


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
    # Control characters are never printable, so printable text needs no closer look.
    if not value.isprintable() and _CONTROL.search(value):
        raise FieldError(field, "contains control characters")
    return value


def parse_date(field: str, value: str, *, date_format: str | None = None) -> date | None:
    value = value.strip()
    if not value:
        return None
    parsed = _read_date(value, date_format)
    if type(parsed) is str:
        raise FieldError(field, parsed)
    return parsed  # type: ignore[return-value]


@lru_cache(maxsize=8192)
def _read_date(value: str, date_format: str | None) -> date | str:
    """The date a stripped, non-empty text means, or the reason it is refused. Files
    repeat the same few hundred dates, hence the cache (dates are immutable)."""
    if date_format is None or date_format == "%Y-%m-%d":
        match = _ISO_DATE.fullmatch(value)
        if match:
            parsed = _checked_date(int(match[1]), int(match[2]), int(match[3]), value)
            if parsed is not None:
                return parsed
    if date_format is None or date_format == "%d/%m/%Y":
        match = _FRENCH_DATE.fullmatch(value)
        if match:
            parsed = _checked_date(int(match[3]), int(match[2]), int(match[1]), value)
            if parsed is not None:
                return parsed
    # Spreadsheet exports sometimes add a midnight time to dates.
    value = _MIDNIGHT.sub("", value)
    formats = (date_format,) if date_format else _DATE_FORMATS
    for candidate in formats:
        try:
            parsed = datetime.strptime(value, candidate).date()
        except ValueError:
            continue
        if not EARLIEST_DATE <= parsed <= LATEST_DATE:
            return f"implausible date {value!r}"
        return parsed
    expected = date_format or "dd/mm/yyyy or yyyy-mm-dd"
    return f"not a date: {value!r} (expected {expected})"


def _checked_date(year: int, month: int, day: int, value: str) -> date | str | None:
    """What strptime would give for these parts; None when it would refuse them, for
    the long way to produce the same reason."""
    try:
        parsed = date(year, month, day)
    except ValueError:
        return None
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:
        return f"implausible date {value!r}"
    return parsed


def parse_principal(field: str, value: str, *, decimal_mark: str | None = None) -> Decimal:
    stripped = value.strip()
    if not stripped:
        raise FieldError(field, "missing")
    amount = _plain_amount(stripped, decimal_mark)
    if amount is None:
        try:
            amount = parse_amount(value, decimal_mark=decimal_mark)
        except AmountError as error:
            raise FieldError(field, str(error)) from None
    if amount <= 0:
        raise FieldError(field, f"must be more than zero, got {value.strip()!r}")
    if amount > MAX_PRINCIPAL:
        raise FieldError(field, f"implausible amount {value.strip()!r}")
    return amount


def _plain_amount(text: str, decimal_mark: str | None) -> Decimal | None:
    """A plain amount ("1250.50", "1 250,50", "80"), read without `parse_amount`: up to
    twelve digits, or thousands grouped by spaces, then optionally the decimal mark
    (the file's, if it is known) and one or two decimals. For these, `parse_amount` gives
    exactly this Decimal (written with two decimals, it is already quantized to the cent).
    None for anything else, which `parse_amount` then reads or refuses."""
    if decimal_mark not in (None, ".", ","):
        return None
    integer, mark, decimals = text.rpartition("," if "," in text else ".")
    if not mark:
        integer, decimals = decimals, ""
    elif (decimal_mark is not None and mark != decimal_mark) or not (
        0 < len(decimals) <= 2 and decimals.isascii() and decimals.isdigit()
    ):
        return None
    if not (len(integer) <= 12 and integer.isascii() and integer.isdigit()):
        if not _GROUPED.fullmatch(integer):
            return None
        integer = integer.translate(_GROUP_SPACES)
    return Decimal(f"{integer}.{decimals:0<2}")


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
    code = _CURRENCY_SYMBOLS.get(code, code)
    if code not in CURRENCIES:
        raise FieldError(field, f"unknown currency {value.strip()!r}")
    return code


def parse_country(field: str, value: str) -> str:
    value = value.strip()
    if not value:
        return "FR"
    if len(value) == 2 and value.isascii() and value.isalpha():
        return value.upper()
    code = _COUNTRIES.get(value.lower())
    if code is None:
        raise FieldError(field, f"unknown country {value!r} (use a two-letter ISO code)")
    return code


def parse_siren(field: str, value: str) -> tuple[str | None, str | None]:
    """A SIREN, or a SIRET (whose first nine digits are the SIREN): (siren, siret)."""
    if not value:
        return None, None
    numbers = _read_siren(value)
    if numbers is None:
        raise FieldError(field, f"invalid SIREN/SIRET {value.strip()!r}")
    return numbers


@lru_cache(maxsize=16384)
def _read_siren(value: str) -> tuple[str | None, str | None] | None:
    """(siren, siret), or None for an invalid number: a debtor's SIREN recurs on each
    of its claims."""
    digits = _SIREN_SEPARATORS.sub("", value)
    if not digits:
        return None, None
    if len(digits) == 9 and digits.isascii() and digits.isdigit():
        # What siren.validate decides, without stdnum's generic Luhn (a quarter of a
        # business row's validation when its SIREN is not in the cache yet).
        return (digits, None) if _luhn_valid(digits) else None
    try:
        if len(digits) == 14:
            siret = siret_number.validate(digits)
            return siret[:9], siret
        return siren_number.validate(digits), None
    except ValidationError:
        return None


# A doubled digit in Luhn's sum: 2d, or 2d - 9 when that has two digits.
_LUHN_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def _luhn_valid(digits: str) -> bool:
    """stdnum.luhn's check for ASCII digits: from the right, every second digit doubled."""
    total = sum(map(int, digits[-1::-2])) + sum(_LUHN_DOUBLED[int(d)] for d in digits[-2::-2])
    return total % 10 == 0


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
    region = country or "FR"
    if len(value) == 12 and value[:3] == "+33" and value[3] != "0":
        # Already E.164, the shape most exports write (and phonenumbers leaves as it is).
        if value.isascii() and value[1:].isdigit():
            return value
    elif _PHONE_SHAPE.fullmatch(value):
        e164 = _french_e164(value.translate(_PHONE_SEPARATORS), region)
        if e164 is not None:
            return e164
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise FieldError(field, f"not a phone number: {value.strip()!r}") from None
    if not phonenumbers.is_possible_number(number):
        raise FieldError(field, f"not a phone number: {value.strip()!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _french_e164(digits: str, region: str) -> str | None:
    """The E.164 form phonenumbers gives a French number written +33…, 0033… or 0…
    (the last two only with France as the default region), or None for anything else.
    France's numbers have nine digits after the country code, the first not a zero."""
    if len(digits) == 12 and digits[:3] == "+33" and digits[3] != "0":
        return digits
    if region != "FR":
        return None
    if len(digits) == 10 and digits[0] == "0" and digits[1] != "0":
        return "+33" + digits[1:]
    if len(digits) == 13 and digits[:4] == "0033" and digits[4] != "0":
        return "+33" + digits[4:]
    return None
