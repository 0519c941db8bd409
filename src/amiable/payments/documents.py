"""The two documents money in and out of the client account calls for (CPCE R124-6): the
receipt (quittance) the agency gives the debtor for every payment, and the pay-over
statement (relevé de reversement) that goes with the funds paid over to the creditor
within one month of their encashment.

Pure renderers: a frozen dataclass in, PDF bytes out, no database. Every figure is a
Decimal the caller took from the ledger; the renderer never computes one, it only checks
that the figures it prints agree (the allocation lines and the over-payment make up the
amount received; the items make up the totals) and refuses a document that would print
sums that do not add up.

Layout: A4, 20 mm side margins, in the letters' embedded DejaVu Sans (see
`channels.letters.pdf`), so that every French character, "€", U+00A0 and U+202F print as
themselves; a character the font lacks is refused (`UnprintableCharacter`). Amounts are
written by `playbooks.context.money_text` and dates by `day_text` / `day_short_text`, the
functions the messages use, so a receipt and the e-mail carrying it print the same text.

Pagination is done here, before anything is drawn: the content is laid out as positioned
strings and rules, page by page (a table row never splits, the table's header row is
repeated at the top of every page it continues on, the last row keeps the totals company),
so the page count is known when the pages are drawn and every footer reads "page n/N".

Output is reproducible: ReportLab's invariant mode and the letters' canvas, dated from
`now` (2000-01-01 when none is given); the same document and `now` give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from amiable.channels.letters.pdf import (
    BOLD_FONT,
    REGULAR_FONT,
    UnprintableCharacter,
    _canvas_maker,
    check_printable,
    letter_fonts,
    wrap_line,
)
from amiable.playbooks.context import day_short_text, day_text, money_text

__all__ = [
    "PAYOVER_MENTION",
    "RECEIPT_MENTION",
    "AgencyBlock",
    "DocumentError",
    "PayoverDocument",
    "PayoverItemView",
    "ReceiptDocument",
    "UnprintableCharacter",
    "payover_pdf",
    "receipt_pdf",
]

LANGS = ("fr", "en")
_PDF_LANG = {"fr": "fr-FR", "en": "en-GB"}

RECEIPT_TITLE = {"fr": "Quittance n° {number}", "en": "Receipt no. {number}"}
PAYOVER_TITLE = {
    "fr": "Relevé de reversement n° {number}",
    "en": "Pay-over statement no. {number}",
}
RECEIPT_MENTION = {
    "fr": (
        "Quittance délivrée en application de l'article R124-6 du code des procédures "
        "civiles d'exécution."
    ),
    "en": "Receipt given under article R124-6 of the French Code of civil enforcement procedures.",
}
# `{due_on}` is written by `day_text` in the document's language.
PAYOVER_MENTION = {
    "fr": (
        "Fonds à reverser au créancier au plus tard le {due_on} (un mois après "
        "l'encaissement, art. R124-6 CPCE), sauf stipulation contraire du mandat."
    ),
    "en": (
        "Funds to be paid over to the creditor by {due_on} at the latest (one month after "
        "encashment, art. R124-6 of the French Code of civil enforcement procedures), unless "
        "the mandate provides otherwise."
    ),
}


class DocumentError(ValueError):
    """The document cannot be printed as given: an unknown language, figures that do not
    add up, a time without its zone."""


# What is printed --------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyBlock:
    """The office issuing the document, as its letterhead shows it."""

    name: str
    address_lines: tuple[str, ...]
    identity: str  # "SIREN 812 345 678 – société de recouvrement amiable"


@dataclass(frozen=True)
class ReceiptDocument:
    """A receipt (quittance) for one payment. `lines` is how the ledger allocated it, as
    (label, amount); with `overpaid` (the part beyond what was owed, to be refunded) they
    make up `amount` exactly. `legal_line`: the R124-6 mention, the standard one for the
    language when None."""

    lang: str
    number: str  # "Q-2026-000123"
    issued_on: date
    agency: AgencyBlock
    creditor_name: str
    debtor_name: str
    debtor_address_lines: tuple[str, ...]
    case_reference: str
    transfer_reference: str  # the case's "RF…" reference
    amount: Decimal
    currency: str
    paid_on: date
    means: str  # "virement bancaire" / "bank transfer"…, in the document's language
    lines: tuple[tuple[str, Decimal], ...]
    balance_after: Decimal  # what is still owed after this payment (0: settled)
    overpaid: Decimal = Decimal("0.00")
    legal_line: str | None = None

    @property
    def title(self) -> str:
        return RECEIPT_TITLE[_lang(self.lang)].format(number=self.number)

    @property
    def mention(self) -> str:
        return self.legal_line or RECEIPT_MENTION[_lang(self.lang)]


@dataclass(frozen=True)
class PayoverItemView:
    """One sum encashed for the creditor: a payment, or a reversal (negative amount)."""

    case_reference: str
    debtor_name: str
    encashed_on: date
    amount: Decimal  # signed: a reversal (chargeback, returned transfer) is negative
    fee: Decimal  # the agency's fee on it, signed like the amount


@dataclass(frozen=True)
class PayoverDocument:
    """A pay-over statement: the sums encashed for one creditor over a period, the agency's
    fee, and what is owed to the creditor (`collected - fee_total == owed`, the items making
    up `collected` and `fee_total`), due by `due_on`. `mention`: the R124-6 mention, the
    standard one (with `due_on`) when None."""

    lang: str
    number: str  # "RV-2026-11-0001"
    issued_on: date
    agency: AgencyBlock
    creditor_name: str
    creditor_address_lines: tuple[str, ...]
    period_start: date
    period_end: date
    currency: str
    items: tuple[PayoverItemView, ...]
    collected: Decimal
    fee_total: Decimal
    owed: Decimal  # owed to the creditor
    fee_detail: str  # "12 % des sommes encaissées (mandat M-OPA-1)"
    due_on: date
    mention: str | None = None

    @property
    def title(self) -> str:
        return PAYOVER_TITLE[_lang(self.lang)].format(number=self.number)

    @property
    def legal_text(self) -> str:
        if self.mention:
            return self.mention
        return PAYOVER_MENTION[_lang(self.lang)].format(due_on=day_text(self.due_on, self.lang))


# The words around the figures ---------------------------------------------------------------

_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "issued_on": "Émise le {day}",
        "issued_on_m": "Émis le {day}",
        "case": "Dossier",
        "creditor": "Créancier",
        "debtor": "Débiteur",
        "transfer_reference": "Référence de paiement",
        "paid_on": "Date du paiement",
        "means": "Moyen de paiement",
        "amount_received": "Montant reçu",
        "acknowledgement": (
            "{agency}, agissant pour le compte de son client {creditor}, reconnaît avoir reçu "
            "de {debtor} la somme de {amount} le {day} ({means}) et lui en donne quittance."
        ),
        "allocation": "Imputation du paiement",
        "label": "Affectation",
        "amount": "Montant",
        "allocated": "Total imputé",
        "overpaid": "Trop-perçu, qui vous sera remboursé",
        "balance_after": "Reste dû après ce paiement",
        "settled": "Dossier soldé : plus rien n'est dû.",
        "period": "Période",
        "period_value": "du {start} au {end}",
        "items": "Sommes encaissées pour le compte du créancier",
        "debtor_column": "Débiteur",
        "encashed_on": "Encaissé le",
        "fee": "Commission",
        "collected": "Total encaissé sur la période",
        "fee_total": "Commission de l'agence",
        "fee_detail": "Calcul de la commission : {detail}",
        "owed": "Montant à reverser au créancier",
        "due_on": "Échéance du reversement",
        "no_items": "Aucune somme encaissée sur la période.",
        "continued": "{title} (suite)",
    },
    "en": {
        "issued_on": "Issued on {day}",
        "issued_on_m": "Issued on {day}",
        "case": "File",
        "creditor": "Creditor",
        "debtor": "Debtor",
        "transfer_reference": "Payment reference",
        "paid_on": "Date of payment",
        "means": "Means of payment",
        "amount_received": "Amount received",
        "acknowledgement": (
            "{agency}, acting on behalf of its client {creditor}, acknowledges receipt from "
            "{debtor} of the sum of {amount} on {day} ({means}) and gives this receipt for it."
        ),
        "allocation": "Allocation of the payment",
        "label": "Allocated to",
        "amount": "Amount",
        "allocated": "Total allocated",
        "overpaid": "Over-payment, to be refunded to you",
        "balance_after": "Still owed after this payment",
        "settled": "File settled: nothing more is owed.",
        "period": "Period",
        "period_value": "from {start} to {end}",
        "items": "Sums encashed on behalf of the creditor",
        "debtor_column": "Debtor",
        "encashed_on": "Encashed on",
        "fee": "Fee",
        "collected": "Total encashed over the period",
        "fee_total": "Agency fee",
        "fee_detail": "Fee basis: {detail}",
        "owed": "Amount owed to the creditor",
        "due_on": "Pay-over due by",
        "no_items": "No sum encashed over the period.",
        "continued": "{title} (continued)",
    },
}


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise DocumentError(f"documents are written in {' or '.join(LANGS)}, got {lang!r}")
    return lang


def _page_label(page: int, total: int) -> str:
    return f"page {page}/{total}"


# Layout: positioned strings and rules, page by page ------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 20 * mm
RIGHT = PAGE_WIDTH - 20 * mm
WIDTH = RIGHT - LEFT
TOP = 15 * mm  # from the top of the sheet
TOP_LATER = 15 * mm
BOTTOM = PAGE_HEIGHT - 20 * mm  # the body stops here (y measured from the top)
FOOTER = 10 * mm  # the footer's baseline, from the bottom of the sheet
RECIPIENT_LEFT = 110 * mm

TITLE_SIZE, TITLE_LEADING = 15.0, 20.0
BODY_SIZE, BODY_LEADING = 10.0, 13.0
SMALL_SIZE, SMALL_LEADING = 9.0, 11.0
TABLE_SIZE, TABLE_LEADING = 8.5, 10.5
CELL_PAD = 1.5 * mm
FOOTER_SIZE = 8.0


@dataclass(frozen=True)
class _Op:
    """Something drawn: a string (baseline `y`, from the top of the sheet, in points), a
    horizontal rule from `x` to `x2`, or a grey band of `height` below `y`."""

    kind: str  # "text", "rule", "band"
    x: float
    y: float
    text: str = ""
    font: str = REGULAR_FONT
    size: float = BODY_SIZE
    right: bool = False  # the string ends at x
    x2: float = 0.0
    height: float = 0.0
    weight: float = 0.0  # a rule's width: 0.6 under a header, 0.3 between rows


@dataclass(frozen=True)
class _Column:
    title: str
    width: float  # points
    right: bool = False  # amounts: aligned on the right


@dataclass
class _Pages:
    """The layout in progress: the pages' operations and where the next thing goes."""

    running_head: str
    pages: list[list[_Op]] = field(default_factory=lambda: [[]])
    y: float = TOP

    @property
    def ops(self) -> list[_Op]:
        return self.pages[-1]

    def room(self) -> float:
        return BOTTOM - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP_LATER
        self.text(self.running_head, size=SMALL_SIZE, leading=SMALL_LEADING)
        self.gap(3 * mm)

    def gap(self, height: float) -> None:
        self.y += height

    def text(
        self,
        text: str,
        *,
        font: str = REGULAR_FONT,
        size: float = BODY_SIZE,
        leading: float = BODY_LEADING,
        x: float = LEFT,
        width: float = WIDTH,
    ) -> None:
        """A paragraph, wrapped at its spaces; it breaks across pages between its lines."""
        for line in wrap_line(text, font=font, size=size, first_width=width, other_width=width):
            if self.room() < leading:
                self.new_page()
            self.ops.append(_Op("text", x, self.y + size, line, font, size))
            self.y += leading

    def pair(self, label: str, value: str, *, bold: bool = False) -> None:
        """A total: its label on the left, its amount on the right, on one line."""
        font = BOLD_FONT if bold else REGULAR_FONT
        if self.room() < BODY_LEADING:
            self.new_page()
        baseline = self.y + BODY_SIZE
        self.ops.append(_Op("text", LEFT, baseline, label, font, BODY_SIZE))
        # Its amount ends where the table's amounts end.
        self.ops.append(_Op("text", RIGHT - CELL_PAD, baseline, value, font, BODY_SIZE, right=True))
        self.y += BODY_LEADING


