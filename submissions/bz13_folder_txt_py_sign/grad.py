import numpy as np

# Q1 (c)  Manish Choudhary 200110066
# backpropagation for 2 input / 2 hidden / 2 output network, sigmoid + squared error


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # ---- forward ----
    net1 = W1.dot(x) + b1
    h = sigmoid(net1)
    net2 = W2.dot(h) + b2
    o = sigmoid(net2)

    # ---- backward ----
    # error term at output layer: dE/do * do/dnet
    delta_o = (t - o) * o * (1 - o)
    dW2 = np.zeros((2, 2))
    for k in range(2):
        for j in range(2):
            dW2[k, j] = delta_o[k] * h[j]
    db2 = delta_o.copy()

    # error term at hidden layer
    delta_h = np.zeros(2)
    for j in range(2):
        delta_h[j] = (delta_o[0] * W2[0, j] + delta_o[1] * W2[1, j]) * h[j] * (1 - h[j])
    dW1 = np.zeros((2, 2))
    for j in range(2):
        for i in range(2):
            dW1[j, i] = delta_h[j] * x[i]
    db1 = delta_h.copy()

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = 0.5 * np.ones(2)
    g = gradients(W1, b1, W2, b2, x, t)
    for name, val in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name)
        print(val)
