"""The command line on bad input: one clear line, a documented exit code, no traceback.

Run as real subprocesses (``python -m kg.cli``), so what is checked is what a user sees
on the terminal, tracebacks included.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from paths import ROOT, SEEDS

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def kg(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env={**os.environ, "COLUMNS": "100"})


def assert_one_line_error(done: subprocess.CompletedProcess, code: int, *fragments: str) -> None:
    assert done.returncode == code, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), done.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def command_names() -> list[str]:
    from kg.cli import app

    return sorted(typer.main.get_command(app).commands)


def test_help_shows_an_example():
    done = kg("--help")
    assert done.returncode == 0 and "Example: kg build seeds/ -o outputs/" in done.stdout


@pytest.mark.parametrize("command", command_names())
def test_every_command_has_help_with_an_example(command):
    done = kg(command, "--help")
    assert done.returncode == 0, done.stderr
    assert "Example" in done.stdout and f"kg {command}" in done.stdout


def test_no_arguments_prints_help():
    done = kg()
    assert done.returncode == 2 and "Usage: kg" in done.stdout + done.stderr


def test_missing_input_path():
    assert_one_line_error(kg("build", "no/such/folder", "-o", "/tmp/kg-never-written"), 1,
                          "input not found: no/such/folder")


def test_output_folder_is_a_file(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x")
    assert_one_line_error(kg("build", str(SEEDS), "-o", str(afile)), 1, f"output folder is a file: {afile}")


def test_output_folder_under_a_file(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x")
    assert_one_line_error(kg("build", str(SEEDS), "-o", str(afile / "out")), 1,
                          f"cannot create output folder {afile / 'out'}: Not a directory")


@pytest.mark.skipif(IS_ROOT, reason="running as root: chmod 0o500 does not stop root from writing")
def test_unwritable_output_folder(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert_one_line_error(kg("build", str(SEEDS), "-o", str(locked)), 1, f"output folder is not writable: {locked}")
    finally:
        locked.chmod(0o700)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["build", str(SEEDS), "--frobnicate"], "No such option: --frobnicate"),
        (["build"], "Missing argument 'INPUT'"),
        (["build", str(SEEDS), "--workers", "many"], "Invalid value for '--workers'"),
        (["frobnicate"], "No such command 'frobnicate'"),
        (["tag"], "give a FILE to tag"),
        (["tag", "--ner", "bert", "x.txt"], "unknown NER backend 'bert'"),
    ],
    ids=["unknown-option", "missing-argument", "bad-number", "unknown-command", "tag-without-file", "unknown-backend"],
)
def test_usage_errors_exit_2_in_one_line(args, fragment):
    assert_one_line_error(kg(*args), 2, fragment)


def test_usage_error_points_at_the_commands_help():
    assert_one_line_error(kg("build", str(SEEDS), "--frobnicate"), 2, "(see 'kg build --help')")


@pytest.mark.parametrize("command", ["stats", "entities"])
def test_graph_commands_without_a_graph(tmp_path, command):
    assert_one_line_error(kg(command, "-g", str(tmp_path)), 1, "no graph at", "run `kg build INPUT")


def test_show_on_a_corrupt_graph(tmp_path):
    broken = tmp_path / "graph.graphml"
    broken.write_text("<graphml><graph>", encoding="utf-8")
    assert_one_line_error(kg("show", "بوتين", "-g", str(tmp_path)), 1, f"cannot read graph {broken}")


def test_tag_on_an_unreadable_input_names_the_reason(tmp_path):
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)))
    assert_one_line_error(kg("tag", str(blob)), 1, f"{blob}: binary file (not text)")
    assert_one_line_error(kg("tag", str(tmp_path / "missing.txt")), 1, "input not found")
    assert_one_line_error(kg("tag", "--conll", str(tmp_path / "missing.conll"), "--output", str(tmp_path / "o")), 1,
                          "input not found")


def test_debug_shows_the_traceback(tmp_path):
    done = kg("--debug", "build", "no/such/folder", "-o", str(tmp_path / "out"))
    assert done.returncode != 0
    assert "Traceback" in done.stderr and "KgError: input not found: no/such/folder" in done.stderr


def test_an_unexpected_error_is_one_line_that_points_at_debug(tmp_path):
    code = (
        "import sys, kg.ingest\n"
        "def boom(*a, **k):\n    raise ValueError('boom')\n"
        "kg.ingest.iter_documents = boom\n"
        "from kg.cli import main\n"
        "sys.argv = ['kg', 'tag', sys.argv[1]]\n"
        "main()\n"
    )
    article = tmp_path / "a.txt"
    article.write_text("زار الوزير القاهرة.", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert_one_line_error(done, 1, "internal error: ValueError: boom", "kg --debug")


# ---------------------------------------------------------------- papercuts (issue 15)


def kg_in(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, input=stdin if stdin is not None else "", env={**os.environ, "COLUMNS": "100"})


@pytest.mark.parametrize("command", ["", *command_names()])
def test_help_names_what_to_type_not_python_types(command):
    done = kg(*filter(None, [command]), "-h")
    assert done.returncode == 0, done.stderr
    for internal in ("<list", "<path>", "<bool>", "<int", "<str>", "{inputs}", "{", "Needs kg."):
        assert internal not in done.stdout, (internal, done.stdout)
    if command == "build":
        assert "Usage: kg build [OPTIONS] INPUT..." in done.stdout and "kg[dask]" in done.stdout


def test_version():
    from kg import __version__

    done = kg("--version")
    assert done.returncode == 0 and done.stdout == f"kg {__version__}\n"


def test_entities_refuses_a_negative_count_and_an_unknown_type(seed_graph):
    out = seed_graph[2]
    assert_one_line_error(kg("entities", "-g", str(out), "-n", "-5"), 2, "Invalid value for '--top'")
    assert_one_line_error(kg("entities", "-g", str(out), "--type", "FOO"), 2, "unknown type 'FOO'", "EVENT")


def test_entities_lists_events_and_zero_means_all(seed_graph):
    graph, _, out = seed_graph
    events = kg("entities", "-g", str(out), "--type", "event", "-n", "0")
    assert events.returncode == 0
    lines = events.stdout.splitlines()
    assert len(lines) == sum(d.get("type") == "EVENT" for _, d in graph.nodes(data=True)) > 0
    assert all(line.startswith("EVENT") for line in lines)
    assert len(kg("entities", "-g", str(out), "-n", "3").stdout.splitlines()) == 3


def test_a_closed_pipe_ends_the_output_quietly():
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "tag", str(SEEDS)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    first = proc.stdout.readline()  # what `| head -1` reads, before it goes away
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0, stderr
    assert first.count(b"\t") == 4 and stderr == ""


def test_tag_over_a_corpus_prints_each_entity_with_its_document_and_offsets(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "a1", "title": "زيارة", "content": "زار الرئيس الروسي فلاديمير بوتين الصين."}\n'
        '{"id": "b2", "content": "ألقى الرئيس كلمة أمام الجمعية العامة للأمم المتحدة في نيويورك."}\n', encoding="utf-8")
    done = kg("tag", str(corpus))
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    assert all(len(row) == 5 for row in rows) and {row[3] for row in rows} <= {"PERSON", "ORG", "GPE", "LOC", "MISC"}
    assert ["a1", "PERSON", "فلاديمير بوتين"] in [[r[0], r[3], r[4]] for r in rows]
    assert ["b2", "GPE", "نيويورك"] in [[r[0], r[3], r[4]] for r in rows]
    texts = {"a1": "زيارة\nزار الرئيس الروسي فلاديمير بوتين الصين.",
             "b2": "ألقى الرئيس كلمة أمام الجمعية العامة للأمم المتحدة في نيويورك."}
    for doc_id, start, end, _, text in rows:  # the offsets point at the text printed
        assert texts[doc_id][int(start) : int(end)] == text


def test_tag_never_prints_a_word_cut_after_the_preposition_lam(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("وقال إن للولايات المتحدة دورا، وتحدث للجمعية العامة للأمم المتحدة.", encoding="utf-8")
    done = kg("tag", str(article))
    assert done.returncode == 0, done.stderr
    texts = [line.split("\t")[4] for line in done.stdout.splitlines()]
    assert not [t for t in texts if t.startswith(("لولايات", "لجمعية"))], texts
    text = article.read_text(encoding="utf-8")
    for line in done.stdout.splitlines():
        _, start, end, _, shown = line.split("\t")
        assert text[int(start) : int(end)] == shown


def test_tag_reads_standard_input_and_writes_conll_to_standard_output(tmp_path):
    piped = kg_in("tag", stdin="زار الرئيس الروسي فلاديمير بوتين الصين.")
    assert piped.returncode == 0, piped.stderr
    assert "stdin\t18\t32\tPERSON\tفلاديمير بوتين" in piped.stdout.splitlines()
    conll = "زار O\nبوتين O\nالصين O\n.\n"
    to_stdout = kg_in("tag", "--conll", "-", stdin=conll)
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert [line.split()[0] for line in to_stdout.stdout.split("\n\n")[0].splitlines()] == ["زار", "بوتين", "الصين", "."]
    (tmp_path / "in.conll").write_text(conll, encoding="utf-8")
    to_file = kg("tag", "--conll", str(tmp_path / "in.conll"), "--output", str(tmp_path / "out.conll"))
    assert to_file.stderr == f"tagged 1 sentence -> {tmp_path / 'out.conll'}\n"
    assert (tmp_path / "out.conll").read_text(encoding="utf-8") == to_stdout.stdout


def test_tag_with_nothing_on_standard_input_is_a_usage_error():
    assert_one_line_error(kg_in("tag", stdin=""), 2, "give a FILE to tag")


def test_show_links_evidence_to_its_article(tmp_path):
    import json

    from kg.pipeline import build

    text = (SEEDS / "000_eb6948e6aa265693.txt").read_text(encoding="utf-8")
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "n1", "source": "wire", "url": "http://example.com/n1", "title": "بلينكن في آسيا الوسطى",
                                  "date_extracted": "2023-02-28 10:00:00", "content": text}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    build([corpus], tmp_path / "out", workers=1)
    done = kg("show", "بوتين", "-g", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert "from «بلينكن في آسيا الوسطى» (2023-02-28 10:00:00) http://example.com/n1 [n1]" in done.stdout
    # a word of one entity's name finds it (a first name, a surname without the full name)
    part = kg("show", "فلاديمير", "-g", str(tmp_path / "out"))
    assert part.returncode == 0, part.stderr
    assert part.stdout.splitlines()[0].startswith("فلاديمير بوتين [PERSON]")
    assert_one_line_error(kg("show", "فلادي", "-g", str(tmp_path / "out")), 1, "no entity named 'فلادي'")


def test_show_lists_the_entities_a_word_of_several_names_may_mean(tmp_path):
    import networkx as nx

    g = nx.DiGraph()
    for node, label, mentions in (("PERSON:a", "سامي علي", 3), ("PERSON:b", "علي حسن", 7), ("ORG:c", "جامعة العلياء", 2)):
        g.add_node(node, label=label, type=node.split(":")[0], mentions=mentions, aliases=label)
    nx.write_graphml(g, tmp_path / "graph.graphml")
    done = kg("show", "علي", "-g", str(tmp_path))
    assert done.returncode == 1
    assert "part of 2 entities' names" in done.stderr
    assert done.stderr.index("علي حسن") < done.stderr.index("سامي علي")  # most mentioned first
    assert "العلياء" not in done.stderr  # whole words only
