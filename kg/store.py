"""The result store: per-document results kept in ``OUT/kg-store.sqlite`` between builds.

A document's ``DocResult`` depends on the document alone and on the code and data that
computed it, so it is stored under a content hash of both (``document_hash``): the
document's id, title, date and text, plus ``pipeline_version()``, a digest of every
source file of the ``kg`` package and every file under ``kg/data`` (lexicons, event
table, NER model). Editing the code or retraining the model changes the version, so no
stale result is ever reused; the store then starts over empty rather than growing with
results no build can use again.

Each row keeps the mention-free ``DocResult`` (what corpus resolution and the graph
read) apart from its mentions, so a rebuild reads back only what it needs. Rows are
committed as the build goes (every ``COMMIT_SECONDS``, or ``COMMIT_ROWS`` rows, whichever
comes first) in SQLite transactions on a write-ahead log: a build killed mid-way, even
by ``kill -9``, loses only its last few seconds of work and never leaves half a row,
and the next build reuses everything committed.

SQLite is in the standard library and the store is one file beside the outputs, so an
incremental build needs no server; delete the file (or build with ``--fresh``) to start over.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
import time
import zlib
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kg.types import Document, DocResult, KgError, Mention

STORE_NAME = "kg-store.sqlite"
#: Bumped when the layout of the table or of its blobs changes.
SCHEMA = 1
_PACKAGE = Path(__file__).resolve().parent
_PICKLE_PROTOCOL = 5
#: Most seconds a finished result waits before it is committed.
COMMIT_SECONDS = 2.0
#: Most results queued before a commit, whatever the time.
COMMIT_ROWS = 500


# Modules that never touch a DocResult: editing them keeps the stored results valid.
_UNVERSIONED = ("cli.py", "graph.py", "distributed.py", "export/")


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A digest of the code and data that compute a ``DocResult``.

    Covers every ``.py`` file of the package (but the CLI, the graph, Dask and the
    exports, which only read DocResults) and every file under ``kg/data`` (models
    included), in sorted order, so any edit to a stage, a lexicon or the model gives a
    new version.
    """
    digest = hashlib.sha256(f"kg-store-schema-{SCHEMA}".encode())
    for path in sorted(_PACKAGE.rglob("*")):
        relative = path.relative_to(_PACKAGE).as_posix()
        if not path.is_file() or "__pycache__" in relative or relative.startswith(_UNVERSIONED):
            continue
        if path.suffix != ".py" and not relative.startswith("data/"):
            continue
        digest.update(relative.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def document_hash(doc: Document, version: str | None = None) -> str:
    """The key a document's result is stored under: its content plus the pipeline version."""
    digest = hashlib.sha256((version or pipeline_version()).encode())
    for part in (doc.id, doc.title, doc.date, "fetched" if doc.fetched else "", doc.text):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def pack(result: DocResult) -> tuple[bytes, bytes, int]:
    """(mention-free result, mentions, mention count) as compressed pickles, for ``Store.put``."""
    core = zlib.compress(pickle.dumps(replace(result, mentions=[]), _PICKLE_PROTOCOL), 1)
    mentions = zlib.compress(pickle.dumps(result.mentions, _PICKLE_PROTOCOL), 1)
    return core, mentions, len(result.mentions)


def unpack_core(blob: bytes) -> DocResult:
    """The mention-free ``DocResult`` written by ``pack``."""
    return pickle.loads(zlib.decompress(blob))


class Store:
    """Stored ``DocResult``s of one output folder, keyed by ``document_hash``.

    ``fresh=True`` empties the store first (``kg build --fresh``). Use as a context
    manager, or call ``close``; ``put`` queues rows (committing every ``commit_rows``),
    ``commit_if_due`` commits them when the last commit is ``commit_seconds`` old (the
    build calls it after every batch), ``flush`` commits them now.
    """

    def __init__(self, path: str | Path, *, fresh: bool = False, version: str | None = None,
                 commit_seconds: float = COMMIT_SECONDS, commit_rows: int = COMMIT_ROWS) -> None:
        self.path = Path(path)
        self.version = version or pipeline_version()
        self.commit_seconds = commit_seconds
        self.commit_rows = commit_rows
        self._pending: list[tuple[str, str, int, bytes, bytes]] = []
        self._committed = time.monotonic()  # when the queue was last committed
        try:
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._setup(fresh)
        except sqlite3.DatabaseError as err:
            raise KgError(f"result store {self.path} is unreadable ({err}): delete it or build with --fresh") from None

    def _setup(self, fresh: bool) -> None:
        with self._transaction():
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS results (hash TEXT PRIMARY KEY, doc_id TEXT NOT NULL, "
                "mentions INTEGER NOT NULL, core BLOB NOT NULL, mention_data BLOB NOT NULL)"
            )
            row = self._db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if fresh or row is None or row[0] != self.version:
                self._db.execute("DELETE FROM results")
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self.version,))

    def _transaction(self):
        db = self._db

        class _Tx:
            def __enter__(self):
                db.execute("BEGIN IMMEDIATE")

            def __exit__(self, kind, value, tb):
                db.execute("COMMIT" if kind is None else "ROLLBACK")
                return False

        return _Tx()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind, value, tb) -> None:
        # Every queued row is a finished result, so it is kept even when the build fails.
        self.close()

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    def get(self, key: str) -> tuple[DocResult, int] | None:
        """The stored mention-free result and its mention count, or None."""
        row = self._db.execute("SELECT core, mentions FROM results WHERE hash = ?", (key,)).fetchone()
        if row is None:
            return None
        return unpack_core(row[0]), row[1]

    def get_many(self, keys: list[str]) -> dict[str, tuple[DocResult, int]]:
        """``get`` for several keys in one query; missing keys are left out."""
        found: dict[str, tuple[DocResult, int]] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for key, core, mentions in self._db.execute(f"SELECT hash, core, mentions FROM results WHERE hash IN ({marks})", chunk):
                found[key] = (unpack_core(core), mentions)
        return found

    def mentions(self, key: str) -> list[Mention]:
        """The stored mentions of a document (not needed by builds; for inspection)."""
        row = self._db.execute("SELECT mention_data FROM results WHERE hash = ?", (key,)).fetchone()
        return pickle.loads(zlib.decompress(row[0])) if row else []

    def put(self, key: str, doc_id: str, packed: tuple[bytes, bytes, int]) -> None:
        """Queue one packed result (``pack``); committed once ``commit_rows`` are queued."""
        core, mention_data, count = packed
        self._pending.append((key, doc_id, count, core, mention_data))
        if len(self._pending) >= self.commit_rows:
            self.flush()

    def commit_if_due(self) -> None:
        """Commit the queue if the last commit is ``commit_seconds`` old."""
        if self._pending and time.monotonic() - self._committed >= self.commit_seconds:
            self.flush()

    def flush(self) -> None:
        """Commit the queued rows in one transaction."""
        if not self._pending:
            return
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)", self._pending)
        self._pending = []
        self._committed = time.monotonic()

    def keys(self) -> Iterator[str]:
        for (key,) in self._db.execute("SELECT hash FROM results ORDER BY hash"):
            yield key

    def close(self, *, commit: bool = True) -> None:
        """Commit what is queued (unless ``commit`` is false) and close the database."""
        try:
            if commit:
                self.flush()
        finally:
            self._pending = []
            self._db.close()


def open_store(out: Path, *, fresh: bool = False) -> Store:
    """The store of output folder ``out``; ``fresh`` also replaces a store that is unreadable."""
    path = out / STORE_NAME
    try:
        return Store(path, fresh=fresh)
    except KgError:
        if not fresh:
            raise
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            stale.unlink(missing_ok=True)
        return Store(path, fresh=True)

