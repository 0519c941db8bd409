"""Mail-house batches: many letters in one PDF, and the index the mail house reads.

A mail house (Maileva, a local routeur, the office's own folding machine) takes one PDF
and an index. The PDF is the letters one after the other; printed recto-verso (`duplex`)
each letter must start on a fresh sheet, so a letter with an odd number of pages is
followed by a blank page. The index says, per letter, where it starts, how many pages it
has, whom it goes to and whether it goes as a registered letter with proof of delivery
(LRAR), which the mail house posts as a separate product with its own form.

The index is a CSV separated by semicolons, UTF-8 with a byte-order mark, CRLF line ends:
French tools read it as it is. Excel in a French locale splits on ";" (the comma is the
decimal separator there) and only takes a CSV for UTF-8 when it starts with a BOM; without
one it reads Windows-1252 and "Hélène" arrives as "HÃ©lÃ¨ne" on the envelope. The mail
houses' import screens accept the same file.

Nothing is written until every letter has been read and checked, and the two files are
written under temporary names then renamed, the index last: a batch on disk is whole or
absent, and an existing batch is never overwritten.

`recipient_lines_from_text` pulls the address block out of a letter's text: the letter
renderer places that same block in the envelope window, so the index and the window
always agree.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError

# The renderer indents the recipient's block by 40 spaces; quoted blocks (the creditor's
# address) by 4. Anything indented by 20 or more is the window block.
RECIPIENT_MIN_INDENT = 20
# NF Z10-011: at most six lines for a French address, a seventh for the country abroad.
MAX_ADDRESS_LINES = 7
HOME_COUNTRY = "FR"
INDEX_COLUMNS = (
    "sequence",
    "reference",
    "recipient_name",
    "address_line_1",
    "address_line_2",
    "address_line_3",
    "address_line_4",
    "postcode",
    "city",
    "country",
    "first_page",
    "page_count",
    "registered",
)
_ADDRESS_COLUMNS = 4  # between the name and the postcode-and-city line


class LetterError(ValueError):
    """A letter that cannot be laid out or posted; `reason` says why, for a clerk."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class EmptyLetter(LetterError):
    """The letter's text is empty."""


class RecipientNotFound(LetterError):
    """The letter's text has no indented address block for the envelope window."""


class BatchError(LetterError):
    """A batch that cannot be made; nothing was written."""


class EmptyBatch(BatchError):
    """No letters were given."""


class DuplicateReference(BatchError):
    """Two letters of the batch share a reference: the index could not tell them apart."""


class InvalidRecipient(BatchError):
    """An address with no line, or more lines than an envelope carries."""


class InvalidLetterPdf(BatchError):
    """A letter's bytes are not a readable PDF with at least one page."""


class BatchExists(BatchError):
    """A batch of that name is already in the folder: it is never overwritten."""


# The address block ------------------------------------------------------------------------


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def recipient_block_span(lines: Sequence[str]) -> tuple[int, int]:
    """(start, end) of the first run of lines indented by `RECIPIENT_MIN_INDENT` spaces or
    more, `end` excluded."""
    start = next(
        (
            index
            for index, line in enumerate(lines)
            if line.strip() and _indent(line) >= RECIPIENT_MIN_INDENT
        ),
        None,
    )
    if start is None:
        raise RecipientNotFound(
            f"no address block indented by {RECIPIENT_MIN_INDENT} spaces or more"
        )
    end = start
    while end < len(lines) and lines[end].strip() and _indent(lines[end]) >= RECIPIENT_MIN_INDENT:
        end += 1
    return start, end


def letter_lines(text: str) -> list[str]:
    """The text's lines, tabs as four spaces (a layout never prints a tab)."""
    if not text.strip():
        raise EmptyLetter("the letter's text is empty")
    return [line.replace("\t", "    ").rstrip() for line in text.splitlines()]


def recipient_lines_from_text(text: str) -> list[str]:
    """The recipient's name and address as the letter prints them in the window."""
    lines = letter_lines(text)
    start, end = recipient_block_span(lines)
    return [line.strip() for line in lines[start:end]]


