"""Bank statements in, statement lines out, whatever format the bank exports.

`parse_statement` looks at the content (never trusting the file name) to tell camt
(XML), MT940/MT942, OFX and CSV apart, and hands the file to that format's parser. What
it cannot read (an empty file, a PDF, a spreadsheet, binary junk, XML that is no camt,
a camt file without a statement) is refused with a `StatementError` whose message is a
sentence the office can act on.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from amiable.payments.statements.camt import parse_camt
from amiable.payments.statements.csv import CsvMapping, parse_csv
from amiable.payments.statements.fields import MAX_BYTES, check_size
from amiable.payments.statements.model import (
    Direction,
    ParsedFile,
    Statement,
    StatementError,
    StatementLine,
)
from amiable.payments.statements.mt940 import looks_like_mt940, parse_mt940
from amiable.payments.statements.ofx import parse_ofx

__all__ = [
    "MAX_BYTES",
    "CsvMapping",
    "Direction",
    "ParsedFile",
    "Statement",
    "StatementError",
    "StatementLine",
    "parse_statement",
    "parse_statements",
]

_SNIFF_BYTES = 8192
# Magic numbers of what offices upload by mistake, and what to say about each.
_NOT_STATEMENTS = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive or a spreadsheet (xlsx, ods)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (xls)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)
_ASK_FOR = "ask the bank for a camt.053, MT940, OFX or CSV export"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def parse_statement(
    data: bytes, *, filename: str | None = None, csv_mapping: CsvMapping | None = None
) -> ParsedFile:
    """Read a bank statement file of any supported format.

    `filename` only makes the messages clearer; the format is told from the content.
    `csv_mapping` says how to read a CSV export (the French default otherwise).
    """
    try:
        return _parse(data, csv_mapping)
    except StatementError as error:
        if filename:
            raise StatementError(f"{filename}: {error}") from error
        raise


def _parse(data: bytes, csv_mapping: CsvMapping | None) -> ParsedFile:
    check_size(data)
    if not data.strip():
        raise StatementError("the file is empty")
    for magic, kind in _NOT_STATEMENTS:
        if data.startswith(magic):
            raise StatementError(f"the file is {kind}, not a statement we can read: {_ASK_FOR}")
    head = _head_text(data)
    upper = head.upper()
    if upper.startswith("OFXHEADER") or "<OFX>" in upper[:2000] or "<?OFX" in upper[:2000]:
        return parse_ofx(data)
    if head.startswith("<"):
        return parse_camt(data)
    if looks_like_mt940(head):
        return parse_mt940(data)
    if _looks_binary(data[:_SNIFF_BYTES]):
        raise StatementError(f"the file is not text: it is no bank statement format; {_ASK_FOR}")
    return parse_csv(data, csv_mapping)


def _head_text(data: bytes) -> str:
    """The start of the file as text, for sniffing: BOMs, SWIFT SOH and spaces dropped."""
    head = data[:_SNIFF_BYTES]
    encoding = "utf-8"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif head.startswith(b"<\x00"):
        encoding = "utf-16-le"
    elif head.startswith(b"\x00<"):
        encoding = "utf-16-be"
    text = head.decode(encoding, errors="replace").replace("\r", "")
    return text.lstrip("\ufeff\x01 \t\n")


def _looks_binary(head: bytes) -> bool:
    """More than 1 % of control or undecodable characters: no bank writes text like that."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    # A cp1252 CSV is undecodable as UTF-8 and the other way round: the kinder reading counts.
    bad = min(
        len(_CONTROL.findall(text)) + text.count("\ufffd")
        for text in (head.decode(codec, errors="replace") for codec in ("utf-8", "cp1252"))
    )
    return bad > max(1, len(head) // 100)


def parse_statements(
    files: Sequence[tuple[bytes, str | None]], *, csv_mapping: CsvMapping | None = None
) -> list[ParsedFile | StatementError]:
    """Several files (the pages of one long statement, a day's files of several
    accounts), each read as `parse_statement` reads it, on every core when there are
    several: a file that cannot be read gives its StatementError in its place."""
    if len(files) < 2:
        return [_parse_or_error(data, name, csv_mapping) for data, name in files]
    workers = min(len(files), os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        return list(
            pool.map(
                _parse_or_error,
                (data for data, _ in files),
                (name for _, name in files),
                (csv_mapping for _ in files),
            )
        )


def _parse_or_error(
    data: bytes, filename: str | None, csv_mapping: CsvMapping | None
) -> ParsedFile | StatementError:
    try:
        return parse_statement(data, filename=filename, csv_mapping=csv_mapping)
    except StatementError as error:
        return error
