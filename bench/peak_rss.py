"""Wall time and peak memory of a command summed over its whole process tree (Linux).

    python bench/peak_rss.py [--interval 0.05] [--json FILE] -- COMMAND [ARGS...]

``/usr/bin/time -v`` reports the largest single process; a build that runs worker processes
needs the sum. This samples ``/proc`` every ``--interval`` seconds, adds up the resident memory
(RSS) of the command and all its descendants, and prints the highest sum seen, the most processes
alive at once, the wall time, the CPU time (user + system) of the command and all its descendants
(less disturbed than wall time when others share the machine), and the command's exit code (which
it also exits with). RSS counts
pages shared between processes (libraries, copy-on-write) once per process, so the sum is an upper
bound of what the tree really occupies; peaks shorter than the interval can be missed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")


def children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(d))
    return kids


def tree_rss(root: int, cpu: dict[int, float], each: dict[int, int] | None = None) -> tuple[int, int]:
    """(summed RSS in bytes, number of processes) of ``root`` and its descendants.

    Also records in ``cpu`` each process's own CPU seconds so far (user + system), and in ``each``
    (when given) each process's RSS now.
    """
    kids = children_map()
    total = count = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                rss = int(f.read().split()[1]) * PAGE
            total += rss
            if each is not None:
                each[pid] = rss
            with open(f"/proc/{pid}/stat", "rb") as f:
                stat = f.read()
            fields = stat[stat.rfind(b")") + 2:].split()
            cpu[pid] = (int(fields[11]) + int(fields[12])) / TICKS
            count += 1
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(kids.get(pid, []))
    return total, count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--interval", type=float, default=0.05)
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not cmd:
        ap.error("no command given")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = procs = 0
    seen: dict[int, float] = {}
    at_peak: dict[int, int] = {}
    peak_at = 0.0
    while True:
        each: dict[int, int] = {}
        rss, n = tree_rss(proc.pid, seen, each)
        if rss > peak:
            at_peak, peak_at = each, time.perf_counter() - t0
        peak, procs = max(peak, rss), max(procs, n)
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(args.interval)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    # wait4 counts every descendant the command waited for; the samples also count those it did not
    cpu = max(usage.ru_utime + usage.ru_stime, sum(seen.values()))
    figures = {"command": cmd, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "peak_rss_mb": round(peak / 1e6, 1),
               "max_processes": procs, "exit": proc.returncode}
    print(f"peak_rss: {wall:.1f} s wall, {cpu:.1f} s CPU, peak {peak / 1e6:.0f} MB summed over up to {procs} "
          f"processes, exit {proc.returncode}", file=sys.stderr)
    # what made the peak: each process's RSS then, in the order they started, with its CPU seconds
    figures["at_peak"] = {"seconds": round(peak_at, 1), "processes": [
        {"pid": pid, "rss_mb": round(r / 1e6, 1), "cpu_s": round(seen.get(pid, 0.0), 1)}
        for pid, r in sorted(at_peak.items())]}
    print(f"peak_rss: at {peak_at:.1f} s: " + ", ".join(f"{r / 1e6:.0f}" for _pid, r in sorted(at_peak.items()))
          + " MB (each process, in the order they started)", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(figures) + "\n", encoding="utf-8")
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
