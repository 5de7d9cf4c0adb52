# GNR638 A2 Q1(c)  -- Tanvi Deshmukh 23M0711
import numpy as np

def sigmoid(z):
    return 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # backward
    e = o - t
    d2 = e * o * (1 - o)
    dW2 = np.outer(d2, h)
    db2 = e                      # bias input is 1
    d1 = (W2.T @ d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    db1 = d1
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.array([[0.5,0.5],[0.5,0.5]]); W2 = W1.copy()
    b1 = np.array([1.,1.]); b2 = np.array([1.,1.])
    x = np.array([1.,1.]); t = np.array([.5,.5])
    g = gradients(W1,b1,W2,b2,x,t)
    print("dW1 =", g[0]); print("db1 =", g[1]); print("dW2 =", g[2]); print("db2 =", g[3])
