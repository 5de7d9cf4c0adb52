import numpy as np

def sigmoid(z):
    return 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    err = o - t                       # dE/do
    delta_o = err * o * (1 - o)
    delta_h = np.dot(W2.T, delta_o) * h * (1 - h)

    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    # bias gradient = error at that layer
    db2 = err
    db1 = np.dot(W2.T, err) * h * (1 - h)
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    for g in gradients(W1, b1, W2, b2, x, t):
        print(g)
