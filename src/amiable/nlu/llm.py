"""The optional LLM reader: a second opinion on messages the offline reader is unsure of.

Off by default. When a tenant turns it on, a message the offline reader reads with low
confidence is masked (no e-mail, phone, IBAN, address or name leaves the machine), sent to
an OpenAI-compatible chat-completions endpoint (Mistral, OpenAI, Ollama, vLLM…), and the
answer is validated field by field before it is merged with the offline reading.

The merge can only make the agent more careful: the LLM may add intents and refine the
entities, but a safety intent the offline reader found is always kept. Whatever goes wrong
(timeout, HTTP error, garbage answer), the offline reading comes back with a note in its
evidence: this reader never raises and never retries, so the agent stays fast.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

import httpx

from amiable.nlu.choices import PAYMENT, PRIORITY, SAFETY, STANDALONE, DisputeType, Intent
from amiable.nlu.masking import mask
from amiable.nlu.reading import CENT, Reading

log = logging.getLogger("amiable.nlu.llm")

SOURCE = "llm+offline"
MAX_INSTALLMENTS = 120
PLAUSIBLE_YEARS = 2
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# What an error body may add to the evidence: enough to tell "invalid key" from "unknown model".
_ERROR_DETAIL_CHARS = 200
_RETRY_AFTER_CHARS = 30
_KEY_LIKE = re.compile(r"\b(?:sk|pk|key|api)[-_][\w*\-]{4,}", re.IGNORECASE)


class LlmConfigError(ValueError):
    """The tenant's LLM settings cannot be used; the message says which one and why."""


