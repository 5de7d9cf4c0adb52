import numpy as np

def sig(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sig(W1 @ x + b1)
    o = sig(W2 @ h + b2)
    # backward
    err = o - t
    delta_o = err * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    db2 = err            # bias of output layer
    db1 = delta_h
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dw11", g[0][0, 0], "dw21", g[2][0, 0])
