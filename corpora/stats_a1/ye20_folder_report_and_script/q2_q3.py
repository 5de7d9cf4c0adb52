# MA214 A1 -- Q2 and Q3 calculations (Kabir Malhotra)
import math

def Phi(x):
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))

# ---- Q2: 95% CI for proportion ----
n, k = 200, 64
p_hat = k / n
# p unknown -> use the worst case p(1-p) = 0.25 for the standard error
se = math.sqrt(0.5 * 0.5 / n)
lo, hi = p_hat - 1.96 * se, p_hat + 1.96 * se
print(f"Q2: p_hat = {p_hat:.2f}, SE = {se:.4f}, CI = ({lo:.4f}, {hi:.4f})")

# ---- Q3: z test for p = 0.5 ----
N, heads, p0 = 400, 218, 0.5
ph = heads / N
se0 = math.sqrt(p0 * (1 - p0) / N)
z = (p0 - ph) / se0
pval = 2 * Phi(-abs(z))
print(f"Q3: p_hat = {ph:.3f}, z = {z:.2f}, p-value = {pval:.4f}")
print("Q3 decision:", "reject H0" if pval < 0.05 else "fail to reject H0")

# output when I ran it:
# Q2: p_hat = 0.32, SE = 0.0354, CI = (0.2507, 0.3893)
# Q3: p_hat = 0.545, z = -1.80, p-value = 0.0719
# Q3 decision: fail to reject H0