@dataclass(frozen=True, slots=True)
class LlmConfig:
    """How to reach the tenant's LLM, stored per tenant as JSON (see `from_mapping`)."""

    base_url: str
    model: str
    api_key: str | None = None
    timeout_seconds: float = 10.0
    enabled: bool = False
    min_offline_confidence: float = 0.75
    max_chars: int = 4000
    # The agent's answers rewritten by the model (agent.drafting), each checked before it
    # is sent and replaced by the template when a check fails. Off unless asked.
    draft_replies: bool = False

    def __post_init__(self) -> None:
        # Checked here too, so a config built in code is held to the same rules as JSON.
        object.__setattr__(self, "base_url", _checked_url(self.base_url))
        if not isinstance(self.model, str) or not self.model.strip():
            raise LlmConfigError("model: a non-empty model name is required")
        if self.api_key is not None and not isinstance(self.api_key, str):
            raise LlmConfigError("api_key: must be a string or null")
        _check_number("timeout_seconds", self.timeout_seconds, low=0.1, high=300)
        _check_number("min_offline_confidence", self.min_offline_confidence, low=0, high=1)
        if not isinstance(self.enabled, bool):
            raise LlmConfigError("enabled: must be true or false")
        if not isinstance(self.draft_replies, bool):
            raise LlmConfigError("draft_replies: must be true or false")
        if isinstance(self.max_chars, bool) or not isinstance(self.max_chars, int):
            raise LlmConfigError("max_chars: must be an integer")
        if not 100 <= self.max_chars <= 100_000:
            raise LlmConfigError("max_chars: must be between 100 and 100000")

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> LlmConfig:
        """The config stored as JSON for a tenant; unknown keys are refused, as a typo
        ("enable") would otherwise silently leave the reader off."""
        if not isinstance(mapping, Mapping):
            raise LlmConfigError("the LLM config must be a JSON object")
        unknown = sorted(set(mapping) - set(cls.__dataclass_fields__))
        if unknown:
            raise LlmConfigError(f"unknown setting(s): {', '.join(map(str, unknown))}")
        missing = [name for name in ("base_url", "model") if mapping.get(name) is None]
        if missing:
            raise LlmConfigError(f"missing setting(s): {', '.join(missing)}")
        values = dict(mapping)
        # An empty key in a form means "no key" (Ollama and vLLM often need none).
        if values.get("api_key") == "":
            values["api_key"] = None
        return cls(**values)

    def to_mapping(self) -> dict[str, Any]:
        """The JSON to store; `from_mapping(config.to_mapping()) == config`."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @property
    def endpoint(self) -> str:
        return f"{self.base_url}/chat/completions"


def _checked_url(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise LlmConfigError("base_url: an http(s) URL is required, e.g. https://api.mistral.ai/v1")
    url = value.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LlmConfigError(
            f"base_url: {url!r} is not an http(s) URL; expected e.g. https://api.mistral.ai/v1 "
            "or http://127.0.0.1:11434/v1"
        )
    if parts.username or parts.password:
        # A key in the URL ends up in logs and case events; it belongs in api_key.
        raise LlmConfigError("base_url: must not hold credentials; put the key in api_key")
    if parts.query or parts.fragment:
        raise LlmConfigError("base_url: must not have a query or fragment")
    return url


def _check_number(name: str, value: object, low: float, high: float) -> None:
    # bool is an int to Python, but `true` for a timeout is a mistake in the JSON.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LlmConfigError(f"{name}: must be a number")
    if not low <= value <= high:
        raise LlmConfigError(f"{name}: must be between {low:g} and {high:g}")


class LlmUnavailable(Exception):
    """The endpoint could not give an answer (network, timeout, HTTP error)."""


class LlmRejected(Exception):
    """The endpoint answered, but not with something we can read."""


class ChatEndpoint:
    """One OpenAI-compatible chat-completions endpoint, over httpx: the HTTP call the
    reader and the drafter share. `complete` returns the text of the first choice or
    raises LlmUnavailable / LlmRejected; it never retries.

    `transport` lets tests and embedders swap the network layer; by default httpx's own.
    """

    def __init__(self, config: LlmConfig, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        headers = {"Accept": "application/json"}
        if config.api_key:
            headers["Authorization"] = f"Bearer {config.api_key}"
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(config.timeout_seconds),
            headers=headers,
            # Messages must go to the configured endpoint only: no proxy taken from the
            # environment, no redirect followed to another host.
            trust_env=False,
            follow_redirects=False,
        )

    def close(self) -> None:
        self._client.close()

    def complete(
        self, messages: list[dict[str, str]], *, temperature: float = 0, json_object: bool = False
    ) -> str:
        """The text of the first choice, or LlmUnavailable / LlmRejected."""
        payload: dict[str, Any] = {
            "model": self.config.model,
            "messages": messages,
            "temperature": temperature,
        }
        if json_object:
            payload["response_format"] = {"type": "json_object"}
        try:
            response = self._client.post(self.config.endpoint, json=payload)
        except httpx.TimeoutException as error:
            raise LlmUnavailable(
                f"timeout after {self.config.timeout_seconds:g}s ({type(error).__name__})"
            ) from error
        except httpx.ConnectError as error:
            raise LlmUnavailable(f"cannot connect to {self.config.base_url}: {error}") from error
        except httpx.HTTPError as error:
            raise LlmUnavailable(f"{type(error).__name__}: {error}") from error
        _check_status(response, self.config.api_key)
        return _content(response)


@dataclass(frozen=True, slots=True)
class Answer:
    """The LLM's answer after validation: every field is from the vocabularies and
    plausible, or None. `notes` says what was dropped and why."""

    intents: tuple[Intent, ...] = ()
    date: date | None = None
    amount: Decimal | None = None
    installments: int | None = None
    installment_amount: Decimal | None = None
    dispute_type: DisputeType | None = None
    confidence: float | None = None
    notes: tuple[str, ...] = field(default=())


class LlmReader:
    """Reads a message through an OpenAI-compatible endpoint and merges with the offline reading.

    `transport` lets tests and embedders swap the network layer; by default httpx's own.
    """

    def __init__(self, config: LlmConfig, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        self._endpoint = ChatEndpoint(config, transport)

    def __enter__(self) -> LlmReader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._endpoint.close()

    def should_consult(self, offline: Reading) -> bool:
        """Whether the offline reading is unsure enough to pay for a second opinion."""
        if not self.config.enabled:
            return False
        return (
            offline.confidence < self.config.min_offline_confidence
            or offline.intent is Intent.OTHER
        )

    def read(self, text: str, received_at: datetime, lang: str | None, offline: Reading) -> Reading:
        """The merged reading, or `offline` with a note in its evidence when the LLM
        is off, unreachable or answers nonsense. Never raises."""
        if not self.config.enabled:
            return _noted(offline, "llm: disabled, not consulted")
        try:
            return self._read(text, received_at, lang, offline)
        except LlmUnavailable as error:
            log.warning("LLM reader unavailable: %s", error)
            return _noted(offline, f"llm unavailable: {error}")
        except LlmRejected as error:
            log.warning("LLM answer rejected: %s", error)
            return _noted(offline, f"llm answer rejected: {error}")
        except Exception as error:
            # The LLM is an optional extra: a bug here must cost the second opinion, not
            # the reading of the message.
            log.exception("LLM reader failed")
            return _noted(offline, f"llm failed: {type(error).__name__}")

    def _read(
        self, text: str, received_at: datetime, lang: str | None, offline: Reading
    ) -> Reading:
        # Masked first, then truncated: truncating first could cut an e-mail address in
        # half and leave a piece the masker no longer recognises.
        masked = mask(text)
        message = masked.text[: self.config.max_chars]
        consulted = (
            f"llm: consulted {self.config.model} (offline confidence {offline.confidence:.2f});"
            f" masked: {masked.summary()}"
        )
        if len(masked.text) > len(message):
            consulted += f"; truncated to {self.config.max_chars} chars"
        content = self._complete(build_messages(message, received_at, lang))
        answer = validate_answer(parse_answer(content), received_at)
        return merge(offline, answer, notes=(consulted,))

    def _complete(self, messages: list[dict[str, str]]) -> str:
        """The text of the first choice, or LlmUnavailable / LlmRejected."""
        # Deterministic: the same message should read the same way twice.
        return self._endpoint.complete(messages, temperature=0, json_object=True)


def _check_status(response: httpx.Response, api_key: str | None) -> None:
    if response.status_code == 429:
        retry_after = response.headers.get("Retry-After", "")[:_RETRY_AFTER_CHARS]
        hint = f", retry after {retry_after}s" if retry_after else ""
        raise LlmUnavailable(f"HTTP 429 rate limited (not retried{hint})")
    if not response.is_success:
        detail = _redacted(_error_detail(response), api_key)
        raise LlmUnavailable(f"HTTP {response.status_code}{detail}")


def _redacted(text: str, api_key: str | None) -> str:
    # Providers echo part of a wrong key ("Incorrect API key provided: sk-ab***yz"); the
    # evidence ends up in case events, where no piece of a key belongs.
    if api_key:
        text = text.replace(api_key, "[key]")
    return _KEY_LIKE.sub("[key]", text)


def _error_detail(response: httpx.Response) -> str:
    """The provider's own error message, short: "invalid api key", "model not found"."""
    try:
        body = response.json()
    except ValueError:
        return ""
    error = body.get("error") if isinstance(body, dict) else None
    message = error.get("message") if isinstance(error, dict) else error
    if not isinstance(message, str) or not message.strip():
        return ""
    return f": {message.strip()[:_ERROR_DETAIL_CHARS]}"


