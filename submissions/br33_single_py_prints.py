"""
GNR 638 - Assignment 2
Roll no. 22B1290

Everything is in this one file. Run it:  python a2_22b1290.py
Q1 (a),(b): printed by the code below (analytic, by the chain rule)
Q1 (c): function gradients()
Q2: printed at the end
Q3: see the docstring of q3()
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # error at output: e = t - o, gradient flows back through sigmoid
    e = t - o
    delta2 = e * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    return dW1, delta1, dW2, delta2


def q2():
    H = W = 8
    K = 5
    Cin, Cout = 3, 256
    standard = H * W * Cout * K * K * Cin
    depthwise = H * W * Cin * K * K
    pointwise = H * W * Cin * Cout
    return standard, depthwise + pointwise


def q3():
    """
    Q3. If y|x ~ Poisson(lambda) with lambda = f(x) the network output,
    p(y|x) = lambda^y e^(-lambda) / y!
    -log p = lambda - y log(lambda) + log(y!)
    so the loss to minimise (dropping log y!, no dependence on the network) is
        L = mean_i [ lambda_i - y_i * log(lambda_i) ]
    (PyTorch: nn.PoissonNLLLoss(log_input=False))
    """
    pass


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 6))
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))
    s, d = q2()
    print("Q2(a) standard conv multiplications  =", s)
    print("Q2(b) depthwise separable multiplications =", d)

# Output when I ran it:
# Q1(a) dE/dw11 = -0.004432
# Q1(b) dE/dw21 = -0.037179
# Q2(a) standard conv multiplications  = 1228800
# Q2(b) depthwise separable multiplications = 53952
