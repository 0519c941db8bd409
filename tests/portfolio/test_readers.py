"""Reading office exports: each test is a file a French office could hand us."""

from __future__ import annotations

import json
import random
import re
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from amiable.portfolio.imports.readers import ReadError, SourceRow, open_table

HEADER_12 = [
    "Référence",
    "Client",
    "SIREN",
    "Adresse",
    "CP",
    "Ville",
    "Facture",
    "Date",
    "Échéance",
    "Montant",
    "Devise",
    "Email",
]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rows_of(path: Path, **options: str) -> list[SourceRow]:
    return list(open_table(path, **options).rows())


# --- CSV ------------------------------------------------------------------------------


def test_a_windows_excel_export_in_cp1252_with_semicolons_and_decimal_commas(tmp_path):
    # Given the export French Excel writes by default: cp1252, ';', decimal commas
    text = (
        "Client;Ville;Montant;Échéance\r\n"
        "Hélène Dupré SARL;Besançon;1 250,50;31/01/2026\r\n"
        "Café de la Gare;Nîmes;12,00;15/02/2026\r\n"
    )
    path = write(tmp_path, "relances.csv", text.encode("cp1252"))

    # When it is opened
    table = open_table(path)

    # Then the encoding and delimiter are found, and the amounts are left as written
    assert (table.format, table.encoding, table.delimiter) == ("csv", "cp1252", ";")
    assert table.headers == ["Client", "Ville", "Montant", "Échéance"]
    assert list(table.rows()) == [
        SourceRow(
            2,
            {
                "Client": "Hélène Dupré SARL",
                "Ville": "Besançon",
                "Montant": "1 250,50",
                "Échéance": "31/01/2026",
            },
        ),
        SourceRow(
            3,
            {
                "Client": "Café de la Gare",
                "Ville": "Nîmes",
                "Montant": "12,00",
                "Échéance": "15/02/2026",
            },
        ),
    ]


def test_a_utf8_bom_export_with_commas_loses_its_bom(tmp_path):
    text = "\ufeffclient,montant,ville\nÉtablissements Lœuf,99.90,Évry\n"
    path = write(tmp_path, "export.csv", text.encode("utf-8"))

    table = open_table(path)

    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.headers == ["client", "montant", "ville"]
    assert [row.values for row in table.rows()] == [
        {"client": "Établissements Lœuf", "montant": "99.90", "ville": "Évry"}
    ]


def test_a_tab_separated_export_without_bom_is_utf8(tmp_path):
    text = "Nom\tMontant\tVille\nMüller & Fils\t1250,10\tSaint-Étienne\n"
    path = write(tmp_path, "export.txt", text.encode("utf-8"))

    table = open_table(path)

    assert (table.encoding, table.delimiter) == ("utf-8", "\t")
    assert [row.values["Ville"] for row in table.rows()] == ["Saint-Étienne"]


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    text = "Nom\tMontant\r\nZoé Lefèvre\t40,00\r\n"
    path = write(tmp_path, "unicode.txt", text.encode("utf-16"))

    table = open_table(path)

    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert [row.values for row in table.rows()] == [{"Nom": "Zoé Lefèvre", "Montant": "40,00"}]


def test_quoted_cells_keep_their_newlines_and_delimiters_and_stay_one_row(tmp_path):
    text = (
        "Client;Adresse;Montant\n"
        '"Dupont; Fils et Cie";"12 rue des Lilas\nBâtiment B\n3e étage";"1 200,00"\n'
        'Martin;"5 place ""du Marché""";80,00\n'
    )
    path = write(tmp_path, "multiline.csv", text.encode("utf-8"))

    rows = rows_of(path)

    assert rows == [
        SourceRow(
            2,
            {
                "Client": "Dupont; Fils et Cie",
                "Adresse": "12 rue des Lilas\nBâtiment B\n3e étage",
                "Montant": "1 200,00",
            },
        ),
        # Row 3 as Excel numbers it, though it starts on line 5 of the text
        SourceRow(3, {"Client": "Martin", "Adresse": '5 place "du Marché"', "Montant": "80,00"}),
    ]


