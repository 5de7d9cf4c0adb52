"""Q5 of MA214 A1 -- Harsh Vardhan.  X in {0,1,2} w.p. 0.2, 0.5, 0.3"""
values = [0, 1, 2]
probs = [0.2, 0.5, 0.3]

mean = sum(v * p for v, p in zip(values, probs))
second = sum(v ** 2 * p for v, p in zip(values, probs))
var = second - mean ** 2
var_3x_minus_2 = 3 ** 2 * var      # the -2 does not change spread

print(f"Q5(a) E[X]       = {mean:.2f}")
print(f"Q5(b) Var(X)     = {var:.2f}")
print(f"Q5(c) Var(3X-2)  = {var_3x_minus_2:.2f}")

# output:
# Q5(a) E[X]       = 1.10
# Q5(b) Var(X)     = 0.49
# Q5(c) Var(3X-2)  = 4.41
