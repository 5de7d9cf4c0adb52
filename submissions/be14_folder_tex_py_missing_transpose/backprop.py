import numpy as np

# Nikhil Sharma 22B1093 - GNR638 A2 Q1 c

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    a1 = W1 @ x + b1
    h = sig(a1)
    a2 = W2 @ h + b2
    o = sig(a2)

    # output layer
    d2 = (o - t) * o * (1 - o)
    dW2 = np.outer(d2, h)
    db2 = d2

    # hidden layer: error sent back through the weights
    d1 = (W2 @ d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    db1 = d1

    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.array([[0.5,0.5],[0.5,0.5]]); W2 = W1.copy()
    b1 = np.array([1.,1.]); b2 = np.array([1.,1.])
    x = np.array([1.,1.]); t = np.array([.5,.5])
    print(gradients(W1,b1,W2,b2,x,t))
