import math

def stable_softmax(z):
    # softmax = e^z / sum(e^z)
    exps = [math.exp(v) for v in z]
    total = sum(exps)
    return [e / total for e in exps]

print(stable_softmax([1, 2, 3]))
