"""Vocabularies: each value with its French and English label and a UI colour.

    class CaseStatus(Choice):
        ACTIVE = "active", "En cours", "Active", "blue"

The stored value is the first string; labels are for people.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Self


class Choice(StrEnum):
    label_fr: str
    label_en: str
    colour: str

    def __new__(
        cls, value: str, label_fr: str = "", label_en: str = "", colour: str = "grey"
    ) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_fr = label_fr or value
        member.label_en = label_en or value
        member.colour = colour
        return member

    def label(self, lang: str = "fr") -> str:
        return self.label_fr if lang == "fr" else self.label_en

    @classmethod
    def values(cls) -> list[str]:
        return [member.value for member in cls]

    @classmethod
    def describe(cls) -> list[dict[str, Any]]:
        """The vocabulary as the API and the UI publish it."""
        return [
            {"value": m.value, "label_fr": m.label_fr, "label_en": m.label_en, "colour": m.colour}
            for m in cls
        ]
