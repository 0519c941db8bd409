"""A rendered letter's text laid out as an A4 PDF for a French window envelope.

The text comes from the template engine, already checked for the mandatory mentions of
CPCE R124-4 (`playbooks.mentions`). Those checks read the text, so this module is a layout
of that text and nothing more: every character of every line is printed as it is, in the
same order; only the whitespace that shapes the text becomes geometry (the recipient's
40-space indent becomes the window position, a 4-space indent a margin, a blank line a
gap, a long line wraps at its spaces). Bullets ("- ") keep their dash and hang.

Lines are broken here, not by ReportLab's Paragraph: Paragraph splits words on every
Unicode space, U+202F included, so Babel's "1 162,34 €" (narrow no-break space) could be
cut after the "1" and would be drawn with an ordinary space. Our wrapper breaks at U+0020
only and draws each line with `drawString`, so U+202F and U+00A0 reach the PDF as
themselves and keep the amount on one line.

Geometry (mm from the top-left corner of the sheet, as one measures paper):

- The envelope: the French DL window envelope (110 × 220 mm, for A4 folded in three)
  with its window on the right, 100 × 45 mm, 20 mm from the right edge and 15 mm from
  the bottom: on the envelope, x 100–200 and y 50–95. The folded letter may slide about
  11 mm down (a 99 mm third in a 110 mm envelope) and 10 mm sideways (210 in 220), so the
  part of the sheet always seen through the window is x 100–190, y 50–84. The recipient
  block is printed there (`WINDOW`), starting 50 mm from the top, 100 mm from the left.
  C5 window envelopes sold in France for A4 folded once place their window for the same
  address zone; check the mail house's own specification before a first campaign.
- The letterhead: top left, from 15 mm, 75 mm wide, so nothing of it shows in the window.
- The body: from 100 mm on page 1 (below the window), from 20 mm on later pages, 20 mm
  side margins, 20 mm bottom margin; the footer (reference, "page 1/3") at 10 mm.
- The QR code, when given: a 32 mm square at the bottom right of page 1, its caption to
  its left; page 1's body stops above it.

Fonts: DejaVu Sans and DejaVu Sans Bold, shipped in `fonts/` with their licence and
embedded (subset) in every PDF. They hold every glyph French needs, "€", U+00A0 and
U+202F; a character they lack is refused (`UnprintableCharacter`) rather than drawn as an
empty box. A missing font file raises `LetterFontMissing`: ReportLab would otherwise fall
back to Helvetica, which has no U+202F and is not embedded.

Output is reproducible: ReportLab's invariant mode, a creation date from `now` (or
2000-01-01 when none is given) and nothing else time- or random-dependent, so the same
input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from amiable.channels.letters.batch import (
    LetterError,
    letter_lines,
    recipient_block_span,
)
from amiable.channels.letters.qr import QrCode

FONT_DIRECTORY = Path(__file__).resolve().parent / "fonts"
REGULAR_FONT = "AmiableDejaVuSans"
BOLD_FONT = "AmiableDejaVuSans-Bold"
_FONT_FILES = {REGULAR_FONT: "DejaVuSans.ttf", BOLD_FONT: "DejaVuSans-Bold.ttf"}

PAGE_WIDTH, PAGE_HEIGHT = A4
LANGS = ("fr", "en")
REGISTERED_MENTION = {
    "fr": "Lettre recommandée avec accusé de réception",
    "en": "Registered letter with proof of delivery",
}
_PDF_LANG = {"fr": "fr-FR", "en": "en-GB"}
_SUBJECT_PREFIXES = ("Objet :", "Objet:", "Subject:")


@dataclass(frozen=True)
class Box:
    """A rectangle measured in millimetres from the sheet's top-left corner."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def x(self) -> float:
        """The left edge in PDF points."""
        return self.left * mm

    def y(self) -> float:
        """The bottom edge in PDF points (PDF measures from the bottom)."""
        return PAGE_HEIGHT - self.bottom * mm


MARGIN_LEFT = 20.0
MARGIN_RIGHT = 20.0
MARGIN_BOTTOM = 20.0
FOOTER_BASELINE = 10.0
BODY_TOP_FIRST_PAGE = 100.0
BODY_TOP_LATER_PAGES = 20.0
WINDOW = Box(left=100, top=50, width=90, height=34)
LETTERHEAD = Box(left=MARGIN_LEFT, top=15, width=75, height=WINDOW.top + WINDOW.height - 15)
QR_SIZE = 32.0
QR_BOX = Box(
    left=210 - MARGIN_RIGHT - QR_SIZE, top=297 - MARGIN_BOTTOM - 2 - QR_SIZE, width=QR_SIZE,
    height=QR_SIZE,
)  # fmt: skip
QR_CAPTION = Box(
    left=MARGIN_LEFT, top=QR_BOX.top, width=QR_BOX.left - MARGIN_LEFT - 8, height=QR_SIZE
)
BODY_WIDTH = 210 - MARGIN_LEFT - MARGIN_RIGHT

