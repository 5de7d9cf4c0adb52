import numpy as np

# code.py  GNR 638 A2 Q1(c)
# Farhan Qureshi - 22B2144

def sigmoid(z):
    return 1/(1+np.exp(-z))

def dsigmoid(z):
    return sigmoid(z)*(1-sigmoid(z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)

    d_o = (o - t) * o * (1 - o)
    dW2 = np.outer(d_o, h)
    db2 = d_o

    d_h = W2.T.dot(d_o) * dsigmoid(h)
    dW1 = np.outer(d_h, x)
    db1 = d_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[.5, .5], [.5, .5]])
    W2 = np.array([[.5, .5], [.5, .5]])
    b1 = np.array([1., 1.]); b2 = np.array([1., 1.])
    x = np.array([1., 1.]); t = np.array([.5, .5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("dW2 =", dW2)
