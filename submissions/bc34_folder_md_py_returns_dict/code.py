import numpy as np
# Yash Wardhan 210050166


def sigmoid(z):
    return 1/(1+np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    do = (o - t) * o * (1 - o)
    dh = (W2.T @ do) * h * (1 - h)
    return {"dW1": np.outer(dh, x), "db1": dh, "dW2": np.outer(do, h), "db2": do}


if __name__ == "__main__":
    W = np.full((2, 2), .5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.array([.5, .5]))
    for k, v in g.items():
        print(k, v)
