import numpy as np
from activations import sigmoid, sigmoid_prime_from_output


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_out = (o - t) * sigmoid_prime_from_output(o)
    delta_hidden = (W2.T @ delta_out) * sigmoid_prime_from_output(h)
    return (np.outer(delta_hidden, x), delta_hidden,
            np.outer(delta_out, h), delta_out)


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
