"""Train the reader's models on the corpus shipped with the package and the held-out sets.

    python -m amiable.nlu.train [--check]

Needs the development extra (scikit-learn) and a source checkout: besides the corpus in
`data/`, the intent model learns from the held-out sets of `tests/nlu/data/` (messages
written to the SPEC by other authors, scored unseen once each), and the model of the
kinds of dispute from their disputes alone. The SPEC's dev set is never trained on.
The results, `data/intent_model.npz` and `data/dispute_type_model.npz`, are committed:
reading never trains nor downloads anything. Training is deterministic (fixed solver and
seed), so the same messages give the same files.
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

from amiable.nlu.choices import PRIORITY, DisputeType, Intent
from amiable.nlu.clean import clean
from amiable.nlu.model import DISPUTE_MODEL_FILE, MODEL_FILE, Label, LinearModel, features
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
HELD_OUT = Path(__file__).resolve().parents[3] / "tests" / "nlu" / "data"
"""The held-out sets, in a source checkout."""


def corpus() -> Iterator[tuple[str, list[Intent]]]:
    """(normalised text, intents) for every line of the shipped corpora."""
    folder = resources.files("amiable.nlu") / "data"
    for name in CORPORA:
        resource = folder / name
        if resource.is_file():
            for text, intents, _ in _labelled(name, resource.read_text(encoding="utf-8")):
                yield text, intents


def held_out(folder: Path = HELD_OUT) -> Iterator[tuple[str, list[Intent], DisputeType | None]]:
    """(normalised text, intents, kind of dispute) for every line of the held-out sets."""
    files = sorted(folder.glob("heldout*.jsonl"))
    if not files:
        raise SystemExit(f"no held-out set in {folder}: train from a source checkout")
    for path in files:
        yield from _labelled(path.name, path.read_text(encoding="utf-8"))


def _labelled(name: str, lines: str) -> Iterator[tuple[str, list[Intent], DisputeType | None]]:
    for number, line in enumerate(lines.splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            intents = [Intent(label) for label in row["intents"]]
            kind = DisputeType(row["dispute_type"]) if row.get("dispute_type") else None
        except (KeyError, ValueError) as error:
            raise SystemExit(f"{name}:{number}: bad labels: {error}") from error
        yield normalize(clean(row["text"]).text), intents, kind


def fit(
    texts: list[str],
    targets: list[list[Label]],
    labels: tuple[Label, ...] = PRIORITY,  # type: ignore[assignment]
) -> LinearModel[Label]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(
        analyzer=features, sublinear_tf=True, min_df=2, max_features=MAX_FEATURES, dtype=np.float64
    )
    matrix = vectorizer.fit_transform(texts)
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
    return LinearModel(
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
    parser.add_argument("--output", type=Path, default=None, help="folder (default: data/)")
    args = parser.parse_args()
    rows = list(corpus())
    held = list(held_out())
    texts = [text for text, _ in rows] + [text for text, _, _ in held]
    targets = [intents for _, intents in rows] + [intents for _, intents, _ in held]
    print(f"corpus: {len(rows)} messages, held-out sets: {len(held)}")
    if args.check:
        print(f"5-fold top intent in gold: {cross_validate(texts, targets):.4f}")
    folder = args.output or Path(str(resources.files("amiable.nlu") / "data"))
    _save(fit(texts, targets), folder / MODEL_FILE)
    disputes = [(text, kind) for text, _, kind in held if kind is not None]
    print(f"disputes of a known kind: {len(disputes)}")
    kinds = fit(
        [text for text, _ in disputes], [[kind] for _, kind in disputes], tuple(DisputeType)
    )
    _save(kinds, folder / DISPUTE_MODEL_FILE)


def _save(model: LinearModel[Label], output: Path) -> None:
    model.save(str(output))
    print(
        f"saved {output} ({output.stat().st_size / 1e6:.1f} MB, {len(model.vocabulary)} features)"
    )


if __name__ == "__main__":
    main()
