import math


def stable_softmax(z):
    m = max(z)
    exps = [math.exp(v - m) for v in z]
    total = sum(exps)
    return [v / total for v in exps]


# TODO: batches?
print(stable_softmax([1, 2, 3]))