def _height(text: str, size: float, leading: float) -> float:
    """The height of a paragraph of the body's width."""
    return (
        len(wrap_line(text, font=REGULAR_FONT, size=size, first_width=WIDTH, other_width=WIDTH))
        * leading
    )


def _cell_lines(text: str, column: _Column, font: str) -> list[str]:
    inner = column.width - 2 * CELL_PAD
    return wrap_line(text, font=font, size=TABLE_SIZE, first_width=inner, other_width=inner)


def _row_ops(
    cells: Sequence[list[str]], columns: Sequence[_Column], top: float, font: str
) -> list[_Op]:
    ops = []
    x = LEFT
    for lines, column in zip(cells, columns, strict=True):
        for index, line in enumerate(lines):
            baseline = top + CELL_PAD + TABLE_SIZE + index * TABLE_LEADING
            if column.right:
                ops.append(_Op("text", x + column.width - CELL_PAD, baseline, line, font,
                               TABLE_SIZE, right=True))  # fmt: skip
            else:
                ops.append(_Op("text", x + CELL_PAD, baseline, line, font, TABLE_SIZE))
        x += column.width
    return ops


def _row_height(cells: Sequence[list[str]]) -> float:
    return max(len(lines) for lines in cells) * TABLE_LEADING + 2 * CELL_PAD


