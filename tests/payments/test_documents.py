"""The receipt (quittance) and the pay-over statement as PDF (CPCE R124-6), and the
`payment_receipt` message that carries the receipt to the debtor.

The PDFs are read back with pypdf (and with pdftotext when installed): they hold the
number, every amount as the messages write it, the allocation lines or the items, the
balance and the legal mention, accents included; a long statement repeats its table
header and "page n/N" on every page and ends with its totals; the same input gives the
same bytes; a character the embedded font cannot print is refused.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from amiable.agent.drafting import check_draft, draft_facts
from amiable.payments.documents import (
    PAYOVER_MENTION,
    RECEIPT_MENTION,
    AgencyBlock,
    DocumentError,
    PayoverDocument,
    PayoverItemView,
    ReceiptDocument,
    UnprintableCharacter,
    payover_pdf,
    receipt_pdf,
)
from amiable.playbooks.context import (
    LANGS,
    MessageContext,
    ReplyView,
    day_short_text,
    day_text,
    money_text,
)
from amiable.playbooks.mentions import fold
from amiable.playbooks.templates import (
    STEPS,
    RenderError,
    html_as_text,
    render,
    sample_contexts,
    sms_segments,
    step_spec,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
FONT_NAMES = ("+DejaVuSans", "+DejaVuSans-Bold")  # subsets of the letters' embedded font
NBSP, NARROW_NBSP = "\u00a0", "\u202f"
AGENCY = AgencyBlock(
    name="Alcyon Gestion",
    address_lines=("24 rue Garibaldi", "69006 Lyon"),
    identity="SIREN 812 345 678 – société de recouvrement amiable",
)
LINES_FR = (
    ("Facture FAC-2026-0117 – principal", Decimal("80.50")),
    ("Facture FAC-2026-0342 – principal", Decimal("1069.50")),
    ("Facture FAC-2026-0342 – intérêts", Decimal("12.34")),
)
LINES_EN = tuple((label.replace("Facture", "Invoice").replace("intérêts", "interest"), amount)
                 for label, amount in LINES_FR)  # fmt: skip
FEE_DETAIL = {
    "fr": "12 % des sommes encaissées (mandat M-OPA-1)",
    "en": "12 % of the sums encashed (mandate M-OPA-1)",
}
HEADER = {
    "fr": ("Dossier", "Débiteur", "Encaissé le", "Montant", "Commission"),
    "en": ("File", "Debtor", "Encashed on", "Amount", "Fee"),
}


def receipt(lang: str = "fr", **changes: object) -> ReceiptDocument:
    """A settling payment of 1 212,34 €, 50,00 € of it over-paid."""
    document = ReceiptDocument(
        lang=lang,
        number="Q-2026-000123",
        issued_on=date(2026, 11, 20),
        agency=AGENCY,
        creditor_name="Opaline Télécom SAS",
        debtor_name="Camille Martin",
        debtor_address_lines=("12 rue des Lilas", "69003 Lyon"),
        case_reference="D-2026-0042",
        transfer_reference="RF04 A000 0016",
        amount=Decimal("1212.34"),
        currency="EUR",
        paid_on=date(2026, 11, 18),
        means="virement bancaire" if lang == "fr" else "bank transfer",
        lines=LINES_FR if lang == "fr" else LINES_EN,
        balance_after=Decimal("0.00"),
        overpaid=Decimal("50.00"),
    )
    return replace(document, **changes)  # type: ignore[arg-type]


def partial_receipt(lang: str = "fr") -> ReceiptDocument:
    return receipt(
        lang, amount=Decimal("100.00"), overpaid=Decimal("0.00"),
        lines=((("Facture" if lang == "fr" else "Invoice") + " FAC-2026-0117 – principal",
                Decimal("100.00")),),
        balance_after=Decimal("1162.34"),
    )  # fmt: skip


def payover(count: int, lang: str = "fr") -> PayoverDocument:
    """`count` sums encashed in November 2026, every 50th a reversal; some debtors' names
    are long enough to wrap in their column."""
    items = []
    for index in range(count):
        reversal = index % 50 == 49
        name = f"Débiteur n° {index} Élodie Lefèvre"
        if index % 9 == 4:
            name += " – Menuiserie Œuvre & Fils, établissement secondaire de Villeurbanne"
        items.append(
            PayoverItemView(
                case_reference=f"D-2026-{index:05d}",
                debtor_name=name,
                encashed_on=date(2026, 11, 1) + timedelta(days=index % 30),
                amount=Decimal("-40.00") if reversal else Decimal("125.50"),
                fee=Decimal("-4.80") if reversal else Decimal("15.06"),
            )
        )
    collected = sum((item.amount for item in items), start=Decimal(0))
    fees = sum((item.fee for item in items), start=Decimal(0))
    return PayoverDocument(
        lang=lang,
        number="RV-2026-11-0001",
        issued_on=date(2026, 12, 1),
        agency=AGENCY,
        creditor_name="Opaline Télécom SAS",
        creditor_address_lines=("8 quai Saint-Antoine", "69002 Lyon"),
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
        currency="EUR",
        items=tuple(items),
        collected=collected,
        fee_total=fees,
        owed=collected - fees,
        fee_detail=FEE_DETAIL[lang],
        due_on=date(2026, 12, 31),
    )


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]


def joined(pages: list[str]) -> str:
    """The pages' text, each run of spaces and line breaks as one space. pypdf reads the
    no-break space before "€" (U+00A0) as a space, and U+202F as itself."""
    return re.sub(r"[ \n]+", " ", "\n".join(pages).replace(NBSP, " "))


def money(amount: Decimal, lang: str) -> str:
    """An amount as the PDF's text reads back (see `joined`)."""
    return money_text(amount, "EUR", lang).replace(NBSP, " ")


