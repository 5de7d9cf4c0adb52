import numpy as np

# GNR638 A2 Q1(c). I used my own numbers in the report (see Word file) but
# the function works for any weights.

def sigmoid(v):
    return 1 / (1 + np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    err_o = (o - t) * o * (1 - o)
    err_h = np.dot(W2.T, err_o) * h * (1 - h)
    dW2 = err_o[:, None] * h[None, :]
    dW1 = err_h[:, None] * x[None, :]
    return dW1, err_h, dW2, err_o

if __name__ == "__main__":
    W1 = np.array([[0.15, 0.20], [0.25, 0.30]])
    W2 = np.array([[0.40, 0.45], [0.50, 0.55]])
    b1 = np.array([0.35, 0.35])
    b2 = np.array([0.60, 0.60])
    x = np.array([1.0, 1.0])
    t = np.array([0.01, 0.99])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
    print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
