"""Message templates: golden renderings, the loader's checks, the sandbox, the filters, and
the content rules (R124-4 mentions, deny-list, SMS privacy) that refuse a message."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from amiable.playbooks.context import (
    VIEWS,
    CreditorView,
    FirstLetterView,
    MessageContext,
    sample_context,
)
from amiable.playbooks.mentions import (
    FIRST_LETTER_MENTIONS,
    _fold_reference,
    check_rendered,
    fold,
    sms_privacy_problems,
)
from amiable.playbooks.templates import (
    PARTS,
    TEMPLATES_ROOT,
    MessageRefused,
    MessageTemplates,
    Rendered,
    RenderError,
    build_environment,
    html_as_text,
    load_all,
    render,
    sample_contexts,
    shipped_keys,
    sms_segments,
    step_spec,
    template_path,
    to_gsm,
)

NARROW_NBSP, NBSP = "\u202f", "\u00a0"


def context_for(name: str, channel: str, lang: str, tone: str) -> MessageContext:
    return sample_contexts(step_spec(name), channel=channel, lang=lang, tone=tone)[0]


def parts_of(rendered: Rendered) -> dict[str, str]:
    parts = {"txt": rendered.text}
    if rendered.subject is not None:
        parts["subject"] = rendered.subject
    if rendered.html is not None:
        parts["html"] = rendered.html
    return parts


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def shipped_source(relative: str) -> str:
    return (TEMPLATES_ROOT / relative).read_text(encoding="utf-8")


def errors_of(root: Path) -> list[str]:
    return [error for info in load_all(root) for error in info.errors]


# A later message that passes every check: the base the bad templates below start from.
GOOD_LETTER = (
    "{{ agency.name }}, pour le compte de notre client {{ creditor.name }}.\n"
    "Notre courrier {{ first_letter.reference }} du {{ first_letter.sent_on|day }}.\n"
    "Reste dû : {{ balance.total_due|money }}.\n"
)


# Golden files ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", shipped_keys(), ids="/".join)
def test_every_shipped_template_renders_exactly_its_golden_file(
    key: tuple[str, str, str, str], refresh_golden: bool, golden_dir: Path
) -> None:
    name, channel, lang, tone = key
    rendered = render(name, channel=channel, lang=lang, tone=tone,
                      context=context_for(name, channel, lang, tone))  # fmt: skip
    for part, text in parts_of(rendered).items():
        golden = golden_dir / template_path(name, channel, lang, tone, part)
        if refresh_golden:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_text(text, encoding="utf-8", newline="")
            continue
        assert golden.exists(), (
            f"no golden file {golden}: run pytest tests/playbooks --refresh-golden"
        )
        assert text == golden.read_text(encoding="utf-8"), f"{golden} differs"


def test_no_golden_file_is_left_for_a_template_that_is_gone(golden_dir: Path) -> None:
    expected = {
        template_path(name, channel, lang, tone, part)
        for name, channel, lang, tone in shipped_keys()
        for part in PARTS[channel]
    }
    present = {path.relative_to(golden_dir).as_posix() for path in golden_dir.rglob("*.*")}
    assert present == expected


# The shipped set ----------------------------------------------------------------------


def test_the_shipped_templates_load_without_a_single_error() -> None:
    infos = load_all()
    assert [error for info in infos for error in info.errors] == []
    assert sorted((i.name, i.channel, i.lang, i.tone) for i in infos) == sorted(shipped_keys())


def test_the_shipped_set_covers_every_step_channel_language_and_tone() -> None:
    keys = set(shipped_keys())
    # 32 for the playbooks' steps; 74 for the agent's answers and the payment messages (18
    # names by e-mail and SMS, the stop confirmation by e-mail only), fr and en, cordial.
    assert len(keys) == 32 + 74
    answers = {name: ("email", "sms") for name in (
        "payment_thanks", "payment_receipt", "reply_promise_confirm", "reply_ask_details",
        "reply_plan_offer", "reply_plan_confirm", "reply_payment_link", "reply_proof_request",
        "reply_dispute_ack", "reply_hardship", "reply_legal_stop", "reply_deceased",
        "reply_wrong_person", "reply_info", "reply_callback", "reply_proposal_forwarded",
        "reply_closed", "reply_human_review",
    )}  # fmt: skip
    for step, channels in {
        "first_letter": ("letter", "email"), "reminder": ("email", "sms"),
        "formal_reminder": ("letter", "email"), "pre_due": ("email",),
        "promise_reminder": ("email", "sms"), "broken_promise": ("email", "sms"),
        "call_script": ("call",), "reply_stop_confirm": ("email",), **answers,
    }.items():  # fmt: skip
        for channel in channels:
            assert {lang for name, c, lang, _ in keys if (name, c) == (step, channel)} == {
                "fr",
                "en",
            }
    assert {tone for name, c, _, tone in keys if (name, c) == ("reminder", "sms")} == {
        "preventif", "cordial", "ferme",
    }  # fmt: skip


@pytest.mark.parametrize("key", [k for k in shipped_keys() if k[1] == "sms"], ids="/".join)
def test_an_sms_names_its_sender_first_and_hides_amount_and_debt_from_the_lock_screen(
    key: tuple[str, str, str, str],
) -> None:
    name, channel, lang, tone = key
    context = context_for(*key)
    text = render(name, channel=channel, lang=lang, tone=tone, context=context).text
    assert text.startswith(context.agency.name)
    head = fold(text[:40])
    assert "€" not in head and "1 162,34" not in head and "1,162.34" not in head
    assert len(text) < 480 and sms_segments(text) <= 3


def test_consumer_messages_never_speak_of_recovery_fees_except_the_l111_8_text() -> None:
    for name, channel, lang, tone in shipped_keys():
        context = context_for(name, channel, lang, tone)
        if not context.debtor.is_consumer:
            continue
        rendered = render(name, channel=channel, lang=lang, tone=tone, context=context)
        for part, text in parts_of(rendered).items():
            outside_the_law = fold(html_as_text(text) if part == "html" else text).replace(
                fold(context.legal.l111_8), ""
            )
            outside_the_law = outside_the_law.replace(fold(context.legal.l111_8_translation), "")
            for phrase in ("frais de recouvrement", "frais de dossier", "recovery fee",
                           "recovery costs", "collection fee"):  # fmt: skip
                assert phrase not in outside_the_law, (name, channel, lang, phrase)


def test_the_first_letter_reproduces_l111_8_verbatim_and_itemises_the_amount() -> None:
    context = context_for("first_letter", "letter", "fr", "cordial")
    text = render("first_letter", channel="letter", lang="fr", tone="cordial", context=context).text
    assert context.legal.l111_8 in text
    assert f"- Principal : 1{NARROW_NBSP}150,00{NBSP}€" in text
    assert f"- Intérêts : 12,34{NBSP}€" in text
    assert f"- Autres accessoires : 0,00{NBSP}€" in text
    assert f"- Total restant dû : 1{NARROW_NBSP}162,34{NBSP}€" in text
    assert "Notre référence : AG-2026-0042-L1 du 12 octobre 2026" in text
    assert "IBAN FR76 3000 4000 0312 3456 7890 143" in text


def test_a_business_first_letter_names_the_40_euro_indemnity_under_other_sums() -> None:
    context = sample_context(channel="letter", lang="en", tone="cordial", debtor_type="business")
    text = render("first_letter", channel="letter", lang="en", tone="cordial", context=context).text
    assert "- Other sums (accessories): €80.00" in text
    assert "of which fixed compensation for recovery costs (Article L441-10" in text


# The loader rejects bad templates, naming file and line -------------------------------


def test_an_unknown_variable_is_an_error_at_its_line(tmp_path: Path) -> None:
    write(tmp_path, "letter/fr/reminder.cordial.txt", GOOD_LETTER + "Fax : {{ agency.fax }}\n")
    errors = errors_of(tmp_path)
    assert len(errors) == 1
    assert errors[0].startswith("letter/fr/reminder.cordial.txt:4: unknown variable")
    assert "fax" in errors[0]


def test_a_variable_outside_the_context_is_an_error_never_an_empty_string(tmp_path: Path) -> None:
    write(tmp_path, "sms/en/reminder.cordial.txt", "{{ agency.name }}: {{ debtor_phone }}")
    assert errors_of(tmp_path) == [
        "sms/en/reminder.cordial.txt:1: unknown variable: 'debtor_phone' is undefined"
    ]


def test_a_syntax_error_is_reported_at_its_line(tmp_path: Path) -> None:
    write(tmp_path, "letter/en/reminder.ferme.txt", GOOD_LETTER + "\n{% if debtor.is_consumer %\n")
    [error] = errors_of(tmp_path)
    assert error.startswith("letter/en/reminder.ferme.txt:5: syntax error")


def test_an_unknown_filter_is_reported_at_its_line(tmp_path: Path) -> None:
    write(tmp_path, "letter/fr/reminder.cordial.txt", GOOD_LETTER + "{{ debtor.name|shout }}\n")
    assert errors_of(tmp_path) == [
        "letter/fr/reminder.cordial.txt:4: syntax error: No filter named 'shout'."
    ]


def test_a_first_letter_without_the_l111_8_block_is_rejected_naming_the_block(
    tmp_path: Path,
) -> None:
    source = shipped_source("letter/fr/first_letter.cordial.txt")
    assert "{{ legal.l111_8 }}\n" in source
    write(
        tmp_path, "letter/fr/first_letter.cordial.txt", source.replace("{{ legal.l111_8 }}\n", "")
    )
    errors = errors_of(tmp_path)
    assert errors == [
        "letter/fr/first_letter.cordial.txt:1: missing mandatory mention 'L111_8_block' (R124-4 5°)"
    ]


def test_a_first_letter_without_the_itemised_interest_is_rejected(tmp_path: Path) -> None:
    source = shipped_source("email/en/first_letter.cordial.txt")
    without = source.replace("- Interest: {{ balance.interest|money }}\n", "")
    for part in ("subject", "html"):
        relative = f"email/en/first_letter.cordial.{part}"
        write(tmp_path, relative, shipped_source(relative))
    write(tmp_path, "email/en/first_letter.cordial.txt", without)
    assert errors_of(tmp_path) == [
        "email/en/first_letter.cordial.txt:1: missing mandatory mention 'interest' (R124-4 3°)"
    ]


def test_a_later_message_without_the_first_letter_recall_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, "letter/fr/reminder.cordial.txt",
          GOOD_LETTER.replace("Notre courrier {{ first_letter.reference }} du {{ first_letter.sent_on|day }}.\n", ""))  # fmt: skip
    assert errors_of(tmp_path) == [
        "letter/fr/reminder.cordial.txt:1: missing mandatory mention 'first_letter_recall' "
        "(R124-4 (last paragraph))"
    ]


def test_a_deny_listed_phrase_is_rejected_at_its_line(tmp_path: Path) -> None:
    write(tmp_path, "letter/fr/reminder.ferme.txt",
          GOOD_LETTER + "\nÀ défaut, un HUISSIER se présentera à votre domicile.\n")  # fmt: skip
    [error] = errors_of(tmp_path)
    assert error.startswith("letter/fr/reminder.ferme.txt:5: forbidden phrase 'huissiers?'")
    assert "433-13" in error


def test_a_deny_listed_phrase_in_a_branch_no_sample_takes_is_still_found(tmp_path: Path) -> None:
    unreachable = (
        "{% if debtor.is_consumer and debtor.is_business %}\nSinon, saisie.\n{% endif %}\n"
    )
    write(tmp_path, "letter/fr/reminder.ferme.txt", GOOD_LETTER + unreachable)
    [error] = errors_of(tmp_path)
    assert error.startswith("letter/fr/reminder.ferme.txt:5: forbidden phrase 'saisies?'")


def test_last_notice_before_proceedings_is_rejected_in_a_subject_too(tmp_path: Path) -> None:
    for part, text in {"subject": "Dernier avis avant poursuites", "txt": GOOD_LETTER,
                       "html": f"<p>{GOOD_LETTER}</p>"}.items():  # fmt: skip
        write(tmp_path, f"email/fr/reminder.ferme.{part}", text)
    errors = errors_of(tmp_path)
    assert "email/fr/reminder.ferme.subject:1: forbidden phrase 'poursuites?'" in errors[0]
    assert "email/fr/reminder.ferme.subject:1: forbidden phrase 'dernier avis'" in errors[1]


def test_an_english_bailiff_threat_is_rejected(tmp_path: Path) -> None:
    text = ("{{ agency.name }} for {{ creditor.name }}, letter {{ first_letter.reference }} of "
            "{{ first_letter.sent_on|day }}.\nPay now or a bailiff will seize your car.\n")  # fmt: skip
    write(tmp_path, "letter/en/reminder.ferme.txt", text)
    errors = errors_of(tmp_path)
    assert [e.split(":")[1] for e in errors] == ["2", "2"]
    assert "'bailiffs?'" in errors[0] and "'seiz(e|ed|ure)'" in errors[1]


def test_an_sms_showing_the_amount_first_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, "sms/fr/reminder.cordial.txt",
          "Dette {{ balance.total_due|money }} - {{ agency.name }} pour {{ creditor.name }}, "
          "courrier {{ first_letter.reference }} du {{ first_letter.sent_on|day_short }}")  # fmt: skip
    errors = errors_of(tmp_path)
    assert "sms/fr/reminder.cordial.txt:1: an amount shows in the first 40 characters" in errors
    assert any(
        "the nature of the debt shows in the first 40 characters: dette" in e for e in errors
    )


def test_an_sms_beyond_three_segments_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, "sms/en/reminder.cordial.txt", "{{ agency.name }}: hello. " + "Lorem ipsum. " * 40
          + "{{ creditor.name }}, {{ first_letter.reference }} of {{ first_letter.sent_on|day }}")  # fmt: skip
    [error] = errors_of(tmp_path)
    assert error == (
        "sms/en/reminder.cordial.txt:1: SMS of 598 characters in 4 segments: "
        "keep it under 480 characters and 3 segments"
    )


def test_an_email_missing_its_html_part_and_a_misnamed_file_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "email/fr/reminder.cordial.subject", "Dossier {{ case_reference }}")
    write(tmp_path, "email/fr/reminder.cordial.txt", GOOD_LETTER)
    write(tmp_path, "email/fr/reminder.txt", GOOD_LETTER)
    errors = errors_of(tmp_path)
    assert errors[0].startswith("email/fr/reminder.cordial.html: missing")
    assert errors[1].startswith("email/fr/reminder.txt:1: not a template path")


# Sandbox: no escape, no arithmetic, nothing printed raw ---------------------------------


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("{{ debtor.__class__ }}", "not allowed: access to attribute '__class__'"),
        ("{{ ''.__class__.__mro__ }}", "not allowed: access to attribute '__class__'"),
        ("{{ os.system }}", "unknown variable: 'os' is undefined"),
        ("{{ range(3) }}", "unknown variable: 'range' is undefined"),
        ("{{ balance.total_due * 2 }}", "not allowed: a template does not compute: operator '*'"),
        ("{{ (balance.principal + balance.interest)|money }}", "operator '+' refused"),
        ("{{ -balance.credit }}", "operator '-' refused"),
        ("{{ balance.total_due }}", "printed raw: write amounts with |money"),
        ("{{ as_of }}", "printed raw: write dates with |day"),
        ("{{ promise.amount if false else none }}", "None printed"),
    ],
)
def test_a_template_cannot_escape_the_sandbox_nor_compute_nor_print_raw_values(
    tmp_path: Path, expression: str, message: str
) -> None:
    write(tmp_path, "letter/fr/reminder.cordial.txt", GOOD_LETTER + expression + "\n")
    [error] = errors_of(tmp_path)
    assert error.startswith("letter/fr/reminder.cordial.txt:4: ")
    assert message in error


def test_rendering_a_sandbox_escape_raises_and_sends_nothing(tmp_path: Path) -> None:
    write(tmp_path, "letter/fr/reminder.cordial.txt", "{{ debtor.__init__.__globals__ }}")
    context = context_for("reminder", "letter", "fr", "cordial")
    with pytest.raises(RenderError) as raised:
        MessageTemplates(tmp_path).render("reminder", channel="letter", lang="fr", tone="cordial",
                                          context=context)  # fmt: skip
    assert isinstance(raised.value.__cause__, SecurityError)


def test_the_views_fast_path_reads_what_the_sandbox_would_allow() -> None:
    # Every attribute of every view a rich context holds, the private ones included:
    # the environment's shortcut gives what Jinja's own sandbox gives, value or refusal.
    environment = build_environment(TEMPLATES_ROOT)
    plain = SandboxedEnvironment(undefined=environment.undefined)
    context = context_for("reply_plan_offer", "email", "en", "cordial")
    seen: set[type] = set()
    pending: list[object] = [context]
    while pending:
        view = pending.pop()
        if type(view) not in VIEWS or type(view) in seen:
            continue
        seen.add(type(view))
        for name in [*dir(view), "missing_attribute"]:
            ours, theirs = environment.getattr(view, name), plain.getattr(view, name)
            assert type(ours) is type(theirs), name
            if not name.startswith("_") and hasattr(view, name):
                assert ours == theirs
                pending += [ours, *(ours if isinstance(ours, tuple) else ())]
    assert len(seen) >= 8


@pytest.mark.parametrize("name", ["sum", "round", "float", "int", "format", "abs"])
def test_the_filters_that_compute_are_removed(name: str) -> None:
    assert name not in build_environment(TEMPLATES_ROOT).filters


def test_html_is_escaped_and_text_is_not() -> None:
    context = context_for("reminder", "email", "fr", "cordial")
    context = replace(
        context, debtor=replace(context.debtor, salutation="<b>Madame</b> & Monsieur,")
    )
    rendered = render("reminder", channel="email", lang="fr", tone="cordial", context=context)
    assert rendered.text.startswith("<b>Madame</b> & Monsieur,")
    assert rendered.html is not None
    assert "<p>&lt;b&gt;Madame&lt;/b&gt; &amp; Monsieur,</p>" in rendered.html


# Filters ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "lang", "written"),
    [
        ("1250", "fr", f"1{NARROW_NBSP}250,00{NBSP}€"),
        ("1250", "en", "€1,250.00"),
        ("1234567.89", "fr", f"1{NARROW_NBSP}234{NARROW_NBSP}567,89{NBSP}€"),
        ("1234567.89", "en", "€1,234,567.89"),
        ("0.50", "fr", f"0,50{NBSP}€"),
        ("0", "en", "€0.00"),
        ("-12.30", "fr", f"-12,30{NBSP}€"),
        ("-12.30", "en", "-€12.30"),
    ],
)
def test_money_writes_amounts_as_babel_does(amount: str, lang: str, written: str) -> None:
    template = build_environment(TEMPLATES_ROOT).from_string("{{ amount|money }}")
    assert template.render(amount=Decimal(amount), lang=lang, currency="EUR") == written


def test_money_refuses_a_float_and_a_fraction_of_a_cent() -> None:
    template = build_environment(TEMPLATES_ROOT).from_string("{{ amount|money }}")
    with pytest.raises(TypeError, match="Decimal"):
        template.render(amount=1250.0, lang="fr", currency="EUR")
    with pytest.raises(ValueError, match="cent"):
        template.render(amount=Decimal("0.005"), lang="fr", currency="EUR")


@pytest.mark.parametrize(
    ("day", "lang", "long", "short"),
    [
        (date(2026, 3, 15), "fr", "15 mars 2026", "15/03/2026"),
        (date(2026, 3, 15), "en", "15 March 2026", "15/03/2026"),
        (date(2026, 3, 1), "fr", "1er mars 2026", "01/03/2026"),
        (date(2026, 3, 1), "en", "1 March 2026", "01/03/2026"),
        (date(2026, 8, 2), "fr", "2 août 2026", "02/08/2026"),
        (date(2026, 12, 31), "en", "31 December 2026", "31/12/2026"),
    ],
)
def test_day_writes_dates_in_full_and_day_short_in_figures(
    day: date, lang: str, long: str, short: str
) -> None:
    template = build_environment(TEMPLATES_ROOT).from_string("{{ day|day }} | {{ day|day_short }}")
    assert template.render(day=day, lang=lang, currency="EUR") == f"{long} | {short}"


# Content rules at render time (fail closed) ---------------------------------------------


def test_a_first_letter_to_a_creditor_without_address_is_refused() -> None:
    context = context_for("first_letter", "letter", "fr", "cordial")
    context = replace(context, creditor=CreditorView(name="Opaline Télécom SAS", address_lines=()))
    with pytest.raises(MessageRefused) as refused:
        render("first_letter", channel="letter", lang="fr", tone="cordial", context=context)
    assert refused.value.problems == ["missing: creditor_address"]


def test_a_first_letter_needs_its_own_reference_and_date() -> None:
    context = replace(context_for("first_letter", "email", "en", "cordial"), first_letter=None)
    with pytest.raises(RenderError, match="first_letter=FirstLetterView"):
        render("first_letter", channel="email", lang="en", tone="cordial", context=context)


def test_no_later_message_before_the_first_letter() -> None:
    context = replace(context_for("reminder", "sms", "fr", "ferme"), first_letter=None)
    with pytest.raises(RenderError, match="send the first letter first"):
        render("reminder", channel="sms", lang="fr", tone="ferme", context=context)


def test_a_pre_due_reminder_needs_no_first_letter() -> None:
    context = context_for("pre_due", "email", "fr", "preventif")
    assert context.first_letter is None
    rendered = render("pre_due", channel="email", lang="fr", tone="preventif", context=context)
    assert "à régler au plus tard le 30 novembre 2026" in rendered.text
    assert "courrier" not in rendered.text


def test_a_promise_step_needs_the_promise() -> None:
    context = replace(context_for("broken_promise", "sms", "en", "ferme"), promise=None)
    with pytest.raises(RenderError, match="needs the promise"):
        render("broken_promise", channel="sms", lang="en", tone="ferme", context=context)


def test_the_context_must_be_built_for_the_language_rendered() -> None:
    context = context_for("reminder", "email", "fr", "cordial")
    with pytest.raises(RenderError, match="built for email/fr/cordial"):
        render("reminder", channel="email", lang="en", tone="cordial", context=context)


def test_an_unknown_template_is_a_render_error() -> None:
    context = context_for("reminder", "letter", "fr", "cordial")
    with pytest.raises(RenderError, match=r"no template letter/fr/reminder\.cordial\.txt"):
        render("reminder", channel="letter", lang="fr", tone="cordial", context=context)


# check_rendered ----------------------------------------------------------------------


def test_an_empty_first_letter_misses_every_r124_4_mention_by_name() -> None:
    context = context_for("first_letter", "letter", "fr", "cordial")
    assert check_rendered("", first_letter=True, context=context) == [
        f"missing: {mention.name}" for mention in FIRST_LETTER_MENTIONS
    ]
    assert [m.name for m in FIRST_LETTER_MENTIONS] == [
        "agent_identity", "agent_address", "amicable_activity_statement", "creditor_identity",
        "creditor_address", "debt_basis", "principal", "interest", "accessories",
        "demand_to_pay", "payment_instructions", "L111_8_block", "first_letter_reference",
    ]  # fmt: skip


def test_the_recall_accepts_the_short_date_and_ignores_accents_and_case() -> None:
    context = context_for("reminder", "sms", "fr", "cordial")
    text = "ALCYON GESTION pour OPALINE TELECOM SAS, courrier ag-2026-0042-l1 du 12/10/2026."
    assert check_rendered(text, first_letter=False, context=context) == []
    wrong_day = text.replace("12/10/2026", "13/10/2026")
    assert check_rendered(wrong_day, first_letter=False, context=context) == [
        "missing: first_letter_recall"
    ]


@pytest.mark.parametrize(
    "phrase",
    ["DERNIER AVIS AVANT POURSUITES", "dernièr avis", "Un Huissier passera", "une saisie sur salaire",
     "vous irez en prison", "le Tribunal vous convoquera", "Commandement de payer",
     "nous préviendrons votre employeur", "we will send the bailiffs", "a court order",
     "you could be arrested", "legal action will follow", "this is your final notice"],
)  # fmt: skip
def test_deny_listed_phrases_are_found_whatever_the_accents_and_case(phrase: str) -> None:
    context = context_for("reminder", "sms", "fr", "cordial")
    recall = "Alcyon Gestion, Opaline Télécom SAS, AG-2026-0042-L1 du 12/10/2026. "
    problems = check_rendered(recall + phrase, first_letter=False, context=context)
    assert problems and all(problem.startswith("forbidden: ") for problem in problems)


def test_recovery_fees_are_forbidden_toward_a_consumer_only() -> None:
    recall = "Alcyon Gestion, Opaline Télécom SAS, AG-2026-0042-L1 du 12/10/2026. "
    text = recall + "Frais de dossier : 15 €. Recovery costs: €15."
    consumer = context_for("reminder", "sms", "fr", "cordial")
    business = sample_context(channel="sms", lang="fr", tone="cordial", debtor_type="business")
    assert check_rendered(text, first_letter=False, context=consumer) == [
        "forbidden: frais de (recouvrement|dossier|relance|gestion|procedure|intervention)",
        "forbidden: (collection|recovery|administration|admin|late|processing) (fees?|costs?)",
    ]
    assert check_rendered(text, first_letter=False, context=business) == []


def test_a_commissaire_de_justice_may_name_its_own_profession() -> None:
    context = context_for("reminder", "sms", "fr", "cordial")
    text = "Alcyon Gestion, commissaire de justice, pour Opaline Télécom SAS, AG-2026-0042-L1 du 12/10/2026."
    assert check_rendered(text, first_letter=False, context=context) == [
        "forbidden: commissaires? de justice"
    ]
    commissaire = replace(context, agency=replace(context.agency, collector_type="commissaire"))
    assert check_rendered(text, first_letter=False, context=commissaire) == []


def test_the_locked_l111_8_text_is_not_read_as_the_agency_asking_for_fees() -> None:
    context = context_for("first_letter", "letter", "fr", "cordial")
    text = render("first_letter", channel="letter", lang="fr", tone="cordial", context=context).text
    assert "Les frais de recouvrement entrepris sans titre exécutoire" in text
    assert check_rendered(text, first_letter=True, context=context) == []


def test_the_first_letter_recall_is_its_own_reference_not_any_reference() -> None:
    context = context_for("reminder", "sms", "en", "cordial")
    other = replace(context, first_letter=FirstLetterView("AG-2026-0099-L1", date(2026, 10, 12)))
    text = render("reminder", channel="sms", lang="en", tone="cordial", context=context).text
    assert check_rendered(text, first_letter=False, context=other) == [
        "missing: first_letter_recall"
    ]


# SMS encoding --------------------------------------------------------------------------


def test_sms_text_is_folded_into_the_gsm_alphabet() -> None:
    assert to_gsm(f"Reçu : 1{NARROW_NBSP}162,34{NBSP}€ – dû, être, l’été") == (
        "Recu : 1 162,34 € - du, etre, l'été"
    )


def test_sms_segments_count_gsm_and_unicode_messages() -> None:
    assert sms_segments("a" * 160) == 1
    assert sms_segments("a" * 161) == 2
    assert sms_segments("€" * 80) == 1  # an extension character takes two septets
    assert sms_segments("a" * 306) == 2
    assert sms_segments("a" * 307) == 3
    assert sms_segments("ê" * 70) == 1  # UCS-2
    assert sms_segments("ê" * 71) == 2


def test_sms_privacy_reports_a_missing_sender() -> None:
    context = context_for("reminder", "sms", "fr", "cordial")
    assert sms_privacy_problems("Bonjour, appelez-nous.", context) == [
        "the SMS does not name its sender (the agency)"
    ]


# Folding: the fast path reads exactly as the plain definition ---------------------------

_FOLD_ALPHABET = st.sampled_from(
    [chr(code) for code in range(0x20, 0x250)]
    + ["\u0301", "\u0308", "\u0327", "\u2019", "\u2018", "«", "»", "\u202f", "\xa0", "ﬁ", "İ",
       "ẞ", "①", "\u3000", "`", "€", "£", "\n", "\t"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_FOLD_ALPHABET, max_size=60))
def test_fold_reads_as_its_plain_definition(text: str) -> None:
    assert fold.__wrapped__(text) == _fold_reference(text)


def test_fold_drops_accents_and_straightens_quotes() -> None:
    assert (
        fold("L’Échéance  du 1er\u202fjuin : « Créance »")
        == 'l\'echeance du 1er juin : " creance "'
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_FOLD_ALPHABET, max_size=80))
def test_a_reading_of_folded_lines_holds_the_folded_whole(text: str) -> None:
    from amiable.playbooks.mentions import _Reading

    assert _Reading.of(text).whole == fold(text)


def test_the_deny_list_search_finds_each_phrase_as_its_own_pattern_does() -> None:
    import re

    from amiable.playbooks.mentions import DENY_ENGLISH, DENY_FRENCH, _any_pattern

    phrases = tuple(rule.phrase for rule in (*DENY_FRENCH, *DENY_ENGLISH))
    combined = _any_pattern(phrases)
    for phrase in phrases:
        # The phrase's simplest reading: first alternative of each group, optional parts out.
        example = re.sub(r"\(([^()|]*)\|[^()]*\)", r"\1", phrase)
        example = re.sub(r"\(([^()]*)\)\?", "", example).replace("?", "")
        for text in (example, f"nous {example} demain", f"x{example}", f"{example}x"):
            alone = re.search(rf"(?<!\w)(?:{phrase})(?!\w)", text)
            assert bool(combined.search(text)) == bool(alone), (phrase, text)
