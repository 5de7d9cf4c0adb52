import math


def stable_softmax(z):
    # Q6: subtract max for numerical stability
    m = max(z)
    exps = [math.exp(v - m) for v in z]
    s = sum(exps)
    return [e / s for e in exps]


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