BODY_SIZE, BODY_LEADING = 10.0, 13.0
ADDRESS_SIZE, ADDRESS_LEADING = 10.0, 11.5
LETTERHEAD_NAME_SIZE, LETTERHEAD_SIZE, LETTERHEAD_LEADING = 11.0, 9.0, 11.0
CAPTION_SIZE, CAPTION_LEADING = 9.0, 11.0
FOOTER_SIZE = 8.0
INDENT_PER_SPACE = 2.5  # mm: the 4-space quoted block sits 10 mm in
MAX_INDENT = 40.0
BLANK_LINE = 0.6 * BODY_LEADING  # a blank line of the text: a paragraph gap


class LetterRenderError(LetterError):
    """The text cannot be laid out as asked."""


class UnsupportedLanguage(LetterRenderError):
    """Letters are written in French or English."""


class InvalidReference(LetterRenderError):
    """The reference printed in every footer is empty or spans lines."""


class UnprintableCharacter(LetterRenderError):
    """A character the embedded font has no glyph for: it would print as a box."""


class RecipientDoesNotFit(LetterRenderError):
    """The address block is wider or taller than the part of the sheet the window shows."""


class LetterheadTooLong(LetterRenderError):
    """The letterhead runs into the body of page 1."""


class LetterFontMissing(RuntimeError):
    """The embedded font's file is missing: an installation fault, never worked around."""


# Fonts ------------------------------------------------------------------------------------


@lru_cache(maxsize=2)
def letter_fonts(directory: Path = FONT_DIRECTORY) -> dict[str, TTFont]:
    """The two faces, registered with ReportLab once per process. Both files are looked
    for before either is registered: a half-installed font changes nothing."""
    missing = [name for name in _FONT_FILES.values() if not (directory / name).is_file()]
    if missing:
        raise LetterFontMissing(f"the letters' font is missing from {directory}: {missing}")
    fonts = {}
    for name, filename in _FONT_FILES.items():
        path = directory / filename
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        fonts[name] = font
    pdfmetrics.registerFontFamily(REGULAR_FONT, normal=REGULAR_FONT, bold=BOLD_FONT)
    return fonts


def check_printable(text: str) -> None:
    """Every character has a glyph in both faces (line breaks aside)."""
    fonts = letter_fonts().values()
    for char in sorted(set(text) - {"\n", "\r"}):
        if not all(ord(char) in font.face.charToGlyph for font in fonts):
            raise UnprintableCharacter(
                f"the letter's font has no glyph for {char!r} (U+{ord(char):04X})"
            )


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


# Line breaking ----------------------------------------------------------------------------


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    """How many characters of a word too long for a line fit on one (at least one)."""
    fitting = 1
    while fitting < len(word) and _width(word[: fitting + 1], font, size) <= width:
        fitting += 1
    return fitting


# French sets a space before ";:!?»" and after "«"; a line never starts with the former
# nor ends with the latter (nor with "n°", parted from its number), so the space beside
# them holds like a no-break space.
_CLINGS_TO_PREVIOUS = frozenset(";:!?»€%")
_CLINGS_TO_NEXT = frozenset({"«", "n°", "N°", "no.", "No."})


def _unbreakable_words(text: str) -> list[str]:
    """The text cut at its spaces, where a break is allowed."""
    words: list[str] = []
    glue_next = False
    for word in (word for word in text.split(" ") if word):
        if words and (glue_next or set(word) <= _CLINGS_TO_PREVIOUS):
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
        glue_next = word in _CLINGS_TO_NEXT
    return words


def wrap_line(
    text: str, *, font: str, size: float, first_width: float, other_width: float
) -> list[str]:
    """Greedy line breaking at U+0020 only (no-break spaces hold), a word longer than a
    line (a long address) cut where it must. Runs of spaces count as one."""
    words = _unbreakable_words(text)
    lines: list[str] = []
    current = ""
    for word in words:
        width = first_width if not lines else other_width
        candidate = f"{current} {word}" if current else word
        if _width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        width = first_width if not lines else other_width
        while _width(word, font, size) > width:
            cut = _longest_prefix(word, font, size, width)
            lines.append(word[:cut])
            word = word[cut:]
            width = other_width
        current = word
    if current or not lines:
        lines.append(current)
    return lines


