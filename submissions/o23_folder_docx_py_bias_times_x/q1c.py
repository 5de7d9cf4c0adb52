import numpy as np

# Q1 (c)  -- Siddharth Rao
# sigmoid network with one hidden layer, squared error with 1/2

def sigmoid(v):
    return 1 / (1 + np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    a1 = np.dot(W1, x) + b1
    h = sigmoid(a1)
    a2 = np.dot(W2, h) + b2
    o = sigmoid(a2)

    err2 = (o - t) * o * (1 - o)
    dW2 = np.outer(err2, h)
    db2 = err2

    err1 = np.dot(W2.T, err2) * h * (1 - h)
    dW1 = np.outer(err1, x)
    db1 = err1 * x          # bias gradient of hidden layer

    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    out = gradients(W1, np.array([1., 1.]), W2, np.array([1., 1.]), np.array([1., 1.]), np.array([.5, .5]))
    print(out)