# Reading an address for the index ---------------------------------------------------------


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().replace("-", " ").split())


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Country names in French and English (as Babel's CLDR data spells them) to ISO codes."""
    names: dict[str, str] = {}
    for locale in ("en", "fr"):
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(_folded(name), code)
    return names


@dataclass(frozen=True)
class PostalAddress:
    """An address block split into the index's columns."""

    name: str
    lines: tuple[str, ...]
    postcode: str
    city: str
    country: str  # ISO 3166 alpha-2 when recognised, else the line as written


def postal_address(recipient_lines: Sequence[str]) -> PostalAddress:
    """Name first, then street lines, then "postcode city", then the country when abroad
    (La Poste's order, NF Z10-011). A last line without a digit that names a country, after
    a line with a postcode, is the country; otherwise the letter stays in France."""
    lines = [line.strip() for line in recipient_lines if line.strip()]
    if len(lines) < 2:
        raise InvalidRecipient(f"an address needs a name and a locality, got {lines!r}")
    if len(lines) > MAX_ADDRESS_LINES:
        raise InvalidRecipient(
            f"an address has at most {MAX_ADDRESS_LINES} lines, got {len(lines)}"
        )
    country = HOME_COUNTRY
    last, before = lines[-1], lines[-2]
    # A country line follows a line with a postcode: "Saint-Martin" alone is a village
    # (or a locality without postcode), not the territory of that name.
    code = (
        _country_codes().get(_folded(last)) if not _has_digit(last) and _has_digit(before) else None
    )
    if code is not None and len(lines) >= 3:
        country = code
        lines = lines[:-1]
    locality = lines[-1]
    match = re.match(r"(\S*\d\S*)\s+(.+)", locality)
    postcode, city = (match.group(1), match.group(2)) if match else ("", locality)
    street = tuple(lines[1:-1])
    if len(street) > _ADDRESS_COLUMNS:
        raise InvalidRecipient(
            f"at most {_ADDRESS_COLUMNS} lines between the name and the locality, got {len(street)}"
        )
    return PostalAddress(name=lines[0], lines=street, postcode=postcode, city=city, country=country)


# The batch ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchLetter:
    """One rendered letter to post. `recipient_lines` as `recipient_lines_from_text` gives
    them (the window block of the same letter)."""

    reference: str
    pdf: bytes
    recipient_lines: list[str]
    registered: bool


@dataclass(frozen=True)
class BatchEntry:
    """Where one letter sits in the batch: its row of the index."""

    sequence: int
    reference: str
    address: PostalAddress
    first_page: int
    page_count: int
    registered: bool

    def row(self) -> list[str]:
        street = [*self.address.lines, *[""] * (_ADDRESS_COLUMNS - len(self.address.lines))]
        return [
            str(self.sequence),
            self.reference,
            self.address.name,
            *street,
            self.address.postcode,
            self.address.city,
            self.address.country,
            str(self.first_page),
            str(self.page_count),
            "yes" if self.registered else "no",
        ]


@dataclass(frozen=True)
class BatchResult:
    pdf_path: Path
    index_path: Path
    pages: int  # in the merged PDF, blank padding pages included
    letters: tuple[BatchEntry, ...]


def _read(letter: BatchLetter) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(letter.pdf))
        count = len(reader.pages)
    except (PyPdfError, ValueError, OSError) as error:
        raise InvalidLetterPdf(
            f"letter {letter.reference}: not a readable PDF ({error})"
        ) from error
    if count == 0:
        raise InvalidLetterPdf(f"letter {letter.reference}: the PDF has no page")
    return reader


def _checked(letters: Sequence[BatchLetter]) -> list[tuple[BatchLetter, PdfReader, PostalAddress]]:
    if not letters:
        raise EmptyBatch("a batch needs at least one letter")
    seen: set[str] = set()
    checked = []
    for letter in letters:
        reference = letter.reference.strip()
        if not reference:
            raise BatchError("a letter of the batch has an empty reference")
        if reference in seen:
            raise DuplicateReference(f"the reference {reference} appears twice in the batch")
        seen.add(reference)
        try:
            address = postal_address(letter.recipient_lines)
        except InvalidRecipient as error:
            raise InvalidRecipient(f"letter {reference}: {error.reason}") from error
        checked.append((letter, _read(letter), address))
    return checked


def _index_bytes(entries: Sequence[BatchEntry]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(INDEX_COLUMNS)
    for entry in entries:
        writer.writerow(entry.row())
    return buffer.getvalue().encode("utf-8-sig")


def _write_new(path: Path, content: bytes) -> Path:
    """Written under a temporary name, then renamed: never half a file under `path`."""
    temporary = path.with_name(f".{path.name}.partial")
    temporary.write_bytes(content)
    os.replace(temporary, path)
    return path


def letter_batch(
    letters: Sequence[BatchLetter], *, out_dir: Path, duplex: bool = True, name: str = "batch"
) -> BatchResult:
    """Merge `letters` into `<out_dir>/<name>.pdf` and write `<out_dir>/<name>.csv`.

    With `duplex`, every letter starts on an odd page (a blank page follows each letter
    with an odd number of pages, the last one included, so each letter is whole sheets)."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", name):
        raise BatchError(f"a batch name is letters, digits, '.', '_' or '-', got {name!r}")
    pdf_path = out_dir / f"{name}.pdf"
    index_path = out_dir / f"{name}.csv"
    for path in (pdf_path, index_path):
        if path.exists():
            raise BatchExists(f"{path} already exists; a batch is never overwritten")
    checked = _checked(letters)

    writer = PdfWriter()
    entries = []
    for sequence, (letter, reader, address) in enumerate(checked, start=1):
        first_page = len(writer.pages) + 1
        for page in reader.pages:
            writer.add_page(page)
        count = len(reader.pages)
        if duplex and count % 2:
            last = reader.pages[-1].mediabox
            writer.add_blank_page(width=float(last.width), height=float(last.height))
        entries.append(
            BatchEntry(
                sequence=sequence,
                reference=letter.reference.strip(),
                address=address,
                first_page=first_page,
                page_count=count,
                registered=letter.registered,
            )
        )
    writer.add_metadata({"/Title": f"Letters batch {name}", "/Creator": "amiable"})
    merged = io.BytesIO()
    writer.write(merged)

    out_dir.mkdir(parents=True, exist_ok=True)
    _write_new(pdf_path, merged.getvalue())
    _write_new(index_path, _index_bytes(entries))  # last: its presence means "complete"
    return BatchResult(
        pdf_path=pdf_path, index_path=index_path, pages=len(writer.pages), letters=tuple(entries)
    )
