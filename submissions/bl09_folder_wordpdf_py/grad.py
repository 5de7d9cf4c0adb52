# Q1 (c) backprop for 2-2-2 sigmoid net
# Anjali R. - GNR638 A2
import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    net_h = np.dot(W1, x) + b1
    out_h = sigmoid(net_h)
    net_o = np.dot(W2, out_h) + b2
    out_o = sigmoid(net_o)
    # backward pass
    dE_dout_o = out_o - t
    delta_o = dE_dout_o * out_o * (1 - out_o)
    dW2 = np.outer(delta_o, out_h)
    db2 = delta_o.copy()
    dE_dout_h = np.dot(W2.T, delta_o)
    delta_h = dE_dout_h * out_h * (1 - out_h)
    dW1 = np.outer(delta_h, x)
    db1 = delta_h.copy()
    return dW1, db1, dW2, db2

# my values (same as in report)
W1 = np.array([[0.15, 0.20],
               [0.25, 0.30]])
W2 = np.array([[0.40, 0.45],
               [0.50, 0.55]])
b1 = np.array([0.35, 0.35])
b2 = np.array([0.60, 0.60])
x = np.array([1.0, 1.0])
t = np.array([0.01, 0.99])

if __name__ == '__main__':
    g = gradients(W1, b1, W2, b2, x, t)
    for name, val in zip(['dW1', 'db1', 'dW2', 'db2'], g):
        print(name, val)
    print('dE/dw11 =', g[0][0, 0])   # 0.0083356
    print('dE/dw21 =', g[2][0, 0])   # 0.0905092
