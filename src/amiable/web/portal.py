"""The debtor's page: `/p/<signed link>`.

    GET  /p/{token}                         the debt itemised, the plan running, the plans allowed
    POST /p/{token}/plan                    choose a plan (option key + the total it showed)
    POST /p/{token}/pay                     pay the balance or the next instalment
    POST /p/{token}/message                 write to the agent (answered as any message)
    GET  /p/{token}/test-checkout/{ref}     the built-in test provider's page (no real money)
    POST /p/{token}/test-checkout/{ref}     its "pay" button

A link that is forged or altered gets 403, an expired one 410, each with a page that
says how to reach the office; nothing is shown of the debt without a valid link. Every
form posts back to the same signed address, so the link is the debtor's key; the page
sends no script and loads nothing from elsewhere.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select

from amiable.agent.respond import (
    AgentConfig,
    agent_config,
    draft_pending,
    respond,
    set_aside,
)
from amiable.channels.config import ChannelConfigError
from amiable.channels.intake import reply_record
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.core.bootstrap import App
from amiable.core.money import from_cents
from amiable.payments.links import Link, LinkError, read_link_token
from amiable.payments.models import Receipt
from amiable.payments.online import online_provider
from amiable.payments.portal import (
    PortalError,
    PortalView,
    checkout_find,
    checkout_paid,
    checkout_start,
    plan_choose,
    portal_view,
)
from amiable.payments.providers import PaymentProvider, ProviderError
from amiable.payments.record import PaymentRefused
from amiable.playbooks.context import (
    balance_view,
    day_text,
    money_text,
    payment_view,
    phone_text,
)
from amiable.portfolio.models import Case, Tenant

log = logging.getLogger(__name__)
router = APIRouter(prefix="/p", tags=["debtor page"], include_in_schema=False)

_TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent / "templates" / "portal"),
    autoescape=select_autoescape(("html",)),
    trim_blocks=True,
    lstrip_blocks=True,
)
_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
}
MESSAGE_CHARS = 5000

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Votre dossier", "case": "Dossier", "creditor": "Créancier", "agency": "Géré par",
        "owed": "Montant dû", "principal": "Principal", "interest": "Intérêts",
        "accessories": "Accessoires", "paid": "Déjà réglé", "claim": "Pièce", "due": "échéance",
        "pay_all": "Payer", "plans": "Payer en plusieurs fois",
        "plans_intro": "Les échéanciers que le créancier autorise pour ce montant :",
        "choose": "Choisir cet échéancier", "instalments": "échéances", "from": "du", "to": "au",
        "total": "total", "discount": "remise", "in_full": "en une fois, au plus tard le",
        "plan_running": "Votre échéancier", "next": "Prochaine échéance",
        "pay_next": "Payer l'échéance", "promise": "Vous avez prévu de régler",
        "on": "le", "settled": "Ce dossier est soldé : vous ne devez plus rien à ce titre. Merci.",
        "write": "Écrire à l'assistant", "send": "Envoyer",
        "write_intro": "Une question, une contestation, une difficulté ? Écrivez-nous ; "
                       "un assistant automatique vous répond, une personne prend le relais si besoin.",
        "sent": "Votre message a bien été reçu.", "answer": "Réponse",
        "thanks_paid": "Paiement reçu. Merci !",
        "plan_ok": "Échéancier enregistré. Une confirmation vous est envoyée.",
        "test_title": "Prestataire de paiement de test",
        "test_warning": "Paiement de démonstration : aucun argent réel n'est prélevé.",
        "test_pay": "Payer (test)", "amount": "Montant", "back": "Retour au dossier",
        "invalid": "Ce lien n'est pas valide.",
        "expired": "Ce lien a expiré. Répondez au dernier message reçu pour en obtenir un nouveau.",
        "contact": "Pour nous joindre", "ai": "Assistant automatique",
        "no_pay": "Aucun paiement n'est demandé sur ce dossier pour le moment.",
        "number": "N°", "date": "Date", "status": "État", "paid_mark": "réglée",
        "to_pay": "à régler", "choose_label": "Choisir l'échéancier en {n} fois",
        "choose_full": "Choisir le paiement en une fois",
        "error_no_case": "Ce dossier n'existe plus.",
        "error_plan_running": "Un échéancier est déjà en cours.",
        "error_plan_stale": "Cet échéancier ne correspond plus au montant dû : voici les montants "
                            "du jour.",
        "error_case_held": "Ce dossier est suspendu (contestation ou procédure en cours) : "
                           "aucun paiement ni échéancier ne vous est demandé pour le moment.",
        "error_nothing_due": "Aucun paiement n'est à faire sur ce dossier.",
        "error_no_checkout": "Ce paiement n'existe pas.",
        "error_no_receipt": "Cette quittance n'existe pas.",
        "error_checkout_expired": "Cette session de paiement a expiré : recommencez depuis "
                                  "la page du dossier.",
        "error_checkout_closed": "Ce paiement est déjà traité.",
        "error_refused": "Ce paiement ne peut pas être enregistré en ligne ; nous vous "
                         "recontactons.",
        "error_no_provider": "Le paiement en ligne n'est pas encore ouvert : réglez par "
                             "virement avec les coordonnées ci-dessous.",
        "transfer": "Par virement", "reference": "référence",
        "checkout_paid": "Payé", "checkout_open": "En attente",
    },
    "en": {
        "title": "Your case", "case": "Case", "creditor": "Creditor", "agency": "Handled by",
        "owed": "Amount due", "principal": "Principal", "interest": "Interest",
        "accessories": "Other charges", "paid": "Already paid", "claim": "Item", "due": "due",
        "pay_all": "Pay", "plans": "Pay in instalments",
        "plans_intro": "The plans the creditor allows for this amount:",
        "choose": "Choose this plan", "instalments": "instalments", "from": "from", "to": "to",
        "total": "total", "discount": "discount", "in_full": "in one payment, by",
        "plan_running": "Your payment plan", "next": "Next instalment",
        "pay_next": "Pay the instalment", "promise": "You plan to pay",
        "on": "on", "settled": "This case is settled: nothing more is owed for it. Thank you.",
        "write": "Write to the assistant", "send": "Send",
        "write_intro": "A question, a dispute, a difficulty? Write to us; an automated "
                       "assistant answers, and a person takes over when needed.",
        "sent": "Your message was received.", "answer": "Answer",
        "thanks_paid": "Payment received. Thank you!",
        "plan_ok": "Payment plan recorded. A confirmation is on its way.",
        "test_title": "Test payment provider",
        "test_warning": "Demonstration payment: no real money is taken.",
        "test_pay": "Pay (test)", "amount": "Amount", "back": "Back to the case",
        "invalid": "This link is not valid.",
        "expired": "This link has expired. Reply to the last message you received for a new one.",
        "contact": "To reach us", "ai": "Automated assistant",
        "no_pay": "No payment is asked on this case for now.",
        "number": "No.", "date": "Date", "status": "Status", "paid_mark": "paid",
        "to_pay": "to pay", "choose_label": "Choose the plan in {n} instalments",
        "choose_full": "Choose to pay in one payment",
        "error_no_case": "This case no longer exists.",
        "error_plan_running": "A payment plan is already running.",
        "error_plan_stale": "This plan no longer fits the amount due: here are today's figures.",
        "error_case_held": "This case is on hold (a dispute or a procedure is under way): no "
                           "payment or plan is asked of you for now.",
        "error_nothing_due": "Nothing is to be paid on this case.",
        "error_no_checkout": "This payment does not exist.",
        "error_no_receipt": "This receipt does not exist.",
        "error_checkout_expired": "This payment session expired: start again from the case page.",
        "error_checkout_closed": "This payment was already handled.",
        "error_refused": "This payment cannot be recorded online; we will contact you.",
        "error_no_provider": "Online payment is not open yet: pay by bank transfer with the "
                             "details below.",
        "transfer": "By bank transfer", "reference": "reference",
        "checkout_paid": "Paid", "checkout_open": "Waiting",
    },
}  # fmt: skip


def _application(request: Request) -> App:
    application: App = request.app.state.amiable
    return application


def _config(application: App) -> AgentConfig:
    return agent_config(application.settings)


def _link(application: App, token: str) -> Link:
    secret = application.settings.secret_key.get_secret_value().encode()
    return read_link_token(token, secret, application.clock.now().date())


def _page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _TEMPLATES.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status, headers=_HEADERS)


def _refused(error: LinkError, application: App | None = None) -> HTMLResponse:
    """A forged link shows nothing; an expired one (it was ours) says whom to contact, in
    the debtor's language, and nothing of the debt."""
    lang, contact = "fr", None
    if error.expired and error.case_id is not None and application is not None:
        with application.database.read() as session:
            case = session.get(Case, error.case_id)
            tenant = session.get(Tenant, case.tenant_id) if case is not None else None
            if case is not None and tenant is not None:
                lang = case.debtor.language if case.debtor.language in WORDS else "fr"
                contact = ", ".join(
                    part for part in (tenant.name, tenant.email, phone_text(tenant.phone, lang))
                    if part
                )  # fmt: skip
    words = WORDS[lang]
    status = 410 if error.expired else 403
    return _page("refused.html", status, t=words, lang=lang, contact=contact,
                 message=words["expired" if error.expired else "invalid"])  # fmt: skip


