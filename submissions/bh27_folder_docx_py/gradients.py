# Q1c  backprop, vectorised with column vectors
import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    x = x.reshape(-1, 1)      # make column vector (2,1)
    t = t.reshape(-1, 1)
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW2 = delta2 @ h.T
    db2 = delta2
    dW1 = delta1 @ x.T
    db1 = delta1
    return dW1, db1, dW2, db2

# test with the values from the question
W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([[1.0], [1.0]])
b2 = np.array([[1.0], [1.0]])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dW1 =", dW1)
print("dW2 =", dW2)
