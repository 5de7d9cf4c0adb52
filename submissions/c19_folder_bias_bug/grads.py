import numpy as np

# Q1 (c)  Abhishek Rao 22D070003

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = np.dot(W1, x) + b1
    h = sig(z1)
    z2 = np.dot(W2, h) + b2
    o = sig(z2)
    # backward
    e = o - t
    d2 = e * o * (1 - o)
    dW2 = np.outer(d2, h)
    d1 = np.dot(W2.T, d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    # bias gradients
    db2 = e
    db1 = np.dot(W2.T, e) * h * (1 - h)
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    for g in gradients(W1, b1, W2, b2, x, t):
        print(g)