def _content(response: httpx.Response) -> str:
    try:
        body = response.json()
        content = body["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as error:
        raise LlmRejected("not a chat-completions response") from error
    if not isinstance(content, str):
        raise LlmRejected("the message content is not text")
    return content


# --- The prompt -----------------------------------------------------------------------

_MEANINGS: dict[Intent, str] = {
    Intent.DECEASED: "the debtor has died (a relative writes)",
    Intent.LEGAL_PROCEEDING: (
        "over-indebtedness file filed or admissible, insolvency, liquidation, redressement,"
        " sauvegarde, rétablissement personnel, bankruptcy, debt relief order, breathing space"
    ),
    Intent.WRONG_PERSON: "not the debtor; wrong number or address",
    Intent.DISPUTE: (
        "contests owing all or part: amount wrong, goods not delivered, never contracted,"
        " identity theft, paid the creditor directly"
    ),
    Intent.ALREADY_PAID: "says it is already paid (in full or the part asked)",
    Intent.STOP_CONTACT: "asks to stop being contacted, on one channel or at all",
    Intent.HARDSHIP: (
        "cannot pay because of a difficulty: job loss, illness, separation, low income,"
        " benefits delay; also a relative's death or an employer's insolvency given as the"
        " reason, or an over-indebtedness file only considered"
    ),
    Intent.PAYMENT_PLAN_REQUEST: (
        "wants to pay in several times or proposes a schedule (two or more dated payments)"
    ),
    Intent.PROMISE_TO_PAY: (
        "commits to pay all or part, in one go, at a date or soon; moving a missed date counts;"
        " 'when I get my salary' counts (date null); 'when I can', 'maybe on the 8th' do not"
    ),
    Intent.PAY_NOW: "wants to pay now; asks how to pay, for the link, the IBAN",
    Intent.REQUEST_HUMAN: "wants a person, a call back",
    Intent.REQUEST_INFO: "asks for details or documents: invoice, breakdown, creditor, mandate",
    Intent.HOSTILE: "insults or threats with nothing else actionable",
    Intent.AUTO_REPLY: "out-of-office or other automatic answer or notice",
    Intent.ACKNOWLEDGEMENT: "ok / thanks / received, no commitment",
    Intent.OTHER: "none of the above (e.g. a guardian or relative managing the papers)",
}

_RULES = """Rules:
- Entities come from the debtor's own words; quoted history and signatures never supply them.
- amount: only what the debtor promises, pays or offers (not the claimed debt, contested fees or income); for a plan, the total only if stated; never computed.
- date: only for promise_to_pay, payment_plan_request and already_paid: the date promised, the first instalment, or the date said paid. Entities follow the highest-priority payment intent.
- Resolve dates in the calendar of the received date: "le 15" = the next 15th on or after it; a weekday = the next one strictly after; day and month without year = next occurrence; in the past tense, the most recent one; "fin du mois" = last day of the month; a salary date without a day = null.
- A weekly or monthly amount goes in installment_amount; installments only if a count is said.
- A condition put on the creditor is not a promise, but an amount or count offered under it is still filled in.
- Placeholders like [EMAIL_1], [PHONE_1], [NAME_1] stand for masked personal data."""

_SCHEMA = (
    '{"intents": [labels, primary first], "date": "YYYY-MM-DD" or null,'
    ' "amount": "150.00" or null, "installments": integer 1-120 or null,'
    ' "installment_amount": "50.00" or null, "dispute_type": label or null,'
    ' "confidence": number 0-1 (for the primary intent)}'
)


def system_prompt(received_at: datetime, lang: str | None) -> str:
    """The SPEC condensed: labels in priority order, the close-case rules, the received
    day in its own offset (relative dates depend on it) and the answer's schema."""
    labels = "\n".join(
        f"{intent.value}: {_MEANINGS.get(intent, intent.label_en)}" for intent in PRIORITY
    )
    standalone = ", ".join(intent.value for intent in PRIORITY if intent in STANDALONE)
    disputes = ", ".join(DisputeType.values())
    language = f" Language hint: {lang}." if lang else ""
    return (
        "You read one message a debtor sent to a debt collector and answer with one JSON"
        " object only.\n\n"
        f"Intents, most decisive first (the first present is the primary):\n{labels}\n"
        f"{standalone} only stand alone, never beside another intent.\n\n"
        f"dispute_type (only when dispute is present): {disputes}.\n\n"
        f"{_RULES}\n\n"
        f"The message was received on {_received_day(received_at)}.{language}\n\n"
        f"Answer with this JSON object and nothing else:\n{_SCHEMA}"
    )


def _received_day(received_at: datetime) -> str:
    day = received_at.date()
    offset = received_at.strftime("%z")
    zone = f", UTC offset {offset[:3]}:{offset[3:]}" if offset else ""
    return f"{day.isoformat()} ({_WEEKDAYS[day.weekday()]}{zone})"


def build_messages(message: str, received_at: datetime, lang: str | None) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": system_prompt(received_at, lang)},
        {"role": "user", "content": message},
    ]


