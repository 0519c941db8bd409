"""Reading what a French office's business software exports: bytes in, plain rows out.

Every format ends up as `SourceRow`s of strings keyed by the file's own headers. What the
strings mean (amounts, dates, SIRENs) is the validation step's business, not this module's.
A bad row is reported on that row (`SourceRow.problem`) and never stops the file; only a
file that cannot be read at all raises `ReadError`.

Files are streamed: CSV and JSONL are read row by row in text mode and XLSX through
openpyxl's read-only mode, so a 100 MB export never sits whole in memory. A JSON document
has to be parsed whole (the standard library has no streaming parser).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import math
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

import openpyxl
from charset_normalizer import from_bytes

FORMATS = ("csv", "xlsx", "json", "jsonl")
# Order is the preference on a tie: ';' is what French Excel and accounting software write.
DELIMITERS = (";", ",", "\t", "|")
DEFAULT_DELIMITER = ";"

_EXTENSIONS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_ROWS_KEYS = ("rows", "cases", "claims")
_CHUNK = 256 * 1024
_DELIMITER_SAMPLE_ROWS = 50
_JSONL_HEADER_SAMPLE = 1000
# Above this share of control characters a "text" file is binary (or the wrong encoding).
_BINARY_THRESHOLD = 0.02
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_EXCEL_SEP_LINE = re.compile(r"(?i)^\ufeff?sep=(.)\s*$")
_REPLACEMENT = "\ufffd"

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF = b"%PDF"


class ReadError(Exception):
    """A file that cannot be read as a table at all (as opposed to one bad row)."""


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row as the file gave it.

    `number` is what the office sees: the spreadsheet row (the header is row 1 when it
    comes first; a multi-line quoted cell stays one row), the object's 1-based index in
    a JSON list, the line in a JSONL file. `problem` says why the row is suspect; the
    values it could read are still there.
    """

    number: int
    values: dict[str, str]
    problem: str | None = None


# One row as the file gave it, as (number, cells, problem) like a `SourceRow`, its
# cells one per header in header order (missing cells are ""), stripped when
# `Table.stripped` says so; the `SourceRow` of the same row has `dict(zip(headers,
# cells))` for values. An unreadable row has no cells. A plain tuple: an import reads
# a million of them.
SourceCells = tuple[int, list[str], str | None]


@dataclass(frozen=True)
class Table:
    """An opened export: how it was read, its headers, and its rows on demand.

    Headers are as in the file, stripped, without BOM; a blank header becomes
    `column_N` (its position) and a repeated one `name_2`, `name_3`… so no value is
    overwritten. Each call to `rows()` or `cells()` reads the file again from the start,
    and may raise `ReadError` if a workbook turns out to be damaged part-way.
    """

    path: Path
    format: str
    encoding: str
    delimiter: str
    headers: list[str]
    _row_source: Callable[[], Iterator[SourceRow]] = field(repr=False, compare=False)
    sheet: str = ""
    # How CSV rows are read as cells, without a dict per row (imports read CSV this way).
    _cell_source: Callable[[], Iterator[SourceCells]] | None = field(
        default=None, repr=False, compare=False
    )

    def rows(self) -> Iterator[SourceRow]:
        return self._row_source()

    def cells(self) -> Iterator[SourceCells]:
        if self._cell_source is not None:
            return self._cell_source()
        return _cells_of_rows(self._row_source(), self.headers)

    @property
    def stripped(self) -> bool:
        """Whether every cell comes stripped of surrounding blanks: so in CSV."""
        return self._cell_source is not None


def _cells_of_rows(rows: Iterator[SourceRow], headers: list[str]) -> Iterator[SourceCells]:
    for row in rows:
        get = row.values.get
        unreadable = row.problem and not row.values
        cells = [] if unreadable else [get(header, "") for header in headers]
        yield row.number, cells, row.problem


