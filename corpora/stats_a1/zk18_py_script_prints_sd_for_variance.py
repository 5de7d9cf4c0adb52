"""
MA214 Assignment 1
Daniel Osei - 23B0712

All answers are computed below and printed by main(). Written answers for the
non-numeric parts (Q4) are in the comments.
"""
from math import comb, erf, sqrt


def phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))


def q1():
    # (a) P(at least one six in 3 rolls) = sum over k=1..3 of C(3,k)(1/6)^k(5/6)^(3-k)
    pa = sum(comb(3, k) * (1 / 6) ** k * (5 / 6) ** (3 - k) for k in range(1, 4))
    # (b) Bayes theorem, prevalence 1%, sensitivity 95%, specificity 90%
    joint = 0.95 * 0.01
    false_pos = 0.10 * 0.99
    pb = joint / (joint + false_pos)
    return pa, pb
    # Answer Q1(a): 0.4213   (= 91/216)
    # Answer Q1(b): 0.0876


def q2():
    n, x = 200, 64
    ph = x / n
    se = sqrt(ph * (1 - ph) / n)
    return ph - 1.96 * se, ph + 1.96 * se
    # Answer Q2: (0.2553, 0.3847)


def q3():
    n, h, p0 = 400, 218, 0.5
    z = (h / n - p0) / sqrt(p0 * (1 - p0) / n)
    pval = 2 * (1 - phi(abs(z)))
    decision = "reject H0" if pval < 0.05 else "fail to reject H0"
    return z, pval, decision
    # Answer Q3: (a) z = 1.80, (b) p-value = 0.0719,
    #            (c) fail to reject H0 because p-value 0.0719 > alpha = 0.05


# Q4 (written)
# (a) log-likelihood for Bernoulli sample x_1..x_n:
#       l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
# (b) dl/dp = sum(x_i)/p - (n - sum(x_i))/(1 - p) = 0
#       => p_hat = sum(x_i)/n  (the sample mean)


def q5():
    xs = [0, 1, 2]
    probs = [0.2, 0.5, 0.3]
    ex = sum(x * p for x, p in zip(xs, probs))
    ex2 = sum(x ** 2 * p for x, p in zip(xs, probs))
    sigma = sqrt(ex2 - ex ** 2)
    var_y = 3 ** 2 * sigma ** 2
    return ex, sigma, var_y
    # Answer Q5: (a) E[X] = 1.1
    #            (b) sigma = 0.7
    #            (c) Var(3X-2) = 9 * sigma^2 = 4.41


def main():
    pa, pb = q1()
    print(f"Q1a  P(at least one six) = {pa:.4f}")
    print(f"Q1b  P(D|+)              = {pb:.4f}")
    lo, hi = q2()
    print(f"Q2   95% CI              = ({lo:.4f}, {hi:.4f})")
    z, pval, dec = q3()
    print(f"Q3a  z                   = {z:.2f}")
    print(f"Q3b  p-value             = {pval:.4f}")
    print(f"Q3c  {dec}  (p-value vs alpha = 0.05)")
    ex, sigma, var_y = q5()
    print(f"Q5a  E[X]                = {ex:.2f}")
    print(f"Q5b  sigma               = {sigma:.2f}")
    print(f"Q5c  Var(3X-2)           = {var_y:.2f}")


if __name__ == "__main__":
    main()

# Output:
# Q1a  P(at least one six) = 0.4213
# Q1b  P(D|+)              = 0.0876
# Q2   95% CI              = (0.2553, 0.3847)
# Q3a  z                   = 1.80
# Q3b  p-value             = 0.0719
# Q3c  fail to reject H0  (p-value vs alpha = 0.05)
# Q5a  E[X]                = 1.10
# Q5b  sigma               = 0.70
# Q5c  Var(3X-2)           = 4.41