def _table(
    pages: _Pages,
    columns: Sequence[_Column],
    rows: Sequence[Sequence[str]],
    *,
    keep_with_last: float = 0.0,
    bold_last: bool = False,
) -> None:
    """A table whose rows never split, its header row repeated at the top of every page it
    runs on. The last row goes to a new page unless `keep_with_last` points (the totals
    that follow it) fit under it too: no page holds the totals without a row of the table."""
    header = [_cell_lines(column.title, column, BOLD_FONT) for column in columns]
    header_height = _row_height(header)
    capacity = BOTTOM - TOP_LATER - 2 * SMALL_LEADING - header_height  # a later page's room
    last = len(rows) - 1
    fonts = [
        BOLD_FONT if bold_last and index == last else REGULAR_FONT for index in range(len(rows))
    ]
    cells = [
        [_cell_lines(text, column, font) for text, column in zip(row, columns, strict=True)]
        for row, font in zip(rows, fonts, strict=True)
    ]

    def draw_header() -> None:
        pages.ops.append(_Op("band", LEFT, pages.y, x2=RIGHT, height=header_height))
        pages.ops.extend(_row_ops(header, columns, pages.y, BOLD_FONT))
        pages.y += header_height
        pages.ops.append(_Op("rule", LEFT, pages.y, x2=RIGHT, weight=0.6))

    first = _row_height(cells[0]) if cells else 0.0
    if pages.room() < header_height + first:
        pages.new_page()
    draw_header()
    for index, (row, row_cells, font) in enumerate(zip(rows, cells, fonts, strict=True)):
        height = _row_height(row_cells)
        if height > capacity:
            raise DocumentError(f"a table row is taller than a page: {tuple(row)!r}")
        needed = height
        if index == last and height + keep_with_last <= capacity:
            needed += keep_with_last
        if pages.room() < needed:
            pages.new_page()
            draw_header()
        pages.ops.extend(_row_ops(row_cells, columns, pages.y, font))
        pages.y += height
        pages.ops.append(_Op("rule", LEFT, pages.y, x2=RIGHT, weight=0.3))


