"""The agent's answers: a shipped template per situation, filled from the ledger, the plan
and the promise — never a figure the agent typed.

The answer goes on the channel the debtor wrote on (an e-mail is answered by e-mail, an
SMS by SMS); a call's words or the portal are answered by e-mail, or SMS, whichever the
debtor has. The templates (`playbooks/templates/{email,sms}/{fr,en}/reply_*`) pass the
same checks as every message: the first letter recalled, agency and creditor named, no
deny-listed phrase, an SMS's first 40 characters private — and a discreet answer (a
wrong number, a death) says nothing of the debt at all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from amiable.agent.negotiation import PlanOption
from amiable.core.money import from_cents
from amiable.ledger.rules import Statement
from amiable.playbooks import templates
from amiable.playbooks.context import (
    InstalmentView,
    MessageContext,
    MessageContextError,
    PlanView,
    PromiseView,
    ReplyView,
    message_context,
)
from amiable.portfolio.models import Case, Tenant

LANGS = ("fr", "en")

ADVICE: dict[tuple[str, str], tuple[str, ...]] = {
    # Free, independent help for a debtor in difficulty, by jurisdiction and language.
    ("FR", "fr"): (
        "les Points conseil budget, gratuits et confidentiels (www.mesdroitssociaux.gouv.fr) ;",
        "la Banque de France, si vos dettes sont devenues trop lourdes "
        "(surendettement.banque-france.fr).",
    ),
    ("FR", "en"): (
        "the Points conseil budget, free and confidential (www.mesdroitssociaux.gouv.fr);",
        "the Banque de France, if your debts have become too heavy "
        "(surendettement.banque-france.fr).",
    ),
    ("GB", "en"): (
        "MoneyHelper, free and impartial (www.moneyhelper.org.uk, 0800 138 7777);",
        "StepChange Debt Charity (www.stepchange.org) or National Debtline "
        "(www.nationaldebtline.org).",
    ),
    ("US", "en"): ("a non-profit credit counselor of the NFCC (www.nfcc.org, 1-800-388-2227).",),
}


class ReplyRefused(ValueError):
    """The answer could not be written (no mandate, a content rule): a person answers."""


@dataclass(frozen=True)
class WrittenReply:
    template: str
    channel: str
    lang: str
    subject: str | None
    text: str
    html: str | None
    context: MessageContext


def plan_view(number: int, option: PlanOption) -> PlanView:
    return PlanView(
        number=number,
        key=option.key,
        count=option.count,
        instalment=from_cents(option.instalment_cents),
        first_due_on=option.first_due_on,
        last_due_on=option.last_due_on,
        total=from_cents(option.total_cents),
        discount=from_cents(option.discount_cents),
        instalments=tuple(
            InstalmentView(item.number, item.due_on, from_cents(item.amount_cents))
            for item in option.instalments
        ),
    )


def write_reply(
    session: Session,
    *,
    template: str,
    case: Case,
    tenant: Tenant,
    channel: str,
    today: date,
    statement: Statement,
    portal_url: str | None,
    reply: ReplyView,
    offers: tuple[PlanView, ...] = (),
    plan_accepted: PlanView | None = None,
    promise: PromiseView | None = None,
) -> WrittenReply:
    lang = case.debtor.language if case.debtor.language in LANGS else "fr"
    tone = "cordial"  # the answers' files; their wording follows reply.case_tone
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
            statement=statement,
            tenant=tenant,
        )
        context = replace(context, offers=offers, plan_accepted=plan_accepted, reply=reply)
        rendered = templates.render(
            template, channel=channel, lang=lang, tone=tone, context=context
        )
    except templates.MessageRefused as refused:
        raise ReplyRefused(f"{template}: {'; '.join(refused.problems)}") from refused
    except (templates.RenderError, MessageContextError) as error:
        raise ReplyRefused(f"{template}: {error}") from error
    return WrittenReply(
        template, channel, lang, rendered.subject, rendered.text, rendered.html, context
    )


def advice_for(jurisdiction: str, lang: str) -> tuple[str, ...]:
    return ADVICE.get((jurisdiction, lang)) or ADVICE.get((jurisdiction, "en")) or ()
