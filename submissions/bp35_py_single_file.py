# GNR638 A2
# Yash Malhotra 23B1375
#
# Q1 a) dE/dw11 = 0.00443
# Q1 b) dE/dw21 = 0.0372
# Q1 c) code below
#
# Q2 a) 5*5*3*256*8*8 = 1228800 multiplications
# Q2 b) didn't get time
#
# (Q3 not done)

import numpy as np

def sigmoid(z):
    return 1/(1 + np.exp(-z))

# one bias per layer (shared by both units), as in the question
def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    d2 = (o - t)*o*(1 - o)
    d1 = W2.T.dot(d2)*h*(1 - h)
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    # shared bias -> its gradient is the sum over the units of the layer
    db2 = np.sum(d2)
    db1 = np.sum(d1)
    return dW1, db1, dW2, db2

W1 = np.array([[0.5,0.5],[0.5,0.5]])
W2 = np.array([[0.5,0.5],[0.5,0.5]])
x = np.array([1,1])
t = np.array([0.5,0.5])
print(gradients(W1, 1, W2, 1, x, t))