def open_table(
    path: Path,
    *,
    format: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    """Open an export, working out what the caller did not say (format, encoding, delimiter)."""
    path = Path(path)
    head = _read_head(path)
    kind = _choose_format(path, head, format)
    if kind == "xlsx":
        return _open_xlsx(path, sheet)
    text_encoding = _resolve_encoding(path, head, encoding)
    if kind == "json":
        return _open_json(path, text_encoding)
    if kind == "jsonl":
        return _open_jsonl(path, text_encoding)
    return _open_csv(path, text_encoding, delimiter)


# --- Format -------------------------------------------------------------------------------


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            head = stream.read(_CHUNK)
    except OSError as error:
        raise ReadError(f"cannot open {path.name}: {error.strerror or error}") from error
    if not head:
        raise ReadError(f"{path.name} is empty")
    return head


def _choose_format(path: Path, head: bytes, requested: str | None) -> str:
    if requested is not None:
        if requested.lower() not in FORMATS:
            raise ReadError(f"unknown format {requested!r}: expected one of {', '.join(FORMATS)}")
        return requested.lower()
    # Magic bytes beat the extension: offices rename workbooks to .csv and the reverse.
    by_content = _binary_format(path, head)
    return by_content or _EXTENSIONS.get(path.suffix.lower()) or _sniff_text_format(path, head)


def _binary_format(path: Path, head: bytes) -> str | None:
    if head.startswith(_ZIP):
        return "xlsx"
    if head.startswith(_OLE2):
        raise ReadError(
            f"{path.name} is a legacy Excel 97-2003 workbook (.xls): save it as .xlsx or CSV"
        )
    if head.startswith(_PDF):
        raise ReadError(f"{path.name} is a PDF, not a table (Factur-X invoices are read apart)")
    return None


def _sniff_text_format(path: Path, head: bytes) -> str:
    text = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n")
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"{"):
        return _json_or_jsonl(text)
    if text.startswith(b"<"):
        # Some "Excel exports" are HTML tables with an .xls name; e-invoices are XML.
        raise ReadError(
            f"{path.name} is XML or HTML, not a table: re-save it as .xlsx or CSV "
            "(e-invoices are read apart)"
        )
    return "csv"


def _json_or_jsonl(text: bytes) -> str:
    """A first line that is a whole object, and not a wrapper of rows, means one object per line."""
    try:
        first = json.loads(text.split(b"\n", 1)[0])
    except ValueError:
        return "json"
    if isinstance(first, dict) and not any(isinstance(first.get(k), list) for k in _ROWS_KEYS):
        return "jsonl"
    return "json"


# --- Encoding -----------------------------------------------------------------------------


def _resolve_encoding(path: Path, head: bytes, requested: str | None) -> str:
    if requested:
        try:
            encoding = codecs.lookup(requested).name
        except LookupError:
            raise ReadError(f"unknown encoding {requested!r}") from None
    else:
        encoding = _bom_encoding(head) or _detect_encoding(_non_ascii_sample(path, head))
    _refuse_binary(path, head, encoding)
    return encoding


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    # Excel's "Unicode text" export is tab-separated UTF-16 with a BOM.
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _non_ascii_sample(path: Path, head: bytes) -> bytes:
    """The first chunk holding a non-ASCII byte: the only place encodings differ.

    Scanning bytes (not decoding) is cheap, and an export whose first accent is on row
    40,000 must not be taken for UTF-8 on the strength of its ASCII head. Every chunk
    before the one returned is ASCII, so it starts on a character boundary.
    """
    if not head.isascii():
        return head
    with path.open("rb") as stream:
        stream.seek(len(head))
        while chunk := stream.read(_CHUNK):
            if not chunk.isascii():
                return chunk
    return b""


def _detect_encoding(sample: bytes) -> str:
    if not sample:
        return "utf-8"  # pure ASCII reads the same in every candidate
    # final=False: the sample may end in the middle of a multi-byte character.
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(sample, final=False)
    invalid = text.count(_REPLACEMENT)
    valid = len(text) - len(text.encode("ascii", "ignore")) - invalid
    # Mostly valid UTF-8 with a few foreign bytes is a UTF-8 file with damaged rows, which
    # those rows will report; a single-byte encoding is almost never valid UTF-8 by chance.
    if valid > invalid:
        return "utf-8"
    return _single_byte_encoding(sample)