def _render_case(view: PortalView, token: str, notice: str | None = None,
                 answer: str | None = None, status: int = 200,
                 error: str | None = None, online: bool = True) -> HTMLResponse:  # fmt: skip
    lang = view.lang
    statement = balance_view(view.statement, view.case.claims, lang)
    currency = view.case.currency

    def money(cents_or_amount: Any) -> str:
        amount = (
            from_cents(cents_or_amount) if isinstance(cents_or_amount, int) else cents_or_amount
        )
        return money_text(amount, currency, lang)

    def day(value: Any) -> str:
        from datetime import date

        return day_text(value if isinstance(value, date) else date.fromisoformat(value), lang)

    return _page(
        "case.html", status, t=WORDS[lang], lang=lang, view=view, token=token,
        statement=statement, money=money, day=day, notice=notice, answer=answer,
        base=f"/p/{token}", error=error, phone=phone_text(view.tenant.phone, lang),
        online=online, account=payment_view(view.tenant, view.case.id, None,
                                            view.case.currency),
    )  # fmt: skip


@router.get("/{token}")
def page(token: str, request: Request, done: str | None = None, m: int | None = None) -> Response:
    application = _application(request)
    try:
        link = _link(application, token)
    except LinkError as error:
        return _refused(error, application)
    with application.database.read() as session:
        try:
            view = portal_view(session, link, application.clock.now())
        except PortalError:
            return _page("refused.html", 404, t=WORDS["fr"], lang="fr",
                         message=WORDS["fr"]["error_no_case"])  # fmt: skip
        notice = WORDS[view.lang].get({"paid": "thanks_paid", "plan": "plan_ok",
                                        "sent": "sent"}.get(done or "", ""))  # fmt: skip
        answer = None
        if m is not None:
            # The agent's answer to the message just written on this page (this case's only).
            answer = session.scalar(
                select(OutboundMessage.body_text).where(
                    OutboundMessage.idempotency_key == f"reply:{m}",
                    OutboundMessage.case_id == link.case_id,
                )
            )
        return _render_case(view, token, notice, answer,
                            online=_online(application, view.tenant))  # fmt: skip


