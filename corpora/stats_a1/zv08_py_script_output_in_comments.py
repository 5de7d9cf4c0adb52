"""
MA 214 - Assignment 1
Rahul Choudhary, 21B090046

All answers are computed below; the output of `python3 a1.py` is pasted at the
bottom of the file (TA: please see the OUTPUT block).

Q4 (MLE) is written in the docstring of mle_bernoulli().
"""
import math
import numpy as np
from scipy.stats import norm


def q1():
    # (a) complement rule
    ans_dice = 1 - (5 / 6) ** 3
    # (b) P(D and +) with the given numbers
    prev, sens, spec = 0.01, 0.95, 0.90
    ans_bayes = prev * sens
    print("Q1(a) P(at least one six) =", ans_dice)
    print("Q1(b) P(D|+) =", round(ans_bayes, 4))


def q2():
    n, k = 200, 64
    phat = k / n
    se = math.sqrt(0.5 * 0.5 / n)      # conservative SE
    lo, hi = phat - 1.96 * se, phat + 1.96 * se
    print("Q2 95%% CI = (%.4f, %.4f)" % (lo, hi))


def q3():
    n, heads = 400, 218
    phat = heads / n
    se = math.sqrt(phat * (1 - phat) / n)
    z = (phat - 0.5) / se
    p = 2 * (1 - norm.cdf(abs(z)))
    print("Q3(a) z =", round(z, 3))
    print("Q3(b) p-value =", round(p, 4))
    if p < 0.05:
        print("Q3(c) reject H0 (p = %.4f < 0.05)" % p)
    else:
        print("Q3(c) fail to reject H0 (p = %.4f > 0.05)" % p)


def mle_bernoulli(x):
    """
    Q4.
    (a) log-likelihood:
        l(p) = sum_i [ x_i * log(p) + (1 - x_i) * log(1 - p) ]
    (b) l'(p) = sum(x)/p - (n - sum(x))/(1 - p) = 0  =>  p_hat = sum(x)/n = xbar
    """
    x = np.asarray(x)
    p_hat = x.mean()          # MLE is the sample mean
    return p_hat


def q5():
    xs = np.array([0, 1, 2])
    ps = np.array([0.2, 0.5, 0.3])
    ex = np.sum(xs * ps)
    var = np.sum(xs ** 2 * ps) - ex ** 2
    var_y = 3 * var            # Var(3X - 2)
    print("Q5(a) E[X] =", ex)
    print("Q5(b) Var(X) =", var)
    print("Q5(c) Var(3X-2) =", var_y)


if __name__ == "__main__":
    q1()
    q2()
    q3()
    print("Q4 check on fake data:", mle_bernoulli([1, 0, 1, 1, 0]))
    q5()

# ------------------------------- OUTPUT -------------------------------
# $ python3 a1.py
# Q1(a) P(at least one six) = 0.42129629629629617
# Q1(b) P(D|+) = 0.0095
# Q2 95% CI = (0.2507, 0.3893)
# Q3(a) z = 1.807
# Q3(b) p-value = 0.0707
# Q3(c) fail to reject H0 (p = 0.0707 > 0.05)
# Q4 check on fake data: 0.6
# Q5(a) E[X] = 1.1
# Q5(b) Var(X) = 0.48999999999999977
# Q5(c) Var(3X-2) = 1.4699999999999993
