#!/usr/bin/env python3
"""Train kg's Arabic NER model (a linear-chain CRF, python-crfsuite) on ANERcorp.

Recipe (deterministic: L-BFGS has no random state, sentence order is the file's):

* data: ``../shared/data/ner/anercorp/train.txt`` (ANERcorp, CAMeL split, train part).
* dev split: the LAST 10% of its sentences (``--dev-frac``), carved from the end; every
  choice of features and hyper-parameters below was made by F1 on that split.
* features: ``kg.ner.sentence_features`` (the same code tags at run time).
* ``--final`` retrains on all of train.txt with the chosen settings and writes
  ``kg/data/models/ner.crfsuite`` and ``kg/data/models/catalogue.json``.

Usage::

    python scripts/train_ner.py                 # train on 90%, report dev F1, write dev files
    python scripts/train_ner.py --grid          # small c1/c2 grid on dev
    python scripts/train_ner.py --cv 5          # 5-fold CV on all of train.txt
    python scripts/train_ner.py --wikifane 3000 --fane-every 4 --fane-entities-only  # + WikiFANE, domain-adapted
    python scripts/train_ner.py --final         # ship the model

Dev files for the official scorer are written to ``--work`` (default /tmp/kg-ner)::

    python ../shared/eval/conll_f1.py /tmp/kg-ner/dev-gold.txt /tmp/kg-ner/dev-pred.txt
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from kg import ner  # noqa: E402

DATA = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared")) / "data" / "ner"
if not DATA.is_dir():
    DATA = Path("/work/shared/data/ner")
ANERCORP = DATA / "anercorp" / "train.txt"
AQMAR = DATA / "aqmar"
MODELS = ROOT / "kg" / "data" / "models"
MODEL_FILE = "ner.crfsuite"
MEMORY_FILE = "ner_memory.tsv"
CLUSTERS_FILE = "ner_clusters.tsv"

# Chosen on the dev split (see docs/NER.md for the table).
DEFAULTS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200}


# --------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------

_AQMAR_MAP = {"PER": "PERS", "LOC": "LOC", "ORG": "ORG"}


def _clean_tag(tag: str) -> str:
    """ANERcorp tags as they are; AQMAR's PER/MIS0-3 (and its typos) mapped onto them."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, kind = tag.partition("-")
    kind = kind.strip("-`")
    if prefix not in ("B", "I"):
        return "O"
    if kind in ner.TAGS:
        return f"{prefix}-{kind}"
    if kind in _AQMAR_MAP:
        return f"{prefix}-{_AQMAR_MAP[kind]}"
    if kind.startswith("MIS"):
        return f"{prefix}-MISC"
    return "O"


def load_anercorp() -> list[tuple[list[str], list[str]]]:
    return [(toks, [_clean_tag(t) for t in tags]) for toks, tags in ner.read_conll_tagged(ANERCORP)]


def load_aqmar() -> list[tuple[list[str], list[str]]]:
    """AQMAR (Wikipedia, CC BY-SA 3.0) with tags mapped onto ANERcorp's four types."""
    out = []
    for path in sorted(glob.glob(str(AQMAR / "*.txt"))):
        for toks, tags in ner.read_conll_tagged(path):
            out.append((toks, [_clean_tag(t) for t in tags]))
    return out


# WikiFANE fine types -> ANERcorp's four (FAC -> LOC; vehicles, weapons, products -> MISC).
_FANE_PERS = {"Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete",
              "Businessperson", "Engineer", "Lawyer", "Police", "Group"}
_FANE_ORG = {"Government", "Commercial", "Educational", "Media", "Religious_ORG", "Sports",
             "Medical-Science", "Entertainment", "Non-Governmental"}
_FANE_LOC = {"Nation", "Population-Center", "State-or-Province", "County-or-District", "GPE-Cluster",
             "Continent", "Water-Body", "Celestial", "Land-Region-Natural", "Building-Grounds", "Path",
             "Airport", "Subarea-Facility", "Plant"}
FANE_AS_O: set[str] = set()  # fine types mapped to O instead (experiment switch --fane-o)


def _fane_type(fine: str) -> str:
    if fine in FANE_AS_O:
        return "O"
    if fine in _FANE_PERS:
        return "PERS"
    if fine in _FANE_ORG:
        return "ORG"
    if fine in _FANE_LOC:
        return "LOC"
    return "MISC"


