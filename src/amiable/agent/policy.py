"""The dialogue policy: what the agent does about one message, as a pure function.

    decide(reading, text, situation) -> Decision

It is DOMAIN.md's duty table ("What a reply leads to") written as code a person can read
and test: the reading of the message (`nlu.understand`), its text, and what the agent
knows of the case (balance, mandate bounds, what it asked and proposed last) give a list
of acts, the answer to send, and what the agent now waits for. Nothing is read or
written here: `agent.respond` applies the acts, each as a case event naming its reason.

The order of the checks is the order of the law's weight:
1. a message on a settled case gets a safe answer, never a new commitment;
2. the six safety readings (death, insolvency or over-indebtedness, wrong person,
   dispute, stop, hardship) stop or hold chasing and go to a person, whatever else the
   message says;
3. a case a person already holds (disputed, on hold, escalated) gets a holding answer;
4. an answer to what the agent asked ("ok" to a single plan offered, "option 2", a date
   after "by which date?") completes the conversation;
5. otherwise the primary intent decides: a promise, a plan, a payment, a question.
Anything the policy cannot handle goes to a person; the agent never argues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import ClassVar

from amiable.agent.choices import ActionType
from amiable.agent.negotiation import Bounds, PlanOption, Proposal, evaluate, offers
from amiable.core.money import from_cents, to_cents
from amiable.nlu.amounts import find_amounts
from amiable.nlu.choices import SAFETY, Intent
from amiable.nlu.dates import find_dates
from amiable.nlu.reading import Reading
from amiable.portfolio.choices import CaseStatus

UNSURE = 0.45
"""Below this confidence a reading that is not a safety one is checked by a person."""

PROMISE_HORIZON_DAYS = 30
"""The furthest date a promise may be accepted without asking anyone: beyond it, the
debtor proposes a delay, which is the creditor's to grant (R124-5)."""

CALLBACK_BUSINESS_DAYS = 1
"""A person calls back within this many business days (the office's service level)."""


# Acts -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Act:
    type: ClassVar[ActionType]


@dataclass(frozen=True, slots=True)
class PromiseRecorded(Act):
    type = ActionType.PROMISE_RECORDED
    amount_cents: int
    due_on: date


@dataclass(frozen=True, slots=True)
class DetailsRequested(Act):
    type = ActionType.DETAILS_REQUESTED
    missing: str  # "date" or "amount"


@dataclass(frozen=True, slots=True)
class PlanOffered(Act):
    type = ActionType.PLAN_OFFERED
    options: tuple[PlanOption, ...]
    hardship: bool = False
    counter: bool = False  # they answer a proposal outside the bounds


@dataclass(frozen=True, slots=True)
class PlanAccepted(Act):
    type = ActionType.PLAN_ACCEPTED
    option: PlanOption
    plan_id: int | None = None  # a plan already offered; None: the debtor's own, inside bounds
    number: int = 0  # its option number when offered ("option 2"); 0: the debtor's own plan


@dataclass(frozen=True, slots=True)
class PaymentLinkSent(Act):
    type = ActionType.PAYMENT_LINK_SENT
    amount_cents: int


@dataclass(frozen=True, slots=True)
class ProofRequested(Act):
    type = ActionType.PROOF_REQUESTED


@dataclass(frozen=True, slots=True)
class DisputeOpened(Act):
    type = ActionType.DISPUTE_OPENED
    dispute_type: str
    contested_cents: int | None = None


@dataclass(frozen=True, slots=True)
class HoldPlaced(Act):
    type = ActionType.HOLD_PLACED
    kind: str  # "hardship"


@dataclass(frozen=True, slots=True)
class CollectionStopped(Act):
    type = ActionType.COLLECTION_STOPPED
    cause: str  # "deceased", "legal_proceeding"


@dataclass(frozen=True, slots=True)
class ChannelStopped(Act):
    type = ActionType.CHANNEL_STOPPED
    channel: str  # "email", "sms", "call", "all"


