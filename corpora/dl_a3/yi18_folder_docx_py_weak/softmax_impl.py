import math

# question 6 softmax
def stable_softmax(z):
    exps = []
    for v in z:
        exps.append(math.exp(v))
    total = sum(exps)
    result = []
    for e in exps:
        result.append(e / total)
    return result

print(stable_softmax([1, 2, 3]))
