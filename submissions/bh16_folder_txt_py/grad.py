import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

# error signal at output: e = t - o
def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)
    e = t - o
    d_o = e * o * (1 - o)
    d_h = W2.T.dot(d_o) * h * (1 - h)
    dW2 = np.outer(d_o, h)
    db2 = d_o
    dW1 = np.outer(d_h, x)
    db1 = d_h
    return dW1, db1, dW2, db2

W1 = np.array([[0.5,0.5],[0.5,0.5]])
W2 = np.array([[0.5,0.5],[0.5,0.5]])
b1 = np.array([1.,1.])
b2 = np.array([1.,1.])
x = np.array([1.,1.])
t = np.array([0.5,0.5])
if __name__ == "__main__":
    print(gradients(W1,b1,W2,b2,x,t))
