import numpy as np

# Q1(c)  -- Rupali Deshmukh, 21D070079
# E = 1/2 * sum (t - o)^2

def sig(v):
    return 1.0/(1.0+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)
    err = t - o                       # error at output
    g2 = err * o * (1 - o)
    g1 = W2.T.dot(g2) * h * (1 - h)
    dW2 = np.outer(g2, h)
    dW1 = np.outer(g1, x)
    return dW1, g1, dW2, g2

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11:", round(dW1[0][0], 6))
print("dE/dw21:", round(dW2[0][0], 6))
