"""Train the intent model on the corpus shipped with the package.

    python -m amiable.nlu.train [--check]

Needs the development extra (scikit-learn). The result, `data/intent_model.npz`, is
committed: reading never trains nor downloads anything. Training is deterministic (fixed
solver and seed), so the same corpus gives the same file.
`--check` also prints a five-fold cross-validation of the primary intent, to compare
corpus or feature changes before shipping them.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import numpy as np

from amiable.nlu.choices import PRIORITY, Intent
from amiable.nlu.clean import clean
from amiable.nlu.model import MODEL_FILE, IntentModel, features
from amiable.nlu.normalize import normalize

CORPORA = (
    "corpus_fr.jsonl",
    "corpus_en.jsonl",
    "corpus_fr_2.jsonl",
    "corpus_en_2.jsonl",
    "corpus_fr_3.jsonl",
    "corpus_en_3.jsonl",
)
REGULARIZATION = 4.0
MAX_FEATURES = 60_000


def corpus() -> Iterator[tuple[str, list[Intent]]]:
    """(normalised text, intents) for every line of the shipped corpora."""
    folder = resources.files("amiable.nlu") / "data"
    for name in CORPORA:
        resource = folder / name
        if not resource.is_file():
            continue
        for number, line in enumerate(resource.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            try:
                intents = [Intent(label) for label in row["intents"]]
            except (KeyError, ValueError) as error:
                raise SystemExit(f"{name}:{number}: bad intents: {error}") from error
            yield normalize(clean(row["text"]).text), intents


def fit(texts: list[str], targets: list[list[Intent]]) -> IntentModel:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(
        analyzer=features, sublinear_tf=True, min_df=2, max_features=MAX_FEATURES, dtype=np.float64
    )
    matrix = vectorizer.fit_transform(texts)
    labels = tuple(PRIORITY)
    coefficients = np.zeros((matrix.shape[1], len(labels)))
    intercepts = np.zeros(len(labels))
    for column, label in enumerate(labels):
        present = np.array([label in intents for intents in targets], dtype=np.int8)
        if present.sum() == 0:
            intercepts[column] = -10.0  # never seen: never predicted by the model
            continue
        classifier = LogisticRegression(
            C=REGULARIZATION,
            class_weight="balanced",
            solver="liblinear",
            max_iter=5000,
            random_state=0,  # liblinear shuffles: fixed, the same corpus gives the same file
        )
        classifier.fit(matrix, present)
        coefficients[:, column] = classifier.coef_[0]
        intercepts[column] = classifier.intercept_[0]
    return IntentModel(
        labels=labels,
        vocabulary={word: int(index) for word, index in vectorizer.vocabulary_.items()},
        idf=vectorizer.idf_,
        coef=coefficients,
        intercept=intercepts,
    )


def cross_validate(texts: list[str], targets: list[list[Intent]], folds: int = 5) -> float:
    """Share of held-out lines whose top-scoring intent is in their gold intents."""
    hits = 0
    for fold in range(folds):
        train = [index for index in range(len(texts)) if index % folds != fold]
        held = [index for index in range(len(texts)) if index % folds == fold]
        model = fit([texts[i] for i in train], [targets[i] for i in train])
        for index in held:
            scores = model.scores(texts[index])
            hits += max(scores, key=scores.__getitem__) in targets[index]
    return hits / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="also cross-validate")
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    rows = list(corpus())
    texts = [text for text, _ in rows]
    targets = [intents for _, intents in rows]
    print(f"corpus: {len(rows)} messages")
    if args.check:
        print(f"5-fold top intent in gold: {cross_validate(texts, targets):.4f}")
    model = fit(texts, targets)
    output = args.output or Path(str(resources.files("amiable.nlu") / "data" / MODEL_FILE))
    model.save(str(output))
    print(
        f"saved {output} ({output.stat().st_size / 1e6:.1f} MB, {len(model.vocabulary)} features)"
    )


if __name__ == "__main__":
    main()
