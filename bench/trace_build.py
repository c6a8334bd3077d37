#!/usr/bin/env python3
"""Memory and CPU of every process of one ``kg build``, sampled from /proc.

Runs ``kg build INPUT -o OUT --fresh --quiet --workers N`` with the ``kg`` package of
``--root`` (a checkout or worktree) and prints one JSON line: wall seconds, user and
system CPU seconds of the build and all its processes (``getrusage`` of the waited
children), the peak of the PSS summed over all its processes and when it came, and per
process (the building process, its workers, the forked exporters) its peak PSS and CPU
seconds as last sampled. The documents phase's processes are told apart by their
lifetime. ``--timeline FILE`` also writes (seconds, total PSS in MB, processes) per
sample. Two of these started together compare two commits under the same load. Not a test.

    python bench/trace_build.py --root ../main INPUT OUT [--workers 0] [--interval 0.5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench_build import _pss_kb, _tree  # the process tree and PSS, read as the build benchmark reads them

_TICK = os.sysconf("SC_CLK_TCK")
_KG = 'import sys; sys.argv[0] = "kg"; from kg.cli import app; app()'


def _sample(pid: int) -> tuple[int, float, float, float] | None:
    """(PSS in kB, user + system CPU seconds, seconds runnable but waiting for a core,
    seconds since it started) of one process, None once it is gone."""
    try:
        pss = _pss_kb(pid)
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        queued = int(Path(f"/proc/{pid}/schedstat").read_text().split()[1]) / 1e9
        age = float(Path("/proc/uptime").read_text().split()[0]) - int(fields[19]) / _TICK
        return pss, (int(fields[11]) + int(fields[12])) / _TICK, queued, age
    except (OSError, IndexError, ValueError):
        return None


class _Sampler(threading.Thread):
    def __init__(self, root: int, interval: float) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.started = time.perf_counter()
        self.procs: dict[int, dict] = {}
        self.timeline: list[tuple[float, float, int]] = []
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.interval):
            now = round(time.perf_counter() - self.started, 2)
            total = 0
            pids = _tree(self.root)
            for pid in pids:
                got = _sample(pid)
                if got is None:
                    continue
                pss, cpu, queued, age = got
                total += pss
                proc = self.procs.setdefault(pid, {"first_s": now, "peak_pss_mb": 0.0})
                proc["last_s"], proc["cpu_s"], proc["queued_s"] = now, cpu, round(queued, 2)
                # neither running nor waiting for a core: waiting for work, input or output
                proc["idle_s"] = round(age - cpu - queued, 2)
                proc["peak_pss_mb"] = max(proc["peak_pss_mb"], round(pss / 1024, 1))
            self.timeline.append((now, round(total / 1024, 1), len(pids)))

    def stop(self) -> None:
        self._done.set()
        self.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("out")
    parser.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--interval", type=float, default=0.5)
    parser.add_argument("--timeline")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(Path(args.root).resolve())}
    command = [sys.executable, "-c", _KG, "build", args.input, "-o", args.out, "--fresh", "--quiet",
               "--workers", str(args.workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=args.root)
    sampler = _Sampler(process.pid, args.interval)
    sampler.start()
    rc = process.wait()
    wall = time.perf_counter() - started
    sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if rc != 0:
        raise SystemExit(f"kg build failed with exit code {rc}")
    report = json.loads((Path(args.out) / "build-report.json").read_text(encoding="utf-8"))
    peak = max(sampler.timeline, key=lambda row: row[1], default=(0.0, 0.0, 0))
    processes = [{"pid": pid, "role": "build" if pid == process.pid else "child", **data}
                 for pid, data in sorted(sampler.procs.items(), key=lambda kv: kv[1]["first_s"])]
    print(json.dumps({
        "root": args.root,
        "wall_s": round(wall, 2),
        "user_s": round(after.ru_utime - before.ru_utime, 2),
        "sys_s": round(after.ru_stime - before.ru_stime, 2),
        "peak_pss_mb": peak[1],
        "peak_at_s": peak[0],
        "phases": report.get("phase_seconds", {}),
        "processes": processes,
    }))
    if args.timeline:
        Path(args.timeline).write_text("\n".join(f"{t}\t{mb}\t{n}" for t, mb, n in sampler.timeline) + "\n")


if __name__ == "__main__":
    main()
