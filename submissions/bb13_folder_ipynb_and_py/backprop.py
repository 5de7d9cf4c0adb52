import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    net_h = W1 @ x + b1
    h = sigmoid(net_h)
    net_o = W2 @ h + b2
    o = sigmoid(net_o)
    # backward pass
    dE_do = o - t
    dE_dneto = dE_do * o * (1 - o)
    dW2 = np.outer(dE_dneto, h)
    db2 = dE_dneto
    dE_dh = W2.T @ dE_dneto
    dE_dneth = dE_dh * h * (1 - h)
    dW1 = np.outer(dE_dneth, x)
    db1 = dE_dneth
    return dW1, db1, dW2, db2
