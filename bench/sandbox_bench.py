"""Benchmark of the sandbox: 200 generated, correct `gradients` submissions.

    .venv/bin/python bench/sandbox_bench.py [--count 200] [--naive 20] [--isolation auto]

Each submission is one .py file (five styles: vectorised, loops, a class, einsum,
scalar formulas; names and comments varied so that no two files are the same),
run through ProcessRunner on the given network and five random networks, as the
grader does. Reported: worker start-up, per-submission latency (median, p90,
max), and the batch time with one runner and with one runner per core. For
comparison, --naive N times N runs of a fresh `python -I -c 'import numpy; ...'`
per submission (the design the pre-started worker avoids).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.sandbox import Job, Limits, ProcessRunner  # noqa: E402

GIVEN = {"W1": [[0.5, 0.5], [0.5, 0.5]], "b1": [1.0, 1.0], "W2": [[0.5, 0.5], [0.5, 0.5]],
         "b2": [1.0, 1.0], "x": [1.0, 1.0], "t": [0.5, 0.5]}

STYLES = {
    "vectorised": '''
import numpy as np

def {sig}(z):
    return 1.0 / (1.0 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # {comment}
    {h} = {sig}(W1 @ x + b1)
    {o} = {sig}(W2 @ {h} + b2)
    {d2} = ({o} - t) * {o} * (1 - {o})
    {d1} = (W2.T @ {d2}) * {h} * (1 - {h})
    return np.outer({d1}, x), {d1}, np.outer({d2}, {h}), {d2}
''',
    "loops": '''
import math
import numpy as np

def {sig}(a):
    return 1 / (1 + math.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    # {comment}
    {h} = [{sig}(b1[i] + sum(W1[i][j] * x[j] for j in range(2))) for i in range(2)]
    {o} = [{sig}(b2[k] + sum(W2[k][i] * {h}[i] for i in range(2))) for k in range(2)]
    {d2} = [({o}[k] - t[k]) * {o}[k] * (1 - {o}[k]) for k in range(2)]
    {d1} = [sum(W2[k][i] * {d2}[k] for k in range(2)) * {h}[i] * (1 - {h}[i]) for i in range(2)]
    dW1 = [[{d1}[i] * x[j] for j in range(2)] for i in range(2)]
    dW2 = [[{d2}[k] * {h}[i] for i in range(2)] for k in range(2)]
    return np.array(dW1), np.array({d1}), np.array(dW2), np.array({d2})
''',
    "class": '''
import numpy as np

class Net:
    """{comment}"""
    def __init__(self, W1, b1, W2, b2):
        self.W1, self.b1, self.W2, self.b2 = W1, b1, W2, b2
    def {sig}(self, z):
        return 1 / (1 + np.exp(-z))
    def grads(self, x, t):
        {h} = self.{sig}(self.W1.dot(x) + self.b1)
        {o} = self.{sig}(self.W2.dot({h}) + self.b2)
        {d2} = ({o} - t) * {o} * (1 - {o})
        {d1} = self.W2.T.dot({d2}) * {h} * (1 - {h})
        return np.outer({d1}, x), {d1}, np.outer({d2}, {h}), {d2}

def gradients(W1, b1, W2, b2, x, t):
    return Net(W1, b1, W2, b2).grads(x, t)
''',
    "einsum": '''
import numpy as np

{sig} = lambda z: 1 / (1 + np.exp(-z))  # {comment}

def gradients(W1, b1, W2, b2, x, t):
    {h} = {sig}(np.einsum("ij,j->i", W1, x) + b1)
    {o} = {sig}(np.einsum("ij,j->i", W2, {h}) + b2)
    {d2} = ({o} - t) * {o} * (1 - {o})
    {d1} = np.einsum("ki,k->i", W2, {d2}) * {h} * (1 - {h})
    return np.einsum("i,j->ij", {d1}, x), {d1}, np.einsum("k,i->ki", {d2}, {h}), {d2}
''',
    "scalars": '''
import math

def {sig}(a):
    return 1.0 / (1.0 + math.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    # {comment}
    h1 = {sig}(W1[0][0] * x[0] + W1[0][1] * x[1] + b1[0])
    h2 = {sig}(W1[1][0] * x[0] + W1[1][1] * x[1] + b1[1])
    o1 = {sig}(W2[0][0] * h1 + W2[0][1] * h2 + b2[0])
    o2 = {sig}(W2[1][0] * h1 + W2[1][1] * h2 + b2[1])
    e1 = (o1 - t[0]) * o1 * (1 - o1)
    e2 = (o2 - t[1]) * o2 * (1 - o2)
    g1 = (e1 * W2[0][0] + e2 * W2[1][0]) * h1 * (1 - h1)
    g2 = (e1 * W2[0][1] + e2 * W2[1][1]) * h2 * (1 - h2)
    return ([[g1 * x[0], g1 * x[1]], [g2 * x[0], g2 * x[1]]], (g1, g2),
            [[e1 * h1, e1 * h2], [e2 * h1, e2 * h2]], (e1, e2))
''',
}
WORDS = ["forward then backward", "chain rule", "backprop by hand", "deltas per layer", "assignment 2",
         "checked against finite differences", "sigmoid everywhere", "squared error loss"]


def make_submissions(count: int, seed: int = 0) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    out = []
    for index in range(count):
        style = list(STYLES)[index % len(STYLES)]
        names = dict(sig=rng.choice(["sigmoid", "sig", "logistic", "act"]),
                     h=rng.choice(["h", "hidden", "a1"]), o=rng.choice(["o", "out", "y_hat"]),
                     d1=rng.choice(["d1", "delta_h", "dh"]), d2=rng.choice(["d2", "delta_o", "do_"]),
                     comment=f"{rng.choice(WORDS)} #{index}")
        out.append((style, STYLES[style].format(**names).lstrip().encode()))
    return out


def random_networks(count: int, seed: int = 638) -> list[dict]:
    import numpy as np

    rng = np.random.default_rng(seed)
    return [{"W1": rng.standard_normal((2, 2)).tolist(), "b1": rng.standard_normal(2).tolist(),
             "W2": rng.standard_normal((2, 2)).tolist(), "b2": rng.standard_normal(2).tolist(),
             "x": rng.uniform(-2, 2, 2).tolist(), "t": rng.uniform(0, 1, 2).tolist()} for _ in range(count)]


def expected(network: dict):
    import numpy as np

    W1, b1, W2, b2, x, t = (np.array(network[k]) for k in ("W1", "b1", "W2", "b2", "x", "t"))
    h = 1 / (1 + np.exp(-(W1 @ x + b1)))
    o = 1 / (1 + np.exp(-(W2 @ h + b2)))
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def check(result, networks) -> bool:
    import numpy as np

    if result.status != "ok" or len(result.calls) != len(networks):
        return False
    for call, network in zip(result.calls, networks):
        if call.status != "ok":
            return False
        for got, want in zip(call.value, expected(network)):
            if not np.allclose(np.asarray(got), want, rtol=1e-9, atol=0):
                return False
    return True


def run_batch(jobs: list[Job], runners: list[ProcessRunner]) -> tuple[list[float], float, int]:
    """Run the jobs over the runners (one thread each); per-job latencies, wall time, failures."""
    latencies: list[float] = [0.0] * len(jobs)
    failures = [0]
    networks = jobs[0].calls
    lock = threading.Lock()
    next_index = [0]

    def work(runner: ProcessRunner) -> None:
        while True:
            with lock:
                index = next_index[0]
                next_index[0] += 1
            if index >= len(jobs):
                return
            start = time.perf_counter()
            result = runner.run(jobs[index])
            latencies[index] = time.perf_counter() - start
            if not check(result, networks):
                with lock:
                    failures[0] += 1

    start = time.perf_counter()
    threads = [threading.Thread(target=work, args=(r,)) for r in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - start, failures[0]


def naive(count: int, submission: bytes, networks) -> list[float]:
    """A fresh interpreter per submission: python -I, import numpy, import, call."""
    import json
    import tempfile

    script = ("import json, sys, numpy as np\nsys.path.insert(0, '.')\nimport sub\n"
              "nets = json.loads(sys.stdin.read())\n"
              "out = [[np.asarray(g).tolist() for g in sub.gradients(**{k: np.array(v) for k, v in n.items()})]"
              " for n in nets]\nprint(json.dumps(out))\n")
    times = []
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "sub.py").write_bytes(submission)
        payload = json.dumps(networks)
        for _ in range(count):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-I", "-c", script], input=payload, cwd=folder, check=True,
                           capture_output=True, text=True)
            times.append(time.perf_counter() - start)
    return times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--naive", type=int, default=20, help="fresh-interpreter runs for comparison (0: skip)")
    parser.add_argument("--isolation", default="auto", choices=("auto", "namespaces", "audit"))
    args = parser.parse_args(argv)

    import numpy

    networks = [GIVEN] + random_networks(5)
    submissions = make_submissions(args.count)
    jobs = [Job({"backprop.py": code}, "backprop.py", "gradients", networks, Limits()) for _, code in submissions]
    cores = os.cpu_count() or 1

    start = time.perf_counter()
    first = ProcessRunner(isolation=args.isolation)
    first.start()
    startup = time.perf_counter() - start
    mode = first.isolation

    run_batch(jobs[:10], [first])  # warm-up
    latencies, one_wall, one_fail = run_batch(jobs, [first])
    others = [ProcessRunner(isolation=args.isolation) for _ in range(cores - 1)]
    for runner in others:
        runner.start()
    par_latencies, par_wall, par_fail = run_batch(jobs, [first, *others])
    for runner in [first, *others]:
        runner.close()
    naive_times = naive(args.naive, submissions[0][1], networks) if args.naive else []

    quantiles = statistics.quantiles(latencies, n=10)
    par_quantiles = statistics.quantiles(par_latencies, n=10)
    print("grader sandbox benchmark")
    print(f"  machine      nproc={cores}  {platform.machine()}  Linux {platform.release()}")
    print(f"  python       {platform.python_version()}  numpy {numpy.__version__}")
    print(f"  isolation    {mode}  (uid {os.geteuid()})")
    print(f"  workload     {args.count} submissions x {len(networks)} calls of gradients(), "
          f"{len(STYLES)} styles, all expected correct")
    print()
    print(f"  {'':34s} {'median':>11s} {'p90':>11s} {'max':>11s} {'batch':>10s} {'subm./s':>8s}")
    print(f"  {'worker start-up (once)':34s} {ms(startup):>11s}")
    print(f"  {'1 runner, sequential':34s} {ms(statistics.median(latencies)):>11s} {ms(quantiles[-1]):>11s} "
          f"{ms(max(latencies)):>11s} {one_wall:9.2f}s {args.count / one_wall:8.1f}")
    print(f"  {f'{cores} runners, one thread each':34s} {ms(statistics.median(par_latencies)):>11s} "
          f"{ms(par_quantiles[-1]):>11s} {ms(max(par_latencies)):>11s} {par_wall:9.2f}s {args.count / par_wall:8.1f}")
    if naive_times:
        print(f"  {f'naive: fresh python+numpy ({len(naive_times)} runs)':34s} {ms(statistics.median(naive_times)):>11s} "
              f"{ms(statistics.quantiles(naive_times, n=10)[-1]):>11s} {ms(max(naive_times)):>11s}")
    print()
    print(f"  wrong results: {one_fail} sequential, {par_fail} parallel (expected 0)")
    return 1 if one_fail or par_fail else 0


if __name__ == "__main__":
    sys.exit(main())