def test_a_ragged_row_is_reported_and_the_rows_around_it_are_kept(tmp_path):
    good = ["R1", "Dupont", "552100554", "1 rue A", "75001", "Paris"]
    good += ["F1", "01/01/2026", "31/01/2026", "100,00", "EUR", "a@b.fr"]
    too_many = [*good[:6], "F2", "02/01/2026", "01/02/2026", "200,00", "EUR", "c@d.fr", "x", "y"]
    too_few = good[:10]
    lines = [HEADER_12, good, too_many, too_few, [*good[:6], "F4", *good[7:]]]
    path = write(tmp_path, "ragged.csv", "\n".join(";".join(cells) for cells in lines).encode())

    rows = rows_of(path)

    assert [(row.number, row.problem) for row in rows] == [
        (2, None),
        (3, "expected 12 cells, found 14"),
        (4, "expected 12 cells, found 10"),
        (5, None),
    ]
    # The values it could read are there; the missing ones are empty, the extra ones dropped
    assert rows[1].values["Facture"] == "F2"
    assert rows[1].values["Email"] == "c@d.fr"
    assert rows[2].values["Montant"] == "100,00"
    assert rows[2].values["Devise"] == ""
    assert rows[3].values["Facture"] == "F4"


def test_a_trailing_delimiter_on_every_row_is_not_a_problem(tmp_path):
    path = write(tmp_path, "trailing.csv", b"a;b;c;\n1;2;3;\n4;5;6;;\n")

    table = open_table(path)

    assert table.headers == ["a", "b", "c"]
    assert [(row.values, row.problem) for row in table.rows()] == [
        ({"a": "1", "b": "2", "c": "3"}, None),
        ({"a": "4", "b": "5", "c": "6"}, None),
    ]


def test_blank_lines_are_skipped_but_still_counted_like_excel_rows(tmp_path):
    path = write(tmp_path, "blanks.csv", b"\nnom;montant\n\nA;1\n;\n  \nB;2\n\n")

    rows = rows_of(path)

    assert [(row.number, row.values["nom"]) for row in rows] == [(4, "A"), (7, "B")]


def test_blank_and_repeated_headers_get_names_so_no_value_is_overwritten(tmp_path):
    path = write(tmp_path, "headers.csv", b" Montant ;;Montant;Nom\n1;2;3;4\n")

    table = open_table(path)

    assert table.headers == ["Montant", "column_2", "Montant_2", "Nom"]
    assert next(table.rows()).values == {
        "Montant": "1",
        "column_2": "2",
        "Montant_2": "3",
        "Nom": "4",
    }


def test_a_header_with_both_commas_and_semicolons_is_settled_by_the_rows(tmp_path):
    text = "Nom, prénom;Montant\nDupont, Jean;1250,50\nMartin, Luc;12,00\n"
    path = write(tmp_path, "tie.csv", text.encode("utf-8"))

    table = open_table(path)

    assert table.delimiter == ";"
    assert table.headers == ["Nom, prénom", "Montant"]


def test_excel_sep_line_gives_the_delimiter_and_is_not_a_row(tmp_path):
    path = write(tmp_path, "sep.csv", b'sep=,\nnom,montant\nA,"1,5"\n')

    table = open_table(path)

    assert (table.delimiter, table.headers) == (",", ["nom", "montant"])
    assert list(table.rows()) == [SourceRow(2, {"nom": "A", "montant": "1,5"})]


def test_the_caller_may_impose_encoding_and_delimiter(tmp_path):
    path = write(tmp_path, "imposed.csv", "a|b\né|è\n".encode("latin-1"))

    table = open_table(path, encoding="latin1", delimiter="|")

    assert (table.encoding, table.delimiter) == ("iso8859-1", "|")
    assert [row.values for row in table.rows()] == [{"a": "é", "b": "è"}]


def test_an_accent_far_down_the_file_still_decides_the_encoding(tmp_path):
    # Given 400 KB of pure ASCII rows before the first accented name, in cp1252
    filler = "".join(f"C{n:06d};Dupont;100,00\n" for n in range(20_000))
    text = "ref;nom;montant\n" + filler + "C999999;Hélène Brûlé;5,00\n"
    path = write(tmp_path, "late_accent.csv", text.encode("cp1252"))

    table = open_table(path)

    assert table.encoding == "cp1252"
    last = list(table.rows())[-1]
    assert (last.number, last.values["nom"], last.problem) == (20_002, "Hélène Brûlé", None)


def test_an_old_dos_accounting_export_in_cp850_is_recognised(tmp_path):
    text = "Nom;Ville;Montant\r\nHélène Dupré;Besançon;12,50\r\nZoé Lefèvre;Orléans;8,00\r\n"
    path = write(tmp_path, "dos.csv", text.encode("cp850"))

    table = open_table(path)

    assert table.encoding == "cp850"
    assert [row.values["Ville"] for row in table.rows()] == ["Besançon", "Orléans"]


