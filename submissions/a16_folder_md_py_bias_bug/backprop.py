import numpy as np

# Q1(c) backprop for 2-2-2 sigmoid net, E = 1/2 sum (t-o)^2

def sigmoid(a):
    return 1 / (1 + np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)

    # backward
    err = o - t
    delta_o = err * o * (1 - o)
    delta_h = W2.T.dot(delta_o) * h * (1 - h)

    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)

    # bias gradients
    db2 = err
    db1 = W2.T.dot(err) * h * (1 - h)
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2)); W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11:", g[0][0, 0])
    print("dE/dw21:", g[2][0, 0])
