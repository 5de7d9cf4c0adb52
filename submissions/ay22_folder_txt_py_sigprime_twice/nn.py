import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def dsigmoid(x):
    return sigmoid(x)*(1-sigmoid(x))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # output layer
    delta2 = (o - t) * dsigmoid(o)
    dW2 = np.outer(delta2, h)
    db2 = delta2
    # hidden layer
    delta1 = (W2.T @ delta2) * dsigmoid(h)
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2

W1 = np.array([[0.5,0.5],[0.5,0.5]])
W2 = np.array([[0.5,0.5],[0.5,0.5]])
b1 = np.array([1.0,1.0])
b2 = np.array([1.0,1.0])
x = np.array([1.0,1.0])
t = np.array([0.5,0.5])
g = gradients(W1,b1,W2,b2,x,t)
print("dE/dw11 =", g[0][0,0])
print("dE/dw21 =", g[2][0,0])