def _letterhead(pages: _Pages, agency: AgencyBlock, recipient: Sequence[str]) -> None:
    """The agency top left; the addressee (name and address) on the right, below it."""
    pages.text(
        agency.name, font=BOLD_FONT, size=11.0, leading=14.0, width=RECIPIENT_LEFT - LEFT + 30 * mm
    )
    for line in (*agency.address_lines, agency.identity):
        if line:
            pages.text(
                line, size=SMALL_SIZE, leading=SMALL_LEADING, width=RECIPIENT_LEFT - LEFT + 30 * mm
            )
    pages.gap(6 * mm)
    for index, line in enumerate(recipient):
        pages.text(
            line, font=BOLD_FONT if index == 0 else REGULAR_FONT, x=RECIPIENT_LEFT,
            width=RIGHT - RECIPIENT_LEFT,
        )  # fmt: skip
    pages.gap(8 * mm)


def _title(pages: _Pages, title: str, issued: str) -> None:
    pages.text(title, font=BOLD_FONT, size=TITLE_SIZE, leading=TITLE_LEADING)
    pages.text(issued, size=SMALL_SIZE, leading=SMALL_LEADING)
    pages.gap(5 * mm)


def _fields(pages: _Pages, fields: Sequence[tuple[str, str]], lang: str) -> None:
    colon = " : " if lang == "fr" else ": "
    for label, value in fields:
        pages.text(f"{label}{colon}{value}", leading=BODY_LEADING)