@dataclass(frozen=True, slots=True)
class ContactInvalidated(Act):
    type = ActionType.CONTACT_INVALIDATED


@dataclass(frozen=True, slots=True)
class InfoSent(Act):
    type = ActionType.INFO_SENT
    what: str = "breakdown"


@dataclass(frozen=True, slots=True)
class CallbackScheduled(Act):
    type = ActionType.CALLBACK_SCHEDULED
    by: date


@dataclass(frozen=True, slots=True)
class Escalated(Act):
    type = ActionType.ESCALATED
    priority: int  # 1 (today) … 4 (when there is time)
    why: str
    suggestion: str
    # Whether the case waits for the person (status `escalated`); a wrong number or a
    # stop on one channel leaves the other channels' chasing lawful.
    holds_case: bool = True


@dataclass(frozen=True, slots=True)
class CreditorInformed(Act):
    """R124-5: the creditor hears of any proposal to pay otherwise than at once."""

    type = ActionType.CREDITOR_INFORMED
    proposal: str


@dataclass(frozen=True, slots=True)
class Decision:
    acts: tuple[Act, ...]
    reply: str | None  # the answer's template (agent.replies), or None: no answer
    reason: str
    awaiting: str | None = None  # "promise_date", "plan_choice": what the agent asked
    notes: tuple[str, ...] = field(default=())

    @property
    def types(self) -> list[str]:
        return [act.type.value for act in self.acts]

    @property
    def escalated(self) -> bool:
        return any(isinstance(act, Escalated | CallbackScheduled) for act in self.acts)


# What the agent knows ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Offer:
    """A plan proposed to the debtor and still open."""

    plan_id: int
    number: int  # "option 1", "option 2"…
    option: PlanOption


@dataclass(frozen=True, slots=True)
class Situation:
    status: CaseStatus
    balance_cents: int
    today: date  # in the debtor's time zone
    channel: str  # of the message: "email", "sms", "call", "portal"
    bounds: Bounds | None  # None: no mandate in force, nothing may be negotiated
    awaiting: str | None = None
    offers: tuple[Offer, ...] = ()
    business: bool = False  # the debtor is a business (insolvency → claim declaration)
    jurisdiction: str = "FR"
    countered: int = 0  # how many times the debtor's proposal was countered already


# The policy ----------------------------------------------------------------------------

_SETTLED = frozenset({CaseStatus.PAID, CaseStatus.CLOSED})
_NO_CONTACT = frozenset({CaseStatus.LEGAL_STOP, CaseStatus.HANDED_OVER})
_HELD = frozenset(
    {
        CaseStatus.DISPUTED,
        CaseStatus.HARDSHIP_HOLD,
        CaseStatus.LEGAL_STOP,
        CaseStatus.ESCALATED,
        CaseStatus.HANDED_OVER,
    }
)


def decide(reading: Reading, text: str, situation: Situation) -> Decision:
    intents = set(reading.intents)
    safety = [intent for intent in reading.intents if intent in SAFETY]
    if situation.status in _SETTLED:
        return _settled(safety, situation)
    if safety:
        decision = _safety(reading, safety, situation, text)
        if situation.status in _NO_CONTACT:
            # Collection is stopped by law or handed over: what the message says is
            # recorded and a person is told, but nothing is offered and nobody answered.
            kept = tuple(act for act in decision.acts if not isinstance(act, PlanOffered))
            return Decision(
                kept,
                None,
                f"{decision.reason}; the case is {situation.status.value}: no automated answer",
            )
        if situation.status in _HELD:
            # A person holds the case already: no plan offered beside the stop.
            kept = tuple(act for act in decision.acts if not isinstance(act, PlanOffered))
            return Decision(kept, decision.reply, decision.reason)
        return decision
    if situation.status in _HELD:
        return _held(reading, text, situation)
    answered = _answer_to_question(reading, text, situation)
    if answered is not None:
        return answered
    if reading.intent in STANDALONE_SILENT:
        return Decision((), None, f"{reading.intent.value}: nothing to do")
    if reading.confidence < UNSURE and reading.intent in (Intent.OTHER, Intent.HOSTILE):
        return _review(reading, "the message could not be read with confidence")
    handler = _BY_INTENT.get(reading.intent)
    if handler is None:
        return _review(reading, f"no rule for a {reading.intent.value} message")
    decision = handler(reading, text, situation)
    if Intent.REQUEST_INFO in intents and reading.intent is not Intent.REQUEST_INFO:
        # The answer is the primary intent's template, which carries no breakdown and no
        # document: recording `info_sent` would say something was sent that was not. A
        # person sends what was asked.
        decision = _with(
            decision,
            Escalated(4, "the debtor also asked for information",
                      "send the breakdown or the document asked", holds_case=False),
        )  # fmt: skip
    return decision


