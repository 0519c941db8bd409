"""Message templates: a sandboxed Jinja2 environment over the shipped template folder.

Layout: `templates/{channel}/{lang}/{name}.{tone}.{ext}` where an e-mail has three parts
(`subject`, `txt`, `html`) and an SMS, a letter or a call script one (`txt`).

What a template may do is narrowed on purpose:
- it sees a `MessageContext` and nothing else (no globals, no ORM objects);
- an unknown variable or attribute is an error, never an empty string (StrictUndefined);
- it cannot compute: arithmetic operators raise, and so do the filters that do sums or
  round (an amount comes from the ledger's statement, never from a template);
- it cannot print an amount, a date or None raw: `money` and `day` write them;
- HTML parts are autoescaped, text parts are not.

`render` refuses (fails closed) a message whose rendered text lacks a mandatory mention
or contains a deny-listed phrase (see `playbooks.mentions`). `load_all` compiles and
renders every template of a folder with fully populated sample contexts and reports
each problem as "path:line: message".
"""

from __future__ import annotations

import builtins
import html as html_module
import math
import re
import traceback
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import (
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    pass_context,
    select_autoescape,
)
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from amiable.ledger.choices import DebtorType
from amiable.playbooks.context import (
    CHANNELS,
    DEBTOR_TYPES,
    LANGS,
    TONES,
    VIEWS,
    BalanceView,
    InstalmentView,
    MessageContext,
    PlanView,
    PromiseView,
    ReceiptLineView,
    ReceiptView,
    ReplyView,
    check_choice,
    day_short_text,
    day_text,
    money_text,
    sample_context,
)
from amiable.playbooks.mentions import (
    Problem,
    discretion_problems,
    find_problems,
    forbidden_match,
    forbidden_phrases,
    sms_privacy_problems,
)

TEMPLATES_ROOT = Path(__file__).resolve().parent / "templates"
PARTS: dict[str, tuple[str, ...]] = {
    "email": ("subject", "txt", "html"),
    "sms": ("txt",),
    "letter": ("txt",),
    "call": ("txt",),
}
SMS_MAX_CHARACTERS = 480
SMS_MAX_SEGMENTS = 3


class RenderError(ValueError):
    """The message cannot be rendered: no such template, a template error, a context
    that does not fit the step."""


class MessageRefused(RenderError):
    """The rendered message breaks a content rule; it must not be sent."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(f"{message}: {'; '.join(problems)}")
        self.problems = problems


# The steps ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StepSpec:
    """What a playbook step's templates are checked against."""

    name: str
    channels: tuple[str, ...]
    tones: tuple[str, ...]
    audiences: tuple[str, ...] = DEBTOR_TYPES
    first_letter: bool = False  # carries the R124-4 mentions
    # Sent before the due date, so before any recovery and any first letter: nothing to
    # recall (a first letter, if one exists for older claims, is recalled all the same).
    before_due: bool = False
    needs_promise: bool = False
    # An answer to a debtor's message (agent.replies): recalls the first letter when one
    # was sent (a business may answer a reminder sent before the due date).
    reply: bool = False
    # Written to someone who may not be the debtor (a wrong number, a relative after a
    # death): no amount, no creditor, no case reference, no word of a debt.
    discreet: bool = False
    needs_offers: bool = False
    needs_plan: bool = False
    needs_receipt: bool = False  # the receipt (R124-6) the message gives: `reply.receipt`


_REPLY = ("email", "sms")

