import numpy as np

def sig(z):
    return 1.0 / (1.0 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1 @ x + b1)
    o = sig(W2 @ h + b2)
    delta_o = (t - o) * o * (1 - o)          # same delta as in the update rule
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    db2 = delta_o
    db1 = delta_h
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    out = gradients(W1, np.array([1., 1.]), W2, np.array([1., 1.]), np.array([1., 1.]), np.array([.5, .5]))
    for name, g in zip(['dW1', 'db1', 'dW2', 'db2'], out):
        print(name, g)
