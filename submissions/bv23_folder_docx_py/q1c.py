import numpy as np

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    net1 = np.dot(W1, x) + b1
    h = sigmoid(net1)
    net2 = np.dot(W2, h) + b2
    o = sigmoid(net2)

    # error terms (as in lecture: delta = (target - output) * f'(net))
    delta_out = (t - o) * o * (1 - o)
    delta_hid = np.dot(W2.T, delta_out) * h * (1 - h)

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("dW2 =", dW2)
