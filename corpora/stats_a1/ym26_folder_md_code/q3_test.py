import math

def phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))

n, heads, p0 = 400, 218, 0.5
phat = heads / n
z = (phat - p0) / math.sqrt(p0 * (1 - p0) / n)
pval = 2 * (1 - phi(abs(z)))
print("phat =", phat)
print("z =", round(z, 3))
print("p-value (two-sided) =", round(pval, 5))
