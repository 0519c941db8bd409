"""Playbooks as data: what to send, on which channel, in which tone, and when.

A playbook is a YAML file. The shipped ones live in `playbooks/data/`; a tenant may store
its own (same format) in the database. Loading checks everything a running schedule
would otherwise trip over — unknown channels or conditions, a missing template, a loop
between steps — and names the file, the step and the line, so a bad playbook is refused
at load and the running schedule goes on with the good ones.

    id: fr_consumer_small
    name: {fr: "Particuliers, petites créances", en: "Consumers, small debts"}
    jurisdiction: FR
    segment: {debtor: consumer, amount_max: "1500.00"}
    steps:
      - {id: first_letter, channel: letter, template: first_letter, tone: cordial,
         after: {from: placement, days: 0}}
      - {id: email_1, channel: email, template: reminder, tone: cordial,
         after: {from: previous, days: 7}, when: [no_reply, has_email]}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from amiable.playbooks.choices import Anchor, Condition, DebtorSegment, StepChannel, Tone

TemplateCheck = Callable[[StepChannel, str, Tone], bool]
"""Whether a template exists for a channel, name and tone (in every language)."""

MAX_STEPS = 50
MAX_DAYS = 365


class PlaybookError(ValueError):
    """A playbook that cannot be used, with where the problem is."""

    def __init__(
        self, source: str, message: str, *, step: str | None = None, line: int | None = None
    ):
        self.source = source
        self.step = step
        self.line = line
        where = source + (f", line {line}" if line else "") + (f", step {step!r}" if step else "")
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class Delay:
    anchor: Anchor
    days: int


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    channel: StepChannel
    template: str
    tone: Tone
    after: Delay
    when: tuple[Condition, ...] = ()
    next: str | None = None
    """The step that follows this one, when not simply the next in the list."""
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    debtor: DebtorSegment = DebtorSegment.ANY
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    age_days_min: int | None = None
    age_days_max: int | None = None
    creditors: tuple[str, ...] = ()

    def matches(self, *, debtor: str, amount: Decimal, age_days: int, creditor: str) -> bool:
        if self.debtor is not DebtorSegment.ANY and debtor != self.debtor.value:
            return False
        if self.amount_min is not None and amount < self.amount_min:
            return False
        if self.amount_max is not None and amount > self.amount_max:
            return False
        if self.age_days_min is not None and age_days < self.age_days_min:
            return False
        if self.age_days_max is not None and age_days > self.age_days_max:
            return False
        return not self.creditors or creditor in self.creditors


@dataclass(frozen=True, slots=True)
class Playbook:
    id: str
    names: dict[str, str]
    jurisdiction: str
    segment: Segment
    steps: tuple[Step, ...]
    priority: int = 0
    """Among playbooks whose segment matches a case, the highest priority wins."""
    source: str = ""
    by_id: dict[str, Step] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.by_id.update({step.id: step for step in self.steps})

    def first(self) -> Step:
        return self.steps[0]

    def following(self, step: Step) -> Step | None:
        """The step after `step`: its `next`, or the next in the list."""
        if step.next is not None:
            return self.by_id[step.next]
        index = self.steps.index(step)
        return self.steps[index + 1] if index + 1 < len(self.steps) else None


def load_playbook(text: str, source: str, template_exists: TemplateCheck | None = None) -> Playbook:
    """Parse and check one playbook; raises PlaybookError naming the file, step and line."""
    try:
        document = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        raise PlaybookError(
            source, f"not valid YAML: {error}", line=line + 1 if line else None
        ) from error
    if document is None or not isinstance(document, yaml.MappingNode):
        raise PlaybookError(
            source, "a playbook is a mapping with id, jurisdiction, segment and steps"
        )
    data = yaml.safe_load(text)
    lines = _step_lines(document)
    playbook = _build(data, source, lines)
    _check_flow(playbook)
    if template_exists is not None:
        for step in playbook.steps:
            if not template_exists(step.channel, step.template, step.tone):
                raise PlaybookError(
                    source,
                    f"no template {step.template!r} for channel {step.channel.value} and tone "
                    f"{step.tone.value} (in every language)",
                    step=step.id,
                    line=step.line,
                )
    return playbook


def shipped_playbooks(template_exists: TemplateCheck | None = None) -> list[Playbook]:
    """The playbooks shipped with amiable (French and English defaults)."""
    folder = resources.files("amiable.playbooks") / "data"
    found = []
    for resource in sorted(folder.iterdir(), key=lambda item: item.name):
        if resource.name.endswith(".yaml"):
            found.append(
                load_playbook(
                    resource.read_text(encoding="utf-8"),
                    f"playbooks/data/{resource.name}",
                    template_exists or shipped_template_exists,
                )
            )
    return found


def load_folder(
    folder: Path, template_exists: TemplateCheck | None = None
) -> tuple[list[Playbook], list[PlaybookError]]:
    """Every playbook of a folder that loads, and the errors of those that do not: one bad
    file never takes the good ones down with it."""
    loaded: list[Playbook] = []
    errors: list[PlaybookError] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            loaded.append(
                load_playbook(path.read_text(encoding="utf-8"), str(path), template_exists)
            )
        except PlaybookError as error:
            errors.append(error)
    return loaded, errors


def shipped_template_exists(channel: StepChannel, name: str, tone: Tone) -> bool:
    """Whether the shipped templates have `name` for the channel and tone, in French and
    English (templates/{channel}/{lang}/{name}.{tone}.{ext})."""
    folder = resources.files("amiable.playbooks") / "templates" / channel.value
    for lang in ("fr", "en"):
        directory = folder / lang
        if not directory.is_dir():
            return False
        prefix = f"{name}.{tone.value}."
        if not any(item.name.startswith(prefix) for item in directory.iterdir()):
            return False
    return True


def _step_lines(document: yaml.MappingNode) -> dict[int, int]:
    """Line (1-based) of each step mapping, by position in the list."""
    for key, value in document.value:
        if key.value == "steps" and isinstance(value, yaml.SequenceNode):
            return {index: item.start_mark.line + 1 for index, item in enumerate(value.value)}
    return {}


def _build(data: dict[str, Any], source: str, lines: dict[int, int]) -> Playbook:
    unknown = set(data) - {"id", "name", "jurisdiction", "segment", "steps", "priority"}
    if unknown:
        raise PlaybookError(source, f"unknown keys {sorted(unknown)}")
    identifier = data.get("id")
    if not isinstance(identifier, str) or not identifier:
        raise PlaybookError(source, "id is missing")
    names = data.get("name") or {}
    if not isinstance(names, dict) or not {"fr", "en"} <= set(names):
        raise PlaybookError(source, "name must give the playbook's name in fr and en")
    jurisdiction = data.get("jurisdiction")
    if not isinstance(jurisdiction, str) or len(jurisdiction) != 2:
        raise PlaybookError(source, "jurisdiction must be a country code such as FR, GB or US")
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise PlaybookError(source, "steps must be a non-empty list")
    if len(raw_steps) > MAX_STEPS:
        raise PlaybookError(source, f"more than {MAX_STEPS} steps")
    steps = tuple(_step(raw, source, lines.get(index)) for index, raw in enumerate(raw_steps))
    priority = data.get("priority", 0)
    if not isinstance(priority, int):
        raise PlaybookError(source, "priority must be a whole number")
    return Playbook(
        id=identifier,
        names={str(k): str(v) for k, v in names.items()},
        jurisdiction=jurisdiction.upper(),
        segment=_segment(data.get("segment") or {}, source),
        steps=steps,
        priority=priority,
        source=source,
    )


def _step(raw: Any, source: str, line: int | None) -> Step:
    if not isinstance(raw, dict):
        raise PlaybookError(source, "each step is a mapping", line=line)
    step_id = raw.get("id")
    if not isinstance(step_id, str) or not step_id:
        raise PlaybookError(source, "a step has no id", line=line)

    def fail(message: str) -> PlaybookError:
        return PlaybookError(source, message, step=step_id, line=line)

    unknown = set(raw) - {"id", "channel", "template", "tone", "after", "when", "next"}
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)}")
    channel = _choice(StepChannel, raw.get("channel"), "channel", fail)
    tone = _choice(Tone, raw.get("tone", "cordial"), "tone", fail)
    template = raw.get("template")
    if not isinstance(template, str) or not template:
        raise fail("template is missing")
    after = raw.get("after") or {}
    if not isinstance(after, dict):
        raise fail("after must be a mapping {from, days}")
    anchor = _choice(Anchor, after.get("from", "previous"), "after.from", fail)
    days = after.get("days", 0)
    if not isinstance(days, int) or isinstance(days, bool) or abs(days) > MAX_DAYS:
        raise fail(f"after.days must be a whole number of days within ±{MAX_DAYS}")
    if days < 0 and anchor is not Anchor.DUE_DATE:
        raise fail("only a delay from the due date may be negative (a reminder before it)")
    conditions = raw.get("when") or []
    if not isinstance(conditions, list):
        raise fail("when must be a list of conditions")
    when = tuple(_choice(Condition, value, "when", fail) for value in conditions)
    following = raw.get("next")
    if following is not None and not isinstance(following, str):
        raise fail("next must be a step id")
    return Step(
        id=step_id,
        channel=channel,
        template=template,
        tone=tone,
        after=Delay(anchor, days),
        when=when,
        next=following,
        line=line,
    )


def _choice(kind: Any, value: Any, what: str, fail: Callable[[str], PlaybookError]) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise fail(f"{what} {value!r} is not one of {', '.join(kind.values())}") from None


def _segment(raw: Any, source: str) -> Segment:
    if not isinstance(raw, dict):
        raise PlaybookError(source, "segment must be a mapping")
    unknown = set(raw) - {
        "debtor", "amount_min", "amount_max", "age_days_min", "age_days_max", "creditors"
    }  # fmt: skip
    if unknown:
        raise PlaybookError(source, f"segment: unknown keys {sorted(unknown)}")
    try:
        debtor = DebtorSegment(raw.get("debtor", "any"))
    except ValueError:
        raise PlaybookError(
            source, f"segment.debtor {raw.get('debtor')!r} is not consumer, business or any"
        ) from None
    creditors = raw.get("creditors") or []
    if not isinstance(creditors, list) or not all(isinstance(item, str) for item in creditors):
        raise PlaybookError(source, "segment.creditors must be a list of creditor references")
    return Segment(
        debtor=debtor,
        amount_min=_decimal(raw.get("amount_min"), "segment.amount_min", source),
        amount_max=_decimal(raw.get("amount_max"), "segment.amount_max", source),
        age_days_min=_days(raw.get("age_days_min"), "segment.age_days_min", source),
        age_days_max=_days(raw.get("age_days_max"), "segment.age_days_max", source),
        creditors=tuple(creditors),
    )


def _days(value: Any, what: str, source: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise PlaybookError(source, f"{what} must be a whole number of days")
    return value


def _decimal(value: Any, what: str, source: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, float):
        raise PlaybookError(source, f"{what}: write amounts as strings ('1500.00'), not floats")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise PlaybookError(source, f"{what}: {value!r} is not an amount") from None


def _check_flow(playbook: Playbook) -> None:
    """Unique ids, `next` targets that exist, no step reachable from itself."""
    seen: set[str] = set()
    for step in playbook.steps:
        if step.id in seen:
            raise PlaybookError(playbook.source, "duplicate step id", step=step.id, line=step.line)
        seen.add(step.id)
    for step in playbook.steps:
        if step.next is not None and step.next not in seen:
            raise PlaybookError(
                playbook.source,
                f"next {step.next!r} is not a step of this playbook",
                step=step.id,
                line=step.line,
            )
    for start in playbook.steps:
        visited: list[str] = []
        current: Step | None = start
        while current is not None:
            if current.id in visited:
                loop = " -> ".join([*visited[visited.index(current.id) :], current.id])
                raise PlaybookError(
                    playbook.source, f"the steps loop: {loop}", step=start.id, line=start.line
                )
            visited.append(current.id)
            current = playbook.following(current)


def choose_playbook(
    playbooks: Iterable[Playbook],
    *,
    jurisdiction: str,
    debtor: str,
    amount: Decimal,
    age_days: int,
    creditor: str,
) -> Playbook | None:
    """The playbook for a case: the highest-priority one whose segment matches."""
    matching = [
        playbook
        for playbook in playbooks
        if playbook.jurisdiction == jurisdiction.upper()
        and playbook.segment.matches(
            debtor=debtor, amount=amount, age_days=age_days, creditor=creditor
        )
    ]
    return max(matching, key=lambda playbook: (playbook.priority, playbook.id), default=None)
