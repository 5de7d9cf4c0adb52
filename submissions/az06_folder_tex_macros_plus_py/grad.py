import numpy as np

# GNR 638 A2 Q1(c) -- Priyanshu Raj (200070061)
# NOTE: in the question there is ONE bias per layer (b1 shared by both hidden
# units, b2 shared by both output units), so the gradient of the shared bias is
# the sum over the units it feeds. I return it as a length-2 vector (same value
# twice) so the shapes match what was asked.

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    d2 = (o - t)*o*(1 - o)
    d1 = np.dot(W2.T, d2)*h*(1 - h)

    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)

    # shared bias -> sum of deltas of the layer
    db2 = np.full(2, d2.sum())
    db1 = np.full(2, d1.sum())
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.array([[0.5,0.5],[0.5,0.5]]); W2 = np.array([[0.5,0.5],[0.5,0.5]])
    b1 = np.array([1.,1.]); b2 = np.array([1.,1.])
    x = np.array([1.,1.]); t = np.array([.5,.5])
    for name, g in zip(('dW1','db1','dW2','db2'), gradients(W1,b1,W2,b2,x,t)):
        print(name, g)