def _colon(lang: str) -> str:
    return " :" if lang == "fr" else ":"


# Drawing -------------------------------------------------------------------------------------


def _check_text(pages: list[list[_Op]], footer: Sequence[str], what: str) -> None:
    text = "\n".join([op.text for page in pages for op in page if op.kind == "text"] + list(footer))
    try:
        check_printable(text)
    except UnprintableCharacter as error:
        raise UnprintableCharacter(f"{what}: {error}") from error


def _draw(
    pages: list[list[_Op]],
    *,
    footer_left: str,
    title: str,
    author: str,
    subject: str,
    lang: str,
    now: datetime | None,
) -> bytes:
    output = BytesIO()
    canvas = _canvas_maker(now)(
        output, pagesize=A4, invariant=1, initialFontName=REGULAR_FONT,
        initialFontSize=BODY_SIZE, lang=_PDF_LANG[lang],
    )  # fmt: skip
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("amiable")
    total = len(pages)
    for number, ops in enumerate(pages, start=1):
        for op in ops:
            y = PAGE_HEIGHT - op.y
            if op.kind == "text":
                canvas.setFont(op.font, op.size)
                if op.right:
                    canvas.drawRightString(op.x, y, op.text)
                else:
                    canvas.drawString(op.x, y, op.text)
            elif op.kind == "band":
                canvas.setFillGray(0.9)
                canvas.rect(op.x, y - op.height, op.x2 - op.x, op.height, stroke=0, fill=1)
                canvas.setFillGray(0)
            else:
                canvas.setStrokeGray(0.3 if op.weight > 0.5 else 0.75)
                canvas.setLineWidth(op.weight)
                canvas.line(op.x, y, op.x2, y)
        canvas.setFont(REGULAR_FONT, FOOTER_SIZE)
        canvas.drawString(LEFT, FOOTER, footer_left)
        canvas.drawRightString(RIGHT, FOOTER, _page_label(number, total))
        canvas.showPage()
    canvas.save()
    return output.getvalue()


def _check_now(now: datetime | None) -> None:
    if now is not None and now.utcoffset() is None:
        raise DocumentError("the creation time must be timezone-aware")


# The receipt ---------------------------------------------------------------------------------


