"""Field readers every statement parser shares: amounts to cents, currencies, accounts, text.

Each bank format spells an amount, a currency or an account its own way, but what we
accept is the same everywhere: an amount is exact in cents or the line carries a
`problem`; a currency is an ISO 4217 code; an account is an IBAN only when its check
digits say so. Keeping these rules in one module keeps the four parsers honest alike.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from babel.numbers import list_currencies
from stdnum import iban as iban_number
from stdnum import numdb
from stdnum.util import get_cc_module

from amiable.payments.statements.model import StatementError

# Larger than any statement a small office receives (a year of camt.053 for a busy
# account is a few MB); a bigger file is a mistake or an attack, refused unread.
MAX_BYTES = 50_000_000

# Codes ISO 4217 keeps for things that are no money one is paid in: testing, "no
# currency", precious metals, bond units, SDRs. The X-codes of real currencies stay.
_NOT_PAYMENT_CURRENCIES = frozenset(
    {"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"}
)
KNOWN_CURRENCIES = frozenset(list_currencies()) - _NOT_PAYMENT_CURRENCIES
NO_CURRENCY = "XXX"  # ISO 4217 "no currency": what a line without one carries

_CENT = Decimal("0.01")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_IBAN_START = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]")
_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
_PLAIN_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")
# ISO 13616 counts a letter as two digits (A = 10 … Z = 35) for the MOD 97-10 check.
_LETTER_DIGITS = {
    ord(letter): str(value) for value, letter in enumerate(string.ascii_uppercase, 10)
}
_BBAN_PART = re.compile(r"([1-9][0-9]*)!([nac])")
_BBAN_CHARACTERS = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Za-z0-9]"}


def check_size(data: bytes) -> None:
    """Refuse a file over `MAX_BYTES` before anything reads it."""
    if len(data) > MAX_BYTES:
        raise StatementError(
            f"the file is {len(data) / 1_000_000:.1f} MB, over the {MAX_BYTES // 1_000_000} MB "
            "a statement may weigh: it is not read"
        )


def check_currency(code: str | None) -> tuple[str, str | None]:
    """The currency as a line stores it, and the problem with it if there is one."""
    cleaned = (code or "").strip().upper()
    if not cleaned:
        return NO_CURRENCY, "no currency"
    if cleaned not in KNOWN_CURRENCIES:
        return cleaned[:10], f"currency '{cleaned[:10]}' is not an ISO 4217 code"
    return cleaned, None


def exact_cents(amount: Decimal) -> int | None:
    """The amount in integer cents, or None when it has a fraction of a cent."""
    if not amount.is_finite():
        return None
    cents = amount * 100
    if cents != cents.to_integral_value():
        return None
    return int(cents)


def parse_plain_decimal(text: str | None) -> Decimal | None:
    """A decimal written the XML way ("1250.5"), or None when it is something else."""
    cleaned = (text or "").strip()
    if not _PLAIN_NUMBER.fullmatch(cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


def line_money(
    amount: Decimal | None, currency: str | None, *, written: str | None = None
) -> tuple[int, str, str | None]:
    """Cents, currency and problem of a line's amount (cents 0 whenever there is a problem).

    `amount` is the unsigned amount the bank wrote (None when it is not a number);
    `written` is its text for the message.
    """
    code, currency_problem = check_currency(currency)
    shown = written if written is not None else (str(amount) if amount is not None else "")
    problems: list[str] = []
    cents = 0
    if amount is None:
        problems.append(f"amount '{shown.strip()}' is not a number")
    elif amount < 0:
        problems.append(f"amount {shown} {code} is negative")
    elif amount == 0:
        problems.append("zero amount")
    else:
        exact = exact_cents(amount)
        if exact is None:
            problems.append(f"amount {shown} {code} has more decimals than a cent")
        else:
            cents = exact
    if currency_problem:
        problems.append(currency_problem)
    if problems:
        return 0, code, "; ".join(problems)
    return cents, code, None


def join_problems(*problems: str | None) -> str | None:
    """Several reasons a line cannot be booked, in one sentence; None when there is none."""
    present = [problem for problem in problems if problem]
    return "; ".join(present) if present else None


def clean_text(text: str | None) -> str:
    """Text with its runs of spaces, tabs and line breaks made single spaces."""
    # str.split() breaks on exactly the characters regex `\s` matches, five times faster.
    return " ".join((text or "").split())


def join_texts(texts: Iterable[str | None], separator: str = " ") -> str:
    """The non-empty texts, cleaned, joined."""
    return separator.join(cleaned for cleaned in (clean_text(text) for text in texts) if cleaned)


def optional_text(text: str | None) -> str | None:
    """Cleaned text, or None when nothing is left."""
    cleaned = clean_text(text)
    return cleaned or None


def _bban_formats() -> dict[str, re.Pattern[str]]:
    """Each country's BBAN (length, and digits or letters where), from the IBAN registry
    python-stdnum ships, read once: stdnum would look it up again for every IBAN."""
    formats: dict[str, re.Pattern[str]] = {}
    for length, low, high, properties, _ in numdb.get("iban").prefixes:
        if length == 2 and low == high and "bban" in properties:
            pattern = _BBAN_PART.sub(
                lambda part: f"{_BBAN_CHARACTERS[part.group(2)]}{{{part.group(1)}}}",
                properties["bban"],
            )
            formats[low] = re.compile(pattern)
    return formats


_BBAN_FORMATS = _bban_formats()
_OWN_CHECKS: dict[str, bool] = {}  # country → stdnum knows a national check of its own


def _is_iban(number: str) -> bool:
    """What `stdnum.iban.is_valid` answers, ten times faster.

    An IBAN of letters and digits from a country of the registry is checked here: the
    BBAN's format for that country (hence its length) and the MOD 97-10 check digits.
    stdnum still has the last word where it knows a national check as well (Belgium,
    Spain…), and on anything written otherwise (dots, other scripts, an unknown country).
    """
    country = number[:2]
    bban_format = _BBAN_FORMATS.get(country)
    if bban_format is None or not _PLAIN_IBAN.fullmatch(number):
        return bool(iban_number.is_valid(number))
    if not bban_format.fullmatch(number[4:]):
        return False
    if int((number[4:] + number[:4]).translate(_LETTER_DIGITS)) % 97 != 1:
        return False
    own_check = _OWN_CHECKS.get(country)
    if own_check is None:
        own_check = _OWN_CHECKS[country] = get_cc_module(country, "iban") is not None
    return bool(iban_number.is_valid(number)) if own_check else True


def valid_iban(text: str | None) -> str | None:
    """The IBAN in its compact form when `text` is one (check digits right), else None."""
    # The characters regex `\s` matches are those str.split() breaks on: no regex needed.
    compact = "".join((text or "").split()).replace("-", "").upper()
    if len(compact) < 15 or not _is_iban(compact):
        return None
    return compact


def leading_iban(text: str | None) -> str | None:
    """The IBAN a text starts with, when the bank ran the next field into it.

    "DE89370400440532013000BIC+COBADEFFXXX" gives the IBAN: the check digits say where
    it ends, so the longest valid prefix is taken.
    """
    compact = re.sub(r"\s", "", text or "").upper()
    if not _IBAN_START.match(compact):
        return None
    for length in range(min(34, len(compact)), 14, -1):
        if _is_iban(compact[:length]):
            return compact[:length]
    return None


def looks_like_iban(text: str | None) -> bool:
    """Shaped like an IBAN (country, check digits, 11–30 letters or digits), valid or not."""
    return bool(_IBAN_SHAPE.fullmatch(re.sub(r"\s", "", text or "").upper()))


def split_account(text: str | None) -> tuple[str | None, str | None]:
    """(IBAN, other account number) of an account identification, one of them set.

    A bank sometimes writes the IBAN where another number is expected (camt
    `Othr/Id`, MT940 `:25:` followed by the currency): an identifier whose check digits
    make it an IBAN is taken as the IBAN.
    """
    cleaned = clean_text(text).lstrip("/")
    if not cleaned:
        return None, None
    found = valid_iban(cleaned)
    if found:
        return found, None
    # ":25:NL71RABO0123456789EUR": the account followed by its currency.
    if len(cleaned) > 3 and cleaned[-3:].isalpha() and cleaned[-3:].upper() in KNOWN_CURRENCIES:
        found = valid_iban(cleaned[:-3])
        if found:
            return found, None
    return None, cleaned
