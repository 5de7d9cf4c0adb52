# MA214 Assignment 1
# Ben Hartley  -- ran with python3, outputs pasted at the bottom
from math import comb, sqrt, erf, log

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# ---------- Q1 ----------
# (a) at least one six in 3 rolls = 1 - P(no sixes)
p_a = 1 - (5/6)**3
print("Q1a:", round(p_a, 4))

# (b) Bayes
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens*prev + (1 - spec)*(1 - prev)
p_b = sens*prev / p_pos
print("Q1b:", round(p_b, 4))

# ---------- Q2 ----------
n, x = 200, 64
ph = x / n
se = sqrt(ph*(1 - ph)/n)
lo, hi = ph - 1.96*se, ph + 1.96*se
print(f"Q2: 95% CI = ({lo:.4f}, {hi:.4f})")

# ---------- Q3 ----------
N, heads = 400, 218
z = (heads/N - 0.5) / sqrt(0.25/N)
pval = 2*(1 - Phi(abs(z)))
print("Q3a: z =", round(z, 3))
print("Q3b: p-value =", round(pval, 4))
# Q3c: critical value for alpha = 0.05 is 1.645
if z > 1.645:
    print("Q3c: z > 1.645 -> reject H0, the coin is biased towards heads")
else:
    print("Q3c: do not reject H0")

# ---------- Q4 ----------
# (a) log-likelihood  l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
def loglik(p, xs):
    return sum(xi*log(p) + (1 - xi)*log(1 - p) for xi in xs)
# (b) MLE: dl/dp = 0  ->  p_hat = sum(x_i)/n  (sample mean)
xs = [1, 0, 1, 1, 0, 1, 0, 0, 1, 1]
grid = [k/1000 for k in range(1, 1000)]
print("Q4 check: grid argmax =", max(grid, key=lambda p: loglik(p, xs)), " mean =", sum(xs)/len(xs))

# ---------- Q5 ----------
vals = [0, 1, 2]; probs = [0.2, 0.5, 0.3]
EX = sum(v*p for v, p in zip(vals, probs))
EX2 = sum(v*v*p for v, p in zip(vals, probs))
VarX = EX2 - EX**2
print("Q5a: E[X] =", round(EX, 3))
print("Q5b: Var(X) =", round(VarX, 3))
print("Q5c: Var(3X-2) =", round(9*VarX, 3))

# Output:
# Q1a: 0.4213
# Q1b: 0.0876
# Q2: 95% CI = (0.2553, 0.3847)
# Q3a: z = 1.8
# Q3b: p-value = 0.0719
# Q3c: z > 1.645 -> reject H0, the coin is biased towards heads
# Q4 check: grid argmax = 0.6  mean = 0.6
# Q5a: E[X] = 1.1
# Q5b: Var(X) = 0.49
# Q5c: Var(3X-2) = 4.41
