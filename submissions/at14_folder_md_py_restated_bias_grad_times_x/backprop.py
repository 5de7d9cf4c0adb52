# Q1(c) backprop -- Nikhil Sawant
import numpy as np

def sig(v):
    return 1/(1+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    x = np.array(x, dtype=float); t = np.array(t, dtype=float)
    a1 = W1 @ x + b1
    h = sig(a1)
    a2 = W2 @ h + b2
    o = sig(a2)
    d2 = (o - t) * o * (1 - o)          # output layer
    d1 = (W2.T @ d2) * h * (1 - h)      # hidden layer
    dW2 = np.outer(d2, h)
    db2 = d2
    dW1 = np.outer(d1, x)
    db1 = d1 * x                        # bias gradient of hidden layer
    return dW1, db1, dW2, db2

# quick check with the values of the question
if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]]); W2 = W1.copy()
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    print(gradients(W1, b1, W2, b2, [1, 1], [0.5, 0.5]))