# Flowables --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    font: str = REGULAR_FONT
    size: float = BODY_SIZE
    leading: float = BODY_LEADING


_BODY_STYLE = _Style()
_SUBJECT_STYLE = _Style(font=BOLD_FONT)


class TextLine(Flowable):
    """One line of the letter's text as a block: indented, wrapped, a bullet's dash
    hanging, split across pages between its wrapped lines when it must be."""

    def __init__(
        self,
        text: str,
        *,
        style: _Style = _BODY_STYLE,
        indent: float = 0.0,
        hang: float = 0.0,
        placed: list[tuple[float, str]] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.indent = indent
        self.hang = hang
        self.placed = placed  # (x, line) once broken

    def _place(self, available_width: float) -> list[tuple[float, str]]:
        if self.placed is None:
            lines = wrap_line(
                self.text,
                font=self.style.font,
                size=self.style.size,
                first_width=available_width - self.indent,
                other_width=available_width - self.indent - self.hang,
            )
            self.placed = [
                (self.indent + (self.hang if index else 0.0), line)
                for index, line in enumerate(lines)
            ]
        return self.placed

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self._place(availWidth)) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        placed = self._place(availWidth)
        # A block of three lines or fewer moves whole; a longer one leaves at least two
        # lines on each page (no orphan, no widow).
        fitting = min(int(availHeight // self.style.leading), len(placed) - 2)
        if len(placed) < 4 or fitting < 2:
            return []
        return [
            TextLine(self.text, style=self.style, placed=placed[:fitting]),
            TextLine(self.text, style=self.style, placed=placed[fitting:]),
        ]

    def draw(self) -> None:
        placed = self.placed or []
        self.canv.setFont(self.style.font, self.style.size)
        for index, (x, line) in enumerate(placed):
            baseline = self.height - (index + 1) * self.style.leading + 0.25 * self.style.leading
            self.canv.drawString(x, baseline, line)


def _indent_of(line: str) -> float:
    spaces = len(line) - len(line.lstrip(" "))
    return min(spaces * INDENT_PER_SPACE, MAX_INDENT) * mm


def body_flowables(lines: Sequence[str]) -> list[Flowable]:
    """The body's lines, one block each; a blank line is a gap. The date line that opens a
    French letter is set under the window, in the address column."""
    flowables: list[Flowable] = []
    for index, line in enumerate(lines):
        content = line.strip()
        if not content:
            flowables.append(Spacer(0, BLANK_LINE))
            continue
        style = _SUBJECT_STYLE if content.startswith(_SUBJECT_PREFIXES) else _BODY_STYLE
        indent = _indent_of(line)
        if (
            index == 0
            and _width(content, style.font, style.size)
            <= (BODY_WIDTH - (WINDOW.left - MARGIN_LEFT)) * mm
        ):
            indent = (WINDOW.left - MARGIN_LEFT) * mm
        hang = _width("- ", style.font, style.size) if content.startswith("- ") else 0.0
        block = TextLine(content, style=style, indent=indent, hang=hang)
        block.keepWithNext = content.endswith(":")  # a heading stays with what it heads
        flowables.append(block)
    return flowables


# The parts of a letter ----------------------------------------------------------------------


@dataclass(frozen=True)
class LetterParts:
    """The text cut where the layout changes: above the window, in it, below it."""

    letterhead: tuple[str, ...]
    recipient: tuple[str, ...]
    body: tuple[str, ...]

    @property
    def office(self) -> str | None:
        return self.letterhead[0] if self.letterhead else None

    @property
    def subject(self) -> str | None:
        for line in self.body:
            content = line.strip()
            for prefix in _SUBJECT_PREFIXES:
                if content.startswith(prefix):
                    return content[len(prefix) :].strip() or None
        return None


def letter_parts(text: str) -> LetterParts:
    lines = letter_lines(text)
    start, end = recipient_block_span(lines)
    letterhead = [line.strip() for line in lines[:start]]
    while letterhead and not letterhead[-1]:
        letterhead.pop()
    body = list(lines[end:])
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    return LetterParts(
        letterhead=tuple(letterhead),
        recipient=tuple(line.strip() for line in lines[start:end]),
        body=tuple(body),
    )


# Page furniture ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Furniture:
    """What every page or page 1 draws around the body."""

    parts: LetterParts
    lang: str
    reference: str
    registered: bool
    qr: QrCode | None


def _draw_lines(
    canvas: Canvas, lines: Sequence[tuple[str, str, float]], *, x: float, top: float, leading: float
) -> float:
    """Draw (text, font, size) lines from `top` down; returns the last baseline."""
    baseline = top
    for index, (text, font, size) in enumerate(lines):
        baseline = top - size - index * leading
        canvas.setFont(font, size)
        canvas.drawString(x, baseline, text)
    return baseline


def _letterhead_lines(parts: LetterParts) -> list[tuple[str, str, float]]:
    placed: list[tuple[str, str, float]] = []
    for index, line in enumerate(parts.letterhead):
        font, size = (
            (BOLD_FONT, LETTERHEAD_NAME_SIZE) if index == 0 else (REGULAR_FONT, LETTERHEAD_SIZE)
        )
        wrapped = wrap_line(
            line, font=font, size=size, first_width=LETTERHEAD.width * mm,
            other_width=LETTERHEAD.width * mm,
        )  # fmt: skip
        placed.extend((text, font, size) for text in wrapped)
    return placed


def _window_lines(parts: LetterParts, lang: str, registered: bool) -> list[tuple[str, str, float]]:
    lines = [(line, REGULAR_FONT, ADDRESS_SIZE) for line in parts.recipient]
    if registered:
        return [
            (REGISTERED_MENTION[lang], BOLD_FONT, ADDRESS_SIZE - 1),
            ("", REGULAR_FONT, 4.0),
            *lines,
        ]
    return lines


def check_fits(furniture: _Furniture) -> None:
    """The address fits the window's always-visible zone; the letterhead ends above the body."""
    lines = _window_lines(furniture.parts, furniture.lang, furniture.registered)
    for text, font, size in lines:
        if _width(text, font, size) > WINDOW.width * mm:
            raise RecipientDoesNotFit(
                f"the address line {text!r} is wider than the envelope window ({WINDOW.width:g} mm)"
            )
    if len(lines) * ADDRESS_LEADING > WINDOW.height * mm:
        raise RecipientDoesNotFit(
            f"{len(furniture.parts.recipient)} address lines are taller than the envelope "
            f"window ({WINDOW.height:g} mm)"
        )
    letterhead = _letterhead_lines(furniture.parts)
    if (LETTERHEAD.top * mm + len(letterhead) * LETTERHEAD_LEADING) > (
        BODY_TOP_FIRST_PAGE - 2
    ) * mm:
        raise LetterheadTooLong(
            f"the letterhead's {len(letterhead)} lines run into the body of page 1"
        )


def _page_label(lang: str, page: int, total: int | None) -> str:
    total_text = "?" if total is None else str(total)
    return f"page {page}/{total_text}" if lang == "fr" else f"page {page} of {total_text}"


def _draw_footer(canvas: Canvas, furniture: _Furniture, total: int | None) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR_FONT, FOOTER_SIZE)
    baseline = FOOTER_BASELINE * mm
    canvas.drawString(MARGIN_LEFT * mm, baseline, furniture.reference)
    label = _page_label(furniture.lang, canvas.getPageNumber(), total)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT * mm, baseline, label)
    canvas.restoreState()


