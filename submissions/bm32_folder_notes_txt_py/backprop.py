import numpy as np

# GNR638 A2 Q1c

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    net_h = W1 @ x + b1
    h = sigmoid(net_h)
    net_o = W2 @ h + b2
    o = sigmoid(net_o)

    delta_o = (o - t) * o * (1.0 - o)
    # push the error back through W2
    delta_h = (W2 @ delta_o) * h * (1.0 - h)

    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dW1 =", dW1)
    print("dE/dW2 =", dW2)
    # numerical check of w11
    def E(W1_):
        o = sigmoid(W2 @ sigmoid(W1_ @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)
    eps = 1e-6
    Wp = W1.copy(); Wp[0, 0] += eps
    Wm = W1.copy(); Wm[0, 0] -= eps
    print("numerical dE/dw11 =", (E(Wp) - E(Wm)) / (2 * eps))
