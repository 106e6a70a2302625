"""Side-by-side timing of whole processes: medians, ratios, growth exponents and peak memory.

Used by compare.sh. Each command runs once to warm up, then the commands run in turn, RUNS rounds,
so that a machine that gets busier or quieter on the way weighs on all of them alike. A process's
peak memory is its maximum resident set size as `/usr/bin/time` reports it (the number `-v` prints
as "Maximum resident set size"); the largest of the runs is kept. Every command runs under `time`,
so its start (about a millisecond) is in every time alike.
"""

import math
import os
import statistics
import subprocess
import tempfile
import time


class Result:
    """Every run of one command: seconds and peak resident memory in bytes."""

    def __init__(self, name):
        self.name = name
        self.seconds = []
        self.peak = 0

    @property
    def median(self):
        return statistics.median(self.seconds)


def run_once(argv, stdout=subprocess.DEVNULL):
    """Runs argv to its end under `/usr/bin/time`; returns (seconds, peak bytes). Raises when it fails.

    The peak comes from `time`, not from this process's wait4: a child forked from Python starts
    with Python's resident size as its peak, which would hide the peaks of small tools.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as peak_file:
        start = time.perf_counter()
        process = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", peak_file.name, *argv],
            stdout=stdout, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        if process.returncode != 0:
            raise RuntimeError(f"{argv[0]} failed with {process.returncode}: {' '.join(argv)}")
        return seconds, int(peak_file.read().split()[-1]) * 1024


def measure(commands, runs):
    """Times [(name, argv)] in turn, `runs` rounds after one warm-up round; returns [Result]."""
    results = [Result(name) for name, _ in commands]
    for _, argv in commands:
        run_once(argv)
    for _ in range(runs):
        for result, (_, argv) in zip(results, commands):
            seconds, peak = run_once(argv)
            result.seconds.append(seconds)
            result.peak = max(result.peak, peak)
    return results


def exponent(points):
    """The least-squares slope of log(time) over log(size): 1 is linear, 2 quadratic."""
    if len(points) < 2:
        return float("nan")
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(seconds) for _, seconds in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    denominator = sum((x - mean_x) ** 2 for x in xs)
    if denominator == 0:
        return float("nan")
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / denominator


def mib(count):
    return f"{count / 1048576:.1f} MiB"


def report(title, results, reference=0, size=None):
    """Prints one table: median, ratio to the reference command, peak memory (and peak / file)."""
    print(f"\n### {title}")
    header = f"{'command':<34} {'median':>10} {'× ' + results[reference].name:>22} {'peak':>11}"
    print(header + ("   peak/file" if size else ""))
    base = results[reference].median
    for result in results:
        line = f"{result.name:<34} {result.median * 1000:>8.1f}ms {result.median / base:>22.2f} {mib(result.peak):>11}"
        if size:
            line += f"   {result.peak / size:>9.2f}"
        print(line)
