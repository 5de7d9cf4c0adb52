"""
GNR 638  -  Assignment 2
Roll no. 23B0417

Everything is in this one file (the TA said a .py with comments is fine).
Run it to print all the answers.

---------------------------------------------------------------------------
Q1  Backprop for the 2-2-2 sigmoid network
    W1 = [[w11, w13], [w12, w14]],  W2 = [[w21, w23], [w22, w24]]
    all weights 0.5, x = (1, 1), t = (0.5, 0.5), b1 = b2 = 1

    hidden pre-activation : 0.5*1 + 0.5*1 + 1 = 2
    h1 = h2 = sigma(2) = 0.880797
    output pre-activation : 0.5*0.880797*2 + 1 = 1.880797
    o1 = o2 = sigma(1.880797) = 0.867703

    dE/do1 = o1 - t1 = 0.367703
    delta_o1 = 0.367703 * 0.867703 * (1 - 0.867703) = 0.042210

    (a) dE/dw11 = (delta_o1*w21 + delta_o2*w22) * h1(1-h1) * x1
                = (0.042210*0.5 + 0.042210*0.5) * 0.104994 * 1
                = 0.0044318
    (b) dE/dw21 = delta_o1 * h1 = 0.042210 * 0.880797 = 0.037179

---------------------------------------------------------------------------
Q2  Input 12x12x3 -> output 8x8x256 with 5x5 kernels, stride 1, no padding

    (a) standard: every output value needs 5*5*3 = 75 multiplications,
        there are 8*8*256 = 16,384 output values
        => 75 * 16,384 = 12,28,800 multiplications
    (b) depthwise separable:
        depthwise  : 8*8*3 outputs * 25 = 4,800
        pointwise  : 8*8*256 outputs * 3 = 49,152
        total      = 53,952 multiplications  (about 22.8x fewer)

---------------------------------------------------------------------------
Q3  If y|x ~ Poisson(lambda), lambda = f(x) predicted by the network:
        p(y|x) = lambda^y e^(-lambda) / y!
        -log p = lambda - y log(lambda) + log(y!)
    so the loss is the Poisson NLL
        L = lambda - y*log(lambda)      (log y! dropped, it is constant)
    averaged over the training set.
---------------------------------------------------------------------------
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# Q1 (c)
def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_o = (o - t) * o * (1 - o)
    d_h = (W2.T @ d_o) * h * (1 - h)
    return np.outer(d_h, x), d_h, np.outer(d_o, h), d_o


def poisson_loss(lam, y):
    # Q3
    return np.mean(lam - y * np.log(lam))


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", f"{dW1[0, 0]:.7f}")
    print("Q1(b) dE/dw21 =", f"{dW2[0, 0]:.6f}")

    std = 8 * 8 * 256 * 5 * 5 * 3
    dws = 8 * 8 * 5 * 5 * 3 + 8 * 8 * 3 * 256
    print("Q2(a) standard conv mults  =", std)
    print("Q2(b) depthwise separable  =", dws)
    print("Q3   loss = mean(lambda - y*log(lambda))")
