"""The optional LLM reader, driven through real HTTP against a local fake server.

Nothing here reaches the internet: the fake listens on 127.0.0.1 and the reader refuses
proxies from the environment.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from tests.nlu.fake_openai import FakeOpenAI, Reply

# The fixture, imported under its own name so pytest finds it in this module.
from tests.nlu.fake_openai import fake_openai as fake_openai

from amiable.nlu.choices import DisputeType, Intent
from amiable.nlu.llm import LlmConfig, LlmConfigError, LlmReader, parse_answer, system_prompt
from amiable.nlu.masking import mask
from amiable.nlu.reading import Reading

# A Friday morning in Paris in winter; in UTC it is still the same day.
RECEIVED = datetime(2026, 11, 20, 9, 30, tzinfo=timezone(timedelta(hours=1)))
MESSAGE = (
    "Bonjour, je paierai vendredi prochain. "
    "Écrivez-moi à marie.lenoir@example.fr ou au 06 12 34 56 78.\n"
    "Cordialement,\nMarie Lenoir"
)


def offline(*intents: Intent, confidence: float = 0.4, **entities: Any) -> Reading:
    """An offline reading as the offline reader would hand it over."""
    return Reading(
        intent=intents[0],
        intents=intents,
        lang="fr",
        confidence=confidence,
        evidence=("offline: test rule",),
        **entities,
    )


def config_for(server: FakeOpenAI, **overrides: Any) -> LlmConfig:
    settings: dict[str, Any] = {
        "base_url": server.base_url,
        "model": "fake-model",
        "enabled": True,
        "timeout_seconds": 2,
    }
    return LlmConfig(**{**settings, **overrides})


@pytest.fixture
def reader(fake_openai: FakeOpenAI) -> Iterator[LlmReader]:
    with LlmReader(config_for(fake_openai)) as reader:
        yield reader


def answer(*intents: str, confidence: float = 0.9, **fields: Any) -> Reply:
    return Reply.answer({"intents": list(intents), "confidence": confidence, **fields})


def evidence_text(reading: Reading) -> str:
    return "\n".join(reading.evidence)


# --- Configuration -----------------------------------------------------------------------


def test_config_from_mapping_applies_the_defaults_and_trims_the_url() -> None:
    config = LlmConfig.from_mapping(
        {"base_url": "https://api.mistral.ai/v1/", "model": "mistral-small-latest"}
    )

    assert config.base_url == "https://api.mistral.ai/v1"
    assert config.endpoint == "https://api.mistral.ai/v1/chat/completions"
    assert config.api_key is None
    assert config.timeout_seconds == 10
    assert config.enabled is False
    assert config.min_offline_confidence == 0.75
    assert config.max_chars == 4000


def test_config_round_trips_through_its_mapping() -> None:
    config = LlmConfig.from_mapping(
        {
            "base_url": "http://127.0.0.1:11434/v1",
            "model": "llama3.1",
            "api_key": "",
            "timeout_seconds": 3.5,
            "enabled": True,
            "min_offline_confidence": 0.6,
            "max_chars": 2000,
        }
    )

    assert config.api_key is None  # an empty key from a form means none
    assert LlmConfig.from_mapping(config.to_mapping()) == config


@pytest.mark.parametrize(
    "base_url",
    [
        "ftp://example.com/v1",
        "file:///etc/passwd",
        "api.mistral.ai/v1",
        "localhost:11434",
        "",
        "https://",
    ],
)
def test_config_rejects_urls_that_are_not_http(base_url: str) -> None:
    with pytest.raises(LlmConfigError, match=r"base_url: .*http\(s\) URL"):
        LlmConfig.from_mapping({"base_url": base_url, "model": "m"})


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"base_url": "https://user:secret@api.example.com/v1"}, "must not hold credentials"),
        ({"base_url": "https://api.example.com/v1?key=x"}, "query"),
        ({"model": ""}, "model"),
        ({"model": None}, "missing setting"),
        ({"enable": True}, "unknown setting"),
        ({"timeout_seconds": 0}, "timeout_seconds"),
        ({"timeout_seconds": "10"}, "timeout_seconds: must be a number"),
        ({"timeout_seconds": True}, "timeout_seconds: must be a number"),
        ({"min_offline_confidence": 1.5}, "min_offline_confidence"),
        ({"enabled": "yes"}, "enabled"),
        ({"max_chars": 0}, "max_chars"),
        ({"max_chars": 40.5}, "max_chars: must be an integer"),
        ({"api_key": 1234}, "api_key"),
    ],
)
def test_config_rejects_bad_settings_with_a_clear_message(
    changes: dict[str, Any], message: str
) -> None:
    mapping = {"base_url": "https://api.openai.com/v1", "model": "gpt-4o-mini", **changes}

    with pytest.raises(LlmConfigError, match=message):
        LlmConfig.from_mapping(mapping)


def test_config_rejects_what_is_not_an_object() -> None:
    with pytest.raises(LlmConfigError, match="JSON object"):
        LlmConfig.from_mapping(["https://api.openai.com/v1"])  # type: ignore[arg-type]


# --- Masking ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "hidden"),
    [
        ("écrivez à marie.lenoir@example.fr merci", "EMAIL", "marie.lenoir@example.fr"),
        ("Mon numéro : 06 12 34 56 78.", "PHONE", "06 12 34 56 78"),
        ("appelez le 06.12.34.56.78", "PHONE", "06.12.34.56.78"),
        ("joignable au +33 6 12 34 56 78", "PHONE", "+33 6 12 34 56 78"),
        ("ou 0033 (0)1 42 68 53 00", "PHONE", "0033 (0)1 42 68 53 00"),
        ("call me on 07700 900123", "PHONE", "07700 900123"),
        ("office +44 20 7946 0958", "PHONE", "+44 20 7946 0958"),
        ("home 020 7946 0958", "PHONE", "020 7946 0958"),
        ("cell (415) 555-2671 anytime", "PHONE", "(415) 555-2671"),
        ("or 415-555-2671", "PHONE", "415-555-2671"),
        ("or +1 415 555 2671", "PHONE", "+1 415 555 2671"),
        ("Berlin: +49 30 1234567", "PHONE", "+49 30 1234567"),
        (
            "IBAN FR76 3000 6000 0112 3456 7890 189 le 15",
            "IBAN",
            "FR76 3000 6000 0112 3456 7890 189",
        ),
        ("my IBAN is GB82WEST12345698765432", "IBAN", "GB82WEST12345698765432"),
        ("ma carte 4970 1012 3456 7890 est bloquée", "CARD", "4970 1012 3456 7890"),
        ("card 4970101234567890", "CARD", "4970101234567890"),
        ("j'habite 12 rue de la Paix, 75002 Paris", "ADDRESS", "12 rue de la Paix"),
        ("j'habite 12 rue de la Paix, 75002 Paris", "POSTCODE", "75002 Paris"),
        ("I live at 221B Baker Street, London NW1 6XE", "ADDRESS", "221B Baker Street"),
        ("I live at 221B Baker Street, London NW1 6XE", "POSTCODE", "NW1 6XE"),
        ("Springfield, IL 62701", "POSTCODE", "IL 62701"),
        ("Je paie vendredi.\nCordialement,\nMarie Lenoir", "NAME", "Marie Lenoir"),
        ("Will pay Friday. Regards, Ben", "NAME", "Ben"),
        ("Bien à vous\nJean-Pierre DUPONT", "NAME", "Jean-Pierre DUPONT"),
        ("Best regards,\nMr. John Smith", "NAME", "John Smith"),
        ("je m'appelle Marie Lenoir et je suis au chômage", "NAME", "Marie Lenoir"),
        ("Bonjour, c'est pour M. Dupont", "NAME", "Dupont"),
    ],
)
def test_mask_hides_each_kind_of_personal_data(text: str, kind: str, hidden: str) -> None:
    masked = mask(text)

    assert hidden not in masked.text
    assert f"[{kind}_1]" in masked.text
    assert masked.originals[f"[{kind}_1]"] == hidden


@pytest.mark.parametrize(
    "text",
    [
        "je vous règle 150 € le 15/12",
        "I can pay £40 on 3 December",
        "virement de 1 200,50 € fait le 12/03/2026",
        "payé 150e le 05.12.2026, reste 10.000 €",
        "en 3 fois 50 € par mois à partir du 2026-12-15",
        "je peux mettre 15000 euros, OK 15000 merci",
        "$1,250.00 by 12/15",
        "Merci\nJe paierai vendredi",
        "Cordialement,\nVendredi",
        "Bonjour Madame,\nje suis au chômage depuis mars.",
    ],
)
def test_mask_leaves_amounts_dates_and_ordinary_words_alone(text: str) -> None:
    masked = mask(text)

    assert masked.text == text
    assert masked.originals == {}


def test_mask_gives_one_placeholder_per_distinct_value() -> None:
    masked = mask("a@b.fr, c@d.fr, puis A@B.fr ; 0612345678 = 06 12 34 56 78")

    assert masked.text == "[EMAIL_1], [EMAIL_2], puis [EMAIL_1] ; [PHONE_1] = [PHONE_1]"
    assert masked.summary() == "2 email, 1 phone"
    assert masked.unmask("[EMAIL_2]") == "c@d.fr"


# --- When to consult ------------------------------------------------------------------------


def test_should_consult_only_when_enabled_and_the_offline_reading_is_unsure(
    fake_openai: FakeOpenAI,
) -> None:
    unsure = offline(Intent.PROMISE_TO_PAY, confidence=0.5)
    sure = offline(Intent.PROMISE_TO_PAY, confidence=0.9)
    other = offline(Intent.OTHER, confidence=0.95)

    with LlmReader(config_for(fake_openai)) as reader:
        assert reader.should_consult(unsure)
        assert not reader.should_consult(sure)
        assert reader.should_consult(other)
    with LlmReader(config_for(fake_openai, enabled=False)) as disabled:
        assert not disabled.should_consult(unsure)
        assert not disabled.should_consult(other)


def test_a_disabled_reader_sends_nothing(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(answer("promise_to_pay"))
    before = offline(Intent.OTHER)

    with LlmReader(config_for(fake_openai, enabled=False)) as reader:
        result = reader.read(MESSAGE, RECEIVED, "fr", before)

    assert fake_openai.requests == []
    assert result == before
    assert result.source == "offline"


# --- The wire -------------------------------------------------------------------------------


def test_the_request_is_a_chat_completion_with_the_message_masked(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(answer("promise_to_pay", date="2026-11-27"))

    reader.read(MESSAGE, RECEIVED, "fr", offline(Intent.OTHER))

    [request] = fake_openai.requests
    assert request.path == "/v1/chat/completions"
    assert request.body["model"] == "fake-model"
    assert request.body["temperature"] == 0
    assert request.body["response_format"] == {"type": "json_object"}
    assert [message["role"] for message in request.body["messages"]] == ["system", "user"]
    for personal in ("marie.lenoir@example.fr", "06 12 34 56 78", "Marie Lenoir", "Lenoir"):
        assert personal not in request.wire_text
    user = request.message("user")
    assert "[EMAIL_1]" in user and "[PHONE_1]" in user and "[NAME_1]" in user
    assert "je paierai vendredi prochain" in user


def test_the_system_prompt_gives_labels_rules_schema_and_the_received_day_in_its_offset(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    # 23:30 in New York on Friday the 20th is already Saturday in UTC: the offset decides.
    received = datetime(2026, 11, 20, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    fake_openai.script(answer("promise_to_pay"))

    reader.read("I will pay on Monday", received, "en", offline(Intent.OTHER))

    system = fake_openai.requests[0].message("system")
    assert "2026-11-20 (Friday, UTC offset -05:00)" in system
    assert "Language hint: en." in system
    for label in ("deceased", "legal_proceeding", "payment_plan_request", "acknowledgement"):
        assert f"\n{label}: " in system
    assert system.index("deceased:") < system.index("dispute:") < system.index("other:")
    assert "time_barred" in system
    assert '"installment_amount"' in system and '"confidence"' in system
    assert "quoted history" in system


def test_a_long_message_is_masked_then_cut_to_max_chars(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(answer("promise_to_pay"))
    text = "x" * 300 + " écrivez à quelqu.un@example.com " + "y" * 500

    with LlmReader(config_for(fake_openai, max_chars=320)) as reader:
        result = reader.read(text, RECEIVED, None, offline(Intent.OTHER))

    user = fake_openai.requests[0].message("user")
    assert len(user) == 320
    assert "quelqu" not in user  # masked before the cut, so no half address leaks
    assert "Language hint" not in fake_openai.requests[0].message("system")
    assert "truncated to 320 chars" in evidence_text(result)


def test_the_api_key_goes_in_a_bearer_header(fake_openai: FakeOpenAI) -> None:
    fake_openai.api_key = "sk-test-123"
    fake_openai.script(answer("promise_to_pay"))

    with LlmReader(config_for(fake_openai, api_key="sk-test-123")) as reader:
        result = reader.read("je paie demain", RECEIVED, "fr", offline(Intent.OTHER))

    assert fake_openai.requests[0].headers["Authorization"] == "Bearer sk-test-123"
    assert result.source == "llm+offline"


def test_no_key_no_authorization_header(fake_openai: FakeOpenAI, reader: LlmReader) -> None:
    fake_openai.script(answer("promise_to_pay"))

    reader.read("je paie demain", RECEIVED, "fr", offline(Intent.OTHER))

    assert "Authorization" not in fake_openai.requests[0].headers


def test_a_key_echoed_in_an_error_stays_out_of_the_evidence(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(Reply.error(400, "Incorrect API key provided: sk-proj-ab****yz."))

    result = reader.read("je paie demain", RECEIVED, "fr", offline(Intent.OTHER))

    assert result.evidence[-1] == "llm unavailable: HTTP 400: Incorrect API key provided: [key]."


def test_a_wrong_key_falls_back_with_the_providers_reason(fake_openai: FakeOpenAI) -> None:
    fake_openai.api_key = "sk-right"
    before = offline(Intent.PROMISE_TO_PAY)

    with LlmReader(config_for(fake_openai, api_key="sk-wrong")) as reader:
        result = reader.read("je paie demain", RECEIVED, "fr", before)

    assert result == before
    assert result.source == "offline"
    assert result.evidence[-1] == "llm unavailable: HTTP 401: Incorrect API key provided"


# --- Merging --------------------------------------------------------------------------------


def test_a_safety_intent_found_offline_is_kept_when_the_llm_omits_it(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(answer("promise_to_pay", date="2026-11-27", amount="150.00"))
    before = offline(
        Intent.DISPUTE, Intent.PROMISE_TO_PAY, dispute_type=DisputeType.AMOUNT_INCORRECT
    )

    result = reader.read(
        "je conteste les frais mais je paierai 150 € vendredi", RECEIVED, "fr", before
    )

    assert result.intent is Intent.DISPUTE
    assert result.intents == (Intent.DISPUTE, Intent.PROMISE_TO_PAY)
    assert result.dispute_type is DisputeType.AMOUNT_INCORRECT
    assert result.date == date(2026, 11, 27)
    assert result.amount == Decimal("150.00")
    # The primary is the offline reader's, and so is the confidence in it.
    assert result.confidence == 0.4
    assert result.source == "llm+offline"
    assert "safety intents kept though the llm omitted them: dispute" in evidence_text(result)


def test_the_llm_adds_intents_and_the_primary_follows_priority(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(answer("promise_to_pay", "hardship", confidence=0.8))

    result = reader.read("au chômage, je paierai quand même", RECEIVED, "fr", offline(Intent.OTHER))

    assert result.intents == (Intent.HARDSHIP, Intent.PROMISE_TO_PAY)
    assert result.intent is Intent.HARDSHIP
    assert result.confidence == 0.8
    assert result.lang == "fr"
    assert result.evidence[0] == "offline: test rule"


def test_the_llm_adds_a_date_the_offline_reader_missed(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(answer("promise_to_pay", date="2026-11-27", confidence=0.85))
    before = offline(Intent.PROMISE_TO_PAY, confidence=0.5)

    result = reader.read("je paierai vendredi prochain", RECEIVED, "fr", before)

    assert result.date == date(2026, 11, 27)
    assert result.to_json()["date"] == "2026-11-27"
    assert result.confidence == 0.85
    assert "date from llm" in result.evidence


def test_offline_entities_stay_when_the_llm_answers_null(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(answer("promise_to_pay", date=None, amount=None))
    before = offline(Intent.PROMISE_TO_PAY, date=date(2026, 11, 27), amount=Decimal("80.00"))

    result = reader.read("je paie 80 € vendredi", RECEIVED, "fr", before)

    assert (result.date, result.amount) == (date(2026, 11, 27), Decimal("80.00"))
    assert "date from offline" in result.evidence


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("2031-01-01", "more than 2 years from the received date"),
        ("2024-11-19", "more than 2 years from the received date"),
        ("27/11/2026", "not an ISO date"),
        ("2026-02-30", "no such day"),
        ("next friday", "not an ISO date"),
        (20261127, "not an ISO date"),
    ],
)
def test_an_invalid_date_is_dropped_and_the_rest_kept(
    fake_openai: FakeOpenAI, reader: LlmReader, given: object, reason: str
) -> None:
    fake_openai.script(answer("promise_to_pay", date=given, amount="150"))

    result = reader.read("je paierai 150 €", RECEIVED, "fr", offline(Intent.OTHER))

    assert result.date is None
    assert result.intent is Intent.PROMISE_TO_PAY
    assert result.amount == Decimal("150.00")
    assert any(note.startswith("llm: dropped date") and reason in note for note in result.evidence)


def test_a_date_two_years_ahead_to_the_day_is_still_plausible(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(answer("payment_plan_request", date="2028-11-20"))

    result = reader.read("à partir de 2028", RECEIVED, "fr", offline(Intent.OTHER))

    assert result.date == date(2028, 11, 20)


@pytest.mark.parametrize("given", [0, 121, 500, -3, "3", 2.5, True])
def test_out_of_range_installments_are_dropped(
    fake_openai: FakeOpenAI, reader: LlmReader, given: object
) -> None:
    fake_openai.script(answer("payment_plan_request", installments=given, installment_amount="50"))

    result = reader.read("en plusieurs fois, 50 € par mois", RECEIVED, "fr", offline(Intent.OTHER))

    assert result.installments is None
    assert result.installment_amount == Decimal("50.00")
    assert any(note.startswith("llm: dropped installments") for note in result.evidence)


def test_installments_within_range_are_kept(fake_openai: FakeOpenAI, reader: LlmReader) -> None:
    fake_openai.script(answer("payment_plan_request", installments=120, amount=1200.5))

    result = reader.read("en 120 fois", RECEIVED, "fr", offline(Intent.OTHER))

    assert result.installments == 120
    assert result.amount == Decimal("1200.50")


@pytest.mark.parametrize("given", ["150.505", "-20", "0", "1 200,50", "150 €", "1e3", False, [150]])
def test_an_invalid_amount_is_dropped(
    fake_openai: FakeOpenAI, reader: LlmReader, given: object
) -> None:
    fake_openai.script(answer("promise_to_pay", amount=given))
    before = offline(Intent.PROMISE_TO_PAY, amount=Decimal("80.00"))

    result = reader.read("je paie", RECEIVED, "fr", before)

    assert result.amount == Decimal("80.00")  # the offline amount, untouched
    assert any(note.startswith("llm: dropped amount") for note in result.evidence)


def test_unknown_labels_are_dropped_and_known_ones_kept(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(
        answer("promise_to_pay", "wants_discount", "Dispute", dispute_type="too_expensive")
    )

    result = reader.read("trop cher, je paierai", RECEIVED, "fr", offline(Intent.OTHER))

    assert result.intents == (Intent.DISPUTE, Intent.PROMISE_TO_PAY)
    # dispute is there, the LLM's type is not a type: the SPEC's fallback applies.
    assert result.dispute_type is DisputeType.OTHER
    text = evidence_text(result)
    assert 'llm: dropped unknown intent "wants_discount"' in text
    assert 'llm: dropped dispute_type "too_expensive"' in text


def test_standalone_labels_only_stand_alone(fake_openai: FakeOpenAI, reader: LlmReader) -> None:
    fake_openai.script(
        answer("acknowledgement", "request_info", "hostile"),
        answer("hostile", "acknowledgement"),
    )

    beside = reader.read("merci, quelle facture ?", RECEIVED, "fr", offline(Intent.OTHER))
    alone = reader.read("ok connard", RECEIVED, "fr", offline(Intent.OTHER))

    assert beside.intents == (Intent.REQUEST_INFO,)
    assert "dropped standalone intents beside others: hostile, acknowledgement" in beside.evidence
    assert alone.intents == (Intent.HOSTILE,)


def test_a_standalone_answer_gives_way_to_a_kept_safety_intent(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(answer("acknowledgement", confidence=0.95))

    result = reader.read("STOP merci", RECEIVED, "fr", offline(Intent.STOP_CONTACT, confidence=0.6))

    assert result.intents == (Intent.STOP_CONTACT,)
    assert result.confidence == 0.6


def test_a_date_without_a_payment_intent_is_dropped(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(answer("request_human", date="2026-11-21"))

    result = reader.read("rappelez-moi demain", RECEIVED, "fr", offline(Intent.OTHER))

    assert result.intents == (Intent.REQUEST_HUMAN,)
    assert result.date is None
    assert "date dropped: no payment intent" in result.evidence


def test_an_answer_without_valid_intents_keeps_the_offline_ones(
    fake_openai: FakeOpenAI, reader: LlmReader
) -> None:
    fake_openai.script(answer("maybe_pays", date="2026-11-27"))
    before = offline(Intent.PROMISE_TO_PAY, confidence=0.5)

    result = reader.read("je paierai vendredi", RECEIVED, "fr", before)

    assert result.intents == (Intent.PROMISE_TO_PAY,)
    assert result.date == date(2026, 11, 27)
    assert result.confidence == 0.5
    assert "llm: no valid intent in the answer; offline intents kept" in result.evidence


def test_json_in_fences_is_read(fake_openai: FakeOpenAI, reader: LlmReader) -> None:
    fake_openai.script(
        Reply.fenced({"intents": ["already_paid"], "date": "2026-11-19", "amount": "75.5"})
    )

    result = reader.read("j'ai payé hier", RECEIVED, "fr", offline(Intent.OTHER))

    assert result.intent is Intent.ALREADY_PAID
    assert result.date == date(2026, 11, 19)
    assert result.to_json()["amount"] == "75.50"


@pytest.mark.parametrize(
    "content",
    [
        '{"intents": ["pay_now"]}',
        '  \n{"intents": ["pay_now"]}\n',
        'Sure! {"intents": ["pay_now"]} Anything else?',
        '```\n{"intents": ["pay_now"]}\n```',
        '```JSON\n{"intents": ["pay_now"]}```',
    ],
)
def test_parse_answer_is_tolerant_of_the_wrapping(content: str) -> None:
    assert parse_answer(content) == {"intents": ["pay_now"]}


# --- Fallbacks ------------------------------------------------------------------------------


def assert_fell_back(result: Reading, before: Reading, note: str) -> None:
    assert result == before
    assert result.source == "offline"
    assert result.evidence[:-1] == before.evidence
    assert result.evidence[-1].startswith(note), result.evidence[-1]


@pytest.mark.parametrize(
    ("reply", "note"),
    [
        (Reply.error(500, "model crashed"), "llm unavailable: HTTP 500: model crashed"),
        (Reply.error(503), "llm unavailable: HTTP 503"),
        (Reply.content("I think the debtor wants to pay."), "llm answer rejected: no JSON object"),
        (Reply.content('["promise_to_pay"]'), "llm answer rejected: no JSON object"),
        (Reply.content("{intents: promise_to_pay"), "llm answer rejected: no JSON object"),
        (Reply.raw(b"<html>Bad gateway</html>"), "llm answer rejected: not a chat-completions"),
        (Reply.raw(b'{"choices": []}'), "llm answer rejected: not a chat-completions"),
        (Reply.raw(b'{"choices": [{"message": {"content": null}}]}'), "llm answer rejected"),
    ],
)
def test_errors_and_garbage_return_the_offline_reading(
    fake_openai: FakeOpenAI, reader: LlmReader, reply: Reply, note: str
) -> None:
    fake_openai.script(reply)
    before = offline(Intent.DISPUTE, dispute_type=DisputeType.NOT_OWED)

    result = reader.read("je ne dois rien", RECEIVED, "fr", before)

    assert_fell_back(result, before, note)


def test_a_429_is_not_retried_and_is_noted(fake_openai: FakeOpenAI, reader: LlmReader) -> None:
    fake_openai.script(
        Reply.error(429, "Rate limit reached", headers={"Retry-After": "20"}), answer("pay_now")
    )
    before = offline(Intent.PAY_NOW)

    result = reader.read("envoyez le lien", RECEIVED, "fr", before)

    assert len(fake_openai.requests) == 1
    assert_fell_back(
        result, before, "llm unavailable: HTTP 429 rate limited (not retried, retry after 20s)"
    )


def test_a_reply_slower_than_the_timeout_returns_the_offline_reading(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.script(answer("promise_to_pay").slow(5))
    before = offline(Intent.PROMISE_TO_PAY)

    with LlmReader(config_for(fake_openai, timeout_seconds=0.3)) as reader:
        started = datetime.now()
        result = reader.read("je paie demain", RECEIVED, "fr", before)
        elapsed = datetime.now() - started

    assert elapsed < timedelta(seconds=3)
    assert_fell_back(result, before, "llm unavailable: timeout after 0.3s")


def test_a_refused_connection_returns_the_offline_reading() -> None:
    # A port that was free a moment ago: nothing listens there.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = LlmConfig(base_url=f"http://127.0.0.1:{port}/v1", model="m", enabled=True)
    before = offline(Intent.HARDSHIP)

    with LlmReader(config) as reader:
        result = reader.read("je suis au chômage", RECEIVED, "fr", before)

    assert_fell_back(
        result, before, f"llm unavailable: cannot connect to http://127.0.0.1:{port}/v1"
    )


def test_an_unknown_path_is_an_http_error(fake_openai: FakeOpenAI) -> None:
    before = offline(Intent.OTHER)
    config = config_for(fake_openai, base_url=fake_openai.base_url.removesuffix("/v1"))

    with LlmReader(config) as reader:
        result = reader.read("bonjour", RECEIVED, "fr", before)

    assert_fell_back(result, before, "llm unavailable: HTTP 404")


def test_the_prompt_builder_keeps_every_label_in_priority_order() -> None:
    prompt = system_prompt(RECEIVED, None)

    positions = [prompt.index(f"\n{intent.value}: ") for intent in Intent]
    assert positions == sorted(positions)
    assert "2026-11-20 (Friday, UTC offset +01:00)" in prompt
