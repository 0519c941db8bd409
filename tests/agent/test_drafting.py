"""The optional LLM drafting mode, driven through real HTTP against a local fake server.

The template of every test is a real shipped one, rendered for the sample case; the model's
answers are scripted. A draft is sent only when every check passes; otherwise the
template's own text is, with the reasons.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from tests.nlu.fake_openai import FakeOpenAI, Reply

# The fixture, imported under its own name so pytest finds it in this module.
from tests.nlu.fake_openai import fake_openai as fake_openai

from amiable.agent.drafting import (
    Draft,
    DraftFacts,
    LlmDrafter,
    check_draft,
    draft_facts,
)
from amiable.nlu.llm import LlmConfig
from amiable.playbooks.context import MessageContext, PromiseView, sample_context
from amiable.playbooks.templates import STEPS, render, sample_contexts

PROMISE = PromiseView(amount=Decimal("300.00"), due_on=date(2026, 11, 25))

DEBTOR_EMAIL = "camille.martin@example.fr"
DEBTOR_PHONE = "06 12 34 56 78"
DEBTOR_IBAN = "FR76 3000 6000 0112 3456 7890 189"
DEBTOR_MESSAGE = (
    "Bonjour, oui je confirme, je paierai bien le 25 novembre. Mais je ne retrouve pas le lien"
    f" pour payer. Vous pouvez m'écrire à {DEBTOR_EMAIL} ou au {DEBTOR_PHONE}. Mon IBAN est"
    f" {DEBTOR_IBAN} si besoin.\nCordialement,\nCamille Martin"
)

# A rewrite of the French promise reminder that keeps every fact. The agency's IBAN and
# phone come back as the placeholders the masked template showed the model.
GOOD_FR = """Madame, Monsieur,

Merci pour votre message. Nous avons bien noté que vous réglerez 300,00 € le 25 novembre 2026, \
au titre du dossier D-2026-0042 que nous suivons pour le compte de notre client Opaline \
Télécom SAS (notre courrier AG-2026-0042-L1 du 12 octobre 2026).

Voici le lien de paiement : https://pay.alcyon-gestion.example/p/7Q2XK9

Vous pouvez aussi payer par virement : IBAN [IBAN_1] (titulaire : Alcyon Gestion), en \
indiquant la référence RF86 A000 0004 2.

Si un imprévu survient, répondez simplement à ce message avant cette date : nous chercherons \
ensemble une autre solution.

Cordialement,

