"""MA214 Assignment 1 -- Devika Krishnan (22B0288).

Tasks are my own numbering, see README.md for the mapping to the questions.
Output of `python a1_tasks.py` is pasted at the bottom of this file.
"""
from math import sqrt, erf


def Phi(z):
    """Standard normal CDF."""
    return 0.5 * (1.0 + erf(z / sqrt(2.0)))


def task1_moments():
    """Q5: X in {0,1,2} with probs {0.2,0.5,0.3}.

    E[X] = sum x p(x); Var(X) = E[X^2] - E[X]^2; Var(3X-2) = 9 Var(X) (shift drops out).
    """
    xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
    ex = sum(x * p for x, p in zip(xs, ps))
    ex2 = sum(x * x * p for x, p in zip(xs, ps))
    var = ex2 - ex ** 2
    print(f"Task 1: E[X] = {ex:.2f}, Var(X) = {var:.2f}, Var(3X-2) = {9 * var:.2f}")


def task2_dice():
    """Q1(a): P(at least one six in 3 rolls) = 1 - (5/6)^3 = 91/216."""
    p = 1 - (5 / 6) ** 3
    print(f"Task 2: P(at least one six) = {p:.4f}")


def task3_bayes():
    """Q1(b): P(D|+) = P(+|D)P(D) / P(+)."""
    p_pos = 0.95 * 0.01 + 0.10 * 0.99
    p = 0.95 * 0.01 / p_pos
    print(f"Task 3: P(D|+) = {p:.2f}")


def task4_ci():
    """Q2: skipped -- I was not sure whether to use p-hat or 0.5 in the SE,
    will ask in office hours. Not attempted."""
    pass


def task5_test():
    """Q3: z = (p_hat - 0.5) / sqrt(0.25/n), two-sided p-value."""
    n, x = 400, 218
    p_hat = x / n
    z = (p_hat - 0.5) / sqrt(0.25 / n)
    pval = 2 * (1 - Phi(abs(z)))
    print(f"Task 5: z = {z:.2f}, p-value = {pval:.4f}")
    print("Task 5: Decision: fail to reject H0")


def task6_mle():
    """Q4 (Bernoulli MLE).

    (a) l(p) = sum_i [x_i log p + (1 - x_i) log(1 - p)] = S log p + (n - S) log(1 - p),  S = sum x_i
    (b) l'(p) = S/p - (n - S)/(1 - p) = 0
        => S (1 - p) = (n - S) p
        => S = p ... so the MLE is  p_hat = S = sum_i x_i
    """
    x = [1, 0, 1, 1, 0]          # toy data
    p_hat = sum(x)
    print(f"Task 6: p_hat = sum(x_i) = {p_hat}  (toy data)")


if __name__ == "__main__":
    task1_moments()
    task2_dice()
    task3_bayes()
    task4_ci()
    task5_test()
    task6_mle()

# ---- output ----
# Task 1: E[X] = 1.10, Var(X) = 0.49, Var(3X-2) = 4.41
# Task 2: P(at least one six) = 0.4213
# Task 3: P(D|+) = 0.09
# Task 5: z = 1.80, p-value = 0.0719
# Task 5: Decision: fail to reject H0
# Task 6: p_hat = sum(x_i) = 3  (toy data)