@router.post("/{token}/plan")
def choose_plan(
    token: str, request: Request, option: str = Form(...), total: int = Form(...)
) -> Response:
    application = _application(request)
    try:
        link = _link(application, token)
    except LinkError as error:
        return _refused(error, application)
    now = application.clock.now()
    try:
        with application.database.write() as session:
            view = portal_view(session, link, now)
            plan_choose(session, view, option_key=option, total_cents=total,
                        config=_config(application), now=now)  # fmt: skip
    except PortalError as error:
        return _refusal(application, link, token, error)
    return RedirectResponse(f"/p/{token}?done=plan", status_code=303)


def _refusal(application: App, link: Link, token: str, error: Exception) -> HTMLResponse:
    """What was asked was not done (the transaction rolled back): today's page, and why."""
    with application.database.read() as session:
        view = portal_view(session, link, application.clock.now())
        code = error.code if isinstance(error, PortalError) else "refused"
        words = WORDS[view.lang]
        return _render_case(view, token, error=words.get(f"error_{code}", str(error)), status=409,
                            online=_online(application, view.tenant))  # fmt: skip


@router.post("/{token}/pay")
def pay(token: str, request: Request, purpose: str = Form("balance")) -> Response:
    application = _application(request)
    try:
        link = _link(application, token)
    except LinkError as error:
        return _refused(error, application)
    now = application.clock.now()
    try:
        with application.database.write() as session:
            view = portal_view(session, link, now)
            provider = _provider(application, view.tenant)
            if provider is None:
                raise PortalError("no_provider", "no online payment")
            checkout = checkout_start(
                session, view, purpose=purpose, provider=provider,
                return_url=f"{application.settings.portal_url.rstrip('/')}/{token}", now=now,
            )  # fmt: skip
            url = str(checkout.data["url"])
    except PortalError as error:
        return _refusal(application, link, token, error)
    except (ProviderError, ChannelConfigError) as error:
        log.warning("online payment unavailable for case %s: %s", link.case_id, error)
        return _refusal(application, link, token, PortalError("no_provider", str(error)))
    return RedirectResponse(url, status_code=303)