STEPS: dict[str, StepSpec] = {
    spec.name: spec
    for spec in (
        StepSpec("first_letter", ("letter", "email"), ("cordial",), first_letter=True),
        StepSpec("reminder", ("email", "sms"), TONES),
        StepSpec("formal_reminder", ("letter", "email"), ("ferme",)),
        StepSpec("pre_due", ("email",), ("preventif",), audiences=("business",), before_due=True),
        StepSpec("promise_reminder", ("email", "sms"), ("cordial",), needs_promise=True),
        StepSpec("broken_promise", ("email", "sms"), ("ferme",), needs_promise=True),
        StepSpec("call_script", ("call",), ("cordial",)),
        # The agent's answers (agent.policy names them), and the thanks for a payment.
        StepSpec("payment_thanks", _REPLY, ("cordial",), reply=True),
        StepSpec("payment_receipt", _REPLY, ("cordial",), reply=True, needs_receipt=True),
        StepSpec("reply_promise_confirm", _REPLY, ("cordial",), reply=True, needs_promise=True),
        StepSpec("reply_ask_details", _REPLY, ("cordial",), reply=True),
        StepSpec("reply_plan_offer", _REPLY, ("cordial",), reply=True, needs_offers=True),
        StepSpec("reply_plan_confirm", _REPLY, ("cordial",), reply=True, needs_plan=True),
        StepSpec("reply_payment_link", _REPLY, ("cordial",), reply=True),
        StepSpec("reply_proof_request", _REPLY, ("cordial",), reply=True),
        StepSpec("reply_dispute_ack", _REPLY, ("cordial",), reply=True),
        StepSpec("reply_hardship", _REPLY, ("cordial",), reply=True),
        StepSpec("reply_stop_confirm", ("email",), ("cordial",), reply=True),
        StepSpec("reply_legal_stop", _REPLY, ("cordial",), reply=True),
        StepSpec("reply_deceased", _REPLY, ("cordial",), reply=True, discreet=True),
        StepSpec("reply_wrong_person", _REPLY, ("cordial",), reply=True, discreet=True),
        StepSpec("reply_info", _REPLY, ("cordial",), reply=True),
        StepSpec("reply_callback", _REPLY, ("cordial",), reply=True),
        StepSpec("reply_proposal_forwarded", _REPLY, ("cordial",), reply=True),
        StepSpec("reply_closed", _REPLY, ("cordial",), reply=True),
        StepSpec("reply_human_review", _REPLY, ("cordial",), reply=True),
    )
}


def step_spec(name: str) -> StepSpec:
    """The spec of a step; an unknown step is checked as an ordinary later message."""
    return STEPS.get(name) or StepSpec(name, CHANNELS, TONES)


def shipped_keys() -> list[tuple[str, str, str, str]]:
    """Every (name, channel, lang, tone) the package must ship."""
    return [
        (spec.name, channel, lang, tone)
        for spec in STEPS.values()
        for channel in spec.channels
        for lang in LANGS
        for tone in spec.tones
    ]


# Results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendered:
    subject: str | None  # e-mail only
    text: str
    html: str | None  # e-mail only


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    channel: str
    lang: str
    tone: str
    files: tuple[str, ...]  # paths relative to the template folder
    errors: tuple[str, ...] = field(default=())  # "path:line: message"

    @property
    def ok(self) -> bool:
        return not self.errors


# The environment ---------------------------------------------------------------------

# Filters that compute or reshape numbers: a template quotes the ledger, it never counts.
_REMOVED_FILTERS = ("sum", "round", "float", "int", "abs", "format", "filesizeformat", "random")


class _MessageEnvironment(SandboxedEnvironment):
    """The sandbox, with every arithmetic operator refused (`~` still joins strings)."""

    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    intercepted_unops = frozenset({"+", "-"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        raise SecurityError(f"a template does not compute: operator {operator!r} refused")

    def call_unop(self, context: Context, operator: str, arg: Any) -> Any:
        raise SecurityError(f"a template does not compute: operator {operator!r} refused")

    def getattr(self, obj: Any, attribute: str) -> Any:
        # On the context's own views (plain frozen data) an attribute not starting with
        # "_" that holds data is what the sandbox's checks would allow; they run forty
        # times a message, each a chain of isinstance tests. Anything else, and anything
        # callable, takes the sandbox's own path.
        if type(obj) in VIEWS and not attribute.startswith("_"):
            value = builtins.getattr(obj, attribute, _MISSING)
            if value is not _MISSING and not callable(value):
                return value
        return super().getattr(obj, attribute)


_MISSING = object()


def _finalize(value: Any) -> Any:
    """What `{{ … }}` may print: a raw amount, date or None is a template bug."""
    if value is None:
        raise SecurityError("None printed: guard optional values with {% if … %}")
    # The message names the type, not the value: the same bug in every sample reads once.
    if isinstance(value, bool | float | Decimal):
        raise SecurityError(f"a {type(value).__name__} printed raw: write amounts with |money")
    if isinstance(value, date):
        raise SecurityError(
            f"a {type(value).__name__} printed raw: write dates with |day or |day_short"
        )
    return value


@pass_context
def _money_filter(context: Context, amount: Decimal) -> str:
    return money_text(amount, context["currency"], context["lang"])


@pass_context
def _day_filter(context: Context, day: date) -> str:
    return day_text(day, context["lang"])


@pass_context
def _day_short_filter(context: Context, day: date) -> str:
    return day_short_text(day, context["lang"])


def build_environment(root: Path) -> SandboxedEnvironment:
    environment = _MessageEnvironment(
        loader=FileSystemLoader(str(root)),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False, default=False),
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )  # fmt: skip
    environment.globals.clear()
    for name in _REMOVED_FILTERS:
        environment.filters.pop(name, None)
    environment.filters.update(money=_money_filter, day=_day_filter, day_short=_day_short_filter)
    return environment


# A Jinja tag, expression or comment on one line: what the static-text scan leaves out.
_JINJA_MARKUP = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}")

