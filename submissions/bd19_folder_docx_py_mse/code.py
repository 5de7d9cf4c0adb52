import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.matmul(W1, x) + b1)
    o = sigmoid(np.matmul(W2, h) + b2)
    do = (o - t) * o * (1 - o)
    dh = np.matmul(W2.T, do) * h * (1 - h)
    dW2 = np.matmul(do.reshape(-1, 1), h.reshape(1, -1))
    dW1 = np.matmul(dh.reshape(-1, 1), x.reshape(1, -1))
    return dW1, dh, dW2, do

if __name__ == '__main__':
    W1 = np.ones((2, 2)) * 0.5
    W2 = np.ones((2, 2)) * 0.5
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1, 1])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dW1:")
    print(dW1)
    print("dE/dW2:")
    print(dW2)
