"""Search keys: a name, a reference or an IBAN as a machine compares it.

    name_key("M. Jean-Éric  DUPONT")  -> "DUPONT ERIC JEAN"
    reference_key("dos-2026/0042")   -> "DOS20260042"

A debtor's name key is stored with the debtor (`debtor.name_key`, indexed), so that a
bank line's payer is found among a million debtors by one indexed look-up, the way the
bank writes it: upper case, no accents, the words in any order, civilities and company
forms left out.
"""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[0-9A-Za-z]+")
# Bytes tables (bytes.translate runs in C, several times faster than str.translate):
# every ASCII character that is not a letter or a digit dropped, or made a space.
# Public: the case index inlines `reference_key` in its hot loop with this table.
ASCII_OTHERS = bytes(code for code in range(128) if not chr(code).isalnum())
_SPACES = bytes(32 if code in ASCII_OTHERS else code for code in range(256))
CIVILITIES = frozenset(
    {"M", "MR", "MME", "MLLE", "MRS", "MS", "MISS", "MONSIEUR", "MADAME", "OU", "ET", "SAS",
     "SARL", "SA", "EURL", "SASU", "LTD", "LLC", "INC", "DR"}
)  # fmt: skip


def reference_key(text: str) -> str:
    """Letters and digits only, upper case: how a reference is written is not compared."""
    if text.isascii():
        return text.encode().translate(None, ASCII_OTHERS).upper().decode()
    return "".join(_TOKEN.findall(text)).upper()


def iban_key(text: str) -> str:
    return "".join(text.split()).upper()


def name_key(text: str) -> str:
    """A name as a key: accents, case, punctuation, civilities and word order ignored."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = text.encode().translate(_SPACES).upper().decode().split()
    return " ".join(sorted(word for word in words if word not in CIVILITIES))[:200]
