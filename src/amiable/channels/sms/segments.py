"""How many SMS a text costs: GSM 03.38 7-bit or UCS-2, and the concatenation rules.

An SMS carries 140 bytes. In the GSM 7-bit default alphabet (3GPP TS 23.038 §6.2.1) that
is 160 characters; a single character outside it (an "ê", an emoji, a typographic quote)
switches the whole message to UCS-2, 70 characters. Long messages are split into parts
that each lose room to the concatenation header: 153 septets or 67 UTF-16 code units.
Providers bill per part, so the planner needs the exact count before sending.

Details that change the bill, all from the standard:

- The extension table (reached through an escape) holds ^ { } \\ [ ~ ] | € and form feed;
  each costs two septets, and an escape pair is never split across two parts: when only
  one septet is left in a part, the character moves to the next one.
- UCS-2 is counted in UTF-16 code units, as carriers send it: an emoji costs 2, and a
  surrogate pair is not split across parts either.
- In the basic table, position 0x09 is the capital "Ç". The small "ç" is not in the
  default alphabet (only in the Spanish national shift table, which providers do not
  use by default), so "reçu" is a UCS-2 message. é è à ù É are in it; ê â î ô û ë ï are not.

`gsm_safe` swaps typographic punctuation (curly quotes, guillemets, ellipsis, the narrow
no-break spaces Babel puts in French amounts) for GSM equivalents, and only when that makes
the whole text GSM-7: it never changes a letter, so "reçu" stays "reçu".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

__all__ = [
    "GSM7_BASIC",
    "GSM7_EXTENSION",
    "SegmentInfo",
    "cost_estimate",
    "gsm_safe",
    "is_gsm7",
    "segment_count",
]

# 3GPP TS 23.038 §6.2.1, in table order (0x00-0x7F) without 0x1B, the escape to the
# extension table, which is not a character of its own.
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# 3GPP TS 23.038 §6.2.1.1, the characters reached through the escape: two septets each.
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

GSM7_SINGLE = 160
GSM7_PART = 153
UCS2_SINGLE = 70
UCS2_PART = 67

Encoding = Literal["GSM-7", "UCS-2"]

# Punctuation only, each with a GSM-7 stand-in of the same meaning.
_GSM_SUBSTITUTES = {
    "\u2018": "'",  # left single quotation mark
    "\u2019": "'",  # right single quotation mark (the French typographic apostrophe)
    "\u201a": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',  # « guillemets »
    "\u00bb": '"',
    "\u2026": "...",
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space (Babel, before ":" and in "1 234,56 €")
    "\u2009": " ",  # thin space
    "\u2007": " ",  # figure space
    "\u2002": " ",
    "\u2003": " ",
    "\u2010": "-",
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2212": "-",  # minus sign
    "\u00b7": ".",
    "\u2022": "-",  # bullet
}


@dataclass(frozen=True)
class SegmentInfo:
    """The encoding, the size in its units (septets or UTF-16 code units), and the parts."""

    encoding: Encoding
    units: int
    segments: int


def is_gsm7(text: str) -> bool:
    """Whether every character is in the GSM 7-bit default alphabet or its extension."""
    return all(character in GSM7_BASIC or character in GSM7_EXTENSION for character in text)


def segment_count(text: str) -> SegmentInfo:
    """The encoding the text forces and the number of SMS parts it is billed as.

    An empty text is 0 parts: there is nothing to send.
    """
    if is_gsm7(text):
        costs = [2 if character in GSM7_EXTENSION else 1 for character in text]
        return SegmentInfo("GSM-7", sum(costs), _parts(costs, GSM7_SINGLE, GSM7_PART))
    costs = [2 if ord(character) > 0xFFFF else 1 for character in text]
    return SegmentInfo("UCS-2", sum(costs), _parts(costs, UCS2_SINGLE, UCS2_PART))


def cost_estimate(text: str, price_per_segment: Decimal) -> Decimal:
    """What the text costs at a provider's price per part (money stays Decimal)."""
    if not isinstance(price_per_segment, Decimal):
        raise TypeError("price_per_segment must be a Decimal, never a float")
    return price_per_segment * segment_count(text).segments


def gsm_safe(text: str) -> str:
    """The text with typographic punctuation swapped for GSM-7, if that makes it GSM-7.

    When a letter outside the alphabet (ê, ç, an emoji) forces UCS-2 anyway, the original
    text is returned untouched: the swap would cost typography and save nothing. The text
    is first composed (NFC), so an "é" typed as "e" + combining accent counts as "é".
    """
    composed = unicodedata.normalize("NFC", text)
    swapped = "".join(_GSM_SUBSTITUTES.get(character, character) for character in composed)
    if is_gsm7(swapped):
        return swapped
    return composed if is_gsm7(composed) else text


def _parts(costs: list[int], single: int, per_part: int) -> int:
    """Parts needed, never splitting a two-unit character (escape pair, surrogate pair)."""
    total = sum(costs)
    if total == 0:
        return 0
    if total <= single:
        return 1
    parts, used = 1, 0
    for cost in costs:
        if used + cost > per_part:
            parts += 1
            used = 0
        used += cost
    return parts
