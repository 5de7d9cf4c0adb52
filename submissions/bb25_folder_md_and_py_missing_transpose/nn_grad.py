import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def dsigmoid(s):      # s is already sigmoid(z)
    return s*(1-s)

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta2 = (o - t) * dsigmoid(o)
    delta1 = (W2 @ delta2) * dsigmoid(h)
    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    db2 = delta2
    db1 = delta1
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5],[0.5, 0.5]])
    W2 = np.array([[0.5, 0.5],[0.5, 0.5]])
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    for name, g in zip(("dW1","db1","dW2","db2"), gradients(W1,b1,W2,b2,x,t)):
        print(name, g)
