import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta2 = (o-t)*o*(1-o)
    delta1 = (W2.T @ delta2)*h*(1-h)
    dW1 = np.outer(delta1, x)
    dW2 = np.outer(delta2, h)
    db1 = delta1
    db2 = delta2
    return dW1, dW2, db1, db2

W1 = np.array([[0.5,0.5],[0.5,0.5]])
W2 = np.array([[0.5,0.5],[0.5,0.5]])
b1 = np.array([1,1])
b2 = np.array([1,1])
x = np.array([1,1])
t = np.array([0.5,0.5])
dW1, dW2, db1, db2 = gradients(W1,b1,W2,b2,x,t)
print("dW1:", dW1)
print("dW2:", dW2)
print("dE/dw11 =", dW1[0][0], "dE/dw21 =", dW2[0][0])
