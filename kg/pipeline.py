"""The build: the one place that runs the stages in order.

ingest -> segment -> tag -> resolve (per document) -> extract -> resolve (corpus)
-> graph -> export. Each document is processed on its own into a ``DocResult``, so the
per-document work can run in worker processes or on a Dask cluster and be cached in
the store; corpus-level resolution and the graph are built in this process, in input
order, so every way of running gives the same graph.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from kg.ingest import Skipped, contains, estimate_documents, iter_documents
from kg.types import Document, DocResult, KgError


@dataclass(slots=True)
class Progress:
    """Where a build is, handed to the ``progress`` callback after every document and
    at the start of every later phase (``corpus resolution``, ``graph``, ``exports``)."""

    phase: str = "documents"
    documents: int = 0  # documents done so far, reused or processed
    total: int = 0  # about how many documents the inputs hold (``estimate_documents``)
    reused: int = 0  # of ``documents``, read back from the store
    tokens: int = 0  # tokens of the documents processed (not reused) so far


ProgressCallback = Callable[[Progress], None]
LOCK_NAME = ".kg-lock"


@dataclass(slots=True)
class BuildReport:
    """What a build read, skipped, produced and wrote."""

    documents: int = 0
    sentences: int = 0
    tokens: int = 0
    tokens_processed: int = 0  # of ``tokens``, those of the documents processed (not reused)
    mentions: int = 0
    entities: int = 0
    events: int = 0
    nodes: int = 0
    edges: int = 0
    seconds: float = 0.0
    # Wall-clock seconds of each phase: documents, corpus resolution, graph, exports.
    phases: dict[str, float] = field(default_factory=dict)
    reused: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    # One-line notices for the user (the output folder lies inside an input, ...).
    notices: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "sentences": self.sentences,
            "tokens": self.tokens,
            "tokens_processed": self.tokens_processed,
            "mentions": self.mentions,
            "entities": self.entities,
            "events": self.events,
            "nodes": self.nodes,
            "edges": self.edges,
            "seconds": round(self.seconds, 3),
            "phase_seconds": {name: round(value, 3) for name, value in self.phases.items()},
            "reused_from_store": self.reused,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "outputs": self.outputs,
            "notices": self.notices,
        }


_STAGES = ("segment", "tag", "resolve", "extract")
# Documents per unit of work: big enough that sending a batch costs little next to
# processing it (~0.3 s on one core for 16 news articles), small enough to keep both
# cores busy to the end and the documents in flight few.
_LOCAL_BATCH = 16
_DASK_BATCH = 64


def process_document(doc: Document, predictions: list | None = None) -> DocResult:
    """Everything that depends on one document alone: tokens, mentions, clusters, relations.

    With ``predictions`` (the model's tags from ``kg.tag.predict_tags`` over a batch) the
    document is already segmented and its model pass is done. A failing stage is named
    in the error, with the document, so a bad article in 30,000 can be found.
    """
    from kg.comention import sentence_pairs
    from kg.extract import extract
    from kg.resolve import resolve_document
    from kg.segment import segment
    from kg.tag import tag

    stage = _STAGES[0]
    try:
        if predictions is None:
            segment(doc)
        stage = "tag"
        mentions = tag(doc, predictions=predictions)
        stage = "resolve"
        clusters = resolve_document(doc, mentions)
        stage = "extract"
        relations, events = extract(doc, mentions, clusters)
        comentions, comention_sentences = sentence_pairs(doc, mentions)
    except KgError:
        raise
    except Exception as err:
        raise KgError(f"{stage} failed on document {doc.id}: {type(err).__name__}: {err}") from err
    return DocResult(
        doc_id=doc.id,
        title=doc.title,
        date=doc.date,
        source=doc.source,
        url=doc.url,
        path=doc.path,
        sentences=len(doc.sentences),
        tokens=sum(len(s.tokens) for s in doc.sentences),
        mentions=mentions,
        clusters=clusters,
        relations=relations,
        events=events,
        comentions=comentions,
        comention_sentences=comention_sentences,
    )


def process_batch(docs: list[Document], pack_results: bool = True) -> list[tuple[DocResult, tuple[bytes, bytes, int]]]:
    """The unit of work sent to a worker process or a Dask worker.

    Returns, per document, its result without mentions (all that corpus resolution and
    the graph read) and the packed full result for the store (``kg.store.pack``), so
    the mentions of 30,000 articles never pile up in the building process. With
    ``pack_results`` false the packed blobs are empty and only the mention count is kept.
    """
    from kg.memo import trim
    from kg.segment import segment
    from kg.store import pack
    from kg.tag import predict_tags

    for doc in docs:
        _run_stage("segment", doc, segment)
    try:
        predictions = predict_tags(docs)
    except KgError:
        raise
    except Exception as err:
        ids = ", ".join(doc.id for doc in docs[:3]) + (" ..." if len(docs) > 3 else "")
        raise KgError(f"tag failed on the batch of documents {ids}: {type(err).__name__}: {err}") from err
    out = []
    for doc, doc_predictions in zip(docs, predictions):
        result = process_document(doc, doc_predictions)
        packed = pack(result) if pack_results else (b"", b"", len(result.mentions))
        result.mentions = []
        out.append((result, packed))
    trim()  # the word-type memos stay within their bounds between work units
    return out


def _run_stage(stage: str, doc: Document, function) -> None:
    try:
        function(doc)
    except KgError:
        raise
    except Exception as err:
        raise KgError(f"{stage} failed on document {doc.id}: {type(err).__name__}: {err}") from err


def _split_stream(items: Iterable[Document | Skipped], skipped: list[Skipped]) -> Iterator[Document]:
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            yield item


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(docs)
    while batch := list(islice(iterator, size)):
        yield batch


class _SerialExecutor:
    """Runs batches in this process; each batch is stored as soon as it is done."""

    window = 0
    batch_size = _LOCAL_BATCH

    def submit(self, docs: list[Document], pack_results: bool):
        return process_batch(docs, pack_results)

    def result(self, handle):
        return handle

    def close(self) -> None:
        pass


class _PoolExecutor:
    """Runs batches in forked worker processes, a few batches ahead of the merge."""

    batch_size = _LOCAL_BATCH

    def __init__(self, workers: int) -> None:
        import multiprocessing as mp

        _warm_up()  # load the model and lexicons once; forked workers share them
        context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        self._pool = context.Pool(workers, initializer=_init_worker, initargs=(os.getpid(),))
        self.window = 4 * workers

    def submit(self, docs: list[Document], pack_results: bool):
        return self._pool.apply_async(process_batch, (docs, pack_results))

    def result(self, handle):
        return handle.get()

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _init_worker(parent: int) -> None:
    """Workers ignore Ctrl-C (the building process handles it once, with one line),
    end with the building process (even one killed by ``kill -9``, which cannot tell
    them) and collect garbage rarely."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_parent(parent)
    _collect_rarely()


def _end_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies (``PR_SET_PDEATHSIG``);
    elsewhere a worker orphaned by a killed build ends when it next sends a result."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request: nobody to work for
        os._exit(1)


# The stages make no reference cycles worth collecting (a 8,000-article run freed under
# a thousand objects through the collector), but the default thresholds walk the
# growing caches over and over: 13% of a worker's time. Collections still happen, rarely.
_RARE_COLLECTIONS = (100_000, 50, 100)


def _collect_rarely() -> None:
    """Freeze what is loaded so far (model, lexicons) and raise the collection thresholds."""
    gc.freeze()
    gc.set_threshold(*_RARE_COLLECTIONS)


@contextmanager
def _rare_collections() -> Iterator[None]:
    """``_collect_rarely`` for the duration of a build, then the caller's settings again."""
    previous = gc.get_threshold()
    _collect_rarely()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*previous)


