"""The dispatcher's renderer: a case's message from the shipped templates.

The context comes from the ledger (never typed by hand), the template from the step,
and the templates refuse what breaks a content rule (a missing R124-4 mention, a
deny-listed phrase, a consumer's recovery fee): the dispatcher then blocks the step
under the rule "content". When the first letter goes out, its reference and date are
recorded on the case (by the dispatcher, once the message is queued), for every later
message to recall (CPCE R124-4).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from amiable.core.money import from_cents
from amiable.payments.links import payment_link
from amiable.playbooks import templates
from amiable.playbooks.context import (
    FirstLetterView,
    MessageContextError,
    PromiseView,
    message_context,
)
from amiable.playbooks.dispatcher import (
    CaseBook,
    ContentRefused,
    FirstLetter,
    RenderedMessage,
    Renderer,
)
from amiable.playbooks.models import ScheduledAction
from amiable.playbooks.planner import FIRST_LETTER
from amiable.portfolio.models import Case

LANGS = ("fr", "en")


class TemplateRenderer:
    """A renderer over the shipped templates; `portal_url` is the payment link to show.
    A plain object (not a closure), so that worker processes can be handed one."""

    def __init__(self, portal_url: str | None = None, secret: bytes | None = None) -> None:
        self.portal_url = portal_url
        # With the office's secret, each message carries its case's own signed, expiring
        # link to the debtor page (payments.links); without, the plain portal address.
        self.secret = secret

    def __call__(
        self,
        session: Session,
        case: Case,
        action: ScheduledAction,
        now: datetime,
        *,
        book: CaseBook,
    ) -> RenderedMessage:
        lang = case.debtor.language if case.debtor.language in LANGS else "fr"
        template = str(action.data.get("template"))
        channel = str(action.data.get("channel"))
        tone = str(action.data.get("tone") or "cordial")
        # The message's date is the debtor's day, not UTC's (an evening in Nouméa is
        # tomorrow in Paris).
        today = now.astimezone(ZoneInfo(case.debtor.timezone)).date()
        portal_url = self.portal_url
        if portal_url and self.secret:
            portal_url, _ = payment_link(portal_url, case.id, today, self.secret)
        promise = None
        promised = action.data.get("promise")
        if isinstance(promised, dict):
            # A reminder of a promise or a plan's instalment, or the notice it was missed.
            promise = PromiseView(
                from_cents(int(promised["amount_cents"])), date.fromisoformat(promised["due_on"])
            )
        first_letter = None
        if template == FIRST_LETTER and not case.first_letter_reference:
            first_letter = FirstLetterView(reference=f"{case.reference}-L1", sent_on=today)
        try:
            context = message_context(
                session,
                case=case,
                as_of=today,
                channel=channel,
                lang=lang,
                tone=tone,
                portal_url=portal_url,
                promise=promise,
                first_letter=first_letter,
                statement=book.statement(case, today),
                tenant=book.tenants.get(case.tenant_id),
            )
            rendered = templates.render(
                template, channel=channel, lang=lang, tone=tone, context=context
            )
        except templates.MessageRefused as refused:
            raise ContentRefused("; ".join(refused.problems)) from refused
        except (templates.RenderError, MessageContextError) as error:
            raise ContentRefused(str(error)) from error
        return RenderedMessage(
            rendered.subject,
            rendered.text,
            rendered.html,
            lang,
            FirstLetter(first_letter.reference, first_letter.sent_on) if first_letter else None,
        )


def template_renderer(portal_url: str | None = None, secret: bytes | None = None) -> Renderer:
    """A renderer over the shipped templates; `portal_url` is the payment link to show
    (signed per case with `secret`)."""
    return TemplateRenderer(portal_url, secret)
