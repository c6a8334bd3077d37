#!/usr/bin/env python3
"""Where a build worker spends its time: seconds per per-document stage, on one core.

Reads the first ``--articles`` (default 3,000) articles of SaudiNewsNet (CC BY-NC-SA:
read here for benchmarking only, never shipped), processes the first half to warm the
caches as a worker is warm in the middle of a large build, then times each stage over
the second half in work units of 16 documents, exactly as ``kg.pipeline.process_batch``
runs them, with the garbage-collector settings of a build worker. Prints a table of
CPU seconds of the process (``time.process_time``: other processes on a shared machine
do not count) and shares, and words/s per core. ``--pyinstrument`` also prints pyinstrument's
call tree of the timed half. Not a test.

    .venv/bin/python bench/profile_stages.py [--articles 3000] [--pyinstrument]
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "saudinewsnet.jsonl.gz"
if not DEFAULT_CORPUS.is_file():
    DEFAULT_CORPUS = Path("/work/shared/data/corpora/saudinewsnet.jsonl.gz")

STAGES = {
    "segment": "kg/segment.py: sentences, tokens, matching keys",
    "NER model": "kg/ner.py: features of new word types, emissions, Viterbi, marginals",
    "tag": "kg/tag.py: gazetteer, patterns, title cues, name propagation",
    "resolve": "kg/resolve.py: clusters within the document",
    "extract": "kg/extract/: affiliations, places, events",
    "pack": "kg/store.py: compressed result for the store",
}


def load_documents(corpus: Path, count: int) -> list:
    from kg.ingest import iter_documents

    with tempfile.TemporaryDirectory(prefix="kg-profile-") as tmp:
        path = Path(tmp) / "slice.jsonl"
        with gzip.open(corpus, "rt", encoding="utf-8") as source, path.open("w", encoding="utf-8") as target:
            target.writelines(islice(source, count))
        return [d for d in iter_documents([path]) if hasattr(d, "text")]


def run(docs: list, seconds: dict[str, float]) -> None:
    from kg.extract import extract
    from kg.pipeline import _LOCAL_BATCH
    from kg.resolve import resolve_document
    from kg.segment import segment
    from kg.store import pack
    from kg.tag import predict_tags, tag
    from kg.types import DocResult

    clock = time.process_time
    for i in range(0, len(docs), _LOCAL_BATCH):
        batch = docs[i : i + _LOCAL_BATCH]
        t = clock()
        for doc in batch:
            segment(doc)
        seconds["segment"] += clock() - t
        t = clock()
        predictions = predict_tags(batch)
        seconds["NER model"] += clock() - t
        for doc, doc_predictions in zip(batch, predictions):
            t = clock()
            mentions = tag(doc, predictions=doc_predictions)
            t, seconds["tag"] = clock(), seconds["tag"] + clock() - t
            clusters = resolve_document(doc, mentions)
            t, seconds["resolve"] = clock(), seconds["resolve"] + clock() - t
            relations, events = extract(doc, mentions, clusters)
            t, seconds["extract"] = clock(), seconds["extract"] + clock() - t
            pack(DocResult(doc.id, doc.title, doc.date, len(doc.sentences), 0, mentions, clusters, relations, events))
            seconds["pack"] += clock() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--pyinstrument", action="store_true", help="also print pyinstrument's call tree")
    args = parser.parse_args()

    from kg.pipeline import _collect_rarely, _warm_up

    docs = load_documents(args.corpus, args.articles)
    half = len(docs) // 2
    _warm_up()
    _collect_rarely()  # as in a build worker
    seconds = dict.fromkeys(STAGES, 0.0)
    run(docs[:half], seconds)
    seconds = dict.fromkeys(STAGES, 0.0)
    profiler = None
    if args.pyinstrument:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    run(docs[half:], seconds)
    if profiler is not None:
        profiler.stop()
    words = sum(len(d.title.split()) + len(d.text.split()) for d in docs[half:])
    total = sum(seconds.values())
    print(f"{len(docs) - half:,} articles timed after {half:,} of warm-up, {words:,} words, one core\n")
    print("| stage | seconds | share |")
    print("|---|---:|---:|")
    for stage, note in STAGES.items():
        print(f"| {stage} ({note}) | {seconds[stage]:.2f} | {seconds[stage] / total:.0%} |")
    print(f"| total | {total:.2f} | {words / total:,.0f} words/s |")
    if profiler is not None:
        print(profiler.output_text(unicode=True, color=False))


if __name__ == "__main__":
    main()
