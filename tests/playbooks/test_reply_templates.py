"""The agent's answers to a debtor (agent.replies): every reply template renders for every
sample context and passes the content checks; discreet answers reveal nothing; the answers
say what the agent did (a counter-offer, the schedule, the question asked, the remainder
of a partial promise) and that an automated assistant wrote them (EU AI Act art. 50)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from amiable.playbooks.context import (
    LANGS,
    MessageContext,
    PromiseView,
    ReplyView,
    day_short_text,
    day_text,
    money_text,
)
from amiable.playbooks.mentions import fold
from amiable.playbooks.templates import (
    STEPS,
    MessageRefused,
    MessageTemplates,
    Rendered,
    html_as_text,
    load_all,
    render,
    sample_contexts,
    step_spec,
)

REPLIES = sorted(name for name, spec in STEPS.items() if spec.reply)
DISCREET = sorted(name for name in REPLIES if STEPS[name].discreet)
REPLY_KEYS = [
    (name, channel, lang) for name in REPLIES for channel in STEPS[name].channels for lang in LANGS
]


def key_id(key: tuple[str, ...]) -> str:
    return "/".join(key)


def samples(name: str, channel: str, lang: str) -> list[MessageContext]:
    return sample_contexts(step_spec(name), channel=channel, lang=lang, tone="cordial")


def rendered(name: str, channel: str, lang: str, context: MessageContext) -> Rendered:
    return render(name, channel=channel, lang=lang, tone="cordial", context=context)


def bodies(message: Rendered) -> list[str]:
    """What a reader sees: the text, and the HTML as read."""
    return [message.text] + ([html_as_text(message.html)] if message.html is not None else [])


def reads(text: str, phrase: str) -> bool:
    return fold(phrase) in fold(text)


def day_in(text: str, day: date, lang: str) -> bool:
    return reads(text, day_text(day, lang)) or reads(text, day_short_text(day, lang))


def money(context: MessageContext, amount: Decimal) -> str:
    return money_text(amount, context.currency, context.lang)


# Every reply renders and passes the checks -------------------------------------------------


def test_every_reply_step_ships_its_templates_and_they_load_without_an_error() -> None:
    infos = {(i.name, i.channel, i.lang): i for i in load_all() if i.name in REPLIES}
    assert set(infos) == set(REPLY_KEYS)
    assert [error for info in infos.values() for error in info.errors] == []
    assert {info.tone for info in infos.values()} == {"cordial"}
    assert ("reply_stop_confirm", "sms", "fr") not in infos


@pytest.mark.parametrize("key", REPLY_KEYS, ids=key_id)
def test_a_reply_renders_for_every_sample_context(key: tuple[str, str, str]) -> None:
    name, channel, lang = key
    contexts = samples(name, channel, lang)
    # Each audience, a business answering a reminder sent before the due date, a firm case.
    assert len(contexts) == len(STEPS[name].audiences) + 2
    assert any(context.first_letter is None for context in contexts)
    assert any(context.reply and context.reply.case_tone == "ferme" for context in contexts)
    for context in contexts:
        message = rendered(name, channel, lang, context)  # refuses what breaks a rule
        if context.first_letter is None:
            assert "AG-2026-0042-L1" not in message.text


def test_the_golden_context_of_a_reply_is_the_full_cordial_one() -> None:
    context = samples("reply_plan_offer", "email", "fr")[0]
    assert context.reply is not None and context.reply.case_tone == "cordial"
    assert context.reply.counter and context.reply.missing == "date"
    assert context.first_letter is not None and context.debtor.is_consumer
    assert len(context.offers) == 3 and context.plan_accepted == context.offers[1]


@pytest.mark.parametrize("key", REPLY_KEYS, ids=key_id)
def test_the_sample_plans_add_up_exactly_to_the_balance(key: tuple[str, str, str]) -> None:
    for context in samples(*key):
        assert context.offers, "every reply sample carries the plans offered"
        for offer in context.offers:
            amounts = [instalment.amount for instalment in offer.instalments]
            assert sum(amounts, start=Decimal(0)) == offer.total
            assert offer.total + offer.discount == context.balance.total_due
            assert offer.count == len(offer.instalments)
            assert [i.number for i in offer.instalments] == list(range(1, offer.count + 1))
            assert offer.first_due_on == offer.instalments[0].due_on
            assert offer.last_due_on == offer.instalments[-1].due_on
            assert offer.discount == 0 or offer.count == 1
        assert [offer.number for offer in context.offers] == [1, 2, 3]
        assert context.plan_accepted == context.offers[1]


# Discreet answers ----------------------------------------------------------------------------


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


DISCREET_GOOD = "{{ agency.name }} : Bonjour, nous avons bien reçu votre message. Message de notre assistant automatique."


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        (" Pour le compte de {{ creditor.name }}.", "creditor"),
        (" Reste : {{ balance.total_due|money }}.", "amount"),
        (" Montant : 12 euros.", "amount"),
        (" Dossier {{ case_reference }}.", "case reference"),
        (" Votre facture est réglée.", "facture"),
    ],
)
def test_a_discreet_reply_naming_the_creditor_an_amount_or_the_debt_is_refused(
    tmp_path: Path, extra: str, problem: str
) -> None:
    write(tmp_path, "sms/fr/reply_deceased.cordial.txt", DISCREET_GOOD + extra)
    templates = MessageTemplates(tmp_path)
    context = samples("reply_deceased", "sms", "fr")[0]
    with pytest.raises(MessageRefused) as refused:
        templates.render(
            "reply_deceased", channel="sms", lang="fr", tone="cordial", context=context
        )
    assert any(problem in found for found in refused.value.problems)
    [info] = load_all(tmp_path)
    assert any(problem in error for error in info.errors)


def test_a_discreet_e_mail_naming_the_creditor_in_its_subject_is_refused(tmp_path: Path) -> None:
    body = "Madame, Monsieur,\n\nNous avons bien reçu votre message.\n\n{{ agency.name }}\n"
    write(
        tmp_path,
        "email/fr/reply_wrong_person.cordial.subject",
        "Votre message à {{ creditor.name }}",
    )
    write(tmp_path, "email/fr/reply_wrong_person.cordial.txt", body)
    write(tmp_path, "email/fr/reply_wrong_person.cordial.html", f"<p>{body}</p>")
    context = samples("reply_wrong_person", "email", "fr")[0]
    with pytest.raises(MessageRefused) as refused:
        MessageTemplates(tmp_path).render(
            "reply_wrong_person", channel="email", lang="fr", tone="cordial", context=context
        )
    assert refused.value.problems == ["forbidden: creditor"]


def test_the_same_discreet_text_without_it_renders(tmp_path: Path) -> None:
    write(tmp_path, "sms/fr/reply_deceased.cordial.txt", DISCREET_GOOD)
    context = samples("reply_deceased", "sms", "fr")[0]
    message = MessageTemplates(tmp_path).render(
        "reply_deceased", channel="sms", lang="fr", tone="cordial", context=context
    )
    assert message.text.startswith("Alcyon Gestion")


@pytest.mark.parametrize("key", [k for k in REPLY_KEYS if k[0] in DISCREET], ids=key_id)
def test_a_shipped_discreet_reply_names_the_agency_and_nothing_of_the_case(
    key: tuple[str, str, str],
) -> None:
    name, channel, lang = key
    for context in samples(name, channel, lang):
        message = rendered(name, channel, lang, context)
        for text in [*bodies(message), message.subject or ""]:
            assert not reads(text, context.creditor.name)
            assert not reads(text, context.case_reference)
            assert "€" not in text
        assert reads(message.text, context.agency.name)
        if message.subject is not None:
            assert context.agency.name in message.subject
            assert context.debtor.name not in message.text


# What the answers say --------------------------------------------------------------------------

_COUNTER = {"fr": "va au-dela de ce que notre client", "en": "goes beyond what our client"}
_COUNTER_SMS = {"fr": "depasse ce qu'autorise notre client", "en": "beyond what our client allows"}


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_counter_offer_says_the_proposal_is_outside_what_the_creditor_authorised(
    channel: str, lang: str
) -> None:
    context = samples("reply_plan_offer", channel, lang)[0]
    assert context.reply is not None and context.reply.counter
    phrase = (_COUNTER if channel == "email" else _COUNTER_SMS)[lang]
    for text in bodies(rendered("reply_plan_offer", channel, lang, context)):
        assert reads(text, phrase)
        for offer in context.offers:
            assert reads(text, money(context, offer.total if offer.count == 1 else offer.instalment))  # fmt: skip
    plain = replace(context, reply=replace(context.reply, counter=False))
    for text in bodies(rendered("reply_plan_offer", channel, lang, plain)):
        assert not reads(text, phrase)


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_plan_confirmation_prints_every_instalment_date_and_amount(
    channel: str, lang: str
) -> None:
    for context in samples("reply_plan_confirm", channel, lang):
        plan = context.plan_accepted
        assert plan is not None and plan.count > 1
        for text in bodies(rendered("reply_plan_confirm", channel, lang, context)):
            for instalment in plan.instalments:
                assert reads(text, money(context, instalment.amount))
                assert day_in(text, instalment.due_on, lang)
            assert reads(text, money(context, plan.total))


_ASKS = {
    "fr": {"date": "a quelle date", "amount": "quel montant"},
    "en": {"date": "what date", "amount": "how much"},
}
_ASKS_WHEN = {"fr": "et a quelle date", "en": "and when"}


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("lang", LANGS)
def test_asking_for_details_asks_for_the_date_or_the_amount_that_is_missing(
    channel: str, lang: str
) -> None:
    context = samples("reply_ask_details", channel, lang)[0]
    assert context.reply is not None
    asks = _ASKS[lang]
    for missing, other in (("date", "amount"), ("amount", "date")):
        asking = replace(context, reply=replace(context.reply, missing=missing))
        for text in bodies(rendered("reply_ask_details", channel, lang, asking)):
            assert reads(text, asks[missing]), (missing, text)
            assert not reads(text, asks[other]), (missing, text)
            assert reads(text, money(context, context.balance.total_due))
    both = replace(context, reply=replace(context.reply, missing=None))
    for text in bodies(rendered("reply_ask_details", channel, lang, both)):
        assert reads(text, asks["amount"]) and reads(text, _ASKS_WHEN[lang])


_REMAINDER = {"fr": ("le reste", "le solde"), "en": ("the rest",)}


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_promise_confirmation_speaks_of_the_remainder_only_when_the_promise_is_partial(
    channel: str, lang: str
) -> None:
    context = samples("reply_promise_confirm", channel, lang)[0]
    assert context.promise is not None
    assert context.promise.amount < context.balance.total_due
    total = money(context, context.balance.total_due)
    for text in bodies(rendered("reply_promise_confirm", channel, lang, context)):
        assert reads(text, money(context, context.promise.amount))
        assert day_in(text, context.promise.due_on, lang)
        assert reads(text, total)
        assert any(reads(text, phrase) for phrase in _REMAINDER[lang])
        assert reads(text, context.payment.portal_url or "")
    whole = replace(context, promise=PromiseView(context.balance.total_due, context.promise.due_on))
    for text in bodies(rendered("reply_promise_confirm", channel, lang, whole)):
        assert not any(reads(text, phrase) for phrase in _REMAINDER[lang])
        assert fold(text).count(fold(total)) == 1  # the promised amount, nothing more


_AUTOMATED = {"fr": "assistant automatique", "en": "automated assistant"}
_TALK = {"fr": "conseiller", "en": "adviser"}
_THREAD = {"fr": "votre message", "en": "your message"}


@pytest.mark.parametrize("key", REPLY_KEYS, ids=key_id)
def test_every_answer_says_an_automated_assistant_wrote_it_and_how_to_reach_a_person(
    key: tuple[str, str, str],
) -> None:
    name, channel, lang = key
    for context in samples(name, channel, lang):
        message = rendered(name, channel, lang, context)
        for text in bodies(message):
            assert reads(text, _AUTOMATED[lang]), text
            assert reads(text, _TALK[lang])
            assert reads(text, context.agency.name)
            if name not in ("payment_thanks", "payment_receipt"):  # after a payment, not a message
                assert reads(text, _THREAD[lang])


def test_a_firm_case_gets_a_firmer_yet_courteous_answer() -> None:
    contexts = samples("reply_payment_link", "email", "fr")
    cordial, firm = contexts[0], contexts[-1]
    assert firm.reply is not None and firm.reply.case_tone == "ferme"
    assert "sans attendre" in rendered("reply_payment_link", "email", "fr", firm).text
    assert "sans attendre" not in rendered("reply_payment_link", "email", "fr", cordial).text
    firm_en = samples("reply_payment_link", "email", "en")[-1]
    assert "without delay" in rendered("reply_payment_link", "email", "en", firm_en).text


def test_hardship_offers_only_instalments_and_prints_every_advice_line() -> None:
    for lang in LANGS:
        context = samples("reply_hardship", "email", lang)[0]
        assert context.reply is not None and context.reply.advice
        text = rendered("reply_hardship", "email", lang, context).text
        for line in context.reply.advice:
            assert line in text
        full = context.offers[0]
        assert full.count == 1 and money(context, full.total) not in text
        for plan in context.offers[1:]:
            assert f"Option {plan.number}" in text
        none = replace(context, reply=ReplyView(), offers=())
        quiet = rendered("reply_hardship", "email", lang, none).text
        assert "Option" not in quiet and "€" not in quiet


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stopped", ["email", "sms", "all"])
def test_a_stop_confirmation_names_the_channel_and_says_the_debt_remains(
    lang: str, stopped: str
) -> None:
    context = samples("reply_stop_confirm", "email", lang)[0]
    assert context.reply is not None
    stopping = replace(context, reply=replace(context.reply, stopped_channel=stopped))
    text = rendered("reply_stop_confirm", "email", lang, stopping).text
    named = {
        "fr": {"email": "par courriel", "sms": "de SMS", "all": "ni par téléphone"},
        "en": {"email": "by e-mail", "sms": "text messages", "all": "or telephone"},
    }[lang][stopped]
    assert named in text
    assert money(context, context.balance.total_due) in text
    assert all(line in text for line in context.agency.address_lines)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_closed_case_is_called_settled_only_when_nothing_is_owed(channel: str, lang: str) -> None:
    context = samples("reply_closed", channel, lang)[0]
    zero = Decimal("0.00")
    paid = replace(context, balance=replace(context.balance, total_due=zero, principal=zero,
                                           interest=zero, indemnity=zero, fees=zero))  # fmt: skip
    owing_text = fold(rendered("reply_closed", channel, lang, context).text)
    paid_text = fold(rendered("reply_closed", channel, lang, paid).text)
    settled = {"fr": "regle et clos", "en": "settled and closed"}[lang]
    assert settled in paid_text and settled not in owing_text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_breakdown_says_a_person_sends_the_copy_that_was_asked(lang: str) -> None:
    context = samples("reply_info", "email", lang)[0]
    assert context.reply is not None
    asked = replace(context, reply=replace(context.reply, document_requested=True))
    told = {"fr": "une personne de notre equipe vous l'adresse.", "en": "is sending it to you"}
    offered = {"fr": "si vous souhaitez une copie", "en": "if you would like a copy"}
    assert told[lang] in fold(rendered("reply_info", "email", lang, asked).text)
    assert offered[lang] in fold(rendered("reply_info", "email", lang, context).text)
    assert told[lang] not in fold(rendered("reply_info", "email", lang, context).text)
