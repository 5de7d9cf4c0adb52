# Q1c  backprop  (answers are in answers.csv)
import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    # deltas
    delta_out = (o - t) * o * (1 - o)
    delta_hid = np.dot(W2.T, delta_out) * h * (1 - h)
    # gradients
    dW2 = np.outer(h, delta_out)
    dW1 = np.outer(x, delta_hid)
    db2 = delta_out
    db1 = delta_hid
    return dW1, db1, dW2, db2

W1 = np.array([[0.5,0.5],[0.5,0.5]])
W2 = np.array([[0.5,0.5],[0.5,0.5]])
b1 = np.array([1.,1.])
b2 = np.array([1.,1.])
x = np.array([1.,1.])
t = np.array([.5,.5])
g = gradients(W1,b1,W2,b2,x,t)
print("w11:", round(g[0][0][0],6), " w21:", round(g[2][0][0],6))