def _warm_up() -> None:
    """Load what every document needs (tokenizer, model, lexicons) in this process."""
    process_document(Document(id="warm-up", text="قال الرئيس محمد في الرياض."))


def _make_executor(workers: int, dask):
    if dask is not None:
        from kg.distributed import DaskExecutor

        executor = DaskExecutor(dask, workers)
        executor.batch_size = _DASK_BATCH
        return executor
    return _PoolExecutor(workers) if workers > 1 else _SerialExecutor()


def _merged_results(
    docs: Iterable[Document], executor, store, report: BuildReport, progress: ProgressCallback | None,
    total: int = 0,
) -> Iterator[DocResult]:
    """Mention-free DocResults in input order: from the store where a document is unchanged,
    else computed by ``executor`` (and then stored).

    A stored result gets the document's provenance (source, URL, path) of this build,
    which the hash does not cover: a corpus that moved shows where it is now.
    """
    from kg.store import document_hash

    version = store.version if store is not None else ""
    inflight: deque = deque()
    state = Progress(total=total)

    def drain(entry) -> Iterator[DocResult]:
        batch, keys, found, handle = entry
        computed = iter(executor.result(handle)) if handle is not None else iter(())
        for doc, key in zip(batch, keys):
            if key in found:
                result, count = found[key]
                result.source, result.url, result.path = doc.source, doc.url, doc.path
                report.reused += 1
            else:
                result, packed = next(computed)
                count = packed[2]
                report.tokens_processed += result.tokens
                state.tokens = report.tokens_processed
                if store is not None:
                    store.put(key, doc.id, packed)
            report.documents += 1
            report.sentences += result.sentences
            report.tokens += result.tokens
            report.mentions += count
            if progress:
                state.documents, state.reused = report.documents, report.reused
                state.total = max(state.total, state.documents)
                progress(state)
            yield result
        if store is not None:
            store.commit_if_due()

    for batch in _batches(docs, executor.batch_size):
        if store is not None:
            keys = [document_hash(doc, version) for doc in batch]
            found = store.get_many(keys)
        else:
            keys, found = [None] * len(batch), {}
        new = [doc for doc, key in zip(batch, keys) if key not in found]
        handle = executor.submit(new, store is not None) if new else None
        inflight.append((batch, keys, found, handle))
        while len(inflight) > executor.window:
            yield from drain(inflight.popleft())
    while inflight:
        yield from drain(inflight.popleft())


