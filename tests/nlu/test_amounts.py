"""Amounts of money and instalment counts in debtor messages (amiable.nlu.amounts)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amiable.nlu.amounts import AmountMention, find_amounts, find_counts, parse_price

# (text, lang, [(value, currency, period, each), ...]) — every amount, in reading order.
AMOUNTS = [
    # digit formats
    ("Je peux régler 1 250,00 € le 15.", "fr", [("1250.00", "EUR", None, False)]),
    ("Je peux régler 1\u202f250,00\u00a0€ le 15.", "fr", [("1250.00", "EUR", None, False)]),
    ("Je peux régler 1\u00a0250,00 € le 15.", "fr", [("1250.00", "EUR", None, False)]),
    ("Le solde de 1.250,00 EUR sera viré.", "fr", [("1250.00", "EUR", None, False)]),
    ("I will send £1,250.00 next week", "en", [("1250.00", "GBP", None, False)]),
    ("I can pay 1250.5 dollars", "en", [("1250.50", "USD", None, False)]),
    ("je paierai 150e demain", "fr", [("150.00", "EUR", None, False)]),
    ("je verse 150 € vendredi", "fr", [("150.00", "EUR", None, False)]),
    ("je verse 150€ vendredi", "fr", [("150.00", "EUR", None, False)]),
    ("je verse €150 vendredi", "fr", [("150.00", "EUR", None, False)]),
    ("je verse 150 eur vendredi", "fr", [("150.00", "EUR", None, False)]),
    ("je verse 150 EUROS vendredi", "fr", [("150.00", "EUR", None, False)]),
    ("je te file 150 balles", "fr", [("150.00", "EUR", None, False)]),
    ("j'ai que 100 boules", "fr", [("100.00", "EUR", None, False)]),
    ("Je vous envoie € 89,90 ce soir", "fr", [("89.90", "EUR", None, False)]),
    ("Je vous envoie 89€90 ce soir", "fr", [("89.90", "EUR", None, False)]),
    ("vingt euros 50 demain", "fr", [("20.50", "EUR", None, False)]),
    ("douze euros cinquante", "fr", [("12.50", "EUR", None, False)]),
    ("1 USD et 23 centimes", "fr", [("1.23", "USD", None, False)]),
    ("20 dollars 43 cents", "en", [("20.43", "USD", None, False)]),
    ("$20 and 43c", "en", [("20.43", "USD", None, False)]),
    ("3 GBP 1 pence", "en", [("3.01", "GBP", None, False)]),
    ("£40 now", "en", [("40.00", "GBP", None, False)]),
    ("40 quid now", "en", [("40.00", "GBP", None, False)]),
    ("40 pounds sterling now", "en", [("40.00", "GBP", None, False)]),
    ("$75.50 today", "en", [("75.50", "USD", None, False)]),
    ("75 dollars today", "en", [("75.00", "USD", None, False)]),
    ("US$ 3.14 or 3.14US$", "en", [("3.14", "USD", None, False), ("3.14", "USD", None, False)]),
    ("EUR29,99 et GBP 3,01", "fr", [("29.99", "EUR", None, False), ("3.01", "GBP", None, False)]),
    ("I could send £1.5k", "en", [("1500.00", "GBP", None, False)]),
    ("je peux vous régler 1,5 k€ le 30", "fr", [("1500.00", "EUR", None, False)]),
    ("10K$ ou $10k", "fr", [("10000.00", "USD", None, False), ("10000.00", "USD", None, False)]),
    ("184,20 €HT", "fr", [("184.20", "EUR", None, False)]),
    ("un reste de .75 €", "fr", [("0.75", "EUR", None, False)]),
    ("je paierai le 15 200 €", "fr", [("200.00", "EUR", None, False)]),
    # the euro typed as a letter one space after the number, when the clause ends there
    ("ok 75 e par cb", "fr", [("75.00", "EUR", None, False)]),
    ("je vous paierai 80 e", "fr", [("80.00", "EUR", None, False)]),
    # francs: a case in Swiss, CFP or CFA francs is read in its own currency
    ("J'ai payé CHF 1'480.- hier", "fr", [("1480.00", "CHF", None, False)]),
    ("Virement de 1'480.- CHF effectué", "fr", [("1480.00", "CHF", None, False)]),
    ("Fr. 80.- réglés ce matin", "fr", [("80.00", "CHF", None, False)]),
    ("j'ai versé 120 francs suisses", "fr", [("120.00", "CHF", None, False)]),
    ("je vous vire 15 000 F CFP vendredi", "fr", [("15000.00", "XPF", None, False)]),
    ("je peux payer 12 000 XPF par mois", "fr", [("12000.00", "XPF", "month", False)]),
    ("je verse 5000 FCFA demain", "fr", [("5000.00", "XOF", None, False)]),
    # words
    ("cent cinquante euros", "fr", [("150.00", "EUR", None, False)]),
    ("deux cents euros", "fr", [("200.00", "EUR", None, False)]),
    ("mille deux cents euros", "fr", [("1200.00", "EUR", None, False)]),
    ("vingt-cinq euros", "fr", [("25.00", "EUR", None, False)]),
    ("soixante-quinze euros", "fr", [("75.00", "EUR", None, False)]),
    ("soixante et onze euros", "fr", [("71.00", "EUR", None, False)]),
    ("quatre-vingt-dix euros", "fr", [("90.00", "EUR", None, False)]),
    ("quatre-vingts euros", "fr", [("80.00", "EUR", None, False)]),
    ("quatre-vingt-dix-neuf euros", "fr", [("99.00", "EUR", None, False)]),
    ("un euro", "fr", [("1.00", "EUR", None, False)]),
    ("neuf livres", "fr", [("9.00", "GBP", None, False)]),
    ("fifty pounds", "en", [("50.00", "GBP", None, False)]),
    ("a hundred and twenty quid", "en", [("120.00", "GBP", None, False)]),
    # Cents and decimals dictated (speech-to-text).
    ("payer les soixante-quatorze euros quatre-vingt-dix vous pouvez", "fr", [("74.90", "EUR", None, False)]),
    ("nonante-neuf euros nonante d'ici vendredi", "fr", [("99.90", "EUR", None, False)]),
    ("deux cent trente-quatre virgule quatre-vingts euros", "fr", [("234.80", "EUR", None, False)]),
    ("douze virgule cinq euros", "fr", [("12.50", "EUR", None, False)]),
    ("12 virgule 50 euros", "fr", [("12.50", "EUR", None, False)]),
    # Figures and number words mixed (speech-to-text, SMS).
    ("le virement de 2 cents euros", "fr", [("200.00", "EUR", None, False)]),
    ("3 cent cinquante euros vendredi", "fr", [("350.00", "EUR", None, False)]),
    ("cent 50 euros le 15", "fr", [("150.00", "EUR", None, False)]),
    ("2 mille 500 €", "fr", [("2500.00", "EUR", None, False)]),
    ("deux mille 500 €", "fr", [("2500.00", "EUR", None, False)]),
    ("15 hundred pounds", "en", [("1500.00", "GBP", None, False)]),
    ("3 hundred and 50 dollars", "en", [("350.00", "USD", None, False)]),
    # Cents are cents in English, and 50 cents fifty centimes in French.
    ("not 5 cents more", "en", []),
    ("il manque 50 cents", "fr", []),
    ("the forty five pounds fifty this morning", "en", [("45.50", "GBP", None, False)]),
    ("vingt euros deux fois par mois", "fr", [("20.00", "EUR", None, False)]),
    ("cinquante euros trois semaines de suite", "fr", [("50.00", "EUR", None, False)]),
    ("I have paid the balance of ₦120,500", "en", [("120500.00", "NGN", None, False)]),
    ("₹4,500 by UPI", "en", [("4500.00", "INR", None, False)]),
    ("a dollar", "en", [("1.00", "USD", None, False)]),
    ("forty-two bucks", "en", [("42.00", "USD", None, False)]),
    # periods
    ("50€/mois", "fr", [("50.00", "EUR", "month", False)]),
    ("50 euros par mois", "fr", [("50.00", "EUR", "month", False)]),
    ("50 balles par mois", "fr", [("50.00", "EUR", "month", False)]),
    ("50 € maximum par mois", "fr", [("50.00", "EUR", "month", False)]),
    ("100 € tous les mois", "fr", [("100.00", "EUR", "month", False)]),
    ("80 € mensuels", "fr", [("80.00", "EUR", "month", False)]),
    ("30 € par semaine", "fr", [("30.00", "EUR", "week", False)]),
    ("75 € tous les 15 jours", "fr", [("75.00", "EUR", "fortnight", False)]),
    ("600 € par an", "fr", [("600.00", "EUR", "year", False)]),
    ("£25 a week", "en", [("25.00", "GBP", "week", False)]),
    ("$100 monthly", "en", [("100.00", "USD", "month", False)]),
    ("£20 every two weeks", "en", [("20.00", "GBP", "fortnight", False)]),
    ("£50 pcm", "en", [("50.00", "GBP", "month", False)]),
    ("cinquante euros par semaine", "fr", [("50.00", "EUR", "week", False)]),
    ("je peux faire 30e par semene", "fr", [("30.00", "EUR", "week", False)]),  # SMS spelling
    # each instalment
    ("4 fois 370 €", "fr", [("370.00", "EUR", None, True)]),
    ("3 x 100€", "fr", [("100.00", "EUR", None, True)]),
    ("3x100€", "fr", [("100.00", "EUR", None, True)]),
    ("3 mensualités de 120 €", "fr", [("120.00", "EUR", "month", True)]),
    ("en 3 fois de 100 €", "fr", [("100.00", "EUR", None, True)]),
    ("3 versements mensuels de 100 €", "fr", [("100.00", "EUR", "month", True)]),
    ("2 payments of $50", "en", [("50.00", "USD", None, True)]),
    ("6 monthly payments of £20", "en", [("20.00", "GBP", "month", True)]),
    ("3 instalments of £50 each", "en", [("50.00", "GBP", None, True)]),
    ("£100 x 4", "en", [("100.00", "GBP", None, True)]),
    ("100 euros x 2", "fr", [("100.00", "EUR", None, True)]),
    ("trois fois 100 €", "fr", [("100.00", "EUR", None, True)]),
    ("50 € max 100 € le mois prochain", "fr", [("50.00", "EUR", None, False), ("100.00", "EUR", None, False)]),
    ("un virement de 150 €", "fr", [("150.00", "EUR", None, False)]),
    # bare numbers made money by their context
    ("50 par mois", "fr", [("50.00", None, "month", False)]),
    ("50/month", "en", [("50.00", None, "month", False)]),
    ("je peux verser 50", "fr", [("50.00", None, None, False)]),
    ("je peux vous verser 50 le 5", "fr", [("50.00", None, None, False)]),
    ("I can pay 30 a week", "en", [("30.00", None, "week", False)]),
    ("I can pay you 30 on Friday", "en", [("30.00", None, None, False)]),
    ("payer 200 ce mois-ci", "fr", [("200.00", None, None, False)]),
    ("j'ai payé 200 hier", "fr", [("200.00", None, None, False)]),
    ("un virement de 200 vendredi", "fr", [("200.00", None, None, False)]),
    ("3 mensualités de 120", "fr", [("120.00", None, "month", True)]),
    ("je peux verser soixante-quinze par mois", "fr", [("75.00", None, "month", False)]),
    # a range shares its currency
    ("entre 50 et 100 € par mois", "fr", [("50.00", "EUR", None, False), ("100.00", "EUR", "month", False)]),
    ("from 26 to 50 €", "en", [("26.00", "EUR", None, False), ("50.00", "EUR", None, False)]),
    # whole messages
    ("Je m'engage à payer 100€ le 10 de chaque mois", "fr", [("100.00", "EUR", "month", False)]),
    ("I can pay £50 on the 1st of every month", "en", [("50.00", "GBP", "month", False)]),
    ("envoyez le lien, je paie les 80 aujourd'hui", "fr", [("80.00", None, None, False)]),
    ("je paierai 50 le mois prochain", "fr", [("50.00", None, None, False)]),
    ("salut jvous vire 30 balles vendredi et 30 le 15", "fr", [("30.00", "EUR", None, False), ("30.00", None, None, False)]),
    ("50 balles samedi et encore 50 le 15", "fr", [("50.00", "EUR", None, False), ("50.00", None, None, False)]),
    ("Le 15/12/2025 à 14h30, j'ai payé 45,90 € (ticket n°12345)", "fr", [("45.90", "EUR", None, False)]),
    ("Sent £25.00 via bank transfer ref 998877 on 02/12", "en", [("25.00", "GBP", None, False)]),
    ("I'm on £1,100 a month and can spare £25 a week", "en", [("1100.00", "GBP", "month", False), ("25.00", "GBP", "week", False)]),
    ("Je propose 4 versements de 250 euros à partir du 15 janvier", "fr", [("250.00", "EUR", None, True)]),
    ("J'ai payé en 2024 la somme de 1500", "fr", [("1500.00", None, None, False)]),
    # several amounts in one message
    (
        "Je vous verse 100 € le 5 et 200 € le 20, puis 50€/mois.",
        "fr",
        [("100.00", "EUR", None, False), ("200.00", "EUR", None, False), ("50.00", "EUR", "month", False)],
    ),
]  # fmt: skip

# Nothing here is an amount of money.
NOT_AMOUNTS = [
    ("je paierai le 15", "fr"),
    ("je paierai le 15/03", "fr"),
    ("paiement prévu le 10.12.2026", "fr"),
    ("je paierai en 2026", "fr"),
    ("rappelez-moi à 10h30", "fr"),
    ("rappelez-moi au 06 12 34 56 78", "fr"),
    ("mon numéro : 0612345678, je paierai", "fr"),
    ("call me on +44 7700 900123 about the payment", "en"),
    ("facture n° 2024-118, je paierai", "fr"),
    ("dossier 45123 : je ne paierai pas", "fr"),
    ("réf. FA-2025-0042, je vais payer", "fr"),
    ("Ref 12345: I will pay on the 3rd", "en"),
    ("75011 Paris", "fr"),
    ("une remise de 10 % ?", "fr"),
    ("payer en 3 fois", "fr"),
    ("3 mensualités", "fr"),
    ("in 3 instalments", "en"),
    ("6 monthly payments", "en"),
    ("article 1343-5 du code civil", "fr"),
    ("je suis au chômage depuis 3 mois", "fr"),
    ("la dette a 2 ans", "fr"),
    ("je peux payer 2 loyers", "fr"),
    ("la 2e échéance", "fr"),
    ("I'll pay at 5 pm", "en"),
    ("le montant de 34.99201 € est faux", "fr"),
    ("deux semaines", "fr"),
    ("I paid them twice", "en"),
    ("il a deux enfants", "fr"),
    ("Veuillez trouver ci-joint mon RIB. IBAN FR76 3000 6000 0112 3456 7890 189", "fr"),
    ("Tél : 01.45.67.89.10", "fr"),
    ("bâtiment 12 F, 2e étage", "fr"),  # a lone F is a franc only after three digits
    ("le dossier est à la Banque de France", "fr"),
    ("le 3 e mois", "fr"),  # an ordinal, not euros
    ("la 2 e fois", "fr"),
    ("je dois 2 mois de loyer et 3 factures", "fr"),
    ("je vous envoie 2 justificatifs", "fr"),
    ("I can pay 50% now", "en"),
    ("je paierai le 10 et le 20", "fr"),
    ("", "fr"),
    ("Bonjour, merci pour votre message. Je vous rappelle demain.", "fr"),
]

# (text, lang, [(count, from_duration), ...])
COUNTS = [
    ("en 3 fois", "fr", [(3, False)]),
    ("3 fois ?", "fr", [(3, False)]),
    ("en trois fois", "fr", [(3, False)]),
    ("en 10 fois sans frais", "fr", [(10, False)]),
    ("3 mensualités", "fr", [(3, False)]),
    ("3 échéances de 50 €", "fr", [(3, False)]),
    ("4 x 370 €", "fr", [(4, False)]),
    ("4 fois 370 €", "fr", [(4, False)]),
    ("3x100€", "fr", [(3, False)]),
    ("50 € x 3", "fr", [(3, False)]),
    ("£100 x 4", "en", [(4, False)]),  # 4, not the 100 before the "x"
    ("payer trois fois 200 €", "fr", [(3, False)]),
    ("in 3 instalments", "en", [(3, False)]),
    ("in 3 installments", "en", [(3, False)]),
    ("6 monthly payments", "en", [(6, False)]),
    ("in two goes", "en", [(2, False)]),
    ("can I split it 3 ways", "en", [(3, False)]),
    ("over 4 months", "en", [(4, True)]),
    ("un paiement en 4x sans frais", "fr", [(4, False)]),
    ("je souhaiterais un échéancier sur 12 mois", "fr", [(12, True)]),
    ("sur 6 mois", "fr", [(6, True)]),
    ("en dix mois", "fr", [(10, True)]),
    ("50 € par mois pendant 6 mois", "fr", [(6, True)]),
    ("en 10 fois, soit 10 mensualités de 45,50 €", "fr", [(10, False), (10, False)]),
]

NOT_COUNTS = [
    ("je vous ai appelé 3 fois.", "fr"),
    ("je paie 2 fois par mois", "fr"),
    ("je suis au chômage depuis 3 mois", "fr"),
    ("j'ai été malade pendant 2 mois", "fr"),
    ("en une fois", "fr"),
    ("payer en plusieurs fois", "fr"),
    ("I will pay in full", "en"),
    ("pourriez-vous m'accorder 3 mois de délai", "fr"),
    ("je vous paierai dans 3 mois", "fr"),
]

PRICES = [
    ("690,00", "690.00", None),
    ("EUR 6,99", "6.99", "EUR"),
    ("ab 2.99 €", "2.99", "EUR"),
    ("1.837, 32 €", "1837.32", "EUR"),
    ("From 26 to 50 €", "26.00", "EUR"),
    ("3 Ausgaben für nur 14,85 EUR", "14.85", "EUR"),
    ("35€ 99", "35.99", "EUR"),
    ("five", "5.00", None),
]


def _summary(mention: AmountMention) -> tuple[str, str | None, str | None, bool]:
    return str(mention.value), mention.currency, mention.period, mention.each


@pytest.mark.parametrize(("text", "lang", "expected"), AMOUNTS)
def test_amounts_are_read_with_currency_period_and_each(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None, bool]]
) -> None:
    assert [_summary(mention) for mention in find_amounts(text, lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), AMOUNTS)
def test_an_amount_span_is_its_text(text: str, lang: str, expected: object) -> None:
    for mention in find_amounts(text, lang):
        assert text[mention.start : mention.end] == mention.text
        assert mention.value == mention.value.quantize(Decimal("0.01"))


@pytest.mark.parametrize(("text", "lang"), NOT_AMOUNTS)
def test_dates_references_counts_and_durations_are_not_amounts(text: str, lang: str) -> None:
    assert find_amounts(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "expected"), COUNTS)
def test_instalment_counts(text: str, lang: str, expected: list[tuple[int, bool]]) -> None:
    found = find_counts(text, lang)
    assert [(mention.count, mention.from_duration) for mention in found] == expected
    assert all(text[mention.start : mention.end] == mention.text for mention in found)


@pytest.mark.parametrize(("text", "lang"), NOT_COUNTS)
def test_repetitions_and_durations_are_not_counts(text: str, lang: str) -> None:
    assert find_counts(text, lang) == []


def test_a_count_names_its_words() -> None:
    [mention] = find_counts("Je voudrais payer en trois fois.", "fr")
    assert (mention.text, mention.start, mention.count) == ("en trois fois", 18, 3)


@pytest.mark.parametrize(("text", "value", "currency"), PRICES)
def test_parse_price_reads_a_field_value(text: str, value: str, currency: str | None) -> None:
    price = parse_price(text)
    assert price is not None
    assert (price.value, price.currency) == (Decimal(value), currency)


def test_parse_price_of_no_number_is_none() -> None:
    assert parse_price("Prix sur demande") is None
    assert parse_price("") is None


def test_a_bare_field_number_is_not_an_amount_in_a_message() -> None:
    assert find_amounts("690,00", "fr") == []


# ---------------------------------------------------------------------------- properties

CENTS = st.integers(min_value=0, max_value=999_999_999).map(lambda cents: Decimal(cents) / 100)


def _grouped(value: Decimal, group: str, point: str) -> str:
    integer, cents = f"{value:.2f}".split(".")
    return f"{int(integer):,}".replace(",", group) + point + cents


@settings(max_examples=300, deadline=None)
@given(
    value=CENTS,
    group=st.sampled_from([" ", "\u00a0", "\u202f", "."]),
    space=st.sampled_from(["", " ", "\u00a0"]),
)
def test_french_formatting_reads_back(value: Decimal, group: str, space: str) -> None:
    text = f"Je peux vous verser {_grouped(value, group, ',')}{space}€ le 15."
    [mention] = find_amounts(text, "fr")
    assert (mention.value, mention.currency) == (value, "EUR")


@settings(max_examples=300, deadline=None)
@given(value=CENTS, symbol=st.sampled_from(["£", "$", "€"]))
def test_english_formatting_reads_back(value: Decimal, symbol: str) -> None:
    text = f"I can pay {symbol}{_grouped(value, ',', '.')} on Friday."
    [mention] = find_amounts(text, "en")
    assert (mention.value, mention.currency) == (
        value,
        {"£": "GBP", "$": "USD", "€": "EUR"}[symbol],
    )


@settings(max_examples=200, deadline=None)
@given(euros=st.integers(min_value=1, max_value=9999))
def test_whole_euros_per_month_read_back(euros: int) -> None:
    [mention] = find_amounts(f"je peux payer {euros} euros par mois", "fr")
    assert (mention.value, mention.period) == (Decimal(euros), "month")


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
    lang=st.sampled_from(["fr", "en", "de"]),
)
def test_any_text_reads_without_error_and_spans_hold(text: str, lang: str) -> None:
    for mention in find_amounts(text, lang):
        assert text[mention.start : mention.end] == mention.text
    for count in find_counts(text, lang):
        assert text[count.start : count.end] == count.text
        assert 2 <= count.count <= 120


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("je vous envoie les 250 piastres jeudi", "250.00", "CAD"),
        ("I have paid Rs. 15,000 by NEFT", "15000.00", "INR"),
        ("Rs 700 will be paid tomorrow", "700.00", "INR"),
        ("Paid R3 200 by EFT yesterday", "3200.00", "ZAR"),
        ("R450 on Friday", "450.00", "ZAR"),
    ],
)
def test_rupees_rand_and_quebec_piastres(text: str, value: str, currency: str) -> None:
    found = find_amounts(text, "fr" if "piastres" in text else "en")
    assert [(m.value, m.currency) for m in found] == [(Decimal(value), currency)]


@pytest.mark.parametrize("text", ["ref R2 is closed", "see section R 12", "R2D2 called"])
def test_an_r_before_a_small_number_is_no_rand(text: str) -> None:
    assert find_amounts(text, "en") == []


def test_a_sign_glued_to_the_next_number_is_not_the_suffix_of_a_year() -> None:
    # A remittance line: "15 March 2026   £980.00" holds one sum, not £2,026.
    found = find_amounts("INV-118      15 March 2026   £980.00", "en")
    assert [mention.value for mention in found] == [Decimal("980.00")]
    # A sign set apart on both sides still follows its number.
    values = [mention.value for mention in find_amounts("je paie 150 € 200 € restent", "fr")]
    assert values == [Decimal("150.00"), Decimal("200.00")]


def test_a_swiss_round_sum_after_its_sign_keeps_its_period() -> None:
    (mention,) = find_amounts("je propose CHF 350.– par mois", "fr")
    assert (mention.value, mention.period) == (Decimal("350.00"), "month")


def test_a_swiss_round_sum_without_its_sign_keeps_its_period() -> None:
    (mention,) = find_amounts("je peux verser 300.- par mois dès le 1er", "fr")
    assert (mention.value, mention.currency, mention.period) == (Decimal("300.00"), None, "month")
    assert mention.text == "300.-"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'll send a grand on Friday", "1000.00"),
        ("I can pay two grand by the end of the month", "2000.00"),
        ("I can transfer 2 grand now", "2000.00"),
        ("I can pay £3 grand next week", "3000.00"),
        ("I will pay 1.5 lakh next month", "150000.00"),
        ("I can do a tenner a week", "10.00"),
        ("I can give you a fiver every Friday", "5.00"),
    ],
)
def test_colloquial_english_sums(text: str, value: str) -> None:
    assert [mention.value for mention in find_amounts(text, "en")] == [Decimal(value)]


@pytest.mark.parametrize(
    "text",
    [
        "I'll pay the grand total on Friday",
        "I'll pay a grand total of nothing",
        "We'll pay for the Grand Hotel booking",
        "I'll send my grandmother the receipt",
        "je paierai grand merci",
    ],
)
def test_grand_as_an_adjective_is_no_thousand(text: str) -> None:
    lang = "fr" if "merci" in text else "en"
    assert find_amounts(text, lang) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [("Kindly allow me to pay in 3 EMIs of £150 each", 3), ("convert it into six EMIs", 6)],
)
def test_emis_are_instalments(text: str, count: int) -> None:
    assert [mention.count for mention in find_counts(text, "en")] == [count]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We can pay Rs. 2,40,000 by the 20th", "240000.00"),
        ("I will clear 12,50,000 rupees in March", "1250000.00"),
        ("I will pay 1,250,000 in March", "1250000.00"),
    ],
)
def test_indian_digit_grouping(text: str, value: str) -> None:
    assert [mention.value for mention in find_amounts(text, "en")] == [Decimal(value)]


@pytest.mark.parametrize("text", ["I will pay 1,20,00 in March", "I will pay 12,5,000 in March"])
def test_broken_indian_grouping_is_no_sum(text: str) -> None:
    assert find_amounts(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("je vous verse 45 euros 20 lundi", "fr", "45.20"),
        ("je vous verse 45 euros demain", "fr", "45.00"),
        ("je vous verse 45 euros 12 mois de suite", "fr", "45.00"),
    ],
)
def test_cents_after_the_currency_word_before_a_day(text: str, lang: str, value: str) -> None:
    assert find_amounts(text, lang)[0].value == Decimal(value)