@pytest.fixture(scope="module")
def long_statement() -> tuple[PayoverDocument, list[str]]:
    document = payover(3000)
    return document, page_texts(payover_pdf(document, now=NOW))


# The receipt -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_receipt_prints_its_number_amounts_allocation_balance_and_mention(lang: str) -> None:
    document = receipt(lang)
    text = joined(page_texts(receipt_pdf(document, now=NOW)))

    title = "Quittance n° Q-2026-000123" if lang == "fr" else "Receipt no. Q-2026-000123"
    assert title in text
    assert money(Decimal("1212.34"), lang) in text
    assert day_text(date(2026, 11, 18), lang) in text
    for label, amount in document.lines:
        assert label in text
        assert money(amount, lang) in text
    assert money(Decimal("1162.34"), lang) in text  # the total allocated
    assert money(Decimal("50.00"), lang) in text  # the over-payment
    assert RECEIPT_MENTION[lang] in text
    for printed in ("Camille Martin", "D-2026-0042", "RF04 A000 0016", "SIREN 812 345 678"):
        assert printed in text
    if lang == "fr":
        assert "Créancier : Opaline Télécom SAS" in text
        assert "Reste dû après ce paiement : 0,00 €" in text
        assert "Trop-perçu, qui vous sera remboursé : 50,00 €" in text
        assert "Dossier soldé" in text
        assert "reconnaît avoir reçu de Camille Martin" in text
        assert f"1{NARROW_NBSP}212,34 €" in text  # Babel's narrow no-break space, as itself
    else:
        assert "Creditor: Opaline Télécom SAS" in text
        assert "Still owed after this payment: €0.00" in text
        assert "File settled" in text
    assert "page 1/1" in text


@pytest.mark.parametrize("lang", LANGS)
def test_a_partial_payment_s_receipt_prints_the_balance_still_owed(lang: str) -> None:
    text = joined(page_texts(receipt_pdf(partial_receipt(lang))))
    balance = money(Decimal("1162.34"), lang)
    still = "Reste dû après ce paiement" if lang == "fr" else "Still owed after this payment"
    assert f"{still}{' :' if lang == 'fr' else ':'} {balance}" in text
    assert "soldé" not in text and "settled" not in text
    assert "Trop-perçu" not in text and "Over-payment" not in text