def build(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    workers: int = 1,
    html_max_nodes: int = 1500,
    progress: ProgressCallback | None = None,
    dask: object | None = None,
    fresh: bool = False,
    store: bool = True,
    comentions: bool = True,
) -> BuildReport:
    """Build the knowledge graph of ``inputs`` and write it under ``out``.

    ``workers`` processes compute the documents (0 = one per CPU core); ``dask`` (a
    scheduler address, ``"local"`` or a ``distributed.Client``) sends them to a Dask
    cluster instead. Results are kept in ``out/kg-store.sqlite`` and reused for unchanged
    documents unless ``fresh`` (which empties the store first) or ``store`` is false.
    Every way of running gives the same graph; ``comentions`` false leaves out the
    ``co_mentioned`` edges. Raises ``KgError`` when no document could
    be built.
    """
    from kg.export import write_all
    from kg.export.documents import write_documents_csv
    from kg.graph import build_graph
    from kg.resolve import resolve_corpus

    started = time.perf_counter()
    with _rare_collections(), ExitStack() as locked:
        out = _prepare_output(Path(out))
        inputs = [Path(p) for p in inputs]
        for path in inputs:
            if not path.exists():
                raise KgError(f"input not found: {path}")
        locked.enter_context(lock_output(out))
        workers = workers if workers > 0 else _cpu_count()
        report = BuildReport()
        report.notices = [
            f"output folder {out} is {'input' if contains(out, path) else 'inside input'} {path}: "
            "kg's own files there are not read as articles"
            for path in inputs if path.is_dir() and contains(path, out)
        ]
        total = estimate_documents(inputs, output=out) if progress else 0
        docs = _split_stream(iter_documents(inputs, output=out), report.skipped)
        with ExitStack() as stack:
            stack.enter_context(_timed(report, "documents"))
            result_store = None
            if store:
                from kg.store import open_store

                result_store = stack.enter_context(open_store(out, fresh=fresh))
                report.outputs["store"] = str(result_store.path)
            executor = _make_executor(workers, dask)
            stack.callback(executor.close)
            results = list(_merged_results(docs, executor, result_store, report, progress, total))
        if not results:
            report.seconds = time.perf_counter() - started
            _write_report(report, out)
            error = KgError("no document could be built from the inputs" + _skip_summary(report.skipped))
            error.exit_code = 3
            raise error
        with _timed(report, "corpus_resolution", progress):
            resolution = resolve_corpus(results)
        with _timed(report, "graph", progress):
            # on two cores or more, the co-mentions are scored in a forked copy (not beside a
            # Dask client, as for the exports)
            graph = build_graph(results, resolution, comentions=comentions,
                                processes=2 if workers > 1 and dask is None else 1)
        del results
        report.entities = len(resolution.entities)
        report.events = sum(1 for _, data in graph.nodes(data=True) if data.get("type") == "EVENT")
        report.nodes = graph.number_of_nodes()
        report.edges = graph.number_of_edges()
        with _timed(report, "exports", progress):
            # on two cores or more, half of the files are written by a forked copy (not beside
            # a Dask client, whose threads a fork would copy mid-flight)
            paths = write_all(graph, out, html_max_nodes=html_max_nodes,
                              processes=2 if workers > 1 and dask is None else 1)
            paths["documents"] = write_documents_csv(graph.graph.get("documents", {}), out)
        report.outputs.update({name: str(path) for name, path in paths.items()})
        report.outputs["report"] = str(out / "build-report.json")
        report.seconds = time.perf_counter() - started
        _write_report(report, out)
        return report


