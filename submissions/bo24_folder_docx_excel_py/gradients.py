# GNR638 A2 Q1(c) - Neha Saxena
# gradients for the 2-2-2 network of Q1
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass (all weights 0.5, biases 1, x = [1,1])
    h = sigmoid(0.5 * 1 + 0.5 * 1 + 1)        # 0.8808, same for both hidden units
    o = sigmoid(0.5 * h + 0.5 * h + 1)        # 0.8677, same for both outputs
    # backward pass
    d_o = (o - 0.5) * o * (1 - o)             # 0.04221
    d_h = (0.5 * d_o + 0.5 * d_o) * h * (1 - h)   # 0.004432
    dW1 = np.full((2, 2), d_h * 1.0)
    db1 = np.full(2, d_h)
    dW2 = np.full((2, 2), d_o * h)
    db2 = np.full(2, d_o)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5)))
