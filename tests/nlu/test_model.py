"""The exported model reads exactly as scikit-learn would, without scikit-learn."""

from __future__ import annotations

import numpy as np
import pytest

from amiable.nlu.choices import DisputeType, Intent
from amiable.nlu.model import LinearModel, features, shipped_dispute_model, shipped_model
from amiable.nlu.normalize import normalize

sklearn = pytest.importorskip("sklearn", reason="scikit-learn is a development dependency")

SAMPLES = [
    ("je paierai vendredi", [Intent.PROMISE_TO_PAY]),
    ("je paie demain sans faute", [Intent.PROMISE_TO_PAY]),
    ("will pay on friday", [Intent.PROMISE_TO_PAY]),
    ("arretez de m appeler", [Intent.STOP_CONTACT]),
    ("stop calling me", [Intent.STOP_CONTACT]),
    ("ne m appelez plus", [Intent.STOP_CONTACT]),
    ("ok merci", [Intent.ACKNOWLEDGEMENT]),
    ("thanks got it", [Intent.ACKNOWLEDGEMENT]),
    ("bien recu merci", [Intent.ACKNOWLEDGEMENT]),
    (
        "je suis au chomage je peux payer 20 par mois",
        [Intent.HARDSHIP, Intent.PAYMENT_PLAN_REQUEST],
    ),
    ("lost my job can i pay 10 a week", [Intent.HARDSHIP, Intent.PAYMENT_PLAN_REQUEST]),
    ("au chomage depuis mars", [Intent.HARDSHIP]),
]


def test_exported_scores_equal_scikit_learn_probabilities() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from amiable.nlu.train import REGULARIZATION, fit

    texts = [normalize(text) for text, _ in SAMPLES]
    targets = [intents for _, intents in SAMPLES]
    model = fit(texts, targets)
    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=2)
    matrix = vectorizer.fit_transform(texts)
    probe = normalize("je peux payer 30 par mois, je suis au chomage")
    for label in (Intent.HARDSHIP, Intent.PROMISE_TO_PAY, Intent.STOP_CONTACT):
        classifier = LogisticRegression(
            C=REGULARIZATION,
            class_weight="balanced",
            solver="liblinear",
            max_iter=5000,
            random_state=0,
        )
        classifier.fit(matrix, [label in intents for intents in targets])
        expected = classifier.predict_proba(vectorizer.transform([probe]))[0][1]
        assert model.scores(probe)[label] == pytest.approx(expected, abs=1e-9)


def test_a_saved_model_loads_back_identical(tmp_path) -> None:
    from amiable.nlu.train import fit

    model = fit([normalize(text) for text, _ in SAMPLES], [intents for _, intents in SAMPLES])
    path = tmp_path / "model.npz"
    model.save(str(path))
    loaded = LinearModel.from_bytes(path.read_bytes(), Intent)
    probe = normalize("stop appeler")
    assert loaded.vocabulary == model.vocabulary
    np.testing.assert_allclose(
        list(loaded.scores(probe).values()), list(model.scores(probe).values()), atol=1e-6
    )


def test_the_shipped_model_is_in_the_package_and_reads_every_label() -> None:
    model = shipped_model()
    assert model is not None, "run python -m amiable.nlu.train and commit the model"
    assert set(model.labels) == set(Intent)
    scores = model.scores(normalize("arrêtez de m'appeler"))
    assert max(scores, key=scores.__getitem__) is Intent.STOP_CONTACT


def test_the_shipped_dispute_model_reads_every_kind() -> None:
    model = shipped_dispute_model()
    assert model is not None, "run python -m amiable.nlu.train and commit the models"
    assert set(model.labels) == set(DisputeType)
    scores = model.scores(normalize("the tiles you delivered were cracked and the grout crumbled"))
    assert max(scores, key=scores.__getitem__) is DisputeType.GOODS_OR_SERVICES


def test_training_reads_the_held_out_sets_and_their_kinds_of_dispute(tmp_path) -> None:
    from amiable.nlu.train import held_out

    (tmp_path / "heldout9.jsonl").write_text(
        '{"text": "Je conteste, le colis est arrivé vide.", "intents": ["dispute"],'
        ' "dispute_type": "goods_or_services"}\n\n'
        '{"text": "ok merci", "intents": ["acknowledgement"], "dispute_type": null}\n',
        encoding="utf-8",
    )
    (tmp_path / "notes.jsonl").write_text("not a set\n", encoding="utf-8")
    assert list(held_out(tmp_path)) == [
        (
            normalize("Je conteste, le colis est arrivé vide."),
            [Intent.DISPUTE],
            DisputeType.GOODS_OR_SERVICES,
        ),
        ("ok merci", [Intent.ACKNOWLEDGEMENT], None),
    ]


def test_training_refuses_a_bad_label_and_a_missing_folder(tmp_path) -> None:
    from amiable.nlu.train import held_out

    with pytest.raises(SystemExit, match="no held-out set"):
        list(held_out(tmp_path))
    (tmp_path / "heldout.jsonl").write_text(
        '{"text": "x", "intents": ["dispute"], "dispute_type": "too_expensive"}\n', encoding="utf-8"
    )
    with pytest.raises(SystemExit, match=r"heldout\.jsonl:1: bad labels"):
        list(held_out(tmp_path))
