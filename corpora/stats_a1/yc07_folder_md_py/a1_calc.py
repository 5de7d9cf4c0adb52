"""MA214 A1 helper calculations -- Kavya S."""
import math


def Phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# Q1a
p_none = (5 / 6) ** 3
print("Q1a  P(no six) =", round(p_none, 4), " P(at least one) =", round(1 - p_none, 4))

# Q1b
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)
print("Q1b  P(+) =", round(p_pos, 4), " P(D|+) =", round(sens * prev / p_pos, 3))

# Q2 (conservative SE)
n, k = 200, 64
phat = k / n
se = math.sqrt(0.25 / n)
print("Q2   phat =", phat, " SE =", round(se, 4),
      " CI =", (round(phat - 1.96 * se, 3), round(phat + 1.96 * se, 3)))

# Q3
n, h = 400, 218
phat = h / n
z = (phat - 0.5) / math.sqrt(0.25 / n)
pval = 2 * (1 - Phi(abs(z)))
print("Q3   z =", round(z, 2), " p =", round(pval, 4), " reject?", pval < 0.05)

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
m = sum(x * p for x, p in zip(xs, ps))
m2 = sum(x * x * p for x, p in zip(xs, ps))
v = m2 - m ** 2
print("Q5   E =", round(m, 2), " Var =", round(v, 2), " Var(3X-2) =", round(9 * v, 2))

# Output when I ran it:
# Q1a  P(no six) = 0.5787  P(at least one) = 0.4213
# Q1b  P(+) = 0.1085  P(D|+) = 0.088
# Q2   phat = 0.32  SE = 0.0354  CI = (0.251, 0.389)
# Q3   z = 1.8  p = 0.0719  reject? False
# Q5   E = 1.1  Var = 0.49  Var(3X-2) = 4.41
