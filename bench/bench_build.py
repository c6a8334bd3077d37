#!/usr/bin/env python3
"""Throughput of ``kg build`` end to end: words/s, seconds, peak memory, graph size.

Builds the first 1,000, 10,000 and all 30,407 articles of SaudiNewsNet (CC BY-NC-SA:
read here for benchmarking only, never shipped) with ``kg build --fresh`` in a
subprocess, so each size starts cold (model load, empty result store) and its memory is
its own. For each size it prints:

- words/s and seconds of the whole build (ingest to the last export written);
- peak RSS of the largest process of the build (``getrusage(RUSAGE_CHILDREN)`` of a
  wrapper that only runs the build) and peak PSS of the whole process tree (sampled
  every 0.2 s from /proc; PSS splits pages the forked workers share, so it is the real
  total);
- nodes and edges of the graph;
- the floor on the same articles: camel-tools ``simple_word_tokenize`` plus
  ``kg.normalize.match_key`` over every token, on one core, and the build's share of it;

and then, per size, the seconds of each phase of the build from its build-report.json.

Words are whitespace-separated words of title + content, as the corpus states its size.

    .venv/bin/python bench/bench_build.py [--sizes 1000,10000,all] [--workers 0] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "saudinewsnet.jsonl.gz"
if not DEFAULT_CORPUS.is_file():
    DEFAULT_CORPUS = Path("/work/shared/data/corpora/saudinewsnet.jsonl.gz")

# Runs the build as its child and reports the child's peak RSS (the largest process).
_WRAPPER = """
import json, resource, subprocess, sys
code = subprocess.call(sys.argv[1:])
print(json.dumps({"rc": code, "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    except (OSError, StopIteration):
        mem_kb = 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cores} cores (nproc), {mem_kb / 2**20:.1f} GiB memory, {model or platform.processor()}, Python {platform.python_version()}"


def take(corpus: Path, count: int | None, path: Path) -> tuple[int, int]:
    """Write the first ``count`` articles (all when None) to ``path``; (articles, words)."""
    articles = words = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as source, path.open("w", encoding="utf-8") as target:
        for line in source:
            if count is not None and articles >= count:
                break
            if not line.strip():
                continue
            record = json.loads(line)
            words += len(str(record.get("title") or "").split()) + len(str(record.get("content") or "").split())
            articles += 1
            target.write(line)
    return articles, words


def floor_seconds(path: Path) -> float:
    """Seconds to tokenise every article and key every token, on one core (a fresh process)."""
    code = (
        "import json, sys, time\n"
        "from camel_tools.tokenizers.word import simple_word_tokenize\n"
        "from kg.normalize import match_key\n"
        "texts = [(r.get('title') or '') + '\\n' + (r.get('content') or '') for r in map(json.loads, open(sys.argv[1], encoding='utf-8'))]\n"
        "started = time.perf_counter()\n"
        "for text in texts:\n"
        "    for token in simple_word_tokenize(text):\n"
        "        match_key(token)\n"
        "print(time.perf_counter() - started)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True, cwd=ROOT)
    return float(out.stdout.strip())


class _PssSampler(threading.Thread):
    """Peak total PSS of a process and its descendants, sampled from /proc."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self._done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.2):
            total = sum(_pss_kb(p) for p in _tree(self.pid))
            self.peak_kb = max(self.peak_kb, total)

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak_kb


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_build(path: Path, out: Path, workers: int) -> dict:
    command = [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "kg.cli", "build", str(path), "-o", str(out),
               "--fresh", "--quiet", "--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    sampler = _PssSampler(process.pid)
    sampler.start()
    stdout, _ = process.communicate()
    seconds = time.perf_counter() - started
    pss_kb = sampler.stop()
    status = json.loads(stdout.strip().splitlines()[-1])
    if status["rc"] != 0:
        raise SystemExit(f"kg build failed with exit code {status['rc']} on {path}")
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    return {"seconds": seconds, "maxrss_mb": status["maxrss_kb"] / 1024, "pss_mb": pss_kb / 1024, **report}


_PHASES = {
    "documents": "documents (ingest to results, both cores)",
    "corpus_resolution": "corpus resolution",
    "graph": "graph",
    "exports": "exports",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="1000,10000,all", help="comma-separated article counts; 'all' for the whole corpus")
    parser.add_argument("--workers", type=int, default=0, help="kg build --workers (0 = one per core)")
    parser.add_argument("--no-floor", action="store_true", help="skip the tokenise+normalise floor")
    args = parser.parse_args()

    print(f"machine: {machine()}")
    print(f"command: kg build CORPUS_SLICE -o OUT --fresh --quiet --workers {args.workers}\n")
    header = "| articles | words | seconds | words/s | peak RSS, largest process | peak PSS, all processes | nodes | edges | floor words/s (1 core) | build / floor |"
    print(header)
    print("|---:" * (header.count("|") - 1) + "|")
    phases: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for size in args.sizes.split(","):
            count = None if size.strip() == "all" else int(size)
            path = Path(tmp) / f"first-{size.strip()}.jsonl"
            articles, words = take(args.corpus, count, path)
            result = run_build(path, Path(tmp) / f"out-{size.strip()}", args.workers)
            rate = words / result["seconds"]
            if args.no_floor:
                floor_rate, share = float("nan"), ""
            else:
                floor_rate = words / floor_seconds(path)
                share = f"{rate / floor_rate:.0%}"
            print(
                f"| {articles:,} | {words:,} | {result['seconds']:.1f} | {rate:,.0f} | {result['maxrss_mb']:,.0f} MB "
                f"| {result['pss_mb']:,.0f} MB | {result['nodes']:,} | {result['edges']:,} | {floor_rate:,.0f} | {share} |",
                flush=True,
            )
            seconds = result.get("phase_seconds", {})
            phases.append(f"| {articles:,} | " + " | ".join(f"{seconds.get(k, 0):.1f}" for k in _PHASES) + " |")
            path.unlink()
    print("\nSeconds per phase of the build (build-report.json):\n")
    print("| articles | " + " | ".join(_PHASES.values()) + " |")
    print("|---:" * (len(_PHASES) + 1) + "|")
    print("\n".join(phases))


if __name__ == "__main__":
    main()