# SMS ---------------------------------------------------------------------------------

# GSM 03.38: with these characters only, an SMS segment holds 160 characters (153 when
# concatenated); one other character and the whole message goes UCS-2, 70 (67) a segment.
_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION = frozenset("^{}\\[~]|€\f")  # two septets each
_GSM_SUBSTITUTES = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "’": "'", "‘": "'",
    "«": '"', "»": '"', "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "œ": "oe", "Œ": "OE",
})  # fmt: skip


def to_gsm(text: str) -> str:
    """The SMS text in the GSM alphabet where a plain letter will do (ç → c, ê → e, Babel's
    no-break spaces → spaces): French in UCS-2 would cost more than twice the segments."""
    characters = []
    for character in text.translate(_GSM_SUBSTITUTES):
        if character in _GSM_BASIC or character in _GSM_EXTENSION:
            characters.append(character)
            continue
        bare = "".join(
            c for c in unicodedata.normalize("NFKD", character) if not unicodedata.combining(c)
        )
        gsm = bool(bare) and all(c in _GSM_BASIC for c in bare)
        characters.append(bare if gsm else character)
    return "".join(characters)


def sms_segments(text: str) -> int:
    """How many SMS segments the text takes (GSM-7 if it can, else UCS-2)."""
    if all(c in _GSM_BASIC or c in _GSM_EXTENSION for c in text):
        septets = sum(2 if c in _GSM_EXTENSION else 1 for c in text)
        return 1 if septets <= 160 else math.ceil(septets / 153)
    units = len(text.encode("utf-16-le")) // 2
    return 1 if units <= 70 else math.ceil(units / 67)


def sms_length_problems(text: str) -> list[str]:
    segments = sms_segments(text)
    if len(text) < SMS_MAX_CHARACTERS and segments <= SMS_MAX_SEGMENTS:
        return []
    return [
        f"SMS of {len(text)} characters in {segments} segments: keep it under "
        f"{SMS_MAX_CHARACTERS} characters and {SMS_MAX_SEGMENTS} segments"
    ]


# The template library ----------------------------------------------------------------


def template_path(name: str, channel: str, lang: str, tone: str, part: str) -> str:
    return f"{channel}/{lang}/{name}.{tone}.{part}"


def html_as_text(html: str) -> str:
    """What a reader of the HTML part sees, line by line, for the content checks."""
    without_head = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", html)
    return html_module.unescape(re.sub(r"<[^>]+>", " ", without_head))