STANDALONE_SILENT = frozenset({Intent.AUTO_REPLY, Intent.ACKNOWLEDGEMENT})


# 1. A settled case --------------------------------------------------------------------


def _settled(safety: list[Intent], situation: Situation) -> Decision:
    acts: list[Act] = []
    if Intent.WRONG_PERSON in safety:
        acts.append(ContactInvalidated())
        return Decision(tuple(acts), "reply_wrong_person", "wrong person on a settled case")
    if Intent.STOP_CONTACT in safety:
        acts.append(ChannelStopped(_stopped_channel(situation)))
        if situation.channel == "sms" and safety == [Intent.STOP_CONTACT]:
            # As on an open case: an SMS STOP is confirmed by the carrier, not by us.
            return Decision(tuple(acts), None, f"STOP by SMS on a {situation.status.value} case")
    if Intent.DISPUTE in safety:
        acts.append(Escalated(3, "the debtor disputes a settled case", "check and answer", False))
    if Intent.DECEASED in safety:
        return Decision(tuple(acts), "reply_deceased", "a death announced on a settled case")
    return Decision(tuple(acts), "reply_closed", f"the case is {situation.status.value}")


# 2. Safety ------------------------------------------------------------------------------


def _safety(
    reading: Reading, safety: list[Intent], situation: Situation, text: str = ""
) -> Decision:
    acts: list[Act] = []
    escalations: list[Escalated] = []
    reply: str | None = None
    awaiting: str | None = None
    for intent in safety:  # in the SPEC's priority order: the first one answers
        if intent is Intent.DECEASED:
            acts.append(CollectionStopped("deceased"))
            escalations.append(
                Escalated(1, "the debtor's death was announced",
                          "check the death and the estate's notary; declare the claim to the estate")
            )  # fmt: skip
            reply = reply or "reply_deceased"
        elif intent is Intent.LEGAL_PROCEEDING:
            acts.append(CollectionStopped("legal_proceeding"))
            suggestion = (
                "find the procedure on BODACC and declare the claim to the mandataire "
                "within two months of its publication"
                if situation.business
                else "ask for the Banque de France commission's decision; stop every "
                "payment request once the file is admissible"
            )
            escalations.append(
                Escalated(1, "an insolvency or over-indebtedness procedure", suggestion)
            )
            reply = reply or "reply_legal_stop"
        elif intent is Intent.WRONG_PERSON:
            acts.append(ContactInvalidated())
            escalations.append(
                Escalated(3, "the contact point reaches someone else",
                          "find another contact point for the debtor", holds_case=False)
            )  # fmt: skip
            reply = reply or "reply_wrong_person"
        elif intent is Intent.DISPUTE:
            contested = _contested_cents(reading, text)
            if contested is not None and contested >= situation.balance_cents:
                contested = None  # the whole debt
            dispute_type = reading.dispute_type.value if reading.dispute_type else "other"
            acts.append(DisputeOpened(dispute_type, contested))
            escalations.append(
                Escalated(2, f"dispute ({dispute_type})",
                          "ask the creditor for the contract or the invoice and its proof; "
                          "answer the debtor in writing")
            )  # fmt: skip
            reply = reply or "reply_dispute_ack"
        elif intent is Intent.STOP_CONTACT:
            stopped = _stopped_channel(situation)
            acts.append(ChannelStopped(stopped))
            escalations.append(
                Escalated(3, f"the debtor asked to stop contact ({stopped})",
                          "continue by post only, or hand the case over" if stopped == "all"
                          else f"never use {stopped} again on this case; the other channels "
                          "stay lawful", holds_case=False)
            )  # fmt: skip
            # An SMS STOP is confirmed by the carrier; an e-mail gets one confirmation.
            if reply is None and situation.channel == "email":
                reply = "reply_stop_confirm"
        elif intent is Intent.HARDSHIP:
            if not any(isinstance(act, CollectionStopped) for act in acts):
                # A hold ends; a stop for a death or a procedure does not, and a hold
                # beside it would only blur the case's status.
                acts.append(HoldPlaced("hardship"))
            suggestion = (
                "call the debtor; consider forbearance within the mandate; "
                "point to free debt advice"
            )
            # Plans are offered only when hardship is the whole story: never on a death,
            # an insolvency or over-indebtedness (no payment may be asked), a dispute (no
            # plan on a contested debt), a stop (no more contact there) or a stranger.
            alone = len(safety) == 1
            proposal = _proposal(reading)
            outside = _outside_bounds(proposal, situation)
            if alone and outside is not None:
                # The debtor said what they can pay and it is outside the mandate: the
                # creditor hears of it (R124-5) and a person answers; the mandate's plans
                # are not pressed on someone who just said they cannot afford them.
                acts.append(CreditorInformed(f"hardship proposal outside the mandate: {outside}"))
                suggestion = (
                    f"submit the debtor's proposal ({outside}) to the creditor; {suggestion}"
                )
            elif alone:
                hardship_offers = _hardship_offers(reading, situation)
                if hardship_offers:
                    acts.append(PlanOffered(hardship_offers, hardship=True))
                    awaiting = "plan_choice"
            escalations.append(Escalated(2, "financial hardship: a vulnerable debtor", suggestion))
            reply = reply or "reply_hardship"
    if escalations:
        # One task for the person, the most urgent reason first.
        escalations.sort(key=lambda item: item.priority)
        first = escalations[0]
        holds = any(item.holds_case for item in escalations)
        why = "; ".join(item.why for item in escalations)
        suggestion = " — ".join(dict.fromkeys(item.suggestion for item in escalations))
        acts.append(Escalated(first.priority, why, suggestion, holds))
    reason = "safety: " + ", ".join(intent.value for intent in safety)
    return Decision(tuple(acts), reply, reason, awaiting)


