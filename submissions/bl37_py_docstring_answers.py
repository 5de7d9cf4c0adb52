"""
GNR 638 - Assignment 2
Name: Ishita Banerjee

Q1 (a)  dE/dw11 = 0.00443
        worked: h = sigmoid(0.5 + 0.5 + 1) = sigmoid(2) = 0.8808
                o = sigmoid(0.5*0.8808*2 + 1) = sigmoid(1.8808) = 0.8677
                delta_o = (o - t) o (1 - o) = 0.3677 * 0.8677 * 0.1323 = 0.04221
                delta_h1 = (w21 delta_o1 + w22 delta_o2) h1 (1 - h1)
                         = (0.5*0.04221 + 0.5*0.04221) * 0.8808 * 0.1192 = 0.004432
                dE/dw11 = delta_h1 * x1 = 0.00443

Q1 (b)  dE/dw21 = delta_o1 * h1 = 0.04221 * 0.8808 = 0.0372

Q1 (c)  see gradients() below

Q2 (a)  standard conv: each output value needs 5*5*3 = 75 mults,
        there are 8*8*256 outputs  ->  8*8*256*75 = 1,228,800

Q2 (b)  depthwise separable: depthwise part 5*5 filter on each of the 3
        channels, 8*8 positions -> 8*8*5*5*3 = 4,800 multiplications
        (the 1x1 part only mixes the channels)
        Answer: 4800

Q3      Poisson: P(y|x) = exp(-mu) mu^y / y!, mu = exp(w.x)
        negative log likelihood: L = mu - y log mu + log y!
                                   = exp(w.x) - y (w.x) + const
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = np.dot(W1, x) + b1
    a1 = sigmoid(z1)
    z2 = np.dot(W2, a1) + b2
    a2 = sigmoid(z2)
    delta2 = (a2 - t) * a2 * (1 - a2)
    dW2 = np.outer(delta2, a1)
    db2 = delta2
    delta1 = np.dot(W2.T, delta2) * a1 * (1 - a1)
    dW1 = np.outer(delta1, x)
    db1 = delta1
    print("dW1 =", dW1)
    print("db1 =", db1)
    print("dW2 =", dW2)
    print("db2 =", db2)


if __name__ == "__main__":
    W1 = np.ones((2, 2)) * 0.5
    W2 = np.ones((2, 2)) * 0.5
    b1 = np.array([1, 1])
    b2 = np.array([1, 1])
    x = np.array([1, 1])
    t = np.array([0.5, 0.5])
    gradients(W1, b1, W2, b2, x, t)