def _check_receipt(doc: ReceiptDocument) -> None:
    allocated = sum((amount for _, amount in doc.lines), start=Decimal(0))
    if allocated + doc.overpaid != doc.amount:
        raise DocumentError(
            f"receipt {doc.number}: the allocation lines ({allocated}) and the over-payment "
            f"({doc.overpaid}) do not make up the amount received ({doc.amount})"
        )
    if doc.overpaid < 0 or doc.amount <= 0:
        raise DocumentError(
            f"receipt {doc.number}: a receipt is for a sum received ({doc.amount}), "
            f"its over-payment is not negative ({doc.overpaid})"
        )


def receipt_pdf(doc: ReceiptDocument, *, now: datetime | None = None) -> bytes:
    """The receipt as PDF bytes (A4). Raises DocumentError for figures that do not add up
    (or an unknown language), UnprintableCharacter for text the font cannot print."""
    words = _WORDS[_lang(doc.lang)]
    _check_now(now)
    _check_receipt(doc)
    letter_fonts()
    lang = doc.lang

    def money(amount: Decimal) -> str:
        return money_text(amount, doc.currency, lang)

    pages = _Pages(running_head=words["continued"].format(title=doc.title))
    _letterhead(pages, doc.agency, (doc.debtor_name, *doc.debtor_address_lines))
    _title(pages, doc.title, words["issued_on"].format(day=day_text(doc.issued_on, lang)))
    _fields(
        pages,
        [
            (words["case"], doc.case_reference),
            (words["creditor"], doc.creditor_name),
            (words["transfer_reference"], doc.transfer_reference),
            (words["amount_received"], money(doc.amount)),
            (words["paid_on"], day_text(doc.paid_on, lang)),
            (words["means"], doc.means),
        ],
        lang,
    )
    pages.gap(4 * mm)
    pages.text(
        words["acknowledgement"].format(
            agency=doc.agency.name, creditor=doc.creditor_name, debtor=doc.debtor_name,
            amount=money(doc.amount), day=day_text(doc.paid_on, lang), means=doc.means,
        )
    )  # fmt: skip
    pages.gap(5 * mm)

    pages.text(words["allocation"], font=BOLD_FONT)
    pages.gap(1.5 * mm)
    columns = (_Column(words["label"], WIDTH - 40 * mm), _Column(words["amount"], 40 * mm, True))
    rows = [(label, money(amount)) for label, amount in doc.lines]
    allocated = doc.amount - doc.overpaid  # == the lines' sum (checked above)
    rows.append((words["allocated"], money(allocated)))
    # What follows the table: the over-payment, the balance, "settled", the mention.
    totals = 8 * mm + 3 * BODY_LEADING + _height(doc.mention, SMALL_SIZE, SMALL_LEADING)
    _table(pages, columns, rows, keep_with_last=totals, bold_last=True)
    pages.gap(4 * mm)
    if doc.overpaid > 0:
        pages.pair(words["overpaid"] + _colon(lang), money(doc.overpaid))
    pages.pair(words["balance_after"] + _colon(lang), money(max(doc.balance_after, Decimal("0.00"))), bold=True)  # fmt: skip
    if doc.balance_after <= 0:
        pages.text(words["settled"], font=BOLD_FONT)
    pages.gap(4 * mm)
    pages.text(doc.mention, size=SMALL_SIZE, leading=SMALL_LEADING)

    footer = [doc.title, _page_label(len(pages.pages), len(pages.pages))]
    _check_text(pages.pages, footer, f"receipt {doc.number}")
    return _draw(
        pages.pages, footer_left=doc.title, title=doc.title, author=doc.agency.name,
        subject=f"{doc.case_reference} – {doc.debtor_name}", lang=lang, now=now,
    )  # fmt: skip


# The pay-over statement ----------------------------------------------------------------------


