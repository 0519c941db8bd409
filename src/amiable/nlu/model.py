"""The intent model: a linear multi-label classifier over word and letter n-grams.

Trained with scikit-learn by `amiable.nlu.train` on the corpus shipped in `data/`, and
exported as plain arrays so that reading needs only NumPy: no scikit-learn import at
start-up (half a second) and no pickle. `features()` is the one featurizer used both to
train and to read, so what the model saw and what it is shown cannot drift apart.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from io import BytesIO
from itertools import pairwise
from typing import Generic, TypeVar

import numpy as np

from amiable.core.choices import Choice
from amiable.nlu.choices import DisputeType, Intent

MODEL_FILE = "intent_model.npz"
DISPUTE_MODEL_FILE = "dispute_type_model.npz"
MAX_CHARS = 3000
WORD_CACHE_SIZE = 200_000
"""Only the start of a long message is shown to the model; rules read all of it."""


def features(normalized: str) -> list[str]:
    """Word unigrams and bigrams, and 3-5 letter n-grams inside padded words."""
    words = normalized[:MAX_CHARS].split()
    found = ["w:" + word for word in words]
    found += ["b:" + first + "_" + second for first, second in pairwise(words)]
    for word in words:
        found += _letter_grams(word)
    if not words:
        found.append("empty")
    return found


@lru_cache(maxsize=65_536)
def _letter_grams(word: str) -> tuple[str, ...]:
    # Words repeat from message to message: their n-grams are computed once.
    padded = " " + word + " "
    length = len(padded)
    return tuple(
        "c:" + padded[start : start + size]
        for size in (3, 4, 5)
        for start in range(length - size + 1)
    )


Label = TypeVar("Label", bound=Choice)


@dataclass(frozen=True, slots=True)
class LinearModel(Generic[Label]):
    """One-vs-rest logistic scores of labels: the intents of a message, or the kinds of a
    dispute."""

    labels: tuple[Label, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray  # (features,)
    coef: np.ndarray  # (features, labels)
    intercept: np.ndarray  # (labels,)
    word_cache: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def scores(self, normalized: str) -> dict[Label, float]:
        """Probability of each label being present (one-vs-rest logistic)."""
        known = self._known(normalized)
        if not known:
            logits = self.intercept
        else:
            counted = Counter(known)
            size = len(counted)
            indices = np.fromiter(counted.keys(), dtype=np.int64, count=size)
            counts = np.fromiter(counted.values(), dtype=np.float64, count=size)
            # (`take` gathers rows twice as fast as fancy indexing, to the same values.)
            weights = (1.0 + np.log(counts)) * self.idf.take(indices)
            weights /= math.sqrt(float(weights @ weights))
            logits = weights @ self.coef.take(indices, axis=0) + self.intercept
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        return dict(zip(self.labels, probabilities.tolist(), strict=True))

    def _known(self, normalized: str) -> list[int]:
        """Vocabulary indices of the text's features (as `features`, faster: each word's
        own features are looked up once per process)."""
        words = normalized[:MAX_CHARS].split()
        if not words:
            index = self.vocabulary.get("empty")
            return [] if index is None else [index]
        lookup = self.vocabulary.get
        cache = self.word_cache
        known: list[int] = []
        for word in words:
            indices = cache.get(word)
            if indices is None:
                grams = ("w:" + word, *_letter_grams(word))
                indices = tuple(index for index in map(lookup, grams) if index is not None)
                if len(cache) < WORD_CACHE_SIZE:
                    cache[word] = indices
            known += indices
        bigrams = ("b:" + first + "_" + second for first, second in pairwise(words))
        known += [i for i in map(lookup, bigrams) if i is not None]
        return known

    def save(self, path: str) -> None:
        words = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez_compressed(
            path,
            labels=np.array([label.value for label in self.labels]),
            vocabulary=np.array(words),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float64),
        )

    @classmethod
    def from_bytes(cls, data: bytes, label: type[Label]) -> LinearModel[Label]:
        with np.load(BytesIO(data), allow_pickle=False) as arrays:
            words = arrays["vocabulary"].tolist()
            return cls(
                labels=tuple(label(value) for value in arrays["labels"].tolist()),
                vocabulary={word: index for index, word in enumerate(words)},
                idf=arrays["idf"].astype(np.float64),
                coef=arrays["coef"].astype(np.float64),
                intercept=arrays["intercept"].astype(np.float64),
            )


IntentModel = LinearModel[Intent]
DisputeTypeModel = LinearModel[DisputeType]


@cache
def shipped_model() -> IntentModel | None:
    """The intent model shipped in the package, or None before one has been trained."""
    resource = resources.files("amiable.nlu") / "data" / MODEL_FILE
    if not resource.is_file():
        return None
    return LinearModel.from_bytes(resource.read_bytes(), Intent)


@cache
def shipped_dispute_model() -> DisputeTypeModel | None:
    """The model of the kinds of dispute shipped in the package, or None before one has
    been trained."""
    resource = resources.files("amiable.nlu") / "data" / DISPUTE_MODEL_FILE
    if not resource.is_file():
        return None
    return LinearModel.from_bytes(resource.read_bytes(), DisputeType)
