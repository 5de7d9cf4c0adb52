"""Time grader.formulas on the correct Poisson-loss variants: parse, then compare.

Usage: python bench/formula_bench.py [--repeat 200] [--warm]

Each formula is parsed and compared ``--repeat`` times.  By default sympy's cache is cleared
before every run, so each run costs what a new student's formula costs; ``--warm`` keeps the
cache (the cost of re-grading the same text).  Prints the median per formula and overall;
the budget is 50 ms per formula.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time

import numpy as np
from sympy.core.cache import clear_cache

from grader.formulas import Domain, Roles, compare, parse_formula

ROLES = Roles(
    variables={
        "rate": ["z", "\\lambda", "\\mu", "\\hat{y}", "\\hat{y}_i", "y_pred", "y_{pred}", "ŷ",
                 "λ", "μ", "\\hat{\\lambda}"],
        "count": ["y", "y_i", "t", "k", "y_true", "y_{true}", "t_i"],
    },
    linear_predictors={
        "rate": ["\\theta^T x_i", "\\theta^T x", "\\theta^\\top x_i", "w^T x_i", "θᵀx_i",
                 "\\mathbf{w}^T\\mathbf{x}_i"],
    },
)
DOMAINS = {"rate": Domain("positive_real"), "count": Domain("nonnegative_integer")}
PARAMS = {"rate": "z", "count": "y"}

CORRECT = [
    r"z - y \log z + \log y!",
    r"L(z, y) = z - y \cdot \log(z) + \log(y!)",
    r"\lambda - y\ln\lambda",
    r"\hat{y} - y \cdot \log(\hat{y})",
    r"\sum_i (\hat{y}_i - y_i \log \hat{y}_i)",
    r"\frac{1}{N}\sum_{i=1}^{N} \left( \lambda_i - y_i \log \lambda_i \right)",
    r"\sum \theta^T x_i - \sum y_i \log(\theta^T x_i) + \sum \log y_i!",
    r"\sum_i e^{\theta^T x_i} - y_i \theta^T x_i",
    r"\exp(\theta^T x) - y\,\theta^T x",
    r"2(y \log(y/\mu) - (y - \mu))",
    r"y_pred - y_true * log(y_pred)",
    "ŷ − y·ln ŷ + ln(y!)",
    r"\mu - y\log\mu + \log\Gamma(y+1)",
    r"-(y \log z - z)",
    r"-\left[ y\log\lambda - \lambda - \log y! \right]",
    r"2z - 2y\log z",
    r"\mathcal{L} = \sum_{i}\left(\mu_i - y_i\log\mu_i\right)",
    r"-\log\left(\frac{\lambda^y e^{-\lambda}}{y!}\right)",
]

_lgamma = np.vectorize(math.lgamma, otypes=[float])


def poisson_nll(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    return z - y * np.log(z) + _lgamma(y + 1)


def time_one(text: str, repeat: int, warm: bool) -> tuple[float, float]:
    """Median parse and compare times in milliseconds."""
    parse_times, compare_times = [], []
    for _ in range(repeat):
        if not warm:
            clear_cache()
        t0 = time.perf_counter()
        parsed = parse_formula(text, ROLES)
        t1 = time.perf_counter()
        result = compare(parsed, poisson_nll, wrt="rate", domains=DOMAINS, params=PARAMS)
        t2 = time.perf_counter()
        if not result.equivalent:
            raise SystemExit(f"not equivalent: {text}: {result.reason}")
        parse_times.append(1000 * (t1 - t0))
        compare_times.append(1000 * (t2 - t1))
    return statistics.median(parse_times), statistics.median(compare_times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--warm", action="store_true", help="keep sympy's cache between runs")
    args = ap.parse_args()
    time_one(CORRECT[0], 3, warm=False)  # imports and first-use costs, once per process
    totals = []
    print(f"{'parse ms':>9} {'compare ms':>11} {'total ms':>9}  formula")
    for text in CORRECT:
        p, c = time_one(text, args.repeat, args.warm)
        totals.append(p + c)
        print(f"{p:9.2f} {c:11.2f} {p + c:9.2f}  {text}")
    cache = "warm" if args.warm else "cleared before each run"
    print(f"\nmedian per formula: {statistics.median(totals):.2f} ms, worst formula "
          f"{max(totals):.2f} ms (sympy cache {cache}; {args.repeat} runs each; budget 50 ms)")


if __name__ == "__main__":
    main()
