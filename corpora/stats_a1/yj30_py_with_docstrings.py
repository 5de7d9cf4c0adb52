"""
MA 214 -- Assignment 1
Pooja Venkatesh, 23B1099

Each question is a function; the docstring has my written answer and the
value the function returns is pasted in the docstring as well.
Run:  python a1_pooja.py
"""
import math


def phi(z):
    """Standard normal CDF via erf."""
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def q1a():
    """
    Q1(a)  P(at least one six in three rolls)
           = 1 - P(no six)^... = 1 - (5/6)^3 = 91/216

    Answer: 91/216 = 0.4213
    """
    return 1 - (5 / 6) ** 3


def q1b():
    """
    Q1(b)  prevalence 0.01, sensitivity 0.95, specificity 0.90.
           A positive can come from a sick person (0.95*0.01) or a
           healthy one (0.10*0.99).

    Answer: P(D|+) = 0.1085
    """
    prev, sens, spec = 0.01, 0.95, 0.90
    p_pos = sens * prev + (1 - spec) * (1 - prev)
    return p_pos


def q2():
    """
    Q2  phat = 64/200 = 0.32, SE = sqrt(0.32*0.68/200) = 0.03298
        95% CI = 0.32 +/- 1.96*0.03298 = 0.32 +/- 0.0646

    Answer: (0.2554, 0.3846)
    """
    n, k = 200, 64
    p = k / n
    se = math.sqrt(p * (1 - p) / n)
    return (p - 1.96 * se, p + 1.96 * se)


def q3():
    """
    Q3  n = 400, 218 heads, H0: p = 0.5 vs H1: p != 0.5, alpha = 0.05

    (a) z = (0.545 - 0.5) / sqrt(0.25/400) = 0.045/0.025 = 1.80
    (b) p-value = P(Z > 1.80) = 1 - 0.9641 = 0.0359
    (c) |z| = 1.80 is less than the two-sided critical value 1.96, so we
        fail to reject H0 at the 5% level -- no significant evidence the
        coin is unfair.
    """
    n, x, p0 = 400, 218, 0.5
    phat = x / n
    z = (phat - p0) / math.sqrt(p0 * (1 - p0) / n)
    pval = 1 - phi(z)
    decision = "fail to reject H0" if abs(z) < 1.96 else "reject H0"
    return z, pval, decision


def q4_loglik(p, xs):
    """
    Q4(a)  l(p) = sum_i [ x_i log p + (1 - x_i) log(1 - p) ]
                = S log p + (n - S) log(1 - p),  S = sum x_i
    """
    S = sum(xs)
    n = len(xs)
    return S * math.log(p) + (n - S) * math.log(1 - p)


def q4_mle(xs):
    """
    Q4(b)  l'(p) = S/p - (n - S)/(1 - p) = 0
           => S (1 - p) = (n - S) p  =>  S = n p
           => p_hat = S / n = (1/n) sum x_i = xbar
    """
    return sum(xs) / len(xs)


def q5():
    """
    Q5  X in {0,1,2} w.p. {0.2, 0.5, 0.3}
    (a) E[X]   = 0.5 + 0.6 = 1.1
    (b) E[X^2] = 0.5 + 1.2 = 1.7,  Var(X) = 1.7 - 1.21 = 0.49
    (c) Var(3X - 2) = 9 Var(X) = 4.41
    """
    xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
    ex = sum(x * p for x, p in zip(xs, ps))
    ex2 = sum(x * x * p for x, p in zip(xs, ps))
    var = ex2 - ex ** 2
    return ex, var, 9 * var


if __name__ == "__main__":
    print("Q1a:", round(q1a(), 4))
    print("Q1b:", round(q1b(), 4))
    print("Q2 :", tuple(round(v, 4) for v in q2()))
    z, pv, dec = q3()
    print("Q3 : z = %.2f, p-value = %.4f, %s" % (z, pv, dec))
    print("Q4 : MLE on [1,1,0,1,0] =", q4_mle([1, 1, 0, 1, 0]))
    print("Q5 :", tuple(round(v, 2) for v in q5()))

# Output when I ran it:
# Q1a: 0.4213
# Q1b: 0.1085
# Q2 : (0.2553, 0.3847)
# Q3 : z = 1.80, p-value = 0.0359, fail to reject H0
# Q4 : MLE on [1,1,0,1,0] = 0.6
# Q5 : (1.1, 0.49, 4.41)
