"""MA 214 Assignment 1 - calculations (Nikhil Bansal, 23B2079)."""
import math


def Phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# Q1
p_a = 1 - (5 / 6) ** 3
sens, spec, prev = 0.95, 0.90, 0.01
p_pos = sens * prev + (1 - spec) * (1 - prev)
p_b = sens * prev / p_pos

# Q2
n2, x2 = 200, 64
ph2 = x2 / n2
m2 = 1.96 * math.sqrt(ph2 * (1 - ph2) / n2)
ci = (ph2 - m2, ph2 + m2)

# Q3 (with continuity correction since heads is a count)
n3, x3 = 400, 218
mu, sd = n3 * 0.5, math.sqrt(n3 * 0.25)
z = (x3 - 0.5 - mu) / sd
pval = 2 * (1 - Phi(abs(z)))

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(x * p for x, p in zip(xs, ps))
EX2 = sum(x * x * p for x, p in zip(xs, ps))
var = EX2 - EX ** 2

if __name__ == "__main__":
    print(f"Q1a  {p_a:.4f}")
    print(f"Q1b  {p_b:.4f}")
    print(f"Q2   ({ci[0]:.4f}, {ci[1]:.4f})")
    print(f"Q3a  z = {z:.3f}")
    print(f"Q3b  p = {pval:.4f}")
    print(f"Q5   E = {EX:.2f}  Var = {var:.2f}  Var(3X-2) = {9 * var:.2f}")

# Output:
# Q1a  0.4213
# Q1b  0.0876
# Q2   (0.2553, 0.3847)
# Q3a  z = 1.750
# Q3b  p = 0.0801
# Q5   E = 1.10  Var = 0.49  Var(3X-2) = 4.41