# --- Reading the answer -----------------------------------------------------------------

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.DOTALL)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONEY = re.compile(r"\d{1,12}(?:\.\d{1,2})?")


def parse_answer(content: str) -> dict[str, Any]:
    """The JSON object in the content: bare, in ```json fences, or amid prose, as servers
    that ignore `response_format` (Ollama, vLLM) tend to answer."""
    for candidate in _candidates(content):
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    raise LlmRejected(f"no JSON object in the answer ({len(content)} chars)")


def _candidates(content: str) -> list[str]:
    candidates = [content.strip()]
    candidates += [match.group(1).strip() for match in _FENCE.finditer(content)]
    first, last = content.find("{"), content.rfind("}")
    if 0 <= first < last:
        candidates.append(content[first : last + 1])
    return candidates


def validate_answer(data: Mapping[str, Any], received_at: datetime) -> Answer:
    """Each field checked on its own: a bad one is dropped with a note, the rest kept."""
    notes: list[str] = []
    intents = _intents(data, notes)
    values: dict[str, Any] = {}
    checks = {
        "date": lambda value: _plausible_day(value, received_at.date()),
        "amount": _money,
        "installments": _installments,
        "installment_amount": _money,
        "dispute_type": _dispute_type,
        "confidence": _confidence,
    }
    for name, check in checks.items():
        raw = data.get(name)
        if raw is None:
            continue
        try:
            values[name] = check(raw)
        except ValueError as error:
            notes.append(f"llm: dropped {name} {_shown(raw)}: {error}")
    return Answer(intents=intents, notes=tuple(notes), **values)


