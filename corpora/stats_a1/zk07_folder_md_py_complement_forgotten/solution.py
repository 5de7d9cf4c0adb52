# MA214 A1 - Nikhil Rao
# quick checks for the numeric answers
import math


def Phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# Q1a: three rolls, six = success
q1a = (5 / 6) ** 3
print("Q1a", q1a)

# Q1b: bayes
prevalence, sensitivity, specificity = 0.01, 0.95, 0.90
q1b = sensitivity * prevalence / (sensitivity * prevalence + (1 - specificity) * (1 - prevalence))
print("Q1b", q1b)

# Q2: CI
n, k = 200, 64
ph = k / n
se = math.sqrt(ph * (1 - ph) / n)
print("Q2", (ph - 1.96 * se, ph + 1.96 * se))

# Q3
N, H = 400, 218
z = (H / N - 0.5) / math.sqrt(0.25 / N)
p = 2 * (1 - Phi(abs(z)))
print("Q3 z", z, "p", p)

# Q5
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
m = sum(x * q for x, q in zip(xs, ps))
m2 = sum(x * x * q for x, q in zip(xs, ps))
v = m2 - m ** 2
print("Q5", round(m, 4), round(v, 4), round(9 * v, 4))
