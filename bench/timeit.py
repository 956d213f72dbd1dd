#!/usr/bin/env python3
"""Runs a command several times and prints the median wall time in milliseconds.

usage: timeit.py RUNS COMMAND [ARGS...]
Output goes to /dev/null; a failing run stops the benchmark with its exit code.
"""
import statistics
import subprocess
import sys
import time


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    runs, command = int(sys.argv[1]), sys.argv[2:]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append((time.perf_counter() - start) * 1000.0)
        if done.returncode != 0:
            sys.stderr.write(done.stderr.decode(errors="replace"))
            return done.returncode
    print(f"{statistics.median(times):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