def _intents(data: Mapping[str, Any], notes: list[str]) -> tuple[Intent, ...]:
    raw = data.get("intents", data.get("intent"))
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        if raw is not None:
            notes.append(f"llm: dropped intents {_shown(raw)}: not a list")
        return ()
    intents: list[Intent] = []
    for label in raw:
        try:
            intent = Intent(label.strip().lower()) if isinstance(label, str) else None
        except ValueError:
            intent = None
        if intent is None:
            notes.append(f"llm: dropped unknown intent {_shown(label)}")
        elif intent not in intents:
            intents.append(intent)
    return tuple(intents)


def _plausible_day(value: object, received: date) -> date:
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value.strip()):
        raise ValueError("not an ISO date (YYYY-MM-DD)")
    try:
        day = date.fromisoformat(value.strip())
    except ValueError as error:
        raise ValueError("no such day") from error
    # Compared as (year, month, day) so that a 29 February received date needs no care.
    earliest = (received.year - PLAUSIBLE_YEARS, received.month, received.day)
    latest = (received.year + PLAUSIBLE_YEARS, received.month, received.day)
    if not earliest <= (day.year, day.month, day.day) <= latest:
        raise ValueError(f"more than {PLAUSIBLE_YEARS} years from the received date")
    return day


def _money(value: object) -> Decimal:
    # A JSON number is taken through its text: 150.1 must read as 150.10, not as a float.
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError("not an amount")
    text = str(value).strip()
    if not _MONEY.fullmatch(text):
        raise ValueError("not a positive amount with at most 2 decimals")
    try:
        amount = Decimal(text)
    except InvalidOperation as error:
        raise ValueError("not an amount") from error
    if amount <= 0:
        raise ValueError("not a positive amount")
    return amount.quantize(CENT)


