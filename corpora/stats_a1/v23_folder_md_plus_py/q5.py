# Q5 - Yusuf Demir
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]

mean = sum(x * p for x, p in zip(xs, ps))
ex2 = sum(x * x * p for x, p in zip(xs, ps))
var = ex2 - mean ** 2

# Var(aX + b): scale by a^2, and then the shift b
var_y = 9 * var - 2

print("Q5(a) E[X] =", round(mean, 4))
print("Q5(b) Var(X) =", round(var, 4))
print("Q5(c) Var(3X-2) =", round(var_y, 4))

# output:
# Q5(a) E[X] = 1.1
# Q5(b) Var(X) = 0.49
# Q5(c) Var(3X-2) = 2.41
