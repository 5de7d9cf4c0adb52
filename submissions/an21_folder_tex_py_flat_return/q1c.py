import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    d_out = (o - t)*o*(1 - o)
    d_hid = np.dot(W2.T, d_out)*h*(1 - h)
    dW1 = [d_hid[i]*x[j] for i in range(2) for j in range(2)]
    dW2 = [d_out[i]*h[j] for i in range(2) for j in range(2)]
    db1 = list(d_hid)
    db2 = list(d_out)
    return dW1, db1, dW2, db2

W = np.ones((2, 2))*0.5
print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.ones(2)*0.5))
