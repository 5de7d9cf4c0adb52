# ===================================================
#  GNR638  Assignment 2       Ishita Bansal  210070035
# ===================================================
#  Q1 (i)   dE/dw11  = 0.004432
#  Q1 (ii)  dE/dw21  = 0.04221      (from my gradients() below)
#  Q1 (iii) gradients()
#  Q2 (i)   1228800 multiplications
#  Q2 (ii)  53952 multiplications
#  Q3       L = sum over samples of ( lambda_hat - y * ln(lambda_hat) )
# ===================================================
import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    err_o = (o - t) * o * (1 - o)
    err_h = (W2.T @ err_o) * h * (1 - h)
    dW2 = np.outer(err_o, x)      # weight grad = error * input of the layer
    dW1 = np.outer(err_h, x)
    return dW1, err_h, dW2, err_o


if __name__ == "__main__":
    W = np.ones((2, 2)) / 2
    out = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.ones(2) / 2)
    for name, arr in zip(["dW1", "db1", "dW2", "db2"], out):
        print(name, arr)
# dW1 [[0.00443181 0.00443181]
#  [0.00443181 0.00443181]]
# db1 [0.00443181 0.00443181]
# dW2 [[0.04221034 0.04221034]
#  [0.04221034 0.04221034]]
# db2 [0.04221034 0.04221034]