def _single_byte_encoding(sample: bytes) -> str:
    """cp1252 (Windows) unless the sample reads clearly better as DOS or old-Mac text.

    latin-1 replaces cp1252 only when the sample uses bytes cp1252 leaves undefined.
    charset-normalizer breaks the tie, since cp850 and mac_roman decode any bytes.
    """
    try:
        sample.decode("cp1252")
        preferred = "cp1252"
    except UnicodeDecodeError:
        preferred = "iso8859-1"
    candidates = [preferred, "cp850", "mac_roman"]
    chaos = {
        codecs.lookup(m.encoding).name: m.chaos for m in from_bytes(sample, cp_isolation=candidates)
    }
    if not chaos or chaos.get(preferred, 1.0) <= min(chaos.values()):
        return preferred
    return min(chaos, key=lambda name: chaos[name])


def _refuse_binary(path: Path, head: bytes, encoding: str) -> None:
    text = head.decode(encoding, errors="replace")
    if not text.strip("\ufeff \t\r\n"):
        raise ReadError(f"{path.name} holds only blank lines: no header row")
    if len(_CONTROL.findall(text)) > _BINARY_THRESHOLD * len(text):
        raise ReadError(f"{path.name} looks binary: it is not a text export in {encoding}")


def _decoding_problem(values: dict[str, str], encoding: str) -> str | None:
    # Replacement characters come from bytes the detected encoding cannot read (a file
    # mixing encodings); the row is kept so the office can see and fix it.
    if _REPLACEMENT in "".join(values.values()):
        return f"some characters are not valid {encoding} and were replaced by {_REPLACEMENT}"
    return None


def _join_problems(first: str | None, second: str | None) -> str | None:
    if first and second:
        return f"{first}; {second}"
    return first or second


# --- Headers and cells --------------------------------------------------------------------


def _clean_headers(cells: list[str]) -> list[str]:
    names = [cell.replace("\ufeff", "").strip() for cell in cells]
    while names and not names[-1]:
        names.pop()  # a trailing delimiter is not a column
    headers: list[str] = []
    for position, name in enumerate(names, start=1):
        unique = name or f"column_{position}"
        occurrence = 1
        while unique in headers:
            occurrence += 1
            unique = f"{name or f'column_{position}'}_{occurrence}"
        headers.append(unique)
    return headers


def _trim_trailing_empty(cells: list[str], keep: int) -> list[str]:
    """Drop empty cells beyond `keep`: exports often end every row with a delimiter."""
    end = len(cells)
    while end > keep and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _values_by_header(headers: list[str], cells: list[str]) -> dict[str, str]:
    values = dict(zip(headers, cells, strict=False))
    for header in headers[len(cells) :]:
        values[header] = ""
    return values


def _count_problem(expected: int, found: int) -> str:
    return f"expected {expected} cells, found {found}"


# --- CSV ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _CsvLayout:
    path: Path
    encoding: str
    delimiter: str
    skip_sep_line: bool  # Excel's "sep=;" first line: an instruction, not data


class _Record(NamedTuple):
    number: int
    cells: list[str]
    error: str | None
    first_line: int
    last_line: int


def _open_csv(path: Path, encoding: str, delimiter: str | None) -> Table:
    head = _decode_head(path, encoding)
    sep = _excel_sep_delimiter(head)
    chosen = delimiter or sep or _sniff_delimiter(head)
    if len(chosen) != 1 or chosen in '"\r\n':
        raise ReadError(f"unusable delimiter {chosen!r}: it must be one character")
    layout = _CsvLayout(path, encoding, chosen, skip_sep_line=sep is not None)
    headers = _skip_to_header(_csv_records(layout), path)
    return Table(path, "csv", encoding, chosen, headers, partial(_csv_rows, layout, headers),
                 _cell_source=partial(_csv_cells, layout, headers))  # fmt: skip


def _decode_head(path: Path, encoding: str) -> str:
    with path.open(encoding=encoding, errors="replace", newline="") as stream:
        return stream.read(_CHUNK)


