# ma214 a1  --  s. bhattarai
# ran with python3, outputs pasted as comments under each print

from math import sqrt, erf
Phi = lambda z: 0.5 * (1 + erf(z / sqrt(2)))

# ---- Q1a
p1a = 1 - (5/6)**3
print("1a", p1a)          # 1a 0.4212962962962963   -> 91/216

# ---- Q1b
pos = 0.01*0.95 + 0.99*0.10
print("1b", 0.01*0.95/pos)   # 1b 0.08755760368663594

# ---- Q2
ph = 64/200
m = 1.96*sqrt(ph*(1-ph)/200)
print("2", ph-m, ph+m)    # 2 0.2553 0.3847  (rounded)

# ---- Q3
# sd of number of heads under H0 = sqrt(n p) = sqrt(400*0.5)
z = (218 - 200) / sqrt(400*0.5)
print("3a", z)            # 3a 1.2727922061357855
pv = 2*(1 - Phi(z))
print("3b", pv)           # 3b 0.2030... 
# 3c: pv = 0.203 > 0.05  => fail to reject H0

# ---- Q4
# (a) didnt get time to type the log lik, sorry
# (b) MLE of bernoulli p = sample mean, phat = sum(x)/n
xs = [1, 0, 1, 1, 0]
print("4b example", sum(xs)/len(xs))   # 4b example 0.6

# ---- Q5
v = [0, 1, 2]; pr = [0.2, 0.5, 0.3]
E = sum(a*b for a, b in zip(v, pr))
E2 = sum(a*a*b for a, b in zip(v, pr))
print("5a", E)            # 5a 1.1
print("5b", E2 - E**2)    # 5b 0.49 (0.4899999999999998)
print("5c", 9*(E2 - E**2))  # 5c 4.41