def _contested_cents(reading: Reading, text: str) -> int | None:
    """The sum the debtor contests: the reading's amount, or the one amount the message
    names (the reader keeps amounts for messages that speak of paying)."""
    if reading.amount is not None:
        return to_cents(reading.amount)
    found = {mention.value for mention in find_amounts(text, reading.lang)}
    return to_cents(found.pop()) if len(found) == 1 else None


def _stopped_channel(situation: Situation) -> str:
    # In the US a written request to cease stops every communication (FDCPA §805(c)).
    if situation.jurisdiction == "US" and situation.channel in ("email", "letter", "portal"):
        return "all"
    return situation.channel if situation.channel in ("email", "sms") else "all"


def _outside_bounds(proposal: Proposal | None, situation: Situation) -> str | None:
    """What is outside the mandate in the debtor's own proposal; None when there is no
    proposal, or it fits (or no plan can be discussed at all)."""
    bounds = situation.bounds
    if proposal is None or bounds is None or situation.balance_cents <= 0:
        return None
    verdict = evaluate(proposal, situation.balance_cents, bounds, situation.today)
    if verdict.kind == "accept":
        return None
    return "; ".join(verdict.reasons) or "outside the mandate's bounds"


def _hardship_offers(reading: Reading, situation: Situation) -> tuple[PlanOption, ...]:
    bounds = situation.bounds
    if bounds is None or bounds.max_instalments <= 1 or situation.balance_cents <= 0:
        return ()
    proposal = _proposal(reading)
    if proposal is not None:
        verdict = evaluate(proposal, situation.balance_cents, bounds, situation.today)
        if verdict.kind == "accept" and verdict.plan is not None:
            return (verdict.plan,)  # their own offer, for them to confirm: never imposed
    return tuple(
        option
        for option in offers(situation.balance_cents, bounds, situation.today, hardship=True)
        if option.count > 1
    )