def test_a_row_with_bytes_foreign_to_the_encoding_is_flagged_not_dropped(tmp_path):
    # Given a UTF-8 export where one row was pasted in from a cp1252 file
    data = "nom;ville\nA;Évry\n".encode() + "B;Sèvres\n".encode("cp1252")
    data += "C;Besançon\nD;Nîmes\n".encode()
    path = write(tmp_path, "mixed.csv", data)

    rows = rows_of(path)

    assert [(row.values["nom"], row.values["ville"]) for row in rows] == [
        ("A", "Évry"),
        ("B", "S\ufffdvres"),
        ("C", "Besançon"),
        ("D", "Nîmes"),
    ]
    assert [row.problem for row in rows] == [
        None,
        "some characters are not valid utf-8 and were replaced by \ufffd",
        None,
        None,
    ]


def test_an_unclosed_quote_is_pointed_at(tmp_path):
    path = write(tmp_path, "quote.csv", b'nom;montant;ville\nA;1;Paris\n"B;2;Lyon\nC;3;Nice\n')

    rows = rows_of(path)

    assert rows[0].problem is None
    assert rows[1].problem == (
        "expected 3 cells, found 1 (the row runs from line 3 to line 4: an unclosed quote?)"
    )


def test_a_header_only_file_has_no_rows(tmp_path):
    table = open_table(write(tmp_path, "header.csv", b"nom;montant\r\n"))

    assert table.headers == ["nom", "montant"]
    assert list(table.rows()) == []


def test_rows_can_be_read_twice(tmp_path):
    table = open_table(write(tmp_path, "twice.csv", b"nom;montant\nA;1\n"))

    assert list(table.rows()) == list(table.rows())


# --- XLSX -----------------------------------------------------------------------------


def build_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Impayés"
    sheet.append([])  # a title-less blank first row
    sheet.append(["Client", "Montant", "Échéance", "Relevé le", "Factures", "Payé"])
    sheet.append(["Dupré SARL", 1250.1, date(2026, 1, 31), datetime(2026, 2, 1, 14, 30), 3, False])
    sheet.append([None, None, None])  # an empty row in the middle
    sheet.append(["Café Lœuf", 1250.0, datetime(2026, 3, 15), datetime(2026, 3, 15), 12, True])
    sheet.append(["Noise SA", 0.1 + 0.2, None, None, None, None, "extra"])
    sheet.append(["  Spaces  ", -0.0, None, None, 1e20, None])
    other = book.create_sheet("Payés")
    other.append(["Client", "Montant"])
    other.append(["Martin", 10])
    book.save(path)
    return path


def test_a_workbook_gives_iso_dates_and_plain_numbers(tmp_path):
    path = build_workbook(tmp_path / "impayes.xlsx")

    table = open_table(path)

    assert (table.format, table.sheet) == ("xlsx", "Impayés")
    assert table.headers == ["Client", "Montant", "Échéance", "Relevé le", "Factures", "Payé"]
    assert list(table.rows()) == [
        SourceRow(
            3,
            {
                "Client": "Dupré SARL",
                "Montant": "1250.1",
                "Échéance": "2026-01-31",
                "Relevé le": "2026-02-01T14:30:00",
                "Factures": "3",
                "Payé": "false",
            },
        ),
        SourceRow(
            5,
            {
                "Client": "Café Lœuf",
                "Montant": "1250",
                "Échéance": "2026-03-15",
                "Relevé le": "2026-03-15",
                "Factures": "12",
                "Payé": "true",
            },
        ),
        SourceRow(
            6,
            {
                "Client": "Noise SA",
                "Montant": "0.3",
                "Échéance": "",
                "Relevé le": "",
                "Factures": "",
                "Payé": "",
            },
            "expected 6 cells, found 7",
        ),
        SourceRow(
            7,
            {
                "Client": "Spaces",
                "Montant": "0",
                "Échéance": "",
                "Relevé le": "",
                "Factures": "100000000000000000000",
                "Payé": "",
            },
        ),
    ]


