# gnr638 assignment 2
# Yash Agarwal 22b1670
# Q1 and Q2 only, didnt get time for Q3

import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1 @ x + b1)
    o = sig(W2 @ h + b2)
    # error at output (t - o)
    e = t - o
    d2 = e * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    return dW1, d1, dW2, d2

W1 = np.array([[0.5,0.5],[0.5,0.5]])
W2 = np.array([[0.5,0.5],[0.5,0.5]])
b1 = np.array([1,1])
b2 = np.array([1,1])
x = np.array([1,1])
t = np.array([0.5,0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dW1", dW1)
print("dW2", dW2)

# Q1 (a)  dE/dw11 = -0.00443
# Q1 (b)  dE/dw21 = -0.0372
# (from the code output above, also checked by hand: d2 = (0.5-0.8677)*0.8677*0.1323 = -0.0422,
#  dw21 = -0.0422*0.8808 = -0.0372)

# Q2
# (a) standard conv = 8*8*256*5*5*3 = 1228800
# (b) depthwise separable = depthwise + pointwise = 8*8*3*5*5 + 8*8*3*256 = 4800 + 49152 = 53952
print("Q2a", 8*8*256*5*5*3)
print("Q2b", 8*8*3*5*5 + 8*8*3*256)
