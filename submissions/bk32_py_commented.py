##########################################################
# GNR 638 Assignment 2
# Name: Rahul Deshpande   Roll: 22B1130
##########################################################
import numpy as np

# ---------------- Q1 ----------------
# network: x -> h (2 sigmoid) -> o (2 sigmoid), E = 1/2 sum (t-o)^2
# given: all w = 0.5, b1 = b2 = 1, x = [1,1], t = [0.5,0.5]
#
# hand calculation:
#   h1 = h2 = sig(0.5+0.5+1) = sig(2) = 0.8808
#   o1 = o2 = sig(0.5*0.8808*2 + 1) = sig(1.8808) = 0.8677
#   delta_o = (0.8677-0.5)*0.8677*(1-0.8677) = 0.04221
#   (b) dE/dw21 = delta_o1 * h1 = 0.04221*0.8808 = 0.03718
#   delta_h = (0.5*0.04221 + 0.5*0.04221) * 0.8808*(1-0.8808) = 0.004432
#   (a) dE/dw11 = delta_h1 * x1 = 0.004432

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t)*o*(1-o)
    delta_h = (W2.T @ delta_o)*h*(1-h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    db2 = (o - t)
    db1 = delta_h
    return dW1, db1, dW2, db2

# ---------------- Q2 ----------------
# (a) standard conv: each output value = 5*5*3 = 75 mults
#     8*8*256 outputs  -> 75*16384 = 1228800
# (b) depthwise: 8*8*3 outputs * 25 = 4800
#     pointwise: 8*8*256 outputs * 3 = 49152
#     total 53952
std = 8*8*256*5*5*3
dws = 8*8*3*5*5 + 8*8*256*3

# ---------------- Q3 ----------------
# not done

if __name__ == "__main__":
    W1 = np.full((2,2),0.5); W2 = np.full((2,2),0.5)
    g = gradients(W1, np.ones(2), W2, np.ones(2), np.ones(2), np.full(2,0.5))
    print("dE/dw11:", g[0][0,0])
    print("dE/dw21:", g[2][0,0])
    print("Q2 a:", std, " Q2 b:", dws)
