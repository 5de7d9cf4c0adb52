import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    z1 = np.dot(W1, x) + b1
    h = sigmoid(z1)
    z2 = np.dot(W2, h) + b2
    o = sigmoid(z2)

    delta_out = (o - t) * o * (1 - o)
    delta_hid = np.dot(W2.T, delta_out) * h * (1 - h)

    dW2 = np.outer(delta_out, h)
    dW1 = np.outer(delta_hid, x)
    db2 = delta_out
    db1 = delta_hid
    return dW1, dW2, db1, db2

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1., 1.])
b2 = np.array([1., 1.])
x = np.array([1., 1.])
t = np.array([0.5, 0.5])

dW1, dW2, db1, db2 = gradients(W1, b1, W2, b2, x, t)
print(dW1[0][0])
print(dW2[0][0])
