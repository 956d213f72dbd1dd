#!/usr/bin/env python3
"""Runs a command several times and prints median times in milliseconds.

usage: timeit.py RUNS [--field NAME]... COMMAND [ARGS...]

Prints the median wall time, then for each --field NAME the median of the "NAME <number> ms"
figure the command wrote on stderr (e.g. "compute 12.5 ms"), separated by spaces.
Standard output is discarded; a failing run stops the benchmark with its exit code.
"""
import re
import statistics
import subprocess
import sys
import time


def main() -> int:
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    runs, args = int(args[0]), args[1:]
    fields = []
    while len(args) >= 2 and args[0] == "--field":
        fields.append(args[1])
        args = args[2:]
    wall, figures = [], {f: [] for f in fields}
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall.append((time.perf_counter() - start) * 1000.0)
        err = done.stderr.decode(errors="replace")
        if done.returncode != 0:
            sys.stderr.write(err)
            return done.returncode
        for f in fields:
            found = re.search(re.escape(f) + r" ([0-9.eE+-]+) ms", err)
            if not found:
                sys.stderr.write(f"timeit: no '{f} … ms' on stderr of {' '.join(args)}\n")
                return 1
            figures[f].append(float(found.group(1)))
    print(" ".join(f"{statistics.median(v):.1f}" for v in [wall] + [figures[f] for f in fields]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