def _provider(application: App, tenant: Tenant) -> PaymentProvider | None:
    try:
        return online_provider(tenant, test_payments=application.settings.test_payments,
                               environ=application.environ)  # fmt: skip
    except ChannelConfigError as error:
        log.warning("tenant %s: online payment settings unusable: %s", tenant.slug, error)
        return None


def _online(application: App, tenant: Tenant) -> bool:
    """The page offers online payment only when a provider can take it."""
    return _provider(application, tenant) is not None


@router.post("/{token}/message")
def message(token: str, request: Request, text: str = Form(...)) -> Response:
    application = _application(request)
    try:
        link = _link(application, token)
    except LinkError as error:
        return _refused(error, application)
    now = application.clock.now()
    text = text.strip()[:MESSAGE_CHARS]
    if not text:
        return RedirectResponse(f"/p/{token}", status_code=303)
    with application.database.write() as session:
        case = session.get(Case, link.case_id)
        if case is None:
            return _page("refused.html", 404, t=WORDS["fr"], lang="fr",
                         message=WORDS["fr"]["error_no_case"])  # fmt: skip
        # The debtor's words are kept first, whatever happens to the answer.
        inbound_id = reply_record(
            session, case=case, channel="portal", provider="portal",
            dedup_key=f"portal:{uuid.uuid4().hex}", text=text, sender=None,
            received_at=now, now=now,
        ).id  # fmt: skip
    try:
        with application.database.write() as session:
            inbound = session.get(InboundMessage, inbound_id, with_for_update=True)
            turn = None
            if inbound is not None and inbound.handled_at is None:
                turn = respond(session, inbound, config=_config(application), now=now)
        if turn is not None:
            draft_pending(application.database, turn, text)
    except Exception as error:  # the answer failed: a person takes the message
        log.exception("the agent failed on a message written on the debtor page")
        set_aside(application.database, inbound_id, error, now)
    # Post, redirect, get: reloading the page does not send the message again.
    return RedirectResponse(f"/p/{token}?done=sent&m={inbound_id}", status_code=303)


@router.get("/{token}/test-checkout/{reference}")
def test_checkout(token: str, reference: str, request: Request) -> Response:
    application = _application(request)
    if not application.settings.test_payments:
        return _page("refused.html", 404, t=WORDS["fr"], lang="fr",
                     message=WORDS["fr"]["error_no_checkout"])  # fmt: skip
    try:
        link = _link(application, token)
    except LinkError as error:
        return _refused(error, application)
    with application.database.read() as session:
        view = portal_view(session, link, application.clock.now())
        try:
            checkout = checkout_find(session, link.case_id, "test", reference)
        except PortalError as error:
            return _render_case(
                view, token, error=WORDS[view.lang][f"error_{error.code}"], status=404
            )
        amount = money_text(from_cents(checkout.amount_cents), checkout.currency, view.lang)
        return _page("test_checkout.html", t=WORDS[view.lang], lang=view.lang, amount=amount,
                     reference=reference, base=f"/p/{token}", case=view.case,
                     checkout_status=checkout.status,
                     status_text=WORDS[view.lang].get(f"checkout_{checkout.status}", checkout.status))  # fmt: skip


@router.post("/{token}/test-checkout/{reference}")
def test_checkout_pay(token: str, reference: str, request: Request) -> Response:
    application = _application(request)
    if not application.settings.test_payments:
        return _page("refused.html", 404, t=WORDS["fr"], lang="fr",
                     message=WORDS["fr"]["error_no_checkout"])  # fmt: skip
    try:
        link = _link(application, token)
    except LinkError as error:
        return _refused(error, application)
    now = application.clock.now()
    try:
        with application.database.write() as session:
            checkout = checkout_find(session, link.case_id, "test", reference)
            checkout_paid(session, checkout, now)
    except (PortalError, PaymentRefused) as error:
        return _refusal(application, link, token, error)
    return RedirectResponse(f"/p/{token}?done=paid", status_code=303)


@router.get("/{token}/receipts/{number}.pdf")
def receipt_download(token: str, number: str, request: Request) -> Response:
    """The receipt's PDF (R124-6 CPCE), for the case the link names only."""
    application = _application(request)
    try:
        link = _link(application, token)
    except LinkError as error:
        return _refused(error, application)
    with application.database.read() as session:
        pdf = session.scalar(
            select(Receipt.pdf).where(Receipt.case_id == link.case_id, Receipt.number == number)
        )
    if pdf is None:
        return _page("refused.html", 404, t=WORDS["fr"], lang="fr",
                     message=WORDS["fr"]["error_no_receipt"])  # fmt: skip
    return Response(
        pdf, media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{number}.pdf"',
                 "Cache-Control": "private, no-store"},
    )  # fmt: skip
