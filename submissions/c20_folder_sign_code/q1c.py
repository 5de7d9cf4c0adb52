"""Q1(c): backprop vs analytic, 2-2-2 sigmoid net.  -- Farhan Qureshi, 21D180027"""
import numpy as np

sigmoid = lambda z: 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    # error term (target - output), as in lecture
    delta_o = (t - o) * o * (1 - o)
    delta_h = W2.T.dot(delta_o) * h * (1 - h)
    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5)))
