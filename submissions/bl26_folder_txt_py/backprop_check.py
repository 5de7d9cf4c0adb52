import numpy as np

# Q1 -- 2 input, 2 hidden, 2 output, sigmoid everywhere
# x = [1,1], all weights 0.5, b1 = b2 = 1, t = [0.5, 0.5]

def s(z):
    return 1/(1+np.exp(-z))

def backprop(W1, b1, W2, b2, x, t, lr=0.0):
    h = s(W1 @ x + b1)
    o = s(W2 @ h + b2)
    d_o = (o - t)*o*(1-o)
    d_h = (W2.T @ d_o)*h*(1-h)
    gW2 = np.outer(d_o, h)
    gW1 = np.outer(d_h, x)
    if lr > 0:
        W1 -= lr*gW1
        W2 -= lr*gW2
    return gW1, gW2

W1 = 0.5*np.ones((2,2)); W2 = 0.5*np.ones((2,2))
gW1, gW2 = backprop(W1, np.ones(2), W2, np.ones(2), np.ones(2), 0.5*np.ones(2))
print(gW1)
print(gW2)
# [[0.00443181 0.00443181]
#  [0.00443181 0.00443181]]
# [[0.03717874 0.03717874]
#  [0.03717874 0.03717874]]
