"""Scale-out: the per-document work of a build on a Dask cluster.

``kg build --dask tcp://scheduler:8786`` (or ``--dask local`` for a cluster of worker
processes on this machine) sends batches of documents to Dask workers, which run
``kg.pipeline.process_batch`` on them; the results come back in input order and are
merged here, exactly as in a local build, so the graph is the same byte for byte.
Only the per-document stages run remotely: corpus resolution, the graph and the exports
need every document and stay in the building process.

Every worker needs kg installed at the same version (``pip install 'kg[dask]'``): the
code, the lexicons and the NER model ship inside the package, so nothing else is copied.
Dask is imported only here, and this module only when ``--dask`` is given.
"""

from __future__ import annotations

from kg.types import Document, KgError

#: Batches in flight per worker thread: enough to hide the round trip, few enough that
#: the documents waiting in the scheduler stay a small part of the corpus.
_BATCHES_PER_THREAD = 3


class DaskExecutor:
    """Submits document batches to a Dask cluster and hands back their results.

    ``target`` is a scheduler address (``tcp://host:8786``), ``"local"`` to start a
    ``LocalCluster`` of ``workers`` single-threaded processes, or a ``distributed.Client``
    the caller owns (left open on ``close``).
    """

    batch_size = 64

    def __init__(self, target: object, workers: int = 1, *, connect_timeout: float = 20) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise KgError("--dask needs Dask: pip install 'kg[dask]'") from None
        self._owned: list = []
        if isinstance(target, Client):
            self.client = target
        elif target == "local":
            cluster = LocalCluster(
                n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._owned.append(cluster)
            self.client = Client(cluster)
            self._owned.insert(0, self.client)
        elif isinstance(target, str):
            try:
                self.client = Client(target, timeout=f"{connect_timeout}s")
            except (OSError, TimeoutError) as err:
                raise KgError(f"cannot reach the Dask scheduler at {target}: {err}") from None
            self._owned.append(self.client)
        else:
            raise KgError(f"--dask takes a scheduler address or 'local', not {target!r}")
        threads = sum(self.client.nthreads().values()) or 1
        self.window = _BATCHES_PER_THREAD * threads

    def submit(self, docs: list[Document], pack_results: bool):
        from kg.pipeline import process_batch

        return self.client.submit(process_batch, docs, pack_results, pure=False)

    def result(self, future):
        try:
            return future.result()
        finally:
            future.release()

    def close(self) -> None:
        for thing in self._owned:
            thing.close()
        self._owned = []
