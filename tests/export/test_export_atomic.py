import os

import pytest

from kg.export.atomic import atomic_write


def test_writes_text_as_utf8_and_bytes_as_is(tmp_path):
    atomic_write(tmp_path / "sub" / "a.txt", "بوتين ✓")
    atomic_write(tmp_path / "b.bin", b"\x00\xff")
    assert (tmp_path / "sub" / "a.txt").read_bytes() == "بوتين ✓".encode()
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\xff"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt", "b.bin", "sub"]


def test_failed_write_keeps_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "graph.graphml"
    atomic_write(target, "old")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write(target, "new" * 1000)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_replaces_existing_file_with_normal_permissions(tmp_path):
    target = tmp_path / "x"
    atomic_write(target, "1")
    atomic_write(target, "2")
    assert target.read_text() == "2"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_two_processes_write_the_same_files_and_report_a_failure(tmp_path):
    from kg.export.atomic import atomic_write_all

    def items(folder, fail=None):
        def content(name):
            if name == fail:
                raise ValueError(f"cannot render {name}")
            return iter(["بوتين ", name])

        return [(folder / name, lambda name=name: content(name)) for name in ("a", "b", "c", "d")]

    atomic_write_all(items(tmp_path / "one"))
    atomic_write_all(items(tmp_path / "two"), processes=2)
    assert {p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()} == \
        {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()}
    before = {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()}
    for fail in ("b", "c"):  # rendered by the forked copy, then by this process
        with pytest.raises(ValueError, match=f"cannot render {fail}"):
            atomic_write_all(items(tmp_path / "two", fail), processes=2)
        assert {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()} == before  # no temp left, nothing replaced


def test_call_in_fork_returns_the_value_or_raises_the_error():
    from kg.export.atomic import call_in_fork

    assert call_in_fork(lambda: {"بوتين": (1.5, -2.0)})() == {"بوتين": (1.5, -2.0)}
    wait = call_in_fork(lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        wait()
