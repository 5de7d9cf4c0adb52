# ---------------------------------------------------------------
#  GNR 638  Assignment 2
#  Mohammed Irfan Sheikh   roll 21D070112
#  All answers are printed when the file is run; the printed
#  output is pasted at the end of this file.
# ---------------------------------------------------------------
import numpy as np


def sigma(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigma(W1 @ x + b1)
    o = sigma(W2 @ h + b2)

    err = o - t                       # dE/do
    g2 = err * o * (1 - o)            # through output sigmoid
    dW2 = np.outer(g2, h)
    db2 = g2

    back = W2.T @ g2                  # dE/dh
    dW1 = np.outer(back * h * (1 - h), x)
    db1 = back                        # bias of hidden layer
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1 a)  dE/dw11 =", round(dW1[0, 0], 6))
    print("Q1 b)  dE/dw21 =", round(dW2[0, 0], 6))

    n_std = (8 * 8) * 256 * (5 * 5 * 3)
    n_dw = (8 * 8) * 3 * (5 * 5)
    n_pw = (8 * 8) * 3 * 256
    print("Q2 a)  standard conv mults          =", n_std)
    print("Q2 b)  depthwise", n_dw, "+ pointwise", n_pw, "=", n_dw + n_pw)

    print("Q3     Poisson NLL:  L(lam, y) = lam - y*log(lam) + log(y!)   (sum over samples)")

# ---- output ----
# Q1 a)  dE/dw11 = 0.004432
# Q1 b)  dE/dw21 = 0.037179
# Q2 a)  standard conv mults          = 1228800
# Q2 b)  depthwise 4800 + pointwise 49152 = 53952
# Q3     Poisson NLL:  L(lam, y) = lam - y*log(lam) + log(y!)   (sum over samples)