def test_a_receipt_with_many_allocation_lines_runs_over_pages_with_its_header() -> None:
    lines = tuple((f"Facture FAC-2026-{index:04d} – principal", Decimal("10.00"))
                  for index in range(150))  # fmt: skip
    document = receipt(lines=lines, amount=Decimal("1500.00"), overpaid=Decimal("0.00"))
    pages = page_texts(receipt_pdf(document))
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert "Affectation" in page.splitlines() and f"page {number}/{len(pages)}" in page
    assert "Total imputé" in pages[-1] and RECEIPT_MENTION["fr"] in joined(pages[-1:])
    assert re.findall(r"FAC-2026-\d{4}", "\n".join(pages)) == [
        f"FAC-2026-{index:04d}" for index in range(150)
    ]


def test_the_receipt_is_in_the_embedded_dejavu_font_only() -> None:
    reader = PdfReader(BytesIO(receipt_pdf(receipt())))
    fonts = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/ToUnicode" in font
            assert "/FontFile2" in font["/FontDescriptor"]  # embedded
    assert fonts and all(name.endswith(FONT_NAMES) for name in fonts), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_a_receipt_whose_lines_do_not_make_up_the_amount_is_refused() -> None:
    with pytest.raises(DocumentError, match="do not make up the amount"):
        receipt_pdf(receipt(overpaid=Decimal("49.99")))
    with pytest.raises(DocumentError, match="written in fr or en"):
        receipt_pdf(receipt(lang="de"))
    with pytest.raises(DocumentError, match="timezone-aware"):
        receipt_pdf(receipt(), now=datetime(2026, 11, 20, 9, 30))


# The pay-over statement -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_short_pay_over_statement_prints_items_totals_fee_and_deadline(lang: str) -> None:
    document = payover(60, lang)
    pages = page_texts(payover_pdf(document, now=NOW))
    text = joined(pages)

    title = "Relevé de reversement n° RV-2026-11-0001" if lang == "fr" else "Pay-over statement no. RV-2026-11-0001"  # fmt: skip
    assert title in text
    assert "Opaline Télécom SAS" in text and "8 quai Saint-Antoine" in text
    assert money(Decimal("-40.00"), lang) in text  # a reversal, negative
    assert day_short_text(date(2026, 11, 30), lang) in text
    assert money(document.collected, lang) in text
    assert money(document.fee_total, lang) in text
    assert money(document.owed, lang) in text
    assert FEE_DETAIL[lang] in text
    deadline = day_text(date(2026, 12, 31), lang)
    assert PAYOVER_MENTION[lang].format(due_on=deadline) in text
    if lang == "fr":
        assert "Échéance du reversement : 31 décembre 2026" in text
        assert "Montant à reverser au créancier" in text
        assert "Période : du 1er novembre 2026 au 30 novembre 2026" in text
        assert "au plus tard le 31 décembre 2026 (un mois après l'encaissement" in text
    else:
        assert "Pay-over due by: 31 December 2026" in text
        assert "Amount owed to the creditor" in text


def test_a_3000_item_statement_repeats_its_header_and_page_number_on_every_page(
    long_statement: tuple[PayoverDocument, list[str]],
) -> None:
    document, pages = long_statement
    total = len(pages)
    assert total > 50
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines()]
        for heading in HEADER["fr"]:
            assert heading in lines, (number, heading)
        assert f"page {number}/{total}" in lines
        assert "Relevé de reversement n° RV-2026-11-0001" in page
    collected = money(document.collected, "fr")
    for page in pages[:-1]:
        assert "Total encaissé sur la période" not in page
        assert collected not in page
    last = joined(pages[-1:])
    assert f"Total encaissé sur la période : {collected}" in last
    assert f"Montant à reverser au créancier : {money(document.owed, 'fr')}" in last
    assert "D-2026-02999" in last  # the last row keeps the totals company
    assert "art. R124-6 CPCE" in last


