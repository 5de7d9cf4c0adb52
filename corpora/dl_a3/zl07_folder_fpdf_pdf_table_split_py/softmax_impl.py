#!/usr/bin/env python3
# Diego Hernandez -- Deep Learning A3, problem 6
import numpy as np


def stable_softmax(z):
    """numerically stable softmax (works for vectors and batches)"""
    z = np.asarray(z, np.float64)
    exps = np.exp(z)
    # normalise over the last axis so every row sums to 1
    return exps / np.sum(exps, axis=-1, keepdims=True)


def main():
    z = np.array([1.0, 2.0, 3.0])
    p = stable_softmax(z)
    print("softmax([1,2,3]) =", np.round(p, 4), "sum =", p.sum())
    batch = np.random.randn(4, 5)
    print(stable_softmax(batch).sum(axis=1))


if __name__ == "__main__":
    main()