Alcyon Gestion – service de recouvrement amiable
Téléphone : [PHONE_1]"""

AGENCY_IBAN = "FR76 3000 4000 0312 3456 7890 143"
AGENCY_PHONE = "04 72 00 00 00"


def unmasked(text: str) -> str:
    return text.replace("[IBAN_1]", AGENCY_IBAN).replace("[PHONE_1]", AGENCY_PHONE)


def context_for(channel: str = "email", lang: str = "fr") -> MessageContext:
    return replace(sample_context(channel=channel, lang=lang, tone="cordial"), promise=PROMISE)


def template_for(channel: str = "email", lang: str = "fr") -> str:
    context = context_for(channel, lang)
    rendered = render(
        "promise_reminder", channel=channel, lang=lang, tone="cordial", context=context
    )
    return rendered.text


def facts_for(channel: str = "email", lang: str = "fr", **changes: Any) -> DraftFacts:
    facts = draft_facts(context_for(channel, lang), template_text=template_for(channel, lang))
    return replace(facts, **changes)


def config_for(server: FakeOpenAI, **overrides: Any) -> LlmConfig:
    settings: dict[str, Any] = {
        "base_url": server.base_url,
        "model": "fake-model",
        "enabled": True,
        "timeout_seconds": 2,
    }
    return LlmConfig(**{**settings, **overrides})


@pytest.fixture
def drafter(fake_openai: FakeOpenAI) -> Iterator[LlmDrafter]:
    with LlmDrafter(config_for(fake_openai)) as drafter:
        yield drafter


def draft_with(
    drafter: LlmDrafter,
    *,
    channel: str = "email",
    lang: str = "fr",
    facts: DraftFacts | None = None,
    template: str | None = None,
    message: str = DEBTOR_MESSAGE,
) -> Draft:
    return drafter.draft(
        template_text=template if template is not None else template_for(channel, lang),
        debtor_message=message,
        facts=facts or facts_for(channel, lang),
        context=context_for(channel, lang),
    )


def assert_template_sent(draft: Draft, template: str, problem: str) -> None:
    assert draft.source == "template"
    assert draft.text == template
    assert any(problem in found for found in draft.problems), draft.problems


# --- The facts and the template's own text ----------------------------------------------


def test_the_facts_hold_the_case_the_promise_and_the_first_letter() -> None:
    facts = facts_for()

    assert {Decimal("300.00"), Decimal("1162.34"), Decimal("1150.00")} <= facts.amounts
    assert {date(2026, 11, 25), date(2026, 10, 12), date(2026, 11, 20)} <= facts.dates
    assert facts.required == (
        "D-2026-0042",
        "https://pay.alcyon-gestion.example/p/7Q2XK9",
        AGENCY_IBAN,
        "RF86 A000 0004 2",  # the transfer reference (ISO 11649) the template gives
    )
    assert (facts.channel, facts.lang, facts.recall_first_letter, facts.discreet) == (
        "email",
        "fr",
        True,
        False,
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_the_templates_own_text_passes_every_check(channel: str, lang: str) -> None:
    template = template_for(channel, lang)
    context = context_for(channel, lang)

    assert check_draft(template, facts_for(channel, lang), context) == []
    assert check_draft(template, facts_for(channel, lang), context, template_text=template) == []


# The later messages shipped today (the list is fixed: steps added later bring their own).
REPLY_STEPS = ("reminder", "formal_reminder", "pre_due", "promise_reminder", "broken_promise")


@pytest.mark.parametrize(
    ("name", "channel", "lang", "tone"),
    [
        (name, channel, lang, tone)
        for name in REPLY_STEPS
        for channel in STEPS[name].channels
        if channel in ("email", "sms")
        for lang in ("fr", "en")
        for tone in STEPS[name].tones
    ],
)
def test_every_shipped_reply_template_passes_its_own_check(
    name: str, channel: str, lang: str, tone: str
) -> None:
    spec = STEPS[name]
    for context in sample_contexts(spec, channel=channel, lang=lang, tone=tone):
        text = render(name, channel=channel, lang=lang, tone=tone, context=context).text
        recall = not spec.before_due or context.first_letter is not None
        facts = draft_facts(context, template_text=text, recall_first_letter=recall)

        assert check_draft(text, facts, context, template_text=text) == []


# --- check_draft on its own ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("fr", "1 250,00 €"),
        ("fr", "1\u202f250,00\u00a0€"),
        ("fr", "1.250,00 EUR"),
        ("fr", "1250 euros"),
        ("en", "€1,250.00"),
    ],
)
def test_an_amount_of_the_case_is_recognised_however_it_is_written(lang: str, written: str) -> None:
    context = context_for("email", lang)
    facts = replace(facts_for("email", lang), amounts=facts_for().amounts | {Decimal("1250")})
    text = unmasked(GOOD_FR) if lang == "fr" else template_for("email", "en")

    assert check_draft(f"{text}\n{written}\n", facts, context) == []


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("150 €", "'150 €' (150.00)"),
        ("1 250,00 €", "'1 250,00 €' (1250.00)"),
        ("€1,250.00", "'€1,250.00' (1250.00)"),
        ("un virement de 200", "'200' (200.00)"),
        ("trois cents cinquante euros", "(350.00)"),
    ],
)
def test_an_amount_that_is_not_of_the_case_is_named(written: str, shown: str) -> None:
    problems = check_draft(f"{unmasked(GOOD_FR)}\n{written}.\n", facts_for(), context_for())

    assert len(problems) == 1, problems
    assert problems[0].startswith("it states an amount that is not one of the case: ")
    assert problems[0].endswith(shown)


def test_an_amount_of_the_case_in_another_currency_is_named() -> None:
    facts = replace(facts_for(), amounts=facts_for().amounts | {Decimal("40")})

    problems = check_draft(f"{unmasked(GOOD_FR)}\nSoit £40.\n", facts, context_for())

    assert problems == ["it states an amount in GBP, not in the case's currency EUR: '£40'"]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("le 15 décembre 2026", "'le 15 décembre 2026' (2026-12-15)"),
        ("le 15/12", "'15/12' (2026-12-15)"),
        ("demain", "'demain' (2026-11-21)"),
        ("vendredi prochain", "'vendredi prochain' (2026-11-27)"),
        ("le 25 novembre 2027", "'le 25 novembre 2027' (2027-11-25)"),
    ],
)
def test_a_date_that_is_not_of_the_case_is_named(written: str, shown: str) -> None:
    problems = check_draft(
        f"{unmasked(GOOD_FR)}\nNous vous rappellerons {written}.\n", facts_for(), context_for()
    )

    assert [p for p in problems if "date" in p] == [
        f"it states a date that is not one of the case: {shown}"
    ], problems


@pytest.mark.parametrize("written", ["December 15", "tomorrow"])
def test_an_english_date_that_is_not_of_the_case_is_named(written: str) -> None:
    template = template_for("email", "en")

    problems = check_draft(
        f"{template}\nWe will call you {written}.\n",
        facts_for("email", "en"),
        context_for("email", "en"),
    )

    assert any(p.startswith("it states a date that is not one of the case") for p in problems)


def test_a_date_of_the_case_however_it_is_written_passes() -> None:
    text = f"{unmasked(GOOD_FR)}\nRappel : votre règlement est prévu le 25/11, soit dans 5 jours.\n"

    # "dans 5 jours" is the 25th; "aujourd'hui" is the day of the message.
    assert check_draft(text, facts_for(), context_for()) == []
    assert check_draft(f"{text}Nous sommes aujourd'hui.\n", facts_for(), context_for()) == []


def test_a_number_the_readers_do_not_take_for_money_is_still_refused() -> None:
    problems = check_draft(
        f"{unmasked(GOOD_FR)}\nVous pouvez aussi régler en 3 fois, avant 18h.\n",
        facts_for(),
        context_for(),
    )

    assert problems == [
        "it states a number that is neither in the template nor in the case: '3', '18h'"
    ]


def test_a_leftover_placeholder_is_refused() -> None:
    problems = check_draft(GOOD_FR.replace("[IBAN_1]", "[IBAN_3]"), facts_for(), context_for())

    assert "it holds a masking placeholder that stands for nothing: [IBAN_3], [PHONE_1]" in problems


@pytest.mark.parametrize(
    "claim",
    [
        "Je suis Marie, votre conseillère.",
        "Je m'appelle Julien et je suis là pour vous aider.",
        "Je suis votre gestionnaire de dossier.",
        "Ce n'est pas un message automatique.",
        "Je ne suis pas un robot.",
        "Cordialement,\nMarie Lenoir",
    ],
)
def test_a_draft_claiming_to_be_a_person_is_refused(claim: str) -> None:
    problems = check_draft(f"{unmasked(GOOD_FR)}\n\n{claim}\n", facts_for(), context_for())

    assert len(problems) == 1, problems
    assert problems[0].startswith("it presents the sender as a person or denies being automated")
    assert problems[0].endswith("the agent is an automated assistant (EU AI Act art. 50)")


@pytest.mark.parametrize(
    "claim",
    [
        "My name is Sarah.",
        "I am a real person, not a bot.",
        "I'm your case handler.",
        "This is not an automated message.",
    ],
)
def test_an_english_draft_claiming_to_be_a_person_is_refused(claim: str) -> None:
    template = template_for("email", "en")

    problems = check_draft(
        f"{template}\n{claim}\n", facts_for("email", "en"), context_for("email", "en")
    )

    assert any("presents the sender as a person" in problem for problem in problems), problems


def test_saying_it_is_an_automated_assistant_is_fine() -> None:
    text = (
        f"{unmasked(GOOD_FR)}\nJe suis un assistant automatique ; un conseiller de l'agence peut"
        " reprendre votre dossier si vous le souhaitez.\n"
    )

    assert check_draft(text, facts_for(), context_for()) == []


def test_the_mentions_of_a_later_message_are_required() -> None:
    text = (
        unmasked(GOOD_FR)
        .replace(" (notre courrier AG-2026-0042-L1 du 12 octobre 2026)", "")
        .replace("notre client Opaline Télécom SAS", "notre client")
    )

    problems = check_draft(text, facts_for(), context_for())

    assert problems == [
        "it does not recall the first letter's reference and date (R124-4)",
        "it does not name the creditor (C. consom. L121-2)",
    ]
    # Before any recovery, the agency and the creditor only.
    assert check_draft(text, facts_for(recall_first_letter=False), context_for()) == [
        "it does not name the creditor (C. consom. L121-2)"
    ]


def test_an_email_much_shorter_than_the_template_or_too_long_is_refused() -> None:
    template = template_for()
    short = "Alcyon Gestion, pour Opaline Télécom SAS : dossier D-2026-0042, merci."
    long = unmasked(GOOD_FR) + "\nMerci de votre confiance." * 120

    short_problems = check_draft(
        short, facts_for(required=()), context_for(), template_text=template
    )
    long_problems = check_draft(long, facts_for(), context_for(), template_text=template)

    assert any("less than 40% of the template's 896" in p for p in short_problems), short_problems
    assert any(p.startswith("the e-mail has 3") and "at most 3000" in p for p in long_problems)


# --- The drafter, over HTTP --------------------------------------------------------------------


def test_a_good_draft_is_sent_with_the_placeholders_unmasked(
    fake_openai: FakeOpenAI, drafter: LlmDrafter
) -> None:
    fake_openai.script(Reply.content(GOOD_FR))

    draft = draft_with(drafter)

    assert draft == Draft(text=unmasked(GOOD_FR) + "\n", source="llm", problems=())
    assert len(fake_openai.requests) == 1


def test_the_prompt_carries_the_rules_and_no_personal_data_of_the_debtor(
    fake_openai: FakeOpenAI, drafter: LlmDrafter
) -> None:
    fake_openai.script(Reply.content(GOOD_FR))

    draft_with(drafter)

    request = fake_openai.requests[0]
    assert request.path == "/v1/chat/completions"
    assert request.body["model"] == "fake-model"
    assert "response_format" not in request.body
    for personal in (DEBTOR_EMAIL, DEBTOR_PHONE, DEBTOR_IBAN, "Camille Martin", "0612345678"):
        assert personal not in request.wire_text
    user = request.message("user")
    assert "[EMAIL_1]" in user and "[PHONE_2]" in user and "[IBAN_2]" in user
    assert "je paierai bien le 25 novembre" in user
    assert "300,00" in user and "D-2026-0042" in user  # the facts are not masked
    system = request.message("system")
    assert "automated assistant" in system
    assert "Never add an amount" in system
    assert "Write in French" in system
    assert "between 359 and 3000 characters" in system


GOOD_EN = """Dear [NAME_1],