def load_wikifane() -> list[tuple[str, str]]:
    """WikiFANE Gold (CC BY-SA 3.0) as (token, coarse type or O) pairs."""
    path = DATA / "wikifane" / "WikiFANE_Gold_2014_500K.txt"
    out = []
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            parts = line.replace("\u200e", "").split()
            if len(parts) != 2:
                continue
            tok, tag = parts
            out.append((tok, "O" if tag == "O" else _fane_type(tag[2:])))
    return out


_WF_PROCLITICS = {"و", "ف", "ب", "ل", "ك"}
_WF_SUFFIXES = {"ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما", "ي"}


def load_wikifane_sentences() -> list[tuple[list[str], list[str]]]:
    """WikiFANE Gold as BIO sentences over the four coarse types, its clitics re-attached.

    WikiFANE splits conjunctions, prepositions and pronoun suffixes off (و + باريس); news
    text and ANERcorp keep them on the word, so they are glued back: a proclitic onto the
    next word (taking that word's tag), a pronoun suffix onto the previous word.
    """
    path = DATA / "wikifane" / "WikiFANE_Gold_2014_500K.txt"
    sentences, toks, tags = [], [], []
    with open(path, encoding="utf-8-sig") as handle:
        lines = handle.read().replace("\u200e", "").split("\n")
    for line in lines + [""]:
        parts = line.split()
        if len(parts) != 2:
            if toks:
                sentences.append(_glue_clitics(toks, tags))
                toks, tags = [], []
            continue
        tok, tag = parts
        toks.append(tok)
        kind = "O" if tag == "O" else _fane_type(tag[2:])
        tags.append("O" if kind == "O" else f"{tag[0]}-{kind}")
    return sentences


def _glue_clitics(toks, tags):
    out_t, out_y = [], []
    pending = ""
    for tok, tag in zip(toks, tags):
        if tok in _WF_SUFFIXES and out_t and not pending:
            out_t[-1] += tok
            continue
        if tok in _WF_PROCLITICS:
            pending += tok
            continue
        out_t.append(pending + tok)
        out_y.append(tag)
        pending = ""
    if pending:
        out_t.append(pending)
        out_y.append("O")
    for i, tag in enumerate(out_y):  # an I- that continues nothing opens an entity
        if tag[:2] == "I-" and (i == 0 or out_y[i - 1][2:] != tag[2:]):
            out_y[i] = "B-" + tag[2:]
    return out_t, out_y


# --------------------------------------------------------------------------------------
# Word-type memory: how often each bare word was (part of) an entity of each type
# --------------------------------------------------------------------------------------


def count_types(pairs) -> dict[str, dict[str, int]]:
    """bare_key -> {"n": occurrences, TYPE: occurrences inside a TYPE entity}."""
    from kg.normalize import bare_key

    counts: dict[str, dict[str, int]] = {}
    for tok, tag in pairs:
        key = bare_key(tok)
        if not key:
            continue
        c = counts.setdefault(key, {"n": 0})
        c["n"] += 1
        if tag != "O":
            kind = tag.partition("-")[2] or tag
            c[kind] = c.get(kind, 0) + 1
    return counts


def count_pairs(sentences) -> dict[str, dict[str, int]]:
    """"a+b" -> counts of the adjacent bare words a b, and of them inside one TYPE entity."""
    from kg.normalize import bare_key

    counts: dict[str, dict[str, int]] = {}
    for toks, tags in sentences:
        keys = [bare_key(t) or t for t in toks]
        for i in range(len(toks) - 1):
            c = counts.setdefault(keys[i] + "+" + keys[i + 1], {"n": 0})
            c["n"] += 1
            if tags[i] != "O" and tags[i + 1] == "I-" + tags[i][2:]:
                kind = tags[i][2:]
                c[kind] = c.get(kind, 0) + 1
    return {k: c for k, c in counts.items() if len(c) > 1}


