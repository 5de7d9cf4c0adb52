import numpy as np

# Q1 (c) -- GNR 638 A2
# Network from the question: one bias per layer, shared by both units of the layer.
# So the gradient of the shared bias is the sum over the units of the layer.


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    # backward
    delta_out = (o - t) * o * (1 - o)
    delta_hid = np.dot(W2.T, delta_out) * h * (1 - h)

    dW2 = np.outer(delta_out, h)
    dW1 = np.outer(delta_hid, x)

    # shared bias -> both units receive the summed gradient
    db2 = np.full(2, delta_out.sum())
    db1 = np.full(2, delta_hid.sum())
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    for name, val in zip(("dW1", "db1", "dW2", "db2"), g):
        print(name, val)
