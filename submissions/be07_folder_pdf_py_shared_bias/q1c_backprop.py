# Q1(c) GNR638 A2 -- Sneha Patil 22B0830
# The question says ONE bias per layer, shared by both units.
# So the gradient of the shared bias is the sum of the two unit deltas.
import numpy as np

def sigmoid(v):
    return 1.0/(1.0+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    delta_out = (o - t)*o*(1 - o)
    delta_hid = np.dot(W2.T, delta_out)*h*(1 - h)

    dW2 = np.outer(delta_out, h)
    dW1 = np.outer(delta_hid, x)

    # shared bias -> same gradient for both entries
    db2 = np.full(2, np.sum(delta_out))
    db1 = np.full(2, np.sum(delta_hid))
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = np.ones((2,2))*0.5
    g = gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.array([0.5,0.5]))
    for name, arr in zip(['dW1','db1','dW2','db2'], g):
        print(name, arr)
