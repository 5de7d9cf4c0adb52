import numpy as np

def sigmoid(a):
    return 1.0/(1.0+np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    # output layer
    delta_o = (o - t) * o * (1 - o)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    # hidden layer
    delta_h = W2.T.dot(delta_o) * h * (1 - h)
    dW1 = np.outer(delta_h, x)
    db1 = delta_h * x
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = 0.5*np.ones((2,2)); W2 = 0.5*np.ones((2,2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = 0.5*np.ones(2)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0,0])
    print("dE/dw21 =", dW2[0,0])
    print("db1 =", db1, " db2 =", db2)