def test_a_named_sheet_is_read_and_a_missing_one_is_refused(tmp_path):
    path = build_workbook(tmp_path / "impayes.xlsx")

    assert [row.values for row in open_table(path, sheet="Payés").rows()] == [
        {"Client": "Martin", "Montant": "10"}
    ]
    with pytest.raises(ReadError, match=r"no sheet 'Archive'; its sheets are 'Impayés', 'Payés'"):
        open_table(path, sheet="Archive")


def test_a_workbook_declaring_a_wrong_size_is_read_whole(tmp_path):
    # Given a workbook whose sheet claims to be a single cell, as some generators write it
    source = build_workbook(tmp_path / "source.xlsx")
    path = tmp_path / "undersized.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:A1"', data)
            copy.writestr(item, data)

    rows = rows_of(path)

    assert [row.values["Client"] for row in rows] == [
        "Dupré SARL",
        "Café Lœuf",
        "Noise SA",
        "Spaces",
    ]


def test_a_workbook_renamed_to_csv_is_still_read_as_a_workbook(tmp_path):
    path = build_workbook(tmp_path / "impayes.xlsx").rename(tmp_path / "impayes.csv")

    assert open_table(path).format == "xlsx"


def test_a_damaged_workbook_is_refused(tmp_path):
    path = write(tmp_path, "damaged.xlsx", b"PK\x03\x04" + bytes(range(256)) * 4)

    with pytest.raises(ReadError, match=r"damaged\.xlsx is not a readable Excel workbook"):
        open_table(path)


def test_a_legacy_xls_workbook_is_refused_with_the_way_out(tmp_path):
    path = write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)

    with pytest.raises(ReadError, match=r"legacy Excel 97-2003 .*save it as \.xlsx or CSV"):
        open_table(path)


# --- JSON and JSONL -------------------------------------------------------------------


def test_a_json_list_keeps_amounts_exact_and_flags_what_is_not_an_object(tmp_path):
    text = """[
      {"ref": "C1", "amount": 1250.10, "paid": false, "note": null, "count": 3,
       "debtor": {"name": "Dupré", "siren": "552100554"}},
      {"ref": "C2", "amount": 1e3, "paid": true, "tags": ["b2b", "urgent"]},
      "not a case"
    ]"""
    path = write(tmp_path, "cases.json", text.encode())

    table = open_table(path)

    assert (table.format, table.encoding) == ("json", "utf-8")
    assert table.headers == [
        "ref",
        "amount",
        "paid",
        "note",
        "count",
        "debtor.name",
        "debtor.siren",
        "tags",
    ]
    rows = list(table.rows())
    assert rows[0] == SourceRow(
        1,
        {
            "ref": "C1",
            "amount": "1250.10",
            "paid": "false",
            "note": "",
            "count": "3",
            "debtor.name": "Dupré",
            "debtor.siren": "552100554",
            "tags": "",
        },
    )
    assert rows[1].values["amount"] == "1000"
    assert rows[1].values["paid"] == "true"
    assert rows[1].values["debtor.name"] == ""
    assert json.loads(rows[1].values["tags"]) == ["b2b", "urgent"]
    assert rows[2] == SourceRow(3, {}, "expected a JSON object, found a string")


def test_a_json_object_with_rows(tmp_path):
    data = {"exported": "2026-02-01", "rows": [{"ref": "C1", "amount": "12,50"}]}
    path = write(tmp_path, "export.json", json.dumps(data).encode())

    assert rows_of(path) == [SourceRow(1, {"ref": "C1", "amount": "12,50"})]


def test_a_json_object_without_a_rows_list_is_refused(tmp_path):
    path = write(tmp_path, "config.json", b'{"name": "x", "version": 2}')

    with pytest.raises(ReadError, match="'rows', 'cases' or 'claims'"):
        open_table(path)


def test_broken_json_is_refused_with_its_position(tmp_path):
    path = write(tmp_path, "broken.json", b'[\n  {"ref": "C1"},\n  {"ref": "C2",}\n]')

    with pytest.raises(ReadError, match=r"broken.json is not valid JSON at line 3, column 16"):
        open_table(path)


def test_jsonl_keeps_every_good_line_around_a_garbage_one(tmp_path):
    lines = [
        '{"ref": "C1", "amount": 10.5}',
        "",
        "{garbage",
        "[1, 2]",
        '{"ref": "C2", "amount": 20, "city": "Évry"}',
    ]
    path = write(tmp_path, "cases.jsonl", "\n".join(lines).encode())

    table = open_table(path)

    assert (table.format, table.headers) == ("jsonl", ["ref", "amount", "city"])
    assert list(table.rows()) == [
        SourceRow(1, {"ref": "C1", "amount": "10.5", "city": ""}),
        SourceRow(
            3, {}, "not valid JSON at column 2: Expecting property name enclosed in double quotes"
        ),
        SourceRow(4, {}, "expected a JSON object, found a list"),
        SourceRow(5, {"ref": "C2", "amount": "20", "city": "Évry"}),
    ]


