"""Scale features: the result store (incremental builds), Dask, and the build options."""

import shutil
import sqlite3
import subprocess
import sys

import pytest

from paths import ROOT, SEEDS
from kg.pipeline import build
from kg.store import STORE_NAME, Store, document_hash, pack
from kg.types import Document, DocResult, KgError


def _graphml(out):
    return (out / "graph.graphml").read_bytes()


@pytest.fixture
def halves(tmp_path):
    """Two input folders: A holds three seeds, A+B all five."""
    files = sorted(SEEDS.glob("*.txt"))
    a, ab = tmp_path / "A", tmp_path / "AB"
    a.mkdir()
    ab.mkdir()
    for i, path in enumerate(files):
        if i < 3:
            shutil.copy(path, a / path.name)
        shutil.copy(path, ab / path.name)
    return a, ab


def test_incremental_build_equals_fresh_build(tmp_path, halves):
    a, ab = halves
    full = build([ab], tmp_path / "full", store=False)
    first = build([a], tmp_path / "inc")
    second = build([ab], tmp_path / "inc")
    assert (first.reused, second.reused) == (0, 3)
    assert second.documents == 5
    assert _graphml(tmp_path / "inc") == _graphml(tmp_path / "full")
    assert (second.mentions, second.tokens, second.nodes) == (full.mentions, full.tokens, full.nodes)


def test_unchanged_rebuild_reuses_every_document(tmp_path):
    build([SEEDS], tmp_path)
    again = build([SEEDS], tmp_path)
    assert again.reused == again.documents == 5


def test_fresh_ignores_and_rewrites_the_store(tmp_path, halves):
    a, ab = halves
    build([ab], tmp_path)
    fresh = build([a], tmp_path, fresh=True)
    assert fresh.reused == 0
    with Store(tmp_path / STORE_NAME) as store:
        assert len(store) == 3


