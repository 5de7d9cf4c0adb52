import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    z1 = W1.dot(x) + b1
    h = sig(z1)
    z2 = W2.dot(h) + b2
    o = sig(z2)
    d_out = (o - t) * o * (1 - o)
    dW2 = np.outer(d_out, h)
    d_hid = W2.T.dot(d_out) * h * (1 - h)
    dW1 = np.outer(d_hid, x)
    # bias gradients
    db2 = (o - t)
    db1 = W2.T.dot(d_out)
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]]); W2 = W1.copy()
    b1 = np.array([1., 1.]); b2 = np.array([1., 1.])
    x = np.array([1., 1.]); t = np.array([0.5, 0.5])
    for g in gradients(W1, b1, W2, b2, x, t):
        print(g)