class MessageTemplates:
    """The templates of one folder: the shipped one, or another one to validate."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.environment = build_environment(root)

    # Rendering ---------------------------------------------------------------------------

    def render(
        self, name: str, *, channel: str, lang: str, tone: str, context: MessageContext
    ) -> Rendered:
        """Render a step's template for `context`; refuses a message breaking a content
        rule (MessageRefused) or a context that does not fit the step (RenderError)."""
        check_choice(channel=channel, lang=lang, tone=tone)
        spec = step_spec(name)
        _check_fit(spec, channel=channel, lang=lang, tone=tone, context=context)
        rendered = self._render_parts(name, channel, lang, tone, context)
        problems = [str(problem) for problem in _content_problems(spec, channel, rendered, context)]
        if channel == "sms":
            problems += sms_privacy_problems(rendered.text, context)
        if problems:
            raise MessageRefused(
                f"{template_path(name, channel, lang, tone, '*')} refused", problems
            )
        return rendered

    def _render_parts(
        self, name: str, channel: str, lang: str, tone: str, context: MessageContext
    ) -> Rendered:
        texts = {
            part: self._render_part(template_path(name, channel, lang, tone, part), context)
            for part in PARTS[channel]
        }
        return _assemble(channel, texts)

    def _render_part(self, path: str, context: MessageContext) -> str:
        try:
            template = self.environment.get_template(path)
        except TemplateNotFound:
            raise RenderError(f"no template {path} in {self.root}") from None
        except TemplateSyntaxError as error:
            raise RenderError(f"{path}:{error.lineno}: {error.message}") from error
        try:
            return template.render(_variables(context))
        except Exception as error:
            line = _error_line(error, template.filename)
            raise RenderError(f"{path}:{line}: {_describe(error)}") from error

    # Validation --------------------------------------------------------------------------

    def load_all(self) -> list[TemplateInfo]:
        """Compile and render every template in the folder; each problem is reported as
        "path:line: message" in the `errors` of its template."""
        groups, strays = self._discover()
        infos = [self._inspect(key, parts) for key, parts in sorted(groups.items())]
        return infos + strays

    def _discover(
        self,
    ) -> tuple[dict[tuple[str, str, str, str], dict[str, str]], list[TemplateInfo]]:
        groups: dict[tuple[str, str, str, str], dict[str, str]] = {}
        strays: list[TemplateInfo] = []
        for path in sorted(self.root.rglob("*")):
            relative = path.relative_to(self.root).as_posix()
            if path.is_dir() or any(piece.startswith((".", "__")) for piece in relative.split("/")):
                continue
            key, part = _parse_path(relative)
            if key is None:
                strays.append(_stray(relative))
            else:
                groups.setdefault(key, {})[part] = relative
        return groups, strays

    def _inspect(self, key: tuple[str, str, str, str], parts: dict[str, str]) -> TemplateInfo:
        name, channel, lang, tone = key
        errors = [
            f"{template_path(name, channel, lang, tone, part)}: missing (an {channel} template "
            f"has the parts {', '.join(PARTS[channel])})"
            for part in PARTS[channel]
            if part not in parts
        ]
        errors += self._compile_errors(parts.values())
        if not errors:
            errors += self._static_text_errors(
                parts.values(), channel=channel, lang=lang, tone=tone
            )
            spec = step_spec(name)
            for context in sample_contexts(spec, channel=channel, lang=lang, tone=tone):
                errors += self._sample_errors(spec, key, context)
        return TemplateInfo(
            name=name, channel=channel, lang=lang, tone=tone,
            files=tuple(sorted(parts.values())), errors=tuple(dict.fromkeys(errors)),
        )  # fmt: skip

    def _compile_errors(self, paths: Iterable[str]) -> list[str]:
        errors = []
        for path in paths:
            try:
                self.environment.get_template(path)
            except TemplateSyntaxError as error:
                errors.append(f"{path}:{error.lineno}: syntax error: {error.message}")
        return errors

    def _static_text_errors(
        self, paths: Iterable[str], *, channel: str, lang: str, tone: str
    ) -> list[str]:
        """Deny-listed phrases in the template's own text, whatever branch the samples take.
        Read as toward a business: consumer-only rules (recovery fees) would flag the B2B
        branches, and the rendered consumer samples check those rules already."""
        context = sample_context(
            channel=channel, lang=lang, tone=tone, debtor_type=DebtorType.BUSINESS.value
        )
        errors = []
        for path in paths:
            source = (self.root / path).read_text(encoding="utf-8")
            for number, line in enumerate(source.splitlines(), start=1):
                for problem in forbidden_phrases(_JINJA_MARKUP.sub(" ", line), context):
                    errors.append(f"{path}:{number}: {_explain(problem)}")
        return errors

    def _sample_errors(
        self, spec: StepSpec, key: tuple[str, str, str, str], context: MessageContext
    ) -> list[str]:
        name, channel, lang, tone = key
        try:
            rendered = self._render_parts(name, channel, lang, tone, context)
        except RenderError as error:
            return [str(error)]
        errors = []
        for part, problem in _located_problems(spec, channel, rendered, context):
            path = template_path(name, channel, lang, tone, part)
            errors.append(f"{path}:{self._problem_line(path, problem)}: {_explain(problem)}")
        if channel == "sms":
            path = template_path(name, channel, lang, tone, "txt")
            checks = sms_privacy_problems(rendered.text, context) + sms_length_problems(
                rendered.text
            )
            errors += [f"{path}:1: {message}" for message in checks]
        return errors

    def _problem_line(self, path: str, problem: Problem) -> int:
        """The source line of a forbidden phrase; line 1 for what the whole file lacks
        (or a phrase that came in through a variable)."""
        if problem.kind != "forbidden":
            return 1
        source = (self.root / path).read_text(encoding="utf-8")
        for number, line in enumerate(source.splitlines(), start=1):
            if forbidden_match(problem.name, line):
                return number
        return 1


@cache
def shipped() -> MessageTemplates:
    """The templates shipped in the package, loaded once."""
    return MessageTemplates(TEMPLATES_ROOT)


def render(name: str, *, channel: str, lang: str, tone: str, context: MessageContext) -> Rendered:
    """Render a shipped template. See `MessageTemplates.render`."""
    return shipped().render(name, channel=channel, lang=lang, tone=tone, context=context)


def load_all(root: Path | None = None) -> list[TemplateInfo]:
    """Check every template of `root` (default: the shipped ones). See `MessageTemplates`."""
    templates = shipped() if root is None else MessageTemplates(root)
    return templates.load_all()


def sample_contexts(spec: StepSpec, *, channel: str, lang: str, tone: str) -> list[MessageContext]:
    """The fully populated contexts a step's templates are rendered with to be checked;
    the first one is the golden files' context."""
    if spec.before_due:
        before = sample_context(
            channel=channel, lang=lang, tone=tone, debtor_type=DebtorType.BUSINESS.value
        )
        pre_due = replace(before, balance=_before_due_balance(before), first_letter=None)
        # The recall branch too: older claims of the same case may have had a first letter.
        return [pre_due, replace(pre_due, first_letter=before.first_letter)]
    if spec.reply:
        return _reply_samples(spec, channel=channel, lang=lang, tone=tone)
    return [
        sample_context(channel=channel, lang=lang, tone=tone, debtor_type=audience)
        for audience in spec.audiences
    ]


