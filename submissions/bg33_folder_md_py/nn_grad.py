import numpy as np

BIAS = 1.0   # one bias per layer, same for both units (as in the question)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*||t - o||^2 for the 2-2-2 network."""
    h = sigmoid(W1 @ x + BIAS)
    o = sigmoid(W2 @ h + BIAS)
    dO = (o - t) * o * (1 - o)
    dH = (W2.T @ dO) * h * (1 - h)
    dW2 = np.outer(dO, h)
    dW1 = np.outer(dH, x)
    return dW1, dH, dW2, dO


def check():
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, 1.0, W2, 1.0, x, t)
    eps = 1e-6

    def E(A, B):
        o = sigmoid(B @ sigmoid(A @ x + BIAS) + BIAS)
        return 0.5 * np.sum((t - o) ** 2)

    for name, M, G in (("W1", W1, dW1), ("W2", W2, dW2)):
        num = np.zeros_like(M)
        for i in range(2):
            for j in range(2):
                P = M.copy(); P[i, j] += eps
                Q = M.copy(); Q[i, j] -= eps
                num[i, j] = (E(P, W2) - E(Q, W2)) / (2 * eps) if name == "W1" else (E(W1, P) - E(W1, Q)) / (2 * eps)
        print(name, "backprop:\n", G, "\nnumerical:\n", num)


if __name__ == "__main__":
    check()
