#!/usr/bin/env python3
"""Speed of kg's CRF NER tagger: model load time, tokens/s of tagging alone, peak RSS.

Tags the first ``--tokens`` (default 100,000) tokens of SaudiNewsNet (CC BY-NC-SA: read
here for benchmarking only, never shipped or trained on), tokenised with camel_tools'
``simple_word_tokenize`` and cut into whitespace chunks of ``--chunk`` tokens as
"sentences". Timing covers feature extraction + Viterbi + marginals (``predict``) on one
core; reading and tokenising the corpus is not timed (nor is ``match_key``'s cache warmed:
the cold run pays for normalising every new word). Wall-clock and CPU-time rates are both
printed (the machine may be shared). Not a test.

    .venv/bin/python bench/bench_ner.py [--corpus PATH] [--tokens 100000] [--chunk 30]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "saudinewsnet.jsonl.gz"
if not DEFAULT_CORPUS.is_file():
    DEFAULT_CORPUS = Path("/work/shared/data/corpora/saudinewsnet.jsonl.gz")


def load_sentences(path: Path, n_tokens: int, chunk: int) -> list[list[str]]:
    from camel_tools.tokenizers.word import simple_word_tokenize

    sentences: list[list[str]] = []
    total = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            for para in (doc.get("title", ""), doc.get("content", "")):
                tokens = simple_word_tokenize(para)
                for i in range(0, len(tokens), chunk):
                    piece = tokens[i : i + chunk][: n_tokens - total]
                    if piece:
                        sentences.append(piece)
                        total += len(piece)
                    if total >= n_tokens:
                        return sentences
    return sentences


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--tokens", type=int, default=100_000)
    ap.add_argument("--chunk", type=int, default=30)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--doc", type=int, default=12, help="chunks per predict call in the per-document run")
    a = ap.parse_args()

    sentences = load_sentences(a.corpus, a.tokens, a.chunk)
    n = sum(map(len, sentences))

    from kg import ner

    t0 = time.perf_counter()
    model = ner.load_model(a.model)
    load_s = time.perf_counter() - t0

    def timed(fn, batches):
        w0, c0 = time.perf_counter(), time.process_time()
        for batch in batches:
            fn(batch)
        return time.perf_counter() - w0, time.process_time() - c0

    # Cold: every word type is new to the tagger (and to match_key's cache).
    cold = timed(model.predict, [sentences])
    warm = timed(model.predict, [sentences])
    tag_only = timed(model.tag, [sentences])
    # As the pipeline calls it: one predict per document of --doc sentences.
    docs = [sentences[i : i + a.doc] for i in range(0, len(sentences), a.doc)]
    per_doc = timed(model.predict, docs)

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model load: {load_s * 1000:.0f} ms ({model.path.name}, {model.path.stat().st_size / 1e6:.1f} MB)")
    print(f"tokens: {n:,} in {len(sentences):,} chunks")
    def rate(label, t):
        print(f"{label:<50} {n / t[0]:>9,.0f} tokens/s wall, {n / t[1]:>9,.0f} tokens/s CPU")

    rate("predict (tags + marginals), cold cache:", cold)
    rate("predict (tags + marginals), warm cache:", warm)
    rate("tag (tags only), warm cache:", tag_only)
    rate(f"predict per document ({a.doc} chunks a call), warm:", per_doc)
    print(f"peak RSS: {rss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
