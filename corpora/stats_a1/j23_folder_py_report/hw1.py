"""MA214 Assignment 1 - numerical parts.  Kavya Srinivasan 22B0302"""
import math
from fractions import Fraction


def Phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# Q1
p_dice = 1 - Fraction(5, 6) ** 3
prev, sens, spec = Fraction(1, 100), Fraction(95, 100), Fraction(90, 100)
p_bayes = prev * sens / (prev * sens + (1 - prev) * (1 - spec))
print("Q1a:", p_dice, "=", round(float(p_dice), 4))
print("Q1b:", p_bayes, "=", round(float(p_bayes), 5))

# Q2  (I use n-1 in the SE like the sample variance, makes almost no difference)
n, x = 200, 64
ph = x / n
se = math.sqrt(ph * (1 - ph) / (n - 1))
print("Q2: SE = %.5f, CI = (%.4f, %.4f)" % (se, ph - 1.96 * se, ph + 1.96 * se))

# Q3
n, h, p0 = 400, 218, 0.5
z = (h / n - p0) / math.sqrt(p0 * (1 - p0) / n)
pv = 2 * (1 - Phi(abs(z)))
print("Q3: z = %.3f, p-value = %.4f, %s" % (z, pv, "reject H0" if pv < 0.05 else "fail to reject H0 since p-value > 0.05"))

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(a * b for a, b in zip(xs, ps))
VX = sum((a - EX) ** 2 * b for a, b in zip(xs, ps))
print("Q5: E[X] = %.2f, Var(X) = %.2f, Var(3X-2) = %.2f" % (EX, VX, 9 * VX))