def _reply_samples(spec: StepSpec, *, channel: str, lang: str, tone: str) -> list[MessageContext]:
    """An answer to a debtor's message, for each audience: three plans offered (the second
    one accepted), a partial promise, and what the agent did or asks. Then a business
    answering a reminder sent before the due date (no first letter to recall, nothing
    late), and a case whose tone had become firm, taking the other branches (an amount to
    ask, a promise of the whole balance, no counter-offer, every channel stopped)."""
    contexts = []
    for audience in spec.audiences:
        context = sample_context(channel=channel, lang=lang, tone=tone, debtor_type=audience)
        contexts.append(_with_offers(context, _sample_reply(lang)))
    business = sample_context(
        channel=channel, lang=lang, tone=tone, debtor_type=DebtorType.BUSINESS.value
    )
    pre_due = replace(business, balance=_before_due_balance(business), first_letter=None)
    contexts.append(
        _with_offers(pre_due, ReplyView(stopped_channel="sms", dispute_type="goods_or_services"))
    )
    first = contexts[0]
    firm = ReplyView(
        case_tone="ferme", missing="amount", stopped_channel="all", dispute_type="time_barred"
    )
    whole = PromiseView(amount=first.balance.total_due, due_on=date(2026, 11, 30))
    contexts.append(replace(first, promise=whole, reply=firm))
    if spec.needs_receipt:
        return _with_receipts(contexts, lang)
    return contexts


