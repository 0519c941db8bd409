"""The intent model: a linear multi-label classifier over word and letter n-grams.

Trained with scikit-learn by `amiable.nlu.train` on the corpus shipped in `data/`, and
exported as plain arrays so that reading needs only NumPy: no scikit-learn import at
start-up (half a second) and no pickle. `features()` is the one featurizer used both to
train and to read, so what the model saw and what it is shown cannot drift apart.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from io import BytesIO
from itertools import pairwise

import numpy as np

from amiable.nlu.choices import Intent

MODEL_FILE = "intent_model.npz"
MAX_CHARS = 3000
"""Only the start of a long message is shown to the model; rules read all of it."""


def features(normalized: str) -> list[str]:
    """Word unigrams and bigrams, and 3-5 letter n-grams inside padded words."""
    words = normalized[:MAX_CHARS].split()
    found = ["w:" + word for word in words]
    found += ["b:" + first + "_" + second for first, second in pairwise(words)]
    for word in words:
        padded = " " + word + " "
        length = len(padded)
        for size in (3, 4, 5):
            found.extend("c:" + padded[start : start + size] for start in range(length - size + 1))
    if not words:
        found.append("empty")
    return found


@dataclass(frozen=True, slots=True)
class IntentModel:
    labels: tuple[Intent, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray  # (features,)
    coef: np.ndarray  # (features, labels)
    intercept: np.ndarray  # (labels,)

    def scores(self, normalized: str) -> dict[Intent, float]:
        """Probability of each intent being present (one-vs-rest logistic)."""
        counts = Counter(
            index for index in map(self.vocabulary.get, features(normalized)) if index is not None
        )
        if not counts:
            logits = self.intercept
        else:
            indices = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = np.fromiter(
                (1.0 + math.log(count) for count in counts.values()),
                dtype=np.float64,
                count=len(counts),
            )
            weights = tf * self.idf[indices]
            weights /= math.sqrt(float(weights @ weights))
            logits = weights @ self.coef[indices] + self.intercept
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        return dict(zip(self.labels, probabilities.tolist(), strict=True))

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
    def from_bytes(cls, data: bytes) -> IntentModel:
        with np.load(BytesIO(data), allow_pickle=False) as arrays:
            words = arrays["vocabulary"].tolist()
            return cls(
                labels=tuple(Intent(value) for value in arrays["labels"].tolist()),
                vocabulary={word: index for index, word in enumerate(words)},
                idf=arrays["idf"].astype(np.float64),
                coef=arrays["coef"].astype(np.float64),
                intercept=arrays["intercept"].astype(np.float64),
            )


@cache
def shipped_model() -> IntentModel | None:
    """The model shipped in the package, or None before one has been trained."""
    resource = resources.files("amiable.nlu") / "data" / MODEL_FILE
    if not resource.is_file():
        return None
    return IntentModel.from_bytes(resource.read_bytes())
