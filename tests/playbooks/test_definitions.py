"""Playbooks as data: the shipped ones load, a bad one is refused naming file, step, line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from amiable.playbooks.choices import Anchor, StepChannel, Tone
from amiable.playbooks.definitions import (
    PlaybookError,
    choose_playbook,
    load_folder,
    load_playbook,
    shipped_playbooks,
)

ALWAYS = lambda channel, name, tone: True  # noqa: E731 - a template check that accepts all

GOOD = """\
id: test
name: {fr: "Essai", en: "Test"}
jurisdiction: FR
segment: {debtor: consumer, amount_max: "1500.00"}
steps:
  - {id: first_letter, channel: letter, template: first_letter, tone: cordial, after: {from: placement, days: 0}}
  - {id: email_1, channel: email, template: reminder, after: {from: previous, days: 8}, when: [no_reply, has_email]}
"""


def test_a_playbook_reads_its_steps_in_order() -> None:
    playbook = load_playbook(GOOD, "test.yaml", ALWAYS)
    assert [step.id for step in playbook.steps] == ["first_letter", "email_1"]
    email = playbook.by_id["email_1"]
    assert email.channel is StepChannel.EMAIL
    assert email.tone is Tone.CORDIAL  # the default tone
    assert email.after.anchor is Anchor.PREVIOUS
    assert email.after.days == 8
    assert email.line == 7
    assert playbook.following(playbook.first()) is email
    assert playbook.following(email) is None


@pytest.mark.parametrize(
    ("change", "message", "line"),
    [
        (("channel: letter", "channel: pigeon"), "channel 'pigeon' is not one of", 6),
        (("when: [no_reply, has_email]", "when: [no_reply, raining]"), "when 'raining'", 7),
        (("days: 8", "days: -8"), "only a delay from the due date may be negative", 7),
        (("tone: cordial", "tone: menacant"), "tone 'menacant'", 6),
        (("id: email_1", "id: first_letter"), "duplicate step id", 7),
        (('amount_max: "1500.00"', "amount_max: 1500.5"), "not floats", None),
        (('amount_max: "1500.00"', 'age_days_min: "30"'), "whole number of days", None),
        (('amount_max: "1500.00"', "creditors: CRED-001"), "list of creditor references", None),
    ],
)
def test_a_bad_playbook_is_refused_with_file_step_and_line(
    change: tuple[str, str], message: str, line: int | None
) -> None:
    with pytest.raises(PlaybookError, match=message) as caught:
        load_playbook(GOOD.replace(*change), "bad.yaml", ALWAYS)
    assert caught.value.source == "bad.yaml"
    assert caught.value.line == line
    assert str(caught.value).startswith("bad.yaml")


def test_a_loop_between_steps_is_refused() -> None:
    looping = GOOD.replace("when: [no_reply, has_email]}", "when: [no_reply], next: first_letter}")
    with pytest.raises(
        PlaybookError, match="the steps loop: first_letter -> email_1 -> first_letter"
    ):
        load_playbook(looping, "loop.yaml", ALWAYS)


def test_a_missing_template_is_refused_naming_the_step() -> None:
    def only_letters(channel: StepChannel, name: str, tone: Tone) -> bool:
        return channel is StepChannel.LETTER

    with pytest.raises(PlaybookError, match="no template 'reminder' for channel email") as caught:
        load_playbook(GOOD, "test.yaml", only_letters)
    assert caught.value.step == "email_1"


def test_one_bad_file_leaves_the_good_ones_loaded(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("id: [unclosed", encoding="utf-8")
    loaded, errors = load_folder(tmp_path, ALWAYS)
    assert [playbook.id for playbook in loaded] == ["test"]
    assert len(errors) == 1
    assert "broken.yaml" in str(errors[0])


def test_the_shipped_playbooks_load() -> None:
    playbooks = {playbook.id: playbook for playbook in shipped_playbooks(ALWAYS)}
    assert set(playbooks) == {
        "fr_consumer_small",
        "fr_consumer_large",
        "fr_b2b_invoices",
        "gb_consumer",
        "gb_business",
    }
    # The B2B playbook reminds before the due date.
    pre_due = playbooks["fr_b2b_invoices"].first()
    assert pre_due.after.anchor is Anchor.DUE_DATE
    assert pre_due.after.days == -5


@pytest.mark.parametrize(
    ("debtor", "amount", "jurisdiction", "expected"),
    [
        ("consumer", "300.00", "FR", "fr_consumer_small"),
        ("consumer", "1500.00", "FR", "fr_consumer_small"),
        ("consumer", "1500.01", "FR", "fr_consumer_large"),
        ("business", "80000.00", "FR", "fr_b2b_invoices"),
        ("consumer", "300.00", "GB", "gb_consumer"),
        ("consumer", "300.00", "US", None),
    ],
)
def test_each_case_finds_its_segment(
    debtor: str, amount: str, jurisdiction: str, expected: str | None
) -> None:
    chosen = choose_playbook(
        shipped_playbooks(ALWAYS),
        jurisdiction=jurisdiction,
        debtor=debtor,
        amount=Decimal(amount),
        age_days=30,
        creditor="CRED-1",
    )
    assert (chosen.id if chosen else None) == expected