def _with_receipts(contexts: list[MessageContext], lang: str) -> list[MessageContext]:
    """A receipt for each reply sample (`payment_receipt`): the consumer's partial payment
    with its PDF (the golden file), the business's settling over-payment, a card payment
    before the due date, and the firm case settled exactly."""
    partial, overpaid, by_card, settled = _sample_receipts(lang)
    audiences = contexts[:-2]  # then the business before the due date, and the firm case
    chosen = [partial if context.debtor.is_consumer else overpaid for context in audiences]
    return [
        replace(context, reply=replace(context.reply or ReplyView(), receipt=receipt))
        for context, receipt in zip(contexts, [*chosen, by_card, settled], strict=True)
    ]


def _sample_receipts(lang: str) -> tuple[ReceiptView, ...]:
    """Receipts as the ledger's allocation gives them: the lines and the over-payment make
    up the amount, to the cent; amounts are typed out, never computed."""
    french = lang == "fr"
    invoice = "Facture" if french else "Invoice"
    interest = "intérêts" if french else "interest"
    indemnity = "indemnité forfaitaire" if french else "fixed indemnity"
    transfer = "virement bancaire" if french else "bank transfer"

    def line(claim: str, component: str, amount: str) -> ReceiptLineView:
        return ReceiptLineView(f"{invoice} {claim} – {component}", Decimal(amount))

    pdf = "https://pay.alcyon-gestion.example/q/"  # the PDF's own link on the debtor page
    zero = Decimal("0.00")
    return (
        ReceiptView(
            number="Q-2026-000123", amount=Decimal("100.00"), paid_on=date(2026, 11, 18),
            means=transfer, lines=(line("FAC-2026-0117", "principal", "100.00"),),
            balance_after=Decimal("1162.34"), overpaid=zero, pdf_url=f"{pdf}9F3KD7WM",
        ),
        ReceiptView(
            number="Q-2026-000124", amount=Decimal("2530.00"), paid_on=date(2026, 11, 19),
            means=transfer,
            lines=(
                line("OT-F-88412", "principal", "1600.00"), line("OT-F-88412", interest, "26.63"),
                line("OT-F-88412", indemnity, "40.00"), line("OT-F-89027", "principal", "800.00"),
                line("OT-F-89027", interest, "11.22"), line("OT-F-89027", indemnity, "40.00"),
            ),
            balance_after=zero, overpaid=Decimal("12.15"), pdf_url=None,
        ),
        ReceiptView(
            number="Q-2026-000125", amount=Decimal("250.00"), paid_on=date(2026, 11, 19),
            means="carte bancaire" if french else "card",
            lines=(line("OT-F-90518", "principal", "250.00"),),
            balance_after=Decimal("1000.00"), overpaid=zero, pdf_url=None,
        ),
        ReceiptView(
            number="Q-2026-000126", amount=Decimal("1162.34"), paid_on=date(2026, 11, 19),
            means=transfer,
            lines=(
                line("FAC-2026-0117", "principal", "80.50"),
                line("FAC-2026-0342", "principal", "1069.50"),
                line("FAC-2026-0342", interest, "12.34"),
            ),
            balance_after=zero, overpaid=zero, pdf_url=f"{pdf}2HX8PLQ4",
        ),
    )  # fmt: skip


def _with_offers(context: MessageContext, reply: ReplyView) -> MessageContext:
    offers = _SAMPLE_OFFERS[context.balance.total_due]
    return replace(context, offers=offers, plan_accepted=offers[1], reply=reply)


def _sample_reply(lang: str) -> ReplyView:
    return ReplyView(
        case_tone="cordial",
        missing="date",
        counter=True,
        stopped_channel="email",
        callback_by=date(2026, 11, 24),
        dispute_type="amount_incorrect",
        advice=_SAMPLE_ADVICE[lang],
        link_expires_on=date(2026, 12, 20),
    )


# Free debt advice, as the caller would pass it (illustrative: the office sets its own).
_SAMPLE_ADVICE = {
    "fr": (
        "Points conseil budget (gratuit et confidentiel) : mesquestionsdargent.fr",
        "Banque de France, surendettement : 34 14, banque-france.fr",
    ),
    "en": (
        "MoneyHelper (free and impartial): 0800 138 7777, moneyhelper.org.uk",
        "National Debtline (free and confidential): 0808 808 4000, nationaldebtline.org",
    ),
}