def test_every_item_of_a_long_statement_is_printed_once_in_order(
    long_statement: tuple[PayoverDocument, list[str]],
) -> None:
    document, pages = long_statement
    printed = re.findall(r"D-2026-\d{5}", "\n".join(pages))
    assert printed == [item.case_reference for item in document.items]
    text = joined(pages)
    assert text.count(money(Decimal("-40.00"), "fr")) == 60  # the reversals
    assert "Menuiserie Œuvre & Fils" in text


def test_a_statement_whose_totals_do_not_add_up_is_refused() -> None:
    document = payover(10)
    with pytest.raises(DocumentError, match="collected"):
        payover_pdf(replace(document, collected=document.collected + Decimal("0.01")))
    with pytest.raises(DocumentError, match=r"is not the .* owed"):
        payover_pdf(replace(document, owed=document.collected))
    empty = replace(document, items=(), collected=Decimal("0.00"), fee_total=Decimal("0.00"),
                    owed=Decimal("0.00"))  # fmt: skip
    assert "Aucune somme encaissée sur la période." in joined(page_texts(payover_pdf(empty)))


# Determinism and printability -------------------------------------------------------------------


def test_the_same_document_gives_the_same_bytes() -> None:
    assert receipt_pdf(receipt(), now=NOW) == receipt_pdf(receipt(), now=NOW)
    assert receipt_pdf(receipt()) == receipt_pdf(receipt())
    assert payover_pdf(payover(120), now=NOW) == payover_pdf(payover(120), now=NOW)
    later = receipt_pdf(receipt(), now=NOW + timedelta(days=1))
    assert later != receipt_pdf(receipt(), now=NOW)
    created = PdfReader(BytesIO(receipt_pdf(receipt(), now=NOW))).metadata
    assert created is not None and created.creation_date == NOW


def test_a_character_the_font_cannot_print_is_refused() -> None:
    with pytest.raises(UnprintableCharacter, match=r"receipt Q-2026-000123: .*U\+6F22"):
        receipt_pdf(receipt(debtor_name="漢 Martin"))
    lines = (*LINES_FR[:2], ("Facture FAC-2026-0342 – intérêts 한", Decimal("12.34")))
    with pytest.raises(UnprintableCharacter, match=r"U\+D55C"):
        receipt_pdf(receipt(lines=lines))
    document = payover(30)
    items = list(document.items)
    items[17] = replace(items[17], debtor_name="Société 漢字")
    with pytest.raises(UnprintableCharacter, match="pay-over statement RV-2026-11-0001"):
        payover_pdf(replace(document, items=tuple(items)))


def test_pdftotext_reads_the_receipt_and_every_page_of_the_statement(
    tmp_path: Path, long_statement: tuple[PayoverDocument, list[str]]
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed on this machine")

    def read(pdf: bytes, name: str) -> list[str]:
        path = tmp_path / name
        path.write_bytes(pdf)
        output = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
        ).stdout.decode("utf-8")
        return [page for page in output.split("\f") if page.strip()]

    [page] = read(receipt_pdf(receipt(), now=NOW), "receipt.pdf")
    text = re.sub(r"\s+", " ", page)
    assert "Quittance n° Q-2026-000123" in text
    assert "Créancier" in text and "intérêts" in text
    assert re.search(r"1\s212,34\s€", text)
    assert "R124-6 du code des procédures civiles d'exécution" in text

    document, _ = long_statement
    pages = read(payover_pdf(document, now=NOW), "statement.pdf")
    for number, printed in enumerate(pages, start=1):
        assert f"page {number}/{len(pages)}" in printed
        assert "Encaissé le" in printed
    assert "Échéance du reversement" in pages[-1]


