import numpy as np

# column-vector convention (as in lecture): x, t, biases are (2,1)

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    x = np.reshape(x, (2, 1)); t = np.reshape(t, (2, 1))
    b1 = np.reshape(b1, (2, 1)); b2 = np.reshape(b2, (2, 1))
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)          # (2,1)
    d1 = (W2.T @ d2) * h * (1 - h)      # (2,1)
    dW2 = d2 @ h.T
    dW1 = d1 @ x.T
    return dW1, d1, dW2, d2

if __name__ == "__main__":
    W = 0.5 * np.ones((2, 2))
    out = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), 0.5 * np.ones(2))
    for a in out:
        print(a.shape, a.ravel())
