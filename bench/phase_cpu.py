#!/usr/bin/env python3
"""CPU seconds of each build phase, in one process: a figure that a busy machine disturbs
less than wall-clock time (compare two commits run in turn, never one run against a table).

Builds INPUT into OUT with ``--workers 1`` (so the exports are not forked) and prints
one JSON line: ``time.process_time()`` spent before the first document is done
(``start``: imports, model load, the first work unit), in the ``documents`` phase and in
each later phase (``corpus resolution``, ``graph``, ``exports``), and the ``total``.
Not a test.

    .venv/bin/python bench/phase_cpu.py INPUT OUT
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from kg.pipeline import build

    marks = [("start", time.process_time())]

    def progress(state) -> None:
        if marks[-1][0] != state.phase:
            marks.append((state.phase, time.process_time()))

    build([sys.argv[1]], sys.argv[2], workers=1, fresh=True, progress=progress)
    marks.append(("end", time.process_time()))
    seconds = {name: round(t2 - t1, 2) for (name, t1), (_, t2) in zip(marks, marks[1:])}
    seconds["total"] = round(marks[-1][1] - marks[0][1], 2)
    print(json.dumps(seconds))


if __name__ == "__main__":
    main()
