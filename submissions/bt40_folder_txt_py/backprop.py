import numpy as np

# GNR638 A2 - Q1 code. Karan Singh 22B1780
# just run: python backprop.py

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    do = (o - t)*o*(1 - o)
    dh = (W2.T @ do)*h*(1 - h)
    dW2 = np.outer(do, h)
    dW1 = np.outer(dh, x)
    return dW1, dh, dW2, do

W1 = 0.5*np.ones((2,2))
W2 = 0.5*np.ones((2,2))
b1 = np.array([1.0,1.0])
b2 = np.array([1.0,1.0])
x = np.array([1.0,1.0])
t = np.array([0.5,0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dW1 =", dW1)
print("dW2 =", dW2)
print("dE/dw11 =", dW1[0,0], " dE/dw21 =", dW2[0,0])

# numerical check on w11
eps = 1e-5
def E(W1, b1, W2, b2):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5*np.sum((t - o)**2)
Wp = W1.copy(); Wp[0,0] += eps
Wm = W1.copy(); Wm[0,0] -= eps
print("numerical dE/dw11 =", (E(Wp,b1,W2,b2) - E(Wm,b1,W2,b2))/(2*eps))
