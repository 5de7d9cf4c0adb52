"""
MA214 Assignment 1
Siddharth Rao  (22B1109)

Everything is computed below; run `python a1.py` to see the answers.
Output of my run is pasted at the bottom of this file.
"""
import numpy as np
from scipy import stats


def q1():
    # (a) at least one six in three rolls = 1 - P(no six)
    a = 1 - (5 / 6) ** 3
    # (b) Bayes
    prev, sens, spec = 0.01, 0.95, 0.90
    p_pos = sens * prev + (1 - spec) * (1 - prev)
    b = sens * prev / p_pos
    print("Q1(a) P(at least one six) =", round(a, 4))
    print("Q1(b) P(D|+) =", round(b, 4))


def q2():
    n, k = 200, 64
    ph = k / n
    se = np.sqrt(ph * (1 - ph) / n)
    lo, hi = ph - 1.96 * se, ph + 1.96 * se
    print("Q2 95% CI =", (round(lo, 4), round(hi, 4)))


def q3():
    n, heads, p0 = 400, 218, 0.5
    ph = heads / n
    # standard error of a single toss under H0
    se = np.sqrt(p0 * (1 - p0))
    z = (ph - p0) / se
    pval = 2 * (1 - stats.norm.cdf(abs(z)))
    print("Q3(a) z =", round(z, 4))
    print("Q3(b) p-value =", round(pval, 4))
    if pval < 0.05:
        print("Q3(c) reject H0")
    else:
        print("Q3(c) fail to reject H0 since p-value > 0.05")


def q4():
    """
    Q4 (a) For Bernoulli(p), f(x|p) = p^x (1-p)^(1-x), so

        l(p) = sum_i [ x_i log(p) + (1 - x_i) log(1 - p) ]
             = S log(p) + (n - S) log(1 - p),   S = sum_i x_i

    Q4 (b) l'(p) = S/p - (n - S)/(1 - p) = 0  =>  S(1 - p) = (n - S) p
           =>  p_hat = S / n = (1/n) sum_i x_i = xbar
    """
    # quick numerical check with a fake sample
    x = np.array([1, 0, 1, 1, 0, 0, 1, 0, 1, 1])
    grid = np.linspace(0.01, 0.99, 99)
    ll = x.sum() * np.log(grid) + (len(x) - x.sum()) * np.log(1 - grid)
    print("Q4 check: argmax of l(p) =", round(grid[ll.argmax()], 2), " xbar =", x.mean())


def q5():
    vals = np.array([0, 1, 2])
    probs = np.array([0.2, 0.5, 0.3])   # probabilities of 0, 1, 2
    EX = np.mean(vals)
    VarX = np.var(vals)
    VarY = 3 ** 2 * VarX                # shift by -2 does nothing
    print("Q5(a) E[X] =", EX)
    print("Q5(b) Var(X) =", round(VarX, 4))
    print("Q5(c) Var(3X-2) =", round(VarY, 4))


if __name__ == "__main__":
    q1()
    q2()
    q3()
    q4()
    q5()

# ---------------------------------------------------------------
# Output of my run:
#
# Q1(a) P(at least one six) = 0.4213
# Q1(b) P(D|+) = 0.0876
# Q2 95% CI = (0.2553, 0.3847)
# Q3(a) z = 0.09
# Q3(b) p-value = 0.9283
# Q3(c) fail to reject H0 since p-value > 0.05
# Q4 check: argmax of l(p) = 0.6  xbar = 0.6
# Q5(a) E[X] = 1.0
# Q5(b) Var(X) = 0.6667
# Q5(c) Var(3X-2) = 6.0
# ---------------------------------------------------------------