Thank you for confirming. We have noted that you will pay €300.00 on 25 November 2026 towards \
file D-2026-0042, which we handle on behalf of our client Opaline Télécom SAS (our letter \
AG-2026-0042-L1 of 12 October 2026).

Here is your payment link: https://pay.alcyon-gestion.example/p/7Q2XK9
You can also pay by bank transfer to IBAN [IBAN_1] (account holder: Alcyon Gestion), quoting \
RF86 A000 0004 2.

I am an automated assistant: if anything changes before 25 November, just reply to this message.

Kind regards,

Alcyon Gestion – amicable debt recovery department"""


def test_a_good_english_draft_is_sent_and_names_the_debtor_again(
    fake_openai: FakeOpenAI, drafter: LlmDrafter
) -> None:
    fake_openai.script(Reply.content(GOOD_EN))
    message = "Hi, yes I will pay on the 25th, can you resend the link?\nThanks,\nCamille Martin"

    draft = draft_with(drafter, lang="en", message=message)

    assert draft.source == "llm", draft.problems
    assert draft.text.startswith("Dear Camille Martin,\n")
    assert AGENCY_IBAN in draft.text
    # One name, one placeholder: the template's salutation and the debtor's signature.
    user = fake_openai.requests[0].message("user")
    assert user.count("[NAME_1]") == 2 and "[NAME_2]" not in user
    assert "Camille" not in fake_openai.requests[0].wire_text


@pytest.mark.parametrize(
    "wrapped",
    [
        f"```\n{GOOD_FR}\n```",
        f"```text\n{GOOD_FR}\n```",
        f'"{GOOD_FR}"',
        f"«{GOOD_FR}»",
        f"\n\n  {GOOD_FR}  \n\n",
    ],
)
def test_fences_and_quotes_around_the_draft_are_stripped(
    fake_openai: FakeOpenAI, drafter: LlmDrafter, wrapped: str
) -> None:
    fake_openai.script(Reply.content(wrapped))

    draft = draft_with(drafter)

    assert draft.source == "llm", draft.problems
    assert draft.text == unmasked(GOOD_FR) + "\n"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda text: text.replace("300,00 €", "350,00 €"),
            "it states an amount that is not one of the case: '350,00 €' (350.00)",
        ),
        (
            lambda text: text.replace("le 25 novembre 2026", "le 26 novembre 2026"),
            "it states a date that is not one of the case: 'le 26 novembre 2026' (2026-11-26)",
        ),
        (
            lambda text: text.replace(
                "Cordialement",
                "À défaut, nous transmettrons le dossier à un huissier.\n\nCordialement",
            ),
            "it holds a deny-listed phrase ('huissiers?'): confusion with a court officer",
        ),
        (
            lambda text: text.replace(
                "Cordialement", "Sans règlement, des poursuites seront engagées.\n\nCordialement"
            ),
            "it holds a deny-listed phrase ('poursuites?')",
        ),
        (
            lambda text: text.replace("D-2026-0042", "votre dossier"),
            "a required text is missing: 'D-2026-0042'",
        ),
        (
            lambda text: text.replace(
                "Merci pour votre message.", "Je suis Marie, votre conseillère."
            ),
            "it presents the sender as a person or denies being automated"
            " ('je suis marie, votre conseillere')",
        ),
    ],
)
def test_a_draft_failing_a_check_sends_the_template(
    fake_openai: FakeOpenAI, drafter: LlmDrafter, change: Any, problem: str
) -> None:
    fake_openai.script(Reply.content(change(GOOD_FR)))

    draft = draft_with(drafter)

    assert_template_sent(draft, template_for(), problem)


def test_an_english_draft_for_a_french_case_sends_the_template(
    fake_openai: FakeOpenAI, drafter: LlmDrafter
) -> None:
    english = template_for("email", "en").replace("Dear Camille Martin,", "Dear customer,")
    fake_openai.script(Reply.content(english))

    draft = draft_with(drafter)

    assert_template_sent(draft, template_for(), "it is written in English")
    assert any(problem.endswith("not in French") for problem in draft.problems)


def test_an_sms_longer_than_three_segments_sends_the_template(
    fake_openai: FakeOpenAI, drafter: LlmDrafter
) -> None:
    template = template_for("sms")
    long = template + " Nous restons à votre écoute pour toute question sur ce règlement." * 3
    fake_openai.script(Reply.content(long))

    draft = draft_with(drafter, channel="sms")

    assert_template_sent(draft, template, "the SMS takes 4 segments")
    assert "at most 3: 459 characters of the GSM alphabet, 201 otherwise" in draft.problems[-1]


def test_a_short_sms_rewrite_is_sent_in_the_gsm_alphabet(
    fake_openai: FakeOpenAI, drafter: LlmDrafter
) -> None:
    sms = (
        "Alcyon Gestion : merci Camille Martin, c’est noté pour le 25/11/2026 : 300,00 € "
        "(dossier D-2026-0042, pour Opaline Télécom SAS, courrier AG-2026-0042-L1 du 12/10/2026). "
        "Lien : https://pay.alcyon-gestion.example/p/7Q2XK9"
    )
    fake_openai.script(Reply.content(sms))

    draft = draft_with(drafter, channel="sms")

    assert draft.source == "llm", draft.problems
    assert "c'est noté" in draft.text and "Télécom" in draft.text  # é is GSM, ’ is not
    system = fake_openai.requests[0].message("system")
    assert "one SMS" in system and "at most 459 characters" in system


DISCREET_TEMPLATE = (
    "Bonjour,\n\nMerci de nous avoir signalé que ce numéro n'est pas celui de la personne que nous"
    " cherchions à joindre. Nous le retirons de nos fichiers et ne vous contacterons plus.\n\n"
    "Alcyon Gestion\n"
)


def discreet_facts() -> DraftFacts:
    return replace(facts_for(), required=(), discreet=True)


def test_a_discreet_template_passes_its_own_check() -> None:
    assert check_draft(DISCREET_TEMPLATE, discreet_facts(), context_for()) == []


def test_a_discreet_reply_that_mentions_the_amount_sends_the_template(
    fake_openai: FakeOpenAI, drafter: LlmDrafter
) -> None:
    leaky = DISCREET_TEMPLATE.replace(
        "joindre.", "joindre au sujet d'une facture de 1 162,34 € due à Opaline Télécom."
    )
    fake_openai.script(Reply.content(leaky))

    draft = draft_with(drafter, facts=discreet_facts(), template=DISCREET_TEMPLATE)

    assert_template_sent(
        draft,
        DISCREET_TEMPLATE,
        "a reply to someone who is not the debtor mentions an amount: '1 162,34 €'",
    )
    assert "a reply to someone who is not the debtor names the creditor" in draft.problems
    assert (
        "a reply to someone who is not the debtor speaks of a debt: 'facture', 'due'"
        in draft.problems
    )
    system = fake_openai.requests[0].message("system")
    assert "The recipient is not the debtor" in system


def test_a_discreet_reply_giving_the_case_reference_is_refused() -> None:
    text = DISCREET_TEMPLATE.replace("plus.", "plus (réf. D-2026-0042).")

    problems = check_draft(text, discreet_facts(), context_for())

    assert problems == ["a reply to someone who is not the debtor gives the case reference"]


# --- Failures of the endpoint --------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        (
            Reply.error(500, "model crashed"),
            "the drafting model did not answer: HTTP 500: model crashed",
        ),
        (Reply.error(429), "the drafting model did not answer: HTTP 429 rate limited"),
        (Reply.raw(b"<html>Bad gateway</html>"), "the drafting model's answer is unreadable"),
        (Reply.raw(b'{"choices": [{"message": {"content": null}}]}'), "unreadable"),
        (Reply.content(""), "the drafting model gave an empty answer"),
        (Reply.content("```\n```"), "the drafting model gave an empty answer"),
        (Reply.content("Je ne peux pas répondre à cette demande."), "a required text is missing"),
    ],
)
def test_an_endpoint_failure_or_a_garbled_answer_sends_the_template(
    fake_openai: FakeOpenAI, drafter: LlmDrafter, reply: Reply, problem: str
) -> None:
    fake_openai.script(reply)

    draft = draft_with(drafter)

    assert_template_sent(draft, template_for(), problem)


def test_a_timeout_sends_the_template(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(Reply.content(GOOD_FR).slow(5))

    with LlmDrafter(config_for(fake_openai, timeout_seconds=0.3)) as drafter:
        draft = draft_with(drafter)

    assert_template_sent(
        draft, template_for(), "the drafting model did not answer: timeout after 0.3s"
    )


def test_a_disabled_drafter_sends_the_template_without_asking(fake_openai: FakeOpenAI) -> None:
    with LlmDrafter(config_for(fake_openai, enabled=False)) as drafter:
        draft = draft_with(drafter)

    assert draft == Draft(text=template_for(), source="template", problems=())
    assert fake_openai.requests == []


def test_the_api_key_goes_in_a_bearer_header(fake_openai: FakeOpenAI) -> None:
    fake_openai.api_key = "sk-draft-123"
    fake_openai.script(Reply.content(GOOD_FR))

    with LlmDrafter(config_for(fake_openai, api_key="sk-draft-123")) as drafter:
        draft = draft_with(drafter)

    assert draft.source == "llm", draft.problems
    assert fake_openai.requests[0].headers["Authorization"] == "Bearer sk-draft-123"


def test_the_debtor_message_is_masked_then_cut_to_max_chars(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(Reply.content(GOOD_FR))
    message = f"Écrivez à {DEBTOR_EMAIL}. " + "Je confirme le paiement. " * 40

    with LlmDrafter(config_for(fake_openai, max_chars=200)) as drafter:
        draft_with(drafter, message=message)

    user = fake_openai.requests[0].message("user")
    quoted = user.split("DEBTOR'S MESSAGE (to answer):\n", 1)[1]
    assert len(quoted) <= 200
    assert quoted.startswith("Écrivez à [EMAIL_1].")
    assert DEBTOR_EMAIL not in user


def test_the_facts_refuse_an_unknown_channel_or_language() -> None:
    with pytest.raises(ValueError, match="channel"):
        replace(facts_for(), channel="letter")
    with pytest.raises(ValueError, match="lang"):
        replace(facts_for(), lang="de")


def test_amounts_in_the_facts_compare_to_the_cent() -> None:
    facts = replace(facts_for(), amounts=frozenset({Decimal("300"), Decimal("1162.340")}))

    assert Decimal("300.00") in facts.amounts and Decimal("1162.34") in facts.amounts
