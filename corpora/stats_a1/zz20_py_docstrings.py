# MA 214 Assignment 1 -- Tanvi Shah (23B1312)
# Each question is a function; the docstring has my answer.

import math


def phi(z):
    """standard normal cdf"""
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def q1a():
    """P(at least one six in 3 rolls) = 1 - (5/6)^3 = 0.4213"""
    return 1 - (5 / 6) ** 3


def q1b():
    """P(D|+) = 0.95*0.01 / (0.95*0.01 + 0.1*0.99) = 0.0876"""
    return 0.95 * 0.01 / (0.95 * 0.01 + 0.1 * 0.99)


def q2():
    """95% CI: 0.32 +/- 1.96*sqrt(0.32*0.68/200) = (0.2554, 0.3846)"""
    p = 64 / 200
    se = math.sqrt(p * (1 - p) / 200)
    return (p - 1.96 * se, p + 1.96 * se)


def q3():
    """
    phat = 218/400 = 0.545
    (a) z = (phat - 0.5) / sqrt(0.5*0.5) = 0.09
    (b) p-value = 2*(1 - Phi(0.09)) = 0.928
    (c) p-value = 0.928 > 0.05 so we fail to reject H0 (the coin looks fair)
    """
    phat = 218 / 400
    z = (phat - 0.5) / math.sqrt(0.5 * 0.5)
    pval = 2 * (1 - phi(z))
    return z, pval


def q4():
    """
    (a) l(p) = sum_i [ x_i log p + (1 - x_i) log(1 - p) ]
    (b) l'(p) = sum x_i / p - (n - sum x_i)/(1 - p) = 0
        => p_hat = sum x_i
    """
    return None


def q5():
    """
    (a) E[X] = 0*0.2 + 1*0.5 + 2*0.3 = 1.1
    (b) Var(X) = E[X^2] = 0.5 + 1.2 = 1.7
    (c) Var(3X-2) = 9*Var(X) = 15.3
    """
    xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
    ex = sum(x * p for x, p in zip(xs, ps))
    var = sum(x * x * p for x, p in zip(xs, ps))
    return ex, var, 9 * var


if __name__ == "__main__":
    print("Q1a", round(q1a(), 4))
    print("Q1b", round(q1b(), 4))
    print("Q2 ", tuple(round(v, 4) for v in q2()))
    print("Q3 ", tuple(round(v, 4) for v in q3()))
    print("Q5 ", tuple(round(v, 2) for v in q5()))

# Output:
# Q1a 0.4213
# Q1b 0.0876
# Q2  (0.2554, 0.3846)
# Q3  (0.09, 0.9283)
# Q5  (1.1, 1.7, 15.3)
