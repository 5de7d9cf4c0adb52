import numpy as np

# sigmoid activation
def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    # layer 1
    net_h = np.dot(W1, x) + b1
    out_h = sigmoid(net_h)
    # layer 2
    net_o = np.dot(W2, out_h) + b2
    out_o = sigmoid(net_o)
    # dE/dnet_o
    dE_dout_o = -(t - out_o)
    dout_dnet_o = out_o * (1 - out_o)
    delta_o = dE_dout_o * dout_dnet_o
    # dE/dnet_h
    delta_h = np.dot(W2.T, delta_o) * out_h * (1 - out_h)
    dW2 = np.outer(delta_o, out_h)
    db2 = delta_o.copy()
    dW1 = np.outer(delta_h, x)
    db1 = delta_h.copy()
    return (dW1, db1, dW2, db2)

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11 =", round(dW1[0][0], 7))
print("dE/dw21 =", round(dW2[0][0], 6))
