import numpy as np

# Q1(c) - Ayush Pandey, 21D070012

def sigmoid(v):
    return 1 / (1 + np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    e = t - o                      # error
    g2 = e * o * (1 - o)
    g1 = np.dot(W2.T, g2) * h * (1 - h)
    return np.outer(g1, x), g1, np.outer(g2, h), g2

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]]); W2 = W1.copy()
    r = gradients(W1, np.array([1., 1.]), W2, np.array([1., 1.]), np.array([1., 1.]), np.array([.5, .5]))
    print(r)