@contextmanager
def _timed(report: BuildReport, phase: str, progress: ProgressCallback | None = None) -> Iterator[None]:
    if progress:
        progress(Progress(phase=phase.replace("_", " "), documents=report.documents, total=report.documents,
                          reused=report.reused))
    start = time.perf_counter()
    try:
        yield
    finally:
        report.phases[phase] = time.perf_counter() - start


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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


@contextmanager
def lock_output(out: Path) -> Iterator[None]:
    """Hold the output folder for one build: a second build into it fails at once.

    An exclusive ``flock`` on ``OUT/.kg-lock``, which holds the owner's pid; the kernel
    drops it when the process dies, even by ``kill -9``, so a stale file never blocks a
    build. Where ``fcntl`` is missing (Windows) or the file system has no locks, builds
    are not locked.
    """
    path = out / LOCK_NAME
    fd = _acquire(path, out)
    if fd is None:
        yield
        return
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
        os.close(fd)


def _acquire(path: Path, out: Path) -> int | None:
    """The locked descriptor of ``path``, None where nothing can be locked; raises
    ``KgError`` naming the owner's pid when another build holds it."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return None
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise KgError(f"output folder {out} is in use by another kg build (pid {owner}): "
                          "wait for it to finish or build into another folder") from None
        except OSError:  # a file system without locks: build unlocked rather than not at all
            os.close(fd)
            return None
        try:
            if os.fstat(fd).st_ino == os.stat(path).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)  # the previous owner removed the file between our open and lock: again


def _write_report(report: BuildReport, out: Path) -> None:
    from kg.export.atomic import atomic_write

    atomic_write(out / "build-report.json", json.dumps(report.as_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def _skip_summary(skipped: list[Skipped]) -> str:
    if not skipped:
        return ""
    shown = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
    more = f" (and {len(skipped) - 3} more)" if len(skipped) > 3 else ""
    return f" — skipped {shown}{more}"
