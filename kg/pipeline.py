"""The build: the one place that runs the stages in order.

ingest -> segment -> tag -> resolve (per document) -> extract -> resolve (corpus)
-> graph -> export. Each document is processed on its own into a ``DocResult``, so the
per-document work can run in worker processes or on a Dask cluster and be cached in
the store; corpus-level resolution and the graph are built in this process, in input
order, so every way of running gives the same graph.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.ingest import Skipped, iter_documents
from kg.types import Document, DocResult, KgError

ProgressCallback = Callable[[int, int], None]


@dataclass(slots=True)
class BuildReport:
    """What a build read, skipped, produced and wrote."""

    documents: int = 0
    sentences: int = 0
    tokens: int = 0
    mentions: int = 0
    entities: int = 0
    events: int = 0
    nodes: int = 0
    edges: int = 0
    seconds: float = 0.0
    reused: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "sentences": self.sentences,
            "tokens": self.tokens,
            "mentions": self.mentions,
            "entities": self.entities,
            "events": self.events,
            "nodes": self.nodes,
            "edges": self.edges,
            "seconds": round(self.seconds, 3),
            "reused_from_store": self.reused,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "outputs": self.outputs,
        }


def process_document(doc: Document) -> DocResult:
    """Everything that depends on one document alone: tokens, mentions, clusters, relations."""
    from kg.extract import extract
    from kg.resolve import resolve_document
    from kg.segment import segment
    from kg.tag import tag

    segment(doc)
    mentions = tag(doc)
    clusters = resolve_document(doc, mentions)
    relations, events = extract(doc, mentions, clusters)
    return DocResult(
        doc_id=doc.id,
        title=doc.title,
        date=doc.date,
        sentences=len(doc.sentences),
        tokens=sum(len(s.tokens) for s in doc.sentences),
        mentions=mentions,
        clusters=clusters,
        relations=relations,
        events=events,
    )


def _split_stream(items: Iterable[Document | Skipped], skipped: list[Skipped]) -> Iterator[Document]:
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            yield item


def process_documents(docs: Iterable[Document], workers: int = 1) -> Iterator[DocResult]:
    """DocResults in input order, computed in ``workers`` processes."""
    if workers <= 1:
        for doc in docs:
            yield process_document(doc)
        return
    import multiprocessing as mp

    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with context.Pool(workers) as pool:
        yield from pool.imap(process_document, docs, chunksize=16)


def build(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    workers: int = 1,
    html_max_nodes: int = 1500,
    progress: ProgressCallback | None = None,
) -> BuildReport:
    """Build the knowledge graph of ``inputs`` and write it under ``out``.

    Raises ``KgError`` when no document could be built.
    """
    from kg.export import write_all
    from kg.graph import build_graph
    from kg.resolve import resolve_corpus

    started = time.perf_counter()
    out = _prepare_output(Path(out))
    inputs = [Path(p) for p in inputs]
    for path in inputs:
        if not path.exists():
            raise KgError(f"input not found: {path}")
    workers = workers or os.cpu_count() or 1
    report = BuildReport()
    docs = _split_stream(iter_documents(inputs), report.skipped)
    results: list[DocResult] = []
    for result in process_documents(docs, workers=workers):
        results.append(result)
        report.documents += 1
        report.sentences += result.sentences
        report.tokens += result.tokens
        report.mentions += len(result.mentions)
        if progress:
            progress(report.documents, result.tokens)
    if not results:
        report.seconds = time.perf_counter() - started
        _write_report(report, out)
        error = KgError("no document could be built from the inputs" + _skip_summary(report.skipped))
        error.exit_code = 3
        raise error
    resolution = resolve_corpus(results)
    graph = build_graph(results, resolution)
    report.entities = len(resolution.entities)
    report.events = sum(1 for _, data in graph.nodes(data=True) if data.get("type") == "EVENT")
    report.nodes = graph.number_of_nodes()
    report.edges = graph.number_of_edges()
    paths = write_all(graph, out, html_max_nodes=html_max_nodes)
    report.outputs = {name: str(path) for name, path in paths.items()}
    report.outputs["report"] = str(out / "build-report.json")
    report.seconds = time.perf_counter() - started
    _write_report(report, out)
    return report


def _prepare_output(out: Path) -> Path:
    """Create the output folder, or say in one line why it cannot be used."""
    if out.exists() and not out.is_dir():
        raise KgError(f"output folder is a file: {out}")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise KgError(f"cannot create output folder {out}: {err.strerror or err}") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise KgError(f"output folder is not writable: {out}")
    return out


def _write_report(report: BuildReport, out: Path) -> None:
    from kg.export.atomic import atomic_write

    atomic_write(out / "build-report.json", json.dumps(report.as_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def _skip_summary(skipped: list[Skipped]) -> str:
    if not skipped:
        return ""
    shown = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
    more = f" (and {len(skipped) - 3} more)" if len(skipped) > 3 else ""
    return f" — skipped {shown}{more}"
