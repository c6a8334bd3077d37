"""Behaviour of kg.ner: the packaged CRF model, CoNLL round trips, the optional backend."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg import ner
from paths import SEEDS
from kg.types import KgError


@pytest.fixture(scope="module")
def model():
    return ner.load_model()


def _entities(tokens, tagged):
    """(text, type) of each BIO span."""
    out, cur, kind = [], [], None
    for tok, (tag, _) in zip(tokens, tagged):
        if tag.startswith("I-") and cur and tag[2:] == kind:
            cur.append(tok)
            continue
        if cur:
            out.append((" ".join(cur), kind))
        cur, kind = ([tok], tag[2:]) if tag != "O" else ([], None)
    if cur:
        out.append((" ".join(cur), kind))
    return out


def test_packaged_model_loads_and_is_cached(model):
    assert isinstance(model, ner.NerModel)
    assert ner.load_model() is model
    assert model.path.stat().st_size < 50_000_000


def test_missing_model_is_a_kg_error(tmp_path):
    with pytest.raises(KgError, match="missing"):
        ner.load_model(tmp_path / "nope.crfsuite")


def test_predict_gives_one_tag_and_probability_per_token(model):
    sentences = [["ذهب", "الوزير", "إلى", "القاهرة", "."], [], ["مرحبا"]]
    out = model.predict(sentences)
    assert [len(s) for s in out] == [5, 0, 1]
    for sent in out:
        for tag, prob in sent:
            assert tag == "O" or tag[:2] in ("B-", "I-") and tag[2:] in ner.TAGS
            assert 0.0 < prob <= 1.0 + 1e-9


def test_finds_person_place_and_organisation(model):
    tokens = ("قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتحاد الأوروبي "
              "سيعقد قمة طارئة الأسبوع المقبل .").split()
    ents = _entities(tokens, model.predict([tokens])[0])
    kinds = {text: kind for text, kind in ents}
    assert any("ماكرون" in text and kind == "PERS" for text, kind in ents), ents
    assert kinds.get("باريس") == "LOC", ents
    assert any("الاتحاد" in text and kind == "ORG" for text, kind in ents), ents


def test_clitic_attached_place_is_found(model):
    tokens = "وصل وفد من وزارة الخارجية إلى لندن أمس قادما من ألمانيا .".split()
    ents = dict(_entities(tokens, model.predict([tokens])[0]))
    assert ents.get("لندن") == "LOC", ents
    assert ents.get("ألمانيا") == "LOC", ents


def test_tag_conll_round_trips_tokens(model, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(
        "التقى B-X gold\nوزير O\nالخارجية O\nفي O\nبغداد O\n\n"
        "وقال O\nالمتحدث O\n:\n\n\n"
        "انتهى\n",
        encoding="utf-8",
    )
    sentences = ner.read_conll(src)
    assert sentences == [["التقى", "وزير", "الخارجية", "في", "بغداد"], ["وقال", "المتحدث", ":"], ["انتهى"]]
    out = tmp_path / "out.txt"
    assert ner.tag_conll(src, out, model) == 3
    blocks = out.read_text(encoding="utf-8").split("\n\n")
    rows = [[line.split(" ") for line in b.splitlines()] for b in blocks if b.strip()]
    assert [[r[0] for r in block] for block in rows] == sentences
    for block in rows:
        for token, tag in block:
            assert tag == "O" or tag[2:] in ner.TAGS


def test_camel_backend_without_data_raises_kg_error(monkeypatch):
    # Whatever camel_tools does without its data or network, the caller sees one KgError.
    import builtins

    real_import = builtins.__import__

    def failing_import(name, *args, **kwargs):
        if name.startswith("camel_tools.ner"):
            raise OSError("no catalogue")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", failing_import)
    with pytest.raises(KgError, match="camel_data -i ner-arabert"):
        ner.load_camel_backend()


def test_camel_backend_on_this_machine_is_kg_error_or_works():
    try:
        backend = ner.load_camel_backend()
    except KgError as exc:
        assert "\n" not in str(exc)
    else:
        assert hasattr(backend, "predict")


def test_import_does_not_pull_torch_or_camel_ner():
    code = "import sys, kg.ner; print(any(m == 'torch' or m.startswith('camel_tools.ner') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _assert_crfsuite_agrees(model, sentences, out) -> None:
    """crfsuite's own tagger on the same feature strings gives the same tags and (float32
    tables aside) the same marginals as kg.ner's numpy tagger."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model.path))
    ner.set_feature_options(gazetteer=model.gazetteer, memory=model.memory, clusters=model.clusters)
    for tokens, got in zip(sentences, out):
        tagger.set(ner.sentence_features(tokens))
        assert [t for t, _ in got] == tagger.tag()
        assert all(abs(tagger.marginal(tag, i) - prob) < 1e-4 for i, (tag, prob) in enumerate(got))


def test_numpy_tagger_equals_crfsuite(model):
    sentences = [
        ("قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتحاد الأوروبي سيعقد قمة طارئة .").split(),
        "وصل وفد من وزارة الخارجية إلى لندن أمس قادما من ألمانيا .".split(),
        ["مرحبا"],
        "التقى وزير الخارجية السعودي نظيره الأمريكي في الرياض يوم الثلاثاء".split(),
        "Apple و Google 2024 ( 15 ) ، !".split(),
    ]
    out = model.predict(sentences)
    _assert_crfsuite_agrees(model, sentences, out)
    assert [t for s in model.tag(sentences) for t in s] == [t for s in out for t, _ in s]


def test_numpy_tagger_equals_crfsuite_on_the_seeds(model):
    # All the seed sentences in one call: lengths from 1 to over 100 tokens decoded together.
    from kg.ingest import iter_documents
    from kg.segment import segment

    docs = [d for d in iter_documents([SEEDS]) if hasattr(d, "text")]
    sentences = [[t.text for t in s.tokens] for d in docs for s in segment(d).sentences]
    assert len(sentences) > 50 and max(map(len, sentences)) > 60
    _assert_crfsuite_agrees(model, sentences, model.predict(sentences))


def test_batching_does_not_change_results(model):
    sentences = [
        "ذهب الوزير إلى القاهرة .".split(),
        "قال محمد بن سلمان في جدة".split(),
        "وصل وفد من وزارة الخارجية إلى لندن أمس قادما من ألمانيا .".split(),
    ]
    together = model.predict(sentences)
    alone = [model.predict([s])[0] for s in sentences]
    for a, b in zip(together, alone):
        assert [t for t, _ in a] == [t for t, _ in b]
        assert all(abs(p - q) < 1e-9 for (_, p), (_, q) in zip(a, b))


def test_weights_export_matches_model():
    # The shipped numpy export was written from the shipped crfsuite file (same SHA-256).
    import numpy as np

    from kg.ner import _MODELS_DIR, _sha256, weights_path

    model_path = _MODELS_DIR / "ner.crfsuite"
    with np.load(weights_path(model_path)) as z:
        assert str(z["source_sha256"]) == _sha256(model_path)