def _sample_plan(
    number: int, key: str, instalments: tuple[tuple[date, str], ...], total: str, discount: str
) -> PlanView:
    """A plan as agent.negotiation writes it; amounts are typed out, never computed."""
    views = tuple(
        InstalmentView(number=index, due_on=due_on, amount=Decimal(amount))
        for index, (due_on, amount) in enumerate(instalments, start=1)
    )
    return PlanView(
        number=number,
        key=key,
        count=len(views),
        instalment=views[0].amount,
        first_due_on=views[0].due_on,
        last_due_on=views[-1].due_on,
        total=Decimal(total),
        discount=Decimal(discount),
        instalments=views,
    )


_NOV_27, _DEC_27, _JAN_27 = date(2026, 11, 27), date(2026, 12, 27), date(2027, 1, 27)

# The offers of agent.negotiation for each sample balance (a lump-sum discount of 2 %, at
# most 3 monthly instalments from a week after the message): the instalments of a plan add
# up to its total, and the total and the discount to the balance, to the cent.
_SAMPLE_OFFERS: dict[Decimal, tuple[PlanView, ...]] = {
    Decimal("1162.34"): (  # the consumer
        _sample_plan(1, "full", ((_NOV_27, "1139.10"),), "1139.10", "23.24"),
        _sample_plan(2, "2x", ((_NOV_27, "585.00"), (_DEC_27, "577.34")), "1162.34", "0.00"),
        _sample_plan(
            3, "3x", ((_NOV_27, "390.00"), (_DEC_27, "390.00"), (_JAN_27, "382.34")),
            "1162.34", "0.00",
        ),
    ),
    Decimal("2517.85"): (  # the business
        _sample_plan(1, "full", ((_NOV_27, "2467.50"),), "2467.50", "50.35"),
        _sample_plan(2, "2x", ((_NOV_27, "1260.00"), (_DEC_27, "1257.85")), "2517.85", "0.00"),
        _sample_plan(
            3, "3x", ((_NOV_27, "840.00"), (_DEC_27, "840.00"), (_JAN_27, "837.85")),
            "2517.85", "0.00",
        ),
    ),
    Decimal("1250.00"): (  # the business, before the due date
        _sample_plan(1, "full", ((_NOV_27, "1225.00"),), "1225.00", "25.00"),
        _sample_plan(2, "2x", ((_NOV_27, "625.00"), (_DEC_27, "625.00")), "1250.00", "0.00"),
        _sample_plan(
            3, "3x", ((_NOV_27, "420.00"), (_DEC_27, "420.00"), (_JAN_27, "410.00")),
            "1250.00", "0.00",
        ),
    ),
}  # fmt: skip


def _before_due_balance(context: MessageContext) -> BalanceView:
    """One B2B invoice due in ten days: nothing late, so no interest and no indemnity."""
    claim = replace(
        context.balance.claims[0],
        reference="OT-F-90518",
        issue_date=date(2026, 10, 31),
        due_date=date(2026, 11, 30),
        amount=Decimal("1250.00"),
        balance=Decimal("1250.00"),
    )
    zero = Decimal("0.00")
    return replace(
        context.balance, principal=Decimal("1250.00"), interest=zero, indemnity=zero, fees=zero,
        payments_received=zero, total_due=Decimal("1250.00"), claims=(claim,),
    )  # fmt: skip


# Helpers -----------------------------------------------------------------------------


def _variables(context: MessageContext) -> dict[str, Any]:
    # The context's fields become the template's names: `debtor.name`, `balance.total_due`.
    return {name: getattr(context, name) for name in context.__dataclass_fields__}


