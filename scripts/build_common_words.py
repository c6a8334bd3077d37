"""Regenerate kg/data/common_words.tsv: words that are almost never part of a name.

    .venv/bin/python scripts/build_common_words.py [../shared/data/ner/anercorp/train.txt]

Source: ANERcorp (CAMeL Lab split, train part), CC BY-SA 4.0 — Benajiba et al. 2007;
Obeid et al., CAMeL Tools, LREC 2020. A word (by its matching key, clitics attached as
written) is listed when annotators tagged it O at least MIN_COUNT times and in at least
MIN_RATIO of its occurrences. kg uses the list to keep gazetteer hits, title cues and
name propagation off ordinary words (ورقة "paper" is not الرقة; رئيسي "main" is not a name).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from kg.normalize import match_key

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "ner" / "anercorp" / "train.txt"
OUTPUT = ROOT / "kg" / "data" / "common_words.tsv"
MIN_COUNT = 3
MIN_RATIO = 0.95


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    total: Counter = Counter()
    outside: Counter = Counter()
    for line in source.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        key = match_key(parts[0])
        if not key or not key[0].isalpha():
            continue
        total[key] += 1
        outside[key] += parts[-1] == "O"
    rows = sorted(
        (k, outside[k], total[k]) for k in total if outside[k] >= MIN_COUNT and outside[k] / total[k] >= MIN_RATIO
    )
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write("word\to_count\ttotal\n")
        for key, o_count, count in rows:
            out.write(f"{key}\t{o_count}\t{count}\n")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(rows)} words from {source.name}")


if __name__ == "__main__":
    main()
