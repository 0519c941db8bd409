"""The letter PDF: the checked text printed whole, in an embedded font, laid out for a
French window envelope, with its footer on every page and a QR code that scans as built.

Given the golden letters the template engine renders (tests/playbooks/golden/letter),
when they are laid out as PDF, then the PDF's text (read back with pypdf, and with
pdftotext when installed) holds every line of them, and its page images show the address
in the window and nothing where the envelope hides the sheet.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

import numpy
import pypdfium2
import pytest
from pypdf import PdfReader

from amiable.channels.letters import (
    EmptyLetter,
    InvalidReference,
    LetterFontMissing,
    LetterRenderError,
    RecipientDoesNotFit,
    RecipientNotFound,
    UnprintableCharacter,
    UnsupportedLanguage,
    epc_qr,
    portal_qr,
    render_letter,
)
from amiable.channels.letters.pdf import (
    FONT_DIRECTORY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    QR_BOX,
    REGISTERED_MENTION,
    WINDOW,
    Box,
    letter_fonts,
)
from amiable.channels.letters.qr import QUIET_ZONE_MODULES, QrCode

GOLDEN = Path(__file__).resolve().parents[2] / "playbooks" / "golden" / "letter"
GOLDEN_LETTERS = sorted(path.relative_to(GOLDEN).as_posix() for path in GOLDEN.glob("*/*.txt"))
REFERENCE = "AG-2026-0042-L1"
IBAN = "FR76 3000 4000 0312 3456 7890 143"
NARROW_NO_BREAK_SPACE = "\u202f"


def golden(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


def transfer_qr() -> QrCode:
    return epc_qr(
        name="Alcyon Gestion", iban=IBAN, amount=Decimal("1162.34"),
        remittance_reference="D-2026-0042",
    )  # fmt: skip


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]


def normalised(text: str) -> str:
    """Whitespace only: every run of spaces (U+202F and U+00A0 included) and line breaks
    becomes one space."""
    return " ".join(text.split())


def body_text(pages: list[str], *, footer: list[str], furniture: Sequence[str] = ()) -> str:
    """The pages' text joined, without what is printed around the body (the footer's
    lines, the QR caption, the LRAR mention), which would otherwise sit between the two
    halves of a paragraph split across pages."""
    kept = []
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip() not in footer]
        text = normalised("\n".join(lines))
        for printed in furniture:
            text = text.replace(normalised(printed), " ")
        kept.append(text)
    return normalised(" ".join(kept))


def lines_not_printed_in_order(text: str, printed: str) -> list[str]:
    """The text's lines missing from `printed`, each looked for after the previous one:
    the layout moves lines about the page, it never drops or reorders them."""
    missing, position = [], 0
    for line in (normalised(line) for line in text.splitlines() if line.strip()):
        found = printed.find(line, position)
        if found < 0:
            missing.append(line)
        else:
            position = found + len(line)
    return missing


def footer_lines(lang: str, total: int) -> list[str]:
    pages = range(1, total + 1)
    labels = [f"page {n}/{total}" if lang == "fr" else f"page {n} of {total}" for n in pages]
    return [*labels, REFERENCE]


def page_image(pdf: bytes, index: int, dpi: int) -> numpy.ndarray:
    """Page `index` as grey levels, row 0 at the top of the sheet."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        bitmap = document[index].render(scale=dpi / 72, grayscale=True)
        return numpy.array(bitmap.to_numpy(), copy=True)
    finally:
        document.close()


def pixels(box: Box, dpi: int) -> tuple[slice, slice]:
    """The (rows, columns) of a box measured in mm from the sheet's top-left corner."""
    scale = dpi / 25.4
    return (
        slice(round(box.top * scale), round(box.bottom * scale)),
        slice(round(box.left * scale), round(box.right * scale)),
    )


def dark(image: numpy.ndarray) -> int:
    return int((image < 128).sum())


@pytest.fixture(scope="module")
def first_letter_fr() -> bytes:
    return render_letter(
        golden("fr/first_letter.cordial.txt"), lang="fr", reference=REFERENCE,
        qr=transfer_qr(), registered=True,
    )  # fmt: skip


