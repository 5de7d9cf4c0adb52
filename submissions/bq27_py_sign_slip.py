# GNR638 Assignment 2  -- Kiran
# Q1 a,b,c answered in the code + comments. Q2, Q3 at the bottom in comments.

import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

# error signal at output = (target - output) * f'(net)   (delta rule)
def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    delta_o = (t - o) * o * (1 - o)
    delta_h = np.dot(W2.T, delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    return dW1, delta_h, dW2, delta_o

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11 =", dW1[0, 0])
print("dE/dw21 =", dW2[0, 0])
# Output:
# dE/dw11 = -0.004431814656811997
# dE/dw21 = -0.03717874177605889
#
# By hand (Q1 a, b):
#   h1 = sigmoid(2) = 0.8808,  o1 = sigmoid(1.8808) = 0.8677
#   delta_o1 = (0.5 - 0.8677)*0.8677*0.1323 = -0.04221
#   dE/dw21 = delta_o1 * h1 = -0.04221 * 0.8808 = -0.03718
#   dE/dw11 = (delta_o1*0.5 + delta_o2*0.5) * 0.8808*0.1192 * 1 = -0.004432
#   so (a) = -0.00443, (b) = -0.0372   (negative -> weights should increase)

# ---------------------------------------------------------------
# Q2
# (a) standard conv: 8*8*256 outputs, each 5*5*3 mults
#     = 16384 * 75 = 1228800
# (b) depthwise separable:
#     depthwise 5x5 on each of 3 channels: 8*8*3*25 = 4800
#     pointwise 1x1x3 for 256 filters:     8*8*256*3 = 49152
#     total = 53952
# ---------------------------------------------------------------
# Q3
# y|x ~ Poisson(lam), P(y) = lam^y exp(-lam) / y!
# negative log likelihood:  L = lam - y*log(lam) + log(y!)
# the log(y!) part does not depend on the network so
#     L = lam - y log(lam)
# use lam = exp(w.x) so that it stays positive.
