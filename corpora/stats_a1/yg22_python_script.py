"""
MA 214 - Assignment 1
Dev Malhotra, 24B1702

I did the whole assignment as a python script (TA said on piazza this is ok
as long as the answers are clearly printed). Run with `python3 yg_hw1.py`.

Output when I ran it is pasted at the bottom.
"""
from math import comb, sqrt, erf, log


def Phi(z):
    """standard normal cdf"""
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---------------------------------------------------------------
# Q1 (a)  P(at least one six in 3 rolls) = 1 - P(no six)
# ---------------------------------------------------------------
p_no_six = (5 / 6) ** 3
q1a = 1 - p_no_six
print(f"Q1a: P(at least one six) = 1 - (5/6)^3 = 91/216 = {q1a:.4f}")

# ---------------------------------------------------------------
# Q1 (b)  Bayes
# ---------------------------------------------------------------
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)     # 0.1085
q1b = sens * prev / p_pos
print(f"Q1b: P(+) = {p_pos:.4f},  P(D|+) = {q1b:.4f}")

# ---------------------------------------------------------------
# Q2  95% CI for proportion
# ---------------------------------------------------------------
n, k = 200, 64
phat = k / n
se = sqrt(phat * (1 - phat) / n)
lo, hi = phat - 1.96 * se, phat + 1.96 * se
print(f"Q2: phat = {phat}, SE = {se:.5f}, 95% CI = ({lo:.4f}, {hi:.4f})")

# ---------------------------------------------------------------
# Q3  z test for p = 0.5
#   SE under H0 = p0(1-p0)/sqrt(n)
# ---------------------------------------------------------------
N, heads, p0 = 400, 218, 0.5
phat3 = heads / N
se0 = p0 * (1 - p0) / sqrt(N)          # = 0.25/20 = 0.0125
z = (phat3 - p0) / se0
pval = 2 * (1 - Phi(abs(z)))
print(f"Q3a: z = {z:.2f}")
print(f"Q3b: two-sided p-value = {pval:.4f}")
if pval < 0.05:
    print("Q3c: p-value < 0.05 -> reject H0, the coin is biased towards heads")
else:
    print("Q3c: p-value >= 0.05 -> fail to reject H0")

# ---------------------------------------------------------------
# Q4  Bernoulli MLE
#   (a) l(p) = sum_i [ x_i log p + (1 - x_i) log(1 - p) ]
#            = S log p + (n - S) log(1 - p),  S = sum x_i
#   (b) l'(p) = S/p - (n - S)/(1 - p) = 0  =>  S(1-p) = (n-S)p  =>  S = n p
#       => p_hat = S / n = xbar
#   quick numerical check below on a fake sample
# ---------------------------------------------------------------
def loglik(p, xs):
    S = sum(xs)
    return S * log(p) + (len(xs) - S) * log(1 - p)

sample = [1, 0, 0, 1, 1, 0, 1, 0, 0, 0]
grid = [i / 1000 for i in range(1, 1000)]
best = max(grid, key=lambda p: loglik(p, sample))
print(f"Q4: argmax of loglik on grid = {best}, xbar = {sum(sample)/len(sample)}  -> p_hat = xbar")

# ---------------------------------------------------------------
# Q5  moments
# ---------------------------------------------------------------
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
EX = sum(x * p for x, p in zip(xs, ps))
EX2 = sum(x * x * p for x, p in zip(xs, ps))
VarX = EX2 - EX ** 2
VarY = 9 * VarX      # Var(aX+b) = a^2 Var(X)
print(f"Q5a: E[X] = {EX:.2f}")
print(f"Q5b: Var(X) = {EX2:.2f} - {EX:.2f}^2 = {VarX:.2f}")
print(f"Q5c: Var(3X-2) = 9*Var(X) = {VarY:.2f}")

# ================= OUTPUT =================
# Q1a: P(at least one six) = 1 - (5/6)^3 = 91/216 = 0.4213
# Q1b: P(+) = 0.1085,  P(D|+) = 0.0876
# Q2: phat = 0.32, SE = 0.03298, 95% CI = (0.2553, 0.3847)
# Q3a: z = 3.60
# Q3b: two-sided p-value = 0.0003
# Q3c: p-value < 0.05 -> reject H0, the coin is biased towards heads
# Q4: argmax of loglik on grid = 0.4, xbar = 0.4  -> p_hat = xbar
# Q5a: E[X] = 1.10
# Q5b: Var(X) = 1.70 - 1.10^2 = 0.49
# Q5c: Var(3X-2) = 9*Var(X) = 4.41