# 3. A case a person holds -------------------------------------------------------------


def _held(reading: Reading, text: str, situation: Situation) -> Decision:
    # Under a hardship hold, the debtor may still take one of the plans offered to them
    # (and still open: new plans are a person's to offer while the case is held).
    if (
        situation.status is CaseStatus.HARDSHIP_HOLD
        and situation.awaiting == "plan_choice"
        and situation.offers
    ):
        answered = _answer_to_question(reading, text, situation)
        if answered is not None:
            return answered
    chose = situation.awaiting == "plan_choice" and (
        _option_number(reading, text) is not None or _says_yes(reading, text)
    )
    if reading.intent in STANDALONE_SILENT and not chose:  # "option 2" reads as a "merci"
        return Decision((), None, f"{reading.intent.value} on a case a person holds")
    if situation.status in (CaseStatus.LEGAL_STOP, CaseStatus.HANDED_OVER):
        # No contact at all: the person answers, if anyone does.
        return Decision(
            (Escalated(2, f"a message on a case in {situation.status.value}", "read and answer"),),
            None,
            f"the case is in {situation.status.value}: no automated answer",
        )
    return Decision(
        (Escalated(3, f"a new message on a case in {situation.status.value}", "read and answer"),),
        "reply_human_review",
        f"the case is in {situation.status.value}: a person answers",
    )


# 4. An answer to what the agent asked ---------------------------------------------------

_OPTION = re.compile(
    r"\b(?:option|choix|choice|proposition|formule|plan)\s*(?:n[°o]\s*)?(\d)\b"
    r"(?!\s*(?:fois|x\b|times|mois|months?\b|mensualites|instal|install|echeances))",
    re.IGNORECASE,
)
_ORDINALS = {
    "premier": 1, "premiere": 1, "first": 1, "1er": 1, "1ere": 1,
    "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2, "2nd": 2,
    "troisieme": 3, "third": 3, "3e": 3, "3eme": 3, "3rd": 3,
}  # fmt: skip
# An ordinal names an option unless it names a day, a time or an instalment ("le premier
# avril", "the first of May", "la deuxième fois", "la première mensualité").
_NOT_AN_OPTION = (
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|fois|time|times|semaine|week|mois|month|jour|day|trimestre|quarter|annee|year|"
    r"relance|reminder|lettre|letter|courrier|message|mail|e-mail|rappel|echeance|"
    r"mensualite|versement|instalment|installment|payment|paiement|facture|invoice"
)
_ORDINAL = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r")\b"
    r"(?!\s+(?:of\s+|du\s+|de\s+|d'|des\s+)?(?:the\s+)?(?:" + _NOT_AN_OPTION + r"))"
)
# After an ordinal, a word that makes it a choice whatever the length of the message.
_OPTION_WORD = re.compile(
    r"\s+(?:option|choix|choice|proposition|formule|plan|solution|one|echeancier)\b"
)
_SHORT_ANSWER_WORDS = 8
_YES = re.compile(
    r"^\W*(ok(ay)?|oui|yes|yep|yeah|sure|d'?accord|dac|entendu|volontiers|ca me va|ça me va|"
    r"parfait|c'?est bon|"
    r"j'?accepte|i accept|accepted|agreed|deal|go|vas-y|va pour|valide|je valide|fine|"
    r"sounds good|that works|ça marche|ca marche)\b",
    re.IGNORECASE,
)