def memory_features(counts, prefix: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, c in counts.items():
        n = c["n"]
        feats = []
        for kind in ner.TAGS:
            k = c.get(kind, 0)
            if k:
                r = k / n
                feats.append(f"{prefix}{kind}:" + ("hi" if r >= 0.6 else "mid" if r >= 0.25 else "lo"))
        if not feats and n >= 3:
            feats.append(prefix + "O")
        if feats:
            out[key] = feats
    return out


def merge_memory(*parts: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for part in parts:
        for key, feats in part.items():
            out.setdefault(key, []).extend(feats)
    return {k: tuple(v) for k, v in out.items()}


def sentence_pairs(sentences):
    for toks, tags in sentences:
        yield from zip(toks, tags)


def write_memory(memory: dict[str, tuple[str, ...]], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for key in sorted(memory):
            if "\t" not in key and "\n" not in key:
                handle.write(f"{key}\t{','.join(memory[key])}\n")


def split_dev(sentences, dev_frac: float):
    n_dev = round(len(sentences) * dev_frac)
    return sentences[: len(sentences) - n_dev], sentences[len(sentences) - n_dev :]


# --------------------------------------------------------------------------------------
# Scoring: the conlleval convention, as ../shared/eval/conll_f1.py
# --------------------------------------------------------------------------------------


def _spans(tags):
    out, start, kind = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        pre, _, typ = t.partition("-")
        if start is not None and (pre != "I" or typ != kind):
            out.add((start, i, kind))
            start = None
        if pre == "B" or (pre == "I" and start is None):
            start, kind = i, typ
    return out


def entity_f1(gold_seqs, pred_seqs) -> dict:
    tp = fp = fn = 0
    per: dict[str, list[int]] = {}
    offset = 0
    g_all, p_all = set(), set()
    for g, p in zip(gold_seqs, pred_seqs):
        g_all |= {(s + offset, e + offset, k) for s, e, k in _spans(g)}
        p_all |= {(s + offset, e + offset, k) for s, e, k in _spans(p)}
        offset += len(g) + 1
    tp, fp, fn = len(g_all & p_all), len(p_all - g_all), len(g_all - p_all)
    for kind in sorted({k for *_, k in g_all | p_all}):
        gk = {x for x in g_all if x[2] == kind}
        pk = {x for x in p_all if x[2] == kind}
        per[kind] = [len(gk & pk), len(pk - gk), len(gk - pk)]

    def prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}

    out = prf(tp, fp, fn)
    out["per_type"] = {k: prf(*v)["f1"] for k, v in per.items()}
    return out


# --------------------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------------------


class Features:
    """Which feature sources are on; builds training items and the run-time memory."""

    def __init__(self, *, gazetteer: bool, memory: bool, wiki_memory: bool, pairs: bool = True,
                 folds: int = 10, clusters: Path | None = None) -> None:
        self.gazetteer = gazetteer
        self.clusters_path = clusters
        self.clusters = ner.read_clusters(clusters) if clusters else {}
        self.memory = memory
        self.wiki = memory_features(count_types(load_wikifane() + list(sentence_pairs(load_aqmar()))), "w:") \
            if wiki_memory else {}
        self.folds = folds
        self.pairs = pairs
        self.wiki_pairs = memory_features(count_pairs(load_aqmar()), "w:") if (wiki_memory and pairs) else {}

    def runtime_memory(self, train_sents) -> dict[str, tuple[str, ...]]:
        if not self.memory:
            return merge_memory(self.wiki)
        own = memory_features(count_types(sentence_pairs(train_sents)), "a:")
        pairs = memory_features(count_pairs(train_sents), "a:") if self.pairs else {}
        return merge_memory(own, pairs, self.wiki, self.wiki_pairs)

    domain: list = []  # out-of-domain training sentences (WikiFANE), domain-prefixed features

    def training_items(self, train_sents, extra=()):
        """Features of the training sentences; the ANERcorp memory is jackknifed so that a
        sentence never sees counts from itself (else the CRF would trust it blindly)."""
        items = []
        if self.memory:
            k, n = self.folds, len(train_sents)
            bounds = [round(i * n / k) for i in range(k + 1)]
            for i in range(k):
                held = train_sents[bounds[i] : bounds[i + 1]]
                rest = train_sents[: bounds[i]] + train_sents[bounds[i + 1] :]
                ner.set_feature_options(gazetteer=self.gazetteer, clusters=self.clusters, memory=self.runtime_memory(rest))
                items += [(ner.sentence_features(t), y) for t, y in held]
        else:
            ner.set_feature_options(gazetteer=self.gazetteer, clusters=self.clusters, memory=self.runtime_memory(train_sents))
            items += [(ner.sentence_features(t), y) for t, y in train_sents]
        ner.set_feature_options(gazetteer=self.gazetteer, clusters=self.clusters, memory=self.runtime_memory(train_sents))
        items += [(ner.sentence_features(t), y) for t, y in extra]
        domain = self.domain
        if domain:
            # "Frustratingly easy" domain adaptation (Daume III 2007), asymmetric form: the
            # out-of-domain sentences fire every feature twice, as itself (shared with
            # ANERcorp) and with a "W|" prefix (their own offset), so the shared weights
            # keep only what holds in both domains. "W|" features never fire at run time.
            # Their memory is the ANERcorp part only (the WikiFANE counts come from them).
            if self.memory:
                own = memory_features(count_types(sentence_pairs(train_sents)), "a:")
                pairs = memory_features(count_pairs(train_sents), "a:") if self.pairs else {}
                mem = merge_memory(own, pairs)
            else:
                mem = {}
            ner.set_feature_options(gazetteer=self.gazetteer, clusters=self.clusters, memory=mem)
            for t, y in domain:
                feats = ner.sentence_features(t)
                items.append(([f + ["W|" + x for x in f] for f in feats], y))
            ner.set_feature_options(gazetteer=self.gazetteer, clusters=self.clusters,
                                    memory=self.runtime_memory(train_sents))
        return items


def train(items, model_path: Path, params: dict, *, verbose: bool = False) -> None:
    algorithm = params.get("algorithm", "lbfgs")
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=verbose)
    for feats, tags in items:
        trainer.append(feats, tags)
    options = {
        "max_iterations": params["max_iterations"],
        "feature.possible_transitions": True,
        "feature.minfreq": params.get("minfreq", 1),
    }
    if algorithm == "lbfgs":
        options.update(c1=params["c1"], c2=params["c2"])
    elif algorithm == "l2sgd":
        options.update(c2=params["c2"])
    trainer.set_params(options)
    trainer.train(str(model_path))


def predict(model_path: Path, sentences, memory, gazetteer: bool = False, clusters=None) -> list[list[str]]:
    """Tag with kg.ner's own run-time tagger (``NerModel``), the code the shipped model runs."""
    model = ner.NerModel(model_path, gazetteer=gazetteer, memory=memory, clusters=clusters)
    return model.tag([toks for toks, _ in sentences])


def run_dev(feats: Features, train_sents, extra, dev_sents, params, work: Path, tag: str = "dev") -> dict:
    work.mkdir(parents=True, exist_ok=True)
    model_path = work / f"{tag}.crfsuite"
    t0 = time.time()
    train(feats.training_items(train_sents, extra), model_path, params)
    pred = predict(model_path, dev_sents, feats.runtime_memory(train_sents), feats.gazetteer, feats.clusters)
    score = entity_f1([t for _, t in dev_sents], pred)
    score["train_s"] = round(time.time() - t0, 1)
    with open(work / f"{tag}-gold.txt", "w", encoding="utf-8") as g, open(
        work / f"{tag}-pred.txt", "w", encoding="utf-8"
    ) as p:
        for (toks, tags), ptags in zip(dev_sents, pred):
            for tok, gt, pt in zip(toks, tags, ptags):
                g.write(f"{tok} {gt}\n")
                p.write(f"{tok} {pt}\n")
            g.write("\n")
            p.write("\n")
    return score


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev-frac", type=float, default=0.1)
    ap.add_argument("--c1", type=float, default=DEFAULTS["c1"])
    ap.add_argument("--c2", type=float, default=DEFAULTS["c2"])
    ap.add_argument("--max-iterations", type=int, default=DEFAULTS["max_iterations"])
    ap.add_argument("--minfreq", type=int, default=1)
    ap.add_argument("--aqmar", action="store_true", help="add AQMAR (Wikipedia) to the training data")
    ap.add_argument("--gazetteer", action="store_true", help="use kg.lexicon.token_gazetteer features")
    ap.add_argument("--no-memory", action="store_true", help="no jackknifed ANERcorp word-type memory")
    ap.add_argument("--no-wiki-memory", action="store_true", help="no WikiFANE/AQMAR word-type memory")
    ap.add_argument("--no-pairs", action="store_true", help="no word-pair memory")
    ap.add_argument("--clusters", type=Path, default=MODELS / CLUSTERS_FILE,
                    help="word-cluster file (scripts/build_ner_clusters.py)")
    ap.add_argument("--no-clusters", action="store_true", help="no word-cluster features")
    ap.add_argument("--wikifane", type=int, default=0, metavar="N",
                    help="add the first N WikiFANE sentences (-1: all) as training data with "
                         "domain-prefixed features (frustratingly easy domain adaptation)")
    ap.add_argument("--fane-o", default="", metavar="TYPES",
                    help="comma-separated WikiFANE fine types mapped to O (e.g. Group)")
    ap.add_argument("--fane-entities-only", action="store_true",
                    help="--wikifane: keep only sentences with at least one entity")
    ap.add_argument("--fane-every", type=int, default=1, metavar="K",
                    help="--wikifane: take every K-th sentence (spread over the corpus)")
    ap.add_argument("--aqmar-domain", action="store_true",
                    help="add AQMAR as out-of-domain training data with domain-prefixed features")
    ap.add_argument("--algorithm", default="lbfgs", choices=("lbfgs", "l2sgd", "ap", "pa", "arow"))
    ap.add_argument("--grid", action="store_true", help="c1 x c2 grid on the dev split")
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation on all of train.txt")
    ap.add_argument("--final", action="store_true", help="train on all of train.txt and ship the model")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-ner")
    a = ap.parse_args(argv)

    FANE_AS_O.update(t for t in a.fane_o.split(",") if t)
    if a.gazetteer and not ner.gazetteer_available():
        sys.exit("--gazetteer: kg.lexicon.token_gazetteer is not available")
    feats = Features(gazetteer=a.gazetteer, memory=not a.no_memory, wiki_memory=not a.no_wiki_memory,
                     pairs=not a.no_pairs, clusters=None if a.no_clusters else a.clusters)
    params = {"c1": a.c1, "c2": a.c2, "max_iterations": a.max_iterations, "minfreq": a.minfreq,
              "algorithm": a.algorithm}
    data = load_anercorp()
    extra = load_aqmar() if a.aqmar else []
    if a.wikifane:
        wf = load_wikifane_sentences()[:: a.fane_every]
        if a.fane_entities_only:
            wf = [(t, y) for t, y in wf if any(x != "O" for x in y)]
        feats.domain = wf if a.wikifane < 0 else wf[: a.wikifane]
    if a.aqmar_domain:
        feats.domain = list(feats.domain) + load_aqmar()

    if a.cv:
        k = a.cv
        n = len(data)
        bounds = [round(i * n / k) for i in range(k + 1)]
        scores = []
        for i in range(k):
            test = data[bounds[i] : bounds[i + 1]]
            trn = data[: bounds[i]] + data[bounds[i + 1] :]
            s = run_dev(feats, trn, extra, test, params, a.work, tag=f"cv{i}")
            scores.append(s["f1"])
            print(f"fold {i + 1}/{k}: sentences {bounds[i]}-{bounds[i + 1]}  F1 {s['f1']:.4f}  "
                  f"P {s['p']:.4f} R {s['r']:.4f}  {s['per_type']}", flush=True)
        mean = sum(scores) / k
        sd = (sum((x - mean) ** 2 for x in scores) / k) ** 0.5
        print(json.dumps({"cv": k, "folds": scores, "mean_f1": round(mean, 4), "sd": round(sd, 4), **params,
                          "aqmar": a.aqmar, "gazetteer": a.gazetteer, "memory": feats.memory, "wiki_memory": bool(feats.wiki)}))
        return 0

    trn, dev = split_dev(data, a.dev_frac)
    if a.grid:
        for c1 in (0.02, 0.05, 0.1, 0.2):
            for c2 in (0.01, 0.05, 0.1):
                s = run_dev(feats, trn, extra, dev, {**params, "c1": c1, "c2": c2}, a.work, tag="grid")
                print(json.dumps({"c1": c1, "c2": c2, **s}), flush=True)
        return 0

    if not a.final:
        s = run_dev(feats, trn, extra, dev, params, a.work)
        print(json.dumps({"dev_sentences": len(dev), "train_sentences": len(trn), **params,
                          "aqmar": a.aqmar, "gazetteer": a.gazetteer, "memory": feats.memory, "wiki_memory": bool(feats.wiki),
                          "clusters": str(feats.clusters_path) if feats.clusters else None,
                          "domain_sentences": len(feats.domain), "fane_o": a.fane_o, **s}))
        return 0

    # Final model: dev score first (same settings, 90% of the data), then all of train.txt.
    s = run_dev(feats, trn, extra, dev, params, a.work)
    print(f"dev F1 {s['f1']:.4f} (P {s['p']:.4f} R {s['r']:.4f})", flush=True)
    MODELS.mkdir(parents=True, exist_ok=True)
    out = MODELS / MODEL_FILE
    train(feats.training_items(data, extra), out, params)
    weights = ner.export_weights(out)  # what kg.ner's tagger reads (checked against out's SHA-256)
    memory = feats.runtime_memory(data)
    if memory:
        write_memory(memory, MODELS / MEMORY_FILE)
    if feats.clusters and feats.clusters_path.resolve() != (MODELS / CLUSTERS_FILE).resolve():
        shutil.copyfile(feats.clusters_path, MODELS / CLUSTERS_FILE)
    training_data = ["ANERcorp train.txt (CAMeL Lab split, train part; CC BY-SA 4.0)"]
    if feats.wiki:
        training_data.append("word-type memory only: WikiFANE Gold 2014 + AQMAR (CC BY-SA 3.0), types mapped "
                             "to PERS/LOC/ORG/MISC")
    if a.aqmar:
        training_data.append("AQMAR Arabic Wikipedia NER corpus (CC BY-SA 3.0), tags mapped PER->PERS, MIS*->MISC")
    if feats.domain:
        training_data.append(f"WikiFANE Gold 2014 (CC BY-SA 3.0), first {len(feats.domain)} sentences, clitics "
                             "re-attached, fine types mapped to PERS/LOC/ORG/MISC; as out-of-domain training "
                             "data with domain-prefixed feature copies (frustratingly easy domain adaptation)")
    if feats.clusters:
        training_data.append("word clusters (ner_clusters.tsv, scripts/build_ner_clusters.py): PPMI-SVD + k-means "
                             "over ANERcorp train.txt minus its dev part, AQMAR and WikiFANE text")
    catalogue = {
        "models": {
            "ner": {
                "file": MODEL_FILE,
                "format": "crfsuite",
                "method": "linear-chain CRF (python-crfsuite, "
                + {"lbfgs": "L-BFGS", "ap": "averaged perceptron"}.get(a.algorithm, a.algorithm) + ")",
                "tags": list(ner.TAGS),
                "feature_version": ner.FEATURE_VERSION,
                "features": {"gazetteer": a.gazetteer, "anercorp_memory": feats.memory,
                             "wiki_memory": bool(feats.wiki), "clusters": bool(feats.clusters),
                             "wikifane_domain_adaptation": len(feats.domain)},
                "memory": MEMORY_FILE if memory else None,
                "clusters": CLUSTERS_FILE if feats.clusters else None,
                "weights": weights.name,
                "training_data": training_data,
                "training_sentences": len(data) + len(extra) + len(feats.domain),
                "params": {**params, "feature.possible_transitions": True},
                "recipe": "python scripts/train_ner.py --final"
                + (" --aqmar" if a.aqmar else "")
                + (" --gazetteer" if a.gazetteer else "")
                + (f" --wikifane {a.wikifane}" if a.wikifane else "")
                + (f" --fane-every {a.fane_every}" if a.fane_every != 1 else "")
                + (" --fane-entities-only" if a.fane_entities_only else "")
                + (f" --fane-o {a.fane_o}" if a.fane_o else "")
                + (" --aqmar-domain" if a.aqmar_domain else "")
                + (f" --algorithm {a.algorithm}" if a.algorithm != "lbfgs" else "")
                + (" --no-clusters" if not feats.clusters else ""),
                "dev": {
                    "split": f"last {a.dev_frac:.0%} of ANERcorp train.txt sentences ({len(dev)})",
                    "f1": s["f1"],
                    "precision": s["p"],
                    "recall": s["r"],
                    "per_type_f1": s["per_type"],
                },
                "licence": "CC BY-SA 4.0 (see ATTRIBUTION.md)",
            }
        }
    }
    (MODELS / "catalogue.json").write_text(json.dumps(catalogue, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB), {weights.name} "
          f"({weights.stat().st_size / 1e6:.1f} MB) and catalogue.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