# The message that carries the receipt -----------------------------------------------------------


def samples(channel: str, lang: str) -> list[MessageContext]:
    return sample_contexts(step_spec("payment_receipt"), channel=channel, lang=lang,
                           tone="cordial")  # fmt: skip


def message_texts(channel: str, lang: str, context: MessageContext) -> list[str]:
    rendered = render("payment_receipt", channel=channel, lang=lang, tone="cordial",
                      context=context)  # fmt: skip
    texts = [rendered.text]
    if rendered.html is not None:
        texts.append(html_as_text(rendered.html))
    return texts


def reads(text: str, phrase: str) -> bool:
    return fold(phrase) in fold(text)


_SETTLED = {
    ("email", "fr"): "vous ne devez plus rien",
    ("email", "en"): "you owe nothing more",
    ("sms", "fr"): "dossier solde",
    ("sms", "en"): "file settled",
}
_STILL_OWED = {"fr": "reste du", "en": "still owed"}
_OVERPAID = {"fr": "trop-percu", "en": "over-payment"}
_R124_6 = {
    "fr": "Quittance délivrée en application de l'article R124-6",
    "en": "Receipt given under article R124-6",
}


def test_payment_receipt_is_a_reply_step_that_needs_the_receipt() -> None:
    spec = STEPS["payment_receipt"]
    assert spec.reply and spec.needs_receipt and spec.channels == ("email", "sms")
    context = samples("email", "fr")[0]
    assert context.reply is not None and context.reply.receipt is not None
    without = replace(context, reply=ReplyView())
    with pytest.raises(RenderError, match="needs the receipt"):
        render("payment_receipt", channel="email", lang="fr", tone="cordial", context=without)


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_receipt_message_states_every_figure_of_the_receipt(channel: str, lang: str) -> None:
    contexts = samples(channel, lang)
    assert {c.reply.receipt.settled for c in contexts if c.reply and c.reply.receipt} == {True, False}  # fmt: skip
    for context in contexts:
        assert context.reply is not None and context.reply.receipt is not None
        receipt_view = context.reply.receipt
        for text in message_texts(channel, lang, context):
            assert reads(text, receipt_view.number)
            assert reads(text, money_text(receipt_view.amount, "EUR", lang))
            day = (day_text if channel == "email" else day_short_text)(receipt_view.paid_on, lang)
            assert reads(text, day)
            assert reads(text, context.case_reference) and reads(text, context.creditor.name)
            if context.first_letter is not None:
                assert reads(text, context.first_letter.reference)
            if receipt_view.settled:
                assert reads(text, _SETTLED[(channel, lang)])
                assert not reads(text, _STILL_OWED[lang])
            else:
                assert reads(text, _STILL_OWED[lang])
                assert reads(text, money_text(receipt_view.balance_after, "EUR", lang))
                assert not reads(text, _SETTLED[(channel, lang)])
            assert reads(text, _OVERPAID[lang]) == (receipt_view.overpaid > 0)
            if receipt_view.overpaid > 0:
                assert reads(text, money_text(receipt_view.overpaid, "EUR", lang))
            if receipt_view.pdf_url:
                assert receipt_view.pdf_url in text
            if channel == "email":
                for line in receipt_view.lines:
                    assert reads(text, f"{line.label}") and reads(
                        text, money_text(line.amount, "EUR", lang)
                    )
                assert reads(text, _R124_6[lang])
            else:
                assert sms_segments(text) <= 2, text


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_receipt_message_passes_the_drafting_check_of_its_own_text(
    channel: str, lang: str
) -> None:
    for context in samples(channel, lang):
        text = render("payment_receipt", channel=channel, lang=lang, tone="cordial",
                      context=context).text  # fmt: skip
        recall = context.first_letter is not None  # as agent.respond drafts a reply
        facts = draft_facts(context, template_text=text, recall_first_letter=recall)
        assert check_draft(text, facts, context, template_text=text) == []
