# MA214 A1  --  quick script, answers printed at the bottom
# (didn't get to Q4, sorry)
from math import sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# Q1a
q1a = 1 - (5/6)**3            # 0.4213

# Q1b
num = 0.01 * 0.95
den = num + 0.99 * 0.10
q1b = num / den               # 0.08756

# Q2  (used n-1 in the SE like the sample variance)
ph = 64/200
se = sqrt(ph*(1-ph)/(200-1))
q2 = (ph - 1.96*se, ph + 1.96*se)   # (0.2552, 0.3848)

# Q3
z = (218/400 - 0.5) / sqrt(0.25/400)   # 1.8
pv = 2*(1 - Phi(abs(z)))               # 0.0719
decision = "fail to reject H0" if pv > 0.05 else "reject H0"   # p > alpha

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(x*p for x, p in zip(xs, ps))            # 1.1
VX = sum(x*x*p for x, p in zip(xs, ps)) - EX**2  # 0.49
VY = 3*VX                                        # Var(aX+b) = a Var(X)

if __name__ == "__main__":
    print("1a", round(q1a, 4))
    print("1b", round(q1b, 4))
    print("2 ", tuple(round(v, 4) for v in q2))
    print("3a", round(z, 3))
    print("3b", round(pv, 4))
    print("3c", decision, "(p-value", round(pv, 4), "> 0.05)")
    print("5a", round(EX, 3))
    print("5b", round(VX, 3))
    print("5c", round(VY, 3))

# output:
# 1a 0.4213
# 1b 0.0876
# 2  (0.2552, 0.3848)
# 3a 1.8
# 3b 0.0719
# 3c fail to reject H0 (p-value 0.0719 > 0.05)
# 5a 1.1
# 5b 0.49
# 5c 1.47
