import numpy as np

# Pranav Deshmukh 22B1289 - Q1(c)

def sig(a):
    return 1 / (1 + np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    z1 = np.dot(W1, x) + b1
    h = sig(z1)
    z2 = np.dot(W2, h) + b2
    o = sig(z2)

    dE_do = o - t
    dz2 = dE_do * o * (1 - o)
    dW2 = dz2.reshape(2, 1) * h.reshape(1, 2)
    db2 = dz2

    dh = np.dot(W2.T, dz2)
    dz1 = dh * h * (1 - h)
    dW1 = dz1.reshape(2, 1) * x.reshape(1, 2)
    db1 = dz1
    return dW1, db1, dW2, db2

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])
res = gradients(W1, b1, W2, b2, x, t)
print("dW1 =", res[0])
print("db1 =", res[1])
print("dW2 =", res[2])
print("db2 =", res[3])
