"""Mail-house batches: one merged PDF, each letter starting on a fresh sheet when printed
recto-verso, and a semicolon CSV index a French mail house (or Excel) reads as it is.

Given three rendered letters of 1, 2 and 3 pages, when they are batched for duplex
printing, then they start on pages 1, 3 and 5, the padding pages are blank, and the index
says so row by row; a bad letter stops the batch before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import numpy
import pypdfium2
import pytest
from pypdf import PdfReader

from amiable.channels.letters import (
    BatchError,
    BatchExists,
    BatchLetter,
    DuplicateReference,
    EmptyBatch,
    EmptyLetter,
    InvalidLetterPdf,
    InvalidRecipient,
    RecipientNotFound,
    letter_batch,
    postal_address,
    recipient_lines_from_text,
    render_letter,
)

GOLDEN = Path(__file__).resolve().parents[2] / "playbooks" / "golden" / "letter"
INDENT = " " * 40
HEADER = (
    "sequence;reference;recipient_name;address_line_1;address_line_2;address_line_3;"
    "address_line_4;postcode;city;country;first_page;page_count;registered"
)


def letter_text(recipient: list[str], paragraphs: int) -> str:
    address = "\n".join(INDENT + line for line in recipient)
    body = "\n\n".join(
        f"Paragraphe {n} : nous vous remercions de votre attention et restons à votre "
        "disposition pour toute question sur ce dossier."
        for n in range(1, paragraphs + 1)
    )
    return f"Alcyon Gestion\n24 rue Garibaldi\n69006 Lyon\n\n{address}\n\nLe 20 novembre 2026\n\n{body}\n"


RECIPIENTS = {
    "AG-1": ["Camille Martin", "12 rue des Lilas", "69003 Lyon"],
    "AG-2": ["Hélène Dupré", "Appartement 4", "3 place Bellecour", "69002 Lyon"],
    "AG-3": ["Jan Peeters", "Rue Haute 12", "1000 Bruxelles", "BELGIQUE"],
}
# Paragraphs giving exactly 1, 2 and 3 pages (each paragraph is two lines and a gap).
PARAGRAPHS = {1: 5, 2: 25, 3: 45}


def rendered(reference: str, pages: int, *, registered: bool = False) -> BatchLetter:
    text = letter_text(RECIPIENTS[reference], PARAGRAPHS[pages])
    pdf = render_letter(text, lang="fr", reference=reference, registered=registered)
    assert len(PdfReader(BytesIO(pdf)).pages) == pages
    return BatchLetter(
        reference=reference, pdf=pdf, recipient_lines=recipient_lines_from_text(text),
        registered=registered,
    )  # fmt: skip


@pytest.fixture(scope="module")
def letters() -> dict[int, BatchLetter]:
    return {
        1: rendered("AG-1", 1),
        2: rendered("AG-2", 2, registered=True),
        3: rendered("AG-3", 3),
    }


def page_is_blank(pdf_path: Path, index: int) -> bool:
    document = pypdfium2.PdfDocument(pdf_path)
    try:
        image = numpy.array(document[index].render(scale=0.5, grayscale=True).to_numpy())
    finally:
        document.close()
    return bool((image == 255).all())


def index_rows(path: Path) -> list[str]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents
    text = raw[3:].decode("utf-8")
    assert text.endswith("\r\n")
    return text.split("\r\n")[:-1]


# The batch -----------------------------------------------------------------------------------


def test_duplex_batch_starts_every_letter_on_an_odd_page(
    letters: dict[int, BatchLetter], tmp_path: Path
) -> None:
    result = letter_batch([letters[1], letters[2], letters[3]], out_dir=tmp_path, duplex=True)

    assert [entry.first_page for entry in result.letters] == [1, 3, 5]
    assert [entry.page_count for entry in result.letters] == [1, 2, 3]
    assert result.pages == 8
    merged = PdfReader(result.pdf_path)
    assert len(merged.pages) == 8
    assert [page_is_blank(result.pdf_path, index) for index in range(8)] == [
        False, True, False, False, False, False, False, True,
    ]  # fmt: skip
    for entry in result.letters:  # each letter's own footer on its first page
        assert f"page 1/{entry.page_count}" in merged.pages[entry.first_page - 1].extract_text()
        assert entry.reference in merged.pages[entry.first_page - 1].extract_text()

    assert index_rows(result.index_path) == [
        HEADER,
        "1;AG-1;Camille Martin;12 rue des Lilas;;;;69003;Lyon;FR;1;1;no",
        "2;AG-2;Hélène Dupré;Appartement 4;3 place Bellecour;;;69002;Lyon;FR;3;2;yes",
        "3;AG-3;Jan Peeters;Rue Haute 12;;;;1000;Bruxelles;BE;5;3;no",
    ]


def test_a_three_page_letter_in_the_middle_pushes_the_next_to_page_seven(
    letters: dict[int, BatchLetter], tmp_path: Path
) -> None:
    result = letter_batch([letters[1], letters[3], letters[2]], out_dir=tmp_path)
    assert [entry.first_page for entry in result.letters] == [1, 3, 7]
    assert result.pages == 8
    assert [page_is_blank(result.pdf_path, index) for index in (1, 5)] == [True, True]


def test_simplex_batch_has_no_padding(letters: dict[int, BatchLetter], tmp_path: Path) -> None:
    result = letter_batch([letters[1], letters[2], letters[3]], out_dir=tmp_path, duplex=False)
    assert [entry.first_page for entry in result.letters] == [1, 2, 4]
    assert result.pages == 6
    assert not any(page_is_blank(result.pdf_path, index) for index in range(6))
    assert index_rows(result.index_path)[1:] == [
        "1;AG-1;Camille Martin;12 rue des Lilas;;;;69003;Lyon;FR;1;1;no",
        "2;AG-2;Hélène Dupré;Appartement 4;3 place Bellecour;;;69002;Lyon;FR;2;2;yes",
        "3;AG-3;Jan Peeters;Rue Haute 12;;;;1000;Bruxelles;BE;4;3;no",
    ]


def test_a_field_holding_a_semicolon_is_quoted(
    letters: dict[int, BatchLetter], tmp_path: Path
) -> None:
    letter = BatchLetter(
        reference="AG-9", pdf=letters[1].pdf, registered=False,
        recipient_lines=["SARL Martin; Fils", "12 rue des Lilas", "69003 Lyon"],
    )  # fmt: skip
    result = letter_batch([letter], out_dir=tmp_path)
    assert index_rows(result.index_path)[1] == (
        '1;AG-9;"SARL Martin; Fils";12 rue des Lilas;;;;69003;Lyon;FR;1;1;no'
    )


# Addresses --------------------------------------------------------------------------------------


def test_recipient_lines_come_from_the_window_block_of_the_golden_letters() -> None:
    for path in sorted(GOLDEN.glob("*/*.txt")):
        assert recipient_lines_from_text(path.read_text(encoding="utf-8")) == [
            "Camille Martin", "12 rue des Lilas", "69003 Lyon",
        ]  # fmt: skip


def test_the_quoted_creditor_block_is_not_taken_for_the_recipient() -> None:
    text = (
        "Alcyon Gestion\n\n    Opaline Télécom SAS\n    69002 Lyon\n\n"
        + INDENT
        + "Camille Martin\n"
    )
    assert recipient_lines_from_text(text) == ["Camille Martin"]


def test_recipient_lines_of_a_text_without_them() -> None:
    with pytest.raises(EmptyLetter, match="empty"):
        recipient_lines_from_text(" \n")
    with pytest.raises(RecipientNotFound, match="no address block"):
        recipient_lines_from_text("Alcyon Gestion\n    Opaline Télécom SAS\n")


def test_postal_address_reads_a_country_line_only_when_it_names_a_country() -> None:
    assert (
        postal_address(["Anna Schmidt", "Hauptstraße 5", "10115 Berlin", "Allemagne"]).country
        == "DE"
    )
    assert (
        postal_address(["Anna Smith", "5 High Street", "Bath BA1 1AA", "United Kingdom"]).country
        == "GB"
    )
    address = postal_address(["Camille Martin", "Lieu-dit Les Vignes", "Saint-Martin"])
    assert (address.postcode, address.city, address.country) == ("", "Saint-Martin", "FR")
    cedex = postal_address(["Opaline Télécom SAS", "CS 40012", "69289 LYON CEDEX 02"])
    assert (cedex.postcode, cedex.city) == ("69289", "LYON CEDEX 02")


# Bad inputs: nothing written ----------------------------------------------------------------------


def test_a_bad_letter_stops_the_batch_before_anything_is_written(
    letters: dict[int, BatchLetter], tmp_path: Path
) -> None:
    broken = BatchLetter(reference="AG-X", pdf=b"%PDF-1.4 not really", recipient_lines=RECIPIENTS["AG-1"],
                         registered=False)  # fmt: skip
    with pytest.raises(InvalidLetterPdf, match="AG-X"):
        letter_batch([letters[1], broken], out_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("make", "error", "reason"),
    [
        (lambda letters: [], EmptyBatch, "at least one letter"),
        (lambda letters: [letters[1], letters[1]], DuplicateReference, "AG-1 appears twice"),
        (
            lambda letters: [BatchLetter("AG-5", letters[1].pdf, ["Camille Martin"], False)],
            InvalidRecipient, "AG-5: an address needs a name and a locality",
        ),
        (
            lambda letters: [BatchLetter("AG-6", letters[1].pdf, [f"ligne {n}" for n in range(8)], False)],
            InvalidRecipient, "at most 7 lines",
        ),
        (lambda letters: [BatchLetter(" ", letters[1].pdf, RECIPIENTS["AG-1"], False)], BatchError,
         "empty reference"),
        (lambda letters: [BatchLetter("AG-7", b"", RECIPIENTS["AG-1"], False)], InvalidLetterPdf,
         "not a readable PDF"),
    ],
)  # fmt: skip
def test_bad_batches_are_refused_and_write_nothing(
    letters: dict[int, BatchLetter],
    tmp_path: Path,
    make: Callable[[dict[int, BatchLetter]], list[BatchLetter]],
    error: type[Exception],
    reason: str,
) -> None:
    with pytest.raises(error, match=reason) as raised:
        letter_batch(make(letters), out_dir=tmp_path)
    assert isinstance(raised.value, ValueError)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_batch_is_never_overwritten(
    letters: dict[int, BatchLetter], tmp_path: Path
) -> None:
    first = letter_batch([letters[1]], out_dir=tmp_path, name="2026-11-20")
    before = (first.pdf_path.read_bytes(), first.index_path.read_bytes())

    with pytest.raises(BatchExists, match="already exists"):
        letter_batch([letters[2]], out_dir=tmp_path, name="2026-11-20")

    assert (first.pdf_path.read_bytes(), first.index_path.read_bytes()) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["2026-11-20.csv", "2026-11-20.pdf"]


def test_a_batch_name_cannot_leave_its_folder(
    letters: dict[int, BatchLetter], tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    with pytest.raises(BatchError, match="batch name"):
        letter_batch([letters[1]], out_dir=folder, name="../escape")
    assert list(tmp_path.iterdir()) == []
