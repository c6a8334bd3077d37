#!/usr/bin/env python3
"""CPU and wall seconds of the phases after the documents, from a finished build's store.

Reads the stored results of INPUT from ``OUT/kg-store.sqlite`` (under the version the store
was written with, so a store of another commit serves: the graph and the exports do not
change what a document gives), then runs corpus resolution, the graph and the exports as a
build with two workers runs them (``build_graph(processes=2)``, ``write_all(processes=2)``,
documents.csv) into DEST, and prints one JSON line: per phase the wall seconds, the CPU
seconds (user+sys) of this process and of its forked copies. Run it with the ``kg`` of two
commits (``PYTHONPATH``) on the same store to compare them without building the documents
again. Not a test.

    PYTHONPATH=CHECKOUT .venv/bin/python bench/post_phases.py INPUT OUT DEST
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import sys
import time
from pathlib import Path


def main() -> None:
    from kg.export import write_all
    from kg.export.documents import write_documents_csv
    from kg.graph import build_graph
    from kg.ingest import iter_documents
    from kg.resolve import resolve_corpus
    from kg.store import Store, document_hash

    source, out, dest = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    with sqlite3.connect(out / "kg-store.sqlite") as db:
        version = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0]
    store = Store(out / "kg-store.sqlite", version=version)
    docs = [d for d in iter_documents([Path(source)]) if hasattr(d, "text")]
    results = []
    for start in range(0, len(docs), 500):
        chunk = docs[start : start + 500]
        keys = [document_hash(doc, version) for doc in chunk]
        found = store.get_many(keys)
        for doc, key in zip(chunk, keys):
            result = found[key][0]
            result.source, result.url, result.path = doc.source, doc.url, doc.path
            results.append(result)
    store.close()
    del docs
    gc.collect()
    gc.freeze()
    gc.disable()  # as a build does: it collects rarely
    report: dict[str, dict[str, float]] = {}

    def timed(name, function):
        wall, cpu, before = time.perf_counter(), time.process_time(), os.times()
        value = function()
        after = os.times()
        forks = after.children_user + after.children_system - before.children_user - before.children_system
        report[name] = {"wall": round(time.perf_counter() - wall, 2), "cpu": round(time.process_time() - cpu, 2),
                        "forks_cpu": round(forks, 2)}
        return value

    def graph():
        try:
            return build_graph(results, resolution, processes=2)
        except TypeError:  # a commit whose build_graph has no processes
            return build_graph(results, resolution)

    resolution = timed("corpus_resolution", lambda: resolve_corpus(results))
    g = timed("graph", graph)
    del results
    timed("exports", lambda: (write_all(g, dest, processes=2), write_documents_csv(g.graph.get("documents", {}), dest)))
    print(json.dumps(report))


if __name__ == "__main__":
    main()