def test_the_format_is_sniffed_when_the_extension_says_nothing(tmp_path):
    jsonl = write(tmp_path, "export.dat", b'{"ref": "C1"}\n{"ref": "C2"}\n')
    json_list = write(tmp_path, "export.out", b'  [{"ref": "C1"}]')
    csv_text = write(tmp_path, "export", b"ref;montant\nC1;1\n")

    assert [open_table(p).format for p in (jsonl, json_list, csv_text)] == ["jsonl", "json", "csv"]


# --- Unreadable files -----------------------------------------------------------------


def test_an_empty_file_is_refused(tmp_path):
    with pytest.raises(ReadError, match=r"empty\.csv is empty"):
        open_table(write(tmp_path, "empty.csv", b""))


def test_a_file_of_blank_lines_has_no_header(tmp_path):
    with pytest.raises(ReadError, match="no header row"):
        open_table(write(tmp_path, "blank.csv", b"\r\n  \r\n\r\n"))


def test_binary_garbage_is_refused(tmp_path):
    garbage = random.Random(20260131).randbytes(4096)
    path = write(tmp_path, "garbage.csv", garbage)

    with pytest.raises(ReadError, match=r"garbage\.csv looks binary"):
        open_table(path)


def test_an_unknown_format_is_refused(tmp_path):
    path = write(tmp_path, "x.csv", b"a;b\n")

    with pytest.raises(ReadError, match="unknown format 'ods'"):
        open_table(path, format="ods")


def test_an_html_table_named_xls_is_refused_with_the_way_out(tmp_path):
    path = write(tmp_path, "export.xls", b"<html><table><tr><td>x</td></tr></table></html>")

    with pytest.raises(ReadError, match="XML or HTML, not a table"):
        open_table(path)


def test_a_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match=r"cannot open absent\.csv"):
        open_table(tmp_path / "absent.csv")


# --- Size -----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_20_mb_export_is_streamed_in_little_memory(tmp_path):
    # Given a ~20 MB cp1252 export, written in pieces so the test itself stays small
    path = tmp_path / "big.csv"
    row_count = 0
    with path.open("w", encoding="cp1252", newline="") as stream:
        stream.write("ref;client;ville;montant;échéance;email\r\n")
        while stream.tell() < 20_000_000:
            block = "".join(
                f"C{row_count + n:08d};Société Générale n°{n};Besançon;1 250,50;31/01/2026;"
                f"compta{n}@exemple.fr\r\n"
                for n in range(1000)
            )
            stream.write(block)
            row_count += 1000

    # When every row is read
    tracemalloc.start()
    try:
        table = open_table(path)
        seen = sum(1 for row in table.rows() if row.problem is None)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    # Then all rows came through and memory stayed far below the file's size
    assert table.encoding == "cp1252"
    assert seen == row_count
    assert peak < 20_000_000


def test_cells_are_the_values_of_the_rows_one_per_header(tmp_path):
    csv_path = write(tmp_path, "cells.csv", (
        "Client;Ville;Montant\r\n"
        " Dupré ;Lyon;1,00\r\n"
        "Martin\r\n"
        "\r\n"
        "Noise;Paris;2,00;en trop\r\n"
        "Caf\x81;Nîmes;3,00\r\n"
    ).encode("cp1252", errors="ignore") + b"Caf\x81;N\xeemes;3,00\r\n")  # fmt: skip
    json_path = write(tmp_path, "cells.json", json.dumps(
        [{"Client": "A", "Montant": 1}, {"Ville": " B "}, "not a case"]
    ).encode())  # fmt: skip

    for path in (csv_path, json_path):
        table = open_table(path)
        rows, cells = list(table.rows()), list(table.cells())
        assert [(number, dict(zip(table.headers, values, strict=False)), problem)
                for number, values, problem in cells] == [
            (row.number, row.values, row.problem) for row in rows
        ]  # fmt: skip
        assert all(len(values) in (0, len(table.headers)) for _, values, _ in cells)
    assert open_table(csv_path).stripped and not open_table(json_path).stripped