def _draw_first_page(canvas: Canvas, furniture: _Furniture) -> None:
    canvas.saveState()
    _draw_lines(
        canvas, _letterhead_lines(furniture.parts), x=LETTERHEAD.x(),
        top=PAGE_HEIGHT - LETTERHEAD.top * mm, leading=LETTERHEAD_LEADING,
    )  # fmt: skip
    window = _window_lines(furniture.parts, furniture.lang, furniture.registered)
    _draw_lines(
        canvas, window, x=WINDOW.x(), top=PAGE_HEIGHT - WINDOW.top * mm, leading=ADDRESS_LEADING
    )
    if furniture.qr is not None:
        furniture.qr.draw(canvas, x=QR_BOX.x(), y=QR_BOX.y(), size=QR_BOX.width * mm)
        caption = wrap_line(
            furniture.qr.caption(furniture.lang), font=REGULAR_FONT, size=CAPTION_SIZE,
            first_width=QR_CAPTION.width * mm, other_width=QR_CAPTION.width * mm,
        )  # fmt: skip
        height = len(caption) * CAPTION_LEADING
        top = QR_CAPTION.y() + QR_CAPTION.height * mm / 2 + height / 2
        _draw_lines(
            canvas, [(line, REGULAR_FONT, CAPTION_SIZE) for line in caption],
            x=QR_CAPTION.x(), top=top, leading=CAPTION_LEADING,
        )  # fmt: skip
    canvas.restoreState()