def _installments(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("not an integer")
    if not 1 <= value <= MAX_INSTALLMENTS:
        raise ValueError(f"not between 1 and {MAX_INSTALLMENTS}")
    return value


def _dispute_type(value: object) -> DisputeType:
    label = value.strip().lower() if isinstance(value, str) else None
    if label not in DisputeType.values():
        raise ValueError("not a dispute type")
    return DisputeType(label)


def _confidence(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("not a number")
    if not 0 <= value <= 1:
        raise ValueError("not between 0 and 1")
    return float(value)


def _shown(value: object) -> str:
    """A dropped value, short: the LLM only saw masked text, but its answer is still bounded."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


# --- The merge ---------------------------------------------------------------------------


def merge(offline: Reading, answer: Answer, notes: tuple[str, ...] = ()) -> Reading:
    """The offline reading refined by the LLM's answer.

    The LLM's intents replace the offline ones, except safety intents, which are always
    kept: missing one means chasing someone the law protects. Entities the LLM gives
    replace the offline ones; its nulls erase nothing.
    """
    evidence = [*offline.evidence, *notes, *answer.notes]
    intents = _merged_intents(offline, answer, evidence)
    primary = intents[0]
    values = _merged_entities(offline, answer, intents, evidence)
    confidence = _merged_confidence(offline, answer, primary)
    return replace(
        offline,
        intent=primary,
        intents=intents,
        confidence=confidence,
        evidence=tuple(evidence),
        source=SOURCE,
        **values,
    )


def _merged_intents(offline: Reading, answer: Answer, evidence: list[str]) -> tuple[Intent, ...]:
    if not answer.intents:
        evidence.append("llm: no valid intent in the answer; offline intents kept")
        chosen = set(offline.intents)
    else:
        evidence.append(f"llm: intents {_labels(answer.intents)}")
        kept = [intent for intent in offline.intents if intent in SAFETY]
        kept = [intent for intent in kept if intent not in answer.intents]
        if kept:
            evidence.append(
                f"offline: safety intents kept though the llm omitted them: {_labels(kept)}"
            )
        chosen = set(answer.intents) | set(kept)
    return _stand_alone(chosen, evidence)


def _stand_alone(chosen: set[Intent], evidence: list[str]) -> tuple[Intent, ...]:
    """Intents in priority order; a standalone label only when nothing else is there."""
    ordered = [intent for intent in PRIORITY if intent in chosen]
    actionable = [intent for intent in ordered if intent not in STANDALONE]
    result = actionable or ordered[:1] or [Intent.OTHER]
    dropped = [intent for intent in ordered if intent not in result]
    if dropped:
        evidence.append(f"dropped standalone intents beside others: {_labels(dropped)}")
    return tuple(result)


def _merged_entities(
    offline: Reading, answer: Answer, intents: tuple[Intent, ...], evidence: list[str]
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in ("date", "amount", "installments", "installment_amount", "dispute_type"):
        values[name] = _pick(name, getattr(answer, name), getattr(offline, name), evidence)
    # SPEC: a date belongs to a payment intent only ("rappelez-moi demain" has none).
    if values["date"] is not None and not any(intent in PAYMENT for intent in intents):
        evidence.append("date dropped: no payment intent")
        values["date"] = None
    values["dispute_type"] = _merged_dispute_type(values["dispute_type"], intents, evidence)
    return values


def _pick(name: str, from_llm: Any, from_offline: Any, evidence: list[str]) -> Any:
    if from_llm is None:
        if from_offline is not None:
            evidence.append(f"{name} from offline")
        return from_offline
    if from_offline is None or from_offline == from_llm:
        evidence.append(f"{name} from llm" + (" (offline agrees)" if from_offline else ""))
    else:
        evidence.append(f"{name} from llm (offline had {_shown(str(from_offline))})")
    return from_llm


def _merged_dispute_type(
    dispute_type: DisputeType | None, intents: tuple[Intent, ...], evidence: list[str]
) -> DisputeType | None:
    if Intent.DISPUTE not in intents:
        if dispute_type is not None:
            evidence.append("dispute_type dropped: no dispute intent")
        return None
    # SPEC: set whenever dispute is among the intents.
    return dispute_type or DisputeType.OTHER


def _merged_confidence(offline: Reading, answer: Answer, primary: Intent) -> float:
    # The LLM's confidence is about its own primary; when a kept safety intent outranks it,
    # the primary is the offline reader's, and so is the confidence.
    llm_primary = next((intent for intent in PRIORITY if intent in answer.intents), None)
    if primary is llm_primary and answer.confidence is not None:
        return answer.confidence
    return offline.confidence


def _labels(intents: tuple[Intent, ...] | list[Intent]) -> str:
    return ", ".join(intent.value for intent in intents)


def _noted(offline: Reading, note: str) -> Reading:
    return replace(offline, evidence=(*offline.evidence, note))
