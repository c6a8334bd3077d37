#!/usr/bin/env python3
"""Validate the event lexicon in kg/data (event_kinds.tsv, event_frames.tsv, events.tsv,
event_support.tsv, event_cues.tsv) and print its inventory: one line per kind with its PLOVER
type, mode, CAMEO code and the frames and trigger forms that read it.

    python scripts/check_event_frames.py          # problems, then the inventory; exit 1 on a problem
"""

from __future__ import annotations

import sys


def main() -> int:
    from kg.extract.triggers import check_lexicon, frames, kinds, triggers

    problems = check_lexicon()
    for problem in problems:
        print(f"problem: {problem}")
    by_kind: dict[str, list[str]] = {}
    for stem, trigger in sorted(triggers().items()):
        for frame in trigger.frames:
            by_kind.setdefault(frame.event_type, []).append(stem)
    for kind in kinds().values():
        names = sorted(f.frame for f in frames().values() if f.event_type == kind.kind)
        forms = " ".join(by_kind.get(kind.kind, [])[:8])
        print(f"{kind.kind:13s} {kind.plover:10s} {kind.mode or '-':13s} {kind.cameo:5s} {','.join(names):28s} {forms}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
