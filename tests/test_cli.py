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