# The document -----------------------------------------------------------------------------


def _pdf_date(now: datetime | None) -> Callable[..., str] | None:
    if now is None:
        return None  # invariant mode's fixed date
    moment = now.astimezone(UTC)
    text = moment.strftime("D:%Y%m%d%H%M%S+00'00'")
    return lambda *_: text


def _canvas_maker(now: datetime | None) -> type[Canvas]:
    formatter = _pdf_date(now)

    class _LetterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            if formatter is not None:
                self.setDateFormatter(formatter)

    return _LetterCanvas


def _document(
    output: BytesIO, furniture: _Furniture, *, title: str, total: int | None, pages: list[int]
) -> BaseDocTemplate:
    def first_page(canvas: Canvas, _document: BaseDocTemplate) -> None:
        _draw_first_page(canvas, furniture)
        _draw_footer(canvas, furniture, total)
        pages.append(canvas.getPageNumber())

    def later_page(canvas: Canvas, _document: BaseDocTemplate) -> None:
        _draw_footer(canvas, furniture, total)
        pages.append(canvas.getPageNumber())

    # Page 1's body stops 4 mm above the QR code when there is one.
    first_bottom = (MARGIN_BOTTOM if furniture.qr is None else 297 - QR_BOX.top + 4) * mm
    first_frame = Frame(
        MARGIN_LEFT * mm, first_bottom, BODY_WIDTH * mm,
        PAGE_HEIGHT - BODY_TOP_FIRST_PAGE * mm - first_bottom,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="first",
    )  # fmt: skip
    later_frame = Frame(
        MARGIN_LEFT * mm, MARGIN_BOTTOM * mm, BODY_WIDTH * mm,
        PAGE_HEIGHT - (BODY_TOP_LATER_PAGES + MARGIN_BOTTOM) * mm,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="later",
    )  # fmt: skip
    document = BaseDocTemplate(
        output,
        pagesize=A4,
        title=title,
        author=furniture.parts.office or "",
        subject=furniture.reference,
        creator="amiable",
        invariant=1,
        lang=_PDF_LANG[furniture.lang],
        initialFontName=REGULAR_FONT,  # never Helvetica, even in the page preamble
        initialFontSize=BODY_SIZE,
    )
    document.addPageTemplates(
        [
            PageTemplate("first", [first_frame], onPage=first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later_frame], onPage=later_page),
        ]
    )
    return document


def _build(
    furniture: _Furniture, *, title: str, total: int | None, now: datetime | None
) -> tuple[bytes, int]:
    output = BytesIO()
    pages: list[int] = []
    document = _document(output, furniture, title=title, total=total, pages=pages)
    document.build(body_flowables(furniture.parts.body), canvasmaker=_canvas_maker(now))
    return output.getvalue(), len(pages)


def render_letter(
    text: str,
    *,
    lang: str,
    reference: str,
    qr: QrCode | None = None,
    registered: bool = False,
    title: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """The letter `text` as PDF bytes (A4, window envelope layout, see the module).

    `reference` is printed in every page's footer with "page n/N"; `registered` prints the
    LRAR mention above the address; `qr` is printed at the bottom of page 1 with its
    caption; `title` defaults to the subject line; `now` (timezone-aware) dates the PDF."""
    if lang not in LANGS:
        raise UnsupportedLanguage(f"letters are written in {' or '.join(LANGS)}, got {lang!r}")
    reference = reference.strip()
    if not reference or "\n" in reference:
        raise InvalidReference(f"a letter needs a one-line reference, got {reference!r}")
    if now is not None and now.utcoffset() is None:
        raise LetterRenderError("the creation time must be timezone-aware")
    parts = letter_parts(text)
    furniture = _Furniture(
        parts=parts, lang=lang, reference=reference, registered=registered, qr=qr
    )
    check_printable(
        "\n".join(
            [*letter_lines(text), reference, REGISTERED_MENTION[lang], _page_label(lang, 1, 1)]
            + ([qr.caption(lang)] if qr is not None else [])
        )
    )
    check_fits(furniture)
    document_title = title or parts.subject or reference
    # Twice: the first pass counts the pages that "page n/N" needs; the text does not
    # depend on N, so the second pass breaks the pages exactly as the first.
    _, total = _build(furniture, title=document_title, total=None, now=now)
    pdf, again = _build(furniture, title=document_title, total=total, now=now)
    if again != total:  # cannot happen: the footer's width takes no room from the body
        raise RuntimeError(f"the letter had {total} pages, then {again}")
    return pdf
