"""The phrase rules: the six safety intents never rest on the model alone."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amiable.nlu import rules as rules_module
from amiable.nlu.choices import DisputeType, Intent
from amiable.nlu.normalize import normalize
from amiable.nlu.rules import _needles_in_reference, dispute_type, needles_in, read_rules


def found(text: str) -> set[Intent]:
    return set(read_rules(normalize(text)).intents)


SAFETY_PHRASES = [
    ("Ma mère est décédée en août, je m'occupe de la succession.", Intent.DECEASED),
    ("mon mari nous a quittés le 2 mars", Intent.DECEASED),
    ("I'm writing to let you know that my father passed away last month.", Intent.DECEASED),
    ("As executor of his estate I will deal with the creditors.", Intent.DECEASED),
    (
        "Notre société a été placée en liquidation judiciaire, adressez-vous au liquidateur.",
        Intent.LEGAL_PROCEEDING,
    ),
    ("mon dossier de surendettement a été déclaré recevable", Intent.LEGAL_PROCEEDING),
    ("I have been granted a Debt Relief Order.", Intent.LEGAL_PROCEEDING),
    ("I'm in breathing space until June.", Intent.LEGAL_PROCEEDING),
    ("We filed for Chapter 7 last week.", Intent.LEGAL_PROCEEDING),
    ("vous vous trompez de personne, je ne connais pas ce monsieur", Intent.WRONG_PERSON),
    ("Mauvais numéro", Intent.WRONG_PERSON),
    ("You have the wrong number, nobody by that name lives here.", Intent.WRONG_PERSON),
    ("je ne dois rien à cette société", Intent.DISPUTE),
    ("Je conteste cette facture.", Intent.DISPUTE),
    ("la marchandise n'a jamais été livrée", Intent.DISPUTE),
    ("I never signed any contract with them, this is identity theft.", Intent.DISPUTE),
    ("This debt is statute barred.", Intent.DISPUTE),
    ("STOP", Intent.STOP_CONTACT),
    ("arrêtez de m'appeler au travail", Intent.STOP_CONTACT),
    ("ne m'envoyez plus de SMS, écrivez-moi uniquement par courrier", Intent.STOP_CONTACT),
    ("Please stop texting me.", Intent.STOP_CONTACT),
    ("Do not contact me again.", Intent.STOP_CONTACT),
    ("je suis au chômage depuis mars", Intent.HARDSHIP),
    ("g perdu mon taf", Intent.HARDSHIP),
    ("je suis hospitalisée pour plusieurs semaines", Intent.HARDSHIP),
    ("I was made redundant and I'm on Universal Credit now.", Intent.HARDSHIP),
]


@pytest.mark.parametrize(("text", "intent"), SAFETY_PHRASES)
def test_each_safety_intent_has_rules_in_both_languages(text: str, intent: Intent) -> None:
    assert intent in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "je ne paierai pas tant que vous n'aurez pas envoyé la facture",
        "je paierai quand je pourrai",
        "peut-être le 8",
        "je comptais payer vendredi mais ma paie n'est pas arrivée",
        "I won't pay until you remove the fee",
        "I was going to pay Friday but I can't now",
        "maybe next week",
    ],
)
def test_negations_and_conditions_are_not_promises(text: str) -> None:
    assert Intent.PROMISE_TO_PAY not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "je paierai le 15",
        "je règle vendredi",
        "I'll pay on Friday",
        "will pay tomorrow",
        "pas le 15, plutôt le 22",
    ],
)
def test_plain_promises_are_found(text: str) -> None:
    assert Intent.PROMISE_TO_PAY in found(text)


def test_a_relatives_death_as_the_reason_one_cannot_pay_is_hardship() -> None:
    intents = found("Mon père est décédé, je ne peux pas payer avec les frais d'obsèques.")
    assert Intent.HARDSHIP in intents
    assert Intent.DECEASED not in intents


def test_an_employers_liquidation_is_the_debtors_hardship() -> None:
    intents = found("mon employeur est en liquidation judiciaire, je n'ai plus de salaire")
    assert Intent.HARDSHIP in intents
    assert Intent.LEGAL_PROCEEDING not in intents


def test_an_over_indebtedness_file_only_considered_is_hardship() -> None:
    assert found("je pense faire un dossier de surendettement") == {Intent.HARDSHIP}
    assert Intent.LEGAL_PROCEEDING in found("j'ai déposé un dossier de surendettement")


def test_identity_theft_is_a_dispute_not_a_wrong_person() -> None:
    intents = found("c'est pas moi, c'est une usurpation d'identité")
    assert Intent.DISPUTE in intents
    assert Intent.WRONG_PERSON not in intents


def test_thanks_for_a_plan_is_not_a_plan_request() -> None:
    assert found("Merci pour la confirmation de l'échéancier") == {Intent.ACKNOWLEDGEMENT}


def test_a_subscription_price_is_not_a_monthly_offer() -> None:
    assert Intent.PAYMENT_PLAN_REQUEST not in found(
        "mon abonnement c'était 29 euros par mois pas 49"
    )


def test_negated_payment_is_not_already_paid() -> None:
    assert Intent.ALREADY_PAID not in found("je n'ai pas encore payé")
    assert Intent.ALREADY_PAID in found("j'ai déjà payé hier")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("la dette est prescrite", DisputeType.TIME_BARRED),
        ("j'ai jamais signé ce contrat", DisputeType.NOT_OWED),
        ("le colis n'a jamais été livré", DisputeType.GOODS_OR_SERVICES),
        ("les frais sont abusifs", DisputeType.AMOUNT_INCORRECT),
        ("I was charged twice for this", DisputeType.AMOUNT_INCORRECT),
        ("je conteste", DisputeType.OTHER),
    ],
)
def test_dispute_type(text: str, kind: DisputeType) -> None:
    assert dispute_type(normalize(text)) is kind


@pytest.mark.parametrize(
    "text",
    [
        # The infinitive of a polite request, and the SMS "-er" for "-ez" with a glued pronoun.
        "Pourriez-vous cesser d'appeler mes parents ?",
        "merci d'arrêter de nous écrire",
        "arreter de mapeler svp",
        # Leave us alone, however it is spelt.
        "on a pas la tete a ca, laisser moi tranquil",
        "fichez-nous la paix",
        "Please leave us alone.",
    ],
)
def test_stop_requests_in_the_infinitive_or_sms_spelling(text: str) -> None:
    assert Intent.STOP_CONTACT in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "j'ai dû arrêter de travailler pour m'occuper de ma mère",
        "je ne vais pas arrêter de payer",
        "laissez-moi le temps de m'organiser",
    ],
)
def test_stopping_something_else_is_no_stop_request(text: str) -> None:
    assert Intent.STOP_CONTACT not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Nothing at all to live on right now, beside a promise.
        "pour le moment je n'ai rien, je vous paierai les 30 € dès que possible",
        "il ne me reste plus rien pour vivre",
        # Living on a pension or benefits alone.
        "je vis avec ma petite retraite",
        "We are getting by on a small pension, I can offer £10 a month.",
        "I live on benefits.",
    ],
)
def test_no_money_at_all_or_living_on_a_pension_is_hardship(text: str) -> None:
    assert Intent.HARDSHIP in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "pour l'instant je n'ai rien reçu",
        "je n'ai plus rien à vous payer",
        "I live on the third floor.",
        "je vis avec mon compagnon depuis mars",
    ],
)
def test_nothing_received_or_where_one_lives_is_no_hardship(text: str) -> None:
    assert Intent.HARDSHIP not in found(text)


def test_a_copy_of_the_original_agreement_is_a_request_for_information() -> None:
    assert Intent.REQUEST_INFO in found("Please send me a copy of the original signed agreement.")


def test_interest_added_by_the_creditor_is_an_amount_dispute() -> None:
    text = "I dispute this: I owe the £200, not the interest you've added."
    assert dispute_type(normalize(text)) is DisputeType.AMOUNT_INCORRECT
    assert dispute_type(normalize("I dispute this debt.")) is DisputeType.OTHER


# -- The needle search: the C automaton against its plain definition ----------------------

_NEEDLE_ALPHABET = "abcdeijlmnoprstuvwxyz '0123456789é€"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_NEEDLE_ALPHABET, max_size=120))
def test_the_needles_found_are_those_of_the_plain_definition(text: str) -> None:
    assert needles_in(text) == _needles_in_reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "je ne suis pas kevin, arretez de m appeler",
        "mon pere est decede le 3 mars, je vous paierai le 15",
        "i am not disputing the invoice, i will pay in 3 instalments of 50",
        "dossier de surendettement depose a la banque de france",
    ],
)
def test_the_needles_of_real_messages(text: str) -> None:
    found = needles_in(text)
    assert found == _needles_in_reference(text)
    assert any(len(needle.strip()) >= 3 for needle in found) or not text


def _every_rule(value: object) -> list[rules_module._Rule]:
    if isinstance(value, rules_module._Rule):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return [rule for item in value for rule in _every_rule(item)]
    return []


def test_no_needle_set_ever_hides_a_match() -> None:
    """A pattern is skipped when the text lacks a needle it requires: on real messages,
    every pattern that matches must have had all its needles found."""
    corpus = resources.files("amiable.nlu") / "data"
    texts = [
        normalize(json.loads(line)["text"])
        for name in ("corpus_fr.jsonl", "corpus_en.jsonl", "corpus_fr_3.jsonl", "corpus_en_3.jsonl")
        for number, line in enumerate((corpus / name).read_text("utf-8").splitlines())
        if number % 12 == 0
    ]
    rules = _every_rule(list(vars(rules_module).values()))
    alternatives = {
        id(pattern): (rules_module._NEEDLE_SETS[number], pattern)
        for rule in rules
        for number, _, pattern in rule.alternatives
    }
    assert len(alternatives) > 500
    conditional = 0
    for text in texts:
        present = needles_in(text)
        for needle_sets, pattern in alternatives.values():
            if all(not present.isdisjoint(needles) for needles in needle_sets):
                continue
            conditional += 1
            assert pattern.search(text) is None, (pattern.pattern, text)
    assert conditional > 100 * len(texts)  # most patterns were skipped, and checked


def test_a_rule_returns_the_first_alternative_written_that_matches() -> None:
    # Alternatives are found through their needles, but tried in the order written. (The
    # needles a text holds are given: the automaton knows only the module's own rules.)
    rule = rules_module._Rule((r"\bpaid in full\b", r"\bpaid\b", r"\d+ ?€"))
    both = frozenset({"paid", "paid in full"})
    match = rule.search("paid 50 € - paid in full", both)
    assert match is not None and match.group(0) == "paid in full"
    match = rule.search("paid 50 €", frozenset({"paid"}))
    assert match is not None and match.group(0) == "paid"
    # An alternative with no needle at all is always tried, alone or beside others.
    match = rule.search("50 €", frozenset())
    assert match is not None and match.group(0) == "50 €"
    assert rule.search("nothing here", frozenset()) is None
    assert rules_module._Rule((r"\bpaid\b",)).search("paid", frozenset()) is None


def test_the_shipped_needle_file_says_what_parsing_says() -> None:
    """The file spares the start-up the parsing of six hundred patterns: it must hold every
    pattern as written now, with the needles parsing gives, and no other."""
    shipped = resources.files("amiable.nlu") / "data" / rules_module.NEEDLES_FILE
    assert shipped.read_text("utf-8") == rules_module.needle_file(), (
        "rules were edited: rewrite the file with `python -m amiable.nlu.rules`"
    )


def test_a_pattern_the_needle_file_lacks_is_parsed() -> None:
    pattern = r"\bzorglub (?:a|au) paye\b"
    assert pattern not in rules_module._shipped_needle_sets()
    # (The parser takes the branches' common "a" into the literal before them.)
    assert rules_module._needle_sets(pattern) == (frozenset({"zorglub a"}), frozenset({" paye"}))


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        # The parser factors the branches' common start out ("p" then "aid|ut"): joined
        # back, the words are needles again, and the pattern is not searched in every text.
        (r"\b(?:paid|put) \d+", frozenset({"paid", "put"})),
        (r"\b(?:(?:popped|paid) |put )\d", frozenset({"popped", "paid", "put "})),
        (r"\bnee?s? en (?:19|20)\d\d\b", frozenset({" en 19", " en 20"})),
    ],
)
def test_a_branch_factored_by_the_parser_keeps_its_words_as_needles(
    pattern: str, needles: frozenset[str]
) -> None:
    assert rules_module._parsed_needle_sets(pattern)[0] == needles


def test_a_branch_that_may_be_empty_gives_no_joined_needle() -> None:
    # "paye" or "payer": the branch "|r" starts with nothing, "paye" alone is required.
    assert rules_module._parsed_needle_sets(r"\bpaye(?:|r) vite\b") == (
        frozenset({" vite"}),
        frozenset({"paye"}),
    )
