"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

__all__ = ["Content", "atomic_write", "atomic_write_all", "call_in_fork"]

#: What a file is written from: its text, its bytes, or its text in pieces.
Content = str | bytes | Iterable[str]


def atomic_write(path: Path | str, data: Content) -> None:
    """Write ``data`` to ``path`` atomically.

    The bytes go to a temporary file in the same folder, are flushed and fsynced, and
    the temporary file is renamed over ``path`` with ``os.replace``. On any error the
    temporary file is removed and ``path`` is left as it was. ``str`` is written as
    UTF-8. Missing parent folders are created.

    Parameters
    ----------
    path : Path or str
        Target file.
    data : str, bytes or an iterable of str
        The whole content (text in pieces is joined as it is written).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> d = Path(tempfile.mkdtemp())
    >>> atomic_write(d / "a.txt", "سلام")
    >>> (d / "a.txt").read_text(encoding="utf-8")
    'سلام'
    >>> sorted(p.name for p in d.iterdir())
    ['a.txt']
    """
    path = Path(path)
    tmp = _stage(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_folder(path.parent)


def atomic_write_all(items: Iterable[tuple[Path, Callable[[], Content]]], processes: int = 1) -> None:
    """Write several files so that none is replaced unless all could be written.

    Each content is rendered by its callable only when its turn comes (text in pieces is
    written as it comes) and is staged in a temporary file before the next is rendered,
    so no whole content need be in memory (a build's GraphML, GEXF and JSON each run to
    hundreds of megabytes on a large corpus); once every file is staged, all are renamed
    into place, in the order given.

    With ``processes`` 2 (and ``os.fork``), every second item is rendered and staged in a
    forked copy of this process while this one does the others: the same files, in about
    half the time on two cores. A failure in the copy is raised here.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> d = Path(tempfile.mkdtemp())
    >>> atomic_write_all([(d / "a.txt", lambda: "أ"), (d / "b.txt", lambda: b"b"), (d / "c.txt", lambda: iter("ab"))])
    >>> sorted(p.name for p in d.iterdir()), (d / "a.txt").read_text(encoding="utf-8"), (d / "c.txt").read_text()
    (['a.txt', 'b.txt', 'c.txt'], 'أ', 'ab')
    """
    items = [(Path(path), render) for path, render in items]
    staged: list[tuple[Path, str]] = []
    helper = None
    try:
        mine = items
        if processes > 1 and len(items) > 1 and hasattr(os, "fork"):
            mine, theirs = items[0::2], items[1::2]
            helper = _stage_in_fork(theirs)
        for path, render in mine:
            staged.append((path, _stage(path, render())))
        if helper is not None:
            pending, helper = helper, None
            staged += _staged_by_fork(pending)
        order = {path: i for i, (path, _) in enumerate(items)}
        for path, tmp in sorted(staged, key=lambda item: order[item[0]]):
            os.replace(tmp, path)
    except BaseException:
        if helper is not None:
            with contextlib.suppress(BaseException):
                staged += _staged_by_fork(helper)
        for _, tmp in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise
    for folder in sorted({path.parent for path, _ in staged}):
        _sync_folder(folder)


def call_in_fork(function: Callable[[], object]) -> Callable[[], object]:
    """Start ``function()`` in a forked copy of this process (where ``os.fork`` exists, else
    here, at once); returns a callable that waits for its result (pickled back) or raises
    its error. The copy sees this process's memory as it was at the fork.

    >>> wait = call_in_fork(lambda: sum(range(10)))
    >>> wait()
    45
    """
    if not hasattr(os, "fork"):
        value = function()
        return lambda: value
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the copy: compute, report, and leave without running the parent's cleanup
        os.close(read)
        try:
            report = pickle.dumps(("ok", function()))
        except BaseException as err:  # noqa: BLE001 - every failure goes back to the parent
            try:
                report = pickle.dumps(("error", err))
            except Exception:  # noqa: BLE001 - an exception that cannot be pickled
                report = pickle.dumps(("error", OSError(f"{type(err).__name__}: {err}")))
        with os.fdopen(write, "wb") as fh:
            fh.write(report)
        os._exit(0)
    os.close(write)

    def wait() -> object:
        with os.fdopen(read, "rb") as fh:
            report = fh.read()
        os.waitpid(pid, 0)
        if not report:
            raise OSError("a forked process ended without a word")
        status, value = pickle.loads(report)
        if status != "ok":
            raise value
        return value

    return wait


def _stage_in_fork(items: list[tuple[Path, Callable[[], Content]]]) -> tuple[Callable[[], object], list[Path]]:
    """Stage ``items`` in a forked copy (``call_in_fork``); what waits for its temporary
    names, and the paths. The copy removes what it staged before reporting an error."""

    def stage_all() -> list[str]:
        done: list[str] = []
        try:
            for path, render in items:
                done.append(_stage(path, render()))
        except BaseException:
            for tmp in done:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            raise
        return done

    return call_in_fork(stage_all), [path for path, _ in items]


def _staged_by_fork(helper: tuple[Callable[[], object], list[Path]]) -> list[tuple[Path, str]]:
    """Wait for the copy of ``_stage_in_fork``: its (path, temporary name) pairs, or its error raised."""
    wait, paths = helper
    return list(zip(paths, wait()))


def _stage(path: Path, data: Content) -> str:
    """``data`` in a new, fsynced temporary file beside ``path``; its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes | str):
                fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            else:
                _write_pieces(fh, data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise
    return tmp


def _write_pieces(fh, pieces: Iterable[str], size: int = 1 << 20) -> None:
    """Write text handed out in pieces as UTF-8, about ``size`` characters at a time."""
    buffer: list[str] = []
    held = 0
    for piece in pieces:
        buffer.append(piece)
        held += len(piece)
        if held >= size:
            fh.write("".join(buffer).encode("utf-8"))
            buffer.clear()
            held = 0
    fh.write("".join(buffer).encode("utf-8"))


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (best effort: not every platform allows it)."""
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
