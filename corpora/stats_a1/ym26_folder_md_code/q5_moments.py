values = [0, 1, 2]
probs = [0.2, 0.5, 0.3]

EX = sum(v * p for v, p in zip(values, probs))
EX2 = sum(v ** 2 * p for v, p in zip(values, probs))
var = EX2 - EX          # Var = E[X^2] - E[X]
print("E[X] =", round(EX, 4))
print("Var(X) =", round(var, 4))
print("Var(3X-2) =", round(9 * var, 4))
