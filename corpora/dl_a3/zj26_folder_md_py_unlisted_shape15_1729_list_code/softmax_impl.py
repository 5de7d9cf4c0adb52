import math


def stable_softmax(z):
    m = max(z)
    exps = [math.exp(v - m) for v in z]
    total = sum(exps)
    return [e / total for e in exps]


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