def _assemble(channel: str, texts: dict[str, str]) -> Rendered:
    if channel == "sms":
        return Rendered(subject=None, text=to_gsm(texts["txt"].strip()), html=None)
    text = _tidy(texts["txt"])
    if channel != "email":
        return Rendered(subject=None, text=text, html=None)
    subject = texts["subject"].strip()
    if "\n" in subject:
        raise RenderError("an e-mail subject is one line")
    return Rendered(subject=subject, text=text, html=_tidy(texts["html"]))


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def _check_fit(
    spec: StepSpec, *, channel: str, lang: str, tone: str, context: MessageContext
) -> None:
    if (context.channel, context.lang, context.tone) != (channel, lang, tone):
        raise RenderError(
            f"the context was built for {context.channel}/{context.lang}/{context.tone}, "
            f"not {channel}/{lang}/{tone}"
        )
    if spec.first_letter and context.first_letter is None:
        raise RenderError(
            "the first letter shows its own reference and date (R124-4): pass "
            "first_letter=FirstLetterView(...) to message_context"
        )
    if (
        not spec.first_letter
        and not spec.before_due
        and not spec.reply
        and context.first_letter is None
    ):
        raise RenderError(
            f"case {context.case_reference}: no first letter was sent, and every later "
            "message recalls its reference and date (R124-4); send the first letter first"
        )
    if spec.needs_promise and context.promise is None:
        raise RenderError(f"the step {spec.name} needs the promise (amount and date)")
    if spec.needs_offers and not context.offers:
        raise RenderError(f"the step {spec.name} needs the plans offered")
    if spec.needs_plan and context.plan_accepted is None:
        raise RenderError(f"the step {spec.name} needs the plan accepted")
    if spec.needs_receipt and (context.reply is None or context.reply.receipt is None):
        raise RenderError(f"the step {spec.name} needs the receipt (reply.receipt)")


def _content_problems(
    spec: StepSpec, channel: str, rendered: Rendered, context: MessageContext
) -> list[Problem]:
    return [problem for _, problem in _located_problems(spec, channel, rendered, context)]


def _located_problems(
    spec: StepSpec, channel: str, rendered: Rendered, context: MessageContext
) -> list[tuple[str, Problem]]:
    """(part, problem) for each part of the message: the subject may not hold a forbidden
    phrase; the body (text, and the HTML as read) must carry the mandatory mentions."""
    bodies = [("txt", rendered.text)]
    if rendered.html is not None:
        bodies.append(("html", html_as_text(rendered.html)))
    found: list[tuple[str, Problem]] = []
    if rendered.subject is not None:
        found += [("subject", p) for p in forbidden_phrases(rendered.subject, context)]
    recall = not spec.before_due and (not spec.reply or context.first_letter is not None)
    for part, text in bodies:
        if spec.discreet:
            problems = forbidden_phrases(text, context) + discretion_problems(text, context)
        else:
            problems = find_problems(
                text, first_letter=spec.first_letter, context=context, recall_required=recall
            )
        found += [(part, problem) for problem in problems]
    if spec.discreet and rendered.subject is not None:
        found += [("subject", p) for p in discretion_problems(rendered.subject, context)]
    return found


def _explain(problem: Problem) -> str:
    if problem.kind == "missing":
        return f"missing mandatory mention {problem.name!r} ({problem.reason})"
    return f"forbidden phrase {problem.name!r}: {problem.reason}"


def _parse_path(relative: str) -> tuple[tuple[str, str, str, str] | None, str]:
    pieces = relative.split("/")
    if len(pieces) != 3:
        return None, ""
    channel, lang, filename = pieces
    words = filename.split(".")
    if len(words) != 3 or channel not in PARTS or lang not in LANGS:
        return None, ""
    name, tone, part = words
    if tone not in TONES or part not in PARTS[channel] or not name:
        return None, ""
    return (name, channel, lang, tone), part


def _stray(relative: str) -> TemplateInfo:
    return TemplateInfo(
        name=relative, channel="", lang="", tone="", files=(relative,),
        errors=(
            f"{relative}:1: not a template path: expected {{channel}}/{{lang}}/{{name}}.{{tone}}.{{ext}} "
            f"with channel in {CHANNELS}, lang in {LANGS}, tone in {TONES}",
        ),
    )  # fmt: skip


def _error_line(error: BaseException, filename: str | None) -> int:
    """The template line an error was raised at: Jinja rewrites the traceback so that
    its frames carry the template's file name and line."""
    line = 1
    for frame in traceback.extract_tb(error.__traceback__):
        if filename is not None and frame.filename == filename and frame.lineno:
            line = frame.lineno
    return line


def _describe(error: Exception) -> str:
    if isinstance(error, UndefinedError):
        return f"unknown variable: {error.message}"
    if isinstance(error, SecurityError):
        return f"not allowed: {error}"
    if isinstance(error, TemplateError):
        return f"template error: {error.message}"
    return f"{type(error).__name__}: {error}"