def _excel_sep_delimiter(head: str) -> str | None:
    match = _EXCEL_SEP_LINE.match(head.split("\n", 1)[0].rstrip("\r"))
    return match.group(1) if match else None


def _sniff_delimiter(head: str) -> str:
    """The delimiter of the header line; on a tie, the one the next rows agree with."""
    header = next((line for line in head.splitlines() if line.strip()), "")
    counts = {delimiter: _count_unquoted(header, delimiter) for delimiter in DELIMITERS}
    found = [delimiter for delimiter in DELIMITERS if counts[delimiter]]
    if not found:
        # One column: ';' at least keeps French decimal commas in one piece.
        return DEFAULT_DELIMITER
    if len(found) == 1:
        return found[0]
    # max() keeps the first of equals, so DELIMITERS order settles a remaining tie.
    return max(found, key=lambda d: (_rows_agreeing(head, d, counts[d] + 1), counts[d]))


def _count_unquoted(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def _rows_agreeing(head: str, delimiter: str, width: int) -> int:
    rows = (row for row in csv.reader(io.StringIO(head), delimiter=delimiter) if any(row))
    agreeing = 0
    try:
        for row in islice(rows, 1, _DELIMITER_SAMPLE_ROWS + 1):
            agreeing += len(row) == width
    except csv.Error:
        pass  # an oversized cell in the sample: judge on the rows before it
    return agreeing


def _csv_records(layout: _CsvLayout) -> Iterator[_Record]:
    line_offset = 1 if layout.skip_sep_line else 0
    with layout.path.open(encoding=layout.encoding, errors="replace", newline="") as stream:
        if layout.skip_sep_line:
            stream.readline()
        reader = csv.reader(stream, delimiter=layout.delimiter)
        number = 0
        while True:
            first_line = reader.line_num + 1 + line_offset
            try:
                cells, error = next(reader), None
            except StopIteration:
                return
            except csv.Error as exception:
                # The reader starts afresh on the next line: one bad row, not a lost file.
                cells, error = [], str(exception)
            number += 1
            yield _Record(number, cells, error, first_line, reader.line_num + line_offset)


def _is_blank(cells: Iterable[str]) -> bool:
    return not "".join(cells).strip()


def _skip_to_header(records: Iterator[_Record], path: Path) -> list[str]:
    for record in records:
        if record.error is not None:
            raise ReadError(f"{path.name}: unreadable header row: {record.error}")
        if not _is_blank(record.cells):
            return _clean_headers(record.cells)
    raise ReadError(f"{path.name} has no header row")


def _csv_rows(layout: _CsvLayout, headers: list[str]) -> Iterator[SourceRow]:
    for number, cells, problem in _csv_cells(layout, headers):
        yield SourceRow(number, dict(zip(headers, cells, strict=False)), problem)


def _csv_cells(layout: _CsvLayout, headers: list[str]) -> Iterator[SourceCells]:
    records = _csv_records(layout)
    _skip_to_header(records, layout.path)
    width = len(headers)
    for record in records:
        if record.error is not None:
            problem = f"unreadable row (lines {record.first_line}-{record.last_line}): "
            yield record.number, [], problem + record.error
        elif not _is_blank(record.cells):
            yield _csv_row_cells(record, width, layout.encoding)


def _csv_row_cells(record: _Record, width: int, encoding: str) -> SourceCells:
    """The cells of one CSV record, one per header: stripped, the missing ones blank."""
    cells = [cell.strip() for cell in record.cells]
    count_problem = None
    if len(cells) != width:
        cells = _trim_trailing_empty(cells, keep=width)
        if len(cells) != width:
            count_problem = _count_problem(width, len(cells))
            if record.last_line > record.first_line:
                count_problem += (
                    f" (the row runs from line {record.first_line} to line {record.last_line}:"
                    " an unclosed quote?)"
                )
        # Cells beyond the headers have no name: they are reported, not kept.
        cells = cells[:width] + [""] * (width - len(cells))
    # As _decoding_problem, without a dict.
    decoding_problem = None
    if _REPLACEMENT in "".join(cells):
        decoding_problem = (
            f"some characters are not valid {encoding} and were replaced by {_REPLACEMENT}"
        )
    return record.number, cells, _join_problems(count_problem, decoding_problem)


# --- XLSX ---------------------------------------------------------------------------------


def _open_xlsx(path: Path, sheet: str | None) -> Table:
    with _workbook(path) as book:
        title = _pick_sheet(book, sheet, path).title
        headers = _xlsx_headers(_sheet_rows(book, title), path, title)
    return Table(path, "xlsx", "", "", headers, partial(_xlsx_rows, path, title, headers), title)


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    # A stream, not the path: openpyxl refuses a workbook renamed .csv by its extension.
    with path.open("rb") as stream:
        try:
            with warnings.catch_warnings():
                # openpyxl warns about every unsupported extension (data validation…).
                warnings.simplefilter("ignore")
                book = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        except Exception as error:  # zipfile, XML and openpyxl's own errors alike
            raise ReadError(f"{path.name} is not a readable Excel workbook: {error}") from error
        try:
            yield book
        finally:
            book.close()


def _pick_sheet(book: Any, sheet: str | None, path: Path) -> Any:
    if not book.worksheets:
        raise ReadError(f"{path.name} has no worksheet")
    if sheet is None:
        return book.worksheets[0]
    for worksheet in book.worksheets:
        if worksheet.title == sheet or worksheet.title.casefold() == sheet.casefold():
            return worksheet
    titles = ", ".join(repr(worksheet.title) for worksheet in book.worksheets)
    raise ReadError(f"{path.name} has no sheet {sheet!r}; its sheets are {titles}")


def _sheet_rows(book: Any, title: str) -> Iterator[tuple[int, list[str]]]:
    """(row number, cell texts) for every row, empty ones included."""
    worksheet = book[title]
    # Some generators declare a wrong size ("A1:A1"); trusting it would truncate the sheet.
    worksheet.reset_dimensions()
    cells_by_row = worksheet.iter_rows(min_row=1, values_only=True)
    number = 0
    while True:
        try:
            cells = next(cells_by_row)
        except StopIteration:
            return
        except Exception as error:  # a damaged sheet fails wherever its XML breaks
            raise ReadError(f"sheet {title!r} is damaged after row {number}: {error}") from error
        number += 1
        yield number, [_cell_text(value) for value in cells]


def _xlsx_headers(rows: Iterator[tuple[int, list[str]]], path: Path, title: str) -> list[str]:
    for _number, cells in rows:
        if not _is_blank(cells):
            return _clean_headers(cells)
    raise ReadError(f"{path.name}: sheet {title!r} has no header row")


def _xlsx_rows(path: Path, title: str, headers: list[str]) -> Iterator[SourceRow]:
    with _workbook(path) as book:
        rows = _sheet_rows(book, title)
        _xlsx_headers(rows, path, title)
        for number, cells in rows:
            if _is_blank(cells):
                continue
            # A spreadsheet row simply stops at its last filled cell: only extra cells count.
            cells = _trim_trailing_empty(cells, keep=0)
            values = _values_by_header(headers, cells)
            problem = None
            if len(cells) > len(headers):
                problem = _count_problem(len(headers), len(cells))
            yield SourceRow(number, values, problem)


def _cell_text(value: object) -> str:
    """A spreadsheet cell as the office reads it: ISO dates, plain decimal numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, Decimal):
        return _decimal_text(value)
    return str(value).strip()


def _float_text(value: float) -> str:
    """A float without binary noise: 1250.1 → "1250.1", 1250.0 → "1250".

    Excel keeps 15 significant digits; the digits its arithmetic leaves beyond them
    (0.1 + 0.2 = 0.30000000000000004) are noise the office never saw.
    """
    if not math.isfinite(value):
        return str(value)
    if value == 0:
        return "0"  # not "-0"
    return _decimal_text(Decimal(format(value, ".15g")))


def _decimal_text(value: Decimal) -> str:
    # "f" writes 1E+3 as 1000: exponents mean nothing to a clerk or a validator.
    return format(value, "f") if value.is_finite() else str(value)


# --- JSON ---------------------------------------------------------------------------------


def _open_json(path: Path, encoding: str) -> Table:
    text = path.read_bytes().decode(encoding, errors="replace").removeprefix("\ufeff")
    try:
        document = json.loads(text, parse_float=Decimal, parse_constant=str)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise ReadError(f"{path.name} is not valid JSON at {where}: {error.msg}") from None
    except ValueError as error:  # e.g. an integer beyond Python's digit limit
        raise ReadError(f"{path.name} is not usable JSON: {error}") from None
    records = [
        _flatten(item) if isinstance(item, dict) else item for item in _json_items(document, path)
    ]
    headers = _union_keys(record for record in records if isinstance(record, dict))
    return Table(
        path, "json", encoding, "", headers, partial(_json_rows, records, headers, encoding)
    )


def _json_items(document: object, path: Path) -> list[object]:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in _ROWS_KEYS:
            if isinstance(document.get(key), list):
                return list(document[key])
        keys = ", ".join(repr(key) for key in list(document)[:10]) or "none"
        raise ReadError(
            f"{path.name}: a JSON object must hold its rows in a 'rows', 'cases' or 'claims'"
            f" list; its keys are {keys}"
        )
    raise ReadError(f"{path.name}: expected a JSON list of objects, found {_json_kind(document)}")


def _json_rows(records: list[object], headers: list[str], encoding: str) -> Iterator[SourceRow]:
    for number, record in enumerate(records, start=1):
        yield _json_row(number, record, headers, encoding)


def _json_row(number: int, record: object, headers: list[str], encoding: str) -> SourceRow:
    if not isinstance(record, dict):
        return SourceRow(number, {}, f"expected a JSON object, found {_json_kind(record)}")
    values = dict.fromkeys(headers, "") | record
    return SourceRow(number, values, _decoding_problem(values, encoding))


def _open_jsonl(path: Path, encoding: str) -> Table:
    # Headers from a sample, so the file is not parsed twice; later rows keep any new key.
    sample = islice(_jsonl_records(path, encoding), _JSONL_HEADER_SAMPLE)
    headers = _union_keys(record for _number, record in sample if isinstance(record, dict))
    return Table(
        path, "jsonl", encoding, "", headers, partial(_jsonl_rows, path, encoding, headers)
    )


def _jsonl_records(path: Path, encoding: str) -> Iterator[tuple[int, dict[str, str] | str]]:
    """(line number, flattened object or the reason the line is not one) per non-blank line."""
    with path.open(encoding=encoding, errors="replace") as stream:
        for number, line in enumerate(stream, start=1):
            text = line.strip().removeprefix("\ufeff")
            if not text:
                continue
            try:
                item = json.loads(text, parse_float=Decimal, parse_constant=str)
            except json.JSONDecodeError as error:
                yield number, f"not valid JSON at column {error.colno}: {error.msg}"
                continue
            except ValueError as error:
                yield number, f"not usable JSON: {error}"
                continue
            if isinstance(item, dict):
                yield number, _flatten(item)
            else:
                yield number, f"expected a JSON object, found {_json_kind(item)}"


def _jsonl_rows(path: Path, encoding: str, headers: list[str]) -> Iterator[SourceRow]:
    for number, record in _jsonl_records(path, encoding):
        if isinstance(record, str):
            yield SourceRow(number, {}, record)
        else:
            values = dict.fromkeys(headers, "") | record
            yield SourceRow(number, values, _decoding_problem(values, encoding))


def _flatten(item: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Nested objects become dotted keys ("debtor.name"), as a spreadsheet would name them."""
    values: dict[str, str] = {}
    for key, value in item.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict):
            values.update(_flatten(value, name))
        else:
            values[name] = _json_text(value)
    return values


def _json_text(value: object) -> str:
    """A JSON value as text: exact decimals, "true"/"false", null as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    return "a number"


def _union_keys(records: Iterable[dict[str, str]]) -> list[str]:
    headers: dict[str, None] = {}
    for record in records:
        headers.update(dict.fromkeys(record))
    return list(headers)