def test_edited_document_is_processed_again(tmp_path, halves):
    a, _ = halves
    build([a], tmp_path / "out")
    edited = sorted(a.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nوزار الرئيس الروسي فلاديمير بوتين الصين.", encoding="utf-8")
    again = build([a], tmp_path / "out")
    assert again.reused == 2
    build([a], tmp_path / "check", store=False)
    assert _graphml(tmp_path / "out") == _graphml(tmp_path / "check")


def test_document_hash_covers_text_id_and_version():
    doc = Document(id="a", text="نص")
    assert document_hash(doc, "v1") != document_hash(Document(id="a", text="نص."), "v1")
    assert document_hash(doc, "v1") != document_hash(Document(id="b", text="نص"), "v1")
    assert document_hash(doc, "v1") != document_hash(doc, "v2")


def test_new_pipeline_version_empties_the_store(tmp_path):
    path = tmp_path / STORE_NAME
    with Store(path, version="v1") as store:
        store.put("k", "a", pack(DocResult("a", tokens=3)))
    with Store(path, version="v1") as store:
        assert store.get("k")[0].tokens == 3
    with Store(path, version="v2") as store:
        assert store.get("k") is None and len(store) == 0


def test_interrupted_build_leaves_a_usable_store(tmp_path, monkeypatch):
    import kg.pipeline

    real = kg.pipeline.process_document
    seen = []

    def dies_on_the_fourth(doc, predictions=None):
        seen.append(doc.id)
        if len(seen) == 4:
            raise KeyboardInterrupt
        return real(doc, predictions)

    monkeypatch.setattr(kg.pipeline, "process_document", dies_on_the_fourth)
    monkeypatch.setattr(kg.pipeline._SerialExecutor, "batch_size", 1)  # store after each document
    with pytest.raises(KeyboardInterrupt):
        build([SEEDS], tmp_path / "out", workers=1)
    monkeypatch.setattr(kg.pipeline, "process_document", real)
    with sqlite3.connect(tmp_path / "out" / STORE_NAME) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    resumed = build([SEEDS], tmp_path / "out", workers=1)
    assert resumed.documents == 5 and resumed.reused == 3
    build([SEEDS], tmp_path / "ref", store=False)
    assert _graphml(tmp_path / "out") == _graphml(tmp_path / "ref")


def test_unreadable_store_is_an_error_that_fresh_repairs(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / STORE_NAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(KgError, match="--fresh"):
        build([SEEDS], out)
    assert build([SEEDS], out, fresh=True).documents == 5


def test_dask_cluster_builds_the_same_graph(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    local = build([SEEDS], tmp_path / "local", store=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            remote = build([SEEDS], tmp_path / "dask", dask=client, store=False)
    assert (remote.documents, remote.nodes, remote.edges) == (local.documents, local.nodes, local.edges)
    assert _graphml(tmp_path / "dask") == _graphml(tmp_path / "local")


def test_dask_address_that_nobody_answers_is_one_line_error(tmp_path):
    pytest.importorskip("dask.distributed")
    from kg.distributed import DaskExecutor

    with pytest.raises(KgError, match="cannot reach the Dask scheduler"):
        DaskExecutor("tcp://127.0.0.1:9", workers=1, connect_timeout=2)


def test_html_max_nodes_reaches_the_exporter(tmp_path, monkeypatch):
    import kg.export

    seen = {}
    real = kg.export.write_all

    def spy(graph, out, html_max_nodes=1500, **options):
        seen["html_max_nodes"] = html_max_nodes
        return real(graph, out, html_max_nodes=html_max_nodes, **options)

    monkeypatch.setattr(kg.export, "write_all", spy)
    build([SEEDS], tmp_path, html_max_nodes=7)
    assert seen == {"html_max_nodes": 7}


def test_cli_build_with_scale_options(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(tmp_path), "-w", "1", "--fresh", "--html-max-nodes", "50"])
    assert result.exit_code == 0, result.output
    assert "reused from store" in result.output
    quiet = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(tmp_path), "--workers", "1", "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == ""


def test_local_build_never_imports_dask(tmp_path):
    code = (
        "import sys; from kg.pipeline import build; "
        f"build([{str(SEEDS)!r}], {str(tmp_path)!r}, workers=1); "
        "assert not [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')], 'dask imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# ---------------------------------------------------------------- issue 15


def _committed(path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute("SELECT COUNT(*) FROM results").fetchone()[0]


def test_the_store_commits_as_the_build_goes(tmp_path):
    path = tmp_path / STORE_NAME
    with Store(path, version="v1", commit_seconds=3600, commit_rows=3) as store:
        for number in range(2):
            store.put(f"k{number}", "a", pack(DocResult("a")))
        store.commit_if_due()
        assert _committed(path) == 0  # not yet due: the rows wait
        store.put("k2", "a", pack(DocResult("a")))
        assert _committed(path) == 3  # a full queue is committed whatever the time
    with Store(path, version="v1", commit_seconds=0) as store:
        store.put("k3", "a", pack(DocResult("a")))
        store.commit_if_due()
        assert _committed(path) == 4  # visible to another reader before the build ends


def test_progress_has_a_total_phases_and_counts_only_processed_tokens(tmp_path):
    events = []

    def record(progress):
        events.append((progress.phase, progress.documents, progress.total, progress.reused, progress.tokens))

    first = build([SEEDS], tmp_path, workers=1, progress=record)
    documents = [e for e in events if e[0] == "documents"]
    assert [e[1] for e in documents] == [1, 2, 3, 4, 5] and {e[2] for e in documents} == {5}
    assert documents[-1][4] == first.tokens_processed == first.tokens > 0
    assert [e[0] for e in events[len(documents):]] == ["corpus resolution", "graph", "exports"]
    events.clear()
    again = build([SEEDS], tmp_path, workers=1, progress=record)
    assert again.tokens_processed == 0 and again.tokens == first.tokens
    assert events[4][1:] == (5, 5, 5, 0)  # all reused: no processing speed to report


def test_the_progress_bar_draws_every_phase(tmp_path, monkeypatch):
    import sys

    from kg.cli import _progress_bar

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    update, finish = _progress_bar(quiet=False)
    try:
        build([SEEDS], tmp_path, workers=1, progress=update)
    finally:
        finish()


def test_estimated_totals(tmp_path, monkeypatch):
    import kg.ingest
    from kg.ingest import estimate_documents

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join('{"id": "%d", "content": "%s"}\n' % (n, "نص " * 300) for n in range(3000)), encoding="utf-8")
    import gzip as gz

    with gz.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(corpus.read_text(encoding="utf-8"))
    assert estimate_documents([corpus]) == estimate_documents([tmp_path / "c.jsonl.gz"]) == 3000
    assert estimate_documents([SEEDS]) == 5
    monkeypatch.setattr(kg.ingest, "_COUNT_BYTES", 1 << 20)  # a corpus too big to count: extrapolated
    assert 2700 <= estimate_documents([corpus]) <= 3300
    assert 2700 <= estimate_documents([tmp_path / "c.jsonl.gz"]) <= 3300


def test_every_build_writes_its_documents_table(tmp_path):
    import csv
    import json

    corpus = tmp_path / "news.jsonl"
    text = (SEEDS / "003_eb0138e3fce3dee8.txt").read_text(encoding="utf-8")
    corpus.write_text(json.dumps({"id": "n1", "source": "wire", "url": "http://example.com/n1", "title": "عنوان",
                                  "date_extracted": "2015-07-21 02:51:32", "content": text}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    build([corpus, SEEDS / "000_eb6948e6aa265693.txt"], tmp_path / "out", workers=1)
    with open(tmp_path / "out" / "documents.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows == [
        {"id": "000_eb6948e6aa265693", "title": "", "date": "", "source": "", "url": "",
         "path": str((SEEDS / "000_eb6948e6aa265693.txt").resolve())},
        {"id": "n1", "title": "عنوان", "date": "2015-07-21 02:51:32", "source": "wire", "url": "http://example.com/n1",
         "path": str(corpus.resolve())},
    ]
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert data["documents"] == rows and "documents" not in data["graph"]
    assert "example.com" not in (tmp_path / "out" / "graph.graphml").read_text(encoding="utf-8")
    graph = data["edges"] + [n for n in data["nodes"] if n.get("type") == "EVENT"]
    assert {item["evidence_doc"] for item in graph} == {"n1", "000_eb6948e6aa265693"}
    # A rebuild from the store shows where the documents are now.
    moved = tmp_path / "moved.jsonl"
    corpus.rename(moved)
    assert build([moved, SEEDS / "000_eb6948e6aa265693.txt"], tmp_path / "out", workers=1).reused == 2
    assert str(moved.resolve()) in (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8")


def test_read_graph_gives_one_graph_class_whatever_the_input(tmp_path):
    import networkx as nx

    from kg.read import read_graph

    # Without co-mentions one article has no two edges between the same pair of nodes.
    build([SEEDS / "000_eb6948e6aa265693.txt"], tmp_path / "one", workers=1, comentions=False)
    build([SEEDS], tmp_path / "all", workers=1)
    classes = {type(nx.read_graphml(tmp_path / name / "graph.graphml")).__name__ for name in ("one", "all")}
    assert classes == {"DiGraph", "MultiDiGraph"}  # what networkx alone does
    for name in ("one", "all"):
        graph = read_graph(tmp_path / name)
        assert type(graph) is nx.MultiDiGraph
        assert all(key == data["relation"] for *_, key, data in graph.edges(keys=True, data=True))
        assert set(graph.graph["documents"]) >= {"000_eb6948e6aa265693"}


def test_the_page_cap_is_what_docs_exports_says():
    """docs/EXPORTS.md: at most max_nodes entities plus max_nodes // 2 events among them."""
    import networkx as nx

    from kg.export.html import select_nodes
    from paths import ROOT

    g = nx.MultiDiGraph()
    for number in range(40):
        g.add_node(f"PERSON:{number}", type="PERSON", mentions=100 - number)
    for number in range(40):
        g.add_node(f"EVENT:{number}", type="EVENT", mentions=1)
        g.add_edge(f"PERSON:{number % 5}", f"EVENT:{number}", key="agent", relation="agent")
    kept = select_nodes(g, 10)
    assert sum(n.startswith("PERSON") for n in kept) == 10
    assert len(kept) <= 10 + 10 // 2
    text = " ".join((ROOT / "docs" / "EXPORTS.md").read_text(encoding="utf-8").split())
    assert "at most 750 events among them (at most 2,250 nodes)" in text


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_the_output_lock_names_its_holder_and_goes_with_it(tmp_path):
    import os

    from kg.pipeline import LOCK_NAME, lock_output

    with lock_output(tmp_path):
        assert (tmp_path / LOCK_NAME).read_text() == f"{os.getpid()}\n"
        with pytest.raises(KgError, match=rf"output folder {tmp_path} is in use by another kg build \(pid {os.getpid()}\)"):
            with lock_output(tmp_path):
                pass
    assert not (tmp_path / LOCK_NAME).exists()
    (tmp_path / LOCK_NAME).write_text("12345\n")  # left by a build killed with kill -9: no lock held
    with lock_output(tmp_path):
        pass