# The text ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", GOLDEN_LETTERS)
def test_every_line_of_the_golden_letter_is_printed(name: str) -> None:
    lang = name.split("/")[0]
    qr = transfer_qr()
    pdf = render_letter(golden(name), lang=lang, reference=REFERENCE, qr=qr, registered=True)

    pages = page_texts(pdf)
    printed = body_text(
        pages,
        footer=footer_lines(lang, len(pages)),
        furniture=[qr.caption(lang), REGISTERED_MENTION[lang]],
    )
    assert lines_not_printed_in_order(golden(name), printed) == []


@pytest.mark.parametrize("name", GOLDEN_LETTERS)
def test_pdftotext_reads_every_line_too(name: str, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed on this machine")
    lang = name.split("/")[0]
    pdf_path = tmp_path / "letter.pdf"
    pdf_path.write_bytes(render_letter(golden(name), lang=lang, reference=REFERENCE))
    output = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf_path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    pages = [page for page in output.split("\f") if page.strip()]
    printed = body_text(pages, footer=footer_lines(lang, len(pages)))
    assert lines_not_printed_in_order(golden(name), printed) == []


def test_narrow_no_break_space_is_printed_as_itself_and_holds_the_amount_together(
    first_letter_fr: bytes,
) -> None:
    text = "\n".join(page_texts(first_letter_fr))
    # Babel's French amount: U+202F between thousands, U+00A0 before the euro sign.
    assert "Principal : 1\u202f150,00" in text
    assert "Total restant dû : 1\u202f162,34" in text
    # Never broken at the narrow space: no line ends with the "1" of "1 162,34 €".
    assert not re.search(r"(?m)\b1\s*$\n^\s*1[56]2,34", text)
    assert text.count(NARROW_NO_BREAK_SPACE) == golden("fr/first_letter.cordial.txt").count(
        NARROW_NO_BREAK_SPACE
    )


def test_a_french_semicolon_stays_on_its_word_s_line_and_n_degree_on_its_number(
    first_letter_fr: bytes,
) -> None:
    lines = "\n".join(page_texts(first_letter_fr)).splitlines()
    assert "RF86 A000 0004 2 ;" in " ".join(lines)  # the transfer reference, then ";"
    assert [line for line in lines if line.strip() == ";"] == []
    assert [line for line in lines if line.rstrip().endswith("n°")] == []
    assert "(contrat n° OT-558120)" in " ".join(lines)


def test_footer_on_every_page_with_reference_and_page_of_pages() -> None:
    for lang, label in (("fr", "page {n}/{total}"), ("en", "page {n} of {total}")):
        pdf = render_letter(
            golden(f"{lang}/first_letter.cordial.txt"), lang=lang, reference=REFERENCE
        )
        pages = page_texts(pdf)
        assert len(pages) == 2
        for number, text in enumerate(pages, start=1):
            assert label.format(n=number, total=2) in text
            assert REFERENCE in text


def test_a_letter_with_300_claim_lines_paginates_with_its_footer_on_every_page() -> None:
    text = golden("fr/first_letter.cordial.txt")
    claims = "\n".join(
        f"- Facture n° FAC-2026-{n:04d} du 5 janvier 2026, échue le 4 février 2026, "
        f"d'un montant de {n},50\u00a0€"
        for n in range(1, 301)
    )
    anchor = "- Facture n° FAC-2026-0117"
    long_text = text.replace(anchor, f"{claims}\n{anchor}", 1)

    pdf = render_letter(long_text, lang="fr", reference=REFERENCE)

    pages = page_texts(pdf)
    total = len(pages)
    assert total == 12
    for number, page in enumerate(pages, start=1):
        assert f"page {number}/{total}" in page
        assert REFERENCE in page
    printed = body_text(pages, footer=footer_lines("fr", total))
    assert lines_not_printed_in_order(long_text, printed) == []


# The font ------------------------------------------------------------------------------------


def test_the_font_is_an_embedded_dejavu_subset_and_never_helvetica(first_letter_fr: bytes) -> None:
    reader = PdfReader(BytesIO(first_letter_fr))
    fonts = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert sorted(fonts) == ["/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"]
    for font in fonts.values():
        assert font["/Subtype"] == "/TrueType"
        descriptor = font["/FontDescriptor"].get_object()
        assert len(descriptor["/FontFile2"].get_object().get_data()) > 1000  # embedded
        assert "/ToUnicode" in font  # text can be read back
    assert b"Helvetica" not in first_letter_fr


def test_a_missing_font_file_is_refused_not_replaced(tmp_path: Path) -> None:
    with pytest.raises(LetterFontMissing, match=r"DejaVuSans\.ttf"):
        letter_fonts(tmp_path)


def test_the_font_licence_ships_with_the_font() -> None:
    fonts = FONT_DIRECTORY
    licence = (fonts / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu" in licence
    assert {path.name for path in fonts.glob("*.ttf")} == {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}


# The page ------------------------------------------------------------------------------------


def test_the_address_shows_in_the_window_and_nothing_beside_it(first_letter_fr: bytes) -> None:
    dpi = 100
    image = page_image(first_letter_fr, 0, dpi)
    height, width = image.shape
    assert abs(height - PAGE_HEIGHT / 72 * dpi) <= 1 and abs(width - PAGE_WIDTH / 72 * dpi) <= 1

    window = image[pixels(WINDOW, dpi)]
    assert dark(window) > 500  # the LRAR mention and three address lines

    # Where the envelope hides the sheet, level with its window: the window's height on a
    # DL envelope (50 to 95 mm from the top of the sheet, 45 mm from the top when the
    # folded sheet slides), left and right of the window's always-visible zone.
    band_top, band_bottom = WINDOW.top - 5, WINDOW.top + 45
    left = Box(left=0, top=band_top, width=WINDOW.left - 2, height=band_bottom - band_top)
    right = Box(left=WINDOW.right + 2, top=band_top, width=210 - WINDOW.right - 2,
                height=band_bottom - band_top)  # fmt: skip
    assert dark(image[pixels(left, dpi)]) == 0
    assert dark(image[pixels(right, dpi)]) == 0
    # Below the window's zone and above the body: blank too (the sheet's slack).
    below = Box(left=WINDOW.left - 2, top=WINDOW.bottom, width=WINDOW.width + 4,
                height=band_bottom - WINDOW.bottom)  # fmt: skip
    assert dark(image[pixels(below, dpi)]) == 0


def test_the_registered_mention_is_above_the_recipient_only_when_registered() -> None:
    text = golden("en/formal_reminder.ferme.txt")
    registered = page_texts(render_letter(text, lang="en", reference=REFERENCE, registered=True))
    plain = page_texts(render_letter(text, lang="en", reference=REFERENCE))

    first = registered[0]
    assert first.index("Registered letter with proof of delivery") < first.index("Camille Martin")
    assert "Registered letter" not in "".join(plain)
    french = page_texts(
        render_letter(golden("fr/formal_reminder.ferme.txt"), lang="fr", reference=REFERENCE,
                      registered=True)
    )  # fmt: skip
    assert "Lettre recommandée avec accusé de réception" in french[0]


def test_the_qr_code_on_page_one_is_the_payload_s_matrix_module_for_module(
    first_letter_fr: bytes,
) -> None:
    dpi = 300
    image = page_image(first_letter_fr, 0, dpi)
    qr = transfer_qr()
    matrix = qr.matrix()
    side = len(matrix) + 2 * QUIET_ZONE_MODULES
    module = QR_BOX.width / 25.4 * dpi / side  # pixels per module
    assert module > 5  # sampling the centre of a module is then unambiguous
    top, left = QR_BOX.top / 25.4 * dpi, QR_BOX.left / 25.4 * dpi

    def sampled(row: int, column: int) -> bool:
        y = int(top + (row + 0.5) * module)
        x = int(left + (column + 0.5) * module)
        return bool(image[y, x] < 128)

    read = tuple(
        tuple(sampled(row + QUIET_ZONE_MODULES, column + QUIET_ZONE_MODULES)
              for column in range(len(matrix)))
        for row in range(len(matrix))
    )  # fmt: skip
    assert read == matrix
    # The quiet zone is white all round.
    border = [
        sampled(row, column)
        for row in range(side)
        for column in range(side)
        if min(row, column) < QUIET_ZONE_MODULES or max(row, column) >= side - QUIET_ZONE_MODULES
    ]
    assert not any(border)
    # The caption sits beside it, in the letter's language.
    assert "scannez ce code avec l'application de votre banque" in normalised(
        page_texts(first_letter_fr)[0]
    )


def test_a_portal_code_prints_with_its_english_caption() -> None:
    qr = portal_qr("https://pay.alcyon-gestion.example/p/7Q2XK9")
    pdf = render_letter(
        golden("en/first_letter.cordial.txt"), lang="en", reference=REFERENCE, qr=qr
    )
    assert "Pay online: scan this code with your phone" in normalised(page_texts(pdf)[0])


# Metadata and reproducibility ----------------------------------------------------------------


def test_metadata_and_same_input_same_bytes() -> None:
    text = golden("fr/formal_reminder.ferme.txt")
    now = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    pdf = render_letter(text, lang="fr", reference=REFERENCE, now=now)

    assert render_letter(text, lang="fr", reference=REFERENCE, now=now) == pdf
    paris = now.astimezone(timezone(timedelta(hours=1)))
    assert render_letter(text, lang="fr", reference=REFERENCE, now=paris) == pdf
    info = PdfReader(BytesIO(pdf)).metadata
    assert info is not None
    assert info.title == "demande formelle de règlement"
    assert info.author == "Alcyon Gestion"
    assert info.subject == REFERENCE
    assert info["/CreationDate"] == "D:20261120093000+00'00'"
    titled = render_letter(text, lang="fr", reference=REFERENCE, title="Relance D-2026-0042")
    assert PdfReader(BytesIO(titled)).metadata.title == "Relance D-2026-0042"  # type: ignore[union-attr]
    # Without `now`, a fixed date: still reproducible.
    assert render_letter(text, lang="fr", reference=REFERENCE) == render_letter(
        text, lang="fr", reference=REFERENCE
    )


# Bad inputs ------------------------------------------------------------------------------------


ADDRESS = " " * 40 + "Camille Martin\n" + " " * 40 + "69003 Lyon\n"


@pytest.mark.parametrize(
    ("text", "options", "error", "reason"),
    [
        ("", {}, EmptyLetter, "empty"),
        ("  \n\n ", {}, EmptyLetter, "empty"),
        ("Alcyon Gestion\n\nMadame, Monsieur,\n", {}, RecipientNotFound, "address block"),
        (f"Alcyon\n{ADDRESS}\nTexte 漢\n", {}, UnprintableCharacter, r"U\+6F22"),
        (f"Alcyon\n{ADDRESS}\nTexte\n", {"lang": "de"}, UnsupportedLanguage, "'de'"),
        (f"Alcyon\n{ADDRESS}\nTexte\n", {"reference": " "}, InvalidReference, "one-line"),
        (f"Alcyon\n{ADDRESS}\nTexte\n", {"now": datetime(2026, 11, 20)}, LetterRenderError,
         "timezone-aware"),
        ("Alcyon\n" + " " * 40 + "Société Anonyme des Établissements Martin et Compagnie Réunis\n",
         {}, RecipientDoesNotFit, "wider than the envelope window"),
        ("Alcyon\n" + (" " * 40 + "ligne\n") * 9, {}, RecipientDoesNotFit,
         "taller than the envelope window"),
    ],
)  # fmt: skip
def test_bad_inputs_are_refused_with_a_reason(
    text: str, options: dict[str, object], error: type[Exception], reason: str
) -> None:
    arguments: dict[str, object] = {"lang": "fr", "reference": REFERENCE, **options}
    with pytest.raises(error, match=reason) as raised:
        render_letter(text, **arguments)
    assert isinstance(raised.value, ValueError)


def test_a_glyph_check_covers_the_characters_french_needs() -> None:
    french = "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’€°\u00a0\u202f"
    text = f"Alcyon\n{ADDRESS}\n{french}\n"
    pdf = render_letter(text, lang="fr", reference=REFERENCE)
    assert french.replace("\u00a0", "").replace("\u202f", "") in "".join(page_texts(pdf)[0].split())