def _answer_to_question(reading: Reading, text: str, situation: Situation) -> Decision | None:
    if situation.awaiting == "plan_choice" and situation.offers:
        chosen = _chosen_offer(reading, text, situation.offers)
        if chosen is not None:
            return _accept(chosen, situation)
        if _says_yes(reading, text) or _option_number(reading, text) is not None:
            # "ok" to several plans, or "option 4" of three: which one? The same plans,
            # asked again.
            return Decision(
                (PlanOffered(tuple(offer.option for offer in situation.offers)),),
                "reply_plan_offer",
                "the debtor agreed without saying which plan offered: asked which",
                awaiting="plan_choice",
            )
        return None
    if situation.awaiting == "plan_choice" and (
        _option_number(reading, text) is not None or _says_yes(reading, text)
    ):
        # The plans offered lapsed, or the balance moved since: their figures bind no
        # one. The debtor still wants a plan: the plans of today, on today's balance.
        return _reoffer(situation)
    if situation.awaiting == "promise_date" and reading.intent in _DATE_ANSWERS:
        # The answer to "by which date?" may be a date alone ("le 16/03, ça vous va ?"),
        # which the reader keeps for messages that speak of paying: read it here.
        day = reading.date or _answered_date(text, situation.today, reading.lang)
        if day is not None:
            return _promise(replace(reading, date=day), text, situation)
    return None


def _answered_date(text: str, today: date, lang: str) -> date | None:
    mentions = [m for m in find_dates(text, today, lang) if m.future is not None]
    if len(mentions) != 1 or len(text) > 200:
        return None  # none, or several: which one? The agent asks again.
    resolved = mentions[0].future
    return resolved.value if resolved is not None else None


_DATE_ANSWERS = frozenset(
    {Intent.OTHER, Intent.ACKNOWLEDGEMENT, Intent.PROMISE_TO_PAY, Intent.PAY_NOW, Intent.HOSTILE}
)


def _option_number(reading: Reading, text: str) -> int | None:
    """The option the message names: "option 2", "la deuxième", "the first one"."""
    folded = _fold(text)
    match = _OPTION.search(folded)
    if match:
        return int(match.group(1))
    short = len(folded.split()) <= _SHORT_ANSWER_WORDS
    for found in _ORDINAL.finditer(folded):
        named = bool(_OPTION_WORD.match(folded, found.end()))
        # "je paierai le 1er": an ordinal in a message that gives a date is that date.
        if named or (short and reading.date is None):
            return _ORDINALS[found.group(1)]
    return None


def _chosen_offer(reading: Reading, text: str, open_offers: tuple[Offer, ...]) -> Offer | None:
    number = _option_number(reading, text)
    if number is not None:
        return next((offer for offer in open_offers if offer.number == number), None)
    if reading.installments:
        by_count = [o for o in open_offers if o.option.count == reading.installments]
        if len(by_count) == 1:
            return by_count[0]
    if reading.installment_amount is not None:
        cents = to_cents(reading.installment_amount)
        by_amount = [o for o in open_offers if abs(o.option.instalment_cents - cents) < 100]
        if len(by_amount) == 1:
            return by_amount[0]
    if len(open_offers) == 1 and _says_yes(reading, text):
        return open_offers[0]  # "ok" to the one plan proposed means yes to that plan
    return None


def _says_yes(reading: Reading, text: str) -> bool:
    """A short yes ("ok", "d'accord", "va pour ça"), not a sentence that happens to open so,
    nor one that says something else ("ok, je paierai le 20", "d'accord pour 100 € par
    mois"): a date or figures of the debtor's own are their answer, read as such. An
    acknowledgement that is not a yes ("merci", "bien reçu", "noted") commits no one."""
    folded = _fold(text)
    if reading.date is not None or _proposal(reading) is not None:
        return False
    return len(folded.split()) <= _SHORT_ANSWER_WORDS and bool(_YES.search(folded))


