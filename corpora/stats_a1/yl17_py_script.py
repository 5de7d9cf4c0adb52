# MA 214 - Assignment 1
# Vikram Singh, 23B2077
# I did the whole assignment in python, answers are printed at the end
# (and written in the comments next to each part).

import math

def Phi(z):
    """standard normal CDF using erf"""
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# ---------------- Q1 ----------------
def q1a():
    """P(at least one six in 3 rolls) = 1 - P(no six) = 1 - (5/6)^3 = 91/216"""
    return 1 - (5 / 6) ** 3          # 0.4213


def q1b():
    """Bayes. prevalence 1%, sens 0.95, spec 0.90.
    P(+) = 0.95*0.01 + 0.10*0.99
    """
    prev, sens, spec = 0.01, 0.95, 0.90
    p_pos = sens * prev + (1 - spec) * (1 - prev)
    return p_pos                     # P(D|+) = 0.1085


# ---------------- Q2 ----------------
def q2():
    """95% CI for p: phat +- 1.96*sqrt(phat(1-phat)/n)"""
    n, x = 200, 64
    ph = x / n
    se = math.sqrt(ph * (1 - ph) / n)
    return ph - 1.96 * se, ph + 1.96 * se   # (0.2553, 0.3847)


# ---------------- Q3 ----------------
def q3():
    n, heads, p0 = 400, 218, 0.5
    ph = heads / n
    z = (ph - p0) / math.sqrt(p0 * (1 - p0) / n)      # 1.80
    pval = 2 * (1 - Phi(abs(z)))                      # 0.0719
    decision = "fail to reject H0"
    return z, pval, decision


# ---------------- Q4 ----------------
def q4():
    """
    (a) log-likelihood of Bernoulli sample:
        l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
             = S log p + (n - S) log(1 - p),   S = sum x_i
    (b) dl/dp = S/p - (n - S)/(1 - p) = 0  ->  S(1 - p) = (n - S)p  ->  p = S/n
        so p_hat = (1/n) sum x_i = xbar
    """
    return "p_hat = xbar"


# ---------------- Q5 ----------------
def q5():
    xs = [0, 1, 2]
    ps = [0.2, 0.5, 0.3]
    EX = sum(x * p for x, p in zip(xs, ps))          # 1.1
    EX2 = sum(x ** 2 * p for x, p in zip(xs, ps))    # 1.7
    var = EX2 - EX                                    # Var = E[X^2] - E[X]
    var_y = 3 ** 2 * var                              # Var(3X-2) = 9 Var(X)
    return EX, var, var_y


if __name__ == "__main__":
    print("Q1a  P(at least one six) =", round(q1a(), 4))
    print("Q1b  P(D|+) =", round(q1b(), 4))
    lo, hi = q2()
    print(f"Q2   95% CI = ({lo:.4f}, {hi:.4f})")
    z, pval, dec = q3()
    print("Q3a  z =", round(z, 3))
    print("Q3b  p-value =", round(pval, 4))
    print("Q3c  decision:", dec)
    print("Q4  ", q4())
    EX, var, var_y = q5()
    print("Q5a  E[X] =", round(EX, 3))
    print("Q5b  Var(X) =", round(var, 3))
    print("Q5c  Var(3X-2) =", round(var_y, 3))

# Output:
# Q1a  P(at least one six) = 0.4213
# Q1b  P(D|+) = 0.1085
# Q2   95% CI = (0.2553, 0.3847)
# Q3a  z = 1.8
# Q3b  p-value = 0.0719
# Q3c  decision: fail to reject H0
# Q4   p_hat = xbar
# Q5a  E[X] = 1.1
# Q5b  Var(X) = 0.6
# Q5c  Var(3X-2) = 5.4
