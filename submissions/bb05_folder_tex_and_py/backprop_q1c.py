# Q1 (c) -- backprop, Rohan Mehta 21D070052
import numpy as np

def sig(v):
    return 1/(1+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    a1 = W1.dot(x) + b1
    h = sig(a1)
    a2 = W2.dot(h) + b2
    o = sig(a2)

    err = o - t                      # dE/do
    d2 = err * o * (1 - o)           # dE/da2
    dW2 = np.outer(d2, h)
    db2 = err                        # bias grad of output layer

    d1 = W2.T.dot(d2) * h * (1 - h)  # dE/da1
    dW1 = np.outer(d1, x)
    db1 = d1
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.ones((2,2))*0.5; W2 = np.ones((2,2))*0.5
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.,1.]); t = np.array([.5,.5])
    g = gradients(W1,b1,W2,b2,x,t)
    for n,v in zip(['dW1','db1','dW2','db2'], g):
        print(n); print(v)