def _accept(chosen: Offer, situation: Situation) -> Decision:
    option = chosen.option
    acts: list[Act] = [PlanAccepted(option, chosen.plan_id, chosen.number)]
    acts.append(PaymentLinkSent(option.instalments[0].amount_cents))
    if option.count > 1:
        acts.append(CreditorInformed(f"plan accepted: {option.count} instalments"))
    return Decision(
        tuple(acts),
        "reply_plan_confirm",
        f"the debtor chose option {chosen.number} ({option.key})",
    )


def _reoffer(situation: Situation) -> Decision:
    bounds = situation.bounds
    if bounds is None or bounds.max_instalments <= 1 or situation.balance_cents <= 0:
        return _forwarded(
            "a plan was chosen after its offer lapsed, and the mandate allows none now",
            "plan chosen after the offer lapsed",
        )
    return Decision(
        (PlanOffered(offers(situation.balance_cents, bounds, situation.today)),),
        "reply_plan_offer",
        "the plans offered lapsed or no longer fit the balance: today's plans are offered",
        awaiting="plan_choice",
    )


# 5. By intent ---------------------------------------------------------------------------


def _promise(reading: Reading, text: str, situation: Situation) -> Decision:
    if reading.installments and reading.installments > 1:
        return _plan_request(reading, text, situation)
    day = reading.date
    if day is None or day < situation.today:
        return Decision(
            (DetailsRequested("date"),),
            "reply_ask_details",
            "a promise without a date" if day is None else "a promise dated in the past",
            awaiting="promise_date",
        )
    amount = situation.balance_cents
    if reading.amount is not None:
        amount = min(to_cents(reading.amount), situation.balance_cents)
    if amount <= 0:
        return _review(reading, "a promise of no amount")
    if day > situation.today + timedelta(days=PROMISE_HORIZON_DAYS):
        return Decision(
            (
                CreditorInformed(f"promise of {from_cents(amount)} on {day.isoformat()}"),
                Escalated(3, f"a promise beyond {PROMISE_HORIZON_DAYS} days",
                          "ask the creditor whether the delay is granted", holds_case=False),
            ),
            "reply_proposal_forwarded",
            f"the promised date {day.isoformat()} is beyond what the agent may accept",
        )  # fmt: skip
    acts: list[Act] = [PromiseRecorded(amount, day)]
    if day > situation.today:
        acts.append(CreditorInformed(f"promise of {from_cents(amount)} on {day.isoformat()}"))
    return Decision(tuple(acts), "reply_promise_confirm", f"a promise for {day.isoformat()}")


def _plan_request(reading: Reading, text: str, situation: Situation) -> Decision:
    bounds = situation.bounds
    if bounds is None or bounds.max_instalments <= 1:
        return _forwarded("a payment plan was asked; the mandate allows none", "plan requested")
    proposal = _proposal(reading)
    if proposal is None:
        options = offers(situation.balance_cents, bounds, situation.today)
        return Decision(
            (PlanOffered(options),),
            "reply_plan_offer",
            "a plan was asked without figures: the plans inside the mandate are offered",
            awaiting="plan_choice",
        )
    verdict = evaluate(proposal, situation.balance_cents, bounds, situation.today)
    if verdict.kind == "accept" and verdict.plan is not None:
        plan = verdict.plan
        return Decision(
            (
                PlanAccepted(plan),
                PaymentLinkSent(plan.instalments[0].amount_cents),
                CreditorInformed(f"plan of {plan.count} instalments inside the mandate"),
            ),
            "reply_plan_confirm",
            "the debtor's plan is inside the mandate's bounds",
        )
    described = "; ".join(verdict.reasons) or "outside the mandate's bounds"
    if verdict.kind == "counter" and verdict.counters and situation.countered < 1:
        return Decision(
            (
                PlanOffered(verdict.counters, counter=True),
                CreditorInformed(f"proposal outside the mandate: {described}"),
            ),
            "reply_plan_offer",
            f"the debtor's proposal is outside the bounds ({described}): counter-offer",
            awaiting="plan_choice",
        )
    return _forwarded(f"a proposal outside the mandate: {described}", described)


