import math


def stable_softmax(z):
    """Stable softmax: subtract the largest logit before exponentiating."""
    biggest = max(z)
    exps = [math.exp(v - biggest) for v in z]
    total = sum(exps)
    return [e / total for e in exps]


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
