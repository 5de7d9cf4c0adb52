"""MA 214 A1 -- helper script (Yusuf Demir, 23B0433).

Run:  python solution.py
All the numbers quoted in answers.md come from here.
"""
import math


def norm_cdf(z):
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def q1():
    a = 1 - (5 / 6) ** 3
    prevalence, sensitivity, specificity = 0.01, 0.95, 0.90
    true_pos = sensitivity * prevalence
    false_pos = (1 - specificity) * (1 - prevalence)
    b = true_pos / (true_pos + false_pos)
    return a, b


def q2(n=200, k=64, zc=1.96):
    ph = k / n
    se = math.sqrt(ph * (1 - ph) / n)
    return ph - zc * se, ph + zc * se


def q3(n=400, heads=218, p0=0.5):
    ph = heads / n
    z = (ph - p0) / math.sqrt(p0 * (1 - p0) / n)
    p = 2 * (1 - norm_cdf(abs(z)))
    return z, p


def q5():
    xs, ps = (0, 1, 2), (0.2, 0.5, 0.3)
    m = sum(x * p for x, p in zip(xs, ps))
    v = sum((x - m) ** 2 * p for x, p in zip(xs, ps))
    return m, v, 3 ** 2 * v


if __name__ == "__main__":
    a, b = q1()
    print(f"Q1a  {a:.4f}")
    print(f"Q1b  {b:.4f}")
    lo, hi = q2()
    print(f"Q2   ({lo:.4f}, {hi:.4f})")
    z, p = q3()
    print(f"Q3a  z = {z:.2f}")
    print(f"Q3b  p = {p:.4f}")
    print("Q3c ", "reject H0" if p < 0.05 else "fail to reject H0")
    m, v, v3 = q5()
    print(f"Q5   E={m:.2f}  Var={v:.2f}  Var(3X-2)={v3:.2f}")

# output I got:
# Q1a  0.4213
# Q1b  0.0876
# Q2   (0.2553, 0.3847)
# Q3a  z = 1.80
# Q3b  p = 0.0719
# Q3c  fail to reject H0
# Q5   E=1.10  Var=0.49  Var(3X-2)=4.41