def _forwarded(why: str, proposal: str) -> Decision:
    return Decision(
        (
            CreditorInformed(proposal),
            Escalated(3, why, "submit the proposal to the creditor and answer the debtor"),
        ),
        "reply_proposal_forwarded",
        why,
    )


def _proposal(reading: Reading) -> Proposal | None:
    count = reading.installments if reading.installments and reading.installments > 1 else None
    instalment = (
        to_cents(reading.installment_amount)
        if reading.installment_amount is not None and reading.installment_amount > 0
        else None
    )
    if count is None and instalment is None:
        return None
    return Proposal(instalments=count, instalment_cents=instalment, first_due_on=reading.date)


def _pay_now(reading: Reading, text: str, situation: Situation) -> Decision:
    return Decision(
        (PaymentLinkSent(situation.balance_cents),),
        "reply_payment_link",
        "the debtor wants to pay",
    )


def _already_paid(reading: Reading, text: str, situation: Situation) -> Decision:
    return Decision(
        (
            ProofRequested(),
            Escalated(3, "the debtor says the debt is paid",
                      "look for the payment in the bank lines; ask the creditor"),
        ),
        "reply_proof_request",
        "the debtor says they paid: proof asked, chasing paused while a person checks",
    )  # fmt: skip


def _request_human(reading: Reading, text: str, situation: Situation) -> Decision:
    return Decision(
        (CallbackScheduled(_business_days_after(situation.today, CALLBACK_BUSINESS_DAYS)),),
        "reply_callback",
        "the debtor asked for a person",
    )


# A copy of a document: the answer gives the breakdown, a person sends the document.
_DOCUMENT = re.compile(
    r"\b(?:copie|copies|duplicata|copy|pdf|contrat|contract|justificatifs?|"
    r"mandat|mandate|bon de commande|purchase order)\b"
)


def _request_info(reading: Reading, text: str, situation: Situation) -> Decision:
    if _DOCUMENT.search(_fold(text)):
        return Decision(
            (
                InfoSent("document"),
                Escalated(3, "a copy of a document was asked",
                          "send a copy of the document asked (invoice, contract, mandate) "
                          "to the sender", holds_case=False),
            ),
            "reply_info",
            "a document was asked: the breakdown is sent, a person sends the document",
        )  # fmt: skip
    return Decision((InfoSent(),), "reply_info", "the debtor asked for the details of the debt")


def _hostile(reading: Reading, text: str, situation: Situation) -> Decision:
    return Decision(
        (Escalated(3, "a hostile message", "read it; no argument; answer if needed", False),),
        None,
        "hostile: no argument, a person reads it",
    )


def _other(reading: Reading, text: str, situation: Situation) -> Decision:
    return _review(reading, "the message asks nothing the agent can answer")


def _review(reading: Reading, why: str) -> Decision:
    return Decision(
        (Escalated(4, why, "read the message and answer if needed", holds_case=False),),
        None,
        why,
    )


_BY_INTENT = {
    Intent.PROMISE_TO_PAY: _promise,
    Intent.PAYMENT_PLAN_REQUEST: _plan_request,
    Intent.PAY_NOW: _pay_now,
    Intent.ALREADY_PAID: _already_paid,
    Intent.REQUEST_HUMAN: _request_human,
    Intent.REQUEST_INFO: _request_info,
    Intent.HOSTILE: _hostile,
    Intent.OTHER: _other,
}


# Helpers --------------------------------------------------------------------------------


def _with(decision: Decision, act: Act) -> Decision:
    return Decision(
        (*decision.acts, act), decision.reply, decision.reason, decision.awaiting, decision.notes
    )


def _business_days_after(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


_ACCENTS = str.maketrans("àâäéèêëîïôöùûüçœ", "aaaeeeeiioouuuco")


def _fold(text: str) -> str:
    return text.lower().replace("’", "'").translate(_ACCENTS)
