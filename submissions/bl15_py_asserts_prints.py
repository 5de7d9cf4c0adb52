# GNR638 A2 -- Kunal Mehta
# everything is in this one file, run it with python3 a2.py
# the asserts are my self checks (they pass on my machine)

import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = W2.T.dot(delta_o) * h * (1 - h)
    dW1 = np.outer(delta_h, x)
    dW2 = np.outer(delta_o, h)
    db1 = delta_h
    db2 = delta_o
    return dW1, dW2, db1, db2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, dW2, db1, db2 = gradients(W1, b1, W2, b2, x, t)

# Q1 (a) and (b) -- hand calculation gave 0.00443 and 0.0372
assert abs(dW1[0, 0] - 0.00443) < 1e-5
assert abs(dW2[0, 0] - 0.0372) < 1e-4
print("Q1a dE/dw11 =", round(dW1[0, 0], 6))   # 0.004432
print("Q1b dE/dw21 =", round(dW2[0, 0], 6))   # 0.037179

# Q2 -- input 12x12x3, output 8x8x256, k=5
std = 8 * 8 * 256 * 5 * 5 * 3
dw = 8 * 8 * 3 * 5 * 5
pw = 8 * 8 * 3 * 256
assert std == 1228800
assert dw + pw == 53952
print("Q2a standard conv multiplications:", std)
print("Q2b depthwise separable multiplications:", dw + pw, "(depthwise", dw, "+ pointwise", pw, ")")

# Q3
"""
Q3. If y|x ~ Poisson(lambda(x)) then
    P(y|x) = lambda^y e^{-lambda} / y!
    -log P(y|x) = lambda - y log(lambda) + log(y!)
so the loss to minimise is L = lambda - y*log(lambda) + log(y!)
(the log y! term has no parameters in it so it can be dropped in training).
"""
print("Q3 loss: L = lambda - y*log(lambda) + log(y!)")
