import numpy as np

# GNR638 A2 Q1(c) - Tushar Naik (22B1633)

def sigmoid(x):
    return 1.0/(1.0 + np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    # output layer
    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2

    # hidden layer
    back = np.dot(W2.T, delta2)
    delta1 = back * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = back

    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = 0.5*np.ones((2, 2))
    W2 = W1.copy()
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print('dW1 =\n', dW1)
    print('db1 =', db1)
    print('dW2 =\n', dW2)
    print('db2 =', db2)