def _check_payover(doc: PayoverDocument) -> None:
    collected = sum((item.amount for item in doc.items), start=Decimal(0))
    fees = sum((item.fee for item in doc.items), start=Decimal(0))
    problems = []
    if collected != doc.collected:
        problems.append(f"the items add up to {collected}, not the {doc.collected} collected")
    if fees != doc.fee_total:
        problems.append(f"the items' fees add up to {fees}, not the fee total {doc.fee_total}")
    if doc.collected - doc.fee_total != doc.owed:
        problems.append(
            f"{doc.collected} collected less {doc.fee_total} of fees is not the {doc.owed} owed"
        )
    if doc.period_end < doc.period_start:
        problems.append(f"the period ends ({doc.period_end}) before it starts ({doc.period_start})")
    if problems:
        raise DocumentError(f"pay-over statement {doc.number}: {'; '.join(problems)}")


def payover_pdf(doc: PayoverDocument, *, now: datetime | None = None) -> bytes:
    """The pay-over statement as PDF bytes (A4), its items in a table paginated with its
    header row on every page. Raises DocumentError for totals that do not add up (or an
    unknown language), UnprintableCharacter for text the font cannot print."""
    words = _WORDS[_lang(doc.lang)]
    _check_now(now)
    _check_payover(doc)
    letter_fonts()
    lang = doc.lang

    def money(amount: Decimal) -> str:
        return money_text(amount, doc.currency, lang)

    pages = _Pages(running_head=words["continued"].format(title=doc.title))
    _letterhead(pages, doc.agency, (doc.creditor_name, *doc.creditor_address_lines))
    _title(pages, doc.title, words["issued_on_m"].format(day=day_text(doc.issued_on, lang)))
    period = words["period_value"].format(
        start=day_text(doc.period_start, lang), end=day_text(doc.period_end, lang)
    )
    _fields(
        pages,
        [
            (words["creditor"], doc.creditor_name),
            (words["period"], period),
            (words["due_on"], day_text(doc.due_on, lang)),
        ],
        lang,
    )
    pages.gap(5 * mm)

    pages.text(words["items"], font=BOLD_FONT)
    pages.gap(1.5 * mm)
    columns = (
        _Column(words["case"], 34 * mm),
        _Column(words["debtor_column"], WIDTH - 112 * mm),
        _Column(words["encashed_on"], 22 * mm),
        _Column(words["amount"], 30 * mm, True),
        _Column(words["fee"], 26 * mm, True),
    )
    rows = [
        (item.case_reference, item.debtor_name, day_short_text(item.encashed_on, lang),
         money(item.amount), money(item.fee))
        for item in doc.items
    ]  # fmt: skip
    fee_detail = words["fee_detail"].format(detail=doc.fee_detail)
    totals = (
        8 * mm + 4 * BODY_LEADING + _height(fee_detail, SMALL_SIZE, SMALL_LEADING)
        + _height(doc.legal_text, SMALL_SIZE, SMALL_LEADING)
    )  # fmt: skip
    if rows:
        _table(pages, columns, rows, keep_with_last=totals)
    else:
        pages.text(words["no_items"])
    pages.gap(4 * mm)
    colon = _colon(lang)
    pages.pair(words["collected"] + colon, money(doc.collected))
    pages.pair(words["fee_total"] + colon, money(doc.fee_total))
    pages.text(fee_detail, size=SMALL_SIZE, leading=SMALL_LEADING)
    pages.pair(words["owed"] + colon, money(doc.owed), bold=True)
    pages.pair(words["due_on"] + colon, day_text(doc.due_on, lang), bold=True)
    pages.gap(4 * mm)
    pages.text(doc.legal_text, size=SMALL_SIZE, leading=SMALL_LEADING)

    footer = [doc.title, _page_label(len(pages.pages), len(pages.pages))]
    _check_text(pages.pages, footer, f"pay-over statement {doc.number}")
    return _draw(
        pages.pages, footer_left=doc.title, title=doc.title, author=doc.agency.name,
        subject=f"{doc.creditor_name} – {period}", lang=lang, now=now,
    )  # fmt: skip
