# MA214 Assignment 1 -- Questions 4 and 5
# Fatima Zahra El Idrissi (22B0963)
#
# Q4 (a)  Bernoulli log-likelihood:
#     l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
#
# Q4 (b)  dl/dp = sum(x)/p - (n - sum(x))/(1 - p) = 0   =>   p_hat = sum(x)/n = mean of the x_i
#
# Q5 below, computed with the pmf.

values = [0, 1, 2]
probs = [0.2, 0.5, 0.3]

EX = sum(v * q for v, q in zip(values, probs))
EX2 = sum(v**2 * q for v, q in zip(values, probs))
VarX = EX2 - EX**2
VarY = 3**2 * VarX          # Var(3X - 2): the -2 does not change spread

print("Q5(a) E[X]        =", round(EX, 4))
print("Q5(b) Var(X)      =", round(VarX, 4))
print("Q5(c) Var(3X - 2) =", round(VarY, 4))

# output when I ran it:
# Q5(a) E[X]        = 1.1
# Q5(b) Var(X)      = 0.49
# Q5(c) Var(3X - 2) = 4.41
