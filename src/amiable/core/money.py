"""Money: `Decimal` in the domain, integer cents in storage. Never float.

Amounts are parsed from what French and English offices actually write
("1 250,00 €", "1.250,00", "1,250.00", "150e", "-12.5") and rounded half-up
to the cent, as accountants do.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
NBSP = "\u00a0"
NARROW_NBSP = "\u202f"

# Thousands separators seen in exports: space, no-break space, narrow no-break space
# (Babel's French format), apostrophe (Swiss), dot or comma depending on the decimal mark.
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_CURRENCY = re.compile(r"(?i)(eur|euros?|€|e|usd|\$|gbp|£)$|^(eur|€|\$|£|usd|gbp)")


class AmountError(ValueError):
    """A text that is not an amount of money."""


def quantize(amount: Decimal) -> Decimal:
    """Round half-up to the cent."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(amount: Decimal) -> int:
    return int(quantize(amount) * 100)


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def parse_amount(
    text: str | int | Decimal, *, max_decimals: int = 2, decimal_mark: str | None = None
) -> Decimal:
    """Parse an amount as written in an office export.

    With no `decimal_mark`, the decimal mark is whichever of ',' and '.' comes
    last when both appear; repeated three-digit groups ("1.250.000") are
    thousands. A lone separator before exactly three digits ("1.250") could be
    either, so it is refused rather than guessed, unless the caller knows the
    file's decimal mark (a saved column mapping says it).
    """
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        value = _parse_text(text, decimal_mark)
    if not value.is_finite():
        raise AmountError(f"not a finite amount: {text!r}")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > max_decimals and value != quantize(value):
        raise AmountError(f"more than {max_decimals} decimals: {text!r}")
    return quantize(value)


def _parse_text(raw: str, decimal_mark: str | None) -> Decimal:
    text = _SPACES.sub("", raw.strip())
    sign = ""
    if text[:1] in ("+", "-"):
        sign, text = ("-" if text[0] == "-" else ""), text[1:]
    elif text.startswith("(") and text.endswith(")"):  # accountants' negative
        sign, text = "-", text[1:-1]
    # The symbol may stand on either side of the sign: "-€5", "€-5", "5 €".
    text = _CURRENCY.sub("", text)
    if not sign and text[:1] == "-":
        sign, text = "-", text[1:]
    if not text:
        raise AmountError(f"empty amount: {raw!r}")
    if not re.fullmatch(r"[0-9.,]+", text):
        raise AmountError(f"not an amount: {raw!r}")
    if decimal_mark is not None:
        thousands = "." if decimal_mark == "," else ","
        integer, _, fraction = text.partition(decimal_mark)
        if decimal_mark in fraction or thousands in fraction:
            raise AmountError(f"misplaced separators: {raw!r}")
        if thousands in integer and not re.fullmatch(
            r"\d{1,3}(" + re.escape(thousands) + r"\d{3})*", integer
        ):
            raise AmountError(f"misplaced separators: {raw!r}")
        text = integer.replace(thousands, "") + ("." + fraction if fraction else "")
        return _decimal(sign + text, raw)
    last_comma, last_dot = text.rfind(","), text.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        decimal_mark = "," if last_comma > last_dot else "."
        thousands = "." if decimal_mark == "," else ","
        integer, _, fraction = text.rpartition(decimal_mark)
        if not re.fullmatch(r"\d{1,3}(" + re.escape(thousands) + r"\d{3})*", integer):
            raise AmountError(f"misplaced separators: {raw!r}")
        text = integer.replace(thousands, "") + "." + fraction
    elif last_comma >= 0 or last_dot >= 0:
        mark = "," if last_comma >= 0 else "."
        parts = text.split(mark)
        if len(parts) > 2:
            # "1.250.000" or "1,250,000": repeated groups are thousands separators.
            if not all(len(p) == 3 for p in parts[1:]) or not 1 <= len(parts[0]) <= 3:
                raise AmountError(f"misplaced separators: {raw!r}")
            text = "".join(parts)
        elif len(parts[1]) == 3 and 1 <= len(parts[0]) <= 3 and parts[0] != "0":
            raise AmountError(f"ambiguous separator (thousands or decimals?): {raw!r}")
        else:
            text = parts[0] + "." + parts[1]
    return _decimal(sign + text, raw)


def _decimal(text: str, raw: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation as error:
        raise AmountError(f"not an amount: {raw!r}") from error


def format_amount(amount: Decimal, currency: str = "EUR", *, lang: str = "fr") -> str:
    """Display an amount: "1 250,00 €" in French, "€1,250.00" in English.

    French output uses U+202F (narrow no-break space) as thousands separator and
    U+00A0 before the symbol, as Babel does.
    """
    amount = quantize(amount)
    sign = "-" if amount < 0 else ""
    integer, _, fraction = f"{abs(amount):.2f}".partition(".")
    groups = f"{int(integer):,}"
    symbol = {"EUR": "€", "GBP": "£", "USD": "$"}.get(currency, currency)
    if lang == "fr":
        french_groups = groups.replace(",", NARROW_NBSP)
        return f"{sign}{french_groups},{fraction}{NBSP}{symbol}"
    return f"{sign}{symbol}{groups}.{fraction}"
